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

/// Layout and scene again after a card moved one stage on (as Alt+Right does), from the
/// layout and scene before: what the canvas does after an edit.
#[divan::bench(args = [100, 1_000, 10_000])]
fn layout_and_scene_after_moving_a_card(bencher: Bencher, cards: usize) {
    use trailmap::layout::{LayoutMemo, LayoutOptions, text::TextCache};
    let mut map = synthetic_map(cards);
    let options = LayoutOptions::default();
    let texts = TextCache::default();
    let mut memo = LayoutMemo::default();
    let mut layout = Some(Layout::compute_incremental(
        &map, &options, &texts, &mut memo, None,
    ));
    let (scene, scene_memo) =
        trailmap::scene::build_incremental(&map, layout.as_ref().unwrap(), None);
    let mut drawn = Some((scene, scene_memo));
    let i = map.touchpoints.len() / 3;
    let stages: Vec<_> = map.stages.iter().map(|s| s.id).collect();
    let mut n = 0usize;
    bencher.bench_local(|| {
        n += 1;
        let t = &mut map.touchpoints[i];
        let at = stages.iter().position(|s| *s == t.stage).unwrap_or(0);
        t.stage = stages[if n.is_multiple_of(2) {
            at.saturating_sub(1)
        } else {
            (at + 1) % stages.len()
        }];
        t.order = 0;
        map.normalize();
        let mut before = layout.take().unwrap();
        let legend = std::mem::take(&mut before.legend);
        let next = Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(before));
        let (scene, scene_memo) = drawn.take().unwrap();
        let previous = trailmap::scene::PreviousScene {
            scene,
            memo: scene_memo,
            legend,
            options: options.clone(),
            reused: &memo,
        };
        drawn = Some(trailmap::scene::build_incremental(
            &map,
            &next,
            Some(previous),
        ));
        layout = Some(next);
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
