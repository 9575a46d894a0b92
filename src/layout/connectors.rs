//! Routing arrows between cards with right angles, along the gaps between columns and lanes so
//! they pass around cards rather than over them.

use super::{CELL_PADDING, ConnectorPath, Layout, block, line_height, sizes, text};
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::Map;

/// How far parallel arrows in one gap are set apart.
const LANE_SPACING: f32 = 3.0;

/// Routes every connector whose two cards are laid out.
pub(super) fn route(map: &Map, layout: &Layout) -> Vec<ConnectorPath> {
    let stage_of = |x: f32| {
        layout
            .stages
            .iter()
            .position(|s| x >= s.column.x && x < s.column.right())
    };
    let lane_of = |y: f32| {
        layout
            .lanes
            .iter()
            .position(|l| y >= l.row.y && y < l.row.bottom())
    };
    let cards = CardGrid::new(layout);
    let mut out = Vec::new();
    for (n, c) in map.connectors.iter().enumerate() {
        let (Some(from), Some(to)) = (layout.card(c.from), layout.card(c.to)) else {
            continue;
        };
        let (a, b) = (from.rect, to.rect);
        let (Some(sa), Some(sb)) = (stage_of(a.center().x), stage_of(b.center().x)) else {
            continue;
        };
        let (Some(la), Some(lb)) = (lane_of(a.center().y), lane_of(b.center().y)) else {
            continue;
        };
        // Spread arrows sharing a gap: -2..=2 steps.
        let spread = ((n % 5) as f32 - 2.0) * LANE_SPACING;
        let points = if sa == sb {
            // Same column: out of the right edge, down/up the gap, back in from the right.
            let gx = layout.stages[sa].column.right() - CELL_PADDING / 2.0 + spread.min(0.0);
            vec![
                Point::new(a.right(), a.center().y),
                Point::new(gx, a.center().y),
                Point::new(gx, b.center().y),
                Point::new(b.right(), b.center().y),
            ]
        } else {
            let forward = sb > sa;
            let (start, end) = if forward {
                (
                    Point::new(a.right(), a.center().y),
                    Point::new(b.x, b.center().y),
                )
            } else {
                (
                    Point::new(a.x, a.center().y),
                    Point::new(b.right(), b.center().y),
                )
            };
            // The gap next to the source column, on the side facing the target.
            let gap_a = if forward {
                layout.stages[sa].column.right()
            } else {
                layout.stages[sa].column.x
            } + spread;
            let adjacent = sa.abs_diff(sb) == 1;
            if adjacent {
                vec![
                    start,
                    Point::new(gap_a, start.y),
                    Point::new(gap_a, end.y),
                    end,
                ]
            } else {
                // Run along the lane border next to the target, which no card touches.
                let row = layout.lanes[lb].row;
                let border_y = if la <= lb { row.y } else { row.bottom() } + spread;
                let gap_b = if forward {
                    layout.stages[sb].column.x
                } else {
                    layout.stages[sb].column.right()
                } - spread;
                vec![
                    start,
                    Point::new(gap_a, start.y),
                    Point::new(gap_a, border_y),
                    Point::new(gap_b, border_y),
                    Point::new(gap_b, end.y),
                    end,
                ]
            }
        };
        let label = label_box(&c.label, &points, layout, &cards);
        out.push(ConnectorPath {
            id: c.id,
            points: dedup(points),
            label,
        });
    }
    out
}

/// The label on the arrow where its box covers the least of any card: candidates are points
/// along every segment; runs along lane borders usually win, since cards keep clear of them.
fn label_box(
    label: &str,
    points: &[Point],
    layout: &Layout,
    cards: &CardGrid,
) -> Option<(Rect, super::TextBlock)> {
    if label.trim().is_empty() {
        return None;
    }
    let line = text::single_line(label, 160.0, sizes::SMALL, Weight::Regular);
    let h = line_height(sizes::SMALL);
    let boxed = |c: Point| {
        Rect::new(
            c.x - line.width / 2.0 - 4.0,
            c.y - h / 2.0,
            line.width + 8.0,
            h,
        )
    };
    let covered = |r: &Rect| cards.covered(r);
    let mut best: Option<(f32, Rect)> = None;
    for w in points.windows(2) {
        let (p, q) = (w[0], w[1]);
        for t in [0.5, 0.3, 0.7, 0.15, 0.85] {
            let on = Point::new(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
            // Beside a short arrow between neighbouring cards every point on it is crowded:
            // the lane borders above and below are free, a little further off.
            let row = layout
                .lanes
                .iter()
                .find(|l| on.y >= l.row.y && on.y <= l.row.bottom());
            let borders = row.map_or([on.y; 2], |l| [l.row.y, l.row.bottom()]);
            for (c, off) in [
                (on, 0.0),
                (Point::new(on.x, borders[0]), 1.0),
                (Point::new(on.x, borders[1]), 1.0),
            ] {
                let r = boxed(c);
                // Prefer the middle of long runs when nothing is covered anyway.
                let score = covered(&r) * 10.0 - seg_len(p, q) * 0.01
                    + (t - 0.5f32).abs()
                    + off * (20.0 + (c.y - on.y).abs() * 0.1);
                if best.is_none_or(|(s, _)| score < s) {
                    best = Some((score, r));
                }
            }
        }
    }
    let (_, rect) = best?;
    let text = block(&[line], rect.x + 4.0, rect.y, sizes::SMALL, Weight::Regular);
    Some((rect, text))
}

fn seg_len(a: Point, b: Point) -> f32 {
    (a.x - b.x).abs() + (a.y - b.y).abs()
}

/// Drops repeated points (zero-length segments confuse arrow heads).
fn dedup(points: Vec<Point>) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(points.len());
    for p in points {
        if out
            .last()
            .is_none_or(|q| (q.x - p.x).abs() > 0.01 || (q.y - p.y).abs() > 0.01)
        {
            out.push(p);
        }
    }
    out
}

/// Card outlines bucketed on a coarse grid, so a label only looks at the cards near it (every
/// card for every candidate made layout quadratic: 200 ms at 10 000 cards).
struct CardGrid {
    buckets: std::collections::HashMap<(i32, i32), Vec<Rect>>,
}

impl CardGrid {
    const SIZE: f32 = 128.0;

    fn new(layout: &Layout) -> Self {
        let mut buckets: std::collections::HashMap<(i32, i32), Vec<Rect>> =
            std::collections::HashMap::new();
        for c in &layout.cards {
            for key in Self::keys(&c.rect) {
                buckets.entry(key).or_default().push(c.rect);
            }
        }
        Self { buckets }
    }

    fn keys(r: &Rect) -> impl Iterator<Item = (i32, i32)> {
        let cell = |v: f32| (v / Self::SIZE).floor() as i32;
        let (x0, x1, y0, y1) = (cell(r.x), cell(r.right()), cell(r.y), cell(r.bottom()));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// Area of cards under `r` (a card in several buckets counts once).
    fn covered(&self, r: &Rect) -> f32 {
        let mut seen: Vec<Rect> = Vec::new();
        let mut area = 0.0;
        for key in Self::keys(r) {
            for c in self.buckets.get(&key).into_iter().flatten() {
                if c.intersects(r) && !seen.contains(c) {
                    seen.push(*c);
                    let w = r.right().min(c.right()) - r.x.max(c.x);
                    let h = r.bottom().min(c.bottom()) - r.y.max(c.y);
                    area += w * h;
                }
            }
        }
        area
    }
}
