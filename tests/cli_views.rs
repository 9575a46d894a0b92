//! `trailmap export --view` and `trailmap check` on saved views, as a user runs them.

use crate::common;

use common::{output_text as text, trailmap};
use trailmap::model::{JourneyState, SavedView, ViewId};

/// The every-field map with two saved views: "Busy parents, target" (hides the Website lane,
/// lists footnotes) and "Busy nights" (for the prefix test).
fn map_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut map = common::every_field_map();
    let mut target = SavedView::new(ViewId(1), "Busy parents, target");
    target.state = JourneyState::Future;
    target.personas = vec![map.personas[1].id];
    target.hidden_lanes = vec![map.lanes[0].id];
    map.views = vec![target, SavedView::new(ViewId(2), "Busy nights")];
    let path = dir.join("views.journey.ron");
    trailmap::file::save(&map, &path).unwrap();
    path
}

fn svg_of(args: &[&dyn AsRef<std::ffi::OsStr>], out: &std::path::Path) -> String {
    let o = trailmap(args);
    assert!(o.status.success(), "{}", text(&o.stderr));
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn export_view_shows_the_map_as_the_saved_view_does() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let out = dir.path().join("x.svg");
    let plain = svg_of(&[&"export", &map, &"--text", &"text", &"-o", &out], &out);
    assert!(plain.contains("Website") && plain.contains("Feelings"));
    // Case ignored, the full name: the Website lane is hidden, the future title shown.
    let svg = svg_of(
        &[
            &"export",
            &map,
            &"--view",
            &"BUSY PARENTS, TARGET",
            &"--text",
            &"text",
            &"-o",
            &out,
        ],
        &out,
    );
    assert!(
        !svg.contains(">Website<") && svg.contains(">Feelings<"),
        "view hides Website"
    );
    // A unique start of the name is enough.
    let by_prefix = svg_of(
        &[
            &"export", &map, &"--view", &"busy p", &"--text", &"text", &"-o", &out,
        ],
        &out,
    );
    assert_eq!(by_prefix, svg);
}

#[test]
fn flags_given_with_view_replace_that_part_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let out = dir.path().join("x.svg");
    let svg = svg_of(
        &[
            &"export",
            &map,
            &"--view",
            &"busy parents",
            &"--hide-lane",
            &"Feelings",
            &"--text",
            &"text",
            &"-o",
            &out,
        ],
        &out,
    );
    assert!(
        svg.contains(">Website<") && !svg.contains(">Feelings<"),
        "hide-lane"
    );
    // The view shows the target journey; --state current replaces just that.
    assert!(
        svg.contains("preserve\">Zażółć: one-tap checkout</text>")
            && !svg.contains("preserve\">Zażółć gęślą jaźń</text>"),
        "target"
    );
    let today = svg_of(
        &[
            &"export",
            &map,
            &"--view",
            &"busy parents",
            &"--hide-lane",
            &"Feelings",
            &"--state",
            &"current",
            &"--text",
            &"text",
            &"-o",
            &out,
        ],
        &out,
    );
    assert!(
        today.contains("preserve\">Zażółć gęślą jaźń</text>")
            && !today.contains("preserve\">Zażółć: one-tap checkout</text>"),
        "today"
    );
}

#[test]
fn an_unknown_or_ambiguous_view_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let out = dir.path().join("x.png");
    for (name, says) in [
        ("Nobody", "no view called “Nobody”"),
        ("busy", "more than one view"),
    ] {
        let o = trailmap(&[&"export", &map, &"--view", &name, &"-o", &out]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let err = text(&o.stderr);
        assert!(err.contains(says) && err.contains("“Busy nights”"), "{err}");
        assert!(!out.exists());
    }
    let bare = dir.path().join("bare.journey.ron");
    trailmap::file::save(&common::every_field_map(), &bare).unwrap();
    let o = trailmap(&[&"export", &bare, &"--view", &"x", &"-o", &out]);
    assert!(
        text(&o.stderr).contains("no saved views"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn check_reports_a_view_naming_a_missing_persona_at_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let good = std::fs::read_to_string(&map).unwrap();
    let at = good.find("    views: [").unwrap();
    let (head, tail) = good.split_at(at);
    let bad = format!(
        "{head}{}",
        tail.replacen("personas: [2]", "personas: [42]", 1)
    );
    assert_ne!(bad, good);
    std::fs::write(&map, &bad).unwrap();
    let o = trailmap(&[&"check", &map]);
    assert_eq!(o.status.code(), Some(1));
    let stdout = text(&o.stdout);
    let line = head.lines().count() + 3;
    assert!(
        stdout.starts_with(&format!("{}:{line}:13: ", map.display())),
        "{stdout}"
    );
    assert!(
        stdout.contains("view 1 “Busy parents, target” follows persona 42, which does not exist"),
        "{stdout}"
    );
}
