//! `trailmap import` and the data formats of `trailmap export`, run as a marketer runs them:
//! a map goes out to Excel and Mermaid and comes back the same; files that are not maps say
//! what they are; nothing is overwritten without `--force`.

use crate::common;

use std::path::Path;

use common::{output_text, trailmap};
use trailmap::model::Map;

/// What a spreadsheet carries of each card, by names, in map order.
#[derive(Debug, PartialEq)]
struct Row {
    stage: String,
    lane: String,
    order: u32,
    title: String,
    customer_action: String,
    business_response: String,
    owner: String,
    emotion: Option<i8>,
    personas: Vec<String>,
    campaigns: Vec<String>,
    tags: Vec<String>,
    notes: String,
    state: String,
}

fn rows(map: &Map) -> Vec<Row> {
    let mut cards: Vec<_> = map.touchpoints.iter().collect();
    cards.sort_by_key(|t| (map.stage_index(t.stage), map.lane_index(t.lane), t.order));
    cards
        .into_iter()
        .map(|t| {
            // A card that names no persona is for every persona of the map.
            let ids = if t.personas.is_empty() {
                map.personas.iter().map(|p| p.id).collect()
            } else {
                t.personas.clone()
            };
            let mut personas: Vec<String> = ids
                .iter()
                .filter_map(|p| map.persona(*p))
                .map(|p| p.name.clone())
                .collect();
            personas.sort();
            Row {
                stage: map
                    .stage(t.stage)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                lane: map.lane(t.lane).map(|l| l.name.clone()).unwrap_or_default(),
                order: t.order,
                title: t.title.clone(),
                customer_action: t.customer_action.clone(),
                business_response: t.business_response.clone(),
                owner: t.owner.clone(),
                emotion: t.emotion,
                personas,
                campaigns: t.campaigns.clone(),
                tags: t.tags.clone(),
                notes: t.notes.clone(),
                state: format!("{:?}", t.state),
            }
        })
        .collect()
}

fn names(map: &Map) -> (Vec<String>, Vec<String>, Vec<String>) {
    (
        map.stages.iter().map(|s| s.name.clone()).collect(),
        map.lanes.iter().map(|l| l.name.clone()).collect(),
        map.personas.iter().map(|p| p.name.clone()).collect(),
    )
}

fn run_ok(args: &[&dyn AsRef<std::ffi::OsStr>]) -> String {
    let out = trailmap(args);
    assert!(
        out.status.success(),
        "trailmap failed ({:?}):\n{}",
        out.status,
        output_text(&out.stderr)
    );
    output_text(&out.stdout) + &output_text(&out.stderr)
}

fn load(path: &Path) -> Map {
    trailmap::file::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_template_goes_out_to_csv_xlsx_and_tsv_and_comes_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    for language in ["en", "de", "pl"] {
        let map = dir.path().join(format!("shop-{language}.journey.ron"));
        run_ok(&[&"new", &"-t", &"ecommerce", &"-l", &language, &"-o", &map]);
        let original = load(&map);
        let csv = dir.path().join(format!("shop-{language}.csv"));
        let xlsx = dir.path().join(format!("shop-{language}.xlsx"));
        let tsv = dir.path().join(format!("shop-{language}.tsv"));
        let png = dir.path().join(format!("shop-{language}.png"));
        // Data and pictures in one run.
        run_ok(&[
            &"export", &map, &"-o", &csv, &"-o", &xlsx, &"-o", &tsv, &"-o", &png,
        ]);
        assert!(std::fs::metadata(&png).unwrap().len() > 1000);
        for data in [&csv, &xlsx, &tsv] {
            let back = dir.path().join(format!(
                "back-{language}-{}.journey.ron",
                data.extension().unwrap().to_string_lossy()
            ));
            let said = run_ok(&[&"import", data, &"-o", &back]);
            assert!(said.contains("written to"), "{said}");
            run_ok(&[&"check", &back]);
            let imported = load(&back);
            assert_eq!(names(&imported), names(&original), "{}", data.display());
            assert_eq!(rows(&imported), rows(&original), "{}", data.display());
            assert_eq!(imported.language, original.language, "{}", data.display());
        }
    }
}

#[test]
fn a_mermaid_export_imports_as_the_same_journey() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("day.mmd");
    std::fs::write(
        &mmd,
        "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n    \
         Go upstairs: 3: Me\n  section Go home\n    Go downstairs: 5: Me, Cat\n    Sit down: 2\n",
    )
    .unwrap();
    let map = dir.path().join("day.journey.ron");
    run_ok(&[&"import", &mmd, &"-o", &map]);
    let first = load(&map);
    assert_eq!(first.title, "My working day");
    assert_eq!(names(&first).0, ["Go to work", "Go home"]);
    assert_eq!(first.touchpoints.len(), 4);
    let again = dir.path().join("again.mmd");
    run_ok(&[&"export", &map, &"-o", &again]);
    let text = std::fs::read_to_string(&again).unwrap();
    assert!(text.trim_start().starts_with("journey"), "{text}");
    let back = dir.path().join("back.journey.ron");
    run_ok(&[&"import", &again, &"-o", &back]);
    let second = load(&back);
    assert_eq!(names(&second), names(&first));
    assert_eq!(rows(&second), rows(&first));
}

#[test]
fn import_never_replaces_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("j.csv");
    std::fs::write(&csv, "stage,lane,title\nAwareness,Web,Landing page\n").unwrap();
    let map = dir.path().join("j.journey.ron");
    std::fs::write(&map, "precious").unwrap();
    let out = trailmap(&[&"import", &csv, &"-o", &map]);
    assert_eq!(out.status.code(), Some(1));
    assert!(output_text(&out.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&map).unwrap(), "precious");
    run_ok(&[&"import", &csv, &"-o", &map, &"--force"]);
    let m = load(&map);
    assert_eq!(m.title, "j");
    assert_eq!(m.touchpoints[0].title, "Landing page");
    // A malformed option is exit 2, as for export.
    let out = trailmap(&[&"import", &csv, &"-o", &map, &"--language", &"xx"]);
    assert_eq!(out.status.code(), Some(2), "{}", output_text(&out.stderr));
    let out = trailmap(&[&"import", &csv]);
    assert_eq!(out.status.code(), Some(2), "{}", output_text(&out.stderr));
}

#[test]
fn german_excel_csv_in_windows_1252_with_semicolons_and_crlf_imports() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("Kundenreise.csv");
    // What German Excel writes for "CSV (Trennzeichen-getrennt)": Windows-1252, `;`, CRLF.
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"Stage;Lane;Title\r\n");
    bytes.extend_from_slice(b"Kauf;Gesch\xe4ft;\"Kasse \xfcberpr\xfcfen; sp\xe4ter\"\r\n");
    bytes.extend_from_slice(b"Kauf;Gesch\xe4ft;\"Zwei\r\nZeilen\"\r\n");
    std::fs::write(&csv, bytes).unwrap();
    let map = dir.path().join("k.journey.ron");
    run_ok(&[&"import", &csv, &"-o", &map]);
    let m = load(&map);
    assert_eq!(m.title, "Kundenreise");
    assert_eq!(names(&m).1, ["Geschäft"]);
    let titles: Vec<&str> = m.touchpoints.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles[0], "Kasse überprüfen; später");
    assert!(
        titles[1].starts_with("Zwei") && titles[1].ends_with("Zeilen"),
        "{titles:?}"
    );
}

#[test]
fn exported_csv_never_starts_a_formula_and_imports_back_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("evil.csv");
    std::fs::write(
        &csv,
        "stage,lane,title\nA,Web,'=HYPERLINK(\"http://x\")\nA,Web,+1 upsell\nA,Web,-10% off\n\
         A,Web,@mention\n",
    )
    .unwrap();
    let map = dir.path().join("evil.journey.ron");
    run_ok(&[&"import", &csv, &"-o", &map]);
    let m = load(&map);
    let out = dir.path().join("out.csv");
    run_ok(&[&"export", &map, &"-o", &out]);
    let text = std::fs::read_to_string(&out).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(if text.lines().next().unwrap().contains(';') {
            b';'
        } else {
            b','
        })
        .from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell starts a formula: {cell:?}"
            );
        }
    }
    let back = dir.path().join("back.journey.ron");
    run_ok(&[&"import", &out, &"-o", &back]);
    assert_eq!(rows(&load(&back)), rows(&m));
}

#[test]
fn files_that_are_not_maps_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("journey.csv");
    std::fs::write(&csv, "Stage,Lane,Title\nA,B,C\n").unwrap();
    let out = trailmap(&[&"check", &csv]);
    assert_eq!(out.status.code(), Some(1));
    let said = output_text(&out.stdout) + &output_text(&out.stderr);
    assert!(
        said.contains("not a Trailmap map but a CSV spreadsheet")
            && said.contains("trailmap import"),
        "{said}"
    );
    assert!(!said.contains("Probe"), "{said}");
    // A picture cannot be imported either: the message says what Trailmap imports.
    let png = dir.path().join("photo.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let map = dir.path().join("x.journey.ron");
    let out = trailmap(&[&"import", &png, &"-o", &map]);
    assert_eq!(out.status.code(), Some(1));
    let said = output_text(&out.stderr);
    assert!(
        said.contains("an image") && said.contains(".xlsx"),
        "{said}"
    );
    assert!(!map.exists());
}

#[test]
fn broken_spreadsheets_fail_with_a_place_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("x.journey.ron");
    let cases: [(&str, &[u8]); 4] = [
        ("empty.csv", b""),
        (
            "quote.csv",
            b"stage,lane,title\nA,B,\"never closed\nA,B,C\n",
        ),
        ("header.csv", b"stage,lane,title\n"),
        ("cut.xlsx", b"PK\x03\x04\x14\0\0\0\x08\0xl/workbook.xml"),
    ];
    for (name, bytes) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = trailmap(&[&"import", &file, &"-o", &map]);
        let said = output_text(&out.stderr);
        assert!(!said.contains("panicked"), "{name}: {said}");
        if out.status.success() {
            // Only a header is a valid, empty journey.
            assert_eq!(name, "header.csv", "{said}");
            run_ok(&[&"check", &map]);
            std::fs::remove_file(&map).unwrap();
        } else {
            assert_eq!(out.status.code(), Some(1), "{name}: {said}");
            assert!(said.contains(name), "{name}: {said}");
            assert!(!map.exists(), "{name}");
        }
    }
    // An unbalanced quote names the row it starts in.
    let file = dir.path().join("quote.csv");
    let said = output_text(&trailmap(&[&"import", &file, &"-o", &map]).stderr);
    assert!(said.contains("row 2"), "{said}");
}
