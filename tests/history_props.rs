//! Property tests: random command sequences on random maps keep every invariant; undo all gives
//! the original map back, redo all gives the final one; the dirty flag follows the saved state.

use proptest::prelude::*;
use trailmap::edit::{Command, History, LaneField, PersonaField, StageField, TouchpointField};
use trailmap::model::*;

/// An action a user might take, with seeds that pick ids and positions in the current map (so
/// the same seeds work on any map; some pick things that don't exist, which must be refused).
#[derive(Clone, Debug)]
enum Action {
    AddStage(u8),
    RemoveStage(u8),
    MoveStage(u8, u8),
    RenameStage(u8, String),
    SetStageWidth(u8, Option<f32>),
    AddLane(u8, u8),
    RemoveLane(u8),
    MoveLane(u8, u8),
    SetLaneKind(u8, u8),
    /// Gives a lane a persona (seed 0: none), as the inspector's "Lane for persona" does.
    SetLanePersona(u8, u8),
    /// Moves a card as the window does: into a persona lane, it gets the persona too.
    PlaceCard(u8, u8, u8, u8),
    AddCard(u8, u8, u8, String),
    RemoveCard(u8),
    MoveCard(u8, u8, u8, u8),
    SetCardTitle(u8, String),
    SetCardEmotion(u8, i8),
    SetCardPersonas(u8, Vec<u8>),
    SetCardCampaigns(u8, Vec<String>),
    SetCardState(u8, u8),
    /// Puts one of a few small pictures on a card, with an aspect and an alt text.
    SetPicture(u8, u8, String),
    RemovePicture(u8),
    SetPersonaEmotions(u8, Vec<(u8, i8)>),
    SetFuture(u8, Option<String>, Option<i8>),
    SetStageFigures(u8, Option<u64>, Option<u64>),
    AddPersona(u8),
    RemovePersona(u8),
    RenamePersona(u8, String),
    AddConnector(u8, u8),
    RemoveConnector(u8),
    DeleteCards(Vec<u8>),
    TypeInto(u8, Vec<String>),
    Undo,
    Redo,
    Save,
}

fn pick<T: Copy>(items: impl ExactSizeIterator<Item = T>, seed: u8) -> Option<T> {
    let len = items.len();
    if len == 0 {
        return None;
    }
    let mut items = items;
    items.nth(seed as usize % len)
}

fn stage(map: &Map, seed: u8) -> StageId {
    // Seed 255 names a stage that does not exist.
    if seed == 255 {
        return StageId(9999);
    }
    pick(map.stages.iter().map(|s| s.id), seed).unwrap_or(StageId(9999))
}
fn lane(map: &Map, seed: u8) -> LaneId {
    if seed == 255 {
        return LaneId(9999);
    }
    pick(map.lanes.iter().map(|s| s.id), seed).unwrap_or(LaneId(9999))
}
fn card(map: &Map, seed: u8) -> TouchpointId {
    if seed == 255 {
        return TouchpointId(9999);
    }
    pick(map.touchpoints.iter().map(|s| s.id), seed).unwrap_or(TouchpointId(9999))
}
fn persona(map: &Map, seed: u8) -> PersonaId {
    if seed == 255 {
        return PersonaId(9999);
    }
    pick(map.personas.iter().map(|s| s.id), seed).unwrap_or(PersonaId(9999))
}

fn command(map: &Map, action: &Action) -> Option<Command> {
    Some(match action.clone() {
        Action::AddStage(i) => Command::InsertStage {
            index: i as usize % (map.stages.len() + 2),
            stage: Stage::new(map.next_stage_id(), &format!("Stage {i}")),
        },
        Action::RemoveStage(s) => Command::RemoveStage(stage(map, s)),
        Action::MoveStage(s, i) => Command::MoveStage {
            id: stage(map, s),
            index: i as usize % (map.stages.len() + 1),
        },
        Action::RenameStage(s, name) => Command::SetStage {
            id: stage(map, s),
            field: StageField::Name(name),
        },
        Action::SetStageWidth(s, w) => Command::SetStage {
            id: stage(map, s),
            field: StageField::Width(w),
        },
        Action::AddLane(i, k) => Command::InsertLane {
            index: i as usize % (map.lanes.len() + 2),
            lane: Lane {
                id: map.next_lane_id(),
                name: format!("Lane {i}"),
                kind: LaneKind::ALL[k as usize % LaneKind::ALL.len()],
                channel: None,
                color: None,
                persona: None,
            },
        },
        Action::RemoveLane(l) => Command::RemoveLane(lane(map, l)),
        Action::MoveLane(l, i) => Command::MoveLane {
            id: lane(map, l),
            index: i as usize % (map.lanes.len() + 1),
        },
        Action::SetLaneKind(l, k) => Command::SetLane {
            id: lane(map, l),
            field: LaneField::Kind(LaneKind::ALL[k as usize % LaneKind::ALL.len()]),
        },
        Action::SetLanePersona(l, p) => Command::SetLane {
            id: lane(map, l),
            field: LaneField::Persona((p != 0).then(|| persona(map, p))),
        },
        Action::PlaceCard(c, s, l, o) => {
            let (stage, lane) = (stage(map, s), lane(map, l));
            let len = map.cell_len(Cell { stage, lane });
            let moved = Command::MoveTouchpoint {
                id: card(map, c),
                stage,
                lane,
                order: u32::from(o) % (len + 2),
            };
            trailmap::edit::lane_personas::give_lane_personas(map, moved).0
        }
        Action::AddCard(s, l, o, title) => {
            let (stage, lane) = (stage(map, s), lane(map, l));
            let len = map.cell_len(Cell { stage, lane });
            Command::InsertTouchpoint(Box::new(Touchpoint::new(
                map.next_touchpoint_id(),
                stage,
                lane,
                u32::from(o) % (len + 2),
                &title,
            )))
        }
        Action::RemoveCard(c) => Command::RemoveTouchpoint(card(map, c)),
        Action::MoveCard(c, s, l, o) => {
            let (stage, lane) = (stage(map, s), lane(map, l));
            let len = map.cell_len(Cell { stage, lane });
            Command::MoveTouchpoint {
                id: card(map, c),
                stage,
                lane,
                order: u32::from(o) % (len + 2),
            }
        }
        Action::SetCardTitle(c, t) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::Title(t),
        },
        Action::SetCardEmotion(c, e) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::Emotion(Some(e % 4)),
        },
        Action::SetCardPersonas(c, ps) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::Personas(ps.iter().map(|p| persona(map, *p)).collect()),
        },
        Action::SetCardCampaigns(c, list) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::Campaigns(list),
        },
        Action::SetCardState(c, k) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::State(CardState::ALL[k as usize % 3]),
        },
        Action::SetPersonaEmotions(c, list) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::PersonaEmotions(
                list.iter()
                    .map(|(p, e)| PersonaEmotion {
                        persona: persona(map, *p),
                        score: e % 4,
                    })
                    .collect(),
            ),
        },
        Action::SetFuture(c, title, emotion) => Command::SetTouchpoint {
            id: card(map, c),
            field: TouchpointField::Future(Some(FutureValues {
                title,
                emotion: emotion.map(|e| e % 4),
                ..FutureValues::default()
            })),
        },
        Action::SetStageFigures(s, r, c) => Command::Batch(vec![
            Command::SetStage {
                id: stage(map, s),
                field: StageField::Reached(r),
            },
            Command::SetStage {
                id: stage(map, s),
                field: StageField::Converted(c),
            },
        ]),
        Action::AddPersona(i) => Command::InsertPersona {
            index: i as usize % (map.personas.len() + 1),
            persona: Persona {
                id: map.next_persona_id(),
                name: format!("Persona {i}"),
                color: Color::rgb(i, 100, 200),
                description: String::new(),
            },
        },
        Action::RemovePersona(p) => Command::RemovePersona(persona(map, p)),
        Action::RenamePersona(p, n) => Command::SetPersona {
            id: persona(map, p),
            field: PersonaField::Name(n),
        },
        Action::AddConnector(a, b) => Command::InsertConnector(Connector {
            id: map.next_connector_id(),
            from: card(map, a),
            to: card(map, b),
            // Labels look for room among the cards, so they must follow every edit too.
            label: if a % 2 == 0 {
                String::new()
            } else {
                format!("via {b}")
            },
        }),
        Action::RemoveConnector(c) => {
            Command::RemoveConnector(pick(map.connectors.iter().map(|c| c.id), c)?)
        }
        Action::DeleteCards(seeds) => {
            let mut ids: Vec<TouchpointId> = seeds.iter().map(|s| card(map, *s)).collect();
            ids.sort();
            ids.dedup();
            Command::Batch(ids.into_iter().map(Command::RemoveTouchpoint).collect())
        }
        Action::SetPicture(c, k, alt) => trailmap::edit::set_picture(
            card(map, c),
            small_pictures()[k as usize % 3].clone(),
            &alt,
            Aspect::ALL[(k / 3) as usize % Aspect::ALL.len()],
        ),
        Action::RemovePicture(c) => trailmap::edit::remove_picture(card(map, c)),
        Action::TypeInto(..) | Action::Undo | Action::Redo | Action::Save => return None,
    })
}

/// Three small pictures (wide, tall, square), encoded once for every case.
fn small_pictures() -> &'static [Picture; 3] {
    static PICTURES: std::sync::OnceLock<[Picture; 3]> = std::sync::OnceLock::new();
    PICTURES.get_or_init(|| {
        [(16, 6), (6, 16), (8, 8)].map(|(w, h)| {
            let rgba = (0..w * h)
                .flat_map(|i: u32| [(i * 7 % 256) as u8, 90, 200, 255])
                .collect();
            trailmap::picture::import_rgba(w, h, rgba).expect("a small picture encodes")
        })
    })
}

fn action() -> impl Strategy<Value = Action> {
    let text = "[a-zA-ZåäöæøąęłżÅÄÖ \"\\\\&<]{0,12}";
    let seed = any::<u8>();
    prop_oneof![
        1 => seed.prop_map(Action::AddStage),
        1 => seed.prop_map(Action::RemoveStage),
        1 => (seed, seed).prop_map(|(a, b)| Action::MoveStage(a, b)),
        1 => (seed, text).prop_map(|(a, b)| Action::RenameStage(a, b)),
        1 => (seed, prop::option::of(-10.0f32..5000.0)).prop_map(|(a, b)| Action::SetStageWidth(a, b)),
        1 => (seed, seed).prop_map(|(a, b)| Action::AddLane(a, b)),
        1 => seed.prop_map(Action::RemoveLane),
        1 => (seed, seed).prop_map(|(a, b)| Action::MoveLane(a, b)),
        1 => (seed, seed).prop_map(|(a, b)| Action::SetLaneKind(a, b)),
        1 => (seed, seed).prop_map(|(a, b)| Action::SetLanePersona(a, b)),
        2 => (seed, seed, seed, seed).prop_map(|(a, b, c, d)| Action::PlaceCard(a, b, c, d)),
        3 => (seed, seed, seed, text).prop_map(|(a, b, c, d)| Action::AddCard(a, b, c, d)),
        1 => seed.prop_map(Action::RemoveCard),
        3 => (seed, seed, seed, seed).prop_map(|(a, b, c, d)| Action::MoveCard(a, b, c, d)),
        1 => (seed, text).prop_map(|(a, b)| Action::SetCardTitle(a, b)),
        1 => (seed, any::<i8>()).prop_map(|(a, b)| Action::SetCardEmotion(a, b)),
        1 => (seed, prop::collection::vec(seed, 0..3)).prop_map(|(a, b)| Action::SetCardPersonas(a, b)),
        1 => (seed, prop::collection::vec(text, 0..3)).prop_map(|(a, b)| Action::SetCardCampaigns(a, b)),
        1 => (seed, seed).prop_map(|(a, b)| Action::SetCardState(a, b)),
        2 => (seed, seed, text).prop_map(|(a, b, c)| Action::SetPicture(a, b, c)),
        1 => seed.prop_map(Action::RemovePicture),
        2 => (seed, prop::collection::vec((seed, any::<i8>()), 0..3))
            .prop_map(|(a, b)| Action::SetPersonaEmotions(a, b)),
        1 => (seed, prop::option::of(text), prop::option::of(any::<i8>()))
            .prop_map(|(a, b, c)| Action::SetFuture(a, b, c)),
        1 => (seed, prop::option::of(any::<u64>()), prop::option::of(any::<u64>()))
            .prop_map(|(a, b, c)| Action::SetStageFigures(a, b, c)),
        1 => seed.prop_map(Action::AddPersona),
        1 => seed.prop_map(Action::RemovePersona),
        1 => (seed, text).prop_map(|(a, b)| Action::RenamePersona(a, b)),
        1 => (seed, seed).prop_map(|(a, b)| Action::AddConnector(a, b)),
        1 => seed.prop_map(Action::RemoveConnector),
        1 => prop::collection::vec(seed, 1..4).prop_map(Action::DeleteCards),
        1 => (seed, prop::collection::vec(text, 1..5)).prop_map(|(a, b)| Action::TypeInto(a, b)),
        2 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => Just(Action::Save),
    ]
}

/// A random starting map, built by applying random commands to a small seeded map.
fn start_map() -> impl Strategy<Value = Map> {
    (
        1u32..5,
        1u32..5,
        0u32..3,
        prop::collection::vec((any::<u8>(), any::<u8>()), 0..14),
    )
        .prop_map(|(stages, lanes, personas, cards)| {
            let mut map = Map {
                title: "Random".into(),
                ..Map::default()
            };
            for i in 1..=stages {
                map.stages
                    .push(Stage::new(StageId(i * 3), &format!("S{i}")));
            }
            for i in 1..=lanes {
                map.lanes.push(Lane {
                    id: LaneId(i * 2),
                    name: format!("L{i}"),
                    kind: LaneKind::ALL[i as usize % LaneKind::ALL.len()],
                    channel: None,
                    color: None,
                    persona: None,
                });
            }
            for i in 1..=personas {
                map.personas.push(Persona {
                    id: PersonaId(i),
                    name: format!("P{i}"),
                    color: Color::BLACK,
                    description: String::new(),
                });
            }
            for (s, l) in cards {
                let stage = map.stages[s as usize % map.stages.len()].id;
                let lane = map.lanes[l as usize % map.lanes.len()].id;
                let order = map.cell_len(Cell { stage, lane });
                let id = map.next_touchpoint_id();
                let mut t = Touchpoint::new(id, stage, lane, order, "card");
                if !map.personas.is_empty() {
                    t.personas
                        .push(map.personas[s as usize % map.personas.len()].id);
                }
                map.touchpoints.push(t);
            }
            if map.touchpoints.len() >= 2 {
                map.connectors.push(Connector {
                    id: ConnectorId(1),
                    from: map.touchpoints[0].id,
                    to: map.touchpoints[1].id,
                    label: "back".into(),
                });
            }
            map
        })
}

fn assert_sound(map: &Map, context: &str) {
    let problems = map.problems();
    assert!(problems.is_empty(), "{context}: {problems:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn commands_keep_invariants_and_undo_redo_round_trip(
        start in start_map(),
        actions in prop::collection::vec(action(), 1..40),
    ) {
        assert_sound(&start, "start");
        let mut map = start.clone();
        let mut history = History::new(1000);
        let mut saved = map.clone();

        for (i, action) in actions.iter().enumerate() {
            let context = format!("step {i}: {action:?}");
            match action {
                Action::Undo => { history.undo(&mut map).unwrap(); }
                Action::Redo => { history.redo(&mut map).unwrap(); }
                Action::Save => { history.mark_saved(); saved = map.clone(); }
                Action::TypeInto(c, words) => {
                    // An edit session: several sets of one field are one undo step.
                    let id = card(&map, *c);
                    let before = map.clone();
                    let steps = history.undo_len();
                    history.begin_group("Edit title");
                    let mut text = String::new();
                    for w in words {
                        text.push_str(w);
                        let _ = history.apply(&mut map, Command::SetTouchpoint {
                            id, field: TouchpointField::Title(text.clone()),
                        });
                    }
                    history.end_group();
                    if map != before {
                        prop_assert_eq!(history.undo_len(), steps + 1, "{}", context);
                        history.undo(&mut map).unwrap();
                        prop_assert_eq!(&map, &before, "{}", context);
                        history.redo(&mut map).unwrap();
                    }
                }
                _ => {
                    let Some(cmd) = command(&map, action) else { continue };
                    let before = map.clone();
                    if history.apply(&mut map, cmd).is_err() {
                        prop_assert_eq!(&map, &before, "a refused command must not change the map ({})", context);
                    }
                }
            }
            assert_sound(&map, &context);
            if !history.is_dirty() {
                prop_assert_eq!(&map, &saved, "clean but differs from the saved map ({})", context);
            }
        }

        // Undo everything: back to the start; redo everything: back to the newest state.
        while history.redo(&mut map).unwrap() {}
        let end = map.clone();
        while history.undo(&mut map).unwrap() {
            assert_sound(&map, "undoing");
        }
        prop_assert_eq!(&map, &start);
        while history.redo(&mut map).unwrap() {
            assert_sound(&map, "redoing");
        }
        prop_assert_eq!(&map, &end);
    }
}

/// What a view may ask of a layout besides the map (state view, persona filter, extras).
type View = (u8, Vec<u8>, bool, bool, Option<u8>, bool);

fn view_options() -> impl Strategy<Value = View> {
    (
        0u8..3,
        prop::collection::vec(any::<u8>(), 0..2),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(any::<u8>()),
        any::<bool>(),
    )
}

fn layout_options(map: &Map, o: &View) -> trailmap::layout::LayoutOptions {
    use trailmap::layout::{LayoutOptions, StateView};
    LayoutOptions {
        state: StateView::ALL[o.0 as usize % 3],
        personas: o
            .1
            .iter()
            .map(|p| persona(map, *p))
            .filter(|p| p.0 != 9999)
            .collect(),
        insights: o.2,
        footnotes: o.3,
        hidden_lanes: o.4.map(|l| lane(map, l)).into_iter().collect(),
        color_by_owner: o.5,
        ..LayoutOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// The canvas lays a map out again after every edit from the layout before it, keeping the
    /// cells the edit did not touch: after any sequence of edits, undos and view changes that
    /// must give the very layout (to the bit) that laying out the map afresh gives, and the
    /// cards it says it kept must be the same as in the layout before.
    #[test]
    fn incremental_layout_equals_the_full_layout_after_every_edit(
        start in start_map(),
        steps in prop::collection::vec((action(), prop::option::of(view_options())), 1..30),
    ) {
        use trailmap::layout::{Layout, LayoutMemo, text::TextCache};
        let mut map = start.clone();
        let mut history = History::new(1000);
        let texts = TextCache::default();
        let mut memo = LayoutMemo::default();
        let mut view: View = (0, Vec::new(), false, false, None, false);
        let mut laid = Layout::compute_incremental(&map, &layout_options(&map, &view), &texts, &mut memo, None);
        let (mut scene, mut scene_memo) = trailmap::scene::build_incremental(&map, &laid, None);
        for (i, (action, new_view)) in steps.iter().enumerate() {
            match action {
                Action::Undo => { history.undo(&mut map).unwrap(); }
                Action::Redo => { history.redo(&mut map).unwrap(); }
                Action::TypeInto(c, words) => {
                    let id = card(&map, *c);
                    let mut text = String::new();
                    for w in words {
                        text.push_str(w);
                        let _ = history.apply(&mut map, Command::SetTouchpoint {
                            id, field: TouchpointField::Title(text.clone()),
                        });
                    }
                }
                _ => {
                    if let Some(cmd) = command(&map, action) {
                        let _ = history.apply(&mut map, cmd);
                    }
                }
            }
            if let Some(v) = new_view {
                view = v.clone();
            }
            let options = layout_options(&map, &view);
            let before = laid.clone();
            laid = Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(laid));
            let full = Layout::compute_with(&map, &options);
            prop_assert_eq!(&laid, &full, "step {}: {:?}", i, action);
            // The scene, too, takes over the drawing of the kept cards and must come out as a
            // scene drawn afresh.
            let previous = trailmap::scene::PreviousScene {
                scene,
                memo: scene_memo,
                legend: before.legend.clone(),
                options: before.options.clone(),
                reused: &memo,
            };
            (scene, scene_memo) = trailmap::scene::build_incremental(&map, &laid, Some(previous));
            prop_assert_eq!(&scene, &trailmap::scene::build(&map, &full), "step {}: {:?} (scene)", i, action);
            for card in &laid.cards {
                if memo.reused(card.id) {
                    prop_assert_eq!(Some(card), before.card(card.id), "step {}: kept card {:?} changed", i, card.id);
                }
            }
        }
    }
}

#[test]
fn saved_marker_survives_undo_past_the_save_and_the_step_limit() {
    let mut map = Map::default();
    let mut history = History::new(3);
    assert!(!history.is_dirty());
    for i in 0..5 {
        history
            .apply(&mut map, Command::SetTitle(format!("t{i}")))
            .unwrap();
    }
    assert!(history.is_dirty());
    history.mark_saved();
    assert!(!history.is_dirty());
    history.undo(&mut map).unwrap();
    assert!(history.is_dirty());
    history.redo(&mut map).unwrap();
    assert!(!history.is_dirty());
    // Only 3 steps are kept.
    let mut undone = 0;
    while history.undo(&mut map).unwrap() {
        undone += 1;
    }
    assert_eq!(undone, 3);
    assert_eq!(map.title, "t1");
    assert!(history.is_dirty());
    // A new edit after undoing past the save: the saved state can't be reached any more.
    history
        .apply(&mut map, Command::SetTitle("new".into()))
        .unwrap();
    assert!(history.is_dirty());
    assert!(!history.can_redo());
}

#[test]
fn a_cancelled_drag_leaves_no_step_and_no_change() {
    let mut map = Map::default();
    let mut history = History::default();
    history
        .apply(&mut map, Command::SetTitle("Journey".into()))
        .unwrap();
    history.mark_saved();
    let before = map.clone();
    history.begin_group("Rename");
    history
        .apply(&mut map, Command::SetTitle("J".into()))
        .unwrap();
    history
        .apply(&mut map, Command::SetDescription("d".into()))
        .unwrap();
    assert!(history.is_dirty());
    history.cancel_group(&mut map).unwrap();
    assert_eq!(map, before);
    assert_eq!(history.undo_len(), 1);
    assert!(!history.is_dirty());
}

#[test]
fn removing_a_stage_removes_and_restores_its_cards_and_connectors() {
    let mut map = Map::default();
    let mut h = History::default();
    for (i, name) in ["Awareness", "Purchase"].iter().enumerate() {
        h.apply(
            &mut map,
            Command::InsertStage {
                index: i,
                stage: Stage::new(StageId(i as u32 + 1), name),
            },
        )
        .unwrap();
    }
    h.apply(
        &mut map,
        Command::InsertLane {
            index: 0,
            lane: Lane {
                id: LaneId(1),
                name: "Web".into(),
                kind: LaneKind::Channel,
                channel: None,
                color: None,
                persona: None,
            },
        },
    )
    .unwrap();
    for (id, stage, order) in [(1, 1, 0), (2, 1, 1), (3, 2, 0)] {
        h.apply(
            &mut map,
            Command::InsertTouchpoint(Box::new(Touchpoint::new(
                TouchpointId(id),
                StageId(stage),
                LaneId(1),
                order,
                "c",
            ))),
        )
        .unwrap();
    }
    h.apply(
        &mut map,
        Command::InsertConnector(Connector {
            id: ConnectorId(1),
            from: TouchpointId(3),
            to: TouchpointId(1),
            label: String::new(),
        }),
    )
    .unwrap();
    let full = map.clone();
    h.apply(&mut map, Command::RemoveStage(StageId(1))).unwrap();
    assert_eq!(map.touchpoints.len(), 1);
    assert!(map.connectors.is_empty());
    assert_eq!(h.undo_label(), Some("Delete stage"));
    h.undo(&mut map).unwrap();
    assert_eq!(map, full);
}

#[test]
fn replacing_the_whole_map_is_one_step_and_a_forgotten_save_stays_dirty() {
    let mut map = Map {
        title: "mine".into(),
        ..Map::default()
    };
    let theirs = Map {
        title: "theirs".into(),
        stages: vec![Stage::new(StageId(1), "Awareness")],
        ..Map::default()
    };
    let mut history = History::default();
    history
        .apply(&mut map, Command::ReplaceMap(Box::new(theirs.clone())))
        .unwrap();
    assert_eq!(map, theirs);
    assert_eq!(history.undo_label(), Some("Reload from disk"));
    history.mark_saved();
    history.undo(&mut map).unwrap();
    assert_eq!(map.title, "mine");
    assert!(map.stages.is_empty());
    assert!(history.is_dirty());
    history.redo(&mut map).unwrap();
    assert!(!history.is_dirty());
    // The file is gone: no state of the map is saved anywhere, whatever is undone.
    history.mark_unsaved();
    assert!(history.is_dirty());
    history.undo(&mut map).unwrap();
    assert!(history.is_dirty());
}
