//! The Excel door: any bytes through `interchange::import_bytes` as .xlsx (a zip of XML; the
//! import refuses zip bombs). An import that succeeds is a valid map that saves and loads back
//! equal.

use trailmap::interchange::{Format, ImportOptions, import_bytes};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(imported) = import_bytes(data, Format::Xlsx, &ImportOptions::default()) {
            trailmap_fuzz::check_valid_and_round_trip(&imported.map, "import_xlsx");
        }
    });
}
