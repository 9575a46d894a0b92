//! A backend-neutral display list: the single source of what is drawn.
//!
//! [`build`] turns a Map and its Layout into a [`Scene`]; the egui
//! canvas paints it, `export::svg` writes it and the PNG rasteriser paints it. Text arrives
//! here already broken into positioned lines, so every back end shows the same lines. Nothing
//! here knows egui, SVG or any file format.

mod build;
mod cards;
mod extras;
mod frame;
mod persona_lanes;

pub use build::{CardItems, PreviousScene, SceneMemo, build, build_incremental, palette};

use std::sync::Arc;

use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::{Color, PictureKey};

/// Everything to draw for one map, in painter's order (first item at the bottom).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Width of the drawing in map units; items lie within `0..width`.
    pub width: f32,
    /// Height of the drawing in map units.
    pub height: f32,
    /// Items, bottom to top.
    pub items: Vec<Item>,
    /// Every picture an [`Item::Picture`] shows, by key (shared bytes, cheap to clone), so an
    /// exporter needs the scene only.
    pub pictures: crate::model::Pictures,
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

    /// Whether the line shows: a width above zero and a colour that is not transparent. The
    /// canvas and every exporter skip the others alike.
    pub fn is_visible(&self) -> bool {
        positive(self.width) && self.color.a > 0
    }
}

/// A finite number above zero (false for NaN), as sizes must be to be drawn.
pub fn positive(v: f32) -> bool {
    v.is_finite() && v > 0.0
}

/// Grey of a picture that cannot be shown: the placeholder of a missing picture, and what an
/// exporter paints for a picture that does not decode.
pub const PICTURE_PLACEHOLDER: Color = Color::rgb(0xE5, 0xE7, 0xEB);

/// Bézier handle length of a quarter circle, as a fraction of its radius.
pub const KAPPA: f32 = 0.552_284_8;

/// One step of an outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PathOp {
    /// Start at a point.
    Move(Point),
    /// A straight line to a point.
    Line(Point),
    /// A cubic Bézier through two control points to a point.
    Cubic(Point, Point, Point),
    /// Back to the start.
    Close,
}

/// The outline of a rectangle with quarter-circle corners of radius `r` (the caller keeps it
/// within half of each side), clockwise from the top edge as SVG's `rx` draws it, each corner
/// one cubic Bézier: the raster and PDF back ends draw rounded cards with it.
pub fn rounded_rect(x: f32, y: f32, w: f32, h: f32, r: f32) -> [PathOp; 10] {
    let k = r * (1.0 - KAPPA);
    let (x1, y1) = (x + w, y + h);
    let p = Point::new;
    [
        PathOp::Move(p(x + r, y)),
        PathOp::Line(p(x1 - r, y)),
        PathOp::Cubic(p(x1 - k, y), p(x1, y + k), p(x1, y + r)),
        PathOp::Line(p(x1, y1 - r)),
        PathOp::Cubic(p(x1, y1 - k), p(x1 - k, y1), p(x1 - r, y1)),
        PathOp::Line(p(x + r, y1)),
        PathOp::Cubic(p(x + k, y1), p(x, y1 - k), p(x, y1 - r)),
        PathOp::Line(p(x, y + r)),
        PathOp::Cubic(p(x, y + k), p(x + k, y), p(x + r, y)),
        PathOp::Close,
    ]
}

/// Whether a shape with this fill and outline paints anything.
pub fn paints(fill: Option<Color>, stroke: Option<&Stroke>) -> bool {
    fill.is_some_and(|c| c.a > 0) || stroke.is_some_and(Stroke::is_visible)
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
        /// The characters to draw (no line breaks), shared with the layout.
        text: Arc<str>,
        /// Font size (em height) in map units.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Text colour.
        color: Color,
        /// Advance width as the layout measured it, for culling and alignment checks.
        width: f32,
    },
    /// A stored picture (in [`Scene::pictures`]), its `crop` scaled into `rect`. A card whose
    /// picture is missing or unreadable gets a placeholder of ordinary items instead.
    Picture {
        /// Where it is drawn, in map units.
        rect: Rect,
        /// Which picture of [`Scene::pictures`].
        key: PictureKey,
        /// What it shows, in words (alt text; may be empty).
        alt: Arc<str>,
        /// The part of the picture shown, in the picture's pixels.
        crop: Rect,
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
    /// Moves the item down by `dy` (the card it belongs to was shifted by the layout).
    pub fn shift_y(&mut self, dy: f32) {
        match self {
            Item::Rect { rect, .. } | Item::Picture { rect, .. } => rect.y += dy,
            Item::Circle { center, .. } => center.y += dy,
            Item::Path { points, .. } | Item::Arrow { points, .. } => {
                points.iter_mut().for_each(|p| p.y += dy);
            }
            Item::Text { origin, .. } => origin.y += dy,
            Item::BeginGroup { .. } | Item::EndGroup => {}
        }
    }
}

impl Item {
    /// Whether the item leaves a mark: a shape with a size and a visible fill or line (an open
    /// path is never filled), a line of at least two points in a visible colour, text with a
    /// size and a colour. Groups always count. The canvas and every exporter skip the others
    /// alike, by this one rule.
    pub fn shows(&self) -> bool {
        match self {
            Item::Rect {
                rect, fill, stroke, ..
            } => positive(rect.w) && positive(rect.h) && paints(*fill, stroke.as_ref()),
            Item::Circle {
                radius,
                fill,
                stroke,
                ..
            } => positive(*radius) && paints(*fill, stroke.as_ref()),
            Item::Path {
                points,
                closed,
                fill,
                stroke,
            } => points.len() >= 2 && paints(fill.filter(|_| *closed), stroke.as_ref()),
            Item::Arrow { points, stroke, .. } => points.len() >= 2 && stroke.color.a > 0,
            Item::Text { size, color, .. } => positive(*size) && color.a > 0,
            Item::Picture { rect, crop, .. } => {
                positive(rect.w) && positive(rect.h) && positive(crop.w) && positive(crop.h)
            }
            Item::BeginGroup { .. } | Item::EndGroup => true,
        }
    }
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
            Item::Picture { rect, .. } => Some(*rect),
            Item::BeginGroup { .. } | Item::EndGroup => None,
        }
    }
}

/// The drawable parts of an arrow: the line, ending at the head's base so a thick or
/// translucent line does not poke through the tip, and the filled head, `head` long and half as
/// wide at its base. Every back end draws arrows from this, so they look the same everywhere.
#[derive(Clone, Debug, PartialEq)]
pub struct ArrowShape {
    /// The line to stroke (fewer than two points: no line).
    pub line: Vec<Point>,
    /// The head's tip and the two corners of its base, when the head has a size.
    pub head: Option<[Point; 3]>,
}

/// Shapes an [`Item::Arrow`]; `None` when its points have no direction to point in.
pub fn arrow_shape(points: &[Point], head: f32) -> Option<ArrowShape> {
    let distance = |a: Point, b: Point| (b.x - a.x).hypot(b.y - a.y);
    let (&tip, rest) = points.split_last()?;
    // The last segment that has a direction (layouts may repeat the final point).
    let &from = rest.iter().rev().find(|p| distance(**p, tip) > 1e-3)?;
    let length = distance(from, tip);
    let (ux, uy) = ((tip.x - from.x) / length, (tip.y - from.y) / length);
    let head = if head.is_finite() { head.max(0.0) } else { 0.0 };
    let base = Point::new(tip.x - ux * head, tip.y - uy * head);
    let mut line = rest.to_vec();
    // Drop the repeated end points, then end the line at the head's base if that lies ahead
    // of the previous corner; otherwise at that corner.
    while line.last().is_some_and(|p| distance(*p, tip) <= 1e-3) {
        line.pop();
    }
    if length > head {
        line.push(base);
    }
    let half = head * 0.5;
    let (px, py) = (-uy * half, ux * half);
    let triangle = (head > 0.0).then_some([
        tip,
        Point::new(base.x + px, base.y + py),
        Point::new(base.x - px, base.y - py),
    ]);
    Some(ArrowShape {
        line,
        head: triangle,
    })
}
