//! Maps merged by git itself: `trailmap git-setup` in a real repository, two branches, `git
//! merge`. The merged file is a map (never text conflict markers) with both sides' edits, or,
//! when both changed the same thing, a map with conflicts that `trailmap check` fails on.

use std::path::Path;
use std::process::{Command, Output};

use trailmap::model::{Map, Touchpoint};

const MAP: &str = "journey.journey.ron";

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        // Only the repository's own settings count, never the machine's.
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .output()
        .expect("git is installed (scripts/deps.sh test)")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn trailmap(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_trailmap"))
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run trailmap")
}

fn edit(dir: &Path, change: impl FnOnce(&mut Map)) {
    let path = dir.join(MAP);
    let mut map = trailmap::file::load(&path).unwrap();
    change(&mut map);
    map.normalize();
    assert!(map.problems().is_empty());
    trailmap::file::save(&map, &path).unwrap();
}

fn add_card(map: &mut Map, title: &str) {
    let first = map.touchpoints[0].clone();
    let order = map.cell_len(trailmap::model::Cell {
        stage: first.stage,
        lane: first.lane,
    });
    let id = map.next_touchpoint_id();
    map.touchpoints
        .push(Touchpoint::new(id, first.stage, first.lane, order, title));
}

fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(git(d, &["init", "-q", "-b", "main"]));
    let map = trailmap::templates::load("classic", "en").unwrap();
    trailmap::file::save(&map, &d.join(MAP)).unwrap();
    let setup = trailmap(d, &["git-setup"]);
    let said = ok(setup);
    assert!(said.contains("commit it yourself"), "{said}");
    let attributes = std::fs::read_to_string(d.join(".gitattributes")).unwrap();
    assert_eq!(attributes, "*.journey.ron merge=trailmap diff=trailmap\n");
    let driver = ok(git(d, &["config", "merge.trailmap.driver"]));
    assert!(driver.trim_end().ends_with(" merge %O %A %B"), "{driver}");
    // Run again: nothing is added twice.
    ok(trailmap(d, &["git-setup"]));
    assert_eq!(
        std::fs::read_to_string(d.join(".gitattributes")).unwrap(),
        attributes
    );
    ok(git(d, &["add", "."]));
    ok(git(d, &["commit", "-q", "-m", "map"]));
    dir
}

#[test]
fn git_merges_edits_of_different_cards_and_both_new_cards() {
    let dir = repository();
    let d = dir.path();
    let (one, two) = {
        let m = trailmap::file::load(&d.join(MAP)).unwrap();
        (m.touchpoints[0].id, m.touchpoints[1].id)
    };
    ok(git(d, &["checkout", "-q", "-b", "theirs"]));
    edit(d, |m| {
        m.touchpoints[0].title = "Their title".into();
        add_card(m, "Their new card");
    });
    ok(git(d, &["commit", "-q", "-am", "theirs"]));
    ok(git(d, &["checkout", "-q", "main"]));
    edit(d, |m| {
        m.touchpoints[1].emotion = Some(-2);
        add_card(m, "Our new card");
    });
    ok(git(d, &["commit", "-q", "-am", "ours"]));

    ok(git(d, &["merge", "-q", "--no-edit", "theirs"]));
    let text = std::fs::read_to_string(d.join(MAP)).unwrap();
    assert!(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"));
    let map = trailmap::file::load(&d.join(MAP)).unwrap();
    assert!(map.conflicts.is_empty());
    assert_eq!(map.touchpoint(one).unwrap().title, "Their title");
    assert_eq!(map.touchpoint(two).unwrap().emotion, Some(-2));
    let titles: Vec<&str> = map.touchpoints.iter().map(|t| t.title.as_str()).collect();
    assert!(titles.contains(&"Their new card") && titles.contains(&"Our new card"));
    assert_eq!(trailmap(d, &["check", MAP]).status.code(), Some(0));

    // git log -p shows a card's change as the card's own line, by name.
    let log = ok(git(d, &["log", "-p", "-1", "theirs", "--", MAP]));
    assert!(
        log.contains("+Card ") && log.contains("Their new card"),
        "{log}"
    );
}

#[test]
fn a_conflicting_git_merge_leaves_a_map_that_check_fails() {
    let dir = repository();
    let d = dir.path();
    ok(git(d, &["checkout", "-q", "-b", "theirs"]));
    edit(d, |m| m.touchpoints[0].title = "Theirs".into());
    ok(git(d, &["commit", "-q", "-am", "theirs"]));
    ok(git(d, &["checkout", "-q", "main"]));
    edit(d, |m| m.touchpoints[0].title = "Ours".into());
    ok(git(d, &["commit", "-q", "-am", "ours"]));

    let merged = git(d, &["merge", "-q", "--no-edit", "theirs"]);
    assert!(!merged.status.success());
    let text = std::fs::read_to_string(d.join(MAP)).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let map = trailmap::file::load(&d.join(MAP)).unwrap();
    assert_eq!(map.touchpoints[0].title, "Ours");
    assert_eq!(map.conflicts.len(), 1);
    let check = trailmap(d, &["check", MAP]);
    assert_eq!(check.status.code(), Some(1));
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(
        said.starts_with(&format!("{MAP}:"))
            && said.contains("unresolved merge conflict")
            && said.contains("ours “Ours”, theirs “Theirs”"),
        "{said}"
    );
}

#[test]
fn git_setup_outside_a_repository_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = trailmap(dir.path(), &["git-setup"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("not inside a git repository"), "{said}");
}

#[test]
fn git_setup_without_git_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_trailmap"))
        .arg("git-setup")
        .current_dir(dir.path())
        .env("PATH", dir.path())
        .output()
        .expect("run trailmap");
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("is git installed?"), "{said}");
}
