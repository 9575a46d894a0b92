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

/// The largest bundled example, read from disk and parsed, and written back atomically.
fn largest_example() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .max_by_key(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .unwrap_or(dir)
}

#[divan::bench]
fn load_largest_example(bencher: Bencher) {
    let path = largest_example();
    bencher.bench(|| trailmap::file::load(black_box(&path)));
}

#[divan::bench]
fn save_largest_example(bencher: Bencher) {
    let map = trailmap::file::load(&largest_example()).unwrap_or_default();
    let dir = std::env::temp_dir().join("trailmap-bench");
    let _ = std::fs::create_dir_all(&dir);
    let out = dir.join("largest.journey.ron");
    bencher.bench(|| trailmap::file::save(black_box(&map), &out));
}
