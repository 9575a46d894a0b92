//! Temporary files a killed save left behind (`.trailmap-Ab3dE9.tmp`), removed by the next save
//! into the same folder.
//!
//! Only names of exactly the shape the atomic writer makes are touched, only regular files (never
//! a link or a folder), and only ones last written more than [`STALE_AFTER`] ago, so a save that
//! another Trailmap is making in that folder right now keeps its temporary file.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// How the atomic writer's temporary files start.
pub const TEMP_PREFIX: &str = ".trailmap-";
/// How they end.
pub const TEMP_SUFFIX: &str = ".tmp";
/// How many random letters and digits lie between.
pub const TEMP_RANDOM_LEN: usize = 6;
/// How old a temporary file must be before it counts as left behind.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// Whether `name` is one of the atomic writer's temporary files.
pub fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
        .is_some_and(|random| {
            random.len() == TEMP_RANDOM_LEN && random.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Removes our temporary files in `dir` last modified more than `older_than` before `now`;
/// returns how many went. Anything that cannot be read or removed is left alone.
pub fn remove_stray_temp_files(dir: &Path, older_than: Duration, now: SystemTime) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temp_name) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: a link named like ours stays.
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > older_than);
        if meta.file_type().is_file() && old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs::File;

    fn aged(path: &Path, age: Duration) {
        let file = File::create(path).unwrap();
        file.set_modified(SystemTime::now() - age).unwrap();
    }

    #[test]
    fn names_of_exactly_our_shape() {
        assert!(is_temp_name(".trailmap-Ab3dE9.tmp"));
        assert!(!is_temp_name(".trailmap-Ab3dE9x.tmp"));
        assert!(!is_temp_name(".trailmap-Ab3-E9.tmp"));
        assert!(!is_temp_name("trailmap-Ab3dE9.tmp"));
        assert!(!is_temp_name(".trailmap-Ab3dE9.tmp.bak"));
        assert!(!is_temp_name(".other-Ab3dE9.tmp"));
    }

    #[test]
    fn removes_only_our_old_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let hour = Duration::from_secs(3600);
        let old_ours = dir.path().join(".trailmap-Ab3dE9.tmp");
        let new_ours = dir.path().join(".trailmap-Zz9yY8.tmp");
        let old_theirs = dir.path().join(".editor-Ab3dE9.tmp");
        let old_map = dir.path().join("shop.journey.ron");
        let old_dir = dir.path().join(".trailmap-Qq1wW2.tmp");
        aged(&old_ours, hour);
        aged(&new_ours, Duration::from_secs(5));
        aged(&old_theirs, hour);
        aged(&old_map, hour);
        std::fs::create_dir(&old_dir).unwrap();
        #[cfg(unix)]
        let link = {
            let link = dir.path().join(".trailmap-Ll1nK2.tmp");
            std::os::unix::fs::symlink(&old_map, &link).unwrap();
            link
        };

        let removed = remove_stray_temp_files(dir.path(), STALE_AFTER, SystemTime::now());

        assert_eq!(removed, 1);
        assert!(!old_ours.exists());
        assert!(new_ours.exists(), "a save in progress keeps its file");
        assert!(old_theirs.exists() && old_map.exists() && old_dir.exists());
        #[cfg(unix)]
        assert!(link.symlink_metadata().is_ok(), "links are left alone");
    }
}
