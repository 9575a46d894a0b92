//! Every menu entry, context-menu entry and dialog button by keyboard alone, the dialogs named
//! for screen readers, and the window title naming the map; in English and German.

use crate::app_support;

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// The accessible label of the widget with the keyboard ("" if none has it).
fn focused(h: &Harness<'_, TrailmapApp>) -> String {
    h.query_all_by(|n| n.is_focused())
        .filter_map(|n| n.accesskit_node().label())
        .next()
        .unwrap_or_default()
}

/// Presses `key` until the focused widget's label starts with `label` (at most 40 times).
fn walk_to(h: &mut Harness<'_, TrailmapApp>, key: Key, label: &str) {
    let mut seen = Vec::new();
    for _ in 0..60 {
        if focused(h).starts_with(label) {
            return;
        }
        press(h, key);
        seen.push(focused(h));
    }
    if focused(h).starts_with(label) {
        return;
    }
    panic!("{key:?} never reached {label:?}; it went through {seen:?}");
}

fn menu_open(h: &Harness<'_, TrailmapApp>) -> bool {
    egui::Popup::is_any_open(&h.ctx)
}

fn canvas_focused(h: &Harness<'_, TrailmapApp>, label: &str) -> bool {
    h.get_by_role_and_label(Role::Canvas, label)
        .accesskit_node()
        .is_focused_in_tree()
}

/// Presses Tab until the canvas has the keyboard.
fn tab_to_canvas(h: &mut Harness<'_, TrailmapApp>, label: &str) {
    for _ in 0..60 {
        press(h, Key::Tab);
        if canvas_focused(h, label) {
            return;
        }
    }
    panic!("Tab never reached the canvas");
}

/// Whether a dialog of `role` named `name` is open.
fn dialog(h: &Harness<'_, TrailmapApp>, role: Role, name: &str) -> bool {
    h.query_all_by(|n| n.role() == role && n.label().is_some_and(|l| l == name))
        .next()
        .is_some()
}

fn selected(h: &Harness<'_, TrailmapApp>) -> Option<Selected> {
    h.state().selection().single()
}

// --- The menu bar ---------------------------------------------------------------------------

/// From a fresh window: Tab to File, Enter opens it, the arrows walk to Export, Right opens
/// the submenu, Enter picks PNG: the export dialog asks. Then F10, Esc, Right, Right to View,
/// Enter, the arrows to Insights, Enter turns them on.
fn menu_bar_by_keyboard(language: Language, words: &MenuWords) {
    let mut h = harness_in(language, Startup::Map(small_map()));
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), words.file);
    press(&mut h, Key::Enter);
    assert!(menu_open(&h), "Enter opens the menu");
    press(&mut h, Key::ArrowDown);
    walk_to(&mut h, Key::ArrowDown, words.export);
    press(&mut h, Key::ArrowRight);
    walk_to(&mut h, Key::ArrowDown, words.export_png);
    press(&mut h, Key::Enter);
    assert!(
        dialog(&h, Role::Dialog, words.export_png_title),
        "the export dialog is open and named"
    );
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::Dialog, words.export_png_title));
    assert_eq!(h.state().map(), &small_map());

    // F10 brings the keyboard to the menu bar and opens File.
    tab_to_canvas(&mut h, words.canvas);
    press(&mut h, Key::F10);
    assert_eq!(focused(&h), words.file);
    assert!(menu_open(&h));
    // Esc closes it and leaves the keyboard on File; Right walks to View.
    press(&mut h, Key::Escape);
    assert!(!menu_open(&h));
    assert_eq!(focused(&h), words.file, "Esc keeps the keyboard in the bar");
    walk_to(&mut h, Key::ArrowRight, words.view);
    press(&mut h, Key::Space);
    assert!(menu_open(&h));
    press(&mut h, Key::ArrowDown);
    walk_to(&mut h, Key::ArrowDown, words.insights);
    assert!(!h.state().view_options().insights);
    press(&mut h, Key::Enter);
    assert!(
        h.state().view_options().insights,
        "Enter turned insights on"
    );
    assert!(!menu_open(&h));
}

struct MenuWords {
    file: &'static str,
    view: &'static str,
    export: &'static str,
    export_png: &'static str,
    export_png_title: &'static str,
    insights: &'static str,
    canvas: &'static str,
}

#[test]
fn the_menu_bar_is_walked_and_used_by_keyboard_alone() {
    menu_bar_by_keyboard(
        Language::English,
        &MenuWords {
            file: "File",
            view: "View",
            export: "Export",
            export_png: "Export as PNG…",
            export_png_title: "Export as PNG",
            insights: "Insights",
            canvas: "Journey map",
        },
    );
}

#[test]
fn german_the_menu_bar_is_walked_and_used_by_keyboard_alone() {
    menu_bar_by_keyboard(
        Language::German,
        &MenuWords {
            file: "Datei",
            view: "Ansicht",
            export: "Exportieren",
            export_png: "Als PNG exportieren…",
            export_png_title: "Als PNG exportieren",
            insights: "Insights",
            canvas: "Customer Journey Map",
        },
    );
}

#[test]
fn f10_and_the_item_menu_keys_are_in_the_command_table_and_the_shortcuts_list() {
    let mut h = harness();
    press(&mut h, Key::F1);
    h.get_by_label_contains("Go to the menu bar");
    h.get_by_label("F10");
    h.get_by_label_contains("Open the selected item's menu");
    // One row: "Shift+F10 or Menu key".
    let keys = h.get_by_label_contains("Menu key");
    assert!(h.get_by_label_contains("Shift+F10").rect() == keys.rect());
}

// --- Context menus --------------------------------------------------------------------------

#[test]
fn shift_f10_opens_the_cards_menu_at_the_card_and_enter_picks_an_entry() {
    let mut h = harness();
    tab_to_canvas(&mut h, "Journey map");
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(1))));
    press_with(&mut h, Modifiers::SHIFT, Key::F10);
    assert!(menu_open(&h), "Shift+F10 opens the card's menu");
    // The keyboard is on the menu's first entry, and the menu is at the card.
    assert_eq!(focused(&h), "Edit title");
    let card = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(1)))
        .unwrap();
    let entry = h.get_by_label("Edit title").rect();
    assert!(
        card.expand(40.0).contains(entry.left_top()),
        "the menu opens at the card {card:?}, not at {entry:?}"
    );
    walk_to(&mut h, Key::ArrowDown, "Duplicate");
    press(&mut h, Key::Enter);
    assert!(!menu_open(&h));
    assert_eq!(h.state().map().touchpoints.len(), 5, "duplicated");
    assert!(
        canvas_focused(&h, "Journey map"),
        "the keyboard is back on the canvas"
    );
}

#[test]
fn the_menu_key_on_a_stage_header_opens_its_menu_and_esc_closes_it_without_a_change() {
    let mut h = harness();
    tab_to_canvas(&mut h, "Journey map");
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Stage(StageId(1))));
    press(&mut h, Key::Menu);
    assert!(menu_open(&h));
    assert_eq!(focused(&h), "Rename…");
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Escape);
    assert!(!menu_open(&h), "Esc closes the menu");
    assert_eq!(h.state().map(), &small_map());
    assert!(!h.state().is_dirty());
    assert_eq!(selected(&h), Some(Selected::Stage(StageId(1))));
    assert!(
        canvas_focused(&h, "Journey map"),
        "Esc returns to the canvas"
    );
    // The canvas has the keyboard again: the arrows select cards.
    press(&mut h, Key::ArrowRight);
    assert!(matches!(selected(&h), Some(Selected::Touchpoint(_))));
}

#[test]
fn a_lane_headers_menu_changes_the_lane_kind_through_its_submenu() {
    let mut h = harness();
    tab_to_canvas(&mut h, "Journey map");
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowDown);
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowDown);
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowDown);
    assert_eq!(selected(&h), Some(Selected::Lane(LaneId(3))));
    press_with(&mut h, Modifiers::SHIFT, Key::F10);
    walk_to(&mut h, Key::ArrowDown, "Lane kind");
    press(&mut h, Key::ArrowRight);
    walk_to(&mut h, Key::ArrowDown, "Opportunities");
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().map().lane(LaneId(3)).unwrap().kind,
        LaneKind::Opportunities
    );
    assert!(!menu_open(&h));
    assert!(canvas_focused(&h, "Journey map"));
}

#[test]
fn an_arrows_menu_deletes_it_by_keyboard() {
    let mut h = harness();
    tab_to_canvas(&mut h, "Journey map");
    press(&mut h, Key::ArrowRight);
    // Connect mode onto the card the arrow already points at selects that arrow.
    press_with(&mut h, Modifiers::COMMAND, Key::K);
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Enter);
    assert_eq!(selected(&h), Some(Selected::Connector(ConnectorId(1))));
    press(&mut h, Key::Menu);
    assert_eq!(focused(&h), "Edit label…");
    walk_to(&mut h, Key::ArrowDown, "Delete arrow");
    press(&mut h, Key::Space);
    assert!(h.state().map().connectors.is_empty());
}

#[test]
fn german_the_cards_menu_by_keyboard_starts_the_edit_in_place() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    tab_to_canvas(&mut h, "Customer Journey Map");
    press(&mut h, Key::ArrowRight);
    press_with(&mut h, Modifiers::SHIFT, Key::F10);
    assert_eq!(focused(&h), "Titel bearbeiten");
    press(&mut h, Key::Enter);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Sieht eine Anzeige".into()));
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().title,
        "Sieht eine Anzeige"
    );
    assert!(canvas_focused(&h, "Customer Journey Map"));
    // Esc in a German menu: closed, nothing changed.
    press(&mut h, Key::Menu);
    assert!(menu_open(&h));
    press(&mut h, Key::Escape);
    assert!(!menu_open(&h));
    assert_eq!(h.state().map().touchpoints.len(), 4);
}

// --- Dialogs --------------------------------------------------------------------------------

/// Makes the map unsaved.
fn make_a_change(h: &mut Harness<'_, TrailmapApp>) {
    tab_to_canvas(h, "Journey map");
    press(h, Key::ArrowRight);
    press(h, Key::Delete);
    assert!(h.state().is_dirty());
}

#[test]
fn the_unsaved_changes_question_is_named_starts_on_save_and_every_button_is_reachable() {
    let mut h = harness();
    make_a_change(&mut h);
    press_with(&mut h, Modifiers::COMMAND, Key::W);
    assert!(dialog(&h, Role::AlertDialog, "Save changes?"));
    assert_eq!(focused(&h), "Save", "Save is the default answer");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "Don't save");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "Cancel");
    // Enter on Cancel cancels (Enter is not always Save).
    press(&mut h, Key::Enter);
    assert!(!dialog(&h, Role::AlertDialog, "Save changes?"));
    assert!(!h.state().is_closed() && h.state().is_dirty());
    // Esc cancels too.
    press_with(&mut h, Modifiers::COMMAND, Key::W);
    assert!(dialog(&h, Role::AlertDialog, "Save changes?"));
    press(&mut h, Key::Escape);
    assert!(!h.state().is_closed() && h.state().is_dirty());
    // Shift+Tab walks back; Space answers with the focused button.
    press_with(&mut h, Modifiers::COMMAND, Key::W);
    press_with(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(focused(&h), "Cancel", "Shift+Tab wraps inside the dialog");
    press_with(&mut h, Modifiers::SHIFT, Key::Tab);
    assert_eq!(focused(&h), "Don't save");
    press(&mut h, Key::Space);
    assert!(h.state().is_closed());
}

#[test]
fn german_the_unsaved_changes_question_is_named_in_german() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    tab_to_canvas(&mut h, "Customer Journey Map");
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Delete);
    press_with(&mut h, Modifiers::COMMAND, Key::W);
    assert!(dialog(&h, Role::AlertDialog, "Änderungen speichern?"));
    assert_eq!(focused(&h), "Speichern");
    walk_to(&mut h, Key::Tab, "Abbrechen");
    press(&mut h, Key::Space);
    assert!(!h.state().is_closed() && h.state().is_dirty());
}

#[test]
fn the_export_dialog_starts_on_export_tab_reaches_its_options_and_esc_cancels() {
    let mut h = harness();
    press_with(&mut h, Modifiers::COMMAND, Key::E);
    assert!(dialog(&h, Role::Dialog, "Export as PNG"));
    assert_eq!(focused(&h), "Export…");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "Cancel");
    // Shift+Tab walks back through the options to the top of the dialog.
    let mut seen = Vec::new();
    for _ in 0..30 {
        press_with(&mut h, Modifiers::SHIFT, Key::Tab);
        seen.push(focused(&h));
    }
    assert!(
        seen.len() > 4 && seen.iter().all(|l| !l.is_empty()),
        "{seen:?}"
    );
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::Dialog, "Export as PNG"));
    assert!(h.query_by_label("File path:").is_none(), "nothing exported");

    // Enter on Export asks where (typed here): the field has the keyboard, Tab reaches the
    // buttons, Esc cancels.
    press_with(&mut h, Modifiers::COMMAND, Key::E);
    press(&mut h, Key::Enter);
    assert!(dialog(&h, Role::Dialog, "Export to file"));
    assert_eq!(focused(&h), "File path:");
    h.event(Event::Text("/tmp/never-written.png".into()));
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "Export");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "Cancel");
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::Dialog, "Export to file"));
    assert!(!std::path::Path::new("/tmp/never-written.png").exists());
}

#[test]
fn the_save_view_dialog_types_tabs_to_ok_and_enter_saves() {
    let mut h = harness();
    open_submenu(&mut h, "View", "Saved views");
    menu_item(&h, "Save view…").click();
    h.run();
    assert!(dialog(&h, Role::Dialog, "Save view"));
    assert_eq!(focused(&h), "Name");
    h.event(Event::Text("For print".into()));
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h), "OK");
    press(&mut h, Key::Enter);
    assert_eq!(h.state().map().views.len(), 1);
    assert_eq!(h.state().map().views[0].name, "For print");
}

#[test]
fn a_failed_open_and_about_are_named_dialogs_that_ok_or_esc_close() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.journey.ron");
    std::fs::write(&bad, "(format: 2, stages: [").unwrap();
    let mut h = harness_with(Startup::File(bad));
    assert!(dialog(&h, Role::AlertDialog, "Could not open the map"));
    assert_eq!(focused(&h), "OK");
    press(&mut h, Key::Enter);
    assert!(!dialog(&h, Role::AlertDialog, "Could not open the map"));

    h.get_by_label("Help").click();
    h.run();
    menu_item(&h, "About Trailmap").click();
    h.run();
    assert!(dialog(&h, Role::Dialog, "Trailmap"));
    assert_eq!(focused(&h), "OK");
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::Dialog, "Trailmap"));
}

#[test]
fn german_about_is_named_and_closed_by_keyboard() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    h.get_by_label("Hilfe").click();
    h.run();
    menu_item(&h, "Über Trailmap").click();
    h.run();
    assert!(dialog(&h, Role::Dialog, "Trailmap"));
    assert_eq!(focused(&h), "OK");
    press(&mut h, Key::Space);
    assert!(!dialog(&h, Role::Dialog, "Trailmap"));
}

#[test]
fn the_shortcuts_window_is_named_and_esc_closes_it_without_touching_the_selection() {
    let mut h = harness();
    tab_to_canvas(&mut h, "Journey map");
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::F1);
    assert!(dialog(&h, Role::Window, "Keyboard shortcuts"));
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::Window, "Keyboard shortcuts"));
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(1))));
    // Its close button is reachable by Tab and Enter closes.
    press(&mut h, Key::F1);
    walk_to(&mut h, Key::Tab, "Close window");
    press(&mut h, Key::Enter);
    assert!(!dialog(&h, Role::Window, "Keyboard shortcuts"));
}

// --- The window title -----------------------------------------------------------------------

/// The title the window was last told (the frame's viewport commands), if this frame sent one.
fn sent_title(h: &Harness<'_, TrailmapApp>) -> Option<String> {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)?
        .commands
        .iter()
        .rev()
        .find_map(|c| match c {
            egui::ViewportCommand::Title(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn the_window_title_names_the_map_and_marks_unsaved_changes() {
    let mut h = harness();
    assert_eq!(h.state().title(), "Test journey — Trailmap");
    tab_to_canvas(&mut h, "Journey map");
    press(&mut h, Key::ArrowRight);
    // One frame: the one in which the card goes and the title changes.
    for pressed in [true, false] {
        h.input_mut().events.push(Event::Key {
            key: Key::Delete,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        });
    }
    h.step();
    assert_eq!(sent_title(&h).as_deref(), Some("Test journey • — Trailmap"));

    // A map without a title is named by its file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.journey.ron");
    let untitled = Map {
        title: "  ".into(),
        ..small_map()
    };
    trailmap::file::save(&untitled, &path).unwrap();
    let h = harness_with(Startup::File(path));
    assert_eq!(h.state().title(), "shop.journey.ron — Trailmap");

    // A long title on several lines is shown on one, cut.
    let long = Map {
        title: format!("Onboarding\n{}", "very ".repeat(30)),
        ..small_map()
    };
    let h = harness_with(Startup::Map(long));
    let title = h.state().title();
    assert!(title.starts_with("Onboarding very very"), "{title}");
    assert!(
        title.ends_with("… — Trailmap") && title.chars().count() < 100,
        "{title}"
    );
}

#[test]
fn german_an_untitled_map_is_called_unbenannt_and_the_title_follows_the_language() {
    let blank = Map {
        title: String::new(),
        ..Map::default()
    };
    let mut h = harness_in(Language::English, Startup::Map(blank));
    assert_eq!(h.state().title(), "Untitled — Trailmap");
    h.state_mut().set_language(Some(Language::German));
    h.step();
    assert_eq!(sent_title(&h).as_deref(), Some("Unbenannt — Trailmap"));
    // A titled map keeps its own words in any language.
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    assert_eq!(h.state().title(), "Test journey — Trailmap");
    h.state_mut().set_language(Some(Language::English));
    h.step();
    assert_eq!(h.state().title(), "Test journey — Trailmap");
}

#[test]
fn the_recovery_question_is_named_starts_on_recover_and_tab_reaches_later() {
    use trailmap::file::recovery::{DocumentKey, RecoveryStore, Snapshot};
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("recovery");
    let run = RecoveryStore::new(&store).start_run().unwrap();
    run.write(DocumentKey(1), &Snapshot::new(small_map(), None, "", 2))
        .unwrap();
    drop(run); // as a crash would: the copy stays
    let options = trailmap::app::AppOptions {
        recovery_store: Some(store.clone()),
        ..options_in(Language::German)
    };
    let mut h = harness_with_options(options, Startup::Map(Map::default()));
    let title = "Ungespeicherte Änderungen wiederherstellen?";
    assert!(dialog(&h, Role::AlertDialog, title));
    assert_eq!(focused(&h), "Wiederherstellen");
    walk_to(&mut h, Key::Tab, "Später");
    press(&mut h, Key::Enter);
    assert!(!dialog(&h, Role::AlertDialog, title));
    assert_eq!(h.state().map(), &Map::default(), "Later recovers nothing");
}

#[test]
fn the_file_changed_on_disk_question_is_named_and_starts_on_keep_mine() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.journey.ron");
    trailmap::file::save(&small_map(), &path).unwrap();
    let mut h = harness_with(Startup::File(path.clone()));
    make_a_change(&mut h);
    let mine = h.state().map().clone();
    let theirs = Map {
        title: "Their journey".into(),
        ..small_map()
    };
    std::fs::write(&path, trailmap::file::to_string(&theirs).unwrap()).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(2500);
    while !dialog(&h, Role::AlertDialog, "The file changed on disk")
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(40));
        h.step();
    }
    h.run();
    assert!(dialog(&h, Role::AlertDialog, "The file changed on disk"));
    assert_eq!(focused(&h), "Keep mine", "the answer that changes nothing");
    walk_to(&mut h, Key::Tab, "Reload theirs");
    press(&mut h, Key::Escape);
    assert!(!dialog(&h, Role::AlertDialog, "The file changed on disk"));
    assert_eq!(h.state().map(), &mine, "Esc changes nothing");
}
