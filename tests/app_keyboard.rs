//! Keyboard-only use of the canvas: Tab reaches it, arrow keys select cards, Ctrl+arrows select
//! headers, F2 edits in place, Esc gives the keyboard back.

use crate::app_support;

use app_support::*;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// Whether the canvas ("Journey map") has the keyboard (the screen reader's focus is then on
/// the selected item, the canvas's active descendant).
fn canvas_focused(h: &Harness<'_, TrailmapApp>) -> bool {
    h.get_by_label("Journey map")
        .accesskit_node()
        .is_focused_in_tree()
}

/// Presses Tab until the canvas has the keyboard (at most 60 times); false if it never did.
fn tab_to_canvas(h: &mut Harness<'_, TrailmapApp>) -> bool {
    for _ in 0..60 {
        h.key_press(Key::Tab);
        h.run();
        if canvas_focused(h) {
            return true;
        }
    }
    false
}

fn selected(h: &Harness<'_, TrailmapApp>) -> Option<Selected> {
    h.state().selection().single()
}

#[test]
fn tab_arrows_f2_type_enter_and_save_edit_a_card_without_the_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shop.journey.ron");
    trailmap::file::save(&small_map(), &path).unwrap();
    let mut h = harness_with(Startup::File(path.clone()));

    assert!(tab_to_canvas(&mut h), "Tab never reached the canvas");
    // The first arrow selects the first card in reading order: the Website lane's first card.
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(1))));
    // Along the lane into the next stage.
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
    // Down the stage's column into the Emotion lane.
    press(&mut h, Key::ArrowDown);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(3))));
    press(&mut h, Key::ArrowUp);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
    assert!(
        canvas_focused(&h),
        "arrow keys must not move the focus away"
    );

    press(&mut h, Key::F2);
    h.event(Event::Text("Compares shops".into()));
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(2)).unwrap().title,
        "Compares shops"
    );
    assert!(canvas_focused(&h), "the canvas gets the keyboard back");
    // Still on the canvas: the next arrow moves on from the edited card.
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(3))));

    press_with(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().is_dirty());
    let saved = trailmap::file::load(&path).unwrap();
    assert_eq!(
        saved.touchpoint(TouchpointId(2)).unwrap().title,
        "Compares shops"
    );
}

#[test]
fn ctrl_arrows_select_headers_and_enter_names_them_in_the_inspector() {
    let mut h = harness();
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
    // From a card, Ctrl+Right selects its stage first, then the next one.
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Stage(StageId(2))));
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Stage(StageId(3))));
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowRight);
    assert_eq!(
        selected(&h),
        Some(Selected::Stage(StageId(3))),
        "stays at the end"
    );
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowDown);
    assert_eq!(selected(&h), Some(Selected::Lane(LaneId(1))));
    press_with(&mut h, Modifiers::COMMAND, Key::ArrowDown);
    assert_eq!(selected(&h), Some(Selected::Lane(LaneId(2))));

    // Enter on a lane header: type its new name in the inspector's name field.
    press(&mut h, Key::Enter);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Feelings".into()));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().map().lane(LaneId(2)).unwrap().name, "Feelings");
}

#[test]
fn alt_arrows_still_move_the_card_selected_with_the_keyboard() {
    let mut h = harness();
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    press_with(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_eq!(titles_in(h.state().map(), 3, 1), ["Compares prices"]);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
}

#[test]
fn esc_leaves_the_edit_and_then_the_canvas() {
    let mut h = harness();
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::F2);
    h.event(Event::Text("Nothing".into()));
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().title,
        "Sees an ad",
        "Esc reverts the edit"
    );
    assert!(canvas_focused(&h), "the first Esc only leaves the edit");
    press(&mut h, Key::Escape);
    assert!(!canvas_focused(&h), "the second Esc leaves the canvas");
    // Arrow keys do not select cards while the canvas is not focused... but shortcuts still
    // work as before: nothing else has the keyboard.
    assert!(!h.state().is_dirty());
}

#[test]
fn shift_tab_also_reaches_the_canvas() {
    let mut h = harness();
    let mut reached = false;
    for _ in 0..60 {
        press_with(&mut h, Modifiers::SHIFT, Key::Tab);
        if canvas_focused(&h) {
            reached = true;
            break;
        }
    }
    assert!(reached);
}

#[test]
fn the_selection_is_scrolled_into_view_while_stepping() {
    // A long lane: stepping right along it reaches cards far off screen.
    let mut map = small_map();
    for i in 0..30u32 {
        map.stages
            .push(Stage::new(StageId(10 + i), &format!("Stage {i}")));
        map.touchpoints.push(Touchpoint::new(
            TouchpointId(100 + i),
            StageId(10 + i),
            LaneId(1),
            0,
            &format!("Card {i}"),
        ));
    }
    let mut h = harness_with(Startup::Map(map));
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    for _ in 0..31 {
        press(&mut h, Key::ArrowRight);
    }
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(129))));
    let canvas = h.get_by_label("Journey map").rect();
    let card = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(129)))
        .expect("on screen");
    assert!(
        canvas.contains_rect(card),
        "{card:?} is not inside {canvas:?}"
    );
}

/// Presses Tab until the field labelled `label` has the keyboard; false if it never did.
fn tab_to_field(h: &mut Harness<'_, TrailmapApp>, label: &str) -> bool {
    for _ in 0..60 {
        press(h, Key::Tab);
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            return true;
        }
    }
    false
}

#[test]
fn tab_into_the_map_description_then_enter_does_not_change_the_map() {
    let mut map = small_map();
    map.description = "Online shop".into();
    let mut h = harness_with(Startup::Map(map));
    assert!(tab_to_field(&mut h, "Description"));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().map().description, "Online shop");
    assert!(!h.state().is_dirty());
    // Once editing (the first Enter starts it), Enter is a new line.
    press(&mut h, Key::End);
    press(&mut h, Key::Enter);
    h.event(Event::Text("Second line".into()));
    h.run();
    assert_eq!(h.state().map().description, "Online shop\nSecond line");
}

#[test]
fn tab_into_a_cards_customer_action_then_enter_does_not_change_it() {
    let mut h = harness();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);
    assert!(tab_to_field(&mut h, "Customer action"));
    press(&mut h, Key::Enter);
    let t = h.state().map().touchpoint(TouchpointId(1)).unwrap();
    assert_eq!(t.customer_action, "Scrolls past a sponsored post");
    assert!(!h.state().is_dirty());
}

#[test]
fn enter_in_a_single_line_field_commits_it_as_one_step() {
    let mut h = harness();
    assert!(tab_to_field(&mut h, "Title"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("Shop journey".into()));
    press(&mut h, Key::Enter);
    assert_eq!(h.state().map().title, "Shop journey");
    assert!(
        !h.query_by_label("Title").is_some_and(|n| n.is_focused()),
        "Enter leaves the field"
    );
    assert_eq!(h.state().undo_label(), Some("Rename map"));
}

#[test]
fn a_screen_reader_finds_a_card_by_its_title_and_hears_where_it_is() {
    let mut h = harness();
    let card = h.get_by_label("Sees an ad");
    assert_eq!(card.accesskit_node().role(), egui::accesskit::Role::Button);
    assert_eq!(
        card.accesskit_node().description().as_deref(),
        Some(
            "Stage: Awareness. Lane: Website. Personas: Gen-Z shopper. Emotion: none. Owner: none."
        )
    );
    // Grouped per lane.
    assert_eq!(
        card.parent()
            .and_then(|p| p.accesskit_node().label())
            .as_deref(),
        Some("Lane “Website”")
    );
    assert!(h.query_by_label("Awareness").is_some());
    assert!(h.query_by_label("Emotion point of “Unsure”: -1").is_some());
    assert!(
        h.query_by_label("Arrow from “Sees an ad” to “Compares prices”")
            .is_some()
    );

    // A click from the screen reader selects it, and it is then the focused node.
    card.click_accesskit();
    h.run();
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(1))));
    h.get_by_label("Journey map").focus();
    h.run();
    assert!(h.get_by_label("Sees an ad").is_focused());
}

#[test]
fn cards_far_off_screen_are_in_the_tree_too() {
    let mut map = small_map();
    for i in 0..40u32 {
        map.stages
            .push(Stage::new(StageId(10 + i), &format!("Stage {i}")));
    }
    map.touchpoints.push(Touchpoint::new(
        TouchpointId(99),
        StageId(49),
        LaneId(3),
        0,
        "Far away",
    ));
    let h = harness_with(Startup::Map(map));
    assert!(
        h.state()
            .screen_rect_of(Selected::Touchpoint(TouchpointId(99)))
            .is_none_or(|r| r.left() > SIZE.x)
    );
    assert!(h.query_by_label("Far away").is_some());
}

#[test]
fn card_descriptions_speak_the_window_language() {
    let mut h = harness_in(
        trailmap::app::i18n::Language::German,
        Startup::Map(small_map()),
    );
    h.run();
    let card = h.get_by_label("Sees an ad");
    let d = card.accesskit_node().description().unwrap_or_default();
    assert!(d.starts_with("Phase: Awareness. Zeile: Website."), "{d}");
}

#[test]
fn connect_mode_draws_an_arrow_by_keyboard_in_one_undo_step() {
    let mut h = harness();
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
    let before = h.state().map().connectors.len();
    // Ctrl+K: connect mode; the arrow keys pick the target, the selection stays.
    press_with(&mut h, Modifiers::COMMAND, Key::K);
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    assert_eq!(selected(&h), Some(Selected::Touchpoint(TouchpointId(2))));
    press(&mut h, Key::Enter);
    let map = h.state().map();
    assert_eq!(map.connectors.len(), before + 1);
    let arrow = map.connectors.last().unwrap();
    assert_eq!((arrow.from, arrow.to), (TouchpointId(2), TouchpointId(4)));
    assert_eq!(selected(&h), Some(Selected::Connector(arrow.id)));
    assert_eq!(h.state().undo_label(), Some("Add connector"));

    // Delete on the selected arrow removes it again.
    press(&mut h, Key::Delete);
    assert_eq!(h.state().map().connectors.len(), before);
}

#[test]
fn esc_cancels_connect_mode_without_drawing() {
    let mut h = harness();
    assert!(tab_to_canvas(&mut h));
    press(&mut h, Key::ArrowRight);
    press_with(&mut h, Modifiers::COMMAND, Key::K);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Escape);
    assert!(canvas_focused(&h), "the first Esc only leaves connect mode");
    // Out of connect mode, Enter edits the title instead of drawing an arrow.
    press(&mut h, Key::Enter);
    press(&mut h, Key::Escape);
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().map().connectors.len(), 1);
}

#[test]
fn connect_to_is_in_the_cards_context_menu_and_the_insert_menu() {
    let mut h = harness();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(3)));
    click_at(&mut h, at);
    h.get_by_label("Insert").click();
    h.run();
    assert!(h.query_by_label_contains("Connect to…").is_some());
    press(&mut h, Key::Escape);
    h.hover_at(at);
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.get_by_label("Connect to…").click();
    h.run();
    // From the context menu: the canvas needs the keyboard for the arrow keys.
    h.get_by_label("Journey map").focus();
    h.run();
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Enter);
    let arrow = h.state().map().connectors.last().unwrap().clone();
    assert_eq!((arrow.from, arrow.to), (TouchpointId(3), TouchpointId(4)));
}
