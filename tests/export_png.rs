//! PNG export: decoded with the `image` crate and compared with a few small goldens.
//!
//! Goldens live in `tests/golden/`. `UPDATE_GOLDENS=1 cargo test --test export_png` (or
//! `UPDATE_SNAPSHOTS=1`) rewrites them; on a mismatch the new rendering is written next to the
//! golden as `*.new.png` with a `*.diff.png` marking the differing pixels (both git-ignored).

use crate::common;

use std::path::{Path, PathBuf};

use common::*;
use image::{Rgba, RgbaImage};
use trailmap::export::{
    self, Background, ExportError, ExportOptions, Format, TextMode, document_size, png,
};
use trailmap::model::Color;
use trailmap::scene::Scene;

fn decode(bytes: &[u8]) -> RgbaImage {
    image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .expect("our PNG decodes")
        .to_rgba8()
}

#[test]
fn size_is_the_map_plus_margins_times_the_scale() {
    let scene = sample_scene();
    let (w, h) = document_size(&scene, 24.0);
    for scale in [1.0, 1.5, 2.0] {
        let options = ExportOptions {
            scale,
            ..Default::default()
        };
        let bytes = png::to_png(&scene, &options).unwrap();
        let img = decode(&bytes);
        let expected = ((w * scale).ceil() as u32, (h * scale).ceil() as u32);
        assert_eq!(img.dimensions(), expected, "scale {scale}");
        assert_eq!(png::pixel_size(&scene, &options).unwrap(), expected);
    }
}

#[test]
fn background_is_white_transparent_or_the_chosen_colour() {
    let scene = sample_scene();
    let corner = |background| {
        let bytes = export::render(
            &scene,
            Format::Png,
            &ExportOptions {
                background,
                scale: 1.0,
                ..Default::default()
            },
        )
        .unwrap();
        let img = decode(&bytes);
        (*img.get_pixel(0, 0), img)
    };
    assert_eq!(corner(Background::White).0, Rgba([255, 255, 255, 255]));
    assert_eq!(
        corner(Background::Color(Color::rgb(10, 20, 30))).0,
        Rgba([10, 20, 30, 255])
    );
    let (px, img) = corner(Background::Transparent);
    assert_eq!(px[3], 0, "transparent corner");
    // Inside a card it is opaque white; on the translucent band the colour comes back
    // straight (not premultiplied): #2563eb at alpha 0x20.
    assert_eq!(
        *img.get_pixel(24 + 100, 24 + 85),
        Rgba([255, 255, 255, 255])
    );
    let band = img.get_pixel(24 + 5, 24 + 200);
    assert_eq!(band[3], 0x20);
    for (got, want) in band.0[..3].iter().zip([0x25, 0x63, 0xeb]) {
        assert!(got.abs_diff(want) <= 4, "{band:?}");
    }
}

#[test]
fn an_opaque_png_is_rgb_and_a_transparent_one_rgba() {
    let scene = sample_scene();
    let color_type = |background| {
        let bytes = png::to_png(
            &scene,
            &ExportOptions {
                background,
                scale: 1.0,
                ..Default::default()
            },
        )
        .unwrap();
        image::load_from_memory(&bytes).unwrap().color()
    };
    assert_eq!(color_type(Background::White), image::ColorType::Rgb8);
    assert_eq!(color_type(Background::Transparent), image::ColorType::Rgba8);
}

#[test]
fn a_png_is_small_enough_to_mail() {
    // Guards the encoder settings: png 0.18's `Compression::Fast` (fdeflate) compresses this
    // map 20:1 and a 1000-card one 12:1; deflate level 1 manages 48:1 and 73:1.
    let mut items = Vec::new();
    for i in 0..30u32 {
        let (x, y) = ((i % 6) as f32 * 200.0, (i / 6) as f32 * 110.0);
        items.extend(card(
            i,
            x,
            y,
            NORDIC_AND_POLISH[i as usize % 5],
            &["Sees an ad", "Owner: Sales"],
        ));
    }
    let scene = Scene {
        width: 1180.0,
        height: 542.0,
        items,
        ..Default::default()
    };
    let bytes = png::to_png(&scene, &ExportOptions::default()).unwrap();
    let img = decode(&bytes);
    let raw = img.width() as usize * img.height() as usize * 3;
    assert!(
        bytes.len() * 30 < raw,
        "{} bytes for {raw} bytes of pixels",
        bytes.len()
    );
}

#[test]
fn a_huge_png_is_refused_with_advice() {
    let scene = Scene {
        width: 40_000.0,
        height: 20_000.0,
        items: Vec::new(),
        ..Default::default()
    };
    let e = png::to_png(&scene, &ExportOptions::default()).unwrap_err();
    assert!(matches!(e, ExportError::ImageTooLarge { .. }), "{e}");
    assert!(e.to_string().contains("export SVG or PDF"), "{e}");
}

#[test]
fn hostile_text_renders() {
    for text in [TextMode::Outlines, TextMode::Text] {
        let bytes = png::to_png(
            &hostile_scene(),
            &ExportOptions {
                text,
                scale: 1.0,
                ..Default::default()
            },
        )
        .unwrap();
        let img = decode(&bytes);
        assert!(img.pixels().any(|p| p[0] < 100), "{text:?}: text is drawn");
    }
}

// ---- goldens ----

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares a rendering with `tests/golden/<name>.png`: at most 0.5 % of pixels may differ,
/// and a pixel differs when any channel is off by more than 8.
fn check_golden(name: &str, bytes: &[u8]) {
    let path = golden_dir().join(format!("{name}.png"));
    let new_path = golden_dir().join(format!("{name}.new.png"));
    let diff_path = golden_dir().join(format!("{name}.diff.png"));
    let updating = ["UPDATE_GOLDENS", "UPDATE_SNAPSHOTS"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|v| v != "0"));
    std::fs::create_dir_all(golden_dir()).unwrap();
    if updating {
        std::fs::write(&path, bytes).unwrap();
        let _ = std::fs::remove_file(&new_path);
        let _ = std::fs::remove_file(&diff_path);
        return;
    }
    let actual = decode(bytes);
    let Ok(golden_bytes) = std::fs::read(&path) else {
        std::fs::write(&new_path, bytes).unwrap();
        panic!(
            "golden {} is missing; the rendering is in {}. If it looks right, run with \
             UPDATE_GOLDENS=1 to accept it",
            path.display(),
            new_path.display()
        );
    };
    let golden = decode(&golden_bytes);
    let mut problem = None;
    if golden.dimensions() != actual.dimensions() {
        problem = Some(format!(
            "size {:?} differs from the golden's {:?}",
            actual.dimensions(),
            golden.dimensions()
        ));
    } else {
        let mut diff = RgbaImage::new(golden.width(), golden.height());
        let mut differing = 0usize;
        for ((a, b), d) in actual.pixels().zip(golden.pixels()).zip(diff.pixels_mut()) {
            if a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 8) {
                differing += 1;
                *d = Rgba([255, 0, 0, 255]);
            } else {
                let grey = (u16::from(b[0]) + u16::from(b[1]) + u16::from(b[2])) / 12 + 160;
                *d = Rgba([grey as u8, grey as u8, grey as u8, 255]);
            }
        }
        let allowed = (golden.width() * golden.height()) as usize / 200;
        if differing > allowed {
            diff.save(&diff_path).unwrap();
            problem = Some(format!(
                "{differing} pixels differ (at most {allowed} may); differences are red in {}",
                diff_path.display()
            ));
        }
    }
    if let Some(problem) = problem {
        std::fs::write(&new_path, bytes).unwrap();
        panic!(
            "{name}: {problem}. The new rendering is in {}; if it is right, run with \
             UPDATE_GOLDENS=1 to accept it. Golden: {}",
            new_path.display(),
            path.display()
        );
    }
    let _ = std::fs::remove_file(&new_path);
    let _ = std::fs::remove_file(&diff_path);
}

fn golden_options(text: TextMode, background: Background) -> ExportOptions {
    ExportOptions {
        text,
        background,
        scale: 1.0,
        margin: 12.0,
        ..Default::default()
    }
}

#[test]
fn golden_sample_map_outlines_on_white() {
    let options = golden_options(TextMode::Outlines, Background::White);
    check_golden(
        "sample-outlines-white",
        &png::to_png(&sample_scene(), &options).unwrap(),
    );
}

#[test]
fn golden_sample_map_text_on_transparent() {
    let options = golden_options(TextMode::Text, Background::Transparent);
    check_golden(
        "sample-text-transparent",
        &png::to_png(&sample_scene(), &options).unwrap(),
    );
}

#[test]
fn golden_hostile_text_on_a_colour() {
    let options = golden_options(
        TextMode::Outlines,
        Background::Color(Color::rgb(0xfe, 0xf3, 0xc7)),
    );
    check_golden(
        "hostile-outlines-colour",
        &png::to_png(&hostile_scene(), &options).unwrap(),
    );
}

// ---- the same pixels as resvg drawing our SVG ----

/// resvg 0.49's rendering of our own SVG of `scene` (what PNG export made until it painted the
/// Scene itself), given the bundled fonts only.
fn resvg_rendering(scene: &Scene, options: &ExportOptions) -> RgbaImage {
    use resvg::{tiny_skia, usvg};
    let svg = trailmap::export::svg::to_svg(scene, options).unwrap();
    let mut db = usvg::fontdb::Database::new();
    for font in trailmap::fonts::Font::ALL {
        db.load_font_data(font.data().to_vec());
    }
    db.set_sans_serif_family(trailmap::fonts::FAMILY);
    let usvg_options = usvg::Options {
        font_family: trailmap::fonts::FAMILY.to_owned(),
        fontdb: std::sync::Arc::new(db),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &usvg_options).unwrap();
    let (w, h) = png::pixel_size(scene, options).unwrap();
    let mut pixmap = tiny_skia::Pixmap::new(w, h).unwrap();
    let scale = options.scale;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    RgbaImage::from_raw(w, h, pixmap.take_demultiplied()).unwrap()
}

/// How far two renderings of one size are apart: the mean absolute difference per channel
/// (0..=255) and the largest such mean over any 16 × 16 pixel tile.
fn difference(a: &RgbaImage, b: &RgbaImage) -> (f64, f64) {
    assert_eq!(a.dimensions(), b.dimensions());
    let (w, h) = a.dimensions();
    const TILE: u32 = 16;
    let tiles_across = w.div_ceil(TILE) as usize;
    let mut tiles = vec![(0u64, 0u64); tiles_across * h.div_ceil(TILE) as usize];
    let mut total = 0u64;
    for (x, y, pa) in a.enumerate_pixels() {
        let pb = b.get_pixel(x, y);
        let d: u64 =
            pa.0.iter()
                .zip(pb.0)
                .map(|(p, q)| u64::from(p.abs_diff(q)))
                .sum();
        total += d;
        let tile = &mut tiles[(y / TILE) as usize * tiles_across + (x / TILE) as usize];
        tile.0 += d;
        tile.1 += 4;
    }
    let worst = tiles
        .iter()
        .map(|(d, n)| *d as f64 / *n as f64)
        .fold(0.0, f64::max);
    (total as f64 / (f64::from(w) * f64::from(h) * 4.0), worst)
}

/// Asserts that our PNG of `scene` shows what resvg draws from our SVG of it: on average
/// under one step in 255 per channel, and no 16 × 16 tile off by more than 24 on average (text
/// edges differ a little: resvg shapes the text-mode SVG itself). Measured when written: means
/// of 0.000 to 0.018 and worst tiles of 0.4 to 5.1 on the examples and synthetic maps. A card drawn in the wrong
/// place, a missing line of text or a wrong colour fails both.
fn assert_like_resvg(name: &str, scene: &Scene, options: &ExportOptions) {
    let ours = decode(&png::to_png(scene, options).unwrap());
    let theirs = resvg_rendering(scene, options);
    let (mean, worst_tile) = difference(&ours, &theirs);
    eprintln!(
        "{name} ({:?}): mean {mean:.3}, worst tile {worst_tile:.1}",
        options.text
    );
    assert!(
        mean < 1.0 && worst_tile < 24.0,
        "{name} ({:?}): mean difference {mean:.3}, worst tile {worst_tile:.1}",
        options.text
    );
}

#[test]
fn pngs_show_what_resvg_draws_from_our_svg() {
    for path in example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let scene = trailmap::scene::build(&map, &trailmap::layout::Layout::compute(&map));
        let name = path.file_name().unwrap().to_string_lossy();
        for text in [TextMode::Text, TextMode::Outlines] {
            let options = ExportOptions {
                text,
                ..ExportOptions::default()
            };
            assert_like_resvg(&name, &scene, &options);
        }
    }
    let map = trailmap::model::synthetic_map(150);
    let scene = trailmap::scene::build(&map, &trailmap::layout::Layout::compute(&map));
    for background in [Background::White, Background::Transparent] {
        let options = ExportOptions {
            background,
            scale: 1.0,
            ..ExportOptions::default()
        };
        assert_like_resvg("synthetic 150", &scene, &options);
    }
    for (name, scene) in [("sample", sample_scene()), ("hostile", hostile_scene())] {
        let options = ExportOptions {
            text: TextMode::Outlines,
            scale: 3.0,
            ..ExportOptions::default()
        };
        assert_like_resvg(name, &scene, &options);
    }
}

#[test]
fn a_difference_in_one_card_is_noticed() {
    // The comparison itself: a line of text moved by 8 map units must fail it.
    let scene = sample_scene();
    let options = ExportOptions {
        text: TextMode::Outlines,
        ..ExportOptions::default()
    };
    let mut moved = scene.clone();
    for item in &mut moved.items {
        if let trailmap::scene::Item::Text { origin, .. } = item {
            origin.x += 8.0;
            break;
        }
    }
    let ours = decode(&png::to_png(&moved, &options).unwrap());
    let (mean, worst_tile) = difference(&ours, &resvg_rendering(&scene, &options));
    assert!(worst_tile >= 24.0, "mean {mean}, worst tile {worst_tile}");
}
