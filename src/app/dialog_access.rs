//! What every modal dialog does for keyboard and screen-reader users: it is named by its
//! heading in the accessibility tree (role Dialog, or AlertDialog for a question that must be
//! answered or a failure that must be read), and on the frame it opens its default button or field takes the keyboard, so Tab
//! and Shift+Tab walk its buttons from there and Enter or Space picks the focused one.
//!
//! egui keeps the keyboard inside the topmost modal (widgets below it are not offered to
//! Tab), but a modal does not take the keyboard itself: without a default focus the keyboard
//! would stay on a widget under the dialog and Tab would reach nothing. Esc is each dialog's
//! own business (egui's `ModalResponse::should_close`); it always means "cancel".
//!
//! This module only names and focuses; it never decides what a dialog's buttons do.

use egui::accesskit::Role;
use egui::{Response, RichText, Ui, UiKind};

/// What a dialog is to a screen reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DialogKind {
    /// Tells something or asks for settings (export, about, an error report).
    Dialog,
    /// Asks a question that must be answered before going on (unsaved changes, the file
    /// changed on disk, maps to recover) or reports a failure that must be read: screen
    /// readers speak it at once.
    Alert,
}

/// The dialog's heading. It also names the dialog for screen readers (the dialog's node is
/// labelled by it, so the name is the visible title in the window's language). Returns
/// whether the dialog opened this frame: give the default button the keyboard then, with
/// [`focus_on_open`].
pub(crate) fn heading_ui(ui: &mut Ui, title: impl Into<RichText>, kind: DialogKind) -> bool {
    let heading = ui.heading(title);
    name_dialog(ui, &heading, kind)
}

/// Names the dialog `ui` is in by `label` (a heading or the dialog's one line of text) and
/// gives it its role. Returns whether the dialog opened this frame.
pub(crate) fn name_dialog(ui: &Ui, label: &Response, kind: DialogKind) -> bool {
    let dialog = ui
        .stack()
        .iter()
        .find(|s| s.kind() == Some(UiKind::Modal))
        .map(|s| s.unique_id);
    if let Some(dialog) = dialog {
        let label = label.id.accesskit_id();
        ui.ctx().accesskit_node_builder(dialog, |node| {
            node.set_role(match kind {
                DialogKind::Dialog => Role::Dialog,
                DialogKind::Alert => Role::AlertDialog,
            });
            node.clear_label();
            node.push_labelled_by(label);
        });
    }
    opened_now(ui)
}

/// Whether the dialog `ui` is in was not shown on the previous pass (it opened now).
fn opened_now(ui: &Ui) -> bool {
    let key = ui.layer_id().id.with("dialog shown on pass");
    let pass = ui.ctx().cumulative_pass_nr();
    ui.ctx().data_mut(|d| {
        let last = d.get_temp::<u64>(key);
        d.insert_temp(key, pass);
        last.is_none_or(|last| last.saturating_add(1) < pass)
    })
}

/// Gives `widget` the keyboard when the dialog has just opened.
pub(crate) fn focus_on_open(opened: bool, widget: &Response) {
    if opened {
        widget.request_focus();
    }
}

/// Whether Enter was pressed with no widget holding the keyboard: then it means the dialog's
/// default answer. (With a button focused, Enter is that button's.)
pub(crate) fn enter_for_default(ui: &Ui) -> bool {
    ui.input(|i| i.key_pressed(egui::Key::Enter)) && ui.memory(|m| m.focused().is_none())
}
