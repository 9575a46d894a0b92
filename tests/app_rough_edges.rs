//! Rough edges of the window found by trying it as a new user: what the first frame of the
//! keyboard shortcuts window shows, the status bar and the inspector in a narrow window.

mod app_support;

use app_support::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

#[test]
fn the_shortcuts_window_shows_at_its_size_from_its_first_frame() {
    let mut h = harness();
    h.key_press(Key::F1);
    h.step();
    let first = h.get_by_label("Keyboard shortcuts").rect();
    h.run();
    let settled = h.get_by_label("Keyboard shortcuts").rect();
    assert_eq!(first, settled, "the first frame showed a cut-off window");
    assert!(settled.right() <= SIZE.x + 0.5 && settled.left() >= 0.0);
}

#[test]
fn status_bar_texts_do_not_overlap_in_a_narrow_window() {
    let mut h = harness();
    h.set_size(egui::vec2(700.0, 600.0));
    h.run();
    // A long message: deleting a stage says what went with it.
    let at = center_of(
        &h,
        trailmap::app::Selected::Stage(trailmap::model::StageId(1)),
    );
    click_at(&mut h, at);
    h.key_press(Key::Delete);
    h.run();
    let notice = h.state().notice().expect("a notice").text.clone();
    let notice = h.get_by_label(&notice).rect();
    let counts = h
        .get_by(|n| {
            n.role() == egui::accesskit::Role::Label
                && n.value().is_some_and(|l| l.contains("touchpoints"))
        })
        .rect();
    let zoom = h
        .get_by(|n| {
            n.role() == egui::accesskit::Role::Label && n.value().is_some_and(|l| l.ends_with(" %"))
        })
        .rect();
    for (a, b) in [(notice, counts), (counts, zoom)] {
        assert!(a.right() <= b.left() + 0.5, "{a:?} runs into {b:?}");
    }
    assert!(zoom.right() <= 700.5);
}
