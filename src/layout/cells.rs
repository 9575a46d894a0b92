//! What goes inside the cells: cards, the emotion curve and its points, and the funnel of a
//! metrics lane. Positions only; colours are the scene's business.

use std::hash::{Hash, Hasher};

use super::FastMap;
use super::reuse::{self, Previous};
use super::{
    BADGE_RADIUS, CARD_GAP, CARD_PADDING, CELL_PADDING, CardBox, CardStyle, Change,
    EMOTION_LANE_HEIGHT, EMOTION_POINT_RADIUS, EmotionCurve, EmotionMarker, FunnelBox, ICON_SIZE,
    Layout, MIN_LANE_HEIGHT, NoteMarker, PICTURE_GAP, PICTURE_MAX_HEIGHT, PICTURE_MAX_RATIO,
    PICTURE_MIN_RATIO, PictureFrame, TextBlock, block, centered_lines, line_height, sizes, text,
};
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::insights::{self, Funnel};
use crate::model::{
    CardPicture, Cell, Channel, LaneId, LaneKind, MAX_PICTURE_SIDE, Map, StageId, Touchpoint,
    TouchpointId,
};

/// A card as the chosen state view shows it.
pub(super) struct Shown<'a> {
    /// The card with the values to show (future values applied in the future view).
    pub card: ShownCard<'a>,
    /// How it differs between today and the target journey (compare view only).
    pub change: Option<Change>,
}

/// The card a view shows: the map's own, or a copy with the future values applied. The copy
/// is boxed: every layout sorts all shown cards into their cells, and a `Cow` holds a whole
/// `Touchpoint` inline, so each of the 10 000 entries of a large map was copied at that size.
pub(super) enum ShownCard<'a> {
    Map(&'a Touchpoint),
    Future(Box<Touchpoint>),
}

impl std::ops::Deref for ShownCard<'_> {
    type Target = Touchpoint;

    fn deref(&self) -> &Touchpoint {
        match self {
            ShownCard::Map(t) => t,
            ShownCard::Future(t) => t,
        }
    }
}

/// Everything the cells of one lane need besides the lane itself.
pub(super) struct LaneContext<'a> {
    pub map: &'a Map,
    pub lane: LaneId,
    pub kind: LaneKind,
    pub channel: Option<Channel>,
    /// The persona the lane belongs to (one the map has): an emotion lane draws their curve.
    pub persona: Option<crate::model::PersonaId>,
    pub top: f32,
    pub stage_x: &'a FastMap<StageId, (f32, f32)>,
    pub cells: &'a FastMap<Cell, Vec<Shown<'a>>>,
    pub notes: &'a FastMap<TouchpointId, Option<u32>>,
    pub funnel: Option<&'a Funnel>,
    /// Height kept free at the bottom of each cell for insight markers.
    pub marker_band: f32,
    /// Card texts broken in earlier layouts of this map.
    pub texts: &'a text::TextCache,
}

impl Layout {
    /// Places the cards of one lane; returns the lane's height. Cells whose inputs hash as in
    /// the previous layout take their cards from it; every cell's hash goes into `memo`.
    pub(super) fn place_lane(
        &mut self,
        cx: &LaneContext<'_>,
        mut previous: Option<&mut Previous>,
        memo: &mut FastMap<Cell, (u64, f32, f32)>,
    ) -> (f32, bool) {
        if cx.kind == LaneKind::Emotion {
            return (self.place_emotion_lane(cx), false);
        }
        let mut all_kept = previous.is_some();
        let style = CardStyle::of(cx.kind);
        let mut height = MIN_LANE_HEIGHT;
        for stage in &cx.map.stages {
            let cell = Cell {
                stage: stage.id,
                lane: cx.lane,
            };
            let (x, w) = cx.stage_x[&stage.id];
            let mut y = cx.top + CELL_PADDING;
            if cx.kind == LaneKind::Metrics
                && let Some(funnel) = cx.funnel
                && let Some(b) = funnel_box(cx.map, funnel, stage.id, x, y, w)
            {
                y = b.rect.bottom() + CARD_GAP;
                self.funnel.push(b);
            }
            let shown = cx.cells.get(&cell).map_or(&[][..], Vec::as_slice);
            // Each card's key: what its box depends on but its top (so a card further down a
            // cell that changed above it is moved, not laid out again).
            let keys: Vec<u64> = shown
                .iter()
                .map(|s| {
                    let mut h = reuse::hasher();
                    ([x, w].map(f32::to_bits), cell, cx.kind, cx.channel).hash(&mut h);
                    let raw = matches!(s.card, ShownCard::Future(_))
                        .then(|| cx.map.touchpoint(s.card.id))
                        .flatten();
                    reuse::card_key(&mut h, &s.card, raw, &s.change, cx.notes.get(&s.card.id));
                    reuse::picture_key(&mut h, &s.card, &cx.map.pictures);
                    h.finish()
                })
                .collect();
            let mut h = reuse::hasher();
            // Where the lane is does not count: its cards are shifted to a new top.
            let place = [x, w, y - cx.top, cx.marker_band].map(f32::to_bits);
            (place, &keys).hash(&mut h);
            let key = h.finish();
            if let Some(prev) = previous.as_deref_mut()
                && let Some((cell_height, old_top)) = prev.cell(cell, key)
                && prev.take(shown.iter().map(|s| s.card.id), cx.top - old_top)
            {
                height = height.max(cell_height);
                memo.insert(cell, (key, cell_height, cx.top));
                continue;
            }
            all_kept = false;
            for (shown, &card_key) in shown.iter().zip(&keys) {
                // The same card with the same key: its box moves to this top. (Tops and every
                // vertical offset within a card are multiples of `GRID`, so the move is exact.)
                if let Some(height) = previous
                    .as_deref_mut()
                    .and_then(|prev| prev.take_with_key(shown.card.id, card_key, y))
                {
                    y = y + height + CARD_GAP;
                    continue;
                }
                let mut card = card_box(
                    cx,
                    shown,
                    cell,
                    style,
                    x + CELL_PADDING,
                    y,
                    w - 2.0 * CELL_PADDING,
                );
                card.key = card_key;
                card.dimmed = self.is_dimmed(&shown.card);
                y = card.rect.bottom() + CARD_GAP;
                self.cards.push(card);
            }
            let cell_height = y - CARD_GAP + CELL_PADDING - cx.top + cx.marker_band;
            height = height.max(cell_height);
            memo.insert(cell, (key, cell_height, cx.top));
        }
        (height, all_kept)
    }

    fn place_emotion_lane(&mut self, cx: &LaneContext<'_>) -> f32 {
        let h = EMOTION_LANE_HEIGHT;
        let label_lines = 2;
        let label_h = label_lines as f32 * line_height(sizes::SMALL);
        // Room above +2 and below -2 for a label on the far side of the point.
        let reach = EMOTION_POINT_RADIUS + 4.0 + label_h;
        let zero_y = cx.top + h / 2.0;
        let step = (h / 2.0 - reach - CELL_PADDING) / 2.0;
        let score_y = |score: Option<i8>| zero_y - f32::from(score.unwrap_or(0)) * step;
        let mut knots = Vec::new();
        // The persona filter's curves, but not a second one of the lane's own persona.
        let filter: Vec<crate::model::PersonaId> = self
            .options
            .personas
            .iter()
            .copied()
            .filter(|p| Some(*p) != cx.persona)
            .collect();
        let mut persona_knots: Vec<Vec<Point>> = vec![Vec::new(); filter.len()];
        for stage in &cx.map.stages {
            let cell = Cell {
                stage: stage.id,
                lane: cx.lane,
            };
            let Some(cards) = cx.cells.get(&cell) else {
                continue;
            };
            let (x, w) = cx.stage_x[&stage.id];
            let slice = (w - 2.0 * CELL_PADDING) / cards.len() as f32;
            for (i, shown) in cards.iter().enumerate() {
                let t = &shown.card;
                let left = x + CELL_PADDING + i as f32 * slice;
                // In a persona's lane a point shows that persona's score, and the lane's curve
                // leaves out the cards that are only for others.
                let score = t.score_for_lane(cx.persona);
                let center = Point::new(left + slice / 2.0, score_y(score));
                if cx.persona.is_none_or(|p| t.concerns(p)) {
                    knots.push(center);
                }
                for (k, p) in filter.iter().enumerate() {
                    if let Some(score) = t.emotion_of(*p) {
                        persona_knots[k].push(Point::new(center.x, score_y(Some(score))));
                    }
                }
                // Many points in a narrow column shrink rather than overlap: below 1 unit the
                // radius keeps a gap of a fifth of the slice, so neighbours never touch.
                let radius = EMOTION_POINT_RADIUS
                    .min(slice / 2.0 - 0.5)
                    .max(1.0f32.min(slice * 0.4));
                let label_w = slice - 6.0;
                let lines = if label_w >= 24.0 {
                    cx.texts.wrap(
                        &t.title,
                        label_w,
                        sizes::SMALL,
                        Weight::Regular,
                        label_lines,
                    )
                } else {
                    Vec::new().into()
                };
                let lines_h = lines.len() as f32 * line_height(sizes::SMALL);
                // Label below a happy point, above an unhappy one: away from the zero line.
                let label_top = if score.unwrap_or(0) >= 0 {
                    center.y + radius + 4.0
                } else {
                    center.y - radius - 4.0 - lines_h
                };
                let label_rect = Rect::new(left + 3.0, label_top, label_w.max(0.0), lines_h);
                let title = centered_lines(&lines, label_rect, sizes::SMALL, Weight::Regular);
                let marker_rect = Rect::new(
                    center.x - radius,
                    center.y - radius,
                    2.0 * radius,
                    2.0 * radius,
                );
                let rect = if lines.is_empty() {
                    marker_rect
                } else {
                    marker_rect.union(&label_rect)
                };
                self.cards.push(CardBox {
                    linked: false,
                    key: 0,
                    id: t.id,
                    cell,
                    rect,
                    style: CardStyle::Emotion,
                    title,
                    body: TextBlock::default(),
                    badges: Vec::new(),
                    footer: TextBlock::default(),
                    marker: Some(EmotionMarker {
                        center,
                        radius,
                        score,
                    }),
                    change: shown.change.clone(),
                    dimmed: self.is_dimmed(t),
                    icon: None,
                    note: None,
                    changes: TextBlock::default(),
                    conflicts: TextBlock::default(),
                    picture: None,
                });
            }
        }
        let guides = |points: Vec<Point>, persona, own| EmotionCurve {
            lane: cx.lane,
            persona,
            own,
            zero_y,
            top_y: score_y(Some(2)),
            bottom_y: score_y(Some(-2)),
            knots: points.clone(),
            points: smooth(&points),
        };
        self.curves.push(guides(knots, cx.persona, true));
        for (k, points) in persona_knots.into_iter().enumerate() {
            self.curves.push(guides(points, Some(filter[k]), false));
        }
        h
    }

    /// Whether the persona filter dims this card: it names personas, none of them chosen.
    fn is_dimmed(&self, t: &Touchpoint) -> bool {
        !self.options.personas.is_empty()
            && !t.personas.is_empty()
            && !t.personas.iter().any(|p| self.options.personas.contains(p))
    }
}

/// Lays out one card at `(x, top)` with the given width.
fn card_box(
    cx: &LaneContext<'_>,
    shown: &Shown<'_>,
    cell: Cell,
    style: CardStyle,
    x: f32,
    top: f32,
    w: f32,
) -> CardBox {
    let t = &shown.card;
    let map = cx.map;
    let inner_x = x + CARD_PADDING;
    let inner_w = w - 2.0 * CARD_PADDING;
    let mut y = top + CARD_PADDING;
    let picture = t
        .picture
        .as_ref()
        .map(|p| Box::new(picture_frame(cx, p, Rect::new(inner_x, y, inner_w, 0.0))));
    if let Some(frame) = &picture {
        y = frame.rect.bottom() + PICTURE_GAP;
    }
    // A channel card shows its channel's icon in the top right corner; the title wraps beside it.
    let channel = t
        .channel
        .or(cx.channel)
        .filter(|_| style == CardStyle::Touchpoint);
    let icon = channel.map(|c| {
        (
            Rect::new(inner_x + inner_w - ICON_SIZE, y + 1.0, ICON_SIZE, ICON_SIZE),
            c,
        )
    });
    let title_w = inner_w - if icon.is_some() { ICON_SIZE + 4.0 } else { 0.0 };
    let (title_weight, title_lines) = match style {
        CardStyle::Text => (Weight::Regular, 6),
        _ => (Weight::Bold, 3),
    };
    let lines = cx.texts.wrap(
        &t.title,
        title_w,
        sizes::CARD_TITLE,
        title_weight,
        title_lines,
    );
    let title = block(&lines, inner_x, y, sizes::CARD_TITLE, title_weight);
    y += (lines.len() as f32 * line_height(sizes::CARD_TITLE)).max(if icon.is_some() {
        ICON_SIZE
    } else {
        0.0
    });

    let body_text = match style {
        CardStyle::Metric => metrics_text(t, &map.language).unwrap_or_default(),
        CardStyle::Text => String::new(),
        _ => t.customer_action.clone(),
    };
    let body_weight = if style == CardStyle::Metric {
        Weight::Bold
    } else {
        Weight::Regular
    };
    let body_lines = cx
        .texts
        .wrap(&body_text, inner_w, sizes::CARD_BODY, body_weight, 3);
    let mut body = TextBlock::default();
    if !body_lines.is_empty() {
        y += 3.0;
        body = block(&body_lines, inner_x, y, sizes::CARD_BODY, body_weight);
        y += body_lines.len() as f32 * line_height(sizes::CARD_BODY);
    }

    // Compare view: what changes, in words, so a printout shows it too.
    let mut changes = TextBlock::default();
    if let Some(Change::Changed(fields)) = &shown.change {
        let w = super::words::words(&map.language);
        let names: Vec<&str> = fields.iter().map(|f| w.field(f)).collect();
        let line = format!("{}: {}", w.changes, names.join(", "));
        let lines = cx.texts.wrap(&line, inner_w, sizes::SMALL, Weight::Bold, 2);
        y += 3.0;
        changes = block(&lines, inner_x, y, sizes::SMALL, Weight::Bold);
        y += lines.len() as f32 * line_height(sizes::SMALL);
    }

    // A merge left this card undecided: both values, so the canvas and a printout show it.
    let mut conflicts = TextBlock::default();
    if let Some(line) = conflict_line(map, t.id) {
        let lines = cx.texts.wrap(&line, inner_w, sizes::SMALL, Weight::Bold, 3);
        y += 3.0;
        conflicts = block(&lines, inner_x, y, sizes::SMALL, Weight::Bold);
        y += lines.len() as f32 * line_height(sizes::SMALL);
    }

    let mut badges = Vec::new();
    let mut footer = TextBlock::default();
    let has_footer = !t.personas.is_empty() || !t.owner.trim().is_empty();
    if has_footer && style != CardStyle::Text {
        y += 5.0;
        let cy = y + BADGE_RADIUS;
        let mut bx = inner_x + BADGE_RADIUS;
        let max_badges = ((inner_w / 2.0) / (2.0 * BADGE_RADIUS + 3.0))
            .floor()
            .max(1.0) as usize;
        for p in t.personas.iter().take(max_badges) {
            let name = map.persona(*p).map_or("", |p| p.name.as_str());
            badges.push(super::frame::badge(*p, name, Point::new(bx, cy)));
            bx += 2.0 * BADGE_RADIUS + 3.0;
        }
        if !t.owner.trim().is_empty() {
            let left = bx - BADGE_RADIUS + 4.0;
            let room = inner_x + inner_w - left;
            if room > 24.0 {
                let line = cx
                    .texts
                    .single_line(&t.owner, room, sizes::SMALL, Weight::Regular);
                let lx = inner_x + inner_w - line.width;
                footer = block(
                    &[line],
                    lx,
                    cy - line_height(sizes::SMALL) / 2.0,
                    sizes::SMALL,
                    Weight::Regular,
                );
            }
        }
        y += 2.0 * BADGE_RADIUS;
    }
    let height = (y + CARD_PADDING - top).max(34.0);
    let rect = Rect::new(x, top, w, height);
    let note = cx.notes.get(&t.id).map(|number| NoteMarker {
        corner: Point::new(rect.right(), rect.y),
        number: *number,
    });
    CardBox {
        id: t.id,
        cell,
        rect,
        style,
        title,
        body,
        badges,
        footer,
        marker: None,
        change: shown.change.clone(),
        dimmed: false,
        icon,
        note,
        changes,
        conflicts,
        picture,
        key: 0,
        linked: false,
    }
}

/// The frame of a card's picture at the top of `at` (its width; the height follows the
/// aspect), with the centre crop of the picture. Reads the stored size and the file header
/// only: no pixels are decoded here.
fn picture_frame(cx: &LaneContext<'_>, p: &CardPicture, at: Rect) -> PictureFrame {
    let stored = cx.map.pictures.get(&p.key).filter(|s| picture_reads(s));
    let (pw, ph) = stored.map_or((0, 0), |s| (s.width, s.height));
    let w = at.w.max(0.0);
    let ratio = p
        .aspect
        .ratio(pw, ph)
        .clamp(PICTURE_MIN_RATIO, PICTURE_MAX_RATIO);
    let exact = (w * ratio).min(PICTURE_MAX_HEIGHT);
    // The crop follows the frame's own shape; the frame's height is put on the layout's grid
    // (a hair's stretch, so a picture at its own shape shows whole).
    let ratio = if w > 0.0 { exact / w } else { ratio };
    let rect = Rect::new(at.x, at.y, w, super::snap(exact));
    let crop = stored.map_or(Rect::new(0.0, 0.0, 0.0, 0.0), |_| {
        centre_crop(pw as f32, ph as f32, ratio)
    });
    let mut label = TextBlock::default();
    if stored.is_none() {
        let words = super::words::words(&cx.map.language);
        let lines = cx.texts.wrap(
            words.picture_missing,
            w - 8.0,
            sizes::SMALL,
            Weight::Bold,
            2,
        );
        label = super::centered_block(&lines, rect, sizes::SMALL, Weight::Bold);
    }
    PictureFrame {
        rect,
        key: p.key.clone(),
        crop,
        alt: p.alt.as_str().into(),
        missing: stored.is_none(),
        label,
    }
}

/// Whether a stored picture can be shown: a size within the limits that its file header
/// confirms. (Data cut short after a sound header passes; the exporters, which decode, draw
/// the placeholder's grey for it.)
pub(super) fn picture_reads(p: &crate::model::Picture) -> bool {
    (1..=MAX_PICTURE_SIDE).contains(&p.width)
        && (1..=MAX_PICTURE_SIDE).contains(&p.height)
        && p.header() == Some((p.width, p.height))
}

/// The centre of a `w`×`h` picture cut to `ratio` (height over width).
fn centre_crop(w: f32, h: f32, ratio: f32) -> Rect {
    if h > w * ratio {
        let ch = w * ratio;
        Rect::new(0.0, (h - ch) / 2.0, w, ch)
    } else {
        let cw = h / ratio;
        Rect::new((w - cw) / 2.0, 0.0, cw, h)
    }
}

/// "Conflict: title “Ours” / “Theirs”; emotion 1 / -1" for a card with unresolved merge
/// conflicts, in the map's language; `None` without any.
fn conflict_line(map: &Map, id: crate::model::TouchpointId) -> Option<String> {
    use crate::model::{ItemRef, Value};
    let w = super::words::words(&map.language);
    let value = |v: &Value| -> Option<String> {
        match v {
            Value::Text(t) => Some(format!("“{}”", crate::model::short(&t.replace('\n', " ")))),
            Value::Score(Some(s)) => Some(s.to_string()),
            Value::Count(Some(n)) => Some(n.to_string()),
            _ => None,
        }
    };
    let parts: Vec<String> = map
        .conflicts
        .iter()
        .filter(|c| c.item == ItemRef::Touchpoint(id))
        .map(|c| {
            let name = w.property(c.property.key());
            match (value(&c.ours), value(&c.theirs)) {
                (Some(a), Some(b)) => format!("{name} {a} / {b}"),
                _ => name.to_owned(),
            }
        })
        .collect();
    (!parts.is_empty()).then(|| format!("{}: {}", w.conflict, parts.join("; ")))
}

/// "12 000 › 3 000 (25 %)" for a card with figures, numbers in the map's language.
fn metrics_text(t: &Touchpoint, language: &str) -> Option<String> {
    let n = |v: u64| insights::format_count(v, language);
    match (t.reached, t.converted) {
        (Some(r), Some(c)) if r > 0 => Some(format!(
            "{} › {} ({})",
            n(r),
            n(c),
            insights::format_percent(c as f64 / r as f64, language)
        )),
        (Some(r), Some(c)) => Some(format!("{} › {}", n(r), n(c))),
        (Some(r), None) => Some(n(r)),
        (None, Some(c)) => Some(format!("› {}", n(c))),
        (None, None) => None,
    }
}

/// The funnel block of one stage in a metrics lane: figures, a bar scaled to the stage with the
/// most customers, and the drop-off to the next stage.
fn funnel_box(
    map: &Map,
    funnel: &Funnel,
    stage: StageId,
    x: f32,
    top: f32,
    w: f32,
) -> Option<FunnelBox> {
    let index = funnel.stages.iter().position(|s| s.stage == stage)?;
    let figures = &funnel.stages[index];
    let reached = figures.reached?;
    let lang = map.language.as_str();
    let inner_x = x + CELL_PADDING;
    let inner_w = w - 2.0 * CELL_PADDING;
    let mut y = top;
    let mut headline = insights::format_count(reached, lang);
    if let Some(c) = figures.converted {
        headline.push_str(" › ");
        headline.push_str(&insights::format_count(c, lang));
    }
    if let Some(rate) = figures.conversion {
        headline.push_str(&format!(" ({})", insights::format_percent(rate, lang)));
    }
    let line = text::single_line(&headline, inner_w, sizes::CARD_BODY, Weight::Bold);
    let figures_text = block(&[line], inner_x, y, sizes::CARD_BODY, Weight::Bold);
    y += line_height(sizes::CARD_BODY) + 3.0;
    let scale = if funnel.max_reached > 0 {
        inner_w / funnel.max_reached as f32
    } else {
        0.0
    };
    let track = Rect::new(inner_x, y, inner_w, 8.0);
    let reached_bar = Rect::new(inner_x, y, (reached as f32 * scale).min(inner_w), 8.0);
    let converted_bar = figures
        .converted
        .map(|c| Rect::new(inner_x, y, (c as f32 * scale).min(reached_bar.w), 8.0));
    y += 8.0 + 3.0;
    let mut drop = None;
    if let Some(d) = figures.drop_off {
        let worst = funnel.worst_drop == Some(index);
        let label = insights::format_percent(-d, lang);
        let weight = if worst { Weight::Bold } else { Weight::Regular };
        let line = text::single_line(&label, inner_w - 12.0, sizes::SMALL, weight);
        drop = Some((
            block(&[line], inner_x + 12.0, y, sizes::SMALL, weight),
            worst,
        ));
        y += line_height(sizes::SMALL);
    }
    Some(FunnelBox {
        stage,
        rect: Rect::new(inner_x, top, inner_w, y - top),
        figures: figures_text,
        track,
        reached_bar,
        converted_bar,
        drop,
    })
}

/// A smooth curve through the knots (monotone in x, so it never loops back), flattened.
pub(super) fn smooth(knots: &[Point]) -> Vec<Point> {
    if knots.len() < 3 {
        return knots.to_vec();
    }
    const STEPS: usize = 12;
    let mut out = Vec::with_capacity((knots.len() - 1) * STEPS + 1);
    out.push(knots[0]);
    for i in 0..knots.len() - 1 {
        let p0 = knots[i.saturating_sub(1)];
        let p1 = knots[i];
        let p2 = knots[i + 1];
        let p3 = knots[(i + 2).min(knots.len() - 1)];
        // Cardinal spline with a gentle tension, as a cubic Bézier.
        let t = 1.0 / 6.0;
        let c1 = Point::new(p1.x + (p2.x - p0.x) * t, p1.y + (p2.y - p0.y) * t);
        let c2 = Point::new(p2.x - (p3.x - p1.x) * t, p2.y - (p3.y - p1.y) * t);
        // Keep control points inside the segment's x range so the curve stays a function of x.
        let c1 = Point::new(c1.x.clamp(p1.x, p2.x), c1.y);
        let c2 = Point::new(c2.x.clamp(p1.x, p2.x), c2.y);
        for s in 1..=STEPS {
            let u = s as f32 / STEPS as f32;
            let v = 1.0 - u;
            let bez = |a: f32, b: f32, c: f32, d: f32| {
                v * v * v * a + 3.0 * v * v * u * b + 3.0 * v * u * u * c + u * u * u * d
            };
            out.push(Point::new(
                bez(p1.x, c1.x, c2.x, p2.x),
                bez(p1.y, c1.y, c2.y, p2.y),
            ));
        }
    }
    out
}
