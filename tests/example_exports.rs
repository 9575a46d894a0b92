//! The SVG of every example, parsed back: every stage, lane and card title is there, as text in
//! text mode and as the title of its group in outline mode; nothing points outside the file.

use crate::common;

use trailmap::export::{ExportOptions, TextMode, svg};
use trailmap::layout::Layout;

/// The SVG of the compare view, which shows every card (today's and the target journey's).
fn svg_of(map: &trailmap::model::Map, text: TextMode) -> String {
    let options = trailmap::layout::LayoutOptions {
        state: trailmap::layout::StateView::Compare,
        ..Default::default()
    };
    let layout = Layout::compute_with(map, &options);
    let scene = trailmap::scene::build(map, &layout);
    svg::to_svg(
        &scene,
        &ExportOptions {
            text,
            ..ExportOptions::default()
        },
    )
    .unwrap()
}

/// Titles of groups by their id, e.g. "touchpoint-12" -> "Checkout".
fn group_titles(doc: &roxmltree::Document) -> std::collections::HashMap<String, String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("g"))
        .filter_map(|g| {
            let id = g.attribute("id")?;
            let title = g.children().find(|c| c.has_tag_name("title"))?;
            Some((id.to_owned(), title.text().unwrap_or("").to_owned()))
        })
        .collect()
}

#[test]
fn outline_svgs_keep_every_name_as_a_group_title() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let svg = svg_of(&map, TextMode::Outlines);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(
            doc.descendants().all(|n| !n.has_tag_name("text")),
            "outlines have no <text>"
        );
        let titles = group_titles(&doc);
        for s in &map.stages {
            assert_eq!(
                titles.get(&format!("stage-{}", s.id.0)),
                Some(&s.name),
                "{}",
                path.display()
            );
        }
        for l in &map.lanes {
            assert_eq!(
                titles.get(&format!("lane-{}", l.id.0)),
                Some(&l.name),
                "{}",
                path.display()
            );
        }
        for t in &map.touchpoints {
            assert_eq!(
                titles.get(&format!("touchpoint-{}", t.id.0)),
                Some(&t.title),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn text_svgs_carry_every_name_as_text() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let svg = svg_of(&map, TextMode::Text);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let all_text: String = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join(" ");
        // Long names are wrapped over lines; every word of them shows.
        for name in map
            .stages
            .iter()
            .map(|s| &s.name)
            .chain(map.lanes.iter().map(|l| &l.name))
            .chain(map.touchpoints.iter().map(|t| &t.title))
        {
            for word in name.split_whitespace() {
                assert!(
                    all_text.contains(word),
                    "{}: “{word}” of “{name}” missing",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn exports_reference_nothing_outside_themselves() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        for mode in [TextMode::Outlines, TextMode::Text] {
            let svg = svg_of(&map, mode);
            let doc = roxmltree::Document::parse(&svg).unwrap();
            for node in doc.descendants() {
                assert!(!node.has_tag_name("script") && !node.has_tag_name("image"));
                for attr in node.attributes() {
                    let v = attr.value();
                    if attr.name() == "href" || v.contains("url(") {
                        assert!(
                            v.starts_with('#') || v.contains("url(#") || v.contains("url(data:"),
                            "{}: {}={v}",
                            path.display(),
                            attr.name()
                        );
                    }
                }
            }
            assert!(!svg.contains("href=\"http") && !svg.contains("url(http"));
        }
    }
}

#[test]
fn hostile_titles_are_escaped_and_render() {
    let mut map = common::every_field_map();
    let hostile = "<script>alert('x')</script> & \"quotes\" ]]> \u{200F}עברית 🛒 \u{7}";
    map.touchpoints[0].title = hostile.into();
    map.stages[0].name = "]]><!-- & -->".into();
    for mode in [TextMode::Outlines, TextMode::Text] {
        let svg = svg_of(&map, mode);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(doc.descendants().all(|n| !n.has_tag_name("script")));
        let titles = group_titles(&doc);
        assert_eq!(titles["touchpoint-1"], common::xml_visible(hostile));
        assert_eq!(titles["stage-1"], "]]><!-- & -->");
        // And it renders.
        let png = trailmap::export::render(
            &trailmap::scene::build(&map, &Layout::compute(&map)),
            trailmap::export::Format::Png,
            &ExportOptions {
                text: mode,
                scale: 1.0,
                ..ExportOptions::default()
            },
        )
        .unwrap();
        assert!(image::load_from_memory(&png).is_ok());
    }
}

/// The scene of the compare view, as `svg_of` draws it.
fn scene_of(map: &trailmap::model::Map) -> trailmap::scene::Scene {
    let options = trailmap::layout::LayoutOptions {
        state: trailmap::layout::StateView::Compare,
        ..Default::default()
    };
    let layout = Layout::compute_with(map, &options);
    trailmap::scene::build(map, &layout)
}

const XLINK: &str = "http://www.w3.org/1999/xlink";

#[test]
fn outline_svgs_define_each_glyph_once_and_stay_small() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let svg = svg_of(&map, TextMode::Outlines);
        // Each example was 0.87-0.99 MB when every letter carried its own outline; a third of
        // the smallest is the bound.
        assert!(
            svg.len() < 290_000,
            "{}: {} bytes",
            path.display(),
            svg.len()
        );
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let mut ids = std::collections::HashSet::new();
        for node in doc.descendants().filter(|n| n.is_element()) {
            if let Some(id) = node.attribute("id") {
                assert!(ids.insert(id), "{}: id {id} twice", path.display());
            }
        }
        let defs: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("path") && n.ancestors().any(|a| a.has_tag_name("defs")))
            .collect();
        let outlines: std::collections::HashSet<&str> =
            defs.iter().filter_map(|p| p.attribute("d")).collect();
        assert_eq!(
            outlines.len(),
            defs.len(),
            "{}: an outline twice",
            path.display()
        );
        let defined: std::collections::HashSet<&str> =
            defs.iter().filter_map(|p| p.attribute("id")).collect();
        let uses: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("use"))
            .collect();
        for u in &uses {
            let href = u.attribute((XLINK, "href")).expect("use has an xlink:href");
            let id = href.strip_prefix('#').expect("a reference inside the file");
            assert!(defined.contains(id), "{}: #{id} undefined", path.display());
            assert!(
                u.attribute("fill").is_none(),
                "the line's group sets the colour"
            );
        }
        // Letters repeat: far more glyphs are drawn than defined.
        assert!(uses.len() > 10 * defs.len(), "{}", path.display());
        assert!(
            doc.descendants()
                .all(|n| !n.has_tag_name("path") || n.attribute("id").is_some()),
            "{}: every outline is a shared definition",
            path.display()
        );
    }
}

/// Outline SVGs, rendered by resvg, look like the PNG export of the same map (which sets real
/// text, not these outlines): only anti-aliasing at the edges of letters may differ.
#[test]
fn outline_svgs_render_like_the_png_export() {
    use trailmap::export::png;
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let scene = scene_of(&map);
        let options = ExportOptions {
            text: TextMode::Outlines,
            scale: 1.0,
            ..ExportOptions::default()
        };
        let svg = svg::to_svg(&scene, &options).unwrap();
        let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
            .expect("resvg reads the SVG");
        let size = tree.size().to_int_size();
        let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
        resvg::render(&tree, Default::default(), &mut pixmap.as_mut());
        // Real text, so the reference does not come from these outlines.
        let as_text = ExportOptions {
            text: TextMode::Text,
            ..options
        };
        let expected = image::load_from_memory(&png::to_png(&scene, &as_text).unwrap())
            .unwrap()
            .to_rgba8();
        assert_eq!(
            (expected.width(), expected.height()),
            (pixmap.width(), pixmap.height()),
            "{}",
            path.display()
        );
        let mut total = 0u64;
        let mut far = 0u64;
        for (a, b) in pixmap.pixels().iter().zip(expected.pixels()) {
            let a = a.demultiply();
            let d = [a.red(), a.green(), a.blue(), a.alpha()]
                .iter()
                .zip(b.0)
                .map(|(x, y)| u64::from(x.abs_diff(y)))
                .max()
                .unwrap_or(0);
            total += d;
            far += u64::from(d > 96);
        }
        let pixels = u64::from(pixmap.width()) * u64::from(pixmap.height());
        let mean = total as f64 / pixels as f64;
        eprintln!("{}: mean {mean:.3}, far {far} of {pixels}", path.display());
        assert!(mean < 0.2, "{}: mean difference {mean}", path.display());
        assert!(
            far * 2000 < pixels,
            "{}: {far} of {pixels} pixels differ",
            path.display()
        );
    }
}
