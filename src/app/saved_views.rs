//! View > Saved views: keeping what the map shows under a name in the map file, and showing
//! the map as a saved view shows it.
//!
//! Saving, renaming and deleting a view are edits of the map (commands through the history,
//! one undo step each); picking a view only changes the view state, like any other View menu
//! entry, so it is no undo step and does not make the map dirty.

use egui::{Key, RichText};

use super::TrailmapApp;
use super::dialogs::Modal;
use crate::edit::Command;
use crate::model::{SavedView, ViewId};
use crate::tr;

/// What the naming dialog answered.
pub(crate) enum Named {
    /// Still open.
    Keep,
    /// Cancelled.
    Cancel,
    /// This name was given.
    Name(String),
}

impl TrailmapApp {
    /// The names of the map's saved views, in menu order (for tests and screen readers).
    pub fn saved_view_names(&self) -> Vec<String> {
        self.doc
            .map()
            .views
            .iter()
            .map(|v| v.name.clone())
            .collect()
    }

    /// What the window shows now, as a saved view with this id and name.
    fn current_view(&self, id: ViewId, name: &str) -> SavedView {
        let shown = self.view.layout_options();
        SavedView {
            state: shown.state.into(),
            personas: shown.personas,
            hidden_lanes: shown.hidden_lanes,
            insights: shown.insights,
            color_by_owner: shown.color_by_owner,
            footnotes: shown.footnotes,
            rows: shown.rows,
            ..SavedView::new(id, name)
        }
    }

    /// View > Save view…: asks for a name.
    pub(crate) fn ask_view_name(&mut self, rename: Option<ViewId>) {
        let name = rename
            .and_then(|id| self.doc.map().view(id))
            .map_or(String::new(), |v| v.name.clone());
        self.modal = Some(Modal::NameView {
            rename,
            name,
            error: None,
        });
    }

    /// Why `name` cannot name a view (empty, or another view's name), if it cannot.
    pub(crate) fn view_name_problem(&self, name: &str, rename: Option<ViewId>) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return Some(tr!("dialog-view-name-empty"));
        }
        let taken = self
            .doc
            .map()
            .views
            .iter()
            .any(|v| Some(v.id) != rename && v.name.trim().eq_ignore_ascii_case(name));
        taken.then(|| tr!("dialog-view-name-taken", name = name))
    }

    /// Saves the current view under `name`, or renames the view `rename` (one undo step).
    pub(crate) fn view_named(&mut self, rename: Option<ViewId>, name: &str) {
        let name = name.trim();
        let command = match rename {
            Some(id) => Command::RenameView {
                id,
                name: name.to_owned(),
            },
            None => {
                let map = self.doc.map();
                Command::InsertView {
                    index: map.views.len(),
                    view: Box::new(self.current_view(map.next_view_id(), name)),
                }
            }
        };
        if self.apply(command) && rename.is_none() {
            self.notify(tr!("status-view-saved", name = name));
        }
    }

    /// Shows the map as the saved view `id` shows it (not an edit).
    pub(crate) fn show_saved_view(&mut self, id: ViewId) {
        let Some(v) = self.doc.map().view(id).cloned() else {
            return;
        };
        self.view.state = v.state.into();
        self.view.personas = v.personas;
        self.view.hidden_lanes = v.hidden_lanes.into_iter().collect();
        self.view.insights = v.insights;
        self.view.color_by_owner = v.color_by_owner;
        self.view.footnotes = v.footnotes;
        self.view.rows = v.rows;
        self.view.highlight = None;
        self.notify(tr!("status-view-shown", name = v.name));
    }

    /// View > Saved views: the views to pick, then saving, renaming and deleting.
    pub(crate) fn saved_views_menu_ui(&mut self, ui: &mut egui::Ui) {
        let views: Vec<(ViewId, String, bool)> = self
            .doc
            .map()
            .views
            .iter()
            .map(|v| (v.id, v.name.clone(), self.current_view(v.id, &v.name) == *v))
            .collect();
        ui.menu_button(tr!("menu-saved-views"), |ui| {
            if views.is_empty() {
                ui.label(RichText::new(tr!("menu-no-saved-views")).weak());
            }
            for (id, name, shown) in &views {
                if ui
                    .add(egui::Button::selectable(*shown, name))
                    .on_hover_text(tr!("menu-saved-views-tip"))
                    .clicked()
                {
                    self.show_saved_view(*id);
                    ui.close();
                }
            }
            ui.separator();
            self.command_button_ui(ui, super::UICommand::SaveView);
            ui.add_enabled_ui(!views.is_empty(), |ui| {
                ui.menu_button(tr!("menu-rename-view"), |ui| {
                    for (id, name, _) in &views {
                        if ui.button(name).clicked() {
                            self.ask_view_name(Some(*id));
                            ui.close();
                        }
                    }
                });
                ui.menu_button(tr!("menu-delete-view"), |ui| {
                    for (id, name, _) in &views {
                        if ui.button(name).clicked() {
                            self.apply(Command::RemoveView(*id));
                            ui.close();
                        }
                    }
                });
            });
        });
    }
}

/// The dialog that names a view being saved or renamed. `error` says why the last name was
/// refused.
pub(crate) fn name_view_ui(
    ctx: &egui::Context,
    rename: bool,
    name: &mut String,
    error: Option<&str>,
) -> Named {
    let mut answer = Named::Keep;
    let title = if rename {
        tr!("dialog-rename-view-title")
    } else {
        tr!("dialog-save-view-title")
    };
    let response = egui::Modal::new(egui::Id::unique("name a view")).show(ctx, |ui| {
        ui.set_width(420.0);
        let opened =
            super::dialog_access::heading_ui(ui, title, super::dialog_access::DialogKind::Dialog);
        ui.add_space(6.0);
        let label = ui.label(tr!("dialog-view-name"));
        let edit = ui
            .add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        // The field has the keyboard when the dialog opens; Tab then walks on to the buttons.
        super::dialog_access::focus_on_open(opened, &edit);
        if let Some(error) = error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("dialog-ok")).clicked() || entered {
                answer = Named::Name(name.clone());
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                answer = Named::Cancel;
            }
        });
    });
    if response.should_close() && matches!(answer, Named::Keep) {
        answer = Named::Cancel;
    }
    answer
}
