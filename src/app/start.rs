//! The start choices an empty window shows after File > Close: a new map from a template,
//! open, import, or one of the recent files, centred where the canvas was.

use super::files::Pending;
use super::templates::template_name;
use super::{TrailmapApp, UICommand};
use crate::tr;

/// The panel's width; it stays readable in a wide window.
const WIDTH: f32 = 360.0;

impl TrailmapApp {
    pub(crate) fn start_ui(&mut self, ui: &mut egui::Ui) {
        let recent = self.recent.paths().to_vec();
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.add_space((ui.available_height() * 0.15).clamp(16.0, 120.0));
                ui.set_max_width(WIDTH);
                ui.heading(tr!("start-heading"));
                ui.label(tr!("start-hint"));
                ui.add_space(16.0);
                let full = egui::vec2(WIDTH, 0.0);

                ui.label(egui::RichText::new(tr!("menu-new-from-template")).strong());
                for id in crate::templates::ids() {
                    if ui
                        .add(egui::Button::new(template_name(id)).min_size(full))
                        .clicked()
                    {
                        self.request(Pending::NewFromTemplate(id));
                    }
                }
                ui.add_space(12.0);
                for cmd in [UICommand::Open, UICommand::Import] {
                    let button = egui::Button::new(cmd.text()).min_size(full);
                    if ui.add(button).on_hover_text(cmd.tooltip()).clicked() {
                        self.queue(cmd);
                    }
                }
                if !recent.is_empty() {
                    ui.add_space(12.0);
                    ui.label(egui::RichText::new(tr!("menu-open-recent")).strong());
                    for path in &recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into(),
                        );
                        let button = egui::Button::new(name).min_size(full);
                        let clicked = ui
                            .add(button)
                            .on_hover_text(path.display().to_string())
                            .clicked();
                        if clicked {
                            self.request(Pending::OpenPath(path.clone()));
                        }
                    }
                }
            });
        });
    }
}
