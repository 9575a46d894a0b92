//! The Mermaid door: any bytes through `interchange::import_bytes` as a Mermaid `journey`. An
//! import that succeeds is a valid map that saves and loads back equal; its Mermaid export
//! imports again, and from there export and import are a fixed point.

use trailmap::interchange::{Format, ImportOptions, import_bytes, mermaid};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let options = ImportOptions::default();
        if let Ok(imported) = import_bytes(data, Format::Mermaid, &options) {
            trailmap_fuzz::check_valid_and_round_trip(&imported.map, "import_mermaid");
            let text = mermaid::export(&imported.map);
            let again = import_bytes(text.as_bytes(), Format::Mermaid, &options)
                .unwrap_or_else(|e| panic!("the export does not import: {e:?}\n{text}"));
            trailmap_fuzz::check_valid_and_round_trip(&again.map, "mermaid export");
            let text2 = mermaid::export(&again.map);
            let third = import_bytes(text2.as_bytes(), Format::Mermaid, &options)
                .expect("the second export imports");
            assert!(
                third.map == again.map,
                "export and import are not a fixed point\n{text}\n---\n{text2}"
            );
        }
    });
}
