//! The window in each of its five languages: menu names as office suites use them, a language
//! switch that applies at once, plural forms in the status bar, and one picture per language of
//! the window with a card in the inspector (tests/snapshots/window_inspector_<tag>.png; update
//! with `UPDATE_SNAPSHOTS=1 cargo test --test app_languages` and look at every image).

use crate::app_support;

use app_support::*;
use egui_kittest::SnapshotResults;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup};
use trailmap::model::*;

fn window_in(language: Language) -> egui_kittest::Harness<'static, trailmap::app::TrailmapApp> {
    harness_in(language, Startup::Map(small_map()))
}

#[test]
fn the_menu_bar_uses_the_names_each_language_knows_from_its_office_suite() {
    let names = [
        (
            Language::English,
            ["File", "Edit", "View", "Insert", "Help"],
        ),
        (
            Language::German,
            ["Datei", "Bearbeiten", "Ansicht", "Einfügen", "Hilfe"],
        ),
        (
            Language::Polish,
            ["Plik", "Edycja", "Widok", "Wstaw", "Pomoc"],
        ),
        (
            Language::Swedish,
            ["Arkiv", "Redigera", "Visa", "Infoga", "Hjälp"],
        ),
        (
            Language::Norwegian,
            ["Fil", "Rediger", "Vis", "Sett inn", "Hjelp"],
        ),
    ];
    for (language, menus) in names {
        let h = window_in(language);
        for menu in menus {
            h.get_by_label(menu);
        }
    }
}

#[test]
fn view_language_switches_the_window_at_once_and_back_to_the_system_language() {
    let mut h = window_in(Language::English);
    open_submenu(&mut h, "View", "Language");
    h.get_by_label("Deutsch").click();
    h.run();
    assert_eq!(h.state().language(), Language::German);
    h.get_by_label("Datei");
    assert!(h.query_by_label("File").is_none());

    // The system's language is offered under its own name, in the chosen language's words.
    open_submenu(&mut h, "Ansicht", "Sprache");
    h.get_by_label("Systemsprache (English)").click();
    h.run();
    assert_eq!(h.state().language(), Language::English);
    h.get_by_label("File");
}

#[test]
fn polish_counts_take_the_plural_form_their_number_asks_for() {
    // small_map: 3 stages, 3 lanes, 4 cards: all "few" in Polish.
    let h = window_in(Language::Polish);
    h.get_by_label("3 etapy · 3 wiersze · 4 punkty styku");

    let mut map = small_map();
    for i in 5..=9 {
        map.touchpoints.push(Touchpoint::new(
            TouchpointId(i),
            StageId(1),
            LaneId(1),
            i,
            "Karta",
        ));
    }
    // 9 cards: "many".
    let h = harness_in(Language::Polish, Startup::Map(map));
    h.get_by_label("3 etapy · 3 wiersze · 9 punktów styku");
}

#[test]
fn the_undo_entry_names_the_step_in_the_window_language() {
    let mut h = window_in(Language::German);
    let card = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, card);
    h.key_press(egui::Key::Delete);
    h.run();
    h.get_by_label("Bearbeiten").click();
    h.run();
    menu_item(&h, "Rückgängig: Touchpoint löschen");
}

#[test]
fn window_in_every_language_with_a_card_in_the_inspector() {
    let mut results = SnapshotResults::new();
    for language in Language::ALL {
        let mut h = window_in(language);
        let card = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
        click_at(&mut h, card);
        h.remove_cursor();
        h.run();
        results.add(h.try_snapshot(format!("window_inspector_{}", language.tag())));
    }
}

#[test]
fn shortcuts_are_the_same_keys_named_as_each_keyboard_labels_them() {
    let mut h = window_in(Language::German);
    h.get_by_label("Datei").click();
    h.run();
    h.get_by_label("Speichern unter… Strg+Umschalt+S");
    let mut h = window_in(Language::Swedish);
    h.get_by_label("Arkiv").click();
    h.run();
    h.get_by_label("Spara som… Ctrl+Skift+S");
}
