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
