//! The inspector and the insights panel in German and Polish, driven as a user drives them: by
//! their translated labels. Typing into a field changes the map, and the undo step it records
//! reads in the window's language in the Edit menu.

use crate::app_support;

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup};
use trailmap::model::*;

/// Types `text` over the whole content of the field labelled `label`, then leaves it.
fn retype(h: &mut egui_kittest::Harness<'_, trailmap::app::TrailmapApp>, label: &str, text: &str) {
    let field = h.get_by_role_and_label(Role::TextInput, label);
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(text.into()));
    h.key_press(Key::Tab);
    h.run();
}

#[test]
fn the_german_inspector_edits_a_card_and_names_the_undo_step_in_german() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);

    // The card's fields, by their German names.
    h.get_by_label("Touchpoint");
    h.get_by_role_and_label(Role::TextInput, "Titel");
    h.get_by_role_and_label(Role::MultilineTextInput, "Kundenaktion");
    h.get_by_role_and_label(Role::MultilineTextInput, "Reaktion des Unternehmens");
    h.get_by_role_and_label(Role::CheckBox, "Emotion");
    h.get_by_role_and_label(Role::CheckBox, "Erreicht");
    h.get_by_role_and_label(Role::CheckBox, "Konvertiert");
    h.get_by_label("Kartenfarbe");
    h.get_by_label("Pfeile");
    h.get_by_label("zu „Compares prices“");
    assert!(h.query_by_label("Customer action").is_none());

    retype(&mut h, "Verantwortlich", "Marketing");
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().owner,
        "Marketing"
    );
    assert_eq!(h.state().undo_label(), Some("Edit owner"));

    h.get_by_label("Bearbeiten").click();
    h.run();
    menu_item(&h, "Rückgängig: Verantwortung bearbeiten").click();
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().owner,
        ""
    );

    // A stage: its card count and funnel in German, with German plural forms.
    h.key_press(Key::Escape);
    h.run();
    let at = center_of(&h, Selected::Stage(StageId(1)));
    click_at(&mut h, at);
    h.get_by_label("Phase");
    h.get_by_label("1 Karte in dieser Phase.");
    h.get_by_label("Trichter");
    h.get_by_role_and_label(Role::CheckBox, "Eigene Breite");
}

#[test]
fn the_polish_inspector_edits_a_card_and_names_the_undo_step_in_polish() {
    let mut h = harness_in(Language::Polish, Startup::Map(small_map()));
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, at);

    h.get_by_label("Punkt styku");
    h.get_by_role_and_label(Role::MultilineTextInput, "Działanie klienta");
    h.get_by_role_and_label(Role::TextInput, "Właściciel");
    h.get_by_role_and_label(Role::TextInput, "Kampanie");
    h.get_by_label("Persony");

    retype(&mut h, "Tytuł", "Widzi reklamę");
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().title,
        "Widzi reklamę"
    );

    h.get_by_label("Edycja").click();
    h.run();
    menu_item(&h, "Cofnij: Edycja tytułu").click();
    h.run();
    assert_eq!(
        h.state().map().touchpoint(TouchpointId(1)).unwrap().title,
        "Sees an ad"
    );

    // Two cards in the stage: the "few" form.
    h.key_press(Key::Escape);
    h.run();
    let at = center_of(&h, Selected::Stage(StageId(2)));
    click_at(&mut h, at);
    h.get_by_label("Etap");
    h.get_by_label("2 karty na tym etapie.");
    h.get_by_label("Lejek");
    h.get_by_label(
        "Brak liczb: zaznacz powyżej Dotarcie i Konwersje albo wpisz je na kartach etapu.",
    );
}

/// [`small_map`] with an overlap: two website cards of Awareness run "Spring".
fn map_with_overlap() -> Map {
    let mut map = small_map();
    map.touchpoints[0].campaigns = vec!["Spring".into()];
    let mut banner = Touchpoint::new(TouchpointId(5), StageId(1), LaneId(1), 1, "Banner");
    banner.campaigns = vec!["Spring".into()];
    map.touchpoints.push(banner);
    map
}

fn open_insights(h: &mut egui_kittest::Harness<'_, trailmap::app::TrailmapApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    h.run();
    assert!(h.state().view_options().insights);
}

#[test]
fn the_insights_panel_speaks_german_and_polish() {
    let mut h = harness_in(Language::German, Startup::Map(map_with_overlap()));
    open_insights(&mut h);
    h.get_by_label("Kampagnenüberschneidungen (1)");
    h.get_by_role_and_label(
        Role::Button,
        "Überschneidung: Spring ×2 — Awareness · Website",
    );
    h.get_by_label("Überschneidung");
    h.get_by_label("Nicht erreicht");
    h.get_by_label("Personas wählen");
    assert!(h.query_by_label("Campaign overlaps (1)").is_none());
    h.get_by_label("Ausblenden").click();
    h.run();
    assert!(!h.state().view_options().insights);

    let mut h = harness_in(Language::Polish, Startup::Map(map_with_overlap()));
    open_insights(&mut h);
    h.get_by_label("Nakładające się kampanie (1)");
    h.get_by_role_and_label(
        Role::Button,
        "Nakładanie się: Spring ×2 — Awareness · Website",
    );
    h.get_by_label("Wybierz persony");

    // Nothing to report, in Polish.
    let mut h = harness_in(Language::Polish, Startup::Map(small_map()));
    open_insights(&mut h);
    h.get_by_label("Nic do zgłoszenia");
    h.get_by_label(
        "Żadna kampania nie występuje na dwóch kartach jednego kanału na jednym etapie.",
    );
}

/// The width of the inspector's content: its title field fills it.
fn inspector_width(language: Language, title: &str) -> f32 {
    let mut h = harness_in(language, Startup::Map(small_map()));
    // The card with an emotion: its slider row is the widest row of the inspector.
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(3)));
    click_at(&mut h, at);
    h.run();
    h.get_by_role_and_label(Role::TextInput, title)
        .rect()
        .width()
}

#[test]
fn long_german_words_do_not_widen_the_inspector() {
    // "sehr unzufrieden" / "unzufrieden" beside the emotion slider once pushed the panel wider.
    let english = inspector_width(Language::English, "Title");
    let german = inspector_width(Language::German, "Titel");
    assert!(
        german <= english + 0.5,
        "German {german} px, English {english} px"
    );
}
