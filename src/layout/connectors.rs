//! Routing arrows between cards with right angles, along the gaps between columns and lanes so
//! they pass around cards rather than over them.

use std::hash::{Hash, Hasher};

use super::FastMap;
use super::reuse::Previous;
use super::{ConnectorPath, Layout, block, line_height, sizes, text};
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::{ConnectorId, Map};

/// Room between an arrow and a label set beside it.
const LABEL_CLEARANCE: f32 = 2.0;

/// How far parallel arrows in one gap are set apart.
const LANE_SPACING: f32 = 3.0;

/// Routes every connector whose two cards are laid out.
///
/// With the previous layout, an arrow whose inputs (its ends' outlines relative to each other,
/// its place in the list, its label) hash as before keeps its route, shifted as far as its
/// cards moved, when the stage columns are where they were and every lane it runs through
/// (for a labelled one: every lane its label could go to) moved by just as much and kept its
/// height; a labelled one also only if no card was laid out anew where its label could go.
pub(super) fn route(
    map: &Map,
    layout: &Layout,
    previous: Option<&mut Previous>,
    keys: &mut FastMap<ConnectorId, (u64, f32)>,
    texts: &text::TextCache,
) -> (Vec<ConnectorPath>, usize) {
    let same_columns = |p: &Previous| {
        p.stages.len() == layout.stages.len()
            && p.stages.iter().zip(&layout.stages).all(|(a, b)| {
                (a.id, a.column.x.to_bits(), a.column.w.to_bits())
                    == (b.id, b.column.x.to_bits(), b.column.w.to_bits())
            })
    };
    let previous = previous.filter(|p| same_columns(p));
    // How far each lane moved, if it is the same lane as high as before.
    let lane_shifts: Vec<Option<f32>> = previous.as_ref().map_or_else(Vec::new, |p| {
        p.lanes
            .iter()
            .zip(&layout.lanes)
            .map(|(old, new)| {
                (old.id == new.id && old.row.h.to_bits() == new.row.h.to_bits())
                    .then_some(new.row.y - old.row.y)
            })
            .collect()
    });
    let (changed, old_lanes, mut previous) = match previous {
        Some(p) => (
            std::mem::take(&mut p.changed),
            std::mem::take(&mut p.lanes),
            Some(&mut p.connectors),
        ),
        None => (Vec::new(), Vec::new(), None),
    };
    // Whether every lane (of the previous layout) meeting `y0..=y1` moved by `dy`.
    let lanes_moved_by = |y0: f32, y1: f32, dy: f32| {
        old_lanes
            .iter()
            .enumerate()
            .filter(|(_, l)| l.row.bottom() >= y0 && l.row.y <= y1)
            .all(|(i, _)| lane_shifts.get(i).copied().flatten() == Some(dy))
    };
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
    // The cards' ids in their order, searched without touching the (large) boxes.
    let ids: Vec<_> = layout.cards.iter().map(|c| c.id).collect();
    let card = |id| ids.binary_search(&id).ok().map(|i| &layout.cards[i]);
    // Kept routes, and arrows to route again with their points; labels are placed once the
    // grid of the cards near them is built.
    let mut slots: Vec<Result<ConnectorPath, (&crate::model::Connector, Vec<Point>)>> = Vec::new();
    for (n, c) in map.connectors.iter().enumerate() {
        let (Some(from), Some(to)) = (card(c.from), card(c.to)) else {
            continue;
        };
        let (a, b) = (from.rect, to.rect);
        let mut h = super::reuse::hasher();
        let ends = [a.x, a.w, a.h, b.x, b.y - a.y, b.w, b.h].map(f32::to_bits);
        (c.id, c.from, c.to, &c.label, n, ends).hash(&mut h);
        let key = (h.finish(), a.y);
        if let Some(((old, old_y), mut path)) =
            previous.as_deref_mut().and_then(|p| p.remove(&c.id))
            && old == key.0
            && {
                let dy = a.y - old_y;
                if c.label.trim().is_empty() {
                    // Its route depends on the lanes of its two cards only.
                    let moved = |lane| {
                        let i = layout.lanes.iter().position(|l| l.id == lane);
                        i.and_then(|i| lane_shifts.get(i).copied().flatten()) == Some(dy)
                    };
                    moved(from.cell.lane) && moved(to.cell.lane)
                } else {
                    // Its label looks at the lanes its points are in, and at the cards near.
                    let reach = label_reach(&path.points, &old_lanes);
                    let (y0, y1) = path
                        .points
                        .iter()
                        .fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                            (lo.min(p.y), hi.max(p.y))
                        });
                    lanes_moved_by(y0 - 1.0, y1 + 1.0, dy)
                        && !reach.iter().any(|r| {
                            let moved = Rect { y: r.y + dy, ..*r };
                            super::reuse::any_changed_in(&changed, r)
                                || super::reuse::any_changed_in(&changed, &moved)
                        })
                }
            }
        {
            let dy = a.y - old_y;
            if dy != 0.0 {
                path.shift_y(dy);
            }
            keys.insert(c.id, key);
            slots.push(Ok(path));
            continue;
        }
        let (Some(sa), Some(sb)) = (stage_of(a.center().x), stage_of(b.center().x)) else {
            continue;
        };
        let (Some(la), Some(lb)) = (lane_of(a.center().y), lane_of(b.center().y)) else {
            continue;
        };
        // Spread arrows sharing a gap: -2..=2 steps.
        let spread = ((n % 5) as f32 - 2.0) * LANE_SPACING;
        let points = if sa == sb {
            // Same column: out of the right edge, down/up the gap between the columns, back in
            // from the right. The gap is CELL_PADDING from the cards' edges, so the last run
            // is longer than the head and the head's tip sits on the target's edge.
            // Parallel runs step outwards (0, 3, 6), clear of the next column's cards.
            let gx = layout.stages[sa].column.right() + (n % 3) as f32 * LANE_SPACING;
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
        keys.insert(c.id, key);
        slots.push(Err((c, points)));
    }
    // Labels look for room only within their reach: the grid holds the cards there.
    let reach: Vec<Rect> = slots
        .iter()
        .filter_map(|s| s.as_ref().err())
        .filter(|(c, _)| !c.label.trim().is_empty())
        .flat_map(|(_, points)| label_reach(points, &layout.lanes))
        .collect();
    let grid = (!reach.is_empty()).then(|| CardGrid::new(layout, &reach));
    let routed = slots.iter().filter(|s| s.is_err()).count();
    let paths = slots
        .into_iter()
        .map(|slot| match slot {
            Ok(path) => path,
            Err((c, points)) => {
                let label = grid
                    .as_ref()
                    .and_then(|grid| label_box(&c.label, &points, layout, grid, texts));
                ConnectorPath {
                    id: c.id,
                    points: dedup(points),
                    label,
                }
            }
        })
        .collect();
    (paths, routed)
}

/// Where [`label_box`] tries to put a label along these points (`beside`: how far from a
/// vertical run its label's centre goes): each spot with the point on the arrow it belongs to,
/// how far along its segment that is, how far off the arrow it is (0 on it, 0.2 beside a
/// vertical run, 1 on a lane's border) and the segment.
fn label_spots(
    points: &[Point],
    lanes: &[super::LaneBox],
    beside: f32,
    mut each: impl FnMut(Point, Point, f32, f32, (Point, Point)),
) {
    for w in points.windows(2) {
        let (p, q) = (w[0], w[1]);
        for t in [0.5, 0.3, 0.7, 0.15, 0.85] {
            // On the grid, so a label moved with its arrow is where it would be placed anew.
            // (Half steps: the arrow's own runs are at cards' middles.)
            let on = Point::new(
                p.x + (q.x - p.x) * t,
                ((p.y + (q.y - p.y) * t) * 32.0).round() / 32.0,
            );
            // Beside a short arrow between neighbouring cards every point on it is crowded:
            // the lane borders above and below are free, a little further off.
            let row = lanes
                .iter()
                .find(|l| on.y >= l.row.y && on.y <= l.row.bottom());
            let borders = row.map_or([on.y; 2], |l| [l.row.y, l.row.bottom()]);
            each(on, on, t, 0.0, (p, q));
            each(Point::new(on.x, borders[0]), on, t, 1.0, (p, q));
            each(Point::new(on.x, borders[1]), on, t, 1.0, (p, q));
            // Beside a vertical run (in the gap between columns), clear of the line itself.
            if (p.x - q.x).abs() < 0.01 {
                each(Point::new(on.x + beside, on.y), on, t, 0.2, (p, q));
                each(Point::new(on.x - beside, on.y), on, t, 0.2, (p, q));
            }
        }
    }
}

/// Everywhere [`label_box`] may look for room along these points, whatever the label says: a
/// label box is at most 168 wide; beside a vertical run it lies on either side.
fn label_reach(points: &[Point], lanes: &[super::LaneBox]) -> Vec<Rect> {
    let h = line_height(sizes::SMALL);
    let half = 84.0 + 1.0;
    let mut out = Vec::new();
    label_spots(points, lanes, 0.0, |at, _, _, off, _| {
        let reach = if off == 0.2 { half + 90.0 } else { half };
        out.push(Rect::new(
            at.x - reach,
            at.y - h / 2.0 - 1.0,
            2.0 * reach,
            h + 2.0,
        ));
    });
    out
}

/// The label on the arrow where its box covers the least of any card: candidates are points
/// along every segment; runs along lane borders usually win, since cards keep clear of them.
fn label_box(
    label: &str,
    points: &[Point],
    layout: &Layout,
    cards: &CardGrid,
    texts: &text::TextCache,
) -> Option<(Rect, super::TextBlock)> {
    if label.trim().is_empty() {
        return None;
    }
    let line = texts.single_line(label, 160.0, sizes::SMALL, Weight::Regular);
    let h = line_height(sizes::SMALL);
    let boxed = |c: Point| {
        Rect::new(
            c.x - line.width / 2.0 - 4.0,
            c.y - h / 2.0,
            line.width + 8.0,
            h,
        )
    };
    let mut best: Option<(f32, Rect)> = None;
    let beside = line.width / 2.0 + 4.0 + LABEL_CLEARANCE;
    label_spots(points, &layout.lanes, beside, |c, on, t, off, (p, q)| {
        let r = boxed(c);
        // Prefer the middle of long runs when nothing is covered anyway.
        let score = cards.covered(&r) * 10.0 - seg_len(p, q) * 0.01
            + (t - 0.5f32).abs()
            + off * (20.0 + (c.y - on.y).abs() * 0.1);
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, r));
        }
    });
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
    buckets: FastMap<(i32, i32), Vec<Rect>>,
}

impl CardGrid {
    const SIZE: f32 = 128.0;

    /// The cards in the buckets that reach into any of `within`, in the layout's order (a card
    /// outside them covers no label box inside them, so what [`CardGrid::covered`] adds up
    /// there is the same).
    fn new(layout: &Layout, within: &[Rect]) -> Self {
        let wanted: std::collections::HashSet<(i32, i32), foldhash::fast::FixedState> =
            within.iter().flat_map(Self::keys).collect();
        let mut buckets: FastMap<(i32, i32), Vec<Rect>> = FastMap::default();
        // The buckets wanted lie within these rows (a card above or below them is in none;
        // comparing two numbers is cheaper than working out a card's buckets).
        let (lo, hi) = wanted.iter().fold((i32::MAX, i32::MIN), |(lo, hi), k| {
            (lo.min(k.1), hi.max(k.1))
        });
        for c in &layout.cards {
            if Self::cell(c.rect.bottom()) < lo || Self::cell(c.rect.y) > hi {
                continue;
            }
            for key in Self::keys(&c.rect).filter(|k| wanted.contains(k)) {
                buckets.entry(key).or_default().push(c.rect);
            }
        }
        Self { buckets }
    }

    /// The bucket row or column a coordinate falls in.
    fn cell(v: f32) -> i32 {
        (v / Self::SIZE).floor() as i32
    }

    fn keys(r: &Rect) -> impl Iterator<Item = (i32, i32)> {
        let cell = Self::cell;
        let (x0, x1, y0, y1) = (cell(r.x), cell(r.right()), cell(r.y), cell(r.bottom()));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// Area of cards under `r` (a card in several buckets counts once). Summed in `f64`, where
    /// the sum of these areas is exact whatever the order the buckets give the cards in.
    fn covered(&self, r: &Rect) -> f32 {
        let mut seen: Vec<Rect> = Vec::new();
        let mut area = 0.0_f64;
        for key in Self::keys(r) {
            for c in self.buckets.get(&key).into_iter().flatten() {
                if c.intersects(r) && !seen.contains(c) {
                    seen.push(*c);
                    let w = r.right().min(c.right()) - r.x.max(c.x);
                    let h = r.bottom().min(c.bottom()) - r.y.max(c.y);
                    area += f64::from(w) * f64::from(h);
                }
            }
        }
        area as f32
    }
}

#[cfg(test)]
mod tests {
    use crate::geom::{Point, Rect};
    use crate::layout::{CELL_PADDING, Layout};
    use crate::model::{
        Connector, ConnectorId, Lane, LaneId, LaneKind, Map, Stage, StageId, Touchpoint,
        TouchpointId,
    };

    /// The arrow head's length on the canvas and in exports (scene/build.rs).
    const HEAD: f32 = 8.0;

    fn stacked() -> Map {
        let mut m = Map::default();
        for i in 1..=2 {
            m.stages.push(Stage::new(StageId(i), &format!("S{i}")));
        }
        for i in 1..=2 {
            m.lanes.push(Lane {
                id: LaneId(i),
                name: format!("L{i}"),
                kind: LaneKind::Channel,
                channel: None,
                color: None,
                persona: None,
            });
        }
        for (id, lane, order, title) in [
            (1, 1, 0, "Reads the review"),
            (2, 1, 1, "Compares prices"),
            (3, 2, 0, "Gets the newsletter"),
            (4, 1, 0, "Buys"),
        ] {
            let stage = if id == 4 { 2 } else { 1 };
            m.touchpoints.push(Touchpoint::new(
                TouchpointId(id),
                StageId(stage),
                LaneId(lane),
                order,
                title,
            ));
        }
        for (id, from, to, label) in [(1, 1, 2, "then"), (2, 3, 1, "clicks through")] {
            m.connectors.push(Connector {
                id: ConnectorId(id),
                from: TouchpointId(from),
                to: TouchpointId(to),
                label: label.into(),
            });
        }
        m
    }

    /// Whether the segment from `p` to `q` (horizontal or vertical) enters `r`'s inside.
    fn crosses(p: Point, q: Point, r: &Rect) -> bool {
        let inner = Rect::new(r.x + 0.5, r.y + 0.5, r.w - 1.0, r.h - 1.0);
        let seg = Rect::new(
            p.x.min(q.x),
            p.y.min(q.y),
            (p.x - q.x).abs(),
            (p.y - q.y).abs(),
        );
        seg.x <= inner.right()
            && seg.right() >= inner.x
            && seg.y <= inner.bottom()
            && seg.bottom() >= inner.y
    }

    #[test]
    fn an_arrow_between_stacked_cards_runs_outside_them_with_its_head_on_the_target() {
        let map = stacked();
        assert!(map.problems().is_empty());
        let layout = Layout::compute(&map);
        for (k, c) in layout.connectors.iter().enumerate() {
            let to = layout.card(map.connectors[k].to).unwrap().rect;
            let pts = &c.points;
            let (last, before) = (pts[pts.len() - 1], pts[pts.len() - 2]);
            // The tip touches the target's edge, and the last run is longer than the head, so
            // the head lies outside the card.
            assert!((last.x - to.right()).abs() < 0.01, "{c:?}");
            assert!(last.y > to.y && last.y < to.bottom());
            assert!((before.x - last.x).abs() >= HEAD + 1.0, "{pts:?}");
            // No run goes over any card.
            for w in pts.windows(2) {
                for card in &layout.cards {
                    assert!(!crosses(w[0], w[1], &card.rect), "{pts:?} over {card:?}");
                }
            }
            // The label covers no card.
            let (label, _) = c.label.as_ref().unwrap();
            for card in &layout.cards {
                assert!(
                    !label.intersects(&card.rect),
                    "{label:?} on {:?}",
                    card.rect
                );
            }
        }
        // The two arrows' vertical runs are apart, so each head's line can be followed.
        let x = |k: usize| layout.connectors[k].points[1].x;
        assert!((x(0) - x(1)).abs() >= 2.0);
        // Still in the gap: clear of the next column's cards.
        let next = layout.card(TouchpointId(4)).unwrap().rect;
        assert!(x(0).max(x(1)) < next.x - CELL_PADDING / 2.0);
    }

    /// Labels look for room in a grid of only the cards within their reach: they land where
    /// they land with every card in the grid.
    #[test]
    fn labels_placed_with_the_cards_in_reach_are_placed_as_with_every_card() {
        let map = crate::model::synthetic_map(1_500);
        let layout = Layout::compute(&map);
        let everything = Rect::new(-500.0, -500.0, layout.width + 1e3, layout.height + 1e3);
        let all = super::CardGrid::new(&layout, &[everything]);
        let mut labelled = 0;
        for path in &layout.connectors {
            let c = map.connectors.iter().find(|c| c.id == path.id).unwrap();
            if c.label.trim().is_empty() {
                continue;
            }
            labelled += 1;
            let reach = super::label_reach(&path.points, &layout.lanes);
            let near = super::CardGrid::new(&layout, &reach);
            let in_reach = layout
                .cards
                .iter()
                .filter(|c| reach.iter().any(|r| c.rect.intersects(r)));
            assert!(in_reach.count() < layout.cards.len() / 2);
            let texts = crate::layout::text::TextCache::default();
            let with_all = super::label_box(&c.label, &path.points, &layout, &all, &texts);
            let with_near = super::label_box(&c.label, &path.points, &layout, &near, &texts);
            assert_eq!(with_all, with_near, "{c:?}");
            assert!(with_near.is_some());
        }
        assert!(labelled > 20, "{labelled}");
    }
}
