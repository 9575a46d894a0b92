//! Exports opened by the programs people use: rsvg-convert (librsvg, as in GNOME and many
//! converters), qpdf, and poppler's pdftoppm, pdftotext and pdfinfo.
//!
//! Each check skips with a note when its program is missing, unless `CI` is set: then a missing
//! program fails the test. Install them with `apt-get install -y librsvg2-bin qpdf
//! poppler-utils`. Set `TRAILMAP_KEEP_EXPORTS=DIR` to keep the files for a look.

use crate::common;

use std::path::Path;

use common::*;
use trailmap::export::{self, ExportError, ExportOptions, Format, Paper, TextMode, document_size};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the export");
    path
}

#[test]
fn rsvg_convert_renders_our_svg_at_its_size() {
    let (_tmp, dir) = out_dir("rsvg");
    let scene = sample_scene();
    let (w, h) = document_size(&scene, 24.0);
    for text in [TextMode::Outlines, TextMode::Text] {
        let svg = export::svg::to_svg(
            &scene,
            &ExportOptions {
                text,
                ..Default::default()
            },
        )
        .unwrap();
        let name = format!("map-{text:?}");
        let svg_path = write(&dir, &format!("{name}.svg"), svg.as_bytes());
        let png_path = dir.join(format!("{name}.rsvg.png"));
        let Some(out) = run_tool("rsvg-convert", &[&"-o", &png_path, &svg_path]) else {
            return;
        };
        assert_ok("rsvg-convert", &out);
        let img = image::open(&png_path).expect("rsvg-convert wrote a PNG");
        assert_eq!(
            (img.width(), img.height()),
            (w as u32, h as u32),
            "{text:?}"
        );
        // The top-left corner is our white background.
        assert_eq!(img.to_rgba8().get_pixel(0, 0).0, [255, 255, 255, 255]);
    }
}

#[test]
fn rsvg_convert_renders_hostile_text() {
    let (_tmp, dir) = out_dir("rsvg-hostile");
    for text in [TextMode::Outlines, TextMode::Text] {
        let svg = export::svg::to_svg(
            &hostile_scene(),
            &ExportOptions {
                text,
                ..Default::default()
            },
        )
        .unwrap();
        let svg_path = write(&dir, &format!("hostile-{text:?}.svg"), svg.as_bytes());
        let png_path = dir.join(format!("hostile-{text:?}.png"));
        let Some(out) = run_tool("rsvg-convert", &[&"-o", &png_path, &svg_path]) else {
            return;
        };
        assert_ok("rsvg-convert", &out);
    }
}

#[test]
fn qpdf_and_poppler_accept_our_pdfs() {
    let (_tmp, dir) = out_dir("pdf");
    let scene = sample_scene();
    for paper in [Paper::Fit, Paper::A4, Paper::A3, Paper::Letter] {
        for text in [TextMode::Outlines, TextMode::Text] {
            let options = ExportOptions {
                paper,
                text,
                ..Default::default()
            };
            let bytes = export::render(&scene, Format::Pdf, &options).unwrap();
            let name = format!("map-{paper:?}-{text:?}");
            let pdf = write(&dir, &format!("{name}.pdf"), &bytes);

            let Some(out) = run_tool("qpdf", &[&"--check", &pdf]) else {
                return;
            };
            assert_ok("qpdf", &out);

            let prefix = dir.join(&name);
            let Some(out) = run_tool(
                "pdftoppm",
                &[
                    &"-r", &"50", &"-png", &"-f", &"1", &"-l", &"1", &pdf, &prefix,
                ],
            ) else {
                return;
            };
            assert_ok("pdftoppm", &out);
            let page = dir.join(format!("{name}-1.png"));
            let img = image::open(&page).expect("pdftoppm rendered page 1");
            assert!(img.width() > 10 && img.height() > 10);
            if paper != Paper::Fit {
                assert!(img.width() > img.height(), "{paper:?} is landscape");
            }
        }
    }
}

#[test]
fn pdfinfo_sees_a_landscape_a4_page() {
    let (_tmp, dir) = out_dir("pdfinfo");
    let options = ExportOptions {
        paper: Paper::A4,
        ..Default::default()
    };
    let bytes = export::render(&sample_scene(), Format::Pdf, &options).unwrap();
    let pdf = write(&dir, "a4.pdf", &bytes);
    let Some(out) = run_tool("pdfinfo", &[&pdf]) else {
        return;
    };
    assert_ok("pdfinfo", &out);
    let info = String::from_utf8_lossy(&out.stdout);
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("pdfinfo prints the page size");
    let numbers: Vec<f32> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        (numbers[0] - 842.0).abs() <= 1.0 && (numbers[1] - 595.0).abs() <= 1.0,
        "{size}"
    );
}

#[test]
fn pdftotext_finds_the_text_of_a_text_mode_pdf_only() {
    let (_tmp, dir) = out_dir("pdftotext");
    let scene = sample_scene();
    for text in [TextMode::Text, TextMode::Outlines] {
        let options = ExportOptions {
            text,
            paper: Paper::A4,
            ..Default::default()
        };
        let bytes = export::render(&scene, Format::Pdf, &options).unwrap();
        let pdf = write(&dir, &format!("map-{text:?}.pdf"), &bytes);
        let txt = dir.join(format!("map-{text:?}.txt"));
        let Some(out) = run_tool("pdftotext", &[&"-enc", &"UTF-8", &pdf, &txt]) else {
            return;
        };
        assert_ok("pdftotext", &out);
        let found = std::fs::read_to_string(&txt).expect("pdftotext wrote text");
        for s in NORDIC_AND_POLISH.iter().chain(&[
            "Awareness",
            "Buys on the desktop",
            "Owner: Marketing",
        ]) {
            assert_eq!(
                found.contains(s),
                text == TextMode::Text,
                "{text:?}: {s:?} in {found:?}"
            );
        }
    }
}

#[test]
fn save_picks_the_format_by_extension_and_writes_nothing_on_error() {
    let (_tmp, dir) = out_dir("save");
    let scene = sample_scene();
    let options = ExportOptions::default();
    let path = dir.join("Map.PNG");
    assert_eq!(export::save(&scene, &path, &options).unwrap(), Format::Png);
    let img = image::open(&path).expect("a PNG was saved");
    assert_eq!(img.width(), 2 * 668);
    let bad = dir.join("map.jpg");
    let e = export::save(&scene, &bad, &options).unwrap_err();
    assert!(matches!(e, ExportError::UnsupportedFormat { .. }), "{e}");
    assert!(!bad.exists());
}
