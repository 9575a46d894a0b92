//! Channel icons (Lucide, ISC licence, `assets/icons/`), as polylines in a 24×24 box, so the
//! canvas and every export draw them from the same points with ordinary strokes.
//!
//! The SVG files are parsed once with usvg (which turns rects, circles and arcs into curves)
//! and flattened here; a broken icon file would fail the tests, and at run time an icon that
//! does not parse is simply not drawn.

use std::sync::OnceLock;

use resvg::usvg;

use crate::geom::Point;
use crate::model::Channel;

/// Icons are drawn in a box of this many units.
pub const VIEW_BOX: f32 = 24.0;
/// Their stroke width in that box.
pub const STROKE: f32 = 2.0;

fn source(channel: Channel) -> &'static str {
    match channel {
        Channel::Website => include_str!("../assets/icons/website.svg"),
        Channel::Mobile => include_str!("../assets/icons/mobile.svg"),
        Channel::App => include_str!("../assets/icons/app.svg"),
        Channel::Email => include_str!("../assets/icons/email.svg"),
        Channel::Social => include_str!("../assets/icons/social.svg"),
        Channel::Ads => include_str!("../assets/icons/ads.svg"),
        Channel::Store => include_str!("../assets/icons/store.svg"),
        Channel::LiveChat => include_str!("../assets/icons/live-chat.svg"),
        Channel::Phone => include_str!("../assets/icons/phone.svg"),
        Channel::WordOfMouth => include_str!("../assets/icons/word-of-mouth.svg"),
        Channel::Other => include_str!("../assets/icons/other.svg"),
    }
}

/// The strokes of a channel's icon: polylines in a 24×24 box (y down).
pub fn strokes(channel: Channel) -> &'static [Vec<Point>] {
    static ICONS: OnceLock<Vec<Vec<Vec<Point>>>> = OnceLock::new();
    let icons = ICONS.get_or_init(|| Channel::ALL.iter().map(|c| parse(source(*c))).collect());
    let index = Channel::ALL.iter().position(|c| *c == channel).unwrap_or(0);
    icons.get(index).map_or(&[], |v| v.as_slice())
}

fn parse(svg: &str) -> Vec<Vec<Point>> {
    let Ok(tree) = usvg::Tree::from_str(svg, &usvg::Options::default()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect(tree.root(), &mut out);
    out
}

fn collect(group: &usvg::Group, out: &mut Vec<Vec<Point>>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => collect(g, out),
            usvg::Node::Path(p) => flatten(p.data(), p.abs_transform(), out),
            _ => {}
        }
    }
}

/// Turns a path into polylines, curves cut into short straight pieces.
fn flatten(path: &usvg::tiny_skia_path::Path, ts: usvg::Transform, out: &mut Vec<Vec<Point>>) {
    use usvg::tiny_skia_path::PathSegment;
    const STEPS: usize = 8;
    let map = |p: usvg::tiny_skia_path::Point| {
        let mut q = p;
        ts.map_point(&mut q);
        Point::new(q.x, q.y)
    };
    let mut current: Vec<Point> = Vec::new();
    let mut start = Point::default();
    for seg in path.segments() {
        match seg {
            PathSegment::MoveTo(p) => {
                if current.len() > 1 {
                    out.push(std::mem::take(&mut current));
                }
                current.clear();
                start = map(p);
                current.push(start);
            }
            PathSegment::LineTo(p) => current.push(map(p)),
            PathSegment::QuadTo(c, p) => {
                let (a, c, p) = (current.last().copied().unwrap_or(start), map(c), map(p));
                for i in 1..=STEPS {
                    let t = i as f32 / STEPS as f32;
                    let u = 1.0 - t;
                    current.push(Point::new(
                        u * u * a.x + 2.0 * u * t * c.x + t * t * p.x,
                        u * u * a.y + 2.0 * u * t * c.y + t * t * p.y,
                    ));
                }
            }
            PathSegment::CubicTo(c1, c2, p) => {
                let a = current.last().copied().unwrap_or(start);
                let (c1, c2, p) = (map(c1), map(c2), map(p));
                for i in 1..=STEPS {
                    let t = i as f32 / STEPS as f32;
                    let u = 1.0 - t;
                    let b = |a: f32, b: f32, c: f32, d: f32| {
                        u * u * u * a + 3.0 * u * u * t * b + 3.0 * u * t * t * c + t * t * t * d
                    };
                    current.push(Point::new(b(a.x, c1.x, c2.x, p.x), b(a.y, c1.y, c2.y, p.y)));
                }
            }
            PathSegment::Close => {
                current.push(start);
                if current.len() > 1 {
                    out.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() > 1 {
        out.push(current);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_channel_has_an_icon_inside_its_box() {
        for c in Channel::ALL {
            let strokes = strokes(c);
            assert!(!strokes.is_empty(), "{c:?} has no icon");
            for p in strokes.iter().flatten() {
                assert!(
                    (-0.5..=24.5).contains(&p.x) && (-0.5..=24.5).contains(&p.y),
                    "{c:?}: {p:?}"
                );
            }
        }
    }
}
