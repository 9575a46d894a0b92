//! Persona lanes as a marketer meets them outside the window: a lane that belongs to a persona
//! is kept in the file (older files open unchanged), a lane naming a missing persona is a named
//! problem, its persona is set and cleared with undo, deleting the persona frees the lane, a
//! card moved into it gets the persona in the same undo step, merges and diffs know the field,
//! and every export draws the persona's badge in the lane's header and the persona's curve in
//! its emotion lane.

use crate::common;

use trailmap::edit::lane_personas::give_lane_personas;
use trailmap::edit::{Command, History, LaneField};
use trailmap::export::{ExportOptions, Format, TextMode};
use trailmap::file;
use trailmap::layout::Layout;
use trailmap::model::*;

/// The every-field map with the website lane (1) for the busy parent (2) and the emotion lane
/// (2) for the Gen-Z shopper (1).
fn persona_map() -> Map {
    let mut map = common::every_field_map();
    map.lanes[0].persona = Some(PersonaId(2));
    map.lanes[1].persona = Some(PersonaId(1));
    map
}

#[test]
fn a_lane_persona_round_trips_through_a_file_and_is_written_only_when_set() {
    let map = persona_map();
    assert_eq!(map.problems(), vec![]);
    let text = file::to_string(&map).unwrap();
    assert!(text.contains("            persona: Some(2),\n"), "{text}");
    assert_eq!(file::load_str(&text).unwrap(), map);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lanes.journey.ron");
    file::save(&map, &path).unwrap();
    assert_eq!(file::load(&path).unwrap(), map);

    // A lane for everyone writes nothing: maps without persona lanes save as before.
    let plain = file::to_string(&common::every_field_map()).unwrap();
    assert!(
        !plain.contains("persona: Some(") && !plain.contains("persona: None"),
        "{plain}"
    );
}

#[test]
fn files_without_lane_personas_open_unchanged() {
    let text = r##"(
        format: 2,
        title: "Before persona lanes",
        personas: [(id: 1, name: "Maya", color: "#E4572E")],
        stages: [(id: 1, name: "Awareness")],
        lanes: [
            (id: 1, name: "Website", kind: Channel, channel: Some(Website)),
            (id: 2, name: "Feelings", kind: Emotion),
        ],
        touchpoints: [
            (id: 1, stage: 1, lane: 1, order: 0, title: "Ad", personas: [1]),
            (id: 2, stage: 1, lane: 2, order: 0, title: "Curious", emotion: Some(1)),
        ],
        connectors: [],
    )"##;
    let map = file::load_str(text).unwrap();
    assert!(map.lanes.iter().all(|l| l.persona.is_none()));
    assert_eq!(
        file::load_str(&file::to_string(&map).unwrap()).unwrap(),
        map
    );
    // Every bundled example and the format 1 fixture too.
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format1.journey.ron");
    for path in common::example_paths().into_iter().chain([fixture]) {
        let map = file::load(&path).unwrap();
        assert!(
            map.lanes.iter().all(|l| l.persona.is_none()),
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_lane_naming_a_missing_persona_is_a_problem_that_points_at_the_lane() {
    let mut map = common::every_field_map();
    map.lanes[1].persona = Some(PersonaId(9));
    assert_eq!(
        map.problems(),
        vec![Problem {
            item: ItemRef::Lane(LaneId(2)),
            kind: ProblemKind::DanglingReference {
                from: ItemRef::Lane(LaneId(2)),
                name: "Feelings".into(),
                link: Link::BelongsTo,
                to: ItemRef::Persona(PersonaId(9)),
            },
        }]
    );
    let text = file::to_string(&map).unwrap();
    let err = file::load_str(&text).unwrap_err();
    let problems = err.problems();
    assert_eq!(problems.len(), 1, "{err}");
    assert_eq!(
        problems[0].kind.to_string(),
        "lane 2 “Feelings” belongs to persona 9, which does not exist"
    );
    let line = text.lines().nth(problems[0].at.line - 1).unwrap();
    assert!(line.contains("id: 2"), "points at {line:?}");
}

#[test]
fn setting_and_clearing_a_lane_persona_is_one_undo_step_each() {
    let mut map = common::every_field_map();
    let start = map.clone();
    let mut history = History::default();
    let set = |p| Command::SetLane {
        id: LaneId(1),
        field: LaneField::Persona(p),
    };
    history.apply(&mut map, set(Some(PersonaId(2)))).unwrap();
    assert_eq!(map.lanes[0].persona, Some(PersonaId(2)));
    assert_eq!(history.undo_label(), Some("Edit lane"));
    history.apply(&mut map, set(None)).unwrap();
    assert_eq!(map.lanes[0].persona, None);
    assert_eq!(history.undo_len(), 2);
    // Cards already in the lane keep their personas.
    assert_eq!(map.touchpoints, start.touchpoints);
    history.undo(&mut map).unwrap();
    assert_eq!(map.lanes[0].persona, Some(PersonaId(2)));
    history.undo(&mut map).unwrap();
    assert_eq!(map, start);
    history.redo(&mut map).unwrap();
    assert_eq!(map.lanes[0].persona, Some(PersonaId(2)));

    // A persona the map does not have is refused, and nothing changes.
    let before = map.clone();
    assert_eq!(
        history.apply(&mut map, set(Some(PersonaId(9)))),
        Err(trailmap::edit::EditError::Missing(ItemRef::Persona(
            PersonaId(9)
        )))
    );
    assert_eq!(map, before);
}

#[test]
fn deleting_a_persona_frees_its_lanes_and_undo_gives_them_back() {
    let mut map = persona_map();
    let before = map.clone();
    let mut history = History::default();
    history
        .apply(&mut map, Command::RemovePersona(PersonaId(1)))
        .unwrap();
    assert_eq!(
        map.lanes[1].persona, None,
        "the emotion lane is for everyone now"
    );
    assert_eq!(
        map.lanes[0].persona,
        Some(PersonaId(2)),
        "another persona's lane stays"
    );
    assert_eq!(map.problems(), vec![]);
    history.undo(&mut map).unwrap();
    assert_eq!(map, before);
    history.redo(&mut map).unwrap();
    assert_eq!(map.lanes[1].persona, None);
}

#[test]
fn a_card_moved_into_a_persona_lane_is_tagged_and_one_undo_restores_lane_and_tags() {
    let mut map = persona_map();
    // The card "Checkout" (7) is in the website lane (for the busy parent): move it into the
    // Gen-Z shopper's emotion lane.
    map.touchpoints
        .iter_mut()
        .find(|t| t.id == TouchpointId(7))
        .unwrap()
        .personas = vec![PersonaId(2)];
    let before = map.clone();
    let (command, tagged) = give_lane_personas(
        &map,
        Command::MoveTouchpoint {
            id: TouchpointId(7),
            stage: StageId(2),
            lane: LaneId(2),
            order: 0,
        },
    );
    assert_eq!(tagged.len(), 1);
    let mut history = History::default();
    history.apply(&mut map, command).unwrap();
    let t = map.touchpoint(TouchpointId(7)).unwrap();
    assert_eq!(t.lane, LaneId(2));
    assert_eq!(
        t.personas,
        [PersonaId(2), PersonaId(1)],
        "keeps the other persona"
    );
    assert_eq!(history.undo_label(), Some("Move touchpoint"));
    assert_eq!(history.undo_len(), 1);
    history.undo(&mut map).unwrap();
    assert_eq!(map, before, "lane and tags back in one step");
    history.redo(&mut map).unwrap();
    assert_eq!(
        map.touchpoint(TouchpointId(7)).unwrap().personas,
        [PersonaId(2), PersonaId(1)]
    );
}

#[test]
fn merges_keep_both_sides_lane_personas_and_diff_names_the_change() {
    let base = common::every_field_map();
    let mut ours = base.clone();
    ours.lanes[0].persona = Some(PersonaId(1));
    let mut theirs = base.clone();
    theirs.lanes[1].persona = Some(PersonaId(2));
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.map.lanes[0].persona, Some(PersonaId(1)));
    assert_eq!(merged.map.lanes[1].persona, Some(PersonaId(2)));

    let changes = trailmap::merge::diff(&base, &ours);
    assert_eq!(
        changes,
        [trailmap::merge::Change::Changed {
            item: ItemRef::Lane(LaneId(1)),
            name: "Website".into(),
            property: Property::Persona,
            old: Value::LanePersona(None),
            new: Value::LanePersona(Some(PersonaId(1))),
        }]
    );

    // Both gave one lane another persona: a conflict, ours in the map.
    let mut theirs = base.clone();
    theirs.lanes[0].persona = Some(PersonaId(2));
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].property, Property::Persona);
    assert_eq!(merged.map.lanes[0].persona, Some(PersonaId(1)));
    assert_eq!(merged.map.problems(), vec![]);
}

#[test]
fn a_merge_never_leaves_a_lane_naming_a_deleted_persona() {
    let base = common::every_field_map();
    // We give the website lane to the Gen-Z shopper; they delete the Gen-Z shopper.
    let mut ours = base.clone();
    ours.lanes[0].persona = Some(PersonaId(1));
    let mut theirs = base.clone();
    Command::RemovePersona(PersonaId(1))
        .apply(&mut theirs)
        .unwrap();
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.map.problems(), vec![]);
    assert_eq!(merged.map.lanes[0].persona, Some(PersonaId(1)));
    assert!(
        merged.map.persona(PersonaId(1)).is_some(),
        "kept for our lane"
    );

    // The mirror: they add a lane for a persona we deleted; the lane comes, for everyone,
    // and the conflict keeps their persona (with the persona, to take it back).
    let mut ours = base.clone();
    Command::RemovePersona(PersonaId(1))
        .apply(&mut ours)
        .unwrap();
    let mut theirs = base.clone();
    let mut lane = Lane::new(LaneId(3), "Gen-Z only", LaneKind::Channel);
    lane.persona = Some(PersonaId(1));
    theirs.lanes.push(lane);
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.map.problems(), vec![]);
    let lane = merged.map.lane(LaneId(3)).expect("their lane is merged");
    assert_eq!(lane.persona, None);
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.item == ItemRef::Lane(LaneId(3))
                && c.theirs == Value::LanePersona(Some(PersonaId(1))))
    );
    assert!(
        merged
            .conflicts
            .iter()
            .any(|c| c.item == ItemRef::Persona(PersonaId(1)) && c.property == Property::Presence)
    );
}

/// The every-field map's text-mode SVG.
fn svg_of(map: &Map) -> String {
    let scene = trailmap::scene::build(map, &Layout::compute(map));
    let bytes = trailmap::export::render(
        &scene,
        Format::Svg,
        &ExportOptions {
            text: TextMode::Text,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    String::from_utf8(bytes).unwrap()
}

/// The texts inside the group of lane `id` in an SVG.
fn lane_texts(svg: &str, id: u32) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let group = doc
        .descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("id") == Some(&format!("lane-{id}")))
        .unwrap_or_else(|| panic!("no group lane-{id}"));
    group
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            n.descendants()
                .filter(|d| d.is_text())
                .filter_map(|d| d.text())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn the_lane_header_shows_the_persona_badge_and_name_in_every_export() {
    let map = persona_map();
    let svg = svg_of(&map);
    let texts = lane_texts(&svg, 1);
    // Busy parent: badge "B" in the persona's colour and the name beside it.
    assert!(texts.contains(&"B".to_owned()), "{texts:?}");
    assert!(texts.contains(&"Busy parent".to_owned()), "{texts:?}");
    assert!(lane_texts(&svg, 2).contains(&"G".to_owned()));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let lane = doc
        .descendants()
        .find(|n| n.has_tag_name("g") && n.attribute("id") == Some("lane-1"))
        .unwrap();
    let fills: Vec<&str> = lane
        .descendants()
        .filter_map(|n| n.attribute("fill"))
        .collect();
    assert!(
        fills.iter().any(|f| f.eq_ignore_ascii_case("#2980b9")),
        "the persona's colour in the header: {fills:?}"
    );

    // Without the persona the header has neither.
    let plain = svg_of(&common::every_field_map());
    let texts = lane_texts(&plain, 1);
    assert!(!texts.contains(&"Busy parent".to_owned()), "{texts:?}");

    // PNG and PDF come from the same Scene: the badge's colour is in the header's pixels.
    let scene = trailmap::scene::build(&map, &Layout::compute(&map));
    let png = trailmap::export::render(
        &scene,
        Format::Png,
        &ExportOptions {
            scale: 1.0,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    let image = image::load_from_memory(&png).unwrap().to_rgba8();
    let layout = Layout::compute(&map);
    let header = layout.lanes[0].persona.as_ref().unwrap();
    let margin = ExportOptions::default().margin;
    let at = |x: f32, y: f32| image.get_pixel((x + margin) as u32, (y + margin) as u32).0;
    assert_eq!(
        at(header.badge.center.x - 4.0, header.badge.center.y),
        [0x29, 0x80, 0xB9, 0xFF]
    );
    assert_eq!(
        at(header.stripe.x + 1.0, header.stripe.center().y),
        [0x29, 0x80, 0xB9, 0xFF]
    );
}

#[test]
fn a_persona_emotion_lane_draws_that_persona_s_curve_through_their_own_scores() {
    let mut map = persona_map();
    // Three points in the Gen-Z shopper's emotion lane: one for everyone, one scored for the
    // shopper on their own, one only for the busy parent (left off the shopper's curve).
    let mut everyone = Touchpoint::new(TouchpointId(20), StageId(1), LaneId(2), 0, "Curious");
    everyone.emotion = Some(0);
    let mut own = Touchpoint::new(TouchpointId(21), StageId(2), LaneId(2), 0, "Pays");
    own.emotion = Some(2);
    own.persona_emotions = vec![PersonaEmotion {
        persona: PersonaId(1),
        score: -2,
    }];
    let mut other = Touchpoint::new(TouchpointId(22), StageId(2), LaneId(2), 1, "Parent only");
    other.emotion = Some(1);
    other.personas = vec![PersonaId(2)];
    map.touchpoints.retain(|t| t.lane != LaneId(2));
    map.touchpoints.extend([everyone, own, other]);
    map.normalize();
    assert_eq!(map.problems(), vec![]);
    let layout = Layout::compute(&map);
    let curve = layout
        .curves
        .iter()
        .find(|c| c.lane == LaneId(2) && c.own)
        .expect("the lane's own curve");
    assert_eq!(curve.persona, Some(PersonaId(1)));
    assert_eq!(curve.knots.len(), 2, "the busy parent's card is not on it");
    let marker = |id| layout.card(TouchpointId(id)).unwrap().marker.unwrap();
    assert_eq!(marker(21).score, Some(-2), "the shopper's own score");
    assert_eq!(curve.knots[1], marker(21).center);
    assert_eq!(marker(22).score, Some(1));

    // The curve is drawn in the persona's colour.
    let scene = trailmap::scene::build(&map, &layout);
    let shopper = Color::rgb(0xE4, 0x57, 0x2E);
    assert!(scene.items.iter().any(|i| matches!(
        i,
        trailmap::scene::Item::Path { stroke: Some(s), points, .. }
            if s.color == shopper && *points == curve.points
    )));

    // A lane for everyone draws the cards' own scores, as before.
    map.lanes[1].persona = None;
    let layout = Layout::compute(&map);
    let curve = layout.curves.iter().find(|c| c.lane == LaneId(2)).unwrap();
    assert_eq!((curve.persona, curve.knots.len()), (None, 3));
    assert_eq!(
        layout.card(TouchpointId(21)).unwrap().marker.unwrap().score,
        Some(2)
    );
}

#[test]
fn trailmap_diff_and_check_name_the_lane_persona() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.journey.ron");
    let new = dir.path().join("new.journey.ron");
    let base = common::every_field_map();
    let mut changed = base.clone();
    changed.lanes[0].persona = Some(PersonaId(1));
    file::save(&base, &old).unwrap();
    file::save(&changed, &new).unwrap();
    let out = common::trailmap(&[&"diff", &old, &new]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        common::output_text(&out.stdout).trim(),
        "Changed persona of lane “Website” from everyone to Gen-Z shopper"
    );
    // git's textconv line of the lane names the persona.
    let out = common::trailmap(&[&"diff", &"--textconv", &new]);
    let text = common::output_text(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("Lane 1:") && l.ends_with("; persona Gen-Z shopper")),
        "{text}"
    );

    // A lane naming a missing persona: `check` names the lane with its line.
    let broken =
        file::to_string(&changed)
            .unwrap()
            .replacen("persona: Some(1)", "persona: Some(9)", 1);
    let path = dir.path().join("broken.journey.ron");
    std::fs::write(&path, broken).unwrap();
    let out = common::trailmap(&[&"check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = common::output_text(&out.stdout) + &common::output_text(&out.stderr);
    assert!(
        stdout.contains("lane 1 “Website” belongs to persona 9, which does not exist"),
        "{stdout}"
    );
}
