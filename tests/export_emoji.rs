//! Emoji on a card come out of every export drawn from the bundled Noto Emoji, never as the
//! empty box (`.notdef`) of a missing glyph, and in the places the layout measured.

use crate::common;

use image::RgbaImage;
use trailmap::export::{self, Background, ExportOptions, Format, TextMode, pdf, svg};
use trailmap::fonts::Weight;
use trailmap::geom::Point;
use trailmap::layout::Layout;
use trailmap::model::Map;
use trailmap::scene::{Item, Scene};

const TITLE: &str = "Launch 🎉🚀✅❤\u{FE0F}";
/// Glyphs with ink in [`TITLE`]: six letters and four emoji (the space and U+FE0F draw none).
const INKED: usize = 10;

fn map() -> Map {
    let mut map = common::every_field_map();
    map.touchpoints[0].title = TITLE.into();
    map
}

fn scene_of(map: &Map) -> Scene {
    trailmap::scene::build(map, &Layout::compute(map))
}

fn outline_svg(scene: &Scene) -> String {
    svg::to_svg(
        scene,
        &ExportOptions {
            text: TextMode::Outlines,
            ..Default::default()
        },
    )
    .unwrap()
}

/// The path data of each glyph drawn under the element with `id`: the outline in `<defs>` that
/// each `<use>` there names.
fn glyph_outlines(svg: &str, id: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let group = doc
        .descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no {id} in the SVG"));
    group
        .descendants()
        .filter(|n| n.tag_name().name() == "use")
        .map(|u| {
            let href = u
                .attribute(("http://www.w3.org/1999/xlink", "href"))
                .expect("a use names its glyph");
            let id = href.strip_prefix('#').expect("a glyph of this file");
            let def = doc
                .descendants()
                .find(|n| n.tag_name().name() == "path" && n.attribute("id") == Some(id))
                .unwrap_or_else(|| panic!("glyph {id} is defined"));
            def.attribute("d").unwrap_or_default().to_owned()
        })
        .collect()
}

/// The outline the writer draws for a character no bundled font has, in bold like card titles.
fn notdef_outline() -> String {
    let scene = Scene {
        width: 40.0,
        height: 40.0,
        items: vec![
            Item::BeginGroup {
                id: "box".into(),
                label: String::new(),
            },
            common::text(5.0, 30.0, "\u{E000}", 20.0, Weight::Bold, common::INK),
            Item::EndGroup,
        ],
        ..Default::default()
    };
    let glyphs = glyph_outlines(&outline_svg(&scene), "box");
    assert_eq!(glyphs.len(), 1);
    glyphs[0].clone()
}

#[test]
fn a_cards_emoji_are_outlined_from_noto_emoji_not_as_boxes() {
    let map = map();
    let id = format!("touchpoint-{}", map.touchpoints[0].id.0);
    let svg = outline_svg(&scene_of(&map));
    let title = glyph_outlines(&svg, &id);
    let notdef = notdef_outline();
    assert!(!notdef.is_empty());
    assert!(
        title.iter().all(|g| *g != notdef),
        "a glyph of the card is the .notdef box"
    );
    // The card's title line: its letters and four emoji, each its own shape.
    let launch = title
        .windows(INKED)
        .find(|w| {
            let mut distinct = w[6..].to_vec();
            distinct.sort();
            distinct.dedup();
            distinct.len() == 4
        })
        .expect("the title line's glyphs");
    assert!(
        launch[6..].iter().all(|g| g.len() > 100),
        "emoji have detail"
    );

    // The same map with Hebrew in the title does draw boxes: the check above would catch them.
    let mut hebrew = map.clone();
    hebrew.touchpoints[0].title = "Launch שלום".into();
    let boxed = glyph_outlines(&outline_svg(&scene_of(&hebrew)), &id);
    assert_eq!(boxed.iter().filter(|g| **g == notdef).count(), 4);
}

#[test]
fn text_mode_svg_keeps_the_emoji_as_text_in_a_family_with_noto_emoji() {
    let map = map();
    let text = svg::to_svg(
        &scene_of(&map),
        &ExportOptions {
            text: TextMode::Text,
            ..Default::default()
        },
    )
    .unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let title = doc
        .descendants()
        .find(|n| n.tag_name().name() == "text" && n.text() == Some(TITLE))
        .expect("the title as real text, selector included");
    assert_eq!(
        title.attribute("font-family"),
        Some("'Noto Sans', 'Noto Emoji', sans-serif")
    );
    assert!(text.contains("font-family:'Noto Emoji'"));
}

/// The title line's text item: where it starts and how wide the layout measured it.
fn title_line(scene: &Scene) -> (Point, f32, f32) {
    title_line_with(scene, '🎉')
}

/// The first text item holding `c`: where it starts and how wide the layout measured it.
fn title_line_with(scene: &Scene, c: char) -> (Point, f32, f32) {
    scene
        .items
        .iter()
        .find_map(|item| match item {
            Item::Text {
                origin,
                text,
                size,
                width,
                ..
            } if text.contains(c) => Some((*origin, *size, *width)),
            _ => None,
        })
        .expect("the title line")
}

fn render(scene: &Scene, text: TextMode) -> RgbaImage {
    let bytes = export::render(
        scene,
        Format::Png,
        &ExportOptions {
            text,
            background: Background::White,
            scale: 2.0,
            ..Default::default()
        },
    )
    .unwrap();
    image::load_from_memory(&bytes).unwrap().to_rgba8()
}

/// Pixels of the region darker than the card behind them, and the region's pixels.
fn ink(img: &RgbaImage, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> (Vec<u8>, usize) {
    let mut grey = Vec::new();
    for y in y0..y1 {
        for x in x0..x1 {
            let p = img.get_pixel(x, y);
            grey.push(((u32::from(p[0]) + u32::from(p[1]) + u32::from(p[2])) / 3) as u8);
        }
    }
    let background = *grey.iter().max().unwrap_or(&255);
    let dark = grey.iter().filter(|g| **g + 60 < background).count();
    (grey, dark)
}

#[test]
fn png_draws_the_emoji_where_the_layout_put_them_as_the_outlines_do() {
    let scene = scene_of(&map());
    let (origin, size, width) = title_line(&scene);
    let (margin, scale) = (export::DEFAULT_MARGIN, 2.0);
    let px = |v: f32| ((v + margin) * scale) as u32;
    let emoji_start = origin.x + common::measure("Launch ", Weight::Bold, size);
    let region = (
        px(emoji_start),
        px(origin.y - size),
        px(origin.x + width),
        px(origin.y + 0.3 * size),
    );
    let area = ((region.2 - region.0) * (region.3 - region.1)) as usize;

    // PNG renders text mode: resvg falls back to Noto Emoji by itself.
    let (text_px, text_ink) = ink(&render(&scene, TextMode::Text), region);
    let (outline_px, outline_ink) = ink(&render(&scene, TextMode::Outlines), region);
    assert!(
        text_ink * 8 > area,
        "emoji ink: {text_ink} of {area} pixels"
    );
    let differing = text_px
        .iter()
        .zip(&outline_px)
        .filter(|(a, b)| a.abs_diff(**b) > 64)
        .count();
    assert!(
        differing * 50 < area,
        "resvg's emoji and our outlines differ in {differing} of {area} pixels \
         (ink {text_ink} vs {outline_ink})"
    );
}

#[test]
fn pdf_embeds_noto_emoji_and_keeps_the_emoji_as_text() {
    let (_keep, dir) = common::out_dir("emoji-pdf");
    let options = ExportOptions {
        text: TextMode::Text,
        ..Default::default()
    };
    let bytes = pdf::to_pdf(&scene_of(&map()), &options).unwrap();
    assert!(
        bytes.windows(9).any(|w| w == b"NotoEmoji"),
        "Noto Emoji is embedded"
    );
    let path = dir.join("emoji.pdf");
    std::fs::write(&path, &bytes).unwrap();
    if let Some(out) = common::run_tool("qpdf", &[&"--check", &path]) {
        common::assert_ok("qpdf", &out);
    }
    if let Some(out) = common::run_tool("pdftotext", &[&path, &"-"]) {
        common::assert_ok("pdftotext", &out);
        let words = String::from_utf8_lossy(&out.stdout);
        for emoji in ["🎉", "🚀", "✅", "❤"] {
            assert!(words.contains(emoji), "{emoji} missing from:\n{words}");
        }
    }
}

fn find_text(group: &resvg::usvg::Group) -> Option<&resvg::usvg::Text> {
    group.children().iter().find_map(|node| match node {
        resvg::usvg::Node::Text(t) => Some(t.as_ref()),
        resvg::usvg::Node::Group(g) => find_text(g),
        _ => None,
    })
}

#[test]
fn emoji_sequences_are_drawn_whole_as_resvg_shapes_them_alone() {
    use resvg::usvg;
    use trailmap::layout::text::measure;
    let resvg_width = |text: &str, weight| {
        let scene = Scene {
            width: 200.0,
            height: 40.0,
            items: vec![common::text(10.0, 30.0, text, 20.0, weight, common::INK)],
            ..Default::default()
        };
        let svg = svg::to_svg(
            &scene,
            &ExportOptions {
                text: TextMode::Text,
                margin: 0.0,
                ..Default::default()
            },
        )
        .unwrap();
        let mut opt = usvg::Options::default();
        for font in trailmap::fonts::Font::ALL {
            opt.fontdb_mut().load_font_data(font.data().to_vec());
        }
        let tree = usvg::Tree::from_str(&svg, &opt).unwrap();
        find_text(tree.root()).unwrap().abs_bounding_box().width()
    };
    // A skin tone, a flag and a family: Noto Emoji draws each as one glyph, and so does the
    // layout, where resvg shapes them right (alone; see the next test for lines).
    for (sequence, weight) in [
        ("👍🏽", Weight::Regular),
        ("🇸🇪", Weight::Bold),
        ("👨\u{200D}👩\u{200D}👧", Weight::Regular),
    ] {
        let width = measure(sequence, 20.0, weight);
        let resvg = resvg_width(sequence, weight);
        assert!(
            (width - resvg).abs() < 0.05,
            "{sequence}: {width} vs {resvg}"
        );
        assert!(
            (width - measure("🎉", 20.0, weight)).abs() < 2.0,
            "one glyph wide"
        );
    }
}

#[test]
fn png_draws_lines_with_emoji_sequences_exactly_as_measured() {
    let mut map = map();
    map.touchpoints[0].title = "Team 👨\u{200D}👩\u{200D}👧 👍🏽 🇸🇪".into();
    let scene = scene_of(&map);
    // The renderers get those lines as outlines (resvg would draw the flag after the space
    // as two letters), so text mode and outline mode give the same pixels.
    let (origin, size, width) = title_line_with(&scene, '🇸');
    let px = |v: f32| ((v + export::DEFAULT_MARGIN) * 2.0) as u32;
    let region = (
        px(origin.x),
        px(origin.y - size),
        px(origin.x + width + size),
        px(origin.y + 0.3 * size),
    );
    let area = ((region.2 - region.0) * (region.3 - region.1)) as usize;
    let (text_px, text_ink) = ink(&render(&scene, TextMode::Text), region);
    let (outline_px, _) = ink(&render(&scene, TextMode::Outlines), region);
    assert!(
        text_ink * 30 > area,
        "the line is drawn: {text_ink} of {area}"
    );
    let differing = text_px
        .iter()
        .zip(&outline_px)
        .filter(|(a, b)| a.abs_diff(**b) > 64)
        .count();
    assert!(
        differing * 200 < area,
        "{differing} of {area} pixels differ"
    );
    // The text-mode SVG for people keeps the line as text: browsers shape it right.
    let svg_text = svg::to_svg(
        &scene,
        &ExportOptions {
            text: TextMode::Text,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(svg_text.contains("Team 👨\u{200D}👩\u{200D}👧 👍🏽 🇸🇪</text>"));
}
