//! The semantic diff door: one input cut at 0x1E into old and new, each loaded as a map file.
//! A map differs from itself in nothing, and two maps with no differences are equal in what a
//! diff compares (diffing the other way round finds none either).

use trailmap::file::load_bytes;
use trailmap::merge::diff;

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let Some([a, b]) = trailmap_fuzz::cut::<2>(data) else {
            return;
        };
        let (Ok(old), Ok(new)) = (load_bytes(a), load_bytes(b)) else {
            return;
        };
        assert!(diff(&old, &old).is_empty(), "a map differs from itself");
        assert!(diff(&new, &new).is_empty(), "a map differs from itself");
        let forward = diff(&old, &new);
        let backward = diff(&new, &old);
        assert_eq!(
            forward.is_empty(),
            backward.is_empty(),
            "A differs from B but B not from A: {forward:?} / {backward:?}"
        );
        if old == new {
            assert!(forward.is_empty(), "equal maps differ: {forward:?}");
        }
    });
}
