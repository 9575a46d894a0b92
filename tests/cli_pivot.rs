//! `trailmap export --rows persona|channel|lanes`, and saved views that pivot their rows, as a
//! user runs them: every persona is a row header, every card is drawn in each of its persona
//! rows (twice for a card for two personas), the special lanes stay as drawn, and the file on
//! disk is never changed.

use crate::common;

use common::{output_text as text, trailmap};
use trailmap::model::*;

/// Two personas, two channel lanes, an emotion lane; one card for both personas, one for
/// Maya, one for everyone.
fn map_file(dir: &std::path::Path) -> std::path::PathBuf {
    let mut map = Map {
        title: "Pivot".into(),
        language: "en".into(),
        ..Map::default()
    };
    for (id, name) in [(1, "Maya"), (2, "Daniel")] {
        map.personas.push(Persona {
            id: PersonaId(id),
            name: name.into(),
            color: Color::rgb(0x33, 0x66, 0x99),
            description: String::new(),
        });
    }
    map.stages.push(Stage::new(StageId(1), "Awareness"));
    map.stages.push(Stage::new(StageId(2), "Purchase"));
    let mut web = Lane::new(LaneId(1), "Site", LaneKind::Channel);
    web.channel = Some(Channel::Website);
    let mut mail = Lane::new(LaneId(2), "Newsletter", LaneKind::Channel);
    mail.channel = Some(Channel::Email);
    map.lanes = vec![
        web,
        mail,
        Lane::new(LaneId(3), "Feelings", LaneKind::Emotion),
    ];
    let mut both = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Sees the ad");
    both.personas = vec![PersonaId(1), PersonaId(2)];
    let mut maya = Touchpoint::new(TouchpointId(2), StageId(2), LaneId(2), 0, "Reads the mail");
    maya.personas = vec![PersonaId(1)];
    let everyone = Touchpoint::new(TouchpointId(3), StageId(2), LaneId(1), 0, "Pays online");
    let mut feel = Touchpoint::new(TouchpointId(4), StageId(1), LaneId(3), 0, "Curious");
    feel.emotion = Some(1);
    map.touchpoints = vec![both, maya, everyone, feel];
    let path = dir.join("pivot.journey.ron");
    trailmap::file::save(&map, &path).unwrap();
    path
}

fn export(args: &[&dyn AsRef<std::ffi::OsStr>]) {
    let o = trailmap(args);
    assert!(o.status.success(), "{}", text(&o.stderr));
}

/// How many card groups of the SVG are titled `title`.
fn drawn(svg: &str, title: &str) -> usize {
    svg.matches(&format!("<title>{title}</title>")).count()
}

/// Whether a `<g id="lane-N">` group (a row's header) is titled `name`: the group's own
/// title, its first (what follows the group is cards and stages, whose persona badges carry
/// titles too).
fn row_header(svg: &str, name: &str) -> bool {
    svg.split("<g id=\"lane-").skip(1).any(|g| {
        g.split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .is_some_and(|(title, _)| title == name)
    })
}

#[test]
fn rows_by_persona_draw_each_card_in_every_row_of_its_personas() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let before = std::fs::read(&map).unwrap();
    let out = dir.path().join("rows.svg");
    export(&[
        &"export", &map, &"--rows", &"persona", &"--text", &"text", &"-o", &out,
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    for row in ["Maya", "Daniel", "All personas", "Feelings"] {
        assert!(row_header(&svg, row), "no row header {row}");
    }
    // The channel lanes are regrouped away; the emotion lane stays as drawn.
    assert!(!row_header(&svg, "Site") && !row_header(&svg, "Newsletter"));
    assert_eq!(drawn(&svg, "Sees the ad"), 2, "once per persona");
    assert_eq!(drawn(&svg, "Reads the mail"), 1);
    assert_eq!(drawn(&svg, "Pays online"), 1);
    assert_eq!(drawn(&svg, "Curious"), 1);
    // The title block says how the rows are grouped.
    assert!(
        svg.contains("Rows: by persona"),
        "title block names the rows"
    );
    // The map file is not touched.
    assert_eq!(std::fs::read(&map).unwrap(), before);

    // As drawn (the default and --rows lanes) keeps the lanes.
    export(&[
        &"export", &map, &"--rows", &"lanes", &"--text", &"text", &"-o", &out,
    ]);
    let lanes = std::fs::read_to_string(&out).unwrap();
    assert!(row_header(&lanes, "Site") && !row_header(&lanes, "Maya"));
    assert_eq!(drawn(&lanes, "Sees the ad"), 1);
}

#[test]
fn rows_by_channel_draw_one_row_per_channel() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let out = dir.path().join("rows.svg");
    export(&[
        &"export", &map, &"--rows", &"channel", &"--text", &"text", &"-o", &out,
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    for row in ["Website", "E-mail", "Feelings"] {
        assert!(row_header(&svg, row), "no row header {row}");
    }
    assert!(!row_header(&svg, "No channel"), "every card has a channel");
    assert_eq!(drawn(&svg, "Sees the ad"), 1);
}

#[test]
fn a_pdf_by_persona_holds_every_row_and_each_copy() {
    let dir = tempfile::tempdir().unwrap();
    let map = map_file(dir.path());
    let pdf = dir.path().join("rows.pdf");
    export(&[&"export", &map, &"--rows", &"persona", &"-o", &pdf]);
    let Some(out) = common::run_tool("pdftotext", &[&pdf, &"-"]) else {
        return;
    };
    common::assert_ok("pdftotext", &out);
    let words = text(&out.stdout);
    for row in ["Maya", "Daniel", "All personas", "Feelings"] {
        assert!(words.contains(row), "{row} missing from {words}");
    }
    assert_eq!(words.matches("Sees the ad").count(), 2, "{words}");
}

#[test]
fn a_saved_view_keeps_its_rows_and_rows_replaces_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = map_file(dir.path());
    let mut map = trailmap::file::load(&path).unwrap();
    let mut view = SavedView::new(ViewId(1), "By persona");
    view.rows = trailmap::pivot::Rows::Personas;
    map.views.push(view);
    trailmap::file::save(&map, &path).unwrap();
    // The file says so, and reads back the same.
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(file.contains("rows: Personas"), "{file}");
    assert_eq!(trailmap::file::load(&path).unwrap().views, map.views);
    let out = dir.path().join("view.svg");
    export(&[
        &"export",
        &path,
        &"--view",
        &"by persona",
        &"--text",
        &"text",
        &"-o",
        &out,
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(row_header(&svg, "Daniel"));
    export(&[
        &"export",
        &path,
        &"--view",
        &"by persona",
        &"--rows",
        &"lanes",
        &"--text",
        &"text",
        &"-o",
        &out,
    ]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(row_header(&svg, "Site") && !row_header(&svg, "Daniel"));
}
