//! The map file door: any bytes through `file::load_bytes`. A map that loads has no problems,
//! saves and loads back equal, and lays out, builds a scene and exports to SVG and PNG.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(map) = trailmap::file::load_bytes(data) {
            trailmap_fuzz::check_valid_and_round_trip(&map, "load");
            trailmap_fuzz::check_exports(&map);
        }
    });
}
