//! Spreadsheets in and out as a marketer meets them: files as Excel, LibreOffice and Google
//! Sheets write them, round trips through CSV, TSV and .xlsx, formula-safe exports, and
//! hostile sheets that must give a clear error or a sane map, never a panic.

use crate::common;

use std::io::{Read, Write};

use proptest::prelude::*;
use trailmap::interchange::sheet::{
    self, MAX_UNPACKED_BYTES, SheetProblem, SheetWarning, clipboard_range,
};
use trailmap::interchange::{
    Cut, Format, ImportError, ImportOptions, ImportProblem, Imported, Place, Warning,
};
use trailmap::model::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/sheets/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn options() -> ImportOptions {
    ImportOptions::default()
}

fn csv(text: &str) -> Result<Imported, ImportError> {
    sheet::import_text(text.as_bytes(), Format::Csv, &options())
}

fn ok(r: Result<Imported, ImportError>) -> Imported {
    let imported = r.unwrap_or_else(|e| panic!("import failed: {e}"));
    assert_eq!(imported.map.problems(), vec![], "imported map is unsound");
    imported
}

fn sheet_problem(r: Result<Imported, ImportError>) -> (Option<Place>, SheetProblem) {
    match r {
        Ok(_) => panic!("import should fail"),
        Err(ImportError {
            at,
            problem: ImportProblem::Sheet(p),
        }) => (at, p),
        Err(e) => panic!("not a sheet problem: {e}"),
    }
}

fn row(row: usize) -> Place {
    Place::Row { sheet: None, row }
}

fn cell(row: usize, column: usize) -> Place {
    Place::Cell {
        sheet: None,
        row,
        column,
    }
}

// ---------------------------------------------------------------------------------------------
// What a round trip keeps: every field a spreadsheet carries, by name and position, not by id.

#[derive(Debug, PartialEq)]
struct Card {
    stage: usize,
    lane: usize,
    order: u32,
    title: String,
    channel: Option<Channel>,
    customer_action: String,
    business_response: String,
    personas: Vec<String>,
    owner: String,
    campaigns: Vec<String>,
    emotion: Option<i8>,
    reached: Option<u64>,
    converted: Option<u64>,
    tags: Vec<String>,
    notes: String,
    state: CardState,
}

#[derive(Debug, PartialEq)]
struct Carried {
    language: String,
    stages: Vec<String>,
    lanes: Vec<(String, LaneKind, Option<Channel>)>,
    personas: Vec<String>,
    cards: Vec<Card>,
}

fn carried(map: &Map) -> Carried {
    let language = match primary_language(&map.language).as_str() {
        "" => "en".to_owned(),
        l => l.to_owned(),
    };
    let mut cards: Vec<Card> = map
        .touchpoints
        .iter()
        .map(|t| Card {
            stage: map.stage_index(t.stage).unwrap(),
            lane: map.lane_index(t.lane).unwrap(),
            order: t.order,
            title: t.title.clone(),
            channel: t.channel,
            customer_action: t.customer_action.clone(),
            business_response: t.business_response.clone(),
            personas: t
                .personas
                .iter()
                .map(|p| map.persona(*p).unwrap().name.clone())
                .collect(),
            owner: t.owner.clone(),
            campaigns: t.campaigns.clone(),
            emotion: t.emotion,
            reached: t.reached,
            converted: t.converted,
            tags: t.tags.clone(),
            notes: t.notes.clone(),
            state: t.state,
        })
        .collect();
    cards.sort_by_key(|c| (c.stage, c.lane, c.order));
    Carried {
        language,
        stages: map.stages.iter().map(|s| s.name.clone()).collect(),
        lanes: map
            .lanes
            .iter()
            .map(|l| (l.name.clone(), l.kind, l.channel))
            .collect(),
        personas: map.personas.iter().map(|p| p.name.clone()).collect(),
        cards,
    }
}

fn via_csv(map: &Map) -> Imported {
    ok(sheet::import_text(
        &sheet::export_csv(map),
        Format::Csv,
        &options(),
    ))
}

fn via_tsv(map: &Map) -> Imported {
    ok(sheet::import_text(
        &sheet::export_tsv(map),
        Format::Tsv,
        &options(),
    ))
}

fn via_xlsx(map: &Map) -> Imported {
    ok(sheet::import_xlsx(
        &sheet::export_xlsx(map).expect("xlsx export"),
        &options(),
    ))
}

// ---------------------------------------------------------------------------------------------
// Generated maps: any unicode, and the characters that break spreadsheets on purpose.

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[=+\\-@'\t\r\n\";, a-zA-ZäöüßÅØæŁż€😀_]{0,10}",
        1 => "[=+\\-@'\t\r]['=+\\-@]{0,3}[a-z0-9]{0,3}",
        1 => any::<String>().prop_map(|s| s.replace('\0', "")),
        1 => Just(String::new()),
    ]
}

fn names(min: usize, max: usize, prefix: &'static str) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), min..=max).prop_map(move |v| {
        let mut out: Vec<String> = Vec::new();
        for (i, n) in v.into_iter().enumerate() {
            // Sheets match stages, lanes and personas by name: names are distinct and not empty.
            if n.is_empty() || out.contains(&n) {
                out.push(format!("{prefix}{i}"));
            } else {
                out.push(n);
            }
        }
        out
    })
}

fn lane_kind() -> impl Strategy<Value = (LaneKind, Option<Channel>)> {
    prop_oneof![
        prop::sample::select(LaneKind::ALL.to_vec()).prop_map(|k| (k, None)),
        prop::sample::select(Channel::ALL.to_vec()).prop_map(|c| (LaneKind::Channel, Some(c))),
    ]
}

#[derive(Debug, Clone)]
struct CardSpec {
    stage: usize,
    lane: usize,
    title: String,
    fields: [String; 4],
    personas: Vec<usize>,
    lists: [Vec<String>; 2],
    emotion: Option<i8>,
    counts: (Option<u64>, Option<u64>),
    state: CardState,
    channel: Option<Channel>,
}

fn card_spec() -> impl Strategy<Value = CardSpec> {
    (
        (0usize..5, 0usize..5, text()),
        [text(), text(), text(), text()],
        prop::collection::vec(0usize..4, 0..3),
        [
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(text(), 0..3),
        ],
        (
            prop::option::of(-2i8..=2),
            prop::option::of(any::<u64>()),
            prop::option::of(0u64..100_000),
        ),
        prop::sample::select(CardState::ALL.to_vec()),
        prop::option::of(prop::sample::select(Channel::ALL.to_vec())),
    )
        .prop_map(
            |((stage, lane, title), fields, personas, lists, (emotion, r, c), state, channel)| {
                CardSpec {
                    stage,
                    lane,
                    title,
                    fields,
                    personas,
                    lists,
                    emotion,
                    counts: (r, c),
                    state,
                    channel,
                }
            },
        )
}

fn map_strategy() -> impl Strategy<Value = Map> {
    (
        prop::sample::select(vec!["en", "de", "pl", "sv", "nb"]),
        names(1, 5, "Stage "),
        (names(1, 5, "Lane "), prop::collection::vec(lane_kind(), 5)),
        names(0, 4, "Persona "),
        prop::collection::vec(card_spec(), 0..12),
    )
        .prop_map(|(language, stages, (lanes, kinds), personas, specs)| {
            let mut map = Map {
                language: language.to_owned(),
                ..Map::default()
            };
            for (i, n) in stages.iter().enumerate() {
                map.stages.push(Stage::new(StageId(i as u32 + 10), n));
            }
            for (i, n) in lanes.iter().enumerate() {
                let (kind, channel) = kinds[i];
                let mut lane = Lane::new(LaneId(i as u32 + 20), n, kind);
                lane.channel = channel;
                map.lanes.push(lane);
            }
            for (i, n) in personas.iter().enumerate() {
                map.personas.push(Persona {
                    id: PersonaId(i as u32 + 30),
                    name: n.clone(),
                    color: Color::rgb(1, 2, 3),
                    description: String::new(),
                });
            }
            let mut orders = std::collections::HashMap::new();
            for (i, s) in specs.into_iter().enumerate() {
                let stage = map.stages[s.stage % map.stages.len()].id;
                let lane = map.lanes[s.lane % map.lanes.len()].id;
                let order = orders.entry((stage, lane)).or_insert(0u32);
                let mut t = Touchpoint::new(TouchpointId(i as u32 + 1), stage, lane, *order, "");
                *order += 1;
                let [ca, br, owner, notes] = s.fields;
                t.title = s.title;
                t.customer_action = ca;
                t.business_response = br;
                t.owner = owner;
                t.notes = notes;
                if !map.personas.is_empty() {
                    for p in s.personas {
                        let id = map.personas[p % map.personas.len()].id;
                        if !t.personas.contains(&id) {
                            t.personas.push(id);
                        }
                    }
                }
                let [campaigns, tags] = s.lists;
                t.campaigns = campaigns;
                t.tags = tags;
                t.emotion = s.emotion;
                t.reached = s.counts.0;
                t.converted = s.counts.1;
                t.state = s.state;
                t.channel = s.channel;
                map.touchpoints.push(t);
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn a_map_comes_back_from_csv(map in map_strategy()) {
        prop_assert_eq!(map.problems(), vec![]);
        let back = via_csv(&map);
        prop_assert_eq!(&back.warnings, &vec![]);
        prop_assert_eq!(carried(&back.map), carried(&map));
    }

    #[test]
    fn a_map_comes_back_from_tsv(map in map_strategy()) {
        let back = via_tsv(&map);
        prop_assert_eq!(&back.warnings, &vec![]);
        prop_assert_eq!(back.format, Format::Tsv);
        prop_assert_eq!(carried(&back.map), carried(&map));
    }

    #[test]
    fn a_map_comes_back_from_xlsx(map in map_strategy()) {
        let back = via_xlsx(&map);
        prop_assert_eq!(&back.warnings, &vec![]);
        prop_assert_eq!(carried(&back.map), carried(&map));
    }

    #[test]
    fn no_exported_text_cell_starts_a_formula(map in map_strategy()) {
        let csv_sep = if map.language == "en" { b',' } else { b';' };
        for (bytes, sep) in [(sheet::export_csv(&map), csv_sep), (sheet::export_tsv(&map), b'\t')] {
            let body = &bytes[3..];
            let mut r = csv::ReaderBuilder::new().delimiter(sep).has_headers(false)
                .flexible(true).from_reader(body);
            for record in r.records().skip(1) {
                let record = record.unwrap();
                for (i, field) in record.iter().enumerate() {
                    // Emotion (column K) and the counts (L, M) are plain numbers.
                    if (10..=12).contains(&i) {
                        prop_assert!(field.is_empty() || field.parse::<i64>().is_ok() || field.parse::<u64>().is_ok(), "{:?}", field);
                        continue;
                    }
                    prop_assert!(!field.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", field);
                }
            }
        }
    }

    #[test]
    fn any_bytes_import_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for format in [Format::Csv, Format::Tsv] {
            if let Ok(imported) = sheet::import_text(&bytes, format, &options()) {
                prop_assert_eq!(imported.map.problems(), vec![]);
            }
        }
        if let Ok(imported) = sheet::import_xlsx(&bytes, &options()) {
            prop_assert_eq!(imported.map.problems(), vec![]);
        }
    }

    #[test]
    fn any_text_with_quotes_and_separators_imports_or_fails_cleanly(
        text in "[a-c\";,\t\r\n]{0,60}"
    ) {
        if let Ok(imported) = csv(&format!("stage,lane,title\n{text}")) {
            prop_assert_eq!(imported.map.problems(), vec![]);
        }
        if let Ok(imported) = csv(&text) {
            prop_assert_eq!(imported.map.problems(), vec![]);
        }
    }
}

#[test]
fn every_example_comes_back_from_each_format() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let want = carried(&map);
        for (name, back) in [
            ("csv", via_csv(&map)),
            ("tsv", via_tsv(&map)),
            ("xlsx", via_xlsx(&map)),
        ] {
            assert_eq!(back.warnings, vec![], "{name} {}", path.display());
            assert_eq!(carried(&back.map), want, "{name} {}", path.display());
        }
    }
}

#[test]
fn exports_are_what_excel_expects_in_each_language() {
    let mut map = common::every_field_map();
    map.language = "de".into();
    let bytes = sheet::export_csv(&map);
    assert!(bytes.starts_with(b"\xEF\xBB\xBFPhase;Zeile;Zeilenart;Titel;"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("\r\n"));
    assert!(text.contains("Zażółć gęślą jaźń"));
    map.language = "en".into();
    let bytes = sheet::export_csv(&map);
    assert!(bytes.starts_with(b"\xEF\xBB\xBFStage,Lane,Lane kind,Title,Channel,"));
    for (lang, header) in [
        ("pl", "Etap;Wiersz;Rodzaj wiersza;Tytuł;"),
        ("sv", "Fas;Rad;Radtyp;Rubrik;"),
        ("nb", "Fase;Rad;Radtype;Tittel;"),
    ] {
        map.language = lang.into();
        let bytes = sheet::export_csv(&map);
        assert!(
            String::from_utf8_lossy(&bytes).starts_with(&format!("\u{feff}{header}")),
            "{lang}"
        );
        assert_eq!(via_csv(&map).map.language, lang);
    }
    let tsv = sheet::export_tsv(&map);
    assert!(tsv.starts_with(b"\xEF\xBB\xBFFase\tRad\t"));
}

// ---------------------------------------------------------------------------------------------
// Files as real programs write them.

#[test]
fn a_german_excel_csv_in_windows_1252_reads_with_umlauts_and_line_breaks() {
    let imported = ok(sheet::import_text(
        &fixture("german-excel.csv"),
        Format::Csv,
        &options(),
    ));
    let map = &imported.map;
    assert_eq!(
        imported.warnings,
        vec![Warning::Sheet(SheetWarning::LegacyEncoding {
            encoding: "windows-1252".into()
        })]
    );
    assert_eq!(map.language, "de");
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Aufmerksamkeit", "Kauf"]);
    let lanes: Vec<(&str, LaneKind, Option<Channel>)> = map
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind, l.channel))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Soziale Medien", LaneKind::Channel, Some(Channel::Social)),
            ("Website", LaneKind::Channel, Some(Channel::Website)),
            ("Filiale", LaneKind::Channel, Some(Channel::Store)),
            ("Schmerzpunkte", LaneKind::PainPoints, None),
        ]
    );
    let personas: Vec<&str> = map.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(personas, ["Jörg", "Änne"]);
    let ad = &map.touchpoints[0];
    assert_eq!(ad.title, "Anzeige für Größe S–XL");
    assert_eq!(ad.customer_action, "Sieht die Anzeige; klickt \"Mehr\"");
    assert_eq!((ad.emotion, ad.reached), (Some(1), Some(1234)));
    assert_eq!(
        map.touchpoints[1].customer_action,
        "Liest Bewertungen\r\nvergleicht Preise"
    );
    assert_eq!(map.touchpoints[2].state, CardState::Current);
    assert_eq!(map.touchpoints[3].state, CardState::Future);
    assert_eq!(map.touchpoints[3].emotion, Some(-1));
}

#[test]
fn a_polish_csv_in_windows_1250_reads_with_polish_letters() {
    let imported = ok(sheet::import_text(
        &fixture("polish-excel.csv"),
        Format::Csv,
        &options(),
    ));
    let map = &imported.map;
    assert_eq!(map.language, "pl");
    assert_eq!(
        imported.warnings,
        vec![Warning::Sheet(SheetWarning::LegacyEncoding {
            encoding: "windows-1250".into()
        })]
    );
    assert_eq!(map.stages[0].name, "Świadomość");
    assert_eq!(map.lanes[0].channel, Some(Channel::Social));
    assert_eq!(map.touchpoints[0].title, "Zażółć gęślą jaźń");
    let personas: Vec<&str> = map.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(personas, ["Łucja", "Paweł"]);
    assert_eq!(map.touchpoints[1].personas.len(), 2);
}

#[test]
fn excel_unicode_text_in_utf16_reads_as_tab_separated() {
    // Excel's "Unicode text" is .txt; the content decides, so the hint may be either.
    for hint in [Format::Csv, Format::Tsv] {
        let imported = ok(sheet::import_text(
            &fixture("unicode-text.txt"),
            hint,
            &options(),
        ));
        assert_eq!(imported.warnings, vec![]);
        assert_eq!(imported.format, Format::Tsv);
        let t = &imported.map.touchpoints[0];
        assert_eq!(t.title, "Sees a creator's haul video 👍🏽");
        assert_eq!(t.notes, "First line\nsecond \"quoted\" line");
        assert_eq!(t.tags, ["tiktok", "video"]);
        assert_eq!(imported.map.language, "en");
    }
}

#[test]
fn a_grid_reads_as_the_map_is_drawn() {
    let imported = ok(sheet::import_text(
        &fixture("grid-libreoffice.csv"),
        Format::Csv,
        &ImportOptions {
            sheet: None,
            language: "sv".into(),
        },
    ));
    let map = &imported.map;
    assert_eq!(imported.warnings, vec![]);
    assert_eq!(
        map.language, "sv",
        "a grid has no header words: the option decides"
    );
    let stages: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Awareness", "Consideration", "Purchase"]);
    let lanes: Vec<(&str, LaneKind)> = map
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Website", LaneKind::Channel),
            ("Pain points", LaneKind::PainPoints),
            ("Thoughts", LaneKind::Text),
        ]
    );
    let cell = |s: usize, l: usize| -> Vec<&str> {
        map.cards_in(Cell {
            stage: map.stages[s].id,
            lane: map.lanes[l].id,
        })
        .iter()
        .map(|t| t.title.as_str())
        .collect()
    };
    assert_eq!(cell(0, 0), ["Landing page", "Blog post"]);
    assert_eq!(cell(1, 1), ["Too many options", "Prices unclear"]);
    assert_eq!(cell(2, 1), ["Checkout fails"]);
    assert_eq!(cell(0, 2), ["Is this for me?"]);
    assert_eq!(map.touchpoints.len(), 7);
}

#[test]
fn header_words_are_understood_in_every_language() {
    for (header, language) in [
        ("stage;lane;title;customer_action;Emotion", "en"),
        ("Phase;Zeile;Titel;Kundenaktion;Kampagnen", "de"),
        ("Etap;Wiersz;Tytuł;Działanie klienta;Emocja", "pl"),
        ("Fas;Rad;Rubrik;Kundens handling;Känsla", "sv"),
        ("Fase;Rad;Tittel;Kundens handling;Følelse", "nb"),
        ("STAGE;Swim-Lane;card;Customer-Action", "en"),
    ] {
        let imported = ok(csv(&format!("{header}\nA;B;C;D;\n")));
        assert_eq!(imported.map.language, language, "{header}");
        assert_eq!(imported.map.stages[0].name, "A", "{header}");
        assert_eq!(imported.map.lanes[0].name, "B", "{header}");
    }
    // "Card_Title" is not a header word: it is warned about, and the title column is missing.
    let (at, p) = sheet_problem(csv("STAGE;Swim-Lane;Card_Title\nA;B;C\n"));
    assert_eq!(at, Some(row(1)));
    assert_eq!(
        p,
        SheetProblem::MissingColumns {
            missing: vec!["Title".into()]
        }
    );
}

#[test]
fn missing_columns_are_named_in_the_sheets_language() {
    let (at, p) = sheet_problem(csv("Phase;Kundenaktion;Kampagnen;Notizen\nA;B;C;D\n"));
    assert_eq!(at, Some(row(1)));
    assert_eq!(
        p,
        SheetProblem::MissingColumns {
            missing: vec!["Zeile".into(), "Titel".into()]
        }
    );
    let (_, p) = sheet_problem(csv("Etap,Tytuł,Notatki\n"));
    assert_eq!(
        p,
        SheetProblem::MissingColumns {
            missing: vec!["Wiersz".into()]
        }
    );
}

#[test]
fn a_single_column_is_not_a_grid_but_a_sheet_without_stage_and_lane() {
    let (at, p) = sheet_problem(csv("Title\nSees an ad\nBuys\n"));
    assert_eq!(at, Some(row(1)));
    assert_eq!(
        p,
        SheetProblem::MissingColumns {
            missing: vec!["Stage".into(), "Lane".into()]
        }
    );
    let (_, p) = sheet_problem(csv("Sees an ad\nBuys\n"));
    assert_eq!(
        p,
        SheetProblem::MissingColumns {
            missing: vec!["Stage".into(), "Lane".into(), "Title".into()]
        }
    );
}

#[test]
fn odd_values_are_left_out_with_a_warning_naming_the_cell() {
    let imported = ok(csv(
        "Stage,Lane,Title,Emotion,Reached,State,Channel,Lane kind,Mood\n\
         A,B,Card,7,many,maybe,Fax,Spaceship,happy\n\
         A,B,Card 2,+2,\"1,500\",future,e-mail,pain points,\n",
    ));
    let map = &imported.map;
    let bad = |column: usize, header: &str, value: &str| {
        Warning::Sheet(SheetWarning::BadValue {
            at: cell(2, column),
            column: header.into(),
            value: value.into(),
        })
    };
    assert_eq!(
        imported.warnings,
        vec![
            Warning::Sheet(SheetWarning::UnknownColumns {
                names: vec!["Mood".into()],
                more: 0
            }),
            bad(8, "Lane kind", "Spaceship"),
            bad(7, "Channel", "Fax"),
            bad(4, "Emotion", "7"),
            bad(5, "Reached", "many"),
            bad(6, "State", "maybe"),
        ]
    );
    let (a, b) = (&map.touchpoints[0], &map.touchpoints[1]);
    assert_eq!(
        (a.emotion, a.reached, a.state, a.channel),
        (None, None, CardState::Both, None)
    );
    assert_eq!(
        (b.emotion, b.reached, b.state, b.channel),
        (Some(2), Some(1500), CardState::Future, Some(Channel::Email))
    );
    // The first row naming a lane decides its kind.
    assert_eq!(map.lanes[0].kind, LaneKind::Text);
}

#[test]
fn rows_without_a_title_name_stages_and_lanes_without_cards() {
    let imported = ok(csv(
        "stage,lane,title,personas\nEmpty stage,Empty lane,,Nobody\nA,B,Card,\n",
    ));
    let map = &imported.map;
    assert_eq!(map.stages.len(), 2);
    assert_eq!(map.lanes.len(), 2);
    assert_eq!(map.personas[0].name, "Nobody");
    assert_eq!(map.touchpoints.len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Export safety.

fn injection_map() -> Map {
    let mut map = synthetic_map(0);
    map.language = "en".into();
    let texts = [
        "=HYPERLINK(\"http://evil\",\"click\")",
        "+1+1",
        "-2",
        "@SUM(A1)",
        "\tTab first",
        "\rCR first",
        "'=already guarded",
        "''",
        "'",
        "<r><t>raw rich text</t></r>",
        "_x0041_ is not an A",
    ];
    for (i, t) in texts.iter().enumerate() {
        let mut card = Touchpoint::new(
            TouchpointId(i as u32 + 1),
            StageId(1),
            LaneId(1),
            i as u32,
            t,
        );
        card.notes = (*t).to_owned();
        card.emotion = Some(-2);
        card.reached = Some(5);
        map.touchpoints.push(card);
    }
    map.stages[0].name = "=cmd|' /C calc'!A0".into();
    map
}

#[test]
fn csv_and_tsv_exports_never_start_a_formula_and_read_back_exactly() {
    let map = injection_map();
    for bytes in [sheet::export_csv(&map), sheet::export_tsv(&map)] {
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("'=HYPERLINK"));
        assert!(text.contains("'@SUM(A1)"));
        assert!(text.contains("\"'\tTab first\"") || text.contains("'\tTab first"));
        assert!(text.contains("''=already guarded"));
        // The emotion stays a number.
        assert!(
            text.contains(",-2,5,") || text.contains("\t-2\t5\t"),
            "{text}"
        );
    }
    assert_eq!(carried(&via_csv(&map).map), carried(&map));
    assert_eq!(carried(&via_tsv(&map).map), carried(&map));
}

fn sheet_xml(workbook: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn xlsx_exports_write_text_as_strings_and_numbers_as_numbers() {
    let map = injection_map();
    let bytes = sheet::export_xlsx(&map).unwrap();
    let xml = sheet_xml(&bytes);
    assert!(!xml.contains("<f>") && !xml.contains("<f "), "{xml}");
    assert!(xml.contains("<v>-2</v>"), "emotion is a number: {xml}");
    assert!(
        xml.contains(r#"<pane ySplit="1""#),
        "header row frozen: {xml}"
    );
    assert_eq!(carried(&via_xlsx(&map).map), carried(&map));
    let back = via_xlsx(&map).map;
    assert_eq!(back.touchpoints[9].title, "<r><t>raw rich text</t></r>");
    assert_eq!(back.touchpoints[0].title, map.touchpoints[0].title);
}

#[test]
fn an_xlsx_export_refuses_a_text_longer_than_an_excel_cell() {
    let mut map = synthetic_map(1);
    map.touchpoints[0].notes = "x".repeat(40_000);
    let e = sheet::export_xlsx(&map).unwrap_err();
    assert!(e.to_string().contains("32767"), "{e}");
    // CSV holds it.
    assert_eq!(via_csv(&map).map.touchpoints[0].notes.len(), 40_000);
}

// ---------------------------------------------------------------------------------------------
// Workbooks.

fn workbook(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if let Ok(n) = v.parse::<f64>() {
                    ws.write_number(r as u32, c as u16, n).unwrap();
                } else {
                    ws.write_string(r as u32, c as u16, *v).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_workbook_sheet_is_chosen_by_name_ignoring_case() {
    let bytes = workbook(&[
        ("Notes", &[&["just some notes"]]),
        (
            "Journey",
            &[
                &["Stage", "Lane", "Title", "Emotion", "Reached"],
                &["A", "Web", "Card", "-1", "1500"],
            ],
        ),
    ]);
    let picked = ok(sheet::import_xlsx(
        &bytes,
        &ImportOptions {
            sheet: Some("jOuRnEy".into()),
            language: String::new(),
        },
    ));
    let t = &picked.map.touchpoints[0];
    assert_eq!((t.emotion, t.reached), (Some(-1), Some(1500)));
    // Without a name: the first sheet, which is no journey; the error names it.
    let (at, p) = sheet_problem(sheet::import_xlsx(&bytes, &options()));
    assert_eq!(
        at,
        Some(Place::Row {
            sheet: Some("Notes".into()),
            row: 1
        })
    );
    assert!(matches!(p, SheetProblem::MissingColumns { .. }));
    let e = sheet::import_xlsx(
        &bytes,
        &ImportOptions {
            sheet: Some("Kundresa".into()),
            language: String::new(),
        },
    );
    let (_, p) = sheet_problem(e);
    assert_eq!(
        p,
        SheetProblem::NoSuchSheet {
            name: "Kundresa".into(),
            sheets: vec!["Notes".into(), "Journey".into()]
        }
    );
    assert!(p.to_string().contains("Notes, Journey"));
}

#[test]
fn numbers_in_a_workbook_read_as_a_spreadsheet_shows_them() {
    let bytes = workbook(&[("Grid", &[&["", "1", "2.5"], &["Website", "2024", "0.1"]])]);
    let map = ok(sheet::import_xlsx(&bytes, &options())).map;
    let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["1", "2.5"]);
    let titles: Vec<&str> = map.touchpoints.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, ["2024", "0.1"]);
}

// ---------------------------------------------------------------------------------------------
// Hostile and broken input.

#[test]
fn an_unbalanced_quote_names_the_row_it_starts_on() {
    let (at, p) = sheet_problem(csv(
        "stage,lane,title\nA,B,\"fine\nstill fine\"\nA,B,\"never closed\nA,B,C\n",
    ));
    assert_eq!(at, Some(row(3)));
    assert_eq!(p, SheetProblem::UnclosedQuote { line: 4 });
}

#[test]
fn nul_bytes_are_an_error_at_their_cell() {
    let (at, p) = sheet_problem(csv("stage,lane,title\nA,B,bad\0cell\n"));
    assert_eq!(at, Some(cell(2, 3)));
    assert_eq!(p, SheetProblem::NulByte);
}

#[test]
fn empty_files_and_header_only_files() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n", b" \t "] {
        let (_, p) = sheet_problem(sheet::import_text(bytes, Format::Csv, &options()));
        assert_eq!(p, SheetProblem::Empty);
    }
    let (_, p) = sheet_problem(sheet::import_xlsx(b"", &options()));
    assert_eq!(p, SheetProblem::Empty);
    let only = ok(csv("Stage,Lane,Title\r\n"));
    assert_eq!(only.map.touchpoints.len(), 0);
    assert_eq!(only.warnings, vec![]);
    let (_, p) = sheet_problem(sheet::import_xlsx(&workbook(&[("Empty", &[])]), &options()));
    assert_eq!(p, SheetProblem::Empty);
}

#[test]
fn a_hundred_thousand_rows_import_within_the_limits() {
    let mut text = String::from("stage,lane,title\n");
    for i in 0..100_050 {
        text.push_str(&format!("S{},L{},Card {i}\n", i % 7, i % 3));
    }
    let imported = ok(csv(&text));
    assert_eq!(imported.map.touchpoints.len(), MAX_TOUCHPOINTS);
    assert_eq!(
        imported.warnings,
        vec![Warning::Cut {
            at: row(100_002),
            what: Cut::Cards,
            kept: MAX_TOUCHPOINTS,
            dropped: 50
        }]
    );
}

#[test]
fn five_thousand_columns_are_cut_to_the_stages_a_map_holds() {
    let header: Vec<String> = std::iter::once(String::new())
        .chain((1..5000).map(|i| format!("Stage {i}")))
        .collect();
    let cards: Vec<String> = std::iter::once("Website".to_owned())
        .chain((1..5000).map(|i| format!("Card {i}")))
        .collect();
    let text = format!("{}\n{}\n", header.join(","), cards.join(","));
    let imported = ok(csv(&text));
    assert_eq!(imported.map.stages.len(), MAX_COLUMNS_OR_ROWS);
    assert_eq!(imported.map.touchpoints.len(), MAX_COLUMNS_OR_ROWS);
    assert!(
        matches!(
            imported.warnings.as_slice(),
            [Warning::Cut {
                what: Cut::Stages,
                kept: 1000,
                dropped: 3999,
                ..
            }]
        ),
        "{:?}",
        imported.warnings
    );
    // A long sheet with 5 000 columns names the first unknown ones.
    let wide = format!("stage,lane,title,{}\nA,B,C\n", header[1..].join(","));
    let imported = ok(csv(&wide));
    assert!(matches!(
        &imported.warnings[0],
        Warning::Sheet(SheetWarning::UnknownColumns { names, more })
            if names.len() == 20 && *more == 4999 - 20
    ));
}

#[test]
fn a_three_megabyte_cell_is_shortened() {
    let text = format!("stage,lane,title\nA,B,\"{}\"\n", "ä".repeat(1_500_000));
    let imported = ok(csv(&text));
    assert_eq!(
        imported.map.touchpoints[0].title.chars().count(),
        MAX_TEXT_CHARS
    );
    assert_eq!(
        imported.warnings,
        vec![Warning::Shortened {
            at: cell(2, 3),
            limit: MAX_TEXT_CHARS
        }]
    );
}

#[test]
fn long_lists_are_cut() {
    let tags: Vec<String> = (0..1500).map(|i| format!("t{i}")).collect();
    let text = format!("stage;lane;title;tags\nA;B;C;{}\n", tags.join(","));
    let imported = ok(csv(&text));
    assert_eq!(imported.map.touchpoints[0].tags.len(), MAX_LIST_LEN);
    assert!(matches!(
        imported.warnings.as_slice(),
        [Warning::Cut {
            what: Cut::ListEntries,
            dropped: 500,
            ..
        }]
    ));
}

#[test]
fn a_cut_off_or_foreign_workbook_is_a_clear_error() {
    let bytes = sheet::export_xlsx(&synthetic_map(50)).unwrap();
    for len in [10, bytes.len() / 3, bytes.len() / 2, bytes.len() - 30] {
        let (_, p) = sheet_problem(sheet::import_xlsx(&bytes[..len], &options()));
        assert!(
            matches!(
                p,
                SheetProblem::NotAWorkbook { .. } | SheetProblem::Damaged { .. }
            ),
            "{len}: {p:?}"
        );
    }
    let (_, p) = sheet_problem(sheet::import_xlsx(b"Stage,Lane,Title\n", &options()));
    assert!(matches!(p, SheetProblem::NotAWorkbook { .. }));
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(512, 0);
    let (_, p) = sheet_problem(sheet::import_xlsx(&ole, &options()));
    assert_eq!(p, SheetProblem::OldOrEncrypted);
    // A damaged part inside a sound archive.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<Types").unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let (_, p) = sheet_problem(sheet::import_xlsx(&bytes, &options()));
    assert!(matches!(p, SheetProblem::Damaged { .. }), "{p:?}");
}

/// `workbook` with its first sheet's XML changed by `edit` (every other part as it was).
fn with_sheet_xml(workbook: &[u8], edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut part = archive.by_index(i).unwrap();
        let name = part.name().unwrap().into_owned();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            bytes = edit(std::str::from_utf8(&bytes).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The fuzzer's find: calamine 0.38 adds up a reference's letters and digits in 32 bits and
/// subtracts a range's start from its end unchecked, so these workbooks panicked the import
/// where overflow is checked (as in this test build), and read nonsense elsewhere.
#[test]
fn cell_references_beyond_any_sheet_are_a_clear_error_not_a_panic() {
    let good = workbook(&[(
        "Journey",
        &[
            &["Stage", "Lane", "Title"],
            &["Awareness", "Social", "Sees an ad"],
        ],
    )]);
    assert_eq!(
        ok(sheet::import_xlsx(&good, &options()))
            .map
            .touchpoints
            .len(),
        1
    );
    let xml = sheet_xml(&good);
    assert!(xml.contains(r#"<c r="A2""#) && xml.contains(r#"<dimension ref="A1:C2"/>"#));
    for (from, to, shown) in [
        // Column letters past XFD (nine letters overflowed 32 bits).
        (r#"<c r="A2""#, r#"<c r="AAAAAAAAA2""#, "AAAAAAAAA2"),
        (r#"<c r="A2""#, r#"<c r="XFE2""#, "XFE2"),
        // A row past 1 048 576 (eleven digits overflowed).
        (r#"<c r="A2""#, r#"<c r="A99999999999""#, "A99999999999"),
        (r#"<row r="2""#, r#"<row r="1048577""#, "1048577"),
        // A dimension that ends before it starts (the subtraction overflowed).
        (
            r#"<dimension ref="A1:C2"/>"#,
            r#"<dimension ref="A5:C2"/>"#,
            "A5:C2",
        ),
        (
            r#"<dimension ref="A1:C2"/>"#,
            r#"<dimension ref="C1:A2"/>"#,
            "C1:A2",
        ),
    ] {
        let bytes = with_sheet_xml(&good, |xml| xml.replacen(from, to, 1));
        let (place, p) = sheet_problem(sheet::import_xlsx(&bytes, &options()));
        assert_eq!(
            p,
            SheetProblem::BadCellReference {
                reference: shown.into()
            },
            "{to}"
        );
        assert_eq!(place, None, "{to}");
    }
    // A hostile reference is shown cut short.
    let long = "Z".repeat(5_000);
    let bytes = with_sheet_xml(&good, |xml| {
        xml.replacen(r#"<c r="A2""#, &format!(r#"<c r="{long}2""#), 1)
    });
    let (_, p) = sheet_problem(sheet::import_xlsx(&bytes, &options()));
    assert_eq!(
        p,
        SheetProblem::BadCellReference {
            reference: format!("{}…", "Z".repeat(39))
        }
    );
    // The last cell of a sheet is still a cell.
    let bytes = with_sheet_xml(&good, |xml| {
        xml.replacen(
            r#"<dimension ref="A1:C2"/>"#,
            r#"<dimension ref="A1:XFD1048576"/>"#,
            1,
        )
    });
    assert_eq!(
        ok(sheet::import_xlsx(&bytes, &options()))
            .map
            .touchpoints
            .len(),
        1
    );
}

/// Three of the workbooks the import_xlsx fuzz target found (mutations of Trailmap's own
/// export, one per place calamine's arithmetic overflowed), as it found them.
#[test]
fn the_fuzzers_workbooks_are_refused_naming_the_reference() {
    for (file, reference) in [
        ("fuzz-dimension-ends-before-it-starts.xlsx", "u1:P31"),
        ("fuzz-ten-column-letters.xlsx", "Gtionships"),
        (
            "fuzz-row-of-lowercase-letters.xlsx",
            "mmmmmmmmmi></c></row><r2",
        ),
    ] {
        let (_, p) = sheet_problem(sheet::import_xlsx(&fixture(file), &options()));
        assert_eq!(
            p,
            SheetProblem::BadCellReference {
                reference: reference.into()
            },
            "{file}"
        );
    }
}

#[test]
fn a_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_read() {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/sharedStrings.xml", opts).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..=(MAX_UNPACKED_BYTES >> 20) {
        zip.write_all(&chunk).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    assert!(bytes.len() < 2_000_000, "{}", bytes.len());
    let (_, p) = sheet_problem(sheet::import_xlsx(&bytes, &options()));
    assert!(matches!(p, SheetProblem::UnpacksTooLarge { .. }), "{p:?}");
}

// ---------------------------------------------------------------------------------------------
// Paste from a spreadsheet.

#[test]
fn a_range_copied_from_excel_keeps_multi_line_cells() {
    let excel =
        "Awareness\tConsideration\r\n\"Sees an ad\r\nclicks\"\t\"Says \"\"wow\"\"\"\r\n\tLast\r\n";
    assert_eq!(
        clipboard_range(excel),
        Some(vec![
            vec!["Awareness".to_owned(), "Consideration".to_owned()],
            vec!["Sees an ad\r\nclicks".to_owned(), "Says \"wow\"".to_owned()],
            vec![String::new(), "Last".to_owned()],
        ])
    );
    // LibreOffice and Google Sheets end lines with LF.
    assert_eq!(
        clipboard_range("a\tb\nc\td\n"),
        Some(vec![
            vec!["a".into(), "b".into()],
            vec!["c".into(), "d".into()]
        ])
    );
    // One column: the caller keeps one card per line.
    assert_eq!(clipboard_range("one\ntwo\nthree\n"), None);
    assert_eq!(clipboard_range("\"multi\nline\"\n"), None);
    assert_eq!(clipboard_range(""), None);
    // A stray quote is text, not the start of a cell that swallows the rest.
    assert_eq!(
        clipboard_range("5\" screen\tok\n\"open\tx\n"),
        Some(vec![
            vec!["5\" screen".into(), "ok".into()],
            vec!["\"open".into(), "x".into()]
        ])
    );
}
