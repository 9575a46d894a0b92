//! The status bar: which file, whether it is saved, zoom, selection, and the last notice.

use egui::RichText;

use super::TrailmapApp;
use super::i18n::words;
use crate::tr;

impl TrailmapApp {
    /// The bar at the bottom of the window.
    pub(crate) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(self.doc.display_name()).strong())
                .on_hover_text(
                    self.doc
                        .path()
                        .map_or_else(|| tr!("status-not-saved-yet"), |p| p.display().to_string()),
                );
            if self.doc.is_dirty() {
                let color = ui.visuals().warn_fg_color;
                let (dot, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
                ui.painter().circle_filled(dot.center(), 4.0, color);
                ui.label(RichText::new(tr!("status-unsaved")).color(color));
            } else if self.doc.path().is_some() {
                ui.label(RichText::new(tr!("status-saved")).weak());
            }
            let map = self.doc.map();
            let names: Vec<&str> = self
                .view
                .personas
                .iter()
                .filter_map(|id| map.persona(*id))
                .map(|p| p.name.as_str())
                .collect();
            if !names.is_empty() || self.view.state != crate::layout::StateView::Current {
                ui.separator();
                let mut shown = words::state_view(self.view.state);
                if !names.is_empty() {
                    shown.push_str(" · ");
                    shown.push_str(&names.join(", "));
                }
                ui.label(shown).on_hover_text(tr!("status-view-tip"));
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                let text = RichText::new(&notice.text);
                let text = if notice.error {
                    text.color(ui.visuals().error_fg_color)
                } else {
                    text.weak()
                };
                ui.add(egui::Label::new(text).truncate());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(format!("{:.0} %", self.view.zoom * 100.0))
                    .on_hover_text(tr!("status-zoom-tip"));
                ui.separator();
                let n = self.view.selection.len();
                let map = self.doc.map();
                let counts = tr!(
                    "status-counts",
                    stages = map.stages.len(),
                    lanes = map.lanes.len(),
                    touchpoints = map.touchpoints.len()
                );
                match n {
                    0 => ui.label(RichText::new(counts).weak()),
                    n => ui.label(tr!("status-selected", count = n)),
                };
            });
        });
    }
}
