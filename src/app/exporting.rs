//! File > Export: the options dialog (scale, background, text mode, paper, margin), the file
//! name, and the export itself on a background thread so a large PNG does not freeze the window.
//!
//! The export draws the same Scene as the canvas, laid out from the map with the lanes the view
//! hides left out (unless the user asks for every lane). Selection and hover never reach it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use egui::RichText;

use super::TrailmapApp;
use super::dialogs::Modal;
use crate::export::{
    Background, DEFAULT_MARGIN, ExportOptions, Format, MAX_MARGIN, Paper, SCALE_RANGE, TextMode,
};
use crate::layout::Layout;

/// What the user chose in the export dialog.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSetup {
    /// SVG, PNG or PDF.
    pub format: Format,
    /// Scale, background, text mode, paper, margin.
    pub options: ExportOptions,
    /// Leave out the lanes hidden in the view.
    pub leave_out_hidden: bool,
}

/// An export running on its own thread.
#[derive(Debug)]
pub struct RunningExport {
    result: Receiver<Result<(PathBuf, u64), String>>,
}

/// A format's name for people.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::Svg => "SVG",
        Format::Png => "PNG",
        Format::Pdf => "PDF",
    }
}

/// `plan` or `plan.txt` becomes `plan.png` for a PNG export; `plan.PNG` stays.
pub fn with_extension(path: &Path, format: Format) -> PathBuf {
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
    pub(crate) fn open_export_dialog(&mut self, format: Format) {
        let mut options = self.last_export.unwrap_or_default();
        if self.last_export.is_none() || self.last_export_format != Some(format) {
            options.text = format.default_text_mode();
        }
        self.modal = Some(Modal::Export(ExportSetup {
            format,
            options,
            leave_out_hidden: true,
        }));
    }

    /// The file name an export suggests: the map file's name with the format's extension.
    pub(crate) fn suggested_export_name(&self, format: Format) -> String {
        let stem = self
            .doc
            .path()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .map(|n| {
                n.trim_end_matches(".ron")
                    .trim_end_matches(".journey")
                    .to_owned()
            })
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "journey-map".to_owned());
        format!("{stem}.{}", format.extension())
    }

    /// Lays the map out as the export should show it and writes the file on a thread.
    pub(crate) fn start_export(&mut self, setup: ExportSetup, path: &Path) {
        let path = with_extension(path, setup.format);
        self.last_export = Some(setup.options);
        self.last_export_format = Some(setup.format);
        // The export shows what the view shows (journey state, personas, owner colours,
        // insights, footnotes), hidden lanes included on request.
        let mut shown = self.view.layout_options();
        if !setup.leave_out_hidden {
            shown.hidden_lanes.clear();
        }
        let map = self.doc.map();
        let layout = Layout::compute_with(map, &shown);
        let scene = crate::scene::build(map, &layout);
        let options = setup.options;
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = self.ctx.clone();
        let target = path.clone();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let result = crate::export::save(&scene, &target, &options)
                    .map(|_| {
                        let size = std::fs::metadata(&target).map_or(0, |m| m.len());
                        (target, size)
                    })
                    .map_err(|e| e.to_string());
                let _ = tx.send(result);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.export_running = Some(RunningExport { result: rx });
                self.notify(format!("Exporting {}…", path.display()));
            }
            Err(e) => self.error(format!("Could not start the export: {e}")),
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
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".to_owned()),
        };
        self.export_running = None;
        match result {
            Ok((path, size)) => {
                let kb = size.div_ceil(1024);
                self.notify(format!("Exported {} ({kb} KB)", path.display()));
            }
            Err(message) => {
                self.modal = Some(Modal::Error {
                    title: "Could not export".to_owned(),
                    message: format!("{message}\n\nNothing was written."),
                });
            }
        }
    }
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
    hidden_lanes: usize,
    map_size: (f32, f32),
) -> ExportChoice {
    let mut choice = ExportChoice::Keep;
    let name = format_name(setup.format);
    let response = egui::Modal::new(egui::Id::unique("export dialog")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading(format!("Export as {name}"));
        ui.add_space(8.0);
        let o = &mut setup.options;
        egui::Grid::new("export options")
            .num_columns(2)
            .spacing([16.0, 8.0])
            .show(ui, |ui| {
                if setup.format == Format::Png {
                    ui.label("Scale");
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::Slider::new(&mut o.scale, SCALE_RANGE)
                                .step_by(0.5)
                                .suffix("×"),
                        )
                        .on_hover_text("Pixels per map unit");
                        let (w, h) = map_size;
                        let px = |v: f32| ((v + 2.0 * o.margin) * o.scale).ceil();
                        ui.label(RichText::new(format!("{} × {} px", px(w), px(h))).weak());
                    });
                    ui.end_row();
                }
                if setup.format != Format::Png {
                    ui.label("Text");
                    ui.vertical(|ui| {
                        ui.radio_value(&mut o.text, TextMode::Outlines, "Shapes")
                            .on_hover_text("Looks right in PowerPoint, Keynote and Word");
                        ui.radio_value(&mut o.text, TextMode::Text, "Selectable text")
                            .on_hover_text(
                                "Searchable and editable; needs a viewer that reads embedded fonts",
                            );
                    });
                    ui.end_row();
                }
                if setup.format == Format::Pdf {
                    ui.label("Paper");
                    egui::ComboBox::from_id_salt("paper")
                        .selected_text(paper_name(o.paper))
                        .show_ui(ui, |ui| {
                            for p in [Paper::Fit, Paper::A4, Paper::A3, Paper::Letter] {
                                ui.selectable_value(&mut o.paper, p, paper_name(p));
                            }
                        });
                    ui.end_row();
                }
                ui.label("Background");
                ui.horizontal(|ui| {
                    let white = matches!(o.background, Background::White);
                    if ui.radio(white, "White").clicked() {
                        o.background = Background::White;
                    }
                    let clear = matches!(o.background, Background::Transparent);
                    if ui.radio(clear, "Transparent").clicked() {
                        o.background = Background::Transparent;
                    }
                });
                ui.end_row();
                ui.label("Margin");
                ui.add(
                    egui::DragValue::new(&mut o.margin)
                        .range(0.0..=MAX_MARGIN)
                        .speed(1.0)
                        .suffix(" px"),
                )
                .on_hover_text(format!("Space around the map (default {DEFAULT_MARGIN})"));
                ui.end_row();
            });
        if hidden_lanes > 0 {
            ui.add_space(6.0);
            ui.checkbox(
                &mut setup.leave_out_hidden,
                format!("Leave out the {hidden_lanes} hidden lane(s)"),
            );
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button("Export…").clicked() {
                choice = ExportChoice::Export(setup.clone());
            }
            if ui.button("Cancel").clicked() {
                choice = ExportChoice::Cancel;
            }
        });
    });
    if response.should_close() && matches!(choice, ExportChoice::Keep) {
        choice = ExportChoice::Cancel;
    }
    choice
}

fn paper_name(p: Paper) -> &'static str {
    match p {
        Paper::Fit => "As large as the map",
        Paper::A4 => "A4 landscape",
        Paper::A3 => "A3 landscape",
        Paper::Letter => "US Letter landscape",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_names_get_the_format_extension() {
        assert_eq!(
            with_extension(Path::new("/m/plan"), Format::Png),
            PathBuf::from("/m/plan.png")
        );
        assert_eq!(
            with_extension(Path::new("/m/plan.PDF"), Format::Pdf),
            PathBuf::from("/m/plan.PDF")
        );
        assert_eq!(
            with_extension(Path::new("/m/plan.svg"), Format::Png),
            PathBuf::from("/m/plan.svg.png")
        );
    }
}
