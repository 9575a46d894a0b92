//! Where the map is on screen: zoom, scroll, and the frozen panes that keep the stage header row
//! and the lane header column in view while scrolling (like a spreadsheet).
//!
//! Every pane shows the same zoomed map with its own offset and clip; hit-testing asks which
//! pane a point is in and maps it back through that pane's offset.

use egui::{Pos2, Rect, Vec2, pos2, vec2};

use crate::geom::Point;

/// Room around the map when scrolled to an edge, in screen points.
pub const MARGIN: f32 = 40.0;

/// The share of the canvas the pinned header row (of its height) and the pinned lane column
/// (of its width) may cover at high zoom; below it they show whole.
pub const PINNED_SHARE: f32 = 0.25;

/// One of the four frozen-pane regions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    /// The scrolling map.
    Body,
    /// The stage header row, pinned to the top.
    Top,
    /// The lane header column, pinned to the left.
    Left,
    /// Where the pinned row and column meet.
    Corner,
}

/// The canvas's screen area and how the map is placed in it.
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    /// Screen area of the canvas.
    pub rect: Rect,
    /// Screen points per map unit.
    pub zoom: f32,
    /// Scroll offset in screen points.
    pub scroll: Vec2,
    /// Top of the stage header row, map units.
    pub band_top: f32,
    /// Height of the stage header row, map units.
    pub band_height: f32,
    /// Width of the lane header column, map units.
    pub lane_width: f32,
}

impl Viewport {
    /// Whether the header row is pinned (scrolled past its place).
    pub fn pin_top(&self) -> bool {
        self.scroll.y > self.band_top * self.zoom + 0.5
    }

    /// Whether the lane header column is pinned.
    pub fn pin_left(&self) -> bool {
        self.scroll.x > 0.5
    }

    /// How far a pinned header (`size` screen points at this zoom, `natural` at 100 %) may
    /// reach into a canvas `extent` long: a quarter of it, but never less than the header at
    /// 100 % unless that would cover half the canvas.
    fn pinned_extent(size: f32, natural: f32, extent: f32) -> f32 {
        let cap = (extent * PINNED_SHARE).max(natural.min(extent * 0.5));
        size.min(cap).max(0.0)
    }

    /// Height of the pinned header row on screen.
    pub fn pinned_row_height(&self) -> f32 {
        Self::pinned_extent(
            self.band_height * self.zoom,
            self.band_height,
            self.rect.height(),
        )
    }

    /// Width of the pinned lane header column on screen.
    pub fn pinned_column_width(&self) -> f32 {
        Self::pinned_extent(
            self.lane_width * self.zoom,
            self.lane_width,
            self.rect.width(),
        )
    }

    fn body_offset(&self) -> Vec2 {
        self.rect.min.to_vec2() - self.scroll
    }

    /// Screen = zoomed map coordinates + this offset, in `pane`.
    pub fn offset(&self, pane: Pane) -> Vec2 {
        let body = self.body_offset();
        let top = self.rect.top() - self.band_top * self.zoom;
        match pane {
            Pane::Body => body,
            Pane::Top => vec2(body.x, top),
            Pane::Left => vec2(self.rect.left(), body.y),
            Pane::Corner => vec2(self.rect.left(), top),
        }
    }

    /// The screen area a pane paints on; `None` when it is not pinned.
    pub fn clip(&self, pane: Pane) -> Option<Rect> {
        let r = self.rect;
        let band_h = self.pinned_row_height();
        let lane_w = self.pinned_column_width();
        match pane {
            Pane::Body => Some(r),
            Pane::Top => self
                .pin_top()
                .then(|| Rect::from_min_max(r.min, pos2(r.right(), r.top() + band_h))),
            Pane::Left => self.pin_left().then(|| {
                // The column starts at the header row, so the title above it scrolls whole.
                let band_screen_top = if self.pin_top() {
                    r.top()
                } else {
                    self.body_offset().y + self.band_top * self.zoom
                };
                Rect::from_min_max(
                    pos2(r.left(), band_screen_top.max(r.top())),
                    pos2(r.left() + lane_w, r.bottom()),
                )
            }),
            Pane::Corner => (self.pin_top() && self.pin_left())
                .then(|| Rect::from_min_max(r.min, pos2(r.left() + lane_w, r.top() + band_h))),
        }
    }

    /// The panes to paint, bottom to top, with their clip and offset.
    pub fn panes(&self) -> Vec<(Pane, Rect, Vec2)> {
        [Pane::Body, Pane::Top, Pane::Left, Pane::Corner]
            .into_iter()
            .filter_map(|p| {
                let clip = self.clip(p)?.intersect(self.rect);
                clip.is_positive().then(|| (p, clip, self.offset(p)))
            })
            .collect()
    }

    /// The pane a screen point is in.
    pub fn pane_at(&self, p: Pos2) -> Pane {
        for pane in [Pane::Corner, Pane::Top, Pane::Left] {
            if self.clip(pane).is_some_and(|c| c.contains(p)) {
                return pane;
            }
        }
        Pane::Body
    }

    /// The map point under a screen point.
    pub fn map_point(self, p: Pos2) -> Point {
        let z = (p - self.offset(self.pane_at(p))) / self.zoom;
        Point::new(z.x, z.y)
    }

    /// A map point on screen in the scrolling body.
    pub fn screen_point(self, m: Point) -> Pos2 {
        pos2(m.x * self.zoom, m.y * self.zoom) + self.body_offset()
    }

    /// A map rectangle on screen in the scrolling body.
    pub fn rect_to_screen(&self, r: crate::geom::Rect) -> Rect {
        Rect::from_min_max(
            self.screen_point(Point::new(r.x, r.y)),
            self.screen_point(Point::new(r.right(), r.bottom())),
        )
    }

    /// The scroll that keeps the map in view: along an axis where it fits, anywhere between
    /// the margins (at the top left unless [`Self::centred_scroll`] put it in the middle), else
    /// within a margin of its edges.
    pub fn clamp_scroll(&self, scroll: Vec2, map_size: Vec2) -> Vec2 {
        let view = self.rect.size();
        let content = map_size * self.zoom;
        let axis = |s: f32, content: f32, view: f32| {
            if content + 2.0 * MARGIN <= view {
                s.clamp(content + MARGIN - view, -MARGIN)
            } else {
                s.clamp(-MARGIN, content - view + MARGIN)
            }
        };
        vec2(
            axis(scroll.x, content.x, view.x),
            axis(scroll.y, content.y, view.y),
        )
    }

    /// The scroll that puts the map in the middle along an axis where it fits (and at the top
    /// left margin along one where it does not).
    pub fn centred_scroll(&self, map_size: Vec2) -> Vec2 {
        let view = self.rect.size();
        let content = map_size * self.zoom;
        let axis = |content: f32, view: f32| {
            if content + 2.0 * MARGIN <= view {
                -(view - content) / 2.0
            } else {
                -MARGIN
            }
        };
        vec2(axis(content.x, view.x), axis(content.y, view.y))
    }

    /// The zoom that fits the whole map into the view with a margin (never above 150 %).
    pub fn fit_zoom(&self, map_size: Vec2) -> f32 {
        let avail = self.rect.size() - Vec2::splat(2.0 * MARGIN);
        if map_size.x <= 0.0 || map_size.y <= 0.0 || avail.x <= 0.0 || avail.y <= 0.0 {
            return 1.0;
        }
        (avail.x / map_size.x).min(avail.y / map_size.y).min(1.5)
    }

    /// The scroll that keeps the map point under `pivot` still when the zoom changes to
    /// `new_zoom`.
    pub fn scroll_for_zoom(&self, pivot: Pos2, new_zoom: f32) -> Vec2 {
        let m = (pivot.to_vec2() - self.body_offset()) / self.zoom;
        m * new_zoom - (pivot - self.rect.min)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vp(scroll: Vec2) -> Viewport {
        Viewport {
            rect: Rect::from_min_size(pos2(100.0, 50.0), vec2(800.0, 600.0)),
            zoom: 2.0,
            scroll,
            band_top: 60.0,
            band_height: 50.0,
            lane_width: 180.0,
        }
    }

    #[test]
    fn body_maps_both_ways() {
        let v = vp(vec2(30.0, 40.0));
        let m = Point::new(250.0, 300.0);
        let s = v.screen_point(m);
        let back = v.map_point(s);
        assert!((back.x - m.x).abs() < 1e-3 && (back.y - m.y).abs() < 1e-3);
    }

    #[test]
    fn pinned_header_row_shows_the_band_at_the_top() {
        let v = vp(vec2(0.0, 500.0));
        assert!(v.pin_top() && !v.pin_left());
        // Just below the canvas top is the band's top, whatever the scroll.
        let m = v.map_point(pos2(400.0, 51.0));
        assert!((m.y - 60.5).abs() < 1e-3, "{m:?}");
        assert_eq!(v.pane_at(pos2(400.0, 51.0)), Pane::Top);
        assert_eq!(v.pane_at(pos2(400.0, 300.0)), Pane::Body);
    }

    #[test]
    fn zoom_to_fit_centres_the_map_and_scrolling_keeps_it_in_view() {
        let map = vec2(1000.0, 300.0);
        let mut v = vp(Vec2::ZERO);
        v.zoom = v.fit_zoom(map);
        v.scroll = v.clamp_scroll(v.centred_scroll(map), map);
        let a = v.screen_point(Point::new(0.0, 0.0));
        let b = v.screen_point(Point::new(map.x, map.y));
        // Equal room left and right, above and below.
        assert!(((a.x - v.rect.left()) - (v.rect.right() - b.x)).abs() < 0.01);
        assert!(((a.y - v.rect.top()) - (v.rect.bottom() - b.y)).abs() < 0.01);
        assert!(
            a.y - v.rect.top() > MARGIN + 1.0,
            "the short side is centred"
        );
        // A map that fits can move but not leave the view.
        let far = v.clamp_scroll(vec2(-5000.0, 5000.0), map);
        let moved = Viewport { scroll: far, ..v };
        assert!(moved.screen_point(Point::new(map.x, map.y)).x <= v.rect.right() - MARGIN + 0.01);
        assert!(moved.screen_point(Point::new(0.0, 0.0)).y >= v.rect.top() + MARGIN - 0.01);
    }

    #[test]
    fn pinned_headers_cover_at_most_a_quarter_of_the_canvas_when_zoomed_in() {
        let mut v = vp(vec2(2000.0, 2000.0));
        v.zoom = 4.0;
        let left = v.clip(Pane::Left).unwrap();
        let top = v.clip(Pane::Top).unwrap();
        assert!(left.width() <= 800.0 * PINNED_SHARE + 0.01, "{left:?}");
        assert!(top.height() <= 600.0 * PINNED_SHARE + 0.01, "{top:?}");
        // Past the pinned column, a click lands in the body.
        assert_eq!(v.pane_at(pos2(100.0 + 250.0, 400.0)), Pane::Body);
        // At 100 % they show whole, even if that is a little over the share.
        v.zoom = 1.0;
        assert_eq!(v.clip(Pane::Left).unwrap().width(), 180.0);
        assert_eq!(v.clip(Pane::Top).unwrap().height(), 50.0);
    }

    #[test]
    fn zooming_keeps_the_pivot_still() {
        let v = vp(vec2(10.0, 20.0));
        let pivot = pos2(800.0, 500.0);
        let before = v.map_point(pivot);
        let scroll = v.scroll_for_zoom(pivot, 3.0);
        let after = Viewport {
            zoom: 3.0,
            scroll,
            ..v
        }
        .map_point(pivot);
        assert!((before.x - after.x).abs() < 1e-3 && (before.y - after.y).abs() < 1e-3);
    }
}
