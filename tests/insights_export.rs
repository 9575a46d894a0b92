//! The insights views reach the export: persona filter, compare colours, funnel figures,
//! overlay markers, owner legend and footnotes appear in the SVG, in the map's language.

use crate::common;

use trailmap::export::{ExportOptions, TextMode, svg};
use trailmap::layout::{Layout, LayoutOptions, StateView};
use trailmap::model::*;

/// Stages A-C; Web and Mail channels; Feelings; Metrics. P1 on web and mail in A; web in B
/// speaks to P2 only; two web cards in C share a campaign.
fn map() -> Map {
    let mut m = Map {
        title: "Insights".into(),
        language: "de".into(),
        ..Map::default()
    };
    m.stages = vec![
        Stage {
            reached: Some(12_000),
            converted: Some(3_000),
            ..Stage::new(StageId(1), "A")
        },
        Stage {
            reached: Some(2_500),
            ..Stage::new(StageId(2), "B")
        },
        Stage {
            reached: Some(2_000),
            ..Stage::new(StageId(3), "C")
        },
    ];
    m.lanes = vec![
        Lane {
            channel: Some(Channel::Website),
            ..Lane::new(LaneId(1), "Web", LaneKind::Channel)
        },
        Lane {
            channel: Some(Channel::Email),
            ..Lane::new(LaneId(2), "Mail", LaneKind::Channel)
        },
        Lane::new(LaneId(3), "Feelings", LaneKind::Emotion),
        Lane::new(LaneId(4), "Metrics", LaneKind::Metrics),
    ];
    m.personas = vec![
        Persona {
            id: PersonaId(1),
            name: "Pia".into(),
            color: Color::rgb(0xE4, 0x57, 0x2E),
            description: String::new(),
        },
        Persona {
            id: PersonaId(2),
            name: "Olek".into(),
            color: Color::rgb(0x29, 0x80, 0xB9),
            description: String::new(),
        },
    ];
    let card = |id: u32, stage: u32, lane: u32, title: &str, persona: Option<u32>| {
        let mut t = Touchpoint::new(TouchpointId(id), StageId(stage), LaneId(lane), 0, title);
        t.personas = persona.map(PersonaId).into_iter().collect();
        t
    };
    let mut web_a = card(1, 1, 1, "Landing page", Some(1));
    web_a.owner = "Marketing".into();
    web_a.notes = "Bounce rate doubled in May".into();
    let mut mail_a = card(2, 1, 2, "Welcome mail", Some(1));
    mail_a.owner = "CRM".into();
    let mut web_b = card(3, 2, 1, "Comparison table", Some(2));
    web_b.state = CardState::Current;
    let mut web_c1 = card(4, 3, 1, "Retargeting banner", Some(1));
    web_c1.campaigns = vec!["Sommerschlussverkauf".into()];
    web_c1.future = Some(FutureValues {
        title: Some("Personal offer".into()),
        ..FutureValues::default()
    });
    let mut web_c2 = card(5, 3, 1, "Homepage teaser", Some(2));
    web_c2.campaigns = vec!["sommerschlussverkauf".into()];
    let mut new_card = card(6, 2, 2, "Abandoned-cart mail", None);
    new_card.state = CardState::Future;
    let mut feel_a = card(7, 1, 3, "Curious", None);
    feel_a.emotion = Some(1);
    feel_a.persona_emotions = vec![PersonaEmotion {
        persona: PersonaId(2),
        score: -1,
    }];
    let mut feel_b = card(8, 2, 3, "Annoyed", None);
    feel_b.emotion = Some(-2);
    m.touchpoints = vec![
        web_a, mail_a, web_b, web_c1, web_c2, new_card, feel_a, feel_b,
    ];
    m.normalize();
    assert_eq!(m.problems(), vec![]);
    m
}

fn svg_of(map: &Map, options: &LayoutOptions) -> roxmltree::Document<'static> {
    let layout = Layout::compute_with(map, options);
    let scene = trailmap::scene::build(map, &layout);
    let text = svg::to_svg(
        &scene,
        &ExportOptions {
            text: TextMode::Text,
            ..ExportOptions::default()
        },
    )
    .unwrap();
    roxmltree::Document::parse(Box::leak(text.into_boxed_str())).unwrap()
}

fn group<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> Option<roxmltree::Node<'a, 'a>> {
    doc.descendants().find(|n| n.attribute("id") == Some(id))
}

fn texts(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn card_frame<'a>(doc: &'a roxmltree::Document<'a>, id: u32) -> roxmltree::Node<'a, 'a> {
    let g = group(doc, &format!("touchpoint-{id}"))
        .unwrap_or_else(|| panic!("touchpoint-{id} missing"));
    g.children()
        .find(|n| n.has_tag_name("rect"))
        .expect("card frame")
}

#[test]
fn persona_filter_dims_other_cards_and_draws_their_curve() {
    let m = map();
    let doc = svg_of(
        &m,
        &LayoutOptions {
            personas: vec![PersonaId(1)],
            ..LayoutOptions::default()
        },
    );
    // Olek's card is faded, Pia's is not.
    let faded = |id| {
        card_frame(&doc, id)
            .attribute("fill-opacity")
            .map(|o| o.parse::<f32>().unwrap())
    };
    assert!(faded(3).is_some_and(|o| o < 0.5), "Olek's card dimmed");
    assert_eq!(faded(1), None, "Pia's card at full strength");
    // Pia's curve is drawn in her colour.
    let pia_curve = doc.descendants().filter(|n| {
        n.attribute("stroke") == Some("#e4572e") && n.attribute("stroke-width") == Some("2.5")
    });
    assert_eq!(pia_curve.count(), 1);
}

#[test]
fn views_leave_out_or_compare_current_and_future_cards() {
    let m = map();
    let current = svg_of(&m, &LayoutOptions::default());
    assert!(group(&current, "touchpoint-3").is_some());
    assert!(
        group(&current, "touchpoint-6").is_none(),
        "future-only card hidden today"
    );

    let future = svg_of(
        &m,
        &LayoutOptions {
            state: StateView::Future,
            ..LayoutOptions::default()
        },
    );
    assert!(
        group(&future, "touchpoint-3").is_none(),
        "dropped card gone in the future"
    );
    assert!(texts(group(&future, "touchpoint-4").unwrap()).contains("Personal offer"));

    let compare = svg_of(
        &m,
        &LayoutOptions {
            state: StateView::Compare,
            ..LayoutOptions::default()
        },
    );
    assert_eq!(
        card_frame(&compare, 6).attribute("stroke"),
        Some("#16a34a"),
        "added: green"
    );
    let removed = card_frame(&compare, 3);
    assert_eq!(removed.attribute("stroke"), Some("#dc2626"), "removed: red");
    assert!(removed.attribute("stroke-dasharray").is_some());
    // Struck through: a red line across the removed card's title.
    let removed_group = group(&compare, "touchpoint-3").unwrap();
    assert!(
        removed_group
            .descendants()
            .any(|n| n.attribute("stroke") == Some("#dc2626") && !n.has_tag_name("rect"))
    );
    assert_eq!(
        card_frame(&compare, 4).attribute("stroke"),
        Some("#d97706"),
        "changed: amber"
    );
    assert!(texts(group(&compare, "touchpoint-4").unwrap()).contains("Änderungen: Titel"));
}

#[test]
fn funnel_figures_are_written_for_the_maps_language() {
    let mut m = map();
    let doc = svg_of(&m, &LayoutOptions::default());
    let a = texts(group(&doc, "funnel-1").unwrap());
    assert!(a.contains("12.000 › 3.000 (25\u{A0}%)"), "{a}");
    // 12 000 -> 2 500 is the worst drop (79,2 %), B -> C only 20 %.
    assert!(a.contains("–79,2\u{A0}%"), "{a}");
    let worst = group(&doc, "funnel-1").unwrap();
    assert!(
        worst
            .descendants()
            .any(|n| n.attribute("fill") == Some("#fee2e2")),
        "worst drop highlighted"
    );
    let b = group(&doc, "funnel-2").unwrap();
    assert!(
        !b.descendants()
            .any(|n| n.attribute("fill") == Some("#fee2e2"))
    );

    m.language = "en".into();
    let doc = svg_of(&m, &LayoutOptions::default());
    assert!(texts(group(&doc, "funnel-1").unwrap()).contains("12,000 › 3,000 (25%)"));
}

#[test]
fn insight_markers_show_overlaps_and_gaps() {
    let m = map();
    let plain = svg_of(&m, &LayoutOptions::default());
    assert!(
        group(&plain, "insight-0").is_none(),
        "no markers unless asked"
    );
    let doc = svg_of(
        &m,
        &LayoutOptions {
            insights: true,
            personas: vec![PersonaId(1)],
            ..LayoutOptions::default()
        },
    );
    let all: Vec<String> = doc
        .descendants()
        .filter(|n| {
            n.attribute("id")
                .is_some_and(|id| id.starts_with("insight-"))
        })
        .map(texts)
        .collect();
    assert!(
        all.iter()
            .any(|t| t.starts_with("Überschneidung: Sommerschluss")),
        "{all:?}"
    );
    // Stage B: the web speaks to Olek only, and nothing reaches Pia, so both channels are gaps.
    assert_eq!(
        all.iter().filter(|t| *t == "Nicht erreicht: Pia").count(),
        2,
        "{all:?}"
    );
}

#[test]
fn owners_legend_and_footnotes() {
    let m = map();
    let doc = svg_of(
        &m,
        &LayoutOptions {
            color_by_owner: true,
            footnotes: true,
            ..LayoutOptions::default()
        },
    );
    let legend = texts(group(&doc, "legend").unwrap());
    // The map is German: so are the words Trailmap adds.
    assert_eq!(legend, "Verantwortlich | Marketing | CRM");
    // Cards take their owner's legend colour.
    let swatch = group(&doc, "legend")
        .unwrap()
        .descendants()
        .find(|n| n.has_tag_name("rect"))
        .unwrap();
    assert_eq!(
        card_frame(&doc, 1).attribute("fill"),
        swatch.attribute("fill")
    );
    let all = texts(doc.root());
    assert!(
        all.contains("Landing page — Bounce rate doubled in May"),
        "{all}"
    );
    // The card carries the matching number.
    assert!(texts(group(&doc, "touchpoint-1").unwrap()).contains('1'));
}

#[test]
fn channel_icons_are_drawn_on_lanes_and_cards() {
    let m = map();
    let doc = svg_of(&m, &LayoutOptions::default());
    let strokes = |id: &str| {
        group(&doc, id)
            .unwrap()
            .descendants()
            .filter(|n| n.has_tag_name("polyline") || n.has_tag_name("path"))
            .count()
    };
    assert!(strokes("lane-1") >= 2, "web lane icon");
    assert!(strokes("touchpoint-1") >= 2, "web card icon");
}

#[test]
fn examples_export_with_every_view() {
    for path in common::example_paths() {
        let m = trailmap::file::load(&path).unwrap();
        for state in StateView::ALL {
            let options = LayoutOptions {
                state,
                personas: m.personas.iter().take(1).map(|p| p.id).collect(),
                insights: true,
                color_by_owner: true,
                footnotes: true,
                ..LayoutOptions::default()
            };
            svg_of(&m, &options);
        }
    }
}

#[test]
fn the_words_trailmap_adds_follow_the_maps_language() {
    let mut m = map();
    let options = LayoutOptions {
        state: StateView::Compare,
        insights: true,
        color_by_owner: true,
        personas: vec![PersonaId(1)],
        ..LayoutOptions::default()
    };
    let words = |m: &Map| texts(svg_of(m, &options).root());
    let german = words(&m);
    for w in [
        "Kanal · Website",
        "Emotionskurve",
        "Änderungen: Titel",
        "Nicht erreicht: Pia",
        "Verantwortlich",
    ] {
        assert!(german.contains(w), "{w} missing: {german}");
    }
    m.language = "en".into();
    let english = words(&m);
    for w in [
        "Channel · Website",
        "Emotion curve",
        "Changes: title",
        "Not reached: Pia",
        "Overlap: Sommerschlussverkauf ×2",
        "Owners",
    ] {
        assert!(english.contains(w), "{w} missing: {english}");
    }
    m.language = "pl".into();
    assert!(words(&m).contains("Kanał · E-mail"));
}
