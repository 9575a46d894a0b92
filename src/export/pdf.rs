//! PDF export: the Scene written straight into a one-page vector PDF with pdf-writer.
//!
//! This module owns the page geometry (a page fitted to the map, or a landscape sheet with the
//! map scaled to fit and centred), how every scene item is drawn in PDF operators, and the
//! embedding of the bundled fonts: in [`TextMode::Text`] each line is real text, its glyphs
//! placed at exactly the advances the layout measured (no kerning, fallback to Noto Emoji,
//! emoji sequences as Noto Emoji shapes them), each font embedded as a subset of the glyphs the
//! page uses, with a ToUnicode map so readers copy and search the words, diacritics included.
//! In [`TextMode::Outlines`] every glyph is a shape, drawn once as a form and placed where it
//! is used.
//!
//! It must never read a font but the bundled ones, nor rasterize anything: the PDF stays vector
//! graphics. It draws what the SVG writer draws (same shapes, joins, dashes, arrow heads), so
//! the SVG, PNG and PDF of a map look alike; a test compares the PDF's pixels with the PNG's.
//!
//! Limitations: a glyph drawn for more than one character (the `.notdef` box, a shared
//! glyph) copies as the first of them; the later glyphs of an emoji sequence Noto Emoji draws
//! as several glyphs copy as nothing.

use std::collections::HashMap;

use pdf_writer::types::{CidFontType, FontFlags, LineJoinStyle, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Primitive, Ref, Str, TextStr};
use subsetter::GlyphRemapper;
use ttf_parser::OutlineBuilder;

use super::glyphs::{self, Faces};
use super::svg::Page;
use super::{ExportError, ExportOptions, PAPER_MARGIN_PT, Paper, TextMode};
use super::{check_scene, document_size};
use crate::fonts::{Font, Glyph, Unit, Weight};
use crate::geom::Point;
use crate::model::{Color, MediaType, Picture, PictureKey};
use crate::scene::{Item, KAPPA, PathOp, Scene, Stroke, positive};

/// Points per map unit on a fitted page: map units are CSS pixels, 96 to the inch; PDF points
/// are 72 to the inch.
const POINTS_PER_UNIT: f32 = 72.0 / 96.0;

/// The largest page side, in points, that Adobe Reader opens (200 inches). A fitted page of a
/// larger map is scaled down to it.
pub const MAX_PAGE_PT: f32 = 14_400.0;

/// How hard the content stream and fonts are deflated: level 1 of 10 makes files about 10 %
/// larger than level 6 in a fifth of the time (the page of 10 000 cards is ~60 MB of
/// operators before compression).
const DEFLATE_LEVEL: u8 = 1;

/// The scene as PDF file bytes: one page, vector graphics, with real (selectable) text and the
/// used glyphs of the bundled fonts embedded in [`TextMode::Text`], or text as shapes in
/// [`TextMode::Outlines`].
pub fn to_pdf(scene: &Scene, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    options.check()?;
    check_scene(scene)?;
    let faces = glyphs::faces()?;
    let (doc_w, doc_h) = document_size(scene, options.margin);
    let page = page(options.paper, doc_w, doc_h);
    let mut painter = Painter::new(faces, options.text, scene.items.len());

    // One transform places the map (top-left corner of its margin at the origin, y down) on
    // the page (y up): margin, then paper scale and centring.
    let s = page.scale;
    let dx = page.left + options.margin * s;
    let dy = page.height - page.top - options.margin * s;
    painter.content.transform([s, 0.0, 0.0, -s, dx, dy]);
    // SVG's default, which the other back ends follow.
    painter.content.set_miter_limit(4.0);
    let background = options.background.color();
    if background.a > 0 {
        painter.set_fill(background);
        let m = options.margin;
        painter.content.rect(-m, -m, doc_w, doc_h);
        painter.content.fill_nonzero();
    }
    for item in &scene.items {
        match item {
            Item::Picture {
                rect, key, crop, ..
            } if item.shows() => painter.picture(*rect, key, *crop, &scene.pictures),
            _ => painter.item(item),
        }
    }
    painter.finish(page)
}

/// The page in points and where the map (`doc_w` × `doc_h` map units, margins included) goes.
fn page(paper: Paper, doc_w: f32, doc_h: f32) -> Page {
    match paper.size_pt() {
        None => {
            let scale = POINTS_PER_UNIT
                .min(MAX_PAGE_PT / doc_w)
                .min(MAX_PAGE_PT / doc_h);
            Page {
                width: doc_w * scale,
                height: doc_h * scale,
                scale,
                left: 0.0,
                top: 0.0,
            }
        }
        Some((width, height)) => {
            let scale = ((width - 2.0 * PAPER_MARGIN_PT) / doc_w)
                .min((height - 2.0 * PAPER_MARGIN_PT) / doc_h);
            Page {
                width,
                height,
                scale,
                left: (width - doc_w * scale) / 2.0,
                top: (height - doc_h * scale) / 2.0,
            }
        }
    }
}

/// The three bundled fonts by their place in [`Font::ALL`], which is also their resource name.
fn font_index(font: Font) -> usize {
    match font {
        Font::Sans(Weight::Regular) => 0,
        Font::Sans(Weight::Bold) => 1,
        Font::Emoji => 2,
    }
}

const FONT_NAMES: [&[u8]; 3] = [b"F0", b"F1", b"F2"];

/// What the page uses of one bundled font, for its subset and ToUnicode map.
#[derive(Default)]
struct FontUse {
    /// The glyphs used, renumbered in the subset (the new number is the CID the page shows).
    remapper: Option<GlyphRemapper>,
    /// The text each new glyph stands for.
    to_unicode: HashMap<u16, String>,
}

impl FontUse {
    /// The CID of `glyph` in the subset, recording what it stands for when first met.
    fn cid(&mut self, glyph: u16, text: &str) -> u16 {
        let remapper = self.remapper.get_or_insert_with(GlyphRemapper::new);
        let cid = remapper.remap(glyph);
        if glyph != 0 && !text.is_empty() {
            self.to_unicode
                .entry(cid)
                .or_insert_with(|| text.to_owned());
        }
        cid
    }
}

/// One piece of a text run: glyphs shown back to back, or a move of the pen.
enum Piece {
    /// A glyph by its CID.
    Glyph(u16),
    /// A TJ adjustment in thousandths of an em (positive moves left).
    Adjust(f32),
}

/// The graphics state as last set in the content stream, so unchanged values are not
/// written again.
struct State {
    fill: Option<[u8; 3]>,
    stroke: Option<[u8; 3]>,
    fill_alpha: u8,
    stroke_alpha: u8,
    line_width: Option<f32>,
    dash: Option<f32>,
    round_joins: bool,
}

struct Painter {
    faces: &'static Faces,
    text: TextMode,
    content: Content,
    state: State,
    fonts: [FontUse; 3],
    /// Fill opacities (`ca`) and stroke opacities (`CA`) used, by value.
    fill_alphas: Vec<u8>,
    stroke_alphas: Vec<u8>,
    /// Outline mode: each glyph's form, numbered in order of first use (`None`: no ink).
    forms: HashMap<Glyph, Option<usize>>,
    form_glyphs: Vec<(Glyph, Vec<u8>, ttf_parser::Rect)>,
    /// Reused buffers for one text line.
    pieces: Vec<Piece>,
    cids: Vec<u16>,
    name: Vec<u8>,
    /// The pictures the page shows, each written once as an image XObject.
    images: Vec<PdfImage>,
    /// Where each picture met so far is in `images` (`None`: it does not decode).
    image_index: HashMap<PictureKey, Option<usize>>,
}

/// A picture as a PDF image: a JPEG's own bytes (DCTDecode), or decoded pixels deflated, with
/// an alpha mask when any pixel is not opaque.
struct PdfImage {
    width: u32,
    height: u32,
    /// The stream's bytes and its filter.
    data: Vec<u8>,
    filter: Filter,
    /// Grey (one component) or RGB.
    gray: bool,
    /// The deflated alpha channel, when the picture has transparency.
    alpha: Option<Vec<u8>>,
}

impl PdfImage {
    /// The image of a stored picture; `None` when it does not decode (a JPEG is decoded too,
    /// once, so a corrupt one never reaches a reader).
    fn of(picture: &Picture) -> Option<Self> {
        let rgba = picture.decode_rgba()?;
        let (width, height) = rgba.dimensions();
        if picture.media == MediaType::Jpeg {
            use image::ImageDecoder as _;
            let decoder =
                image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&picture.bytes[..]))
                    .ok()?;
            let gray = match decoder.color_type() {
                image::ColorType::L8 => Some(true),
                image::ColorType::Rgb8 => Some(false),
                _ => None, // CMYK: decoded below instead.
            };
            if let Some(gray) = gray {
                return Some(Self {
                    width,
                    height,
                    data: picture.bytes.to_vec(),
                    filter: Filter::DctDecode,
                    gray,
                    alpha: None,
                });
            }
        }
        let pixels = rgba.as_raw();
        let rgb: Vec<u8> = pixels
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let alpha = pixels
            .chunks_exact(4)
            .any(|p| p[3] < 255)
            .then(|| deflate(&pixels.chunks_exact(4).map(|p| p[3]).collect::<Vec<u8>>()));
        Some(Self {
            width,
            height,
            data: deflate(&rgb),
            filter: Filter::FlateDecode,
            gray: false,
            alpha,
        })
    }
}

/// The name of image `n`: `Im3`.
fn image_name(out: &mut Vec<u8>, n: usize) {
    out.clear();
    out.extend_from_slice(b"Im");
    out.extend_from_slice(n.to_string().as_bytes());
}

impl Painter {
    fn new(faces: &'static Faces, text: TextMode, items: usize) -> Self {
        Self {
            faces,
            text,
            content: Content::with_capacity(4096 + items * 120),
            state: State {
                fill: None,
                stroke: None,
                fill_alpha: 255,
                stroke_alpha: 255,
                line_width: None,
                dash: None,
                round_joins: false,
            },
            fonts: Default::default(),
            fill_alphas: Vec::new(),
            stroke_alphas: Vec::new(),
            forms: HashMap::new(),
            form_glyphs: Vec::new(),
            pieces: Vec::new(),
            cids: Vec::new(),
            name: Vec::new(),
            images: Vec::new(),
            image_index: HashMap::new(),
        }
    }

    fn item(&mut self, item: &Item) {
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
                let Some(paint) = self.paint(*fill, stroke.as_ref(), false) else {
                    return;
                };
                let r = radius.min(rect.w / 2.0).min(rect.h / 2.0);
                let (x, y, w, h) = (num(rect.x), num(rect.y), num(rect.w), num(rect.h));
                if r > 0.0 {
                    let r = num(r);
                    let c = &mut self.content;
                    for op in crate::scene::rounded_rect(x, y, w, h, r) {
                        match op {
                            PathOp::Move(p) => c.move_to(p.x, p.y),
                            PathOp::Line(p) => c.line_to(p.x, p.y),
                            PathOp::Cubic(a, b, p) => c.cubic_to(a.x, a.y, b.x, b.y, p.x, p.y),
                            PathOp::Close => c.close_path(),
                        };
                    }
                } else {
                    self.content.rect(x, y, w, h);
                }
                self.draw(paint);
            }
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let Some(paint) = self.paint(*fill, stroke.as_ref(), false) else {
                    return;
                };
                let (x, y, r) = (num(center.x), num(center.y), num(*radius));
                let k = r * KAPPA;
                let c = &mut self.content;
                c.move_to(x + r, y);
                c.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
                c.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
                c.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
                c.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
                c.close_path();
                self.draw(paint);
            }
            Item::Path {
                points,
                closed,
                fill,
                stroke,
            } => {
                let fill = fill.filter(|_| *closed);
                let Some(paint) = self.paint(fill, stroke.as_ref(), true) else {
                    return;
                };
                self.polyline(points, *closed);
                self.draw(paint);
            }
            Item::Arrow {
                points,
                stroke,
                head,
            } => self.arrow(points, stroke, *head),
            Item::Text {
                origin,
                text,
                size,
                weight,
                color,
                ..
            } => match self.text {
                TextMode::Text => self.text_line(*origin, text, *size, *weight, *color),
                TextMode::Outlines => self.outline_line(*origin, text, *size, *weight, *color),
            },
            // Pictures need the scene's store: `to_pdf` draws them with `picture`. Groups give
            // SVG elements their ids and titles; a PDF page has no such thing.
            Item::Picture { .. } | Item::BeginGroup { .. } | Item::EndGroup => {}
        }
    }

    /// A stored picture's crop scaled into `rect`, clipped to it: the picture is an image
    /// XObject written once however often the page shows it. A picture that is not in the
    /// store or does not decode is the placeholder grey.
    fn picture(
        &mut self,
        rect: crate::geom::Rect,
        key: &PictureKey,
        crop: crate::geom::Rect,
        pictures: &crate::model::Pictures,
    ) {
        let index = match self.image_index.get(key) {
            Some(i) => *i,
            None => {
                let image = pictures.get(key).and_then(PdfImage::of);
                let i = image.map(|image| {
                    self.images.push(image);
                    self.images.len() - 1
                });
                self.image_index.insert(key.clone(), i);
                i
            }
        };
        let (x, y, w, h) = (num(rect.x), num(rect.y), num(rect.w), num(rect.h));
        let Some(index) = index else {
            self.set_fill(crate::scene::PICTURE_PLACEHOLDER);
            self.content.rect(x, y, w, h);
            self.content.fill_nonzero();
            return;
        };
        let image = &self.images[index];
        // The whole picture in map units, placed so the crop lands on the rect; the image's
        // first row goes at the top (the page's y runs down here, an image's up).
        let (kx, ky) = (rect.w / crop.w, rect.h / crop.h);
        let (full_w, full_h) = (image.width as f32 * kx, image.height as f32 * ky);
        let (left, top) = (rect.x - crop.x * kx, rect.y - crop.y * ky);
        let c = &mut self.content;
        c.save_state();
        c.rect(x, y, w, h);
        c.clip_nonzero();
        c.end_path();
        c.transform([full_w, 0.0, 0.0, -full_h, left, top + full_h]);
        image_name(&mut self.name, index);
        c.x_object(Name(&self.name));
        c.restore_state();
    }

    /// Sets the colours and line style for a shape and says how to paint it; `None` when
    /// nothing of it would show.
    fn paint(
        &mut self,
        fill: Option<Color>,
        stroke: Option<&Stroke>,
        round_joins: bool,
    ) -> Option<Paint> {
        let fill = fill.filter(|c| c.a > 0);
        let stroke = stroke.filter(|s| s.is_visible());
        if let Some(c) = fill {
            self.set_fill(c);
        }
        if let Some(s) = stroke {
            self.set_stroke(s, round_joins);
        }
        match (fill.is_some(), stroke.is_some()) {
            (true, true) => Some(Paint::FillAndStroke),
            (true, false) => Some(Paint::Fill),
            (false, true) => Some(Paint::Stroke),
            (false, false) => None,
        }
    }

    fn draw(&mut self, paint: Paint) {
        match paint {
            Paint::Fill => self.content.fill_nonzero(),
            Paint::Stroke => self.content.stroke(),
            Paint::FillAndStroke => self.content.fill_nonzero_and_stroke(),
        };
    }

    fn polyline(&mut self, points: &[Point], closed: bool) {
        let mut points = points.iter();
        if let Some(first) = points.next() {
            self.content.move_to(num(first.x), num(first.y));
        }
        for p in points {
            self.content.line_to(num(p.x), num(p.y));
        }
        if closed {
            self.content.close_path();
        }
    }

    /// The line up to the head's base, then the filled head ([`crate::scene::arrow_shape`]).
    fn arrow(&mut self, points: &[Point], stroke: &Stroke, head: f32) {
        let Some(shape) = crate::scene::arrow_shape(points, head) else {
            return;
        };
        if shape.line.len() >= 2 && positive(stroke.width) {
            self.set_stroke(stroke, true);
            self.polyline(&shape.line, false);
            self.content.stroke();
        }
        if let Some(triangle) = shape.head {
            self.set_fill(stroke.color);
            self.polyline(&triangle, true);
            self.content.fill_nonzero();
        }
    }

    fn set_fill(&mut self, c: Color) {
        let rgb = [c.r, c.g, c.b];
        if self.state.fill != Some(rgb) {
            self.state.fill = Some(rgb);
            let [r, g, b] = rgb.map(channel);
            self.content.set_fill_rgb(r, g, b);
        }
        if self.state.fill_alpha != c.a {
            self.state.fill_alpha = c.a;
            if !self.fill_alphas.contains(&c.a) {
                self.fill_alphas.push(c.a);
            }
            alpha_name(&mut self.name, b'f', c.a);
            self.content.set_parameters(Name(&self.name));
        }
    }

    fn set_stroke(&mut self, s: &Stroke, round_joins: bool) {
        let c = s.color;
        let rgb = [c.r, c.g, c.b];
        if self.state.stroke != Some(rgb) {
            self.state.stroke = Some(rgb);
            let [r, g, b] = rgb.map(channel);
            self.content.set_stroke_rgb(r, g, b);
        }
        if self.state.stroke_alpha != c.a {
            self.state.stroke_alpha = c.a;
            if !self.stroke_alphas.contains(&c.a) {
                self.stroke_alphas.push(c.a);
            }
            alpha_name(&mut self.name, b's', c.a);
            self.content.set_parameters(Name(&self.name));
        }
        let width = num(s.width);
        if self.state.line_width != Some(width) {
            self.state.line_width = Some(width);
            self.content.set_line_width(width);
        }
        // A dash that rounds to nothing would make an all-zero pattern, which PDF forbids.
        let dash = s.dash.map(num).filter(|d| *d > 0.0);
        if self.state.dash != dash {
            self.state.dash = dash;
            match dash {
                Some(d) => self.content.set_dash_pattern([d, d], 0.0),
                None => self.content.set_dash_pattern([], 0.0),
            };
        }
        if self.state.round_joins != round_joins {
            self.state.round_joins = round_joins;
            self.content.set_line_join(if round_joins {
                LineJoinStyle::RoundJoin
            } else {
                LineJoinStyle::MiterJoin
            });
        }
    }

    /// One line as real text: glyph by glyph at the advances the layout measured, switching
    /// to Noto Emoji and back where the fallback says.
    fn text_line(&mut self, origin: Point, text: &str, size: f32, weight: Weight, color: Color) {
        let faces = self.faces;
        let mut started = false;
        let mut font: Option<usize> = None;
        let mut pieces = std::mem::take(&mut self.pieces);
        pieces.clear();
        for (piece, unit) in faces.units(weight, text) {
            match unit {
                Unit::Char(c) => {
                    let Some(glyph) = faces.glyph_for(weight, c) else {
                        continue;
                    };
                    let index = font_index(glyph.font);
                    if font != Some(index) {
                        self.flush_run(&mut pieces, font, size, &mut started, origin, color);
                        font = Some(index);
                    }
                    pieces.push(Piece::Glyph(self.fonts[index].cid(glyph.id.0, piece)));
                }
                Unit::Sequence(glyphs) => {
                    let index = font_index(Font::Emoji);
                    if font != Some(index) {
                        self.flush_run(&mut pieces, font, size, &mut started, origin, color);
                        font = Some(index);
                    }
                    let face = faces.face(Font::Emoji);
                    let per_em = 1000.0 / f32::from(face.units_per_em());
                    for (i, g) in glyphs.iter().enumerate() {
                        let stands_for = if i == 0 { piece } else { "" };
                        let cid = self.fonts[index].cid(g.id.0, stands_for);
                        let shown = f32::from(face.glyph_hor_advance(g.id).unwrap_or(0));
                        let (off_x, off_y) = g.offset;
                        if off_y != 0.0 {
                            // Rare (no bundled sequence has one): a rise of its own.
                            self.flush_run(&mut pieces, font, size, &mut started, origin, color);
                            self.content.set_rise(off_y * per_em * size / 1000.0);
                        }
                        if off_x != 0.0 {
                            pieces.push(Piece::Adjust(-off_x * per_em));
                        }
                        pieces.push(Piece::Glyph(cid));
                        let rest = shown + off_x - g.advance;
                        if rest != 0.0 {
                            pieces.push(Piece::Adjust(rest * per_em));
                        }
                        if off_y != 0.0 {
                            self.flush_run(&mut pieces, font, size, &mut started, origin, color);
                            self.content.set_rise(0.0);
                        }
                    }
                }
            }
        }
        self.flush_run(&mut pieces, font, size, &mut started, origin, color);
        if started {
            self.content.end_text();
        }
        self.pieces = pieces;
    }

    /// Shows the collected pieces in `font`, opening the text object on first use.
    fn flush_run(
        &mut self,
        pieces: &mut Vec<Piece>,
        font: Option<usize>,
        size: f32,
        started: &mut bool,
        origin: Point,
        color: Color,
    ) {
        let Some(font) = font.filter(|_| !pieces.is_empty()) else {
            pieces.clear();
            return;
        };
        if !*started {
            *started = true;
            self.set_fill(color);
            self.content.begin_text();
            // Text space has y up; the map's y points down.
            self.content
                .set_text_matrix([1.0, 0.0, 0.0, -1.0, num(origin.x), num(origin.y)]);
        }
        self.content.set_font(Name(FONT_NAMES[font]), size);
        let mut cids = std::mem::take(&mut self.cids);
        cids.clear();
        if pieces.iter().all(|p| matches!(p, Piece::Glyph(_))) {
            cids.extend(pieces.iter().filter_map(|p| match p {
                Piece::Glyph(cid) => Some(*cid),
                Piece::Adjust(_) => None,
            }));
            self.content.op("Tj").operand(Cids(&cids));
        } else {
            let mut tj = self.content.op("TJ");
            let mut items = tj.obj().array();
            for p in pieces.iter() {
                match p {
                    Piece::Glyph(cid) => cids.push(*cid),
                    Piece::Adjust(a) => {
                        if !cids.is_empty() {
                            items.item(Cids(&cids));
                            cids.clear();
                        }
                        items.item(*a);
                    }
                }
            }
            if !cids.is_empty() {
                items.item(Cids(&cids));
            }
        }
        self.cids = cids;
        pieces.clear();
    }

    /// One line as shapes: each glyph's form placed at its pen position.
    fn outline_line(&mut self, origin: Point, text: &str, size: f32, weight: Weight, color: Color) {
        let faces = self.faces;
        // Map units per line unit; the pen moves in line units, as the SVG outlines do.
        let unit = size / glyphs::line_units_per_em(faces, weight);
        let mut filled = false;
        glyphs::place_line(faces, weight, text, |glyph, _, at| {
            let Some(form) = self.form(glyph) else {
                return;
            };
            if !filled {
                filled = true;
                self.set_fill(color);
            }
            let scale = size / f32::from(faces.face(glyph.font).units_per_em());
            let (x, y) = (origin.x + at.0 * unit, origin.y - at.1 * unit);
            self.content.save_state();
            self.content
                .transform([scale, 0.0, 0.0, -scale, num(x), num(y)]);
            form_name(&mut self.name, form);
            self.content.x_object(Name(&self.name));
            self.content.restore_state();
        });
    }

    /// The number of the form that draws `glyph`, made on first use; `None` for a glyph
    /// without ink (the space).
    fn form(&mut self, glyph: Glyph) -> Option<usize> {
        if let Some(form) = self.forms.get(&glyph) {
            return *form;
        }
        let mut path = GlyphPath {
            content: Content::new(),
            current: (0.0, 0.0),
        };
        let form = self
            .faces
            .face(glyph.font)
            .outline_glyph(glyph.id, &mut path)
            .map(|bbox| {
                path.content.fill_nonzero();
                self.form_glyphs.push((glyph, path.content.finish(), bbox));
                self.form_glyphs.len() - 1
            });
        self.forms.insert(glyph, form);
        form
    }

    /// Assembles the file: page, resources, fonts, forms.
    fn finish(self, page: Page) -> Result<Vec<u8>, ExportError> {
        let mut pdf = Pdf::new();
        let mut next = 1;
        let mut alloc = || {
            let r = Ref::new(next);
            next += 1;
            r
        };
        let catalog = alloc();
        let tree = alloc();
        let page_ref = alloc();
        let info = alloc();

        let content = self.content.finish();
        let parts = deflate_in_parts(&content);
        let content_refs: Vec<Ref> = parts.iter().map(|_| alloc()).collect();
        for (part, r) in parts.iter().zip(&content_refs) {
            pdf.stream(*r, part).filter(Filter::FlateDecode);
        }

        // Fonts and forms get their references before the page names them.
        let font_refs: Vec<(usize, Ref)> = (0..3)
            .filter(|i| self.fonts[*i].remapper.is_some())
            .map(|i| (i, alloc()))
            .collect();
        let form_refs: Vec<Ref> = self.form_glyphs.iter().map(|_| alloc()).collect();
        let image_refs: Vec<(Ref, Option<Ref>)> = self
            .images
            .iter()
            .map(|i| (alloc(), i.alpha.as_ref().map(|_| alloc())))
            .collect();
        let mut gstates = Vec::new();
        for (kind, alphas) in [(b'f', &self.fill_alphas), (b's', &self.stroke_alphas)] {
            for &a in alphas {
                gstates.push((kind, a, alloc()));
            }
        }

        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree).kids([page_ref]).count(1);
        let mut p = pdf.page(page_ref);
        p.parent(tree)
            .media_box(pdf_writer::Rect::new(0.0, 0.0, page.width, page.height))
            .contents_array(content_refs);
        let mut resources = p.resources();
        if !font_refs.is_empty() {
            let mut fonts = resources.fonts();
            for (i, r) in &font_refs {
                fonts.pair(Name(FONT_NAMES[*i]), *r);
            }
        }
        let mut name = Vec::new();
        if !form_refs.is_empty() || !image_refs.is_empty() {
            let mut forms = resources.x_objects();
            for (i, r) in form_refs.iter().enumerate() {
                form_name(&mut name, i);
                forms.pair(Name(&name), *r);
            }
            for (i, (r, _)) in image_refs.iter().enumerate() {
                image_name(&mut name, i);
                forms.pair(Name(&name), *r);
            }
        }
        if !gstates.is_empty() {
            let mut states = resources.ext_g_states();
            for (kind, a, r) in &gstates {
                alpha_name(&mut name, *kind, *a);
                states.pair(Name(&name), *r);
            }
        }
        resources.finish();
        p.finish();

        pdf.document_info(info)
            .producer(TextStr(concat!("Trailmap ", env!("CARGO_PKG_VERSION"))));

        for (kind, a, r) in &gstates {
            let mut state = pdf.ext_graphics(*r);
            let alpha = f32::from(*a) / 255.0;
            if *kind == b'f' {
                state.non_stroking_alpha(alpha);
            } else {
                state.stroking_alpha(alpha);
            }
        }

        for ((_, path, bbox), r) in self.form_glyphs.iter().zip(&form_refs) {
            let mut form = pdf.form_xobject(*r, path);
            form.bbox(pdf_writer::Rect::new(
                f32::from(bbox.x_min),
                f32::from(bbox.y_min),
                f32::from(bbox.x_max),
                f32::from(bbox.y_max),
            ));
        }

        for (image, (r, mask)) in self.images.iter().zip(&image_refs) {
            let mut x = pdf.image_xobject(*r, &image.data);
            x.filter(image.filter);
            x.width(image.width as i32);
            x.height(image.height as i32);
            if image.gray {
                x.color_space().device_gray();
            } else {
                x.color_space().device_rgb();
            }
            x.bits_per_component(8);
            if let Some(mask) = mask {
                x.s_mask(*mask);
            }
            x.finish();
            if let (Some(mask), Some(alpha)) = (mask, &image.alpha) {
                let mut m = pdf.image_xobject(*mask, alpha);
                m.filter(Filter::FlateDecode);
                m.width(image.width as i32);
                m.height(image.height as i32);
                m.color_space().device_gray();
                m.bits_per_component(8);
            }
        }

        for (i, r) in font_refs {
            let used = &self.fonts[i];
            let Some(remapper) = &used.remapper else {
                continue;
            };
            let font = Font::ALL[i];
            write_font(&mut pdf, &mut alloc, r, font, self.faces, remapper, used)?;
        }
        Ok(pdf.finish())
    }
}

/// How a shape is painted.
#[derive(Clone, Copy)]
enum Paint {
    Fill,
    Stroke,
    FillAndStroke,
}

const SYSTEM_INFO: SystemInfo = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// Writes one font as a Type 0 font over a TrueType CID font holding the used glyphs, with
/// their widths and a ToUnicode map.
fn write_font(
    pdf: &mut Pdf,
    alloc: &mut impl FnMut() -> Ref,
    type0: Ref,
    font: Font,
    faces: &Faces,
    remapper: &GlyphRemapper,
    used: &FontUse,
) -> Result<(), ExportError> {
    let face = faces.face(font);
    let (cid_ref, descriptor_ref, cmap_ref, file_ref) = (alloc(), alloc(), alloc(), alloc());
    let per_em = 1000.0 / f32::from(face.units_per_em());
    let to_em = |v: i16| f32::from(v) * per_em;

    let old_gids: Vec<u16> = remapper.remapped_gids().collect();
    let base = base_font_name(face, font, &old_gids);

    pdf.type0_font(type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_ref)
        .to_unicode(cmap_ref);

    let mut cid = pdf.cid_font(cid_ref);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(base.as_bytes()))
        .system_info(SYSTEM_INFO)
        .font_descriptor(descriptor_ref)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(
        0,
        old_gids.iter().map(|g| {
            f32::from(face.glyph_hor_advance(ttf_parser::GlyphId(*g)).unwrap_or(0)) * per_em
        }),
    );
    cid.finish();

    let bbox = face.global_bounding_box();
    let ascent = to_em(face.typographic_ascender().unwrap_or(face.ascender()));
    let descent = to_em(face.typographic_descender().unwrap_or(face.descender()));
    let cap_height = face
        .capital_height()
        .filter(|h| *h > 0)
        .map_or(ascent, to_em);
    let bold = matches!(font, Font::Sans(Weight::Bold));
    pdf.font_descriptor(descriptor_ref)
        .name(Name(base.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(pdf_writer::Rect::new(
            to_em(bbox.x_min),
            to_em(bbox.y_min),
            to_em(bbox.x_max),
            to_em(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(ascent)
        .descent(descent)
        .cap_height(cap_height)
        .stem_v(if bold { 140.0 } else { 80.0 })
        .font_file2(file_ref);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
    let mut mapped: Vec<(&u16, &String)> = used.to_unicode.iter().collect();
    mapped.sort_unstable();
    for (cid, text) in mapped {
        cmap.pair_with_multiple(*cid, text.chars());
    }
    let cmap = cmap.finish();
    pdf.cmap(cmap_ref, &cmap);

    let subset = super::subset::glyphs(font, remapper)
        .map_err(|e| ExportError::Pdf(format!("subsetting {}: {e}", font.family())))?;
    let compressed = deflate(&subset);
    let length = i32::try_from(subset.len()).unwrap_or(i32::MAX);
    pdf.stream(file_ref, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), length);
    Ok(())
}

/// `ABCDEF+NotoSans-Regular`: the font's PostScript name behind a tag that differs between
/// subsets, as PDF readers expect of a subset font.
fn base_font_name(face: &ttf_parser::Face, font: Font, gids: &[u16]) -> String {
    let postscript = face
        .names()
        .into_iter()
        .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
        .and_then(|n| n.to_string())
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or_else(|| font.family().replace(' ', ""));
    // FNV-1a over the glyph list: the same glyphs give the same tag.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for g in gids {
        for b in g.to_le_bytes() {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let tag: String = (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect();
    format!("{tag}+{postscript}")
}

/// A glyph outline as PDF path operators in font units, filled non-zero as TrueType glyphs
/// are.
struct GlyphPath {
    content: Content,
    current: (f32, f32),
}

impl OutlineBuilder for GlyphPath {
    fn move_to(&mut self, x: f32, y: f32) {
        self.content.move_to(x, y);
        self.current = (x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.content.line_to(x, y);
        self.current = (x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        // PDF has cubic curves only; a quadratic one is the cubic with handles 2/3 of the way
        // to its control point.
        let (x0, y0) = self.current;
        let c1 = (x0 + (x1 - x0) * 2.0 / 3.0, y0 + (y1 - y0) * 2.0 / 3.0);
        let c2 = (x + (x1 - x) * 2.0 / 3.0, y + (y1 - y) * 2.0 / 3.0);
        self.content
            .cubic_to(num(c1.0), num(c1.1), num(c2.0), num(c2.1), x, y);
        self.current = (x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.content.cubic_to(x1, y1, x2, y2, x, y);
        self.current = (x, y);
    }

    fn close(&mut self) {
        self.content.close_path();
    }
}

/// The name of an opacity state: `f128` for fill opacity 128/255, `s64` for stroke.
fn alpha_name(out: &mut Vec<u8>, kind: u8, alpha: u8) {
    out.clear();
    out.push(kind);
    out.extend_from_slice(alpha.to_string().as_bytes());
}

/// The name of glyph form `n`: `g12`.
fn form_name(out: &mut Vec<u8>, n: usize) {
    out.clear();
    out.push(b'g');
    out.extend_from_slice(n.to_string().as_bytes());
}

fn channel(v: u8) -> f32 {
    // Three decimals tell all 256 levels apart.
    (f32::from(v) / 255.0 * 1000.0).round() / 1000.0
}

/// A coordinate rounded to a hundredth of a map unit (as the SVG writer writes them; far below
/// a pixel at any scale), so the operators stay short; 0 for a number that is not finite.
fn num(v: f32) -> f32 {
    let rounded = (v * 100.0).round() / 100.0;
    if rounded.is_finite() { rounded } else { 0.0 }
}

/// CIDs as a hex string operand, `<0012003A>`: four digits a glyph, where pdf-writer's literal
/// strings spend up to eight on the octal escapes of small CIDs.
struct Cids<'a>(&'a [u16]);

impl Primitive for Cids<'_> {
    fn write(self, buf: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        buf.reserve(2 + 4 * self.0.len());
        buf.push(b'<');
        for cid in self.0 {
            for shift in [12, 8, 4, 0] {
                buf.push(HEX[usize::from((cid >> shift) & 0xf)]);
            }
        }
        buf.push(b'>');
    }
}

/// The page's operators deflated in parts, one per core on large pages (a page's content may
/// be an array of streams, split between operators): deflate was a quarter of the time of a
/// 10 000-card PDF.
fn deflate_in_parts(content: &[u8]) -> Vec<Vec<u8>> {
    const MIN_PART: usize = 1 << 20;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let parts = (content.len() / MIN_PART).clamp(1, cores);
    if parts == 1 {
        return vec![deflate(content)];
    }
    let mut pieces = Vec::with_capacity(parts);
    let mut rest = content;
    for i in (1..parts).rev() {
        let target = rest.len() / (i + 1);
        // Operators end in line feeds; user text is written as hex, so a line feed ends one.
        let cut = rest[target..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(rest.len(), |at| target + at + 1);
        let (head, tail) = rest.split_at(cut);
        pieces.push(head);
        rest = tail;
    }
    pieces.push(rest);
    std::thread::scope(|scope| {
        let handles: Vec<_> = pieces
            .iter()
            .map(|piece| scope.spawn(move || deflate(piece)))
            .collect();
        handles
            .into_iter()
            .zip(&pieces)
            .map(|(h, piece)| h.join().unwrap_or_else(|_| deflate(piece)))
            .collect()
    })
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, DEFLATE_LEVEL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_centres_the_scaled_map() {
        let p = page(Paper::A4, 2000.0, 500.0);
        let (w, h) = Paper::A4.size_pt().unwrap();
        assert_eq!((p.width, p.height), (w, h));
        // Width-bound: the map spans the sheet less its margins and sits in the middle.
        assert!((p.left - PAPER_MARGIN_PT).abs() < 0.01);
        assert!((p.top * 2.0 + 500.0 * p.scale - h).abs() < 0.01);
    }

    #[test]
    fn a_fitted_page_is_the_map_in_points_but_never_beyond_200_inches() {
        let p = page(Paper::Fit, 960.0, 480.0);
        assert_eq!((p.width, p.height), (720.0, 360.0));
        let p = page(Paper::Fit, 40_000.0, 1000.0);
        assert!((p.width - MAX_PAGE_PT).abs() < 0.01);
    }

    #[test]
    fn subset_names_carry_a_tag_and_the_postscript_name() {
        let faces = glyphs::faces().unwrap();
        let font = Font::Sans(Weight::Bold);
        let a = base_font_name(faces.face(font), font, &[0, 36, 37]);
        let b = base_font_name(faces.face(font), font, &[0, 36, 38]);
        assert_eq!(a.len(), "ABCDEF+NotoSans-Bold".len(), "{a}");
        assert!(a.ends_with("+NotoSans-Bold"), "{a}");
        assert!(a[..6].bytes().all(|c| c.is_ascii_uppercase()), "{a}");
        assert_ne!(a, b);
    }
}
