//! Helpers shared by the integration tests: the bundled examples, a map using every field,
//! hand-built scenes, and helpers to run the programs users open exports with.
#![allow(dead_code)] // each test file uses a different part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use trailmap::fonts::Weight;
use trailmap::geom::{Point, Rect};
use trailmap::model::*;
use trailmap::scene::{Item, Scene, Stroke};

/// Every bundled example map file.
pub fn example_paths() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".journey.ron"))
        .collect();
    paths.sort();
    paths
}

/// A map that sets every field the format has, with text in every language we serve.
pub fn every_field_map() -> Map {
    let mut card = Touchpoint::new(
        TouchpointId(1),
        StageId(1),
        LaneId(1),
        0,
        "Zażółć gęślą jaźń",
    );
    card.customer_action = "Größe Straße: sieht \"Angebot\" & <klickt>".into();
    card.business_response = "Blåbærsyltetøy\nandra raden".into();
    card.personas = vec![PersonaId(1), PersonaId(2)];
    card.owner = "E-commerce".into();
    card.campaigns = vec!["Spring drop".into(), "Æble Ørsted".into()];
    card.emotion = Some(-2);
    card.reached = Some(120_000);
    card.converted = Some(3_400);
    card.tags = vec!["mobile".into(), "r#\"raw\"#".into()];
    card.color = Some(Color::rgba(0x12, 0x34, 0x56, 0x78));
    card.notes = "Kundresan är ÅÄÖ — \\ backslash, emoji 🛒, tab\tend".into();
    let mut second = Touchpoint::new(TouchpointId(7), StageId(2), LaneId(1), 0, "Checkout");
    second.emotion = Some(2);
    card.state = CardState::Both;
    card.future = Some(FutureValues {
        title: Some("Zażółć: one-tap checkout".into()),
        customer_action: None,
        business_response: Some("Apple Pay first".into()),
        owner: Some("Product".into()),
        emotion: Some(1),
        campaigns: Some(vec![]),
    });
    card.persona_emotions = vec![PersonaEmotion {
        persona: PersonaId(2),
        score: 1,
    }];
    card.channel = Some(Channel::Mobile);
    let mut third = Touchpoint::new(TouchpointId(9), StageId(1), LaneId(1), 1, "Second in cell");
    third.state = CardState::Future;
    Map {
        title: "Every field".into(),
        description: "A map that uses every field of the format".into(),
        language: "de".into(),
        personas: vec![
            Persona {
                id: PersonaId(1),
                name: "Gen-Z shopper".into(),
                color: Color::rgb(0xE4, 0x57, 0x2E),
                description: "19, phone first".into(),
            },
            Persona {
                id: PersonaId(2),
                name: "Busy parent".into(),
                color: Color::rgb(0x29, 0x80, 0xB9),
                description: String::new(),
            },
        ],
        stages: vec![
            Stage {
                id: StageId(1),
                name: "Awareness".into(),
                description: "Discovers the brand".into(),
                color: Some(Color::rgb(0xDB, 0xEA, 0xFE)),
                width: Some(280.5),
                reached: Some(50_000),
                converted: Some(12_345),
            },
            Stage {
                id: StageId(2),
                name: "Purchase".into(),
                description: String::new(),
                color: None,
                width: None,
                reached: None,
                converted: None,
            },
        ],
        lanes: vec![
            Lane {
                id: LaneId(1),
                name: "Website".into(),
                kind: LaneKind::Channel,
                channel: Some(Channel::Website),
                color: Some(Color::rgb(1, 2, 3)),
                persona: None,
            },
            Lane {
                id: LaneId(2),
                name: "Feelings".into(),
                kind: LaneKind::Emotion,
                channel: None,
                color: None,
                persona: None,
            },
        ],
        touchpoints: vec![card, second, third],
        connectors: vec![Connector {
            id: ConnectorId(3),
            from: TouchpointId(7),
            to: TouchpointId(1),
            label: "comes back".into(),
        }],
        ..Map::default()
    }
}

/// The card titles in the languages our users write in.
pub const NORDIC_AND_POLISH: [&str; 5] = [
    "Zażółć gęślą jaźń",
    "Größe Straße",
    "Blåbærsyltetøy",
    "Kundresan är ÅÄÖ",
    "Æble Ørsted",
];

pub const INK: Color = Color::rgb(0x1f, 0x29, 0x37);
pub const MUTED: Color = Color::rgb(0x4b, 0x55, 0x63);
pub const CARD_FILL: Color = Color::rgb(0xff, 0xff, 0xff);
pub const CARD_LINE: Color = Color::rgb(0x94, 0xa3, 0xb8);
pub const STAGE_FILL: Color = Color::rgb(0xdb, 0xea, 0xfe);
pub const ACCENT: Color = Color::rgb(0x25, 0x63, 0xeb);

/// Width of a line of text as the layout measures it: the sum of glyph advances, no kerning,
/// each from Noto Sans or else Noto Emoji (worked out here on its own, not with the layout's
/// code); selectors and joiners take no room.
pub fn measure(text: &str, weight: Weight, size: f32) -> f32 {
    let sans = ttf_parser::Face::parse(weight.data(), 0).expect("bundled font parses");
    let emoji = ttf_parser::Face::parse(trailmap::fonts::EMOJI, 0).expect("bundled font parses");
    let advance =
        |face: &ttf_parser::Face<'_>, g| u32::from(face.glyph_hor_advance(g).unwrap_or(0));
    let (mut sans_units, mut emoji_units) = (0u32, 0u32);
    for c in text
        .chars()
        .filter(|c| !matches!(c, '\u{FE0F}' | '\u{200D}'))
    {
        match (sans.glyph_index(c), emoji.glyph_index(c)) {
            (Some(g), _) => sans_units += advance(&sans, g),
            (None, Some(g)) => emoji_units += advance(&emoji, g),
            (None, None) => sans_units += advance(&sans, ttf_parser::GlyphId(0)),
        }
    }
    sans_units as f32 * size / f32::from(sans.units_per_em())
        + emoji_units as f32 * size / f32::from(emoji.units_per_em())
}

pub fn text(x: f32, y: f32, s: &str, size: f32, weight: Weight, color: Color) -> Item {
    Item::Text {
        origin: Point::new(x, y),
        text: s.into(),
        size,
        weight,
        color,
        width: measure(s, weight, size),
    }
}

/// A touchpoint card as the layout draws one: a group with the card's title as its label, a
/// rounded rectangle, a bold title line and body lines.
pub fn card(id: u32, x: f32, y: f32, title: &str, body: &[&str]) -> Vec<Item> {
    let mut items = vec![
        Item::BeginGroup {
            id: format!("touchpoint-{id}"),
            label: title.to_owned(),
        },
        Item::Rect {
            rect: Rect::new(x, y, 180.0, 92.0),
            radius: 8.0,
            fill: Some(CARD_FILL),
            stroke: Some(Stroke::solid(1.0, CARD_LINE)),
        },
        text(x + 12.0, y + 24.0, title, 14.0, Weight::Bold, INK),
    ];
    for (i, line) in body.iter().enumerate() {
        items.push(text(
            x + 12.0,
            y + 46.0 + 18.0 * i as f32,
            line,
            12.0,
            Weight::Regular,
            MUTED,
        ));
    }
    items.push(Item::EndGroup);
    items
}

/// A small journey map: two stages, four cards (titles in Polish, German, Norwegian, Swedish),
/// arrows, a dashed emotion curve with dots, a translucent band.
pub fn sample_scene() -> Scene {
    let mut items = vec![
        Item::Rect {
            rect: Rect::new(0.0, 0.0, 300.0, 36.0),
            radius: 6.0,
            fill: Some(STAGE_FILL),
            stroke: None,
        },
        Item::Rect {
            rect: Rect::new(320.0, 0.0, 300.0, 36.0),
            radius: 6.0,
            fill: Some(STAGE_FILL),
            stroke: None,
        },
        Item::BeginGroup {
            id: "stage-1".into(),
            label: "Awareness".into(),
        },
        text(12.0, 24.0, "Awareness", 15.0, Weight::Bold, INK),
        Item::EndGroup,
        Item::BeginGroup {
            id: "stage-2".into(),
            label: "Purchase".into(),
        },
        text(332.0, 24.0, "Purchase", 15.0, Weight::Bold, INK),
        Item::EndGroup,
        Item::Rect {
            rect: Rect::new(0.0, 150.0, 620.0, 100.0),
            radius: 0.0,
            fill: Some(Color::rgba(0x25, 0x63, 0xeb, 0x20)),
            stroke: None,
        },
    ];
    items.extend(card(
        1,
        10.0,
        50.0,
        NORDIC_AND_POLISH[0],
        &["Sees an ad on social media", "Owner: Marketing"],
    ));
    items.extend(card(
        2,
        210.0,
        50.0,
        NORDIC_AND_POLISH[1],
        &["Compares sizes on phone"],
    ));
    items.extend(card(
        3,
        330.0,
        154.0,
        NORDIC_AND_POLISH[2],
        &["Buys on the desktop", "Pain: shipping costs"],
    ));
    items.extend(card(
        4,
        430.0,
        50.0,
        NORDIC_AND_POLISH[3],
        &[NORDIC_AND_POLISH[4]],
    ));
    items.push(Item::Arrow {
        points: vec![Point::new(190.0, 96.0), Point::new(210.0, 96.0)],
        stroke: Stroke::solid(2.0, ACCENT),
        head: 8.0,
    });
    items.push(Item::Arrow {
        points: vec![
            Point::new(300.0, 142.0),
            Point::new(300.0, 200.0),
            Point::new(330.0, 200.0),
        ],
        stroke: Stroke {
            width: 1.5,
            color: ACCENT,
            dash: Some(4.0),
        },
        head: 8.0,
    });
    let curve: Vec<Point> = (0..=30)
        .map(|i| {
            let x = 10.0 + 20.0 * i as f32;
            Point::new(x, 300.0 - 30.0 * (x / 90.0).sin())
        })
        .collect();
    items.push(Item::Path {
        points: curve.clone(),
        closed: false,
        fill: None,
        stroke: Some(Stroke {
            width: 2.0,
            color: Color::rgb(0xe1, 0x1d, 0x48),
            dash: Some(6.0),
        }),
    });
    for p in curve.iter().step_by(6) {
        items.push(Item::Circle {
            center: *p,
            radius: 4.0,
            fill: Some(Color::rgb(0xe1, 0x1d, 0x48)),
            stroke: Some(Stroke::solid(1.5, CARD_FILL)),
        });
    }
    items.push(Item::Path {
        points: vec![
            Point::new(560.0, 290.0),
            Point::new(610.0, 290.0),
            Point::new(585.0, 330.0),
        ],
        closed: true,
        fill: Some(Color::rgba(0x16, 0xa3, 0x4a, 0xc0)),
        stroke: Some(Stroke::solid(1.0, INK)),
    });
    Scene {
        width: 620.0,
        height: 340.0,
        items,
        ..Default::default()
    }
}

/// Text written to break markup, in every place text goes.
pub const HOSTILE: [&str; 9] = [
    "<script>alert(1)</script>",
    "Tom & Jerry",
    "\"double\" and 'single' quotes",
    "end of CDATA ]]> here",
    "\u{200F}RTL mark \u{5E9}\u{5DC}\u{5D5}\u{5DD}",
    "emoji 😀🛒 cart",
    "bell\u{7}nul\u{0}esc\u{1b}del\u{7f}ok",
    "<a href=\"http://evil.example/\">link</a>",
    "<image href=\"http://evil.example/x.png\"/>",
];

/// A scene whose every label and text is hostile.
pub fn hostile_scene() -> Scene {
    let mut items = Vec::new();
    for (i, s) in HOSTILE.iter().enumerate() {
        let y = 10.0 + 30.0 * i as f32;
        items.push(Item::BeginGroup {
            id: format!("touchpoint-{i} \"><script>x</script>"),
            label: (*s).to_owned(),
        });
        items.push(text(10.0, y + 16.0, s, 14.0, Weight::Regular, INK));
        items.push(Item::EndGroup);
    }
    Scene {
        width: 420.0,
        height: 10.0 + 30.0 * HOSTILE.len() as f32,
        items,
        ..Default::default()
    }
}

/// What XML text may contain after our writer dropped the characters XML forbids and we chose
/// to drop (controls other than tab and newline).
pub fn xml_visible(s: &str) -> String {
    s.chars()
        .filter(|c| matches!(c, '\t' | '\n') || !c.is_control())
        .collect()
}

/// Runs an external program, or says why it cannot: `None` when it is not installed and we are
/// not under CI (the test then skips with a note); under CI (`CI` set) a missing program fails.
pub fn run_tool(program: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Option<Output> {
    let mut cmd = Command::new(program);
    for a in args {
        cmd.arg(a);
    }
    match cmd.output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var_os("CI").is_some() {
                panic!(
                    "{program} is not installed but CI is set; install it \
                     (apt-get install -y librsvg2-bin qpdf poppler-utils)"
                );
            }
            // Written straight to stderr: libtest would swallow an eprintln! of a passing test,
            // and a skip nobody sees looks like a pass.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: {program} is not installed (apt-get install -y librsvg2-bin qpdf \
                 poppler-utils); this check runs when it is, and always under CI"
            );
            None
        }
        Err(e) => panic!("could not run {program}: {e}"),
    }
}

/// Asserts a tool run succeeded, showing its output otherwise.
pub fn assert_ok(program: &str, out: &Output) {
    assert!(
        out.status.success(),
        "{program} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Where to put export files for a test: a fresh temporary folder, or
/// `$TRAILMAP_KEEP_EXPORTS/<name>` to keep them for a look.
pub fn out_dir(name: &str) -> (Option<tempfile::TempDir>, std::path::PathBuf) {
    if let Some(dir) = std::env::var_os("TRAILMAP_KEEP_EXPORTS") {
        let dir = Path::new(&dir).join(name);
        std::fs::create_dir_all(&dir).expect("create the kept-exports folder");
        (None, dir)
    } else {
        let tmp = tempfile::tempdir().expect("create a temporary folder");
        let path = tmp.path().to_owned();
        (Some(tmp), path)
    }
}

/// Runs the `trailmap` binary as a user would from a terminal without a desktop (no display
/// variables), and waits for it.
pub fn trailmap(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_trailmap"));
    for a in args {
        cmd.arg(a);
    }
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd.output().expect("run trailmap")
}

/// A program's output as text.
pub fn output_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A Python with python-pptx 1.0.2, in a virtual environment under target/ made once and kept.
/// `None` (the test skips) when Python cannot make one outside CI.
pub fn python_pptx() -> Option<PathBuf> {
    // Tests run in parallel in one program: one of them makes the environment, the others wait
    // for it instead of running venv and pip into the same folder at the same time.
    static MAKING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = MAKING.lock().unwrap_or_else(|e| e.into_inner());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pptx-venv");
    let python = dir.join("bin/python");
    let ready = dir.join("python-pptx-1.0.2.ready");
    if ready.exists() {
        return Some(python);
    }
    let fail = |why: String| -> Option<PathBuf> {
        if std::env::var_os("CI").is_some() {
            panic!("{why}; install python3-venv (scripts/deps.sh test)");
        }
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: {why}; install python3-venv to run it"
        );
        None
    };
    let made = Command::new("python3")
        .arg("-m")
        .arg("venv")
        .arg(&dir)
        .output();
    match made {
        Ok(o) if o.status.success() => {}
        Ok(o) => {
            return fail(format!(
                "python3 -m venv failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
        }
        Err(e) => return fail(format!("python3 cannot run: {e}")),
    }
    let pip = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "python-pptx==1.0.2",
        ])
        .output()
        .expect("run pip");
    assert_ok("pip install python-pptx", &pip);
    std::fs::write(&ready, "").unwrap();
    Some(python)
}
