//! The SVG writer, checked by parsing what it writes.

use crate::common;

use std::collections::HashSet;

use common::*;
use resvg::usvg;
use trailmap::export::{Background, ExportOptions, TextMode, document_size, svg};
use trailmap::fonts::{self, Weight};
use trailmap::geom::Point;
use trailmap::model::Color;
use trailmap::scene::{Item, Scene, Stroke};

fn options(text: TextMode) -> ExportOptions {
    ExportOptions {
        text,
        ..Default::default()
    }
}

fn write(scene: &Scene, text: TextMode) -> String {
    svg::to_svg(scene, &options(text)).expect("SVG written")
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}\n{svg}"))
}

fn elements<'a>(doc: &'a roxmltree::Document<'a>, name: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == name)
        .collect()
}

/// The texts and group labels a scene holds.
fn texts_and_labels(scene: &Scene) -> (Vec<String>, Vec<String>) {
    let mut texts = Vec::new();
    let mut labels = Vec::new();
    for item in &scene.items {
        match item {
            Item::Text { text, .. } => texts.push(text.to_string()),
            Item::BeginGroup { label, .. } => labels.push(label.clone()),
            _ => {}
        }
    }
    (texts, labels)
}

/// Group titles as (group id, title text).
fn group_titles(doc: &roxmltree::Document<'_>) -> Vec<(String, String)> {
    elements(doc, "title")
        .into_iter()
        .map(|t| {
            let g = t.parent_element().expect("title has a parent");
            assert_eq!(g.tag_name().name(), "g", "a title belongs to a group");
            (
                g.attribute("id").expect("group has an id").to_owned(),
                t.text().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// Parses and renders an SVG with resvg and only the bundled fonts, as a user's viewer would
/// (text mode SVGs carry the fonts as @font-face, which resvg ignores: it gets them here).
fn render_with_resvg(svg: &str) -> resvg::tiny_skia::Pixmap {
    let mut opt = usvg::Options::default();
    for font in fonts::Font::ALL {
        opt.fontdb_mut().load_font_data(font.data().to_vec());
    }
    let tree = usvg::Tree::from_str(svg, &opt).expect("resvg reads the SVG");
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("pixmap of SVG size");
    resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
    pixmap
}

/// The fonts of a text-mode SVG's `@font-face` rules: (family, weight, font file).
fn embedded_fonts(svg: &str) -> Vec<(String, String, Vec<u8>)> {
    use base64::Engine as _;
    let doc = parse(svg);
    let Some(style) = elements(&doc, "style").first().and_then(|s| s.text()) else {
        return Vec::new();
    };
    let between = |rule: &str, start: &str, end: char| -> String {
        let at = rule.find(start).expect("the rule has it") + start.len();
        let len = rule[at..].find(end).expect("it ends");
        rule[at..at + len].to_owned()
    };
    style
        .split("@font-face")
        .skip(1)
        .map(|rule| {
            let data = base64::engine::general_purpose::STANDARD
                .decode(between(rule, "base64,", ')'))
                .expect("the font is base64");
            (
                between(rule, "font-family:'", '\''),
                between(rule, "font-weight:", ';'),
                data,
            )
        })
        .collect()
}

/// Renders an SVG with resvg and only the given font files.
fn render_with_fonts(svg: &str, fonts: &[&[u8]]) -> resvg::tiny_skia::Pixmap {
    let mut opt = usvg::Options::default();
    for font in fonts {
        opt.fontdb_mut().load_font_data(font.to_vec());
    }
    let tree = usvg::Tree::from_str(svg, &opt).expect("resvg reads the SVG");
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).expect("pixmap of SVG size");
    resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
    pixmap
}

/// The text-mode SVG of each bundled example (compare view: every card), and of a scene with
/// Polish, Nordic and emoji text, sequences and keycaps included.
fn text_svgs() -> Vec<(String, Scene)> {
    let mut scenes = Vec::new();
    for path in example_paths() {
        let map = trailmap::file::load(&path).expect("example loads");
        let options = trailmap::layout::LayoutOptions {
            state: trailmap::layout::StateView::Compare,
            ..Default::default()
        };
        let layout = trailmap::layout::Layout::compute_with(&map, &options);
        scenes.push((
            path.display().to_string(),
            trailmap::scene::build(&map, &layout),
        ));
    }
    let mut scene = sample_scene();
    let lines = NORDIC_AND_POLISH.iter().copied().chain([
        "Launch 🎉 👍🏽 🇸🇪🇳🇴 👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}\u{200D}🔥 ✉\u{FE0F}",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} 1\u{FE0F}\u{20E3} #\u{20E3} 🇸 x",
        "☺\u{FE0E} 🇸🇪🇸 *\u{20E3} 👩🏿\u{200D}💻 ✌🏼 🫠",
    ]);
    for (i, line) in lines.enumerate() {
        let weight = if i % 2 == 0 {
            Weight::Regular
        } else {
            Weight::Bold
        };
        let y = 200.0 + 18.0 * i as f32;
        scene.items.push(text(10.0, y, line, 14.0, weight, INK));
    }
    scene.height = scene.height.max(400.0);
    scenes.push(("Nordic, Polish and emoji".to_owned(), scene));
    scenes
}

/// Mean difference of two renders per colour channel (0 to 255), and the share of pixels that
/// differ by more than a quarter in some channel.
fn difference(a: &resvg::tiny_skia::Pixmap, b: &resvg::tiny_skia::Pixmap) -> (f64, f64) {
    assert_eq!((a.width(), a.height()), (b.width(), b.height()));
    let (mut sum, mut differing) = (0u64, 0usize);
    for (p, q) in a.data().chunks(4).zip(b.data().chunks(4)) {
        let d: Vec<u64> = p
            .iter()
            .zip(q)
            .map(|(x, y)| u64::from(x.abs_diff(*y)))
            .collect();
        sum += d.iter().sum::<u64>();
        differing += usize::from(d.iter().any(|d| *d > 64));
    }
    let pixels = (a.width() * a.height()) as f64;
    (sum as f64 / pixels / 4.0, differing as f64 / pixels)
}

#[test]
fn text_svgs_embed_only_the_glyphs_they_use_and_draw_the_same_with_them() {
    let faces = fonts::Faces::bundled();
    for (name, scene) in text_svgs() {
        let svg = write(&scene, TextMode::Text);
        let embedded = embedded_fonts(&svg);
        let emoji = embedded.iter().any(|(f, _, _)| f == fonts::EMOJI_FAMILY);
        assert_eq!(embedded.len(), 2 + usize::from(emoji), "{name}");
        for (family, weight, data) in &embedded {
            let font = match (family.as_str(), weight.as_str()) {
                (fonts::FAMILY, "400") => fonts::Font::Sans(Weight::Regular),
                (fonts::FAMILY, "700") => fonts::Font::Sans(Weight::Bold),
                (fonts::EMOJI_FAMILY, "400 700") => fonts::Font::Emoji,
                other => panic!("{name}: unexpected font {other:?}"),
            };
            assert!(
                data.len() * 10 < font.data().len(),
                "{name}: {family} {weight} is {} bytes, the whole font {}",
                data.len(),
                font.data().len()
            );
            let sub = ttf_parser::Face::parse(data, 0).expect("the subset parses");
            let full = faces.face(font);
            assert_eq!(sub.units_per_em(), full.units_per_em());
            assert!(sub.tables().os2.is_some(), "{name}: browsers need OS/2");
            // Every character of every text drawn with this font maps to a glyph as wide.
            for item in &scene.items {
                let Item::Text { text, weight, .. } = item else {
                    continue;
                };
                if font != fonts::Font::Emoji && font != fonts::Font::Sans(*weight) {
                    continue;
                }
                for c in text.chars() {
                    let Some(old) = full.glyph_index(c) else {
                        assert!(
                            sub.glyph_index(c).is_none(),
                            "{name}: {c:?} is not in {font:?}"
                        );
                        continue;
                    };
                    let new = sub
                        .glyph_index(c)
                        .unwrap_or_else(|| panic!("{name}: {font:?} maps {c:?}"));
                    assert_eq!(
                        sub.glyph_hor_advance(new),
                        full.glyph_hor_advance(old),
                        "{name}: {c:?}"
                    );
                }
            }
        }
        // resvg ignores @font-face: given only the subsets, it draws what the whole fonts draw
        // (emoji sequences are shaped by the subset's own rules).
        let subsets: Vec<&[u8]> = embedded.iter().map(|(_, _, d)| d.as_slice()).collect();
        let with_subsets = render_with_fonts(&svg, &subsets);
        let whole = render_with_resvg(&svg);
        let (mean, share) = difference(&with_subsets, &whole);
        println!(
            "{name}: {} bytes; resvg with subsets vs whole fonts: mean {mean:.4}, {:.4} % of pixels",
            svg.len(),
            share * 100.0
        );
        assert!(
            mean < 0.01 && share < 0.0001,
            "{name}: renders differ by {mean:.4} on average, in {:.3} % of pixels",
            share * 100.0
        );
        assert!(
            whole.pixels().iter().any(|p| p.red() < 128),
            "{name}: text drawn"
        );
    }
}

#[test]
fn text_no_font_has_and_every_character_at_once_still_make_a_text_svg() {
    let faces = fonts::Faces::bundled();
    let every: String = (0..=0x10FFFFu32)
        .filter_map(char::from_u32)
        .filter(|c| {
            faces
                .face(fonts::Font::Sans(Weight::Regular))
                .glyph_index(*c)
                .is_some()
                || faces.face(fonts::Font::Emoji).glyph_index(*c).is_some()
        })
        .collect();
    let lines = [
        "漢字 \u{10FFFF}\u{E000}\u{FFFD}\u{FFFE} ☃\u{FE0E} 🇸 🇸🇪🇸 \u{1F3FB}".to_owned(),
        "👨\u{200D}\u{200D}\u{200D}👩\u{200D}".repeat(50),
        "🏴\u{E0067}\u{E007F}\u{E007F}🏴".to_owned(),
        every,
    ];
    let mut scene = sample_scene();
    for (i, line) in lines.iter().enumerate() {
        for weight in [Weight::Regular, Weight::Bold] {
            scene
                .items
                .push(text(0.0, 20.0 * i as f32, line, 12.0, weight, INK));
        }
    }
    let svg = write(&scene, TextMode::Text);
    let doc = parse(&svg);
    let written: Vec<String> = elements(&doc, "text")
        .iter()
        .map(|t| t.text().unwrap_or_default().to_owned())
        .collect();
    for line in &lines[..3] {
        let visible = xml_visible(line).replace('\u{FFFE}', "");
        assert!(written.contains(&visible), "{line:?}");
    }
    let embedded = embedded_fonts(&svg);
    assert_eq!(embedded.len(), 3);
    for (family, weight, data) in &embedded {
        let face = ttf_parser::Face::parse(data, 0)
            .unwrap_or_else(|e| panic!("{family} {weight} parses: {e}"));
        // Each font has every character of its own, subset or (when one cannot be made) whole.
        for c in lines[3].chars().step_by(7) {
            let font = match weight.as_str() {
                "400" => fonts::Font::Sans(Weight::Regular),
                "700" => fonts::Font::Sans(Weight::Bold),
                _ => fonts::Font::Emoji,
            };
            if faces.face(font).glyph_index(c).is_some() {
                assert!(face.glyph_index(c).is_some(), "{family} {weight}: {c:?}");
            }
        }
    }
}

#[test]
fn size_and_view_box_are_the_scene_plus_margins() {
    let scene = sample_scene();
    let svg = write(&scene, TextMode::Outlines);
    let doc = parse(&svg);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(root.attribute("version"), Some("1.1"));
    let (w, h) = document_size(&scene, 24.0);
    assert_eq!((w, h), (668.0, 388.0));
    assert_eq!(root.attribute("width"), Some("668"));
    assert_eq!(root.attribute("height"), Some("388"));
    assert_eq!(root.attribute("viewBox"), Some("0 0 668 388"));
}

#[test]
fn background_is_white_coloured_or_absent() {
    let scene = sample_scene();
    let first_rect_fill = |background| {
        let svg = svg::to_svg(
            &scene,
            &ExportOptions {
                background,
                margin: 10.0,
                ..Default::default()
            },
        )
        .unwrap();
        let doc = parse(&svg);
        let rect = elements(&doc, "rect")[0];
        (
            rect.attribute("x").map(str::to_owned),
            rect.attribute("fill").map(str::to_owned),
            rect.attribute("fill-opacity").map(str::to_owned),
        )
    };
    assert_eq!(
        first_rect_fill(Background::White),
        (Some("-10".into()), Some("#ffffff".into()), None)
    );
    assert_eq!(
        first_rect_fill(Background::Color(Color::rgba(0x10, 0x20, 0x30, 0x80))),
        (
            Some("-10".into()),
            Some("#102030".into()),
            Some("0.502".into())
        )
    );
    // Transparent: the first rect is the scene's own stage band at x = 0.
    assert_eq!(first_rect_fill(Background::Transparent).0, Some("0".into()));
}

#[test]
fn text_mode_writes_every_text_as_text_with_embedded_fonts() {
    let scene = sample_scene();
    let svg = write(&scene, TextMode::Text);
    let doc = parse(&svg);
    let (texts, labels) = texts_and_labels(&scene);
    let written: Vec<String> = elements(&doc, "text")
        .iter()
        .map(|t| t.text().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(written, texts);
    let titles: Vec<String> = group_titles(&doc).into_iter().map(|(_, t)| t).collect();
    assert_eq!(titles, labels);

    let text = elements(&doc, "text")[0];
    assert_eq!(
        text.attribute("font-family"),
        Some("'Noto Sans', 'Noto Emoji', sans-serif"),
        "Noto Emoji is the fallback, as in the layout"
    );
    assert_eq!(text.attribute("font-weight"), Some("bold"));
    assert_eq!(
        text.attribute(("http://www.w3.org/XML/1998/namespace", "space")),
        Some("preserve")
    );
    let style = elements(&doc, "style")[0].text().unwrap_or_default();
    assert_eq!(style.matches("@font-face").count(), 2);
    assert_eq!(style.matches("src:url(data:font/ttf;base64,").count(), 2);
    assert!(style.contains("font-weight:700"));
    assert!(!style.contains("Noto Emoji"), "no emoji, no emoji font");

    // With an emoji the emoji font is embedded too, whole, and serves both weights.
    let mut scene = scene;
    scene.items.push(common::text(
        10.0,
        10.0,
        "Launch 🎉",
        13.0,
        Weight::Bold,
        INK,
    ));
    let svg = write(&scene, TextMode::Text);
    let doc = parse(&svg);
    let style = elements(&doc, "style")[0].text().unwrap_or_default();
    assert_eq!(style.matches("@font-face").count(), 3);
    let emoji = style
        .split("@font-face")
        .find(|rule| rule.contains("font-family:'Noto Emoji'"))
        .expect("an @font-face for Noto Emoji");
    assert!(emoji.contains("font-weight:400 700"), "{}", &emoji[..80]);
    let fonts = embedded_fonts(&svg);
    let (_, _, data) = fonts
        .iter()
        .find(|(family, _, _)| family == fonts::EMOJI_FAMILY)
        .expect("Noto Emoji embedded");
    assert!(
        data.len() < fonts::EMOJI.len() / 20,
        "a subset: {} bytes",
        data.len()
    );
    let face = ttf_parser::Face::parse(data, 0).expect("the subset parses");
    assert!(face.glyph_index('🎉').is_some(), "the subset maps 🎉");
}

#[test]
fn outline_mode_has_no_text_but_every_card_keeps_its_titled_group() {
    let scene = sample_scene();
    let svg = write(&scene, TextMode::Outlines);
    let doc = parse(&svg);
    assert!(elements(&doc, "text").is_empty());
    assert!(elements(&doc, "style").is_empty(), "no fonts needed");
    let titles = group_titles(&doc);
    for title in NORDIC_AND_POLISH.iter().take(4) {
        assert!(
            titles
                .iter()
                .any(|(id, t)| t == title && id.starts_with("touchpoint-")),
            "{title} missing from {titles:?}"
        );
    }
    // Each card group holds its rectangle and one group of glyphs per text line.
    let card = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("touchpoint-1"))
        .unwrap();
    let children: Vec<&str> = card
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(children, ["title", "rect", "g", "g", "g"]);
}

#[test]
fn outlines_fill_the_width_the_layout_measured_like_real_text_does() {
    for (text, weight) in [
        ("Größe Straße", Weight::Regular),
        ("Zażółć gęślą jaźń", Weight::Bold),
        ("AVATAR Typo WAVE", Weight::Regular),
        // Emoji come from Noto Emoji (2048 units per em) in outlines and in resvg alike.
        ("Launch 🎉🚀✅❤\u{FE0F}", Weight::Regular),
        ("📱 Checkout 🛒👍", Weight::Bold),
    ] {
        let size = 20.0;
        let width = measure(text, weight, size);
        let scene = Scene {
            width: width + 20.0,
            height: 40.0,
            items: vec![common::text(10.0, 30.0, text, size, weight, INK)],
            ..Default::default()
        };
        let bbox = |mode| {
            let svg = svg::to_svg(
                &scene,
                &ExportOptions {
                    text: mode,
                    background: Background::Transparent,
                    margin: 0.0,
                    ..Default::default()
                },
            )
            .unwrap();
            let mut opt = usvg::Options::default();
            for font in fonts::Font::ALL {
                opt.fontdb_mut().load_font_data(font.data().to_vec());
            }
            let tree = usvg::Tree::from_str(&svg, &opt).unwrap();
            // For real text: the ink of the glyphs resvg set, and the advance box of the line.
            match find_text(tree.root()) {
                Some(t) => (t.flattened().abs_bounding_box(), Some(t.abs_bounding_box())),
                None => (tree.root().abs_bounding_box(), None),
            }
        };
        let (outline, _) = bbox(TextMode::Outlines);
        let (real, Some(advance_box)) = bbox(TextMode::Text) else {
            panic!("text mode has a text node");
        };
        // resvg, told not to kern, sets the line exactly as wide as the layout measured it.
        assert!(
            (advance_box.left() - 10.0).abs() < 0.05 && (advance_box.width() - width).abs() < 0.05,
            "{text}: {advance_box:?} vs {width}"
        );
        // Ink lies within the measured advance (side bearings make it a little narrower).
        assert!(outline.left() >= 10.0 - 1.0, "{text}: {outline:?}");
        assert!(
            outline.right() <= 10.0 + width + 1.0,
            "{text}: {outline:?} vs {width}"
        );
        assert!(
            outline.width() > 0.9 * width,
            "{text}: {outline:?} vs {width}"
        );
        // resvg setting real text (without kerning, as we ask) puts the ink in the same place.
        for (a, b) in [
            (outline.left(), real.left()),
            (outline.right(), real.right()),
            (outline.top(), real.top()),
            (outline.bottom(), real.bottom()),
        ] {
            assert!(
                (a - b).abs() < 0.5,
                "{text}: outline {outline:?} vs text {real:?}"
            );
        }
    }
}

fn find_text(group: &usvg::Group) -> Option<&usvg::Text> {
    group.children().iter().find_map(|node| match node {
        usvg::Node::Text(t) => Some(t.as_ref()),
        usvg::Node::Group(g) => find_text(g),
        _ => None,
    })
}

#[test]
fn shapes_are_written_as_asked() {
    let scene = Scene {
        width: 200.0,
        height: 100.0,
        items: vec![
            Item::Rect {
                rect: trailmap::geom::Rect::new(1.0, 2.0, 30.5, 40.25),
                radius: 6.0,
                fill: Some(Color::rgba(255, 0, 0, 128)),
                stroke: Some(Stroke {
                    width: 1.5,
                    color: Color::BLACK,
                    dash: Some(3.0),
                }),
            },
            Item::Arrow {
                points: vec![Point::new(10.0, 80.0), Point::new(110.0, 80.0)],
                stroke: Stroke::solid(2.0, Color::rgb(0, 0, 255)),
                head: 10.0,
            },
            // Repeated end points and a zero-length arrow must not break anything.
            Item::Arrow {
                points: vec![
                    Point::new(10.0, 90.0),
                    Point::new(10.0, 60.0),
                    Point::new(10.0, 60.0),
                ],
                stroke: Stroke::solid(1.0, Color::BLACK),
                head: 6.0,
            },
            Item::Arrow {
                points: vec![Point::new(5.0, 5.0), Point::new(5.0, 5.0)],
                stroke: Stroke::solid(1.0, Color::BLACK),
                head: 6.0,
            },
            // Degenerate shapes are left out rather than written invalid.
            Item::Rect {
                rect: trailmap::geom::Rect::new(0.0, 0.0, -5.0, 10.0),
                radius: 0.0,
                fill: Some(Color::BLACK),
                stroke: None,
            },
            Item::Circle {
                center: Point::new(0.0, 0.0),
                radius: f32::NAN,
                fill: Some(Color::BLACK),
                stroke: None,
            },
        ],
        ..Default::default()
    };
    let svg = write(&scene, TextMode::Outlines);
    let doc = parse(&svg);
    let rects = elements(&doc, "rect");
    assert_eq!(rects.len(), 2, "background and the one valid rect");
    let r = rects[1];
    assert_eq!(r.attribute("width"), Some("30.5"));
    assert_eq!(r.attribute("height"), Some("40.25"));
    assert_eq!(r.attribute("rx"), Some("6"));
    assert_eq!(r.attribute("fill"), Some("#ff0000"));
    assert_eq!(r.attribute("fill-opacity"), Some("0.502"));
    assert_eq!(r.attribute("stroke-dasharray"), Some("3 3"));
    assert_eq!(r.attribute("stroke-width"), Some("1.5"));
    assert!(elements(&doc, "circle").is_empty());

    let lines = elements(&doc, "polyline");
    let heads = elements(&doc, "polygon");
    assert_eq!(lines.len(), 2, "the zero-length arrow draws nothing");
    assert_eq!(heads.len(), 2);
    // The head's tip is the last point; the line stops at the head's base.
    assert_eq!(heads[0].attribute("points"), Some("110,80 100,85 100,75"));
    assert_eq!(heads[0].attribute("fill"), Some("#0000ff"));
    assert_eq!(lines[0].attribute("points"), Some("10,80 100,80"));
    assert_eq!(lines[0].attribute("fill"), Some("none"));
    // Pointing up along the last segment that has a length.
    assert_eq!(heads[1].attribute("points"), Some("10,60 13,66 7,66"));
    assert_eq!(lines[1].attribute("points"), Some("10,90 10,66"));

    assert!(!svg.contains("NaN") && !svg.contains("inf"));
}

#[test]
fn hostile_text_is_escaped_in_both_modes_and_still_renders() {
    let scene = hostile_scene();
    for mode in [TextMode::Text, TextMode::Outlines] {
        let svg = write(&scene, mode);
        let doc = parse(&svg);
        assert!(elements(&doc, "script").is_empty(), "{mode:?}");
        assert!(!svg.contains("<script") && !svg.contains("<a "), "{mode:?}");
        assert!(elements(&doc, "a").is_empty() && elements(&doc, "image").is_empty());
        for node in doc.descendants() {
            for attr in node.attributes() {
                if attr.name() == "href" {
                    let v = attr.value();
                    assert!(
                        v.starts_with('#') || v.starts_with("data:"),
                        "{mode:?}: {v}"
                    );
                }
            }
        }
        let titles = group_titles(&doc);
        let mut ids = HashSet::new();
        for ((id, title), raw) in titles.iter().zip(HOSTILE) {
            assert_eq!(title, &xml_visible(raw), "{mode:?}");
            assert!(ids.insert(id.clone()), "duplicate id {id}");
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
                "{id}"
            );
        }
        assert_eq!(titles.len(), HOSTILE.len());
        if mode == TextMode::Text {
            let written: Vec<String> = elements(&doc, "text")
                .iter()
                .map(|t| t.text().unwrap_or_default().to_owned())
                .collect();
            let expected: Vec<String> = HOSTILE.iter().map(|s| xml_visible(s)).collect();
            assert_eq!(written, expected);
        }
        let pixmap = render_with_resvg(&svg);
        assert!(
            pixmap.pixels().iter().any(|p| p.red() < 128),
            "{mode:?}: some text is drawn"
        );
    }
}

#[test]
fn the_languages_we_write_in_have_real_glyphs_in_both_fonts() {
    for weight in [Weight::Regular, Weight::Bold] {
        let face = ttf_parser::Face::parse(weight.data(), 0).expect("bundled font parses");
        for s in NORDIC_AND_POLISH {
            for c in s.chars() {
                let glyph = face.glyph_index(c);
                assert!(
                    glyph.is_some_and(|g| g.0 != 0),
                    "{weight:?} has no glyph for {c:?} (U+{:04X}) in {s:?}",
                    c as u32
                );
            }
        }
    }
}

#[test]
fn groups_are_balanced_even_when_the_scene_is_not() {
    let scene = Scene {
        width: 10.0,
        height: 10.0,
        items: vec![
            Item::EndGroup,
            Item::BeginGroup {
                id: "a".into(),
                label: String::new(),
            },
            Item::BeginGroup {
                id: "a".into(),
                label: "x".into(),
            },
        ],
        ..Default::default()
    };
    let svg = write(&scene, TextMode::Outlines);
    let doc = parse(&svg);
    let ids: Vec<_> = elements(&doc, "g")
        .iter()
        .filter_map(|g| g.attribute("id"))
        .collect();
    assert_eq!(ids, ["a", "a-2"]);
    assert_eq!(
        elements(&doc, "title").len(),
        1,
        "an empty label gets no title"
    );
}

#[test]
fn bad_sizes_and_options_are_refused() {
    let mut scene = sample_scene();
    scene.width = f32::NAN;
    assert!(svg::to_svg(&scene, &ExportOptions::default()).is_err());
    let scene = sample_scene();
    let bad = ExportOptions {
        margin: -3.0,
        ..Default::default()
    };
    assert!(svg::to_svg(&scene, &bad).is_err());
}
