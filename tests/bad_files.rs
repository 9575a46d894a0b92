//! Broken, truncated, hostile and absurd files give the documented error and never panic.

use crate::common;

use trailmap::file::{self, LoadError, Location, Looks};

fn good_text() -> String {
    file::to_string(&common::every_field_map()).unwrap()
}

fn syntax_at(result: Result<trailmap::model::Map, LoadError>) -> (Location, String) {
    match result {
        Err(LoadError::Syntax { at, problem }) => (at, problem.to_string()),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

fn invalid(result: Result<trailmap::model::Map, LoadError>) -> Vec<String> {
    match result {
        Err(LoadError::Invalid(problems)) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn empty_file() {
    let (at, message) = syntax_at(file::load_str(""));
    assert_eq!(at, Location { line: 1, column: 1 });
    assert!(message.contains("empty"), "{message}");
    syntax_at(file::load_str("  \n\t\n"));
}

#[test]
fn every_truncation_is_an_error_not_a_panic() {
    let text = good_text();
    let mut cuts: Vec<usize> = (0..text.len()).step_by(7).collect();
    cuts.push(text.len() - 2);
    for cut in cuts {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let result = file::load_bytes(&text.as_bytes()[..cut]);
        assert!(result.is_err(), "a file cut at byte {cut} must not load");
    }
}

#[test]
fn truncated_file_says_where_it_stops() {
    let text = good_text();
    let cut = &text[..text.len() / 2];
    let (at, _) = syntax_at(file::load_str(cut));
    assert!(at.line > 1, "{at}");
}

#[test]
fn wrong_type_names_line_and_column() {
    let text = good_text().replacen("emotion: Some(2)", "emotion: Some(\"happy\")", 1);
    let (at, message) = syntax_at(file::load_str(&text));
    let line = text.lines().position(|l| l.contains("\"happy\"")).unwrap() + 1;
    assert_eq!(at.line, line, "{message}");
    assert!(at.column > 1);
}

#[test]
fn unknown_field_is_named() {
    let text = good_text().replacen("title: \"Checkout\"", "titel: \"Checkout\"", 1);
    let (_, message) = syntax_at(file::load_str(&text));
    assert!(message.contains("titel"), "{message}");
}

#[test]
fn missing_references_name_the_item() {
    let text = good_text()
        .replacen("stage: 2,", "stage: 42,", 1)
        .replacen("personas: [1, 2]", "personas: [1, 9]", 1)
        .replacen("from: 7,", "from: 77,", 1);
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(
        problems.contains("touchpoint 7 “Checkout” is in stage 42, which does not exist"),
        "{problems}"
    );
    assert!(
        problems.contains("names persona 9, which does not exist"),
        "{problems}"
    );
    assert!(
        problems.contains("connector 3 points at touchpoint 77, which does not exist"),
        "{problems}"
    );
}

#[test]
fn problems_point_at_the_item_block() {
    let text = good_text().replacen("stage: 2,", "stage: 42,", 1);
    let err = file::load_str(&text).unwrap_err();
    let problem = &err.problems()[0];
    let line = text.lines().nth(problem.at.line - 1).unwrap();
    assert!(line.contains("id: 7"), "points at {line:?}");
}

#[test]
fn duplicate_ids() {
    let text = good_text().replacen("id: 9,", "id: 7,", 1);
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(
        problems.contains("touchpoint 7 is defined more than once"),
        "{problems}"
    );
}

#[test]
fn newer_format_is_refused_by_version() {
    let newer = file::FORMAT + 1;
    let text = good_text().replacen(
        &format!("format: {},", file::FORMAT),
        &format!("format: {newer},"),
        1,
    );
    match file::load_str(&text) {
        Err(e @ LoadError::NewerFormat { .. }) => {
            assert!(e.to_string().contains(&format!("format {newer}")), "{e}");
            assert!(e.to_string().contains("update Trailmap"), "{e}");
        }
        other => panic!("{other:?}"),
    }
    // Even when the rest of the newer file has a shape this version does not know.
    let alien = format!("(format: {newer}, layers: [(kind: Magic)])");
    assert!(matches!(
        file::load_str(&alien),
        Err(LoadError::NewerFormat { found, .. }) if found == newer
    ));
}

#[test]
fn missing_format_is_an_error() {
    let (_, message) = syntax_at(file::load_str("(title: \"x\")"));
    assert!(message.contains("format"), "{message}");
}

#[test]
fn binary_garbage() {
    let mut bytes = vec![0u8, 159, 146, 150, 0xff, 0xfe];
    bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    assert_eq!(not_a_map(file::load_bytes(&bytes)), Looks::Binary);
    // A map with one broken byte is still a map: the error says where the byte is.
    let mut text = good_text().into_bytes();
    text[40] = 0xff;
    let (at, message) = syntax_at(file::load_bytes(&text));
    assert!(message.contains("not UTF-8"), "{message}");
    assert_eq!(
        at.line,
        1 + text[..40].iter().filter(|&&b| b == b'\n').count()
    );
    // Valid UTF-8 that is not RON.
    assert_eq!(
        not_a_map(file::load_str("\u{1F6D2}\u{0}<xml/>")),
        Looks::Binary
    );
    assert_eq!(
        not_a_map(file::load_str("PK\u{3}\u{4} this is a zip")),
        Looks::Zip
    );
}

fn not_a_map(result: Result<trailmap::model::Map, LoadError>) -> Looks {
    match result {
        Err(LoadError::NotAMap { looks }) => looks,
        other => panic!("expected “not a map”, got {other:?}"),
    }
}

/// What users open by mistake, as the programs that made them write them.
#[test]
fn files_that_are_not_maps_say_what_they_are_not_what_ron_expected() {
    let cases: [(&[u8], Looks); 9] = [
        (
            b"Stage,Lane,Title\r\nAwareness,Web,Landing page\r\n",
            Looks::Csv,
        ),
        (
            b"Phase;Kanal;Titel\r\nKauf;Web;Kasse \xfcberpr\xfcfen\r\n",
            Looks::Csv,
        ),
        (
            b"\xff\xfeS\0t\0a\0g\0e\0\t\0L\0a\0n\0e\0\r\0\n\0",
            Looks::Tsv,
        ),
        (
            b"journey\n  title My day\n  section Go\n    Walk: 5: Me\n",
            Looks::Mermaid,
        ),
        (
            b"# Customer journey\n\nNotes from the workshop.\n",
            Looks::Markdown,
        ),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", Looks::Image),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Looks::Pdf),
        (b"PK\x03\x04\x14\0\0\0\x08\0word/document.xml", Looks::Word),
        (b"Remember to call Anna about the workshop.", Looks::Text),
    ];
    for (bytes, looks) in cases {
        let result = file::load_bytes(bytes);
        let message = result
            .as_ref()
            .map(|_| String::new())
            .unwrap_or_else(|e| e.to_string());
        assert_eq!(not_a_map(result), looks, "{message}");
        assert!(
            message.starts_with("this is not a Trailmap map"),
            "{message}"
        );
        assert!(
            !message.contains("Probe") && !message.contains("enable"),
            "{message}"
        );
        assert_eq!(
            message.contains("trailmap import"),
            looks.importable(),
            "{message}"
        );
    }
    // A map from a newer Trailmap still says to update, not that it is no map.
    let newer = good_text().replacen(&format!("format: {}", file::FORMAT), "format: 99", 1);
    assert!(matches!(
        file::load_str(&newer),
        Err(LoadError::NewerFormat { found: 99, .. })
    ));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 10_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert_eq!(not_a_map(file::load_str(&text)), Looks::Json);
    let text = format!(
        "(format: 1, title: {}1{})",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    syntax_at(file::load_str(&text));
}

#[test]
fn nan_and_infinite_numbers() {
    for bad in ["NaN", "inf", "-inf", "1e39", "5.0"] {
        let text = good_text().replacen("width: Some(280.5)", &format!("width: Some({bad})"), 1);
        let problems = invalid(file::load_str(&text)).join("\n");
        assert!(problems.contains("width"), "{bad}: {problems}");
    }
}

#[test]
fn out_of_range_emotion() {
    let text = good_text().replacen("emotion: Some(2)", "emotion: Some(7)", 1);
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(problems.contains("emotion 7"), "{problems}");
    // Out of i8 range altogether is a parse error, not a wrap-around.
    let text = good_text().replacen("emotion: Some(2)", "emotion: Some(300)", 1);
    syntax_at(file::load_str(&text));
}

#[test]
fn absurd_sizes() {
    // A string longer than any real field.
    let long = "x".repeat(trailmap::model::MAX_TEXT_CHARS + 1);
    let text = good_text().replacen("\"Checkout\"", &format!("\"{long}\""), 1);
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(problems.contains("at most 100000"), "{problems}");

    // Too many touchpoints.
    let mut cards = String::new();
    for i in 0..=trailmap::model::MAX_TOUCHPOINTS {
        cards.push_str(&format!(
            "(id:{},stage:1,lane:1,order:{i},title:\"\"),",
            i + 1
        ));
    }
    let text = format!(
        "(format:1,stages:[(id:1,name:\"S\")],lanes:[(id:1,name:\"L\",kind:Channel)],touchpoints:[{cards}])"
    );
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(problems.contains("100001 touchpoints"), "{problems}");
}

#[test]
fn a_file_over_50_mb_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.journey.ron");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(file::MAX_FILE_BYTES + 1).unwrap();
    match file::load(&path) {
        Err(e @ LoadError::TooLarge { .. }) => assert!(e.to_string().contains("at most")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_missing_file_is_an_io_error() {
    let err = file::load(std::path::Path::new("/nonexistent/dir/x.journey.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Io { .. }), "{err:?}");
}

#[test]
fn self_connector_is_refused() {
    let text = good_text().replacen("from: 7,", "from: 1,", 1);
    let problems = invalid(file::load_str(&text)).join("\n");
    assert!(
        problems.contains("starts and ends at touchpoint 1"),
        "{problems}"
    );
}
