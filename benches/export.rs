//! Export speed for generated maps of 100 and 1 000 touchpoints, laid out as the app lays them
//! out: SVG writing (outlines and text), PNG at 2x, PDF (text and outlines), and SVG of 10 000.
//! Run with `cargo bench --bench export`.
//!
//! Targets (2 cores): the whole `trailmap export` of a 100-card map to PNG 2x under 300 ms and
//! 1.5x faster than rsvg-convert on our SVG; PDF of 1 000 cards faster than `rsvg-convert -f
//! pdf` (compare with hyperfine, see the README).

use divan::Bencher;
use trailmap::export::{ExportOptions, TextMode, pdf, png, svg};
use trailmap::layout::Layout;
use trailmap::model::synthetic_map;
use trailmap::scene::Scene;

fn main() {
    divan::main();
}

const SIZES: [usize; 2] = [100, 1000];

fn scene(cards: usize) -> Scene {
    let map = synthetic_map(cards);
    trailmap::scene::build(&map, &Layout::compute(&map))
}

fn options(text: TextMode) -> ExportOptions {
    ExportOptions {
        text,
        ..ExportOptions::default()
    }
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn svg_outlines(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| svg::to_svg(&scene, &options(TextMode::Outlines)));
}

#[divan::bench(args = [100, 1_000, 10_000])]
fn svg_text(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| svg::to_svg(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn png_2x(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| png::to_png(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn pdf_text(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| pdf::to_pdf(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = [100], sample_count = 3)]
fn pdf_outlines(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| pdf::to_pdf(&scene, &options(TextMode::Outlines)));
}
