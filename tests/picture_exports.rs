//! Pictures on cards as a reader of the map sees them: the frame above the title at the card's
//! aspect, and the very picture (cropped to the card) in the SVG, PNG, PDF and PowerPoint
//! files; a picture the map lacks shows a placeholder and never stops an export.

use crate::common;

use std::io::{Cursor, Read as _};
use std::path::Path;
use std::process::Command as Process;

use base64::Engine as _;
use image::{Rgba, RgbaImage};
use trailmap::edit::{History, set_picture};
use trailmap::export::pptx::{self, PptxOptions};
use trailmap::export::{self, Background, ExportOptions, Format, TextMode};
use trailmap::geom::Rect;
use trailmap::layout::{CARD_PADDING, Layout, PICTURE_GAP, PictureFrame};
use trailmap::model::{
    Aspect, Cell, Lane, LaneId, LaneKind, Map, MediaType, Picture, Stage, StageId, Touchpoint,
    TouchpointId,
};
use trailmap::scene::{self, Item, Scene};

// ---------------------------------------------------------------------------------------------
// Maps and pictures

/// Red, green, blue and yellow quarters (top left, top right, bottom left, bottom right): where
/// a colour lands tells whether the crop and the placement are right.
const QUARTERS: [[u8; 3]; 4] = [[220, 30, 30], [30, 180, 60], [30, 60, 220], [240, 200, 20]];

/// A 16:9 picture of four coloured quarters, with a black band at the far left and right that
/// a 4:3 crop cuts off.
fn quarters(w: u32, h: u32) -> RgbaImage {
    RgbaImage::from_fn(w, h, |x, y| {
        if x < w / 10 || x >= w - w / 10 {
            return Rgba([0, 0, 0, 255]);
        }
        let q = usize::from(x >= w / 2) + 2 * usize::from(y >= h / 2);
        let [r, g, b] = QUARTERS[q];
        Rgba([r, g, b, 255])
    })
}

/// The quarters with photo-like noise: tens of thousands of colours, which import stores as a
/// JPEG.
fn photo_quarters(w: u32, h: u32) -> RgbaImage {
    let mut img = quarters(w, h);
    let mut seed = 0x2545_f491_u32;
    for p in img.pixels_mut() {
        for c in &mut p.0[..3] {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            *c = c.saturating_add((seed % 40) as u8).saturating_sub(20);
        }
    }
    img
}

fn png_bytes(img: &RgbaImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn jpeg_bytes(img: &RgbaImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(img.clone())
        .into_rgb8()
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

/// Two stages; a storyboard lane and a channel lane; a card in each cell.
fn map() -> Map {
    let mut map = Map {
        title: "Pictures".into(),
        ..Map::default()
    };
    map.stages.push(Stage::new(StageId(1), "Discover"));
    map.stages.push(Stage::new(StageId(2), "Buy"));
    for (id, kind) in [(1, LaneKind::Storyboard), (2, LaneKind::Channel)] {
        map.lanes.push(Lane {
            id: LaneId(id),
            name: format!("Lane {id}"),
            kind,
            channel: None,
            color: None,
            persona: None,
        });
    }
    for stage in [1, 2] {
        for lane in [1, 2] {
            let id = map.next_touchpoint_id();
            let cell = Cell {
                stage: StageId(stage),
                lane: LaneId(lane),
            };
            let order = map.cell_len(cell);
            map.touchpoints.push(Touchpoint::new(
                id,
                cell.stage,
                cell.lane,
                order,
                &format!("Card {stage}.{lane}"),
            ));
        }
    }
    map
}

fn card(map: &Map, i: usize) -> TouchpointId {
    map.touchpoints[i].id
}

/// Puts the picture made of `bytes` on card `i` as the window does (import, then one edit).
fn put(map: &mut Map, i: usize, bytes: &[u8], alt: &str, aspect: Aspect) -> Picture {
    let p = trailmap::picture::import_picture(bytes).unwrap();
    let id = card(map, i);
    History::default()
        .apply(map, set_picture(id, p.clone(), alt, aspect))
        .unwrap();
    p
}

/// The map with the quarters picture (a PNG) on the first card, cropped to 4:3.
fn pictured() -> (Map, Picture) {
    let mut m = map();
    let p = put(
        &mut m,
        0,
        &png_bytes(&quarters(320, 180)),
        "Ad: Tom & \"Jerry\" <b>sale</b>",
        Aspect::Standard,
    );
    assert_eq!(p.media, MediaType::Png, "few colours stay a PNG");
    (m, p)
}

fn scene_of(map: &Map) -> (Layout, Scene) {
    let layout = Layout::compute(map);
    let scene = scene::build(map, &layout);
    (layout, scene)
}

fn frame_of(layout: &Layout, id: TouchpointId) -> PictureFrame {
    *layout.card(id).unwrap().picture.clone().unwrap()
}

/// Points well inside each quarter of `rect` (map units), in the quarters' order.
fn quarter_points(rect: Rect) -> [(f32, f32); 4] {
    let (x0, x1) = (rect.x + rect.w * 0.25, rect.x + rect.w * 0.75);
    let (y0, y1) = (rect.y + rect.h * 0.25, rect.y + rect.h * 0.75);
    [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
}

fn assert_colour(what: &str, got: [u8; 3], want: [u8; 3], tolerance: i32) {
    let off = got
        .iter()
        .zip(want)
        .map(|(a, b)| (i32::from(*a) - i32::from(b)).abs())
        .max()
        .unwrap();
    assert!(
        off <= tolerance,
        "{what}: got {got:?}, want {want:?} (within {tolerance})"
    );
}

/// The pixel at map point `(x, y)` of an export drawn `scale` pixels per map unit with the
/// default margin.
fn pixel(img: &RgbaImage, (x, y): (f32, f32), scale: f32) -> [u8; 3] {
    let m = export::DEFAULT_MARGIN;
    let p = img.get_pixel(((x + m) * scale) as u32, ((y + m) * scale) as u32);
    [p[0], p[1], p[2]]
}

fn assert_quarters(what: &str, img: &RgbaImage, rect: Rect, scale: f32, tolerance: i32) {
    for (q, at) in quarter_points(rect).into_iter().enumerate() {
        assert_colour(
            &format!("{what}, quarter {q}"),
            pixel(img, at, scale),
            QUARTERS[q],
            tolerance,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Layout and scene

#[test]
fn the_picture_sits_above_the_title_across_the_card_at_its_aspect() {
    let plain = Layout::compute(&map());
    for aspect in Aspect::ALL {
        let mut m = map();
        put(&mut m, 0, &png_bytes(&quarters(320, 180)), "", aspect);
        let layout = Layout::compute(&m);
        let id = card(&m, 0);
        let c = layout.card(id).unwrap();
        let f = frame_of(&layout, id);
        assert!(!f.missing);
        assert_eq!(f.rect.x, c.rect.x + CARD_PADDING);
        assert_eq!(f.rect.y, c.rect.y + CARD_PADDING);
        assert!((f.rect.w - (c.rect.w - 2.0 * CARD_PADDING)).abs() < 1e-3);
        let ratio = aspect.ratio(320, 180);
        assert!(
            (f.rect.h / f.rect.w - ratio).abs() < 1e-3,
            "{aspect:?}: {:?}",
            f.rect
        );
        // The title starts under the frame; the card grew by the frame and its gap.
        let title_top = c.title.lines[0].origin.y - c.title.size;
        assert!(title_top >= f.rect.bottom() + PICTURE_GAP - 3.0);
        let before = plain.card(id).unwrap();
        assert!((c.rect.h - before.rect.h - f.rect.h - PICTURE_GAP).abs() < 0.5);
        // The card under it moved down as much.
        let below = card(&m, 1);
        let (was, now) = (plain.card(below).unwrap(), layout.card(below).unwrap());
        assert_eq!(was.cell.stage, now.cell.stage);
        // The crop is the picture's centre at the frame's aspect.
        let crop = f.crop;
        assert!(
            (crop.h / crop.w - ratio).abs() < 0.01,
            "{aspect:?}: {crop:?}"
        );
        assert!((crop.x + crop.w / 2.0 - 160.0).abs() < 0.01);
        assert!((crop.y + crop.h / 2.0 - 90.0).abs() < 0.01);
        assert!(crop.x >= 0.0 && crop.right() <= 320.01 && crop.bottom() <= 180.01);
    }
}

#[test]
fn a_panorama_and_a_phone_screenshot_keep_the_card_a_card() {
    for (w, h) in [(1600, 100), (300, 1400)] {
        let mut m = map();
        put(&mut m, 0, &png_bytes(&quarters(w, h)), "", Aspect::Original);
        let f = frame_of(&Layout::compute(&m), card(&m, 0));
        let r = f.rect.h / f.rect.w;
        assert!(
            (trailmap::layout::PICTURE_MIN_RATIO..=trailmap::layout::PICTURE_MAX_RATIO)
                .contains(&r),
            "{w}x{h}: {r}"
        );
        assert!((f.crop.h / f.crop.w - r).abs() < 0.01);
    }
    // A very wide stage: the frame stops at its tallest and the crop follows it.
    let mut m = map();
    m.stages[0].width = Some(1500.0);
    put(
        &mut m,
        0,
        &png_bytes(&quarters(400, 400)),
        "",
        Aspect::Square,
    );
    let f = frame_of(&Layout::compute(&m), card(&m, 0));
    assert_eq!(f.rect.h, trailmap::layout::PICTURE_MAX_HEIGHT);
    assert!(f.rect.w > 1000.0);
    assert!((f.crop.h / f.crop.w - f.rect.h / f.rect.w).abs() < 0.01);
}

#[test]
fn the_scene_holds_the_picture_item_and_the_picture_it_shows() {
    let (m, p) = pictured();
    let (layout, scene) = scene_of(&m);
    let f = frame_of(&layout, card(&m, 0));
    let items: Vec<&Item> = scene
        .items
        .iter()
        .filter(|i| matches!(i, Item::Picture { .. }))
        .collect();
    assert_eq!(
        items,
        [&Item::Picture {
            rect: f.rect,
            key: p.key(),
            alt: "Ad: Tom & \"Jerry\" <b>sale</b>".into(),
            crop: f.crop,
        }]
    );
    assert_eq!(scene.pictures.len(), 1);
    assert_eq!(scene.pictures[&p.key()], p);
    // A storyboard card in the other stage with the same picture: still one picture.
    let mut m2 = m.clone();
    put(
        &mut m2,
        2,
        &png_bytes(&quarters(320, 180)),
        "",
        Aspect::Wide,
    );
    let (_, s2) = scene_of(&m2);
    assert_eq!(s2.pictures.len(), 1);
}

#[test]
fn a_missing_picture_shows_a_placeholder_in_the_maps_language_and_exports_still_work() {
    for (language, words) in [("en", "Picture missing"), ("de", "Bild fehlt")] {
        let (mut m, _) = pictured();
        m.language = language.into();
        m.pictures.clear();
        let (layout, scene) = scene_of(&m);
        let f = frame_of(&layout, card(&m, 0));
        assert!(f.missing);
        assert!(scene.pictures.is_empty());
        assert!(
            !scene
                .items
                .iter()
                .any(|i| matches!(i, Item::Picture { .. }))
        );
        assert!(scene.items.iter().any(|i| matches!(i,
            Item::Rect { rect, fill: Some(c), .. } if *rect == f.rect && *c == scene::PICTURE_PLACEHOLDER)));
        assert!(
            scene
                .items
                .iter()
                .any(|i| matches!(i, Item::Text { text, .. } if &**text == words)),
            "{language}"
        );
        for format in [Format::Svg, Format::Png, Format::Pdf] {
            export::render(&scene, format, &ExportOptions::default()).unwrap();
        }
        pptx::to_pptx(&scene, &m, &PptxOptions::default()).unwrap();
    }
}

#[test]
fn a_picture_whose_data_does_not_decode_is_grey_in_every_export() {
    let (m, p) = pictured();
    let (_, mut scene) = scene_of(&m);
    // Data cut short after a sound header: the layout cannot tell, the exporters can.
    let cut = Picture {
        bytes: p.bytes[..p.bytes.len() / 2].into(),
        ..p.clone()
    };
    scene.pictures.insert(p.key(), cut);
    let options = ExportOptions::default();
    let svg = String::from_utf8(export::render(&scene, Format::Svg, &options).unwrap()).unwrap();
    assert!(
        svg.contains("<image"),
        "the SVG keeps the bytes as they are"
    );
    export::render(&scene, Format::Pdf, &options).unwrap();
    let png = export::render(&scene, Format::Png, &options).unwrap();
    let img = image::load_from_memory(&png).unwrap().into_rgba8();
    let f = frame_of(&Layout::compute(&m), card(&m, 0));
    let grey = scene::PICTURE_PLACEHOLDER;
    for at in quarter_points(f.rect) {
        assert_colour("grey", pixel(&img, at, 2.0), [grey.r, grey.g, grey.b], 2);
    }
    let deck = pptx::to_pptx(&scene, &m, &PptxOptions::default()).unwrap();
    assert!(
        zip_names(&deck)
            .iter()
            .all(|n| !n.starts_with("ppt/media/"))
    );
}

// ---------------------------------------------------------------------------------------------
// SVG

/// The `data:` URLs of the SVG's `<image>` elements, decoded.
fn svg_images(svg: &str) -> Vec<(String, Vec<u8>)> {
    svg.split("<image ")
        .skip(1)
        .map(|rest| {
            let start = rest.find("xlink:href=\"data:").unwrap() + "xlink:href=\"data:".len();
            let url = &rest[start..start + rest[start..].find('"').unwrap()];
            let (mime, data) = url.split_once(";base64,").unwrap();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data)
                .unwrap();
            (mime.to_owned(), bytes)
        })
        .collect()
}

#[test]
fn the_svg_embeds_the_stored_bytes_cropped_to_the_card_with_the_alt_text() {
    let (m, p) = pictured();
    let (layout, scene) = scene_of(&m);
    let f = frame_of(&layout, card(&m, 0));
    for text in [TextMode::Text, TextMode::Outlines] {
        let options = ExportOptions {
            text,
            ..Default::default()
        };
        let svg =
            String::from_utf8(export::render(&scene, Format::Svg, &options).unwrap()).unwrap();
        assert_eq!(
            svg_images(&svg),
            [("image/png".to_owned(), p.bytes.to_vec())]
        );
        // Nothing outside the file: every reference is to the file itself or a data: URL.
        for href in svg.split("href=\"").skip(1) {
            assert!(
                href.starts_with('#') || href.starts_with("data:"),
                "{href:.40}"
            );
        }
        let viewbox = format!(
            "viewBox=\"{} {} {} {}\"",
            f.crop.x, f.crop.y, f.crop.w, f.crop.h
        );
        assert!(svg.contains(&viewbox), "{viewbox}");
        let alt = "Ad: Tom &amp; &quot;Jerry&quot; &lt;b&gt;sale&lt;/b&gt;";
        assert!(svg.contains(&format!("aria-label=\"{alt}\"")));
        assert!(svg.contains(&format!("<title>{alt}</title>")));
        assert!(!svg.contains("<b>"));

        // resvg draws the picture's quarters where the card's frame is.
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();
        let size = tree.size().to_int_size();
        let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::identity(),
            &mut pixmap.as_mut(),
        );
        let img = RgbaImage::from_raw(size.width(), size.height(), pixmap.take()).unwrap();
        assert_quarters("SVG drawn by resvg", &img, f.rect, 1.0, 8);
    }
}

#[test]
fn a_picture_on_two_cards_is_embedded_once() {
    let (mut m, p) = pictured();
    put(
        &mut m,
        2,
        &png_bytes(&quarters(320, 180)),
        "again",
        Aspect::Square,
    );
    let (_, scene) = scene_of(&m);
    let svg =
        String::from_utf8(export::render(&scene, Format::Svg, &ExportOptions::default()).unwrap())
            .unwrap();
    assert_eq!(svg_images(&svg).len(), 1);
    assert_eq!(svg.matches(&format!("#picture-{}", p.key())).count(), 2);
    let pdf = export::render(&scene, Format::Pdf, &ExportOptions::default()).unwrap();
    assert_eq!(count(&pdf, b"/Subtype /Image"), 1);
    let deck = pptx::to_pptx(&scene, &m, &PptxOptions::default()).unwrap();
    let media: Vec<String> = zip_names(&deck)
        .into_iter()
        .filter(|n| n.starts_with("ppt/media/"))
        .collect();
    assert_eq!(media, ["ppt/media/image1.png"]);
}

// ---------------------------------------------------------------------------------------------
// PNG

#[test]
fn the_png_shows_the_pictures_crop_in_the_cards_frame() {
    let (m, _) = pictured();
    let (layout, scene) = scene_of(&m);
    let f = frame_of(&layout, card(&m, 0));
    for scale in [1.0, 2.0, 4.0] {
        let options = ExportOptions {
            scale,
            background: Background::White,
            ..Default::default()
        };
        let png = export::render(&scene, Format::Png, &options).unwrap();
        let img = image::load_from_memory(&png).unwrap().into_rgba8();
        assert_quarters(&format!("PNG at {scale}x"), &img, f.rect, scale, 6);
        // The black bands left and right are cropped away: just inside the frame's edges the
        // quarters' colours show, just outside the card's paper.
        let mid = f.rect.y + f.rect.h * 0.25;
        assert_colour(
            "left edge",
            pixel(&img, (f.rect.x + 1.5, mid), scale),
            QUARTERS[0],
            40,
        );
        assert_colour(
            "right edge",
            pixel(&img, (f.rect.right() - 1.5, mid), scale),
            QUARTERS[1],
            40,
        );
        assert_colour(
            "beside the frame",
            pixel(&img, (f.rect.x - 3.0, mid), scale),
            [255, 255, 255],
            2,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// PDF

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_pdf_has_an_image_xobject_a_jpeg_as_it_is_and_passes_qpdf() {
    let (mut m, _) = pictured();
    // A photo on a channel card: stored as a JPEG, which the PDF keeps byte for byte.
    let photo = put(
        &mut m,
        1,
        &jpeg_bytes(&photo_quarters(640, 360)),
        "photo",
        Aspect::Wide,
    );
    assert_eq!(photo.media, MediaType::Jpeg);
    let (layout, scene) = scene_of(&m);
    let (_keep, dir) = common::out_dir("picture-pdf");
    for text in [TextMode::Text, TextMode::Outlines] {
        let options = ExportOptions {
            text,
            background: Background::White,
            ..Default::default()
        };
        let pdf = export::render(&scene, Format::Pdf, &options).unwrap();
        assert_eq!(count(&pdf, b"/Subtype /Image"), 2);
        assert!(contains(&pdf, b"/DCTDecode"));
        assert!(contains(&pdf, &photo.bytes), "the JPEG is stored as it is");
        let path = dir.join(format!("pictures-{text:?}.pdf"));
        std::fs::write(&path, &pdf).unwrap();
        let Some(out) = common::run_tool("qpdf", &[&"--check", &path]) else {
            return;
        };
        common::assert_ok("qpdf --check", &out);
        // Drawn at 96 dpi a map unit is a pixel: the quarters are where the frames are.
        let prefix = dir.join(format!("pictures-{text:?}"));
        let Some(out) = common::run_tool(
            "pdftoppm",
            &[&"-r", &"96", &"-png", &"-singlefile", &path, &prefix],
        ) else {
            return;
        };
        common::assert_ok("pdftoppm", &out);
        let img = image::open(prefix.with_extension("png"))
            .unwrap()
            .into_rgba8();
        let f = frame_of(&layout, card(&m, 0));
        assert_quarters("PDF drawn by poppler", &img, f.rect, 1.0, 10);
        let f = frame_of(&layout, card(&m, 1));
        assert_quarters("JPEG in the PDF", &img, f.rect, 1.0, 45);
    }
}

#[test]
fn a_transparent_picture_gets_a_soft_mask_in_the_pdf() {
    let mut m = map();
    let mut img = quarters(200, 200);
    for p in img.pixels_mut().take(4000) {
        p[3] = 0;
    }
    put(&mut m, 0, &png_bytes(&img), "", Aspect::Square);
    let (_, scene) = scene_of(&m);
    let pdf = export::render(&scene, Format::Pdf, &ExportOptions::default()).unwrap();
    assert!(contains(&pdf, b"/SMask"));
    assert_eq!(
        count(&pdf, b"/Subtype /Image"),
        2,
        "the picture and its mask"
    );
}

// ---------------------------------------------------------------------------------------------
// PowerPoint

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    zip.file_names()
        .map(|n| n.expect("a part name").into_owned())
        .collect()
}

fn zip_part(bytes: &[u8], name: &str) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut out = Vec::new();
    zip.by_name(name).unwrap().read_to_end(&mut out).unwrap();
    out
}

#[test]
fn the_deck_has_the_picture_as_a_media_part_and_a_cropped_picture_shape() {
    let (m, p) = pictured();
    let (layout, scene) = scene_of(&m);
    let deck = pptx::to_pptx(&scene, &m, &PptxOptions::default()).unwrap();
    assert_eq!(zip_part(&deck, "ppt/media/image1.png"), &p.bytes[..]);
    let types = String::from_utf8(zip_part(&deck, "[Content_Types].xml")).unwrap();
    assert!(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"));
    let rels = String::from_utf8(zip_part(&deck, "ppt/slides/_rels/slide1.xml.rels")).unwrap();
    assert!(rels.contains("Target=\"../media/image1.png\""));
    let slide = String::from_utf8(zip_part(&deck, "ppt/slides/slide1.xml")).unwrap();
    assert!(slide.contains("descr=\"Ad: Tom &amp; &quot;Jerry&quot; &lt;b&gt;sale&lt;/b&gt;\""));
    // 4:3 out of 16:9: an eighth of the width off each side, nothing off top and bottom.
    assert!(slide.contains("<a:srcRect l=\"12500\" t=\"0\" r=\"12500\" b=\"0\"/>"));

    let Some(python) = common::python_pptx() else {
        return;
    };
    let (_keep, dir) = common::out_dir("picture-pptx");
    let path = dir.join("pictures.pptx");
    std::fs::write(&path, &deck).unwrap();
    let f = frame_of(&layout, card(&m, 0));
    let script = r#"
import sys
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
deck = Presentation(sys.argv[1])
def walk(shapes):
    for s in shapes:
        if s.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(s.shapes)
        else:
            yield s
pics = [s for s in walk(deck.slides[0].shapes) if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
assert len(pics) == 1, pics
pic = pics[0]
descr = pic._element.nvPicPr.cNvPr.get("descr")
assert descr == 'Ad: Tom & "Jerry" <b>sale</b>', descr
assert pic.image.content_type == "image/png", pic.image.content_type
assert abs(pic.crop_left - 0.125) < 1e-3 and abs(pic.crop_right - 0.125) < 1e-3, (pic.crop_left, pic.crop_right)
assert pic.crop_top == 0 and pic.crop_bottom == 0
print(pic.width / pic.height)
"#;
    let out = Process::new(&python)
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("run python");
    common::assert_ok("python-pptx", &out);
    let ratio: f32 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert!((ratio - f.rect.w / f.rect.h).abs() < 0.01, "{ratio}");
    soffice_converts(&path, &dir);
}

/// LibreOffice opens the deck and turns it into a PDF.
fn soffice_converts(deck: &Path, dir: &Path) {
    let profile = dir.join("profile");
    let Some(out) = common::run_tool(
        "soffice",
        &[
            &format!("-env:UserInstallation=file://{}", profile.display()),
            &"--headless",
            &"--norestore",
            &"--convert-to",
            &"pdf",
            &"--outdir",
            &dir,
            &deck,
        ],
    ) else {
        return;
    };
    common::assert_ok("soffice", &out);
    let pdf = std::fs::read(deck.with_extension("pdf")).unwrap();
    assert!(contains(&pdf, b"/Subtype/Image") || contains(&pdf, b"/Subtype /Image"));
}

// ---------------------------------------------------------------------------------------------
// A real map

/// A landing-page screenshot: a header bar, a hero block, "text" lines and a button.
fn landing_page(w: u32, h: u32) -> RgbaImage {
    RgbaImage::from_fn(w, h, |x, y| {
        let px = Rgba;
        if y < h / 10 {
            px([0x11, 0x18, 0x27, 255])
        } else if y < h / 2 && x > w / 20 && x < w * 19 / 20 {
            px([0xF5, 0x9E, 0x0B, 255])
        } else if y > h * 6 / 10 && y % 16 < 4 && x % 200 < 160 && x > w / 20 {
            px([0x6B, 0x72, 0x80, 255])
        } else if y > h * 85 / 100 && y < h * 95 / 100 && x > w * 4 / 10 && x < w * 6 / 10 {
            px([0x25, 0x63, 0xEB, 255])
        } else {
            px([255, 255, 255, 255])
        }
    })
}

/// The photo for the look: the JPEG at `TRAILMAP_LOOK_PHOTO` when set (to look at a real photo
/// on a card), else the noisy quarters.
fn look_photo() -> Vec<u8> {
    match std::env::var_os("TRAILMAP_LOOK_PHOTO") {
        Some(path) => std::fs::read(path).expect("read TRAILMAP_LOOK_PHOTO"),
        None => jpeg_bytes(&photo_quarters(1280, 720)),
    }
}

/// The bundled e-commerce example with a photo on its TikTok card and a screenshot on its
/// landing page, in every format; the files stay in `$TRAILMAP_KEEP_EXPORTS/picture-example`
/// for a look.
#[test]
fn the_example_with_a_photo_and_a_screenshot_exports_to_every_format() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/ecommerce.journey.ron");
    let mut m = trailmap::file::load(&path).unwrap();
    let at = |m: &Map, title: &str| m.touchpoints.iter().position(|t| t.title == title).unwrap();
    let tiktok = at(&m, "TikTok creator unboxing");
    let landing = at(&m, "Back-to-school landing page");
    put(
        &mut m,
        tiktok,
        &look_photo(),
        "Creator holding the new sneaker",
        Aspect::Square,
    );
    put(
        &mut m,
        landing,
        &png_bytes(&landing_page(1440, 900)),
        "Landing page: hero banner, product list, Shop now",
        Aspect::Wide,
    );
    assert!(m.problems().is_empty(), "{:?}", m.problems());
    let (layout, scene) = scene_of(&m);
    assert_eq!(scene.pictures.len(), 2);
    let (_keep, dir) = common::out_dir("picture-example");
    for text in [TextMode::Text, TextMode::Outlines] {
        let options = ExportOptions {
            text,
            ..Default::default()
        };
        let svg =
            String::from_utf8(export::render(&scene, Format::Svg, &options).unwrap()).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("image"))
                .count(),
            2
        );
        std::fs::write(dir.join(format!("example-{text:?}.svg")), &svg).unwrap();
        let pdf = export::render(&scene, Format::Pdf, &options).unwrap();
        let pdf_path = dir.join(format!("example-{text:?}.pdf"));
        std::fs::write(&pdf_path, &pdf).unwrap();
        if let Some(out) = common::run_tool("qpdf", &[&"--check", &pdf_path]) {
            common::assert_ok("qpdf --check", &out);
        }
    }
    let png = export::render(&scene, Format::Png, &ExportOptions::default()).unwrap();
    std::fs::write(dir.join("example.png"), &png).unwrap();
    let img = image::load_from_memory(&png).unwrap().into_rgba8();
    // The screenshot's orange hero block fills the middle of the landing page's frame.
    let f = frame_of(&layout, card(&m, landing));
    let centre = (f.rect.x + f.rect.w / 2.0, f.rect.y + f.rect.h * 0.35);
    assert_colour("hero", pixel(&img, centre, 2.0), [0xF5, 0x9E, 0x0B], 6);
    let deck = pptx::to_pptx(&scene, &m, &PptxOptions::default()).unwrap();
    let media = zip_names(&deck)
        .into_iter()
        .filter(|n| n.starts_with("ppt/media/"))
        .count();
    assert_eq!(media, 2);
    std::fs::write(dir.join("example.pptx"), &deck).unwrap();
}
