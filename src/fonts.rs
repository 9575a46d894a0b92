//! The bundled fonts. Layout measures text with them, the canvas registers them with egui and
//! the exporters hand them to resvg and svg2pdf, so text looks and wraps the same everywhere and
//! no export depends on the fonts installed on a machine.

/// Noto Sans Regular (SIL Open Font License 1.1, see `assets/fonts/OFL.txt`).
pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold (SIL Open Font License 1.1).
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/NotoSans-Bold.ttf");
/// The family name both files declare, as SVG `font-family` must name it.
pub const FAMILY: &str = "Noto Sans";

/// Regular or bold: the only two faces Trailmap draws with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles and headers.
    Bold,
}

impl Weight {
    /// The font file of this weight.
    pub fn data(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// The glyph that draws `c`, or `None` when `c` draws nothing and takes no room (control and
/// invisible format characters). Characters the font lacks get `.notdef`, an empty box.
///
/// The layout measures and the outline exporter draws by this one rule, so outlines fill
/// exactly the widths the layout reserved.
pub fn glyph_for(face: &ttf_parser::Face<'_>, c: char) -> Option<ttf_parser::GlyphId> {
    if draws_nothing(c) {
        return None;
    }
    Some(face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0)))
}

/// Control characters and default-ignorable format characters: direction marks, zero-width
/// joiners, word joiner, soft hyphen, variation selectors, byte-order mark. Noto Sans has
/// *visible* glyphs for several of them (a dotted RLM symbol; a 600-unit-wide word joiner) that
/// text shapers such as HarfBuzz, rustybuzz (resvg) and browsers hide; so do we.
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
