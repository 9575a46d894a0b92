//! Copy and paste of cards as text, so cards move between maps (and windows) through the system
//! clipboard: copied cards are RON; a range copied from a spreadsheet fills the grid; other text
//! (lines from notes, one spreadsheet column) becomes one card per line.
//!
//! Pure functions: the app puts the text on the clipboard and applies the returned command.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::edit::Command;
use crate::model::{
    Cell, Connector, ConnectorId, Lane, LaneId, LaneKind, MAX_COLUMNS_OR_ROWS, MAX_TEXT_CHARS, Map,
    Persona, Stage, StageId, Touchpoint, TouchpointId,
};

use super::actions::batch;

/// The clipboard text of copied cards.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Clip {
    /// Marks the text as Trailmap cards (and which clip format).
    trailmap_cards: u32,
    /// The cards, with their place relative to the top-left copied card.
    cards: Vec<ClipCard>,
    /// Arrows between copied cards.
    #[serde(default)]
    connectors: Vec<Connector>,
    /// The personas the cards name, so a paste into another map can match them by name.
    #[serde(default)]
    personas: Vec<Persona>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClipCard {
    /// Stages right of the leftmost copied card.
    stage_offset: u32,
    /// Lanes below the topmost copied card.
    lane_offset: u32,
    card: Touchpoint,
}

const CLIP_FORMAT: u32 = 1;
/// Most cards one paste of plain text creates (a pasted novel should not freeze the window).
pub const MAX_PASTED_LINES: usize = 500;

/// The clipboard text for these cards; `None` when none of them exist.
pub fn copy_text(map: &Map, ids: &[TouchpointId]) -> Option<String> {
    let mut cards: Vec<&Touchpoint> = ids.iter().filter_map(|id| map.touchpoint(*id)).collect();
    if cards.is_empty() {
        return None;
    }
    let place = |t: &Touchpoint| {
        (
            map.stage_index(t.stage).unwrap_or(0),
            map.lane_index(t.lane).unwrap_or(0),
            t.order,
        )
    };
    cards.sort_by_key(|t| place(t));
    let min_stage = cards.iter().map(|t| place(t).0).min().unwrap_or(0);
    let min_lane = cards.iter().map(|t| place(t).1).min().unwrap_or(0);
    let copied: std::collections::HashSet<TouchpointId> = cards.iter().map(|t| t.id).collect();
    let mut persona_ids: Vec<_> = cards
        .iter()
        .flat_map(|t| t.personas.iter().copied())
        .collect();
    persona_ids.sort();
    persona_ids.dedup();
    let clip = Clip {
        trailmap_cards: CLIP_FORMAT,
        cards: cards
            .iter()
            .map(|t| {
                let (s, l, _) = place(t);
                ClipCard {
                    stage_offset: u32::try_from(s - min_stage).unwrap_or(0),
                    lane_offset: u32::try_from(l - min_lane).unwrap_or(0),
                    card: (*t).clone(),
                }
            })
            .collect(),
        connectors: map
            .connectors
            .iter()
            .filter(|c| copied.contains(&c.from) && copied.contains(&c.to))
            .cloned()
            .collect(),
        personas: persona_ids
            .iter()
            .filter_map(|id| map.persona(*id).cloned())
            .collect(),
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .struct_names(false);
    ron::ser::to_string_pretty(&clip, config).ok()
}

/// What a paste creates: the command and the new cards, to select them.
#[derive(Debug)]
pub struct Paste {
    /// Inserts every card (one undo step).
    pub command: Command,
    /// The new cards.
    pub cards: Vec<TouchpointId>,
}

/// Cards from clipboard text, placed relative to `at`: copied Trailmap cards keep their
/// arrangement (clamped to the map's edges); a range copied from a spreadsheet fills the grid
/// from `at` (rows are lanes, columns are stages, one card per line of a cell, new stages and
/// lanes where the range runs past the map's edge); any other text makes one card per
/// non-empty line.
pub fn paste(map: &Map, at: Cell, text: &str) -> Option<Paste> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    match options.from_str::<Clip>(text) {
        Ok(clip) if clip.trailmap_cards == CLIP_FORMAT => paste_cards(map, at, clip),
        _ => match crate::interchange::sheet::clipboard_range(text) {
            Some(rows) => paste_range(map, at, &rows),
            None => paste_lines(map, at, text),
        },
    }
}

fn paste_cards(map: &Map, at: Cell, clip: Clip) -> Option<Paste> {
    let s0 = map.stage_index(at.stage)?;
    let l0 = map.lane_index(at.lane)?;
    // Personas are matched by id only when the name agrees, else by name, else dropped.
    let persona_for: HashMap<_, _> = clip
        .personas
        .iter()
        .filter_map(|p| {
            let same_id = map.persona(p.id).filter(|q| q.name == p.name);
            let by_name = || map.personas.iter().find(|q| q.name == p.name);
            same_id.or_else(by_name).map(|q| (p.id, q.id))
        })
        .collect();
    let mut next = map.next_touchpoint_id().0;
    let mut cell_len: HashMap<Cell, u32> = HashMap::new();
    let mut commands = Vec::new();
    let mut ids = HashMap::new();
    let mut new_ids = Vec::new();
    for c in clip.cards {
        let si = (s0 + c.stage_offset as usize).min(map.stages.len().saturating_sub(1));
        let li = (l0 + c.lane_offset as usize).min(map.lanes.len().saturating_sub(1));
        let cell = Cell {
            stage: map.stages.get(si)?.id,
            lane: map.lanes.get(li)?.id,
        };
        let len = cell_len.entry(cell).or_insert_with(|| map.cell_len(cell));
        let id = TouchpointId(next);
        next = next.checked_add(1)?;
        let mut card = c.card;
        ids.insert(card.id, id);
        card.id = id;
        card.stage = cell.stage;
        card.lane = cell.lane;
        card.order = *len;
        *len += 1;
        card.personas = card
            .personas
            .iter()
            .filter_map(|p| persona_for.get(p).copied())
            .collect();
        card.personas.dedup();
        // The clipboard carries a picture's key, not its data: a card pasted into a map that
        // does not store the picture arrives without it.
        card.picture = card.picture.filter(|p| map.pictures.contains_key(&p.key));
        new_ids.push(id);
        commands.push(Command::InsertTouchpoint(Box::new(card)));
    }
    let mut next_connector = map.next_connector_id().0;
    for mut k in clip.connectors {
        if let (Some(&from), Some(&to)) = (ids.get(&k.from), ids.get(&k.to))
            && from != to
        {
            k.id = ConnectorId(next_connector);
            next_connector = next_connector.checked_add(1)?;
            k.from = from;
            k.to = to;
            commands.push(Command::InsertConnector(k));
        }
    }
    Some(Paste {
        command: batch(commands)?,
        cards: new_ids,
    })
}

/// A spreadsheet range from `at`: row `r`, column `c` goes to the lane `r` below and the stage
/// `c` right of `at`, creating stages and lanes past the edge (at most the map's limit of
/// each, and [`MAX_PASTED_LINES`] cards in all).
fn paste_range(map: &Map, at: Cell, rows: &[Vec<String>]) -> Option<Paste> {
    let s0 = map.stage_index(at.stage)?;
    let l0 = map.lane_index(at.lane)?;
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let room = |have: usize| MAX_COLUMNS_OR_ROWS.saturating_sub(have);
    // Only rows and columns that hold a card make stages or lanes.
    let used = |r: usize, c: usize| {
        rows.get(r)
            .and_then(|row| row.get(c))
            .is_some_and(|cell| cell.lines().any(|l| !l.trim().is_empty()))
    };
    let last_row = (0..rows.len())
        .rev()
        .find(|&r| (0..columns).any(|c| used(r, c)))?;
    let last_column = (0..columns)
        .rev()
        .find(|&c| (0..rows.len()).any(|r| used(r, c)))?;
    let new_stages = (s0 + last_column + 1).saturating_sub(map.stages.len());
    let new_lanes = (l0 + last_row + 1).saturating_sub(map.lanes.len());
    let new_stages = new_stages.min(room(map.stages.len()));
    let new_lanes = new_lanes.min(room(map.lanes.len()));
    let mut commands = Vec::new();
    let mut stage_ids: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
    let mut lane_ids: Vec<LaneId> = map.lanes.iter().map(|l| l.id).collect();
    let mut next_stage = map.next_stage_id().0;
    for _ in 0..new_stages {
        let stage = Stage::new(StageId(next_stage), &crate::tr!("new-stage-name"));
        stage_ids.push(stage.id);
        next_stage = next_stage.checked_add(1)?;
        commands.push(Command::InsertStage {
            index: stage_ids.len() - 1,
            stage,
        });
    }
    let mut next_lane = map.next_lane_id().0;
    for _ in 0..new_lanes {
        let lane = Lane::new(
            LaneId(next_lane),
            &crate::app::i18n::words::lane_kind(LaneKind::Text),
            LaneKind::Text,
        );
        lane_ids.push(lane.id);
        next_lane = next_lane.checked_add(1)?;
        commands.push(Command::InsertLane {
            index: lane_ids.len() - 1,
            lane,
        });
    }
    let mut next = map.next_touchpoint_id().0;
    let mut new_ids = Vec::new();
    'rows: for (r, row) in rows.iter().enumerate() {
        let Some(&lane) = lane_ids.get(l0 + r) else {
            break;
        };
        for (c, text) in row.iter().enumerate() {
            let Some(&stage) = stage_ids.get(s0 + c) else {
                break;
            };
            let cell = Cell { stage, lane };
            let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            for (order, line) in (map.cell_len(cell)..).zip(lines) {
                if new_ids.len() >= MAX_PASTED_LINES {
                    break 'rows;
                }
                let title: String = line.chars().take(MAX_TEXT_CHARS).collect();
                let id = TouchpointId(next);
                next = next.checked_add(1)?;
                commands.push(Command::InsertTouchpoint(Box::new(Touchpoint::new(
                    id, stage, lane, order, &title,
                ))));
                new_ids.push(id);
            }
        }
    }
    if new_ids.is_empty() {
        return None;
    }
    Some(Paste {
        command: batch(commands)?,
        cards: new_ids,
    })
}

fn paste_lines(map: &Map, at: Cell, text: &str) -> Option<Paste> {
    map.stage(at.stage)?;
    map.lane(at.lane)?;
    let first_order = map.cell_len(at);
    let mut next = map.next_touchpoint_id().0;
    let mut commands = Vec::new();
    let mut new_ids = Vec::new();
    let lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(MAX_PASTED_LINES);
    for (line, order) in lines.zip(first_order..) {
        let title: String = line.chars().take(MAX_TEXT_CHARS).collect();
        let id = TouchpointId(next);
        next = next.checked_add(1)?;
        let card = Touchpoint::new(id, at.stage, at.lane, order, &title);
        new_ids.push(id);
        commands.push(Command::InsertTouchpoint(Box::new(card)));
    }
    Some(Paste {
        command: batch(commands)?,
        cards: new_ids,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Color, Lane, LaneId, LaneKind, PersonaId, Stage, StageId};

    fn map() -> Map {
        let mut m = Map::default();
        for i in 1..=2 {
            m.stages.push(Stage::new(StageId(i), &format!("S{i}")));
            m.lanes.push(Lane {
                id: LaneId(i),
                name: format!("L{i}"),
                kind: LaneKind::Text,
                channel: None,
                color: None,
                persona: None,
            });
        }
        m.personas.push(Persona {
            id: PersonaId(7),
            name: "Gen-Z shopper".into(),
            color: Color::BLACK,
            description: String::new(),
        });
        let mut a = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Ad");
        a.personas = vec![PersonaId(7)];
        m.touchpoints.push(a);
        m.touchpoints.push(Touchpoint::new(
            TouchpointId(2),
            StageId(2),
            LaneId(2),
            0,
            "Store",
        ));
        m.connectors.push(Connector {
            id: ConnectorId(1),
            from: TouchpointId(1),
            to: TouchpointId(2),
            label: "goes".into(),
        });
        m
    }

    #[test]
    fn a_copied_picture_card_keeps_its_picture_only_where_the_map_stores_it() {
        let mut src = map();
        let picture = crate::model::Picture {
            media: crate::model::MediaType::Png,
            width: 2,
            height: 2,
            bytes: crate::app_icon::png(2).unwrap().into(),
        };
        let key = picture.key();
        src.pictures.insert(key.clone(), picture);
        src.touchpoints[0].picture = Some(crate::model::CardPicture::new(key.clone()));
        let text = copy_text(&src, &[TouchpointId(1)]).unwrap();
        let at = Cell {
            stage: StageId(2),
            lane: LaneId(1),
        };
        for (mut dst, keeps) in [(src.clone(), true), (map(), false)] {
            let p = paste(&dst, at, &text).unwrap();
            p.command.apply(&mut dst).unwrap();
            let card = dst.touchpoint(p.cards[0]).unwrap();
            assert_eq!(card.picture.is_some(), keeps);
            assert!(
                dst.problems()
                    .iter()
                    .all(|p| p.item != crate::model::ItemRef::Touchpoint(card.id)),
                "{:?}",
                dst.problems()
            );
        }
    }

    #[test]
    fn copied_cards_paste_with_arrangement_personas_and_arrows() {
        let src = map();
        let text = copy_text(&src, &[TouchpointId(1), TouchpointId(2)]).unwrap();
        let mut dst = map();
        dst.personas[0].id = PersonaId(9);
        dst.touchpoints[0].personas = vec![PersonaId(9)];
        let at = Cell {
            stage: StageId(2),
            lane: LaneId(1),
        };
        let p = paste(&dst, at, &text).unwrap();
        p.command.apply(&mut dst).unwrap();
        assert!(dst.problems().is_empty(), "{:?}", dst.problems());
        let a = dst.touchpoint(p.cards[0]).unwrap();
        assert_eq!(
            (a.stage, a.lane, a.personas.clone()),
            (StageId(2), LaneId(1), vec![PersonaId(9)])
        );
        // The second card was one stage right and one lane down: clamped to the last stage.
        let b = dst.touchpoint(p.cards[1]).unwrap();
        assert_eq!((b.stage, b.lane), (StageId(2), LaneId(2)));
        assert_eq!(dst.connectors.len(), 2);
    }

    #[test]
    fn plain_lines_become_cards() {
        let mut m = map();
        let at = Cell {
            stage: StageId(1),
            lane: LaneId(1),
        };
        let p = paste(&m, at, "Sees ad\n\n  Clicks link \nBuys\n").unwrap();
        p.command.apply(&mut m).unwrap();
        let titles: Vec<_> = m.cards_in(at).iter().map(|t| t.title.clone()).collect();
        assert_eq!(titles, ["Ad", "Sees ad", "Clicks link", "Buys"]);
        assert!(m.problems().is_empty());
        assert!(paste(&m, at, "  \n\n").is_none());
    }

    fn titles_in(m: &Map, stage: usize, lane: usize) -> Vec<String> {
        let cell = Cell {
            stage: m.stages[stage].id,
            lane: m.lanes[lane].id,
        };
        m.cards_in(cell).iter().map(|t| t.title.clone()).collect()
    }

    #[test]
    fn a_spreadsheet_range_fills_the_grid_and_grows_it_in_one_step() {
        let mut m = map();
        let before = m.clone();
        let at = Cell {
            stage: StageId(2),
            lane: LaneId(1),
        };
        // Excel's clipboard: tabs between cells, CRLF between rows, a cell with two lines
        // quoted, an empty cell.
        let text = "Sees ad\t\"Reads reviews\r\nAsks a friend\"\r\n\tBuys\r\n";
        let p = paste(&m, at, text).unwrap();
        let mut history = crate::edit::History::default();
        history.apply(&mut m, p.command).unwrap();
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        // One stage was added on the right for the second column; the rows fit the lanes.
        assert_eq!(m.stages.len(), 3);
        assert_eq!(m.lanes.len(), 2);
        assert_eq!(titles_in(&m, 1, 0), ["Sees ad"]);
        assert_eq!(titles_in(&m, 2, 0), ["Reads reviews", "Asks a friend"]);
        assert_eq!(titles_in(&m, 2, 1), ["Buys"]);
        assert_eq!(p.cards.len(), 4);
        // One undo takes the cards and the new stage away.
        history.undo(&mut m).unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn a_range_below_the_last_lane_adds_lanes() {
        let mut m = map();
        let at = Cell {
            stage: StageId(1),
            lane: LaneId(2),
        };
        let p = paste(&m, at, "a\tb\nc\td\n\te\n").unwrap();
        p.command.apply(&mut m).unwrap();
        assert_eq!((m.stages.len(), m.lanes.len()), (2, 4));
        assert_eq!(titles_in(&m, 0, 2), ["c"]);
        assert_eq!(titles_in(&m, 1, 3), ["e"]);
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        // A range of empty cells pastes nothing.
        assert!(paste(&m, at, "\t\n\t\n").is_none());
    }

    #[test]
    fn emoji_survive_copy_and_paste_whole() {
        // Selectors and joiners included: they draw nothing but are part of what was typed.
        let title = "Launch 🎉🚀✅❤\u{FE0F} 👨\u{200D}👩\u{200D}👧";
        let mut m = map();
        let at = Cell {
            stage: StageId(1),
            lane: LaneId(1),
        };
        let p = paste(&m, at, &format!("{title}\n📱 on the phone\n")).unwrap();
        p.command.apply(&mut m).unwrap();
        let card = m.touchpoint(p.cards[0]).unwrap().clone();
        assert_eq!(card.title.as_str(), title);
        assert_eq!(m.touchpoint(p.cards[1]).unwrap().title, "📱 on the phone");
        let text = copy_text(&m, &[card.id]).unwrap();
        let again = paste(&m, at, &text).unwrap();
        again.command.apply(&mut m).unwrap();
        assert_eq!(m.touchpoint(again.cards[0]).unwrap().title, title);
    }
}
