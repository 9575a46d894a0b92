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
