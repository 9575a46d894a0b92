//! One recovery copy of a 10 000-card map: what the frame pays (cloning the map) and what the
//! writer thread pays (encoding and writing it atomically, fsync included).

use divan::{Bencher, black_box};
use trailmap::file::recovery::{DocumentKey, RecoveryStore, Snapshot};
use trailmap::model::synthetic_map;

fn main() {
    divan::main();
}

#[divan::bench(args = [1_000, 10_000])]
fn clone_on_the_frame(bencher: Bencher, cards: usize) {
    let map = synthetic_map(cards);
    bencher.bench(|| black_box(&map).clone());
}

#[divan::bench(args = [1_000, 10_000], sample_count = 20)]
fn write_on_the_thread(bencher: Bencher, cards: usize) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let store = RecoveryStore::new(dir.path());
    let Ok(run) = store.start_run() else {
        return;
    };
    let snapshot = Snapshot::new(synthetic_map(cards), None, "", 12);
    bencher.bench(|| run.write(DocumentKey(1), black_box(&snapshot)));
}
