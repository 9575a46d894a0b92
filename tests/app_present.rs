//! Presentation mode driven as a presenter drives it: F5, the clicker's Page Down, Esc; the
//! chrome goes and comes back, the map is never changed.

use crate::app_support;

use app_support::*;
use egui::Key;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Startup, TrailmapApp};
use trailmap::model::*;

type H = egui_kittest::Harness<'static, TrailmapApp>;

fn presents_third_stage_and_leaves(h: &mut H, file_menu: &str, inspector: &str, hint: &str) {
    assert!(h.query_by_label(file_menu).is_some(), "menu bar before");
    assert!(h.query_by_label(inspector).is_some(), "inspector before");
    let zoom_before = h.state().zoom();
    press(h, Key::F5);
    assert!(h.state().is_presenting());
    assert_eq!(h.state().presented_stage(), Some(StageId(1)));
    assert!(h.query_by_label(file_menu).is_none(), "menu bar hidden");
    assert!(h.query_by_label(inspector).is_none(), "inspector hidden");
    press(h, Key::PageDown);
    press(h, Key::PageDown);
    assert_eq!(h.state().presented_stage(), Some(StageId(3)));
    // The scene veils the others: the layout the canvas drew knows the presented stage.
    let layout = h.state().layout().expect("laid out");
    assert_eq!(layout.options.focus_stage, Some(StageId(3)));
    let text = h.state().presenting_hint().expect("hint");
    assert!(text.contains(hint), "{text}");
    // The last stage stays the last.
    press(h, Key::PageDown);
    assert_eq!(h.state().presented_stage(), Some(StageId(3)));
    press(h, Key::Escape);
    assert!(!h.state().is_presenting());
    assert!(h.query_by_label(file_menu).is_some(), "menu bar back");
    assert!(h.query_by_label(inspector).is_some(), "inspector back");
    assert_eq!(h.state().layout().unwrap().options.focus_stage, None);
    assert!(
        (h.state().zoom() - zoom_before).abs() < 1e-4,
        "zoom restored"
    );
    assert_eq!(h.state().undo_label(), None, "presenting is not an edit");
    assert!(!h.state().title().contains('•'), "not dirty");
}

#[test]
fn f5_then_page_down_twice_presents_the_third_stage_and_esc_leaves() {
    let mut h = harness();
    presents_third_stage_and_leaves(&mut h, "File", "Title", "Stage 3 of 3: Purchase");
}

#[test]
fn presenting_in_german_speaks_german() {
    let mut h = harness_in(Language::German, Startup::Map(small_map()));
    presents_third_stage_and_leaves(&mut h, "Datei", "Titel", "Phase 3 von 3: Purchase");
}

#[test]
fn arrows_home_and_end_step_and_keys_do_not_edit_while_presenting() {
    let mut h = harness();
    press(&mut h, Key::F5);
    press(&mut h, Key::End);
    assert_eq!(h.state().presented_stage(), Some(StageId(3)));
    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presented_stage(), Some(StageId(2)));
    press(&mut h, Key::PageUp);
    assert_eq!(h.state().presented_stage(), Some(StageId(1)));
    press(&mut h, Key::Space);
    assert_eq!(h.state().presented_stage(), Some(StageId(2)));
    press(&mut h, Key::Home);
    assert_eq!(h.state().presented_stage(), Some(StageId(1)));
    // Delete and Ctrl+A belong to editing, not to a presentation.
    press(&mut h, Key::Delete);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    assert_eq!(
        h.state().map().touchpoints.len(),
        small_map().touchpoints.len()
    );
    // F5 leaves too.
    press(&mut h, Key::F5);
    assert!(!h.state().is_presenting());
    // Outside a presentation, the arrows are not stage steps.
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presented_stage(), None);
}

#[test]
fn with_a_persona_filter_the_presentation_follows_that_persona() {
    // The Gen-Z shopper has a card only in Awareness (stage 1) and, here, Purchase (stage 3).
    let mut map = small_map();
    map.touchpoints[3].personas = vec![PersonaId(1)];
    let mut h = harness_with(Startup::Map(map));
    open_submenu(&mut h, "View", "Personas");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "Gen-Z shopper")
        .click();
    h.run();
    h.key_press(Key::Escape);
    h.run();
    press(&mut h, Key::F5);
    assert_eq!(h.state().presented_stage(), Some(StageId(1)));
    press(&mut h, Key::PageDown);
    assert_eq!(
        h.state().presented_stage(),
        Some(StageId(3)),
        "skips Consideration"
    );
    let text = h.state().presenting_hint().unwrap();
    assert!(
        text.contains("Stage 2 of 2") && text.contains("Gen-Z shopper"),
        "{text}"
    );
    press(&mut h, Key::Escape);
    assert_eq!(
        h.state().view_options().personas,
        vec![PersonaId(1)],
        "filter kept"
    );
}

#[test]
fn view_menu_present_starts_presenting() {
    let mut h = harness();
    h.get_by_label("View").click();
    h.run();
    h.get_by(|n| {
        n.role() == egui::accesskit::Role::Button
            && n.label().is_some_and(|l| l.starts_with("Present"))
    })
    .click();
    h.run();
    assert_eq!(h.state().presented_stage(), Some(StageId(1)));
}
