//! Layout + scene of maps of 100, 1 000 and 10 000 touchpoints, and file load/save.
//! Target: layout + scene of 1 000 touchpoints under 4 ms on a 2-core machine.

use divan::{Bencher, black_box};
use trailmap::layout::Layout;
use trailmap::model::synthetic_map;

fn main() {
    divan::main();
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn layout_and_scene(bencher: Bencher, cards: usize) {
    let map = synthetic_map(cards);
    bencher.bench(|| {
        let layout = Layout::compute(black_box(&map));
        trailmap::scene::build(&map, &layout)
    });
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn save_to_text(bencher: Bencher, cards: usize) {
    let map = synthetic_map(cards);
    bencher.bench(|| trailmap::file::to_string(black_box(&map)));
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn load_from_text(bencher: Bencher, cards: usize) {
    let text = trailmap::file::to_string(&synthetic_map(cards)).unwrap_or_default();
    bencher.bench(|| trailmap::file::load_str(black_box(&text)));
}
