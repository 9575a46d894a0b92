//! The `trailmap` command as a user runs it: check and export, their output and exit codes.

use crate::common;

use common::{output_text as text, trailmap};

#[test]
fn check_of_the_examples_prints_nothing_and_succeeds() {
    let paths = common::example_paths();
    let args: Vec<&dyn AsRef<std::ffi::OsStr>> = paths.iter().map(|p| p as _).collect();
    let out = trailmap(&args_with(&"check", &args));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(text(&out.stderr), "");
    assert!(out.status.success());
}

fn args_with<'a>(
    first: &'a dyn AsRef<std::ffi::OsStr>,
    rest: &[&'a dyn AsRef<std::ffi::OsStr>],
) -> Vec<&'a dyn AsRef<std::ffi::OsStr>> {
    let mut v = vec![first];
    v.extend_from_slice(rest);
    v
}

#[test]
fn check_prints_path_line_column_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.journey.ron");
    std::fs::write(&bad, "(\n    format: 1,\n    title: 42,\n)").unwrap();
    let dangling = dir.path().join("dangling.journey.ron");
    let good = trailmap::file::to_string(&common::every_field_map()).unwrap();
    std::fs::write(&dangling, good.replacen("stage: 2,", "stage: 8,", 1)).unwrap();
    let out = trailmap(&[&"check", &bad, &dangling]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with(&format!("{}:3:12: ", bad.display())),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:", dangling.display())),
        "{stdout}"
    );
    assert!(
        lines[1].contains("stage 8, which does not exist"),
        "{stdout}"
    );
}

#[test]
fn export_writes_every_output_and_real_programs_accept_them() {
    let (_keep, dir) = common::out_dir("cli-export");
    let map = common::example_paths()
        .into_iter()
        .find(|p| p.ends_with("polski.journey.ron"))
        .unwrap();
    let (svg, png, pdf) = (dir.join("x.svg"), dir.join("x.png"), dir.join("x.PDF"));
    let out = trailmap(&[
        &"export",
        &map,
        &"-o",
        &svg,
        &"-o",
        &png,
        &"-o",
        &pdf,
        &"--scale",
        &"1",
        &"--date",
        &"2026-12-01",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    // PNG: the map's size with its title block and persona legend, plus the margin, at scale 1.
    let loaded = trailmap::file::load(&map).unwrap();
    let date = trailmap::layout::Date::new(2026, 12, 1).unwrap();
    let options = trailmap::layout::LayoutOptions {
        export: Some(trailmap::layout::ExportFrame::new(date)),
        ..Default::default()
    };
    let layout = trailmap::layout::Layout::compute_with(&loaded, &options);
    let image = image::open(&png).unwrap();
    assert_eq!(image.width(), (layout.width + 48.0).ceil() as u32);
    assert_eq!(image.height(), (layout.height + 48.0).ceil() as u32);

    // SVG: rsvg-convert renders it at the same size.
    let rendered = dir.join("rsvg.png");
    if let Some(out) = common::run_tool("rsvg-convert", &[&svg, &"-o", &rendered]) {
        common::assert_ok("rsvg-convert", &out);
        let r = image::open(&rendered).unwrap();
        assert_eq!((r.width(), r.height()), (image.width(), image.height()));
    }
    // PDF: qpdf finds no damage, pdftoppm renders page 1, pdftotext reads the Polish text.
    if let Some(out) = common::run_tool("qpdf", &[&"--check", &pdf]) {
        common::assert_ok("qpdf", &out);
    }
    let page = dir.join("page");
    if let Some(out) = common::run_tool(
        "pdftoppm",
        &[&"-r", &"30", &"-png", &"-f", &"1", &"-l", &"1", &pdf, &page],
    ) {
        common::assert_ok("pdftoppm", &out);
        assert!(dir.join("page-1.png").exists());
    }
    if let Some(out) = common::run_tool("pdftotext", &[&pdf, &"-"]) {
        common::assert_ok("pdftotext", &out);
        let words = text(&out.stdout);
        for s in ["Świadomość", "Rozważanie", "Płatność BLIK-iem"] {
            assert!(words.contains(s), "{s} missing from the PDF text:\n{words}");
        }
    }
}

#[test]
fn export_refuses_bad_requests_clearly_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let map = &common::example_paths()[0];
    let png = dir.path().join("ok.png");

    let out = trailmap(&[
        &"export",
        map,
        &"-o",
        &png,
        &"-o",
        &dir.path().join("x.docx"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(".docx"), "{}", text(&out.stderr));
    assert!(
        !png.exists(),
        "nothing is written when one output name is wrong"
    );

    let out = trailmap(&[&"export", map, &"-o", &png, &"--scale", &"9"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains('9'), "{}", text(&out.stderr));

    let out = trailmap(&[&"export", map, &"-o", &png, &"--hide-lane", &"Nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no lane called “Nope”"),
        "{}",
        text(&out.stderr)
    );

    let out = trailmap(&[&"export", map, &"-o", &png, &"--background", &"teal"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a malformed option is a usage error"
    );

    let broken = dir.path().join("broken.journey.ron");
    std::fs::write(&broken, "(format: 1, title: )").unwrap();
    let out = trailmap(&[&"export", &broken, &"-o", &png]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(&format!("{}:1:", broken.display())),
        "{}",
        text(&out.stderr)
    );
    assert!(!png.exists());
}

#[test]
fn hidden_lanes_and_backgrounds_reach_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let map = common::example_paths()
        .into_iter()
        .find(|p| p.ends_with("ecommerce.journey.ron"))
        .unwrap();
    let full = dir.path().join("full.svg");
    let less = dir.path().join("less.svg");
    assert!(
        trailmap(&[&"export", &map, &"-o", &full, &"--text", &"text"])
            .status
            .success()
    );
    let out = trailmap(&[
        &"export",
        &map,
        &"-o",
        &less,
        &"--text",
        &"text",
        &"--hide-lane",
        &"pain points",
        &"--background",
        &"transparent",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (full, less) = (
        std::fs::read_to_string(full).unwrap(),
        std::fs::read_to_string(less).unwrap(),
    );
    assert!(full.contains("Abandons cart at delivery cost"));
    assert!(!less.contains("Abandons cart at delivery cost"));
    assert!(less.len() < full.len());
}

#[test]
fn each_persona_writes_one_file_per_persona() {
    let dir = tempfile::tempdir().unwrap();
    let map = common::example_paths()
        .into_iter()
        .find(|p| p.ends_with("ecommerce.journey.ron"))
        .unwrap();
    let out = dir.path().join("map.svg");
    let run = trailmap(&[
        &"export",
        &map,
        &"-o",
        &out,
        &"--each-persona",
        &"--text",
        &"text",
    ]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "map-daniel-busy-parent.svg",
            "map-maya-gen-z-sneakerhead.svg"
        ]
    );
    assert!(
        !out.exists(),
        "no unfiltered file besides the per-persona ones"
    );

    let lonely = dir.path().join("nobody.journey.ron");
    let mut m = trailmap::file::load(&map).unwrap();
    m.personas.clear();
    for t in &mut m.touchpoints {
        t.personas.clear();
        t.persona_emotions.clear();
    }
    trailmap::file::save(&m, &lonely).unwrap();
    let run = trailmap(&[&"export", &lonely, &"-o", &out, &"--each-persona"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        text(&run.stderr).contains("no personas"),
        "{}",
        text(&run.stderr)
    );
}

/// A map whose card 2 holds Hebrew and a private-use character, stage 1 Chinese, and card 1
/// only emoji (which Noto Emoji draws).
fn map_with_undrawable_text(dir: &std::path::Path) -> std::path::PathBuf {
    let mut map = common::every_field_map();
    map.touchpoints[0].title = "Launch 🎉🚀✅❤\u{FE0F}".into();
    map.touchpoints[1].title = "Checkout שלום".into();
    map.touchpoints[1].notes = "logo \u{E000}".into();
    map.stages[0].name = "认知".into();
    let path = dir.join("boxes.journey.ron");
    trailmap::file::save(&map, &path).unwrap();
    path
}

#[test]
fn check_warns_about_characters_no_font_draws_and_still_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_with_undrawable_text(dir.path());
    let map = trailmap::file::load(&path).unwrap();
    let (stage, card) = (map.stages[0].id.0, map.touchpoints[1].id.0);
    let out = trailmap(&[&"check", &path]);
    assert!(out.status.success(), "warnings are no errors");
    let p = path.display();
    assert_eq!(
        text(&out.stdout),
        format!(
            "{p}: warning: stage \"认知\" (id {stage}) has characters no bundled font can draw: \
             认 (U+8BA4), 知 (U+77E5)\n\
             {p}: warning: card \"Checkout שלום\" (id {card}) has characters no bundled font can \
             draw: ש (U+05E9), ל (U+05DC), ו (U+05D5), ם (U+05DD), \u{E000} (U+E000)\n"
        )
    );
    assert!(!text(&out.stdout).contains("Launch"), "emoji draw fine");
}

#[test]
fn export_prints_the_same_warnings_to_stderr_and_still_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_with_undrawable_text(dir.path());
    let svg = dir.path().join("x.svg");
    let out = trailmap(&[&"export", &path, &"-o", &svg]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(svg.exists());
    assert_eq!(text(&out.stdout), "");
    let checked = trailmap(&[&"check", &path]);
    assert_eq!(text(&out.stderr), text(&checked.stdout));
    assert_eq!(text(&out.stderr).lines().count(), 2);
}

#[test]
fn the_editor_without_a_desktop_names_every_command_that_works_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    std::fs::copy(&common::example_paths()[0], &path).unwrap();
    let out = trailmap(&[&path]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("the editor needs a desktop"), "{said}");
    // Every verb clap knows (its help lists them) is named, each exactly once.
    let help = text(&trailmap(&[&"--help"]).stdout);
    let verbs: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        // Wrapped descriptions go on more deeply indented lines.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|v| *v != "help")
        .collect();
    assert!(
        verbs.contains(&"import") && verbs.contains(&"install-desktop"),
        "{verbs:?}"
    );
    let named = said
        .split_once("use trailmap ")
        .map_or("", |(_, rest)| rest);
    for verb in &verbs {
        let words: Vec<&str> = named.split([',', ' ']).filter(|w| w == verb).collect();
        assert_eq!(words.len(), 1, "{verb} in {said}");
    }
}
