//! Turns a Map and its Layout into the Scene: colours, frames and the order things are drawn
//! in. The light print style lives here, so the canvas and every export look the same.

use super::{Item, Scene, Stroke};
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::layout::{Layout, TextBlock};
use crate::model::{Color, Map, TouchpointId};

/// The print palette.
pub mod palette {
    use crate::model::Color;

    /// Paper.
    pub const PAPER: Color = Color::rgb(0xFF, 0xFF, 0xFF);
    /// Main text.
    pub const INK: Color = Color::rgb(0x1F, 0x29, 0x37);
    /// Secondary text.
    pub const MUTED: Color = Color::rgb(0x4B, 0x55, 0x63);
    /// Grid lines.
    pub const GRID: Color = Color::rgb(0xE2, 0xE5, 0xEA);
    /// Lane header background.
    pub const LANE_HEADER: Color = Color::rgb(0xF5, 0xF6, 0xF8);
    /// Default card frame.
    pub const CARD_EDGE: Color = Color::rgb(0xCB, 0xD2, 0xDB);
    /// Arrows.
    pub const ARROW: Color = Color::rgb(0x47, 0x55, 0x69);
    /// Emotion curve.
    pub const CURVE: Color = Color::rgb(0x63, 0x66, 0xF1);
    /// Stage header colours used in turn when a stage has none of its own.
    pub const STAGES: [Color; 6] = [
        Color::rgb(0xDB, 0xEA, 0xFE),
        Color::rgb(0xE0, 0xE7, 0xFF),
        Color::rgb(0xF3, 0xE8, 0xFF),
        Color::rgb(0xFC, 0xE7, 0xF3),
        Color::rgb(0xFE, 0xF3, 0xC7),
        Color::rgb(0xDC, 0xFC, 0xE7),
    ];

    /// Fill, frame and dash of a card style.
    pub fn card(style: crate::layout::CardStyle) -> (Option<Color>, Option<Color>, bool) {
        use crate::layout::CardStyle as S;
        match style {
            S::Touchpoint => (Some(PAPER), Some(CARD_EDGE), false),
            S::Text => (None, None, false),
            S::Emotion => (None, None, false),
            S::PainPoint => (
                Some(Color::rgb(0xFE, 0xE2, 0xE2)),
                Some(Color::rgb(0xEF, 0x44, 0x44)),
                false,
            ),
            S::Opportunity => (
                Some(Color::rgb(0xDC, 0xFC, 0xE7)),
                Some(Color::rgb(0x16, 0xA3, 0x4A)),
                true,
            ),
            S::Owner => (
                Some(Color::rgb(0xED, 0xE9, 0xFE)),
                Some(Color::rgb(0x8B, 0x5C, 0xF6)),
                false,
            ),
            S::Metric => (
                Some(Color::rgb(0xE0, 0xF2, 0xFE)),
                Some(Color::rgb(0x0E, 0xA5, 0xE9)),
                false,
            ),
            S::Backstage => (
                Some(Color::rgb(0xF3, 0xF4, 0xF6)),
                Some(Color::rgb(0x9C, 0xA3, 0xAF)),
                true,
            ),
        }
    }

    /// Accent of a lane kind (the dot in the lane header).
    pub fn lane_kind(kind: crate::model::LaneKind) -> Color {
        use crate::model::LaneKind as K;
        match kind {
            K::Channel => Color::rgb(0x3B, 0x82, 0xF6),
            K::Text => Color::rgb(0x6B, 0x72, 0x80),
            K::Emotion => CURVE,
            K::PainPoints => Color::rgb(0xEF, 0x44, 0x44),
            K::Opportunities => Color::rgb(0x16, 0xA3, 0x4A),
            K::Owners => Color::rgb(0x8B, 0x5C, 0xF6),
            K::Metrics => Color::rgb(0x0E, 0xA5, 0xE9),
            K::Backstage => Color::rgb(0x9C, 0xA3, 0xAF),
            K::Storyboard => Color::rgb(0xF5, 0x9E, 0x0B),
        }
    }

    /// Card colours by owner, used in turn (colour by owner).
    pub const OWNERS: [Color; 8] = [
        Color::rgb(0xBF, 0xDB, 0xFE),
        Color::rgb(0xFE, 0xD7, 0xAA),
        Color::rgb(0xBB, 0xF7, 0xD0),
        Color::rgb(0xFB, 0xCF, 0xE8),
        Color::rgb(0xDD, 0xD6, 0xFE),
        Color::rgb(0xFE, 0xF0, 0x8A),
        Color::rgb(0xA5, 0xF3, 0xFC),
        Color::rgb(0xE7, 0xE5, 0xE4),
    ];
    /// New in the target journey.
    pub const ADDED: Color = Color::rgb(0x16, 0xA3, 0x4A);
    /// Dropped in the target journey.
    pub const REMOVED: Color = Color::rgb(0xDC, 0x26, 0x26);
    /// Changed in the target journey.
    pub const CHANGED: Color = Color::rgb(0xD9, 0x77, 0x06);

    /// Colour of an emotion score, red (-2) through grey (0) to green (+2).
    pub fn emotion(score: Option<i8>) -> Color {
        match score {
            Some(s) if s <= -2 => Color::rgb(0xDC, 0x26, 0x26),
            Some(-1) => Color::rgb(0xF9, 0x73, 0x16),
            Some(1) => Color::rgb(0x65, 0xA3, 0x0D),
            Some(s) if s >= 2 => Color::rgb(0x16, 0xA3, 0x4A),
            _ => Color::rgb(0x9C, 0xA3, 0xAF),
        }
    }
}

/// Builds the display list of a laid-out map.
pub fn build(map: &Map, layout: &Layout) -> Scene {
    build_incremental(map, layout, None).0
}

/// Where each card's items lie in a scene (sorted by card), so the next scene of the map can
/// take them over, and the canvas can index them card by card.
#[derive(Debug, Default)]
pub struct SceneMemo {
    cards: Vec<CardItems>,
    serial: u64,
    previous: Option<u64>,
}

/// Where one card's items lie in a scene.
#[derive(Clone, Debug, PartialEq)]
pub struct CardItems {
    /// Which card.
    pub id: TouchpointId,
    /// Its items' indices in the scene.
    pub items: std::ops::Range<usize>,
    /// When its items were taken over from the scene before (see [`SceneMemo::previous`]):
    /// how far they were shifted down; `None` when they were drawn anew.
    pub kept: Option<f32>,
}

impl SceneMemo {
    /// Every card's items, sorted by card id.
    pub fn cards(&self) -> &[CardItems] {
        &self.cards
    }

    /// Tells this scene from every other built in this process (0 for none).
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// The serial of the scene whose items this one took over, if any.
    pub fn previous(&self) -> Option<u64> {
        self.previous
    }
}

/// Serials of the scenes built so far.
static SERIALS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The scene before an edit, for [`build_incremental`].
pub struct PreviousScene<'a> {
    /// The scene of the layout before the edit.
    pub scene: Scene,
    /// What building it left.
    pub memo: SceneMemo,
    /// The owner legend of the layout before the edit (cards coloured by owner follow it).
    pub legend: Vec<crate::layout::LegendEntry>,
    /// The options of the layout before the edit.
    pub options: crate::layout::LayoutOptions,
    /// What the new layout says it took over unchanged from that one.
    pub reused: &'a crate::layout::LayoutMemo,
}

/// [`build`] after an edit: the items of every card the layout took over unchanged (or only
/// shifted) are moved from the previous scene, shifted with it (when the owner colours are
/// those of the previous layout), the rest is drawn again. Gives the scene [`build`] gives.
pub fn build_incremental(
    map: &Map,
    layout: &Layout,
    previous: Option<PreviousScene<'_>>,
) -> (Scene, SceneMemo) {
    let mut previous =
        previous.filter(|p| p.legend == layout.legend && p.options == layout.options);
    let mut items = previous
        .as_mut()
        .map(|p| Vec::with_capacity(p.scene.items.len()))
        .unwrap_or_else(|| Vec::with_capacity(16 + layout.cards.len() * 8));
    let mut memo = SceneMemo {
        serial: SERIALS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        previous: previous.as_ref().map(|p| p.memo.serial),
        ..SceneMemo::default()
    };
    let full = Rect::new(0.0, 0.0, layout.width, layout.height);
    items.push(Item::Rect {
        rect: full,
        radius: 0.0,
        fill: Some(palette::PAPER),
        stroke: None,
    });
    if let Some(block) = &layout.title_block {
        super::frame::title_block_items(&mut items, map, layout, block);
    } else if layout.options.export.is_none() {
        text(&mut items, &layout.title, palette::INK);
        text(&mut items, &layout.subtitle, palette::MUTED);
    }

    // Lane rows (tints) and headers.
    for lane in &layout.lanes {
        let model = map.lane(lane.id);
        if let Some(tint) = model.and_then(|l| l.color) {
            items.push(Item::Rect {
                rect: lane.row,
                radius: 0.0,
                fill: Some(tint.faded(0.35)),
                stroke: None,
            });
        }
        items.push(Item::BeginGroup {
            id: format!("lane-{}", lane.id.0),
            label: model.map_or(String::new(), |l| l.name.clone()),
        });
        items.push(Item::Rect {
            rect: lane.header,
            radius: 0.0,
            fill: Some(palette::LANE_HEADER),
            stroke: None,
        });
        text(&mut items, &lane.name, palette::INK);
        if let Some((rect, channel)) = lane.icon {
            super::extras::icon(&mut items, channel, rect, palette::lane_kind(lane.kind));
        } else if let Some(first) = lane.kind_label.lines.first() {
            items.push(Item::Circle {
                center: Point::new(first.origin.x - 9.0, first.origin.y - 3.5),
                radius: 4.0,
                fill: Some(palette::lane_kind(lane.kind)),
                stroke: None,
            });
        }
        text(&mut items, &lane.kind_label, palette::MUTED);
        if let Some(persona) = &lane.persona {
            super::persona_lanes::header_items(&mut items, map, persona);
        }
        items.push(Item::EndGroup);
    }

    // Stage headers.
    for (i, stage) in layout.stages.iter().enumerate() {
        let model = map.stage(stage.id);
        let fill = model
            .and_then(|s| s.color)
            .unwrap_or(palette::STAGES[i % palette::STAGES.len()]);
        items.push(Item::BeginGroup {
            id: format!("stage-{}", stage.id.0),
            label: model.map_or(String::new(), |s| s.name.clone()),
        });
        items.push(Item::Rect {
            rect: stage.header.expand(-2.0),
            radius: 6.0,
            fill: Some(fill),
            stroke: None,
        });
        let ink = if fill.luminance() < 0.35 {
            palette::PAPER
        } else {
            palette::INK
        };
        text(&mut items, &stage.name, ink);
        items.push(Item::EndGroup);
    }

    // Grid: lane borders across, stage borders down.
    let grid = Stroke::solid(1.0, palette::GRID);
    let body_top = layout.header_band.bottom();
    for lane in &layout.lanes {
        items.push(line(
            0.0,
            lane.row.bottom(),
            layout.width,
            lane.row.bottom(),
            grid,
        ));
    }
    items.push(line(0.0, body_top, layout.width, body_top, grid));
    // Down to the last lane only: the owner legend, footnotes and persona legend below the
    // lanes are not part of the grid.
    let grid_bottom = layout.lanes.last().map_or(body_top, |l| l.row.bottom());
    for stage in &layout.stages {
        items.push(line(
            stage.column.x,
            body_top,
            stage.column.x,
            grid_bottom,
            grid,
        ));
    }
    items.push(line(
        layout.width,
        body_top,
        layout.width,
        grid_bottom,
        grid,
    ));

    // Emotion curves under their points: guides once per lane, then the cards' own curve
    // (faded behind persona curves when a persona filter is on), then one curve per persona.
    let filtering = !layout.options.personas.is_empty();
    for curve in &layout.curves {
        let Some(lane) = layout.lanes.iter().find(|l| l.id == curve.lane) else {
            continue;
        };
        if curve.own {
            emotion_guides(&mut items, lane, curve);
        }
        if curve.points.len() > 1 {
            let color = match curve.persona {
                Some(p) => map.persona(p).map_or(palette::MUTED, |p| p.color),
                None if filtering => palette::CURVE.faded(0.3),
                None => palette::CURVE,
            };
            items.push(Item::Path {
                points: curve.points.clone(),
                closed: false,
                fill: None,
                stroke: Some(Stroke::solid(2.5, color)),
            });
        }
        if let Some(p) = curve.persona.filter(|_| !curve.own) {
            let color = map.persona(p).map_or(palette::MUTED, |p| p.color);
            for k in &curve.knots {
                items.push(Item::Circle {
                    center: *k,
                    radius: 4.0,
                    fill: Some(color),
                    stroke: Some(Stroke::solid(1.5, palette::PAPER)),
                });
            }
        }
    }
    super::extras::funnel_items(&mut items, layout);

    memo.cards.reserve(layout.cards.len());
    // The previous scene's items, moved out front to back (with how many were passed): the
    // kept cards come in the same order as before, so their ranges only grow. (Moving them
    // out of the list, rather than swapping a placeholder in, writes and drops nothing.)
    let mut old = previous
        .as_mut()
        .map(|p| (std::mem::take(&mut p.scene.items).into_iter(), 0_usize));
    for card in &layout.cards {
        let start = items.len();
        let kept = previous.as_ref().and_then(|p| {
            let dy = p.reused.shift_of(card.id)?;
            let i = p.memo.cards.binary_search_by_key(&card.id, |c| c.id).ok()?;
            let range = p.memo.cards[i].items.clone();
            let (taken, passed) = old.as_mut().filter(|(_, passed)| range.start >= *passed)?;
            Some((dy, range, taken, passed))
        });
        let kept = match kept {
            Some((dy, range, taken, passed)) => {
                if range.start > *passed {
                    taken.nth(range.start - *passed - 1);
                }
                *passed = range.end;
                items.extend(taken.by_ref().take(range.len()).map(|mut item| {
                    if dy != 0.0 {
                        item.shift_y(dy);
                    }
                    item
                }));
                Some(dy)
            }
            None => {
                super::cards::card_items(&mut items, map, layout, card);
                None
            }
        };
        memo.cards.push(CardItems {
            id: card.id,
            items: start..items.len(),
            kept,
        });
    }

    // Arrows on top of cards, labels on top of arrows.
    for c in &layout.connectors {
        items.push(Item::BeginGroup {
            id: format!("connector-{}", c.id.0),
            label: map
                .connector(c.id)
                .map_or(String::new(), |c| c.label.clone()),
        });
        items.push(Item::Arrow {
            points: c.points.clone(),
            stroke: Stroke::solid(1.5, palette::ARROW),
            head: 8.0,
        });
        if let Some((rect, label)) = &c.label {
            items.push(Item::Rect {
                rect: *rect,
                radius: 3.0,
                fill: Some(palette::PAPER),
                stroke: Some(Stroke::solid(1.0, palette::GRID)),
            });
            text(&mut items, label, palette::MUTED);
        }
        items.push(Item::EndGroup);
    }

    super::extras::marker_items(&mut items, map, layout);
    focus_items(&mut items, layout);
    super::extras::legend_items(&mut items, layout);
    for note in &layout.footnotes {
        text(&mut items, &note.text, palette::INK);
    }
    if let Some(legend) = &layout.persona_legend {
        super::frame::persona_legend_items(&mut items, map, legend);
    }
    // The canvas keeps the scene as long as the map is open: give back the spare capacity
    // (up to half of a 10 000-card map's some 9 MB of items), unless it is small (a scene
    // after an edit starts with the previous one's length).
    if items.capacity() - items.len() > items.len() / 16 {
        items.shrink_to_fit();
    }
    let pictures = layout
        .cards
        .iter()
        .filter_map(|c| c.picture.as_ref().filter(|p| !p.missing))
        .filter_map(|p| Some((p.key.clone(), map.pictures.get(&p.key)?.clone())))
        .collect();
    let scene = Scene {
        width: layout.width,
        height: layout.height,
        items,
        pictures,
    };
    (scene, memo)
}

/// How much of the paper a veiled stage shows through (presentation mode).
const VEIL: f32 = 0.72;

/// Veils every stage but the presented one and outlines that one, over everything drawn in
/// the columns (cards, curves, arrows, markers). Header and body are veiled apart, so the
/// canvas's pinned header row (which shows only what lies within the row) is veiled too.
fn focus_items(items: &mut Vec<Item>, layout: &Layout) {
    let Some(focus) = layout.options.focus_stage else {
        return;
    };
    if !layout.stages.iter().any(|s| s.id == focus) {
        return;
    }
    let veil = palette::PAPER.faded(VEIL);
    for stage in &layout.stages {
        if stage.id == focus {
            continue;
        }
        for rect in [stage.header, stage.column] {
            items.push(Item::Rect {
                rect,
                radius: 0.0,
                fill: Some(veil),
                stroke: None,
            });
        }
    }
    if let Some(stage) = layout.stages.iter().find(|s| s.id == focus) {
        let outline = Stroke::solid(3.0, palette::CURVE);
        for rect in [stage.header.expand(-1.5), stage.column.expand(-1.5)] {
            items.push(Item::Rect {
                rect,
                radius: 4.0,
                fill: None,
                stroke: Some(outline),
            });
        }
    }
}

/// The zero line, the ±2 guides and their scale in the lane header.
fn emotion_guides(
    items: &mut Vec<Item>,
    lane: &crate::layout::LaneBox,
    curve: &crate::layout::EmotionCurve,
) {
    let (x0, x1) = (lane.row.x + 4.0, lane.row.right() - 4.0);
    let dashed = Stroke {
        dash: Some(4.0),
        ..Stroke::solid(1.0, Color::rgb(0xB8, 0xBF, 0xC9))
    };
    items.push(line(x0, curve.zero_y, x1, curve.zero_y, dashed));
    let faint = Stroke::solid(1.0, palette::GRID);
    items.push(line(x0, curve.top_y, x1, curve.top_y, faint));
    items.push(line(x0, curve.bottom_y, x1, curve.bottom_y, faint));
    for (y, mark) in [
        (curve.top_y, "+2"),
        (curve.zero_y, "0"),
        (curve.bottom_y, "–2"),
    ] {
        let size = 9.0;
        let width = crate::layout::text::measure(mark, size, Weight::Regular);
        items.push(Item::Text {
            origin: Point::new(lane.header.right() - width - 8.0, y + 3.0),
            text: mark.into(),
            size,
            weight: Weight::Regular,
            color: palette::MUTED,
            width,
        });
    }
}

pub(super) fn text(items: &mut Vec<Item>, block: &TextBlock, color: Color) {
    let Some(weight) = block.weight else {
        return;
    };
    for l in &block.lines {
        items.push(Item::Text {
            origin: l.origin,
            text: l.text.clone(),
            size: block.size,
            weight,
            color,
            width: l.width,
        });
    }
}

pub(super) fn line(x0: f32, y0: f32, x1: f32, y1: f32, stroke: Stroke) -> Item {
    Item::Path {
        points: vec![Point::new(x0, y0), Point::new(x1, y1)],
        closed: false,
        fill: None,
        stroke: Some(stroke),
    }
}
