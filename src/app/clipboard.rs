//! Copy and paste of cards as text, so cards move between maps (and windows) through the system
//! clipboard: copied cards are RON; pasted plain text (lines from a spreadsheet or notes) becomes
//! one card per line.
//!
//! Pure functions: the app puts the text on the clipboard and applies the returned command.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::edit::Command;
use crate::model::{
    Cell, Connector, ConnectorId, MAX_TEXT_CHARS, Map, Persona, Touchpoint, TouchpointId,
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
/// arrangement (clamped to the map's edges); any other text makes one card per non-empty line.
pub fn paste(map: &Map, at: Cell, text: &str) -> Option<Paste> {
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    match options.from_str::<Clip>(text) {
        Ok(clip) if clip.trailmap_cards == CLIP_FORMAT => paste_cards(map, at, clip),
        _ => paste_lines(map, at, text),
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
        // A spreadsheet row pastes as tab-separated cells: the first is the title.
        let title: String = line
            .split('\t')
            .next()
            .unwrap_or(line)
            .chars()
            .take(MAX_TEXT_CHARS)
            .collect();
        let id = TouchpointId(next);
        next = next.checked_add(1)?;
        let mut card = Touchpoint::new(id, at.stage, at.lane, order, title.trim());
        if let Some(rest) = line.split_once('\t').map(|(_, r)| r.trim()) {
            card.customer_action = rest.replace('\t', " ");
        }
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
        let p = paste(&m, at, "Sees ad\n\n  Clicks link\t curious \nBuys\n").unwrap();
        p.command.apply(&mut m).unwrap();
        let titles: Vec<_> = m.cards_in(at).iter().map(|t| t.title.clone()).collect();
        assert_eq!(titles, ["Ad", "Sees ad", "Clicks link", "Buys"]);
        assert!(m.problems().is_empty());
        assert!(paste(&m, at, "  \n\n").is_none());
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
        let p = paste(&m, at, &format!("{title}\t📱 on the phone\n")).unwrap();
        p.command.apply(&mut m).unwrap();
        let card = m.touchpoint(p.cards[0]).unwrap().clone();
        assert_eq!(
            (card.title.as_str(), card.customer_action.as_str()),
            (title, "📱 on the phone")
        );
        let text = copy_text(&m, &[card.id]).unwrap();
        let again = paste(&m, at, &text).unwrap();
        again.command.apply(&mut m).unwrap();
        assert_eq!(m.touchpoint(again.cards[0]).unwrap().title, title);
    }
}
