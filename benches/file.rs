//! Opening and saving generated maps. Targets (issue 14): load of 10 000 cards under 100 ms
//! and of 100 000 (the most a map may hold) under 1 s; save of 10 000 cards under 50 ms.
//! Peers in the same run: plain `ron::from_str` of the same text into the model's `Map` (no
//! validation, no error locations) and `serde_json` of the same map, the fastest well-known
//! serde text format.

use divan::{Bencher, black_box};
use trailmap::model::{Map, synthetic_map};

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [10_000, 100_000];

/// `file::load` of a saved map: read, check it is a map, parse, migrate, normalise, validate.
#[divan::bench(args = SIZES, sample_count = 10)]
fn load_map(bencher: Bencher, cards: usize) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("map.journey.ron");
    let map = synthetic_map(cards);
    if trailmap::file::save(&map, &path).is_err() {
        return;
    }
    bencher.bench(|| trailmap::file::load(black_box(&path)));
}

/// Peer: ron alone, the same text into the model's types.
#[divan::bench(args = SIZES, sample_count = 10)]
fn load_peer_ron(bencher: Bencher, cards: usize) {
    let Ok(text) = trailmap::file::to_string(&synthetic_map(cards)) else {
        return;
    };
    bencher.bench(|| ron::from_str::<Map>(black_box(&text)));
}

/// Peer: serde_json of the same map into the model's types.
#[divan::bench(args = SIZES, sample_count = 10)]
fn load_peer_json(bencher: Bencher, cards: usize) {
    let Ok(text) = serde_json::to_string(&synthetic_map(cards)) else {
        return;
    };
    bencher.bench(|| serde_json::from_str::<Map>(black_box(&text)));
}

/// `file::save`: encode and write atomically (temporary file, fsync, rename, folder fsync).
#[divan::bench(args = [10_000], sample_count = 10)]
fn save_map(bencher: Bencher, cards: usize) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("map.journey.ron");
    let map = synthetic_map(cards);
    bencher.bench(|| trailmap::file::save(black_box(&map), &path));
}

/// The encoding alone, without the disk.
#[divan::bench(args = [10_000], sample_count = 10)]
fn save_map_encode(bencher: Bencher, cards: usize) {
    let map = synthetic_map(cards);
    bencher.bench(|| trailmap::file::to_string(black_box(&map)));
}

/// Peer: serde_json of the same map, written the same atomic way.
#[divan::bench(args = [10_000], sample_count = 10)]
fn save_peer_json(bencher: Bencher, cards: usize) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let path = dir.path().join("map.json");
    let map = synthetic_map(cards);
    bencher.bench(|| {
        let text = serde_json::to_string_pretty(black_box(&map)).unwrap_or_default();
        trailmap::file::write_atomically(&path, text.as_bytes())
    });
}
