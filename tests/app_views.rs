//! Saved views driven as a marketer drives them: show the target journey of one persona, save
//! it under a name, look at something else, pick it again, undo the save, present it.

use crate::app_support;

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Startup, TrailmapApp};
use trailmap::layout::StateView;
use trailmap::model::*;

type H = egui_kittest::Harness<'static, TrailmapApp>;

struct Words {
    view: &'static str,
    journey: &'static str,
    future: &'static str,
    current: &'static str,
    personas: &'static str,
    everyone: &'static str,
    saved_views: &'static str,
    save_view: &'static str,
    name: &'static str,
}

const EN: Words = Words {
    view: "View",
    journey: "Journey",
    future: "Future state",
    current: "Current state",
    personas: "Personas",
    everyone: "Everyone",
    saved_views: "Saved views",
    save_view: "Save view…",
    name: "Name",
};

fn pick_in_submenu(h: &mut H, w: &Words, submenu: &str, entry: &str) {
    open_submenu(h, w.view, submenu);
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l == entry))
        .click();
    h.run();
    if egui::Popup::is_any_open(&h.ctx) {
        h.key_press(Key::Escape);
        h.run();
    }
}

fn tick_persona(h: &mut H, w: &Words, name: &str) {
    open_submenu(h, w.view, w.personas);
    h.get_by_role_and_label(Role::CheckBox, name).click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
}

fn save_view_named(h: &mut H, w: &Words, name: &str) {
    pick_in_submenu(h, w, w.saved_views, w.save_view);
    let field = h.get_by_label(w.name);
    field.focus();
    h.run();
    h.event(Event::Text(name.into()));
    h.key_press(Key::Enter);
    h.run();
}

fn save_switch_pick(h: &mut H, w: &Words) {
    pick_in_submenu(h, w, w.journey, w.future);
    tick_persona(h, w, "Gen-Z shopper");
    save_view_named(h, w, "Shopper, target");
    let views = &h.state().map().views;
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].name, "Shopper, target");
    assert_eq!(views[0].state, JourneyState::Future);
    assert_eq!(views[0].personas, [PersonaId(1)]);
    assert_eq!(h.state().undo_label(), Some("Save view"));
    assert!(h.state().is_dirty(), "saving a view is an edit of the map");

    // Look at something else.
    pick_in_submenu(h, w, w.journey, w.current);
    open_submenu(h, w.view, w.personas);
    h.get_by_label(w.everyone).click();
    h.run();
    let shown = h.state().view_options();
    assert_eq!((shown.state, shown.personas.len()), (StateView::Current, 0));

    // Picking the saved view brings it back, and is no edit.
    pick_in_submenu(h, w, w.saved_views, "Shopper, target");
    let shown = h.state().view_options();
    assert_eq!(shown.state, StateView::Future);
    assert_eq!(shown.personas, [PersonaId(1)]);
    assert_eq!(
        h.state().undo_label(),
        Some("Save view"),
        "picking adds no step"
    );
}

#[test]
fn save_a_view_switch_away_pick_it_again_and_undo_the_save() {
    let mut h = harness();
    save_switch_pick(&mut h, &EN);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(h.state().map().views.is_empty());
    assert!(!h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().saved_view_names(), ["Shopper, target"]);
}

#[test]
fn saved_views_speak_polish() {
    let pl = Words {
        view: "Widok",
        journey: "Podróż",
        future: "Stan docelowy",
        current: "Stan obecny",
        personas: "Persony",
        everyone: "Wszystkie persony",
        saved_views: "Zapisane widoki",
        save_view: "Zapisz widok…",
        name: "Nazwa",
    };
    let mut h = harness_in(Language::Polish, Startup::Map(small_map()));
    save_switch_pick(&mut h, &pl);
}

#[test]
fn a_taken_name_is_refused_in_the_dialog_and_rename_and_delete_are_steps() {
    let mut h = harness();
    save_view_named(&mut h, &EN, "Everyone today");
    save_view_named(&mut h, &EN, "everyone TODAY");
    assert_eq!(h.state().saved_view_names(), ["Everyone today"], "refused");
    assert!(
        h.query_by_label("Another view is already called “everyone TODAY”.")
            .is_some()
    );
    h.key_press(Key::Escape);
    h.run();

    open_submenu(&mut h, EN.view, EN.saved_views);
    menu_item(&h, "Rename view").hover();
    h.run();
    // The last of the view's name buttons is the one in the submenu just opened.
    h.query_all_by(|n| {
        n.role() == Role::Button && n.label().is_some_and(|l| l == "Everyone today")
    })
    .last()
    .expect("the view in the submenu")
    .click();
    h.run();
    let field = h.get_by_label(EN.name);
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("All of them".into()));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().saved_view_names(), ["All of them"]);
    assert_eq!(h.state().undo_label(), Some("Rename view"));

    open_submenu(&mut h, EN.view, EN.saved_views);
    menu_item(&h, "Delete view").hover();
    h.run();
    // The last of the view's name buttons is the one in the submenu just opened.
    h.query_all_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l == "All of them"))
        .last()
        .expect("the view in the submenu")
        .click();
    h.run();
    assert!(h.state().saved_view_names().is_empty());
    assert_eq!(h.state().undo_label(), Some("Delete view"));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().saved_view_names(), ["All of them"]);
}

#[test]
fn a_picked_view_is_presented_as_it_shows_the_journey() {
    let mut map = small_map();
    map.touchpoints[3].personas = vec![PersonaId(1)];
    let mut view = SavedView::new(ViewId(1), "Shopper");
    view.personas = vec![PersonaId(1)];
    map.views.push(view);
    let mut h = harness_with(Startup::Map(map));
    pick_in_submenu(&mut h, &EN, EN.saved_views, "Shopper");
    h.key_press(Key::F5);
    h.run();
    h.key_press(Key::PageDown);
    h.run();
    // The shopper has no card in Consideration: the presentation goes from 1 to 3.
    assert_eq!(h.state().presented_stage(), Some(StageId(3)));
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().is_dirty());
}
