//! The merged order of a list (stages, lanes, personas, connectors, the cards of one cell).
//!
//! One side's order is the skeleton: ours, unless only theirs reordered what both had. The
//! other side's items the skeleton lacks go right after their nearest predecessor on that side
//! (or first, when nothing of theirs precedes them), so a card they added under another keeps
//! its place.

use std::collections::{HashMap, HashSet};

use crate::model::{Item, LaneId, Map, StageId};

/// Sorts `items` (the merged set) into the merged order of the three sides' lists.
pub(super) fn order_items<T: Item>(items: &mut [T], base: &[T], ours: &[T], theirs: &[T]) {
    let numbers = |list: &[T]| list.iter().map(Item::number).collect::<Vec<u32>>();
    let keep: HashSet<u32> = items.iter().map(Item::number).collect();
    let order = merge_sequence(&numbers(base), &numbers(ours), &numbers(theirs), &keep);
    let rank: HashMap<u32, usize> = order.into_iter().enumerate().map(|(i, n)| (n, i)).collect();
    items.sort_by_key(|x| rank.get(&x.number()).copied().unwrap_or(usize::MAX));
}

/// Gives every card of the merged map its `order` within its cell, from the merged order of
/// that cell on the three sides.
pub(super) fn order_cells(map: &mut Map, base: &Map, ours: &Map, theirs: &Map) {
    type Cells = HashMap<(StageId, LaneId), Vec<(u32, u32)>>;
    let cells = |m: &Map| -> Cells {
        let mut cells: Cells = HashMap::new();
        for t in &m.touchpoints {
            cells
                .entry((t.stage, t.lane))
                .or_default()
                .push((t.order, t.id.0));
        }
        for list in cells.values_mut() {
            list.sort_unstable();
        }
        cells
    };
    let ids = |cells: &Cells, cell| -> Vec<u32> {
        cells
            .get(&cell)
            .map(|l| l.iter().map(|(_, id)| *id).collect())
            .unwrap_or_default()
    };
    let (b, o, t) = (cells(base), cells(ours), cells(theirs));
    let mut merged: HashMap<(StageId, LaneId), HashSet<u32>> = HashMap::new();
    for card in &map.touchpoints {
        merged
            .entry((card.stage, card.lane))
            .or_default()
            .insert(card.id.0);
    }
    let mut orders: HashMap<u32, u32> = HashMap::with_capacity(map.touchpoints.len());
    for (cell, keep) in merged {
        let seq = merge_sequence(&ids(&b, cell), &ids(&o, cell), &ids(&t, cell), &keep);
        for (i, id) in seq.into_iter().enumerate() {
            orders.insert(id, u32::try_from(i).unwrap_or(u32::MAX));
        }
    }
    for card in &mut map.touchpoints {
        if let Some(order) = orders.get(&card.id.0) {
            card.order = *order;
        }
    }
}

/// The merged order of exactly the items in `keep`.
pub(super) fn merge_sequence(
    base: &[u32],
    ours: &[u32],
    theirs: &[u32],
    keep: &HashSet<u32>,
) -> Vec<u32> {
    let in_base: HashSet<u32> = base.iter().copied().collect();
    let reordered = |side: &[u32]| {
        let in_side: HashSet<u32> = side.iter().copied().collect();
        let a = side.iter().filter(|x| in_base.contains(x));
        let b = base.iter().filter(|x| in_side.contains(x));
        !a.eq(b)
    };
    let (skeleton, other) = if !reordered(ours) && reordered(theirs) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let skeleton: Vec<u32> = skeleton
        .iter()
        .copied()
        .filter(|x| keep.contains(x))
        .collect();
    let mut placed: HashSet<u32> = skeleton.iter().copied().collect();
    // Items to put right after an item (None: before everything), in the other side's order.
    let mut after: HashMap<Option<u32>, Vec<u32>> = HashMap::new();
    let mut predecessor = None;
    for &x in other {
        if !keep.contains(&x) {
            continue;
        }
        if placed.insert(x) {
            after.entry(predecessor).or_default().push(x);
        }
        predecessor = Some(x);
    }
    let mut out = Vec::with_capacity(keep.len());
    let mut emit = |start: Option<u32>, out: &mut Vec<u32>| {
        // Depth first without recursion: a long run of new items is one long chain.
        let mut stack: Vec<u32> = after
            .remove(&start)
            .map(|v| v.into_iter().rev().collect())
            .unwrap_or_default();
        while let Some(x) = stack.pop() {
            out.push(x);
            if let Some(children) = after.remove(&Some(x)) {
                stack.extend(children.into_iter().rev());
            }
        }
    };
    emit(None, &mut out);
    for x in skeleton {
        out.push(x);
        emit(Some(x), &mut out);
    }
    let mut rest: Vec<u32> = keep
        .iter()
        .copied()
        .filter(|x| !placed.contains(x))
        .collect();
    rest.sort_unstable();
    out.extend(rest);
    out
}
