//! Recovery copies: snapshots of maps with unsaved changes, so a crash, a kill or a power cut
//! never loses more than the last few seconds of work.
//!
//! The store is one folder (`$XDG_STATE_HOME/trailmap/recovery/` on Linux), never next to the
//! user's file. Each running editor claims a *run* in it: a lock file (`<pid>-<nonce>.lock`) it
//! holds locked while it lives, which the OS releases when the process ends in any way. Each
//! open map of that run has one snapshot, `<pid>-<nonce>-<key>.recovery.ron`, written atomically:
//! a RON wrapper with the original path, the time, the process id, the number of unsaved steps,
//! and the map as the text of a normal map file (so every map version, migration and check
//! applies to it). Snapshots of runs whose lock is free (or, without a lock file, whose process
//! is gone) are *orphans*, offered for recovery; a live editor's snapshots never are.
//!
//! This module decides nothing about when to snapshot (the app schedules that) and never
//! words anything: errors are data. Recovery files are untrusted input: a broken, huge or
//! hostile one is skipped with a reason, never a panic, and never deleted unasked.
//!
//! Limitations: a path that is not valid UTF-8 is not stored (the copy is recovered untitled,
//! under its file name); on systems without `/proc`, a run whose lock file vanished counts as
//! ended.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::LoadError;
use crate::model::Map;

/// The version of the recovery file's wrapper this build writes and reads.
pub const RECOVERY_VERSION: u32 = 1;

/// How recovery files end.
pub const SNAPSHOT_SUFFIX: &str = ".recovery.ron";

const LOCK_SUFFIX: &str = ".lock";

/// The largest recovery file read: a map file at its limit plus room for the wrapper.
pub const MAX_SNAPSHOT_BYTES: u64 = super::MAX_FILE_BYTES + 64 * 1024;

/// What can go wrong with a recovery file, as data; the window words it.
#[derive(Debug, thiserror::Error)]
pub enum RecoveryError {
    /// Reading, writing, renaming or removing failed.
    #[error("{source}: {}", .path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// The snapshot could not be written as RON (should not happen).
    #[error("could not encode the snapshot: {0}")]
    Encode(String),
    /// A link, folder or device where a recovery file belongs.
    #[error("not a regular file")]
    NotAFile,
    /// Larger than any recovery file can be.
    #[error("the file is {size} bytes; a recovery file may be at most {limit} bytes")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The wrapper is not RON of the expected shape (line and column in the recovery file).
    #[error("{line}:{column}: {message}")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Written by a newer Trailmap.
    #[error("recovery version {found}; this Trailmap reads {supported} and older")]
    NewerVersion {
        /// Version in the file.
        found: u32,
        /// Newest this build reads.
        supported: u32,
    },
    /// The map inside does not load (its own line and column).
    #[error("the map in it: {0}")]
    Map(#[from] LoadError),
}

/// A map and what the window needs to offer it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The map as it was when the snapshot was written.
    pub map: Map,
    /// The file the map belongs to; `None` for a map never saved.
    pub path: Option<PathBuf>,
    /// What that file held when the map was loaded or last saved, if known: a recovered map
    /// can then tell whether someone changed the file since.
    pub base: Option<FileBase>,
    /// The name an untitled map was shown under ("E-commerce example"); may be empty.
    pub name: String,
    /// When the snapshot was written.
    pub written_at: SystemTime,
    /// The process that wrote it.
    pub pid: u32,
    /// How many undo steps had not been saved.
    pub unsaved_steps: u32,
}

impl Snapshot {
    /// A snapshot of `map` written now by this process.
    pub fn new(map: Map, path: Option<PathBuf>, name: &str, unsaved_steps: usize) -> Self {
        Self {
            map,
            path,
            base: None,
            name: name.to_owned(),
            written_at: SystemTime::now(),
            pid: std::process::id(),
            unsaved_steps: u32::try_from(unsaved_steps).unwrap_or(u32::MAX),
        }
    }

    /// The text of the recovery file.
    pub fn to_text(&self) -> Result<String, RecoveryError> {
        let map = super::to_string(&self.map).map_err(|e| RecoveryError::Encode(e.to_string()))?;
        let path = self.path.as_deref().and_then(Path::to_str);
        let name = match (&self.path, path) {
            // Not storable as text: keep at least the file's name for the dialog.
            (Some(p), None) => p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            _ => self.name.clone(),
        };
        let wrapper = WrapperOut {
            recovery: RECOVERY_VERSION,
            pid: self.pid,
            written_at: self
                .written_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            unsaved_steps: self.unsaved_steps,
            path,
            base: self.base,
            name: &name,
            map: &map,
        };
        // Unescaped, the map inside stays a readable (raw) string of its own lines.
        let config = ron::ser::PrettyConfig::new()
            .indentor("    ")
            .new_line("\n")
            .escape_strings(false);
        let mut text = ron::ser::to_string_pretty(&wrapper, config)
            .map_err(|e| RecoveryError::Encode(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Reads the text of a recovery file; the map in it is checked like any map file.
    pub fn from_text(text: &str) -> Result<Self, RecoveryError> {
        let syntax = |e: ron::error::SpannedError| RecoveryError::Syntax {
            line: e.span.start.line.max(1),
            column: e.span.start.col.max(1),
            message: e.code.to_string(),
        };
        let probe: VersionProbe = ron::from_str(text).map_err(syntax)?;
        if probe.recovery > RECOVERY_VERSION || probe.recovery == 0 {
            return Err(RecoveryError::NewerVersion {
                found: probe.recovery,
                supported: RECOVERY_VERSION,
            });
        }
        let wrapper: WrapperIn = ron::from_str(text).map_err(syntax)?;
        let map = super::load_str(&wrapper.map)?;
        Ok(Self {
            map,
            path: wrapper.path.map(PathBuf::from),
            base: wrapper.base,
            name: wrapper.name,
            written_at: UNIX_EPOCH + Duration::from_secs(wrapper.written_at),
            pid: wrapper.pid,
            unsaved_steps: wrapper.unsaved_steps,
        })
    }
}

/// A file's content in brief, as [`crate::file::Fingerprint`] compares it: length and hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileBase {
    /// Length in bytes.
    pub len: u64,
    /// Hash of the bytes.
    pub hash: u64,
}

impl From<super::Fingerprint> for FileBase {
    fn from(f: super::Fingerprint) -> Self {
        Self {
            len: f.len,
            hash: f.hash,
        }
    }
}

impl From<FileBase> for super::Fingerprint {
    fn from(b: FileBase) -> Self {
        Self {
            len: b.len,
            modified: None,
            hash: b.hash,
        }
    }
}

/// The recovery file as written. Plain serde shapes; field order is the order in the file.
#[derive(Serialize)]
struct WrapperOut<'a> {
    recovery: u32,
    pid: u32,
    /// Seconds since 1970 (UTC).
    written_at: u64,
    unsaved_steps: u32,
    path: Option<&'a str>,
    base: Option<FileBase>,
    name: &'a str,
    map: &'a str,
}

#[derive(Deserialize)]
struct VersionProbe {
    recovery: u32,
}

#[derive(Deserialize)]
struct WrapperIn {
    #[allow(dead_code)] // read by the probe first
    recovery: u32,
    pid: u32,
    written_at: u64,
    #[serde(default)]
    unsaved_steps: u32,
    #[serde(default)]
    path: Option<String>,
    #[serde(default)]
    base: Option<FileBase>,
    #[serde(default)]
    name: String,
    map: String,
}

/// One running editor's claim on the store: snapshots written under it are never offered to
/// another editor while this value (or a clone, e.g. on a writer thread) lives.
#[derive(Clone, Debug)]
pub struct Run {
    inner: Arc<RunInner>,
}

#[derive(Debug)]
struct RunInner {
    root: PathBuf,
    id: RunId,
    /// Held locked while the run lives; `None` if the lock could not be made (then other
    /// editors fall back to asking whether our process is alive).
    lock: Option<File>,
}

impl Drop for RunInner {
    /// A run that ends with no snapshot left (every map saved or thrown away) takes its lock
    /// file along; one that left snapshots keeps it, and the next listing finds it free.
    fn drop(&mut self) {
        let prefix = format!("{}-", self.id.stem());
        let left = std::fs::read_dir(&self.root).map_or(true, |entries| {
            entries.flatten().any(|e| {
                e.file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(SNAPSHOT_SUFFIX))
            })
        });
        if self.lock.is_some() && !left {
            let _ =
                std::fs::remove_file(self.root.join(format!("{}{LOCK_SUFFIX}", self.id.stem())));
        }
    }
}

/// Which run wrote a snapshot: the process and a number unique within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RunId {
    /// The process id.
    pub pid: u32,
    /// Tells runs of one process (and of a reused pid) apart.
    pub nonce: u64,
}

impl RunId {
    fn stem(self) -> String {
        format!("{}-{}", self.pid, self.nonce)
    }
}

/// Which of a run's documents a snapshot is of; the app numbers its documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DocumentKey(pub u64);

/// A snapshot left by a run that did not end cleanly, ready to offer.
#[derive(Clone, Debug)]
pub struct Orphan {
    /// The recovery file.
    pub file: PathBuf,
    /// What it holds.
    pub snapshot: Snapshot,
}

/// A recovery file that could not be offered, and why. It is left where it is.
#[derive(Debug)]
pub struct Skipped {
    /// The file.
    pub file: PathBuf,
    /// Why it was skipped.
    pub reason: RecoveryError,
}

/// What [`RecoveryStore::orphans`] found.
#[derive(Debug, Default)]
pub struct Orphans {
    /// Snapshots to offer, newest first.
    pub found: Vec<Orphan>,
    /// Files of ended runs that could not be read.
    pub skipped: Vec<Skipped>,
}

/// The folder of recovery files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    root: PathBuf,
}

impl RecoveryStore {
    /// A store in `root` (tests pass a temporary folder). Nothing is created until written.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The usual place: `$XDG_STATE_HOME/trailmap/recovery` (`~/.local/state/...`) on Linux;
    /// where a system has no state folder (macOS, Windows), the local data folder.
    pub fn default_root() -> Option<PathBuf> {
        let dirs = directories::ProjectDirs::from("", "", "trailmap")?;
        let base = dirs.state_dir().unwrap_or(dirs.data_local_dir());
        Some(base.join("recovery"))
    }

    /// The folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Claims a new run: creates the folder (private to the user) and takes the run's lock.
    pub fn start_run(&self) -> Result<Run, RecoveryError> {
        create_private_dir(&self.root)?;
        let id = RunId {
            pid: std::process::id(),
            nonce: next_nonce(),
        };
        let lock_path = self.root.join(format!("{}{LOCK_SUFFIX}", id.stem()));
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .ok()
            .filter(|f| f.try_lock().is_ok());
        Ok(Run {
            inner: Arc::new(RunInner {
                root: self.root.clone(),
                id,
                lock,
            }),
        })
    }

    /// The snapshots of runs that ended without cleaning up (crash, kill, power cut), newest
    /// first, and the recovery files of such runs that could not be read. Snapshots of live
    /// runs (including `own`) are left out. Lock files of ended runs with nothing left to offer
    /// and stray temporary files are tidied away.
    pub fn orphans(&self, own: Option<&Run>) -> Orphans {
        let mut out = Orphans::default();
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return out;
        };
        let mut live: std::collections::HashMap<RunId, bool> = std::collections::HashMap::new();
        let mut locks = Vec::new();
        let mut runs_with_files = std::collections::HashSet::new();
        for entry in entries.flatten() {
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            let path = entry.path();
            if let Some(stem) = name.strip_suffix(LOCK_SUFFIX) {
                if let Some(id) = parse_run(stem) {
                    locks.push((id, path));
                }
                continue;
            }
            let Some(stem) = name.strip_suffix(SNAPSHOT_SUFFIX) else {
                continue;
            };
            let Some((run, _key)) = parse_snapshot_stem(stem) else {
                continue; // not a name we write: not ours to judge
            };
            runs_with_files.insert(run);
            if own.is_some_and(|r| r.inner.id == run) {
                continue;
            }
            let alive = *live.entry(run).or_insert_with(|| self.is_live(run));
            if alive {
                continue;
            }
            match read_snapshot(&path, &entry) {
                Ok(snapshot) => out.found.push(Orphan {
                    file: path,
                    snapshot,
                }),
                Err(reason) => out.skipped.push(Skipped { file: path, reason }),
            }
        }
        for (id, path) in locks {
            let ours = own.is_some_and(|r| r.inner.id == id);
            if !ours && !runs_with_files.contains(&id) && !self.is_live(id) {
                let _ = std::fs::remove_file(path);
            }
        }
        super::stray::remove_stray_temp_files(
            &self.root,
            super::stray::STALE_AFTER,
            SystemTime::now(),
        );
        out.found
            .sort_by_key(|o| std::cmp::Reverse(o.snapshot.written_at));
        out
    }

    /// Removes a recovery file the user chose to throw away (gone already is fine).
    pub fn discard(&self, file: &Path) -> Result<(), RecoveryError> {
        remove_if_there(file)
    }

    /// Whether the run is still going: its lock is held, or (no lock file) its process lives.
    fn is_live(&self, run: RunId) -> bool {
        let lock_path = self.root.join(format!("{}{LOCK_SUFFIX}", run.stem()));
        if let Ok(file) = File::options().write(true).open(&lock_path) {
            return match file.try_lock() {
                Ok(()) => {
                    let _ = file.unlock();
                    false
                }
                Err(std::fs::TryLockError::WouldBlock) => true,
                Err(std::fs::TryLockError::Error(_)) => process_alive(run.pid),
            };
        }
        process_alive(run.pid)
    }
}

impl Run {
    /// This run's id.
    pub fn id(&self) -> RunId {
        self.inner.id
    }

    /// Where the snapshot of document `key` lives.
    pub fn snapshot_path(&self, key: DocumentKey) -> PathBuf {
        self.inner.root.join(format!(
            "{}-{}{SNAPSHOT_SUFFIX}",
            self.inner.id.stem(),
            key.0
        ))
    }

    /// Writes (or replaces) the snapshot of document `key`, atomically.
    pub fn write(&self, key: DocumentKey, snapshot: &Snapshot) -> Result<PathBuf, RecoveryError> {
        let text = snapshot.to_text()?;
        create_private_dir(&self.inner.root)?;
        let path = self.snapshot_path(key);
        super::write_atomically(&path, text.as_bytes()).map_err(|e| match e {
            super::SaveError::Io { path, source } => RecoveryError::Io { path, source },
            super::SaveError::Encode(m) => RecoveryError::Encode(m),
        })?;
        Ok(path)
    }

    /// Removes the snapshot of document `key` (none there is fine).
    pub fn delete(&self, key: DocumentKey) -> Result<(), RecoveryError> {
        remove_if_there(&self.snapshot_path(key))
    }

    /// Takes an orphan over as the snapshot of document `key`, so it stays protected while the
    /// recovered map is edited. Fails if another editor took it first.
    pub fn adopt(&self, orphan: &Orphan, key: DocumentKey) -> Result<(), RecoveryError> {
        let to = self.snapshot_path(key);
        std::fs::rename(&orphan.file, &to).map_err(|source| RecoveryError::Io {
            path: orphan.file.clone(),
            source,
        })
    }
}

fn remove_if_there(path: &Path) -> Result<(), RecoveryError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(RecoveryError::Io {
            path: path.to_owned(),
            source,
        }),
    }
}

fn read_snapshot(path: &Path, entry: &std::fs::DirEntry) -> Result<Snapshot, RecoveryError> {
    let io = |source| RecoveryError::Io {
        path: path.to_owned(),
        source,
    };
    // Not followed: a link here could point anywhere.
    let meta = entry.metadata().map_err(io)?;
    if !meta.file_type().is_file() {
        return Err(RecoveryError::NotAFile);
    }
    if meta.len() > MAX_SNAPSHOT_BYTES {
        return Err(RecoveryError::TooLarge {
            size: meta.len(),
            limit: MAX_SNAPSHOT_BYTES,
        });
    }
    let mut bytes = Vec::new();
    use std::io::Read;
    File::open(path)
        .map_err(io)?
        .take(MAX_SNAPSHOT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_SNAPSHOT_BYTES {
        return Err(RecoveryError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_SNAPSHOT_BYTES,
        });
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        RecoveryError::Map(LoadError::Syntax {
            at: super::Location { line: 1, column: 1 },
            problem: super::SyntaxProblem::NotText,
        })
    })?;
    Snapshot::from_text(text)
}

/// `<pid>-<nonce>` of a lock file.
fn parse_run(stem: &str) -> Option<RunId> {
    let (pid, nonce) = stem.split_once('-')?;
    Some(RunId {
        pid: pid.parse().ok()?,
        nonce: nonce.parse().ok()?,
    })
}

/// `<pid>-<nonce>-<key>` of a snapshot.
fn parse_snapshot_stem(stem: &str) -> Option<(RunId, DocumentKey)> {
    let (run, key) = stem.rsplit_once('-')?;
    Some((parse_run(run)?, DocumentKey(key.parse().ok()?)))
}

/// A number no other run of this process (nor, very likely, an earlier process with the same
/// pid) has: the clock in nanoseconds, made strictly increasing within the process.
fn next_nonce() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
    let mut last = LAST.load(Ordering::Relaxed);
    loop {
        let next = now.max(last + 1);
        match LAST.compare_exchange(last, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return next,
            Err(seen) => last = seen,
        }
    }
}

/// Whether a process with this id exists (on Linux, by `/proc`); elsewhere a run without a
/// lock file is taken as ended unless it is this process.
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        false
    }
}

fn create_private_dir(dir: &Path) -> Result<(), RecoveryError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|source| RecoveryError::Io {
        path: dir.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::synthetic_map;

    fn snapshot(cards: usize) -> Snapshot {
        let mut s = Snapshot::new(
            synthetic_map(cards),
            Some(PathBuf::from("/home/me/shop.journey.ron")),
            "",
            3,
        );
        s.base = Some(FileBase {
            len: 1234,
            hash: u64::MAX,
        });
        // The file keeps whole seconds.
        s.written_at = UNIX_EPOCH + Duration::from_secs(1_764_588_000);
        s
    }

    /// A process id that was just used and is gone.
    fn dead_pid() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_snapshot_reads_back_as_written() {
        let s = snapshot(12);
        let text = s.to_text().unwrap();
        assert!(
            text.contains("path: Some(\"/home/me/shop.journey.ron\")"),
            "{text}"
        );
        assert!(text.contains("unsaved_steps: 3"), "{text}");
        assert_eq!(Snapshot::from_text(&text).unwrap(), s);
    }

    #[test]
    fn a_live_runs_snapshot_is_not_offered_until_the_run_ends() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        let run = store.start_run().unwrap();
        let written = run.write(DocumentKey(7), &snapshot(5)).unwrap();
        assert!(written.starts_with(store.root()));
        assert!(store.orphans(Some(&run)).found.is_empty(), "our own");
        assert!(store.orphans(None).found.is_empty(), "a live run's");

        drop(run); // as a kill -9 would: nothing cleaned up, the lock released by the OS
        let orphans = store.orphans(None);
        assert_eq!(orphans.found.len(), 1);
        assert!(orphans.skipped.is_empty());
        let orphan = &orphans.found[0];
        assert_eq!(orphan.file, written);
        assert_eq!(orphan.snapshot, snapshot(5));

        // A new run takes it over: then it is that run's, and offered to no one else.
        let next = store.start_run().unwrap();
        next.adopt(orphan, DocumentKey(1)).unwrap();
        assert!(store.orphans(None).found.is_empty());
        assert!(next.snapshot_path(DocumentKey(1)).exists());
        next.delete(DocumentKey(1)).unwrap();
        next.delete(DocumentKey(1)).unwrap(); // twice is fine
        drop(next);
        assert!(store.orphans(None).found.is_empty());
        // Ended runs' lock files are tidied too (unless a test forking meanwhile holds one).
        let left = names(store.root());
        assert!(left.iter().all(|n| n.ends_with(LOCK_SUFFIX)), "{left:?}");
    }

    #[test]
    fn a_run_that_ends_with_nothing_left_takes_its_lock_file_along() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let run = store.start_run().unwrap();
        run.write(DocumentKey(1), &snapshot(1)).unwrap();
        assert_eq!(names(dir.path()).len(), 2);
        run.delete(DocumentKey(1)).unwrap();
        drop(run);
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }

    #[test]
    fn without_a_lock_file_the_process_decides() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let text = snapshot(2).to_text().unwrap();
        let dead = dead_pid();
        std::fs::write(
            dir.path().join(format!("{dead}-5-1{SNAPSHOT_SUFFIX}")),
            &text,
        )
        .unwrap();
        let me = std::process::id();
        std::fs::write(dir.path().join(format!("{me}-5-1{SNAPSHOT_SUFFIX}")), &text).unwrap();
        if cfg!(target_os = "linux") {
            // pid 1 always runs.
            std::fs::write(dir.path().join(format!("1-5-1{SNAPSHOT_SUFFIX}")), &text).unwrap();
        }
        let orphans = store.orphans(None);
        let files: Vec<&Path> = orphans.found.iter().map(|o| o.file.as_path()).collect();
        assert_eq!(
            files,
            [dir.path().join(format!("{dead}-5-1{SNAPSHOT_SUFFIX}"))],
            "only the dead process's"
        );
    }

    #[test]
    fn broken_and_hostile_files_are_skipped_with_a_reason_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let dead = dead_pid();
        let file = |n: u32| dir.path().join(format!("{dead}-9-{n}{SNAPSHOT_SUFFIX}"));
        std::fs::write(file(1), "not ron at all (").unwrap();
        std::fs::write(
            file(2),
            snapshot(1)
                .to_text()
                .unwrap()
                .replace("recovery: 1", "recovery: 99"),
        )
        .unwrap();
        std::fs::write(file(3), [0xff, 0xfe, 0x00]).unwrap();
        let bad_map = r##"(recovery: 1, pid: 1, written_at: 0, map: r#"(format: 2,
            touchpoints: [(id: 1, stage: 9, lane: 9, order: 0, title: "x")])"#)"##;
        std::fs::write(file(4), bad_map).unwrap();
        File::create(file(5))
            .unwrap()
            .set_len(MAX_SNAPSHOT_BYTES + 1)
            .unwrap();
        std::fs::create_dir(file(6)).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc/passwd", file(7)).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "ignored").unwrap();
        std::fs::write(
            dir.path().join(format!("x-y-z{SNAPSHOT_SUFFIX}")),
            "ignored",
        )
        .unwrap();

        let orphans = store.orphans(None);

        assert!(orphans.found.is_empty());
        let reason = |n: u32| {
            &orphans
                .skipped
                .iter()
                .find(|s| s.file == file(n))
                .unwrap_or_else(|| panic!("file {n} not skipped: {:?}", orphans.skipped))
                .reason
        };
        assert!(
            matches!(reason(1), RecoveryError::Syntax { .. }),
            "{:?}",
            reason(1)
        );
        assert!(matches!(
            reason(2),
            RecoveryError::NewerVersion { found: 99, .. }
        ));
        assert!(matches!(
            reason(3),
            RecoveryError::Map(LoadError::Syntax { .. })
        ));
        assert!(
            matches!(reason(4), RecoveryError::Map(LoadError::Invalid(_))),
            "{:?}",
            reason(4)
        );
        assert!(matches!(reason(5), RecoveryError::TooLarge { .. }));
        assert!(matches!(reason(6), RecoveryError::NotAFile));
        #[cfg(unix)]
        assert!(matches!(reason(7), RecoveryError::NotAFile));
        assert!(
            file(1).exists() && file(5).exists(),
            "never deleted unasked"
        );
    }

    #[test]
    fn orphans_are_offered_newest_first_and_discarded_on_request() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let run = store.start_run().unwrap();
        let mut older = snapshot(1);
        older.written_at -= Duration::from_secs(600);
        run.write(DocumentKey(1), &older).unwrap();
        run.write(DocumentKey(2), &snapshot(2)).unwrap();
        drop(run);
        let orphans = store.orphans(None);
        let times: Vec<SystemTime> = orphans
            .found
            .iter()
            .map(|o| o.snapshot.written_at)
            .collect();
        assert_eq!(times, [snapshot(2).written_at, older.written_at]);
        for o in &orphans.found {
            store.discard(&o.file).unwrap();
        }
        assert!(store.orphans(None).found.is_empty());
    }
}
