//! Layout properties for random maps: no two cards overlap, every card lies inside its cell,
//! every lane is tall enough for its cards, and text lines fit their cards.

use proptest::prelude::*;
use trailmap::layout::{CardStyle, Layout, LayoutOptions};
use trailmap::model::*;

fn random_map() -> impl Strategy<Value = Map> {
    let title = "[a-zA-Zåäöæøąęłż ]{0,80}|[A-Za-z]{30,60}";
    (
        1usize..6,
        prop::collection::vec(0usize..8, 1..6),
        prop::collection::vec(
            (
                any::<u8>(),
                any::<u8>(),
                title,
                "[a-z ]{0,120}",
                prop::option::of(-2i8..=2),
                0usize..4,
            ),
            0..40,
        ),
        prop::collection::vec(prop::option::of(60.0f32..600.0), 6),
        0usize..3,
    )
        .prop_map(|(stages, lane_kinds, cards, widths, personas)| {
            let mut map = Map::default();
            for (i, width) in widths.iter().enumerate().take(stages) {
                map.stages.push(Stage {
                    width: *width,
                    ..Stage::new(
                        StageId(i as u32 + 1),
                        &format!("Stage {i} with a long name that wraps"),
                    )
                });
            }
            for (i, k) in lane_kinds.iter().enumerate() {
                map.lanes.push(Lane {
                    id: LaneId(i as u32 + 1),
                    name: format!("Lane {i}"),
                    kind: LaneKind::ALL[*k],
                    channel: None,
                    color: None,
                    persona: None,
                });
            }
            for i in 0..personas {
                map.personas.push(Persona {
                    id: PersonaId(i as u32 + 1),
                    name: format!("Persona {i}"),
                    color: Color::rgb(200, 50, 50),
                    description: String::new(),
                });
            }
            for (s, l, title, action, emotion, npersonas) in cards {
                let stage = map.stages[s as usize % map.stages.len()].id;
                let lane = map.lanes[l as usize % map.lanes.len()].id;
                let order = map.cell_len(Cell { stage, lane });
                let mut t = Touchpoint::new(map.next_touchpoint_id(), stage, lane, order, &title);
                t.customer_action = action;
                t.emotion = emotion;
                t.owner = "Customer service".into();
                t.personas = map.personas.iter().take(npersonas).map(|p| p.id).collect();
                map.touchpoints.push(t);
            }
            map
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn cards_do_not_overlap_and_stay_in_their_cells(map in random_map()) {
        prop_assert!(map.problems().is_empty());
        let layout = Layout::compute(&map);
        prop_assert_eq!(layout.cards.len(), map.touchpoints.len());
        for (i, a) in layout.cards.iter().enumerate() {
            let cell = layout.cell_rect(a.cell).expect("card's cell is laid out");
            prop_assert!(cell.contains_rect(&a.rect), "card {:?} {:?} outside its cell {:?}", a.id, a.rect, cell);
            for b in &layout.cards[i + 1..] {
                prop_assert!(!a.rect.intersects(&b.rect), "cards {:?} and {:?} overlap: {:?} {:?}", a.id, b.id, a.rect, b.rect);
            }
            // Text stays inside the card (emotion labels inside their box).
            for line in a.title.lines.iter().chain(&a.body.lines).chain(&a.footer.lines) {
                prop_assert!(line.origin.x >= a.rect.x - 0.01 && line.origin.x + line.width <= a.rect.right() + 0.01,
                    "line {:?} sticks out of card {:?}", line.text, a.rect);
                prop_assert!(line.origin.y > a.rect.y && line.origin.y <= a.rect.bottom() + 0.01);
            }
        }
        // Lanes fit their content and stack without gaps; stages tile the width.
        let mut y = layout.header_band.bottom();
        for lane in &layout.lanes {
            prop_assert!((lane.row.y - y).abs() < 0.01);
            y = lane.row.bottom();
            for card in layout.cards.iter().filter(|c| c.cell.lane == lane.id) {
                prop_assert!(card.rect.bottom() <= lane.row.bottom());
            }
        }
        prop_assert!((layout.height - y).abs() < 0.01);
        let mut x = trailmap::layout::LANE_HEADER_WIDTH;
        for (stage, model) in layout.stages.iter().zip(&map.stages) {
            prop_assert!((stage.column.x - x).abs() < 0.01);
            prop_assert!((stage.column.w - model.width.unwrap_or(trailmap::layout::DEFAULT_STAGE_WIDTH)).abs() < 0.01);
            x = stage.column.right();
        }
        // Emotion points sit on the curve's scale, ordered left to right within a cell.
        for card in layout.cards.iter().filter(|c| c.style == CardStyle::Emotion) {
            prop_assert!(card.marker.is_some());
        }
    }

    #[test]
    fn hidden_lanes_leave_no_cards_behind(map in random_map(), hide in any::<u8>()) {
        let lane = map.lanes[hide as usize % map.lanes.len()].id;
        let layout = Layout::compute_with(&map, &LayoutOptions { hidden_lanes: vec![lane], ..LayoutOptions::default() });
        prop_assert!(layout.lanes.iter().all(|l| l.id != lane));
        prop_assert!(layout.cards.iter().all(|c| c.cell.lane != lane));
    }
}

#[test]
fn hit_tests_find_cards_cells_and_headers() {
    let map = synthetic_map(60);
    let layout = Layout::compute(&map);
    for card in &layout.cards {
        assert_eq!(layout.card_at(card.rect.center()), Some(card.id));
        assert_eq!(layout.cell_at(card.rect.center()), Some(card.cell));
    }
    let stage = &layout.stages[2];
    assert_eq!(
        layout.stage_header_at(stage.header.center()),
        Some(stage.id)
    );
    let lane = &layout.lanes[1];
    assert_eq!(layout.lane_header_at(lane.header.center()), Some(lane.id));
    // Dropping above the first card of a cell puts the card first, below the last puts it last.
    let card = layout
        .cards
        .iter()
        .find(|c| c.style == CardStyle::Touchpoint)
        .unwrap();
    let rect = layout.cell_rect(card.cell).unwrap();
    let n = map.cell_len(card.cell);
    let top = trailmap::geom::Point::new(rect.center().x, rect.y + 1.0);
    let bottom = trailmap::geom::Point::new(rect.center().x, rect.bottom() - 1.0);
    assert_eq!(layout.drop_order(card.cell, top, &[]), 0);
    assert_eq!(layout.drop_order(card.cell, bottom, &[]), n);
    assert_eq!(layout.drop_order(card.cell, bottom, &[card.id]), n - 1);
}

#[test]
fn emotion_score_follows_height() {
    let map = synthetic_map(12);
    let layout = Layout::compute(&map);
    let curve = &layout.curves[0];
    assert_eq!(layout.emotion_score_at(curve.lane, curve.top_y), Some(2));
    assert_eq!(
        layout.emotion_score_at(curve.lane, curve.zero_y + 1.0),
        Some(0)
    );
    assert_eq!(
        layout.emotion_score_at(curve.lane, curve.bottom_y + 500.0),
        Some(-2)
    );
    for card in layout.cards.iter().filter(|c| c.marker.is_some()) {
        let m = card.marker.unwrap();
        let score = map.touchpoint(card.id).unwrap().emotion.unwrap_or(0);
        assert_eq!(
            layout.emotion_score_at(card.cell.lane, m.center.y),
            Some(score)
        );
    }
}
