//! Modal dialogs (unsaved changes, load errors, typed path, about) and the keyboard-shortcut
//! list. Each dialog only reports what the user chose; the app acts on it.

use std::path::PathBuf;

use egui::{Key, RichText};

use super::TrailmapApp;
use super::commands::{Menu, UICommand};
use super::files::{PathPurpose, Pending};

/// The dialog that blocks the window, if any.
#[derive(Debug)]
pub enum Modal {
    /// "Save changes?" before `Pending` runs.
    Unsaved(Pending),
    /// A file could not be opened; the open map stays.
    LoadFailed {
        /// The file.
        path: PathBuf,
        /// `path:line:col: message` lines.
        problems: Vec<String>,
    },
    /// Any other failure the user must read.
    Error {
        /// Window title.
        title: String,
        /// What happened and what to do.
        message: String,
    },
    /// Type a path (no native file dialog here).
    TypedPath {
        /// What the path is for.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
        /// Why a path is typed rather than chosen.
        note: String,
    },
    /// Export options before the file name is asked for.
    Export(super::exporting::ExportSetup),
    /// What Trailmap is.
    About,
}

/// What the user chose in a dialog.
enum Choice {
    Keep,
    Close,
    SaveThen(Pending),
    DiscardThen(Pending),
    Path(PathPurpose, PathBuf),
    Export(super::exporting::ExportSetup),
}

impl TrailmapApp {
    /// Shows the open modal dialog and acts on the choice.
    pub(crate) fn modal_ui(&mut self, ctx: &egui::Context) {
        let export_name = match &self.modal {
            Some(Modal::Export(setup)) => self.suggested_export_name(setup.format),
            _ => String::new(),
        };
        let Some(modal) = &mut self.modal else {
            return;
        };
        let file_name = self.doc.display_name();
        let map_size = self
            .canvas
            .layout()
            .map_or((0.0, 0.0), |l| (l.width, l.height));
        let choice = match modal {
            Modal::Export(setup) => {
                let map = self.doc.map();
                match super::exporting::export_dialog_ui(ctx, setup, map, &export_name, map_size) {
                    super::exporting::ExportChoice::Keep => Choice::Keep,
                    super::exporting::ExportChoice::Cancel => Choice::Close,
                    super::exporting::ExportChoice::Export(s) => Choice::Export(s),
                }
            }
            Modal::Unsaved(pending) => unsaved_ui(ctx, &file_name, pending),
            Modal::LoadFailed { path, problems } => load_failed_ui(ctx, path, problems),
            Modal::Error { title, message } => message_ui(ctx, title, message),
            Modal::TypedPath {
                purpose,
                text,
                note,
            } => typed_path_ui(ctx, purpose, text, note),
            Modal::About => about_ui(ctx),
        };
        match choice {
            Choice::Keep => {}
            Choice::Close => self.modal = None,
            Choice::SaveThen(action) => {
                self.modal = None;
                self.save(Some(action));
            }
            Choice::DiscardThen(action) => {
                self.modal = None;
                self.carry_out(action);
            }
            Choice::Path(purpose, path) => {
                self.modal = None;
                self.path_chosen(purpose, &path);
            }
            Choice::Export(setup) => {
                self.modal = None;
                self.pick_path(PathPurpose::Export(Box::new(setup)));
            }
        }
    }

    /// The list of every shortcut, from the command table.
    pub(crate) fn shortcuts_window_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.show_shortcuts;
        egui::Window::new("Keyboard shortcuts")
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .default_pos(ctx.content_rect().center() - egui::vec2(180.0, 220.0))
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(480.0)
                    .show(ui, |ui| {
                        egui::Grid::new("shortcuts")
                            .num_columns(2)
                            .striped(true)
                            .spacing([24.0, 4.0])
                            .show(ui, |ui| {
                                for cmd in UICommand::all() {
                                    let keys: Vec<String> = cmd
                                        .shortcuts()
                                        .iter()
                                        .map(|s| ctx.format_shortcut(s))
                                        .collect();
                                    if keys.is_empty() {
                                        continue;
                                    }
                                    let name = match cmd.menu() {
                                        Menu::Hidden => cmd.tooltip().to_owned(),
                                        _ => cmd.text(),
                                    };
                                    ui.label(name);
                                    ui.label(RichText::new(keys.join("  or  ")).monospace());
                                    ui.end_row();
                                }
                                for (what, how) in GESTURES {
                                    ui.label(*what);
                                    ui.label(RichText::new(*how).monospace());
                                    ui.end_row();
                                }
                            });
                    });
            });
        self.show_shortcuts = open;
    }
}

/// Mouse gestures on the canvas, listed with the shortcuts.
const GESTURES: &[(&str, &str)] = &[
    ("Pan", "Scroll / middle-drag / Space+drag"),
    ("Zoom around the pointer", "Ctrl+scroll"),
    (
        "Add to or remove from the selection",
        "Shift+click / Ctrl+click",
    ),
    ("Select cards in an area", "Drag on empty canvas"),
    ("New card", "Double-click an empty cell"),
    ("Edit a card's title", "Double-click the card"),
    ("Move cards", "Drag them (Esc cancels)"),
    ("Reorder stages or lanes", "Drag their header"),
    ("Resize a stage", "Drag its right border"),
    (
        "Connect two cards",
        "Drag from the round handle on a card's edge",
    ),
    ("Change an emotion score", "Drag the curve's point"),
];

fn unsaved_ui(ctx: &egui::Context, file_name: &str, pending: &Pending) -> Choice {
    let verb = match pending {
        Pending::Quit => "closing",
        Pending::New | Pending::NewFromExample(_) => "starting a new map",
        Pending::OpenDialog | Pending::OpenPath(_) => "opening another map",
    };
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        ui.heading("Save changes?");
        ui.add_space(6.0);
        ui.label(format!(
            "“{file_name}” has changes that are not saved. Save them before {verb}?"
        ));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
                choice = Choice::SaveThen(pending.clone());
            }
            if ui.button("Don't save").clicked() {
                choice = Choice::DiscardThen(pending.clone());
            }
            if ui.button("Cancel").clicked() {
                choice = Choice::Close;
            }
        });
    });
    if response.should_close() && matches!(choice, Choice::Keep) {
        choice = Choice::Close;
    }
    choice
}

fn load_failed_ui(ctx: &egui::Context, path: &std::path::Path, problems: &[String]) -> Choice {
    notice_ui(ctx, "load failed", 560.0, "Could not open the map", |ui| {
        ui.label(format!(
            "{} could not be opened. The map that was open stays open.",
            path.display()
        ));
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .show(ui, |ui| {
                for p in problems {
                    ui.label(
                        RichText::new(p)
                            .monospace()
                            .color(ui.visuals().error_fg_color),
                    );
                }
            });
    })
}

fn message_ui(ctx: &egui::Context, title: &str, message: &str) -> Choice {
    notice_ui(ctx, "message", 480.0, title, |ui| {
        ui.label(message);
    })
}

/// A modal that tells something and has one way out: OK, Enter, Esc or a click outside.
fn notice_ui(
    ctx: &egui::Context,
    id: &str,
    width: f32,
    title: &str,
    body: impl FnOnce(&mut egui::Ui),
) -> Choice {
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width);
        ui.heading(title);
        ui.add_space(6.0);
        body(ui);
        ui.add_space(12.0);
        if ui.button("OK").clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
            choice = Choice::Close;
        }
    });
    if response.should_close() {
        choice = Choice::Close;
    }
    choice
}

fn typed_path_ui(
    ctx: &egui::Context,
    purpose: &PathPurpose,
    text: &mut String,
    note: &str,
) -> Choice {
    let (title, action) = match purpose {
        PathPurpose::Open => ("Open journey map", "Open"),
        PathPurpose::SaveAs { .. } => ("Save journey map as", "Save"),
        PathPurpose::Export(_) => ("Export to file", "Export"),
    };
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique("typed path")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(title);
        ui.add_space(6.0);
        ui.label(RichText::new(note).weak());
        ui.add_space(6.0);
        let label = ui.label("File path:");
        let edit = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(f32::INFINITY)
                .hint_text("/home/me/maps/shop.journey.ron"),
        );
        let edit = edit.labelled_by(label.id);
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(action));
            if (ok.clicked() || entered) && !text.trim().is_empty() {
                let path = expand_home(text.trim());
                choice = Choice::Path(purpose.clone(), path);
            }
            if ui.button("Cancel").clicked() {
                choice = Choice::Close;
            }
        });
    });
    if response.should_close() && matches!(choice, Choice::Keep) {
        choice = Choice::Close;
    }
    choice
}

/// `~/maps/x` → `$HOME/maps/x`, as a shell would.
fn expand_home(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(text),
    }
}

fn about_ui(ctx: &egui::Context) -> Choice {
    notice_ui(ctx, "about", 380.0, "Trailmap", |ui| {
        ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
        ui.add_space(6.0);
        ui.label(
            "A local-first editor for customer journey maps: stages, lanes, touchpoints, \
             personas and emotions, saved as readable .journey.ron files.",
        );
        ui.add_space(6.0);
        ui.label(RichText::new("Text is set in Noto Sans (SIL Open Font License 1.1).").weak());
    })
}
