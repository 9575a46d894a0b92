//! Measuring and breaking text with the bundled fonts' own metrics.
//!
//! This is the one place text is broken into lines: the Scene carries the lines, so the canvas
//! and every export show the same breaks. Widths are the sum of the glyphs' horizontal advances
//! (no kerning): the languages we serve (German, Polish, Swedish, Norwegian, Danish, English)
//! need no complex shaping, and the advances come straight from the font files the back ends
//! draw with, so a line never comes out wider than measured by more than kerning's few percent,
//! which the card padding absorbs. Each character is measured in the font that draws it
//! ([`crate::fonts::glyph_for`]: Noto Sans, then Noto Emoji), in ems of that font.

use std::sync::{Arc, OnceLock};

use crate::fonts::{Faces, Font, Unit, Weight};

/// Characters below this code point have their advance precomputed (Latin, Latin-1,
/// Latin Extended-A and -B, IPA: every letter of our users' languages).
const TABLE_LEN: usize = 0x300;

/// The ellipsis that ends text cut short.
pub const ELLIPSIS: char = '…';

/// Horizontal metrics of text of one weight, in ems; vertical metrics of its Noto Sans face.
pub struct FaceMetrics {
    faces: &'static Faces,
    weight: Weight,
    table: Vec<f32>,
    emoji_units_per_em: f32,
    /// Height above the baseline, in ems.
    pub ascender: f32,
    /// Depth below the baseline (negative), in ems.
    pub descender: f32,
    /// Height of capital letters, in ems.
    pub cap_height: f32,
}

impl FaceMetrics {
    fn load(faces: &'static Faces, weight: Weight) -> Self {
        let face = faces.face(Font::Sans(weight));
        let units_per_em = f32::from(face.units_per_em());
        let mut metrics = Self {
            ascender: f32::from(face.ascender()) / units_per_em,
            descender: f32::from(face.descender()) / units_per_em,
            cap_height: f32::from(face.capital_height().unwrap_or(714)) / units_per_em,
            faces,
            weight,
            table: Vec::new(),
            emoji_units_per_em: f32::from(faces.face(Font::Emoji).units_per_em()),
        };
        metrics.table = (0..TABLE_LEN as u32)
            .map(|c| char::from_u32(c).map_or(0.0, |c| metrics.lookup(c)))
            .collect();
        metrics
    }

    fn lookup(&self, c: char) -> f32 {
        // Same rule as the outline exporter: invisible characters take no room.
        match self.faces.glyph_for(self.weight, c) {
            Some(glyph) => self.faces.advance(glyph),
            None => 0.0,
        }
    }

    /// Advance of one character, in ems.
    pub fn advance(&self, c: char) -> f32 {
        match self.table.get(c as usize) {
            Some(a) => *a,
            None => self.lookup(c),
        }
    }

    /// Whether the character shows right: a bundled font has a real glyph for it (not
    /// .notdef), or it is an invisible character that draws nothing anyway.
    pub fn has_glyph(&self, c: char) -> bool {
        self.faces
            .glyph_for(self.weight, c)
            .is_none_or(|g| !g.is_notdef())
    }

    /// The pieces `text` is drawn in, each with its advance in ems: characters, and emoji
    /// sequences (👍🏽, 🇸🇪) that Noto Emoji draws whole and that are never broken apart.
    pub fn units<'t>(&self, text: &'t str) -> impl Iterator<Item = (&'t str, f32)> {
        self.faces
            .units(self.weight, text)
            .map(|(piece, unit)| match unit {
                Unit::Char(c) => (piece, self.advance(c)),
                Unit::Sequence(glyphs) => {
                    let units: f32 = glyphs.iter().map(|g| g.advance).sum();
                    (piece, units / self.emoji_units_per_em)
                }
            })
    }

    /// Width of a text at a font size.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.units(text).map(|(_, a)| a).sum::<f32>() * size
    }
}

/// Metrics of a bundled face. The fonts are compiled in, so this cannot fail at run time; a
/// broken font file would fail every test.
pub fn metrics(weight: Weight) -> &'static FaceMetrics {
    static FACES: OnceLock<[FaceMetrics; 2]> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        let faces = Faces::bundled();
        [
            FaceMetrics::load(faces, Weight::Regular),
            FaceMetrics::load(faces, Weight::Bold),
        ]
    });
    match weight {
        Weight::Regular => &faces[0],
        Weight::Bold => &faces[1],
    }
}

/// Width of a single-line text.
pub fn measure(text: &str, size: f32, weight: Weight) -> f32 {
    metrics(weight).width(text, size)
}

/// Whether a line may break at this character: white space, except the no-break spaces that
/// keep "1 234 %" together.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// One line of broken text with its measured width.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The characters of the line (no line breaks), shared with the layout and the scene
    /// that show it.
    pub text: Arc<str>,
    /// Its width at the size it was broken for.
    pub width: f32,
}

/// Breaks text into at most `max_lines` lines no wider than `max_width`.
///
/// Words wrap at spaces; a word wider than a line is broken between characters; explicit line
/// breaks are kept. If the text needs more lines, the last line ends in an ellipsis. Runs of
/// spaces collapse to one. The full text stays in the map; only what is drawn is cut.
pub fn wrap(text: &str, max_width: f32, size: f32, weight: Weight, max_lines: usize) -> Vec<Line> {
    if max_lines == 0 {
        return Vec::new();
    }
    let m = metrics(weight);
    let max_width = max_width.max(size); // room for at least one character
    let space = m.advance(' ') * size;
    let mut lines: Vec<Line> = Vec::new();
    let mut truncated = false;

    'paragraphs: for paragraph in text.split('\n') {
        let mut current = String::new();
        let mut width = 0.0;
        for word in paragraph.split(breaks).filter(|w| !w.is_empty()) {
            let word_width = m.width(word, size);
            let sep = if current.is_empty() { 0.0 } else { space };
            if width + sep + word_width <= max_width {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(word);
                width += sep + word_width;
                continue;
            }
            if !current.is_empty() && flush(&mut lines, &mut current, &mut width, max_lines) {
                truncated = true;
                break 'paragraphs;
            }
            if word_width <= max_width {
                current.push_str(word);
                width = word_width;
                continue;
            }
            // A word longer than the line: break it between characters (never inside an
            // emoji sequence).
            for (piece, advance) in m.units(word) {
                let w = advance * size;
                if width + w > max_width
                    && !current.is_empty()
                    && flush(&mut lines, &mut current, &mut width, max_lines)
                {
                    truncated = true;
                    break 'paragraphs;
                }
                current.push_str(piece);
                width += w;
            }
        }
        if !current.is_empty() || (paragraph.trim().is_empty() && !lines.is_empty()) {
            if lines.len() >= max_lines {
                truncated = true;
                break;
            }
            lines.push(Line {
                text: current.into(),
                width,
            });
        }
    }
    // Drop blank lines at the end (a trailing newline shows nothing).
    while lines.last().is_some_and(|l| l.text.is_empty()) {
        lines.pop();
    }
    if truncated && let Some(last) = lines.last_mut() {
        *last = ellipsize(&last.text, max_width, size, weight);
    }
    lines
}

/// Ends the current line; returns whether no more lines may follow.
fn flush(lines: &mut Vec<Line>, current: &mut String, width: &mut f32, max_lines: usize) -> bool {
    lines.push(Line {
        text: std::mem::take(current).into(),
        width: std::mem::take(width),
    });
    lines.len() >= max_lines
}

/// The text cut to fit `max_width` with an ellipsis at its end (always adds the ellipsis).
pub fn ellipsize(text: &str, max_width: f32, size: f32, weight: Weight) -> Line {
    let m = metrics(weight);
    let ellipsis = m.advance(ELLIPSIS) * size;
    let mut out = String::new();
    let mut width = 0.0;
    for (piece, advance) in m.units(text) {
        let w = advance * size;
        if width + w + ellipsis > max_width {
            break;
        }
        out.push_str(piece);
        width += w;
    }
    let trimmed = out.trim_end().len();
    if trimmed < out.len() {
        width -= m.width(&out[trimmed..], size);
        out.truncate(trimmed);
    }
    out.push(ELLIPSIS);
    Line {
        text: out.into(),
        width: width + ellipsis,
    }
}

/// One line that fits `max_width`, ellipsised if it does not.
pub fn single_line(text: &str, max_width: f32, size: f32, weight: Weight) -> Line {
    let flat = text
        .split(breaks)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let width = measure(&flat, size, weight);
    if width <= max_width {
        Line {
            text: flat.into(),
            width,
        }
    } else {
        ellipsize(&flat, max_width, size, weight)
    }
}

/// Text already broken into lines, kept from one layout of a map to the next so that an edit
/// breaks only the texts it changed: typing in one card's title on a 10 000-card map measures
/// one title, not 30 000 texts. The canvas keeps one for as long as it shows a map; exports
/// and one-off layouts start with an empty one.
///
/// An entry is found by the text and everything that breaks it (width, size, weight, line
/// limit), compared in full, so a cached result is always what [`wrap`] would return. Entries
/// that a layout no longer asked for are dropped when it ends ([`TextCache::end_layout`]).
#[derive(Debug, Default)]
pub struct TextCache {
    entries: std::cell::RefCell<std::collections::HashMap<u64, Cached, foldhash::fast::FixedState>>,
    generation: std::cell::Cell<u32>,
}

#[derive(Debug)]
struct Cached {
    text: Box<str>,
    max_width: u32,
    size: u32,
    weight: Weight,
    /// `usize::MAX` for a single line ([`single_line`]).
    max_lines: usize,
    lines: Arc<[Line]>,
    used: u32,
}

impl TextCache {
    /// [`wrap`], from the cache when the same text was broken the same way before.
    pub fn wrap(
        &self,
        text: &str,
        max_width: f32,
        size: f32,
        weight: Weight,
        max_lines: usize,
    ) -> Arc<[Line]> {
        self.get(text, max_width, size, weight, max_lines, || {
            wrap(text, max_width, size, weight, max_lines).into()
        })
    }

    /// [`single_line`], from the cache when the same text was cut the same way before.
    pub fn single_line(&self, text: &str, max_width: f32, size: f32, weight: Weight) -> Line {
        let lines = self.get(text, max_width, size, weight, usize::MAX, || {
            Arc::new([single_line(text, max_width, size, weight)])
        });
        lines.first().cloned().unwrap_or(Line {
            text: "".into(),
            width: 0.0,
        })
    }

    fn get(
        &self,
        text: &str,
        max_width: f32,
        size: f32,
        weight: Weight,
        max_lines: usize,
        make: impl FnOnce() -> Arc<[Line]>,
    ) -> Arc<[Line]> {
        use std::hash::BuildHasher;
        let (max_width, size) = (max_width.to_bits(), size.to_bits());
        let key = foldhash::fast::FixedState::default()
            .hash_one((text, max_width, size, weight, max_lines));
        let generation = self.generation.get();
        let mut entries = self.entries.borrow_mut();
        if let Some(e) = entries.get_mut(&key)
            && *e.text == *text
            && (e.max_width, e.size, e.weight, e.max_lines) == (max_width, size, weight, max_lines)
        {
            e.used = generation;
            return Arc::clone(&e.lines);
        }
        let lines = make();
        // On a hash collision the newer text takes the slot; the other is broken again when
        // it is next asked for.
        entries.insert(
            key,
            Cached {
                text: text.into(),
                max_width,
                size,
                weight,
                max_lines,
                lines: Arc::clone(&lines),
                used: generation,
            },
        );
        lines
    }

    /// Starts a layout: entries it does not ask for are dropped at its end.
    pub fn begin_layout(&self) {
        self.generation.set(self.generation.get().wrapping_add(1));
    }

    /// Ends a layout: drops the texts it did not ask for (cards deleted, titles retyped).
    pub fn end_layout(&self) {
        let generation = self.generation.get();
        self.entries
            .borrow_mut()
            .retain(|_, e| e.used == generation);
    }

    /// How many broken texts are kept.
    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: f32 = 13.0;

    #[test]
    fn every_letter_of_our_languages_has_a_glyph() {
        let samples = "Zażółć gęślą jaźń Größe Straße Blåbærsyltetøy Kundresan är ÅÄÖ Æble Ørsted \
                       ĄĆĘŁŃÓŚŹŻ ÄÖÜẞ ÉÈÀ€„“”–—…·•›» Ελληνικά Кириллица 🎉🚀✅❤👍📱🛒";
        for weight in [Weight::Regular, Weight::Bold] {
            for c in samples.chars().filter(|c| !c.is_whitespace()) {
                assert!(metrics(weight).has_glyph(c), "{c:?} missing in {weight:?}");
            }
        }
    }

    #[test]
    fn emoji_take_the_emoji_fonts_advance() {
        let faces = Faces::bundled();
        let emoji = faces.face(Font::Emoji);
        for weight in [Weight::Regular, Weight::Bold] {
            for c in "🎉🚀✅❤👍📱🛒".chars() {
                let id = emoji.glyph_index(c).unwrap();
                let em = f32::from(emoji.glyph_hor_advance(id).unwrap()) / 2048.0;
                assert!((metrics(weight).advance(c) - em).abs() < 1e-6, "{c:?}");
                assert!(metrics(weight).has_glyph(c), "{c:?}");
            }
            // The selector after ❤ and the joiner take no room.
            let heart = measure("❤", SIZE, weight);
            assert!((measure("❤\u{FE0F}", SIZE, weight) - heart).abs() < 1e-4);
            assert!(
                (measure("👍\u{200D}👍", SIZE, weight) - 2.0 * measure("👍", SIZE, weight)).abs()
                    < 1e-4
            );
            // Noto Sans letters keep their own advance next to an emoji.
            let text = "Launch 🎉";
            let expected = measure("Launch ", SIZE, weight) + measure("🎉", SIZE, weight);
            assert!((measure(text, SIZE, weight) - expected).abs() < 1e-4);
        }
        assert!(!metrics(Weight::Regular).has_glyph('א'));
    }

    #[test]
    fn emoji_wrap_like_letters() {
        let text = "Launch 🎉🚀✅❤\u{FE0F} party";
        for max in [30.0, 60.0, 90.0] {
            let lines = wrap(text, max, SIZE, Weight::Regular, 9);
            for l in &lines {
                assert!(l.width <= max + 1e-3, "{l:?} wider than {max}");
                assert!((l.width - measure(&l.text, SIZE, Weight::Regular)).abs() < 0.01);
            }
            let joined: String = lines.iter().map(|l| l.text.as_ref()).collect();
            assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn emoji_sequences_are_measured_whole_and_never_broken() {
        let sequences = ["👍🏽", "🇸🇪", "👨\u{200D}👩\u{200D}👧"];
        for s in sequences {
            // One glyph, about as wide as a single emoji, not the sum of its parts.
            let one = measure("🎉", SIZE, Weight::Regular);
            assert!((measure(s, SIZE, Weight::Regular) - one).abs() < 1.0, "{s}");
        }
        let word: String = sequences.concat().repeat(3);
        let lines = wrap(&word, 2.5 * SIZE, SIZE, Weight::Regular, 99);
        assert!(lines.len() > 1);
        for l in &lines {
            let mut rest = l.text.as_ref();
            while !rest.is_empty() {
                let s = sequences
                    .iter()
                    .find(|s| rest.starts_with(**s))
                    .unwrap_or_else(|| panic!("a sequence was split: {:?}", l.text));
                rest = &rest[s.len()..];
            }
        }
    }

    #[test]
    fn short_text_is_one_line() {
        let lines = wrap("Add to cart", 200.0, SIZE, Weight::Regular, 3);
        assert_eq!(lines.len(), 1);
        assert_eq!(&*lines[0].text, "Add to cart");
        assert!((lines[0].width - measure("Add to cart", SIZE, Weight::Regular)).abs() < 1e-3);
    }

    #[test]
    fn lines_never_exceed_the_width() {
        let text = "Zażółć gęślą jaźń, Größe Straße und Blåbærsyltetøy: Kundresan är ÅÄÖ";
        for max in [40.0, 80.0, 120.0, 300.0] {
            let lines = wrap(text, max, SIZE, Weight::Bold, 99);
            assert!(!lines.is_empty());
            for l in &lines {
                assert!(l.width <= max + 1e-3, "{l:?} wider than {max}");
                assert!((l.width - measure(&l.text, SIZE, Weight::Bold)).abs() < 0.01);
            }
            let joined: String = lines.iter().map(|l| l.text.as_ref()).collect();
            let original: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined.replace(' ', ""), original);
        }
    }

    #[test]
    fn long_words_break_and_overflow_is_ellipsised() {
        let word = "Donaudampfschifffahrtsgesellschaftskapitänsmütze";
        let lines = wrap(word, 60.0, SIZE, Weight::Regular, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].text.ends_with(ELLIPSIS));
        assert!(lines.iter().all(|l| l.width <= 60.0 + 1e-3));
    }

    #[test]
    fn explicit_breaks_are_kept() {
        let lines = wrap("one\ntwo\n", 300.0, SIZE, Weight::Regular, 5);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(texts, ["one", "two"]);
    }

    #[test]
    fn invisible_characters_take_no_room() {
        let plain = measure("Kasse", SIZE, Weight::Regular);
        let marked = measure("\u{200F}Kas\u{AD}se\u{2060}", SIZE, Weight::Regular);
        assert!((plain - marked).abs() < 1e-4);
    }

    #[test]
    fn no_break_spaces_hold_numbers_together() {
        let text = "Conversion 1\u{A0}234,5\u{A0}%";
        let lines = wrap(
            text,
            measure("Conversion 1", SIZE, Weight::Regular),
            SIZE,
            Weight::Regular,
            3,
        );
        assert_eq!(&*lines.last().unwrap().text, "1\u{A0}234,5\u{A0}%");
        assert_eq!(
            single_line(text, 500.0, SIZE, Weight::Regular)
                .text
                .as_ref(),
            text
        );
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(wrap("", 100.0, SIZE, Weight::Regular, 3).is_empty());
        assert!(wrap("   ", 100.0, SIZE, Weight::Regular, 3).is_empty());
    }
}
