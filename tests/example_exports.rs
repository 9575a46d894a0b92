//! The SVG of every example, parsed back: every stage, lane and card title is there, as text in
//! text mode and as the title of its group in outline mode; nothing points outside the file.

mod common;

use trailmap::export::{ExportOptions, TextMode, svg};
use trailmap::layout::Layout;

fn svg_of(map: &trailmap::model::Map, text: TextMode) -> String {
    let layout = Layout::compute(map);
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
