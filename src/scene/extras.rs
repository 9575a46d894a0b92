//! Items for what a view adds: channel icons, funnel blocks, insight markers and the owner
//! legend.

use super::build::{palette, text};
use super::{Item, Stroke};
use crate::geom::{Point, Rect};
use crate::layout::{InsightKind, Layout};
use crate::model::{Channel, Color, Map};

/// A channel icon scaled into `rect`, stroked in `color`.
pub(super) fn icon(items: &mut Vec<Item>, channel: Channel, rect: Rect, color: Color) {
    let k = rect.w.min(rect.h) / crate::icons::VIEW_BOX;
    let width = (crate::icons::STROKE * k).max(1.0);
    for stroke in crate::icons::strokes(channel) {
        items.push(Item::Path {
            points: stroke
                .iter()
                // On the layout's grid below the icon's top, so a shifted card's icon is where
                // it would be drawn anew.
                .map(|p| Point::new(rect.x + p.x * k, rect.y + crate::layout::snap(p.y * k)))
                .collect(),
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(width, color)),
        });
    }
}

/// The funnel blocks of metrics lanes: bars on a track, figures, drop-off (worst in red).
pub(super) fn funnel_items(items: &mut Vec<Item>, layout: &Layout) {
    let bar = Color::rgb(0x7D, 0xD3, 0xFC);
    let converted = Color::rgb(0x02, 0x84, 0xC7);
    for f in &layout.funnel {
        items.push(Item::BeginGroup {
            id: format!("funnel-{}", f.stage.0),
            label: f
                .figures
                .lines
                .first()
                .map_or(String::new(), |l| l.text.to_string()),
        });
        text(items, &f.figures, palette::INK);
        for (rect, color) in [(f.track, palette::GRID), (f.reached_bar, bar)] {
            items.push(Item::Rect {
                rect,
                radius: 3.0,
                fill: Some(color),
                stroke: None,
            });
        }
        if let Some(rect) = f.converted_bar {
            items.push(Item::Rect {
                rect,
                radius: 3.0,
                fill: Some(converted),
                stroke: None,
            });
        }
        if let Some((label, worst)) = &f.drop {
            let color = if *worst {
                palette::REMOVED
            } else {
                palette::MUTED
            };
            if let Some(first) = label.lines.first() {
                if *worst {
                    let h = label.size * 1.45;
                    items.push(Item::Rect {
                        rect: Rect::new(
                            first.origin.x - 16.0,
                            first.origin.y - label.size * 1.05,
                            first.width + 22.0,
                            h,
                        ),
                        radius: h / 2.0,
                        fill: Some(Color::rgb(0xFE, 0xE2, 0xE2)),
                        stroke: None,
                    });
                }
                // A small downward triangle before the figure.
                let (x, y, s) = (
                    first.origin.x - 10.0,
                    first.origin.y - label.size * 0.62,
                    6.0,
                );
                items.push(Item::Path {
                    points: vec![
                        Point::new(x, y),
                        Point::new(x + s, y),
                        Point::new(x + s / 2.0, y + s * 0.8),
                    ],
                    closed: true,
                    fill: Some(color),
                    stroke: None,
                });
            }
            text(items, label, color);
        }
        items.push(Item::EndGroup);
    }
}

/// Insight markers: amber pills for campaign overlaps, red ones for personas not reached.
pub(super) fn marker_items(items: &mut Vec<Item>, map: &Map, layout: &Layout) {
    for (i, m) in layout.markers.iter().enumerate() {
        let (fill, ink) = match &m.kind {
            InsightKind::Overlap { .. } => {
                (Color::rgb(0xFE, 0xF3, 0xC7), Color::rgb(0x92, 0x40, 0x0E))
            }
            InsightKind::Gap { persona } => (
                Color::rgb(0xFE, 0xE2, 0xE2),
                map.persona(*persona)
                    .map_or(palette::REMOVED, |p| p.color.mix(palette::INK, 0.35)),
            ),
        };
        items.push(Item::BeginGroup {
            id: format!("insight-{i}"),
            label: m
                .label
                .lines
                .first()
                .map_or(String::new(), |l| l.text.to_string()),
        });
        items.push(Item::Rect {
            rect: m.rect,
            radius: m.rect.h / 2.0,
            fill: Some(fill),
            stroke: Some(Stroke::solid(1.0, ink.faded(0.5))),
        });
        text(items, &m.label, ink);
        items.push(Item::EndGroup);
    }
}

/// The colour-by-owner legend.
pub(super) fn legend_items(items: &mut Vec<Item>, layout: &Layout) {
    if layout.legend.is_empty() {
        return;
    }
    items.push(Item::BeginGroup {
        id: "legend".to_owned(),
        label: layout
            .legend_title
            .lines
            .first()
            .map_or(String::new(), |l| l.text.to_string()),
    });
    text(items, &layout.legend_title, palette::INK);
    for (i, e) in layout.legend.iter().enumerate() {
        let c = palette::OWNERS[i % palette::OWNERS.len()];
        items.push(Item::Rect {
            rect: e.swatch,
            radius: 3.0,
            fill: Some(c),
            stroke: Some(Stroke::solid(1.0, c.mix(palette::INK, 0.35))),
        });
        text(items, &e.label, palette::INK);
    }
    items.push(Item::EndGroup);
}
