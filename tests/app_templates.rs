//! Templates in the window, as a marketer meets them: File > New from template in the window's
//! language, File > New and a bare `trailmap` in that language, and the offer to rename a
//! template's default names when the map's language changes.

use crate::app_support;

use app_support::*;
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::{StageId, TouchpointId};
use trailmap::templates;

fn stage_names(h: &Harness<'_, TrailmapApp>) -> Vec<String> {
    h.state()
        .map()
        .stages
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

#[test]
fn german_template_menu_opens_the_german_template_after_asking_about_changes() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    // An unsaved change: picking a template asks first, like File > New.
    let card = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, card);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());

    open_submenu(&mut h, "Datei", "Neu aus Vorlage");
    for id in templates::ids() {
        let name = trailmap::app::i18n::text_in(Language::German, &format!("template-{id}"), &[]);
        menu_item(&h, &name);
    }
    menu_item(&h, "Onlineshop").click();
    h.run();
    h.get_by_label("Änderungen speichern?");
    h.get_by_label("Nicht speichern").click();
    h.run();

    assert_eq!(
        h.state().map(),
        &templates::load("ecommerce", "de").unwrap()
    );
    assert!(!h.state().is_dirty());
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("Neue Map aus der Vorlage „Onlineshop“")
    );

    // File > New is the classic template, in German too.
    open_submenu(&mut h, "Datei", "Neu aus Vorlage");
    menu_item(&h, "Service Blueprint").click();
    h.run();
    assert_eq!(h.state().map().language, "de");
    h.get_by_label("Datei").click();
    h.run();
    menu_item(&h, "Neu").click();
    h.run();
    assert_eq!(h.state().map(), &templates::load("classic", "de").unwrap());
}

#[test]
fn a_bare_trailmap_opens_the_example_in_the_window_language() {
    for (language, tag) in [
        (Language::English, "en"),
        (Language::German, "de"),
        (Language::Polish, "pl"),
        (Language::Swedish, "sv"),
        (Language::Norwegian, "nb"),
    ] {
        let h = harness_in(language, Startup::Example);
        assert_eq!(h.state().map().language, tag, "{language:?}");
    }
}

/// Picks `language` in the map inspector's language field (nothing selected shows the map).
fn choose_map_language(h: &mut Harness<'_, TrailmapApp>, field: &str, language: &str) {
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::ComboBox && n.label().as_deref() == Some(field)
    })
    .click();
    h.run();
    h.get_by_label(language).click();
    h.run();
}

#[test]
fn changing_the_map_language_offers_to_rename_default_names_in_one_step() {
    let mut map = templates::load("classic", "en").unwrap();
    map.stages[1].name = "Shortlist".into(); // the marketer's own word
    let mut h = harness_with(Startup::Map(map));

    choose_map_language(&mut h, "Language", "Deutsch");
    assert_eq!(h.state().map().language, "de");
    let offer = trailmap::app::i18n::text_in(
        Language::English,
        "templates-rename-offer",
        &[("count", 11.into())],
    );
    h.get_by_label(&offer);
    h.get_by_label("Rename").click();
    h.run();

    assert_eq!(
        stage_names(&h),
        [
            "Aufmerksamkeit",
            "Shortlist",
            "Kauf",
            "Loyalität",
            "Empfehlung"
        ]
    );
    let lanes: Vec<&str> = h
        .state()
        .map()
        .lanes
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(lanes[0], "Kundenaktionen");
    assert!(h.query_by_label(&offer).is_none(), "the offer is gone");
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("Renamed 11 stages and lanes")
    );

    // One undo brings every name back; the language change is its own step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        stage_names(&h),
        [
            "Awareness",
            "Shortlist",
            "Purchase",
            "Retention",
            "Advocacy"
        ]
    );
    assert_eq!(h.state().map().language, "de");
}

#[test]
fn keep_names_leaves_the_map_as_it_is() {
    let mut h = harness_with(Startup::Map(templates::load("b2b", "en").unwrap()));
    choose_map_language(&mut h, "Language", "Svenska");
    h.get_by_label("Keep names").click();
    h.run();
    assert!(h.query_by_label("Keep names").is_none());
    assert_eq!(h.state().map().stages[0].name, "Need recognition");
    assert_eq!(h.state().map().language, "sv");
    assert_eq!(
        h.state().map().stage(StageId(1)).map(|s| s.name.as_str()),
        Some("Need recognition")
    );
}
