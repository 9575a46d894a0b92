//! Writes the seed corpora of the fuzz targets into `fuzz/seeds/<target>/` from the bundled
//! templates, examples and test fixtures, and the exports Trailmap itself writes of them (so
//! the .xlsx, CSV and Mermaid seeds are files the importers are meant to read back).
//!
//! Not a fuzz target: run it once after a format change, `target/release/make_seeds` from
//! `fuzz/` (scripts/fuzz.sh does when a target has no seeds).

use std::fs;
use std::path::{Path, PathBuf};

use trailmap::interchange::{mermaid, sheet};
use trailmap::model::Map;

fn main() {
    let fuzz = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = fuzz
        .parent()
        .expect("fuzz/ is inside the repository")
        .to_path_buf();
    let seeds = fuzz.join("seeds");
    let read = |p: &str| fs::read(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let load =
        |p: &str| trailmap::file::load_bytes(&read(p)).unwrap_or_else(|e| panic!("{p}: {e:?}"));

    // Map files: a template, an example, the old-format fixtures, tiny hand-written maps and
    // hostile files of tests/bad_files.rs.
    let small = load("assets/templates/classic.en.journey.ron");
    let tiny = "(format:1,stages:[(id:1,name:\"S\")],lanes:[(id:1,name:\"L\",kind:Channel)],\
                touchpoints:[(id:1,stage:1,lane:1,order:0,title:\"T\")])";
    let files: Vec<(String, Vec<u8>)> = vec![
        (
            "classic.en.ron".into(),
            read("assets/templates/classic.en.journey.ron"),
        ),
        (
            "service-blueprint.pl.ron".into(),
            read("assets/templates/service-blueprint.pl.journey.ron"),
        ),
        (
            "b2b-saas.ron".into(),
            read("assets/examples/b2b-saas.journey.ron"),
        ),
        (
            "format1.ron".into(),
            read("tests/fixtures/format1.journey.ron"),
        ),
        (
            "format3.ron".into(),
            read("tests/fixtures/format3.journey.ron"),
        ),
        ("tiny.ron".into(), tiny.as_bytes().to_vec()),
        ("empty-map.ron".into(), b"(format: 5)".to_vec()),
        ("title-only.ron".into(), b"(title: \"x\")".to_vec()),
        (
            "newer.ron".into(),
            b"(format: 99, layers: [(kind: Magic)])".to_vec(),
        ),
        (
            "deep.ron".into(),
            format!("(format: 1, title: {}1{})", "(".repeat(64), ")".repeat(64)).into_bytes(),
        ),
        (
            "synthetic.ron".into(),
            trailmap::file::to_string(&trailmap::model::synthetic_map(12))
                .unwrap()
                .into_bytes(),
        ),
    ];
    write(&seeds.join("load"), &files);

    // Sheets: the fixtures and Trailmap's own CSV and TSV exports.
    let mut sheets: Vec<(String, Vec<u8>)> = [
        "german-excel.csv",
        "grid-libreoffice.csv",
        "polish-excel.csv",
        "unicode-text.txt",
    ]
    .iter()
    .map(|n| (n.to_string(), read(&format!("tests/fixtures/sheets/{n}"))))
    .collect();
    sheets.push(("classic.en.csv".into(), sheet::export_csv(&small)));
    sheets.push(("classic.en.tsv".into(), sheet::export_tsv(&small)));
    sheets.push((
        "tiny.csv".into(),
        b"Stage,Lane,Title\r\nAwareness,Web,Landing page\r\n".to_vec(),
    ));
    sheets.push((
        "latin1.csv".into(),
        b"Phase;Kanal;Titel\r\nKauf;Web;Kasse \xfcberpr\xfcfen\r\n".to_vec(),
    ));
    sheets.push((
        "utf16.txt".into(),
        b"\xff\xfeS\0t\0a\0g\0e\0\t\0L\0a\0n\0e\0\r\0\n\0".to_vec(),
    ));
    write(&seeds.join("import_sheet"), &sheets);

    let xlsx = vec![
        (
            "classic.en.xlsx".into(),
            sheet::export_xlsx(&small).unwrap(),
        ),
        (
            "tiny.xlsx".into(),
            sheet::export_xlsx(&load_text(tiny)).unwrap(),
        ),
    ];
    write(&seeds.join("import_xlsx"), &xlsx);

    let mermaid_seeds = vec![
        ("classic.en.mmd".into(), mermaid::export(&small).into_bytes()),
        ("docs.mmd".into(), b"journey\ntitle My working day\nsection Go to work\n  Make tea: 5: Me\n  Go upstairs: 3: Me\n  Do work: 1: Me, Cat\nsection Go home\n  Go downstairs: 5: Me\n  Sit down: 5: Me\n".to_vec()),
        ("front-matter.mmd".into(), b"---\ntitle: Front\n---\n%%{init: {'theme':'dark'}}%%\njourney\naccTitle: Shopping\naccDescr {\n  A user journey\n}\nEarly: 2\nsection Later %% c\nLate: 4\nHalf: 3.5\nWord: five: Ann\nPay #58; now: 2: A#44;B\n".to_vec()),
    ];
    write(&seeds.join("import_mermaid"), &mermaid_seeds);

    // Merges and diffs: base, ours and theirs cut by 0x1E.
    let mut ours = small.clone();
    ours.title.push_str(" (ours)");
    let mut theirs = small.clone();
    if let Some(stage) = theirs.stages.first_mut() {
        stage.name = "Theirs".into();
    }
    theirs.touchpoints.retain(|t| t.id.0 % 3 != 0);
    theirs.connectors.clear();
    theirs.normalize();
    let text = |m: &Map| trailmap::file::to_string(m).unwrap().into_bytes();
    let join = |parts: &[Vec<u8>]| parts.join(&[trailmap_fuzz::CUT][..]);
    let tiny_b = tiny.as_bytes().to_vec();
    let tiny2 = tiny.replace("title:\"T\"", "title:\"U\"").into_bytes();
    let merges = vec![
        (
            "edits.bin".into(),
            join(&[text(&small), text(&ours), text(&theirs)]),
        ),
        (
            "same.bin".into(),
            join(&[text(&small), text(&small), text(&small)]),
        ),
        (
            "tiny.bin".into(),
            join(&[tiny_b.clone(), tiny2.clone(), tiny_b.clone()]),
        ),
        (
            "conflict.bin".into(),
            join(&[
                tiny_b.clone(),
                tiny2.clone(),
                tiny.replace("title:\"T\"", "title:\"V\"").into_bytes(),
            ]),
        ),
    ];
    write(&seeds.join("merge"), &merges);
    let diffs = vec![
        ("edits.bin".into(), join(&[text(&small), text(&theirs)])),
        ("tiny.bin".into(), join(&[tiny_b.clone(), tiny2])),
        (
            "format1-3.bin".into(),
            join(&[
                read("tests/fixtures/format1.journey.ron"),
                read("tests/fixtures/format3.journey.ron"),
            ]),
        ),
    ];
    write(&seeds.join("diff"), &diffs);

    let pastes: Vec<(String, Vec<u8>)> = vec![
        (
            "range.txt".into(),
            b"Awareness\tPurchase\r\nAd\tCheckout\r\n".to_vec(),
        ),
        (
            "quoted.txt".into(),
            b"\"Two\nlines\"\tB\n\"say \"\"hi\"\"\"\tC\n".to_vec(),
        ),
        (
            "open-quote.txt".into(),
            b"\"never closed\tB\nC\tD\n".to_vec(),
        ),
        (
            "lines.txt".into(),
            b"Call Anna\nBook the room\n\nSend the notes\n".to_vec(),
        ),
        ("tsv-export.txt".into(), sheet::export_tsv(&small)),
    ];
    write(&seeds.join("paste"), &pastes);
}

fn load_text(text: &str) -> Map {
    trailmap::file::load_str(text).expect("a seed map loads")
}

fn write(dir: &Path, files: &[(String, Vec<u8>)]) {
    fs::create_dir_all(dir).unwrap();
    for (name, bytes) in files {
        fs::write(dir.join(name), bytes).unwrap();
    }
    println!("{}: {} seeds", dir.display(), files.len());
}
