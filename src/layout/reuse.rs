//! What one layout of a map leaves for the next, so an edit lays out only what it touched.
//!
//! A cell's cards depend only on the cell's place (its stage's left edge and width; its lane's
//! top only shifts them), the lane's kind and channel, the room kept for markers, and the
//! cards themselves as the view shows them.
//! [`Layout::compute_incremental`](super::Layout::compute_incremental) hashes exactly that per
//! cell; a cell whose hash is the one of the previous layout takes its cards from the previous
//! layout (moved, not copied), shifted down or up by as much as its lane's top moved, and every
//! other cell is laid out again, where a card whose own key ([`CardBox::key`]: the same hash
//! without its top) is unchanged is moved to its new top rather than laid out (the cards below
//! one that grew). Every vertical offset of a card is a multiple of
//! [`GRID`](super::GRID), so the shift is exact and the result is the full layout's to the bit
//! (a property test checks it after random edits). Arrows whose ends and lanes all moved by the
//! same amount are shifted the same way instead of routed again.

use std::hash::{BuildHasher, Hash, Hasher};

/// The hasher of layout inputs: foldhash with a fixed seed (fast; the same in every run).
pub(super) type InputHasher = foldhash::fast::FoldHasher<'static>;

use super::FastMap;
use super::{CardBox, Change, ConnectorPath, LaneBox, StageBox};
use crate::geom::Rect;
use crate::model::{Cell, ConnectorId, Map, Touchpoint, TouchpointId};

/// Kept between layouts of one map: the hash of every cell's inputs and the height it needs,
/// and which cards the last layout took over unchanged.
#[derive(Debug, Default)]
pub struct LayoutMemo {
    /// What every layout input outside the cells was (personas, language, options).
    pub(super) global: u64,
    /// Per cell: the hash of its inputs, the lane height it asks for and the lane's top.
    pub(super) cells: FastMap<Cell, (u64, f32, f32)>,
    /// Per arrow: the hash of its inputs (its ends relative to each other, its place in the
    /// list, its label) and the top of its first card.
    pub(super) connectors: FastMap<ConnectorId, (u64, f32)>,
    /// The cards the last layout took from the one before, unchanged but for a shift down
    /// (or up) by the given amount, sorted by id.
    reused: Vec<(TouchpointId, f32)>,
    /// The lanes whose every cell the last layout took from the one before (their cards are
    /// as they were, shifted with their lane at most).
    pub(super) kept_lanes: Vec<crate::model::LaneId>,
    /// How many arrows the last layout routed anew (the others it kept, shifted at most).
    pub(super) routed: usize,
}

impl LayoutMemo {
    /// Whether the last layout took this card over from the one before it unchanged: same
    /// place, same words, same everything the map says of it (so whatever was drawn of it can
    /// be kept too).
    pub fn reused(&self, id: TouchpointId) -> bool {
        self.shift_of(id) == Some(0.0)
    }

    /// Whether the last layout took this card over from the one before it unchanged but for
    /// a vertical shift, and by how much (whatever was drawn of it can be kept, shifted).
    pub fn shift_of(&self, id: TouchpointId) -> Option<f32> {
        let i = self.reused.binary_search_by_key(&id, |r| r.0).ok()?;
        Some(self.reused[i].1)
    }

    /// How many arrows the last layout routed anew; it kept the others (shifted at most).
    pub fn arrows_routed(&self) -> usize {
        self.routed
    }

    /// Whether the last layout took every cell of this lane from the one before: the lane's
    /// cards, their order and their places relative to the lane are as they were.
    pub fn lane_kept(&self, lane: crate::model::LaneId) -> bool {
        self.kept_lanes.contains(&lane)
    }

    pub(super) fn set_reused(&mut self, mut ids: Vec<(TouchpointId, f32)>) {
        ids.sort_unstable_by_key(|r| r.0);
        self.reused = ids;
    }
}

/// The cards of one cell that changed (old outlines and new), with the box around them all.
#[derive(Debug, Default)]
pub(super) struct Changed {
    around: Option<Rect>,
    /// Sorted by top ([`Changed::sort`]).
    cards: Vec<Rect>,
    /// The tallest of them.
    tallest: f32,
}

impl Changed {
    /// Sorts the outlines by their tops, for [`any_changed_in`] to search.
    fn sort(&mut self) {
        self.cards.sort_unstable_by(|a, b| a.y.total_cmp(&b.y));
        self.tallest = self.cards.iter().map(|c| c.h).fold(0.0, f32::max);
    }
}

/// Whether any changed card overlaps `r`: the cells' boxes first, their cards only where a box
/// does, and of those only the ones whose tops are near enough to `r` to reach it (a cell of
/// a large map holds hundreds of cards, and every card below a moved one moved too; an
/// arrow's label checks a few boxes).
pub(super) fn any_changed_in(changed: &[Changed], r: &Rect) -> bool {
    changed.iter().any(|c| {
        if !c.around.is_some_and(|a| a.intersects(r)) {
            return false;
        }
        let from = c.cards.partition_point(|card| card.y + c.tallest < r.y);
        c.cards[from..]
            .iter()
            .take_while(|card| card.y <= r.bottom())
            .any(|card| card.intersects(r))
    })
}

/// The cards of the previous layout, to be taken over cell by cell.
pub(super) struct Previous {
    /// Sorted by id, as every layout keeps them.
    cards: Vec<CardBox>,
    /// Their ids, in the same order: searched without touching the (large) boxes.
    ids: Vec<TouchpointId>,
    /// Which of them a cell has taken over, and how far it shifts them.
    kept: Vec<Option<f32>>,
    /// Which of the kept ones moved within a cell that was laid out again (by their index, with
    /// the move): unlike a cell moved with its lane, they leave their old place and take a new
    /// one.
    moved: Vec<(usize, f32)>,
    cells: FastMap<Cell, (u64, f32, f32)>,
    /// The arrows, with the hash of their inputs and the top of their first card.
    pub connectors: FastMap<ConnectorId, ((u64, f32), ConnectorPath)>,
    /// The stage and lane boxes the arrows were routed along.
    pub stages: Vec<StageBox>,
    pub lanes: Vec<LaneBox>,
    /// Where cards may have changed ([`Previous::merge`] fills it): the outlines of the
    /// previous cards not taken over and of the cards laid out again.
    pub changed: Vec<Changed>,
    /// Cards taken over, with their shift.
    pub taken: Vec<(TouchpointId, f32)>,
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
            kept: vec![None; layout.cards.len()],
            moved: Vec::new(),
            ids: layout.cards.iter().map(|c| c.id).collect(),
            cards: layout.cards,
            cells: std::mem::take(&mut memo.cells),
            connectors,
            stages: layout.stages,
            lanes: layout.lanes,
            changed: Vec::new(),
            taken: Vec::new(),
        }
    }

    /// The lane height the cell asked for last time and the lane's top then, if its inputs
    /// hash the same.
    pub fn cell(&self, cell: Cell, key: u64) -> Option<(f32, f32)> {
        self.cells
            .get(&cell)
            .filter(|(k, ..)| *k == key)
            .map(|(_, h, top)| (*h, *top))
    }

    /// Keeps the cards of a cell, to be shifted by `dy`; false (and nothing kept) unless the
    /// previous layout holds every one of them.
    pub fn take(&mut self, ids: impl Iterator<Item = TouchpointId> + Clone, dy: f32) -> bool {
        let at = |id: TouchpointId| self.ids.binary_search(&id).ok();
        if ids
            .clone()
            .any(|id| at(id).is_none_or(|i| self.kept[i].is_some()))
        {
            return false;
        }
        for id in ids {
            if let Some(i) = at(id) {
                self.kept[i] = Some(dy);
                self.taken.push((id, dy));
            }
        }
        true
    }

    /// Keeps a card of a cell laid out again whose box had this key (what it depends on but its
    /// top), moved to `top`; its height, or `None` (and nothing kept) if the previous layout
    /// has no such box not yet taken.
    pub fn take_with_key(&mut self, id: TouchpointId, key: u64, top: f32) -> Option<f32> {
        let i = self.ids.binary_search(&id).ok()?;
        let card = &self.cards[i];
        if key == 0 || card.key != key || self.kept[i].is_some() {
            return None;
        }
        let dy = top - card.rect.y;
        self.kept[i] = Some(dy);
        self.taken.push((id, dy));
        self.moved.push((i, dy));
        Some(card.rect.h)
    }

    /// The kept cards and the `fresh` ones (sorted by id) in one list sorted by id; notes
    /// where cards changed, cell by cell.
    pub fn merge(&mut self, fresh: Vec<CardBox>) -> Vec<CardBox> {
        let mut changed: FastMap<Cell, Changed> = FastMap::default();
        let mut note = |cell: Cell, rect: Rect| {
            let c = changed.entry(cell).or_default();
            c.around = Some(c.around.map_or(rect, |a| a.union(&rect)));
            c.cards.push(rect);
        };
        fresh.iter().for_each(|card| note(card.cell, card.rect));
        // A card moved within its cell leaves its old place and takes a new one.
        for &(i, dy) in &self.moved {
            let card = &self.cards[i];
            if dy != 0.0 {
                note(card.cell, card.rect);
                note(
                    card.cell,
                    Rect {
                        y: card.rect.y + dy,
                        ..card.rect
                    },
                );
            }
        }
        let mut out = Vec::with_capacity(self.taken.len() + fresh.len());
        let mut fresh = fresh.into_iter().peekable();
        for (mut card, kept) in std::mem::take(&mut self.cards).into_iter().zip(&self.kept) {
            let Some(dy) = *kept else {
                note(card.cell, card.rect);
                continue;
            };
            while let Some(f) = fresh.next_if(|f| f.id < card.id) {
                out.push(f);
            }
            if dy != 0.0 {
                card.shift_y(dy);
            }
            out.push(card);
        }
        out.extend(fresh);
        self.changed = changed.into_values().collect();
        self.changed.iter_mut().for_each(Changed::sort);
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

    /// A card further down a cell that changed keeps its box, moved by as much as the card
    /// above it grew: retitling one card lays out that card alone.
    #[test]
    fn retitling_a_card_lays_out_that_card_only() {
        let mut map = synthetic_map(2_000);
        let options = LayoutOptions::default();
        let texts = TextCache::default();
        let mut memo = LayoutMemo::default();
        let first = Layout::compute_incremental(&map, &options, &texts, &mut memo, None);
        let id = map.touchpoints[500].id;
        let cell = first.card(id).map(|c| c.cell).unwrap();
        let top = first.card(id).unwrap().rect.y;
        // Long enough to take more lines: the cards below it in its cell move down.
        map.touchpoints[500]
            .title
            .push_str(" and a good many more words than before");
        let next = Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(first));
        assert_eq!(next, Layout::compute_with(&map, &options));
        let fresh: Vec<TouchpointId> = next
            .cards
            .iter()
            .filter(|c| memo.shift_of(c.id).is_none())
            .filter(|c| c.style != crate::layout::CardStyle::Emotion)
            .map(|c| c.id)
            .collect();
        assert_eq!(fresh, vec![id]);
        let below = next
            .cards
            .iter()
            .filter(|c| c.cell == cell && c.rect.y > top)
            .collect::<Vec<_>>();
        assert!(!below.is_empty(), "no card below the retitled one");
        assert!(
            below
                .iter()
                .all(|c| memo.shift_of(c.id).is_some_and(|dy| dy > 0.0)),
            "the cards below did not move down"
        );
    }

    /// The search through a cell's sorted outlines finds what looking at every one finds.
    #[test]
    fn changed_cards_are_found_as_by_looking_at_each() {
        let mut seed = 0x9E37_79B9_u32;
        let mut next = |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed % n) as f32
        };
        for _ in 0..20 {
            let mut c = Changed::default();
            for _ in 0..60 {
                let r = Rect::new(next(300), next(3000), 20.0 + next(200), 10.0 + next(150));
                c.around = Some(c.around.map_or(r, |a| a.union(&r)));
                c.cards.push(r);
            }
            let all = c.cards.clone();
            c.sort();
            let cells = [c];
            for _ in 0..200 {
                let r = Rect::new(next(400), next(3200), next(120), next(120));
                let naive = all.iter().any(|card| card.intersects(&r));
                assert_eq!(any_changed_in(&cells, &r), naive, "{r:?}");
            }
        }
    }

    /// A card added to the top lane makes it taller: the lanes below keep their cards and
    /// arrows, shifted down, rather than being laid out and routed again, and the result is
    /// the full layout's.
    #[test]
    fn a_taller_lane_shifts_the_lanes_below_it() {
        let mut map = synthetic_map(2_000);
        let options = LayoutOptions::default();
        let texts = TextCache::default();
        let mut memo = LayoutMemo::default();
        let first = Layout::compute_incremental(&map, &options, &texts, &mut memo, None);
        let top = first.lanes[0].id;
        // The top lane's tallest cell gets one more card.
        let tallest = first
            .cards
            .iter()
            .filter(|c| c.cell.lane == top)
            .max_by(|a, b| a.rect.bottom().total_cmp(&b.rect.bottom()))
            .map(|c| c.cell)
            .unwrap();
        let id = map.next_touchpoint_id();
        let order = map.cell_len(tallest);
        map.touchpoints.push(crate::model::Touchpoint::new(
            id,
            tallest.stage,
            tallest.lane,
            order,
            "One more card",
        ));
        let before_top = first.lanes[1].row.y;
        let arrows = first.connectors.len();
        let next = Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(first));
        assert!(
            next.lanes[1].row.y > before_top,
            "the top lane did not grow"
        );
        assert_eq!(next, Layout::compute_with(&map, &options));
        let below = next.cards.iter().filter(|c| c.cell.lane != top);
        let shifted = below
            .clone()
            .filter(|c| memo.shift_of(c.id).is_some_and(|dy| dy > 0.0))
            .count();
        let emotion = below
            .filter(|c| c.style == crate::layout::CardStyle::Emotion)
            .count();
        let in_top = next.cards.iter().filter(|c| c.cell.lane == top).count();
        assert_eq!(shifted, next.cards.len() - in_top - emotion);
        assert!(
            memo.arrows_routed() < arrows / 2,
            "{} of {arrows} arrows routed again",
            memo.arrows_routed()
        );
    }
}
