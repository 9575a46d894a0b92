//! The export dialog's title block and legend switches reach the file, its note says what the
//! file carries, and the pixel size it shows is the size of the PNG it writes.

use crate::app_support;

use app_support::*;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::{Startup, TrailmapApp};

/// Types `path` into the file name field the dialog's "Export…" opens, and waits for the file.
fn export_to(h: &mut Harness<'static, TrailmapApp>, path: &std::path::Path) {
    h.get_by_label("Export…").click();
    h.run();
    type_path(h, "File path:", path);
    wait_for_export(h);
    let notice = h.state().notice().expect("a notice").text.clone();
    assert!(notice.starts_with("Exported"), "{notice}");
}

fn open_export(h: &mut Harness<'static, TrailmapApp>, format: &str) {
    open_submenu(h, "File", "Export");
    menu_item(h, &format!("Export as {format}…")).click();
    h.run();
}

/// The text of the first label containing `part` (a plain label's text is its value).
fn label_with(h: &Harness<'static, TrailmapApp>, part: &str) -> String {
    h.query_all_by(|n| n.label().or(n.value()).is_some_and(|l| l.contains(part)))
        .next()
        .and_then(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .unwrap_or_else(|| panic!("no label with “{part}”"))
}

#[test]
fn the_legend_and_title_switches_reach_the_svg() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    let persona = h.state().map().personas[0].name.clone();

    open_export(&mut h, "SVG");
    // The note says what the file carries around the map.
    let title = label_with(&h, "Above the map:");
    assert!(title.contains(h.state().map().title.trim()), "{title}");
    assert!(title.contains("Today's journey · Exported"), "{title}");
    label_with(&h, "Under the map: a legend of the one persona");
    export_to(&mut h, &dir.path().join("both.svg"));
    let both = std::fs::read_to_string(dir.path().join("both.svg")).unwrap();
    assert!(both.contains("id=\"title-block\""));
    assert!(both.contains("id=\"persona-legend\""));
    assert!(
        both.contains(&format!("<title>{persona}</title>")),
        "the legend entry's name"
    );

    open_export(&mut h, "SVG");
    h.get_by_role_and_label(Role::CheckBox, "Persona legend")
        .click();
    h.run();
    assert!(
        h.query_all_by(|n| n.value().is_some_and(|v| v.contains("Under the map")))
            .next()
            .is_none()
    );
    export_to(&mut h, &dir.path().join("no-legend.svg"));
    let no_legend = std::fs::read_to_string(dir.path().join("no-legend.svg")).unwrap();
    assert!(no_legend.contains("id=\"title-block\""));
    assert!(!no_legend.contains("id=\"persona-legend\""));

    open_export(&mut h, "SVG");
    h.get_by_role_and_label(Role::CheckBox, "Persona legend")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "Title block")
        .click();
    h.run();
    label_with(&h, "The map alone, without title block or legend.");
    export_to(&mut h, &dir.path().join("neither.svg"));
    let neither = std::fs::read_to_string(dir.path().join("neither.svg")).unwrap();
    assert!(!neither.contains("id=\"title-block\""));
    assert!(!neither.contains("id=\"persona-legend\""));
}

/// The PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    let word = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn the_dialog_shows_the_pixel_size_of_the_png_it_writes() {
    // Margins and scales whose fractions the dialog once rounded differently from the writer
    // (it said 2856 × 1765 for a 2856 × 1766 file), with and without the legend.
    let dir = tempfile::tempdir().unwrap();
    let mut map = small_map();
    // 180 + 3 × 240.1 = 900.3 map units across, 948.3 with the margins: a fraction under a
    // half, which the dialog once doubled and rounded (1897) where the writer rounds to whole
    // units and then doubles (1898).
    for s in &mut map.stages {
        s.width = Some(240.1);
    }
    assert_eq!(map.stages.len(), 3);
    let mut h = harness_with(Startup::Map(map));
    for (i, legend) in [true, false].into_iter().enumerate() {
        open_export(&mut h, "PNG");
        if !legend {
            h.get_by_role_and_label(Role::CheckBox, "Persona legend")
                .click();
            h.run();
        }
        let shown = label_with(&h, " × ");
        let numbers: Vec<u32> = shown
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|s| s.parse().ok())
            .collect();
        let path = dir.path().join(format!("map-{i}.png"));
        export_to(&mut h, &path);
        let written = png_size(&std::fs::read(&path).unwrap());
        assert_eq!(numbers, [written.0, written.1], "the dialog said {shown}");
    }
}
