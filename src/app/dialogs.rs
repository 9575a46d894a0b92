//! Modal dialogs (unsaved changes, load errors, typed path, about) and the keyboard-shortcut
//! list. Each dialog only reports what the user chose; the app acts on it.

use std::path::PathBuf;

use egui::{Key, RichText};

use super::TrailmapApp;
use super::commands::{Menu, UICommand};
use super::dialog_access::{DialogKind, enter_for_default, focus_on_open, heading_ui};
use super::files::{PathPurpose, Pending};
use crate::tr;

/// The dialog that blocks the window, if any.
#[derive(Debug)]
pub enum Modal {
    /// "Save changes?" before `Pending` runs.
    Unsaved(Pending),
    /// The map's file changed on disk (src/app/watch.rs asks and acts).
    OnDisk(super::watch::Question),
    /// A file could not be opened; the open map stays.
    LoadFailed {
        /// The file.
        path: PathBuf,
        /// `path:line:col: message` lines.
        problems: Vec<String>,
    },
    /// An import failed (`failed`), or worked but cut or ignored something: the lines say
    /// what, with where.
    ImportReport {
        /// The imported file.
        path: PathBuf,
        /// One problem or warning per entry.
        lines: Vec<String>,
        /// Whether nothing was imported.
        failed: bool,
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
    /// Name a view being saved (`rename: None`) or renamed (View > Saved views).
    NameView {
        /// The view being renamed; `None` saves the current view.
        rename: Option<crate::model::ViewId>,
        /// The name typed so far.
        name: String,
        /// Why the last name was refused.
        error: Option<String>,
    },
    /// What Trailmap is.
    About,
    /// Unsaved maps of a run that died, offered back.
    Recovery(super::recovery::Offer),
}

/// What the user chose in a dialog.
enum Choice {
    Keep,
    Close,
    SaveThen(Pending),
    DiscardThen(Pending),
    OnDisk(super::watch::Answer),
    Path(PathPurpose, PathBuf),
    Export(super::exporting::ExportSetup),
    Recovery(super::recovery::RecoveryChoice),
    ViewName(Option<crate::model::ViewId>, String),
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
        let choice = match modal {
            Modal::Export(setup) => {
                let map = self.doc.map();
                match super::exporting::export_dialog_ui(ctx, setup, map, &export_name) {
                    super::exporting::ExportChoice::Keep => Choice::Keep,
                    super::exporting::ExportChoice::Cancel => Choice::Close,
                    super::exporting::ExportChoice::Export(s) => Choice::Export(s),
                }
            }
            Modal::Unsaved(pending) => unsaved_ui(ctx, &file_name, pending),
            Modal::OnDisk(question) => match super::watch::question_ui(ctx, &file_name, question) {
                super::watch::Answer::Open => Choice::Keep,
                answer => Choice::OnDisk(answer),
            },
            Modal::LoadFailed { path, problems } => load_failed_ui(ctx, path, problems),
            Modal::ImportReport {
                path,
                lines,
                failed,
            } => import_report_ui(ctx, path, lines, *failed),
            Modal::Error { title, message } => message_ui(ctx, title, message),
            Modal::TypedPath {
                purpose,
                text,
                note,
            } => typed_path_ui(ctx, purpose, text, note),
            Modal::NameView {
                rename,
                name,
                error,
            } => match super::saved_views::name_view_ui(
                ctx,
                rename.is_some(),
                name,
                error.as_deref(),
            ) {
                super::saved_views::Named::Keep => Choice::Keep,
                super::saved_views::Named::Cancel => Choice::Close,
                super::saved_views::Named::Name(name) => Choice::ViewName(*rename, name),
            },
            Modal::About => about_ui(ctx),
            Modal::Recovery(offer) => match super::recovery::recovery_dialog_ui(ctx, offer) {
                super::recovery::RecoveryChoice::Keep => Choice::Keep,
                choice => Choice::Recovery(choice),
            },
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
            Choice::OnDisk(answer) => {
                if let Some(Modal::OnDisk(question)) = self.modal.take() {
                    self.answer_on_disk(question, answer);
                }
            }
            Choice::Path(purpose, path) => {
                self.modal = None;
                self.path_chosen(purpose, &path);
            }
            Choice::Export(setup) => {
                self.modal = None;
                self.pick_path(PathPurpose::Export(Box::new(setup)));
            }
            Choice::ViewName(rename, name) => match self.view_name_problem(&name, rename) {
                Some(problem) => {
                    if let Some(Modal::NameView { error, .. }) = &mut self.modal {
                        *error = Some(problem);
                    }
                }
                None => {
                    self.modal = None;
                    self.view_named(rename, &name);
                }
            },
            Choice::Recovery(choice) => {
                if let Some(Modal::Recovery(offer)) = self.modal.take() {
                    self.recovery_chosen(offer, choice);
                }
            }
        }
    }

    /// The list of every shortcut, from the command table.
    pub(crate) fn shortcuts_window_ui(&mut self, ctx: &egui::Context) {
        /// Widest a command's name or description runs before it wraps.
        const SHORTCUT_NAME_WIDTH: f32 = 420.0;
        let mut open = self.show_shortcuts;
        // The window sizes itself to the list only after a first pass, which would show for a
        // frame cut off at a guessed width: lay it out once unseen.
        let shown = egui::Id::unique("keyboard shortcuts shown on frame");
        let frame = ctx.cumulative_frame_nr();
        let last = ctx.data(|d| d.get_temp::<u64>(shown));
        if last.is_none_or(|l| l.saturating_add(1) < frame) {
            ctx.request_discard("the keyboard shortcuts window sizes itself");
        }
        ctx.data_mut(|d| d.insert_temp(shown, frame));
        egui::Window::new(tr!("dialog-shortcuts-title"))
            .id(egui::Id::unique("keyboard shortcuts"))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .default_pos(ctx.content_rect().center() - egui::vec2(180.0, 220.0))
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(480.0)
                    .show(ui, |ui| {
                        // Long descriptions wrap, so the window stays inside any window.
                        egui::Grid::new("shortcuts")
                            .num_columns(2)
                            .max_col_width(SHORTCUT_NAME_WIDTH)
                            .striped(true)
                            .spacing([24.0, 4.0])
                            .show(ui, |ui| {
                                for cmd in UICommand::all() {
                                    let keys = cmd
                                        .shortcuts()
                                        .iter()
                                        .map(|s| crate::app::i18n::format_shortcut(ctx, s))
                                        .reduce(|first, second| {
                                            tr!(
                                                "dialog-shortcuts-either",
                                                first = first,
                                                second = second
                                            )
                                        });
                                    let Some(keys) = keys else {
                                        continue;
                                    };
                                    let name = match cmd.menu() {
                                        Menu::Hidden => cmd.tooltip().to_owned(),
                                        _ => cmd.text(),
                                    };
                                    ui.add(egui::Label::new(name).wrap());
                                    ui.label(RichText::new(keys).monospace());
                                    ui.end_row();
                                }
                                for (what, how) in GESTURES {
                                    ui.label(tr!(what));
                                    ui.label(RichText::new(tr!(how)).monospace());
                                    ui.end_row();
                                }
                            });
                    });
            });
        self.show_shortcuts = open;
    }
}

/// Mouse gestures on the canvas, listed with the shortcuts: the message ids of what each does
/// and how. Key names in the "how" stay as the shortcut column spells them (Ctrl, Shift, Space).
const GESTURES: &[(&str, &str)] = &[
    ("dialog-gesture-pan", "dialog-gesture-pan-how"),
    ("dialog-gesture-zoom", "dialog-gesture-zoom-how"),
    (
        "dialog-gesture-add-to-selection",
        "dialog-gesture-add-to-selection-how",
    ),
    (
        "dialog-gesture-select-area",
        "dialog-gesture-select-area-how",
    ),
    ("dialog-gesture-new-card", "dialog-gesture-new-card-how"),
    ("dialog-gesture-edit-title", "dialog-gesture-edit-title-how"),
    ("dialog-gesture-move-cards", "dialog-gesture-move-cards-how"),
    ("dialog-gesture-reorder", "dialog-gesture-reorder-how"),
    (
        "dialog-gesture-resize-stage",
        "dialog-gesture-resize-stage-how",
    ),
    ("dialog-gesture-connect", "dialog-gesture-connect-how"),
    ("dialog-gesture-emotion", "dialog-gesture-emotion-how"),
];

fn unsaved_ui(ctx: &egui::Context, file_name: &str, pending: &Pending) -> Choice {
    // One whole sentence per case, so each language can order its words.
    let question = match pending {
        Pending::Quit | Pending::Close => "dialog-unsaved-before-closing",
        Pending::New | Pending::NewFromExample(_) | Pending::NewFromTemplate(_) => {
            "dialog-unsaved-before-new"
        }
        Pending::OpenDialog | Pending::OpenPath(_) => "dialog-unsaved-before-open",
        Pending::ImportDialog => "dialog-unsaved-before-import",
    };
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique("unsaved changes")).show(ctx, |ui| {
        ui.set_max_width(380.0);
        let opened = heading_ui(ui, tr!("dialog-unsaved-title"), DialogKind::Alert);
        ui.add_space(6.0);
        ui.label(tr!(question, file = file_name));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Saving is the default: it loses nothing.
            let save = ui.button(tr!("dialog-save"));
            focus_on_open(opened, &save);
            if save.clicked() || enter_for_default(ui) {
                choice = Choice::SaveThen(pending.clone());
            }
            if ui.button(tr!("dialog-dont-save")).clicked() {
                choice = Choice::DiscardThen(pending.clone());
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
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
    let title = tr!("dialog-load-failed-title");
    let body = tr!("dialog-load-failed-body", path = path.display().to_string());
    problems_ui(ctx, "load failed", &title, &body, problems, true)
}

fn import_report_ui(
    ctx: &egui::Context,
    path: &std::path::Path,
    lines: &[String],
    failed: bool,
) -> Choice {
    let path = path.display().to_string();
    let (title, body) = if failed {
        (
            tr!("dialog-import-failed-title"),
            tr!("dialog-import-failed-body", path = path.as_str()),
        )
    } else {
        (
            tr!("dialog-import-warnings-title"),
            tr!(
                "dialog-import-warnings-body",
                path = path.as_str(),
                count = lines.len()
            ),
        )
    };
    problems_ui(ctx, "import report", &title, &body, lines, failed)
}

/// A notice with a sentence and a scrolling list of problems (red when they are errors).
fn problems_ui(
    ctx: &egui::Context,
    id: &str,
    title: &str,
    body: &str,
    problems: &[String],
    errors: bool,
) -> Choice {
    let kind = if errors {
        DialogKind::Alert
    } else {
        DialogKind::Dialog
    };
    notice_ui(ctx, id, 560.0, title, kind, |ui| {
        ui.label(body);
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .show(ui, |ui| {
                for p in problems {
                    let text = RichText::new(p).monospace();
                    ui.label(if errors {
                        text.color(ui.visuals().error_fg_color)
                    } else {
                        text
                    });
                }
            });
    })
}

fn message_ui(ctx: &egui::Context, title: &str, message: &str) -> Choice {
    notice_ui(ctx, "message", 480.0, title, DialogKind::Alert, |ui| {
        ui.label(message);
    })
}

/// A modal that tells something and has one way out: OK (which has the keyboard), Enter,
/// Esc or a click outside.
fn notice_ui(
    ctx: &egui::Context,
    id: &str,
    width: f32,
    title: &str,
    kind: DialogKind,
    body: impl FnOnce(&mut egui::Ui),
) -> Choice {
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(width);
        let opened = heading_ui(ui, title, kind);
        ui.add_space(6.0);
        body(ui);
        ui.add_space(12.0);
        let ok = ui.button(tr!("dialog-ok"));
        focus_on_open(opened, &ok);
        if ok.clicked() || enter_for_default(ui) {
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
        PathPurpose::Open => (tr!("files-open-title"), tr!("dialog-open")),
        PathPurpose::Import => (tr!("files-import-title"), tr!("dialog-import")),
        PathPurpose::SaveAs { .. } => (tr!("files-save-as-title"), tr!("dialog-save")),
        PathPurpose::Export(_) => (tr!("dialog-export-to-file-title"), tr!("dialog-export")),
        PathPurpose::Picture(_) => (tr!("files-picture-title"), tr!("dialog-add-picture")),
    };
    let mut choice = Choice::Keep;
    let response = egui::Modal::new(egui::Id::unique("typed path")).show(ctx, |ui| {
        ui.set_width(520.0);
        let opened = heading_ui(ui, title, DialogKind::Dialog);
        ui.add_space(6.0);
        ui.label(RichText::new(note).weak());
        ui.add_space(6.0);
        let label = ui.label(tr!("dialog-file-path"));
        let edit = ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(f32::INFINITY)
                .hint_text("/home/me/maps/shop.journey.ron"),
        );
        let edit = edit.labelled_by(label.id);
        // The field has the keyboard when the dialog opens; Tab then walks on to the buttons.
        focus_on_open(opened, &edit);
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(action));
            if (ok.clicked() || entered) && !text.trim().is_empty() {
                let path = expand_home(text.trim());
                choice = Choice::Path(purpose.clone(), path);
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
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
    notice_ui(ctx, "about", 380.0, "Trailmap", DialogKind::Dialog, |ui| {
        ui.label(tr!(
            "dialog-about-version",
            version = env!("CARGO_PKG_VERSION")
        ));
        ui.add_space(6.0);
        ui.label(tr!("dialog-about-text"));
        ui.add_space(6.0);
        ui.label(RichText::new(tr!("dialog-about-fonts")).weak());
    })
}
