//! A save that fails leaves the old file as it was, and no temporary file behind.

use crate::common;

use std::io::Write;

use trailmap::file;

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_write_that_fails_half_way_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    let map = common::every_field_map();
    file::save(&map, &path).unwrap();
    let before = std::fs::read(&path).unwrap();

    let err = file::write_atomically_with(&path, |f| {
        f.write_all(b"(format: 1, title: \"half")?;
        Err(std::io::Error::other("disk full"))
    })
    .unwrap_err();
    assert!(err.to_string().contains("disk full"), "{err}");
    assert!(
        err.to_string().ends_with(&path.display().to_string()),
        "path goes last: {err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        entries(dir.path()),
        ["map.journey.ron"],
        "no temporary file left behind"
    );
    assert_eq!(file::load(&path).unwrap(), map);
}

#[test]
fn a_read_only_folder_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    let map = common::every_field_map();
    file::save(&map, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();

    let mut changed = map.clone();
    changed.title = "Changed".into();
    let result = file::save(&changed, &path);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();

    // Root ignores folder permissions; then the save succeeds, which is right too.
    let root = std::fs::metadata("/proc/self")
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0)
        .unwrap_or(false);
    if root {
        assert!(result.is_ok());
        return;
    }
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(entries(dir.path()), ["map.journey.ron"]);
}

#[test]
fn saving_into_a_folder_that_is_a_file_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_dir = dir.path().join("plain-file");
    std::fs::write(&not_a_dir, b"x").unwrap();
    let err = file::save(
        &common::every_field_map(),
        &not_a_dir.join("map.journey.ron"),
    )
    .unwrap_err();
    assert!(
        err.to_string().starts_with("could not save the map"),
        "{err}"
    );
    assert_eq!(std::fs::read(&not_a_dir).unwrap(), b"x");
}

#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.journey.ron");
    std::fs::write(&path, b"old").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    file::save(&common::every_field_map(), &path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[test]
fn a_new_file_gets_the_usual_permissions_not_the_temp_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let reference = dir.path().join("reference");
    std::fs::write(&reference, b"x").unwrap();
    let path = dir.path().join("new.journey.ron");
    file::save(&common::every_field_map(), &path).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&reference));
}
