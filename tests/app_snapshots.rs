//! A handful of pictures of the window (light theme, fixed size and scale), compared with the
//! images in `tests/snapshots/` within a small tolerance. Update them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test app_snapshots` after a deliberate change, and look at
//! every changed image before committing it.

use crate::app_support;

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::SnapshotResults;
use trailmap::app::Selected;
use trailmap::model::*;

#[test]
fn window_snapshots() {
    let mut results = SnapshotResults::new();

    // The map as it opens: fitted, nothing selected, the map inspector.
    let mut h = harness();
    h.remove_cursor();
    h.run();
    results.add(h.try_snapshot("window_map"));

    // A card selected: outline, arrow handle, its fields in the inspector.
    let card = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    click_at(&mut h, card);
    h.remove_cursor();
    h.run();
    results.add(h.try_snapshot("window_card_selected"));

    // Dragging it: ghost, target cell and the line where it lands.
    let target = center_of_cell(&h, 2, 1) + egui::vec2(0.0, 20.0);
    drag_and_hold(&mut h, card, target);
    results.add(h.try_snapshot("window_dragging_card"));
    h.key_press(Key::Escape);
    h.run();

    // The unsaved-changes question.
    let mut h = harness();
    let pain = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, pain);
    h.key_press(Key::Delete);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.remove_cursor();
    h.run();
    results.add(h.try_snapshot("window_unsaved_prompt"));
}

/// Cards with emoji: drawn from the bundled Noto Emoji on the text's baseline, at the widths
/// the layout measured (the same glyphs every export draws), never as empty boxes.
#[test]
fn emoji_card_snapshot() {
    let mut map = small_map();
    map.touchpoints[0].title = "Launch 🎉🚀✅❤\u{FE0F}".into();
    map.touchpoints[0].customer_action = "Shares it 👍 on the phone 📱".into();
    map.touchpoints[1].title = "🛒 Compares prices".into();
    let mut h = harness_with(trailmap::app::Startup::Map(map));
    h.remove_cursor();
    h.run();
    h.snapshot("window_emoji_cards");
}
