//! Opening and saving maps: native file dialogs (rfd, on a background thread so the window keeps
//! painting), a typed-path fallback where no dialog is available, dropped files, recent files, and
//! the "Save / Don't save / Cancel" question before anything would throw away unsaved work.
//!
//! Maps are only ever written to files the user chose; eframe's storage never holds a map.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::dialogs::Modal;
use super::document::Document;
use super::examples::EXAMPLES;
use super::{Notice, TrailmapApp};
use crate::tr;

/// Something that replaces the open map or closes the window, and so first asks about unsaved
/// changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// File > New.
    New,
    /// File > New from example.
    NewFromExample(usize),
    /// File > New from template: the template with this id, in the window's language.
    NewFromTemplate(&'static str),
    /// File > Open: show the file dialog.
    OpenDialog,
    /// File > Import: show the file dialog for spreadsheets and Mermaid files.
    ImportDialog,
    /// Open this file (recent list, dropped file).
    OpenPath(PathBuf),
    /// File > Close: leave the window empty, with the start choices.
    Close,
    /// Close the window.
    Quit,
}

/// What a chosen path is for.
#[derive(Clone, Debug, PartialEq)]
pub enum PathPurpose {
    /// Open the file.
    Open,
    /// Import the file as a new untitled map.
    Import,
    /// Save the map there, then carry on with `then` (the action that asked to save first).
    SaveAs {
        /// The action to run once saved.
        then: Option<Box<Pending>>,
    },
    /// Export the map there.
    Export(Box<super::exporting::ExportSetup>),
    /// Put the picture file on this card.
    Picture(crate::model::TouchpointId),
}

/// A native file dialog running on its own thread.
#[derive(Debug)]
pub struct Picker {
    purpose: PathPurpose,
    result: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// What the file dialogs offer to import (the extensions `interchange::Format` reads, and
/// `.txt`, whose content decides).
const IMPORTED_EXTENSIONS: [&str; 7] = ["csv", "tsv", "tab", "txt", "xlsx", "mmd", "mermaid"];

/// The map files' own extension as file dialogs filter it (they match the last dot only).
const MAP_FILTER: &str = "ron";

/// Whether a file opened or dropped as a map is one Trailmap imports instead: by extension,
/// or for `.txt` and extension-less files by what the content looks like.
pub(crate) fn is_importable(path: &Path) -> bool {
    if crate::interchange::Format::from_path(path).is_some() {
        return true;
    }
    let name = path.to_string_lossy().to_ascii_lowercase();
    if name.ends_with(".ron") {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        std::io::Read::read_to_end(&mut std::io::Read::take(f, 64 * 1024), &mut head)
    });
    read.is_ok() && crate::file::looks(&head).importable()
}

/// An answer faster than this is not a person pressing Cancel but a dialog that could not open
/// (no XDG portal, no zenity): fall back to typing the path.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(400);

/// Whether a native dialog can possibly open: the XDG portal needs a D-Bus session, the
/// fallback needs `zenity`.
fn native_dialog_possible() -> bool {
    let dbus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    dbus || zenity
}

/// Makes a typed or chosen name a map file name: `plan` becomes `plan.journey.ron`.
pub fn with_map_extension(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.ends_with(".ron") {
        path.to_owned()
    } else {
        path.with_file_name(format!("{name}.{}", crate::file::EXTENSION))
    }
}

/// A blank map for the window before anything is opened (and under a load error): the
/// classic template's stages and lanes in the language the window speaks, without its example
/// cards, arrows and personas, so no words are kept twice. Should the bundled template not
/// load (it is tested, so it does not), an empty map.
pub fn blank_map() -> crate::model::Map {
    let language = crate::app::i18n::language();
    let mut map = crate::templates::load(crate::templates::DEFAULT_TEMPLATE, language.tag())
        .unwrap_or_default();
    map.touchpoints.clear();
    map.connectors.clear();
    map.personas.clear();
    map.description.clear();
    map
}

impl TrailmapApp {
    /// Runs `action`, first asking Save / Don't save / Cancel if the map has unsaved changes.
    pub(crate) fn request(&mut self, action: Pending) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(action));
        } else {
            self.carry_out(action);
        }
    }

    /// Runs `action` now, unsaved changes or not.
    pub(crate) fn carry_out(&mut self, action: Pending) {
        match action {
            Pending::New => self.new_from_default_template(),
            Pending::NewFromTemplate(id) => self.new_from_template(id),
            Pending::NewFromExample(i) => {
                let Some(example) = EXAMPLES.get(i) else {
                    return;
                };
                match example.map() {
                    Ok(map) => {
                        let name = example.name();
                        self.notify(tr!("files-opened-example", example = name.as_str()));
                        self.replace_document(Document::untitled(map, &name));
                    }
                    Err(e) => self.error(format!(
                        "The {} is broken: {}",
                        example.name(),
                        super::error_words::load_error(&e)
                    )),
                }
            }
            Pending::OpenDialog => self.pick_path(PathPurpose::Open),
            Pending::ImportDialog => self.pick_path(PathPurpose::Import),
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::Close => {
                let name = self.doc.display_name();
                self.replace_document(Document::untitled(blank_map(), ""));
                self.closed = true;
                self.notify(tr!("files-closed", name = name));
            }
            Pending::Quit => {
                self.allow_close = true;
                self.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Opens a map file (or imports a spreadsheet or Mermaid file opened or dropped as one); on
    /// failure shows why and keeps the open map.
    pub(crate) fn open_path(&mut self, path: &Path) {
        if is_importable(path) {
            self.import_path(path);
            return;
        }
        match crate::file::load_with_fingerprint(path) {
            Ok((map, fingerprint)) => {
                // Said once, when the map opens: later notices take the status bar over.
                let undrawable = super::status::undrawable_notice(&map);
                self.replace_document(Document::from_file(map, path.to_owned()));
                self.watch_file(path, fingerprint);
                self.remember(path);
                self.notify(tr!("files-opened", path = path.display().to_string()));
                if let Some(warning) = undrawable {
                    self.error(warning);
                }
            }
            Err(e) => {
                if let crate::file::LoadError::Io { source } = &e
                    && source.kind() == std::io::ErrorKind::NotFound
                    && let Err(msg) = self.recent.remove(path)
                {
                    self.error(msg);
                }
                let problems = super::error_words::load_problems(&e);
                self.modal = Some(Modal::LoadFailed {
                    path: path.to_owned(),
                    problems,
                });
            }
        }
    }

    /// Makes a new untitled map from a spreadsheet or Mermaid file; what the import cut or
    /// ignored is listed, and on failure the open map stays.
    pub(crate) fn import_path(&mut self, path: &Path) {
        let options = crate::interchange::ImportOptions {
            sheet: None,
            language: super::i18n::language().tag().to_owned(),
        };
        match crate::interchange::import(path, &options) {
            Ok(imported) => {
                let map = imported.map;
                let name = map.title.clone();
                let cards = map.touchpoints.len();
                self.replace_document(Document::untitled(map, &name));
                self.import_folder = path.parent().map(Path::to_owned);
                self.notify(tr!(
                    "files-imported",
                    path = path.display().to_string(),
                    cards = cards
                ));
                if !imported.warnings.is_empty() {
                    self.modal = Some(Modal::ImportReport {
                        path: path.to_owned(),
                        lines: imported
                            .warnings
                            .iter()
                            .map(super::import_words::warning)
                            .collect(),
                        failed: false,
                    });
                }
            }
            Err(e) => {
                self.modal = Some(Modal::ImportReport {
                    path: path.to_owned(),
                    lines: vec![super::import_words::error(&e)],
                    failed: true,
                });
            }
        }
    }

    /// File > Save: to the current file, or ask for one.
    pub(crate) fn save(&mut self, then: Option<Pending>) {
        match self.doc.path().map(Path::to_owned) {
            // Asks first if someone changed the file since it was loaded or saved.
            Some(path) => self.save_checked(&path, then),
            None => self.pick_path(PathPurpose::SaveAs {
                then: then.map(Box::new),
            }),
        }
    }

    /// Writes the map to `path` atomically; true on success.
    pub(crate) fn save_to(&mut self, path: &Path) -> bool {
        self.doc.end_group();
        // Never over a change someone else made to the file since it was loaded or saved.
        if self.ask_before_overwriting(path, None) {
            return false;
        }
        match crate::file::save_with_fingerprint(self.doc.map(), path) {
            Ok(fingerprint) => {
                self.doc.mark_saved(path.to_owned());
                self.watch_file(path, fingerprint);
                self.remember(path);
                self.notify(tr!("files-saved", path = path.display().to_string()));
                true
            }
            Err(e) => {
                let e = super::error_words::save_error(&e);
                self.modal = Some(Modal::Error {
                    title: tr!("files-save-failed-title"),
                    message: format!("{e}\n\nThe map is still open; try another folder or name."),
                });
                false
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        if let Err(msg) = self.recent.add(path) {
            self.error(msg);
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.closed = false;
        self.import_folder = None;
        self.watch.stop();
        self.view.reset();
        self.canvas.reset();
    }

    /// Asks for a path: the native dialog when one can open, else the typed-path dialog.
    pub(crate) fn pick_path(&mut self, purpose: PathPurpose) {
        if !self.options.native_dialogs || !native_dialog_possible() {
            self.typed_path(purpose, &tr!("files-no-system-dialog"));
            return;
        }
        let title = match purpose {
            PathPurpose::Open => tr!("files-open-title"),
            PathPurpose::Import => tr!("files-import-title"),
            PathPurpose::SaveAs { .. } => tr!("files-save-as-title"),
            PathPurpose::Export(_) => tr!("files-export-title"),
            PathPurpose::Picture(_) => tr!("files-picture-title"),
        };
        let dir = self.start_dir();
        let (file_name, filter_name, extensions) = match &purpose {
            PathPurpose::Export(setup) => (
                self.suggested_export_name(setup.format),
                super::exporting::format_name(setup.format).to_owned(),
                vec![setup.format.extension()],
            ),
            PathPurpose::Import => (
                String::new(),
                tr!("files-filter-importable"),
                IMPORTED_EXTENSIONS.to_vec(),
            ),
            PathPurpose::Picture(_) => (
                String::new(),
                tr!("files-filter-pictures"),
                super::card_pictures::PICTURE_EXTENSIONS.to_vec(),
            ),
            PathPurpose::Open => (
                String::new(),
                tr!("files-filter-maps"),
                // A spreadsheet chosen in File > Open is imported, so offer them too.
                std::iter::once(MAP_FILTER)
                    .chain(IMPORTED_EXTENSIONS)
                    .collect(),
            ),
            PathPurpose::SaveAs { .. } => (
                self.suggested_file_name(),
                tr!("files-filter-maps"),
                vec![crate::file::EXTENSION],
            ),
        };
        let all_files = tr!("files-filter-all");
        let save = !matches!(purpose, PathPurpose::Open | PathPurpose::Picture(_));
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("file dialog".to_owned())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(title)
                    .add_filter(filter_name, &extensions)
                    .add_filter(all_files, &["*"]);
                if let Some(dir) = dir {
                    dialog = dialog.set_directory(dir);
                }
                let path = if save {
                    dialog.set_file_name(file_name).save_file()
                } else {
                    dialog.pick_file()
                };
                let _ = tx.send(path);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.picker = Some(Picker {
                    purpose,
                    result: rx,
                    started: Instant::now(),
                });
            }
            Err(e) => self.typed_path(
                purpose,
                &tr!("files-dialog-could-not-start", reason = e.to_string()),
            ),
        }
    }

    /// Where a file dialog starts: the open map's folder, else the last opened file's, else the
    /// user's documents or home folder.
    fn start_dir(&self) -> Option<PathBuf> {
        let from_file = |p: &Path| p.parent().filter(|d| d.is_dir()).map(Path::to_owned);
        self.doc
            .path()
            .and_then(from_file)
            .or_else(|| self.import_folder.clone().filter(|d| d.is_dir()))
            .or_else(|| self.recent.paths().first().and_then(|p| from_file(p)))
            .or_else(|| {
                directories::UserDirs::new().map(|u| {
                    u.document_dir()
                        .filter(|d| d.is_dir())
                        .unwrap_or(u.home_dir())
                        .to_owned()
                })
            })
            .or_else(|| std::env::current_dir().ok())
    }

    fn suggested_file_name(&self) -> String {
        format!("{}.{}", self.suggested_stem(), crate::file::EXTENSION)
    }

    /// The name a new file of this map starts from: the map file's own name once it has one,
    /// else its title made file-name-safe ("journey" for an untitled map). Saving and
    /// exporting suggest the same name.
    pub(crate) fn suggested_stem(&self) -> String {
        let from_path = self
            .doc
            .path()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .map(|n| {
                n.trim_end_matches(".ron")
                    .trim_end_matches(".journey")
                    .to_owned()
            })
            .filter(|s| !s.is_empty());
        from_path
            .or_else(|| Some(crate::file::slug(&self.doc.map().title)))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "journey".to_owned())
    }

    fn typed_path(&mut self, purpose: PathPurpose, note: &str) {
        let dir = self.start_dir();
        let text = match (&purpose, self.doc.path()) {
            (PathPurpose::SaveAs { .. }, Some(p)) => p.display().to_string(),
            (PathPurpose::SaveAs { .. }, None) => match &dir {
                Some(d) => d.join(self.suggested_file_name()).display().to_string(),
                None => self.suggested_file_name(),
            },
            (PathPurpose::Open | PathPurpose::Import | PathPurpose::Picture(_), _) => dir
                .map(|d| format!("{}{}", d.display(), std::path::MAIN_SEPARATOR))
                .unwrap_or_default(),
            (PathPurpose::Export(setup), _) => {
                let name = self.suggested_export_name(setup.format);
                match &dir {
                    Some(d) => d.join(name).display().to_string(),
                    None => name,
                }
            }
        };
        self.modal = Some(Modal::TypedPath {
            purpose,
            text,
            note: note.to_owned(),
        });
    }

    /// Checks the running file dialog; acts on its answer.
    pub(crate) fn poll_picker(&mut self) {
        let Some(picker) = &self.picker else {
            return;
        };
        let answer = match picker.result.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => None,
        };
        let Some(picker) = self.picker.take() else {
            return;
        };
        match answer {
            Some(path) => self.path_chosen(picker.purpose, &path),
            None if picker.started.elapsed() < TOO_FAST_FOR_A_PERSON => {
                self.typed_path(picker.purpose, &tr!("files-system-dialog-did-not-open"));
            }
            None => {} // cancelled
        }
    }

    /// Whether a native dialog is open (the window shows a note and ignores the map meanwhile).
    pub(crate) fn picker_open(&self) -> bool {
        self.picker.is_some()
    }

    /// Acts on a path from the dialog or typed by the user.
    pub(crate) fn path_chosen(&mut self, purpose: PathPurpose, path: &Path) {
        match purpose {
            PathPurpose::Open => self.open_path(path),
            PathPurpose::Import => self.import_path(path),
            PathPurpose::Picture(card) => {
                let target = super::card_pictures::PictureTarget::Card(card);
                self.add_picture_file(target, path);
            }
            PathPurpose::Export(setup) => self.start_export(*setup, path),
            PathPurpose::SaveAs { then } => {
                let path = with_map_extension(path);
                self.save_checked(&path, then.map(|action| *action));
            }
        }
    }

    /// Opens a `.journey.ron` dropped on the window (after asking about unsaved changes); any
    /// other file dropped on a card or a cell is added there as a picture (`card_pictures`).
    pub(crate) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        if let Some(first) = dropped.first()
            && !self.closed
        {
            let path = first.path().to_owned();
            let has_path = !path.as_os_str().is_empty();
            let map_file =
                has_path && (path.to_string_lossy().ends_with(".ron") || is_importable(&path));
            if !map_file {
                let pos = ctx.input(|i| i.pointer.latest_pos());
                match self.picture_target_at(pos) {
                    Some(target) => {
                        if has_path {
                            self.add_picture_file(target, &path);
                        } else if let Ok(bytes) = first.bytes() {
                            self.add_picture_bytes(target, &bytes, None);
                        }
                        if dropped.len() > 1 && !self.notice.as_ref().is_some_and(|n| n.error) {
                            self.notify(tr!("picture-dropped-several"));
                        }
                        return;
                    }
                    None if has_path && super::card_pictures::named_like_picture(&path) => {
                        self.error(tr!("picture-drop-where"));
                        return;
                    }
                    None => {}
                }
            }
        }
        let paths: Vec<PathBuf> = dropped
            .iter()
            .map(|f| f.path().to_owned())
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        match paths.as_slice() {
            [] => {}
            [path] => self.request(Pending::OpenPath(path.clone())),
            [path, ..] => {
                self.request(Pending::OpenPath(path.clone()));
                self.notice = Some(Notice::info(tr!("files-dropped-several")));
            }
        }
    }

    /// Turns a window close into the unsaved-changes question when there is unsaved work.
    pub(crate) fn handle_close_request(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if asked && !self.allow_close && self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Pending::Quit));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_get_the_map_extension_once() {
        assert_eq!(
            with_map_extension(Path::new("/a/plan")),
            PathBuf::from("/a/plan.journey.ron")
        );
        assert_eq!(
            with_map_extension(Path::new("/a/plan.journey.ron")),
            PathBuf::from("/a/plan.journey.ron")
        );
    }

    #[test]
    fn blank_map_is_valid() {
        assert!(blank_map().problems().is_empty());
    }
}
