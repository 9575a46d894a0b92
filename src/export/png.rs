//! PNG export: the Scene painted straight into pixels ([`super::raster`], tiny-skia, one band
//! of rows per core), then encoded with the `png` crate.
//!
//! This module owns the pixel size, the background and the PNG encoding. It must never load
//! the fonts installed on the machine (a PNG would then differ between computers): text is
//! drawn from the bundled fonts' outlines only.
//!
//! Until issue 14 the map went Scene, SVG text, usvg, resvg; on a 1000-card map at 2x most of
//! the time went into writing, parsing and shaping that SVG. The pixels stay the same (a test
//! compares them with resvg's rendering of our SVG).

use png::{
    BitDepth, ColorType, DeflateCompression, Filter, PixelDimensions, SrgbRenderingIntent, Unit,
};

use super::raster::Pixels;
use super::{
    ExportError, ExportOptions, MAX_PNG_PIXELS, check_scene, document_size, glyphs, raster,
};
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

/// The scene as PNG file bytes: 8-bit RGB on an opaque background, otherwise RGBA with
/// straight alpha; sRGB, with the resolution set so that one map unit prints as one CSS pixel
/// (96 dpi times the scale). The text mode does not matter: text is always drawn from the
/// bundled fonts' outlines, as an outline SVG draws it.
pub fn to_png(scene: &Scene, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let (width, height) = pixel_size(scene, options)?;
    let faces = glyphs::faces()?;
    // The background is painted straight into the pixels (it then also covers the fraction of
    // a pixel the rounding up adds).
    let background = options.background.color();
    let pixels = if background.a == 255 {
        Pixels::Rgb
    } else {
        Pixels::Rgba
    };
    let data = raster::paint(
        scene,
        faces,
        (width, height),
        options.scale,
        options.margin,
        background,
        pixels,
    );
    encode(&data, width, height, options.scale, pixels)
}

/// Encodes pixels laid out as `pixels` says as a PNG.
///
/// Deflate level 1 with the Sub filter on every row. Measured on a 1000-card map at 2x (97
/// million pixels): tiny-skia's own `encode_png` takes 0.98 s for 1.9 MB; level 1 takes 0.14 s
/// for 4.0 MB; png 0.18's `Compression::Fast` (fdeflate "ultra fast") 0.16 s but 24 MB, far
/// too large to mail; level 2 0.45 s for 2.0 MB. On the 118-million-pixel synthetic map
/// adaptive filtering (five filters tried per row) took 7% of the export's CPU samples, all on
/// one core; Sub alone makes the file 9% larger (17.9 instead of 16.4 MB) and took the whole
/// export's user time from 2.1 to 1.7 s (two runs at different machine load).
fn encode(
    data: &[u8],
    width: u32,
    height: u32,
    scale: f32,
    pixels: Pixels,
) -> Result<Vec<u8>, ExportError> {
    let color = match pixels {
        Pixels::Rgb => ColorType::Rgb,
        Pixels::Rgba => ColorType::Rgba,
    };
    let mut out = Vec::with_capacity(data.len() / 8 + 1024);
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(color);
    encoder.set_depth(BitDepth::Eight);
    encoder.set_deflate_compression(DeflateCompression::Level(1));
    encoder.set_filter(Filter::Sub);
    encoder.set_source_srgb(SrgbRenderingIntent::Perceptual);
    // 96 dpi per map unit, times the scale, in pixels per metre.
    let per_metre = (96.0 * f64::from(scale) / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: Unit::Meter,
    }));
    let mut writer = encoder.write_header()?;
    writer.write_image_data(data)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
