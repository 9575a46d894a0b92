//! Export: turns a [`Scene`] into the bytes of an SVG, PNG or PDF file, or a PowerPoint deck
//! of native shapes ([`pptx`]).
//!
//! This module owns the export options, the SVG writer ([`svg`]), the PNG rasteriser ([`png`],
//! which paints the Scene with tiny-skia as resvg paints our SVG) and the PDF writer ([`pdf`]),
//! which draws the Scene itself with the same shapes; each is given only the bundled fonts, so
//! the three files show the same picture.
//!
//! It must never import egui, load the fonts installed on the machine (an export would then look
//! different on every computer), reach the network, or change the Scene. Only [`save`] touches
//! the file system.

mod glyphs;
pub mod pdf;
pub mod png;
pub mod pptx;
mod raster;
mod subset;
pub mod svg;

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use crate::file::SaveError;
use crate::model::Color;
use crate::scene::Scene;

/// The file formats Trailmap exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Scalable Vector Graphics: for the web, Inkscape, Illustrator, PowerPoint and Keynote.
    Svg,
    /// A picture made of pixels: for chat, e-mail and documents.
    Png,
    /// A printable document with the map as vector graphics.
    Pdf,
}

impl Format {
    /// Every format, in the order menus list them.
    pub const ALL: [Format; 3] = [Format::Svg, Format::Png, Format::Pdf];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file name asks for, by its extension (any letter case).
    pub fn from_path(path: &Path) -> Result<Format, ExportError> {
        let Some(extension) = path.extension() else {
            return Err(ExportError::NoExtension {
                path: path.to_owned(),
            });
        };
        let extension = extension.to_string_lossy();
        Format::ALL
            .into_iter()
            .find(|f| extension.eq_ignore_ascii_case(f.extension()))
            .ok_or_else(|| ExportError::UnsupportedFormat {
                extension: extension.chars().take(40).collect(),
                path: path.to_owned(),
            })
    }
}

impl Format {
    /// The text mode an export of this format uses unless the user picks one: outlines for SVG
    /// (it must look right when dropped into PowerPoint, Keynote or Word, which ignore embedded
    /// fonts); live text for PDF (every viewer honours its embedded fonts, the text stays
    /// searchable, and the file is ~40x smaller and ~8x faster to make); live text for PNG (the
    /// same pixels as outlines, from a much smaller intermediate SVG).
    pub fn default_text_mode(self) -> TextMode {
        match self {
            Format::Svg => TextMode::Outlines,
            Format::Png | Format::Pdf => TextMode::Text,
        }
    }
}

/// How text is written into SVG and PDF files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TextMode {
    /// Every letter becomes a shape, so the file needs no font and looks right in PowerPoint,
    /// Keynote and Word. Card titles stay findable as the titles of their groups, but the text
    /// cannot be selected or edited.
    #[default]
    Outlines,
    /// Text stays text: selectable, searchable and editable. SVG files carry the bundled fonts
    /// inside them; PDF files embed the glyphs they use.
    Text,
}

/// What lies behind the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Background {
    /// Opaque white, like the canvas.
    #[default]
    White,
    /// Nothing: PNG pixels outside the map are see-through, SVG and PDF draw no background.
    Transparent,
    /// A colour of the user's choice (its alpha is honoured).
    Color(Color),
}

impl Background {
    /// The colour painted behind the map; fully transparent for [`Background::Transparent`].
    pub fn color(self) -> Color {
        match self {
            Background::White => Color::WHITE,
            Background::Transparent => Color::TRANSPARENT,
            Background::Color(c) => c,
        }
    }
}

/// The page size of a PDF export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    /// One page exactly as large as the map (at 96 map units to the inch), for screens.
    #[default]
    Fit,
    /// ISO A4, landscape.
    A4,
    /// ISO A3, landscape.
    A3,
    /// US Letter, landscape.
    Letter,
}

impl Paper {
    /// Width and height of the landscape sheet in PDF points (1/72 inch); `None` for
    /// [`Paper::Fit`], whose size follows the map.
    pub fn size_pt(self) -> Option<(f32, f32)> {
        const MM: f32 = 72.0 / 25.4;
        match self {
            Paper::Fit => None,
            Paper::A4 => Some((297.0 * MM, 210.0 * MM)),
            Paper::A3 => Some((420.0 * MM, 297.0 * MM)),
            Paper::Letter => Some((792.0, 612.0)),
        }
    }
}

/// The PNG scales a user may choose: 1 map unit becomes 1 to 4 pixels.
pub const SCALE_RANGE: RangeInclusive<f32> = 1.0..=4.0;
/// The PNG scale used unless the user picks another: sharp on high-density screens.
pub const DEFAULT_SCALE: f32 = 2.0;
/// The empty border around the map, in map units, unless the user picks another.
pub const DEFAULT_MARGIN: f32 = 24.0;
/// The largest margin accepted, in map units; more is surely a typing slip.
pub const MAX_MARGIN: f32 = 1000.0;
/// The blank border of a printed sheet (A4, A3, Letter), in points: 10 mm, which every office
/// printer can reach.
pub const PAPER_MARGIN_PT: f32 = 10.0 * 72.0 / 25.4;
/// The most pixels a PNG export may have. Painting in bands no longer holds the picture in
/// memory (the export needs about a fifth of a byte a pixel, mostly the file itself), but any
/// program that opens the PNG needs 3-4 bytes a pixel: 2 GB at this limit, which lets 1 000
/// cards export at every scale up to 4x and 10 000 cards at 1x.
pub const MAX_PNG_PIXELS: u64 = 500_000_000;

/// Everything a user can choose about an export. Options that do not apply to a format are
/// ignored by it (the scale only matters for PNG, the paper only for PDF).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportOptions {
    /// Text as shapes or as real text (SVG and PDF; PNG looks the same either way).
    pub text: TextMode,
    /// What lies behind the map.
    pub background: Background,
    /// PNG pixels per map unit, within [`SCALE_RANGE`].
    pub scale: f32,
    /// Empty border around the map in map units, `0..=MAX_MARGIN`.
    pub margin: f32,
    /// PDF page size.
    pub paper: Paper,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            text: TextMode::default(),
            background: Background::default(),
            scale: DEFAULT_SCALE,
            margin: DEFAULT_MARGIN,
            paper: Paper::default(),
        }
    }
}

impl ExportOptions {
    /// Checks the numbers a user typed, so every back end can trust them.
    pub fn check(&self) -> Result<(), ExportError> {
        if !SCALE_RANGE.contains(&self.scale) {
            return Err(ExportError::ScaleOutOfRange(self.scale));
        }
        if !(0.0..=MAX_MARGIN).contains(&self.margin) {
            return Err(ExportError::InvalidMargin(self.margin));
        }
        Ok(())
    }
}

/// Width and height of the exported picture in map units: the scene plus the margin on every
/// side, rounded up to whole units (at least one) so a 1x PNG has exactly that many pixels. Any
/// rounding adds to the right and bottom margins.
pub fn document_size(scene: &Scene, margin: f32) -> (f32, f32) {
    (
        (scene.width + 2.0 * margin).ceil().max(1.0),
        (scene.height + 2.0 * margin).ceil().max(1.0),
    )
}

/// Today's date (UTC), for the title block of an export. The layout never reads the clock;
/// the CLI and the window call this and pass the date in.
pub fn today() -> crate::layout::Date {
    crate::layout::Date::of(std::time::SystemTime::now())
}

/// Refuses a scene whose size is not a positive, finite number (a layout bug, but not a reason
/// to write a broken file).
fn check_scene(scene: &Scene) -> Result<(), ExportError> {
    let ok = |v: f32| (0.0..1.0e7).contains(&v);
    if ok(scene.width) && ok(scene.height) {
        Ok(())
    } else {
        Err(ExportError::InvalidSize {
            width: scene.width,
            height: scene.height,
        })
    }
}

/// The file contents of `scene` in `format`.
pub fn render(
    scene: &Scene,
    format: Format,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Svg => svg::to_svg(scene, options).map(String::into_bytes),
        Format::Png => png::to_png(scene, options),
        Format::Pdf => pdf::to_pdf(scene, options),
    }
}

/// Exports `scene` to `path` in the format its extension names, writing atomically (an existing
/// file stays intact if anything fails). Returns the format written.
pub fn save(scene: &Scene, path: &Path, options: &ExportOptions) -> Result<Format, ExportError> {
    let format = Format::from_path(path)?;
    let bytes = render(scene, format, options)?;
    crate::file::write_atomically(path, &bytes)?;
    Ok(format)
}

/// The views an export writes: the one view, or with `each_persona` one per persona of the
/// map, each with the persona filter set to that persona alone (its files are named with
/// [`persona_path`]). The CLI's `--each-persona` and the app's export dialog both use this.
pub fn views<'m>(
    map: &'m crate::model::Map,
    view: &crate::layout::LayoutOptions,
    each_persona: bool,
) -> Vec<(
    crate::layout::LayoutOptions,
    Option<&'m crate::model::Persona>,
)> {
    if !each_persona {
        return vec![(view.clone(), None)];
    }
    map.personas
        .iter()
        .map(|p| {
            let options = crate::layout::LayoutOptions {
                personas: vec![p.id],
                ..view.clone()
            };
            (options, Some(p))
        })
        .collect()
}

/// The file one persona's export goes to: `map.png` becomes `map-<persona>.png` (the CLI's
/// `--each-persona` and the app's "One file per persona" name files alike).
pub fn persona_path(path: &Path, persona: &crate::model::Persona) -> PathBuf {
    with_suffix(path, &persona_slug(&persona.name, persona.id.0))
}

/// `out.png` + `gen-z` -> `out-gen-z.png`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{suffix}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{suffix}"),
    };
    path.with_file_name(name)
}

/// A file-name-safe form of a persona's name ("Gen-Z shopper" -> "gen-z-shopper"); letters of
/// every language are kept, and a name with none becomes "persona-<id>".
pub fn persona_slug(name: &str, id: u32) -> String {
    let s = crate::file::slug(name);
    if s.is_empty() {
        format!("persona-{id}")
    } else {
        s
    }
}

/// Why an export failed. Nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The file name ends in an extension Trailmap does not export.
    #[error(
        "“.{extension}” is not a format Trailmap can export; end the file name in .svg, .png, .pdf, \
         .pptx, .csv, .tsv, .xlsx or .mmd: {}",
        .path.display()
    )]
    UnsupportedFormat {
        /// The extension as typed (at most 40 characters).
        extension: String,
        /// The file name asked for.
        path: PathBuf,
    },
    /// The file name has no extension to pick a format by.
    #[error(
        "the file name has no extension, so the format is unknown; end it in .svg, .png, .pdf, .pptx, \
         .csv, .tsv, .xlsx or .mmd: {}",
        .path.display()
    )]
    NoExtension {
        /// The file name asked for.
        path: PathBuf,
    },
    /// The PNG scale is outside [`SCALE_RANGE`].
    #[error("the PNG scale must be between 1 and 4, not {0}")]
    ScaleOutOfRange(f32),
    /// The margin is negative, too large or not a number.
    #[error("the margin must be between 0 and {MAX_MARGIN} map units, not {0}")]
    InvalidMargin(f32),
    /// The scene has no usable size (a bug in the layout).
    #[error(
        "the map has no drawable size ({width} × {height}); this is a bug in Trailmap, please report it"
    )]
    InvalidSize {
        /// Width the scene claimed.
        width: f32,
        /// Height the scene claimed.
        height: f32,
    },
    /// The PNG would need more pixels than [`MAX_PNG_PIXELS`].
    #[error(
        "a PNG of {width} × {height} pixels is too large to make (at most {} million pixels); \
         choose a smaller scale, or export SVG or PDF, which have no size limit",
        MAX_PNG_PIXELS / 1_000_000
    )]
    ImageTooLarge {
        /// Pixels across.
        width: u64,
        /// Pixels down.
        height: u64,
    },
    /// A bundled font could not be read (the program itself is damaged).
    #[error("the bundled font {0} could not be read; reinstall Trailmap")]
    Font(&'static str),
    /// The SVG written for rendering could not be read back (a bug in the SVG writer).
    #[error(
        "could not read back the SVG drawn for the map ({0}); this is a bug in Trailmap, please report it"
    )]
    Svg(String),
    /// The PNG encoder failed.
    #[error("could not encode the PNG: {0}")]
    Png(#[from] ::png::EncodingError),
    /// The PDF could not be made (a bundled font could not be subset).
    #[error("could not make the PDF: {0}")]
    Pdf(String),
    /// The PowerPoint package could not be assembled (a bug in the PPTX writer).
    #[error(
        "could not make the PowerPoint file ({0}); this is a bug in Trailmap, please report it"
    )]
    Pptx(String),
    /// Writing the file failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persona_files_are_named_after_the_persona() {
        let p = crate::model::Persona {
            id: crate::model::PersonaId(7),
            name: "Łukasz, Gen-Z shopper".into(),
            color: Color::BLACK,
            description: String::new(),
        };
        assert_eq!(
            persona_path(Path::new("/m/map.png"), &p),
            PathBuf::from("/m/map-łukasz-gen-z-shopper.png")
        );
        assert_eq!(persona_slug(" — ", 7), "persona-7");
    }

    #[test]
    fn format_from_path_ignores_case() {
        assert_eq!(
            Format::from_path(Path::new("a/b.SVG")).unwrap(),
            Format::Svg
        );
        assert_eq!(
            Format::from_path(Path::new("map.Png")).unwrap(),
            Format::Png
        );
        assert_eq!(
            Format::from_path(Path::new("x.journey.pdf")).unwrap(),
            Format::Pdf
        );
    }

    #[test]
    fn unknown_extension_is_named() {
        let e = Format::from_path(Path::new("out/map.jpeg")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("“.jpeg”"), "{msg}");
        assert!(
            msg.contains(".svg, .png, .pdf, .pptx, .csv, .tsv, .xlsx or .mmd"),
            "{msg}"
        );
        assert!(msg.ends_with("out/map.jpeg"), "{msg}");
        let e = Format::from_path(Path::new("out/map")).unwrap_err();
        assert!(matches!(e, ExportError::NoExtension { .. }), "{e}");
    }

    #[test]
    fn options_are_checked() {
        assert!(ExportOptions::default().check().is_ok());
        for scale in [0.5, 4.5, f32::NAN] {
            let o = ExportOptions {
                scale,
                ..Default::default()
            };
            assert!(matches!(o.check(), Err(ExportError::ScaleOutOfRange(_))));
        }
        for margin in [-1.0, f32::INFINITY, f32::NAN] {
            let o = ExportOptions {
                margin,
                ..Default::default()
            };
            assert!(matches!(o.check(), Err(ExportError::InvalidMargin(_))));
        }
    }

    #[test]
    fn paper_is_landscape() {
        for paper in [Paper::A4, Paper::A3, Paper::Letter] {
            let (w, h) = paper.size_pt().unwrap();
            assert!(w > h, "{paper:?}");
        }
        let (w, h) = Paper::A4.size_pt().unwrap();
        assert!((w - 842.0).abs() < 1.0 && (h - 595.0).abs() < 1.0);
    }
}
