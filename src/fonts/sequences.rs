//! Emoji sequences: a thumbs-up with a skin tone (👍🏽), a flag (🇸🇪, two regional indicators),
//! a family (👨‍👩‍👧, emoji joined by U+200D) or a subdivision flag (tag characters). Noto Emoji
//! draws each as one glyph through its substitution rules, and resvg, svg2pdf, browsers and
//! egui all shape them so; the layout and the outline writer must draw them the same way, or
//! the canvas and every export would disagree on what such a card shows and how wide it is.
//!
//! This module splits text into units that are drawn whole (one character, or one sequence)
//! and shapes sequences with harfrust and the bundled Noto Emoji. Plain text costs one look at
//! the next character per character; only sequences are shaped.
//!
//! Limitations: keycaps (1️⃣) start with a digit Noto Sans draws and are drawn as their parts;
//! a sequence Noto Emoji has no ligature for is drawn as the glyphs shaping gives.

use std::sync::OnceLock;

use ttf_parser::GlyphId;

use super::{EMOJI, Faces, Font, Weight};

/// One glyph of a shaped emoji sequence, in Noto Emoji's font units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SequenceGlyph {
    /// The glyph in Noto Emoji.
    pub id: GlyphId,
    /// How far the pen moves after it.
    pub advance: f32,
    /// Where it sits relative to the pen (x right, y up).
    pub offset: (f32, f32),
}

/// A piece of text drawn as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum Unit {
    /// One character, drawn by the glyph [`Faces::glyph_for`] gives (or by nothing).
    Char(char),
    /// An emoji sequence as Noto Emoji shapes it (usually one glyph).
    Sequence(Vec<SequenceGlyph>),
}

/// The units of a text with the text each stands for, in order.
pub struct Units<'f, 't> {
    faces: &'f Faces,
    weight: Weight,
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Units<'_, 't> {
    type Item = (&'t str, Unit);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.text[self.at..];
        let first = rest.chars().next()?;
        let single = first.len_utf8();
        // ❤️‍🔥: a selector may come between the emoji and the joiner.
        let after = rest[single..].trim_start_matches(is_selector);
        let end = match after.chars().next() {
            Some(next) if may_extend(first, next) => self.sequence_end(rest, first),
            _ => single,
        };
        let piece = &rest[..end];
        // Nothing joined (or nothing shaped): a character, its selectors following as
        // characters of their own.
        let joined = end > single && !piece[single..].chars().all(is_selector);
        match joined.then(|| shape(piece)).flatten() {
            Some(glyphs) => {
                self.at += end;
                Some((piece, Unit::Sequence(glyphs)))
            }
            None => {
                self.at += single;
                Some((&rest[..single], Unit::Char(first)))
            }
        }
    }
}

impl Units<'_, '_> {
    /// The byte length of the emoji sequence at the start of `rest`, or of `first` alone when
    /// Noto Emoji does not draw it.
    fn sequence_end(&self, rest: &str, first: char) -> usize {
        let single = first.len_utf8();
        if !self.is_emoji(first) {
            return single;
        }
        let mut end = single;
        let mut indicators = usize::from(is_regional_indicator(first));
        let mut chars = rest[single..].chars().peekable();
        while let Some(c) = chars.next() {
            let joined = if is_selector(c) || is_skin_tone(c) || is_tag(c) {
                c.len_utf8()
            } else if is_regional_indicator(c) && indicators == 1 {
                indicators += 1;
                c.len_utf8()
            } else if c == '\u{200D}' {
                match chars.peek() {
                    Some(&after) if self.is_emoji(after) => {
                        chars.next();
                        c.len_utf8() + after.len_utf8()
                    }
                    _ => break,
                }
            } else {
                break;
            };
            end += joined;
        }
        end
    }

    fn is_emoji(&self, c: char) -> bool {
        self.faces
            .glyph_for(self.weight, c)
            .is_some_and(|g| g.font == Font::Emoji && !g.is_notdef())
    }
}

impl Faces {
    /// The units `text` is drawn in: characters, and emoji sequences drawn whole.
    pub fn units<'f, 't>(&'f self, weight: Weight, text: &'t str) -> Units<'f, 't> {
        Units {
            faces: self,
            weight,
            text,
            at: 0,
        }
    }
}

/// Whether `next` may join `first` into a sequence (checked before any font lookup, so plain
/// text stays cheap).
fn may_extend(first: char, next: char) -> bool {
    next == '\u{200D}'
        || is_skin_tone(next)
        || is_tag(next)
        || (is_regional_indicator(first) && is_regional_indicator(next))
}

fn is_selector(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}')
}

fn is_skin_tone(c: char) -> bool {
    matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

fn is_tag(c: char) -> bool {
    matches!(c, '\u{E0020}'..='\u{E007F}')
}

/// The sequence shaped with Noto Emoji's rules (no kerning, as everywhere).
fn shape(sequence: &str) -> Option<Vec<SequenceGlyph>> {
    static SHAPER: OnceLock<Option<(harfrust::FontRef<'static>, harfrust::ShaperData)>> =
        OnceLock::new();
    let (font, data) = SHAPER
        .get_or_init(|| {
            let font = harfrust::FontRef::new(EMOJI).ok()?;
            let data = harfrust::ShaperData::new(&font);
            Some((font, data))
        })
        .as_ref()?;
    let shaper = data.shaper(font).build();
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(sequence);
    buffer.guess_segment_properties();
    let no_kerning = [harfrust::Feature::new(harfrust::Tag::new(b"kern"), 0, ..)];
    let output = shaper.shape(buffer, harfrust::ShapeOptions::new().features(&no_kerning));
    let glyphs: Vec<SequenceGlyph> = output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, pos)| SequenceGlyph {
            id: GlyphId(u16::try_from(info.glyph_id).unwrap_or(0)),
            advance: pos.x_advance as f32,
            offset: (pos.x_offset as f32, pos.y_offset as f32),
        })
        .collect();
    (!glyphs.is_empty()).then_some(glyphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<(String, Option<usize>)> {
        Faces::bundled()
            .units(Weight::Regular, text)
            .map(|(s, u)| {
                let glyphs = match u {
                    Unit::Char(_) => None,
                    Unit::Sequence(g) => Some(g.len()),
                };
                (s.to_owned(), glyphs)
            })
            .collect()
    }

    #[test]
    fn plain_text_and_single_emoji_are_characters() {
        let text = "Ab 🎉❤\u{FE0F}\u{200D}x";
        let expected: Vec<(String, Option<usize>)> =
            text.chars().map(|c| (c.to_string(), None)).collect();
        assert_eq!(units(text), expected);
    }

    #[test]
    fn skin_tones_flags_and_families_are_one_glyph() {
        for sequence in ["👍🏽", "🇸🇪", "👨\u{200D}👩\u{200D}👧"] {
            assert_eq!(
                units(&format!("a{sequence}b")),
                [
                    ("a".to_owned(), None),
                    (sequence.to_owned(), Some(1)),
                    ("b".to_owned(), None)
                ],
                "{sequence}"
            );
        }
        // Two flags side by side pair up as flags, not across.
        let flags = units("🇸🇪🇳🇴");
        assert_eq!(flags.len(), 2);
        assert_eq!(flags[0].0, "🇸🇪");
    }
}
