//! Glyph outlines of the bundled fonts as SVG path data, for outline-mode exports.
//!
//! This module owns the rule for which glyph draws a character and how far the pen then moves:
//! the glyph's horizontal advance (`glyph_hor_advance`, scaled by size / units-per-em), summed
//! without kerning or ligatures. That is how the layout measures text, so the outlines fill
//! exactly the widths the layout reserved. It must never shape text differently from the
//! layout, and never read any font but the bundled ones.
//!
//! Limitations: no kerning, ligatures or right-to-left reordering; a character the font lacks
//! (Hebrew, emoji) is drawn as the font's empty box (`.notdef`). Invisible format characters
//! such as U+200F draw nothing and take no room, and the layout must measure them so too.

use std::collections::HashMap;
use std::sync::OnceLock;

use ttf_parser::{Face, GlyphId, OutlineBuilder};

use super::ExportError;
use super::svg::push_path_num;
use crate::fonts::{self, Weight, glyph_for};

/// The two bundled faces, parsed once per process.
pub(crate) struct Faces {
    regular: Face<'static>,
    bold: Face<'static>,
}

impl Faces {
    /// The face of a weight.
    pub(crate) fn face(&self, weight: Weight) -> &Face<'static> {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// The parsed bundled fonts (parsed on first use; parsing only reads the table directory).
pub(crate) fn faces() -> Result<&'static Faces, ExportError> {
    static FACES: OnceLock<Result<Faces, &'static str>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            let regular = Face::parse(fonts::REGULAR, 0).map_err(|_| "Noto Sans Regular")?;
            let bold = Face::parse(fonts::BOLD, 0).map_err(|_| "Noto Sans Bold")?;
            Ok(Faces { regular, bold })
        })
        .as_ref()
        .map_err(|name| ExportError::Font(name))
}

/// Width of `text` in map units at `size`, measured as the outlines are drawn.
#[cfg(test)]
pub(crate) fn advance_width(face: &Face<'_>, text: &str, size: f32) -> f32 {
    let units: u32 = text
        .chars()
        .filter_map(|c| glyph_for(face, c))
        .map(|g| u32::from(face.glyph_hor_advance(g).unwrap_or(0)))
        .sum();
    units as f32 * size / f32::from(face.units_per_em())
}

/// Path data of glyphs already converted, so a map with a thousand cards converts each letter
/// once. One cache serves one export.
#[derive(Default)]
pub(crate) struct OutlineCache {
    glyphs: HashMap<(Weight, GlyphId), String>,
}

impl OutlineCache {
    /// Appends the path data of one line of text to `out`, in font units with y pointing up,
    /// the baseline at y = 0 and the pen starting at x = 0 (the caller scales and flips it into
    /// place). Returns whether anything visible was written.
    pub(crate) fn push_line(
        &mut self,
        face: &Face<'_>,
        weight: Weight,
        text: &str,
        out: &mut String,
    ) -> bool {
        let mut pen: u32 = 0;
        let mut drawn = false;
        for c in text.chars() {
            let Some(glyph) = glyph_for(face, c) else {
                continue;
            };
            let d = self
                .glyphs
                .entry((weight, glyph))
                .or_insert_with(|| glyph_path(face, glyph));
            if !d.is_empty() {
                // Each glyph is written in relative commands after an absolute move to its pen
                // position, so the cached text serves wherever the letter appears.
                out.push('M');
                push_path_num(out, pen as f32);
                out.push_str(" 0");
                out.push_str(d);
                drawn = true;
            }
            pen += u32::from(face.glyph_hor_advance(glyph).unwrap_or(0));
        }
        drawn
    }
}

/// The outline of one glyph as relative path commands starting at the glyph origin; empty for
/// glyphs without ink (the space).
fn glyph_path(face: &Face<'_>, glyph: GlyphId) -> String {
    let mut path = RelativePath::default();
    if face.outline_glyph(glyph, &mut path).is_none() {
        return String::new();
    }
    path.d
}

/// Writes outline segments as relative SVG path commands, which stay valid wherever the glyph
/// is moved to. Positions are rounded to 1/100 font unit before differencing, so relative steps
/// add up exactly and long lines do not drift.
#[derive(Default)]
struct RelativePath {
    d: String,
    current: (f32, f32),
    start: (f32, f32),
}

impl RelativePath {
    fn command(&mut self, letter: char, points: &[(f32, f32)]) {
        self.d.push(letter);
        let (cx, cy) = self.current;
        let mut last = self.current;
        for &(x, y) in points {
            let (x, y) = (round2(x), round2(y));
            push_path_num(&mut self.d, x - cx);
            push_path_num(&mut self.d, y - cy);
            last = (x, y);
        }
        self.current = last;
    }
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

impl OutlineBuilder for RelativePath {
    fn move_to(&mut self, x: f32, y: f32) {
        self.command('m', &[(x, y)]);
        self.start = self.current;
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.command('l', &[(x, y)]);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.command('q', &[(x1, y1), (x, y)]);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.command('c', &[(x1, y1), (x2, y2), (x, y)]);
    }

    fn close(&mut self) {
        self.d.push('z');
        self.current = self.start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_parse() {
        let faces = faces().unwrap();
        assert_eq!(faces.face(Weight::Regular).units_per_em(), 1000);
        assert!(faces.face(Weight::Bold).glyph_index('A').is_some());
    }

    #[test]
    fn invisible_and_control_characters_take_no_room() {
        let face = faces().unwrap().face(Weight::Regular);
        let plain = advance_width(face, "ab", 10.0);
        assert!(plain > 0.0);
        assert_eq!(
            advance_width(face, "a\u{200F}\u{1}\u{2060}\u{AD}b", 10.0),
            plain
        );
        // An emoji the font lacks still takes the .notdef box's room, as the layout measures it.
        assert!(advance_width(face, "a😀b", 10.0) > plain);
    }

    #[test]
    fn a_line_moves_to_each_glyph_at_its_advance() {
        let face = faces().unwrap().face(Weight::Regular);
        let mut cache = OutlineCache::default();
        let mut d = String::new();
        assert!(cache.push_line(face, Weight::Regular, "H H", &mut d));
        let h = face.glyph_index('H').unwrap();
        let space = face.glyph_index(' ').unwrap();
        let second = face.glyph_hor_advance(h).unwrap() + face.glyph_hor_advance(space).unwrap();
        assert!(d.starts_with("M0 0m"), "{d}");
        assert!(d.contains(&format!("M{second} 0m")), "{d}");
        assert_eq!(d.matches('M').count(), 2, "the space draws nothing");
        let mut blank = String::new();
        assert!(!cache.push_line(face, Weight::Regular, "  ", &mut blank));
        assert!(blank.is_empty());
    }
}
