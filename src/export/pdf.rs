//! PDF export: the map's SVG converted by svg2pdf into a one-page vector PDF.
//!
//! This module owns the page geometry (a page fitted to the map, or a landscape sheet with the
//! map scaled to fit and centred) and the font database svg2pdf gets: the bundled fonts only,
//! loaded from memory once. It must never load the fonts installed on the machine (svg2pdf then
//! spends most of its time scanning them, and the PDF would differ between computers) nor
//! rasterize anything: the PDF stays vector graphics.

use std::sync::{Arc, OnceLock};

use svg2pdf::usvg::{self, fontdb};
use svg2pdf::{ConversionOptions, PageOptions};

use super::svg::{self, Page, Settings};
use super::{ExportError, ExportOptions, PAPER_MARGIN_PT, Paper, TextMode};
use super::{check_scene, document_size};
use crate::fonts;
use crate::scene::Scene;

/// Points per map unit on a fitted page: map units are CSS pixels, 96 to the inch; PDF points
/// are 72 to the inch.
const POINTS_PER_UNIT: f32 = 72.0 / 96.0;

/// The largest page side, in points, that Adobe Reader opens (200 inches). A fitted page of a
/// larger map is scaled down to it.
pub const MAX_PAGE_PT: f32 = 14_400.0;

/// The scene as PDF file bytes: one page, vector graphics, with real (selectable) text and the
/// used glyphs of the bundled fonts embedded in [`TextMode::Text`], or text as shapes in
/// [`TextMode::Outlines`].
pub fn to_pdf(scene: &Scene, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    options.check()?;
    check_scene(scene)?;
    let (doc_w, doc_h) = document_size(scene, options.margin);
    let text = svg::write(
        scene,
        &Settings {
            text: options.text,
            background: options.background,
            margin: options.margin,
            page: page(options.paper, doc_w, doc_h),
            embed_fonts: false,
        },
    )?;
    let tree = usvg::Tree::from_str(&text, &usvg_options())
        .map_err(|e| ExportError::Svg(e.to_string()))?;
    let conversion = ConversionOptions {
        embed_text: options.text == TextMode::Text,
        ..ConversionOptions::default()
    };
    // The SVG is written in points, so 72 SVG units make an inch.
    svg2pdf::to_pdf(&tree, conversion, PageOptions { dpi: 72.0 })
        .map_err(|e| ExportError::Pdf(e.to_string()))
}

/// The page in points and where the map (`doc_w` × `doc_h` map units, margins included) goes.
fn page(paper: Paper, doc_w: f32, doc_h: f32) -> Page {
    match paper.size_pt() {
        None => {
            let scale = POINTS_PER_UNIT
                .min(MAX_PAGE_PT / doc_w)
                .min(MAX_PAGE_PT / doc_h);
            Page {
                width: doc_w * scale,
                height: doc_h * scale,
                scale,
                left: 0.0,
                top: 0.0,
            }
        }
        Some((width, height)) => {
            let scale = ((width - 2.0 * PAPER_MARGIN_PT) / doc_w)
                .min((height - 2.0 * PAPER_MARGIN_PT) / doc_h);
            Page {
                width,
                height,
                scale,
                left: (width - doc_w * scale) / 2.0,
                top: (height - doc_h * scale) / 2.0,
            }
        }
    }
}

/// How usvg reads our SVG for svg2pdf: bundled fonts only and no image loading from files.
fn usvg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options
}

/// The bundled fonts for svg2pdf's own usvg and fontdb versions, built once per process.
fn font_database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    Arc::clone(DATABASE.get_or_init(|| {
        let mut db = fontdb::Database::new();
        // In the fallback order: usvg picks Noto Emoji for what Noto Sans lacks.
        for font in fonts::Font::ALL {
            db.load_font_data(font.data().to_vec());
        }
        db.set_sans_serif_family(fonts::FAMILY);
        Arc::new(db)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_database_holds_only_the_bundled_fonts() {
        assert_eq!(font_database().len(), fonts::Font::ALL.len());
    }

    #[test]
    fn a_sheet_centres_the_scaled_map() {
        let p = page(Paper::A4, 2000.0, 500.0);
        let (w, h) = Paper::A4.size_pt().unwrap();
        assert_eq!((p.width, p.height), (w, h));
        // Width-bound: the map spans the sheet less its margins and sits in the middle.
        assert!((p.left - PAPER_MARGIN_PT).abs() < 0.01);
        assert!((p.top * 2.0 + 500.0 * p.scale - h).abs() < 0.01);
    }

    #[test]
    fn a_fitted_page_is_the_map_in_points_but_never_beyond_200_inches() {
        let p = page(Paper::Fit, 960.0, 480.0);
        assert_eq!((p.width, p.height), (720.0, 360.0));
        let p = page(Paper::Fit, 40_000.0, 1000.0);
        assert!((p.width - MAX_PAGE_PT).abs() < 0.01);
    }
}
