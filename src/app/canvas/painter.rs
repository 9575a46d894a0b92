//! Scene → egui shapes: the canvas's only drawing code. It walks the same [`Scene`] the SVG
//! writer walks, so the screen and every export show the same thing.
//!
//! Shapes are built for one zoom with the map's origin at (0, 0), each with its bounds, and
//! cached by the canvas; panning only translates and culls them. An item becomes shapes when it
//! first comes into view, so an edit costs what the view shows, not what the map holds. Text becomes one galley per
//! scene line, never re-wrapped, in the bundled fonts at the zoomed size. Text too small to read
//! is drawn as a faint bar ("greeked"), which keeps a zoomed-out 10 000-card map fast.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::{CircleShape, Mesh, PathShape, RectShape};
use egui::{Color32, CornerRadius, Pos2, Rect, Shape, Stroke as EStroke, StrokeKind};

use super::super::theme::{canvas_font, color32};
use crate::geom::Point;
use crate::scene::{Item, Scene, SceneMemo, Stroke, positive};

/// How much a card's reach is grown when it is worked out (screen points), so one moved later
/// still covers its items despite the rounding of the move.
const REACH_SLACK: f32 = 0.5;

/// Text smaller than this many screen points is drawn as a bar.
const GREEK_BELOW: f32 = 4.0;

/// One converted scene item with the screen area it covers (at the cached zoom, map origin at
/// (0, 0)), for culling.
#[derive(Clone, Debug)]
pub struct PaintedItem {
    /// Where the shape paints.
    pub bounds: Rect,
    /// What to paint.
    pub shape: Shape,
}

/// A whole scene at one zoom, with a grid index so a frame only looks at the items near the
/// view (a 10 000-card map has some 100 000 items). Items are converted to shapes when they
/// first come into view, not all at once: after an edit, a frame converts what it shows, and
/// the rest of a big map waits until it is scrolled to.
///
/// Kept small, since it lives as long as the map is open: per scene item only its index
/// entries and where its shapes are (8 bytes), all shapes in one list. Where an item reaches
/// is worked out again when it is converted rather than kept.
#[derive(Clone, Debug, Default)]
pub struct PaintedScene {
    zoom: f32,
    /// The serial of the scene this was built from ([`crate::scene::SceneMemo::serial`]).
    serial: u64,
    /// The items that belong to no card (backgrounds, headers, arrows, legends), by scene
    /// index.
    index: GridIndex,
    /// Where each card's items lie and reach, sorted by card.
    cards: Vec<CardReach>,
    /// The cards by where they reach, by position in `cards`.
    card_index: GridIndex,
    /// Where each scene item's shapes are in `painted`, once it has been in view.
    spans: Vec<Span>,
    /// The shapes of the items converted so far, each item's together.
    painted: Vec<PaintedItem>,
    /// Laid-out text by content, font and colour, kept for the next build at the same pixel
    /// density so an edit does not lay out the lines it did not change again.
    galleys: HashMap<GalleyKey, Arc<egui::Galley>>,
    /// Indices of the scene's picture items, painted with textures over their placeholder
    /// each frame (textures arrive later than the shapes are converted).
    pictures: Vec<u32>,
}

/// Where one card's items lie in the scene and where they reach together. A card its scene
/// took over from the scene before keeps its reach, moved down as the card was: `reach` was
/// worked out when the card was last drawn, `moved` is how far (map units) it moved since. The
/// layout's shifts are multiples of 1/16 unit, so their sum is exact and the reach does not
/// drift however often a card is shifted.
#[derive(Clone, Debug)]
struct CardReach {
    id: crate::model::TouchpointId,
    start: u32,
    end: u32,
    reach: Rect,
    moved: f32,
    /// Whether one of its items is a picture.
    picture: bool,
}

impl CardReach {
    fn reach(&self, zoom: f32) -> Rect {
        self.reach.translate(egui::vec2(0.0, self.moved * zoom))
    }
}

/// A run of `painted` holding one item's shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    start: u32,
    len: u32,
}

impl Span {
    /// An item not converted yet.
    const WAITING: Span = Span {
        start: u32::MAX,
        len: 0,
    };
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct GalleyKey {
    text: Arc<str>,
    size: u32,
    bold: bool,
    color: [u8; 4],
}

/// Side of a grid cell, screen points.
const BUCKET: f32 = 256.0;
/// Items touching more cells than this are checked every frame instead (backgrounds, lines
/// across the map, curves).
const MAX_BUCKETS_PER_ITEM: usize = 12;

/// The items touching each grid cell, all cells' lists in one vector (cell `c` holds
/// `entries[starts[c]..starts[c + 1]]`), so a big map's index costs 4 bytes an entry and no
/// spare capacity.
#[derive(Clone, Debug, Default)]
struct GridIndex {
    cols: usize,
    rows: usize,
    starts: Vec<u32>,
    entries: Vec<u32>,
    wide: Vec<u32>,
}

impl GridIndex {
    /// Indexes `bounds` by position: [`Self::query`] gives the positions of those near a view.
    #[cfg(test)]
    fn build(bounds: &[Rect]) -> Self {
        Self::build_for(bounds.iter().enumerate().map(|(i, b)| (i as u32, *b)))
    }

    /// Indexes each entry's number by its rectangle (numbers in increasing order).
    fn build_for<I>(entries: I) -> Self
    where
        I: Iterator<Item = (u32, Rect)> + Clone,
    {
        let extent = entries
            .clone()
            .filter(|(_, b)| b.is_finite())
            .fold(Rect::NOTHING, |acc, (_, b)| acc.union(b));
        if !extent.is_positive() || extent.min.x < -1.0e6 || extent.max.x > 1.0e7 {
            return Self {
                wide: entries
                    .filter(|(_, b)| b.is_finite() && b.is_positive())
                    .map(|(i, _)| i)
                    .collect(),
                ..Self::default()
            };
        }
        let cols = (extent.max.x.max(0.0) / BUCKET).ceil() as usize + 1;
        let rows = (extent.max.y.max(0.0) / BUCKET).ceil() as usize + 1;
        let mut index = Self {
            cols,
            rows,
            ..Self::default()
        };
        // The cells each entry goes into, or none for one checked every frame.
        let cells = |index: &Self, b: &Rect| {
            if !b.is_finite() || !b.is_positive() {
                return None;
            }
            let span = index.span(*b);
            let (c0, r0, c1, r1) = span;
            ((c1 - c0 + 1) * (r1 - r0 + 1) <= MAX_BUCKETS_PER_ITEM).then_some(span)
        };
        // Count first, then fill: the lists are laid end to end in entry order.
        let mut counts = vec![0_u32; cols * rows + 1];
        for (_, b) in entries.clone() {
            if let Some((c0, r0, c1, r1)) = cells(&index, &b) {
                for r in r0..=r1 {
                    for c in c0..=c1 {
                        counts[r * cols + c + 1] += 1;
                    }
                }
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut next = counts.clone();
        let mut filed = vec![0_u32; counts.last().copied().unwrap_or(0) as usize];
        for (i, b) in entries {
            match cells(&index, &b) {
                Some((c0, r0, c1, r1)) => {
                    for r in r0..=r1 {
                        for c in c0..=c1 {
                            let slot = &mut next[r * cols + c];
                            filed[*slot as usize] = i;
                            *slot += 1;
                        }
                    }
                }
                None if b.is_finite() && b.is_positive() => index.wide.push(i),
                None => {}
            }
        }
        index.starts = counts;
        index.entries = filed;
        index
    }

    /// Cells a rectangle touches, clamped to the grid.
    fn span(&self, r: Rect) -> (usize, usize, usize, usize) {
        let cell = |v: f32, n: usize| ((v.max(0.0) / BUCKET) as usize).min(n.saturating_sub(1));
        (
            cell(r.min.x, self.cols),
            cell(r.min.y, self.rows),
            cell(r.max.x, self.cols),
            cell(r.max.y, self.rows),
        )
    }

    /// The numbers of the entries that may intersect `view`, in increasing order, once each.
    #[cfg(test)]
    fn query(&self, view: Rect) -> Vec<u32> {
        let mut out = Vec::new();
        self.query_into(view, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Adds the numbers of the entries that may intersect `view` to `out` (some twice).
    fn query_into(&self, view: Rect, out: &mut Vec<u32>) {
        out.extend_from_slice(&self.wide);
        // Cells clamp to the grid, so a view above or left of the map finds the items that
        // reach out there too.
        if self.cols > 0 && self.rows > 0 {
            let (c0, r0, c1, r1) = self.span(view);
            for r in r0..=r1 {
                for c in c0..=c1 {
                    let cell = r * self.cols + c;
                    let (from, to) = (self.starts[cell] as usize, self.starts[cell + 1] as usize);
                    out.extend_from_slice(&self.entries[from..to]);
                }
            }
        }
    }
}

/// Where a scene item may paint at `zoom`: its geometry grown by its stroke, an arrow's head,
/// and for text the font's ascent and descent and a little overhang.
fn reach(item: &Item, zoom: f32) -> Rect {
    let grow = |r: Rect, by: f32| r.expand(by.max(0.0) + 1.0);
    let points = |points: &[Point]| {
        points.iter().fold(Rect::NOTHING, |acc, p| {
            acc.union(Rect::from_min_max(
                Pos2::new(p.x * zoom, p.y * zoom),
                Pos2::new(p.x * zoom, p.y * zoom),
            ))
        })
    };
    let width = |s: &Option<Stroke>| s.as_ref().map_or(0.0, |s| s.width * zoom);
    match item {
        Item::Rect { rect, stroke, .. } => grow(
            Rect::from_min_size(
                Pos2::new(rect.x * zoom, rect.y * zoom),
                egui::vec2(rect.w * zoom, rect.h * zoom),
            ),
            width(stroke),
        ),
        Item::Circle {
            center,
            radius,
            stroke,
            ..
        } => grow(
            Rect::from_center_size(
                Pos2::new(center.x * zoom, center.y * zoom),
                egui::Vec2::splat(2.0 * radius * zoom),
            ),
            width(stroke),
        ),
        Item::Path {
            points: p, stroke, ..
        } => grow(points(p), width(stroke)),
        Item::Arrow {
            points: p,
            stroke,
            head,
        } => grow(points(p), (stroke.width + head) * zoom),
        Item::Text {
            origin,
            size,
            width,
            ..
        } => {
            let (x, y, s) = (origin.x * zoom, origin.y * zoom, size * zoom);
            Rect::from_min_max(
                Pos2::new(x - s, y - 1.5 * s),
                Pos2::new(x + width * zoom + s, y + 0.6 * s),
            )
        }
        Item::Picture { rect, .. } => Rect::from_min_size(
            Pos2::new(rect.x * zoom, rect.y * zoom),
            egui::vec2(rect.w * zoom, rect.h * zoom),
        ),
        Item::BeginGroup { .. } | Item::EndGroup => Rect::NOTHING,
    }
}

impl PaintedScene {
    /// Indexes `scene` (built with `memo`) at `zoom` screen points per map unit, keeping the
    /// text of `previous`, and the reach of the cards the scene took over from the one
    /// `previous` was built from; no item is converted yet ([`Self::prepare`] converts those
    /// in view).
    pub fn build(
        scene: &Scene,
        memo: &SceneMemo,
        zoom: f32,
        previous: Option<PaintedScene>,
    ) -> Self {
        let (mut galleys, old_cards) = match previous {
            // Reaches at another zoom, or of a scene this one did not come from, are worked
            // out again.
            Some(p) if p.zoom == zoom && p.serial != 0 && memo.previous() == Some(p.serial) => {
                (p.galleys, Some(p.cards))
            }
            Some(p) => (p.galleys, None),
            None => (HashMap::new(), None),
        };
        // Text of other zooms piles up while zooming back and forth: start afresh now and then.
        if galleys.len() > 2 * scene.items.len() + 1000 {
            galleys.clear();
        }
        let mut cards = Vec::with_capacity(memo.cards().len());
        let mut old = old_cards.as_ref().map(|c| c.iter().peekable());
        for card in memo.cards() {
            let (Ok(start), Ok(end)) = (
                u32::try_from(card.items.start),
                u32::try_from(card.items.end),
            ) else {
                continue;
            };
            let Some(items) = scene.items.get(card.items.clone()) else {
                continue;
            };
            // Both lists are sorted by card.
            let before = match (card.kept, old.as_mut()) {
                (Some(dy), Some(old)) => {
                    while old.next_if(|o| o.id < card.id).is_some() {}
                    old.next_if(|o| o.id == card.id).map(|o| (o, dy))
                }
                _ => None,
            };
            let (reach, moved, picture) = match before {
                Some((o, dy)) => (o.reach, o.moved + dy, o.picture),
                None => (
                    items
                        .iter()
                        .fold(Rect::NOTHING, |acc, i| acc.union(reach(i, zoom)))
                        .expand(REACH_SLACK),
                    0.0,
                    items.iter().any(|i| matches!(i, Item::Picture { .. })),
                ),
            };
            cards.push(CardReach {
                id: card.id,
                start,
                end,
                reach,
                moved,
                picture,
            });
        }
        let card_index = GridIndex::build_for(
            cards
                .iter()
                .enumerate()
                .map(|(i, c)| (i as u32, c.reach(zoom))),
        );
        // The items between and around the cards.
        let mut loose = Vec::new();
        let mut from = 0;
        for c in &cards {
            loose.push(from..c.start as usize);
            from = c.end as usize;
        }
        loose.push(from..scene.items.len());
        let loose: Vec<(u32, Rect)> = loose
            .into_iter()
            .flat_map(|r| scene.items.get(r.clone()).into_iter().flatten().zip(r))
            .filter_map(|(item, i)| Some((u32::try_from(i).ok()?, reach(item, zoom))))
            .collect();
        let index = GridIndex::build_for(loose.iter().copied());
        // Pictures lie in cards (in those that have one) or between them.
        let mut pictures: Vec<u32> = loose
            .iter()
            .map(|(i, _)| *i)
            .chain(
                cards
                    .iter()
                    .filter(|c| c.picture)
                    .flat_map(|c| c.start..c.end),
            )
            .filter(|i| matches!(scene.items.get(*i as usize), Some(Item::Picture { .. })))
            .collect();
        pictures.sort_unstable();
        Self {
            zoom,
            serial: memo.serial(),
            index,
            cards,
            card_index,
            spans: vec![Span::WAITING; scene.items.len()],
            painted: Vec::new(),
            galleys,
            pictures,
        }
    }

    /// The scene indices of the items that may show in `view`, bottom to top.
    fn near(&self, view: Rect) -> Vec<u32> {
        let mut out = Vec::new();
        self.index.query_into(view, &mut out);
        let mut cards = Vec::new();
        self.card_index.query_into(view, &mut cards);
        cards.sort_unstable();
        cards.dedup();
        for c in cards {
            if let Some(c) = self.cards.get(c as usize) {
                out.extend(c.start..c.end);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The indices of the scene's picture items.
    pub fn picture_items(&self) -> &[u32] {
        &self.pictures
    }

    /// Converts the items of `scene` (the scene this was built from) that may show in `view`
    /// and have not been converted yet.
    pub fn prepare(&mut self, ctx: &egui::Context, scene: &Scene, view: Rect) {
        for i in self.near(view) {
            let i = i as usize;
            if self.spans.get(i) != Some(&Span::WAITING) {
                continue;
            }
            let Some(item) = scene.items.get(i) else {
                continue;
            };
            if !reach(item, self.zoom).intersects(view) {
                continue;
            }
            let start = self.painted.len();
            convert(ctx, item, self.zoom, &mut self.galleys, &mut self.painted);
            // A map has far fewer than 4 billion shapes; one that had more would stay
            // waiting (and be converted again) rather than wrap.
            let (Ok(start), Ok(len)) = (
                u32::try_from(start),
                u32::try_from(self.painted.len() - start),
            ) else {
                self.painted.truncate(start);
                continue;
            };
            self.spans[i] = Span { start, len };
        }
    }

    /// The shapes of item `i`, if it has been converted.
    fn shapes_of(&self, i: usize) -> Option<&[PaintedItem]> {
        let span = self.spans.get(i).filter(|s| **s != Span::WAITING)?;
        let start = span.start as usize;
        self.painted.get(start..start + span.len as usize)
    }

    /// The converted items whose bounds intersect `view`, bottom to top.
    pub fn visible(&self, view: Rect) -> impl Iterator<Item = &PaintedItem> {
        self.near(view)
            .into_iter()
            .filter_map(|i| self.shapes_of(i as usize))
            .flatten()
            .filter(move |item| item.bounds.intersects(view))
    }
}

/// One scene item as egui shapes at `zoom`, map origin at (0, 0).
fn convert(
    ctx: &egui::Context,
    item: &Item,
    zoom: f32,
    galleys: &mut HashMap<GalleyKey, Arc<egui::Galley>>,
    out: &mut Vec<PaintedItem>,
) {
    if !item.shows() {
        return;
    }
    let mut push = |shape: Shape| {
        let bounds = shape.visual_bounding_rect();
        if bounds.is_finite() && bounds.is_positive() {
            out.push(PaintedItem { bounds, shape });
        }
    };
    let pos = |p: Point| Pos2::new(p.x * zoom, p.y * zoom);
    match item {
        Item::Rect {
            rect,
            radius,
            fill,
            stroke,
        } => {
            let r = Rect::from_min_size(
                pos(Point::new(rect.x, rect.y)),
                egui::vec2(rect.w * zoom, rect.h * zoom),
            );
            let radius = radius.min(rect.w / 2.0).min(rect.h / 2.0).max(0.0) * zoom;
            push(Shape::Rect(RectShape::new(
                r,
                CornerRadius::same(radius.round().clamp(0.0, 255.0) as u8),
                fill.map_or(Color32::TRANSPARENT, color32),
                plain_stroke(stroke.as_ref(), zoom),
                StrokeKind::Middle,
            )));
            if let Some(s) = stroke.filter(|s| s.dash.is_some()) {
                let corners = [
                    r.left_top(),
                    r.right_top(),
                    r.right_bottom(),
                    r.left_bottom(),
                    r.left_top(),
                ];
                dashed(&corners, &s, zoom, &mut push);
            }
        }
        Item::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            push(Shape::Circle(CircleShape {
                center: pos(*center),
                radius: radius * zoom,
                fill: fill.map_or(Color32::TRANSPARENT, color32),
                stroke: plain_stroke(stroke.as_ref(), zoom),
            }));
        }
        Item::Path {
            points,
            closed,
            fill,
            stroke,
        } => {
            let pts: Vec<Pos2> = points.iter().map(|p| pos(*p)).collect();
            if let Some(fill) = fill.filter(|_| *closed && points.len() >= 3) {
                fill_polygon(&pts, color32(fill), &mut push);
            }
            if let Some(s) = stroke.filter(Stroke::is_visible) {
                if s.dash.is_some() {
                    let mut line = pts.clone();
                    if *closed {
                        line.push(pts[0]);
                    }
                    dashed(&line, &s, zoom, &mut push);
                } else if *closed {
                    push(Shape::closed_line(pts, estroke(&s, zoom)));
                } else {
                    push(Shape::line(pts, estroke(&s, zoom)));
                }
            }
        }
        Item::Arrow {
            points,
            stroke,
            head,
        } => arrow(points, stroke, *head, zoom, &mut push),
        Item::Text {
            origin,
            text,
            size,
            weight,
            color,
            width,
        } => {
            let screen_size = size * zoom;
            if !positive(screen_size) || color.a == 0 || text.is_empty() {
                return;
            }
            let o = pos(*origin);
            if screen_size < GREEK_BELOW {
                let bar = Rect::from_min_size(
                    Pos2::new(o.x, o.y - screen_size * 0.6),
                    egui::vec2((width * zoom).max(1.0), (screen_size * 0.5).max(0.5)),
                );
                push(Shape::rect_filled(bar, 0.0, color32(color.faded(0.35))));
                return;
            }
            let key = GalleyKey {
                text: text.clone(),
                size: screen_size.to_bits(),
                bold: *weight == crate::fonts::Weight::Bold,
                color: [color.r, color.g, color.b, color.a],
            };
            let galley = Arc::clone(galleys.entry(key).or_insert_with(|| {
                ctx.fonts_mut(|f| {
                    f.layout_no_wrap(
                        text.to_string(),
                        canvas_font(*weight, screen_size),
                        color32(*color),
                    )
                })
            }));
            let baseline = first_baseline(&galley).unwrap_or(screen_size * 0.8);
            let at = Pos2::new(o.x, o.y - baseline);
            push(Shape::galley(at, galley, color32(*color)));
        }
        // A neutral placeholder: the canvas paints the texture over it once it is decoded.
        Item::Picture { rect, .. } => push(Shape::rect_filled(
            Rect::from_min_size(
                pos(Point::new(rect.x, rect.y)),
                egui::vec2(rect.w * zoom, rect.h * zoom),
            ),
            0.0,
            color32(crate::scene::PICTURE_PLACEHOLDER),
        )),
        Item::BeginGroup { .. } | Item::EndGroup => {}
    }
}

/// Distance from the galley's top to the first line's baseline: the primary font's (Noto
/// Sans), even when the line starts with a glyph of a fallback font (an emoji), which egui
/// places by that font's own ascent.
fn first_baseline(galley: &egui::Galley) -> Option<f32> {
    let row = galley.rows.first()?;
    let glyph = row.row.glyphs.first()?;
    // Zero for a glyph of the primary font: its face is the font.
    let fallback_offset = (glyph.font_face_ascent - glyph.font_ascent)
        + 0.5 * (glyph.font_height - glyph.font_face_height);
    Some(row.pos.y + glyph.pos.y - fallback_offset)
}

fn estroke(s: &Stroke, zoom: f32) -> EStroke {
    EStroke::new(s.width * zoom, color32(s.color))
}

/// The outline of a rect or circle when it is solid; dashed outlines are drawn separately.
fn plain_stroke(stroke: Option<&Stroke>, zoom: f32) -> EStroke {
    match stroke {
        Some(s) if s.is_visible() && s.dash.is_none() => estroke(s, zoom),
        _ => EStroke::NONE,
    }
}

fn dashed(points: &[Pos2], s: &Stroke, zoom: f32, push: &mut impl FnMut(Shape)) {
    if !s.is_visible() {
        return;
    }
    let dash = s.dash.filter(|d| *d > 0.0 && d.is_finite()).unwrap_or(4.0) * zoom;
    if dash < 0.5 {
        push(Shape::line(points.to_vec(), estroke(s, zoom)));
        return;
    }
    for shape in Shape::dashed_line(points, estroke(s, zoom), dash, dash) {
        push(shape);
    }
}

/// A polyline with a filled triangular head at its last point, shaped by
/// [`crate::scene::arrow_shape`] exactly as the SVG writer shapes it.
fn arrow(points: &[Point], stroke: &Stroke, head: f32, zoom: f32, push: &mut impl FnMut(Shape)) {
    if stroke.color.a == 0 {
        return;
    }
    let Some(shape) = crate::scene::arrow_shape(points, head) else {
        return;
    };
    let pos = |p: Point| Pos2::new(p.x * zoom, p.y * zoom);
    if shape.line.len() >= 2 && stroke.is_visible() {
        let pts: Vec<Pos2> = shape.line.iter().map(|p| pos(*p)).collect();
        if stroke.dash.is_some() {
            dashed(&pts, stroke, zoom, push);
        } else {
            push(Shape::line(pts, estroke(stroke, zoom)));
        }
    }
    if let Some(triangle) = shape.head {
        push(Shape::convex_polygon(
            triangle.iter().map(|p| pos(*p)).collect(),
            color32(stroke.color),
            EStroke::NONE,
        ));
    }
}

/// Fills a simple polygon: convex ones directly, others (an emotion curve's area) by ear
/// clipping, since egui's polygon fill assumes convexity.
fn fill_polygon(points: &[Pos2], color: Color32, push: &mut impl FnMut(Shape)) {
    if is_convex(points) {
        push(Shape::Path(PathShape::convex_polygon(
            points.to_vec(),
            color,
            EStroke::NONE,
        )));
        return;
    }
    let mut mesh = Mesh::default();
    for p in points {
        mesh.colored_vertex(*p, color);
    }
    for [a, b, c] in triangulate(points) {
        mesh.add_triangle(a, b, c);
    }
    if !mesh.indices.is_empty() {
        push(Shape::mesh(mesh));
    }
}

fn cross(o: Pos2, a: Pos2, b: Pos2) -> f32 {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

fn is_convex(points: &[Pos2]) -> bool {
    let n = points.len();
    let mut sign = 0.0_f32;
    for i in 0..n {
        let c = cross(points[i], points[(i + 1) % n], points[(i + 2) % n]);
        if c.abs() < 1e-6 {
            continue;
        }
        if sign == 0.0 {
            sign = c.signum();
        } else if c.signum() != sign {
            return false;
        }
    }
    true
}

/// Ear clipping of a simple polygon (O(n²), fine for the few hundred points of a curve's
/// area). Degenerate input yields fewer triangles rather than a panic.
fn triangulate(points: &[Pos2]) -> Vec<[u32; 3]> {
    let n = points.len();
    if n < 3 {
        return Vec::new();
    }
    let area: f32 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    let ccw = area > 0.0;
    let mut idx: Vec<usize> = (0..n).collect();
    let mut out = Vec::with_capacity(n - 2);
    let mut guard = 0;
    while idx.len() > 3 && guard < n * n {
        guard += 1;
        let m = idx.len();
        let mut clipped = false;
        for i in 0..m {
            let (ia, ib, ic) = (idx[(i + m - 1) % m], idx[i], idx[(i + 1) % m]);
            let (a, b, c) = (points[ia], points[ib], points[ic]);
            let turn = cross(a, b, c);
            if (turn > 0.0) != ccw || turn.abs() < 1e-9 {
                continue;
            }
            let inside = idx
                .iter()
                .any(|&j| j != ia && j != ib && j != ic && in_triangle(points[j], a, b, c));
            if inside {
                continue;
            }
            out.push([ia as u32, ib as u32, ic as u32]);
            idx.remove(i);
            clipped = true;
            break;
        }
        if !clipped {
            // Self-touching or collinear remains: drop a point so the loop ends.
            idx.remove(0);
        }
    }
    if idx.len() == 3 {
        out.push([idx[0] as u32, idx[1] as u32, idx[2] as u32]);
    }
    out
}

fn in_triangle(p: Pos2, a: Pos2, b: Pos2, c: Pos2) -> bool {
    let d1 = cross(a, b, p);
    let d2 = cross(b, c, p);
    let d3 = cross(c, a, p);
    let neg = d1 < 0.0 || d2 < 0.0 || d3 < 0.0;
    let pos = d1 > 0.0 || d2 > 0.0 || d3 > 0.0;
    !(neg && pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_starting_with_an_emoji_keeps_the_text_baseline() {
        use super::super::super::theme::tests::galley;
        let text_first = first_baseline(&galley("H🎉")).unwrap();
        let emoji_first = first_baseline(&galley("🎉H")).unwrap();
        assert!(
            (text_first - emoji_first).abs() < 0.5,
            "{text_first} vs {emoji_first}"
        );
    }

    #[test]
    fn triangulates_a_concave_polygon_completely() {
        // An L shape: 6 points, 4 triangles.
        let pts = [
            Pos2::new(0.0, 0.0),
            Pos2::new(2.0, 0.0),
            Pos2::new(2.0, 1.0),
            Pos2::new(1.0, 1.0),
            Pos2::new(1.0, 2.0),
            Pos2::new(0.0, 2.0),
        ];
        assert!(!is_convex(&pts));
        let tris = triangulate(&pts);
        assert_eq!(tris.len(), 4);
        let area: f32 = tris
            .iter()
            .map(|[a, b, c]| {
                cross(pts[*a as usize], pts[*b as usize], pts[*c as usize]).abs() / 2.0
            })
            .sum();
        assert!((area - 3.0).abs() < 1e-4, "{area}");
    }

    #[test]
    fn the_grid_finds_exactly_the_items_in_view_in_order() {
        let item = |x: f32, y: f32, w: f32, h: f32| PaintedItem {
            bounds: Rect::from_min_size(Pos2::new(x, y), egui::vec2(w, h)),
            shape: Shape::Noop,
        };
        let items = vec![
            item(0.0, 0.0, 5000.0, 5000.0), // background: checked always
            item(10.0, 10.0, 50.0, 50.0),
            item(3000.0, 3000.0, 50.0, 50.0),
            item(240.0, 240.0, 40.0, 40.0), // on a cell corner
        ];
        let bounds: Vec<Rect> = items.iter().map(|i| i.bounds).collect();
        let index = GridIndex::build(&bounds);
        let scene = PaintedScene {
            zoom: 1.0,
            serial: 0,
            cards: Vec::new(),
            card_index: GridIndex::default(),
            spans: (0..items.len() as u32)
                .map(|start| Span { start, len: 1 })
                .collect(),
            painted: items,
            index,
            galleys: HashMap::new(),
            pictures: Vec::new(),
        };
        let near = Rect::from_min_size(Pos2::ZERO, egui::vec2(300.0, 300.0));
        let found: Vec<Rect> = scene.visible(near).map(|i| i.bounds).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].width(), 5000.0);
        assert_eq!(found[2].min.x, 240.0);
    }

    proptest::proptest! {
        /// The index finds every item whose bounds meet the view, whatever their sizes and
        /// places (items off the map's top left, covering many cells, or empty included).
        #[test]
        fn the_grid_finds_every_item_meeting_the_view(
            items in proptest::collection::vec((-300.0_f32..3000.0, -300.0_f32..3000.0, 0.0_f32..1500.0, 0.0_f32..400.0), 0..60),
            view in (-300.0_f32..3000.0, -300.0_f32..3000.0, 1.0_f32..1200.0, 1.0_f32..900.0),
        ) {
            let rect = |(x, y, w, h): (f32, f32, f32, f32)| Rect::from_min_size(Pos2::new(x, y), egui::vec2(w, h));
            let bounds: Vec<Rect> = items.into_iter().map(rect).collect();
            let view = rect(view);
            let index = GridIndex::build(&bounds);
            let found = index.query(view);
            proptest::prop_assert!(found.windows(2).all(|w| w[0] < w[1]), "in order, once each");
            for (i, b) in bounds.iter().enumerate() {
                if b.is_positive() && b.intersects(view) {
                    proptest::prop_assert!(found.contains(&(i as u32)), "item {i} at {b:?} missed in {view:?}");
                }
            }
        }
    }

    /// Every shape an item becomes lies within the reach the index files it under, so no
    /// part of the map is culled while it shows (the bundled examples and a generated map,
    /// zoomed out, at 100 % and zoomed in).
    #[test]
    fn every_items_shapes_lie_within_its_reach() {
        let ctx = egui::Context::default();
        super::super::super::theme::install_fonts(&ctx);
        let mut maps: Vec<crate::model::Map> = super::super::super::examples::EXAMPLES
            .iter()
            .map(|e| e.map().expect("example loads"))
            .collect();
        maps.push(crate::model::synthetic_map(200));
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {
            for map in &maps {
                let layout = crate::layout::Layout::compute(map);
                let scene = crate::scene::build(map, &layout);
                for zoom in [0.1, 0.45, 1.0, 2.5] {
                    let mut galleys = HashMap::new();
                    for item in &scene.items {
                        let reach = reach(item, zoom);
                        let mut out = Vec::new();
                        convert(&ctx, item, zoom, &mut galleys, &mut out);
                        for shape in out {
                            assert!(
                                reach.expand(0.5).contains_rect(shape.bounds),
                                "{item:?} at zoom {zoom} paints {:?} outside {reach:?}",
                                shape.bounds
                            );
                        }
                    }
                }
            }
        });
        output.textures_delta.clear();
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        /// After edits that move, retitle and delete cards, an index built from the one before
        /// (taking over the reach of the cards the scene took over, moved as they were) finds
        /// every item an index built afresh finds.
        #[test]
        fn an_index_kept_across_edits_finds_what_a_fresh_one_finds(
            edits in proptest::collection::vec((0_usize..400, 0_usize..6, 0_u8..3), 1..8),
            zoom in proptest::sample::select(vec![0.3_f32, 0.75, 1.0, 2.0]),
        ) {
            use crate::edit::{Command, History, TouchpointField};
            let mut map = crate::model::synthetic_map(300);
            let mut history = History::new(100);
            let texts = crate::layout::text::TextCache::default();
            let mut memo = crate::layout::LayoutMemo::default();
            let options = crate::layout::LayoutOptions::default();
            let mut layout = crate::layout::Layout::compute_incremental(&map, &options, &texts, &mut memo, None);
            let (mut scene, mut scene_memo) = crate::scene::build_incremental(&map, &layout, None);
            let mut painted = PaintedScene::build(&scene, &scene_memo, zoom, None);
            let mut taken_over = 0;
            for (card, stage, what) in edits {
                let t = &map.touchpoints[card % map.touchpoints.len()];
                let (id, lane) = (t.id, t.lane);
                let stage = map.stages[stage % map.stages.len()].id;
                let cmd = match what {
                    0 => Command::MoveTouchpoint { id, stage, lane, order: 0 },
                    1 => Command::SetTouchpoint { id, field: TouchpointField::Title("A longer title that wraps onto another line".into()) },
                    _ => Command::RemoveTouchpoint(id),
                };
                let _ = history.apply(&mut map, cmd);
                let before = layout.clone();
                layout = crate::layout::Layout::compute_incremental(&map, &options, &texts, &mut memo, Some(layout));
                let previous = crate::scene::PreviousScene {
                    scene,
                    memo: scene_memo,
                    legend: before.legend.clone(),
                    options: before.options.clone(),
                    reused: &memo,
                };
                (scene, scene_memo) = crate::scene::build_incremental(&map, &layout, Some(previous));
                painted = PaintedScene::build(&scene, &scene_memo, zoom, Some(painted));
                let fresh = PaintedScene::build(&scene, &scene_memo, zoom, None);
                taken_over += scene_memo.cards().iter().filter(|c| c.kept.is_some()).count();
                proptest::prop_assert_eq!(painted.cards.len(), fresh.cards.len());
                for (kept, new) in painted.cards.iter().zip(&fresh.cards) {
                    proptest::prop_assert!(
                        kept.reach(zoom).contains_rect(new.reach(zoom).shrink(REACH_SLACK - 0.01)),
                        "card {:?}: {:?} does not cover {:?}", kept.id, kept.reach(zoom), new.reach(zoom)
                    );
                }
                proptest::prop_assert_eq!(&painted.pictures, &fresh.pictures);
                let (w, h) = (scene.width * zoom, scene.height * zoom);
                for k in 0..12 {
                    let view = Rect::from_min_size(
                        Pos2::new(w * (k % 3) as f32 / 3.0, h * (k / 3) as f32 / 4.0),
                        egui::vec2(640.0, 400.0),
                    );
                    let (kept, new) = (painted.near(view), fresh.near(view));
                    proptest::prop_assert!(new.iter().all(|i| kept.binary_search(i).is_ok()), "view {:?}", view);
                }
            }
            proptest::prop_assert!(taken_over > 0, "no card was taken over");
        }
    }

    /// Items become shapes only once they come into view.
    #[test]
    fn items_are_converted_when_they_come_into_view() {
        let rect = |x: f32| Item::Rect {
            rect: crate::geom::Rect::new(x, 10.0, 50.0, 50.0),
            radius: 4.0,
            fill: Some(crate::model::Color::rgb(200, 200, 200)),
            stroke: None,
        };
        let scene = Scene {
            width: 5000.0,
            height: 100.0,
            items: vec![rect(10.0), rect(4000.0)],
            ..Default::default()
        };
        let ctx = egui::Context::default();
        let mut painted = PaintedScene::build(&scene, &SceneMemo::default(), 1.0, None);
        let near = Rect::from_min_size(Pos2::ZERO, egui::vec2(300.0, 300.0));
        let far = Rect::from_min_size(Pos2::new(3900.0, 0.0), egui::vec2(300.0, 300.0));
        assert_eq!(painted.visible(near).count(), 0, "nothing is converted yet");
        painted.prepare(&ctx, &scene, near);
        assert_eq!(painted.visible(near).count(), 1);
        assert!(painted.shapes_of(1).is_none(), "the far item waits");
        assert_eq!(painted.visible(far).count(), 0);
        painted.prepare(&ctx, &scene, far);
        assert_eq!(painted.visible(far).count(), 1);
    }

    #[test]
    fn a_rectangle_is_convex() {
        let pts = [
            Pos2::new(0.0, 0.0),
            Pos2::new(2.0, 0.0),
            Pos2::new(2.0, 1.0),
            Pos2::new(0.0, 1.0),
        ];
        assert!(is_convex(&pts));
    }
}
