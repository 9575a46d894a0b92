//! The status bar: which file, whether it is saved, zoom, selection, and the last notice.

use egui::RichText;

use super::TrailmapApp;
use super::i18n::words;
use crate::fonts::{UndrawableText, undrawable_texts};
use crate::model::{ItemRef, Map, short};
use crate::tr;

/// Items the notice names before it says "and N more".
const NAMED_ITEMS: usize = 3;
/// Characters it shows per item.
const SHOWN_CHARS: usize = 4;

/// The warning for a map whose texts hold characters no bundled font draws (they show as
/// empty boxes on the canvas and in every export), in the window's language; `None` when
/// every character draws.
pub(crate) fn undrawable_notice(map: &Map) -> Option<String> {
    let found = undrawable_texts(map);
    if found.is_empty() {
        return None;
    }
    let mut items: Vec<String> = found
        .iter()
        .take(NAMED_ITEMS)
        .map(|f| undrawable_item(map, f))
        .collect();
    if found.len() > NAMED_ITEMS {
        items.push(tr!(
            "glyphs-missing-more",
            count = found.len() - NAMED_ITEMS
        ));
    }
    Some(tr!("glyphs-missing", items = items.join(", ")))
}

/// One item of the warning: `card “Checkout שלום” (ש U+05E9, …)`.
fn undrawable_item(map: &Map, found: &UndrawableText) -> String {
    let mut chars: Vec<String> = found
        .chars
        .iter()
        .take(SHOWN_CHARS)
        .map(|c| format!("{c} U+{:04X}", u32::from(*c)))
        .collect();
    if found.chars.len() > SHOWN_CHARS {
        chars.push("…".to_owned());
    }
    let chars = chars.join(", ");
    let name = |text: &str, id: u32| {
        if text.trim().is_empty() {
            format!("#{id}")
        } else {
            short(text)
        }
    };
    match found.item {
        ItemRef::Map => tr!(
            "glyphs-missing-map",
            name = short(&map.title),
            chars = chars
        ),
        ItemRef::Persona(id) => {
            let n = name(map.persona(id).map_or("", |p| &p.name), id.0);
            tr!("glyphs-missing-persona", name = n, chars = chars)
        }
        ItemRef::Stage(id) => {
            let n = name(map.stage(id).map_or("", |s| &s.name), id.0);
            tr!("glyphs-missing-stage", name = n, chars = chars)
        }
        ItemRef::Lane(id) => {
            let n = name(map.lane(id).map_or("", |l| &l.name), id.0);
            tr!("glyphs-missing-lane", name = n, chars = chars)
        }
        ItemRef::Touchpoint(id) => {
            let n = name(map.touchpoint(id).map_or("", |t| &t.title), id.0);
            tr!("glyphs-missing-card", name = n, chars = chars)
        }
        ItemRef::Connector(id) => {
            let label = map.connectors.iter().find(|c| c.id == id);
            let n = name(label.map_or("", |c| &c.label), id.0);
            tr!("glyphs-missing-connector", name = n, chars = chars)
        }
    }
}

impl TrailmapApp {
    /// The bar at the bottom of the window.
    pub(crate) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        if self.closed {
            // No map: no name, counts or zoom to show, only what was last said.
            if let Some(notice) = &self.notice {
                ui.add(egui::Label::new(RichText::new(&notice.text).weak()).truncate());
            }
            return;
        }
        // The counts and the zoom on the right take their room first; the name, the saved
        // state, the view and the last message share what is left and are cut short with "…"
        // in a narrow window instead of running under the counts.
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
                0 => ui.add(egui::Label::new(RichText::new(counts).weak()).truncate()),
                n => ui.add(egui::Label::new(tr!("status-selected", count = n)).truncate()),
            };
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                self.status_left_ui(ui);
            });
        });
    }

    fn status_left_ui(&mut self, ui: &mut egui::Ui) {
        ui.add(egui::Label::new(RichText::new(self.doc.display_name()).strong()).truncate())
            .on_hover_text(
                self.doc
                    .path()
                    .map_or_else(|| tr!("status-not-saved-yet"), |p| p.display().to_string()),
            );
        if self.doc.is_dirty() {
            let color = ui.visuals().warn_fg_color;
            let (dot, _) = ui.allocate_exact_size(egui::vec2(8.0, 8.0), egui::Sense::hover());
            ui.painter().circle_filled(dot.center(), 4.0, color);
            ui.add(egui::Label::new(RichText::new(tr!("status-unsaved")).color(color)).truncate());
        } else if self.doc.path().is_some() {
            ui.add(egui::Label::new(RichText::new(tr!("status-saved")).weak()).truncate());
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
            ui.add(egui::Label::new(shown).truncate())
                .on_hover_text(tr!("status-view-tip"));
        }
        if let Some(notice) = &self.notice {
            ui.separator();
            let text = RichText::new(&notice.text);
            let text = if notice.error {
                text.color(ui.visuals().error_fg_color)
            } else {
                text.weak()
            };
            ui.add(egui::Label::new(text).truncate())
                .on_hover_text(&notice.text);
        }
    }
}
