//! `trailmap merge`, `trailmap diff` and the words the command line knows, as a user runs
//! them: output, files written and exit codes.

use crate::common;

use common::{output_text as text, trailmap};

use std::path::{Path, PathBuf};

use trailmap::model::{Map, StageId};

fn template() -> Map {
    trailmap::templates::load("classic", "en").unwrap()
}

fn write(dir: &Path, name: &str, map: &Map) -> PathBuf {
    let path = dir.join(name);
    trailmap::file::save(map, &path).unwrap();
    path
}

#[test]
fn merge_writes_ours_and_exits_0_when_clean() {
    let dir = tempfile::tempdir().unwrap();
    let base = template();
    let mut ours = base.clone();
    ours.stages[0].name = "Discovery".into();
    let mut theirs = base.clone();
    theirs.touchpoints[0].owner = "Brand team".into();
    let b = write(dir.path(), "base.journey.ron", &base);
    let o = write(dir.path(), "ours.journey.ron", &ours);
    let t = write(dir.path(), "theirs.journey.ron", &theirs);
    let out = trailmap(&[&"merge", &b, &o, &t]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let merged = trailmap::file::load(&o).unwrap();
    assert_eq!(merged.stages[0].name, "Discovery");
    assert_eq!(merged.touchpoints[0].owner, "Brand team");
    assert!(merged.conflicts.is_empty());
}

#[test]
fn merge_exits_1_with_conflicts_written_to_out_and_2_on_an_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    let base = template();
    let mut ours = base.clone();
    ours.touchpoints[0].emotion = Some(2);
    let mut theirs = base.clone();
    theirs.touchpoints[0].emotion = Some(-1);
    let b = write(dir.path(), "base.journey.ron", &base);
    let o = write(dir.path(), "ours.journey.ron", &ours);
    let t = write(dir.path(), "theirs.journey.ron", &theirs);
    let result = dir.path().join("merged.journey.ron");
    let out = trailmap(&[&"merge", &b, &o, &t, &"-o", &result]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("emotion: ours 2, theirs -1"),
        "{}",
        text(&out.stderr)
    );
    // Ours is untouched with -o; the result holds our value and the conflict.
    assert_eq!(trailmap::file::load(&o).unwrap(), ours);
    let merged = trailmap::file::load(&result).unwrap();
    assert_eq!(merged.touchpoints[0].emotion, Some(2));
    assert_eq!(merged.conflicts.len(), 1);

    let broken = dir.path().join("broken.journey.ron");
    std::fs::write(&broken, "(format: 3, title: 1)").unwrap();
    let out = trailmap(&[&"merge", &b, &broken, &t]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("broken.journey.ron:1:"),
        "{}",
        text(&out.stderr)
    );
    let missing = dir.path().join("missing.journey.ron");
    assert_eq!(
        trailmap(&[&"merge", &b, &o, &missing]).status.code(),
        Some(2)
    );
}

#[test]
fn diff_prints_changes_by_name_and_exits_1_when_different() {
    let dir = tempfile::tempdir().unwrap();
    let old = template();
    let mut new = old.clone();
    new.stages[1].name = "Evaluation".into();
    let card = new
        .touchpoints
        .iter()
        .position(|t| t.stage == StageId(2))
        .unwrap();
    let title = new.touchpoints[card].title.clone();
    new.touchpoints[card].stage = StageId(1);
    new.touchpoints[card].order = 99;
    new.normalize();
    let a = write(dir.path(), "old.journey.ron", &old);
    let b = write(dir.path(), "new.journey.ron", &new);
    let out = trailmap(&[&"diff", &a, &b]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("Renamed stage “Consideration” to “Evaluation”\n"),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "Moved “{title}” from Consideration to Awareness\n"
        )),
        "{said}"
    );
    let json = trailmap(&[&"diff", &"--format", &"json", &a, &b]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v.as_array().is_some_and(|a| a.len() >= 2), "{v}");

    let same = trailmap(&[&"diff", &a, &a]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(text(&same.stdout), "");
}

#[test]
fn textconv_prints_one_line_per_item() {
    let dir = tempfile::tempdir().unwrap();
    let map = template();
    let path = write(dir.path(), "map.journey.ron", &map);
    let out = trailmap(&[&"diff", &"--textconv", &path]);
    assert_eq!(out.status.code(), Some(0));
    let said = text(&out.stdout);
    let cards = said.lines().filter(|l| l.starts_with("Card ")).count();
    assert_eq!(cards, map.touchpoints.len(), "{said}");
    assert!(
        said.lines()
            .any(|l| l.starts_with("Stage 1: name “Awareness”")),
        "{said}"
    );
    // Stable: the same map gives the same text.
    assert_eq!(
        trailmap(&[&"diff", &"--textconv", &path]).stdout,
        out.stdout
    );
}

#[test]
fn an_unknown_word_is_an_error_naming_the_commands() {
    let out = trailmap(&[&"mrege"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out.stderr);
    assert!(
        said.contains("“mrege” is neither a command nor a file"),
        "{said}"
    );
    assert!(said.contains("merge, diff, git-setup"), "{said}");
    // With arguments after it, too (clap alone would call them unexpected).
    let out = trailmap(&[&"mrege", &"a.journey.ron", &"b.journey.ron"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("“mrege” is neither a command nor a file"));
    // Real commands and options still reach clap.
    assert_eq!(trailmap(&[&"--version"]).status.code(), Some(0));
    assert_eq!(trailmap(&[&"help"]).status.code(), Some(0));
}

#[test]
fn the_editor_without_a_desktop_points_at_the_tools() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "map.journey.ron", &template());
    let out = trailmap(&[&path]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("the editor needs a desktop"), "{said}");
    assert!(
        said.contains("check, export, import, new, merge, diff"),
        "{said}"
    );
}
