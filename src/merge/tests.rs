//! Merges of small hand-made maps: what merges cleanly, what conflicts, where new items go.

use super::*;
use crate::model::{Lane, LaneKind, Stage, Touchpoint};

fn base() -> Map {
    let mut m = Map {
        title: "Journey".into(),
        ..Map::default()
    };
    m.stages = vec![
        Stage::new(StageId(1), "Awareness"),
        Stage::new(StageId(2), "Consideration"),
    ];
    m.lanes = vec![Lane::new(LaneId(1), "Website", LaneKind::Channel)];
    m.touchpoints = vec![
        Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Ad"),
        Touchpoint::new(TouchpointId(2), StageId(1), LaneId(1), 1, "Landing page"),
        Touchpoint::new(TouchpointId(3), StageId(2), LaneId(1), 0, "Reviews"),
    ];
    m
}

fn card(m: &mut Map, id: u32) -> &mut Touchpoint {
    let i = m.touchpoint_index(TouchpointId(id)).unwrap();
    &mut m.touchpoints[i]
}

fn add(m: &mut Map, id: u32, stage: u32, order: u32, title: &str) {
    for t in &mut m.touchpoints {
        if t.stage == StageId(stage) && t.order >= order {
            t.order += 1;
        }
    }
    m.touchpoints.push(Touchpoint::new(
        TouchpointId(id),
        StageId(stage),
        LaneId(1),
        order,
        title,
    ));
    m.touchpoints.sort_by_key(|t| t.id);
}

#[test]
fn different_properties_and_cards_merge_cleanly() {
    let b = base();
    let mut o = b.clone();
    card(&mut o, 1).title = "Video ad".into();
    card(&mut o, 3).emotion = Some(1);
    let mut t = b.clone();
    card(&mut t, 1).owner = "Marketing".into();
    card(&mut t, 2).notes = "A/B test".into();
    let m = merge(&b, &o, &t);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.map.touchpoints[0].title, "Video ad");
    assert_eq!(m.map.touchpoints[0].owner, "Marketing");
    assert_eq!(m.map.touchpoints[1].notes, "A/B test");
    assert_eq!(m.map.touchpoints[2].emotion, Some(1));
    assert!(m.map.problems().is_empty());
}

#[test]
fn both_changing_one_property_is_a_conflict_with_ours_in_the_map() {
    let b = base();
    let mut o = b.clone();
    card(&mut o, 1).title = "Ours".into();
    let mut t = b.clone();
    card(&mut t, 1).title = "Theirs".into();
    let m = merge(&b, &o, &t);
    assert_eq!(
        m.conflicts,
        [Conflict {
            item: ItemRef::Touchpoint(TouchpointId(1)),
            property: Property::Title,
            ours: Value::Text("Ours".into()),
            theirs: Value::Text("Theirs".into()),
            base: Value::Text("Ad".into()),
        }]
    );
    assert_eq!(m.map.touchpoints[0].title, "Ours");
    assert_eq!(m.map.conflicts, m.conflicts);
}

#[test]
fn a_card_moved_to_different_cells_is_a_conflict() {
    let b = base();
    let mut o = b.clone();
    card(&mut o, 3).stage = StageId(1);
    card(&mut o, 3).order = 2;
    let mut t = b.clone();
    t.stages.push(Stage::new(StageId(3), "Purchase"));
    card(&mut t, 3).stage = StageId(3);
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].property, Property::Place);
    assert_eq!(m.map.touchpoint(TouchpointId(3)).unwrap().stage, StageId(1));
    assert!(m.map.problems().is_empty());
}

#[test]
fn cards_both_added_under_one_id_are_both_kept_and_references_follow() {
    let b = base();
    let mut o = b.clone();
    add(&mut o, 4, 2, 1, "Ours new");
    let mut t = b.clone();
    add(&mut t, 4, 1, 1, "Theirs new");
    t.connectors.push(crate::model::Connector {
        id: crate::model::ConnectorId(1),
        from: TouchpointId(4),
        to: TouchpointId(1),
        label: String::new(),
    });
    let m = merge(&b, &o, &t);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.map.touchpoints.len(), 5);
    let theirs = m
        .map
        .touchpoints
        .iter()
        .find(|c| c.title == "Theirs new")
        .unwrap();
    assert_eq!(theirs.id, TouchpointId(5));
    assert_eq!(m.map.connectors[0].from, TouchpointId(5));
    // Inserted after its predecessor (the ad), before the landing page.
    let cell: Vec<&str> = m
        .map
        .cards_in(crate::model::Cell {
            stage: StageId(1),
            lane: LaneId(1),
        })
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(cell, ["Ad", "Theirs new", "Landing page"]);
    assert!(m.map.problems().is_empty());
}

#[test]
fn delete_against_edit_is_a_conflict_that_keeps_their_edit() {
    let b = base();
    let mut o = b.clone();
    o.touchpoints.retain(|t| t.id != TouchpointId(3));
    let mut t = b.clone();
    card(&mut t, 3).emotion = Some(-1);
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(c.property, Property::Presence);
    assert_eq!(c.ours, Value::Absent);
    assert!(matches!(&c.theirs, Value::Touchpoint(card) if card.emotion == Some(-1)));
    assert!(m.map.touchpoint(TouchpointId(3)).is_none());

    // Mirrored: we edited, they deleted; our card stays.
    let m = merge(&b, &t, &o);
    assert_eq!(m.conflicts.len(), 1);
    assert!(m.map.touchpoint(TouchpointId(3)).is_some());
}

#[test]
fn their_card_in_a_stage_we_deleted_waits_in_a_conflict() {
    let b = base();
    let mut o = b.clone();
    o.stages.retain(|s| s.id != StageId(2));
    o.touchpoints.retain(|t| t.stage != StageId(2));
    let mut t = b.clone();
    add(&mut t, 4, 2, 0, "Comparison table");
    let m = merge(&b, &o, &t);
    assert!(m.map.problems().is_empty(), "{:?}", m.map.problems());
    // Their card, and the stage it needs (so taking both brings their change back).
    assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].item, ItemRef::Touchpoint(TouchpointId(4)));
    assert_eq!(m.conflicts[1].item, ItemRef::Stage(StageId(2)));
    assert_eq!(m.conflicts[1].ours, Value::Absent);
    // Mirrored: the stage they deleted comes back because our new card is in it.
    let m = merge(&b, &t, &o);
    assert!(m.map.problems().is_empty(), "{:?}", m.map.problems());
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].item, ItemRef::Stage(StageId(2)));
    assert!(m.map.stage(StageId(2)).is_some());
    assert!(m.map.touchpoint(TouchpointId(4)).is_some());
}

#[test]
fn stage_order_keeps_theirs_reorder_and_our_new_stage() {
    let b = base();
    let mut o = b.clone();
    o.stages.push(Stage::new(StageId(3), "Purchase"));
    let mut t = b.clone();
    t.stages.reverse();
    let m = merge(&b, &o, &t);
    let names: Vec<&str> = m.map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Consideration", "Purchase", "Awareness"]);
}

#[test]
fn diff_names_what_changed() {
    let b = base();
    let mut n = b.clone();
    n.stages[1].name = "Evaluation".into();
    card(&mut n, 2).stage = StageId(2);
    card(&mut n, 2).order = 1;
    card(&mut n, 1).emotion = Some(1);
    let changes = diff(&b, &n);
    assert!(changes.iter().any(|c| matches!(c,
        Change::Renamed { old, new, .. } if old == "Consideration" && new == "Evaluation")));
    assert!(changes.iter().any(|c| matches!(c,
        Change::Moved { name, from, to, .. }
            if name == "Landing page" && from.stage_name == "Awareness" && to.stage_name == "Evaluation")));
    assert!(changes.iter().any(|c| matches!(
        c,
        Change::Changed {
            property: Property::Emotion,
            old: Value::Score(None),
            new: Value::Score(Some(1)),
            ..
        }
    )));
    assert!(diff(&b, &b).is_empty());
}
