//! Glyph outlines of the bundled fonts as SVG path data, for outline-mode exports.
//!
//! The glyph that draws a character comes from [`Faces::glyph_for`] (Noto Sans of the weight,
//! then Noto Emoji), and the pen then moves by that glyph's horizontal advance, summed without
//! kerning or ligatures. That is how the layout measures text, so the outlines fill exactly the
//! widths the layout reserved. It must never shape text differently from the layout, and never
//! read any font but the bundled ones.
//!
//! A line is written in the units of its Noto Sans face; glyphs of a font with other units per
//! em (Noto Emoji has 2048, Noto Sans 1000) are scaled into them, outlines and advances alike.
//!
//! Emoji sequences (👍🏽, 🇸🇪, 👨‍👩‍👧) are drawn with the glyphs Noto Emoji's shaping gives them
//! ([`Faces::units`]), as the layout measured them and as resvg and browsers draw them.
//!
//! Limitations: no kerning, ligatures or right-to-left reordering elsewhere; a character no bundled font has (Hebrew, CJK) is drawn as Noto Sans's empty
//! box (`.notdef`). Invisible format characters such as U+200F and U+FE0F draw nothing and take
//! no room, and the layout must measure them so too.

use std::collections::HashMap;

use ttf_parser::OutlineBuilder;

use super::ExportError;
use super::svg::push_path_num;
pub(crate) use crate::fonts::Faces;
use crate::fonts::{Font, Glyph, Unit, Weight};

/// The parsed bundled fonts (parsed on first use; parsing only reads the table directory).
pub(crate) fn faces() -> Result<&'static Faces, ExportError> {
    Faces::try_bundled().map_err(ExportError::Font)
}

/// Font units of a line of `weight`: those of its Noto Sans face.
pub(crate) fn line_units_per_em(faces: &Faces, weight: Weight) -> f32 {
    f32::from(faces.face(Font::Sans(weight)).units_per_em())
}

/// Width of `text` in map units at `size`, measured as the outlines are drawn.
#[cfg(test)]
pub(crate) fn advance_width(faces: &Faces, weight: Weight, text: &str, size: f32) -> f32 {
    let mut cache = OutlineCache::default();
    let mut out = String::new();
    cache.push_line(faces, weight, text, &mut out) * size / line_units_per_em(faces, weight)
}

/// Path data of glyphs already converted, so a map with a thousand cards converts each letter
/// once. One cache serves one export.
#[derive(Default)]
pub(crate) struct OutlineCache {
    glyphs: HashMap<(Weight, Glyph), String>,
}

impl OutlineCache {
    /// Appends the path data of one line of text of `weight` to `out`, in the units of its
    /// Noto Sans face ([`line_units_per_em`]) with y pointing up, the baseline at y = 0 and the
    /// pen starting at x = 0 (the caller scales and flips it into place). Returns the pen's
    /// end position, the line's width in those units; nothing is written when nothing is
    /// visible.
    #[cfg(test)]
    pub(crate) fn push_line(
        &mut self,
        faces: &Faces,
        weight: Weight,
        text: &str,
        out: &mut String,
    ) -> f32 {
        place_line(faces, weight, text, |glyph, scale, at| {
            let d = self.glyph(faces, weight, glyph, scale);
            if !d.is_empty() {
                // Each glyph is written in relative commands after an absolute move to its pen
                // position, so the cached text serves wherever the letter appears.
                out.push('M');
                push_path_num(out, at.0);
                if at.1 == 0.0 {
                    out.push_str(" 0");
                } else {
                    push_path_num(out, at.1);
                }
                out.push_str(d);
            }
        })
    }

    /// The outline of `glyph` as it is drawn in a line of `weight` (`scale` as
    /// [`place_line`] gives it), as relative path commands from the glyph's origin that
    /// start with a move (so they also stand alone as a path); empty for a glyph without ink.
    /// Each glyph is converted once.
    pub(crate) fn glyph(
        &mut self,
        faces: &Faces,
        weight: Weight,
        glyph: Glyph,
        scale: f32,
    ) -> &str {
        self.glyphs
            .entry((weight, glyph))
            .or_insert_with(|| glyph_path(faces, glyph, scale))
    }
}

/// Places the glyphs of one line of text of `weight`: calls `glyph(glyph, scale, at)` for each,
/// in the units of its Noto Sans face ([`line_units_per_em`]) with y pointing up, the baseline
/// at y = 0 and the pen starting at x = 0, `scale` being line units per unit of the glyph's
/// font. Returns the pen's end position, the line's width in those units.
pub(crate) fn place_line(
    faces: &Faces,
    weight: Weight,
    text: &str,
    mut glyph: impl FnMut(Glyph, f32, (f32, f32)),
) -> f32 {
    let line_units = line_units_per_em(faces, weight);
    let emoji_scale = line_units / f32::from(faces.face(Font::Emoji).units_per_em());
    let mut pen: f32 = 0.0;
    for (_, unit) in faces.units(weight, text) {
        match unit {
            Unit::Char(c) => {
                let Some(g) = faces.glyph_for(weight, c) else {
                    continue;
                };
                let face = faces.face(g.font);
                // 1 for Noto Sans, whose integer advances then add up exactly.
                let scale = line_units / f32::from(face.units_per_em());
                glyph(g, scale, (pen, 0.0));
                pen += f32::from(face.glyph_hor_advance(g.id).unwrap_or(0)) * scale;
            }
            Unit::Sequence(glyphs) => {
                for g in glyphs {
                    let emoji = Glyph {
                        font: Font::Emoji,
                        id: g.id,
                    };
                    let at = (pen + g.offset.0 * emoji_scale, g.offset.1 * emoji_scale);
                    glyph(emoji, emoji_scale, at);
                    pen += g.advance * emoji_scale;
                }
            }
        }
    }
    pen
}

/// The outline of one glyph as relative path commands starting at the glyph origin, its font
/// units multiplied by `scale`; empty for glyphs without ink (the space).
fn glyph_path(faces: &Faces, glyph: Glyph, scale: f32) -> String {
    let mut path = RelativePath {
        scale,
        ..RelativePath::default()
    };
    if faces
        .face(glyph.font)
        .outline_glyph(glyph.id, &mut path)
        .is_none()
    {
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
    /// Line units per font unit (0 is taken as 1).
    scale: f32,
    current: (f32, f32),
    start: (f32, f32),
}

impl RelativePath {
    fn command(&mut self, letter: char, points: &[(f32, f32)]) {
        self.d.push(letter);
        let (cx, cy) = self.current;
        let mut last = self.current;
        let scale = if self.scale == 0.0 { 1.0 } else { self.scale };
        for &(x, y) in points {
            let (x, y) = (round2(x * scale), round2(y * scale));
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
    fn every_face_parses() {
        let faces = faces().unwrap();
        assert_eq!(line_units_per_em(faces, Weight::Regular), 1000.0);
        assert!(
            faces
                .face(Font::Sans(Weight::Bold))
                .glyph_index('A')
                .is_some()
        );
    }

    #[test]
    fn invisible_and_control_characters_take_no_room() {
        let faces = faces().unwrap();
        let w = Weight::Regular;
        let plain = advance_width(faces, w, "ab", 10.0);
        assert!(plain > 0.0);
        assert_eq!(
            advance_width(faces, w, "a\u{200F}\u{1}\u{2060}\u{AD}\u{FE0F}b", 10.0),
            plain
        );
        // A character no font has still takes the .notdef box's room, as the layout measures it.
        assert!(advance_width(faces, w, "aאb", 10.0) > plain);
    }

    #[test]
    fn outlines_advance_as_the_layout_measures() {
        let faces = faces().unwrap();
        for weight in [Weight::Regular, Weight::Bold] {
            for text in [
                "Launch 🎉🚀✅❤\u{FE0F}",
                "Größe Ελληνικά Кириллица",
                "📱🛒 aאb",
            ] {
                let drawn = advance_width(faces, weight, text, 13.0);
                let measured = crate::layout::text::measure(text, 13.0, weight);
                assert!(
                    (drawn - measured).abs() < 1e-3,
                    "{text}: {drawn} vs {measured}"
                );
            }
        }
    }

    #[test]
    fn an_emoji_is_drawn_from_noto_emoji_scaled_to_the_line() {
        let faces = faces().unwrap();
        let mut cache = OutlineCache::default();
        let mut d = String::new();
        let width = cache.push_line(faces, Weight::Regular, "H🎉H", &mut d);
        let sans = faces.face(Font::Sans(Weight::Regular));
        let emoji = faces.face(Font::Emoji);
        let h = sans
            .glyph_hor_advance(sans.glyph_index('H').unwrap())
            .unwrap();
        let party = emoji
            .glyph_hor_advance(emoji.glyph_index('🎉').unwrap())
            .unwrap();
        let party = f32::from(party) * 1000.0 / 2048.0;
        let mut second_h = String::from("M");
        push_path_num(&mut second_h, f32::from(h) + party);
        assert!(d.contains(&format!("{second_h} 0m")), "{d}");
        assert!((width - (2.0 * f32::from(h) + party)).abs() < 1e-3);
        // The emoji's outline is neither empty nor the box of a missing character.
        let emoji_glyph = faces.glyph_for(Weight::Regular, '🎉').unwrap();
        let drawn = &cache.glyphs[&(Weight::Regular, emoji_glyph)];
        let notdef = glyph_path(
            faces,
            Glyph {
                font: Font::Sans(Weight::Regular),
                id: ttf_parser::GlyphId(0),
            },
            1.0,
        );
        assert!(!drawn.is_empty());
        assert_ne!(drawn, &notdef);
    }

    #[test]
    fn a_line_moves_to_each_glyph_at_its_advance() {
        let faces = faces().unwrap();
        let face = faces.face(Font::Sans(Weight::Regular));
        let mut cache = OutlineCache::default();
        let mut d = String::new();
        assert!(cache.push_line(faces, Weight::Regular, "H H", &mut d) > 0.0);
        let h = face.glyph_index('H').unwrap();
        let space = face.glyph_index(' ').unwrap();
        let second = face.glyph_hor_advance(h).unwrap() + face.glyph_hor_advance(space).unwrap();
        assert!(d.starts_with("M0 0m"), "{d}");
        assert!(d.contains(&format!("M{second} 0m")), "{d}");
        assert_eq!(d.matches('M').count(), 2, "the space draws nothing");
        let mut blank = String::new();
        cache.push_line(faces, Weight::Regular, "  ", &mut blank);
        assert!(blank.is_empty());
    }
}
