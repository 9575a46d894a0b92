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
        let label = label_box(&c.label, &points);
        out.push(ConnectorPath {
            id: c.id,
            points: dedup(points),
            label,
        });
    }
    out
}

/// The label centred on a segment, in a box that masks the line behind it. Horizontal runs
/// along lane borders come first: a vertical run sits in a column gap narrower than a label,
/// where the box would cover the cards beside it.
fn label_box(label: &str, points: &[Point]) -> Option<(Rect, super::TextBlock)> {
    if label.trim().is_empty() {
        return None;
    }
    let line = text::single_line(label, 160.0, sizes::SMALL, Weight::Regular);
    let fits =
        |a: Point, b: Point| (a.y - b.y).abs() < 0.01 && (a.x - b.x).abs() > line.width + 16.0;
    let segments: Vec<(Point, Point)> = points.windows(2).map(|w| (w[0], w[1])).collect();
    let longest = |list: &mut dyn Iterator<Item = (Point, Point)>| {
        list.max_by(|(a, b), (c, d)| seg_len(*a, *b).total_cmp(&seg_len(*c, *d)))
    };
    let (p, q) = longest(&mut segments.iter().copied().filter(|(a, b)| fits(*a, *b)))
        .or_else(|| longest(&mut segments.iter().copied()))?;
    let mid = Point::new((p.x + q.x) / 2.0, (p.y + q.y) / 2.0);
    let h = line_height(sizes::SMALL);
    let rect = Rect::new(
        mid.x - line.width / 2.0 - 4.0,
        mid.y - h / 2.0,
        line.width + 8.0,
        h,
    );
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
