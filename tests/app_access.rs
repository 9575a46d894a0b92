//! The canvas for screen readers, as a reader receives it: the map's items are sent once and
//! kept, a frame that changes nothing sends none of them again, panning moves them without
//! re-sending them, and selecting re-sends only the items whose mark changed. Insight markers
//! are nodes too, and a reader's "click" on one shows it as the insights list does.

use crate::app_support;

use std::sync::{Arc, Mutex};

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, MouseWheelUnit, TouchPhase, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// Counts the nodes of every AccessKit update the window sends.
struct Counter(Arc<Mutex<Vec<usize>>>);

impl egui::Plugin for Counter {
    fn debug_name(&self) -> &'static str {
        "accesskit node counter"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = &output.platform_output.accesskit_update {
            self.0.lock().unwrap().push(update.nodes.len());
        }
    }
}

fn counted(startup: Startup) -> (Harness<'static, TrailmapApp>, Arc<Mutex<Vec<usize>>>) {
    let counts = Arc::new(Mutex::new(Vec::new()));
    let h = harness_with(startup);
    h.ctx.add_plugin(Counter(Arc::clone(&counts)));
    (h, counts)
}

/// The nodes sent by the next frame.
fn next_frame(h: &mut Harness<'_, TrailmapApp>, counts: &Mutex<Vec<usize>>) -> usize {
    counts.lock().unwrap().clear();
    h.step();
    *counts.lock().unwrap().last().expect("an AccessKit update")
}

fn wheel(h: &Harness<'_, TrailmapApp>, delta: Vec2) {
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta,
        phase: TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
}

/// Types a new title over the selected card's (F2, select all, type, Enter); the frame
/// that applies it is left to the caller.
fn retitle_selected(h: &mut Harness<'_, TrailmapApp>, title: &str) {
    h.key_press(Key::F2);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(title.into()));
    h.key_press(Key::Enter);
}

/// The cards the reader holds (a card's description says its stage).
fn card_nodes(h: &Harness<'_, TrailmapApp>) -> usize {
    h.query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .description()
                .is_some_and(|d| d.starts_with("Stage:"))
        })
        .count()
}

#[test]
fn a_frame_that_changes_nothing_sends_none_of_the_maps_items_again() {
    let cards = 400;
    let (mut h, counts) = counted(Startup::Map(synthetic_map(cards)));
    h.run();
    // The reader holds every card, far off screen too.
    assert_eq!(card_nodes(&h), cards);

    let quiet = next_frame(&mut h, &counts);
    assert!(
        quiet < cards / 2,
        "a frame with nothing changed sent {quiet} nodes for a map of {cards} cards"
    );
    // The cards are still there for the reader, and still only sent once.
    assert_eq!(card_nodes(&h), cards);
    assert!(next_frame(&mut h, &counts) <= quiet);
}

/// Counts the children that the nodes of every AccessKit update list.
struct Listed(Arc<Mutex<Vec<usize>>>);

impl egui::Plugin for Listed {
    fn debug_name(&self) -> &'static str {
        "accesskit children counter"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        if let Some(update) = &output.platform_output.accesskit_update {
            let listed = update.nodes.iter().map(|(_, n)| n.children().len()).sum();
            self.0.lock().unwrap().push(listed);
        }
    }
}

/// A lane's group node lists every card of the lane, and the reader compares the whole list
/// each time it gets one: a quiet frame sends no group, so it lists none of the cards.
#[test]
fn a_frame_that_changes_nothing_lists_none_of_the_lanes_cards_again() {
    let cards = 1000;
    let listed = Arc::new(Mutex::new(Vec::new()));
    let mut h = harness_with(Startup::Map(synthetic_map(cards)));
    h.ctx.add_plugin(Listed(Arc::clone(&listed)));
    h.run();
    listed.lock().unwrap().clear();
    h.step();
    let quiet = *listed.lock().unwrap().last().expect("an AccessKit update");
    assert!(
        quiet < cards / 4,
        "a frame with nothing changed listed {quiet} children for a map of {cards} cards"
    );
    // The reader still holds every card under its lane.
    assert_eq!(card_nodes(&h), cards);
}

#[test]
fn panning_moves_the_cards_for_the_reader_without_sending_them_again() {
    let (mut h, counts) = counted(Startup::Map(synthetic_map(300)));
    h.run();
    let id = h.state().map().touchpoints[0].id;
    let card = Selected::Touchpoint(id);
    let node = |h: &Harness<'_, TrailmapApp>| {
        let title = h.state().map().touchpoint(id).unwrap().title.clone();
        h.query_all_by_label(&title)
            .map(|n| n.rect())
            .min_by(|a, b| {
                let d = |r: egui::Rect| (r.center() - center_of(h, card)).length();
                d(*a).total_cmp(&d(*b))
            })
            .unwrap()
    };
    let before = node(&h);
    assert!(
        (before.center() - center_of(&h, card)).length() < 1.0,
        "the reader's card at {before:?} is not where it is drawn"
    );

    h.hover_at(egui::Pos2::new(500.0, 400.0));
    h.run();
    wheel(&h, Vec2::new(-60.0, -40.0));
    let sent = next_frame(&mut h, &counts);
    h.run();
    let after = node(&h);
    assert!(
        (after.center() - center_of(&h, card)).length() < 1.0,
        "after panning the reader's card is at {after:?}, drawn at {:?}",
        center_of(&h, card)
    );
    assert!(
        (after.center() - before.center()).length() > 10.0,
        "the view did not pan"
    );
    assert!((after.width() - before.width()).abs() < 0.5);
    assert!(sent < 150, "panning re-sent {sent} nodes for 300 cards");
}

#[test]
fn selecting_marks_the_new_item_and_unmarks_the_old_one_for_the_reader() {
    let mut h = harness_with(Startup::Map(small_map()));
    h.run();
    let title = |h: &Harness<'_, TrailmapApp>, id| {
        h.state()
            .map()
            .touchpoint(TouchpointId(id))
            .unwrap()
            .title
            .clone()
    };
    let (first, second) = (title(&h, 1), title(&h, 2));
    h.get_by_label(&first).click_accesskit();
    h.run();
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(TouchpointId(1)))
    );
    assert!(h.get_by_label(&first).accesskit_node().is_selected() == Some(true));

    h.get_by_label(&second).click_accesskit();
    h.run();
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(TouchpointId(2)))
    );
    assert!(h.get_by_label(&second).accesskit_node().is_selected() == Some(true));
    assert!(h.get_by_label(&first).accesskit_node().is_selected() != Some(true));
}

#[test]
fn renaming_a_card_renames_its_node_and_undo_brings_the_old_name_back() {
    let mut h = harness_with(Startup::Map(small_map()));
    h.run();
    let old = h
        .state()
        .map()
        .touchpoint(TouchpointId(1))
        .unwrap()
        .title
        .clone();
    h.get_by_label(&old).click_accesskit();
    h.run();
    retitle_selected(&mut h, "Spring teaser");
    h.run();
    assert!(h.query_by_label("Spring teaser").is_some());
    assert!(h.query_by_label(&old).is_none());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.query_by_label(&old).is_some());
    assert!(h.query_by_label("Spring teaser").is_none());
}

/// Two cards of one channel in one stage running one campaign: an overlap.
fn overlap_map() -> Map {
    let mut map = small_map();
    let (stage, lane) = {
        let t = &map.touchpoints[0];
        (t.stage, t.lane)
    };
    let next = map.touchpoints.iter().map(|t| t.id.0).max().unwrap_or(0) + 1;
    let mut twin = Touchpoint::new(TouchpointId(next), stage, lane, 9, "Spring banner");
    twin.campaigns = vec!["Spring".into()];
    map.touchpoints[0].campaigns = vec!["Spring".into()];
    map.touchpoints.push(twin);
    map
}

#[test]
fn an_insight_marker_is_a_node_and_a_readers_click_selects_its_cards() {
    let mut h = harness_in(
        trailmap::app::i18n::Language::German,
        Startup::Map(overlap_map()),
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    h.run();
    assert!(h.state().view_options().insights);
    let marker = h
        .query_all_by_role(Role::Note)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.contains("Spring"))
        })
        .expect("the overlap marker has a node");
    let description = marker.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains("Spring"),
        "the marker's description is {description:?}"
    );
    marker.click_accesskit();
    h.run();
    let mut picked = h.state().selection().touchpoints();
    picked.sort();
    let first = h.state().map().touchpoints[0].id;
    let twin = h.state().map().touchpoints.last().unwrap().id;
    assert_eq!(picked, [first, twin]);
    assert!(!h.state().is_dirty());
}

#[test]
fn renaming_one_card_of_a_big_map_sends_only_what_changed() {
    let cards = 400;
    let (mut h, counts) = counted(Startup::Map(synthetic_map(cards)));
    h.run();
    let title = h.state().map().touchpoints[0].title.clone();
    h.query_all_by_label(&title)
        .next()
        .expect("the card is in the tree")
        .click_accesskit();
    h.run();
    let Some(Selected::Touchpoint(id)) = h.state().selection().single() else {
        panic!("the reader's click selected no card");
    };
    retitle_selected(&mut h, "Renamed for the reader");
    let most = (0..6)
        .map(|_| next_frame(&mut h, &counts))
        .max()
        .unwrap_or_default();
    assert_eq!(
        h.state().map().touchpoint(id).unwrap().title,
        "Renamed for the reader"
    );
    assert!(h.query_by_label("Renamed for the reader").is_some());
    assert_eq!(card_nodes(&h), cards);
    // What every frame sends with this card in the inspector (its fields, the groups).
    let quiet = next_frame(&mut h, &counts);
    assert!(
        most <= quiet + 20,
        "renaming one card sent {most} nodes in one frame ({quiet} in a quiet one) for a map \
         of {cards} cards"
    );
}

/// A card an edit moves without it being selected (the one below a card moved out of its
/// cell) is sent to the reader again, at its new place.
#[test]
fn a_card_that_shifts_when_another_moves_away_is_sent_at_its_new_place() {
    let mut map = Map::default();
    for i in 1..=2 {
        map.stages
            .push(Stage::new(StageId(i), &format!("Stage {i}")));
    }
    map.lanes.push(Lane {
        id: LaneId(1),
        name: "Social".into(),
        kind: LaneKind::Channel,
        channel: None,
        color: None,
        persona: None,
    });
    for (id, order, title) in [(1, 0, "Sees an ad"), (2, 1, "Clicks the ad")] {
        map.touchpoints.push(Touchpoint::new(
            TouchpointId(id),
            StageId(1),
            LaneId(1),
            order,
            title,
        ));
    }
    let mut h = harness_with(Startup::Map(map));
    h.run();
    let before = h.get_by_label("Clicks the ad").rect();
    h.get_by_label("Sees an ad").click_accesskit();
    h.run();
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().stage,
        StageId(2)
    );
    let after = h.get_by_label("Clicks the ad").rect();
    let expected = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(2)))
        .unwrap();
    assert!(after.top() < before.top() - 10.0, "{before:?} -> {after:?}");
    assert!(
        (after.top() - expected.top()).abs() < 1.0,
        "the reader has {after:?}, the canvas draws {expected:?}"
    );
}

/// A card renamed while another is selected (undo of a rename, the selection elsewhere) is
/// sent to the reader again, with its name.
#[test]
fn a_card_renamed_by_undo_while_another_is_selected_gets_its_name_back_for_the_reader() {
    let mut h = harness_with(Startup::Map(small_map()));
    h.run();
    h.get_by_label("Sees an ad").click_accesskit();
    h.run();
    retitle_selected(&mut h, "Spring teaser");
    h.run();
    h.get_by_label("Compares prices").click_accesskit();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().title,
        "Sees an ad"
    );
    let selected = h.state().selection().single();
    assert!(
        h.query_by_label("Spring teaser").is_none(),
        "selected: {selected:?}"
    );
    assert!(h.query_by_label("Sees an ad").is_some());
}

/// A lane that grows (a card above gets a longer title) moves the lanes below it: their cards
/// keep their nodes and reach the reader at their new places, as the canvas draws them.
#[test]
fn the_cards_of_a_lane_below_one_that_grew_are_where_the_canvas_draws_them() {
    let mut map = Map::default();
    map.stages.push(Stage::new(StageId(1), "Awareness"));
    for (id, name) in [(1, "Social"), (2, "E-mail")] {
        map.lanes.push(Lane {
            id: LaneId(id),
            name: name.into(),
            kind: LaneKind::Channel,
            channel: None,
            color: None,
            persona: None,
        });
    }
    for (id, lane, title) in [(1, 1, "Sees an ad"), (2, 2, "Reads the newsletter")] {
        map.touchpoints.push(Touchpoint::new(
            TouchpointId(id),
            StageId(1),
            LaneId(lane),
            0,
            title,
        ));
    }
    let mut h = harness_with(Startup::Map(map));
    h.run();
    let before = h.get_by_label("Reads the newsletter").rect();
    h.get_by_label("Sees an ad").click_accesskit();
    h.run();
    retitle_selected(
        &mut h,
        "Sees an ad for the spring sale between two videos on a phone, late at night",
    );
    h.run();
    let after = h.get_by_label("Reads the newsletter").rect();
    let expected = h
        .state()
        .screen_rect_of(Selected::Touchpoint(TouchpointId(2)))
        .unwrap();
    assert!(after.top() > before.top() + 10.0, "{before:?} -> {after:?}");
    assert!(
        (after.top() - expected.top()).abs() < 1.0,
        "the reader has {after:?}, the canvas draws {expected:?}"
    );
}

/// Every card is a child of its lane's group and of nothing else (not of the window's root,
/// where egui hangs nodes that are not widgets), when first sent and after an edit re-sent
/// the cards that moved.
#[test]
fn every_card_hangs_under_its_lane_and_nowhere_else() {
    let cards = 120;
    let mut h = harness_with(Startup::Map(synthetic_map(cards)));
    h.run();
    let check = |h: &Harness<'_, TrailmapApp>, when: &str| {
        let mut seen = 0;
        for node in h.query_all_by_role(Role::Button) {
            let n = node.accesskit_node();
            let Some(description) = n.description().filter(|d| d.starts_with("Stage:")) else {
                continue;
            };
            seen += 1;
            let title = n.label().unwrap_or_default();
            // "Stage: …. Lane: Website. Personas: …"
            let lane = description
                .split(". Lane: ")
                .nth(1)
                .and_then(|rest| rest.split(". Personas:").next())
                .expect("the description names the lane");
            let parent = node.parent().expect("a parent").accesskit_node();
            assert_eq!(
                parent.role(),
                Role::Row,
                "{when}: “{title}” is not in a row"
            );
            assert_eq!(
                parent.label().unwrap_or_default(),
                format!("Lane “{lane}”"),
                "{when}: “{title}” is not in its lane's group"
            );
        }
        assert_eq!(seen, cards, "{when}: the reader holds each card once");
    };
    check(&h, "opened");
    // Select a card and move it one stage on (Alt+Right): its cell and the one it joins are
    // laid out again, and the cards below it are re-sent where they now are.
    let id = {
        let app = h.state();
        let map = app.map();
        map.touchpoints
            .iter()
            .filter(|t| {
                map.lane(t.lane)
                    .is_some_and(|l| l.kind == LaneKind::Channel)
            })
            .find(|t| {
                app.screen_rect_of(Selected::Touchpoint(t.id))
                    .is_some_and(|r| r.center().y > 150.0 && (250.0..900.0).contains(&r.center().x))
            })
            .expect("a channel card in view")
            .id
    };
    let at = center_of(&h, Selected::Touchpoint(id));
    click_at(&mut h, at);
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(id))
    );
    let stage = h.state().map().touchpoint(id).unwrap().stage;
    press_with(&mut h, Modifiers::ALT, Key::ArrowRight);
    assert_ne!(
        h.state().map().touchpoint(id).unwrap().stage,
        stage,
        "the card did not move"
    );
    check(&h, "after a move");
}
