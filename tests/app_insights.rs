//! The insight views driven as a user drives them: the persona filter, the compare view and its
//! inspector, the insights side panel (picking an overlap or a gap), a stage's funnel in the
//! inspector, and the export of one file per persona.

use crate::app_support;

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use trailmap::app::{Selected, Startup};
use trailmap::layout::{Change, StateView};
use trailmap::model::*;

/// A German map with two personas and every insight in it:
/// - Awareness · Website: two cards run "Spring" (an overlap);
/// - Consideration · Website speaks only to the family planner (a gap for the Gen-Z shopper);
/// - a card dropped in the future journey (5), one added (6), one changed (7);
/// - stage figures: 12,400 reached in Awareness, 1,913 of them converted, 3,100 in
///   Consideration (a 75 % drop, the worst), 2,480 in Purchase.
fn insights_map() -> Map {
    let persona = |id, name: &str, color| Persona {
        id: PersonaId(id),
        name: name.into(),
        color,
        description: String::new(),
    };
    let card = |id, stage, lane, order, title: &str, personas: &[u32]| {
        let mut t = Touchpoint::new(TouchpointId(id), StageId(stage), LaneId(lane), order, title);
        t.personas = personas.iter().map(|p| PersonaId(*p)).collect();
        t
    };
    let mut ad = card(1, 1, 1, 0, "Spring ad", &[1]);
    ad.campaigns = vec!["Spring".into()];
    let mut banner = card(2, 1, 1, 1, "Spring banner", &[2]);
    banner.campaigns = vec![" spring ".into()];
    let mut newsletter = card(5, 2, 2, 0, "Old newsletter", &[]);
    newsletter.state = CardState::Current;
    let mut checkout = card(6, 3, 1, 0, "One-click checkout", &[1]);
    checkout.state = CardState::Future;
    let mut mail = card(7, 3, 2, 0, "Order mail", &[]);
    mail.owner = "Shop".into();
    mail.future = Some(FutureValues {
        title: Some("Order + tracking mail".into()),
        owner: Some("CX".into()),
        ..FutureValues::default()
    });
    let mut stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Consideration"),
        Stage::new(StageId(3), "Purchase"),
    ];
    stages[0].reached = Some(12_400);
    stages[0].converted = Some(1_913);
    stages[1].reached = Some(3_100);
    stages[2].reached = Some(2_480);
    let lane = |id, name: &str, channel| Lane {
        id: LaneId(id),
        name: name.into(),
        kind: LaneKind::Channel,
        channel: Some(channel),
        color: None,
        persona: None,
    };
    Map {
        title: "Insights".into(),
        language: "de".into(),
        personas: vec![
            persona(1, "Gen-Z shopper", Color::rgb(0xE1, 0x1D, 0x48)),
            persona(2, "Family planner", Color::rgb(0x25, 0x63, 0xEB)),
        ],
        stages,
        lanes: vec![
            lane(1, "Website", Channel::Website),
            lane(2, "E-mail", Channel::Email),
        ],
        touchpoints: vec![
            ad,
            banner,
            card(3, 1, 2, 0, "Welcome mail", &[2]),
            card(4, 2, 1, 0, "Compare page", &[2]),
            newsletter,
            checkout,
            mail,
        ],
        ..Map::default()
    }
}

fn cell(stage: u32, lane: u32) -> Cell {
    Cell {
        stage: StageId(stage),
        lane: LaneId(lane),
    }
}

fn dimmed(h: &egui_kittest::Harness<'_, trailmap::app::TrailmapApp>, id: u32) -> bool {
    let layout = h.state().layout().expect("the canvas was drawn");
    layout.card(TouchpointId(id)).expect("card shown").dimmed
}

/// Picks `name` in View > Personas (the menu stays open for more; Esc closes it).
fn choose_persona_in_view_menu(h: &mut egui_kittest::Harness<'_, trailmap::app::TrailmapApp>) {
    open_submenu(h, "View", "Personas");
    h.get_by_role_and_label(Role::CheckBox, "Gen-Z shopper")
        .click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
}

#[test]
fn choosing_a_persona_dims_the_cards_of_other_personas() {
    let mut h = harness_with(Startup::Map(insights_map()));
    assert!(!dimmed(&h, 2), "no filter, nothing dimmed");

    choose_persona_in_view_menu(&mut h);

    assert_eq!(h.state().view_options().personas, [PersonaId(1)]);
    assert!(!dimmed(&h, 1), "the Gen-Z shopper's own card");
    assert!(dimmed(&h, 2), "the family planner's card");
    assert!(!dimmed(&h, 7), "a card for everyone");
    // Viewing is not editing.
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().undo_label(), None);
}

#[test]
fn the_compare_view_marks_added_and_removed_cards_and_lists_changed_fields() {
    let mut h = harness_with(Startup::Map(insights_map()));
    let layout = h.state().layout().unwrap();
    assert!(layout.card(TouchpointId(6)).is_none(), "future-only card");

    open_submenu(&mut h, "View", "Journey");
    h.get_by_label("Compare current and future").click();
    h.run();

    assert_eq!(h.state().view_options().state, StateView::Compare);
    let layout = h.state().layout().unwrap();
    let change = |id| layout.card(TouchpointId(id)).unwrap().change.clone();
    assert_eq!(change(6), Some(Change::Added));
    assert_eq!(change(5), Some(Change::Removed));
    assert_eq!(change(7), Some(Change::Changed(vec!["title", "owner"])));
    assert_eq!(change(1), None);

    // The changed card: each changed field with today's and the future value.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(7)));
    click_at(&mut h, at);
    h.get_by_label("Changed: 2 fields");
    h.get_by_label("Today");
    h.get_by_label("Future");
    // The inspector's text, not the card (a screen reader's node named by its title).
    h.get_by_role_and_label(Role::Label, "Order mail");
    h.get_by_role_and_label(Role::Label, "Order + tracking mail");
    h.get_by_label("Shop");
    h.get_by_label("CX");

    let at = center_of(&h, Selected::Touchpoint(TouchpointId(6)));
    click_at(&mut h, at);
    h.get_by_label("Added");
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(5)));
    click_at(&mut h, at);
    h.get_by_label("Removed");
}

#[test]
fn picking_an_overlap_in_the_insights_panel_selects_its_cards() {
    let mut h = harness_with(Startup::Map(insights_map()));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    h.run();
    assert!(h.state().view_options().insights);
    // No persona chosen: overlaps only, and a hint how to see gaps.
    h.get_by_label("Choose personas in View > Personas to see where they are not reached.");
    assert!(h.query_by_label_contains("Not reached:").is_none());

    h.get_by_role_and_label(Role::Button, "Overlap: Spring ×2 — Awareness · Website")
        .click();
    h.run();

    let mut picked = h.state().selection().touchpoints();
    picked.sort();
    assert_eq!(picked, [TouchpointId(1), TouchpointId(2)]);
    assert_eq!(h.state().highlighted_cell(), Some(cell(1, 1)));
    assert!(!h.state().is_dirty());

    // Selecting something else on the canvas ends the highlight.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);
    assert_eq!(h.state().highlighted_cell(), None);
}

#[test]
fn picking_a_gap_highlights_its_cell_and_scrolls_it_into_view() {
    let mut h = harness_with(Startup::Map(insights_map()));
    h.get_by_label("View").click();
    h.run();
    menu_item(&h, "Insights").click();
    h.run();
    assert!(h.state().view_options().insights);

    // Gaps need a persona: chosen from the panel itself.
    h.get_by_label("Choose personas").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Gen-Z shopper")
        .click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().view_options().personas, [PersonaId(1)]);

    // Zoomed in far enough that the gap's cell is off screen.
    for _ in 0..6 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE);
    let gap = cell(2, 1);
    let before = h.state().screen_rect_of_cell(gap).unwrap();
    assert!(!window.contains(before.center()), "{before:?}");

    h.get_by_role_and_label(
        Role::Button,
        "Not reached: Gen-Z shopper — Consideration · Website",
    )
    .click();
    h.run();

    assert!(h.state().selection().is_empty());
    assert_eq!(h.state().selection().cell, Some(gap));
    assert_eq!(h.state().highlighted_cell(), Some(gap));
    let after = h.state().screen_rect_of_cell(gap).unwrap();
    assert!(window.contains(after.left_top()), "{after:?}");
    assert!(!h.state().is_dirty());

    // Esc ends it, as it clears a selection.
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().highlighted_cell(), None);
}

#[test]
fn the_insights_panel_says_when_there_is_nothing_to_report_and_hides() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    h.run();
    h.get_by_label("Nothing to report");
    h.get_by_label("Hide").click();
    h.run();
    assert!(!h.state().view_options().insights);
    assert!(h.query_by_label("Nothing to report").is_none());
}

#[test]
fn a_selected_stage_shows_its_funnel_in_the_maps_language() {
    let mut h = harness_with(Startup::Map(insights_map()));
    let at = center_of(&h, Selected::Stage(StageId(1)));
    click_at(&mut h, at);
    // German: "." groups thousands, "," before decimals, a no-break space before "%".
    h.get_by_label("12.400");
    h.get_by_label("1.913");
    h.get_by_label("15,4\u{A0}%");
    h.get_by_label("75\u{A0}%");
    h.get_by_label("The worst drop-off of the journey");

    let at = center_of(&h, Selected::Stage(StageId(2)));
    click_at(&mut h, at);
    h.get_by_label("3.100");
    h.get_by_label("20\u{A0}%");
    assert!(
        h.query_by_label("The worst drop-off of the journey")
            .is_none()
    );
}

#[test]
fn export_one_file_per_persona_from_the_export_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_with(Startup::Map(insights_map()));
    open_submenu(&mut h, "File", "Export");
    menu_item(&h, "Export as SVG…").click();
    h.run();
    // The dialog spells out what the file shows.
    h.get_by_label("What the file shows");
    h.get_by_role_and_label(Role::CheckBox, "Insights");
    h.get_by_role_and_label(Role::CheckBox, "One file per persona")
        .click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let field = h.get_by_label("File path:");
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(
        dir.path().join("map.svg").display().to_string(),
    ));
    h.key_press(Key::Enter);
    h.run();
    wait_for_export(&mut h);
    let notice = h.state().notice().expect("a notice").text.clone();
    assert!(notice.starts_with("Exported 2 files"), "{notice}");
    assert!(!dir.path().join("map.svg").exists());
    for name in ["map-gen-z-shopper.svg", "map-family-planner.svg"] {
        let svg = std::fs::read_to_string(dir.path().join(name)).expect(name);
        assert!(
            svg.starts_with("<svg") || svg.starts_with("<?xml"),
            "{name}"
        );
    }
}
