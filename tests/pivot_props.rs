//! Rows pivoted (View > Rows) on random maps: a pivot is only a way of looking (the map stays
//! as it is, the derived map is a valid map showing every card in the rows it belongs to),
//! and a drag between pivoted rows changes exactly the persona tags, channel or stage it
//! should, as one undo step that undo takes back whole.

use proptest::prelude::*;
use trailmap::edit::{History, RowChange, pivot_move};
use trailmap::layout::{Layout, LayoutOptions};
use trailmap::model::*;
use trailmap::pivot::{RowMeaning, Rows, pivot};

const KINDS: [LaneKind; 4] = [
    LaneKind::Channel,
    LaneKind::Channel,
    LaneKind::Emotion,
    LaneKind::PainPoints,
];

fn random_map() -> impl Strategy<Value = Map> {
    (
        1usize..4,
        prop::collection::vec((0usize..4, prop::option::of(0usize..11)), 1..6),
        0usize..4,
        prop::collection::vec(
            (
                any::<u8>(),
                any::<u8>(),
                prop::collection::vec(0u32..4, 0..3),
                prop::option::of(0usize..11),
                prop::option::of(-2i8..=2),
            ),
            0..30,
        ),
        prop::option::of(0usize..6),
    )
        .prop_map(|(stages, lanes, personas, cards, lane_persona)| {
            let mut map = Map::default();
            for i in 0..stages {
                map.stages
                    .push(Stage::new(StageId(i as u32 + 1), &format!("Stage {i}")));
            }
            for i in 0..personas {
                map.personas.push(Persona {
                    id: PersonaId(i as u32 + 1),
                    name: format!("Persona {i}"),
                    color: Color::rgb(40 * i as u8, 90, 160),
                    description: String::new(),
                });
            }
            for (i, (k, channel)) in lanes.iter().enumerate() {
                let kind = KINDS[*k];
                let mut lane = Lane::new(LaneId(i as u32 + 1), &format!("Lane {i}"), kind);
                if kind == LaneKind::Channel {
                    lane.channel = channel.map(|c| Channel::ALL[c]);
                }
                if lane_persona == Some(i) && personas > 0 {
                    lane.persona = Some(PersonaId(1));
                }
                map.lanes.push(lane);
            }
            for (s, l, tags, channel, emotion) in cards {
                let stage = map.stages[s as usize % map.stages.len()].id;
                let lane = map.lanes[l as usize % map.lanes.len()].id;
                let order = map.cell_len(Cell { stage, lane });
                let mut t = Touchpoint::new(map.next_touchpoint_id(), stage, lane, order, "Card");
                for p in tags {
                    let p = PersonaId(p + 1);
                    if map.persona(p).is_some() && !t.personas.contains(&p) {
                        t.personas.push(p);
                    }
                }
                t.channel = channel.map(|c| Channel::ALL[c]);
                t.emotion = emotion;
                t.reached = Some(100);
                map.touchpoints.push(t);
            }
            map
        })
}

fn is_channel_card(map: &Map, t: &Touchpoint) -> bool {
    map.lane(t.lane)
        .is_some_and(|l| l.kind == LaneKind::Channel)
}

fn rows_of(map: &Map, t: &Touchpoint, rows: Rows) -> Vec<RowMeaning> {
    match rows {
        Rows::Lanes => vec![RowMeaning::Lane(t.lane)],
        Rows::Personas if t.personas.is_empty() => vec![RowMeaning::Persona(None)],
        Rows::Personas => map
            .personas
            .iter()
            .filter(|p| t.personas.contains(&p.id))
            .map(|p| RowMeaning::Persona(Some(p.id)))
            .collect(),
        Rows::Channels => {
            let lane = map.lane(t.lane).and_then(|l| l.channel);
            vec![RowMeaning::Channel(t.channel.or(lane))]
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_pivot_never_changes_the_map_and_shows_every_card_in_its_rows(map in random_map()) {
        prop_assert!(map.problems().is_empty(), "{:?}", map.problems());
        let before = map.clone();
        for rows in Rows::ALL {
            let p = pivot(&map, rows, &[]);
            prop_assert_eq!(&map, &before);
            let derived = &*p.map;
            prop_assert!(derived.problems().is_empty(), "{:?}: {:?}", rows, derived.problems());
            if rows == Rows::Lanes {
                prop_assert_eq!(derived, &map);
                continue;
            }
            // Every persona is a row header, then "All personas"; channels in use, once each.
            let meanings: Vec<RowMeaning> = p.rows().into_iter().map(|(_, m)| m).collect();
            if rows == Rows::Personas {
                let mut want: Vec<RowMeaning> =
                    map.personas.iter().map(|x| RowMeaning::Persona(Some(x.id))).collect();
                want.push(RowMeaning::Persona(None));
                prop_assert_eq!(&meanings, &want);
            }
            // Every card of a channel lane is in exactly the rows it belongs to, the first copy
            // under its own id; every other card stays where it was.
            for t in &map.touchpoints {
                let shown: Vec<&Touchpoint> = derived
                    .touchpoints
                    .iter()
                    .filter(|d| p.original(d.id) == t.id)
                    .collect();
                if !is_channel_card(&map, t) {
                    prop_assert_eq!(shown, vec![t]);
                    continue;
                }
                let mut got: Vec<RowMeaning> = shown.iter().map(|d| p.meaning(d.lane)).collect();
                let mut want = rows_of(&map, t, rows);
                got.sort_by_key(|m| format!("{m:?}"));
                want.sort_by_key(|m| format!("{m:?}"));
                prop_assert_eq!(got, want);
                prop_assert_eq!(shown[0].id, t.id);
                for d in &shown {
                    prop_assert_eq!(&d.title, &t.title);
                    prop_assert_eq!(d.stage, t.stage);
                    prop_assert_eq!(p.linked().binary_search(&d.id).is_ok(), shown.len() > 1);
                }
                // Copies count once in curves and funnels.
                for d in &shown[1..] {
                    prop_assert!(d.emotion.is_none() && d.reached.is_none());
                }
            }
            // Special lanes below the rows, as drawn.
            let kept: Vec<&Lane> = map.lanes.iter().filter(|l| l.kind != LaneKind::Channel).collect();
            let tail: Vec<&Lane> = derived.lanes[meanings.len()..].iter().collect();
            prop_assert_eq!(tail, kept);
            // The layout draws every derived card.
            let layout = Layout::compute_with(derived, &p.options(&LayoutOptions::default()));
            prop_assert_eq!(layout.cards.len(), derived.touchpoints.len());
            for c in &layout.cards {
                prop_assert_eq!(c.linked, p.linked().contains(&c.id));
            }
        }
    }

    #[test]
    fn a_drag_between_pivoted_rows_changes_exactly_its_row_and_stage(
        map in random_map(),
        rows_persona in any::<bool>(),
        pick in any::<u16>(),
        row_pick in any::<u8>(),
        stage_pick in any::<u8>(),
    ) {
        let rows = if rows_persona { Rows::Personas } else { Rows::Channels };
        let p = pivot(&map, rows, &[]);
        let derived = p.map.clone().into_owned();
        prop_assume!(!derived.touchpoints.is_empty());
        let grabbed = &derived.touchpoints[pick as usize % derived.touchpoints.len()];
        let from = p.meaning(grabbed.lane);
        let original = p.original(grabbed.id);
        let row_lanes = p.rows();
        prop_assume!(!row_lanes.is_empty());
        let to = row_lanes[row_pick as usize % row_lanes.len()].1;
        let stage = map.stages[stage_pick as usize % map.stages.len()].id;
        let before = map.touchpoint(original).cloned().expect("original card");
        let Some(m) = pivot_move(&map, &[(original, from)], to, stage) else {
            // Nothing to change: same row and stage, a kept lane, or "No channel" under a lane
            // that has a channel.
            let no_channel_under_lane = to == RowMeaning::Channel(None);
            prop_assert!(
                matches!(from, RowMeaning::Lane(_))
                    || before.stage == stage && (from == to || no_channel_under_lane)
            );
            return Ok(());
        };
        let mut edited = map.clone();
        let mut history = History::default();
        history.apply(&mut edited, m.command.clone()).expect("the drop applies");
        prop_assert!(edited.problems().is_empty(), "{:?}", edited.problems());
        let after = edited.touchpoint(original).cloned().expect("card kept");
        // Its lane never changes; its stage is the target's.
        prop_assert_eq!(after.lane, before.lane);
        prop_assert_eq!(after.stage, stage);
        prop_assert_eq!(m.stage, (before.stage != stage).then_some(stage));
        match (from, to) {
            (RowMeaning::Persona(a), RowMeaning::Persona(b)) => {
                let mut want = before.personas.clone();
                if a != b {
                    want.retain(|x| Some(*x) != a);
                    if let Some(b) = b && !want.contains(&b) {
                        want.push(b);
                    }
                }
                prop_assert_eq!(&after.personas, &want);
                prop_assert_eq!(after.channel, before.channel);
                // It is now in the row it was dropped on (unless it went to "All personas"
                // still naming another persona).
                let now = rows_of(&edited, &after, rows);
                prop_assert!(now.contains(&to) || (b.is_none() && !after.personas.is_empty()));
                if a != b {
                    prop_assert!(!now.contains(&from) || a.is_none() && b.is_none());
                }
            }
            (RowMeaning::Channel(_), RowMeaning::Channel(c)) => {
                prop_assert_eq!(&after.personas, &before.personas);
                let lane = edited.lane(after.lane).and_then(|l| l.channel);
                let now = after.channel.or(lane);
                if c.is_some() {
                    prop_assert_eq!(now, c);
                } else {
                    prop_assert_eq!(after.channel, before.channel);
                }
                if let Some(RowChange::Channel { to, .. }) = m.row {
                    prop_assert_eq!(to, c);
                }
            }
            _ => prop_assert!(false, "rows of another kind: {:?} -> {:?}", from, to),
        }
        // Nothing else changes: the card's other fields, every other card.
        let strip = |t: &Touchpoint| Touchpoint { personas: vec![], channel: None, stage: StageId(0), order: 0, ..t.clone() };
        prop_assert_eq!(strip(&after), strip(&before));
        for t in &map.touchpoints {
            if t.id != original {
                let e = edited.touchpoint(t.id).expect("other card kept");
                prop_assert_eq!((e.stage, e.lane, &e.personas, e.channel), (t.stage, t.lane, &t.personas, t.channel));
            }
        }
        prop_assert_eq!(&edited.lanes, &map.lanes);
        // One step, and undo brings the map back exactly.
        history.undo(&mut edited).expect("undo");
        prop_assert_eq!(&edited, &map);
        prop_assert!(!history.can_undo());
    }

    #[test]
    fn a_card_added_in_a_row_is_drawn_in_that_row(
        map in random_map(),
        rows_persona in any::<bool>(),
        row_pick in any::<u8>(),
        stage_pick in any::<u8>(),
    ) {
        let rows = if rows_persona { Rows::Personas } else { Rows::Channels };
        let p = pivot(&map, rows, &[]);
        let row_lanes = p.rows();
        prop_assume!(!row_lanes.is_empty());
        let (row, meaning) = row_lanes[row_pick as usize % row_lanes.len()];
        let stage = map.stages[stage_pick as usize % map.stages.len()].id;
        let Some(place) = p.placement(&map, Cell { stage, lane: row }) else {
            // Only when no shown lane can hold such a card.
            let channel_lanes: Vec<&Lane> =
                map.lanes.iter().filter(|l| l.kind == LaneKind::Channel).collect();
            match meaning {
                RowMeaning::Channel(None) => {
                    prop_assert!(channel_lanes.iter().all(|l| l.channel.is_some()));
                }
                RowMeaning::Persona(p) => prop_assert!(channel_lanes
                    .iter()
                    .all(|l| l.persona.is_some() && l.persona != p)),
                _ => prop_assert!(channel_lanes.is_empty(), "{:?}", meaning),
            }
            return Ok(());
        };
        prop_assert_eq!(place.cell.stage, stage);
        let lane = map.lane(place.cell.lane).expect("a lane of the map");
        prop_assert_eq!(lane.kind, LaneKind::Channel);
        // The card as the window adds it: the lane's persona too, as a persona lane gives.
        let id = map.next_touchpoint_id();
        let mut t = Touchpoint::new(id, stage, lane.id, map.cell_len(place.cell), "New");
        t.personas.extend(place.persona);
        if let Some(lp) = lane.persona && !t.personas.contains(&lp) {
            t.personas.push(lp);
        }
        t.channel = place.channel;
        let mut edited = map.clone();
        edited.touchpoints.push(t);
        prop_assert!(edited.problems().is_empty(), "{:?}", edited.problems());
        let again = pivot(&edited, rows, &[]);
        let drawn: Vec<RowMeaning> = again
            .map
            .touchpoints
            .iter()
            .filter(|d| again.original(d.id) == id)
            .map(|d| again.meaning(d.lane))
            .collect();
        prop_assert_eq!(drawn, vec![meaning]);
    }
}
