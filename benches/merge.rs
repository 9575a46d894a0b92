//! Three-way merge and diff of generated maps where each side edited a tenth of the cards
//! (retitled, rescored, moved) and added cards under the same new ids.
//! Target: merging two edited 10 000-card maps under 200 ms on a 2-core machine.

use divan::{Bencher, black_box};
use trailmap::model::{Map, StageId, Touchpoint, synthetic_map};

fn main() {
    divan::main();
}

/// Base, ours and theirs: ours retitles and moves every 10th card, theirs rescores every 10th
/// card (offset by 5) and moves a few of ours' too; both add 50 cards.
fn sides(cards: usize) -> (Map, Map, Map) {
    let base = synthetic_map(cards);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for (i, t) in ours.touchpoints.iter_mut().enumerate() {
        if i % 10 == 0 {
            t.title = format!("{} (ours)", t.title);
        }
        if i % 100 == 0 {
            t.stage = StageId(1);
            t.order = u32::MAX - i as u32;
        }
    }
    for (i, t) in theirs.touchpoints.iter_mut().enumerate() {
        if i % 10 == 5 {
            t.emotion = Some(1);
        }
        if i % 100 == 50 {
            t.stage = StageId(2);
            t.order = u32::MAX - i as u32;
        }
    }
    for side in [&mut ours, &mut theirs] {
        for n in 0..50 {
            let id = side.next_touchpoint_id();
            let first = &side.touchpoints[n];
            let t = Touchpoint::new(id, first.stage, first.lane, u32::MAX, "New card");
            side.touchpoints.push(t);
        }
        side.normalize();
        assert!(side.problems().is_empty());
    }
    (base, ours, theirs)
}

#[divan::bench(args = [1_000, 10_000])]
fn merge(bencher: Bencher, cards: usize) {
    let (base, ours, theirs) = sides(cards);
    bencher.bench(|| trailmap::merge::merge(black_box(&base), &ours, &theirs));
}

#[divan::bench(args = [1_000, 10_000])]
fn diff(bencher: Bencher, cards: usize) {
    let (base, ours, _) = sides(cards);
    bencher.bench(|| trailmap::merge::diff(black_box(&base), &ours));
}
