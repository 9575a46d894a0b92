//! The dialogs, the export dialog, the shortcut list and the canvas menus in German and Polish,
//! driven by their translated labels as a German or Polish user would: a word left in English
//! would make these tests fail to find the widget.

use crate::app_support;

use app_support::*;
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

fn harness_speaking(language: Language) -> Harness<'static, TrailmapApp> {
    harness_in(language, Startup::Map(small_map()))
}

/// Deletes a card, so the map has unsaved changes.
fn make_an_edit(h: &mut Harness<'_, TrailmapApp>) {
    let card = center_of(h, Selected::Touchpoint(TouchpointId(4)));
    click_at(h, card);
    h.key_press(Key::Delete);
    h.run();
    assert!(h.state().is_dirty());
}

/// A right-click at `pos`, which opens the canvas's context menu there.
fn right_click_at(h: &mut Harness<'_, TrailmapApp>, pos: Pos2) {
    h.hover_at(pos);
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
}

/// Whether some widget's label or text contains `text`.
fn shows_text_containing(h: &Harness<'_, TrailmapApp>, text: &str) -> bool {
    h.query_all_by(|n| {
        n.label().is_some_and(|l| l.contains(text)) || n.value().is_some_and(|v| v.contains(text))
    })
    .next()
    .is_some()
}

/// Whether a window titled `title` is open.
fn window_titled(h: &Harness<'_, TrailmapApp>, title: &str) -> bool {
    h.query_all_by(|n| {
        n.role() == egui::accesskit::Role::Window && n.label().is_some_and(|l| l == title)
    })
    .next()
    .is_some()
}

#[test]
fn german_unsaved_changes_prompt_is_answered_by_its_german_buttons() {
    let mut h = harness_speaking(Language::German);
    make_an_edit(&mut h);
    let edited = h.state().map().clone();

    // Abbrechen keeps the edited map.
    h.get_by_label("Datei").click();
    h.run();
    menu_item(&h, "Neu").click();
    h.run();
    h.get_by_label("Änderungen speichern?");
    assert!(shows_text_containing(
        &h,
        "enthält ungespeicherte Änderungen. Speichern, bevor Sie eine neue Map beginnen?"
    ));
    h.get_by_label("Speichern");
    h.get_by_label("Abbrechen").click();
    h.run();
    assert!(h.query_by_label("Änderungen speichern?").is_none());
    assert_eq!(h.state().map(), &edited);

    // Nicht speichern throws the change away and starts the classic template in German.
    h.get_by_label("Datei").click();
    h.run();
    menu_item(&h, "Neu").click();
    h.run();
    h.get_by_label("Nicht speichern").click();
    h.run();
    let map = h.state().map();
    assert!(!h.state().is_dirty());
    assert_eq!(map, &trailmap::templates::load("classic", "de").unwrap());
    assert_eq!(map.language, "de");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        stages,
        [
            "Aufmerksamkeit",
            "Erwägung",
            "Kauf",
            "Loyalität",
            "Empfehlung"
        ]
    );
    let lanes: Vec<&str> = map.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        lanes,
        [
            "Kundenaktionen",
            "Website",
            "Social Media",
            "E-Mail",
            "Emotionskurve",
            "Schmerzpunkte",
            "Chancen",
            "Verantwortlich"
        ]
    );
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("Neue Map")
    );
}

#[test]
fn polish_unsaved_changes_prompt_and_a_new_stage_speak_polish() {
    let mut h = harness_speaking(Language::Polish);
    make_an_edit(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Zapisać zmiany?");
    h.get_by_label("Zapisz");
    h.get_by_label("Anuluj");
    h.get_by_label("Nie zapisuj").click();
    h.run();
    let stages: Vec<&str> = h
        .state()
        .map()
        .stages
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(
        stages,
        [
            "Świadomość",
            "Rozważanie",
            "Zakup",
            "Utrzymanie",
            "Polecenie"
        ]
    );

    // Wstaw > Etap names the new stage in Polish.
    h.get_by_label("Wstaw").click();
    h.run();
    menu_item(&h, "Etap").click();
    h.run();
    let last = h.state().map().stages.last().map(|s| s.name.clone());
    assert_eq!(last.as_deref(), Some("Nowy etap"));
}

#[test]
fn german_export_dialog_opens_from_the_german_menu_with_german_labels() {
    let mut h = harness_speaking(Language::German);
    open_submenu(&mut h, "Datei", "Exportieren");
    menu_item(&h, "Als PDF exportieren…").click();
    h.run();
    h.get_by_label("Als PDF exportieren");
    for label in [
        "Was die Datei zeigt",
        "Journey",
        "Eine Datei je Persona",
        "Extras",
        "Insights",
        "Nach Verantwortlichen einfärben",
        "Notizen als Fußnoten",
        "Text",
        "Als Formen",
        "Auswählbarer Text",
        "Papier",
        "Hintergrund",
        "Weiß",
        "Transparent",
        "Rand",
        "Exportieren…",
    ] {
        h.get_by_label(label);
    }
    // What the view shows, in German: the journey state and the persona filter.
    assert!(shows_text_containing(&h, "Ist-Zustand"));
    h.get_by_label("Alle Personas");
    assert!(shows_text_containing(&h, "So groß wie die Map"));

    h.get_by_label("Abbrechen").click();
    h.run();
    assert!(h.query_by_label("Als PDF exportieren").is_none());
}

#[test]
fn polish_lane_menu_hides_lanes_and_the_export_dialog_counts_them_in_polish() {
    let mut h = harness_speaking(Language::Polish);
    for lane in [2, 3] {
        let header = center_of(&h, Selected::Lane(LaneId(lane)));
        right_click_at(&mut h, header);
        h.get_by_label("Zmień nazwę…");
        assert!(h.query_all_by_label("Usuń wiersz").next().is_some());
        h.get_all_by_label("Ukryj wiersz")
            .last()
            .expect("a Hide lane entry")
            .click();
        h.run();
    }
    open_submenu(&mut h, "Plik", "Eksportuj");
    menu_item(&h, "Eksportuj jako PNG…").click();
    h.run();
    h.get_by_label("Eksportuj jako PNG");
    for label in [
        "Co pokazuje plik",
        "Skala",
        "Tło",
        "Białe",
        "Margines",
        "Wiersze",
        "Pomiń 2 ukryte wiersze",
        "Eksportuj…",
    ] {
        h.get_by_label(label);
    }
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Eksportuj jako PNG").is_none());
}

#[test]
fn german_shortcut_list_names_commands_and_gestures_in_german() {
    let mut h = harness_speaking(Language::German);
    h.key_press(Key::F1);
    h.run();
    // The window is titled "Tastenkürzel"; F1's own row is named so too.
    assert!(window_titled(&h, "Tastenkürzel"));
    h.get_by_label("Rückgängig");
    h.get_by_label("Zwei Karten verbinden");
    h.get_by_label("Strg+Mausrad");
    // Two shortcuts for one command are joined by the German "oder"; keys stay as they are.
    assert!(shows_text_containing(&h, "  oder  "));
    assert!(!shows_text_containing(&h, "  or  "));
    h.key_press(Key::Escape);
    h.run();
    assert!(!window_titled(&h, "Tastenkürzel"));
}

#[test]
fn german_example_menu_names_the_examples_in_german() {
    let mut h = harness_speaking(Language::German);
    open_submenu(&mut h, "Datei", "Neu aus Beispiel");
    menu_item(&h, "Einrichtungshaus (Svenska)").click();
    h.run();
    assert_eq!(
        h.state().notice().map(|n| n.text.as_ref()),
        Some("Beispiel „Einrichtungshaus (Svenska)“ geöffnet")
    );
    assert_eq!(h.state().map().language, "sv");
}
