//! Rough edges of the window found by trying it as a new user: what the first frame of the
//! keyboard shortcuts window shows, the status bar and the inspector in a narrow window.

use crate::app_support;

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

/// The canvas's area on screen (the inspector starts at its right edge).
fn canvas_rect(h: &egui_kittest::Harness<'_, trailmap::app::TrailmapApp>) -> egui::Rect {
    h.get_by_role(egui::accesskit::Role::Canvas).rect()
}

#[test]
fn the_inspector_keeps_its_width_across_selections_and_drags_to_a_new_one() {
    use trailmap::app::Selected;
    use trailmap::model::{LaneId, StageId, TouchpointId};
    let mut h = harness();
    let right = canvas_rect(&h).right();
    for item in [
        Selected::Touchpoint(TouchpointId(1)),
        Selected::Stage(StageId(2)),
        Selected::Lane(LaneId(3)),
    ] {
        let at = center_of(&h, item);
        click_at(&mut h, at);
        assert_eq!(canvas_rect(&h).right(), right, "{item:?}");
    }
    // Dragging its left edge 100 points to the left makes it 100 points wider.
    let before = h.state().inspector_width();
    let edge = h.get_by_label("Inspector width").rect().center();
    drag(&mut h, edge, edge - egui::vec2(100.0, 0.0));
    assert!((h.state().inspector_width() - before - 100.0).abs() < 2.0);
    assert!((canvas_rect(&h).right() - (right - 100.0)).abs() < 2.0);
}

#[test]
fn a_narrow_window_folds_the_inspector_away_and_keeps_the_canvas() {
    let mut h = harness();
    h.set_size(egui::vec2(520.0, 600.0));
    h.run();
    let canvas = canvas_rect(&h);
    assert!(canvas.width() >= 500.0, "{canvas:?}");
    assert!(h.query_by_label("Inspector width").is_none());
    // Wider again, it comes back at its width.
    h.set_size(egui::vec2(900.0, 600.0));
    h.run();
    assert!(h.query_by_label("Inspector width").is_some());
    assert!((canvas_rect(&h).width() - (900.0 - h.state().inspector_width())).abs() < 12.0);
}
