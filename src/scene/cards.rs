//! The items of one card: frame in its style (or its owner's colour), compare-view colours,
//! text, persona badges, channel icon, notes marker and emotion point. A card dimmed by the
//! persona filter keeps its items, faded.

use super::build::{palette, text};
use super::{Item, Stroke};
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::layout::{CardBox, CardStyle, Change, Layout};
use crate::model::{Color, Map};

/// Opacity of a card the persona filter dims.
pub const DIMMED: f32 = 0.25;

pub(super) fn card_items(items: &mut Vec<Item>, map: &Map, layout: &Layout, card: &CardBox) {
    let Some(t) = map.touchpoint(card.id) else {
        return;
    };
    let start = items.len();
    items.push(Item::BeginGroup {
        id: format!("touchpoint-{}", card.id.0),
        label: t.title.clone(),
    });
    let (mut fill, mut edge, mut dashed) = palette::card(card.style);
    if fill.is_some() {
        fill = t.color.or(fill);
    }
    let mut edge_width = 1.0;
    if layout.options.color_by_owner
        && fill.is_some()
        && let Some(i) = layout.legend.iter().position(|e| e.owner == t.owner.trim())
    {
        let c = palette::OWNERS[i % palette::OWNERS.len()];
        fill = Some(c);
        edge = Some(c.mix(palette::INK, 0.35));
    }
    match &card.change {
        Some(Change::Added) => {
            edge = Some(palette::ADDED);
            edge_width = 2.0;
            fill = fill.map(|f| f.mix(palette::ADDED, 0.12));
        }
        Some(Change::Removed) => {
            edge = Some(palette::REMOVED);
            edge_width = 1.5;
            dashed = true;
            fill = fill.map(|f| f.mix(palette::PAPER, 0.5));
        }
        Some(Change::Changed(_)) => {
            edge = Some(palette::CHANGED);
            edge_width = 2.0;
        }
        None => {}
    }
    // A merge left the card undecided: a red frame until each conflict is picked.
    if !card.conflicts.lines.is_empty() {
        edge = Some(palette::REMOVED);
        edge_width = 2.0;
    }
    if card.style == CardStyle::Emotion
        && let Some(change) = &card.change
    {
        // Emotion points have no frame: ring the point instead.
        if let Some(m) = card.marker {
            items.push(Item::Circle {
                center: m.center,
                radius: m.radius + 3.0,
                fill: None,
                stroke: Some(Stroke::solid(2.0, change_color(change))),
            });
        }
    }
    // Emotion points have no frame, not even in the compare view (their ring says it).
    if card.style != CardStyle::Emotion && (fill.is_some() || edge.is_some()) {
        items.push(Item::Rect {
            rect: card.rect,
            radius: 6.0,
            fill,
            stroke: edge.map(|c| Stroke {
                dash: dashed.then_some(4.0),
                ..Stroke::solid(edge_width, c)
            }),
        });
    }
    let picture_at = card.picture.as_ref().and_then(|p| picture_items(items, p));
    if card.style == CardStyle::PainPoint {
        // A red bar down the left edge marks a pain point even in greyscale print.
        items.push(Item::Rect {
            rect: Rect::new(card.rect.x, card.rect.y, 4.0, card.rect.h),
            radius: 2.0,
            fill: Some(Color::rgb(0xEF, 0x44, 0x44)),
            stroke: None,
        });
    }
    let ink = fill
        .filter(|f| f.a > 128 && f.luminance() < 0.35)
        .map_or(palette::INK, |_| palette::PAPER);
    text(items, &card.title, ink);
    if card.change == Some(Change::Removed) {
        // Struck through, so a printout says "dropped" without colour.
        for l in &card.title.lines {
            let y = l.origin.y - crate::layout::snap(card.title.size * 0.3);
            items.push(super::build::line(
                l.origin.x,
                y,
                l.origin.x + l.width,
                y,
                Stroke::solid(1.2, palette::REMOVED),
            ));
        }
    }
    let muted = if ink == palette::INK {
        palette::MUTED
    } else {
        ink
    };
    text(items, &card.body, muted);
    text(
        items,
        &card.changes,
        palette::CHANGED.mix(palette::INK, 0.3),
    );
    text(
        items,
        &card.conflicts,
        palette::REMOVED.mix(palette::INK, 0.25),
    );
    for badge in &card.badges {
        badge_items(items, map, badge);
    }
    text(items, &card.footer, muted);
    if let Some((rect, channel)) = card.icon {
        super::extras::icon(items, channel, rect, muted);
    }
    if let Some(note) = card.note {
        note_marker(items, note);
    }
    if let Some(marker) = card.marker {
        emotion_point(items, marker);
    }
    if card.linked {
        link_mark(items, card.rect);
    }
    items.push(Item::EndGroup);
    if card.dimmed {
        for item in &mut items[start..] {
            fade(item, DIMMED);
        }
        // A picture has no colour to fade: veil it with paper instead.
        if let Some(i) = picture_at
            && let Some(Item::Picture { rect, .. }) = items.get(i)
        {
            let veil = Item::Rect {
                rect: *rect,
                radius: 0.0,
                fill: Some(palette::PAPER.faded(1.0 - DIMMED)),
                stroke: None,
            };
            items.insert(i + 1, veil);
        }
    }
}

/// A card's picture, or the placeholder of one the map lacks (a grey frame and its words);
/// the index of the picture item, if there is one.
fn picture_items(items: &mut Vec<Item>, frame: &crate::layout::PictureFrame) -> Option<usize> {
    if frame.missing {
        items.push(Item::Rect {
            rect: frame.rect,
            radius: 3.0,
            fill: Some(super::PICTURE_PLACEHOLDER),
            stroke: Some(Stroke {
                dash: Some(4.0),
                ..Stroke::solid(1.0, palette::CARD_EDGE)
            }),
        });
        text(items, &frame.label, palette::MUTED);
        return None;
    }
    items.push(Item::Picture {
        rect: frame.rect,
        key: frame.key.clone(),
        alt: frame.alt.clone(),
        crop: frame.crop,
    });
    Some(items.len() - 1)
}

/// A persona badge: the persona's colour, its initial in white or ink, whichever reads.
pub(super) fn badge_items(items: &mut Vec<Item>, map: &Map, badge: &crate::layout::Badge) {
    let color = map
        .persona(badge.persona)
        .map_or(palette::MUTED, |p| p.color);
    items.push(Item::Circle {
        center: badge.center,
        radius: crate::layout::BADGE_RADIUS,
        fill: Some(color),
        stroke: None,
    });
    let initial_ink = if color.luminance() < 0.5 {
        palette::PAPER
    } else {
        palette::INK
    };
    items.push(Item::Text {
        origin: badge.initial.origin,
        text: badge.initial.text.clone(),
        size: crate::layout::sizes::BADGE,
        weight: Weight::Bold,
        color: initial_ink,
        width: badge.initial.width,
    });
}

fn change_color(change: &Change) -> Color {
    match change {
        Change::Added => palette::ADDED,
        Change::Removed => palette::REMOVED,
        Change::Changed(_) => palette::CHANGED,
    }
}

/// A folded corner in the card's top right, with the footnote number beside it.
fn note_marker(items: &mut Vec<Item>, note: crate::layout::NoteMarker) {
    let c = note.corner;
    let s = 10.0;
    let amber = Color::rgb(0xF5, 0x9E, 0x0B);
    items.push(Item::Path {
        points: vec![
            Point::new(c.x - s, c.y),
            Point::new(c.x, c.y),
            Point::new(c.x, c.y + s),
        ],
        closed: true,
        fill: Some(amber),
        stroke: None,
    });
    if let Some(n) = note.number {
        let label = n.to_string();
        let size = 8.5;
        let width = crate::layout::text::measure(&label, size, Weight::Bold);
        items.push(Item::Text {
            origin: Point::new(c.x - s - 2.0 - width, c.y + 8.0),
            text: label.into(),
            size,
            weight: Weight::Bold,
            color: amber.mix(palette::INK, 0.4),
            width,
        });
    }
}

fn emotion_point(items: &mut Vec<Item>, marker: crate::layout::EmotionMarker) {
    let color = palette::emotion(marker.score);
    let r = marker.radius;
    items.push(Item::Circle {
        center: marker.center,
        radius: r,
        fill: Some(if marker.score.is_some() {
            color
        } else {
            palette::PAPER
        }),
        stroke: Some(Stroke::solid(
            2.0,
            if marker.score.is_some() {
                palette::PAPER
            } else {
                color
            },
        )),
    });
    if let Some(score) = marker.score.filter(|_| r >= 6.0) {
        let label = match score {
            s if s > 0 => format!("+{s}"),
            s if s < 0 => format!("–{}", -s),
            _ => "0".to_owned(),
        };
        let size = 9.5 * (r / crate::layout::EMOTION_POINT_RADIUS);
        let width = crate::layout::text::measure(&label, size, Weight::Bold);
        let cap = crate::layout::text::metrics(Weight::Bold).cap_height * size;
        items.push(Item::Text {
            origin: Point::new(marker.center.x - width / 2.0, marker.center.y + cap / 2.0),
            text: label.into(),
            size,
            weight: Weight::Bold,
            color: palette::PAPER,
            width,
        });
    }
}

/// Multiplies every colour of an item by an opacity.
fn fade(item: &mut Item, opacity: f32) {
    let f = |c: &mut Color| *c = c.faded(opacity);
    match item {
        Item::Rect { fill, stroke, .. }
        | Item::Circle { fill, stroke, .. }
        | Item::Path { fill, stroke, .. } => {
            if let Some(c) = fill {
                f(c);
            }
            if let Some(s) = stroke {
                f(&mut s.color);
            }
        }
        Item::Arrow { stroke, .. } => f(&mut stroke.color),
        Item::Text { color, .. } => f(color),
        Item::Picture { .. } | Item::BeginGroup { .. } | Item::EndGroup => {}
    }
}

/// The link mark of a card drawn more than once (rows by persona, a card for two personas):
/// two interlocked rings in a small pill astride the card's top edge, the same on every copy.
fn link_mark(items: &mut Vec<Item>, card: Rect) {
    let (w, h) = (20.0, 10.0);
    let center = Point::new(card.x + card.w / 2.0, card.y);
    items.push(Item::Rect {
        rect: Rect::new(center.x - w / 2.0, center.y - h / 2.0, w, h),
        radius: h / 2.0,
        fill: Some(palette::PAPER),
        stroke: Some(Stroke::solid(1.0, palette::CARD_EDGE)),
    });
    for dx in [-2.6, 2.6] {
        items.push(Item::Circle {
            center: Point::new(center.x + dx, center.y),
            radius: 3.0,
            fill: None,
            stroke: Some(Stroke::solid(1.3, palette::MUTED)),
        });
    }
}
