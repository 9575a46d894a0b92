//! Pictures on cards as a marketer meets them: importing screenshots and photos (and hostile
//! files), the map file that keeps them (round trip, migration, damaged data), the edits that
//! put them on cards and undo, the store's limits, and a merge of two branches that each added
//! one.

use crate::common;

use std::io::Cursor;

use image::{ImageEncoder, Rgba, RgbaImage};
use proptest::prelude::*;
use trailmap::edit::{Command, EditError, History, TouchpointField, remove_picture, set_picture};
use trailmap::file;
use trailmap::model::{
    Aspect, CardPicture, ItemRef, LaneKind, MAX_PICTURE_SIDE, MAX_PICTURES, Map, MediaType,
    Picture, PictureIssue, PictureKey, PictureLimit, ProblemKind, TouchpointId,
};
use trailmap::picture::{self, PictureError, SourceFormat, import_picture};

// ---------------------------------------------------------------------------------------------
// Files as programs write them

/// A screenshot-like picture: a white page, a blue header bar and grey "text" lines.
fn screenshot(w: u32, h: u32) -> RgbaImage {
    RgbaImage::from_fn(w, h, |x, y| {
        if y < h / 8 {
            Rgba([0x1d, 0x4e, 0xd8, 255])
        } else if y % 12 < 3 && x % 90 < 70 {
            Rgba([0x44, 0x44, 0x44, 255])
        } else {
            Rgba([255, 255, 255, 255])
        }
    })
}

/// A photo-like picture: smooth gradients with noise, tens of thousands of colours.
fn photo(w: u32, h: u32) -> RgbaImage {
    let mut seed = 0x2545_f491_u32;
    RgbaImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let n = (seed % 24) as u8;
        Rgba([
            ((x * 255 / w.max(1)) as u8).saturating_add(n),
            ((y * 255 / h.max(1)) as u8).saturating_add(n / 2),
            (((x + y) * 127 / (w + h).max(1)) as u8).saturating_add(n),
            255,
        ])
    })
}

fn encode(img: &RgbaImage, format: image::ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    match format {
        image::ImageFormat::Jpeg => {
            let rgb = image::DynamicImage::ImageRgba8(img.clone()).into_rgb8();
            rgb.write_to(&mut out, format).unwrap();
        }
        _ => img.write_to(&mut out, format).unwrap(),
    }
    out.into_inner()
}

fn png(img: &RgbaImage) -> Vec<u8> {
    encode(img, image::ImageFormat::Png)
}

/// A map with one stage, a storyboard lane and a channel lane, and a card in each.
fn map() -> Map {
    let mut m = trailmap::model::synthetic_map(2);
    m.lanes[0].kind = LaneKind::Storyboard;
    m
}

fn card(m: &Map, i: usize) -> TouchpointId {
    m.touchpoints[i].id
}

/// The map with a picture on card `i`, put there as the window does.
fn with_picture(mut m: Map, i: usize, bytes: &[u8], alt: &str) -> Map {
    let p = import_picture(bytes).unwrap();
    let mut h = History::default();
    let id = card(&m, i);
    h.apply(&mut m, set_picture(id, p, alt, Aspect::Standard))
        .unwrap();
    m
}

// ---------------------------------------------------------------------------------------------
// Import

#[test]
fn a_screenshot_stays_a_sharp_png_and_a_photo_becomes_a_smaller_jpeg() {
    let shot = import_picture(&png(&screenshot(640, 400))).unwrap();
    assert_eq!(shot.media, MediaType::Png);
    assert_eq!((shot.width, shot.height), (640, 400));
    // PNG keeps every pixel exactly.
    let back = shot.decode_rgba().unwrap();
    assert_eq!(back.get_pixel(5, 5).0, [0x1d, 0x4e, 0xd8, 255]);
    assert_eq!(back.get_pixel(5, 399).0, [255, 255, 255, 255]);

    let source = photo(640, 400);
    let photo = import_picture(&png(&source)).unwrap();
    assert_eq!(photo.media, MediaType::Jpeg);
    assert_eq!((photo.width, photo.height), (640, 400));
    let lossless = import_like_png(&source);
    assert!(
        photo.bytes.len() * 2 < lossless,
        "the JPEG ({}) is well under the PNG ({lossless})",
        photo.bytes.len()
    );
    // Close to the original: quality 85 on a gradient.
    let back = photo.decode_rgba().unwrap();
    let (a, b) = (back.get_pixel(320, 200).0, source.get_pixel(320, 200).0);
    for c in 0..3 {
        assert!(a[c].abs_diff(b[c]) < 24, "{a:?} vs {b:?}");
    }
}

fn import_like_png(img: &RgbaImage) -> usize {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Best,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(
        img.as_raw(),
        img.width(),
        img.height(),
        image::ExtendedColorType::Rgba8,
    )
    .unwrap();
    out.len()
}

#[test]
fn large_pictures_are_scaled_to_1600_on_the_long_side_keeping_their_shape() {
    let wide = import_picture(&encode(&photo(2400, 1200), image::ImageFormat::Jpeg)).unwrap();
    assert_eq!((wide.width, wide.height), (MAX_PICTURE_SIDE, 800));
    let tall = import_picture(&png(&screenshot(500, 3200))).unwrap();
    assert_eq!((tall.width, tall.height), (250, MAX_PICTURE_SIDE));
    assert_eq!(tall.media, MediaType::Png);
    // The bytes say the same size as the picture does.
    assert_eq!(tall.header(), Some((250, MAX_PICTURE_SIDE)));
    // A one-pixel strip stays at least one pixel high.
    let strip = import_picture(&png(&photo(20_000, 1))).unwrap();
    assert_eq!((strip.width, strip.height), (MAX_PICTURE_SIDE, 1));
}

#[test]
fn transparency_keeps_a_picture_png() {
    let mut logo = photo(300, 200);
    logo.put_pixel(0, 0, Rgba([0, 0, 0, 0]));
    let p = import_picture(&png(&logo)).unwrap();
    assert_eq!(p.media, MediaType::Png);
    assert_eq!(p.decode_rgba().unwrap().get_pixel(0, 0).0[3], 0);
}

#[test]
fn webp_and_the_first_frame_of_a_gif_are_read() {
    let webp = encode(&screenshot(120, 80), image::ImageFormat::WebP);
    assert_eq!(picture::sniff(&webp), Some(SourceFormat::WebP));
    let p = import_picture(&webp).unwrap();
    assert_eq!((p.width, p.height), (120, 80));

    // Two frames: red, then green. The card shows the first.
    let mut gif = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut gif);
        for colour in [[255, 0, 0, 255], [0, 255, 0, 255]] {
            let frame = image::Frame::new(RgbaImage::from_pixel(40, 30, Rgba(colour)));
            enc.encode_frame(frame).unwrap();
        }
    }
    assert_eq!(picture::sniff(&gif), Some(SourceFormat::Gif));
    let p = import_picture(&gif).unwrap();
    assert_eq!((p.width, p.height), (40, 30));
    let px = p.decode_rgba().unwrap().get_pixel(20, 15).0;
    assert!(px[0] > 200 && px[1] < 50, "first frame is red: {px:?}");
}

#[test]
fn a_jpeg_photo_stands_the_right_way_up_and_loses_its_metadata() {
    let jpeg = encode(&photo(200, 100), image::ImageFormat::Jpeg);
    let p = import_picture(&jpeg).unwrap();
    assert_eq!((p.width, p.height), (200, 100));
    assert!(!p.bytes.windows(4).any(|w| w == b"Exif"));
}

#[test]
fn an_svg_is_rendered_at_1600_and_loads_nothing_from_outside() {
    let svg = br##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="100" viewBox="0 0 200 100">
  <rect width="200" height="100" fill="#ff0000"/>
  <image href="/etc/passwd" width="200" height="100"/>
  <image xlink:href="file:///etc/hostname" width="200" height="100"/>
  <image href="https://example.com/tracker.png" width="200" height="100"/>
  <image href="../../secret.png" width="200" height="100"/>
</svg>"##;
    assert_eq!(picture::sniff(svg), Some(SourceFormat::Svg));
    let p = import_picture(svg).unwrap();
    assert_eq!((p.width, p.height), (MAX_PICTURE_SIDE, 800));
    let px = p.decode_rgba().unwrap();
    assert_eq!(px.get_pixel(800, 400).0, [255, 0, 0, 255]);

    // An embedded picture claiming gigapixels is not decoded: embedded pictures are left out.
    let mut bomb = Vec::new();
    png::Encoder::new(&mut bomb, 100_000, 100_000)
        .write_header()
        .unwrap();
    use base64::Engine as _;
    let data = base64::engine::general_purpose::STANDARD.encode(&bomb);
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
           <rect width="10" height="10" fill="blue"/>
           <image href="data:image/png;base64,{data}" width="10" height="10"/></svg>"#
    );
    let p = import_picture(svg.as_bytes()).unwrap();
    assert_eq!((p.width, p.height), (MAX_PICTURE_SIDE, MAX_PICTURE_SIDE));
    assert_eq!(p.decode_rgba().unwrap().get_pixel(5, 5).0, [0, 0, 255, 255]);

    // Not SVG after all.
    assert_eq!(
        import_picture(b"<?xml version=\"1.0\"?><svg"),
        Err(PictureError::Damaged {
            format: SourceFormat::Svg
        })
    );
}

#[test]
fn hostile_files_are_refused_with_a_reason() {
    assert_eq!(import_picture(b""), Err(PictureError::Empty));
    assert_eq!(
        import_picture(b"Dear team, see attached."),
        Err(PictureError::NotAPicture)
    );
    assert_eq!(
        import_picture(b"PK\x03\x04 a zip, not a picture"),
        Err(PictureError::NotAPicture)
    );
    let bmp = b"BM\x46\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0\x02\0\0\0\x02\0\0\0\x01\0\x18\0";
    assert_eq!(
        import_picture(bmp),
        Err(PictureError::Unsupported {
            format: "BMP".into()
        })
    );

    // Cut short: a download that stopped half way.
    let full = png(&photo(300, 200));
    assert_eq!(
        import_picture(&full[..full.len() / 2]),
        Err(PictureError::Damaged {
            format: SourceFormat::Png
        })
    );
    assert_eq!(
        import_picture(&full[..40]),
        Err(PictureError::Damaged {
            format: SourceFormat::Png
        })
    );
    let jpeg = encode(&photo(300, 200), image::ImageFormat::Jpeg);
    assert_eq!(
        import_picture(&jpeg[..jpeg.len() / 3]),
        Err(PictureError::Damaged {
            format: SourceFormat::Jpeg
        })
    );
    assert_eq!(
        import_picture(&jpeg[..200]),
        Err(PictureError::Damaged {
            format: SourceFormat::Jpeg
        })
    );

    // A header claiming 100 000 × 100 000 pixels is refused before anything is decoded.
    let mut claim = Vec::new();
    png::Encoder::new(&mut claim, 100_000, 100_000)
        .write_header()
        .unwrap();
    assert!(claim.len() < 100, "{}", claim.len());
    assert_eq!(
        import_picture(&claim),
        Err(PictureError::TooManyPixels {
            width: 100_000,
            height: 100_000,
            max_side: picture::MAX_SOURCE_SIDE,
            max_pixels: picture::MAX_SOURCE_PIXELS,
        })
    );

    // A real deflate bomb: 12 000 × 12 000 one-bit pixels in a few kilobytes, 144 megapixels
    // (576 MB as RGBA) once decoded. Refused by its size, not by running out of memory.
    let bomb = deflate_bomb(12_000, 12_000);
    assert!(bomb.len() < 100_000, "{}", bomb.len());
    assert!(matches!(
        import_picture(&bomb),
        Err(PictureError::TooManyPixels {
            width: 12_000,
            height: 12_000,
            ..
        })
    ));

    let huge = vec![0u8; picture::MAX_SOURCE_BYTES + 1];
    assert!(matches!(
        import_picture(&huge),
        Err(PictureError::FileTooLarge { .. })
    ));
}

fn deflate_bomb(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Grayscale);
    enc.set_depth(png::BitDepth::One);
    {
        let mut writer = enc.write_header().unwrap();
        let mut stream = writer.stream_writer().unwrap();
        let row = vec![0u8; (w as usize).div_ceil(8)];
        for _ in 0..h {
            std::io::Write::write_all(&mut stream, &row).unwrap();
        }
        stream.finish().unwrap();
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any bytes: a picture or a reason, never a panic.
    #[test]
    fn any_bytes_give_a_picture_or_a_reason(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = import_picture(&bytes);
    }

    /// A real picture with bytes flipped: a picture or a reason, never a panic.
    #[test]
    fn damaged_pictures_give_a_picture_or_a_reason(
        which in 0usize..3,
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
    ) {
        let img = photo(64, 48);
        let format = [image::ImageFormat::Png, image::ImageFormat::Jpeg, image::ImageFormat::Gif][which];
        let mut bytes = encode(&img, format);
        for (at, b) in flips {
            let i = at.index(bytes.len());
            bytes[i] ^= b;
        }
        if let Ok(p) = import_picture(&bytes) {
            prop_assert!(p.width <= MAX_PICTURE_SIDE && p.height <= MAX_PICTURE_SIDE);
            prop_assert_eq!(p.header(), Some((p.width, p.height)));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The file

#[test]
fn a_map_with_pictures_saves_and_reopens_byte_for_byte() {
    let m = with_picture(map(), 0, &png(&screenshot(320, 200)), "Checkout page");
    let m = with_picture(
        m,
        1,
        &encode(&photo(400, 300), image::ImageFormat::Jpeg),
        "",
    );
    assert_eq!(m.pictures.len(), 2);
    assert_eq!(m.problems(), vec![]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pictures.journey.ron");
    file::save(&m, &path).unwrap();
    let first = std::fs::read(&path).unwrap();
    let back = file::load(&path).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.problems(), vec![]);
    file::save(&back, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // The stored bytes are the very bytes imported.
    for (key, p) in &back.pictures {
        assert_eq!(&p.key(), key);
        assert_eq!(p.bytes, m.pictures[key].bytes);
    }
}

#[test]
fn pictures_are_a_section_of_short_lines_at_the_end_that_a_text_change_does_not_touch() {
    let m = with_picture(map(), 0, &png(&photo(300, 200)), "Ad");
    let before = file::to_string(&m).unwrap();
    let start = before
        .find("    pictures: [\n")
        .expect("a pictures section");
    // After the cards and everything else: nothing but pictures follow it.
    assert!(before.find("    touchpoints: [").unwrap() < start);
    assert!(
        before[start..].ends_with("    ],\n)\n"),
        "{}",
        &before[start..]
    );
    let data: Vec<&str> = before[start..]
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('"') && *l != ")")
        .collect();
    assert!(data.len() > 10, "{data:?}");
    assert!(data.iter().all(|l| l.len() <= 76), "{data:?}");
    assert!(data[..data.len() - 1].iter().all(|l| l.len() == 76));
    // The card names its picture by key, alt text and aspect.
    let key = m.pictures.keys().next().unwrap();
    assert!(
        before.contains(&format!(
            "picture: Some((key: \"{key}\", alt: \"Ad\", aspect: Standard))"
        )),
        "{before}"
    );

    // Renaming the card changes one line, and none of the picture's.
    let mut renamed = m.clone();
    let mut h = History::default();
    h.apply(
        &mut renamed,
        Command::SetTouchpoint {
            id: card(&m, 0),
            field: TouchpointField::Title("Sees the ad".into()),
        },
    )
    .unwrap();
    let after = file::to_string(&renamed).unwrap();
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        before[start..],
        after[after.find("    pictures: [").unwrap()..]
    );
}

#[test]
fn a_picture_no_card_shows_is_left_out_when_the_map_is_saved() {
    let mut m = with_picture(map(), 0, &png(&screenshot(100, 80)), "");
    let mut h = History::default();
    let id = card(&m, 0);
    h.apply(&mut m, remove_picture(id)).unwrap();
    // Kept until the save, so undo brings it back...
    assert_eq!(m.pictures.len(), 1);
    assert_eq!(m.problems(), vec![]);
    let text = file::to_string(&m).unwrap();
    assert!(!text.contains("pictures:"), "{text}");
    // ...and gone in the file.
    assert!(file::load_str(&text).unwrap().pictures.is_empty());
    h.undo(&mut m).unwrap();
    assert!(file::to_string(&m).unwrap().contains("pictures:"));
}

#[test]
fn format_2_and_4_files_open_unchanged_and_are_saved_as_format_5() {
    assert_eq!(file::FORMAT, 5);
    let v2 = "(\n    format: 2,\n    title: \"Old\",\n    stages: [(id: 1, name: \"S\")],\n    \
              lanes: [(id: 1, name: \"L\", kind: Channel)],\n    touchpoints: [(id: 1, stage: 1, \
              lane: 1, order: 0, title: \"Ad\")],\n)\n";
    let m = file::load_str(v2).unwrap();
    assert!(m.pictures.is_empty() && m.touchpoints[0].picture.is_none());
    let saved = file::to_string(&m).unwrap();
    assert!(saved.starts_with("(\n    format: 5,\n"), "{saved}");
    assert!(!saved.contains("picture"));
    assert_eq!(file::load_str(&saved).unwrap(), m);

    let v4 = saved.replacen("format: 5,", "format: 4,", 1);
    assert_eq!(file::load_str(&v4).unwrap(), m);

    // A Trailmap that reads 5 refuses 6 by version.
    let v6 = saved.replacen("format: 5,", "format: 6,", 1);
    assert!(matches!(
        file::load_str(&v6),
        Err(file::LoadError::NewerFormat {
            found: 6,
            supported: 5,
            ..
        })
    ));
}

/// The text of a map with pictures on cards 0 and 1, and the key of card 0's.
fn two_picture_text() -> (String, PictureKey, Map) {
    let m = with_picture(map(), 0, &png(&screenshot(200, 100)), "Checkout");
    let m = with_picture(m, 1, &png(&photo(120, 90)), "Parcel");
    let key = m.touchpoints[0].picture.as_ref().unwrap().key.clone();
    (file::to_string(&m).unwrap(), key, m)
}

/// The base64 block of the picture with `key` in a file's text (start, end).
fn data_block(text: &str, key: &PictureKey) -> (usize, usize) {
    let at = text
        .find(&format!("            key: \"{key}\",\n"))
        .unwrap();
    let start = at + text[at..].find("data: r\"\n").unwrap() + "data: r\"\n".len();
    let end = start + text[start..].find('"').unwrap();
    (start, end)
}

#[test]
fn a_map_with_damaged_picture_data_still_opens_with_the_picture_missing() {
    let (text, key, m) = two_picture_text();
    let (start, end) = data_block(&text, &key);
    let title = m.touchpoints[0].title.clone();
    let cases: Vec<(&str, String, PictureIssue)> = vec![
        (
            "not base64",
            format!("{}!!not*base64!!\n{}", &text[..start], &text[end..]),
            PictureIssue::Unreadable,
        ),
        (
            "base64 of a letter, not a PNG",
            format!("{}RGVhciB0ZWFt\n{}", &text[..start], &text[end..]),
            PictureIssue::Unreadable,
        ),
        (
            "a size that disagrees with the data",
            text.replacen("width: 200,", "width: 201,", 1),
            PictureIssue::SizeDiffers {
                width: 201,
                height: 100,
                found_width: 200,
                found_height: 100,
            },
        ),
        (
            "a size no picture may have",
            text.replacen("width: 200,", "width: 100000,", 1),
            PictureIssue::BadSize {
                width: 100_000,
                height: 100,
                max: MAX_PICTURE_SIDE,
            },
        ),
        (
            "the picture's block deleted",
            {
                let block_start = text
                    .find(&format!("        (\n            key: \"{key}\""))
                    .unwrap();
                let block_end = end + "\",\n        ),\n".len();
                format!("{}{}", &text[..block_start], &text[block_end..])
            },
            PictureIssue::Missing,
        ),
    ];
    for (what, damaged, issue) in cases {
        let opened = file::load_str(&damaged).unwrap_or_else(|e| panic!("{what}: {e}"));
        let problems = opened.problems();
        assert_eq!(problems.len(), 1, "{what}: {problems:?}");
        assert_eq!(problems[0].item, ItemRef::Touchpoint(card(&m, 0)), "{what}");
        assert_eq!(
            problems[0].kind,
            ProblemKind::Picture {
                card: card(&m, 0),
                name: title.clone(),
                key: key.clone(),
                issue,
            },
            "{what}"
        );
        assert!(problems[0].kind.opens_anyway());
        // The shown-as-missing picture is not offered to draw; the other card's still is.
        assert!(opened.picture_of(card(&m, 1)).is_some());
        let english = problems[0].kind.to_string();
        assert!(english.contains(&title), "{what}: {english}");
    }
}

#[test]
fn trailmap_check_names_the_card_whose_picture_is_damaged() {
    let (text, key, m) = two_picture_text();
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.journey.ron");
    std::fs::write(&good, &text).unwrap();
    let out = common::trailmap(&[&"check", &good]);
    assert_eq!(common::output_text(&out.stdout), "");
    assert!(out.status.success());

    // Data cut short after a sound header: only decoding the whole picture finds it.
    let (start, end) = data_block(&text, &key);
    let lines: Vec<&str> = text[start..end].lines().collect();
    let cut = format!(
        "{}{}\n{}",
        &text[..start],
        lines[..lines.len() / 2].join("\n"),
        &text[end..]
    );
    assert!(file::load_str(&cut).unwrap().problems().is_empty());
    let bad = dir.path().join("bad.journey.ron");
    std::fs::write(&bad, &cut).unwrap();
    let missing = dir.path().join("missing.journey.ron");
    std::fs::write(
        &missing,
        text.replacen(&key.0, "0000000000000000ffffffffffffffff", 1),
    )
    .unwrap();
    let out = common::trailmap(&[&"check", &bad, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = common::output_text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    let id = card(&m, 0).0;
    let cards_at = text.find("    touchpoints: [").unwrap();
    let card_at = cards_at + text[cards_at..].find(&format!("id: {id},")).unwrap();
    let card_line = text[..card_at].lines().count();
    assert!(
        lines[0].starts_with(&format!("{}:{card_line}:", bad.display())),
        "{stdout}"
    );
    assert!(
        lines[0].contains("“Checkout”") || lines[0].contains(&m.touchpoints[0].title),
        "{stdout}"
    );
    assert!(lines[0].contains("damaged"), "{stdout}");
    assert!(
        lines[1].starts_with(&format!("{}:", missing.display())),
        "{stdout}"
    );
    assert!(lines[1].contains("missing from the file"), "{stdout}");
}

// ---------------------------------------------------------------------------------------------
// Edits and limits

#[test]
fn putting_replacing_and_removing_a_picture_are_one_undo_step_each() {
    let mut m = map();
    let id = card(&m, 0);
    let original = m.clone();
    let mut h = History::default();
    let first = import_picture(&png(&screenshot(100, 60))).unwrap();
    let second = import_picture(&png(&photo(100, 60))).unwrap();

    h.apply(
        &mut m,
        set_picture(id, first.clone(), "Banner", Aspect::Wide),
    )
    .unwrap();
    assert_eq!(h.undo_label(), Some("Edit touchpoint"));
    let after_first = m.clone();
    assert_eq!(m.picture_of(id).unwrap().1, &first);

    h.apply(
        &mut m,
        set_picture(id, second.clone(), "Photo", Aspect::Square),
    )
    .unwrap();
    assert_eq!(m.picture_of(id).unwrap().1, &second);
    h.apply(
        &mut m,
        Command::SetTouchpoint {
            id,
            field: TouchpointField::PictureAlt("A photo of the parcel".into()),
        },
    )
    .unwrap();
    h.apply(
        &mut m,
        Command::SetTouchpoint {
            id,
            field: TouchpointField::PictureAspect(Aspect::Original),
        },
    )
    .unwrap();
    let p = m.touchpoints[0].picture.clone().unwrap();
    assert_eq!(
        (p.alt.as_str(), p.aspect),
        ("A photo of the parcel", Aspect::Original)
    );
    h.apply(&mut m, remove_picture(id)).unwrap();
    assert!(m.picture_of(id).is_none());
    assert_eq!(m.problems(), vec![]);

    for _ in 0..4 {
        h.undo(&mut m).unwrap();
    }
    assert_eq!(m, after_first);
    h.undo(&mut m).unwrap();
    assert_eq!(m, original, "undo takes the stored picture out again");
    assert!(!h.can_undo());
}

#[test]
fn an_edit_that_names_a_missing_picture_or_none_is_refused_and_changes_nothing() {
    let mut m = map();
    let id = card(&m, 0);
    let before = m.clone();
    let mut h = History::default();
    let key = PictureKey("00000000000000000000000000000000".into());
    assert_eq!(
        h.apply(
            &mut m,
            Command::SetTouchpoint {
                id,
                field: TouchpointField::Picture(Some(CardPicture::new(key.clone()))),
            },
        ),
        Err(EditError::MissingPicture(key.clone()))
    );
    assert_eq!(
        h.apply(
            &mut m,
            Command::SetTouchpoint {
                id,
                field: TouchpointField::PictureAlt("x".into()),
            },
        ),
        Err(EditError::NoPicture(id))
    );
    let p = import_picture(&png(&screenshot(50, 50))).unwrap();
    let missing_card = TouchpointId(9999);
    assert!(
        h.apply(
            &mut m,
            set_picture(missing_card, p.clone(), "", Aspect::Wide)
        )
        .is_err()
    );
    assert_eq!(m, before, "a failed batch stores no picture");
    h.apply(&mut m, set_picture(id, p.clone(), "", Aspect::Wide))
        .unwrap();
    assert_eq!(
        h.apply(&mut m, Command::RemovePicture(p.key())),
        Err(EditError::PictureInUse(p.key()))
    );
}

#[test]
fn a_map_holds_at_most_200_pictures() {
    let mut m = map();
    let mut h = History::default();
    let tiny = |i: u32| Picture {
        media: MediaType::Png,
        width: 1,
        height: 1,
        bytes: png(&RgbaImage::from_pixel(
            1,
            1,
            Rgba([i as u8, (i >> 8) as u8, 7, 255]),
        ))
        .into(),
    };
    for i in 0..MAX_PICTURES as u32 {
        h.apply(&mut m, Command::AddPicture(Box::new(tiny(i))))
            .unwrap();
    }
    let one_more = tiny(MAX_PICTURES as u32);
    let first = card(&m, 0);
    assert_eq!(
        m.room_for(&one_more),
        Err(PictureLimit::TooMany {
            count: MAX_PICTURES,
            max: MAX_PICTURES
        })
    );
    let before = m.clone();
    assert_eq!(
        h.apply(
            &mut m,
            set_picture(first, one_more.clone(), "", Aspect::Wide)
        ),
        Err(EditError::PictureLimit(PictureLimit::TooMany {
            count: MAX_PICTURES,
            max: MAX_PICTURES
        }))
    );
    assert_eq!(m, before);
    assert!(matches!(
        picture::import_picture_for(&m, &png(&screenshot(10, 10))),
        Err(PictureError::MapFull(PictureLimit::TooMany { .. }))
    ));
    // A picture the map has already takes no room.
    assert!(m.room_for(&tiny(3)).is_ok());

    // Bytes: one picture as large as the whole allowance leaves no room for another.
    let mut m = map();
    let big = Picture {
        media: MediaType::Jpeg,
        width: 1,
        height: 1,
        bytes: vec![0u8; trailmap::model::MAX_PICTURE_BYTES].into(),
    };
    h.apply(&mut m, Command::AddPicture(Box::new(big))).unwrap();
    assert!(matches!(
        m.room_for(&tiny(1)),
        Err(PictureLimit::TooManyBytes { .. })
    ));
}

#[derive(Clone, Debug)]
enum Op {
    Set(usize, usize, Aspect),
    Remove(usize),
    Alt(usize, String),
    Aspect(usize, Aspect),
    Title(usize, String),
    Delete(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let aspect = prop::sample::select(Aspect::ALL.to_vec());
    prop_oneof![
        (0usize..3, 0usize..3, aspect.clone()).prop_map(|(c, p, a)| Op::Set(c, p, a)),
        (0usize..3).prop_map(Op::Remove),
        (0usize..3, "[a-zé ]{0,12}").prop_map(|(c, s)| Op::Alt(c, s)),
        (0usize..3, aspect).prop_map(|(c, a)| Op::Aspect(c, a)),
        (0usize..3, "[A-Z][a-z]{0,8}").prop_map(|(c, s)| Op::Title(c, s)),
        (0usize..3).prop_map(Op::Delete),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any picture edits: undoing them all gives the map back exactly, redoing them all gives
    /// the edited map, every step keeps the map sound, and the file round trip keeps it.
    #[test]
    fn picture_edits_undo_and_redo_exactly(ops in proptest::collection::vec(op(), 1..16)) {
        let pictures: Vec<Picture> = [screenshot(30, 20), photo(30, 20), screenshot(20, 40)]
            .iter()
            .map(|i| import_picture(&png(i)).unwrap())
            .collect();
        let mut m = trailmap::model::synthetic_map(3);
        let cards: Vec<TouchpointId> = m.touchpoints.iter().map(|t| t.id).take(3).collect();
        let original = m.clone();
        let mut h = History::new(1000);
        let mut applied = 0;
        for op in ops {
            let command = match op {
                Op::Set(c, p, a) => set_picture(cards[c], pictures[p].clone(), "alt", a),
                Op::Remove(c) => remove_picture(cards[c]),
                Op::Alt(c, s) => Command::SetTouchpoint { id: cards[c], field: TouchpointField::PictureAlt(s) },
                Op::Aspect(c, a) => Command::SetTouchpoint { id: cards[c], field: TouchpointField::PictureAspect(a) },
                Op::Title(c, s) => Command::SetTouchpoint { id: cards[c], field: TouchpointField::Title(s) },
                Op::Delete(c) => Command::RemoveTouchpoint(cards[c]),
            };
            let before = m.clone();
            match h.apply(&mut m, command) {
                Ok(()) => applied += 1,
                Err(EditError::NoPicture(_) | EditError::Missing(_)) => prop_assert_eq!(&m, &before),
                Err(e) => prop_assert!(false, "{e}"),
            }
            prop_assert_eq!(m.problems(), vec![]);
            let saved = file::to_string(&m).unwrap();
            let mut reopened = file::load_str(&saved).unwrap();
            prop_assert_eq!(file::to_string(&reopened).unwrap(), saved);
            reopened.pictures.clone_from(&m.pictures);
            prop_assert_eq!(&reopened, &m);
        }
        let edited = m.clone();
        while h.undo(&mut m).unwrap() {}
        prop_assert_eq!(&m, &original);
        while h.redo(&mut m).unwrap() {}
        prop_assert_eq!(&m, &edited);
        let _ = applied;
    }
}

// ---------------------------------------------------------------------------------------------
// Merge

#[test]
fn two_branches_that_each_added_a_picture_merge_with_both() {
    let base = map();
    let ours = with_picture(base.clone(), 0, &png(&screenshot(200, 120)), "Checkout");
    let theirs = with_picture(base.clone(), 1, &png(&photo(160, 120)), "Parcel");
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.map.problems(), vec![]);
    assert_eq!(merged.map.pictures.len(), 2);
    assert_eq!(
        merged.map.touchpoints[0].picture,
        ours.touchpoints[0].picture
    );
    assert_eq!(
        merged.map.touchpoints[1].picture,
        theirs.touchpoints[1].picture
    );
    let text = file::to_string(&merged.map).unwrap();
    assert_eq!(file::load_str(&text).unwrap(), merged.map);

    // Both adding the same picture to different cards: stored once.
    let same = png(&screenshot(90, 90));
    let ours = with_picture(base.clone(), 0, &same, "");
    let theirs = with_picture(base.clone(), 1, &same, "");
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    assert_eq!(merged.map.pictures.len(), 1);

    // Two different pictures on one card: a conflict that keeps ours and still has theirs to take.
    let ours = with_picture(base.clone(), 0, &png(&screenshot(80, 80)), "A");
    let theirs = with_picture(base.clone(), 0, &png(&photo(80, 80)), "B");
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(
        merged.conflicts[0].property,
        trailmap::model::Property::Picture
    );
    assert_eq!(
        merged.map.pictures.len(),
        2,
        "their picture stays for the conflict"
    );
    let text = file::to_string(&merged.map).unwrap();
    let reopened = file::load_str(&text).unwrap();
    assert_eq!(reopened.pictures.len(), 2);
    assert_eq!(reopened, merged.map);

    // The diff names the card whose picture changed.
    let changes = trailmap::merge::diff(&base, &ours);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let words = format!("{:?}", changes[0]);
    assert!(
        words.contains("Picture") && words.contains(&format!("{:?}", card(&base, 0))),
        "{words}"
    );
}

#[test]
fn the_git_merge_driver_merges_two_branches_that_each_added_a_picture() {
    let dir = tempfile::tempdir().unwrap();
    let base = map();
    let ours = with_picture(base.clone(), 0, &png(&screenshot(200, 120)), "Checkout");
    let theirs = with_picture(base.clone(), 1, &png(&photo(160, 120)), "Parcel");
    let write = |name: &str, m: &Map| {
        let p = dir.path().join(name);
        file::save(m, &p).unwrap();
        p
    };
    let (b, o, t) = (
        write("base", &base),
        write("ours", &ours),
        write("theirs", &theirs),
    );
    let out = common::trailmap(&[&"merge", &b, &o, &t]);
    assert!(out.status.success(), "{}", common::output_text(&out.stderr));
    let merged = file::load(&o).unwrap();
    assert_eq!(merged.pictures.len(), 2);
    assert!(merged.touchpoints[0].picture.is_some() && merged.touchpoints[1].picture.is_some());
    assert_eq!(merged.problems(), vec![]);
}

#[test]
fn git_diff_names_the_card_whose_picture_changed_and_shows_no_base64() {
    let dir = tempfile::tempdir().unwrap();
    let base = map();
    let ours = with_picture(
        base.clone(),
        0,
        &png(&screenshot(200, 120)),
        "Checkout page",
    );
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    file::save(&base, &old).unwrap();
    file::save(&ours, &new).unwrap();
    let key = ours.touchpoints[0].picture.as_ref().unwrap().key.clone();

    let before = common::output_text(&common::trailmap(&[&"diff", &"--textconv", &old]).stdout);
    let after = common::output_text(&common::trailmap(&[&"diff", &"--textconv", &new]).stdout);
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{before}\n---\n{after}");
    let line = changed[0].1;
    assert!(
        line.starts_with(&format!("Card {} ", card(&base, 0).0))
            && line.ends_with(&format!("; picture {} 4:3 “Checkout page”", key.short())),
        "{line}"
    );
    assert!(!after.contains("iVBOR"), "no picture data in the diff text");

    let out = common::trailmap(&[&"diff", &old, &new]);
    let said = common::output_text(&out.stdout);
    assert!(said.contains(&base.touchpoints[0].title), "{said}");
    assert!(said.contains("picture"), "{said}");
}

#[test]
fn a_screenshot_pasted_as_pixels_is_scaled_and_encoded_as_a_file_is() {
    let shot = screenshot(2000, 1000);
    let p = picture::import_rgba(2000, 1000, shot.into_raw()).unwrap();
    assert_eq!(
        (p.media, p.width, p.height),
        (MediaType::Png, MAX_PICTURE_SIDE, 800)
    );
    assert_eq!(
        picture::import_rgba(10, 10, vec![0; 10]),
        Err(PictureError::Damaged {
            format: SourceFormat::Png
        })
    );
    assert!(matches!(
        picture::import_rgba(30_000, 10, Vec::new()),
        Err(PictureError::TooManyPixels { .. })
    ));
}

#[test]
fn deleting_a_card_with_a_picture_and_undoing_brings_both_back_even_after_a_save() {
    let mut m = with_picture(map(), 0, &png(&screenshot(120, 80)), "Banner");
    let with = m.clone();
    let id = card(&m, 0);
    let mut h = History::default();
    h.apply(&mut m, Command::RemoveTouchpoint(id)).unwrap();
    // The save leaves the picture out of the file, the open map keeps it for undo.
    let saved = file::to_string(&m).unwrap();
    assert!(!saved.contains("pictures:"));
    assert_eq!(m.pictures.len(), 1);
    h.undo(&mut m).unwrap();
    assert_eq!(m, with);
    assert!(m.picture_of(id).is_some());
    assert_eq!(m.problems(), vec![]);
}
