//! PDF export, checked on the bytes (the real readers run in `export_tools.rs`).

use crate::common;

use common::*;
use trailmap::export::{ExportOptions, Paper, TextMode, document_size, pdf};

fn pdf_bytes(paper: Paper, text: TextMode) -> Vec<u8> {
    pdf::to_pdf(
        &sample_scene(),
        &ExportOptions {
            paper,
            text,
            ..Default::default()
        },
    )
    .expect("PDF made")
}

/// The numbers of the first `/MediaBox [..]` (pdf-writer writes page dictionaries as plain
/// text; only content streams are compressed).
fn media_box(pdf: &[u8]) -> Vec<f32> {
    let text = String::from_utf8_lossy(pdf);
    let start = text.find("/MediaBox [").expect("a MediaBox") + "/MediaBox [".len();
    let end = start + text[start..].find(']').expect("MediaBox closes");
    text[start..end]
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn sheets_are_landscape_and_a_fitted_page_is_the_map() {
    for (paper, w, h) in [
        (Paper::A4, 842.0, 595.0),
        (Paper::A3, 1191.0, 842.0),
        (Paper::Letter, 792.0, 612.0),
    ] {
        let b = media_box(&pdf_bytes(paper, TextMode::Outlines));
        assert_eq!(b.len(), 4);
        assert!(
            (b[2] - w).abs() <= 1.0 && (b[3] - h).abs() <= 1.0,
            "{paper:?}: {b:?}"
        );
    }
    let (w, h) = document_size(&sample_scene(), 24.0);
    let b = media_box(&pdf_bytes(Paper::Fit, TextMode::Outlines));
    assert!(
        (b[2] - w * 0.75).abs() < 0.5 && (b[3] - h * 0.75).abs() < 0.5,
        "{b:?}"
    );
}

#[test]
fn text_mode_embeds_a_font_and_outline_mode_needs_none() {
    let text = pdf_bytes(Paper::Fit, TextMode::Text);
    assert!(text.starts_with(b"%PDF-"));
    assert!(contains(&text, b"/FontFile2"), "TrueType glyphs embedded");
    let outlines = pdf_bytes(Paper::Fit, TextMode::Outlines);
    assert!(
        !contains(&outlines, b"/Font"),
        "no fonts when text is shapes"
    );
}

#[test]
fn hostile_text_converts() {
    for text in [TextMode::Text, TextMode::Outlines] {
        let bytes = pdf::to_pdf(
            &hostile_scene(),
            &ExportOptions {
                text,
                paper: Paper::A4,
                ..Default::default()
            },
        )
        .unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
    }
}
