//! Never lose an edit: the open map's unsaved changes are copied to the recovery store a moment
//! after each edit, on a background thread, and after a crash the next start offers them back.
//!
//! The schedule: a copy is written once edits pause for [`QUIET`], and at the latest [`LATEST`]
//! after the first edit it does not hold yet, so even non-stop typing is on disk within 5 s.
//! The frame only clones the map; the writer thread encodes and writes it, in order with the
//! deletions, so a copy never outlives a save. The copy goes when the map is saved, when its
//! changes are thrown away on purpose (Don't save, then New, Open or Quit) or undone; it stays
//! when the process dies. The clock is egui's (`InputState::time`), which tests move.
//!
//! Words only here and in the `## Recovery` part of the locale files; the store is
//! `crate::file::recovery` and knows nothing of windows.

use std::path::Path;
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, SystemTime};

use egui::{Key, RichText};

use super::TrailmapApp;
use super::document::Document;
use crate::file::recovery::{
    DocumentKey, FileBase, Orphan, RecoveryError, RecoveryStore, Run, Snapshot,
};
use crate::tr;

/// How long edits must pause before a copy is written.
pub const QUIET: f64 = 1.0;
/// How long after the first edit a copy lacks it is written anyway.
pub const LATEST: f64 = 5.0;

/// The recovery copies of this window: its run in the store, the writer thread, which
/// document the copy on disk is of, and what is offered from runs that died.
#[derive(Debug, Default)]
pub(crate) struct Recovery {
    store: Option<RecoveryStore>,
    writer: Option<Writer>,
    /// The open document as the schedule knows it.
    tracked: Option<Tracked>,
    /// Snapshots of dead runs still to offer (those not recovered or discarded yet).
    waiting: Vec<Orphan>,
    /// The user said Later: not offered again in this run.
    later: bool,
    /// Unsaved steps a recovered map brought with it (its history starts empty), by generation.
    recovered_steps: Option<(u64, usize)>,
    /// The writer's last write failed (said once, not every few seconds).
    failing: bool,
}

#[derive(Debug)]
struct Tracked {
    generation: u64,
    /// The revision last seen, to notice edits.
    revision: u64,
    /// When the last edit was seen.
    last_edit: f64,
    /// When the first edit the copy lacks was seen.
    first_unwritten: Option<f64>,
    /// The revision the copy on disk holds, if there is one.
    written: Option<u64>,
}

/// The recovery dialog's state, shown as a modal.
#[derive(Debug)]
pub struct Offer {
    orphans: Vec<Orphan>,
    selected: usize,
}

/// What the user chose in the recovery dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecoveryChoice {
    /// Nothing yet.
    Keep,
    /// Open the selected copy.
    Recover,
    /// Throw the selected copy away.
    Discard,
    /// Close the dialog; offer again at the next start.
    Later,
}

impl Recovery {
    /// Claims a run in the store at `root` (`None`: no recovery copies) and finds what dead runs
    /// left. Returns the words for files that could not be read, for the status bar.
    pub(crate) fn start(root: Option<&Path>, ctx: &egui::Context) -> (Self, Option<String>) {
        let Some(root) = root else {
            return (Self::default(), None);
        };
        let store = RecoveryStore::new(root);
        let run = match store.start_run() {
            Ok(run) => Some(run),
            Err(e) => {
                let words = tr!("recovery-unavailable", reason = error_text(&e));
                return (Self::default(), Some(words));
            }
        };
        let orphans = store.orphans(run.as_ref());
        let note = orphans.skipped.first().map(|s| {
            tr!(
                "recovery-skipped",
                count = orphans.skipped.len(),
                reason = error_text(&s.reason),
                path = s.file.display().to_string()
            )
        });
        let recovery = Self {
            writer: run.map(|run| Writer::start(run, ctx.clone())),
            store: Some(store),
            waiting: orphans.found,
            ..Self::default()
        };
        (recovery, note)
    }

    /// Blocks until every queued write and deletion is done (tests; the writer also finishes
    /// its queue when the window closes).
    pub(crate) fn flush(&self) {
        if let Some(w) = &self.writer {
            w.flush();
        }
    }
}

impl TrailmapApp {
    /// Once a frame: writes or deletes the open map's copy as the schedule says, reports a
    /// failed write, and opens the recovery dialog when copies wait and the window is free.
    pub(crate) fn recovery_tick(&mut self, ctx: &egui::Context) {
        self.report_recovery_writes();
        let now = ctx.input(|i| i.time);
        self.schedule_copy(ctx, now, false);
        let free = self.modal.is_none() && self.picker.is_none() && !self.doc.is_dirty();
        let r = &mut self.recovery;
        if free && !r.later && !r.waiting.is_empty() {
            self.modal = Some(super::dialogs::Modal::Recovery(Offer {
                orphans: std::mem::take(&mut r.waiting),
                selected: 0,
            }));
        }
    }

    /// Before every frame, and while the window is hidden (minimised or covered), when eframe
    /// runs no frames and egui's clock stands still: a hidden window is not being edited, so
    /// its unwritten edits are copied at once instead of when the (stopped) clock says.
    pub(crate) fn recovery_logic(&mut self, ctx: &egui::Context) {
        let (hidden, now) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.minimized == Some(true) || v.occluded == Some(true),
                i.time,
            )
        });
        if hidden {
            self.schedule_copy(ctx, now, true);
        }
    }

    /// Blocks until the recovery copies queued so far are written or deleted (for tests).
    pub fn flush_recovery(&self) {
        self.recovery.flush();
    }

    fn schedule_copy(&mut self, ctx: &egui::Context, now: f64, at_once: bool) {
        let (generation, revision) = self.doc.cache_key();
        let Some(writer) = &self.recovery.writer else {
            return;
        };
        let tracked = match &mut self.recovery.tracked {
            Some(t) if t.generation == generation => t,
            slot => {
                // Another map is open: the old one was saved or thrown away on purpose.
                if let Some(old) = slot.take()
                    && old.written.is_some()
                {
                    writer.delete(DocumentKey(old.generation));
                }
                slot.insert(Tracked {
                    generation,
                    revision,
                    last_edit: now,
                    first_unwritten: None,
                    written: None,
                })
            }
        };
        // Saved, undone to the saved state, or quitting after Don't save: no copy is needed.
        if !self.doc.is_dirty() || self.allow_close {
            if tracked.written.take().is_some() {
                writer.delete(DocumentKey(generation));
            }
            tracked.first_unwritten = None;
            self.recovery.recovered_steps = None;
            return;
        }
        if tracked.revision != revision {
            tracked.revision = revision;
            tracked.last_edit = now;
            tracked.first_unwritten.get_or_insert(now);
        }
        if tracked.written == Some(revision) {
            return;
        }
        let first = *tracked.first_unwritten.get_or_insert(now);
        let due = (tracked.last_edit + QUIET).min(first + LATEST);
        if now < due && !at_once {
            ctx.request_repaint_after(Duration::from_secs_f64(due - now));
            return;
        }
        let extra = match self.recovery.recovered_steps {
            Some((g, n)) if g == generation => n,
            _ => 0,
        };
        let name = match self.doc.path() {
            Some(_) => String::new(),
            None => self.doc.display_name(),
        };
        // The frame pays for the clone; the writer thread encodes and writes.
        let snapshot = Snapshot::new(
            self.doc.map().clone(),
            self.doc.path().map(Path::to_owned),
            &name,
            self.doc.history().unsaved_steps() + extra,
        );
        let snapshot = Snapshot {
            base: self
                .doc
                .path()
                .and_then(|p| self.watch.known_for(p))
                .map(FileBase::from),
            ..snapshot
        };
        writer.write(DocumentKey(generation), snapshot);
        tracked.written = Some(revision);
        tracked.first_unwritten = None;
    }

    fn report_recovery_writes(&mut self) {
        let Some(writer) = &self.recovery.writer else {
            return;
        };
        let mut failed = None;
        let mut succeeded = false;
        while let Ok(result) = writer.results.try_recv() {
            match result {
                Ok(()) => succeeded = true,
                Err(e) => failed = Some(e),
            }
        }
        match failed {
            Some(e) if !self.recovery.failing => {
                self.recovery.failing = true;
                self.error(tr!("recovery-write-failed", reason = error_text(&e)));
            }
            Some(_) => {}
            None if succeeded => self.recovery.failing = false,
            None => {}
        }
    }

    /// Acts on the recovery dialog's answer.
    pub(crate) fn recovery_chosen(&mut self, mut offer: Offer, choice: RecoveryChoice) {
        let selected = offer.selected.min(offer.orphans.len().saturating_sub(1));
        match choice {
            RecoveryChoice::Keep => {
                self.modal = Some(super::dialogs::Modal::Recovery(offer));
            }
            RecoveryChoice::Later => {
                self.recovery.later = true;
                self.recovery.waiting = offer.orphans;
            }
            RecoveryChoice::Discard => {
                if selected < offer.orphans.len() {
                    let orphan = offer.orphans.remove(selected);
                    if let Some(store) = &self.recovery.store
                        && let Err(e) = store.discard(&orphan.file)
                    {
                        self.error(tr!("recovery-discard-failed", reason = error_text(&e)));
                    }
                }
                if !offer.orphans.is_empty() {
                    offer.selected = selected.min(offer.orphans.len() - 1);
                    self.modal = Some(super::dialogs::Modal::Recovery(offer));
                }
            }
            RecoveryChoice::Recover => {
                if selected >= offer.orphans.len() {
                    return;
                }
                let orphan = offer.orphans.remove(selected);
                self.recovery.waiting = offer.orphans;
                self.recover(orphan);
            }
        }
    }

    /// Opens a recovered map under its own path, unsaved; nothing is written to that file until
    /// the user saves. The copy becomes this window's own, so it stays protected meanwhile.
    fn recover(&mut self, orphan: Orphan) {
        let snapshot = orphan.snapshot.clone();
        let ago = ago_words(snapshot.written_at, SystemTime::now());
        let doc = recovered_document(snapshot.map, snapshot.path, &snapshot.name);
        self.replace_document(doc);
        // The file's name, short enough for the status bar beside the counts.
        let shown = self.doc.display_name();
        let (generation, revision) = self.doc.cache_key();
        let steps = usize::try_from(snapshot.unsaved_steps).unwrap_or(usize::MAX);
        self.recovery.recovered_steps = Some((generation, steps));
        let adopted = self
            .recovery
            .writer
            .as_ref()
            .is_some_and(|w| w.run.adopt(&orphan, DocumentKey(generation)).is_ok());
        self.recovery.tracked = Some(Tracked {
            generation,
            revision,
            last_edit: f64::NEG_INFINITY,
            // Not taken over (another window was quicker, or no store): write it at once.
            first_unwritten: (!adopted).then_some(f64::NEG_INFINITY),
            written: adopted.then_some(revision),
        });
        self.notify(tr!("recovery-recovered", name = shown.as_str(), ago = ago));
        // What the copy was based on: a save asks before replacing a change made since (the
        // watch compares), and the status bar says so now.
        if let (Some(path), Some(base)) = (self.doc.path().map(Path::to_owned), snapshot.base) {
            let base = crate::file::Fingerprint::from(base);
            self.watch_file(&path, base);
            if matches!(base.compare(&path), crate::file::DiskState::Changed(_)) {
                self.error(tr!("recovery-changed-since", name = shown));
            }
        }
    }
}

/// A map brought back from a recovery copy: it belongs to `path` (if any) but differs from it,
/// so it is unsaved until the user saves it.
fn recovered_document(
    map: crate::model::Map,
    path: Option<std::path::PathBuf>,
    name: &str,
) -> Document {
    let mut doc = match path {
        Some(path) => Document::from_file(map, path),
        None => Document::untitled(map, name),
    };
    doc.mark_unsaved();
    doc
}

/// The recovery dialog: the copies waiting, one selected; Recover (Enter), Discard, Later.
pub(crate) fn recovery_dialog_ui(ctx: &egui::Context, offer: &mut Offer) -> RecoveryChoice {
    let mut choice = RecoveryChoice::Keep;
    let now = SystemTime::now();
    let response = egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        let opened = super::dialog_access::heading_ui(
            ui,
            tr!("recovery-title"),
            super::dialog_access::DialogKind::Alert,
        );
        ui.add_space(6.0);
        ui.label(tr!("recovery-intro", count = offer.orphans.len()));
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for (i, orphan) in offer.orphans.iter().enumerate() {
                    let s = &orphan.snapshot;
                    let place = s
                        .path
                        .as_ref()
                        .map_or_else(|| tr!("recovery-never-saved"), |p| p.display().to_string());
                    let line = tr!(
                        "recovery-details",
                        ago = ago_words(s.written_at, now),
                        steps = s.unsaved_steps
                    );
                    let text = format!("{}\n{place}\n{line}", map_name(s));
                    let row = ui.selectable_label(offer.selected == i, text);
                    if row.clicked() {
                        offer.selected = i;
                    }
                }
            });
        let last = offer.orphans.len().saturating_sub(1);
        ui.input(|i| {
            if i.key_pressed(Key::ArrowDown) {
                offer.selected = (offer.selected + 1).min(last);
            }
            if i.key_pressed(Key::ArrowUp) {
                offer.selected = offer.selected.saturating_sub(1);
            }
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // The default answer looks it: filled like the selected row it recovers.
            let recover = ui.add(
                egui::Button::new(RichText::new(tr!("recovery-recover")).strong())
                    .fill(ui.visuals().selection.bg_fill),
            );
            super::dialog_access::focus_on_open(opened, &recover);
            if recover.clicked() || ui.input(|i| i.key_pressed(Key::Enter)) {
                choice = RecoveryChoice::Recover;
            }
            if ui.button(tr!("recovery-discard")).clicked() {
                choice = RecoveryChoice::Discard;
            }
            if ui.button(tr!("recovery-later")).clicked() {
                choice = RecoveryChoice::Later;
            }
        });
    });
    if response.should_close() && choice == RecoveryChoice::Keep {
        choice = RecoveryChoice::Later;
    }
    choice
}

/// What the dialog calls a copy: the map's title, else its file's name, else its old name.
fn map_name(s: &Snapshot) -> String {
    let file = s
        .path
        .as_ref()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    [
        Some(s.map.title.trim().to_owned()),
        file,
        Some(s.name.clone()),
    ]
    .into_iter()
    .flatten()
    .find(|n| !n.is_empty())
    .unwrap_or_else(|| tr!("window-untitled"))
}

/// "5 minutes ago", in the window's language.
fn ago_words(then: SystemTime, now: SystemTime) -> String {
    let secs = now.duration_since(then).map_or(0, |d| d.as_secs());
    match secs {
        0..60 => tr!("recovery-ago-now"),
        60..3600 => tr!("recovery-ago-minutes", count = secs / 60),
        3600..172_800 => tr!("recovery-ago-hours", count = secs / 3600),
        _ => tr!("recovery-ago-days", count = secs / 86_400),
    }
}

/// A recovery error in the window's language.
fn error_text(e: &RecoveryError) -> String {
    match e {
        RecoveryError::Io { path, source } => tr!(
            "recovery-error-io",
            reason = source.to_string(),
            path = path.display().to_string()
        ),
        RecoveryError::Encode(m) => tr!("recovery-error-encode", reason = m.as_str()),
        RecoveryError::NotAFile => tr!("recovery-error-not-a-file"),
        RecoveryError::TooLarge { size, limit } => {
            tr!("recovery-error-too-large", size = *size, limit = *limit)
        }
        RecoveryError::Syntax {
            line,
            column,
            message,
        } => tr!(
            "recovery-error-syntax",
            line = *line,
            column = *column,
            reason = message.as_str()
        ),
        RecoveryError::NewerVersion { found, supported } => tr!(
            "recovery-error-newer",
            found = *found,
            supported = *supported
        ),
        RecoveryError::Map(e) => tr!(
            "recovery-error-map",
            reason = super::error_words::load_error(e)
        ),
    }
}

/// A job for the writer thread, done in the order sent.
enum Job {
    Write(DocumentKey, Box<Snapshot>),
    Delete(DocumentKey),
    Flush(Sender<()>),
}

/// The thread that writes and deletes recovery copies, so no frame waits for the disk.
#[derive(Debug)]
struct Writer {
    run: Run,
    jobs: Option<Sender<Job>>,
    results: Receiver<Result<(), RecoveryError>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Job::Write(k, _) => write!(f, "Write({k:?})"),
            Job::Delete(k) => write!(f, "Delete({k:?})"),
            Job::Flush(_) => write!(f, "Flush"),
        }
    }
}

impl Writer {
    /// Starts the thread; `ctx` is woken after each job so a failure shows without waiting.
    fn start(run: Run, ctx: egui::Context) -> Self {
        let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
        let (report, results) = std::sync::mpsc::channel();
        let thread_run = run.clone();
        let thread = std::thread::Builder::new()
            .name("recovery copies".to_owned())
            .spawn(move || {
                for job in inbox {
                    let result = match job {
                        Job::Write(key, snapshot) => thread_run.write(key, &snapshot).map(|_| ()),
                        Job::Delete(key) => thread_run.delete(key),
                        Job::Flush(done) => {
                            let _ = done.send(());
                            continue;
                        }
                    };
                    let _ = report.send(result);
                    ctx.request_repaint();
                }
            })
            .ok();
        Self {
            run,
            jobs: thread.as_ref().map(|_| jobs),
            results,
            thread,
        }
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            let _ = jobs.send(job);
        }
    }

    fn write(&self, key: DocumentKey, snapshot: Snapshot) {
        self.send(Job::Write(key, Box::new(snapshot)));
    }

    fn delete(&self, key: DocumentKey) {
        self.send(Job::Delete(key));
    }

    fn flush(&self) {
        let (done, wait) = std::sync::mpsc::channel();
        self.send(Job::Flush(done));
        let _ = wait.recv_timeout(Duration::from_secs(30));
    }
}

impl Drop for Writer {
    /// Finishes the queue (a deletion asked for on Quit must happen before the process ends).
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_in_words() {
        crate::app::i18n::set_language(crate::app::i18n::Language::English);
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000);
        let ago = |s| ago_words(now - Duration::from_secs(s), now);
        assert_eq!(ago(5), "just now");
        assert_eq!(ago(60), "1 minute ago");
        assert_eq!(ago(7200), "2 hours ago");
        assert_eq!(ago(3 * 86_400), "3 days ago");
        // A clock set back does not make a copy from the future.
        assert_eq!(ago_words(now + Duration::from_secs(60), now), "just now");
    }
}
