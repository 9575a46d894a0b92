//! The open map's file on disk: seeing when someone else changes, deletes or moves it, reloading
//! it, and never saving over a change nobody looked at.
//!
//! Two ways to notice, because neither is enough alone: `notify` watches the file's folder (an
//! editor's or our own atomic save replaces the file by a rename, which a watch on the file
//! itself would lose), and a thread fingerprints the file every [`POLL`], because network and
//! synced folders deliver no events. Both only raise a flag and wake the window (a thread, not
//! a timed repaint: an idle window costs no frames, and a window the system does not repaint
//! still hears of the change); the check itself runs on the UI thread, where it compares the
//! file with the [`Fingerprint`] of what we loaded or last saved, so our own saves are never
//! taken for someone else's.
//!
//! A reload is one undo step ([`Command::ReplaceMap`]): Undo brings back what the window showed
//! before, whether that was an older clean state or unsaved work the user chose to put aside.
//! Zoom, scroll and the selection (of ids that still exist) stay.
//!
//! Never here: words (they come from `tr!`), blocking dialogs, the writing itself (`save_to` in
//! files.rs, atomic through `crate::file`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use egui::Key;
use notify::Watcher as _;

use super::TrailmapApp;
use super::dialogs::Modal;
use super::files::Pending;
use crate::edit::Command;
use crate::file::{DiskState, Fingerprint};
use crate::model::Map;
use crate::tr;

/// How often the file is compared even without an event (network and synced folders).
pub const POLL: Duration = Duration::from_secs(1);

/// How long a file must stay missing before it counts as deleted: some editors save by
/// removing the file and writing a new one a moment later.
const MISSING_GRACE: Duration = Duration::from_millis(300);

/// How many of the file's changes the question lists before "…and N more".
const MAX_CHANGES_LISTED: usize = 8;

/// What the window knows about the open map's file.
#[derive(Default)]
pub struct FileWatch {
    /// The file watched, if the map has one.
    path: Option<PathBuf>,
    /// What the file held when it was loaded or last saved.
    known: Option<Fingerprint>,
    /// A changed version of the file that was already reported (asked about, kept, or
    /// unreadable): not reported again until the file changes once more.
    reported: Option<Fingerprint>,
    /// The changed version the user chose to keep their map over: the next save may replace it
    /// without asking.
    overwrite: Option<Fingerprint>,
    /// The map as the file held it when it was loaded, saved or merged: the common ancestor
    /// when "Merge both" merges the file's new version into the map three-way.
    base: Option<Arc<Map>>,
    /// Since when the file has been missing, and whether that was said.
    missing: Option<(Instant, bool)>,
    /// The folder watch; `None` where it could not start (then the poll alone notices).
    watcher: Option<notify::RecommendedWatcher>,
    /// Set by the watcher's or the poll's thread when something happened to the file.
    woken: Arc<AtomicBool>,
    /// The poll thread; it ends when this is dropped.
    poll: Option<PollThread>,
}

impl std::fmt::Debug for FileWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileWatch")
            .field("path", &self.path)
            .field("known", &self.known)
            .field("watching", &self.watcher.is_some())
            .finish_non_exhaustive()
    }
}

impl FileWatch {
    /// Starts watching `path`, which holds `known` now (just loaded or saved). A watch of
    /// another file ends.
    pub fn start(&mut self, ctx: &egui::Context, path: &Path, known: Fingerprint) {
        if self.path.as_deref() != Some(path) {
            self.watcher = watch_folder(ctx, path, &self.woken);
            self.poll = PollThread::start(ctx, path, &self.woken);
            self.path = Some(path.to_owned());
        }
        self.known = Some(known);
        self.reported = None;
        self.overwrite = None;
        self.missing = None;
    }

    /// What `path` held when it was loaded or last saved, if it is the file watched (the
    /// recovery copies keep it, so a recovered map still knows what it was based on).
    pub fn known_for(&self, path: &Path) -> Option<Fingerprint> {
        self.known.filter(|_| self.path.as_deref() == Some(path))
    }

    /// Stops watching (the map has no file any more, or another map replaced it).
    pub fn stop(&mut self) {
        *self = Self::default();
    }

    /// Whether the file should be compared now: the watcher or the poll saw something.
    fn due(&mut self) -> bool {
        self.woken.swap(false, Ordering::Relaxed) && self.path.is_some()
    }
}

/// A thread that fingerprints the file every [`POLL`] and wakes the window when the reading
/// differs from the one before (or the file stays missing, so the grace period can end). Its
/// own readings are all it compares: what counts as a change is decided on the UI thread.
#[derive(Debug)]
struct PollThread {
    stop: Arc<AtomicBool>,
}

impl PollThread {
    fn start(ctx: &egui::Context, path: &Path, woken: &Arc<AtomicBool>) -> Option<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let (ctx, path, woken, done) = (
            ctx.clone(),
            path.to_owned(),
            Arc::clone(woken),
            Arc::clone(&stop),
        );
        let read = move || Fingerprint::read(&path).map_err(|e| e.kind());
        std::thread::Builder::new()
            .name("map file poll".to_owned())
            .spawn(move || {
                let mut last = read();
                loop {
                    std::thread::sleep(POLL);
                    if done.load(Ordering::Relaxed) {
                        return;
                    }
                    let now = read();
                    let missing = matches!(now, Err(std::io::ErrorKind::NotFound));
                    if now != last || missing {
                        woken.store(true, Ordering::Relaxed);
                        ctx.request_repaint();
                    }
                    last = now;
                }
            })
            .ok()?;
        Some(Self { stop })
    }
}

impl Drop for PollThread {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// Watches the folder of `path` and wakes the window when an event names the file.
fn watch_folder(
    ctx: &egui::Context,
    path: &Path,
    woken: &Arc<AtomicBool>,
) -> Option<notify::RecommendedWatcher> {
    let name = path.file_name()?.to_owned();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let ctx = ctx.clone();
    let woken = Arc::clone(woken);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        use notify::event::{AccessKind, AccessMode, EventKind};
        let ours = match &event {
            // Reading the file (our own checks included) is no change; a writer closing it is.
            Ok(e)
                if matches!(e.kind, EventKind::Access(kind)
                if kind != AccessKind::Close(AccessMode::Write)) =>
            {
                false
            }
            Ok(e) => e.paths.iter().any(|p| p.file_name() == Some(&name)),
            // A lost or overflowing watch: look, to be sure.
            Err(_) => true,
        };
        if ours {
            woken.store(true, Ordering::Relaxed);
            ctx.request_repaint();
        }
    })
    .ok()?;
    watcher
        .watch(&folder, notify::RecursiveMode::NonRecursive)
        .ok()?;
    Some(watcher)
}

/// A question about the file on disk, asked in a modal.
#[derive(Debug)]
pub enum Question {
    /// The file changed while the map has unsaved changes.
    Changed {
        /// What changed in the file since it was loaded or saved, one line each (the first few).
        changes: Vec<String>,
        /// Whether both versions can be merged (the version they started from is known).
        can_merge: bool,
    },
    /// Save was asked for, but the file changed since it was loaded or saved; `then` runs after
    /// a save.
    BeforeSave {
        /// The file to save to.
        path: PathBuf,
        /// What to do once saved.
        then: Option<Pending>,
    },
}

/// What the user answered.
#[derive(Debug)]
pub enum Answer {
    /// Still deciding.
    Open,
    /// Load the file as it is on disk now; the map's state before stays one Undo away.
    ReloadTheirs,
    /// Keep the map as it is; the next save replaces the file knowingly.
    KeepMine,
    /// Merge the file's new version into the map, three-way; conflicts go to the conflicts
    /// panel. One undo step.
    MergeBoth,
    /// Save over the changed file.
    OverwriteTheirs,
    /// Do nothing now (Cancel, Esc); a later save asks again.
    Later,
}

impl TrailmapApp {
    /// Starts watching the file the map was just loaded from or saved to.
    /// The map must be what the file holds now (it was just loaded from or saved to it): it
    /// becomes the base of a later "Merge both".
    pub(crate) fn watch_file(&mut self, path: &Path, known: Fingerprint) {
        let ctx = self.ctx.clone();
        self.watch.start(&ctx, path, known);
        // Shared with the document until it changes: no copy while the map is as saved.
        self.watch.base = Some(self.doc.shared_map());
    }

    /// The question to ask when the file changed under unsaved changes: with what changed in
    /// it, in the window's words, when the file can be read.
    fn changed_question(&self, path: &Path) -> Question {
        let theirs = crate::file::load_with_fingerprint(path).ok();
        let changes = match (&self.watch.base, &theirs) {
            (Some(base), Some((theirs, _))) => {
                super::diff_words::summary(base, theirs, MAX_CHANGES_LISTED)
            }
            _ => Vec::new(),
        };
        Question::Changed {
            changes,
            can_merge: self.watch.base.is_some() && theirs.is_some(),
        }
    }

    /// Merges the file's new version into the map: base is the version loaded or saved last,
    /// ours the map, theirs the file. One undo step; the map stays unsaved, and the file's
    /// version becomes the base of the next merge, so saving no longer asks about it.
    fn merge_from_disk(&mut self) {
        let (Some(path), Some(base)) = (self.watch.path.clone(), self.watch.base.clone()) else {
            return;
        };
        let file = self.doc.display_name();
        let (theirs, now) = match crate::file::load_with_fingerprint(&path) {
            Ok(loaded) => loaded,
            Err(e) => {
                let reason = super::error_words::load_error(&e);
                self.error(tr!("watch-unreadable", file = file, reason = reason));
                return;
            }
        };
        let merged = crate::merge::merge(&base, self.doc.map(), &theirs);
        let conflicts = merged.conflicts.len();
        self.canvas.cancel_interaction(&mut self.doc);
        self.doc.end_group();
        if merged.map != *self.doc.map() {
            if let Err(e) = self.doc.apply(Command::ReplaceMap(Box::new(merged.map))) {
                self.error(tr!(
                    "status-refused",
                    reason = super::error_words::edit_error(&e)
                ));
                return;
            }
            self.view.selection.retain_existing(self.doc.map());
        }
        self.watch.known = Some(now);
        self.watch.base = Some(Arc::new(theirs));
        self.watch.reported = None;
        self.watch.overwrite = None;
        if conflicts == 0 {
            self.notify(tr!("watch-merged", file = file));
        } else {
            self.error(tr!(
                "watch-merged-conflicts",
                file = file,
                count = conflicts
            ));
        }
    }

    /// Compares the file with what we know of it when the watcher or the poll says so, and
    /// acts: reloads a clean map, asks about a dirty one, says when the file is gone. Called
    /// once a frame, after the frame's commands, so a save pressed in the same frame asks its
    /// own question first.
    pub(crate) fn check_file_on_disk(&mut self) {
        // A question already open (or a dialog) waits; the file is read again afterwards.
        if self.modal.is_some() || self.picker.is_some() || !self.watch.due() {
            return;
        }
        let (Some(path), Some(known)) = (self.watch.path.clone(), self.watch.known) else {
            return;
        };
        // This frame is already drawn: what the check changes (the map, a question, the status
        // bar) shows in the next one, which nothing else may ask for.
        self.ctx.request_repaint();
        match known.compare(&path) {
            DiskState::Unchanged => self.watch.missing = None,
            DiskState::Unreadable(_) => {}
            DiskState::Missing => self.file_missing(),
            DiskState::Changed(now) => {
                self.watch.missing = None;
                if self.watch.reported == Some(now) || self.watch.overwrite == Some(now) {
                    return;
                }
                self.watch.reported = Some(now);
                if self.doc.is_dirty() {
                    self.modal = Some(Modal::OnDisk(self.changed_question(&path)));
                } else if self.reload_from_disk(&path) {
                    let file = self.doc.display_name();
                    self.notify(tr!("watch-reloaded", file = file));
                }
            }
        }
    }

    /// The file is not there: once it stays away, say so and keep the map as unsaved work.
    fn file_missing(&mut self) {
        let now = Instant::now();
        match self.watch.missing {
            // The poll wakes the window again while the file stays missing.
            None => self.watch.missing = Some((now, false)),
            Some((since, false)) if now.duration_since(since) >= MISSING_GRACE => {
                self.watch.missing = Some((since, true));
                self.watch.reported = None;
                self.watch.overwrite = None;
                self.doc.mark_unsaved();
                let file = self.doc.display_name();
                self.error(tr!("watch-missing", file = file));
            }
            Some(_) => {}
        }
    }

    /// Loads the file as it is now in place of the map, as one undo step, and marks the map
    /// saved. False (with the reason in the status bar) when the file cannot be read or is not
    /// a valid map, e.g. while another program is still writing it.
    fn reload_from_disk(&mut self, path: &Path) -> bool {
        let loaded = crate::file::read_with_fingerprint(path)
            .map_err(|source| crate::file::LoadError::Io { source })
            .and_then(|(bytes, now)| {
                // Said once per version of the file (the bytes that failed, not a later
                // read); the next change is tried again.
                self.watch.reported = Some(now);
                crate::file::load_bytes(&bytes).map(|map| (map, now))
            });
        let (map, now) = match loaded {
            Ok(loaded) => loaded,
            Err(e) => {
                let file = self.doc.display_name();
                let reason = super::error_words::load_error(&e);
                self.error(tr!("watch-unreadable", file = file, reason = reason));
                return false;
            }
        };
        self.canvas.cancel_interaction(&mut self.doc);
        self.doc.end_group();
        if map != *self.doc.map() {
            if let Err(e) = self.doc.apply(Command::ReplaceMap(Box::new(map))) {
                self.error(tr!(
                    "status-refused",
                    reason = super::error_words::edit_error(&e)
                ));
                return false;
            }
            self.view.selection.retain_existing(self.doc.map());
        }
        self.doc.mark_saved(path.to_owned());
        self.watch_file(path, now);
        true
    }

    /// Saves to `path` unless the file there changed since it was loaded or saved and nobody
    /// chose to replace that change: then asks first. A file the map was not loaded from
    /// (Save As elsewhere) is saved as before.
    pub(crate) fn save_checked(&mut self, path: &Path, then: Option<Pending>) {
        if self.ask_before_overwriting(path, then.clone()) {
            return;
        }
        if self.save_to(path)
            && let Some(action) = then
        {
            self.carry_out(action);
        }
    }

    /// Whether writing the map to `path` would replace a change nobody looked at (the file we
    /// loaded or saved changed since, and Keep mine or Overwrite theirs did not choose that
    /// version); then the question is open and true returned. `save_to` asks this too, so no
    /// way of writing the open file (a later autosave to it included) can skip it.
    pub(crate) fn ask_before_overwriting(&mut self, path: &Path, then: Option<Pending>) -> bool {
        if self.watch.path.as_deref() == Some(path)
            && let Some(known) = self.watch.known
            && let DiskState::Changed(now) = known.compare(path)
            && self.watch.overwrite != Some(now)
        {
            self.watch.reported = Some(now);
            self.modal = Some(Modal::OnDisk(Question::BeforeSave {
                path: path.to_owned(),
                then,
            }));
            return true;
        }
        false
    }

    /// Acts on the answer to a question about the file on disk.
    pub(crate) fn answer_on_disk(&mut self, question: Question, answer: Answer) {
        let file = self.doc.display_name();
        // The answer is about the file as it is now: a program that writes in pieces may have
        // finished only while the question was open, and must not bring the question back.
        if !matches!(answer, Answer::Open | Answer::ReloadTheirs)
            && let Some(path) = &self.watch.path
            && let Ok(now) = Fingerprint::read(path)
        {
            self.watch.reported = Some(now);
        }
        match (answer, question) {
            (Answer::Open, question) => self.modal = Some(Modal::OnDisk(question)),
            (Answer::ReloadTheirs, _) => {
                if let Some(path) = self.watch.path.clone()
                    && self.reload_from_disk(&path)
                {
                    self.notify(tr!("watch-reloaded-undo", file = file));
                }
            }
            (Answer::MergeBoth, _) => self.merge_from_disk(),
            (Answer::KeepMine, _) => {
                self.watch.overwrite = self.watch.reported;
                self.notify(tr!("watch-kept-mine", file = file));
            }
            (Answer::OverwriteTheirs, Question::BeforeSave { path, then }) => {
                self.watch.overwrite = self.watch.reported;
                self.save_checked(&path, then);
            }
            (Answer::OverwriteTheirs, Question::Changed { .. }) | (Answer::Later, _) => {}
        }
    }
}

/// The modal for a question about the file on disk.
pub(crate) fn question_ui(ctx: &egui::Context, file: &str, question: &Question) -> Answer {
    let mut answer = Answer::Open;
    let (title, body) = match question {
        Question::Changed { .. } => (
            tr!("watch-changed-title"),
            tr!("watch-changed-body", file = file),
        ),
        Question::BeforeSave { .. } => {
            (tr!("watch-save-title"), tr!("watch-save-body", file = file))
        }
    };
    let response = egui::Modal::new(egui::Id::unique("file changed on disk")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        let opened =
            super::dialog_access::heading_ui(ui, title, super::dialog_access::DialogKind::Alert);
        // The answer that changes nothing has the keyboard.
        let focus = |button: &egui::Response| super::dialog_access::focus_on_open(opened, button);
        ui.add_space(6.0);
        ui.label(body);
        if let Question::Changed { changes, .. } = question
            && !changes.is_empty()
        {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(tr!("watch-their-changes")).strong());
            for line in changes {
                ui.label(format!("• {line}"));
            }
        }
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr!("watch-reload-keeps-yours")).weak());
        ui.add_space(12.0);
        ui.horizontal(|ui| match question {
            Question::Changed { can_merge, .. } => {
                if *can_merge
                    && ui
                        .button(tr!("watch-merge-both"))
                        .on_hover_text(tr!("watch-merge-both-tip"))
                        .clicked()
                {
                    answer = Answer::MergeBoth;
                }
                if ui.button(tr!("watch-reload-theirs")).clicked() {
                    answer = Answer::ReloadTheirs;
                }
                let keep = ui.button(tr!("watch-keep-mine"));
                focus(&keep);
                if keep.clicked() {
                    answer = Answer::KeepMine;
                }
            }
            Question::BeforeSave { .. } => {
                if ui.button(tr!("watch-overwrite-theirs")).clicked() {
                    answer = Answer::OverwriteTheirs;
                }
                if ui.button(tr!("watch-reload-theirs")).clicked() {
                    answer = Answer::ReloadTheirs;
                }
                let cancel = ui.button(tr!("dialog-cancel"));
                focus(&cancel);
                if cancel.clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                    answer = Answer::Later;
                }
            }
        });
    });
    if response.should_close() && matches!(answer, Answer::Open) {
        answer = Answer::Later;
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits up to `limit` for the flag, clearing it.
    fn woken_within(flag: &AtomicBool, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if flag.swap(false, Ordering::Relaxed) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn the_poll_alone_sees_a_change_within_two_seconds_as_on_a_network_share() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.journey.ron");
        std::fs::write(&path, "(format: 2)\n").unwrap();
        let ctx = egui::Context::default();
        let woken = Arc::new(AtomicBool::new(false));
        // No folder watch: only the poll thread.
        let poll = PollThread::start(&ctx, &path, &woken).expect("thread");
        // An untouched file wakes nobody.
        assert!(!woken_within(&woken, POLL + Duration::from_millis(300)));
        std::fs::write(&path, "(format: 2, title: \"x\")\n").unwrap();
        assert!(woken_within(&woken, Duration::from_secs(2)));
        std::fs::remove_file(&path).unwrap();
        assert!(woken_within(&woken, Duration::from_secs(2)));
        // Still missing: woken again, so the window can end its grace period.
        assert!(woken_within(&woken, Duration::from_secs(2)));
        drop(poll);
    }
}
