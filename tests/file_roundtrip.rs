//! Saving and reopening gives the same map: every example, and a map using every field.

use crate::common;

use trailmap::file;
use trailmap::model::Map;

fn round_trip(map: &Map) -> Map {
    let text = file::to_string(map).expect("encode");
    file::load_str(&text).unwrap_or_else(|e| panic!("reload failed: {e}\n{text}"))
}

#[test]
fn every_example_loads_and_round_trips() {
    let paths = common::example_paths();
    assert!(
        paths.len() >= 5,
        "expected 5 bundled examples, found {paths:?}"
    );
    for path in paths {
        let map = file::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(map.problems().is_empty());
        assert_eq!(round_trip(&map), map, "{}", path.display());
    }
}

#[test]
fn every_field_round_trips_through_a_file() {
    let map = common::every_field_map();
    assert_eq!(map.problems(), vec![]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("every.journey.ron");
    file::save(&map, &path).unwrap();
    assert_eq!(file::load(&path).unwrap(), map);
    // Saving again writes the very same bytes: stable field order, stable formatting.
    let first = std::fs::read(&path).unwrap();
    file::save(&file::load(&path).unwrap(), &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
}

#[test]
fn the_file_starts_with_the_format_and_keeps_one_item_per_block() {
    let text = file::to_string(&common::every_field_map()).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("("));
    assert_eq!(lines.next(), Some("    format: 5,"));
    // Each card is its own block of lines, so a one-card change is a small diff.
    assert!(
        text.contains("        (\n            id: 1,\n            stage: 1,"),
        "{text}"
    );
    assert!(text.contains("personas: [1, 2],"), "{text}");
    assert!(
        text.contains("Zażółć gęślą jaźń"),
        "non-ASCII must stay readable:\n{text}"
    );
}

#[test]
fn a_one_card_edit_is_a_small_diff() {
    let mut map = common::every_field_map();
    let before = file::to_string(&map).unwrap();
    map.touchpoints[1].title = "Pay now".into();
    let after = file::to_string(&map).unwrap();
    let changed = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed, 1);
}

#[test]
fn a_minimal_hand_written_format_1_file_opens() {
    let text = r#"(
        format: 1,
        title: "Hand-written",
        stages: [(id: 1, name: "Awareness")],
        lanes: [(id: 4, name: "E-mail", kind: Channel, channel: Email)],
        touchpoints: [
            (id: 2, stage: 1, lane: 4, order: 5, title: "Newsletter", emotion: 1),
            (id: 1, stage: 1, lane: 4, order: 3, title: "Welcome mail"),
        ],
    )"#;
    let map = file::load_str(text).unwrap();
    // Orders are renumbered 0..n keeping their sequence; cards are sorted by id.
    let ids: Vec<u32> = map.touchpoints.iter().map(|t| t.id.0).collect();
    assert_eq!(ids, [1, 2]);
    assert_eq!(map.touchpoints[0].order, 0);
    assert_eq!(map.touchpoints[1].order, 1);
    assert_eq!(map.touchpoints[1].emotion, Some(1));
    assert!(map.personas.is_empty() && map.connectors.is_empty());
}

#[test]
fn a_format_1_file_still_opens_and_saves_as_the_current_format() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format1.journey.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("format: 1,"),
        "the fixture must stay a format 1 file"
    );
    let map = file::load(&path).unwrap();
    assert_eq!(map.touchpoints.len(), 37);
    // Fields format 2 added take their defaults.
    assert_eq!(map.language, "");
    assert!(
        map.touchpoints
            .iter()
            .all(|t| t.state == trailmap::model::CardState::Both && t.future.is_none())
    );
    let saved = file::to_string(&map).unwrap();
    assert!(saved.contains(&format!("format: {},", file::FORMAT)));
    assert_eq!(file::load_str(&saved).unwrap(), map);
}

#[test]
fn merge_conflicts_round_trip_and_format_2_files_are_saved_as_4() {
    use trailmap::model::{Conflict, ItemRef, Property, TouchpointId, Value};
    let mut map = common::every_field_map();
    let card = map.touchpoints[0].clone();
    map.conflicts = vec![
        Conflict {
            item: ItemRef::Touchpoint(card.id),
            property: Property::Emotion,
            ours: Value::Score(Some(1)),
            theirs: Value::Score(Some(-2)),
            base: Value::Score(None),
        },
        Conflict {
            item: ItemRef::Touchpoint(TouchpointId(99)),
            property: Property::Presence,
            ours: Value::Absent,
            theirs: Value::Touchpoint(Box::new(card)),
            base: Value::Absent,
        },
    ];
    let text = file::to_string(&map).unwrap();
    assert!(text.contains("    conflicts: [\n"), "{text}");
    assert_eq!(file::load_str(&text).unwrap(), map);

    // A format 2 file (every bundled example is one) opens and is written as format 5.
    let example = common::example_paths()
        .into_iter()
        .find(|p| std::fs::read_to_string(p).unwrap().contains("format: 2,"))
        .expect("a format 2 example");
    let old = file::load(&example).unwrap();
    assert!(old.conflicts.is_empty());
    let saved = file::to_string(&old).unwrap();
    assert!(saved.contains("format: 5,") && !saved.contains("conflicts"));
    assert_eq!(file::load_str(&saved).unwrap(), old);
}

fn views_map() -> trailmap::model::Map {
    use trailmap::model::{JourneyState, SavedView, ViewId};
    let mut map = common::every_field_map();
    let mut target = SavedView::new(ViewId(1), "Busy parents, target");
    target.state = JourneyState::Future;
    target.personas = vec![map.personas[0].id];
    target.hidden_lanes = vec![map.lanes[0].id];
    target.insights = true;
    target.color_by_owner = true;
    target.footnotes = true;
    map.views = vec![target, SavedView::new(ViewId(4), "Everyone „heute“ ✓")];
    map
}

#[test]
fn saved_views_round_trip_one_block_each_after_the_connectors() {
    let map = views_map();
    let text = file::to_string(&map).unwrap();
    assert!(text.contains("    views: [\n"), "{text}");
    assert!(text.find("connectors:") < text.find("views:"), "{text}");
    // A view of today's journey with nothing set writes only its id and name.
    assert!(
        text.contains(
            "(\n            id: 4,\n            name: \"Everyone „heute“ ✓\",\n        )"
        ),
        "{text}"
    );
    assert_eq!(file::load_str(&text).unwrap(), map);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("views.journey.ron");
    file::save(&map, &path).unwrap();
    assert_eq!(file::load(&path).unwrap(), map);
    // No views, no `views` key: a map without them diffs as before.
    let plain = file::to_string(&common::every_field_map()).unwrap();
    assert!(!plain.contains("views"), "{plain}");
}

#[test]
fn a_format_3_file_opens_with_no_views_and_is_saved_as_4() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format3.journey.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 3,"));
    let map = file::load(&path).unwrap();
    assert!(map.views.is_empty());
    assert_eq!(map.conflicts.len(), 1, "format 3's conflicts still load");
    assert_eq!(map.personas.len(), 2);
    let saved = file::to_string(&map).unwrap();
    assert!(saved.starts_with("(\n    format: 5,"), "{saved}");
    assert_eq!(file::load_str(&saved).unwrap(), map);
}

#[test]
fn a_view_naming_a_missing_persona_or_lane_is_refused_at_its_block() {
    let text = file::to_string(&views_map()).unwrap();
    // The view's persona filter names persona 1; make it name 77.
    let at = text.find("    views: [").unwrap();
    let (head, tail) = text.split_at(at);
    let broken = format!(
        "{head}{}",
        tail.replacen("personas: [1]", "personas: [77]", 1)
    );
    assert_ne!(broken, text, "the fixture text changed shape");
    match file::load_str(&broken) {
        Err(trailmap::file::LoadError::Invalid(problems)) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            let line = broken[..broken.find("    views: [").unwrap()]
                .lines()
                .count()
                + 3;
            assert_eq!(problems[0].at.line, line, "{problems:?}\n{broken}");
            let message = problems[0].to_string();
            assert!(
                message.contains("view 1") && message.contains("persona 77"),
                "{message}"
            );
        }
        other => panic!("{other:?}"),
    }
}
