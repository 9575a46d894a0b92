//! A backend-neutral display list: the single source of what is drawn.
//!
//! [`build`] turns a Map and its Layout into a [`Scene`]; the egui
//! canvas paints it and `export::svg` writes it, and PNG and PDF come from that SVG. Text arrives
//! here already broken into positioned lines, so every back end shows the same lines. Nothing
//! here knows egui, SVG or any file format.

mod build;
mod cards;
mod extras;

pub use build::{build, palette};

use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::Color;

/// Everything to draw for one map, in painter's order (first item at the bottom).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Width of the drawing in map units; items lie within `0..width`.
    pub width: f32,
    /// Height of the drawing in map units.
    pub height: f32,
    /// Items, bottom to top.
    pub items: Vec<Item>,
}

/// A line style.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Line width in map units.
    pub width: f32,
    /// Line colour.
    pub color: Color,
    /// Dash length (gaps as long as dashes); `None` for a solid line.
    pub dash: Option<f32>,
}

impl Stroke {
    /// A solid line.
    pub const fn solid(width: f32, color: Color) -> Self {
        Self {
            width,
            color,
            dash: None,
        }
    }
}

/// One drawing instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A rectangle, optionally with rounded corners.
    Rect {
        /// Where.
        rect: Rect,
        /// Corner radius (0 for square corners).
        radius: f32,
        /// Fill, if any.
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A circle.
    Circle {
        /// Centre.
        center: Point,
        /// Radius.
        radius: f32,
        /// Fill, if any.
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A polyline, or a polygon when `closed`.
    Path {
        /// Corner points in order (curves arrive already flattened).
        points: Vec<Point>,
        /// Whether the last point joins the first.
        closed: bool,
        /// Fill (only for closed paths).
        fill: Option<Color>,
        /// Outline, if any.
        stroke: Option<Stroke>,
    },
    /// A polyline with an arrow head at its last point.
    Arrow {
        /// Points from tail to tip.
        points: Vec<Point>,
        /// Line style; the head is filled in the same colour.
        stroke: Stroke,
        /// Length of the head.
        head: f32,
    },
    /// One line of text, already measured and broken by the layout.
    Text {
        /// Left end of the baseline.
        origin: Point,
        /// The characters to draw (no line breaks).
        text: String,
        /// Font size (em height) in map units.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Text colour.
        color: Color,
        /// Advance width as the layout measured it, for culling and alignment checks.
        width: f32,
    },
    /// Starts a group of items that belong to one thing on the map (a card, a stage header), so
    /// an SVG keeps it as one element with a title and id. Closed by [`Item::EndGroup`].
    BeginGroup {
        /// Stable element id, e.g. `touchpoint-12`.
        id: String,
        /// What the group shows, in words (the card's title), for accessibility and search.
        label: String,
    },
    /// Ends the innermost open group.
    EndGroup,
}

impl Item {
    /// The area the item may paint on, for culling; `None` for group markers.
    pub fn bounds(&self) -> Option<Rect> {
        match self {
            Item::Rect { rect, stroke, .. } => {
                Some(rect.expand(stroke.map_or(0.0, |s| s.width / 2.0)))
            }
            Item::Circle {
                center,
                radius,
                stroke,
                ..
            } => {
                let r = radius + stroke.map_or(0.0, |s| s.width / 2.0);
                Some(Rect::new(center.x - r, center.y - r, 2.0 * r, 2.0 * r))
            }
            Item::Path { points, stroke, .. } => {
                Some(Rect::around(points).expand(stroke.map_or(0.0, |s| s.width / 2.0)))
            }
            Item::Arrow {
                points,
                stroke,
                head,
            } => Some(Rect::around(points).expand(stroke.width / 2.0 + head)),
            Item::Text {
                origin,
                size,
                width,
                ..
            } => Some(Rect::new(origin.x, origin.y - size, *width, size * 1.35)),
            Item::BeginGroup { .. } | Item::EndGroup => None,
        }
    }
}
