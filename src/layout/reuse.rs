//! What one layout of a map leaves for the next, so an edit lays out only what it touched.
//!
//! A cell's cards depend only on the cell's place (its stage's left edge and width, its lane's
//! top), the lane's kind and channel, the room kept for markers, and the cards themselves as
//! the view shows them. [`Layout::compute_incremental`](super::Layout::compute_incremental)
//! hashes exactly that per cell; a cell whose hash is the one of the previous layout takes
//! its cards from the previous layout as they are (moved, not copied), every other cell is laid
//! out again. Cards are placed by the same code either way, so the result is the full layout's
//! to the bit (a property test checks it after random edits).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use super::{CardBox, Change, ConnectorPath, LaneBox, StageBox};
use crate::geom::Rect;
use crate::model::{Cell, ConnectorId, Map, Touchpoint, TouchpointId};

/// Kept between layouts of one map: the hash of every cell's inputs and the height it needs,
/// and which cards the last layout took over unchanged.
#[derive(Debug, Default)]
pub struct LayoutMemo {
    /// What every layout input outside the cells was (personas, language, options).
    pub(super) global: u64,
    /// Per cell: the hash of its inputs and the lane height it asks for.
    pub(super) cells: HashMap<Cell, (u64, f32)>,
    /// Per arrow: the hash of its inputs (its ends, its place in the list, its label).
    pub(super) connectors: HashMap<ConnectorId, u64>,
    /// The cards the last layout took from the one before, unchanged, sorted.
    reused: Vec<TouchpointId>,
}

impl LayoutMemo {
    /// Whether the last layout took this card over from the one before it unchanged: same
    /// place, same words, same everything the map says of it (so whatever was drawn of it can
    /// be kept too).
    pub fn reused(&self, id: TouchpointId) -> bool {
        self.reused.binary_search(&id).is_ok()
    }

    pub(super) fn set_reused(&mut self, mut ids: Vec<TouchpointId>) {
        ids.sort_unstable();
        self.reused = ids;
    }
}

/// The cards of the previous layout, to be taken over cell by cell.
pub(super) struct Previous {
    ids: Vec<TouchpointId>,
    cards: Vec<Option<CardBox>>,
    cells: HashMap<Cell, (u64, f32)>,
    /// The arrows, with the hash of their inputs.
    pub connectors: HashMap<ConnectorId, (u64, ConnectorPath)>,
    /// The stage and lane boxes the arrows were routed along.
    pub stages: Vec<StageBox>,
    pub lanes: Vec<LaneBox>,
    /// Cards taken over so far.
    pub taken: Vec<TouchpointId>,
}

impl Previous {
    /// What `layout` (the previous one) and its memo leave for the next layout.
    pub fn new(layout: super::Layout, memo: &mut LayoutMemo) -> Self {
        let mut keys = std::mem::take(&mut memo.connectors);
        let connectors = layout
            .connectors
            .into_iter()
            .filter_map(|c| Some((c.id, (keys.remove(&c.id)?, c))))
            .collect();
        Self {
            ids: layout.cards.iter().map(|c| c.id).collect(),
            cards: layout.cards.into_iter().map(Some).collect(),
            cells: std::mem::take(&mut memo.cells),
            connectors,
            stages: layout.stages,
            lanes: layout.lanes,
            taken: Vec::new(),
        }
    }

    /// Where cards may have changed: the outlines of the previous cards not taken over and of
    /// the new cards that were laid out again.
    pub fn changed_rects(&self, cards: &[CardBox]) -> Vec<Rect> {
        let mut taken = self.taken.clone();
        taken.sort_unstable();
        let old = self.cards.iter().flatten().map(|c| c.rect);
        let new = cards
            .iter()
            .filter(|c| taken.binary_search(&c.id).is_err())
            .map(|c| c.rect);
        old.chain(new).collect()
    }

    /// The lane height the cell asked for last time, if its inputs hash the same.
    pub fn cell(&self, cell: Cell, key: u64) -> Option<f32> {
        self.cells
            .get(&cell)
            .filter(|(k, _)| *k == key)
            .map(|(_, h)| *h)
    }

    /// Takes the cards of a cell, in the given order; `None` (and nothing taken) unless the
    /// previous layout holds every one of them.
    pub fn take(
        &mut self,
        ids: impl Iterator<Item = TouchpointId> + Clone,
    ) -> Option<Vec<CardBox>> {
        let at = |id: TouchpointId| self.ids.binary_search(&id).ok();
        if ids
            .clone()
            .any(|id| at(id).is_none_or(|i| self.cards[i].is_none()))
        {
            return None;
        }
        let mut out = Vec::new();
        for id in ids {
            let i = at(id)?;
            out.push(self.cards[i].take()?);
            self.taken.push(id);
        }
        Some(out)
    }
}

/// A hasher for layout inputs.
pub(super) fn hasher() -> DefaultHasher {
    DefaultHasher::new()
}

/// What the whole map contributes to every cell: its language, personas (badges, filter) and
/// unresolved merge conflicts (a card's conflict line).
pub(super) fn global_key(map: &Map, options: &super::LayoutOptions) -> u64 {
    let mut h = hasher();
    map.language.hash(&mut h);
    for p in &map.personas {
        (p.id, &p.name, p.color).hash(&mut h);
    }
    if !map.conflicts.is_empty() {
        format!("{:?}", map.conflicts).hash(&mut h);
    }
    format!("{options:?}").hash(&mut h);
    h.finish()
}

/// Feeds everything of a card that its box and its drawing depend on.
/// `raw` is the card as the map holds it when the view shows other values (the future view):
/// the drawing names the card by its own title.
pub(super) fn card_key(
    h: &mut DefaultHasher,
    t: &Touchpoint,
    raw: Option<&Touchpoint>,
    change: &Option<Change>,
    note: Option<&Option<u32>>,
) {
    (
        t.id,
        t.order,
        &t.title,
        &t.customer_action,
        &t.personas,
        &t.owner,
    )
        .hash(h);
    if let Some(raw) = raw {
        (&raw.title, &raw.owner, raw.color).hash(h);
    }
    (
        t.emotion,
        t.reached,
        t.converted,
        t.color,
        t.channel,
        t.state,
    )
        .hash(h);
    for e in &t.persona_emotions {
        (e.persona, e.score).hash(h);
    }
    change.hash(h);
    note.hash(h);
}
