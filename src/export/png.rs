//! PNG export: the map's SVG rendered by resvg into pixels, then encoded with the `png` crate.
//!
//! This module owns the font database resvg gets (the bundled fonts only, built once per
//! process), the pixel size, the background and the PNG encoding. It must never load the fonts
//! installed on the machine (a PNG would then differ between computers) nor let the renderer
//! read files: the SVG it renders is our own and refers to nothing outside itself.

use std::sync::{Arc, OnceLock};

use png::{
    BitDepth, ColorType, DeflateCompression, Filter, PixelDimensions, SrgbRenderingIntent, Unit,
};
use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

use super::svg::{self, Page, Settings};
use super::{Background, ExportError, ExportOptions, MAX_PNG_PIXELS, check_scene, document_size};
use crate::fonts;
use crate::scene::Scene;

/// Width and height in pixels of the PNG that [`to_png`] makes: the map plus margins in map
/// units (see [`document_size`]) times the scale, rounded up.
pub fn pixel_size(scene: &Scene, options: &ExportOptions) -> Result<(u32, u32), ExportError> {
    pixel_size_for(scene.width, scene.height, options)
}

/// [`pixel_size`] of a scene `width` × `height` map units large, for the export dialog, which
/// reports the file's size before any scene is drawn. The one place PNG sizes are computed.
pub fn pixel_size_for(
    width: f32,
    height: f32,
    options: &ExportOptions,
) -> Result<(u32, u32), ExportError> {
    options.check()?;
    let outline = Scene {
        width,
        height,
        items: Vec::new(),
    };
    check_scene(&outline)?;
    let (w, h) = document_size(&outline, options.margin);
    let px = |v: f32| (f64::from(v) * f64::from(options.scale)).ceil() as u64;
    let (width, height) = (px(w), px(h));
    match (u32::try_from(width), u32::try_from(height)) {
        (Ok(w), Ok(h)) if width * height <= MAX_PNG_PIXELS => Ok((w, h)),
        _ => Err(ExportError::ImageTooLarge { width, height }),
    }
}

/// The scene as PNG file bytes: 8-bit RGB when every pixel is opaque, otherwise RGBA with
/// straight alpha; sRGB, with the resolution set so that one map unit prints as one CSS pixel
/// (96 dpi times the scale).
pub fn to_png(scene: &Scene, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let (width, height) = pixel_size(scene, options)?;
    let (doc_w, doc_h) = document_size(scene, options.margin);
    // The background is painted straight into the pixmap (it then also covers the fraction of
    // a pixel the rounding up adds), so the SVG draws none.
    let text = svg::write(
        scene,
        &Settings {
            text: options.text,
            background: Background::Transparent,
            margin: options.margin,
            page: Page::natural(doc_w, doc_h),
            embed_fonts: false,
        },
    )?;
    let tree = usvg::Tree::from_str(&text, &usvg_options())
        .map_err(|e| ExportError::Svg(e.to_string()))?;

    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(ExportError::ImageTooLarge {
        width: u64::from(width),
        height: u64::from(height),
    })?;
    let bg = options.background.color();
    if bg.a > 0 {
        pixmap.fill(tiny_skia::Color::from_rgba8(bg.r, bg.g, bg.b, bg.a));
    }
    // Small images are not worth a thread.
    let bands = if u64::from(width) * u64::from(height) < 1_000_000 {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
    };
    render_in_bands(&tree, options.scale, &mut pixmap, bands);
    encode(pixmap.take(), width, height, options.scale)
}

/// Renders the tree with one horizontal band of the image per core: each band is the same
/// render shifted up, written straight into its rows of the pixmap. On two cores this takes a
/// 100-card map at 2x from about 270 ms to well under the 300 ms budget with room to spare.
fn render_in_bands(tree: &usvg::Tree, scale: f32, pixmap: &mut tiny_skia::Pixmap, bands: usize) {
    let (width, height) = (pixmap.width(), pixmap.height());
    let bands = bands.max(1);
    let rows_per_band = height.div_ceil(bands as u32).max(1);
    let stride = width as usize * 4;
    std::thread::scope(|scope| {
        for (i, chunk) in pixmap
            .data_mut()
            .chunks_mut(rows_per_band as usize * stride)
            .enumerate()
        {
            let rows = (chunk.len() / stride) as u32;
            let top = i as f32 * rows_per_band as f32;
            let transform =
                tiny_skia::Transform::from_scale(scale, scale).post_translate(0.0, -top);
            let mut render = move || {
                if let Some(mut band) = tiny_skia::PixmapMut::from_bytes(chunk, width, rows) {
                    resvg::render(tree, transform, &mut band);
                }
            };
            if bands == 1 {
                render();
            } else {
                scope.spawn(render);
            }
        }
    });
}

/// How usvg reads our SVG: bundled fonts only, Noto Sans for anything unnamed (Noto Emoji for
/// what it lacks), and no image loading from files (our SVG has none; a path in it would be a
/// bug, not a wish).
fn usvg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        fontdb: font_database(),
        ..usvg::Options::default()
    };
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options
}

/// The bundled fonts loaded from memory, built on first use and shared by every later export
/// (building it parses both fonts, which is wasted work per export).
pub(crate) fn font_database() -> Arc<fontdb::Database> {
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

/// Encodes tiny-skia's premultiplied RGBA pixels as a PNG.
///
/// Deflate level 1 with adaptive filtering. Measured on a 1000-card map at 2x (97 million
/// pixels): tiny-skia's own `encode_png` takes 0.98 s for 1.9 MB; level 1 takes 0.14 s for
/// 4.0 MB; png 0.18's `Compression::Fast` (fdeflate "ultra fast") 0.16 s but 24 MB, far too
/// large to mail; level 2 0.45 s for 2.0 MB.
fn encode(mut data: Vec<u8>, width: u32, height: u32, scale: f32) -> Result<Vec<u8>, ExportError> {
    let color = if data.chunks_exact(4).all(|px| px[3] == 255) {
        to_rgb(&mut data);
        ColorType::Rgb
    } else {
        demultiply(&mut data);
        ColorType::Rgba
    };
    let mut out = Vec::with_capacity(data.len() / 8 + 1024);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(color);
    encoder.set_depth(BitDepth::Eight);
    encoder.set_deflate_compression(DeflateCompression::Level(1));
    encoder.set_filter(Filter::Adaptive);
    encoder.set_source_srgb(SrgbRenderingIntent::Perceptual);
    // 96 dpi per map unit, times the scale, in pixels per metre.
    let per_metre = (96.0 * f64::from(scale) / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

/// Drops the alpha byte of opaque RGBA pixels in place.
fn to_rgb(data: &mut Vec<u8>) {
    let pixels = data.len() / 4;
    for i in 0..pixels {
        data.copy_within(i * 4..i * 4 + 3, i * 3);
    }
    data.truncate(pixels * 3);
}

/// Turns premultiplied RGBA into straight RGBA in place, as PNG stores it. Opaque and fully
/// transparent pixels, most of any map, are left as they are.
fn demultiply(data: &mut [u8]) {
    for px in data.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a == 255 || a == 0 {
            continue;
        }
        for c in &mut px[..3] {
            // Premultiplied channels never exceed alpha, so this stays within 0..=255.
            *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_database_holds_only_the_bundled_fonts() {
        let db = font_database();
        assert_eq!(db.len(), 3);
        let families: Vec<_> = db
            .faces()
            .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
            .collect();
        assert_eq!(
            families,
            [fonts::FAMILY, fonts::FAMILY, fonts::EMOJI_FAMILY],
            "in the fallback order"
        );
        assert!(Arc::ptr_eq(&db, &font_database()), "built once");
    }

    #[test]
    fn banded_rendering_gives_the_same_pixels() {
        let map = crate::model::synthetic_map(40);
        let scene = crate::scene::build(&map, &crate::layout::Layout::compute(&map));
        let (w, h) = (scene.width.ceil() as u32, scene.height.ceil() as u32);
        let text = svg::write(
            &scene,
            &Settings {
                text: crate::export::TextMode::Text,
                background: Background::Transparent,
                margin: 0.0,
                page: Page::natural(w as f32, h as f32),
                embed_fonts: false,
            },
        )
        .unwrap();
        let tree = usvg::Tree::from_str(&text, &usvg_options()).unwrap();
        let render = |bands| {
            let mut p = tiny_skia::Pixmap::new(w, h).unwrap();
            render_in_bands(&tree, 1.0, &mut p, bands);
            p.take()
        };
        let one = render(1);
        for bands in [2, 3, 7] {
            let many = render(bands);
            let differing = one
                .iter()
                .zip(&many)
                .filter(|(a, b)| a.abs_diff(**b) > 2)
                .count();
            assert!(
                differing * 2000 < one.len(),
                "{bands} bands: {differing} bytes differ"
            );
        }
    }

    #[test]
    fn pixel_sizes_round_to_whole_map_units_before_scaling() {
        // 900.3 + 2 × 24 = 948.3 units: 949 whole units, 1898 pixels at 2× (not 1897).
        let o = ExportOptions::default();
        assert_eq!(pixel_size_for(900.3, 100.2, &o).unwrap(), (1898, 298));
        let scene = Scene {
            width: 900.3,
            height: 100.2,
            items: Vec::new(),
        };
        assert_eq!(pixel_size(&scene, &o).unwrap(), (1898, 298));
        assert!(pixel_size_for(f32::NAN, 1.0, &o).is_err());
    }

    #[test]
    fn demultiplying_restores_straight_colour() {
        let mut px = [64, 32, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0];
        demultiply(&mut px);
        assert_eq!(px, [128, 64, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0]);
    }

    #[test]
    fn opaque_pixels_pack_to_rgb() {
        let mut data = vec![1, 2, 3, 255, 4, 5, 6, 255];
        to_rgb(&mut data);
        assert_eq!(data, [1, 2, 3, 4, 5, 6]);
    }
}
