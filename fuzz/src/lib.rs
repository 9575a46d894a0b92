//! What every fuzz target checks of a map that came in through one of Trailmap's doors.
//!
//! Each check panics (which afl records as a crash) when a promise of the core is broken.

use trailmap::export::{self, ExportOptions};
use trailmap::layout::{Date, ExportFrame, Layout, LayoutOptions};
use trailmap::model::Map;

/// The byte that cuts one fuzz input into several (the ASCII record separator: valid UTF-8,
/// but never part of a well-formed map outside a string).
pub const CUT: u8 = 0x1E;

/// `data` cut at [`CUT`] into exactly `N` parts (the last part keeps any further separators);
/// `None` when there are fewer.
pub fn cut<const N: usize>(data: &[u8]) -> Option<[&[u8]; N]> {
    let mut parts = [&data[..0]; N];
    let mut rest = data;
    for part in parts.iter_mut().take(N - 1) {
        let at = rest.iter().position(|&b| b == CUT)?;
        *part = &rest[..at];
        rest = &rest[at + 1..];
    }
    parts[N - 1] = rest;
    Some(parts)
}

/// The problems of `map` that would stop it from opening (a missing picture opens anyway, as
/// `file::load_str` decides).
pub fn blocking_problems(map: &Map) -> Vec<trailmap::model::Problem> {
    let mut problems = map.problems();
    problems.retain(|p| !p.kind.opens_anyway());
    problems
}

/// A map any door produced: it has no problems, and it saves and loads back equal.
pub fn check_valid_and_round_trip(map: &Map, door: &str) {
    let problems = blocking_problems(map);
    assert!(
        problems.is_empty(),
        "{door}: the map has problems: {problems:?}"
    );
    let text = trailmap::file::to_string(map)
        .unwrap_or_else(|e| panic!("{door}: a valid map does not save: {e}"));
    let again = trailmap::file::load_str(&text)
        .unwrap_or_else(|e| panic!("{door}: the saved map does not load: {e:?}\n{text}"));
    assert!(
        again == *map,
        "{door}: the saved map loads back different\n{text}"
    );
    let text2 = trailmap::file::to_string(&again).expect("saves once, saves twice");
    assert!(
        text2 == text,
        "{door}: saving the reloaded map writes other text"
    );
}

/// Layout, scene, SVG and a small PNG of a valid map: no panic, the SVG is well-formed XML
/// and the PNG decodes to the size `export::png::pixel_size` promises.
pub fn check_exports(map: &Map) {
    let options = LayoutOptions {
        export: Some(ExportFrame::new(
            Date::new(2026, 12, 1).expect("a real date"),
        )),
        ..LayoutOptions::default()
    };
    let layout = Layout::compute_with(map, &options);
    let scene = trailmap::scene::build(map, &layout);
    assert!(
        scene.width.is_finite() && scene.height.is_finite(),
        "scene size {} x {}",
        scene.width,
        scene.height
    );
    let export_options = ExportOptions {
        scale: 1.0,
        margin: 0.0,
        ..ExportOptions::default()
    };
    let svg = export::render(&scene, export::Format::Svg, &export_options)
        .expect("a valid map exports to SVG");
    let svg = String::from_utf8(svg).expect("SVG is UTF-8");
    if let Err(e) = roxmltree::Document::parse(&svg) {
        panic!("the SVG is not well-formed XML: {e}");
    }
    // Only small maps are rastered (1 is the smallest scale a PNG takes): the 41-card example
    // (4 Mpx) took 0.7 s a run, 16 runs a second, and the fuzzer needs many runs.
    let (w, h) = export::document_size(&scene, export_options.margin);
    if w * h > 1.0e6 {
        return;
    }
    let (w, h) = export::png::pixel_size(&scene, &export_options).expect("a small PNG fits");
    let png = export::render(&scene, export::Format::Png, &export_options)
        .expect("a valid map exports to PNG");
    let decoder = png::Decoder::new(std::io::Cursor::new(&png[..]));
    let reader = decoder.read_info().expect("the PNG has a header");
    let info = reader.info();
    assert_eq!(
        (info.width, info.height),
        (w, h),
        "the PNG is not the promised size"
    );
}
