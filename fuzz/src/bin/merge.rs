//! The three-way merge door: one input cut at 0x1E into base, ours and theirs, each loaded as
//! a map file. Every merge result is a valid map that saves and loads back equal; merging a
//! map with itself (X, X, X) gives X, without new conflicts; merging where one side did not
//! change anything (base, ours, base) gives ours.

use trailmap::file::load_bytes;
use trailmap::merge::merge;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Some([b, o, t]) = trailmap_fuzz::cut::<3>(data) else {
            return;
        };
        let (Ok(base), Ok(ours), Ok(theirs)) = (load_bytes(b), load_bytes(o), load_bytes(t)) else {
            return;
        };
        for x in [&base, &ours, &theirs] {
            let same = merge(x, x, x);
            assert!(
                same.conflicts.is_empty(),
                "X, X, X conflicts: {:?}",
                same.conflicts
            );
            assert!(same.map == *x, "merge of X, X, X is not X");
        }
        let merged = merge(&base, &ours, &theirs);
        trailmap_fuzz::check_valid_and_round_trip(&merged.map, "merge");
        let one_side = merge(&base, &ours, &base);
        assert!(
            one_side.conflicts.is_empty(),
            "only ours changed, yet conflicts"
        );
        trailmap_fuzz::check_valid_and_round_trip(&one_side.map, "merge of one side");
    });
}
