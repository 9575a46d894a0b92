//! Importing a picture for a card: any PNG, JPEG, WebP, GIF (its first frame) or SVG file
//! becomes a [`Picture`] the map stores, at most [`MAX_PICTURE_SIDE`] pixels on its long side
//! and re-encoded, so the original is never needed again.
//!
//! Files are untrusted: the size a file's header claims is checked before any pixel is decoded
//! (a small file may claim gigapixels), decoders run with allocation limits, an SVG may not
//! load anything (no files, no URLs, no embedded raster images), and every failure is a
//! [`PictureError`]. Plain Rust, no egui, no UI words.
//!
//! Settings and why:
//! - Scaling uses Catmull-Rom: sharper than a triangle filter for the text of screenshots and
//!   a third cheaper than Lanczos3 (support 2 instead of 3) with no visible difference at card
//!   size; `image` widens the kernel by the scale factor, so a big reduction does not alias.
//! - A picture with any transparent pixel, or with at most [`PNG_MAX_COLOURS`] distinct
//!   colours (screenshots, slides, logos: flat colour and anti-aliased text), is written as PNG
//!   (deflate at its best level, adaptive filters): exact pixels, no ringing around text. Every
//!   other picture is a photo and is written as JPEG at quality [`JPEG_QUALITY`] (4:2:0), about
//!   a tenth of the PNG's size with no visible loss at card size. An opaque PNG larger than
//!   [`PNG_MAX_BYTES`] is written as JPEG instead.
//! - Re-encoding drops every metadata block (EXIF, GPS position, camera); a JPEG's EXIF
//!   orientation is applied to the pixels first, so a phone photo stands the right way up.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use crate::model::{MAX_PICTURE_SIDE, Map, MediaType, Picture, PictureLimit};

/// The largest file accepted (50 MB, as a map file).
pub const MAX_SOURCE_BYTES: usize = 50 * 1024 * 1024;
/// The most pixels a file may claim (64 megapixels: a 48-megapixel phone photo fits); the
/// decoded picture is at most 256 MB.
pub const MAX_SOURCE_PIXELS: u64 = 64_000_000;
/// The longest side a file may claim, in pixels.
pub const MAX_SOURCE_SIDE: u32 = 20_000;
/// JPEG quality for photos.
pub const JPEG_QUALITY: u8 = 85;
/// Most distinct colours an opaque picture may have to be kept as PNG.
pub const PNG_MAX_COLOURS: usize = 8_192;
/// An opaque PNG larger than this (2 MB) is written as JPEG instead.
pub const PNG_MAX_BYTES: usize = 2 * 1024 * 1024;
/// The most memory a decoder may allocate (512 MB).
const MAX_DECODE_ALLOC: u64 = 512 * 1024 * 1024;

/// What kind of file a picture came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// WebP.
    WebP,
    /// GIF (its first frame).
    Gif,
    /// SVG, rendered.
    Svg,
}

/// Why a file could not become a picture. Data only; `Display` is English for the command
/// line, the window words it (`app::picture_words`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PictureError {
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// The file is not a picture Trailmap reads.
    #[error("the file is not a PNG, JPEG, WebP, GIF or SVG picture")]
    NotAPicture,
    /// The file is a picture of a format Trailmap does not read (TIFF, BMP, …).
    #[error("{format} pictures cannot be added; use PNG, JPEG, WebP, GIF or SVG")]
    Unsupported {
        /// The format's name ("TIFF").
        format: String,
    },
    /// The picture is damaged or cut short and does not decode.
    #[error("the {} picture is damaged or incomplete", format_name(*.format))]
    Damaged {
        /// What it claimed to be.
        format: SourceFormat,
    },
    /// The picture claims more pixels than Trailmap decodes (an image bomb, or a huge scan).
    #[error(
        "the picture is {width}×{height} pixels; at most {max_side} on a side and {} \
         megapixels are read",
        .max_pixels / 1_000_000
    )]
    TooManyPixels {
        /// Width the file claims.
        width: u32,
        /// Height the file claims.
        height: u32,
        /// Longest side read.
        max_side: u32,
        /// Most pixels read.
        max_pixels: u64,
    },
    /// The file is larger than [`MAX_SOURCE_BYTES`].
    #[error(
        "the file is {} MB; pictures of at most {} MB are read",
        crate::model::mb(*.bytes),
        crate::model::mb(*.max)
    )]
    FileTooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The map has no room for another picture.
    #[error("{0}")]
    MapFull(PictureLimit),
}

impl SourceFormat {
    /// The format's name, the same in every language ("PNG", "WebP").
    pub fn name(self) -> &'static str {
        format_name(self)
    }
}

fn format_name(f: SourceFormat) -> &'static str {
    match f {
        SourceFormat::Png => "PNG",
        SourceFormat::Jpeg => "JPEG",
        SourceFormat::WebP => "WebP",
        SourceFormat::Gif => "GIF",
        SourceFormat::Svg => "SVG",
    }
}

/// The picture a file makes, scaled and re-encoded (see the module's settings), ready for a
/// map's store. Never panics on any bytes.
pub fn import_picture(bytes: &[u8]) -> Result<Picture, PictureError> {
    if bytes.is_empty() {
        return Err(PictureError::Empty);
    }
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(PictureError::FileTooLarge {
            bytes: bytes.len(),
            max: MAX_SOURCE_BYTES,
        });
    }
    let image = if looks_like_svg(bytes) {
        render_svg(bytes)?
    } else {
        decode_raster(bytes)?
    };
    Ok(encode(image))
}

/// The picture straight (not premultiplied) RGBA pixels make, row by row: what a screenshot
/// pasted from the clipboard is. Scaled and encoded as a file is; `Damaged` when the pixels
/// are not `width`×`height`×4 bytes.
pub fn import_rgba(width: u32, height: u32, rgba: Vec<u8>) -> Result<Picture, PictureError> {
    let damaged = || PictureError::Damaged {
        format: SourceFormat::Png,
    };
    check_size(width, height, damaged)?;
    let image = image::RgbaImage::from_raw(width, height, rgba).ok_or_else(damaged)?;
    Ok(encode(DynamicImage::ImageRgba8(image)))
}

/// [`import_picture`] for a map: also refuses a picture the map has no room for
/// ([`Map::room_for`]). The map is not changed; add the picture with `edit::set_picture`.
pub fn import_picture_for(map: &Map, bytes: &[u8]) -> Result<Picture, PictureError> {
    let picture = import_picture(bytes)?;
    map.room_for(&picture).map_err(PictureError::MapFull)?;
    Ok(picture)
}

/// What format the bytes are, by their first bytes; `None` for anything else.
pub fn sniff(bytes: &[u8]) -> Option<SourceFormat> {
    if looks_like_svg(bytes) {
        return Some(SourceFormat::Svg);
    }
    match image::guess_format(bytes).ok()? {
        ImageFormat::Png => Some(SourceFormat::Png),
        ImageFormat::Jpeg => Some(SourceFormat::Jpeg),
        ImageFormat::WebP => Some(SourceFormat::WebP),
        ImageFormat::Gif => Some(SourceFormat::Gif),
        _ => None,
    }
}

/// An XML or SVG start (after a byte order mark and blanks) with `<svg` in the first 4 KB.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    let opens = head.starts_with(b"<?xml")
        || head.starts_with(b"<svg")
        || head.starts_with(b"<!--")
        || head.starts_with(b"<!DOCTYPE");
    opens && head.windows(4).any(|w| w == b"<svg")
}

fn decode_raster(bytes: &[u8]) -> Result<DynamicImage, PictureError> {
    let guessed = image::guess_format(bytes).map_err(|_| PictureError::NotAPicture)?;
    let format = match guessed {
        ImageFormat::Png => SourceFormat::Png,
        ImageFormat::Jpeg => SourceFormat::Jpeg,
        ImageFormat::WebP => SourceFormat::WebP,
        ImageFormat::Gif => SourceFormat::Gif,
        other => {
            return Err(PictureError::Unsupported {
                format: other
                    .extensions_str()
                    .first()
                    .map_or_else(|| format!("{other:?}"), |e| e.to_ascii_uppercase()),
            });
        }
    };
    let damaged = || PictureError::Damaged { format };
    // zune-jpeg fills what a cut-short JPEG lacks with grey; a card should not show half a
    // photo as if it were whole.
    if format == SourceFormat::Jpeg && !jpeg_has_end(bytes) {
        return Err(damaged());
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), guessed);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SOURCE_SIDE);
    limits.max_image_height = Some(MAX_SOURCE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    // Only the header is read here; a size over the limits is refused before any pixel.
    let mut decoder = match reader.into_decoder() {
        Ok(d) => d,
        Err(image::ImageError::Limits(_)) => {
            let (width, height) = claimed_size(bytes, guessed).unwrap_or((0, 0));
            return Err(too_many_pixels(width, height));
        }
        Err(_) => return Err(damaged()),
    };
    let (width, height) = decoder.dimensions();
    check_size(width, height, damaged)?;
    let orientation = decoder.orientation().ok();
    let mut image = match DynamicImage::from_decoder(decoder) {
        Ok(image) => image,
        Err(image::ImageError::Limits(_)) => return Err(too_many_pixels(width, height)),
        Err(_) => return Err(damaged()),
    };
    if let Some(o) = orientation {
        image.apply_orientation(o);
    }
    Ok(image)
}

/// Whether a JPEG has its end-of-image marker after its first scan. Inside a scan every 0xFF
/// byte of data is followed by 0x00 (or is a restart marker 0xD0-0xD7), so 0xFF 0xD9 there is
/// the real end; trailing bytes after it (some cameras append data) do not matter.
fn jpeg_has_end(bytes: &[u8]) -> bool {
    let Some(scan) = bytes.windows(2).position(|w| w == [0xFF, 0xDA]) else {
        return false;
    };
    bytes[scan..].windows(2).any(|w| w == [0xFF, 0xD9])
}

/// The size a header claims, read without limits (only the header is read).
fn claimed_size(bytes: &[u8], format: ImageFormat) -> Option<(u32, u32)> {
    // A PNG's IHDR is its first chunk; a bomb may be nothing but it.
    if format == ImageFormat::Png {
        let word = |at: usize| -> Option<u32> {
            Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
        };
        if bytes.get(12..16) == Some(b"IHDR") {
            return Some((word(16)?, word(20)?));
        }
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.no_limits();
    reader.into_dimensions().ok()
}

/// Refuses a picture of no pixels (damaged) or of more than may be decoded, from its header.
fn check_size(
    width: u32,
    height: u32,
    damaged: impl Fn() -> PictureError,
) -> Result<(), PictureError> {
    if width == 0 || height == 0 {
        return Err(damaged());
    }
    if u64::from(width) * u64::from(height) > MAX_SOURCE_PIXELS
        || width > MAX_SOURCE_SIDE
        || height > MAX_SOURCE_SIDE
    {
        return Err(too_many_pixels(width, height));
    }
    Ok(())
}

fn too_many_pixels(width: u32, height: u32) -> PictureError {
    PictureError::TooManyPixels {
        width,
        height,
        max_side: MAX_SOURCE_SIDE,
        max_pixels: MAX_SOURCE_PIXELS,
    }
}

/// Renders an SVG at [`MAX_PICTURE_SIDE`] on its long side. Nothing outside the file is
/// loaded: `<image>` elements (files, URLs and embedded `data:` pictures alike) are left out,
/// so an SVG can neither read the disk nor smuggle in an image bomb. Text uses the bundled
/// Noto Sans.
fn render_svg(bytes: &[u8]) -> Result<DynamicImage, PictureError> {
    use resvg::{tiny_skia, usvg};
    let damaged = || PictureError::Damaged {
        format: SourceFormat::Svg,
    };
    let mut options = usvg::Options {
        resources_dir: None,
        font_family: crate::fonts::FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    options.image_href_resolver = usvg::ImageHrefResolver {
        resolve_data: Box::new(|_, _, _| None),
        resolve_string: Box::new(|_, _| None),
    };
    std::sync::Arc::make_mut(&mut options.fontdb).load_font_data(crate::fonts::REGULAR.to_vec());
    let tree = usvg::Tree::from_data(bytes, &options).map_err(|_| damaged())?;
    let size = tree.size();
    let (w, h) = (size.width(), size.height());
    if !(w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0) {
        return Err(damaged());
    }
    let scale = MAX_PICTURE_SIDE as f32 / w.max(h);
    let px = |v: f32| ((v * scale).round() as u32).clamp(1, MAX_PICTURE_SIDE);
    let (pw, ph) = (px(w), px(h));
    let mut pixmap = tiny_skia::Pixmap::new(pw, ph).ok_or_else(damaged)?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(pw as f32 / w, ph as f32 / h),
        &mut pixmap.as_mut(),
    );
    let rgba: Vec<u8> = pixmap
        .pixels()
        .iter()
        .flat_map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    image::RgbaImage::from_raw(pw, ph, rgba)
        .map(DynamicImage::ImageRgba8)
        .ok_or_else(damaged)
}

/// Scales to at most [`MAX_PICTURE_SIDE`] and encodes as PNG or JPEG (see the module).
fn encode(image: DynamicImage) -> Picture {
    let image = if image.width().max(image.height()) > MAX_PICTURE_SIDE {
        image.resize(
            MAX_PICTURE_SIDE,
            MAX_PICTURE_SIDE,
            image::imageops::FilterType::CatmullRom,
        )
    } else {
        image
    };
    let rgba = image.into_rgba8();
    let (width, height) = rgba.dimensions();
    let opaque = rgba.pixels().all(|p| p.0[3] == 255);
    let few_colours = colours_at_most(&rgba, PNG_MAX_COLOURS);
    if !opaque {
        return png(
            width,
            height,
            rgba.as_raw(),
            image::ExtendedColorType::Rgba8,
        );
    }
    let rgb = DynamicImage::ImageRgba8(rgba).into_rgb8();
    if few_colours {
        let p = png(width, height, rgb.as_raw(), image::ExtendedColorType::Rgb8);
        if p.bytes.len() <= PNG_MAX_BYTES {
            return p;
        }
    }
    jpeg(width, height, rgb.as_raw())
        .unwrap_or_else(|| png(width, height, rgb.as_raw(), image::ExtendedColorType::Rgb8))
}

/// Whether the picture has at most `max` distinct colours (counting stops at `max + 1`).
fn colours_at_most(rgba: &image::RgbaImage, max: usize) -> bool {
    let mut seen = std::collections::HashSet::with_capacity(max + 1);
    for p in rgba.pixels() {
        seen.insert(u32::from_le_bytes(p.0));
        if seen.len() > max {
            return false;
        }
    }
    true
}

fn png(width: u32, height: u32, pixels: &[u8], color: image::ExtendedColorType) -> Picture {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    let encoder =
        PngEncoder::new_with_quality(&mut out, CompressionType::Best, FilterType::Adaptive);
    // Writing into memory pixels of the size they claim cannot fail; if it did, the picture
    // would be empty and show as missing rather than take the program down.
    if encoder.write_image(pixels, width, height, color).is_err() {
        out.clear();
    }
    Picture {
        media: MediaType::Png,
        width,
        height,
        bytes: out.into(),
    }
}

fn jpeg(width: u32, height: u32, rgb: &[u8]) -> Option<Picture> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .encode(rgb, width, height, image::ExtendedColorType::Rgb8)
        .ok()?;
    Some(Picture {
        media: MediaType::Jpeg,
        width,
        height,
        bytes: out.into(),
    })
}
