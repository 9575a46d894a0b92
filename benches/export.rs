//! Export speed for generated maps of 100 and 1 000 touchpoints, laid out as the app lays them
//! out: SVG writing (outlines and text), PNG at 2x beside resvg on our text SVG as its peer
//! (target: 3x faster at 1 000 cards), PDF (text and outlines), SVG of 10 000, and
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

/// The peer of `png_2x`, in process: resvg 0.49 rendering our text-mode SVG of the same map
/// (written beforehand, as the resvg command line gets it as a file) at 2x with the bundled
/// fonts, on one thread, encoded with tiny-skia's own PNG encoder, as `resvg -z 2
/// --skip-system-fonts --use-fonts-dir assets/fonts` does.
#[divan::bench(args = SIZES, sample_count = 3)]
fn png_2x_peer_resvg_on_text_svg(bencher: Bencher, cards: usize) {
    use resvg::{tiny_skia, usvg};
    let scene = scene(cards);
    let text = svg::to_svg(&scene, &options(TextMode::Text)).unwrap();
    bencher.bench(|| {
        let mut db = usvg::fontdb::Database::new();
        for font in trailmap::fonts::Font::ALL {
            db.load_font_data(font.data().to_vec());
        }
        let usvg_options = usvg::Options {
            fontdb: std::sync::Arc::new(db),
            ..usvg::Options::default()
        };
        let tree = usvg::Tree::from_str(&text, &usvg_options).unwrap();
        let size = tree.size().to_int_size().scale_by(2.0).unwrap();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(2.0, 2.0),
            &mut pixmap.as_mut(),
        );
        pixmap.encode_png().unwrap()
    });
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
