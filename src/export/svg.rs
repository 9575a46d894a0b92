//! The SVG writer: a [`Scene`] as the text of a self-contained SVG 1.1 file.
//!
//! This module owns how every scene item looks in SVG, the escaping of user text and the
//! sanitizing of element ids. The PNG and PDF back ends render the very text written here, so a
//! change shows in all three formats.
//!
//! It must never write anything that reaches outside the file: no external references, no
//! scripts, no links (fonts are embedded as `data:` URLs), and never an unescaped character of
//! user text. Numbers are written with at most two decimals (a hundredth of a map unit is far
//! below a pixel at the largest PNG scale); a number that is not finite is written as 0.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use base64::Engine as _;

use super::glyphs::{self, Faces, OutlineCache};
use super::subset::WebFont;
use super::{Background, ExportError, ExportOptions, TextMode, check_scene, document_size};
use crate::fonts::{self, Glyph, Weight};
use crate::geom::Point;
use crate::model::{Color, Picture, PictureKey, Pictures};
use crate::scene::{Item, Scene, Stroke};

/// The scene as an SVG file, as the user asked for it in `options` (the scale and paper are
/// ignored: an SVG is measured in map units, which are CSS pixels).
pub fn to_svg(scene: &Scene, options: &ExportOptions) -> Result<String, ExportError> {
    options.check()?;
    check_scene(scene)?;
    let (width, height) = document_size(scene, options.margin);
    write(
        scene,
        &Settings {
            text: options.text,
            background: options.background,
            margin: options.margin,
            page: Page::natural(width, height),
            embed_fonts: options.text == TextMode::Text,
        },
    )
}

/// Where the drawing goes on the SVG canvas: its size in SVG units and how the map (its
/// top-left margin corner at the origin, in map units) is scaled and moved onto it. PDF paper
/// sizes use this to centre a scaled map on a sheet.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Page {
    /// Canvas width in SVG units.
    pub width: f32,
    /// Canvas height in SVG units.
    pub height: f32,
    /// SVG units per map unit.
    pub scale: f32,
    /// Where the map's top-left corner (outside the margin) lands.
    pub left: f32,
    /// Where the map's top-left corner (outside the margin) lands.
    pub top: f32,
}

impl Page {
    /// A canvas exactly the map's size, one SVG unit per map unit.
    pub fn natural(width: f32, height: f32) -> Self {
        Self {
            width,
            height,
            scale: 1.0,
            left: 0.0,
            top: 0.0,
        }
    }
}

/// Everything the writer needs to know; the public options decide it per format.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Settings {
    /// Text as outlines or as `<text>`.
    pub text: TextMode,
    /// What to draw behind the map.
    pub background: Background,
    /// Border around the scene in map units.
    pub margin: f32,
    /// Canvas size and placement.
    pub page: Page,
    /// Whether to embed the bundled fonts as `@font-face` (text mode files for people; the
    /// renderers get the fonts directly and skip subsetting and base64).
    pub embed_fonts: bool,
}

/// Writes the SVG text for `scene`.
pub(crate) fn write(scene: &Scene, settings: &Settings) -> Result<String, ExportError> {
    let faces = match settings.text {
        TextMode::Outlines => Some(glyphs::faces()?),
        TextMode::Text => None,
    };
    // resvg and svg2pdf shape an emoji sequence (👍🏽, 🇸🇪) whole only where it stands alone:
    // after a space they drew a flag as two letters, and letters next to one from Noto Emoji,
    // and a <tspan> naming the font makes usvg 0.49 panic. For them such a line is drawn as
    // outlines, exactly as measured; a file for people keeps its text (browsers shape right).
    let sequence_outlines = match settings.text {
        TextMode::Text if !settings.embed_fonts => Some(glyphs::faces()?),
        _ => None,
    };
    let mut w = Writer {
        out: String::with_capacity(1024 + scene.items.len() * 200),
        faces,
        sequence_outlines,
        outlines: OutlineCache::default(),
        glyph_ids: HashMap::new(),
        defs: String::new(),
        next_glyph: 0,
        ids: HashSet::new(),
        open_groups: 0,
        picture_ids: HashMap::new(),
    };
    w.document(scene, settings);
    Ok(w.out)
}

struct Writer {
    out: String,
    /// The bundled faces in outline mode; `None` writes `<text>`.
    faces: Option<&'static Faces>,
    /// In text mode for the renderers: the faces that outline lines with emoji sequences.
    sequence_outlines: Option<&'static Faces>,
    outlines: OutlineCache,
    /// The id of each glyph outline in `<defs>`; `None` for a glyph without ink.
    glyph_ids: HashMap<(Weight, Glyph), Option<String>>,
    /// The `<path>` of each glyph used, written once and drawn by `<use>`.
    defs: String,
    /// How many glyph ids were tried, to name the next one.
    next_glyph: usize,
    /// Element ids written so far, to keep them unique.
    ids: HashSet<String>,
    open_groups: usize,
    /// The `<defs>` id of each picture written so far.
    picture_ids: HashMap<PictureKey, String>,
}

impl Writer {
    fn document(&mut self, scene: &Scene, s: &Settings) {
        let page = s.page;
        // xlink:href, not SVG 2's plain href: the file is SVG 1.1, and Inkscape 0.92, older
        // browsers and office suites' importers know only the xlink form.
        self.out
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"");
        self.attr("width", page.width);
        self.attr("height", page.height);
        self.out.push_str(" viewBox=\"0 0 ");
        push_num(&mut self.out, page.width);
        self.out.push(' ');
        push_num(&mut self.out, page.height);
        self.out.push_str("\">\n");
        // The glyph outlines the text uses go here once the map is written.
        let defs_at = self.out.len();
        if s.embed_fonts && self.faces.is_none() {
            self.out.push_str("<style type=\"text/css\">");
            self.out.push_str(&font_faces_css(scene));
            self.out.push_str("</style>\n");
        }

        // One transform places the map: margin, then paper scale and centring.
        let (dx, dy) = (
            page.left + s.margin * page.scale,
            page.top + s.margin * page.scale,
        );
        self.out.push_str("<g transform=\"");
        if page.scale == 1.0 {
            self.out.push_str("translate(");
            push_num(&mut self.out, dx);
            self.out.push(' ');
            push_num(&mut self.out, dy);
        } else {
            self.out.push_str("matrix(");
            push_decimal(&mut self.out, page.scale, 6);
            self.out.push_str(" 0 0 ");
            push_decimal(&mut self.out, page.scale, 6);
            self.out.push(' ');
            push_num(&mut self.out, dx);
            self.out.push(' ');
            push_num(&mut self.out, dy);
        }
        self.out.push_str(")\"");
        if self.faces.is_none() {
            // The layout measures without kerning; ask renderers to set text the same way.
            self.out.push_str(" kerning=\"0\"");
        }
        self.out.push_str(">\n");

        let background = s.background.color();
        if background.a > 0 {
            let (w, h) = document_size(scene, s.margin);
            self.out.push_str("<rect");
            self.attr("x", -s.margin);
            self.attr("y", -s.margin);
            self.attr("width", w);
            self.attr("height", h);
            self.fill(Some(background));
            self.out.push_str("/>\n");
        }

        for item in &scene.items {
            self.item(item, &scene.pictures);
        }
        for _ in 0..self.open_groups {
            self.out.push_str("</g>\n");
        }
        self.out.push_str("</g>\n</svg>\n");
        if !self.defs.is_empty() {
            let defs = format!("<defs>\n{}</defs>\n", self.defs);
            self.out.insert_str(defs_at, &defs);
        }
    }

    fn item(&mut self, item: &Item, pictures: &Pictures) {
        if !item.shows() {
            return;
        }
        match item {
            Item::Picture {
                rect,
                key,
                alt,
                crop,
            } => self.picture(*rect, pictures.get(key).map(|p| (key, p)), alt, *crop),
            Item::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                self.out.push_str("<rect");
                self.attr("x", rect.x);
                self.attr("y", rect.y);
                self.attr("width", rect.w);
                self.attr("height", rect.h);
                let r = radius.min(rect.w / 2.0).min(rect.h / 2.0);
                if r > 0.0 {
                    self.attr("rx", r);
                }
                self.fill(*fill);
                self.stroke(stroke.as_ref(), false);
                self.out.push_str("/>\n");
            }
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                self.out.push_str("<circle");
                self.attr("cx", center.x);
                self.attr("cy", center.y);
                self.attr("r", *radius);
                self.fill(*fill);
                self.stroke(stroke.as_ref(), false);
                self.out.push_str("/>\n");
            }
            Item::Path {
                points,
                closed,
                fill,
                stroke,
            } => {
                let fill = fill.filter(|_| *closed);
                self.out
                    .push_str(if *closed { "<polygon" } else { "<polyline" });
                self.points(points);
                self.fill(fill);
                self.stroke(stroke.as_ref(), true);
                self.out.push_str("/>\n");
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
            } => self.text(*origin, text, *size, *weight, *color),
            Item::BeginGroup { id, label } => {
                let id = self.unique_id(id);
                self.out.push_str("<g id=\"");
                self.out.push_str(&id);
                self.out.push_str("\">");
                if !label.is_empty() {
                    self.out.push_str("<title>");
                    push_escaped(&mut self.out, label);
                    self.out.push_str("</title>");
                }
                self.out.push('\n');
                self.open_groups += 1;
            }
            Item::EndGroup => {
                // An unmatched end would close the map's own group; a layout bug, ignored.
                if self.open_groups > 0 {
                    self.open_groups -= 1;
                    self.out.push_str("</g>\n");
                }
            }
        }
    }

    /// A picture: the stored bytes as they are in a `data:` URL, written once in `<defs>` and
    /// shown through a nested `<svg>` whose viewBox is the crop (which clips it to the card),
    /// with the alt text as its title and label. A picture the scene lacks is the grey of a
    /// missing picture's placeholder.
    fn picture(
        &mut self,
        rect: crate::geom::Rect,
        picture: Option<(&PictureKey, &Picture)>,
        alt: &str,
        crop: crate::geom::Rect,
    ) {
        let Some((key, picture)) = picture else {
            self.out.push_str("<rect");
            self.attr("x", rect.x);
            self.attr("y", rect.y);
            self.attr("width", rect.w);
            self.attr("height", rect.h);
            self.fill(Some(crate::scene::PICTURE_PLACEHOLDER));
            self.out.push_str("/>\n");
            return;
        };
        // Keys are hex digits; the sanitizing keeps an id that is not one harmless.
        let raw = format!("picture-{}", key.0);
        let id = match self.picture_ids.get(key) {
            Some(id) => id.clone(),
            None => {
                let id = self.unique_id(&raw);
                self.defs.push_str("<image id=\"");
                self.defs.push_str(&id);
                self.defs.push('"');
                let (w, h) = (picture.width as f32, picture.height as f32);
                let mut attr = |name: &str, v: f32| {
                    self.defs.push(' ');
                    self.defs.push_str(name);
                    self.defs.push_str("=\"");
                    push_num(&mut self.defs, v);
                    self.defs.push('"');
                };
                attr("width", w);
                attr("height", h);
                self.defs
                    .push_str(" preserveAspectRatio=\"none\" xlink:href=\"data:");
                self.defs.push_str(picture.media.mime());
                self.defs.push_str(";base64,");
                base64::engine::general_purpose::STANDARD
                    .encode_string(&picture.bytes, &mut self.defs);
                self.defs.push_str("\"/>\n");
                self.picture_ids.insert(key.clone(), id.clone());
                id
            }
        };
        self.out.push_str("<svg");
        self.attr("x", rect.x);
        self.attr("y", rect.y);
        self.attr("width", rect.w);
        self.attr("height", rect.h);
        self.out.push_str(" viewBox=\"");
        for (i, v) in [crop.x, crop.y, crop.w, crop.h].into_iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            push_num(&mut self.out, v);
        }
        self.out
            .push_str("\" preserveAspectRatio=\"none\" overflow=\"hidden\" role=\"img\"");
        if !alt.is_empty() {
            self.out.push_str(" aria-label=\"");
            push_escaped(&mut self.out, alt);
            self.out.push_str("\"><title>");
            push_escaped(&mut self.out, alt);
            self.out.push_str("</title>");
        } else {
            self.out.push('>');
        }
        self.out.push_str("<use xlink:href=\"#");
        self.out.push_str(&id);
        self.out.push_str("\"/></svg>\n");
    }

    /// A polyline whose last point carries a filled triangular head pointing along the last
    /// segment. The line stops at the head's base, so a thick or translucent line does not
    /// poke through the tip or darken the head.
    fn arrow(&mut self, points: &[Point], stroke: &Stroke, head: f32) {
        let Some(shape) = crate::scene::arrow_shape(points, head) else {
            return;
        };
        if shape.line.len() >= 2 && stroke.width > 0.0 {
            self.out.push_str("<polyline");
            self.points(&shape.line);
            self.out.push_str(" fill=\"none\"");
            self.stroke(Some(stroke), true);
            self.out.push_str("/>\n");
        }
        if let Some(triangle) = shape.head {
            self.out.push_str("<polygon");
            self.points(&triangle);
            self.fill(Some(stroke.color));
            self.out.push_str("/>\n");
        }
    }

    fn text(&mut self, origin: Point, text: &str, size: f32, weight: Weight, color: Color) {
        let outlined = self.faces.or_else(|| {
            self.sequence_outlines.filter(|faces| {
                faces
                    .units(weight, text)
                    .any(|(_, unit)| matches!(unit, fonts::Unit::Sequence(_)))
            })
        });
        if let Some(faces) = outlined {
            // One group places, scales (flipping font units' y up) and colours the line; each
            // glyph is a <use> of its outline in <defs> at its pen position in font units.
            let start = self.out.len();
            self.out.push_str("<g transform=\"translate(");
            push_num(&mut self.out, origin.x);
            self.out.push(' ');
            push_num(&mut self.out, origin.y);
            self.out.push_str(") scale(");
            let scale = size / glyphs::line_units_per_em(faces, weight);
            push_decimal(&mut self.out, scale, 6);
            self.out.push(' ');
            push_decimal(&mut self.out, -scale, 6);
            self.out.push_str(")\"");
            self.fill(Some(color));
            self.out.push('>');
            let body = self.out.len();
            let Self {
                out,
                outlines,
                glyph_ids,
                defs,
                next_glyph,
                ids,
                ..
            } = self;
            glyphs::place_line(faces, weight, text, |glyph, scale, at| {
                let id = glyph_ids.entry((weight, glyph)).or_insert_with(|| {
                    let d = outlines.glyph(faces, weight, glyph, scale);
                    if d.is_empty() {
                        return None;
                    }
                    let id = glyph_id(ids, next_glyph);
                    defs.push_str("<path id=\"");
                    defs.push_str(&id);
                    defs.push_str("\" d=\"");
                    defs.push_str(d);
                    defs.push_str("\"/>\n");
                    Some(id)
                });
                let Some(id) = id else {
                    return;
                };
                out.push_str("<use xlink:href=\"#");
                out.push_str(id);
                out.push('"');
                // Tenths of a font unit: a ten-thousandth of the text size.
                for (name, v) in [("x", at.0), ("y", at.1)] {
                    if (v * 10.0).round() != 0.0 {
                        out.push(' ');
                        out.push_str(name);
                        out.push_str("=\"");
                        push_decimal(out, v, 1);
                        out.push('"');
                    }
                }
                out.push_str("/>");
            });
            if self.out.len() == body {
                self.out.truncate(start);
                return;
            }
            self.out.push_str("</g>\n");
        } else {
            self.out.push_str("<text");
            self.attr("x", origin.x);
            self.attr("y", origin.y);
            // Noto Emoji after Noto Sans: browsers and resvg then fall back per character in
            // the order the layout measured with.
            self.out.push_str(" font-family=\"'");
            self.out.push_str(fonts::FAMILY);
            self.out.push_str("', '");
            self.out.push_str(fonts::EMOJI_FAMILY);
            self.out.push_str("', sans-serif\"");
            self.attr("font-size", size);
            if weight == Weight::Bold {
                self.out.push_str(" font-weight=\"bold\"");
            }
            self.fill(Some(color));
            self.out.push_str(" xml:space=\"preserve\">");
            push_escaped(&mut self.out, text);
            self.out.push_str("</text>\n");
        }
    }

    /// ` name="value"` with a compact number.
    fn attr(&mut self, name: &str, value: f32) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        push_num(&mut self.out, value);
        self.out.push('"');
    }

    fn points(&mut self, points: &[Point]) {
        self.out.push_str(" points=\"");
        for (i, p) in points.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            push_num(&mut self.out, p.x);
            self.out.push(',');
            push_num(&mut self.out, p.y);
        }
        self.out.push('"');
    }

    /// `fill` (and `fill-opacity` when translucent); `none` when absent or invisible.
    fn fill(&mut self, fill: Option<Color>) {
        match fill {
            Some(c) if c.a > 0 => {
                self.out.push_str(" fill=\"");
                self.out.push_str(&c.hex_rgb());
                self.out.push('"');
                if c.a < 255 {
                    self.out.push_str(" fill-opacity=\"");
                    push_decimal(&mut self.out, f32::from(c.a) / 255.0, 3);
                    self.out.push('"');
                }
            }
            _ => self.out.push_str(" fill=\"none\""),
        }
    }

    /// Stroke attributes, or nothing for no (or an invisible) stroke. `round_joins` for lines
    /// whose corners come from flattened curves.
    fn stroke(&mut self, stroke: Option<&Stroke>, round_joins: bool) {
        let Some(s) = stroke.filter(|s| s.is_visible()) else {
            return;
        };
        self.out.push_str(" stroke=\"");
        self.out.push_str(&s.color.hex_rgb());
        self.out.push('"');
        self.attr("stroke-width", s.width);
        if s.color.a < 255 {
            self.out.push_str(" stroke-opacity=\"");
            push_decimal(&mut self.out, f32::from(s.color.a) / 255.0, 3);
            self.out.push('"');
        }
        if let Some(dash) = s.dash.filter(|d| *d > 0.0 && d.is_finite()) {
            self.out.push_str(" stroke-dasharray=\"");
            push_num(&mut self.out, dash);
            self.out.push(' ');
            push_num(&mut self.out, dash);
            self.out.push('"');
        }
        if round_joins {
            self.out.push_str(" stroke-linejoin=\"round\"");
        }
    }

    /// An XML-name-safe id, unique within the file: letters, digits, `-`, `_` and `.` are kept,
    /// anything else becomes `_`; a leading digit, `-` or `.` gets a `_` in front; repeats get
    /// `-2`, `-3`, ….
    fn unique_id(&mut self, raw: &str) -> String {
        let mut id: String = raw
            .chars()
            .filter(|c| !c.is_control())
            .take(100)
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if !id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            id.insert(0, '_');
        }
        let mut unique = id.clone();
        let mut n = 2;
        while self.ids.contains(&unique) {
            unique = format!("{id}-{n}");
            n += 1;
        }
        self.ids.insert(unique.clone());
        unique
    }
}

/// A new short id for a glyph outline (`a` … `Z`, then `aa`, `ab`, …), unique among `ids`.
fn glyph_id(ids: &mut HashSet<String>, next: &mut usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const DIGITS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    loop {
        let mut n = *next;
        *next = next.saturating_add(1);
        let mut id = String::new();
        id.push(char::from(LETTERS[n % LETTERS.len()]));
        n /= LETTERS.len();
        while n > 0 {
            n -= 1;
            id.push(char::from(DIGITS[n % DIGITS.len()]));
            n /= DIGITS.len();
        }
        if ids.insert(id.clone()) {
            return id;
        }
    }
}

/// Whether any text of the scene is drawn (partly) with Noto Emoji.
fn draws_emoji(scene: &Scene) -> bool {
    let faces = fonts::Faces::bundled();
    scene.items.iter().any(|item| match item {
        Item::Text { text, weight, .. } => text.chars().any(|c| {
            !c.is_ascii()
                && faces
                    .glyph_for(*weight, c)
                    .is_some_and(|g| g.font == fonts::Font::Emoji)
        }),
        _ => false,
    })
}

/// The `@font-face` rules that carry the bundled fonts inside a text-mode SVG: each font as a
/// subset of what the scene's text uses ([`WebFont`]: the characters, with a `cmap` so browsers
/// find them, and the emoji sequences), or whole where a subset cannot be made right. Noto
/// Emoji (declared for both weights, as the layout measures bold emoji with it too) comes only
/// when some text is drawn with it.
fn font_faces_css(scene: &Scene) -> String {
    let faces = fonts::Faces::bundled();
    let emoji = draws_emoji(scene);
    let emoji_face = faces.face(fonts::Font::Emoji);
    let mut regular = WebFont::new(fonts::Font::Sans(Weight::Regular));
    let mut bold = WebFont::new(fonts::Font::Sans(Weight::Bold));
    let mut emoji_font = WebFont::new(fonts::Font::Emoji);
    for item in &scene.items {
        let Item::Text { text, weight, .. } = item else {
            continue;
        };
        // What is not written needs no glyphs.
        if !item.shows() {
            continue;
        }
        let (sans, sans_face) = match weight {
            Weight::Regular => (&mut regular, faces.face(fonts::Font::Sans(Weight::Regular))),
            Weight::Bold => (&mut bold, faces.face(fonts::Font::Sans(Weight::Bold))),
        };
        // Every character goes into every embedded font that has it, so a viewer falls back
        // from font to font exactly as it did with the whole files.
        for c in text.chars() {
            sans.add_char(sans_face, c);
        }
        if !emoji {
            continue;
        }
        for (piece, unit) in faces.units(*weight, text) {
            let by_emoji = match unit {
                fonts::Unit::Sequence(_) => true,
                fonts::Unit::Char(c) => faces
                    .glyph_for(*weight, c)
                    .is_some_and(|g| g.font == fonts::Font::Emoji),
            };
            if by_emoji {
                emoji_font.add_sequence(emoji_face, piece);
            } else {
                for c in piece.chars() {
                    emoji_font.add_char(emoji_face, c);
                }
            }
        }
        for piece in selector_pieces(text) {
            if piece
                .chars()
                .next()
                .is_some_and(|c| emoji_face.glyph_index(c).is_some())
            {
                emoji_font.add_sequence(emoji_face, piece);
            }
        }
    }

    let engine = base64::engine::general_purpose::STANDARD;
    let mut fonts = vec![
        (fonts::FAMILY, "400", regular),
        (fonts::FAMILY, "700", bold),
    ];
    if emoji {
        fonts.push((fonts::EMOJI_FAMILY, "400 700", emoji_font));
    }
    let mut css = String::new();
    for (family, weight, font) in fonts {
        let subset = font.build();
        let data = subset.as_deref().unwrap_or(font.full());
        let _ = write!(
            css,
            "@font-face{{font-family:'{family}';font-style:normal;font-weight:{weight};src:url(data:font/ttf;base64,",
        );
        css.reserve(data.len() * 4 / 3 + 64);
        engine.encode_string(data, &mut css);
        css.push_str(") format('truetype')}\n");
    }
    // The layout measures plain advances; browsers should not kern or join letters either.
    css.push_str("text{font-kerning:none;font-variant-ligatures:none}");
    css
}

/// The pieces of `text` that a browser may draw as one glyph of Noto Emoji besides the
/// sequences the layout shapes: a character with its variation selector (❤️, ☺︎) and keycaps
/// (1️⃣, #⃣: perhaps U+FE0F, then U+20E3).
fn selector_pieces(text: &str) -> impl Iterator<Item = &str> {
    text.char_indices().filter_map(move |(at, c)| {
        if matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}') {
            return None;
        }
        let start = at + c.len_utf8();
        let rest = text.get(start..)?;
        let after = rest.strip_prefix(['\u{FE0E}', '\u{FE0F}']).unwrap_or(rest);
        let after = after.strip_prefix('\u{20E3}').unwrap_or(after);
        let end = text.len() - after.len();
        (end > start).then(|| text.get(at..end)).flatten()
    })
}

/// Whether `c` may appear in an XML 1.0 document. Control characters other than tab and line
/// feed are dropped even where XML would allow them: they have no place in a map's text.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n') || !(c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
}

/// Appends user text escaped for element content and attribute values alike.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Appends a number with at most two decimals and no trailing zeros (`12`, `0.5`, `-3.25`).
pub(crate) fn push_num(out: &mut String, v: f32) {
    push_decimal(out, v, 2);
}

/// Appends a number inside path data, with a space before it only where the previous number
/// would otherwise run into it (a minus sign separates by itself).
pub(crate) fn push_path_num(out: &mut String, v: f32) {
    let negative = (f64::from(v) * 100.0).round() < 0.0;
    if !negative && out.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
        out.push(' ');
    }
    push_num(out, v);
}

/// Appends `v` rounded to `decimals` places, without trailing zeros or a negative zero;
/// 0 for a number that is not finite.
pub(crate) fn push_decimal(out: &mut String, v: f32, decimals: u32) {
    let v = if v.is_finite() { f64::from(v) } else { 0.0 };
    let unit = 10u64.pow(decimals);
    let n = (v * unit as f64).round();
    if n == 0.0 {
        out.push('0');
        return;
    }
    if n < 0.0 {
        out.push('-');
    }
    let n = n.abs() as u64;
    let _ = write!(out, "{}", n / unit);
    let mut frac = n % unit;
    if frac != 0 {
        let mut digits = decimals as usize;
        while frac.is_multiple_of(10) {
            frac /= 10;
            digits -= 1;
        }
        let _ = write!(out, ".{frac:0digits$}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(v: f32) -> String {
        let mut s = String::new();
        push_num(&mut s, v);
        s
    }

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-3.25), "-3.25");
        assert_eq!(num(1.005_1), "1.01");
        assert_eq!(num(0.1), "0.1");
        assert_eq!(num(0.07), "0.07");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(num(123_456.78), "123456.78");
        let mut s = String::new();
        push_decimal(&mut s, 0.014, 6);
        assert_eq!(s, "0.014");
    }

    #[test]
    fn path_numbers_are_separated_only_when_needed() {
        let mut d = String::from("m");
        for v in [1.0, -2.0, 3.5, 0.0] {
            push_path_num(&mut d, v);
        }
        assert_eq!(d, "m1-2 3.5 0");
    }

    #[test]
    fn escaping_covers_markup_and_drops_control_characters() {
        let mut s = String::new();
        push_escaped(&mut s, "a<b>&\"'\u{1}\u{7f}\u{fffe}\tc\u{200f}");
        assert_eq!(s, "a&lt;b&gt;&amp;&quot;&apos;\tc\u{200f}");
    }

    #[test]
    fn selectors_and_keycaps_are_found_whole() {
        let pieces: Vec<&str> =
            selector_pieces("1\u{FE0F}\u{20E3} #\u{20E3} ❤\u{FE0F} ☺\u{FE0E}x\u{FE0F}\u{FE0F}")
                .collect();
        assert_eq!(
            pieces,
            [
                "1\u{FE0F}\u{20E3}",
                "#\u{20E3}",
                "❤\u{FE0F}",
                "☺\u{FE0E}",
                "x\u{FE0F}"
            ]
        );
        assert_eq!(selector_pieces("plain text, \u{FE0F} alone").count(), 1);
    }

    #[test]
    fn ids_are_xml_names_and_unique() {
        let mut w = Writer {
            out: String::new(),
            faces: None,
            sequence_outlines: None,
            outlines: OutlineCache::default(),
            glyph_ids: HashMap::new(),
            defs: String::new(),
            next_glyph: 0,
            ids: HashSet::new(),
            open_groups: 0,
            picture_ids: HashMap::new(),
        };
        assert_eq!(w.unique_id("touchpoint-12"), "touchpoint-12");
        assert_eq!(w.unique_id("touchpoint-12"), "touchpoint-12-2");
        assert_eq!(w.unique_id("12 <x>"), "_12__x_");
        assert_eq!(w.unique_id(""), "_");
        assert_eq!(w.unique_id("größe"), "gr__e");
    }
}
