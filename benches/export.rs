//! Export speed for synthetic maps of ~100 and ~1000 cards: SVG writing (outlines and text),
//! PNG at 2x and PDF. Run with `cargo bench --bench export`.

use divan::Bencher;
use trailmap::export::{ExportOptions, TextMode, pdf, png, svg};
use trailmap::fonts::Weight;
use trailmap::geom::{Point, Rect};
use trailmap::model::Color;
use trailmap::scene::{Item, Scene, Stroke};

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [100, 1000];

fn measure(face: &ttf_parser::Face<'_>, text: &str, size: f32) -> f32 {
    let units: u32 = text
        .chars()
        .map(|c| {
            let g = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
            u32::from(face.glyph_hor_advance(g).unwrap_or(0))
        })
        .sum();
    units as f32 * size / f32::from(face.units_per_em())
}

/// A map of `cards` touchpoint cards in a grid (25 stages wide for large maps, 10 for small),
/// each a group with a rounded rectangle and three lines of text, stage headers on top, and an
/// arrow from every card to its right-hand neighbour in every third lane.
fn synthetic(cards: usize) -> Scene {
    let regular = ttf_parser::Face::parse(Weight::Regular.data(), 0).expect("bundled font");
    let bold = ttf_parser::Face::parse(Weight::Bold.data(), 0).expect("bundled font");
    let columns = if cards <= 100 { 10 } else { 25 };
    let rows = cards.div_ceil(columns);
    let (card_w, card_h, gap) = (180.0, 92.0, 24.0);
    let pitch_x = card_w + gap;
    let pitch_y = card_h + gap;
    let top = 56.0;
    let mut items = Vec::new();
    let ink = Color::rgb(0x1f, 0x29, 0x37);
    let muted = Color::rgb(0x4b, 0x55, 0x63);
    let text = |x: f32, y: f32, s: String, size: f32, weight: Weight, color: Color| {
        let face = if weight == Weight::Bold {
            &bold
        } else {
            &regular
        };
        Item::Text {
            origin: Point::new(x, y),
            width: measure(face, &s, size),
            text: s,
            size,
            weight,
            color,
        }
    };
    for c in 0..columns {
        let x = c as f32 * pitch_x;
        items.push(Item::Rect {
            rect: Rect::new(x, 0.0, card_w, 36.0),
            radius: 6.0,
            fill: Some(Color::rgb(0xdb, 0xea, 0xfe)),
            stroke: None,
        });
        items.push(text(
            x + 12.0,
            24.0,
            format!("Stage {}", c + 1),
            15.0,
            Weight::Bold,
            ink,
        ));
    }
    for i in 0..cards {
        let (c, r) = (i % columns, i / columns);
        let (x, y) = (c as f32 * pitch_x, top + r as f32 * pitch_y);
        let title = format!("Touchpoint {i}: Größe prüfen");
        items.push(Item::BeginGroup {
            id: format!("touchpoint-{i}"),
            label: title.clone(),
        });
        items.push(Item::Rect {
            rect: Rect::new(x, y, card_w, card_h),
            radius: 8.0,
            fill: Some(Color::WHITE),
            stroke: Some(Stroke::solid(1.0, Color::rgb(0x94, 0xa3, 0xb8))),
        });
        items.push(text(x + 12.0, y + 24.0, title, 14.0, Weight::Bold, ink));
        items.push(text(
            x + 12.0,
            y + 46.0,
            "Compares prices on phone".into(),
            12.0,
            Weight::Regular,
            muted,
        ));
        items.push(text(
            x + 12.0,
            y + 64.0,
            format!("Owner: Team {} · Pain: costs", i % 7),
            12.0,
            Weight::Regular,
            muted,
        ));
        items.push(Item::EndGroup);
        if r % 3 == 0 && c + 1 < columns && i + 1 < cards {
            items.push(Item::Arrow {
                points: vec![
                    Point::new(x + card_w, y + card_h / 2.0),
                    Point::new(x + pitch_x, y + card_h / 2.0),
                ],
                stroke: Stroke::solid(2.0, Color::rgb(0x25, 0x63, 0xeb)),
                head: 8.0,
            });
        }
    }
    Scene {
        width: columns as f32 * pitch_x - gap,
        height: top + rows as f32 * pitch_y - gap,
        items,
    }
}

fn options(text: TextMode) -> ExportOptions {
    ExportOptions {
        text,
        ..ExportOptions::default()
    }
}

#[divan::bench(args = SIZES)]
fn svg_outlines(bencher: Bencher, cards: usize) {
    let scene = synthetic(cards);
    let options = options(TextMode::Outlines);
    bencher.bench(|| svg::to_svg(&scene, &options).expect("SVG"));
}

#[divan::bench(args = SIZES)]
fn svg_text(bencher: Bencher, cards: usize) {
    let scene = synthetic(cards);
    let options = options(TextMode::Text);
    bencher.bench(|| svg::to_svg(&scene, &options).expect("SVG"));
}

#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn png_2x(bencher: Bencher, cards: usize) {
    let scene = synthetic(cards);
    let options = options(TextMode::Outlines);
    bencher.bench(|| png::to_png(&scene, &options).expect("PNG"));
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn pdf_outlines(bencher: Bencher, cards: usize) {
    let scene = synthetic(cards);
    let options = options(TextMode::Outlines);
    bencher.bench(|| pdf::to_pdf(&scene, &options).expect("PDF"));
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn pdf_text(bencher: Bencher, cards: usize) {
    let scene = synthetic(cards);
    let options = options(TextMode::Text);
    bencher.bench(|| pdf::to_pdf(&scene, &options).expect("PDF"));
}
