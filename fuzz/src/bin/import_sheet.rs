//! The CSV/TSV door: any bytes through `interchange::import_bytes` as CSV (the content decides
//! encoding, separator and shape). An import that succeeds is a valid map that saves and loads
//! back equal, and its own CSV export imports again as a valid map.

use trailmap::interchange::{Format, ImportOptions, import_bytes, sheet};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let options = ImportOptions::default();
        let format = if data.first() == Some(&b'\t') {
            Format::Tsv
        } else {
            Format::Csv
        };
        if let Ok(imported) = import_bytes(data, format, &options) {
            trailmap_fuzz::check_valid_and_round_trip(&imported.map, "import_sheet");
            let csv = sheet::export_csv(&imported.map);
            match import_bytes(&csv, Format::Csv, &options) {
                Ok(again) => trailmap_fuzz::check_valid_and_round_trip(&again.map, "sheet export"),
                Err(e) => panic!("the CSV export of an imported map does not import: {e:?}"),
            }
        }
    });
}
