//! File > Export: the options dialog (what the file shows, scale, background, text mode, paper,
//! margin; slides and slide size for PowerPoint), the file name, and the export itself on a background thread so a large PNG does not
//! freeze the window.
//!
//! The export draws the same Scene as the canvas. What it shows (journey state, persona filter,
//! insights, owner colours, footnotes, hidden lanes) starts as the view shows it and is spelled
//! out in the dialog, where it can be changed for the file alone; "One file per persona" writes
//! one file per persona, each filtered to it, named as the CLI's `--each-persona` names them.
//! Selection, hover and the insight highlighted on the canvas never reach an export.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::RichText;

use super::TrailmapApp;
use super::dialog_access::{DialogKind, focus_on_open, heading_ui};
use super::dialogs::Modal;
use crate::export::pptx::{PptxOptions, SlideSize, Slides};
use crate::export::{
    Background, DEFAULT_MARGIN, ExportOptions, Format, MAX_MARGIN, Paper, SCALE_RANGE, TextMode,
};
use crate::interchange::Format as DataFormat;
use crate::layout::{Date, ExportFrame, Layout, LayoutOptions, StateView};
use crate::model::Map;
use crate::tr;

/// What File > Export writes: a picture of the map, or its data for another program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// SVG, PNG or PDF, drawn from the Scene.
    Picture(Format),
    /// A PowerPoint deck of native, editable shapes, drawn from the same Scene.
    Slides,
    /// CSV, TSV, Excel or Mermaid: the map's content as that program reads it.
    Data(DataFormat),
}

impl ExportFormat {
    /// Every format, in the order the Export menu lists them.
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::Picture(Format::Svg),
        ExportFormat::Picture(Format::Png),
        ExportFormat::Picture(Format::Pdf),
        ExportFormat::Slides,
        ExportFormat::Data(DataFormat::Csv),
        ExportFormat::Data(DataFormat::Xlsx),
        ExportFormat::Data(DataFormat::Tsv),
        ExportFormat::Data(DataFormat::Mermaid),
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Picture(f) => f.extension(),
            ExportFormat::Slides => crate::export::pptx::EXTENSION,
            ExportFormat::Data(f) => f.extension(),
        }
    }
}

/// What the user chose in the export dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSetup {
    /// A picture (SVG, PNG, PDF) or data (CSV, Excel, TSV, Mermaid).
    pub format: ExportFormat,
    /// Scale, background, text mode, paper, margin.
    pub options: ExportOptions,
    /// Slides and slide size of a PowerPoint deck.
    pub slides: PptxOptions,
    /// Leave out the lanes hidden in the view.
    pub leave_out_hidden: bool,
    /// What the file shows: journey state, persona filter, insights, owner colours, footnotes
    /// and hidden lanes, as the view showed them when the dialog opened.
    pub shown: LayoutOptions,
    /// One file per persona, each with the persona filter set to that persona alone.
    pub each_persona: bool,
    /// The title block above the map (pictures only).
    pub title_block: bool,
    /// The persona legend under the map (pictures only).
    pub legend: bool,
    /// The date the title block shows: the day the dialog opened.
    pub date: Date,
}

/// A finished export: the files written and their sizes, or why it stopped and what it had
/// written by then.
type ExportResult = Result<Vec<(PathBuf, u64)>, (String, Vec<PathBuf>)>;

/// An export running on its own thread.
#[derive(Debug)]
pub struct RunningExport {
    result: Receiver<ExportResult>,
}

/// A format's name for people.
pub fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Picture(Format::Svg) => "SVG",
        ExportFormat::Picture(Format::Png) => "PNG",
        ExportFormat::Picture(Format::Pdf) => "PDF",
        ExportFormat::Slides => "PowerPoint",
        ExportFormat::Data(DataFormat::Csv) => "CSV",
        ExportFormat::Data(DataFormat::Tsv) => "TSV",
        ExportFormat::Data(DataFormat::Xlsx) => "Excel (.xlsx)",
        ExportFormat::Data(DataFormat::Mermaid) => "Mermaid",
    }
}

/// `plan` or `plan.txt` becomes `plan.png` for a PNG export; `plan.PNG` stays.
pub fn with_extension(path: &Path, format: ExportFormat) -> PathBuf {
    let matches = path
        .extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(format.extension()));
    if matches {
        path.to_owned()
    } else {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        path.with_file_name(format!("{name}.{}", format.extension()))
    }
}

impl TrailmapApp {
    /// Opens the export dialog for `format`, with the options used last time.
    pub(crate) fn open_export_dialog(&mut self, format: ExportFormat) {
        let mut options = self.last_export.unwrap_or_default();
        let mut shown = self.view.layout_options();
        match format {
            ExportFormat::Picture(picture) => {
                if self.last_export.is_none() || self.last_export_format != Some(picture) {
                    options.text = picture.default_text_mode();
                }
            }
            // A spreadsheet carries every card with its state unless the user picks one
            // journey: what goes out to Excel comes back whole.
            ExportFormat::Data(_) => shown.state = StateView::Compare,
            ExportFormat::Slides => {}
        }
        self.modal = Some(Modal::Export(ExportSetup {
            format,
            options,
            slides: self.last_slides,
            leave_out_hidden: true,
            shown,
            each_persona: false,
            title_block: true,
            legend: true,
            date: crate::export::today(),
        }));
    }

    /// The file name an export suggests: the name a saved file would have, with the format's
    /// extension.
    pub(crate) fn suggested_export_name(&self, format: ExportFormat) -> String {
        format!("{}.{}", self.suggested_stem(), format.extension())
    }

    /// Lays the map out as the export should show it and writes the file (or one file per
    /// persona) on a thread.
    pub(crate) fn start_export(&mut self, setup: ExportSetup, path: &Path) {
        let path = with_extension(path, setup.format);
        if let ExportFormat::Picture(picture) = setup.format {
            self.last_export = Some(setup.options);
            self.last_export_format = Some(picture);
        }
        if setup.format == ExportFormat::Slides {
            self.last_slides = setup.slides;
        }
        let map = self.doc.map();
        let files: Vec<(PathBuf, Content)> = export_runs(map, &setup, &path)
            .into_iter()
            .map(|(target, shown)| {
                let content = match setup.format {
                    ExportFormat::Picture(_) => {
                        Content::Scene(crate::pivot::draw(map, &shown).scene)
                    }
                    ExportFormat::Slides => {
                        let drawn = crate::pivot::draw(map, &shown);
                        let deck = (drawn.scene, drawn.pivoted.map.into_owned());
                        Content::Deck(Box::new(deck), setup.slides)
                    }
                    ExportFormat::Data(format) => {
                        let view = crate::interchange::View {
                            state: Some(shown.state).filter(|s| *s != StateView::Compare),
                            personas: shown.personas,
                            hidden_lanes: shown.hidden_lanes,
                        };
                        Content::Data(format, crate::interchange::view_map(map, &view))
                    }
                };
                (target, content)
            })
            .collect();
        let options = setup.options;
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = self.ctx.clone();
        let language = crate::app::i18n::language();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let mut written = Vec::new();
                let mut result = Ok(());
                for (target, content) in &files {
                    if let Err(message) = content.save(target, &options, language) {
                        result = Err(message);
                        break;
                    }
                    let size = std::fs::metadata(target).map_or(0, |m| m.len());
                    written.push((target.clone(), size));
                }
                let report = match result {
                    Ok(()) => Ok(written),
                    Err(message) => Err((message, written.into_iter().map(|(p, _)| p).collect())),
                };
                let _ = tx.send(report);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.export_running = Some(RunningExport { result: rx });
                self.notify(tr!("export-exporting", path = path.display().to_string()));
            }
            Err(e) => self.error(tr!("export-could-not-start", reason = e.to_string())),
        }
    }

    /// Whether an export is being written.
    pub fn exporting(&self) -> bool {
        self.export_running.is_some()
    }

    /// Reports a finished export.
    pub(crate) fn poll_export(&mut self) {
        let Some(running) = &self.export_running else {
            return;
        };
        let result = match running.result.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => {
                Err((tr!("export-stopped-unexpectedly"), Vec::new()))
            }
        };
        self.export_running = None;
        match result {
            Ok(files) => {
                let kb = files
                    .iter()
                    .map(|(_, size)| size)
                    .sum::<u64>()
                    .div_ceil(1024);
                let text = match files.as_slice() {
                    [(path, _)] => tr!(
                        "export-done",
                        path = path.display().to_string(),
                        kilobytes = kb
                    ),
                    _ => tr!(
                        "export-done-files",
                        count = files.len(),
                        kilobytes = kb,
                        files = file_names(files.iter().map(|(p, _)| p.as_path()))
                    ),
                };
                self.notify(text);
            }
            Err((message, written)) => {
                let after = if written.is_empty() {
                    tr!("export-nothing-written")
                } else {
                    tr!(
                        "export-written-before-stop",
                        files = file_names(written.iter().map(PathBuf::as_path))
                    )
                };
                self.modal = Some(Modal::Error {
                    title: tr!("export-failed-title"),
                    message: format!("{message}\n\n{after}"),
                });
            }
        }
    }
}

/// What one exported file is made from.
// One exists per file being written, briefly: boxing the map would buy nothing.
#[allow(clippy::large_enum_variant)]
enum Content {
    /// A picture of the map.
    Scene(crate::scene::Scene),
    /// A PowerPoint deck: the Scene, and the map it shows (for card notes and arrow ends).
    Deck(Box<(crate::scene::Scene, Map)>, PptxOptions),
    /// The map (already cut to the view) in another program's format.
    Data(DataFormat, Map),
}

impl Content {
    /// Writes the file atomically; the reason in `language` when it fails.
    fn save(
        &self,
        target: &Path,
        options: &ExportOptions,
        language: crate::app::i18n::Language,
    ) -> Result<(), String> {
        match self {
            Content::Scene(scene) => crate::export::save(scene, target, options)
                .map(|_| ())
                .map_err(|e| super::error_words::export_error_in(language, &e)),
            Content::Deck(deck, slides) => {
                crate::export::pptx::save(&deck.0, &deck.1, target, slides)
                    .map_err(|e| super::error_words::export_error_in(language, &e))
            }
            Content::Data(format, map) => {
                let bytes = format.export(map).map_err(|e| {
                    super::error_words::in_language(language, || {
                        super::error_words::data_export_error(&e)
                    })
                })?;
                crate::file::write_atomically(target, &bytes).map_err(|e| {
                    super::error_words::in_language(language, || super::error_words::save_error(&e))
                })
            }
        }
    }
}

/// The files an export writes and what each shows: one file as the dialog says, or one per
/// persona, each with the persona filter set to that persona alone.
pub fn export_runs(map: &Map, setup: &ExportSetup, path: &Path) -> Vec<(PathBuf, LayoutOptions)> {
    let mut shown = setup.shown.clone();
    if !setup.leave_out_hidden {
        shown.hidden_lanes.clear();
    }
    shown.export = match setup.format {
        ExportFormat::Picture(_) | ExportFormat::Slides => Some(ExportFrame {
            title_block: setup.title_block,
            legend: setup.legend,
            date: setup.date,
        }),
        ExportFormat::Data(_) => None,
    };
    let each_persona = setup.each_persona && !map.personas.is_empty();
    crate::export::views(map, &shown, each_persona)
        .into_iter()
        .map(|(options, persona)| {
            let file =
                persona.map_or_else(|| path.to_owned(), |p| crate::export::persona_path(path, p));
            (file, options)
        })
        .collect()
}

/// "a.png, b.png, c.png" (names only, not folders).
fn file_names<'a>(paths: impl Iterator<Item = &'a Path>) -> String {
    paths
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the export dialog decided this frame.
pub enum ExportChoice {
    /// Still choosing.
    Keep,
    /// Cancelled.
    Cancel,
    /// Go on: ask for the file name.
    Export(ExportSetup),
}

/// The export options dialog.
pub fn export_dialog_ui(
    ctx: &egui::Context,
    setup: &mut ExportSetup,
    map: &Map,
    file_name: &str,
) -> ExportChoice {
    let mut choice = ExportChoice::Keep;
    let name = format_name(setup.format);
    // The file's own layout (the first file's, with one per persona): its size and title block
    // are what the dialog reports.
    let layout = matches!(
        setup.format,
        ExportFormat::Picture(_) | ExportFormat::Slides
    )
    .then(|| {
        export_runs(map, setup, Path::new(file_name))
            .into_iter()
            .next()
            .map(|(_, shown)| crate::pivot::lay_out(map, &shown))
    })
    .flatten();
    let response = egui::Modal::new(egui::Id::unique("export dialog")).show(ctx, |ui| {
        ui.set_width(440.0);
        let opened = heading_ui(ui, tr!("export-title", format = name), DialogKind::Dialog);
        ui.add_space(8.0);
        shown_ui(ui, setup, map, file_name);
        if let Some(layout) = &layout {
            ui.add_space(6.0);
            frame_ui(ui, setup, map, layout);
        }
        if let ExportFormat::Picture(format) = setup.format {
            ui.add_space(6.0);
            ui.separator();
            ui.add_space(6.0);
            let size = layout.as_ref().map_or((0.0, 0.0), |l| (l.width, l.height));
            picture_options_ui(ui, format, &mut setup.options, size);
        } else if setup.format == ExportFormat::Slides {
            ui.add_space(6.0);
            ui.separator();
            ui.add_space(6.0);
            slides_options_ui(ui, &mut setup.slides, map.stages.len());
        } else {
            ui.add_space(6.0);
            ui.label(RichText::new(data_note(setup.format)).weak());
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Export has the keyboard: Enter exports with the options shown, Tab walks back
            // through them (Shift+Tab) or on to Cancel.
            let go = ui.button(tr!("export-go"));
            focus_on_open(opened, &go);
            if go.clicked() {
                choice = ExportChoice::Export(setup.clone());
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                choice = ExportChoice::Cancel;
            }
        });
    });
    if response.should_close() && matches!(choice, ExportChoice::Keep) {
        choice = ExportChoice::Cancel;
    }
    choice
}

/// What a data export carries and leaves out, in one sentence.
fn data_note(format: ExportFormat) -> String {
    match format {
        ExportFormat::Data(DataFormat::Mermaid) => tr!("export-data-mermaid-note"),
        _ => tr!("export-data-sheet-note"),
    }
}

/// Scale, text, paper, background and margin of a picture export.
fn picture_options_ui(
    ui: &mut egui::Ui,
    format: Format,
    o: &mut ExportOptions,
    map_size: (f32, f32),
) {
    {
        egui::Grid::new("export options")
            .num_columns(2)
            .min_col_width(LABEL_COLUMN)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                if format == Format::Png {
                    ui.label(tr!("export-scale"));
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::Slider::new(&mut o.scale, SCALE_RANGE)
                                .step_by(0.5)
                                .suffix("×"),
                        )
                        .on_hover_text(tr!("export-scale-tip"));
                        // The very function the PNG writer sizes its file with.
                        let (w, h) = map_size;
                        if let Ok((width, height)) = crate::export::png::pixel_size_for(w, h, o) {
                            let size = tr!("export-pixel-size", width = width, height = height);
                            ui.label(RichText::new(size).weak());
                        }
                    });
                    ui.end_row();
                }
                if format != Format::Png {
                    ui.label(tr!("export-text"));
                    ui.vertical(|ui| {
                        ui.radio_value(&mut o.text, TextMode::Outlines, tr!("export-text-shapes"))
                            .on_hover_text(tr!("export-text-shapes-tip"));
                        ui.radio_value(&mut o.text, TextMode::Text, tr!("export-text-selectable"))
                            .on_hover_text(tr!("export-text-selectable-tip"));
                    });
                    ui.end_row();
                }
                if format == Format::Pdf {
                    let label = ui.label(tr!("export-paper"));
                    egui::ComboBox::from_id_salt("paper")
                        .selected_text(paper_name(o.paper))
                        .show_ui(ui, |ui| {
                            for p in [Paper::Fit, Paper::A4, Paper::A3, Paper::Letter] {
                                ui.selectable_value(&mut o.paper, p, paper_name(p));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                }
                ui.label(tr!("export-background"));
                ui.horizontal(|ui| {
                    let white = matches!(o.background, Background::White);
                    if ui.radio(white, tr!("export-background-white")).clicked() {
                        o.background = Background::White;
                    }
                    let clear = matches!(o.background, Background::Transparent);
                    if ui
                        .radio(clear, tr!("export-background-transparent"))
                        .clicked()
                    {
                        o.background = Background::Transparent;
                    }
                });
                ui.end_row();
                ui.label(tr!("export-margin"));
                ui.add(
                    egui::DragValue::new(&mut o.margin)
                        .range(0.0..=MAX_MARGIN)
                        .speed(1.0)
                        .suffix(" px"),
                )
                .on_hover_text(tr!("export-margin-tip", default = DEFAULT_MARGIN));
                ui.end_row();
            });
    }
}

/// Slides and slide size of a PowerPoint export, and what the deck is.
fn slides_options_ui(ui: &mut egui::Ui, o: &mut PptxOptions, stages: usize) {
    egui::Grid::new("export slides")
        .num_columns(2)
        .min_col_width(LABEL_COLUMN)
        .spacing([16.0, 8.0])
        .show(ui, |ui| {
            ui.label(tr!("export-pptx-slides"));
            ui.vertical(|ui| {
                ui.radio_value(&mut o.slides, Slides::Map, tr!("export-pptx-slides-map"));
                ui.radio_value(
                    &mut o.slides,
                    Slides::Stages,
                    tr!("export-pptx-slides-stages", count = stages + 1),
                );
            });
            ui.end_row();
            let label = ui.label(tr!("export-pptx-size"));
            egui::ComboBox::from_id_salt("slide size")
                .selected_text(slide_size_name(o.size))
                .show_ui(ui, |ui| {
                    for size in SlideSize::ALL {
                        ui.selectable_value(&mut o.size, size, slide_size_name(size));
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
        });
    ui.add_space(4.0);
    ui.label(RichText::new(tr!("export-pptx-note")).weak());
}

fn slide_size_name(size: SlideSize) -> String {
    tr!(match size {
        SlideSize::Wide => "export-pptx-size-wide",
        SlideSize::Standard => "export-pptx-size-standard",
        SlideSize::A4 => "export-pptx-size-a4",
    })
}

/// Width of the dialog's label column, so its two grids line up.
const LABEL_COLUMN: f32 = 80.0;

/// What the file shows: the view's options, spelled out and changeable for this export alone.
fn shown_ui(ui: &mut egui::Ui, setup: &mut ExportSetup, map: &Map, file_name: &str) {
    ui.label(RichText::new(tr!("export-shows")).strong());
    ui.label(RichText::new(tr!("export-shows-note")).weak());
    ui.add_space(4.0);
    let shown = &mut setup.shown;
    egui::Grid::new("export shows")
        .num_columns(2)
        .min_col_width(LABEL_COLUMN)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(tr!("export-journey"));
            egui::ComboBox::from_id_salt("export journey")
                .selected_text(crate::app::i18n::words::state_view(shown.state))
                .show_ui(ui, |ui| {
                    for state in StateView::ALL {
                        ui.selectable_value(
                            &mut shown.state,
                            state,
                            crate::app::i18n::words::state_view(state),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            if !matches!(setup.format, ExportFormat::Data(_)) {
                let label = ui.label(tr!("menu-rows"));
                egui::ComboBox::from_id_salt("export rows")
                    .selected_text(crate::app::i18n::words::rows(shown.rows))
                    .show_ui(ui, |ui| {
                        for rows in crate::pivot::Rows::ALL {
                            ui.selectable_value(
                                &mut shown.rows,
                                rows,
                                crate::app::i18n::words::rows(rows),
                            )
                            .on_hover_text(crate::app::i18n::words::rows_tip(rows));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
            ui.label(tr!("export-personas"));
            ui.vertical(|ui| {
                let names: Vec<&str> = shown
                    .personas
                    .iter()
                    .filter_map(|id| map.persona(*id))
                    .map(|p| p.name.trim())
                    .collect();
                let filter = if setup.each_persona {
                    tr!("export-each-persona-in-turn")
                } else if names.is_empty() {
                    tr!("menu-everyone")
                } else {
                    names.join(", ")
                };
                ui.label(filter)
                    .on_hover_text(tr!("export-persona-filter-tip"));
                ui.add_enabled_ui(!map.personas.is_empty(), |ui| {
                    ui.checkbox(&mut setup.each_persona, tr!("export-each-persona"))
                        .on_hover_text(tr!("export-each-persona-tip"));
                });
                if setup.each_persona
                    && let Some(first) = map.personas.first()
                {
                    let example = crate::export::persona_path(Path::new(file_name), first);
                    let names = tr!(
                        "export-each-persona-names",
                        file = file_name,
                        example = example.display().to_string(),
                        personas = map.personas.len()
                    );
                    ui.label(RichText::new(names).weak().small());
                }
            });
            ui.end_row();
            if matches!(setup.format, ExportFormat::Data(_)) {
                hidden_lanes_row(ui, &mut setup.leave_out_hidden, shown.hidden_lanes.len());
                return;
            }
            ui.label(tr!("export-extras"));
            ui.vertical(|ui| {
                ui.checkbox(&mut shown.insights, tr!("cmd-toggle-insights"))
                    .on_hover_text(tr!("export-insights-tip"));
                ui.checkbox(&mut shown.color_by_owner, tr!("menu-colour-by-owner"))
                    .on_hover_text(tr!("export-colour-by-owner-tip"));
                ui.checkbox(&mut shown.footnotes, tr!("menu-footnotes"))
                    .on_hover_text(tr!("export-footnotes-tip"));
            });
            ui.end_row();
            hidden_lanes_row(ui, &mut setup.leave_out_hidden, shown.hidden_lanes.len());
        });
}

/// The title block and legend switches, and what the file will carry around the map.
fn frame_ui(ui: &mut egui::Ui, setup: &mut ExportSetup, map: &Map, layout: &Layout) {
    egui::Grid::new("export frame")
        .num_columns(2)
        .min_col_width(LABEL_COLUMN)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(tr!("export-around"));
            ui.vertical(|ui| {
                ui.checkbox(&mut setup.title_block, tr!("export-title-block"))
                    .on_hover_text(tr!("export-title-block-tip"));
                ui.checkbox(&mut setup.legend, tr!("export-legend"))
                    .on_hover_text(tr!("export-legend-tip"));
            });
            ui.end_row();
        });
    for line in frame_summary(setup, map, layout) {
        ui.label(RichText::new(line).weak().small());
    }
}

/// What the file carries around the map, in the window's language (the view line quoted as
/// the file shows it, in the map's language).
pub fn frame_summary(setup: &ExportSetup, map: &Map, layout: &Layout) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(block) = &layout.title_block {
        let view: Vec<&str> = block.view.lines.iter().map(|l| l.text.as_ref()).collect();
        let title = map.title.trim();
        lines.push(tr!(
            "export-includes-title",
            title = format!("“{title}”"),
            view = view.join(" ")
        ));
    }
    if let Some(legend) = &layout.persona_legend {
        lines.push(tr!("export-includes-legend", count = legend.entries.len()));
    } else if setup.legend {
        lines.push(tr!("export-includes-no-personas"));
    }
    if lines.is_empty() {
        lines.push(tr!("export-includes-map-only"));
    }
    lines
}

/// "Leave out the 2 hidden lanes", when lanes are hidden.
fn hidden_lanes_row(ui: &mut egui::Ui, leave_out: &mut bool, hidden: usize) {
    if hidden > 0 {
        ui.label(tr!("menu-lanes"));
        ui.checkbox(leave_out, tr!("export-leave-out-hidden", count = hidden));
        ui.end_row();
    }
}

fn paper_name(p: Paper) -> String {
    tr!(match p {
        Paper::Fit => "export-paper-fit",
        Paper::A4 => "export-paper-a4",
        Paper::A3 => "export-paper-a3",
        Paper::Letter => "export-paper-letter",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powerpoint_words_format_in_every_language() {
        use crate::app::i18n::{Arg, Language, check_message};
        let plain = [
            "export-pptx-tip",
            "export-pptx-slides",
            "export-pptx-slides-map",
            "export-pptx-size",
            "export-pptx-size-wide",
            "export-pptx-size-standard",
            "export-pptx-size-a4",
            "export-pptx-note",
        ];
        for language in Language::ALL {
            for id in plain {
                check_message(language, id, &[])
                    .unwrap_or_else(|e| panic!("{language:?} {id}: {e}"));
            }
            for count in [2, 5, 7, 22] {
                let text = check_message(
                    language,
                    "export-pptx-slides-stages",
                    &[("count", Arg::from(count))],
                )
                .unwrap_or_else(|e| panic!("{language:?}: {e}"));
                assert!(text.contains(&count.to_string()), "{language:?}: {text}");
            }
            let text = check_message(
                language,
                "export-pptx-error",
                &[("detail", Arg::from("zip"))],
            )
            .unwrap_or_else(|e| panic!("{language:?}: {e}"));
            assert!(text.contains("zip"), "{language:?}: {text}");
        }
        assert_eq!(ExportFormat::Slides.extension(), "pptx");
        assert_eq!(
            with_extension(Path::new("/m/plan"), ExportFormat::Slides),
            PathBuf::from("/m/plan.pptx")
        );
    }

    #[test]
    fn export_names_get_the_format_extension() {
        assert_eq!(
            with_extension(Path::new("/m/plan"), ExportFormat::Picture(Format::Png)),
            PathBuf::from("/m/plan.png")
        );
        assert_eq!(
            with_extension(Path::new("/m/plan.PDF"), ExportFormat::Picture(Format::Pdf)),
            PathBuf::from("/m/plan.PDF")
        );
        assert_eq!(
            with_extension(Path::new("/m/plan.svg"), ExportFormat::Picture(Format::Png)),
            PathBuf::from("/m/plan.svg.png")
        );
    }
}
