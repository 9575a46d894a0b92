//! Mermaid `journey` import and export: Mermaid's own spec cases, what a user's diagram turns
//! into, round trips, errors with lines, and hostile input.

use proptest::prelude::*;
use trailmap::interchange::mermaid::{self, MermaidProblem, MermaidWarning};
use trailmap::interchange::{Cut, ImportOptions, Imported, Place, Warning};
use trailmap::model::{LaneKind, Map};

fn import(text: &str) -> Imported {
    import_bytes(text.as_bytes())
}

fn import_bytes(bytes: &[u8]) -> Imported {
    let imported = mermaid::import(bytes, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("import failed: {e}\n{}", String::from_utf8_lossy(bytes)));
    assert_eq!(
        imported.map.problems(),
        vec![],
        "imported map breaks the model"
    );
    imported
}

fn error(text: &str) -> (Option<Place>, MermaidProblem) {
    match mermaid::import(text.as_bytes(), &ImportOptions::default()) {
        Ok(i) => panic!("expected an error, got {:?}", i.map),
        Err(e) => match e.problem {
            trailmap::interchange::ImportProblem::Mermaid(p) => (e.at, p),
            other => panic!("not a Mermaid problem: {other:?}"),
        },
    }
}

/// What Mermaid's journeyDb holds, as our map shows it: per card (section, task, score as
/// emotion, actors).
fn tasks(map: &Map) -> Vec<(String, String, Option<i8>, Vec<String>)> {
    let mut out = Vec::new();
    for stage in &map.stages {
        for lane in &map.lanes {
            for card in map.cards_in(trailmap::model::Cell {
                stage: stage.id,
                lane: lane.id,
            }) {
                let people = card
                    .personas
                    .iter()
                    .filter_map(|p| map.persona(*p))
                    .map(|p| p.name.clone())
                    .collect();
                out.push((stage.name.clone(), card.title.clone(), card.emotion, people));
            }
        }
    }
    out
}

fn task(
    section: &str,
    name: &str,
    score: i8,
    people: &[&str],
) -> (String, String, Option<i8>, Vec<String>) {
    (
        section.to_owned(),
        name.to_owned(),
        Some(score - 3),
        people.iter().map(|p| (*p).to_owned()).collect(),
    )
}

fn stage_names(map: &Map) -> Vec<&str> {
    map.stages.iter().map(|s| s.name.as_str()).collect()
}

// ---- Mermaid's journey.spec cases ----------------------------------------------------------

#[test]
fn spec_a_title_definition() {
    let i = import("journey\ntitle Adding journey diagram functionality to mermaid");
    assert_eq!(
        i.map.title,
        "Adding journey diagram functionality to mermaid"
    );
    assert!(i.map.stages.is_empty());
    assert!(i.warnings.is_empty());
}

#[test]
fn spec_an_accessibility_description() {
    let i = import(
        "journey\naccDescr: A user journey for family shopping\ntitle Adding journey diagram \
         functionality to mermaid\nsection Order from website",
    );
    assert_eq!(i.map.description, "A user journey for family shopping");
    assert_eq!(
        i.map.title,
        "Adding journey diagram functionality to mermaid"
    );
    assert_eq!(stage_names(&i.map), ["Order from website"]);
}

#[test]
fn spec_a_multiline_accessibility_description_then_a_title_on_its_closing_line() {
    let i = import(
        "journey\naccDescr {\n        A user journey for\n        family shopping\n      }\
         title Adding journey diagram functionality to mermaid\naccTitle: Adding acc journey \
         diagram functionality to mermaid\nsection Order from website",
    );
    assert_eq!(
        i.map.title,
        "Adding journey diagram functionality to mermaid"
    );
    // The accessibility title comes first, then the description, one line each.
    assert_eq!(
        i.map.description,
        "Adding acc journey diagram functionality to mermaid\nA user journey for\nfamily shopping"
    );
    assert_eq!(stage_names(&i.map), ["Order from website"]);
}

#[test]
fn spec_an_accessibility_title() {
    let i = import("journey\n    accTitle: The title\n    section Order from website");
    assert_eq!(i.map.description, "The title");
    assert_eq!(i.map.title, "");
}

#[test]
fn spec_a_section_definition() {
    let i = import(
        "journey\ntitle Adding journey diagram functionality to mermaid\nsection Order from website",
    );
    assert_eq!(stage_names(&i.map), ["Order from website"]);
    assert!(i.map.touchpoints.is_empty());
}

#[test]
fn spec_multiline_section_titles_with_different_line_breaks() {
    let i = import(
        "journey\ntitle Adding gantt diagram functionality to mermaid\nsection \
         Line1<br>Line2<br/>Line3</br />Line4<br\t/>Line5",
    );
    // `</br />` is no line break for Mermaid either.
    assert_eq!(
        stage_names(&i.map),
        ["Line1\nLine2\nLine3</br />Line4\nLine5"]
    );
}

#[test]
fn spec_a_task_definition() {
    let i = import(
        "journey\ntitle Adding journey diagram functionality to mermaid\nsection Documentation\n\
         A task: 5: Alice, Bob, Charlie\nB task: 3:Bob, Charlie\nC task: 5\nD task: 5: Charlie, \
         Alice\nE task: 5:\nsection Another section\nP task: 5:\nQ task: 5:\nR task: 5:",
    );
    assert_eq!(
        tasks(&i.map),
        [
            task("Documentation", "A task", 5, &["Alice", "Bob", "Charlie"]),
            task("Documentation", "B task", 3, &["Bob", "Charlie"]),
            task("Documentation", "C task", 5, &[]),
            task("Documentation", "D task", 5, &["Charlie", "Alice"]),
            // Mermaid lists one empty actor here; an empty name is no persona.
            task("Documentation", "E task", 5, &[]),
            task("Another section", "P task", 5, &[]),
            task("Another section", "Q task", 5, &[]),
            task("Another section", "R task", 5, &[]),
        ]
    );
    // Personas in order of first appearance, each once.
    let names: Vec<&str> = i.map.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Alice", "Bob", "Charlie"]);
    assert_ne!(i.map.personas[0].color, i.map.personas[1].color);
    // One emotion lane holds every card, named in the map's language.
    assert_eq!(i.map.lanes.len(), 1);
    assert_eq!(i.map.lanes[0].kind, LaneKind::Emotion);
    assert_eq!(i.map.lanes[0].name, "Emotion curve");
    assert_eq!(i.map.language, "en");
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
}

#[test]
fn spec_db_tasks_and_actors_as_the_lexer_reads_them() {
    // journeyDb.spec adds "Child#1" directly; through the lexer a bare `#` starts a comment,
    // and the entity code `#35;` is how a diagram writes one.
    let i = import(
        "journey\naccTitle: Shopping\naccDescr: A user journey for family shopping\nsection \
         Journey to the shops\nGet car keys: 5: Dad\nGo to car: 3: Dad, Mum, Child#1, Child#2\n\
         Drive to supermarket: 4: Dad\nsection Do shopping\nGo shopping: 5: Mum, Child#35;1",
    );
    assert_eq!(
        i.map.description,
        "Shopping\nA user journey for family shopping"
    );
    assert_eq!(
        tasks(&i.map),
        [
            task("Journey to the shops", "Get car keys", 5, &["Dad"]),
            task(
                "Journey to the shops",
                "Go to car",
                3,
                &["Dad", "Mum", "Child"]
            ),
            task("Journey to the shops", "Drive to supermarket", 4, &["Dad"]),
            task("Do shopping", "Go shopping", 5, &["Mum", "Child#1"]),
        ]
    );
}

// ---- What a user's diagram becomes ---------------------------------------------------------

const DOCS_EXAMPLE: &str = "journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
";

#[test]
fn the_docs_example_exports_back_to_the_same_text() {
    let i = import(DOCS_EXAMPLE);
    assert_eq!(i.map.title, "My working day");
    assert_eq!(stage_names(&i.map), ["Go to work", "Go home"]);
    assert_eq!(
        tasks(&i.map)[2],
        task("Go to work", "Do work", 1, &["Me", "Cat"])
    );
    assert_eq!(mermaid::export(&i.map), DOCS_EXAMPLE);
}

#[test]
fn front_matter_directives_comments_crlf_bom_indentation_and_keyword_case() {
    let text = "\u{feff}---\r\ntitle: \"From: front matter\"\r\nconfig:\r\n  theme: forest\r\n---\r\n\
                %%{init: {'theme': 'forest',\r\n  'journey': {}}}%%\r\n%% a comment\r\n\
                journey\r\n\t\tSECTION First # a comment\r\n   Task one: 4 # why\r\n\
                %% another: 1\r\n Section Second\r\nTask two: 2: Ann # not an actor\r\n";
    let i = import(text);
    assert_eq!(i.map.title, "From: front matter");
    assert_eq!(stage_names(&i.map), ["First", "Second"]);
    assert_eq!(
        tasks(&i.map),
        [
            task("First", "Task one", 4, &[]),
            task("Second", "Task two", 2, &["Ann"])
        ]
    );
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    // A title in the diagram wins over the front matter's, as in Mermaid.
    let i = import("---\ntitle: Front\n---\njourney\ntitle Diagram\n");
    assert_eq!(i.map.title, "Diagram");
}

#[test]
fn tasks_before_any_section_go_into_an_unnamed_first_stage_and_back() {
    let i = import("journey\nEarly: 2\nsection Later\nLate: 4");
    assert_eq!(stage_names(&i.map), ["", "Later"]);
    let text = mermaid::export(&i.map);
    assert_eq!(
        text,
        "journey\n      Early: 2\n    section Later\n      Late: 4\n"
    );
    assert_eq!(import(&text).map, i.map);
}

#[test]
fn no_sections_is_an_empty_map_with_its_emotion_lane() {
    let i = import("journey\n  title Nothing yet\n");
    assert_eq!(i.map.title, "Nothing yet");
    assert!(i.map.stages.is_empty() && i.map.touchpoints.is_empty());
    assert_eq!(i.map.lanes.len(), 1);
    // An empty section is still a stage the marketer named.
    let i = import("journey\nsection Awareness\nsection Purchase\n");
    assert_eq!(stage_names(&i.map), ["Awareness", "Purchase"]);
}

#[test]
fn the_lane_is_named_in_the_map_language() {
    let options = ImportOptions {
        language: "de".to_owned(),
        ..ImportOptions::default()
    };
    let i = mermaid::import(b"journey\nsection A\nT: 3", &options).unwrap();
    assert_eq!(i.map.lanes[0].name, "Emotionskurve");
    assert_eq!(i.map.language, "de");
}

#[test]
fn scores_that_are_not_whole_numbers_from_1_to_5_give_a_card_and_a_warning() {
    let i = import(
        "journey\nsection S\nZero: 0\nSix: 6\nHalf: 3.5\nWord: five: Ann\nEmpty: : Ann\nHex: 0x2\nMore: 4: Ann: extra",
    );
    let emotions: Vec<Option<i8>> = i.map.touchpoints.iter().map(|t| t.emotion).collect();
    assert_eq!(
        emotions,
        [Some(-2), Some(2), Some(1), None, None, Some(-1), Some(1)]
    );
    assert_eq!(
        i.warnings,
        [
            Warning::Mermaid(MermaidWarning::ScoreOutOfRange {
                line: 3,
                task: "Zero".into(),
                score: "0".into(),
                used: 1
            }),
            Warning::Mermaid(MermaidWarning::ScoreOutOfRange {
                line: 4,
                task: "Six".into(),
                score: "6".into(),
                used: 5
            }),
            Warning::Mermaid(MermaidWarning::ScoreRounded {
                line: 5,
                task: "Half".into(),
                score: "3.5".into(),
                used: 4
            }),
            Warning::Mermaid(MermaidWarning::ScoreNotANumber {
                line: 6,
                task: "Word".into(),
                score: "five".into()
            }),
            Warning::Mermaid(MermaidWarning::ScoreNotANumber {
                line: 7,
                task: "Empty".into(),
                score: "".into()
            }),
            Warning::Mermaid(MermaidWarning::IgnoredText {
                line: 9,
                task: "More".into(),
                text: "extra".into()
            }),
        ]
    );
    assert_eq!(
        i.warnings[0].to_string(),
        "line 3: the score 0 of “Zero” is outside 1 to 5; it became 1"
    );
}

#[test]
fn entity_codes_and_keywords_inside_names() {
    let i = import(
        "journey\nsection Pay #58; now\nTitles are fine: 3\nsection: 2\ntitle: 2\n#106;ourney#59; \
         end: 1\naccTitle x: 4\nSay #quot;hi#quot; & #60;br>: 5",
    );
    assert_eq!(stage_names(&i.map), ["Pay : now"]);
    let titles: Vec<&str> = i.map.touchpoints.iter().map(|t| t.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Titles are fine",
            "section",
            "title",
            "journey; end",
            "accTitle x",
            "Say \"hi\" & <br>"
        ]
    );
    // A task named with the keyword first is a Mermaid error, hence the entity code above.
    assert_eq!(
        error("journey\nsection A\nJourney; end: 1").0,
        Some(Place::Line(3))
    );
}

// ---- Errors, with their lines --------------------------------------------------------------

#[test]
fn other_text_is_not_a_journey_and_says_where_it_starts() {
    let (at, p) = error("%% a comment\n\nflowchart LR\n  A --> B\n");
    assert_eq!(at, Some(Place::Line(3)));
    assert_eq!(
        p,
        MermaidProblem::NotAJourney {
            starts: "flowchart".into()
        }
    );
    let (at, p) = error("Dear team, here are my notes.");
    assert_eq!(at, Some(Place::Line(1)));
    assert_eq!(
        p,
        MermaidProblem::NotAJourney {
            starts: "Dear".into()
        }
    );
    assert_eq!(error("  \n%% only a comment\n").1, MermaidProblem::Empty);
    assert_eq!(error("").1, MermaidProblem::Empty);
    assert_eq!(error("---\ntitle: x\n---\n").1, MermaidProblem::Empty);
}

#[test]
fn broken_statements_are_errors_at_their_line() {
    let cases: [(&str, usize, MermaidProblem); 8] = [
        (
            "journey\nsection A\nMake tea\n",
            3,
            MermaidProblem::TaskWithoutScore {
                task: "Make tea".into(),
            },
        ),
        (
            "journey\nsection A\nMake tea:\n",
            3,
            MermaidProblem::TaskWithoutScore {
                task: "Make tea".into(),
            },
        ),
        (
            "journey\nsection A\nMake # tea: 5\n",
            3,
            MermaidProblem::TaskWithoutScore {
                task: "Make".into(),
            },
        ),
        (
            "journey\nsection A\n\n: 5: Ann\n",
            4,
            MermaidProblem::ScoreWithoutTask,
        ),
        (
            "journey\nsection A: 5\n",
            2,
            MermaidProblem::ScoreWithoutTask,
        ),
        (
            "journey\nsection A\nTea: 5; Coffee: 3\n",
            3,
            MermaidProblem::Unexpected { found: ';' },
        ),
        (
            "journey\nsection A\nJourney planning: 4\n",
            3,
            MermaidProblem::JourneyAgain,
        ),
        (
            "---\ntitle: x\njourney\n",
            1,
            MermaidProblem::UnclosedFrontMatter,
        ),
    ];
    for (text, line, problem) in cases {
        let (at, p) = error(text);
        assert_eq!((at, p), (Some(Place::Line(line)), problem), "{text:?}");
    }
    let (at, p) = error("journey\nsection A\nTea: 5\r\nCoffee\r\n");
    assert_eq!(
        (at, p.to_string()),
        (
            Some(Place::Line(4)),
            "the task “Coffee” has no score; a task is written “Coffee: 5: actor, actor”"
                .to_owned()
        )
    );
}

#[test]
fn bytes_that_are_not_utf8_are_an_error_at_their_line() {
    let e = mermaid::import(
        b"journey\nsection A\nCaf\xe9: 5\n",
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.at, Some(Place::Line(3)));
    assert_eq!(
        e.to_string(),
        "line 3: the text is not UTF-8; save the diagram as UTF-8 and import it again"
    );
    // UTF-16 (Notepad's "Unicode") is not UTF-8 either.
    let utf16: Vec<u8> = "\u{feff}journey\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(mermaid::import(&utf16, &ImportOptions::default()).is_err());
}

#[test]
fn an_unclosed_description_block_takes_the_rest_as_mermaid_does_and_says_so() {
    let i = import("journey\nsection A\naccDescr {\n  about\nsection B\nT: 5\n");
    assert_eq!(stage_names(&i.map), ["A"]);
    assert_eq!(i.map.description, "about\nsection B\nT: 5");
    assert_eq!(
        i.warnings,
        [Warning::Mermaid(MermaidWarning::Unclosed {
            line: 3,
            opener: "accDescr {".into()
        })]
    );
}

// ---- Hostile input -------------------------------------------------------------------------

#[test]
fn a_hundred_thousand_tasks_import_and_more_are_cut() {
    let mut text = String::from("journey\nsection A\n");
    for i in 0..100_000 {
        text.push_str(&format!("Task {i}: {}: P{}\n", i % 5 + 1, i % 7));
    }
    let i = import(&text);
    assert_eq!(i.map.touchpoints.len(), 100_000);
    assert_eq!(i.map.personas.len(), 7);
    text.push_str("One more: 3\nAnd another: 3\n");
    let i = import(&text);
    assert_eq!(i.map.touchpoints.len(), 100_000);
    assert_eq!(
        i.warnings,
        [Warning::Cut {
            at: Place::Line(100_003),
            what: Cut::Cards,
            kept: 100_000,
            dropped: 2
        }]
    );
}

#[test]
fn more_sections_or_actors_than_a_map_holds_are_cut() {
    let mut text = String::from("journey\n");
    for i in 0..1_002 {
        text.push_str(&format!("section S{i}\nT{i}: 3: A{i}, B{i}\n"));
    }
    let i = import(&text);
    assert_eq!(i.map.stages.len(), 1_000);
    assert_eq!(i.map.personas.len(), 1_000);
    assert!(i.warnings.iter().any(|w| matches!(
        w,
        Warning::Cut {
            what: Cut::Stages,
            kept: 1_000,
            dropped: 2,
            at: Place::Line(2_002)
        }
    )));
    assert!(i.warnings.iter().any(|w| matches!(
        w,
        Warning::Cut {
            what: Cut::Personas,
            ..
        }
    )));
    assert!(i.warnings.iter().any(|w| matches!(
        w,
        Warning::Cut {
            what: Cut::Cards,
            dropped: 2,
            ..
        }
    )));
}

#[test]
fn a_three_megabyte_line_is_shortened() {
    let long = "x".repeat(3_000_000);
    let i = import(&format!(
        "journey\nsection {long}\n{long}: 3: {long}\ntitle {long}"
    ));
    assert_eq!(i.map.stages[0].name.len(), 100_000);
    assert_eq!(i.map.touchpoints[0].title.len(), 100_000);
    assert_eq!(i.map.title.len(), 100_000);
    assert_eq!(i.map.personas[0].name.len(), 100_000);
    assert!(
        i.warnings
            .iter()
            .all(|w| matches!(w, Warning::Shortened { .. }))
    );
}

#[test]
fn many_warnings_are_capped() {
    let mut text = String::from("journey\nsection A\n");
    for _ in 0..1_000 {
        text.push_str("T: x\n");
    }
    let i = import(&text);
    assert_eq!(i.warnings.len(), mermaid::MAX_LINE_WARNINGS + 1);
    assert_eq!(
        i.warnings.last(),
        Some(&Warning::Mermaid(MermaidWarning::MoreWarnings {
            count: 900
        }))
    );
}

#[test]
fn nul_bytes_deep_nesting_and_odd_text_never_panic() {
    for text in [
        "journey\nsection \0\n\0: 3: \0".to_owned(),
        format!("journey\n{}", "accDescr {".repeat(10_000)),
        format!("journey\n{}", "%%{init: ".repeat(10_000)),
        format!("journey\nsection A\n{}: 3", "#".repeat(100_000)),
        format!("journey\nsection A\nT{}: 3", "#1".repeat(100_000)),
        format!("---\n{}", "---x\n".repeat(10_000)),
        format!("journey\n{}", "<br".repeat(100_000)),
        "journey title".to_owned(),
        "journey\ntitle".to_owned(),
        "journey\nsection".to_owned(),
        "journey\naccTitle:".to_owned(),
        "journey\naccDescr{}".to_owned(),
        "journey\n}%%".to_owned(),
    ] {
        if let Ok(i) = mermaid::import(text.as_bytes(), &ImportOptions::default()) {
            assert_eq!(i.map.problems(), vec![]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_import_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut with_header = b"journey\n".to_vec();
        with_header.extend(&bytes);
        for b in [&bytes, &with_header] {
            if let Ok(i) = mermaid::import(b, &ImportOptions::default()) {
                prop_assert_eq!(i.map.problems(), vec![]);
            }
        }
    }

    #[test]
    fn journey_like_text_imports_or_fails_cleanly(lines in proptest::collection::vec(
        "(section|title|accDescr|accTitle|journey|%%|#|)[ :;#{}%,<br>a-z0-9\t]{0,12}", 0..12)) {
        let text = format!("journey\n{}", lines.join("\n"));
        if let Ok(i) = mermaid::import(text.as_bytes(), &ImportOptions::default()) {
            prop_assert_eq!(i.map.problems(), vec![]);
            // What was imported exports to Mermaid that imports to the same journey.
            let again = import(&mermaid::export(&i.map));
            prop_assert_eq!(carried(&again.map), carried(&i.map));
        }
    }
}

// ---- Round trips ---------------------------------------------------------------------------

fn trim(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_owned()
}

/// What a Mermaid journey carries of a map: title, description (as Mermaid keeps it: no blank
/// lines, no spaces starting a line), and per stage its name and cards (title, emotion as the
/// score gives it, persona names; a card for everyone names all personas).
type Carried = (
    String,
    String,
    Vec<(String, Vec<(String, i8, Vec<String>)>)>,
);

fn carried(map: &Map) -> Carried {
    let description = trim(&map.description)
        .split('\n')
        .map(|l| l.trim_start_matches(|c: char| c.is_whitespace()).to_owned())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let stages = map
        .stages
        .iter()
        .map(|stage| {
            let cards = map
                .lanes
                .iter()
                .flat_map(|lane| {
                    map.cards_in(trailmap::model::Cell {
                        stage: stage.id,
                        lane: lane.id,
                    })
                })
                .map(|card| {
                    let ids: Vec<_> = if card.personas.is_empty() {
                        map.personas.iter().map(|p| p.id).collect()
                    } else {
                        card.personas.clone()
                    };
                    let people = ids
                        .iter()
                        .filter_map(|id| map.persona(*id))
                        .map(|p| trim(&p.name))
                        .filter(|n| !n.is_empty())
                        .collect();
                    (trim(&card.title), card.emotion.unwrap_or(0), people)
                })
                .collect();
            (trim(&stage.name), cards)
        })
        .collect();
    (trim(&map.title), description, stages)
}

/// Texts full of what breaks Mermaid's grammar.
fn hostile_text() -> impl Strategy<Value = String> {
    "(journey|title |section |accDescr|accTitle:|%%|%%\\{init: |<br>|#35;|#|:|\\}|,| )?[a-zA-Z0-9 :;#%,{}<>/\n\r\t&é🙂]{0,12}"
}

fn random_map() -> impl Strategy<Value = Map> {
    (
        hostile_text(),
        hostile_text(),
        proptest::collection::vec(hostile_text(), 0..4),
        1usize..3,
        proptest::collection::btree_set("[A-Za-z ,;:#]{0,6}[A-Za-z]", 0..4),
        proptest::collection::vec(
            (
                0usize..4,
                0usize..3,
                hostile_text(),
                proptest::option::of(-2i8..=2),
                proptest::collection::vec(0usize..4, 0..3),
            ),
            0..10,
        ),
    )
        .prop_map(|(title, description, stages, lanes, personas, cards)| {
            use trailmap::model::*;
            let mut map = Map {
                title,
                description,
                language: "en".into(),
                ..Map::default()
            };
            for (i, name) in stages.iter().enumerate() {
                map.stages.push(Stage::new(StageId(i as u32 + 1), name));
            }
            for i in 0..lanes {
                let kind = LaneKind::ALL[i * 3 % LaneKind::ALL.len()];
                map.lanes
                    .push(Lane::new(LaneId(i as u32 + 1), &format!("Lane {i}"), kind));
            }
            for (i, name) in personas.iter().enumerate() {
                map.personas.push(Persona {
                    id: PersonaId(i as u32 + 1),
                    name: name.clone(),
                    color: Color::BLACK,
                    description: String::new(),
                });
            }
            if !map.stages.is_empty() {
                for (i, (stage, lane, title, emotion, people)) in cards.into_iter().enumerate() {
                    let stage = map.stages[stage % map.stages.len()].id;
                    let lane = map.lanes[lane % map.lanes.len()].id;
                    let order = map.cell_len(Cell { stage, lane });
                    let mut t =
                        Touchpoint::new(TouchpointId(i as u32 + 1), stage, lane, order, &title);
                    t.emotion = emotion;
                    for p in people {
                        if let Some(p) = map.personas.get(p).map(|p| p.id)
                            && !t.personas.contains(&p)
                        {
                            t.personas.push(p);
                        }
                    }
                    map.touchpoints.push(t);
                }
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_map_survives_mermaid_on_the_fields_mermaid_carries(map in random_map()) {
        prop_assert_eq!(map.problems(), vec![]);
        let text = mermaid::export(&map);
        let back = mermaid::import(text.as_bytes(), &ImportOptions::default());
        prop_assert!(back.is_ok(), "{:?}\n{}", back.err(), text);
        let back = back.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(back.map.problems(), vec![]);
        prop_assert!(back.warnings.is_empty(), "{:?}\n{}", back.warnings, text);
        prop_assert_eq!(carried(&back.map), carried(&map), "\n{}", text);
        // Every statement is one line: `journey`, then one line per title, section and task
        // (plus the description block's lines).
        let (_, description, stages) = carried(&map);
        let description_lines = match description.lines().count() {
            0 => 0,
            1 => 1,
            n => n + 2,
        };
        let unnamed_first = stages.first().is_some_and(|(name, cards)| name.is_empty() && !cards.is_empty());
        let expected_lines = 1
            + usize::from(!trim(&map.title).is_empty())
            + description_lines
            + map.stages.len() - usize::from(unnamed_first)
            + map.touchpoints.len();
        prop_assert_eq!(text.lines().count(), expected_lines, "{}", text);
        // Exporting the import again gives the very same text.
        prop_assert_eq!(mermaid::export(&back.map), text);
    }
}

#[test]
fn import_export_import_is_the_same_journey() {
    let text = "---\ntitle: Front\n---\njourney\n  accTitle: Acc\n  accDescr {\n    Line one\n\n      \
                Line two }\nEarly: 2: X\nsection One<br/>Two #58; three\n  Task #35;1: 3.4: A, B#44; C\n\
                section Empty\nsection  Last  \n  #106;ourney#59;: 5\n  #116;itle x: 1: X, A\n";
    let first = import(text);
    let again = import(&mermaid::export(&first.map));
    assert_eq!(carried(&again.map), carried(&first.map));
    assert_eq!(again.map.personas, first.map.personas);
    assert_eq!(mermaid::export(&again.map), mermaid::export(&first.map));
}
