//! The list of recently opened maps, kept in the user's config folder (XDG on Linux), never next
//! to a map. One absolute path per line, newest first, written atomically.
//!
//! Limitations: paths that contain a line break or are not valid UTF-8 are not remembered.

use std::path::{Path, PathBuf};

/// How many files File > Open Recent lists.
pub const MAX_RECENT: usize = 10;

/// Recently opened or saved maps, newest first.
#[derive(Debug, Default)]
pub struct RecentFiles {
    paths: Vec<PathBuf>,
    /// Where the list is stored; `None` keeps it in memory only (tests).
    store: Option<PathBuf>,
}

impl RecentFiles {
    /// The list stored in `store` (missing or unreadable: empty).
    pub fn load(store: Option<PathBuf>) -> Self {
        let paths = store
            .as_deref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(PathBuf::from)
                    .take(MAX_RECENT)
                    .collect()
            })
            .unwrap_or_default();
        Self { paths, store }
    }

    /// The default place: `~/.config/trailmap/recent.txt` on Linux.
    pub fn default_store() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "trailmap")
            .map(|d| d.config_dir().join("recent.txt"))
    }

    /// The paths, newest first.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts `path` at the top and saves the list. Returns a message if saving failed.
    pub fn add(&mut self, path: &Path) -> Result<(), String> {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| p != &path);
        self.paths.insert(0, path);
        self.paths.truncate(MAX_RECENT);
        self.save()
    }

    /// Forgets `path` (it could not be opened any more) and saves the list.
    pub fn remove(&mut self, path: &Path) -> Result<(), String> {
        self.paths.retain(|p| p != path);
        self.save()
    }

    /// Empties the list.
    pub fn clear(&mut self) -> Result<(), String> {
        self.paths.clear();
        self.save()
    }

    fn save(&self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let mut text = String::new();
        for p in &self.paths {
            match p.to_str() {
                Some(s) if !s.contains('\n') && !s.contains('\r') => {
                    text.push_str(s);
                    text.push('\n');
                }
                _ => {}
            }
        }
        if let Some(dir) = store.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                crate::tr!(
                    "files-recent-store-failed-at",
                    reason = e.to_string(),
                    path = store.display().to_string()
                )
            })?;
        }
        crate::file::write_atomically(store, text.as_bytes())
            .map_err(|e| crate::tr!("files-recent-store-failed", reason = e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_without_duplicates_and_survives_reload() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("sub").join("recent.txt");
        let mut r = RecentFiles::load(Some(store.clone()));
        assert!(r.paths().is_empty());
        r.add(Path::new("/tmp/a.journey.ron")).unwrap();
        r.add(Path::new("/tmp/b.journey.ron")).unwrap();
        r.add(Path::new("/tmp/a.journey.ron")).unwrap();
        assert_eq!(
            r.paths(),
            [
                PathBuf::from("/tmp/a.journey.ron"),
                PathBuf::from("/tmp/b.journey.ron")
            ]
        );
        let again = RecentFiles::load(Some(store));
        assert_eq!(again.paths(), r.paths());
    }

    #[test]
    fn keeps_at_most_the_limit() {
        let mut r = RecentFiles::load(None);
        for i in 0..MAX_RECENT + 5 {
            r.add(Path::new(&format!("/m/{i}.journey.ron"))).unwrap();
        }
        assert_eq!(r.paths().len(), MAX_RECENT);
    }
}
