//! The map's invariants, as a list of named problems rather than a panic.
//!
//! The file loader reports these to the user; property tests assert the list is empty after
//! every command. This module never repairs anything (see [`Map::normalize`] for that).

use std::collections::HashSet;
use std::hash::Hash;

use super::{ConnectorId, LaneId, Map, PersonaId, StageId, TouchpointId};

/// Largest number of cards a map may hold.
pub const MAX_TOUCHPOINTS: usize = 100_000;
/// Largest number of stages, lanes or personas a map may hold.
pub const MAX_COLUMNS_OR_ROWS: usize = 1_000;
/// Largest number of connectors a map may hold.
pub const MAX_CONNECTORS: usize = 100_000;
/// Longest text (in characters) any field may hold.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most entries a list field of a card (personas, campaigns, tags) may hold.
pub const MAX_LIST_LEN: usize = 1_000;
/// Narrowest and widest a stage may be, in map units.
pub const STAGE_WIDTH_RANGE: std::ops::RangeInclusive<f32> = 60.0..=4_000.0;
/// Lowest and highest emotion score.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// The item of a map a problem is about, so a file loader can point at its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemRef {
    /// The map itself (title, description, counts).
    Map,
    /// A stage.
    Stage(StageId),
    /// A lane.
    Lane(LaneId),
    /// A card.
    Touchpoint(TouchpointId),
    /// A persona.
    Persona(PersonaId),
    /// A connector.
    Connector(ConnectorId),
}

/// One broken invariant, worded for the person who wrote the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What the problem is about.
    pub item: ItemRef,
    /// What is wrong and what to do.
    pub message: String,
}

impl Map {
    /// Every broken invariant of the map; empty when the map is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |item: ItemRef, message: String| out.push(Problem { item, message });

        let counts = [
            ("stages", self.stages.len(), MAX_COLUMNS_OR_ROWS),
            ("lanes", self.lanes.len(), MAX_COLUMNS_OR_ROWS),
            ("personas", self.personas.len(), MAX_COLUMNS_OR_ROWS),
            ("touchpoints", self.touchpoints.len(), MAX_TOUCHPOINTS),
            ("connectors", self.connectors.len(), MAX_CONNECTORS),
        ];
        for (what, n, max) in counts {
            if n > max {
                push(
                    ItemRef::Map,
                    format!("the map has {n} {what}; Trailmap opens at most {max}"),
                );
            }
        }
        text_problems(ItemRef::Map, "title", &self.title, &mut push);
        text_problems(ItemRef::Map, "description", &self.description, &mut push);
        if self.language.len() > 35 {
            push(
                ItemRef::Map,
                "the language must be a short tag such as \"en\" or \"de\"".to_owned(),
            );
        }

        for id in duplicates(self.stages.iter().map(|s| s.id)) {
            push(
                ItemRef::Stage(id),
                format!("{id} is defined more than once"),
            );
        }
        for id in duplicates(self.lanes.iter().map(|s| s.id)) {
            push(ItemRef::Lane(id), format!("{id} is defined more than once"));
        }
        for id in duplicates(self.personas.iter().map(|s| s.id)) {
            push(
                ItemRef::Persona(id),
                format!("{id} is defined more than once"),
            );
        }
        for id in duplicates(self.touchpoints.iter().map(|s| s.id)) {
            push(
                ItemRef::Touchpoint(id),
                format!("{id} is defined more than once"),
            );
        }
        for id in duplicates(self.connectors.iter().map(|s| s.id)) {
            push(
                ItemRef::Connector(id),
                format!("{id} is defined more than once"),
            );
        }

        for s in &self.stages {
            let item = ItemRef::Stage(s.id);
            text_problems(item, "name", &s.name, &mut push);
            text_problems(item, "description", &s.description, &mut push);
            if let Some(w) = s.width
                && (!w.is_finite() || !STAGE_WIDTH_RANGE.contains(&w))
            {
                push(
                    item,
                    format!(
                        "{} “{}” has width {w}; a width must be between {} and {}",
                        s.id,
                        short(&s.name),
                        STAGE_WIDTH_RANGE.start(),
                        STAGE_WIDTH_RANGE.end()
                    ),
                );
            }
        }
        for l in &self.lanes {
            text_problems(ItemRef::Lane(l.id), "name", &l.name, &mut push);
        }
        for p in &self.personas {
            let item = ItemRef::Persona(p.id);
            text_problems(item, "name", &p.name, &mut push);
            text_problems(item, "description", &p.description, &mut push);
        }

        let stage_ids: HashSet<StageId> = self.stages.iter().map(|s| s.id).collect();
        let lane_ids: HashSet<LaneId> = self.lanes.iter().map(|s| s.id).collect();
        let persona_ids: HashSet<PersonaId> = self.personas.iter().map(|s| s.id).collect();
        let card_ids: HashSet<TouchpointId> = self.touchpoints.iter().map(|s| s.id).collect();

        if !self.touchpoints.windows(2).all(|w| w[0].id < w[1].id) {
            push(
                ItemRef::Map,
                "touchpoints are not sorted by id (internal invariant)".to_owned(),
            );
        }
        let mut orders: std::collections::HashMap<(StageId, LaneId), Vec<u32>> =
            std::collections::HashMap::new();
        for t in &self.touchpoints {
            let item = ItemRef::Touchpoint(t.id);
            let name = format!("{} “{}”", t.id, short(&t.title));
            if !stage_ids.contains(&t.stage) {
                push(
                    item,
                    format!("{name} is in {}, which does not exist", t.stage),
                );
            }
            if !lane_ids.contains(&t.lane) {
                push(
                    item,
                    format!("{name} is in {}, which does not exist", t.lane),
                );
            }
            for p in &t.personas {
                if !persona_ids.contains(p) {
                    push(item, format!("{name} names {p}, which does not exist"));
                }
            }
            for (field, text) in [
                ("title", &t.title),
                ("customer_action", &t.customer_action),
                ("business_response", &t.business_response),
                ("owner", &t.owner),
                ("notes", &t.notes),
            ] {
                text_problems(item, field, text, &mut push);
            }
            for (field, list) in [("campaigns", &t.campaigns), ("tags", &t.tags)] {
                if list.len() > MAX_LIST_LEN {
                    push(
                        item,
                        format!("{name} has {} {field}; at most {MAX_LIST_LEN}", list.len()),
                    );
                }
                for text in list {
                    text_problems(item, field, text, &mut push);
                }
            }
            if t.personas.len() > MAX_LIST_LEN {
                push(item, format!("{name} names too many personas"));
            }
            if let Some(e) = t.emotion
                && !EMOTION_RANGE.contains(&e)
            {
                push(
                    item,
                    format!("{name} has emotion {e}; a score must be from -2 to +2"),
                );
            }
            for pe in &t.persona_emotions {
                if !persona_ids.contains(&pe.persona) {
                    push(
                        item,
                        format!("{name} scores {}, which does not exist", pe.persona),
                    );
                }
                if !EMOTION_RANGE.contains(&pe.score) {
                    push(
                        item,
                        format!(
                            "{name} has emotion {} for {}; a score must be from -2 to +2",
                            pe.score, pe.persona
                        ),
                    );
                }
            }
            if let Some(f) = &t.future {
                if let Some(e) = f.emotion
                    && !EMOTION_RANGE.contains(&e)
                {
                    push(
                        item,
                        format!("{name} has future emotion {e}; a score must be from -2 to +2"),
                    );
                }
                for (field, text) in [
                    ("future title", &f.title),
                    ("future customer_action", &f.customer_action),
                    ("future business_response", &f.business_response),
                    ("future owner", &f.owner),
                ] {
                    if let Some(text) = text {
                        text_problems(item, field, text, &mut push);
                    }
                }
                if let Some(list) = &f.campaigns {
                    if list.len() > MAX_LIST_LEN {
                        push(item, format!("{name} has too many future campaigns"));
                    }
                    for text in list {
                        text_problems(item, "future campaigns", text, &mut push);
                    }
                }
            }
            orders.entry((t.stage, t.lane)).or_default().push(t.order);
        }
        for ((stage, lane), mut list) in orders {
            list.sort_unstable();
            if list.iter().enumerate().any(|(i, &o)| o as usize != i) {
                push(
                    ItemRef::Map,
                    format!(
                        "the cards in the cell of {stage} and {lane} are not numbered 0..{} \
                         (internal invariant)",
                        list.len()
                    ),
                );
            }
        }
        for c in &self.connectors {
            let item = ItemRef::Connector(c.id);
            text_problems(item, "label", &c.label, &mut push);
            for end in [c.from, c.to] {
                if !card_ids.contains(&end) {
                    push(
                        item,
                        format!("{} points at {end}, which does not exist", c.id),
                    );
                }
            }
            if c.from == c.to {
                push(item, format!("{} starts and ends at {}", c.id, c.from));
            }
        }
        out
    }
}

fn text_problems(item: ItemRef, field: &str, text: &str, push: &mut impl FnMut(ItemRef, String)) {
    // Counting chars of a huge string is cheap next to having parsed it.
    let n = text.chars().count();
    if n > MAX_TEXT_CHARS {
        push(
            item,
            format!("{field} has {n} characters; at most {MAX_TEXT_CHARS} are allowed"),
        );
    }
}

fn duplicates<T: Copy + Eq + Hash>(ids: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut dup = Vec::new();
    for id in ids {
        if !seen.insert(id) && !dup.contains(&id) {
            dup.push(id);
        }
    }
    dup
}

/// The first few words of a text, for naming an item in a message.
pub fn short(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}

impl Map {
    /// Repairs what a hand-edited file may get wrong without losing anything: sorts cards by id
    /// and renumbers the cards of each cell `0..n`, keeping their relative order.
    pub fn normalize(&mut self) {
        self.touchpoints.sort_by_key(|t| t.id);
        let mut cells: std::collections::HashMap<(StageId, LaneId), Vec<(u32, TouchpointId)>> =
            std::collections::HashMap::new();
        for t in &self.touchpoints {
            cells
                .entry((t.stage, t.lane))
                .or_default()
                .push((t.order, t.id));
        }
        for (_, mut list) in cells {
            list.sort_unstable();
            for (new_order, (_, id)) in list.into_iter().enumerate() {
                if let Some(i) = self.touchpoint_index(id) {
                    self.touchpoints[i].order = u32::try_from(new_order).unwrap_or(u32::MAX);
                }
            }
        }
    }
}
