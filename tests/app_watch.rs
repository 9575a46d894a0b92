//! The open map's file changed, deleted or moved by someone else: the window notices within
//! two seconds, reloads a clean map (one undo step), asks about a dirty one, and never saves
//! over a change nobody looked at.

use crate::app_support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

type H = Harness<'static, TrailmapApp>;

/// A folder with `small_map()` saved in it, and the window on that file.
fn open_in(language: Language) -> (tempfile::TempDir, PathBuf, H) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.journey.ron");
    trailmap::file::save(&small_map(), &path).unwrap();
    let h = harness_in(language, Startup::File(path.clone()));
    assert_eq!(h.state().map(), &small_map());
    (dir, path, h)
}

/// A colleague's version: another title and card 2 renamed.
fn theirs() -> Map {
    let mut map = small_map();
    map.title = "Their journey".into();
    map.touchpoints[1].title = "Compares prices and reviews".into();
    map
}

/// Writes `map` to `path` as another program would: in place, with std::fs.
fn write_outside(path: &Path, map: &Map) {
    std::fs::write(path, trailmap::file::to_string(map).unwrap()).unwrap();
}

fn load(path: &Path) -> Map {
    trailmap::file::load(path).unwrap()
}

/// Steps the window (as time passes) until `done` holds; false after 2.5 s, which is more
/// than the two seconds a change may take to be seen.
fn wait_for(h: &mut H, done: impl Fn(&H) -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_millis(2500);
    loop {
        if done(h) {
            h.run();
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(40));
        h.step();
    }
}

fn notice(h: &H) -> String {
    h.state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// Deletes card 1 in the window: unsaved work.
fn delete_card_1(h: &mut H) -> Map {
    let at = center_of(h, Selected::Touchpoint(TouchpointId(1)));
    click_at(h, at);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
    h.state().map().clone()
}

fn has_label(h: &H, label: &str) -> bool {
    h.query_by_label(label).is_some()
}

/// Waits for the watcher's question (titled `title`) and closes it with Esc: decided later.
fn dismiss_question(h: &mut H, title: &str) {
    assert!(wait_for(h, |h| has_label(h, title)), "no question {title}");
    h.key_press(Key::Escape);
    h.run();
    assert!(!has_label(h, title));
}

#[test]
fn an_outside_change_to_a_clean_map_reloads_it_and_undo_brings_the_old_one_back() {
    let (_dir, path, mut h) = open_in(Language::English);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    let zoom = h.state().zoom();
    let card_at = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(1)));
    assert_eq!(h.state().selection().len(), 4);

    // Their version also drops card 4.
    let mut their = theirs();
    their.touchpoints.retain(|t| t.id != TouchpointId(4));
    write_outside(&path, &their);
    assert!(
        wait_for(&mut h, |h| h.state().map() == &their),
        "the outside change was not seen within 2 s"
    );
    assert!(!h.state().is_dirty());
    let status = notice(&h);
    assert!(
        status.contains("Reloaded shop.journey.ron") && status.contains("changed on disk"),
        "{status}"
    );
    // The view and the selection of cards that still exist stay.
    assert_eq!(h.state().zoom(), zoom);
    assert_eq!(
        h.state()
            .screen_rect_of(Selected::Touchpoint(TouchpointId(1))),
        card_at
    );
    let mut selected = h.state().selection().touchpoints();
    selected.sort();
    assert_eq!(
        selected,
        [TouchpointId(1), TouchpointId(2), TouchpointId(3)]
    );

    // The reload is one undo step: Undo shows the map as it was (which the file no longer is).
    assert_eq!(h.state().undo_label(), Some("Reload from disk"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &small_map());
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &their);
    assert!(!h.state().is_dirty());
}

#[test]
fn the_original_bug_an_edit_saved_after_an_outside_change_keeps_both() {
    let (_dir, path, mut h) = open_in(Language::English);
    write_outside(&path, &theirs());
    // Today's main never reloads; wait as long as a reload may take, then edit and save.
    wait_for(&mut h, |h| h.state().map() == &theirs());
    delete_card_1(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let on_disk = load(&path);
    assert_eq!(
        on_disk.title, "Their journey",
        "the outside change was lost"
    );
    assert_eq!(on_disk.touchpoints[0].title, "Compares prices and reviews");
    assert!(
        on_disk.touchpoint(TouchpointId(1)).is_none(),
        "the edit was lost"
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn an_outside_change_while_dirty_asks_and_keep_mine_then_saves_over_it_knowingly() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    assert!(wait_for(&mut h, |h| has_label(
        h,
        "The file changed on disk"
    )));
    assert!(has_label(&h, "Reload theirs"));
    assert!(has_label(&h, "Keep mine"));
    // The merge engine offers the third way (tested below).
    assert!(has_label(&h, "Merge both"));
    // The map is untouched while the question is open.
    assert_eq!(h.state().map(), &mine);

    h.get_by_label("Keep mine").click();
    h.run();
    assert!(!has_label(&h, "The file changed on disk"));
    assert_eq!(h.state().map(), &mine);
    assert!(h.state().is_dirty());
    // The same version on disk is not asked about again.
    std::thread::sleep(Duration::from_millis(1200));
    h.run();
    h.step();
    assert!(!has_label(&h, "The file changed on disk"));

    // Keep mine means the next save replaces their version without asking again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!has_label(&h, "Overwrite the changed file?"));
    assert_eq!(load(&path), mine);
    assert!(!h.state().is_dirty());
}

#[test]
fn reload_theirs_while_dirty_gives_their_map_and_undo_brings_mine_back() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    assert!(wait_for(&mut h, |h| has_label(h, "Reload theirs")));
    h.get_by_label("Reload theirs").click();
    h.run();
    assert_eq!(h.state().map(), &theirs());
    assert!(!h.state().is_dirty());
    assert!(notice(&h).contains("Undo brings your version back"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &mine);
    assert!(h.state().is_dirty());
    // Saving now is a choice made knowingly: the file was read after their change.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(load(&path), mine);
}

#[test]
fn saving_after_an_outside_change_while_dirty_asks_instead_of_overwriting() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    // The watcher asks first; Esc puts the question off, which is no licence to overwrite.
    dismiss_question(&mut h, "The file changed on disk");
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(has_label(&h, "Overwrite the changed file?"));
    assert!(has_label(&h, "Overwrite theirs"));
    assert!(has_label(&h, "Reload theirs"));
    assert_eq!(load(&path), theirs(), "saved without asking");

    // Cancel writes nothing and keeps my work; a later save asks again.
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(load(&path), theirs());
    assert_eq!(h.state().map(), &mine);
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(has_label(&h, "Overwrite the changed file?"));

    h.get_by_label("Overwrite theirs").click();
    h.run();
    assert_eq!(load(&path), mine);
    assert!(!h.state().is_dirty());
}

#[test]
fn save_then_reload_theirs_loads_their_map_with_mine_one_undo_away() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    dismiss_question(&mut h, "The file changed on disk");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    h.get_by_label("Reload theirs").click();
    h.run();
    assert_eq!(h.state().map(), &theirs());
    assert_eq!(load(&path), theirs());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &mine);
}

#[test]
fn save_as_another_file_is_not_asked_about() {
    let (dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    dismiss_question(&mut h, "The file changed on disk");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let other = dir.path().join("copy.journey.ron");
    let field = h.get_by_label("File path:");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text(other.display().to_string()));
    h.key_press(Key::Enter);
    h.run();
    assert!(!has_label(&h, "Overwrite the changed file?"));
    assert_eq!(load(&other), mine);
    assert_eq!(load(&path), theirs());
    assert_eq!(h.state().path(), Some(other.as_path()));
}

#[test]
fn the_question_speaks_german() {
    let (_dir, path, mut h) = open_in(Language::German);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    assert!(wait_for(&mut h, |h| has_label(
        h,
        "Die Datei wurde geändert"
    )));
    assert!(has_label(&h, "Meine Version behalten"));
    h.get_by_label("Geänderte Datei laden").click();
    h.run();
    assert_eq!(h.state().map(), &theirs());
    assert!(notice(&h).contains("neu geladen"), "{}", notice(&h));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &mine);

    // And the question before saving.
    let mut again = theirs();
    again.title = "Noch eine Version".into();
    write_outside(&path, &again);
    dismiss_question(&mut h, "Die Datei wurde geändert");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(has_label(&h, "Geänderte Datei überschreiben?"));
    assert!(has_label(&h, "Trotzdem überschreiben"));
    h.get_by_label("Abbrechen").click();
    h.run();
    assert_eq!(load(&path), again);
}

#[test]
fn a_file_deleted_while_open_leaves_the_map_open_and_unsaved() {
    let (_dir, path, mut h) = open_in(Language::English);
    assert!(!h.state().is_dirty());
    std::fs::remove_file(&path).unwrap();
    assert!(
        wait_for(&mut h, |h| h.state().is_dirty()),
        "the deletion was not noticed"
    );
    assert_eq!(h.state().map(), &small_map());
    let status = notice(&h);
    assert!(status.contains("deleted or moved away"), "{status}");
    assert!(h.state().notice().is_some_and(|n| n.error));
    // Save writes it again, where it was, without a question.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert_eq!(load(&path), small_map());
    assert!(!h.state().is_dirty());
}

#[test]
fn a_file_moved_away_while_open_leaves_the_map_open_and_unsaved() {
    let (dir, path, mut h) = open_in(Language::English);
    std::fs::rename(&path, dir.path().join("renamed.journey.ron")).unwrap();
    assert!(wait_for(&mut h, |h| h.state().is_dirty()));
    assert!(notice(&h).contains("deleted or moved away"));
    assert_eq!(h.state().map(), &small_map());
}

#[test]
fn our_own_save_is_not_taken_for_an_outside_change() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    std::thread::sleep(Duration::from_millis(1200));
    h.step();
    h.run();
    assert!(!has_label(&h, "The file changed on disk"));
    assert!(notice(&h).starts_with("Saved"), "{}", notice(&h));
    assert_eq!(h.state().map(), &mine);
    assert_eq!(load(&path), mine);
    assert_eq!(h.state().undo_label(), Some("Delete touchpoint"));
}

#[test]
fn a_file_written_in_pieces_is_reloaded_once_it_is_whole() {
    let (_dir, path, mut h) = open_in(Language::English);
    let text = trailmap::file::to_string(&theirs()).unwrap();
    // Half written, as a slow writer or a sync tool leaves it for a moment.
    std::fs::write(&path, &text.as_bytes()[..text.len() / 2]).unwrap();
    assert!(wait_for(&mut h, |h| notice(h).contains("cannot be read yet")));
    assert_eq!(h.state().map(), &small_map());
    assert!(!h.state().is_dirty());
    std::fs::write(&path, &text).unwrap();
    assert!(wait_for(&mut h, |h| h.state().map() == &theirs()));
    assert!(notice(&h).starts_with("Reloaded"), "{}", notice(&h));
}

#[test]
fn merge_both_keeps_my_unsaved_edit_and_their_change_and_undo_brings_mine_back() {
    let (_dir, path, mut h) = open_in(Language::English);
    let mine = delete_card_1(&mut h);
    write_outside(&path, &theirs());
    let title = "The file changed on disk";
    assert!(wait_for(&mut h, |h| has_label(h, title)), "no question");
    // The question says what changed in their version before anyone decides.
    assert!(has_label(
        &h,
        "• Renamed card “Compares prices” to “Compares prices and reviews”"
    ));
    h.get_by_label("Merge both").click();
    h.run();

    let merged = h.state().map().clone();
    assert_eq!(merged.title, "Their journey");
    assert!(
        merged.touchpoint(TouchpointId(1)).is_none(),
        "my deletion was lost"
    );
    assert_eq!(
        merged.touchpoint(TouchpointId(2)).map(|t| t.title.as_str()),
        Some("Compares prices and reviews")
    );
    assert!(merged.conflicts.is_empty());
    assert!(h.state().is_dirty(), "the merge is unsaved work");
    assert!(notice(&h).contains("Merged the changes"), "{}", notice(&h));

    // Saving writes the merge without asking again: their version is in it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!has_label(&h, "Overwrite the changed file?"));
    assert_eq!(load(&path), merged);

    // The merge was one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &mine);
}

#[test]
fn merge_both_in_german_lists_their_changes_in_german() {
    let (_dir, path, mut h) = open_in(Language::German);
    delete_card_1(&mut h);
    write_outside(&path, &theirs());
    assert!(wait_for(&mut h, |h| has_label(h, "Beides zusammenführen")));
    assert!(has_label(
        &h,
        "• Karte „Compares prices“ in „Compares prices and reviews“ umbenannt"
    ));
    h.get_by_label("Beides zusammenführen").click();
    h.run();
    assert_eq!(h.state().map().title, "Their journey");
    assert!(h.state().map().touchpoint(TouchpointId(1)).is_none());
}
