//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use trailmap::model::*;

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
    let third = Touchpoint::new(TouchpointId(9), StageId(1), LaneId(1), 1, "Second in cell");
    Map {
        title: "Every field".into(),
        description: "A map that uses every field of format 1".into(),
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
            },
            Stage {
                id: StageId(2),
                name: "Purchase".into(),
                description: String::new(),
                color: None,
                width: None,
            },
        ],
        lanes: vec![
            Lane {
                id: LaneId(1),
                name: "Website".into(),
                kind: LaneKind::Channel,
                channel: Some(Channel::Website),
                color: Some(Color::rgb(1, 2, 3)),
            },
            Lane {
                id: LaneId(2),
                name: "Feelings".into(),
                kind: LaneKind::Emotion,
                channel: None,
                color: None,
            },
        ],
        touchpoints: vec![card, second, third],
        connectors: vec![Connector {
            id: ConnectorId(3),
            from: TouchpointId(7),
            to: TouchpointId(1),
            label: "comes back".into(),
        }],
    }
}
