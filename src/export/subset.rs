//! Subsets of the bundled fonts: only the glyphs a document uses, for the PDF writer and for
//! the `@font-face` rules of a text-mode SVG.
//!
//! Both cut the font with `subsetter` ([`glyphs`]), which renumbers the glyphs in the order
//! they were first used and keeps what a PDF needs: outlines, advances, hinting, names. It drops
//! the character map (`cmap`), `OS/2` and the shaping rules (`GSUB`, `GPOS`), as a PDF maps
//! its own glyph numbers to text. A browser instead looks every character of a `<text>` up in
//! the embedded font, and Chrome and Firefox (through the OpenType sanitizer) refuse a web
//! font without `cmap` and `OS/2`. (rsvg-convert and resvg ignore `@font-face` and draw with
//! installed fonts.) [`WebFont`] therefore puts back, for the renumbered glyphs:
//! - a `cmap` mapping exactly the characters of the document that the full font maps, to the
//!   same glyphs, so per-character fallback between Noto Sans, Noto Emoji and the viewer's
//!   `sans-serif` picks the same font for every character as with the whole files;
//! - the original `OS/2` (metrics and flags; nothing in it names glyphs);
//! - for Noto Emoji, a `GSUB` with one `ccmp` ligature per emoji sequence the document uses
//!   (👍🏽, 🇸🇪, 👨‍👩‍👧, keycaps, an emoji with its selector), from the glyphs of its characters to the glyph that the full
//!   font's rules give. Browsers apply `ccmp` even with ligatures switched off, as they did
//!   with the full font. The result is checked: every sequence is shaped with harfrust (the
//!   Rust port of HarfBuzz, which Chrome and Firefox shape with) in the subset, and must give
//!   the glyphs and advances the whole font gives; if any does not, the whole font is
//!   embedded instead.
//!
//! Limitations: Noto Sans's own shaping rules are not kept: kerning and ligatures are
//! switched off in the SVG anyway, but a combining mark typed as a separate character
//! (e + U+0328 instead of ę) sits where a shaper puts marks without `GPOS`, not at the font's
//! mark anchor; the `cmap` has no variation-selector subtable, so U+FE0E after an emoji is
//! drawn as an invisible glyph of its own.

use std::collections::{BTreeMap, BTreeSet};

use subsetter::GlyphRemapper;
use ttf_parser::{Face, Tag};

use crate::fonts::Font;

/// The glyphs of `font` that `remapper` lists, renumbered by it, as a font file for a PDF (no
/// `cmap`; see the module documentation). The PDF writer and [`WebFont`] both cut fonts here.
pub(crate) fn glyphs(font: Font, remapper: &GlyphRemapper) -> Result<Vec<u8>, subsetter::Error> {
    subsetter::subset(font.data(), 0, remapper)
}

/// A subset of one bundled font that a browser can render `<text>` with: the characters and
/// emoji sequences of a document, collected one by one, then [`WebFont::build`].
pub(crate) struct WebFont {
    font: Font,
    remapper: GlyphRemapper,
    /// Each character the full font maps, and its glyph in the subset.
    chars: BTreeMap<char, u16>,
    /// Emoji sequences and keycaps, shaped when the font is built.
    sequences: BTreeSet<String>,
}

/// A glyph as shaping placed it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Shaped {
    id: u16,
    advance: i32,
    offset: (i32, i32),
}

impl WebFont {
    /// The whole font file, for when no subset can be made.
    pub(crate) fn full(&self) -> &'static [u8] {
        self.font.data()
    }

    /// An empty subset of `font` (`.notdef` only).
    pub(crate) fn new(font: Font) -> Self {
        Self {
            font,
            remapper: GlyphRemapper::new(),
            chars: BTreeMap::new(),
            sequences: BTreeSet::new(),
        }
    }

    /// Adds `c` if the full font maps it (a character it lacks stays unmapped, so viewers fall
    /// back past it exactly as before).
    pub(crate) fn add_char(&mut self, face: &Face<'_>, c: char) {
        if self.chars.contains_key(&c) {
            return;
        }
        if let Some(id) = face.glyph_index(c) {
            let new = self.remapper.remap(id.0);
            self.chars.insert(c, new);
        }
    }

    /// Adds a piece of text that Noto Emoji's rules may draw with other glyphs than those of
    /// its characters (an emoji sequence, a keycap); its characters are added too. Only for
    /// Noto Emoji; a piece shaping leaves as it is needs no rule and gets none.
    pub(crate) fn add_sequence(&mut self, face: &Face<'_>, piece: &str) {
        for c in piece.chars() {
            self.add_char(face, c);
        }
        if self.font == Font::Emoji && !self.sequences.contains(piece) {
            self.sequences.insert(piece.to_owned());
        }
    }

    /// The subset font file, or `None` when it cannot be made right (the caller then embeds
    /// the whole font, as before subsetting).
    pub(crate) fn build(&self) -> Option<Vec<u8>> {
        let face = Face::parse(self.font.data(), 0).ok()?;
        let mut remapper = self.remapper.clone();
        let whole = shape_all(self.font.data(), &self.sequences)?;
        for g in whole.iter().flatten() {
            remapper.remap(g.id);
        }
        let cut = glyphs(self.font, &remapper).ok()?;
        let os2 = face.raw_face().table(Tag::from_bytes(b"OS/2"))?;
        let cmap = cmap(&self.chars)?;
        let mut ligatures = Vec::new();
        for (piece, shaped) in self.sequences.iter().zip(&whole) {
            // What shows without a rule: the glyph of each character, the invisible ones hidden
            // (as shapers hide them). A piece the font draws so needs no rule (❤️, ☺︎), and one
            // would move the glyph by a fraction of a pixel in Chrome.
            let plain: Option<Vec<u16>> = piece
                .chars()
                .filter(|c| !crate::fonts::draws_nothing(*c))
                .map(|c| face.glyph_index(c).map(|g| g.0))
                .collect();
            if plain.is_some_and(|plain| shaped.iter().map(|g| g.id).eq(plain)) {
                continue;
            }
            let [one] = shaped.as_slice() else {
                // Several glyphs: shaping must give them from the characters alone (checked).
                continue;
            };
            let components: Option<Vec<u16>> =
                piece.chars().map(|c| self.chars.get(&c).copied()).collect();
            let (Some(components), Some(ligature)) = (components, remapper.get(one.id)) else {
                continue;
            };
            if components != [ligature] {
                ligatures.push((components, ligature));
            }
        }
        let mut extra = vec![(*b"OS/2", os2.to_vec()), (*b"cmap", cmap)];
        if !ligatures.is_empty() {
            extra.push((*b"GSUB", gsub(ligatures)?));
        }
        let font = add_tables(&cut, extra)?;
        // Every sequence must come out of the subset as out of the whole font.
        let expected: Option<Vec<Vec<Shaped>>> = whole
            .iter()
            .map(|glyphs| {
                glyphs
                    .iter()
                    .map(|g| {
                        Some(Shaped {
                            id: remapper.get(g.id)?,
                            ..*g
                        })
                    })
                    .collect()
            })
            .collect();
        let same = expected.is_some_and(|e| shape_all(&font, &self.sequences) == Some(e));
        same.then_some(font)
    }
}

/// Each of `texts` shaped with the font in `data` as the layout shapes sequences (no
/// kerning), leaving out what shows nothing (a selector a ligature skipped over stays behind
/// as an empty glyph of no width); `None` when the font cannot be read or a glyph number does
/// not fit.
fn shape_all(data: &[u8], texts: &BTreeSet<String>) -> Option<Vec<Vec<Shaped>>> {
    if texts.is_empty() {
        return Some(Vec::new());
    }
    let face = Face::parse(data, 0).ok()?;
    let font = harfrust::FontRef::new(data).ok()?;
    let shaper_data = harfrust::ShaperData::new(&font);
    let shaper = shaper_data.shaper(&font).build();
    let no_kerning = [harfrust::Feature::new(harfrust::Tag::new(b"kern"), 0, ..)];
    texts
        .iter()
        .map(|text| {
            let mut buffer = harfrust::UnicodeBuffer::new();
            buffer.push_str(text);
            buffer.guess_segment_properties();
            let output = shaper.shape(buffer, harfrust::ShapeOptions::new().features(&no_kerning));
            output
                .glyph_infos()
                .iter()
                .zip(output.glyph_positions())
                .filter_map(|(info, pos)| {
                    let Ok(id) = u16::try_from(info.glyph_id) else {
                        return Some(None);
                    };
                    let empty = face.glyph_bounding_box(ttf_parser::GlyphId(id)).is_none();
                    (pos.x_advance != 0 || !empty).then_some(Some(Shaped {
                        id,
                        advance: pos.x_advance,
                        offset: (pos.x_offset, pos.y_offset),
                    }))
                })
                .collect()
        })
        .collect()
}

fn push16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

fn push32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

/// A `cmap` table for `chars`: a format 4 subtable (Windows, BMP) and, when a character lies
/// beyond the BMP, a format 12 subtable (Windows, full Unicode) with all of them. `None` when
/// format 4 would not fit in its 16-bit length (thousands of scattered characters).
fn cmap(chars: &BTreeMap<char, u16>) -> Option<Vec<u8>> {
    // Runs of consecutive characters on consecutive glyphs.
    let mut runs: Vec<(u32, u32, u16)> = Vec::new();
    for (&c, &glyph) in chars {
        let c = u32::from(c);
        match runs.last_mut() {
            Some((start, end, first))
                if c == *end + 1 && u32::from(*first) + (c - *start) == u32::from(glyph) =>
            {
                *end = c;
            }
            _ => runs.push((c, c, glyph)),
        }
    }

    // Format 4: the BMP runs (cut at U+FFFF), then the closing segment 0xFFFF.
    let mut segments: Vec<(u16, u16, u16)> = runs
        .iter()
        .filter_map(|&(start, end, glyph)| {
            let start16 = u16::try_from(start).ok()?;
            let end16 = u16::try_from(end.min(0xFFFE)).ok()?;
            (start16 <= end16).then_some((start16, end16, glyph))
        })
        .collect();
    segments.push((0xFFFF, 0xFFFF, 0));
    let seg_count = u16::try_from(segments.len()).ok()?;
    let length = u16::try_from(16 + 8 * segments.len()).ok()?;
    let mut format4 = Vec::with_capacity(usize::from(length));
    let entry_selector = seg_count.ilog2();
    let search_range = 2u16.checked_shl(entry_selector)?;
    push16(&mut format4, 4);
    push16(&mut format4, length);
    push16(&mut format4, 0); // language
    push16(&mut format4, seg_count.checked_mul(2)?);
    push16(&mut format4, search_range);
    push16(&mut format4, u16::try_from(entry_selector).ok()?);
    push16(&mut format4, (seg_count * 2).checked_sub(search_range)?);
    for (_, end, _) in &segments {
        push16(&mut format4, *end);
    }
    push16(&mut format4, 0); // reservedPad
    for (start, _, _) in &segments {
        push16(&mut format4, *start);
    }
    for (start, _, glyph) in &segments {
        // glyph = character + delta, modulo 65536 (the last segment maps 0xFFFF to 0).
        let delta = if *start == 0xFFFF {
            1
        } else {
            glyph.wrapping_sub(*start)
        };
        push16(&mut format4, delta);
    }
    for _ in &segments {
        push16(&mut format4, 0); // idRangeOffset
    }

    let beyond_bmp = runs.iter().any(|&(_, end, _)| end > 0xFFFF);
    let mut format12 = Vec::new();
    if beyond_bmp {
        let groups = u32::try_from(runs.len()).ok()?;
        push16(&mut format12, 12);
        push16(&mut format12, 0);
        push32(&mut format12, groups.checked_mul(12)?.checked_add(16)?);
        push32(&mut format12, 0); // language
        push32(&mut format12, groups);
        for (start, end, glyph) in &runs {
            push32(&mut format12, *start);
            push32(&mut format12, *end);
            push32(&mut format12, u32::from(*glyph));
        }
    }

    let tables: u16 = if beyond_bmp { 2 } else { 1 };
    let header = 4 + 8 * u32::from(tables);
    let mut out = Vec::new();
    push16(&mut out, 0);
    push16(&mut out, tables);
    push16(&mut out, 3); // Windows
    push16(&mut out, 1); // Unicode BMP
    push32(&mut out, header);
    if beyond_bmp {
        push16(&mut out, 3);
        push16(&mut out, 10); // Unicode full repertoire
        push32(&mut out, header.checked_add(u32::from(length))?);
    }
    out.extend_from_slice(&format4);
    out.extend_from_slice(&format12);
    Some(out)
}

/// A ligature: its components and the glyph that replaces them, in subset glyphs.
type Ligature = (Vec<u16>, u16);

/// A `GSUB` table with one `ccmp` feature (default script) of one ligature lookup. `None`
/// when its 16-bit offsets would overflow.
fn gsub(mut ligatures: Vec<Ligature>) -> Option<Vec<u8>> {
    // By first glyph (the coverage order); the longest first, as the first match wins.
    ligatures.sort_by(|(a, _), (b, _)| a[0].cmp(&b[0]).then(b.len().cmp(&a.len())));
    let mut sets: Vec<(u16, Vec<&Ligature>)> = Vec::new();
    for ligature in &ligatures {
        let first = *ligature.0.first()?;
        match sets.last_mut() {
            Some((glyph, set)) if *glyph == first => set.push(ligature),
            _ => sets.push((first, vec![ligature])),
        }
    }

    // LigatureSubstFormat1, then its coverage, then the sets, each followed by its ligatures.
    let mut subtable = Vec::new();
    let set_count = u16::try_from(sets.len()).ok()?;
    let coverage_at = 6 + 2 * u32::from(set_count);
    push16(&mut subtable, 1);
    push16(&mut subtable, u16::try_from(coverage_at).ok()?);
    push16(&mut subtable, set_count);
    let mut body = Vec::new();
    push16(&mut body, 1); // coverage format 1: a sorted list of glyphs
    push16(&mut body, set_count);
    for (glyph, _) in &sets {
        push16(&mut body, *glyph);
    }
    for (_, set) in &sets {
        let set_at = coverage_at + u32::try_from(body.len()).ok()?;
        push16(&mut subtable, u16::try_from(set_at).ok()?);
        let count = u16::try_from(set.len()).ok()?;
        let mut at = 2 + 2 * u32::from(count);
        push16(&mut body, count);
        for (components, _) in set.iter() {
            push16(&mut body, u16::try_from(at).ok()?);
            at += 4 + 2 * u32::try_from(components.len().saturating_sub(1)).ok()?;
        }
        for (components, ligature) in set.iter() {
            push16(&mut body, *ligature);
            push16(&mut body, u16::try_from(components.len()).ok()?);
            for c in components.iter().skip(1) {
                push16(&mut body, *c);
            }
        }
    }
    subtable.extend_from_slice(&body);

    let mut out = Vec::new();
    // Header (10 bytes), script list (20), feature list (14), lookup list (4) with its lookup (8).
    push16(&mut out, 1);
    push16(&mut out, 0);
    push16(&mut out, 10); // script list
    push16(&mut out, 30); // feature list
    push16(&mut out, 44); // lookup list
    // ScriptList: DFLT, whose Script has a default LangSys (at 4) using feature 0.
    push16(&mut out, 1);
    out.extend_from_slice(b"DFLT");
    push16(&mut out, 8);
    push16(&mut out, 4);
    push16(&mut out, 0);
    push16(&mut out, 0); // lookupOrder
    push16(&mut out, 0xFFFF); // no required feature
    push16(&mut out, 1);
    push16(&mut out, 0);
    // FeatureList: ccmp, using lookup 0.
    push16(&mut out, 1);
    out.extend_from_slice(b"ccmp");
    push16(&mut out, 8);
    push16(&mut out, 0); // featureParams
    push16(&mut out, 1);
    push16(&mut out, 0);
    // LookupList: one lookup (at 4), type 4 (ligature), no flags, one subtable (at 8).
    push16(&mut out, 1);
    push16(&mut out, 4);
    push16(&mut out, 4);
    push16(&mut out, 0);
    push16(&mut out, 1);
    push16(&mut out, 8);
    out.extend_from_slice(&subtable);
    Some(out)
}

/// `font` with the `tables` added (replacing any of the same tag), its table directory and
/// checksums written anew.
fn add_tables(font: &[u8], tables: Vec<([u8; 4], Vec<u8>)>) -> Option<Vec<u8>> {
    let raw = ttf_parser::RawFace::parse(font, 0).ok()?;
    let mut all: Vec<([u8; 4], &[u8])> = Vec::new();
    for record in raw.table_records {
        let tag = record.tag.to_bytes();
        if tables.iter().any(|(t, _)| *t == tag) {
            continue;
        }
        let start = usize::try_from(record.offset).ok()?;
        let end = start.checked_add(usize::try_from(record.length).ok()?)?;
        all.push((tag, font.get(start..end)?));
    }
    all.extend(tables.iter().map(|(tag, data)| (*tag, data.as_slice())));
    all.sort_by_key(|(tag, _)| *tag);

    let count = u16::try_from(all.len()).ok()?;
    let entry_selector = count.checked_ilog2()?;
    let search_range = 16u16.checked_shl(entry_selector)?;
    let mut out = Vec::new();
    out.extend_from_slice(font.get(0..4)?); // sfnt version
    push16(&mut out, count);
    push16(&mut out, search_range);
    push16(&mut out, u16::try_from(entry_selector).ok()?);
    push16(&mut out, count.checked_mul(16)?.checked_sub(search_range)?);
    let mut offset = 12 + 16 * all.len();
    let mut head_at = None;
    for (tag, data) in &all {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        let sum = if tag == b"head" {
            // The head checksum is taken with its checkSumAdjustment as 0.
            let mut head = data.to_vec();
            head.get_mut(8..12)?.fill(0);
            checksum(&head)
        } else {
            checksum(data)
        };
        push32(&mut out, sum);
        push32(&mut out, u32::try_from(offset).ok()?);
        push32(&mut out, u32::try_from(data.len()).ok()?);
        offset = offset.checked_add(data.len().checked_next_multiple_of(4)?)?;
    }
    for (_, data) in &all {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(at) = head_at {
        out.get_mut(at + 8..at + 12)?.fill(0);
        let adjustment = 0xB1B0_AFBA_u32.wrapping_sub(checksum(&out));
        out.get_mut(at + 8..at + 12)?
            .copy_from_slice(&adjustment.to_be_bytes());
    }
    Some(out)
}

/// The sum of the big-endian 32-bit words of `data`, zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::{Faces, Weight};

    fn parse(data: &[u8]) -> Face<'_> {
        Face::parse(data, 0).expect("the subset parses")
    }

    #[test]
    fn a_subset_maps_its_characters_to_the_same_outlines() {
        let faces = Faces::bundled();
        let font = Font::Sans(Weight::Regular);
        let full = faces.face(font);
        let mut web = WebFont::new(font);
        let text = "Zażółć gęślą jaźń Größe Blåbær €„“”–—…";
        for c in text.chars() {
            web.add_char(full, c);
        }
        web.add_char(full, '😀'); // not in Noto Sans: stays unmapped
        let data = web.build().expect("a subset");
        assert!(data.len() < font.data().len() / 10, "{} bytes", data.len());
        let sub = parse(&data);
        assert!(sub.glyph_index('😀').is_none());
        assert!(sub.glyph_index('x').is_none(), "only what was added");
        for c in text.chars() {
            let old = full.glyph_index(c).expect("Noto Sans has it");
            let new = sub
                .glyph_index(c)
                .unwrap_or_else(|| panic!("{c} is mapped"));
            assert_eq!(
                full.glyph_hor_advance(old),
                sub.glyph_hor_advance(new),
                "{c}"
            );
            let outline = |face: &Face<'_>, id| {
                let mut d = String::new();
                struct Collect<'a>(&'a mut String);
                impl ttf_parser::OutlineBuilder for Collect<'_> {
                    fn move_to(&mut self, x: f32, y: f32) {
                        self.0.push_str(&format!("M{x} {y}"));
                    }
                    fn line_to(&mut self, x: f32, y: f32) {
                        self.0.push_str(&format!("L{x} {y}"));
                    }
                    fn quad_to(&mut self, a: f32, b: f32, x: f32, y: f32) {
                        self.0.push_str(&format!("Q{a} {b} {x} {y}"));
                    }
                    fn curve_to(&mut self, a: f32, b: f32, c: f32, d: f32, x: f32, y: f32) {
                        self.0.push_str(&format!("C{a} {b} {c} {d} {x} {y}"));
                    }
                    fn close(&mut self) {
                        self.0.push('Z');
                    }
                }
                face.outline_glyph(id, &mut Collect(&mut d));
                d
            };
            assert_eq!(outline(full, old), outline(&sub, new), "{c}");
        }
        assert!(sub.tables().os2.is_some(), "browsers need OS/2");
    }

    #[test]
    fn emoji_sequences_keep_their_ligatures() {
        let faces = Faces::bundled();
        let full = faces.face(Font::Emoji);
        let mut web = WebFont::new(Font::Emoji);
        let sequences = [
            "👍🏽",
            "🇸🇪",
            "👨\u{200D}👩\u{200D}👧",
            "👨\u{200D}👩\u{200D}👧\u{200D}👦",
            "❤\u{FE0F}\u{200D}🔥",
            "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
        ];
        for s in sequences {
            web.add_sequence(full, s);
        }
        web.add_char(full, '🎉');
        let data = web
            .build()
            .expect("a subset with ligatures, checked by shaping");
        assert!(
            data.len() < Font::Emoji.data().len() / 20,
            "{} bytes",
            data.len()
        );
        let all: BTreeSet<String> = sequences.iter().map(|s| s.to_string()).collect();
        let whole = shape_all(Font::Emoji.data(), &all).unwrap();
        let sub = shape_all(&data, &all).unwrap();
        for ((s, whole), sub) in all.iter().zip(&whole).zip(&sub) {
            assert_eq!(whole.len(), 1, "{s}: one glyph in the whole font");
            assert_eq!(sub.len(), 1, "{s}: one glyph in the subset");
            assert_eq!(whole[0].advance, sub[0].advance, "{s}");
        }
        let party = parse(&data).glyph_index('🎉').expect("🎉 mapped");
        assert!(sub.iter().all(|g| g[0].id != party.0 && g[0].id != 0));
    }

    #[test]
    fn many_scattered_characters_do_not_break_the_cmap() {
        let mut chars = BTreeMap::new();
        for (i, c) in ('\u{100}'..'\u{9000}').step_by(2).enumerate() {
            chars.insert(c, u16::try_from(i % 60_000).unwrap());
        }
        assert!(cmap(&chars).is_none(), "too many segments for format 4");
        chars.clear();
        chars.insert('\u{1F600}', 3);
        chars.insert('a', 1);
        chars.insert('b', 2);
        let table = cmap(&chars).unwrap();
        let sub = ttf_parser::cmap::Table::parse(&table).unwrap();
        let lookup = |c: char| {
            sub.subtables
                .into_iter()
                .find_map(|s| s.glyph_index(u32::from(c)))
                .map(|g| g.0)
        };
        assert_eq!(
            (lookup('a'), lookup('b'), lookup('\u{1F600}'), lookup('c')),
            (Some(1), Some(2), Some(3), None)
        );
    }
}
