//! Export speed for generated maps of 100 and 1 000 touchpoints, laid out as the app lays them
//! out: SVG writing (outlines and text), PNG at 2x, PDF (text and outlines), SVG of 10 000, and
//! PowerPoint of 1 000 (target under 300 ms) beside SVG text of the same map as its peer.
//! Run with `cargo bench --bench export`.
//!
//! Targets (2 cores): the whole `trailmap export` of a 100-card map to PNG 2x under 300 ms and
//! 1.5x faster than rsvg-convert on our SVG; PDF of 1 000 cards 5x faster than `rsvg-convert
//! -f pdf` on our text SVG, and of 10 000 cards under 2 s (compare with hyperfine, see the
//! README).

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

/// The whole PowerPoint deck (shapes, package, deflate) of one map slide.
#[divan::bench(args = [1_000], sample_count = 10)]
fn pptx_map(bencher: Bencher, cards: usize) {
    let map = synthetic_map(cards);
    let scene = trailmap::scene::build(&map, &Layout::compute(&map));
    let options = trailmap::export::pptx::PptxOptions::default();
    bencher.bench(|| trailmap::export::pptx::to_pptx(&scene, &map, &options));
}

/// The peer of `pptx_map`: SVG with live text of the same map.
#[divan::bench(args = [1_000], sample_count = 10)]
fn pptx_peer_svg_text(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| svg::to_svg(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn png_2x(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| png::to_png(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 5)]
fn pdf_text(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| pdf::to_pdf(&scene, &options(TextMode::Text)));
}

#[divan::bench(args = [100], sample_count = 3)]
fn pdf_outlines(bencher: Bencher, cards: usize) {
    let scene = scene(cards);
    bencher.bench(|| pdf::to_pdf(&scene, &options(TextMode::Outlines)));
}
