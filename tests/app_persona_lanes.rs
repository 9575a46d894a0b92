//! Persona lanes in the window, as a marketer uses them, in English and German: the lane's
//! "Lane for persona" choice in the inspector, a card dragged into the lane gets the persona
//! (keeping its other personas, which the inspector and the status bar point out), one undo
//! takes back the drop with its tags, and new cards and keyboard moves follow the same rule.

use crate::app_support;

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::i18n::{Language, text_in};
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// Opens the dropdown whose screen-reader name is `label` and clicks `choice` in it.
fn choose(h: &mut Harness<'_, TrailmapApp>, label: &str, choice: &str) {
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::ComboBox && n.label().as_deref() == Some(label)
    })
    .click();
    h.run();
    h.get_by_label(choice).click();
    h.run();
}

/// Sets the pain points lane's persona in the inspector, drags the Gen-Z shopper's ad into it,
/// checks the tags and the hints, and undoes.
fn set_persona_drag_in_and_undo(language: Language, label: &str) {
    let mut h = harness_in(language, Startup::Map(two_personas()));
    let start = h.state().map().clone();
    assert_eq!(words(language, "lane-persona-label"), label);

    let header = center_of(&h, Selected::Lane(LaneId(3)));
    click_at(&mut h, header);
    choose(&mut h, label, "Busy parent");
    assert_eq!(
        h.state().map().lane(LaneId(3)).unwrap().persona,
        Some(PersonaId(2))
    );
    // The header shows the persona (the layout the canvas and every export draw from).
    let layout = h.state().layout().unwrap();
    let lane = layout.lanes.iter().find(|l| l.id == LaneId(3)).unwrap();
    assert_eq!(lane.persona.as_ref().map(|p| p.persona), Some(PersonaId(2)));
    // A screen reader hears whose lane it is on the header.
    let said = text_in(
        language,
        "a11y-lane-persona",
        &[("persona", "Busy parent".into())],
    );
    let header = h
        .query_all_by_role(egui::accesskit::Role::RowHeader)
        .find(|n| n.accesskit_node().label().as_deref() == Some("Pain points"))
        .expect("the lane header has a node");
    assert_eq!(
        header.accesskit_node().description().as_deref(),
        Some(said.as_str())
    );

    let ad = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    let target = center_of_cell(&h, 2, 3);
    drag(&mut h, ad, target);
    let t = card(&h, 1);
    assert_eq!((t.stage, t.lane), (StageId(2), LaneId(3)));
    assert_eq!(
        t.personas,
        [PersonaId(1), PersonaId(2)],
        "keeps the shopper"
    );
    assert_eq!(h.state().undo_label(), Some("Move touchpoint"));
    let told = text_in(
        language,
        "status-lane-persona-tagged-also",
        &[
            ("card", "Sees an ad".into()),
            ("persona", "Busy parent".into()),
            ("others", "Gen-Z shopper".into()),
        ],
    );
    assert_eq!(
        h.state().notice().map(|n| n.text.as_str()),
        Some(told.as_str())
    );
    // The card is selected: the inspector says it is tagged for another persona too.
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(TouchpointId(1)))
    );
    let hint = text_in(
        language,
        "lane-persona-card-others",
        &[
            ("persona", "Busy parent".into()),
            ("others", "Gen-Z shopper".into()),
        ],
    );
    h.get_by_label(&hint);

    // One undo: the card is back in its cell with its own tags; the lane keeps its persona.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    let t = card(&h, 1);
    assert_eq!((t.stage, t.lane), (StageId(1), LaneId(1)));
    assert_eq!(t.personas, [PersonaId(1)]);
    assert_eq!(
        h.state().map().lane(LaneId(3)).unwrap().persona,
        Some(PersonaId(2))
    );
    // The next undo takes the lane's persona back.
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &start);
}

#[test]
fn set_a_lane_persona_drag_a_card_in_and_undo_in_english() {
    set_persona_drag_in_and_undo(Language::English, "Lane for persona");
}

#[test]
fn set_a_lane_persona_drag_a_card_in_and_undo_in_german() {
    set_persona_drag_in_and_undo(Language::German, "Zeile für Persona");
}

#[test]
fn the_lane_persona_choice_offers_none_and_every_persona_and_clears() {
    let mut map = two_personas();
    map.lanes[0].persona = Some(PersonaId(1));
    let mut h = harness_in(Language::German, Startup::Map(map));
    let header = center_of(&h, Selected::Lane(LaneId(1)));
    click_at(&mut h, header);
    // The choice shows the lane's persona; "Keine" clears it.
    choose(&mut h, "Zeile für Persona", "Keine (alle Personas)");
    assert_eq!(h.state().map().lane(LaneId(1)).unwrap().persona, None);
    choose(&mut h, "Zeile für Persona", "Gen-Z shopper");
    assert_eq!(
        h.state().map().lane(LaneId(1)).unwrap().persona,
        Some(PersonaId(1))
    );
}

#[test]
fn a_card_created_in_a_persona_lane_is_for_that_persona_in_the_same_step() {
    let mut map = two_personas();
    map.lanes[2].persona = Some(PersonaId(2));
    let mut h = harness_with(Startup::Map(map));
    let before = h.state().map().clone();
    let cell = center_of_cell(&h, 1, 3);
    double_click(&mut h, cell);
    h.event(egui::Event::Text("Refund takes weeks".into()));
    h.run();
    press(&mut h, Key::Enter);
    let map = h.state().map();
    let new = map
        .touchpoints
        .iter()
        .find(|t| t.title == "Refund takes weeks")
        .expect("the new card");
    assert_eq!(new.personas, [PersonaId(2)]);
    assert_eq!(h.state().undo_label(), Some("Add touchpoint"));
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &before);
}

#[test]
fn alt_arrows_into_a_persona_lane_tag_the_card_and_one_undo_takes_it_back() {
    let mut map = two_personas();
    map.lanes[2].persona = Some(PersonaId(2));
    let mut h = harness_with(Startup::Map(map));
    // "Compares prices" (2) is for everyone, in Consideration · Website.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at);
    press_with(&mut h, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(card(&h, 2).lane, LaneId(2));
    assert!(
        card(&h, 2).personas.is_empty(),
        "the emotion lane is for everyone"
    );
    let before = h.state().map().clone();
    press_with(&mut h, Modifiers::ALT, Key::ArrowDown);
    let t = card(&h, 2);
    assert_eq!(
        (t.lane, t.personas.as_slice()),
        (LaneId(3), &[PersonaId(2)][..])
    );
    let told = text_in(
        Language::English,
        "status-lane-persona-tagged",
        &[
            ("card", "Compares prices".into()),
            ("persona", "Busy parent".into()),
        ],
    );
    assert_eq!(
        h.state().notice().map(|n| n.text.as_str()),
        Some(told.as_str())
    );
    press_with(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().map(), &before);
}

#[test]
fn file_new_from_template_offers_the_persona_lanes_journey() {
    let mut h = harness();
    open_submenu(&mut h, "File", "New from Template");
    menu_item(&h, "Classic journey, one lane per persona").click();
    h.run();
    assert_eq!(
        h.state().map(),
        &trailmap::templates::load("classic-personas", "en").unwrap()
    );
}

#[test]
fn dragging_a_point_in_a_persona_s_emotion_lane_changes_that_persona_s_own_score() {
    let mut map = two_personas();
    map.lanes[1].persona = Some(PersonaId(1));
    // "Unsure" is -1 for everyone, -2 for the Gen-Z shopper: the shopper's lane shows -2.
    map.touchpoints[2].persona_emotions = vec![PersonaEmotion {
        persona: PersonaId(1),
        score: -2,
    }];
    let mut h = harness_with(Startup::Map(map));
    let layout = h.state().layout().unwrap();
    let marker = layout.card(TouchpointId(3)).unwrap().marker.unwrap();
    assert_eq!(marker.score, Some(-2));
    // The marker sits at the bottom of an unhappy point's box (its label is above it).
    let r = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(3)))
        .unwrap();
    let z = h.state().zoom();
    let at = egui::pos2(
        r.center().x,
        r.bottom() - trailmap::layout::EMOTION_POINT_RADIUS * z,
    );
    drag(&mut h, at, at - egui::vec2(0.0, 200.0));
    let t = card(&h, 3);
    assert_eq!(
        t.persona_emotions,
        [PersonaEmotion {
            persona: PersonaId(1),
            score: 2
        }]
    );
    assert_eq!(t.emotion, Some(-1), "everyone's score stays");
}
