//! Fonts and colours of the window.
//!
//! Registers the bundled Noto Sans and, as its first fallback, Noto Emoji with egui, so the
//! canvas draws with the very font files, in the very fallback order, the layout measured with
//! and the exporters embed. The chrome follows the system's light or dark
//! theme; the canvas is paper and stays light in both (its colours come from the Scene).

use std::sync::Arc;

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, FontTweak};

use crate::fonts::Weight;

const REGULAR: &str = "Noto Sans Regular";
const BOLD: &str = "Noto Sans Bold";
const CANVAS_REGULAR: &str = "Noto Sans Regular (canvas)";
const CANVAS_BOLD: &str = "Noto Sans Bold (canvas)";
const EMOJI: &str = "Noto Emoji";
const CANVAS_EMOJI: &str = "Noto Emoji (canvas)";

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

/// How far down, in ems, Noto Emoji's glyphs must move to sit on Noto Sans's baseline in an egui
/// row. egui puts a fallback face's baseline where its own ascent falls after centring its line
/// height in the primary face's; the exporters put every glyph on one baseline.
fn emoji_baseline_shift() -> f32 {
    use crate::fonts::{Faces, Font};
    let faces = Faces::bundled();
    let ems = |font: Font| {
        let face = faces.face(font);
        let upem = f32::from(face.units_per_em());
        let ascent = f32::from(face.ascender()) / upem;
        let height =
            ascent - f32::from(face.descender()) / upem + f32::from(face.line_gap()) / upem;
        (ascent, height)
    };
    let (sans_ascent, sans_height) = ems(Font::Sans(Weight::Regular));
    let (emoji_ascent, emoji_height) = ems(Font::Emoji);
    sans_ascent - (emoji_ascent + 0.5 * (sans_height - emoji_height))
}

/// Registers the bundled fonts: Noto Sans becomes the proportional family of the whole window,
/// then Noto Emoji (the exporters' fallback), then egui's own fonts (icons, symbols).
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
    let on_baseline = FontTweak {
        y_offset_factor: emoji_baseline_shift(),
        ..FontTweak::default()
    };
    let fonts = [
        (REGULAR, crate::fonts::REGULAR, None),
        (BOLD, crate::fonts::BOLD, None),
        (EMOJI, crate::fonts::EMOJI, Some(on_baseline.clone())),
        (CANVAS_REGULAR, crate::fonts::REGULAR, Some(unhinted())),
        (CANVAS_BOLD, crate::fonts::BOLD, Some(unhinted())),
        (
            CANVAS_EMOJI,
            crate::fonts::EMOJI,
            Some(FontTweak {
                hinting: Some(false),
                ..on_baseline
            }),
        ),
    ];
    for (name, bytes, tweak) in fonts {
        let mut data = FontData::from_static(bytes);
        if let Some(t) = tweak {
            data = data.tweak(t);
        }
        defs.font_data.insert(name.to_owned(), Arc::new(data));
    }
    let with_fallbacks = |first: &str, emoji: &str| {
        [first.to_owned(), emoji.to_owned()]
            .into_iter()
            .chain(fallbacks.iter().cloned())
            .collect::<Vec<_>>()
    };
    defs.families
        .insert(FontFamily::Proportional, with_fallbacks(REGULAR, EMOJI));
    defs.families
        .insert(bold_family(), with_fallbacks(BOLD, EMOJI));
    defs.families.insert(
        canvas_family(Weight::Regular),
        with_fallbacks(CANVAS_REGULAR, CANVAS_EMOJI),
    );
    defs.families.insert(
        canvas_family(Weight::Bold),
        with_fallbacks(CANVAS_BOLD, CANVAS_EMOJI),
    );
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::fonts::{Faces, Font};

    const SIZE: f32 = 100.0;

    /// A laid-out canvas line, as the painter lays it out.
    pub(crate) fn galley(text: &str) -> Arc<egui::Galley> {
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        let mut galley = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            galley = Some(ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    text.to_owned(),
                    canvas_font(Weight::Regular, SIZE),
                    Color32::BLACK,
                )
            }));
        });
        // No renderer takes the glyph atlas.
        output.textures_delta.clear();
        galley.unwrap()
    }

    #[test]
    fn the_canvas_draws_emoji_with_the_layouts_advance() {
        let g = galley("H🎉H");
        let glyphs = &g.rows[0].row.glyphs;
        assert_eq!(glyphs.len(), 3);
        let layout = crate::layout::text::measure("🎉", SIZE, Weight::Regular);
        let drawn = glyphs[2].pos.x - glyphs[1].pos.x;
        assert!((drawn - layout).abs() < 1.0, "{drawn} vs {layout}");
        assert!(glyphs[1].uv_rect.size.x > 0.0, "the emoji has ink");
    }

    #[test]
    fn the_canvas_draws_emoji_sequences_whole_as_the_layout_measures_them() {
        for sequence in ["👍🏽", "🇸🇪", "👨\u{200D}👩\u{200D}👧"] {
            let g = galley(&format!("H{sequence}H"));
            let glyphs = &g.rows[0].row.glyphs;
            let last = glyphs.last().unwrap();
            let drawn = last.pos.x - glyphs[1].pos.x;
            let layout = crate::layout::text::measure(sequence, SIZE, Weight::Regular);
            assert!(
                (drawn - layout).abs() < 1.0,
                "{sequence}: {drawn} vs {layout}"
            );
        }
    }

    #[test]
    fn emoji_sit_on_the_noto_sans_baseline() {
        // The emoji's ink reaches as high above the baseline as the exporters draw it.
        let g = galley("H🎉");
        let row = &g.rows[0];
        let baseline = row.pos.y + row.row.glyphs[0].pos.y;
        let faces = Faces::bundled();
        let emoji = faces.face(Font::Emoji);
        let bbox = emoji
            .glyph_bounding_box(emoji.glyph_index('🎉').unwrap())
            .unwrap();
        let expected_top = baseline - f32::from(bbox.y_max) * SIZE / 2048.0;
        let glyph = &row.row.glyphs[1];
        let top = row.pos.y + glyph.pos.y + glyph.uv_rect.offset.y;
        assert!((top - expected_top).abs() < 1.5, "{top} vs {expected_top}");
    }
}
