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

use std::collections::BTreeMap;
use std::sync::Mutex;

use png::{BitDepth, ColorType, PixelDimensions, SrgbRenderingIntent, Unit};
use zlib_rs::{DeflateFlush, Status};

use super::raster::{Band, Pixels};
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
        ..Default::default()
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
    to_png_in_bands(scene, options, raster::BAND_ROWS)
}

/// [`to_png`] painted and compressed in bands of about `band_rows` rows.
fn to_png_in_bands(
    scene: &Scene,
    options: &ExportOptions,
    band_rows: u32,
) -> Result<Vec<u8>, ExportError> {
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
    let mut out = Vec::new();
    let writer = header(&mut out, width, height, options.scale, pixels)?;
    let sink = Mutex::new(Sink {
        writer,
        next: 0,
        waiting: BTreeMap::new(),
        adler: 1,
    });
    let done = raster::paint_bands(
        scene,
        faces,
        (width, height),
        (options.scale, options.margin),
        background,
        band_rows,
        BandEncoder::new,
        |encoder, band| {
            let (index, count) = (band.index, band.count);
            let compressed = encoder.band(band, width, pixels)?;
            sink.lock()
                .map_err(|_| deflate_error("another band failed"))?
                .deliver(index, count, compressed)
        },
    )
    .ok_or_else(|| deflate_error("a band of the picture could not be painted"))?;
    let bands = done.len();
    done.into_iter().collect::<Result<(), _>>()?;
    let Sink { writer, next, .. } = sink
        .into_inner()
        .map_err(|_| deflate_error("a band failed"))?;
    if next != bands {
        return Err(deflate_error("a band is missing"));
    }
    writer.finish()?;
    Ok(out)
}

/// The PNG as it is written: the bands' pieces of the zlib stream arrive in any order, as
/// their threads finish them, and go into the file in order, one IDAT chunk each, so the file
/// grows as the picture is painted and no band waits long (at most one per other thread).
struct Sink<'o> {
    writer: png::Writer<&'o mut Vec<u8>>,
    /// The band the file needs next.
    next: usize,
    waiting: BTreeMap<usize, Compressed>,
    /// Adler-32 of the bands written so far.
    adler: u32,
}

impl Sink<'_> {
    fn deliver(&mut self, index: usize, count: usize, band: Compressed) -> Result<(), ExportError> {
        self.waiting.insert(index, band);
        while let Some(mut band) = self.waiting.remove(&self.next) {
            self.adler = zlib_rs::adler32::adler32_combine(self.adler, band.adler, band.len);
            if self.next + 1 == count {
                // The stream ends with the Adler-32 of everything it holds.
                band.bytes.extend_from_slice(&self.adler.to_be_bytes());
            }
            self.writer.write_chunk(png::chunk::IDAT, &band.bytes)?;
            self.next += 1;
        }
        Ok(())
    }
}

/// One band's rows, filtered and compressed: a piece of the PNG's zlib stream.
struct Compressed {
    /// Raw deflate data ending on a byte boundary (the first band's starts with the zlib
    /// header, the last band's ends the stream).
    bytes: Vec<u8>,
    /// Adler-32 of the band's filtered rows, and their length, for the stream's checksum.
    adler: u32,
    len: u64,
}

/// One thread's compressor and buffers, kept from band to band.
struct BandEncoder {
    deflate: zlib_rs::Deflate,
    filtered: Vec<u8>,
    out: Vec<u8>,
}

/// Deflate level 1 (zlib-rs's "quick" strategy: fixed Huffman codes) on unfiltered RGB rows or
/// Sub-filtered RGBA rows, each band compressed on the thread that painted it.
///
/// Measured on a 1000-card map at 2x (97 million pixels): tiny-skia's own `encode_png` takes
/// 0.98 s for 1.9 MB; level 1 takes 0.14 s for 4.0 MB; png 0.18's `Compression::Fast`
/// (fdeflate "ultra fast") 0.16 s but 24 MB, far too large to mail; level 2 0.45 s for 2.0 MB.
/// On the 118-million-pixel synthetic map adaptive filtering (five filters tried per row) took
/// 7% of the export's CPU samples, all on one core, for 16.4 MB. With level 1's fixed codes
/// the flat colours of a map compress best unfiltered: on a quarter of that map (88 MB of RGB)
/// no filter gave 4.06 MB, Up 4.12 MB and Sub 4.51 MB in the same deflate time (51 ms), and
/// no filter costs no pass over the pixels; level 2 gave 2.95 MB in 93 ms. The whole map:
/// 16.5 MB unfiltered against 17.9 MB with Sub at 2x, 6.3 against 7.3 MB at 1x. On a
/// transparent background (RGBA) Sub wins instead: 22.8 MB against 26.0 MB unfiltered at 2x,
/// 8.5 against 9.7 MB at 1x.
///
/// Until the bands were compressed where they were painted, the png crate filtered and
/// deflated the whole picture on one thread after painting (a profile of that map at 2x: 12%
/// of the CPU samples, all on the main thread while the other core idled, plus 4% for the
/// page faults of the 354 MB picture), and the picture and its RGB copy made the export's
/// peak memory (402 MB).
const LEVEL: i32 = 1;

/// The zlib header for deflate with a 32 KiB window at the fastest level (RFC 1950: CMF 0x78,
/// FLG 0x01, which makes the pair a multiple of 31).
const ZLIB_HEADER: [u8; 2] = [0x78, 0x01];

impl BandEncoder {
    fn new() -> Self {
        Self {
            deflate: zlib_rs::Deflate::new(LEVEL, false, 15),
            filtered: Vec::new(),
            out: Vec::new(),
        }
    }

    /// Converts the band's rows into PNG's pixels (filtered as [`LEVEL`] says) and compresses them as
    /// a piece of raw deflate that ends on a byte boundary (a sync flush: an empty stored block),
    /// so the pieces of all bands, in order, make one stream; the last band's piece ends it.
    /// Each piece starts a fresh compressor, so no piece refers back into another.
    fn band(
        &mut self,
        band: Band<'_>,
        width: u32,
        pixels: Pixels,
    ) -> Result<Compressed, ExportError> {
        let row_bytes = width as usize * pixels.bytes();
        let stride = width as usize * 4;
        let rows = band.premultiplied.len() / stride.max(1);
        // The buffers keep their size from band to band (filling them anew with zeros took 3 %
        // of the export's CPU samples).
        let input_len = rows * (1 + row_bytes);
        if self.filtered.len() < input_len {
            self.filtered.resize(input_len, 0);
        }
        let input = &mut self.filtered[..input_len];
        for (row, stored) in band
            .premultiplied
            .chunks_exact_mut(stride)
            .zip(input.chunks_exact_mut(1 + row_bytes))
        {
            match pixels {
                Pixels::Rgb => {
                    stored[0] = 0; // Filter type None: the bytes as they are.
                    raster::store(row, pixels, &mut stored[1..]);
                }
                Pixels::Rgba => {
                    // Filter type Sub: each byte minus the same byte of the pixel to the left.
                    stored[0] = 1;
                    raster::demultiply(row);
                    stored[1..5].copy_from_slice(&row[..4]);
                    for (to, (x, left)) in stored[5..].iter_mut().zip(row[4..].iter().zip(&*row)) {
                        *to = x.wrapping_sub(*left);
                    }
                }
            }
        }
        let input = &self.filtered[..input_len];
        let last = band.index + 1 == band.count;
        let flush = if last {
            DeflateFlush::Finish
        } else {
            DeflateFlush::SyncFlush
        };
        let start = if band.index == 0 {
            ZLIB_HEADER.len()
        } else {
            0
        };
        self.deflate.reset();
        loop {
            let (read, written) = (self.total_in(), self.total_out());
            let room = start + written + zlib_rs::compress_bound(input.len() - read) + 64;
            if self.out.len() < room {
                self.out.resize(room, 0);
            }
            let status = self
                .deflate
                .compress(&input[read..], &mut self.out[start + written..], flush)
                .map_err(|e| deflate_error(e.as_str()))?;
            let (now_read, now_written) = (self.total_in(), self.total_out());
            let room_left = start + now_written < self.out.len();
            let done = match status {
                Status::StreamEnd => true,
                _ => !last && now_read == input.len() && room_left,
            };
            if done {
                break;
            }
            if (now_read, now_written) == (read, written) {
                return Err(deflate_error("the compressor made no progress"));
            }
        }
        self.out[..start].copy_from_slice(&ZLIB_HEADER[..start]);
        Ok(Compressed {
            bytes: self.out[..start + self.total_out()].to_vec(),
            adler: zlib_rs::adler32::adler32(1, input),
            len: input.len() as u64,
        })
    }

    fn total_in(&self) -> usize {
        usize::try_from(self.deflate.total_in()).unwrap_or(usize::MAX)
    }

    fn total_out(&self) -> usize {
        usize::try_from(self.deflate.total_out()).unwrap_or(usize::MAX)
    }
}

fn deflate_error(why: &str) -> ExportError {
    ExportError::Png(png::EncodingError::from(std::io::Error::other(format!(
        "deflate: {why}"
    ))))
}

/// Starts the PNG in `out`: signature and header chunks (through the png crate), up to the
/// image data.
fn header(
    out: &mut Vec<u8>,
    width: u32,
    height: u32,
    scale: f32,
    pixels: Pixels,
) -> Result<png::Writer<&mut Vec<u8>>, ExportError> {
    let color = match pixels {
        Pixels::Rgb => ColorType::Rgb,
        Pixels::Rgba => ColorType::Rgba,
    };
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(color);
    encoder.set_depth(BitDepth::Eight);
    encoder.set_source_srgb(SrgbRenderingIntent::Perceptual);
    // 96 dpi per map unit, times the scale, in pixels per metre.
    let per_metre = (96.0 * f64::from(scale) / 0.0254).round() as u32;
    encoder.set_pixel_dims(Some(PixelDimensions {
        xppu: per_metre,
        yppu: per_metre,
        unit: Unit::Meter,
    }));
    Ok(encoder.write_header()?)
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
            ..Default::default()
        };
        assert_eq!(pixel_size(&scene, &o).unwrap(), (1898, 298));
        assert!(pixel_size_for(f32::NAN, 1.0, &o).is_err());
    }

    #[test]
    fn ten_thousand_cards_fit_at_1x_and_are_refused_at_2x() {
        // The synthetic 10 000-card map is 1620 × 172 687 map units (without the title block).
        let at = |scale| ExportOptions {
            scale,
            ..ExportOptions::default()
        };
        assert_eq!(
            pixel_size_for(1620.0, 172_687.06, &at(1.0)).unwrap(),
            (1668, 172_736)
        );
        let e = pixel_size_for(1620.0, 172_687.06, &at(2.0)).unwrap_err();
        assert!(matches!(e, ExportError::ImageTooLarge { .. }), "{e}");
        assert!(e.to_string().contains("at most 500 million pixels"), "{e}");
    }

    fn scene() -> Scene {
        let map = crate::model::synthetic_map(40);
        crate::scene::build(&map, &crate::layout::Layout::compute(&map))
    }

    /// The IDAT chunks' data joined: the PNG's zlib stream.
    fn zlib_stream(png: &[u8]) -> Vec<u8> {
        let mut stream = Vec::new();
        let mut at = 8;
        let mut idats = 0;
        while at + 12 <= png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            if &png[at + 4..at + 8] == b"IDAT" {
                stream.extend_from_slice(&png[at + 8..at + 8 + len]);
                idats += 1;
            }
            at += len + 12;
        }
        assert_eq!(at, png.len(), "the chunks fill the file exactly");
        assert!(idats > 1, "several bands, one IDAT each");
        stream
    }

    #[test]
    fn bands_compressed_apart_make_one_stream_of_the_painted_pixels() {
        let scene = scene();
        let faces = glyphs::faces().unwrap();
        for (background, pixels) in [
            (crate::export::Background::White, Pixels::Rgb),
            (crate::export::Background::Transparent, Pixels::Rgba),
        ] {
            let options = ExportOptions {
                scale: 1.0,
                background,
                ..ExportOptions::default()
            };
            let size = pixel_size(&scene, &options).unwrap();
            for rows in [7, 64, raster::BAND_ROWS] {
                let png = to_png_in_bands(&scene, &options, rows).unwrap();
                // miniz_oxide checks the zlib header and the Adler-32 of the whole stream,
                // which the bands' checksums were combined into.
                let filtered = miniz_oxide::inflate::decompress_to_vec_zlib(&zlib_stream(&png))
                    .expect("one valid zlib stream");
                let row = 1 + size.0 as usize * pixels.bytes();
                assert_eq!(filtered.len(), row * size.1 as usize);
                let filter = match pixels {
                    Pixels::Rgb => 0,  // None
                    Pixels::Rgba => 1, // Sub
                };
                assert!(filtered.chunks(row).all(|r| r[0] == filter), "{pixels:?}");
                let decoded = image::load_from_memory_with_format(&png, image::ImageFormat::Png)
                    .expect("decodes");
                let decoded = match pixels {
                    Pixels::Rgb => decoded.to_rgb8().into_raw(),
                    Pixels::Rgba => decoded.to_rgba8().into_raw(),
                };
                let painted = raster::paint(
                    &scene,
                    faces,
                    size,
                    (1.0, options.margin),
                    options.background.color(),
                    pixels,
                    rows,
                );
                assert!(decoded == painted, "{pixels:?}, {rows} rows a band");
            }
        }
    }

    #[test]
    fn checksums_of_pieces_combine_into_the_checksum_of_the_whole() {
        let data: Vec<u8> = (0..200_000u32).map(|i| (i * 7 + i / 13) as u8).collect();
        let whole = zlib_rs::adler32::adler32(1, &data);
        let pieces = data.chunks(65_537).fold(1, |adler, piece| {
            let a = zlib_rs::adler32::adler32(1, piece);
            zlib_rs::adler32::adler32_combine(adler, a, piece.len() as u64)
        });
        assert_eq!(pieces, whole);
    }
}
