//! What a map's file was when it was loaded or last saved, and whether the file on disk still
//! is that: the core of "never overwrite a colleague's change without asking".
//!
//! A [`Fingerprint`] is taken from the very bytes that were parsed or written, so nothing can
//! slip in between reading a file and remembering it. Comparing reads the file again and hashes
//! it: length and modification time alone miss a same-length edit within the file system's
//! time granularity (one or two seconds on FAT and some network shares). No egui, no words.

use std::hash::Hasher;
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

use super::{LoadError, MAX_FILE_BYTES, SaveError};
use crate::model::Map;

/// A file's content as it was at one moment: its length, its modification time and a 64-bit
/// hash of its bytes.
///
/// Two fingerprints are the same file content when length and hash agree; the modification
/// time is kept for reports but not compared, so a file that was only touched (or copied back
/// unchanged by a sync tool) has not changed. Limitation: a 64-bit hash, not a cryptographic
/// one; a collision between a colleague's edit and ours is not a practical concern.
#[derive(Clone, Copy, Debug)]
pub struct Fingerprint {
    /// Length in bytes.
    pub len: u64,
    /// Last modification, where the file system records one.
    pub modified: Option<SystemTime>,
    /// Hash of the bytes (std's SipHash).
    pub hash: u64,
}

impl PartialEq for Fingerprint {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

impl Eq for Fingerprint {}

/// How the file on disk compares with a fingerprint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// Still the same content.
    Unchanged,
    /// Someone wrote other content; this is its fingerprint.
    Changed(Fingerprint),
    /// No file at the path any more: deleted, or renamed or moved away.
    Missing,
    /// The file is there but cannot be read now (permissions, a network share away); nothing
    /// can be said about its content.
    Unreadable(std::io::ErrorKind),
}

impl Fingerprint {
    /// The fingerprint of `bytes`, with the modification time of the file they came from.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(bytes);
        Self {
            len: bytes.len() as u64,
            modified,
            hash: hasher.finish(),
        }
    }

    /// The fingerprint of the file at `path` now.
    pub fn read(path: &Path) -> std::io::Result<Self> {
        read_with_fingerprint(path).map(|(bytes, fingerprint)| {
            drop(bytes);
            fingerprint
        })
    }

    /// Whether the file at `path` still holds what this fingerprint describes.
    pub fn compare(&self, path: &Path) -> DiskState {
        match Self::read(path) {
            Ok(now) if now == *self => DiskState::Unchanged,
            Ok(now) => DiskState::Changed(now),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => DiskState::Missing,
            Err(e) => DiskState::Unreadable(e.kind()),
        }
    }
}

/// Reads a file (at most one byte past [`MAX_FILE_BYTES`]) and fingerprints the bytes read,
/// for a caller that must know which version of the file it failed to parse.
pub fn read_with_fingerprint(path: &Path) -> std::io::Result<(Vec<u8>, Fingerprint)> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "a folder",
        ));
    }
    let mut bytes =
        Vec::with_capacity(usize::try_from(meta.len().min(MAX_FILE_BYTES)).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    let fingerprint = Fingerprint::of_bytes(&bytes, meta.modified().ok());
    Ok((bytes, fingerprint))
}

/// Reads and validates a map file, with the fingerprint of the bytes that were parsed.
pub fn load_with_fingerprint(path: &Path) -> Result<(Map, Fingerprint), LoadError> {
    let (bytes, fingerprint) =
        read_with_fingerprint(path).map_err(|source| LoadError::Io { source })?;
    let map = super::load_bytes(&bytes)?;
    Ok((map, fingerprint))
}

/// Saves the map atomically (as [`super::save`]) and returns the fingerprint of what was
/// written, so our own save is not mistaken for someone else's change.
pub fn save_with_fingerprint(map: &Map, path: &Path) -> Result<Fingerprint, SaveError> {
    let text = super::to_string(map)?;
    super::write_atomically(path, text.as_bytes())?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(Fingerprint::of_bytes(text.as_bytes(), modified))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::time::{Duration, SystemTime};

    fn folder() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    #[test]
    fn an_untouched_file_is_unchanged() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        fs::write(&path, "(format: 2)\n").unwrap();
        let fp = Fingerprint::read(&path).unwrap();
        assert_eq!(fp.len, 12);
        assert!(fp.modified.is_some());
        assert_eq!(fp.compare(&path), DiskState::Unchanged);
    }

    #[test]
    fn the_hash_sees_an_edit_of_the_same_length_within_the_same_second() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        fs::write(&path, "(format: 2, title: \"Shop\")\n").unwrap();
        let fp = Fingerprint::read(&path).unwrap();
        let stamp = fs::metadata(&path).unwrap().modified().unwrap();
        fs::write(&path, "(format: 2, title: \"Shoe\")\n").unwrap();
        // As a coarse file system (or a sync tool keeping times) would leave it.
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(stamp)
            .unwrap();
        let meta = fs::metadata(&path).unwrap();
        assert_eq!(meta.len(), fp.len);
        assert_eq!(meta.modified().unwrap(), stamp);
        match fp.compare(&path) {
            DiskState::Changed(now) => {
                assert_eq!(now.len, fp.len);
                assert_ne!(now.hash, fp.hash);
            }
            other => panic!("expected a change, got {other:?}"),
        }
    }

    #[test]
    fn a_touched_file_with_the_same_bytes_is_unchanged() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        fs::write(&path, "(format: 2)\n").unwrap();
        let fp = Fingerprint::read(&path).unwrap();
        let later = SystemTime::now() + Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(fp.compare(&path), DiskState::Unchanged);
    }

    #[test]
    fn a_deleted_or_renamed_file_is_missing_and_one_renamed_over_it_is_changed() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        fs::write(&path, "(format: 2)\n").unwrap();
        let fp = Fingerprint::read(&path).unwrap();

        let moved = dir.path().join("b.journey.ron");
        fs::rename(&path, &moved).unwrap();
        assert_eq!(fp.compare(&path), DiskState::Missing);

        fs::write(&path, "(format: 2)\n").unwrap();
        assert_eq!(fp.compare(&path), DiskState::Unchanged);
        fs::remove_file(&path).unwrap();
        assert_eq!(fp.compare(&path), DiskState::Missing);

        // An editor's atomic save: another file renamed over the map.
        fs::write(&moved, "(format: 2, title: \"X\")\n").unwrap();
        fs::rename(&moved, &path).unwrap();
        assert!(matches!(fp.compare(&path), DiskState::Changed(_)));
    }

    #[test]
    fn loading_and_saving_fingerprint_the_bytes_they_handle() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        let map = Map {
            title: "Shop".into(),
            ..Map::default()
        };
        let saved = save_with_fingerprint(&map, &path).unwrap();
        assert_eq!(saved, Fingerprint::read(&path).unwrap());
        let (loaded, fp) = load_with_fingerprint(&path).unwrap();
        assert_eq!(loaded.title, "Shop");
        assert_eq!(fp, saved);
        assert_eq!(saved.compare(&path), DiskState::Unchanged);
    }

    #[test]
    fn a_folder_where_the_file_was_is_unreadable() {
        let dir = folder();
        let path = dir.path().join("a.journey.ron");
        fs::write(&path, "(format: 2)\n").unwrap();
        let fp = Fingerprint::read(&path).unwrap();
        fs::remove_file(&path).unwrap();
        fs::create_dir(&path).unwrap();
        assert!(matches!(fp.compare(&path), DiskState::Unreadable(_)));
    }
}
