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
fn an_unclosed_description_block_is_an_error_as_in_mermaid_and_an_unclosed_directive_a_warning() {
    let (at, p) = error("journey\nsection A\naccDescr {\n  about\nsection B\nT: 5\n");
    assert_eq!(
        (at, p),
        (Some(Place::Line(3)), MermaidProblem::UnclosedDescription)
    );
    let i = import("journey\nsection A\nT: 5\n%%{init: {\nsection B\n");
    assert_eq!(stage_names(&i.map), ["A"]);
    assert_eq!(
        i.warnings,
        [Warning::Mermaid(MermaidWarning::Unclosed {
            line: 4,
            opener: "%%{".into()
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
        proptest::collection::btree_set("[A-Za-z,;:#]([A-Za-z ,;:#]{0,5}[A-Za-z])?", 0..4),
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

// ---- Mermaid's own parser reads our exports ------------------------------------------------

/// The mermaid npm package in `target/mermaid-check` (installed on first use, never
/// committed): its journey chunk and the chunk holding `encodeEntities`. `None` when node or
/// npm is missing or the install fails (no network); set `TRAILMAP_REQUIRE_MERMAID=1` to make
/// that a failure.
fn mermaid_package() -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    // The tests of one program run in parallel: two `npm install`s into one folder break each
    // other (ENOTEMPTY), so the package is installed once per program and the answer shared.
    static PACKAGE: std::sync::OnceLock<Option<(std::path::PathBuf, std::path::PathBuf)>> =
        std::sync::OnceLock::new();
    PACKAGE.get_or_init(install_mermaid_package).clone()
}

fn install_mermaid_package() -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    use std::process::Command;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/mermaid-check");
    let chunks = dir.join("node_modules/mermaid/dist/chunks/mermaid.core");
    if !chunks.is_dir() {
        std::fs::create_dir_all(&dir).ok()?;
        std::fs::write(
            dir.join("package.json"),
            r#"{"private":true,"type":"module"}"#,
        )
        .ok()?;
        let ok = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "mermaid@11"])
            .current_dir(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return None;
        }
    }
    let mut journey = None;
    let mut utils = None;
    for entry in std::fs::read_dir(&chunks).ok()?.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".mjs") {
            continue;
        }
        if name.starts_with("journeyDiagram-") {
            journey = Some(path);
        } else if std::fs::read_to_string(&path).is_ok_and(|t| t.contains("var encodeEntities")) {
            utils = Some(path);
        }
    }
    Some((journey?, utils?))
}

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

/// What Mermaid's own parser read from a diagram: `None` when it refused it.
#[derive(Debug, Default)]
struct MermaidRead {
    title: String,
    acc_title: String,
    description: String,
    sections: Vec<String>,
    /// Section, task, score as `Number()` gives it, score as written, actors.
    tasks: Vec<(String, String, String, String, Vec<String>)>,
}

fn mermaid_reads(texts: &[String]) -> Option<Vec<Result<MermaidRead, String>>> {
    let Some((journey, utils)) = mermaid_package() else {
        assert!(
            std::env::var_os("TRAILMAP_REQUIRE_MERMAID").is_none(),
            "node, npm or the mermaid package is not available"
        );
        eprintln!("SKIPPED: node, npm or the mermaid npm package is not available");
        return None;
    };
    let mut child = std::process::Command::new("node")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/mermaid_check/parse_journeys.mjs"
        ))
        .arg(&journey)
        .arg(&utils)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(texts.join("\0").as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let blocks: Vec<&str> = stdout.split("END\n").filter(|b| !b.is_empty()).collect();
    assert_eq!(blocks.len(), texts.len());
    Some(
        blocks
            .into_iter()
            .map(|block| {
                let mut lines = block.lines();
                let first = lines.next().unwrap_or_default();
                if first != "OK" {
                    return Err(first.split('\t').nth(1).map(unhex).unwrap_or_default());
                }
                let mut read = MermaidRead::default();
                for line in lines {
                    let f: Vec<String> = line.split('\t').skip(1).map(unhex).collect();
                    match line.split('\t').next() {
                        Some("T") => read.title = f[0].clone(),
                        Some("A") => read.acc_title = f[0].clone(),
                        Some("D") => read.description = f[0].clone(),
                        Some("S") => read.sections.push(f[0].clone()),
                        Some("K") => read.tasks.push((
                            f[0].clone(),
                            f[1].clone(),
                            f[2].clone(),
                            f[3].clone(),
                            f[4..].to_vec(),
                        )),
                        other => panic!("unexpected {other:?}"),
                    }
                }
                Ok(read)
            })
            .collect(),
    )
}

#[test]
fn mermaids_own_parser_reads_our_exports_as_the_same_journey() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut maps: Vec<Map> = (0..400)
        .map(|_| random_map().new_tree(&mut runner).unwrap().current())
        .collect();
    maps.push(import(DOCS_EXAMPLE).map);
    let input: Vec<String> = maps.iter().map(mermaid::export).collect();
    let Some(reads) = mermaid_reads(&input) else {
        return;
    };
    for ((map, text), read) in maps.iter().zip(&input).zip(reads) {
        let read = read.unwrap_or_else(|e| panic!("Mermaid refused our export:\n{text}\n{e}"));
        let (title, description, stages) = carried(map);
        let unnamed_first = stages
            .first()
            .is_some_and(|(n, c)| n.is_empty() && !c.is_empty());
        let sections: Vec<String> = stages
            .iter()
            .skip(usize::from(unnamed_first))
            .map(|(n, _)| n.clone())
            .collect();
        let tasks: Vec<_> = stages
            .iter()
            .flat_map(|(n, cards)| {
                cards.iter().map(move |(t, e, people)| {
                    (
                        n.clone(),
                        t.clone(),
                        (e + 3).to_string(),
                        (e + 3).to_string(),
                        people.clone(),
                    )
                })
            })
            .collect();
        assert_eq!(
            (read.title, read.description),
            (title, description),
            "\n{text}"
        );
        assert_eq!(read.sections, sections, "\n{text}");
        assert_eq!(read.tasks, tasks, "\n{text}");
    }
}

fn empty_acc_at_end(text: &str) -> bool {
    let squeezed: String = text
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    squeezed.ends_with("acctitle:") || squeezed.ends_with("accdescr:")
}

#[test]
fn we_read_journeys_as_mermaids_own_parser_does() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let line = "(section |title |accDescr|accDescr \\{|accTitle|journey|%|#|#35;|Journey|SECTION|  |\\}|)\
                [ :;#{}%,<br>/a-z0-9\t]{0,10}(#58;|#59;|#x;|<br>|<br />|)[ :;#,a-z0-9]{0,6}";
    let texts: Vec<String> = (0..1500)
        .map(|_| {
            let lines = proptest::collection::vec(line, 0..8)
                .new_tree(&mut runner)
                .unwrap()
                .current();
            // Mermaid drops `%%` comment lines before it parses; this harness does not.
            let lines: Vec<String> = lines
                .into_iter()
                .filter(|l| !l.trim_start().starts_with("%%"))
                .collect();
            format!("journey\n{}", lines.join("\n"))
        })
        .chain([DOCS_EXAMPLE.to_owned()])
        .collect();
    let Some(reads) = mermaid_reads(&texts) else {
        return;
    };
    let mut parsed = 0;
    for (text, read) in texts.iter().zip(reads) {
        let ours = mermaid::import(text.as_bytes(), &ImportOptions::default());
        let (read, ours) = match (read, ours) {
            (Ok(r), Ok(o)) => (r, o),
            (Err(_), Err(_)) => continue,
            // Known, on purpose: an empty `accTitle:` or `accDescr:` at the very end is no
            // error for us.
            (Err(_), Ok(_)) if empty_acc_at_end(text) => continue,
            (r, o) => panic!("Mermaid and we disagree on\n{text:?}\nMermaid: {r:?}\nwe: {o:?}"),
        };
        parsed += 1;
        let map = &ours.map;
        let description: Vec<&str> = [read.acc_title.as_str(), read.description.as_str()]
            .into_iter()
            .filter(|d| !d.is_empty())
            .collect();
        assert_eq!(map.title, read.title, "{text:?}");
        assert_eq!(map.description, description.join("\n"), "{text:?}");
        let named: Vec<&str> = map
            .stages
            .iter()
            .skip(usize::from(read.tasks.first().is_some_and(|t| {
                t.0.is_empty() && read.sections.first() != Some(&t.0)
            })))
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(named, read.sections, "{text:?}");
        assert_eq!(map.touchpoints.len(), read.tasks.len(), "{text:?}");
        for (card, (section, task, number, _, actors)) in map.touchpoints.iter().zip(&read.tasks) {
            assert_eq!(
                map.stage(card.stage).map(|s| s.name.as_str()),
                Some(section.as_str()),
                "{text:?}"
            );
            assert_eq!(&card.title, task, "{text:?}");
            match number.parse::<f64>() {
                Ok(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => {
                    assert_eq!(card.emotion, Some(n as i8 - 3), "{text:?}")
                }
                Err(_) => assert_eq!(card.emotion, None, "{text:?}"),
                Ok(_) => {}
            }
            let mut people: Vec<&str> = Vec::new();
            for a in actors.iter().filter(|a| !a.is_empty()) {
                if !people.contains(&a.as_str()) {
                    people.push(a);
                }
            }
            let ours: Vec<&str> = card
                .personas
                .iter()
                .filter_map(|p| map.persona(*p))
                .map(|p| p.name.as_str())
                .collect();
            assert_eq!(ours, people, "{text:?}");
        }
    }
    assert!(parsed > 100, "only {parsed} random diagrams parsed");
}

#[test]
fn lines_after_a_directive_keep_their_numbers_and_text_after_it_joins_its_line() {
    let (at, _) = error("journey\n%%{init: {\n 'theme': 'forest'\n}}%%\nsection A\nNo score\n");
    assert_eq!(at, Some(Place::Line(6)));
    // As in Mermaid: a directive inside a line disappears and the line goes on.
    let i = import("journey\nsection A %%{init: {\n}}%%B\nT: 5\n");
    assert_eq!(stage_names(&i.map), ["A B"]);
}

#[test]
fn a_mmd_file_and_a_txt_that_starts_with_journey_import_through_the_shared_entry() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["day.mmd", "day.MERMAID", "day.txt"] {
        let path = dir.path().join(name);
        std::fs::write(&path, DOCS_EXAMPLE.replace('\n', "\r\n")).unwrap();
        let i = trailmap::interchange::import(&path, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(i.format, trailmap::interchange::Format::Mermaid);
        let bytes = trailmap::interchange::Format::Mermaid
            .export(&i.map)
            .unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), DOCS_EXAMPLE, "{name}");
    }
}
