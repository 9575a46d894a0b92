//! The editor window driven as a user drives it: by pointer gestures on the canvas and by the
//! labels of menus, buttons and fields; every test then checks the map.

use crate::app_support;

use app_support::*;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use trailmap::app::{Selected, Startup};
use trailmap::model::*;

#[test]
fn double_click_an_empty_cell_and_type_creates_a_touchpoint_in_one_step() {
    let mut h = harness();
    let cell = center_of_cell(&h, 3, 1);
    double_click(&mut h, cell);
    h.event(Event::Text("Pays with card".into()));
    h.run();
    h.key_press(Key::Enter);
    h.run();

    let map = h.state().map();
    assert_eq!(titles_in(map, 3, 1), ["Pays with card"]);
    assert_eq!(h.state().undo_label(), Some("Add touchpoint"));
    assert!(h.state().is_dirty());

    // One undo takes the whole creation back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(titles_in(h.state().map(), 3, 1).is_empty());
}

#[test]
fn escape_while_naming_a_new_card_removes_it() {
    let mut h = harness();
    let before = h.state().map().clone();
    let at0 = center_of_cell(&h, 3, 1);
    double_click(&mut h, at0);
    h.event(Event::Text("Oops".into()));
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().map(), &before);
    assert!(!h.state().is_dirty());
}

#[test]
fn double_click_a_card_edits_its_title_in_place() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    double_click(&mut h, at0);
    // The whole title is selected: typing replaces it.
    h.event(Event::Text("Compares shops".into()));
    h.key_press(Key::Enter);
    h.run();
    let t = h.state().map().touchpoint(TouchpointId(2)).unwrap();
    assert_eq!(t.title, "Compares shops");
    assert_eq!(h.state().undo_label(), Some("Edit title"));
}

#[test]
fn drag_a_card_to_another_cell_then_undo_and_redo() {
    let mut h = harness();
    let card = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    let target = center_of_cell(&h, 3, 1);
    drag(&mut h, card, target);

    let map = h.state().map();
    let t = map.touchpoint(TouchpointId(1)).unwrap();
    assert_eq!((t.stage, t.lane), (StageId(3), LaneId(1)));
    assert!(map.problems().is_empty());
    assert_eq!(h.state().undo_label(), Some("Move touchpoint"));

    // Undo from the Edit menu, which names the step.
    h.get_by_label("Edit").click();
    h.run();
    menu_item(&h, "Undo Move touchpoint").click();
    h.run();
    let t = h.state().map().touchpoint(TouchpointId(1)).unwrap();
    assert_eq!((t.stage, t.lane), (StageId(1), LaneId(1)));

    // Redo with the keyboard.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    let t = h.state().map().touchpoint(TouchpointId(1)).unwrap();
    assert_eq!((t.stage, t.lane), (StageId(3), LaneId(1)));
}

#[test]
fn escape_cancels_a_card_drag() {
    let mut h = harness();
    let before = h.state().map().clone();
    let card = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    let at1 = center_of_cell(&h, 3, 1);
    drag_and_hold(&mut h, card, at1);
    h.key_press(Key::Escape);
    h.run();
    h.event(Event::PointerButton {
        pos: center_of_cell(&h, 3, 1),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert_eq!(h.state().map(), &before);
}

#[test]
fn drag_a_stage_header_to_reorder_stages() {
    let mut h = harness();
    let first = center_of(&h, Selected::Stage(StageId(1)));
    let last = h
        .state()
        .screen_rect_of(Selected::Stage(StageId(3)))
        .unwrap();
    drag(&mut h, first, last.right_center() - egui::vec2(10.0, 0.0));
    let order: Vec<u32> = h.state().map().stages.iter().map(|s| s.id.0).collect();
    assert_eq!(order, [2, 3, 1]);
    assert_eq!(h.state().undo_label(), Some("Move stage"));
}

#[test]
fn drag_a_stage_border_to_resize_it_in_one_step() {
    let mut h = harness();
    let header = h
        .state()
        .screen_rect_of(Selected::Stage(StageId(1)))
        .unwrap();
    let zoom = h.state().zoom();
    let border = header.right_center();
    drag(&mut h, border, border + egui::vec2(60.0 * zoom, 0.0));
    let w = h.state().map().stage(StageId(1)).unwrap().width.unwrap();
    assert!((w - 300.0).abs() <= 2.0, "{w}");
    assert_eq!(h.state().undo_label(), Some("Resize stage"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map().stage(StageId(1)).unwrap().width, None);
}

#[test]
fn drag_an_emotion_point_changes_the_score() {
    let mut h = harness();
    let card = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(3)));
    assert!(card.is_some());
    let layout_marker = {
        // The marker sits at the top of an unhappy card's box (its label is above it).
        let r = card.unwrap();
        let z = h.state().zoom();
        egui::pos2(
            r.center().x,
            r.bottom() - trailmap::layout::EMOTION_POINT_RADIUS * z,
        )
    };
    drag(
        &mut h,
        layout_marker,
        layout_marker - egui::vec2(0.0, 200.0),
    );
    let t = h.state().map().touchpoint(TouchpointId(3)).unwrap();
    assert_eq!(t.emotion, Some(2));
    assert_eq!(h.state().undo_label(), Some("Change emotion"));
}

#[test]
fn edit_a_field_in_the_inspector_is_one_undo_step() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at0);
    let field = h.get_by_label("Owner");
    field.click();
    h.run();
    for word in ["E-", "com", "merce"] {
        h.event(Event::Text(word.into()));
        h.step();
    }
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(2)).unwrap().owner,
        "E-commerce"
    );
    assert_eq!(h.state().undo_label(), Some("Edit owner"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(2)).unwrap().owner,
        ""
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    // A change: delete a card with the keyboard.
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, at0);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
    let edited = h.state().map().clone();

    // Cancel keeps everything.
    h.get_by_label("File").click();
    h.run();
    menu_item(&h, "New").click();
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(h.state().map(), &edited);

    // Save asks for a name (no native dialog in tests), saves, then starts the new map.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Save").click();
    h.run();
    let path = dir.path().join("kept");
    type_path(&mut h, "File path:", &path);
    let saved = dir.path().join("kept.journey.ron");
    assert_eq!(&trailmap::file::load(&saved).unwrap(), &edited);
    assert_eq!(
        h.state().map(),
        &trailmap::templates::load("classic", "en").unwrap()
    );
    assert!(!h.state().is_dirty());

    // Don't save throws the change away.
    let at0 = center_of(&h, Selected::Stage(StageId(1)));
    click_at(&mut h, at0);
    h.key_press(Key::Delete);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(h.state().map().stages.len(), 5);
}

#[test]
fn a_broken_file_shows_where_and_keeps_the_open_map() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.journey.ron");
    std::fs::write(
        &broken,
        "(\n    format: 1,\n    title: \"x\",\n    stages: [ oops ],\n)\n",
    )
    .unwrap();
    let mut h = harness();
    let before = h.state().map().clone();
    drop_file(&mut h, &broken);
    h.get_by_label("Could not open the map");
    // The heading names the file; each problem says its line and column.
    let location = "Line 4, column 15: ".to_owned();
    let found = h
        .query_all_by(|n| n.value().is_some_and(|v| v.contains(&location)))
        .count();
    assert!(found > 0, "no message mentioning {location}");
    h.get_by_label("OK").click();
    h.run();
    assert_eq!(h.state().map(), &before);
    assert!(h.query_by_label("Could not open the map").is_none());
}

#[test]
fn dropping_a_good_file_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("good.journey.ron");
    trailmap::file::save(&small_map(), &path).unwrap();
    let mut h = harness_with(Startup::Example);
    drop_file(&mut h, &path);
    assert_eq!(h.state().map(), &small_map());
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert_eq!(h.state().title(), "Test journey — Trailmap");
}

#[test]
fn paste_plain_lines_makes_one_card_per_line() {
    let mut h = harness();
    let at0 = center_of_cell(&h, 3, 1);
    click_at(&mut h, at0);
    h.event(Event::Paste("Adds to cart\nEnters address\n\nPays".into()));
    h.run();
    assert_eq!(
        titles_in(h.state().map(), 3, 1),
        ["Adds to cart", "Enters address", "Pays"]
    );
    assert_eq!(h.state().selection().len(), 3);
}

#[test]
fn copy_and_paste_cards_between_maps() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at0);
    h.event(Event::Copy);
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("text on the clipboard");
    let mut other = harness_with(Startup::Map(small_map()));
    let at0 = center_of_cell(&other, 2, 3);
    click_at(&mut other, at0);
    other.event(Event::Paste(copied));
    other.run();
    let map = other.state().map();
    assert_eq!(titles_in(map, 2, 3), ["Sees an ad"]);
    let pasted = map.cards_in(Cell {
        stage: StageId(2),
        lane: LaneId(3),
    })[0];
    assert_eq!(pasted.personas, [PersonaId(1)]);
}

#[test]
fn alt_arrow_moves_the_selected_card() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at0);
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(titles_in(h.state().map(), 3, 1), ["Compares prices"]);
}

#[test]
fn insert_lane_from_the_menu() {
    let mut h = harness();
    h.get_by_label("Insert").click();
    h.run();
    h.get_by_label("Lane").hover();
    h.run();
    menu_item(&h, "Opportunities lane").click();
    h.run();
    let lanes = &h.state().map().lanes;
    assert_eq!(lanes.len(), 4);
    assert_eq!(lanes[3].kind, LaneKind::Opportunities);
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Lane(lanes[3].id))
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, at0);
    h.key_press(Key::Delete);
    h.run();
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    let cancelled = h.output().viewport_output.values().any(|v| {
        v.commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::CancelClose))
    });
    assert!(cancelled, "the close must wait for an answer");
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().is_dirty());
}

#[test]
fn export_a_png_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    open_submenu(&mut h, "File", "Export");
    menu_item(&h, "Export as PNG…").click();
    h.run();
    h.get_by_label("Export as PNG");
    h.get_by_label("Export…").click();
    h.run();
    type_path(&mut h, "File path:", &dir.path().join("map"));
    wait_for_export(&mut h);
    let png = std::fs::read(dir.path().join("map.png")).expect("the PNG was written");
    assert_eq!(&png[1..4], b"PNG");
    let notice = h.state().notice().expect("a notice").text.clone();
    assert!(notice.starts_with("Exported"), "{notice}");
}

#[test]
fn a_future_title_is_edited_in_the_inspector_and_shown_in_the_future_view() {
    let mut h = harness();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at0);
    // Below the fold of the inspector: reached the way a screen reader would.
    h.get_by_label("In the future journey").click_accesskit();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Title")
        .click_accesskit();
    h.run();
    let field = h.get_by_label("Future title");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Compares in the app".into()));
    h.key_press(Key::Tab);
    h.run();
    let t = h.state().map().touchpoint(TouchpointId(2)).unwrap();
    assert_eq!(t.title, "Compares prices");
    let future = t.future.as_ref().and_then(|f| f.title.clone());
    assert_eq!(future.as_deref(), Some("Compares in the app"));

    // Leave the field, then clear the selection, so only the menu says "Journey".
    h.key_press(Key::Escape);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    open_submenu(&mut h, "View", "Journey");
    h.get_by_label("Future state").click();
    h.run();
    let shown = h
        .query_all_by(|n| n.value().is_some_and(|v| v.contains("Future state")))
        .count();
    assert!(shown > 0, "the status bar names the view");
}

#[test]
fn in_the_future_view_editing_a_title_on_the_canvas_changes_the_future_title() {
    let mut h = harness();
    // Choose View > Journey > Future state.
    open_submenu(&mut h, "View", "Journey");
    h.get_by_label("Future state").click();
    h.run();
    assert_eq!(
        h.state().view_options().state,
        trailmap::layout::StateView::Future
    );
    // Close the menu as a user would before working on the map.
    h.key_press(Key::Escape);
    h.run();
    let at0 = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    double_click(&mut h, at0);
    h.event(Event::Text("Compares in the app".into()));
    h.key_press(Key::Enter);
    h.run();
    let t = h.state().map().touchpoint(TouchpointId(2)).unwrap();
    assert_eq!(t.title, "Compares prices", "today's title stays");
    let future = t.future.as_ref().and_then(|f| f.title.clone());
    assert_eq!(future.as_deref(), Some("Compares in the app"));
    assert_eq!(h.state().undo_label(), Some("Edit title"));
}

#[test]
fn escape_closes_the_shortcut_list_before_it_clears_the_selection() {
    let mut h = harness();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at);
    h.key_press(Key::F1);
    h.run();
    assert!(h.query_by_label("Keyboard shortcuts").is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
    assert_eq!(
        h.state().selection().len(),
        1,
        "the first Esc only closes the list"
    );
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selection().len(), 0);
}

#[test]
fn opening_a_map_with_characters_no_font_draws_names_the_cards_in_the_ui_language() {
    let dir = tempfile::tempdir().unwrap();
    let hebrew = dir.path().join("hebrew.journey.ron");
    let mut map = small_map();
    map.touchpoints[0].title = "Launch 🎉🚀✅❤\u{FE0F}".into();
    map.touchpoints[1].title = "Checkout שלום".into();
    trailmap::file::save(&map, &hebrew).unwrap();
    // The status bar shows the Hebrew as boxes too; that is what the warning is about.
    let mut h = harness_drawing_boxes(
        trailmap::app::i18n::Language::German,
        Startup::File(hebrew.clone()),
    );
    let notice = h.state().notice().expect("a notice").clone();
    assert!(notice.error, "shown as a warning");
    assert_eq!(
        notice.text,
        "Manche Zeichen erscheinen als leere Kästchen, weil keine mitgelieferte Schrift sie \
         zeichnen kann: Karte „Checkout שלום“ (ש U+05E9, ל U+05DC, ו U+05D5, ם U+05DD)"
    );
    // The emoji card is not named: Noto Emoji draws it.
    assert!(!notice.text.contains("Launch"));

    // A map with emoji only opens without a warning.
    let emoji = dir.path().join("emoji.journey.ron");
    map.touchpoints[1].title = "Checkout 🛒".into();
    trailmap::file::save(&map, &emoji).unwrap();
    drop_file(&mut h, &emoji);
    let notice = h.state().notice().expect("a notice");
    assert!(!notice.error, "{}", notice.text);
    assert!(notice.text.ends_with("geöffnet"), "{}", notice.text);
}

#[test]
fn deleting_a_stage_with_cards_says_what_went_with_it() {
    let mut h = harness();
    let before = h.state().map().clone();
    let at = center_of(&h, Selected::Stage(StageId(2)));
    click_at(&mut h, at);
    h.key_press(Key::Delete);
    h.run();
    let notice = h.state().notice().expect("a notice").clone();
    assert!(!notice.error, "{}", notice.text);
    assert_eq!(
        notice.text,
        "Deleted stage “Consideration” and its 2 cards — Ctrl+Z brings them back"
    );
    // Shown in the status bar, not only kept.
    assert!(h.query_by_label(&notice.text).is_some());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &before);
}

/// Opens the inspector's Channel dropdown and clicks `choice` where it is drawn, as a pointer
/// would: an entry scrolled out of the list is not hit.
fn pick_channel(h: &mut egui_kittest::Harness<'_, trailmap::app::TrailmapApp>, choice: &str) {
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::ComboBox && n.label().as_deref() == Some("Channel")
    })
    .click();
    h.run();
    h.get_by_label(choice).click();
    h.run();
}

#[test]
fn the_channel_dropdown_opens_at_the_current_value() {
    let mut map = small_map();
    map.touchpoints[0].channel = Some(Channel::Other);
    let mut h = harness_with(Startup::Map(map));
    // Tall enough to show the card's Channel field without scrolling the inspector.
    h.set_size(egui::vec2(1100.0, 1200.0));
    h.run();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);
    // Near the end of the list, next to the current value.
    pick_channel(&mut h, "Word of mouth");
    let channel = |h: &egui_kittest::Harness<'_, trailmap::app::TrailmapApp>, id| {
        h.state()
            .map()
            .touchpoint(TouchpointId(id))
            .unwrap()
            .channel
    };
    assert_eq!(channel(&h, 1), Some(Channel::WordOfMouth));
    // Another card: the list opens at its value (the top), not where it was scrolled last.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at);
    pick_channel(&mut h, "Mobile");
    assert_eq!(channel(&h, 2), Some(Channel::Mobile));
}
