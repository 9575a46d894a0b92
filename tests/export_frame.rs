//! Exports that explain themselves: every example's SVG and PDF name every persona in the
//! persona legend, the title block says which map, which view and which day in the map's
//! language, `--no-legend` and `--no-title` leave them out, and the picture grows by exactly
//! their height. The canvas never shows either.

use crate::common;

use common::{run_tool, trailmap};
use trailmap::layout::{Date, ExportFrame, Layout, LayoutOptions, StateView};
use trailmap::model::Map;
use trailmap::scene::Item;

fn example(name: &str) -> (std::path::PathBuf, Map) {
    let path = common::example_paths()
        .into_iter()
        .find(|p| p.ends_with(name))
        .unwrap_or_else(|| panic!("{name} is an example"));
    let map = trailmap::file::load(&path).unwrap();
    (path, map)
}

fn december_first() -> Date {
    Date::new(2026, 12, 1).unwrap()
}

fn group<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> Option<roxmltree::Node<'a, 'a>> {
    doc.descendants().find(|n| n.attribute("id") == Some(id))
}

/// The text lines of an SVG element, joined with " | ".
fn texts(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Runs `trailmap export MAP ARGS… -o OUT` and returns what it wrote.
fn export(map: &std::path::Path, out: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let mut all: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"export", &map, &"-o", &out];
    for a in args {
        all.push(a);
    }
    let run = trailmap(&all);
    assert!(run.status.success(), "{}", common::output_text(&run.stderr));
    std::fs::read(out).unwrap()
}

/// The width and height attributes of an SVG, in map units.
fn svg_size(doc: &roxmltree::Document) -> (f32, f32) {
    let root = doc.root_element();
    let number = |a: &str| {
        root.attribute(a)
            .unwrap()
            .trim_end_matches("px")
            .parse::<f32>()
            .unwrap()
    };
    (number("width"), number("height"))
}

#[test]
fn the_legend_names_every_persona_in_svg_text_and_pdf_text_of_every_example() {
    let (_keep, dir) = common::out_dir("export-frame-legend");
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        assert!(!map.personas.is_empty(), "{}", path.display());
        let stem = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace('.', "-");
        let svg_path = dir.join(format!("{stem}.svg"));
        let svg = export(
            &path,
            &svg_path,
            &["--text", "text", "--date", "2026-12-01"],
        );
        let svg = String::from_utf8(svg).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let legend = group(&doc, "persona-legend")
            .unwrap_or_else(|| panic!("{}: no persona legend", path.display()));
        for p in &map.personas {
            let entry = group(&doc, &format!("legend-persona-{}", p.id.0))
                .unwrap_or_else(|| panic!("{}: no entry for {}", path.display(), p.name));
            assert!(legend.descendants().any(|n| n == entry));
            let words = texts(entry);
            assert!(
                words.contains(p.name.trim()),
                "{}: {} missing from the legend: {words}",
                path.display(),
                p.name
            );
            // The badge is the cards' badge: the same initial, the same colour.
            let initial: String = p
                .name
                .trim()
                .chars()
                .next()
                .unwrap()
                .to_uppercase()
                .collect();
            assert!(words.starts_with(&format!("{initial} | ")), "{words}");
            let circle = entry
                .descendants()
                .find(|n| n.has_tag_name("circle"))
                .expect("a badge");
            assert_eq!(
                circle.attribute("fill").map(str::to_lowercase),
                Some(p.color.hex_rgb()),
                "{}",
                p.name
            );
            // The first words of the description follow the name.
            let first_word = p.description.split_whitespace().next().unwrap_or("");
            assert!(words.contains(first_word), "{words}");
        }

        let pdf_path = dir.join(format!("{stem}.pdf"));
        export(&path, &pdf_path, &["--date", "2026-12-01"]);
        if let Some(out) = run_tool("pdftotext", &[&pdf_path, &"-"]) {
            common::assert_ok("pdftotext", &out);
            let words = common::output_text(&out.stdout);
            for p in &map.personas {
                assert!(
                    words.contains(p.name.trim()),
                    "{}: {} missing from the PDF text",
                    path.display(),
                    p.name
                );
            }
            assert!(words.contains(map.title.trim()), "{}", path.display());
        }
    }
}

#[test]
fn the_title_block_says_map_view_and_date_in_german() {
    let (_keep, dir) = common::out_dir("export-frame-de");
    let (path, map) = example("b2b-saas.journey.ron");
    let out = dir.join("de.svg");
    let svg = export(
        &path,
        &out,
        &[
            "--text",
            "text",
            "--date",
            "2026-12-01",
            "--state",
            "future",
            "--persona",
            "Sabine",
            "--hide-lane",
            "LinkedIn",
        ],
    );
    let svg = String::from_utf8(svg).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let block = texts(group(&doc, "title-block").expect("a title block"));
    assert!(block.contains(map.title.trim()), "{block}");
    assert!(block.contains("Wie IT-Leitung"), "the description: {block}");
    for words in [
        "Soll-Zustand",
        "Für: Sabine, IT-Leiterin",
        "Ausgeblendete Zeilen: LinkedIn",
        "Exportiert am 1. Dezember 2026",
    ] {
        assert!(block.contains(words), "{words} missing: {block}");
    }
    assert_eq!(
        texts(group(&doc, "persona-legend").unwrap())
            .split(" | ")
            .next(),
        Some("Personas")
    );
}

#[test]
fn the_title_block_says_map_view_and_date_in_polish() {
    let (_keep, dir) = common::out_dir("export-frame-pl");
    let (path, map) = example("polski.journey.ron");
    let out = dir.join("pl.svg");
    let svg = export(
        &path,
        &out,
        &[
            "--text",
            "text",
            "--date",
            "2026-05-03",
            "--state",
            "compare",
        ],
    );
    let svg = String::from_utf8(svg).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let block = texts(group(&doc, "title-block").expect("a title block"));
    assert!(block.contains(map.title.trim()), "{block}");
    for words in [
        "Porównanie stanu obecnego i docelowego",
        "Wyeksportowano 3 maja 2026",
    ] {
        assert!(block.contains(words), "{words} missing: {block}");
    }
    assert!(
        !block.contains("Dla:"),
        "no persona filter, no persona line: {block}"
    );
    let legend = texts(group(&doc, "persona-legend").unwrap());
    assert!(legend.starts_with("Persony | "), "{legend}");
}

#[test]
fn no_legend_and_no_title_leave_them_out_and_the_picture_shrinks_by_their_height() {
    let (_keep, dir) = common::out_dir("export-frame-off");
    let (path, _) = example("svenska.journey.ron");
    let date = ["--date", "2026-12-01"];
    let parse = |name: &str, extra: &[&str]| {
        let out = dir.join(name);
        let args: Vec<&str> = date.iter().chain(extra).copied().collect();
        String::from_utf8(export(&path, &out, &args)).unwrap()
    };
    let both = parse("both.svg", &[]);
    let no_legend = parse("no-legend.svg", &["--no-legend"]);
    let no_title = parse("no-title.svg", &["--no-title"]);
    let neither = parse("neither.svg", &["--no-legend", "--no-title"]);
    let docs: Vec<roxmltree::Document> = [&both, &no_legend, &no_title, &neither]
        .into_iter()
        .map(|s| roxmltree::Document::parse(s).unwrap())
        .collect();
    let has = |d: &roxmltree::Document, id: &str| group(d, id).is_some();
    assert!(has(&docs[0], "title-block") && has(&docs[0], "persona-legend"));
    assert!(has(&docs[1], "title-block") && !has(&docs[1], "persona-legend"));
    assert!(!has(&docs[2], "title-block") && has(&docs[2], "persona-legend"));
    assert!(!has(&docs[3], "title-block") && !has(&docs[3], "persona-legend"));
    let (_, map) = example("svenska.journey.ron");

    // The document (whole map units, rounded up) shrinks by the legend's and the block's height.
    let options = |title_block, legend| LayoutOptions {
        export: Some(ExportFrame {
            title_block,
            legend,
            date: december_first(),
        }),
        ..LayoutOptions::default()
    };
    let full = Layout::compute_with(&map, &options(true, true));
    let legend_h = full.persona_legend.as_ref().unwrap().rect.h;
    let title_h = full.title_block.as_ref().unwrap().rect.h;
    let sizes: Vec<(f32, f32)> = docs.iter().map(svg_size).collect();
    for (i, shrink) in [(1, legend_h), (2, title_h), (3, legend_h + title_h)] {
        assert_eq!(sizes[i].0, sizes[0].0, "the width stays");
        let lost = sizes[0].1 - sizes[i].1;
        assert!(
            (lost - shrink).abs() <= 1.0,
            "{i}: lost {lost}, expected {shrink}"
        );
    }
}

#[test]
fn the_layout_grows_by_exactly_the_height_of_legend_and_title_block() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        for state in StateView::ALL {
            let options = |title_block, legend| LayoutOptions {
                state,
                footnotes: true,
                export: Some(ExportFrame {
                    title_block,
                    legend,
                    date: december_first(),
                }),
                ..LayoutOptions::default()
            };
            let full = Layout::compute_with(&map, &options(true, true));
            let no_legend = Layout::compute_with(&map, &options(true, false));
            let no_title = Layout::compute_with(&map, &options(false, true));
            let legend = full.persona_legend.as_ref().unwrap().rect;
            let block = full.title_block.as_ref().unwrap().rect;
            assert_eq!(
                full.height - no_legend.height,
                legend.h,
                "{}",
                path.display()
            );
            assert!(
                (full.height - no_title.height - block.h).abs() < 1e-3,
                "{}: {} vs {}",
                path.display(),
                full.height - no_title.height,
                block.h
            );
            // The legend sits under everything else, the block above it, across the map.
            assert_eq!(legend.bottom(), full.height);
            assert_eq!((block.y, block.w), (0.0, full.width));
            let scene = trailmap::scene::build(&map, &full);
            assert_eq!(scene.height, full.height);
            assert!(
                scene
                    .items
                    .iter()
                    .all(|i| i.bounds().is_none_or(|b| b.bottom() <= scene.height + 1.0))
            );
        }
    }
}

#[test]
fn the_canvas_shows_neither_legend_nor_view_line() {
    let (_, map) = example("ecommerce.journey.ron");
    let layout = Layout::compute(&map);
    assert!(layout.persona_legend.is_none() && layout.title_block.is_none());
    let scene = trailmap::scene::build(&map, &layout);
    let ids: Vec<&str> = scene
        .items
        .iter()
        .filter_map(|i| match i {
            Item::BeginGroup { id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    assert!(
        !ids.iter()
            .any(|id| id.contains("legend") || *id == "title-block")
    );
    // The map's own heading stays on the canvas.
    assert!(scene.items.iter().any(|i| matches!(i,
        Item::Text { text, .. } if &**text == map.title.trim())));
    // An export adds the block and legend to the very same drawing of the cards.
    let export = Layout::compute_with(
        &map,
        &LayoutOptions {
            export: Some(ExportFrame::new(december_first())),
            ..LayoutOptions::default()
        },
    );
    let shift = export.title_block.as_ref().unwrap().rect.h - layout.stages[0].header.y;
    for (a, b) in layout.cards.iter().zip(&export.cards) {
        assert_eq!(a.id, b.id);
        assert!((b.rect.y - a.rect.y - shift).abs() < 1e-3);
        assert_eq!(a.title.lines.len(), b.title.lines.len());
    }
}

#[test]
fn a_map_without_personas_gets_no_legend() {
    let (_, mut map) = example("ecommerce.journey.ron");
    map.personas.clear();
    for t in &mut map.touchpoints {
        t.personas.clear();
    }
    let layout = Layout::compute_with(
        &map,
        &LayoutOptions {
            export: Some(ExportFrame::new(december_first())),
            ..LayoutOptions::default()
        },
    );
    assert!(layout.persona_legend.is_none());
    assert!(layout.title_block.is_some());
}

#[test]
fn a_bad_date_is_refused_clearly() {
    let (path, _) = example("ecommerce.journey.ron");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.svg");
    let run = trailmap(&[&"export", &path, &"-o", &out, &"--date", &"2026-02-30"]);
    assert!(!run.status.success());
    let err = common::output_text(&run.stderr);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    assert!(!out.exists());
}
