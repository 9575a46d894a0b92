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
use std::hash::{BuildHasher, Hash, Hasher};

/// The hasher of layout inputs: foldhash with a fixed seed (fast; the same in every run).
pub(super) type InputHasher = foldhash::fast::FoldHasher<'static>;

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
    /// Sorted by id, as every layout keeps them.
    cards: Vec<CardBox>,
    /// Which of them a cell has taken over.
    kept: Vec<bool>,
    cells: HashMap<Cell, (u64, f32)>,
    /// The arrows, with the hash of their inputs.
    pub connectors: HashMap<ConnectorId, (u64, ConnectorPath)>,
    /// The stage and lane boxes the arrows were routed along.
    pub stages: Vec<StageBox>,
    pub lanes: Vec<LaneBox>,
    /// Where cards may have changed ([`Previous::merge`] fills it): the outlines of the
    /// previous cards not taken over and of the cards laid out again.
    pub changed: Vec<Rect>,
    /// Cards taken over.
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
            kept: vec![false; layout.cards.len()],
            cards: layout.cards,
            cells: std::mem::take(&mut memo.cells),
            connectors,
            stages: layout.stages,
            lanes: layout.lanes,
            changed: Vec::new(),
            taken: Vec::new(),
        }
    }

    /// The lane height the cell asked for last time, if its inputs hash the same.
    pub fn cell(&self, cell: Cell, key: u64) -> Option<f32> {
        self.cells
            .get(&cell)
            .filter(|(k, _)| *k == key)
            .map(|(_, h)| *h)
    }

    /// Keeps the cards of a cell; false (and nothing kept) unless the previous layout holds
    /// every one of them.
    pub fn take(&mut self, ids: impl Iterator<Item = TouchpointId> + Clone) -> bool {
        let at = |id: TouchpointId| self.cards.binary_search_by_key(&id, |c| c.id).ok();
        if ids.clone().any(|id| at(id).is_none_or(|i| self.kept[i])) {
            return false;
        }
        for id in ids {
            if let Some(i) = at(id) {
                self.kept[i] = true;
                self.taken.push(id);
            }
        }
        true
    }

    /// The kept cards and the `fresh` ones (sorted by id) in one list sorted by id; notes
    /// where cards changed.
    pub fn merge(&mut self, fresh: Vec<CardBox>) -> Vec<CardBox> {
        self.changed = fresh.iter().map(|c| c.rect).collect();
        let mut out = Vec::with_capacity(self.taken.len() + fresh.len());
        let mut fresh = fresh.into_iter().peekable();
        for (card, kept) in std::mem::take(&mut self.cards).into_iter().zip(&self.kept) {
            if !kept {
                self.changed.push(card.rect);
                continue;
            }
            while let Some(f) = fresh.next_if(|f| f.id < card.id) {
                out.push(f);
            }
            out.push(card);
        }
        out.extend(fresh);
        out
    }
}

/// A hasher for layout inputs.
pub(super) fn hasher() -> InputHasher {
    foldhash::fast::FixedState::default().build_hasher()
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
    h: &mut InputHasher,
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

/// Feeds a card's picture: its key, alt text and aspect, and the stored picture it shows (or
/// that there is none), which decides its frame's height, its crop and whether the placeholder
/// shows. The store's bytes are never changed in place, so their address and length stand for
/// them.
pub(super) fn picture_key(h: &mut InputHasher, t: &Touchpoint, pictures: &crate::model::Pictures) {
    let Some(p) = &t.picture else {
        return;
    };
    (&p.key, &p.alt, p.aspect).hash(h);
    pictures
        .get(&p.key)
        .map(|s| (s.media, s.width, s.height, s.bytes.as_ptr(), s.bytes.len()))
        .hash(h);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Layout, LayoutOptions, text::TextCache};
    use crate::model::synthetic_map;

    #[test]
    fn retitling_a_card_lays_out_its_cell_only() {
        let mut map = synthetic_map(2_000);
        let options = LayoutOptions::default();
        let texts = TextCache::default();
        let mut memo = LayoutMemo::default();
        let first = Layout::compute_incremental(&map, &options, &texts, &mut memo, None);
        let id = map.touchpoints[500].id;
        let cell = first.card(id).map(|c| c.cell);
        map.touchpoints[500].title.push('!');
        let next = Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(first));
        let kept = next.cards.iter().filter(|c| memo.reused(c.id)).count();
        let in_cell = next.cards.iter().filter(|c| Some(c.cell) == cell).count();
        // Emotion cards are placed along their lane's curve, always afresh.
        let emotion = next
            .cards
            .iter()
            .filter(|c| c.style == crate::layout::CardStyle::Emotion)
            .count();
        assert_eq!(kept, next.cards.len() - in_cell - emotion);
    }
}
