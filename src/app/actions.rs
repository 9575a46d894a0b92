//! Turns a user's intent (delete the selection, insert a lane, move a card left) into the
//! [`Command`] that does it. Pure functions of the map and the selection, so they are tested
//! without a window; the app applies what they return through the history.

use crate::edit::{Command, TouchpointField};
use crate::model::{
    Cell, Channel, Color, Lane, LaneKind, Map, Persona, Stage, StageId, Touchpoint, TouchpointId,
};

use super::view::{Selected, Selection};

/// Colours offered for stages, lanes, cards and personas (readable with dark text on the light
/// canvas, distinct from each other).
pub const PALETTE: [Color; 12] = [
    Color::rgb(0xE1, 0x1D, 0x48),
    Color::rgb(0xF9, 0x73, 0x16),
    Color::rgb(0xEA, 0xB3, 0x08),
    Color::rgb(0x65, 0xA3, 0x0D),
    Color::rgb(0x05, 0x96, 0x69),
    Color::rgb(0x08, 0x91, 0xB2),
    Color::rgb(0x25, 0x63, 0xEB),
    Color::rgb(0x7C, 0x3A, 0xED),
    Color::rgb(0xC0, 0x26, 0xD3),
    Color::rgb(0xDB, 0x27, 0x77),
    Color::rgb(0x78, 0x71, 0x6C),
    Color::rgb(0x47, 0x55, 0x69),
];

/// Wraps several commands as one, or returns the single one; `None` for none.
pub fn batch(mut commands: Vec<Command>) -> Option<Command> {
    match commands.len() {
        0 => None,
        1 => commands.pop(),
        _ => Some(Command::Batch(commands)),
    }
}

/// Gives every listed card the colour (`None`: back to its lane's style), as one step.
pub fn recolour_cards(ids: &[TouchpointId], color: Option<Color>) -> Option<Command> {
    batch(
        ids.iter()
            .map(|&id| Command::SetTouchpoint {
                id,
                field: TouchpointField::Color(color),
            })
            .collect(),
    )
}

/// Deletes everything selected. Connectors go first and stages last, so removing a stage does
/// not pull a selected card out from under its own removal.
pub fn delete_selection(map: &Map, selection: &Selection) -> Option<Command> {
    let mut items: Vec<Selected> = selection.iter().collect();
    let rank = |s: &Selected| match s {
        Selected::Connector(_) => 0,
        Selected::Touchpoint(_) => 1,
        Selected::Persona(_) => 2,
        Selected::Lane(_) => 3,
        Selected::Stage(_) => 4,
    };
    items.sort_by_key(rank);
    let mut gone_cards = std::collections::HashSet::new();
    let mut commands = Vec::new();
    for item in items {
        match item {
            Selected::Connector(id) if map.connector(id).is_some() => {
                commands.push(Command::RemoveConnector(id));
            }
            Selected::Touchpoint(id) if map.touchpoint(id).is_some() => {
                gone_cards.insert(id);
                commands.push(Command::RemoveTouchpoint(id));
            }
            Selected::Persona(id) if map.persona(id).is_some() => {
                commands.push(Command::RemovePersona(id));
            }
            Selected::Lane(id) if map.lane(id).is_some() => commands.push(Command::RemoveLane(id)),
            Selected::Stage(id) if map.stage(id).is_some() => {
                commands.push(Command::RemoveStage(id));
            }
            _ => {}
        }
    }
    // A card's connectors go with it: drop explicit removals that would then fail.
    commands.retain(|c| match c {
        Command::RemoveConnector(id) => map
            .connector(*id)
            .is_some_and(|k| !gone_cards.contains(&k.from) && !gone_cards.contains(&k.to)),
        _ => true,
    });
    batch(commands)
}

/// What deleting the selection takes with it, for the status bar: a stage or lane that holds
/// cards takes them along, which is easy to miss.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gone {
    /// One stage (and maybe loose cards) with this many cards in all.
    Stage { name: String, cards: usize },
    /// One lane (and maybe loose cards) with this many cards in all.
    Lane { name: String, cards: usize },
    /// Several stages and lanes with this many cards in all.
    Rows { rows: usize, cards: usize },
}

/// What [`delete_selection`] will take along: `None` unless a stage or lane with cards goes.
pub fn deletion_takes(map: &Map, selection: &Selection) -> Option<Gone> {
    let mut stages = Vec::new();
    let mut lanes = Vec::new();
    let mut loose = std::collections::HashSet::new();
    for item in selection.iter() {
        match item {
            Selected::Stage(id) => stages.extend(map.stage(id)),
            Selected::Lane(id) => lanes.extend(map.lane(id)),
            Selected::Touchpoint(id) if map.touchpoint(id).is_some() => {
                loose.insert(id);
            }
            _ => {}
        }
    }
    let in_rows = |t: &Touchpoint| {
        stages.iter().any(|s| s.id == t.stage) || lanes.iter().any(|l| l.id == t.lane)
    };
    if !map.touchpoints.iter().any(in_rows) {
        return None;
    }
    let cards = map
        .touchpoints
        .iter()
        .filter(|t| in_rows(t) || loose.contains(&t.id))
        .count();
    Some(match (stages.as_slice(), lanes.as_slice()) {
        ([stage], []) => Gone::Stage {
            name: stage.name.clone(),
            cards,
        },
        ([], [lane]) => Gone::Lane {
            name: lane.name.clone(),
            cards,
        },
        _ => Gone::Rows {
            rows: stages.len() + lanes.len(),
            cards,
        },
    })
}

/// A new stage after the selected one (or at the end). Returns the command and the new id.
pub fn insert_stage(map: &Map, selection: &Selection) -> (Command, StageId) {
    let after = selection.iter().find_map(|s| match s {
        Selected::Stage(id) => map.stage_index(id),
        _ => None,
    });
    let index = after.map_or(map.stages.len(), |i| i + 1);
    insert_stage_at(map, index)
}

/// A new stage at a column position.
pub fn insert_stage_at(map: &Map, index: usize) -> (Command, StageId) {
    let id = map.next_stage_id();
    let stage = Stage::new(id, &crate::tr!("new-stage-name"));
    (
        Command::InsertStage {
            index: index.min(map.stages.len()),
            stage,
        },
        id,
    )
}

/// A new lane of `kind` below the selected one (or beside the lanes of its kind).
pub fn insert_lane(
    map: &Map,
    selection: &Selection,
    kind: LaneKind,
) -> (Command, crate::model::LaneId) {
    let after = selection.iter().find_map(|s| match s {
        Selected::Lane(id) => map.lane_index(id),
        _ => None,
    });
    let index = after.map_or_else(|| lane_home(map, kind), |i| i + 1);
    insert_lane_at(map, index, kind)
}

/// Where a new lane of `kind` goes when no lane is selected: after the last lane of the same
/// kind, or else before the first lane of a kind that menus list later (so a new channel lane
/// does not land under Pain points and Opportunities), or else at the bottom.
fn lane_home(map: &Map, kind: LaneKind) -> usize {
    let rank = |k: LaneKind| LaneKind::ALL.iter().position(|&a| a == k).unwrap_or(0);
    if let Some(last) = map.lanes.iter().rposition(|l| l.kind == kind) {
        return last + 1;
    }
    map.lanes
        .iter()
        .position(|l| rank(l.kind) > rank(kind))
        .unwrap_or(map.lanes.len())
}

/// A new lane of `kind` at a row position.
pub fn insert_lane_at(map: &Map, index: usize, kind: LaneKind) -> (Command, crate::model::LaneId) {
    let id = map.next_lane_id();
    let channel = (kind == LaneKind::Channel).then_some(Channel::Website);
    let name = match channel {
        Some(c) => crate::app::i18n::words::channel(c),
        None => crate::app::i18n::words::lane_kind(kind),
    };
    let lane = Lane {
        id,
        name: name.to_owned(),
        kind,
        channel,
        color: None,
        persona: None,
    };
    (
        Command::InsertLane {
            index: index.min(map.lanes.len()),
            lane,
        },
        id,
    )
}

/// A new card at the end of `cell` (or right after the card selected in it).
pub fn insert_touchpoint(
    map: &Map,
    cell: Cell,
    after: Option<TouchpointId>,
    title: &str,
) -> (Command, TouchpointId) {
    let id = map.next_touchpoint_id();
    let order = after
        .and_then(|a| map.touchpoint(a))
        .filter(|t| t.stage == cell.stage && t.lane == cell.lane)
        .map_or(map.cell_len(cell), |t| t.order + 1);
    (
        Command::InsertTouchpoint(Box::new(Touchpoint::new(
            id, cell.stage, cell.lane, order, title,
        ))),
        id,
    )
}

/// A new persona with the next palette colour.
pub fn insert_persona(map: &Map) -> (Command, crate::model::PersonaId) {
    let id = map.next_persona_id();
    let color = PALETTE[(map.personas.len() * 5) % PALETTE.len()];
    let persona = Persona {
        id,
        name: crate::tr!("new-persona-name"),
        color,
        description: String::new(),
    };
    (
        Command::InsertPersona {
            index: map.personas.len(),
            persona,
        },
        id,
    )
}

/// Copies of the selected cards right below their originals, with connectors between copied
/// cards copied too. Returns the command and the new cards' ids.
pub fn duplicate_touchpoints(
    map: &Map,
    ids: &[TouchpointId],
) -> Option<(Command, Vec<TouchpointId>)> {
    let mut cards: Vec<&Touchpoint> = ids.iter().filter_map(|id| map.touchpoint(*id)).collect();
    if cards.is_empty() {
        return None;
    }
    // Bottom-most first within a cell, so inserting below one card does not shift the next.
    cards.sort_by_key(|t| (t.stage, t.lane, std::cmp::Reverse(t.order)));
    let mut next = map.next_touchpoint_id().0;
    let mut commands = Vec::new();
    let mut new_ids = Vec::new();
    let mut id_map = std::collections::HashMap::new();
    for t in cards {
        let id = TouchpointId(next);
        next = next.saturating_add(1);
        let mut copy = t.clone();
        copy.id = id;
        copy.order = t.order + 1;
        id_map.insert(t.id, id);
        new_ids.push(id);
        commands.push(Command::InsertTouchpoint(Box::new(copy)));
    }
    commands.extend(copied_connectors(map, &id_map));
    new_ids.sort();
    batch(commands).map(|c| (c, new_ids))
}

/// Connectors between cards that were all copied, pointing at the copies.
fn copied_connectors(
    map: &Map,
    id_map: &std::collections::HashMap<TouchpointId, TouchpointId>,
) -> Vec<Command> {
    let mut next = map.next_connector_id().0;
    let mut out = Vec::new();
    for c in &map.connectors {
        if let (Some(&from), Some(&to)) = (id_map.get(&c.from), id_map.get(&c.to)) {
            let mut copy = c.clone();
            copy.id = crate::model::ConnectorId(next);
            next = next.saturating_add(1);
            copy.from = from;
            copy.to = to;
            out.push(Command::InsertConnector(copy));
        }
    }
    out
}

/// Which way Alt+arrow moves a card (or an arrow key moves the selection).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Previous stage.
    Left,
    /// Next stage.
    Right,
    /// Lane above.
    Up,
    /// Lane below.
    Down,
}

impl Direction {
    /// The four directions, in the order Help lists them.
    pub const ALL: [Direction; 4] = [
        Direction::Left,
        Direction::Right,
        Direction::Up,
        Direction::Down,
    ];
}

/// Moves a card to the end of the neighbouring cell; `None` at the edge of the map.
pub fn move_to_neighbour(map: &Map, id: TouchpointId, dir: Direction) -> Option<Command> {
    let t = map.touchpoint(id)?;
    let si = map.stage_index(t.stage)?;
    let li = map.lane_index(t.lane)?;
    let (si, li) = match dir {
        Direction::Left => (si.checked_sub(1)?, li),
        Direction::Right => (si + 1, li),
        Direction::Up => (si, li.checked_sub(1)?),
        Direction::Down => (si, li + 1),
    };
    let stage = map.stages.get(si)?.id;
    let lane = map.lanes.get(li)?.id;
    let order = map.cell_len(Cell { stage, lane });
    Some(Command::MoveTouchpoint {
        id,
        stage,
        lane,
        order,
    })
}

/// Moves several cards to `cell`, starting at `order` (counted as if the moved cards were not
/// in the cell), keeping their order. The result is one command (one undo step).
pub fn move_touchpoints(
    map: &Map,
    ids: &[TouchpointId],
    cell: Cell,
    order: u32,
) -> Option<Command> {
    let mut cards: Vec<&Touchpoint> = ids.iter().filter_map(|id| map.touchpoint(*id)).collect();
    if cards.is_empty() {
        return None;
    }
    let stage_rank = |s: StageId| map.stage_index(s).unwrap_or(usize::MAX);
    let lane_rank = |l| map.lane_index(l).unwrap_or(usize::MAX);
    cards.sort_by_key(|t| (stage_rank(t.stage), lane_rank(t.lane), t.order));
    let moving: std::collections::HashSet<TouchpointId> = cards.iter().map(|t| t.id).collect();
    let others = map
        .cards_in(cell)
        .iter()
        .filter(|t| !moving.contains(&t.id))
        .count() as u32;
    let start = order.min(others);
    // Applied one after another: each card goes to `start + i` of a cell that, at that moment,
    // still holds the moved cards not yet placed. Moving them to the end first makes the final
    // positions independent of where they came from.
    let mut commands = Vec::new();
    let mut scratch = map.clone();
    for t in &cards {
        let end = scratch.cell_len(cell) - u32::from(t.stage == cell.stage && t.lane == cell.lane);
        let cmd = Command::MoveTouchpoint {
            id: t.id,
            stage: cell.stage,
            lane: cell.lane,
            order: end,
        };
        cmd.clone().apply(&mut scratch).ok()?;
        commands.push(cmd);
    }
    for (i, t) in cards.iter().enumerate() {
        let cmd = Command::MoveTouchpoint {
            id: t.id,
            stage: cell.stage,
            lane: cell.lane,
            order: start + i as u32,
        };
        cmd.clone().apply(&mut scratch).ok()?;
        commands.push(cmd);
    }
    // Nothing to do when every card is already where it would land.
    if scratch == *map {
        return None;
    }
    batch(commands)
}

/// Every card (Select All).
pub fn all_touchpoints(map: &Map) -> Vec<Selected> {
    map.touchpoints
        .iter()
        .map(|t| Selected::Touchpoint(t.id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::LaneId;

    fn grid() -> Map {
        let mut map = Map::default();
        for i in 1..=3 {
            map.stages.push(Stage::new(StageId(i), &format!("S{i}")));
            map.lanes.push(Lane {
                id: LaneId(i),
                name: format!("L{i}"),
                kind: LaneKind::Text,
                channel: None,
                color: None,
                persona: None,
            });
        }
        for (i, (s, l, o)) in [(1, 1, 0), (1, 1, 1), (2, 1, 0), (2, 2, 0)]
            .iter()
            .enumerate()
        {
            map.touchpoints.push(Touchpoint::new(
                TouchpointId(i as u32 + 1),
                StageId(*s),
                LaneId(*l),
                *o,
                &format!("T{}", i + 1),
            ));
        }
        map
    }

    fn cell(s: u32, l: u32) -> Cell {
        Cell {
            stage: StageId(s),
            lane: LaneId(l),
        }
    }

    fn titles_in(map: &Map, c: Cell) -> Vec<String> {
        map.cards_in(c).iter().map(|t| t.title.clone()).collect()
    }

    #[test]
    fn moving_several_cards_keeps_their_order_and_is_one_step() {
        let mut map = grid();
        let mut h = History::default();
        let cmd =
            move_touchpoints(&map, &[TouchpointId(2), TouchpointId(1)], cell(2, 1), 1).unwrap();
        h.apply(&mut map, cmd).unwrap();
        assert_eq!(titles_in(&map, cell(2, 1)), ["T3", "T1", "T2"]);
        assert!(map.problems().is_empty());
        assert_eq!(h.undo_len(), 1);
        h.undo(&mut map).unwrap();
        assert_eq!(map, grid());
    }

    #[test]
    fn moving_within_a_cell_reorders() {
        let mut map = grid();
        let cmd = move_touchpoints(&map, &[TouchpointId(2)], cell(1, 1), 0).unwrap();
        cmd.apply(&mut map).unwrap();
        assert_eq!(titles_in(&map, cell(1, 1)), ["T2", "T1"]);
        assert!(move_touchpoints(&map, &[TouchpointId(2)], cell(1, 1), 0).is_none());
    }

    #[test]
    fn deleting_a_stage_and_its_card_together_works() {
        let mut map = grid();
        let mut sel = Selection::default();
        sel.set_all([
            Selected::Stage(StageId(1)),
            Selected::Touchpoint(TouchpointId(1)),
        ]);
        let cmd = delete_selection(&map, &sel).unwrap();
        let mut h = History::default();
        h.apply(&mut map, cmd).unwrap();
        assert!(map.stage(StageId(1)).is_none());
        assert!(map.problems().is_empty());
        h.undo(&mut map).unwrap();
        assert_eq!(map, grid());
    }

    #[test]
    fn deleting_a_stage_or_lane_with_cards_says_how_many_go_with_it() {
        let map = grid();
        let mut sel = Selection::default();
        sel.set_all([Selected::Stage(StageId(1))]);
        assert_eq!(
            deletion_takes(&map, &sel),
            Some(Gone::Stage {
                name: "S1".into(),
                cards: 2
            })
        );
        sel.set_all([Selected::Lane(LaneId(1))]);
        assert_eq!(
            deletion_takes(&map, &sel),
            Some(Gone::Lane {
                name: "L1".into(),
                cards: 3
            })
        );
        // Stage 2 and lane 1 share card 3: it counts once.
        sel.set_all([Selected::Stage(StageId(2)), Selected::Lane(LaneId(1))]);
        assert_eq!(
            deletion_takes(&map, &sel),
            Some(Gone::Rows { rows: 2, cards: 4 })
        );
        // Empty rows and loose cards need no warning.
        sel.set_all([
            Selected::Stage(StageId(3)),
            Selected::Touchpoint(TouchpointId(1)),
        ]);
        assert_eq!(deletion_takes(&map, &sel), None);
    }

    #[test]
    fn alt_arrows_stop_at_the_edge() {
        let map = grid();
        assert!(move_to_neighbour(&map, TouchpointId(1), Direction::Left).is_none());
        assert!(move_to_neighbour(&map, TouchpointId(1), Direction::Up).is_none());
        let mut m = map.clone();
        move_to_neighbour(&map, TouchpointId(1), Direction::Right)
            .unwrap()
            .apply(&mut m)
            .unwrap();
        assert_eq!(titles_in(&m, cell(2, 1)), ["T3", "T1"]);
    }

    fn kinds(map: &Map) -> Vec<LaneKind> {
        map.lanes.iter().map(|l| l.kind).collect()
    }

    #[test]
    fn new_lanes_go_below_the_selected_lane_or_beside_their_kind() {
        use LaneKind::{Channel as C, Opportunities as O, PainPoints as P, Text as T};
        let mut map = grid();
        map.lanes[0].kind = C;
        map.lanes[1].kind = P;
        map.lanes[2].kind = O;
        // Nothing selected: a channel lane goes after the last channel lane, not at the bottom.
        let (cmd, new) = insert_lane(&map, &Selection::default(), C);
        let mut m = map.clone();
        cmd.apply(&mut m).unwrap();
        assert_eq!(kinds(&m), [C, C, P, O]);
        assert_eq!(m.lane_index(new), Some(1));
        // No lane of that kind yet: before the kinds menus list later.
        let (cmd, _) = insert_lane(&map, &Selection::default(), T);
        let mut m = map.clone();
        cmd.apply(&mut m).unwrap();
        assert_eq!(kinds(&m), [C, T, P, O]);
        // A selected lane wins.
        let mut sel = Selection::default();
        sel.set_all([Selected::Lane(LaneId(2))]);
        let (cmd, new) = insert_lane(&map, &sel, C);
        let mut m = map.clone();
        cmd.apply(&mut m).unwrap();
        assert_eq!(m.lane_index(new), Some(2));
        assert!(m.problems().is_empty());
    }

    #[test]
    fn duplicate_puts_copies_below_originals() {
        let mut map = grid();
        let (cmd, ids) = duplicate_touchpoints(&map, &[TouchpointId(1), TouchpointId(2)]).unwrap();
        cmd.apply(&mut map).unwrap();
        assert_eq!(ids.len(), 2);
        assert_eq!(titles_in(&map, cell(1, 1)), ["T1", "T1", "T2", "T2"]);
        assert!(map.problems().is_empty());
    }
}
