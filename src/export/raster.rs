//! The PNG rasteriser: paints a [`Scene`] straight into pixels with tiny-skia, in horizontal
//! bands, one thread per core.
//!
//! It draws what the SVG writer ([`super::svg`]) writes, item by item and with the same
//! geometry: rounded rectangles, circles, polylines with round joins, dashes, arrows from
//! [`crate::scene::arrow_shape`], and text as the bundled fonts' glyph outlines placed exactly as
//! the outline SVG places them ([`super::glyphs`]). resvg drawing our SVG and this module
//! drawing the Scene give the same picture (a test compares them); this module skips writing,
//! parsing and shaping the SVG, which took most of a big map's export.
//!
//! Card pictures are decoded once per export (scaled down first when the export shows them much
//! smaller than they are) and drawn with a bicubic pattern into their frame.
//!
//! It must never read any font but the bundled ones, nor anything outside the Scene.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use tiny_skia::{
    FillRule, LineJoin, Paint, PathBuilder, PixmapMut, Stroke as SkStroke, StrokeDash, Transform,
};
use ttf_parser::OutlineBuilder;

use super::glyphs::{self, Faces};
use crate::fonts::{Glyph, Weight};
use crate::geom::{Point, Rect};
use crate::model::{Color, PictureKey};
use crate::scene::{Item, PathOp, Scene, Stroke, positive};

/// Rows per band: small enough that two cores share a map's uneven parts (dense card rows,
/// empty margins) evenly and that a band's pixels stay in the cache while they are converted,
/// filtered and compressed, large enough that items crossing a band edge are rarely drawn twice.
pub(crate) const BAND_ROWS: u32 = 256;

/// How PNG stores the pixels of a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pixels {
    /// Three bytes a pixel; only for an opaque background (every pixel is then opaque).
    Rgb,
    /// Four bytes a pixel with straight (not premultiplied) alpha.
    Rgba,
}

impl Pixels {
    pub(crate) fn bytes(self) -> usize {
        match self {
            Pixels::Rgb => 3,
            Pixels::Rgba => 4,
        }
    }
}

/// One painted band of rows, as [`paint_bands`] hands it over.
pub(crate) struct Band<'a> {
    /// Which band this is, counted from the top (0).
    pub index: usize,
    /// How many bands the picture has.
    pub count: usize,
    /// Premultiplied RGBA, four bytes a pixel, row after row; the caller may change it in place
    /// (it is painted over for the next band).
    pub premultiplied: &'a mut [u8],
}

/// Paints `scene` `width` × `height` pixels large, `scale` pixels per map unit with the map's
/// top-left corner `margin` map units in, on `background`, in bands of about `band_rows` rows,
/// and returns what `each` made of every band, top to bottom (`None` if a band could not be
/// painted, which only a picture without pixels could cause).
///
/// Each thread (one per core) paints one band at a time into its own small pixmap and hands it
/// to `each` with its own `state` (made once per thread by `state`), so the full-size picture
/// never exists: the PNG encoder converts, filters and compresses each band right where it was
/// painted. Bands all have nearly the same height: tiny-skia cuts curves at a band's edge,
/// which shifts their anti-aliasing by a step or two, so a sliver of a band would do that on
/// every row it has.
#[allow(clippy::too_many_arguments)]
pub(crate) fn paint_bands<S, T: Send>(
    scene: &Scene,
    faces: &Faces,
    (width, height): (u32, u32),
    (scale, margin): (f32, f32),
    background: Color,
    band_rows: u32,
    state: impl Fn() -> S + Sync,
    each: impl Fn(&mut S, Band<'_>) -> T + Sync,
) -> Option<Vec<T>> {
    if width == 0 || height == 0 {
        return None;
    }
    let band_rows = height.div_ceil(height.div_ceil(band_rows.max(1))).max(1);
    let count = height.div_ceil(band_rows) as usize;
    // Each item's rows (in pixels), to skip the items a band does not touch.
    let rows: Vec<Option<(f32, f32)>> = scene
        .items
        .iter()
        .map(|item| {
            item.bounds().map(|b| {
                // Glyphs may reach above the em box (stacked accents) and below the layout's
                // line box; a little slack costs nothing.
                let slack = match item {
                    Item::Text { size, .. } => size.abs() * 0.5,
                    _ => 1.0,
                };
                (
                    (b.y - slack + margin) * scale,
                    (b.y + b.h + slack + margin) * scale,
                )
            })
        })
        .collect();

    let threads = if u64::from(width) * u64::from(height) < 1_000_000 || count == 1 {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get().min(8))
            .min(count)
    };
    let background_sk =
        tiny_skia::Color::from_rgba8(background.r, background.g, background.b, background.a);
    // Bands are handed out top to bottom as threads become free; each result goes to its place.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..count).map(|_| None).collect());
    let pictures = decode_pictures(scene, scale);
    let work = || {
        let mut painter = Painter::new(faces, scale, margin, &pictures);
        let mut scratch = vec![0u8; band_rows as usize * width as usize * 4];
        let mut state = state();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= count {
                break;
            }
            let top = index as u32 * band_rows;
            let rows_here = band_rows.min(height - top);
            let premultiplied = &mut scratch[..rows_here as usize * width as usize * 4];
            let Some(mut pixmap) = PixmapMut::from_bytes(premultiplied, width, rows_here) else {
                continue;
            };
            pixmap.fill(background_sk);
            let (y0, y1) = (top as f32, (top + rows_here) as f32);
            painter.top = y0;
            for (item, rows) in scene.items.iter().zip(&rows) {
                if rows.is_some_and(|(a, b)| b >= y0 && a <= y1) {
                    painter.item(item, &mut pixmap);
                }
            }
            let made = each(
                &mut state,
                Band {
                    index,
                    count,
                    premultiplied: pixmap.data_mut(),
                },
            );
            if let Ok(mut results) = results.lock() {
                results[index] = Some(made);
            }
        }
    };
    if threads == 1 {
        work();
    } else {
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(work);
            }
        });
    }
    results.into_inner().ok()?.into_iter().collect()
}

/// A picture decoded for painting: premultiplied pixels, and how many of them there are per
/// pixel of the stored picture (below 1 when it was scaled down first).
struct Decoded {
    pixmap: tiny_skia::Pixmap,
    factor: f32,
}

/// Decodes every picture the scene shows, once per export, scaled down (with a triangle
/// filter) to at most twice the largest size any item paints it at, so the bicubic filter
/// that places it never skips source pixels. `None` for a picture that does not decode.
fn decode_pictures(scene: &Scene, scale: f32) -> HashMap<PictureKey, Option<Decoded>> {
    let mut wanted: HashMap<&PictureKey, f32> = HashMap::new();
    for item in &scene.items {
        if let Item::Picture {
            rect, key, crop, ..
        } = item
            && item.shows()
        {
            let k = (rect.w / crop.w).max(rect.h / crop.h) * scale;
            let e = wanted.entry(key).or_insert(0.0);
            *e = e.max(if k.is_finite() { k } else { 1.0 });
        }
    }
    wanted
        .into_iter()
        .map(|(key, k)| {
            let decoded = scene.pictures.get(key).and_then(|p| {
                let factor = (2.0 * k).min(1.0);
                let w = ((p.width as f32 * factor).ceil() as u32).max(1);
                let h = ((p.height as f32 * factor).ceil() as u32).max(1);
                let rgba = p.decode_rgba_within(w, h)?;
                let factor = rgba.width() as f32 / p.width.max(1) as f32;
                let size = tiny_skia::IntSize::from_wh(rgba.width(), rgba.height())?;
                let mut data = rgba.into_raw();
                for px in data.chunks_exact_mut(4) {
                    let a = u16::from(px[3]);
                    if a < 255 {
                        for c in &mut px[..3] {
                            *c = ((u16::from(*c) * a + 127) / 255) as u8;
                        }
                    }
                }
                let pixmap = tiny_skia::Pixmap::from_vec(data, size)?;
                Some(Decoded { pixmap, factor })
            });
            (key.clone(), decoded)
        })
        .collect()
}

/// Writes a row of premultiplied RGBA pixels into `stored` as PNG stores them: RGB (for opaque
/// pixels premultiplied and straight are the same; `stored` is then three quarters as long) or
/// straight RGBA (converted in `row` first, see [`demultiply`]).
pub(crate) fn store(row: &mut [u8], pixels: Pixels, stored: &mut [u8]) {
    match pixels {
        Pixels::Rgb => {
            // Four pixels at a time: the compiler turns this into a few moves (one pixel at a
            // time took 4 % of a big export's CPU samples).
            let mut to = stored.chunks_exact_mut(12);
            let mut from = row.chunks_exact(16);
            for (to, from) in (&mut to).zip(&mut from) {
                for i in 0..4 {
                    to[i * 3..i * 3 + 3].copy_from_slice(&from[i * 4..i * 4 + 3]);
                }
            }
            let (to, from) = (to.into_remainder(), from.remainder());
            for (to, from) in to.chunks_exact_mut(3).zip(from.chunks_exact(4)) {
                to.copy_from_slice(&from[..3]);
            }
        }
        Pixels::Rgba => {
            demultiply(row);
            let n = stored.len().min(row.len());
            stored[..n].copy_from_slice(&row[..n]);
        }
    }
}

/// Turns premultiplied RGBA pixels into straight RGBA, as PNG stores them, in place. Opaque and
/// fully transparent pixels, most of any map, stay as they are.
pub(crate) fn demultiply(rgba: &mut [u8]) {
    for px in rgba.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a == 255 || a == 0 {
            continue;
        }
        for c in &mut px[..3] {
            // Premultiplied channels never exceed alpha, so this stays within 0..=255.
            *c = ((u16::from(*c) * 255 + a / 2) / a).min(255) as u8;
        }
    }
}

/// The whole picture as PNG stores its pixels (rows of [`store`]d pixels), painted in bands
/// of about `band_rows` rows: what the encoder compresses, for tests to compare with.
#[cfg(test)]
pub(crate) fn paint(
    scene: &Scene,
    faces: &Faces,
    (width, height): (u32, u32),
    (scale, margin): (f32, f32),
    background: Color,
    pixels: Pixels,
    band_rows: u32,
) -> Vec<u8> {
    let stride = width as usize * 4;
    paint_bands(
        scene,
        faces,
        (width, height),
        (scale, margin),
        background,
        band_rows,
        || (),
        |(), band| {
            let mut stored = vec![0; band.premultiplied.len() / 4 * pixels.bytes()];
            let row_bytes = width as usize * pixels.bytes();
            for (row, to) in band
                .premultiplied
                .chunks_exact_mut(stride)
                .zip(stored.chunks_exact_mut(row_bytes))
            {
                store(row, pixels, to);
            }
            stored
        },
    )
    .map(|bands| bands.concat())
    .unwrap_or_default()
}

/// One glyph outline segment, in line units with y up (see [`glyphs::OutlineCache`]).
#[derive(Clone, Copy)]
enum Segment {
    Move(f32, f32),
    Line(f32, f32),
    Quad(f32, f32, f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// Collects a glyph's outline from ttf-parser, scaled into line units.
struct Outline {
    scale: f32,
    segments: Vec<Segment>,
}

impl OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        let s = self.scale;
        self.segments.push(Segment::Move(x * s, y * s));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let s = self.scale;
        self.segments.push(Segment::Line(x * s, y * s));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let s = self.scale;
        self.segments
            .push(Segment::Quad(x1 * s, y1 * s, x * s, y * s));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let s = self.scale;
        self.segments
            .push(Segment::Cubic(x1 * s, y1 * s, x2 * s, y2 * s, x * s, y * s));
    }
    fn close(&mut self) {
        self.segments.push(Segment::Close);
    }
}

/// Paints items into one band; keeps the glyph outlines it has met, so each letter of a
/// thousand-card map is read from the font once per thread.
struct Painter<'f> {
    faces: &'f Faces,
    scale: f32,
    margin: f32,
    /// The band's first row in pixels of the whole image.
    top: f32,
    outlines: HashMap<(Weight, Glyph), Vec<Segment>>,
    builder: Option<PathBuilder>,
    pictures: &'f HashMap<PictureKey, Option<Decoded>>,
}

impl<'f> Painter<'f> {
    fn new(
        faces: &'f Faces,
        scale: f32,
        margin: f32,
        pictures: &'f HashMap<PictureKey, Option<Decoded>>,
    ) -> Self {
        Self {
            pictures,
            faces,
            scale,
            margin,
            top: 0.0,
            outlines: HashMap::new(),
            builder: Some(PathBuilder::new()),
        }
    }

    /// A map point in band pixels.
    fn px(&self, p: Point) -> (f32, f32) {
        (
            (p.x + self.margin) * self.scale,
            (p.y + self.margin) * self.scale - self.top,
        )
    }

    fn builder(&mut self) -> PathBuilder {
        self.builder.take().unwrap_or_default()
    }

    /// Fills and/or strokes the path built in `pb`, then keeps its memory for the next one.
    fn draw(
        &mut self,
        pb: PathBuilder,
        fill: Option<Color>,
        stroke: Option<&Stroke>,
        round_joins: bool,
        pixmap: &mut PixmapMut,
    ) {
        let Some(path) = pb.finish() else { return };
        if let Some(c) = fill.filter(|c| c.a > 0) {
            let b = path.bounds();
            // Lines without area cannot be filled (tiny-skia refuses them, as resvg does).
            if b.width() > 0.0 && b.height() > 0.0 {
                pixmap.fill_path(
                    &path,
                    &solid(c),
                    FillRule::Winding,
                    Transform::identity(),
                    None,
                );
            }
        }
        if let Some(s) = stroke.filter(|s| s.is_visible()) {
            let sk = SkStroke {
                width: s.width * self.scale,
                line_join: if round_joins {
                    LineJoin::Round
                } else {
                    LineJoin::Miter
                },
                dash: s
                    .dash
                    .filter(|d| *d > 0.0 && d.is_finite())
                    .and_then(|d| StrokeDash::new(vec![d * self.scale, d * self.scale], 0.0)),
                ..SkStroke::default()
            };
            pixmap.stroke_path(&path, &solid(s.color), &sk, Transform::identity(), None);
        }
        self.builder = Some(path.clear());
    }

    fn item(&mut self, item: &Item, pixmap: &mut PixmapMut) {
        if !item.shows() {
            return;
        }
        match item {
            Item::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                let (x0, y0) = self.px(Point::new(rect.x, rect.y));
                let (w, h) = (rect.w * self.scale, rect.h * self.scale);
                let r = radius.min(rect.w / 2.0).min(rect.h / 2.0) * self.scale;
                let mut pb = self.builder();
                if r > 0.0 {
                    rounded_rect(&mut pb, x0, y0, w, h, r);
                } else {
                    pb.move_to(x0, y0);
                    pb.line_to(x0 + w, y0);
                    pb.line_to(x0 + w, y0 + h);
                    pb.line_to(x0, y0 + h);
                    pb.close();
                }
                self.draw(pb, *fill, stroke.as_ref(), false, pixmap);
            }
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let (cx, cy) = self.px(*center);
                let mut pb = self.builder();
                pb.push_circle(cx, cy, radius * self.scale);
                self.draw(pb, *fill, stroke.as_ref(), false, pixmap);
            }
            Item::Path {
                points,
                closed,
                fill,
                stroke,
            } => {
                let fill = fill.filter(|_| *closed);
                let mut pb = self.builder();
                self.polyline(&mut pb, points, *closed);
                self.draw(pb, fill, stroke.as_ref(), true, pixmap);
            }
            Item::Arrow {
                points,
                stroke,
                head,
            } => {
                let Some(shape) = crate::scene::arrow_shape(points, *head) else {
                    return;
                };
                if shape.line.len() >= 2 && stroke.width > 0.0 {
                    let mut pb = self.builder();
                    self.polyline(&mut pb, &shape.line, false);
                    self.draw(pb, None, Some(stroke), true, pixmap);
                }
                if let Some(triangle) = shape.head {
                    let mut pb = self.builder();
                    self.polyline(&mut pb, &triangle, true);
                    self.draw(pb, Some(stroke.color), None, false, pixmap);
                }
            }
            Item::Text {
                origin,
                text,
                size,
                weight,
                color,
                ..
            } => self.text(*origin, text, *size, *weight, *color, pixmap),
            Item::Picture {
                rect, key, crop, ..
            } => self.picture(*rect, key, *crop, pixmap),
            Item::BeginGroup { .. } | Item::EndGroup => {}
        }
    }

    /// The crop of a decoded picture scaled into `rect` (bicubic), or the placeholder grey
    /// for one that does not decode.
    fn picture(&mut self, rect: Rect, key: &PictureKey, crop: Rect, pixmap: &mut PixmapMut) {
        let (x0, y0) = self.px(Point::new(rect.x, rect.y));
        let (w, h) = (rect.w * self.scale, rect.h * self.scale);
        let Some(area) = tiny_skia::Rect::from_xywh(x0, y0, w, h) else {
            return;
        };
        let Some(Some(d)) = self.pictures.get(key) else {
            pixmap.fill_rect(
                area,
                &solid(crate::scene::PICTURE_PLACEHOLDER),
                Transform::identity(),
                None,
            );
            return;
        };
        // Source pixels (of the decoded, maybe scaled-down picture) to band pixels.
        let (sx, sy) = (w / (crop.w * d.factor), h / (crop.h * d.factor));
        let to_band = Transform::from_row(
            sx,
            0.0,
            0.0,
            sy,
            x0 - crop.x * d.factor * sx,
            y0 - crop.y * d.factor * sy,
        );
        let paint = Paint {
            anti_alias: true,
            shader: tiny_skia::Pattern::new(
                d.pixmap.as_ref(),
                tiny_skia::SpreadMode::Pad,
                tiny_skia::FilterQuality::Bicubic,
                1.0,
                to_band,
            ),
            ..Paint::default()
        };
        pixmap.fill_rect(area, &paint, Transform::identity(), None);
    }

    fn polyline(&self, pb: &mut PathBuilder, points: &[Point], closed: bool) {
        for (i, p) in points.iter().enumerate() {
            let (x, y) = self.px(*p);
            if i == 0 {
                pb.move_to(x, y);
            } else {
                pb.line_to(x, y);
            }
        }
        if closed {
            pb.close();
        }
    }

    /// One line of text as glyph outlines, every glyph where [`glyphs::OutlineCache`] puts it
    /// in an outline SVG, filled as one path.
    fn text(
        &mut self,
        origin: Point,
        text: &str,
        size: f32,
        weight: Weight,
        color: Color,
        pixmap: &mut PixmapMut,
    ) {
        if !positive(size) || color.a == 0 {
            return;
        }
        let faces = self.faces;
        // Line units to band pixels: x right, y down from the baseline.
        let k = size / glyphs::line_units_per_em(faces, weight) * self.scale;
        let (ox, oy) = self.px(origin);
        let mut pb = self.builder();
        glyphs::place_line(faces, weight, text, |glyph, scale, (gx, gy)| {
            let segments = self.outline(weight, glyph, scale);
            emit(&mut pb, segments, ox + gx * k, oy - gy * k, k);
        });
        self.draw(pb, Some(color), None, false, pixmap);
    }

    /// The cached outline of `glyph` in line units (`scale` line units per font unit).
    fn outline(&mut self, weight: Weight, glyph: Glyph, scale: f32) -> &[Segment] {
        let faces = self.faces;
        self.outlines.entry((weight, glyph)).or_insert_with(|| {
            let mut outline = Outline {
                scale,
                segments: Vec::new(),
            };
            if faces
                .face(glyph.font)
                .outline_glyph(glyph.id, &mut outline)
                .is_none()
            {
                outline.segments.clear();
            }
            outline.segments
        })
    }
}

/// Appends an outline (line units, y up) to `pb`, its origin at pixel (`x`, `y`), `k` pixels
/// per line unit.
fn emit(pb: &mut PathBuilder, segments: &[Segment], x: f32, y: f32, k: f32) {
    let p = |sx: f32, sy: f32| (x + sx * k, y - sy * k);
    for s in segments {
        match *s {
            Segment::Move(a, b) => {
                let (a, b) = p(a, b);
                pb.move_to(a, b);
            }
            Segment::Line(a, b) => {
                let (a, b) = p(a, b);
                pb.line_to(a, b);
            }
            Segment::Quad(a, b, c, d) => {
                let ((a, b), (c, d)) = (p(a, b), p(c, d));
                pb.quad_to(a, b, c, d);
            }
            Segment::Cubic(a, b, c, d, e, f) => {
                let ((a, b), (c, d), (e, f)) = (p(a, b), p(c, d), p(e, f));
                pb.cubic_to(a, b, c, d, e, f);
            }
            Segment::Close => pb.close(),
        }
    }
}

/// A rectangle with quarter-circle corners of radius `r`, as the Scene outlines it.
fn rounded_rect(pb: &mut PathBuilder, x: f32, y: f32, w: f32, h: f32, r: f32) {
    for op in crate::scene::rounded_rect(x, y, w, h, r) {
        match op {
            PathOp::Move(p) => pb.move_to(p.x, p.y),
            PathOp::Line(p) => pb.line_to(p.x, p.y),
            PathOp::Cubic(a, b, p) => pb.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y),
            PathOp::Close => pb.close(),
        }
    }
}

fn solid(c: Color) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color_rgba8(c.r, c.g, c.b, c.a);
    paint.anti_alias = true;
    paint
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scene() -> Scene {
        let map = crate::model::synthetic_map(40);
        crate::scene::build(&map, &crate::layout::Layout::compute(&map))
    }

    #[test]
    fn bands_give_the_same_pixels_as_one_picture() {
        let scene = scene();
        let faces = glyphs::faces().unwrap();
        let size = (
            (scene.width + 24.0).ceil() as u32,
            (scene.height + 24.0).ceil() as u32,
        );
        let render = |rows| {
            paint(
                &scene,
                faces,
                size,
                (1.0, 12.0),
                Color::WHITE,
                Pixels::Rgb,
                rows,
            )
        };
        let one = render(size.1);
        assert!(one.iter().any(|v| *v < 100), "something is drawn");
        for rows in [64, 100, 256] {
            let many = render(rows);
            let differing = one
                .iter()
                .zip(&many)
                .filter(|(a, b)| a.abs_diff(**b) > 8)
                .count();
            let worst = one.iter().zip(&many).map(|(a, b)| a.abs_diff(*b)).max();
            // A curve cut at a band edge is flattened in two pieces, which shifts the
            // anti-aliasing of a few edge pixels there (by up to 53 of 255 here); an item
            // skipped by a band would leave a whole glyph or edge missing.
            assert!(
                differing * 1000 < one.len() && worst < Some(128),
                "{rows} rows a band: {differing} bytes differ, by up to {worst:?}"
            );
        }
    }

    #[test]
    fn text_is_drawn_where_the_layout_measured_it() {
        let faces = glyphs::faces().unwrap();
        let text = "Größe 🎉";
        let width = crate::layout::text::measure(text, 20.0, Weight::Bold);
        let scene = Scene {
            width: 200.0,
            height: 40.0,
            items: vec![Item::Text {
                origin: Point::new(10.0, 30.0),
                text: text.into(),
                size: 20.0,
                weight: Weight::Bold,
                color: Color::BLACK,
                width,
            }],
            ..Default::default()
        };
        let px = paint(
            &scene,
            faces,
            (200, 40),
            (1.0, 0.0),
            Color::WHITE,
            Pixels::Rgb,
            BAND_ROWS,
        );
        let inked = |x: u32, y: u32| px[(y as usize * 200 + x as usize) * 3] < 128;
        let columns: Vec<u32> = (0..200).filter(|&x| (0..40).any(|y| inked(x, y))).collect();
        let (first, last) = (columns[0], columns[columns.len() - 1]);
        assert!((10..13).contains(&first), "starts at the origin: {first}");
        let end = (10.0 + width) as u32;
        assert!(
            last <= end && last + 4 >= end,
            "ends at {last}, measured {end}"
        );
        // Nothing above the accents or far below the baseline.
        assert!((0..200).all(|x| !inked(x, 0) && !inked(x, 39)));
    }

    #[test]
    fn shapes_outside_the_picture_or_without_size_draw_nothing() {
        let faces = glyphs::faces().unwrap();
        let gone = |item: Item| {
            let scene = Scene {
                width: 20.0,
                height: 20.0,
                items: vec![item],
                ..Default::default()
            };
            let pixels = Pixels::Rgba;
            paint(
                &scene,
                faces,
                (20, 20),
                (2.0, 0.0),
                Color::TRANSPARENT,
                pixels,
                7,
            )
            .iter()
            .all(|v| *v == 0)
        };
        let black = Some(Color::BLACK);
        let rect = |x, w, radius| Item::Rect {
            rect: crate::geom::Rect::new(x, 0.0, w, 10.0),
            radius,
            fill: black,
            stroke: None,
        };
        assert!(!gone(rect(0.0, 5.0, 2.0)));
        assert!(gone(rect(100.0, 5.0, 2.0)));
        assert!(gone(rect(0.0, f32::NAN, 2.0)));
        assert!(gone(rect(0.0, -5.0, 0.0)));
        assert!(gone(Item::Path {
            points: vec![Point::new(1.0, 1.0)],
            closed: true,
            fill: black,
            stroke: None,
        }));
        assert!(gone(Item::Arrow {
            points: vec![Point::new(1.0, 1.0), Point::new(1.0, 1.0)],
            stroke: Stroke::solid(1.0, Color::BLACK),
            head: 4.0,
        }));
        assert!(gone(Item::Text {
            origin: Point::new(0.0, 10.0),
            text: "x".into(),
            size: f32::INFINITY,
            weight: Weight::Regular,
            color: Color::BLACK,
            width: 5.0,
        }));
    }

    #[test]
    fn demultiplying_restores_straight_colour() {
        let mut px = [64, 32, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0];
        let mut out = [1; 12];
        store(&mut px, Pixels::Rgba, &mut out);
        assert_eq!(out, [128, 64, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0]);
    }

    #[test]
    fn opaque_pixels_pack_to_rgb() {
        let mut out = [0; 6];
        store(&mut [1, 2, 3, 255, 4, 5, 6, 255], Pixels::Rgb, &mut out);
        assert_eq!(out, [1, 2, 3, 4, 5, 6]);
        // Five pixels: four at a time and one left over.
        let mut row: Vec<u8> = (0..20).collect();
        let mut out = [0; 15];
        store(&mut row, Pixels::Rgb, &mut out);
        assert_eq!(out, [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16, 17, 18]);
    }
}
