//! The PDF looks like the PNG: poppler's pdftoppm renders the PDF of a bundled example at one
//! pixel per map unit and the pixels are compared with Trailmap's own 1x PNG of the same scene
//! (which resvg draws from the SVG), in text and outline mode. The PDF is drawn from the Scene
//! directly, so this is what keeps its shapes, colours, dashes and glyph positions in step
//! with the other formats.
//!
//! Skips with a note when pdftoppm is missing, unless `CI` is set (see `common::run_tool`).

use crate::common;

use common::*;
use trailmap::export::{self, ExportOptions, TextMode};
use trailmap::layout::Layout;

/// How two renderings differ: the share of pixels whose colour is clearly different (any
/// channel off by more than 64 of 255; anti-aliased edges of two rasterizers differ by less
/// almost everywhere) and the mean difference per channel.
fn difference(a: &image::RgbaImage, b: &image::RgbaImage) -> (f64, f64) {
    let mut differing = 0u64;
    let mut sum = 0u64;
    for (p, q) in a.pixels().zip(b.pixels()) {
        let d = (0..3)
            .map(|i| u64::from(p.0[i].abs_diff(q.0[i])))
            .collect::<Vec<_>>();
        if d.iter().any(|d| *d > 64) {
            differing += 1;
        }
        sum += d.iter().sum::<u64>();
    }
    let n = u64::from(a.width()) * u64::from(a.height());
    (differing as f64 / n as f64, sum as f64 / (3 * n) as f64)
}

#[test]
fn the_pdf_of_an_example_looks_like_its_png() {
    let (_tmp, dir) = out_dir("pdf-look");
    let path = example_paths()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("polski"))
        .expect("the Polish example");
    let map = trailmap::file::load(&path).expect("the example loads");
    let scene = trailmap::scene::build(&map, &Layout::compute(&map));
    let png_options = ExportOptions {
        scale: 1.0,
        text: TextMode::Text,
        ..Default::default()
    };
    let png = export::png::to_png(&scene, &png_options).expect("PNG made");
    let expected = image::load_from_memory(&png).expect("our PNG").to_rgba8();

    for text in [TextMode::Text, TextMode::Outlines] {
        let options = ExportOptions {
            text,
            ..Default::default()
        };
        let pdf = export::pdf::to_pdf(&scene, &options).expect("PDF made");
        let pdf_path = dir.join(format!("polski-{text:?}.pdf"));
        std::fs::write(&pdf_path, &pdf).unwrap();
        let prefix = dir.join(format!("polski-{text:?}"));
        // A fitted page is 3/4 point per map unit: 96 dpi is one pixel per map unit.
        let Some(out) = run_tool(
            "pdftoppm",
            &[&"-r", &"96", &"-png", &"-singlefile", &pdf_path, &prefix],
        ) else {
            return;
        };
        assert_ok("pdftoppm", &out);
        let page_path = dir.join(format!("polski-{text:?}.png"));
        let page = image::open(&page_path).expect("pdftoppm's page").to_rgba8();
        assert_eq!(
            page.dimensions(),
            expected.dimensions(),
            "{text:?}: the page is the PNG's size"
        );
        let (differing, mean) = difference(&page, &expected);
        eprintln!(
            "{text:?}: {:.3} % of pixels differ, by {mean:.2} on average",
            differing * 100.0
        );
        // Measured: text 0.8 % (poppler draws text with FreeType, whose anti-aliasing differs
        // from resvg's at some glyph edges), outlines 0.03 %. An outline page whose glyphs
        // drew nothing (a bug this test caught) differed in 2.6 % of its pixels.
        let (most, mean_most) = match text {
            TextMode::Text => (0.015, 3.0),
            TextMode::Outlines => (0.005, 2.0),
        };
        assert!(
            differing < most && mean < mean_most,
            "{text:?}: {:.2} % of pixels differ, by {mean:.2} on average (pages in {})",
            differing * 100.0,
            dir.display()
        );
    }
}
