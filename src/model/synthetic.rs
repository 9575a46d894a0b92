//! Generated maps of any size, for benchmarks and tests of scale. Content is plausible (mixed
//! lane kinds, wrapped titles, personas, connectors) so timings reflect real maps.

use super::{
    Channel, Color, Connector, ConnectorId, Lane, LaneId, LaneKind, Map, Persona, PersonaId, Stage,
    StageId, Touchpoint, TouchpointId,
};

const STAGES: [&str; 6] = [
    "Awareness",
    "Consideration",
    "Purchase",
    "Onboarding",
    "Retention",
    "Advocacy",
];
const LANES: [(&str, LaneKind, Option<Channel>); 8] = [
    ("Social media", LaneKind::Channel, Some(Channel::Social)),
    ("Website", LaneKind::Channel, Some(Channel::Website)),
    ("E-mail", LaneKind::Channel, Some(Channel::Email)),
    ("Store", LaneKind::Channel, Some(Channel::Store)),
    ("Feelings", LaneKind::Emotion, None),
    ("Pain points", LaneKind::PainPoints, None),
    ("Opportunities", LaneKind::Opportunities, None),
    ("Backstage", LaneKind::Backstage, None),
];
const TITLES: [&str; 8] = [
    "Sees a creator's haul video",
    "Compares prices on the phone",
    "Abandoned cart reminder",
    "Größe passt nicht – Rücksendung",
    "Zażółć gęślą jaźń: płatność",
    "Blåbærsyltetøy i handlekurven",
    "Kundresan är ÅÄÖ",
    "Loyalty points e-mail",
];

/// A map with `cards` touchpoints over 6 stages and 8 lanes (the emotion lane gets at most a few
/// points per stage, the rest spread evenly), 3 personas and a connector every 10 cards.
pub fn synthetic_map(cards: usize) -> Map {
    let mut map = Map {
        title: format!("Synthetic journey with {cards} touchpoints"),
        description: "Generated for benchmarks".to_owned(),
        ..Map::default()
    };
    for (i, name) in STAGES.iter().enumerate() {
        map.stages.push(Stage {
            id: StageId(i as u32 + 1),
            name: (*name).to_owned(),
            description: String::new(),
            color: None,
            width: None,
            reached: None,
            converted: None,
        });
    }
    for (i, (name, kind, channel)) in LANES.iter().enumerate() {
        map.lanes.push(Lane {
            id: LaneId(i as u32 + 1),
            name: (*name).to_owned(),
            kind: *kind,
            channel: *channel,
            color: None,
            persona: None,
        });
    }
    for (i, (name, color)) in [
        ("Gen-Z shopper", Color::rgb(0xE4, 0x57, 0x2E)),
        ("Busy parent", Color::rgb(0x29, 0x80, 0xB9)),
        ("Loyal regular", Color::rgb(0x27, 0xAE, 0x60)),
    ]
    .iter()
    .enumerate()
    {
        map.personas.push(Persona {
            id: PersonaId(i as u32 + 1),
            name: (*name).to_owned(),
            color: *color,
            description: String::new(),
        });
    }
    let card_lanes: Vec<LaneId> = map
        .lanes
        .iter()
        .filter(|l| l.kind != LaneKind::Emotion)
        .map(|l| l.id)
        .collect();
    let mut orders = std::collections::HashMap::new();
    for i in 0..cards {
        let stage = map.stages[i % map.stages.len()].id;
        // One emotion point per stage for the first stages' worth of cards, then card lanes.
        let lane = if i < map.stages.len() {
            LaneId(5)
        } else {
            card_lanes[(i / map.stages.len()) % card_lanes.len()]
        };
        let order = orders.entry((stage, lane)).or_insert(0u32);
        let mut t = Touchpoint::new(
            TouchpointId(i as u32 + 1),
            stage,
            lane,
            *order,
            TITLES[i % TITLES.len()],
        );
        *order += 1;
        t.customer_action = "Opens the link on the phone, reads the reviews and saves the item \
                             for later"
            .to_owned();
        t.personas = vec![PersonaId(i as u32 % 3 + 1)];
        t.owner = ["E-commerce", "CRM", "Customer service"][i % 3].to_owned();
        t.emotion = Some((i % 5) as i8 - 2);
        map.touchpoints.push(t);
    }
    let n = map.touchpoints.len();
    for i in (0..n.saturating_sub(7)).step_by(10) {
        map.connectors.push(Connector {
            id: ConnectorId(map.connectors.len() as u32 + 1),
            from: map.touchpoints[i].id,
            to: map.touchpoints[i + 7].id,
            label: if i % 20 == 0 {
                "comes back".to_owned()
            } else {
                String::new()
            },
        });
    }
    map
}

#[cfg(test)]
mod tests {
    #[test]
    fn synthetic_maps_are_sound() {
        for n in [0, 1, 7, 100, 1000] {
            let map = super::synthetic_map(n);
            assert_eq!(map.touchpoints.len(), n);
            assert_eq!(map.problems(), vec![]);
        }
    }
}
