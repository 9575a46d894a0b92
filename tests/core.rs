//! Everything but the window: files, layout, exports, interchange, merge, the command line.
//! One test binary for all of them, so CI links one program instead of one per file.

#[path = "common/mod.rs"]
mod common;

#[path = "atspi.rs"]
mod atspi;

#[path = "bad_files.rs"]
mod bad_files;

#[path = "cli.rs"]
mod cli;

#[path = "cli_interchange.rs"]
mod cli_interchange;

#[path = "cli_pivot.rs"]
mod cli_pivot;

#[path = "cli_views.rs"]
mod cli_views;

#[path = "conflict_marks.rs"]
mod conflict_marks;

#[path = "desktop.rs"]
mod desktop;

#[path = "example_exports.rs"]
mod example_exports;

#[path = "export_emoji.rs"]
mod export_emoji;

#[path = "export_frame.rs"]
mod export_frame;

#[path = "export_pdf.rs"]
mod export_pdf;

#[path = "export_pdf_look.rs"]
mod export_pdf_look;

#[path = "export_png.rs"]
mod export_png;

#[path = "export_pptx.rs"]
mod export_pptx;

#[path = "export_svg.rs"]
mod export_svg;

#[path = "export_tools.rs"]
mod export_tools;

#[path = "file_roundtrip.rs"]
mod file_roundtrip;

#[path = "glyph_coverage.rs"]
mod glyph_coverage;

#[path = "history_props.rs"]
mod history_props;

#[path = "insights_export.rs"]
mod insights_export;

#[path = "interchange_mermaid.rs"]
mod interchange_mermaid;

#[path = "interchange_sheet.rs"]
mod interchange_sheet;

#[path = "layout_props.rs"]
mod layout_props;

#[path = "merge_cli.rs"]
mod merge_cli;

#[path = "merge_git.rs"]
mod merge_git;

#[path = "merge_props.rs"]
mod merge_props;

#[path = "persona_lanes.rs"]
mod persona_lanes;

#[path = "picture_exports.rs"]
mod picture_exports;

#[path = "pictures.rs"]
mod pictures;

#[path = "pivot_props.rs"]
mod pivot_props;

#[path = "save_atomic.rs"]
mod save_atomic;

#[path = "templates.rs"]
mod templates;

#[path = "translations.rs"]
mod translations;

/// With `autotests = false`, a test file that neither program names would never run: every
/// `tests/*.rs` must be a module of `tests/app.rs` or `tests/core.rs`.
#[test]
fn every_test_file_is_a_module_of_a_test_program() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let programs = ["app.rs", "core.rs"]
        .map(|p| std::fs::read_to_string(dir.join(p)).expect("test program"))
        .concat();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".rs")
            && name != "app.rs"
            && name != "core.rs"
            && !programs.contains(&format!("#[path = \"{name}\"]"))
        {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not in tests/app.rs or tests/core.rs: {missing:?}"
    );
}
