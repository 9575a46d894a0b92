//! The bundled fonts and the one rule for which of them draws a character.
//!
//! Layout measures text with them, the canvas registers them with egui and the exporters draw
//! their glyphs (the PNG rasteriser and outline SVG as outlines, the PDF and text SVG as
//! embedded fonts), so text looks and wraps the same everywhere and no export depends on the
//! fonts installed on a machine.
//!
//! The fallback order is the same everywhere: Noto Sans of the weight asked, then Noto Emoji.
//! A character neither has is drawn as Noto Sans's `.notdef` (an empty box); [`can_draw`] tells
//! which characters those are, and [`undrawable_texts`] which items of a map hold them, so the
//! command line and the window can warn about them.
//!
//! Characters are drawn one by one, except emoji sequences (👍🏽, 🇸🇪, 👨‍👩‍👧), which Noto Emoji
//! draws whole as every renderer shapes them ([`Faces::units`]).
//!
//! Limitations: keycaps (1️⃣) show as their parts; Noto Emoji is monochrome and has one weight,
//! used for bold text too.

mod coverage;
mod sequences;

use std::sync::OnceLock;

use ttf_parser::{Face, GlyphId};

pub use coverage::{UndrawableText, undrawable_texts};
pub use sequences::{SequenceGlyph, Unit, Units};

/// Noto Sans Regular (SIL Open Font License 1.1, see `assets/fonts/OFL.txt`).
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (SIL Open Font License 1.1).
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// Noto Emoji Regular, monochrome outlines (SIL Open Font License 1.1): the fallback for the
/// emoji marketers paste into cards.
pub const EMOJI: &[u8] = include_bytes!("../assets/fonts/NotoEmoji-Regular.ttf");
/// The family name both Noto Sans files declare, as SVG `font-family` must name it.
pub const FAMILY: &str = "Noto Sans";
/// The family name of the emoji font, named after [`FAMILY`] in SVG `font-family`.
pub const EMOJI_FAMILY: &str = "Noto Emoji";

/// Regular or bold: the only two weights Trailmap draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles and headers.
    Bold,
}

impl Weight {
    /// The Noto Sans file of this weight.
    pub fn data(self) -> &'static [u8] {
        Font::Sans(self).data()
    }
}

/// One bundled font file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Font {
    /// Noto Sans of a weight: every letter of our users' languages (Latin, Greek, Cyrillic).
    Sans(Weight),
    /// Noto Emoji: the fallback for what Noto Sans lacks.
    Emoji,
}

impl Font {
    /// Every bundled file, in the order the font databases load them.
    pub const ALL: [Font; 3] = [
        Font::Sans(Weight::Regular),
        Font::Sans(Weight::Bold),
        Font::Emoji,
    ];

    /// The font file.
    pub fn data(self) -> &'static [u8] {
        match self {
            Font::Sans(Weight::Regular) => REGULAR,
            Font::Sans(Weight::Bold) => BOLD,
            Font::Emoji => EMOJI,
        }
    }

    /// The family name the file declares.
    pub fn family(self) -> &'static str {
        match self {
            Font::Sans(_) => FAMILY,
            Font::Emoji => EMOJI_FAMILY,
        }
    }

    /// The fonts that may draw text of `weight`, first choice first.
    pub fn fallbacks(weight: Weight) -> [Font; 2] {
        [Font::Sans(weight), Font::Emoji]
    }

    fn name(self) -> &'static str {
        match self {
            Font::Sans(Weight::Regular) => "Noto Sans Regular",
            Font::Sans(Weight::Bold) => "Noto Sans Bold",
            Font::Emoji => "Noto Emoji Regular",
        }
    }
}

/// A glyph of one bundled font: what draws one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Glyph {
    /// The font the glyph comes from.
    pub font: Font,
    /// The glyph in that font; 0 is `.notdef`, the empty box.
    pub id: GlyphId,
}

impl Glyph {
    /// Whether this is the empty box drawn for a character no bundled font has.
    pub fn is_notdef(self) -> bool {
        self.id.0 == 0
    }
}

/// The bundled fonts, parsed (parsing only reads the table directory).
pub struct Faces {
    faces: [Face<'static>; 3],
}

impl Faces {
    /// The parsed bundled fonts, or the name of the one that does not parse. Parsed on first
    /// use and shared by the whole process.
    pub fn try_bundled() -> Result<&'static Faces, &'static str> {
        static FACES: OnceLock<Result<Faces, &'static str>> = OnceLock::new();
        FACES
            .get_or_init(|| {
                let parse = |font: Font| Face::parse(font.data(), 0).map_err(|_| font.name());
                Ok(Faces {
                    faces: [
                        parse(Font::ALL[0])?,
                        parse(Font::ALL[1])?,
                        parse(Font::ALL[2])?,
                    ],
                })
            })
            .as_ref()
            .map_err(|name| *name)
    }

    /// The parsed bundled fonts. They are compiled in, so this cannot fail at run time; a
    /// broken font file fails every test.
    pub fn bundled() -> &'static Faces {
        match Self::try_bundled() {
            Ok(faces) => faces,
            Err(name) => panic!("the bundled font {name} does not parse"),
        }
    }

    /// The parsed file of a font.
    pub fn face(&self, font: Font) -> &Face<'static> {
        match font {
            Font::Sans(Weight::Regular) => &self.faces[0],
            Font::Sans(Weight::Bold) => &self.faces[1],
            Font::Emoji => &self.faces[2],
        }
    }

    /// The glyph that draws `c` in text of `weight`, or `None` when `c` draws nothing and takes
    /// no room (control and invisible format characters, see [`draws_nothing`]).
    ///
    /// The first font of [`Font::fallbacks`] that has `c` draws it; a character none has gets
    /// Noto Sans's `.notdef`. The layout measures, the outline exporter draws and the canvas
    /// and renderers fall back by this one order, so text fills exactly the widths the layout
    /// reserved.
    pub fn glyph_for(&self, weight: Weight, c: char) -> Option<Glyph> {
        if draws_nothing(c) {
            return None;
        }
        let found = Font::fallbacks(weight).into_iter().find_map(|font| {
            let id = self.face(font).glyph_index(c)?;
            Some(Glyph { font, id })
        });
        Some(found.unwrap_or(Glyph {
            font: Font::Sans(weight),
            id: GlyphId(0),
        }))
    }

    /// The horizontal advance of a glyph, in ems (the fonts have different units per em).
    pub fn advance(&self, glyph: Glyph) -> f32 {
        let face = self.face(glyph.font);
        f32::from(face.glyph_hor_advance(glyph.id).unwrap_or(0)) / f32::from(face.units_per_em())
    }
}

/// The glyph that draws `c` in text of `weight` (see [`Faces::glyph_for`]).
pub fn glyph_for(weight: Weight, c: char) -> Option<Glyph> {
    Faces::bundled().glyph_for(weight, c)
}

/// Whether `c` shows right in text of every weight: a bundled font has a real glyph for it, or
/// it is an invisible character that draws nothing anyway.
pub fn can_draw(c: char) -> bool {
    let faces = Faces::bundled();
    [Weight::Regular, Weight::Bold]
        .into_iter()
        .all(|w| faces.glyph_for(w, c).is_none_or(|g| !g.is_notdef()))
}

/// Control characters and default-ignorable format characters: direction marks, zero-width
/// joiners, word joiner, soft hyphen, variation selectors (U+FE0F asks for an emoji look and is
/// no glyph of its own), byte-order mark. Noto Sans has *visible* glyphs for several of them (a
/// dotted RLM symbol; a 600-unit-wide word joiner) that text shapers such as HarfBuzz,
/// rustybuzz (resvg) and browsers hide; so do we.
pub fn draws_nothing(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{E0000}'..='\u{E0FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &str = "Zażółć Größe Blåbær Ørsted Ελληνικά αβγ Кириллица жёлтый €„“”–—…";
    const EMOJI_SAMPLES: &str = "🎉🚀✅❤👍📱🛒😀";

    fn font_of(weight: Weight, c: char) -> Font {
        glyph_for(weight, c).unwrap().font
    }

    #[test]
    fn every_face_parses_and_names_its_family() {
        let faces = Faces::try_bundled().unwrap();
        for font in Font::ALL {
            let face = faces.face(font);
            let family = face
                .names()
                .into_iter()
                .find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
                .and_then(|n| n.to_string());
            assert_eq!(family.as_deref(), Some(font.family()), "{font:?}");
        }
    }

    #[test]
    fn latin_greek_and_cyrillic_come_from_noto_sans() {
        for weight in [Weight::Regular, Weight::Bold] {
            for c in SAMPLES.chars().filter(|c| *c != ' ') {
                assert_eq!(font_of(weight, c), Font::Sans(weight), "{c:?}");
                assert!(can_draw(c), "{c:?}");
            }
            // Digits are in Noto Emoji too (keycaps), but Noto Sans comes first.
            assert_eq!(font_of(weight, '1'), Font::Sans(weight));
        }
    }

    #[test]
    fn emoji_fall_back_to_noto_emoji_in_both_weights() {
        for weight in [Weight::Regular, Weight::Bold] {
            for c in EMOJI_SAMPLES.chars() {
                let glyph = glyph_for(weight, c).unwrap();
                assert_eq!(glyph.font, Font::Emoji, "{c:?}");
                assert!(!glyph.is_notdef(), "{c:?}");
                assert!(can_draw(c));
            }
        }
    }

    #[test]
    fn selectors_and_joiners_draw_nothing() {
        for c in ['\u{FE0F}', '\u{FE0E}', '\u{200D}'] {
            assert_eq!(glyph_for(Weight::Regular, c), None, "{c:?}");
            assert!(can_draw(c));
        }
    }

    #[test]
    fn what_no_font_has_is_the_noto_sans_box() {
        for c in ['א', '中', '\u{E000}'] {
            let glyph = glyph_for(Weight::Bold, c).unwrap();
            assert_eq!(
                glyph,
                Glyph {
                    font: Font::Sans(Weight::Bold),
                    id: GlyphId(0)
                }
            );
            assert!(!can_draw(c), "{c:?}");
        }
    }

    #[test]
    fn advances_are_in_ems_whatever_the_units_per_em() {
        let faces = Faces::bundled();
        assert_eq!(faces.face(Font::Sans(Weight::Regular)).units_per_em(), 1000);
        assert_eq!(faces.face(Font::Emoji).units_per_em(), 2048);
        let party = glyph_for(Weight::Regular, '🎉').unwrap();
        let units = faces.face(Font::Emoji).glyph_hor_advance(party.id).unwrap();
        assert!((faces.advance(party) - f32::from(units) / 2048.0).abs() < 1e-6);
        assert!(faces.advance(party) > 0.5 && faces.advance(party) < 2.0);
    }
}
