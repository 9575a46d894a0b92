//! Never lose an edit: a map with unsaved changes is copied to the recovery store a moment
//! after the edit, and after a crash the next start offers it back, in the window's language.

use crate::app_support;

use std::path::{Path, PathBuf};

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{AppOptions, Selected, Startup, TrailmapApp};
use trailmap::file::recovery::{DocumentKey, RecoveryStore, Snapshot};
use trailmap::model::*;

fn options_with_store(language: Language, store: &Path) -> AppOptions {
    AppOptions {
        recovery_store: Some(store.to_owned()),
        ..options_in(language)
    }
}

fn recovery_files(store: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(store) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".recovery.ron"))
        .collect();
    files.sort();
    files
}

/// Moves the window's clock on by `seconds` (egui's input time) and lets the writer finish.
fn wait(h: &mut Harness<'_, TrailmapApp>, seconds: f64) {
    let now = h.ctx.input(|i| i.time);
    h.input_mut().time = Some(now + seconds);
    h.run();
    h.state().flush_recovery();
}

/// Deletes a card, so the map has unsaved changes.
fn make_an_edit(h: &mut Harness<'_, TrailmapApp>) {
    let card = center_of(h, Selected::Touchpoint(TouchpointId(4)));
    click_at(h, card);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
}

/// A copy left by a run that died: written by a run that then ends without cleaning up.
fn leave_a_copy(store: &Path, map: Map, path: Option<PathBuf>, steps: usize) -> PathBuf {
    let store = RecoveryStore::new(store);
    let run = store.start_run().unwrap();
    let file = run
        .write(DocumentKey(1), &Snapshot::new(map, path, "", steps))
        .unwrap();
    drop(run); // as kill -9 would: the copy stays, the lock goes
    file
}

#[test]
fn an_edit_survives_a_crash_and_enter_brings_it_back_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let map_path = dir.path().join("shop.journey.ron");
    trailmap::file::save(&small_map(), &map_path).unwrap();
    let original = std::fs::read(&map_path).unwrap();

    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::File(map_path.clone()),
    );
    make_an_edit(&mut h);
    let edited = h.state().map().clone();
    h.state().flush_recovery();
    assert!(
        recovery_files(&store).is_empty(),
        "written once edits pause"
    );
    wait(&mut h, 6.0);
    assert_eq!(recovery_files(&store).len(), 1);
    assert!(
        !store.starts_with(&map_path),
        "never next to the user's file"
    );
    assert_eq!(std::fs::read(&map_path).unwrap(), original);
    drop(h); // the process dies

    // The next start, on another map: the dialog offers the copy; Enter recovers it.
    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    h.get_by_label("Recover unsaved changes?");
    assert!(
        h.query_all_by(|n| n
            .label()
            .is_some_and(|l| l.contains("shop.journey.ron") && l.contains("1 unsaved change")))
            .next()
            .is_some(),
        "the row names the file and the unsaved steps"
    );
    h.get_by_label("Discard");
    h.get_by_label("Later");
    h.key_press(Key::Enter);
    h.run();
    assert!(h.query_by_label("Recover unsaved changes?").is_none());
    assert_eq!(h.state().map(), &edited);
    assert!(h.state().is_dirty());
    assert_eq!(h.state().path(), Some(map_path.as_path()));
    let notice = h
        .state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("Recovered “shop.journey.ron”") && notice.contains("not saved yet"),
        "{notice}"
    );
    assert_eq!(
        std::fs::read(&map_path).unwrap(),
        original,
        "untouched until saved"
    );
    h.state().flush_recovery();
    assert_eq!(
        recovery_files(&store).len(),
        1,
        "still protected while unsaved"
    );

    // Saving writes the file and removes the copy.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.state().flush_recovery();
    assert!(!h.state().is_dirty());
    assert_eq!(trailmap::file::load(&map_path).unwrap(), edited);
    assert!(recovery_files(&store).is_empty());
    drop(h);

    // A clean end leaves nothing to offer.
    let h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    assert!(h.query_by_label("Recover unsaved changes?").is_none());
}

#[test]
fn dont_save_throws_the_copy_away_and_a_live_window_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    make_an_edit(&mut h);
    wait(&mut h, 6.0);
    assert_eq!(recovery_files(&store).len(), 1);

    // A second window while the first lives is offered nothing.
    let other = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    assert!(other.query_by_label("Recover unsaved changes?").is_none());
    drop(other);

    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    h.state().flush_recovery();
    assert!(recovery_files(&store).is_empty());
}

#[test]
fn later_keeps_the_copy_and_several_are_recovered_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let mut first = small_map();
    first.title = "First journey".into();
    let mut second = small_map();
    second.title = "Second journey".into();
    leave_a_copy(&store, first, None, 2);
    std::thread::sleep(std::time::Duration::from_millis(1100)); // a later time stamp
    leave_a_copy(&store, second.clone(), None, 4);

    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Example,
    );
    h.get_by_label("Recover unsaved changes?");
    h.get_by_label("Later").click();
    h.run();
    assert!(h.query_by_label("Recover unsaved changes?").is_none());
    assert_eq!(recovery_files(&store).len(), 2);
    drop(h);

    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Example,
    );
    h.key_press(Key::Enter); // the newest first
    h.run();
    assert_eq!(h.state().map(), &second);
    assert!(h.state().is_dirty() && h.state().path().is_none());
    assert!(
        h.query_by_label("Recover unsaved changes?").is_none(),
        "the other waits while this one is unsaved"
    );
    // Thrown away on purpose: then the other is offered.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    h.get_by_label("Recover unsaved changes?");
    assert!(
        h.query_all_by(|n| n.label().is_some_and(|l| l.contains("First journey")))
            .next()
            .is_some()
    );
    h.state().flush_recovery();
    assert_eq!(recovery_files(&store).len(), 1);
}

#[test]
fn german_recovery_dialog_is_answered_by_its_german_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let path = dir.path().join("laden.journey.ron");
    let mut map = small_map();
    map.title = "Schuhladen".into();
    let copy = leave_a_copy(&store, map, Some(path), 3);

    let mut h = harness_with_options(
        options_with_store(Language::German, &store),
        Startup::Map(small_map()),
    );
    h.get_by_label("Ungespeicherte Änderungen wiederherstellen?");
    assert!(
        h.query_all_by(|n| n.label().is_some_and(|l| l.contains("Schuhladen")
            && l.contains("3 ungespeicherte Änderungen")
            && l.contains("gerade eben")))
            .next()
            .is_some()
    );
    h.get_by_label("Wiederherstellen");
    h.get_by_label("Später");
    h.get_by_label("Verwerfen").click();
    h.run();
    assert!(
        h.query_by_label("Ungespeicherte Änderungen wiederherstellen?")
            .is_none()
    );
    assert!(!copy.exists());
    assert_eq!(h.state().map(), &small_map());
    assert!(!h.state().is_dirty());
}

#[test]
fn the_status_bar_says_when_copies_cannot_be_kept_or_read() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let h = harness_with_options(
        options_with_store(Language::English, &blocker.join("recovery")),
        Startup::Map(small_map()),
    );
    let notice = h
        .state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.starts_with("Unsaved changes cannot be kept for recovery"),
        "{notice}"
    );
    drop(h);

    let store = dir.path().join("recovery");
    let copy = leave_a_copy(&store, small_map(), None, 1);
    std::fs::write(&copy, "(recovery: 1, pid: 1").unwrap();
    let h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    assert!(h.query_by_label("Recover unsaved changes?").is_none());
    let notice = h
        .state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.starts_with("A recovery copy could not be read and was left where it is"),
        "{notice}"
    );
    assert!(copy.exists());
}

#[test]
fn a_hidden_window_copies_its_edits_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    make_an_edit(&mut h);
    h.state().flush_recovery();
    assert!(recovery_files(&store).is_empty());
    // Minimised: eframe runs no frames and egui's clock stops, so the pause never "ends".
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .minimized = Some(true);
    h.step();
    h.state().flush_recovery();
    assert_eq!(recovery_files(&store).len(), 1);
}

#[test]
fn a_recovered_map_whose_file_changed_since_asks_before_saving_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let map_path = dir.path().join("shop.journey.ron");
    trailmap::file::save(&small_map(), &map_path).unwrap();

    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::File(map_path.clone()),
    );
    make_an_edit(&mut h);
    wait(&mut h, 6.0);
    drop(h); // the process dies

    // Meanwhile a colleague's change lands in the file (a git pull, a synced folder).
    let mut theirs = small_map();
    theirs.title = "Their journey".into();
    trailmap::file::save(&theirs, &map_path).unwrap();

    let mut h = harness_with_options(
        options_with_store(Language::English, &store),
        Startup::Map(small_map()),
    );
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().is_dirty());
    let notice = h
        .state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default();
    assert!(
        notice.contains("was changed on disk after these changes"),
        "{notice}"
    );

    // Save does not replace their change without asking.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Overwrite the changed file?");
    assert_eq!(trailmap::file::load(&map_path).unwrap(), theirs);
}
