//! Editing a card's title in place, on the card itself. The edit is one undo step (a canvas
//! undo group): Enter or clicking elsewhere commits it, Esc reverts it. A card created for the
//! edit (double-click on an empty cell) disappears again on Esc or when left without a title.

use egui::{Key, KeyboardShortcut, Modifiers, Rect, vec2};

use super::super::document::GroupOwner;
use super::super::theme::canvas_font;
use super::TrailmapApp;
use super::viewport::Viewport;
use crate::fonts::Weight;

/// The id of the in-place title field (tests find it by its hint, "Card title").
fn editor_id() -> egui::Id {
    egui::Id::unique("trailmap canvas title editor")
}

impl TrailmapApp {
    /// Shows the in-place title editor over its card, if one is open.
    pub(super) fn title_edit_ui(&mut self, ui: &mut egui::Ui, vp: Viewport) {
        let Some(edit) = &self.canvas.title_edit else {
            return;
        };
        let id = edit.id;
        let (new_card, focused) = (edit.new_card, edit.focused);
        let future_view = self.view.state == crate::layout::StateView::Future;
        let Some(card_now) = self.doc.map().touchpoint(id).cloned() else {
            self.canvas.title_edit = None;
            return;
        };
        let Some(card) = self.canvas.layout().and_then(|l| l.card(id)).cloned() else {
            // The card's lane is hidden: nothing to edit on.
            self.canvas.title_edit = None;
            self.doc.end_group_of(GroupOwner::Canvas);
            return;
        };
        // The future view shows (and so edits) the target journey's title.
        let title = crate::edit::in_view::shown_title(&card_now, future_view).to_owned();
        if self.doc.group_owner() != Some(GroupOwner::Canvas) {
            self.doc.begin_group(GroupOwner::Canvas, "Edit title");
        }

        let z = vp.zoom;
        let size = card.title.size.max(crate::layout::sizes::CARD_TITLE);
        let weight = card.title.weight.unwrap_or(Weight::Bold);
        let pad = crate::layout::CARD_PADDING;
        let top_left = vp.screen_point(crate::geom::Point::new(
            card.rect.x + pad - 4.0,
            card.rect.y + pad - 4.0,
        ));
        let lines = card.title.lines.len().max(1) as f32;
        let line_h = size * crate::layout::sizes::LINE_HEIGHT;
        let width = ((card.rect.w - 2.0 * pad + 8.0) * z).max(120.0);
        let height = (lines * line_h + 8.0) * z;
        let rect = Rect::from_min_size(top_left, vec2(width, height.max(24.0)));

        let mut text = title.clone();
        // The canvas is paper in both themes, so its editor is light too.
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        child.style_mut().visuals = egui::Visuals::light();
        let output = egui::TextEdit::multiline(&mut text)
            .id(editor_id())
            .font(canvas_font(weight, (size * z).max(9.0)))
            .hint_text(crate::tr!("canvas-card-title-hint"))
            .desired_width(rect.width() - 8.0)
            .desired_rows(1)
            .return_key(KeyboardShortcut::new(Modifiers::SHIFT, Key::Enter))
            .show(&mut child);
        let response = output.response.response;
        if !focused {
            let mut state = output.state;
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(&text)));
            state.store(ui.ctx(), response.id);
            response.request_focus();
            if let Some(e) = &mut self.canvas.title_edit {
                e.focused = true;
            }
        }
        if response.changed() && text != title {
            self.apply(crate::edit::in_view::set_shown_title(
                &card_now,
                text.clone(),
                future_view,
            ));
        }

        let (enter, escape) = ui.input(|i| {
            (
                i.key_pressed(Key::Enter) && !i.modifiers.shift,
                i.key_pressed(Key::Escape),
            )
        });
        let active = response.has_focus() || response.lost_focus();
        if focused && escape && active {
            self.finish_title_edit(false);
        } else if focused && ((enter && response.has_focus()) || response.lost_focus()) {
            let keep = !(new_card && text.trim().is_empty());
            self.finish_title_edit(keep);
            response.surrender_focus();
        } else if focused && !response.has_focus() {
            // Focus went elsewhere without a lost-focus event (e.g. a dialog opened).
            self.finish_title_edit(true);
        }
    }

    /// Ends the in-place edit: keeps it as one undo step, or reverts it.
    fn finish_title_edit(&mut self, keep: bool) {
        self.canvas.title_edit = None;
        if keep {
            self.doc.end_group_of(GroupOwner::Canvas);
        } else if let Err(e) = self.doc.cancel_group_of(GroupOwner::Canvas) {
            self.error(crate::tr!(
                "canvas-revert-title-failed",
                reason = crate::app::error_words::edit_error(&e)
            ));
        }
        self.view.selection.retain_existing(self.doc.map());
    }
}
