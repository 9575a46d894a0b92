//! View > Rows in the window, as a marketer uses it, in English and German: rows by persona
//! change only the view (no undo step, the map as it was), a card dragged to another
//! persona's row changes its persona (and its stage, dragged to another stage), the status
//! bar says so, and one undo takes each drop back whole.

use crate::app_support;

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use trailmap::app::i18n::{Language, text_in};
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;
use trailmap::pivot::Rows;

fn notice(h: &Harness<'_, TrailmapApp>) -> Option<String> {
    h.state().notice().map(|n| n.text.clone())
}

/// The row lane of the pivoted layout that belongs to `persona` (`None`: "All personas").
/// The status line after the shopper's card went into the busy parent's row of its stage.
fn shopper_to_parent(language: Language) -> String {
    text_in(
        language,
        "status-pivot-persona",
        &[
            ("place", "Busy parent".into()),
            ("from", "Gen-Z shopper".into()),
            ("to", "Busy parent".into()),
        ],
    )
}

fn row_of(h: &Harness<'_, TrailmapApp>, persona: Option<PersonaId>) -> u32 {
    let layout = h.state().layout().unwrap();
    let map = h.state().map();
    layout
        .lanes
        .iter()
        .find(|l| map.lane(l.id).is_none() && l.persona.as_ref().map(|p| p.persona) == persona)
        .unwrap_or_else(|| panic!("no row for {persona:?}"))
        .id
        .0
}

fn drag_between_persona_rows_and_undo(language: Language, view: &str) {
    let mut h = harness_in(language, Startup::Map(two_personas()));
    let start = h.state().map().clone();
    assert_eq!(words(language, "menu-view"), view);

    open_submenu(&mut h, view, &words(language, "menu-rows"));
    menu_item(&h, &words(language, "rows-personas")).click();
    h.run();
    // Only the view changed: no undo step, the map as it was, a row per persona.
    assert_eq!(h.state().map(), &start);
    assert_eq!(h.state().undo_label(), None);
    let shopper = row_of(&h, Some(PersonaId(1)));
    let parent = row_of(&h, Some(PersonaId(2)));
    let everyone = row_of(&h, None);

    // The shopper's ad, dragged into the busy parent's row of the same stage.
    let ad = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(1)))
        .unwrap()
        .center();
    assert!(
        h.state()
            .screen_rect_of_cell(Cell {
                stage: StageId(1),
                lane: LaneId(shopper)
            })
            .unwrap()
            .contains(ad),
        "the ad is drawn in the shopper's row"
    );
    let target = center_of_cell(&h, 1, parent);
    drag(&mut h, ad, target);
    let t = card(&h, 1);
    assert_eq!(t.personas, [PersonaId(2)]);
    assert_eq!(
        (t.stage, t.lane),
        (StageId(1), LaneId(1)),
        "same stage and lane"
    );
    assert_eq!(notice(&h), Some(shopper_to_parent(language)));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &start, "one undo takes the drop back");

    // A card for everyone, dragged into the shopper's row of the next stage: tagged and moved
    // in one step.
    let compare = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    let target = center_of_cell(&h, 3, shopper);
    drag(&mut h, compare, target);
    let t = card(&h, 2);
    assert_eq!(t.personas, [PersonaId(1)]);
    assert_eq!((t.stage, t.lane), (StageId(3), LaneId(1)));
    assert_eq!(h.state().undo_label(), Some("Move touchpoint"));
    let place = text_in(
        language,
        "pivot-place",
        &[
            ("row", "Gen-Z shopper".into()),
            ("stage", "Purchase".into()),
        ],
    );
    let told = text_in(
        language,
        "status-pivot-persona",
        &[
            ("place", place.into()),
            ("from", words(language, "pivot-all-personas").into()),
            ("to", "Gen-Z shopper".into()),
        ],
    );
    assert_eq!(notice(&h).as_deref(), Some(told.as_str()));
    assert_ne!(everyone, shopper);
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &start);
    assert_eq!(h.state().undo_label(), None, "undo holds only real edits");
}

#[test]
fn dragging_between_persona_rows_changes_the_persona_and_undoes_in_english() {
    drag_between_persona_rows_and_undo(Language::English, "View");
}

#[test]
fn dragging_between_persona_rows_changes_the_persona_and_undoes_in_german() {
    drag_between_persona_rows_and_undo(Language::German, "Ansicht");
}

/// A card for both personas: drawn in both rows.
fn with_a_card_for_both(mut map: Map) -> Map {
    let mut both = Touchpoint::new(TouchpointId(5), StageId(3), LaneId(1), 0, "Reads reviews");
    both.personas = vec![PersonaId(1), PersonaId(2)];
    map.touchpoints.push(both);
    map
}

fn add_and_move_by_keyboard_in_rows(language: Language) {
    let mut h = harness_in(language, Startup::Map(with_a_card_for_both(two_personas())));
    h.state_mut().set_rows(Rows::Personas);
    h.run();
    let start = h.state().map().clone();
    let shopper = row_of(&h, Some(PersonaId(1)));
    let parent = row_of(&h, Some(PersonaId(2)));

    // A double click in the busy parent's row of Consideration adds a card for the parent, in
    // the map's channel lane, drawn in that row; one undo step.
    let at = center_of_cell(&h, 2, parent);
    double_click(&mut h, at);
    h.event(egui::Event::Text("Calls support".into()));
    press(&mut h, Key::Enter);
    let added = h
        .state()
        .map()
        .touchpoints
        .iter()
        .find(|t| t.title == "Calls support")
        .cloned()
        .expect("the card was added");
    assert_eq!(added.personas, [PersonaId(2)]);
    assert_eq!((added.stage, added.lane), (StageId(2), LaneId(1)));
    let drawn = h.state().layout().unwrap().card(added.id).unwrap().cell;
    assert_eq!(
        drawn.lane,
        LaneId(parent),
        "drawn in the row it was added in"
    );
    assert_eq!(h.state().undo_label(), Some("Add touchpoint"));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &start);

    // Alt+Down takes the shopper's ad into the parent's row: its persona changes; Alt+Right
    // then takes it to the next stage in that row. One undo step each.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);
    press_with(&mut h, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(card(&h, 1).personas, [PersonaId(2)]);
    assert_eq!(notice(&h), Some(shopper_to_parent(language)));
    press_with(&mut h, Modifiers::ALT, Key::ArrowRight);
    let t = card(&h, 1);
    assert_eq!((t.stage, &t.personas), (StageId(2), &vec![PersonaId(2)]));
    let drawn = h
        .state()
        .layout()
        .unwrap()
        .card(TouchpointId(1))
        .unwrap()
        .cell;
    assert_eq!(
        drawn,
        Cell {
            stage: StageId(2),
            lane: LaneId(parent)
        }
    );
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &start);
    assert_ne!(shopper, parent);

    // The arrow keys visit the card for both personas once, as the map's card.
    let mut seen = Vec::new();
    for _ in 0..8 {
        press(&mut h, Key::ArrowRight);
        if let Some(Selected::Touchpoint(id)) = h.state().selection().single() {
            seen.push(id);
        }
    }
    assert!(seen.contains(&TouchpointId(5)));
    assert!(
        seen.iter()
            .all(|id| h.state().map().touchpoint(*id).is_some()),
        "only the map's cards are selected: {seen:?}"
    );
}

#[test]
fn adding_and_moving_cards_by_keyboard_in_persona_rows_in_english() {
    add_and_move_by_keyboard_in_rows(Language::English);
}

#[test]
fn adding_and_moving_cards_by_keyboard_in_persona_rows_in_polish() {
    add_and_move_by_keyboard_in_rows(Language::Polish);
}

/// A screen reader lists a card for two personas in both rows; clicking its second drawing
/// selects the map's card (the inspector shows it), and the rows' headers are named.
#[test]
fn a_readers_click_on_the_second_drawing_of_a_card_selects_the_card() {
    use egui_kittest::kittest::{NodeT, Queryable};
    let mut h = harness_in(
        Language::German,
        Startup::Map(with_a_card_for_both(two_personas())),
    );
    h.state_mut().set_rows(Rows::Personas);
    h.run();
    let drawings: Vec<_> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("Reads reviews"))
        })
        .collect();
    assert_eq!(drawings.len(), 2, "once in each persona's row");
    drawings[1].click_accesskit();
    h.run();
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(TouchpointId(5)))
    );
    assert!(
        h.query_all_by_label_contains("Busy parent")
            .next()
            .is_some(),
        "the parent's row is named"
    );
    assert!(!h.state().is_dirty());
}
