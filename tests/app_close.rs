//! File > Close as a marketer meets it: it asks about unsaved changes, then leaves an empty
//! window with the start choices (a new map from a template, open, import, recent files), in
//! English and in German.

use crate::app_support;

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::TouchpointId;
use trailmap::templates;

fn make_a_change(h: &mut Harness<'_, TrailmapApp>) {
    let card = center_of(h, Selected::Touchpoint(TouchpointId(4)));
    click_at(h, card);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
}

fn is_enabled(h: &Harness<'_, TrailmapApp>, name: &str) -> bool {
    use egui_kittest::kittest::NodeT as _;
    !menu_item(h, name).accesskit_node().is_disabled()
}

#[test]
fn ctrl_w_asks_about_changes_then_a_template_on_the_start_panel_makes_a_new_map() {
    let mut h = harness();
    make_a_change(&mut h);

    // Cancel keeps the map as it is.
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(!h.state().is_closed());
    assert!(h.state().is_dirty());
    assert_eq!(h.state().map().touchpoints.len(), 3);

    // Don't save: the map goes, the window stays with the start choices.
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().is_closed());
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().title(), "Trailmap");
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("Closed Untitled")
    );
    h.get_by_label("No map is open");
    h.get_by_label("Open…");
    h.get_by_label("Import…");
    // No canvas, no inspector; nothing that edits or saves a map is offered.
    assert!(h.query_by_label("Journey map").is_none());
    h.get_by_label("File").click();
    h.run();
    assert!(!is_enabled(&h, "Save"));
    assert!(!is_enabled(&h, "Close"));
    assert!(is_enabled(&h, "New"));
    h.key_press(Key::Escape);
    h.run();
    // Ctrl+S has no map to save: no file dialog comes up.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(h.query_by_label("File path:").is_none());
    assert!(h.state().is_closed());
    // Open… on the start panel asks for a file (typed here: no system dialog in tests).
    h.get_by_label("Open…").click();
    h.run();
    h.get_by_label("File path:");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.state().is_closed());

    // Every template is offered; one click makes a new map from it.
    for id in templates::ids() {
        let name = trailmap::app::i18n::text_in(Language::English, &format!("template-{id}"), &[]);
        h.get_by_label(&name);
    }
    h.get_by_label("Online shop").click();
    h.run();
    assert!(!h.state().is_closed());
    assert_eq!(
        h.state().map(),
        &templates::load("ecommerce", "en").unwrap()
    );
    assert!(h.state().title().contains("Trailmap"));
    assert_ne!(h.state().title(), "Trailmap");
}

#[test]
fn german_close_saves_when_asked_and_the_start_panel_reopens_a_recent_map() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kampagne.journey.ron");
    trailmap::file::save(&small_map(), &path).unwrap();
    let mut h = harness_in(Language::German, Startup::File(path.clone()));
    assert_eq!(h.state().path(), Some(path.as_path()));
    make_a_change(&mut h);

    // File > Schließen asks; Speichern writes the change, then closes.
    h.get_by_label("Datei").click();
    h.run();
    menu_item(&h, "Schließen").click();
    h.run();
    h.get_by_label("Änderungen speichern?");
    h.get_by_label("Speichern").click();
    h.run();
    assert!(h.state().is_closed());
    assert_eq!(trailmap::file::load(&path).unwrap().touchpoints.len(), 3);
    assert_eq!(h.state().title(), "Trailmap");
    h.get_by_label("Keine Map geöffnet");
    h.get_by_label("Neu aus Vorlage");
    h.get_by_label("Onlineshop");
    h.get_by_label("Importieren…");

    // The map is among the recent files; a click opens it again, without asking.
    h.get_by_label("Zuletzt geöffnet");
    h.get_by_label("kampagne.journey.ron").click();
    h.run();
    assert!(!h.state().is_closed());
    assert_eq!(h.state().path(), Some(path.as_path()));
    assert_eq!(h.state().map().touchpoints.len(), 3);
    assert_eq!(h.state().title(), "Test journey — Trailmap");

    // A clean map closes at once with Strg+W.
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    assert!(h.query_by_label("Änderungen speichern?").is_none());
    assert!(h.state().is_closed());
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("kampagne.journey.ron geschlossen")
    );
}
