//! File > Export > Export as PowerPoint… driven as a user drives it: the dialog offers slides
//! and slide size, and the deck written has the slides and size chosen.

use crate::app_support;

use std::io::Read as _;

use app_support::*;
use egui_kittest::kittest::Queryable;

#[test]
fn export_a_deck_of_stage_slides_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness();
    let stages = h.state().map().stages.len();
    open_submenu(&mut h, "File", "Export");
    menu_item(&h, "Export as PowerPoint…").click();
    h.run();
    h.get_by_label("Export as PowerPoint");
    h.get_by_label("One slide with the whole map");
    h.get_by_label(&format!(
        "{} slides: the whole map, then one per stage",
        stages + 1
    ))
    .click();
    h.run();
    // The size list says what it is and shows the default.
    let size = h.get_by(|n| {
        n.role() == egui::accesskit::Role::ComboBox && n.label().as_deref() == Some("Slide size")
    });
    assert_eq!(size.value().as_deref(), Some("Widescreen 16:9"));
    size.click();
    h.run();
    h.get_by_label("Standard 4:3").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    type_path(&mut h, "File path:", &dir.path().join("deck"));
    wait_for_export(&mut h);
    let bytes = std::fs::read(dir.path().join("deck.pptx")).expect("the deck was written");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut presentation = String::new();
    zip.by_name("ppt/presentation.xml")
        .unwrap()
        .read_to_string(&mut presentation)
        .unwrap();
    assert_eq!(presentation.matches("<p:sldId ").count(), 1 + stages);
    assert!(
        presentation.contains("<p:sldSz cx=\"9144000\" cy=\"6858000\""),
        "{presentation}"
    );
    let mut slide = String::new();
    zip.by_name("ppt/slides/slide1.xml")
        .unwrap()
        .read_to_string(&mut slide)
        .unwrap();
    for title in ["Sees an ad", "Compares prices", "Shipping shown late"] {
        assert!(slide.contains(title), "{title} is not on the first slide");
    }
    let notice = h.state().notice().expect("a notice").text.clone();
    assert!(notice.starts_with("Exported"), "{notice}");
}
