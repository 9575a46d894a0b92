//! Fonts and colours of the window.
//!
//! Registers the bundled Noto Sans with egui, so the canvas draws with the very font files the
//! layout measured with and the exporters embed. The chrome follows the system's light or dark
//! theme; the canvas is paper and stays light in both (its colours come from the Scene).

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, FontTweak};

use crate::fonts::Weight;

const REGULAR: &str = "Noto Sans Regular";
const BOLD: &str = "Noto Sans Bold";
const CANVAS_REGULAR: &str = "Noto Sans Regular (canvas)";
const CANVAS_BOLD: &str = "Noto Sans Bold (canvas)";

/// The canvas text families: unhinted, so glyph advances are exactly the font's, as the layout
/// measured them, at every zoom.
fn canvas_family(weight: Weight) -> FontFamily {
    match weight {
        Weight::Regular => FontFamily::Name(CANVAS_REGULAR.into()),
        Weight::Bold => FontFamily::Name(CANVAS_BOLD.into()),
    }
}

/// The font for one canvas text item at a screen size.
pub fn canvas_font(weight: Weight, size: f32) -> FontId {
    FontId::new(size, canvas_family(weight))
}

/// Bold text in the chrome (inspector headings).
pub fn bold_family() -> FontFamily {
    FontFamily::Name(BOLD.into())
}

/// Registers the bundled fonts: Noto Sans becomes the proportional family of the whole window,
/// egui's own fonts stay as fallbacks (icons, symbols).
pub fn install_fonts(ctx: &egui::Context) {
    let mut defs = FontDefinitions::default();
    let fallbacks = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let unhinted = || FontTweak {
        hinting: Some(false),
        ..FontTweak::default()
    };
    let fonts = [
        (REGULAR, crate::fonts::REGULAR, None),
        (BOLD, crate::fonts::BOLD, None),
        (CANVAS_REGULAR, crate::fonts::REGULAR, Some(unhinted())),
        (CANVAS_BOLD, crate::fonts::BOLD, Some(unhinted())),
    ];
    for (name, bytes, tweak) in fonts {
        let mut data = FontData::from_static(bytes);
        if let Some(t) = tweak {
            data = data.tweak(t);
        }
        defs.font_data.insert(name.to_owned(), Arc::new(data));
    }
    let with_fallbacks = |first: &str| {
        std::iter::once(first.to_owned())
            .chain(fallbacks.iter().cloned())
            .collect::<Vec<_>>()
    };
    defs.families
        .insert(FontFamily::Proportional, with_fallbacks(REGULAR));
    defs.families.insert(bold_family(), with_fallbacks(BOLD));
    defs.families.insert(
        canvas_family(Weight::Regular),
        with_fallbacks(CANVAS_REGULAR),
    );
    defs.families
        .insert(canvas_family(Weight::Bold), with_fallbacks(CANVAS_BOLD));
    ctx.set_fonts(defs);
}

/// Window-wide settings: no egui keyboard zoom (Ctrl +/- zoom the map, not the window).
pub fn configure(ctx: &egui::Context) {
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
}

/// The paper colour around and under the map (light in both themes).
pub const PAPER: Color32 = Color32::from_rgb(0xF3, 0xF4, 0xF6);
/// Selection outline on the canvas.
pub const SELECTION: Color32 = Color32::from_rgb(0x25, 0x63, 0xEB);
/// Hover outline on the canvas.
pub const HOVER: Color32 = Color32::from_rgba_premultiplied(0x25, 0x63, 0xEB, 0x70);
/// Where a dragged card or header will land.
pub const DROP: Color32 = Color32::from_rgb(0xF9, 0x73, 0x16);

/// The model colour as an egui colour.
pub fn color32(c: crate::model::Color) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}
