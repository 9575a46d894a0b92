//! A card a merge left undecided shows both values on the map, in the map's language, framed
//! in red: on the canvas and in every export alike (one layout, one scene), until it is picked.

use trailmap::edit::Command;
use trailmap::export::{ExportOptions, TextMode, svg};
use trailmap::layout::Layout;
use trailmap::model::*;

fn map_with_conflict(language: &str) -> Map {
    let mut map = Map {
        language: language.into(),
        stages: vec![Stage::new(StageId(1), "Kauf")],
        lanes: vec![Lane {
            id: LaneId(1),
            name: "Website".into(),
            kind: LaneKind::Channel,
            channel: Some(Channel::Website),
            color: None,
            persona: None,
        }],
        touchpoints: vec![Touchpoint::new(
            TouchpointId(1),
            StageId(1),
            LaneId(1),
            0,
            "Checkout",
        )],
        ..Map::default()
    };
    map.conflicts.push(Conflict {
        item: ItemRef::Touchpoint(TouchpointId(1)),
        property: Property::Title,
        ours: Value::Text("Checkout".into()),
        theirs: Value::Text("Express checkout".into()),
        base: Value::Text("Kasse".into()),
    });
    assert_eq!(map.problems(), vec![]);
    map
}

/// The words of the map's SVG (text mode), lines joined by spaces.
fn svg_text(map: &Map) -> String {
    let layout = Layout::compute(map);
    let scene = trailmap::scene::build(map, &layout);
    let svg = svg::to_svg(
        &scene,
        &ExportOptions {
            text: TextMode::Text,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let words: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    let mut joined = words.join(" ");
    // The frame colour, so a test can look for it.
    if svg.to_ascii_uppercase().contains("#DC2626") {
        joined.push_str(" [red frame]");
    }
    joined
}

#[test]
fn an_unresolved_conflict_shows_both_values_on_the_card_in_the_maps_language() {
    let svg = svg_text(&map_with_conflict("en"));
    assert!(
        svg.contains("Conflict: title “Checkout” / “Express checkout”"),
        "{svg}"
    );
    let svg = svg_text(&map_with_conflict("de"));
    assert!(svg.contains("Konflikt: Titel “Checkout” / “Express checkout”"));
    // The card is framed in the conflict red.
    assert!(svg.contains("[red frame]"), "no red frame: {svg}");
}

#[test]
fn picking_a_version_removes_the_mark_and_undo_brings_it_back() {
    let mut map = map_with_conflict("en");
    let undo = Command::ResolveConflict {
        index: 0,
        take_theirs: true,
    }
    .apply(&mut map)
    .unwrap();
    assert_eq!(map.touchpoints[0].title, "Express checkout");
    let svg = svg_text(&map);
    assert!(
        !svg.contains("Conflict:") && !svg.contains("[red frame]"),
        "{svg}"
    );
    undo.apply(&mut map).unwrap();
    assert!(svg_text(&map).contains("Conflict: title “Checkout” / “Express checkout”"));
}
