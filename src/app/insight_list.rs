//! The insights side panel (View > Insights): every campaign overlap of the journey the view
//! shows, and every cell a chosen persona is not reached in, as a list; clicking an entry selects
//! the overlap's cards or highlights the gap's cell on the canvas and scrolls it into view.
//!
//! The list is read from the canvas's layout (`Layout::markers`), the same insights the canvas
//! marks, so the two always agree: same view, same hidden lanes, same personas. Picking an
//! entry changes only view state (selection, highlight, scroll), never the map or the history.

use egui::{Color32, RichText};

use super::TrailmapApp;
use super::commands::UICommand;
use super::theme::color32;
use super::view::{Highlight, Selected};
use crate::layout::InsightKind;
use crate::model::{Cell, LaneKind, Map};
use crate::scene::palette;
use crate::tr;

/// One line of the list.
struct Entry {
    cell: Cell,
    kind: InsightKind,
    /// "Overlap: Spring sale ×2 — Awareness · Website".
    text: String,
    /// What clicking it does, and what it is about.
    tooltip: String,
    /// The dot in front of it: amber for overlaps, red for gaps (as the explanation says).
    color: Color32,
}

/// The colour an overlap is picked out in (as on the canvas).
fn overlap_color() -> Color32 {
    color32(palette::CHANGED)
}

/// The trimmed name, or the message `unnamed` (looked up only when needed).
fn name_or(name: &str, unnamed: &str) -> String {
    if name.trim().is_empty() {
        tr!(unnamed)
    } else {
        name.trim().to_owned()
    }
}

/// "Awareness · Website".
fn cell_name(map: &Map, cell: Cell) -> String {
    let stage = map.stage(cell.stage).map_or("", |s| s.name.as_str());
    let lane = map.lane(cell.lane).map_or("", |l| l.name.as_str());
    format!(
        "{} · {}",
        name_or(stage, "insights-unnamed-stage"),
        name_or(lane, "insights-unnamed-lane")
    )
}

/// The words of an insight marker: its group (overlaps 0, gaps 1), its entry in the list, its
/// explanation and its colour. The list and the screen reader's node say the same.
pub(crate) fn marker_words(
    map: &Map,
    m: &crate::layout::InsightMarker,
) -> (u8, String, String, egui::Color32) {
    let place = cell_name(map, m.cell);
    match &m.kind {
        InsightKind::Overlap { campaign, cards } => {
            let titles: Vec<String> = cards
                .iter()
                .filter_map(|id| map.touchpoint(*id))
                .map(|t| tr!("insights-card-title", title = crate::model::short(&t.title)))
                .collect();
            (
                0,
                tr!(
                    "insights-overlap-entry",
                    campaign = campaign.as_str(),
                    count = cards.len(),
                    place = place,
                ),
                tr!(
                    "insights-overlap-tip",
                    cards = titles.join(", "),
                    campaign = campaign.as_str(),
                ),
                overlap_color(),
            )
        }
        InsightKind::Gap { persona } => {
            let p = map.persona(*persona);
            let name = p.map_or_else(
                || "?".to_owned(),
                |p| name_or(&p.name, "insights-unnamed-persona"),
            );
            (
                1,
                tr!("insights-gap-entry", persona = name.as_str(), place = place),
                tr!("insights-gap-tip", persona = name),
                color32(palette::REMOVED),
            )
        }
    }
}

/// The entries of the insights marked on the map: overlaps first, then gaps, each in stage then
/// lane order (as a reader scans the map).
fn entries(map: &Map, markers: &[crate::layout::InsightMarker]) -> Vec<Entry> {
    let mut list: Vec<(u8, usize, usize, Entry)> = markers
        .iter()
        .map(|m| {
            let (group, text, tooltip, color) = marker_words(map, m);
            let order = (
                map.stage_index(m.cell.stage).unwrap_or(usize::MAX),
                map.lane_index(m.cell.lane).unwrap_or(usize::MAX),
            );
            (
                group,
                order.0,
                order.1,
                Entry {
                    cell: m.cell,
                    kind: m.kind.clone(),
                    text,
                    tooltip,
                    color,
                },
            )
        })
        .collect();
    list.sort_by_key(|(group, stage, lane, _)| (*group, *stage, *lane));
    list.into_iter().map(|(_, _, _, e)| e).collect()
}

impl TrailmapApp {
    /// The insights side panel's content.
    pub(crate) fn insight_list_ui(&mut self, ui: &mut egui::Ui) {
        // The canvas is drawn after this panel: bring its layout up to date first, so the list
        // never shows last frame's insights.
        self.canvas.refresh(&self.doc, &self.view);
        let map = self.doc.map();
        let list = self
            .canvas
            .layout()
            .map(|l| entries(map, &l.markers))
            .unwrap_or_default();
        // A picked insight that the map no longer has (its gap was filled) is dropped.
        if self
            .view
            .highlight
            .as_ref()
            .is_some_and(|h| !list.iter().any(|e| e.cell == h.cell && e.kind == h.kind))
        {
            self.view.highlight = None;
        }

        ui.add_space(4.0);
        ui.horizontal(|ui| {
            super::inspector::heading(ui, &tr!("insights-heading"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let cmd = UICommand::ToggleInsights;
                let shortcut = cmd
                    .shortcut()
                    .map(|s| crate::app::i18n::format_shortcut(ui.ctx(), &s))
                    .unwrap_or_default();
                if ui
                    .small_button(tr!("insights-hide"))
                    .on_hover_text(tr!("insights-hide-tip", shortcut = shortcut))
                    .clicked()
                {
                    self.queue(cmd);
                }
            });
        });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width() - 8.0);
                self.insight_explanation_ui(ui);
                ui.separator();
                self.insight_entries_ui(ui, &list);
                ui.add_space(8.0);
            });
    }

    /// What the two kinds of insight mean, and for whom gaps are looked for.
    fn insight_explanation_ui(&mut self, ui: &mut egui::Ui) {
        let map = self.doc.map();
        let dot = |ui: &mut egui::Ui, color: Color32| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 14.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 4.5, color);
        };
        ui.horizontal_wrapped(|ui| {
            dot(ui, overlap_color());
            ui.label(RichText::new(tr!("insights-overlap")).strong());
            ui.label(RichText::new(tr!("insights-overlap-explained")).weak());
        });
        ui.add_space(2.0);
        ui.horizontal_wrapped(|ui| {
            dot(ui, color32(palette::REMOVED));
            ui.label(RichText::new(tr!("insights-not-reached")).strong());
            ui.label(RichText::new(tr!("insights-not-reached-explained")).weak());
        });
        ui.add_space(4.0);
        let chosen: Vec<String> = self
            .view
            .personas
            .iter()
            .filter_map(|id| map.persona(*id))
            .map(|p| name_or(&p.name, "insights-unnamed-persona"))
            .collect();
        let has_personas = !map.personas.is_empty();
        let state = crate::app::i18n::words::state_view(self.view.state);
        if chosen.is_empty() {
            ui.label(
                RichText::new(if has_personas {
                    tr!("insights-choose-personas-hint")
                } else {
                    tr!("insights-add-personas-hint")
                })
                .italics(),
            );
        } else {
            // Persona names often hold commas ("Maya, Gen-Z sneakerhead"): list them with ";".
            let names = chosen.join("; ");
            ui.label(
                RichText::new(tr!("insights-gaps-for", view = state, personas = names)).weak(),
            );
        }
        if has_personas {
            ui.menu_button(tr!("insights-choose-personas"), |ui| {
                self.persona_filter_ui(ui)
            })
            .response
            .on_hover_text(tr!("insights-choose-personas-tip"));
        }
    }

    fn insight_entries_ui(&mut self, ui: &mut egui::Ui, list: &[Entry]) {
        if list.is_empty() {
            self.insights_empty_ui(ui);
            return;
        }
        let overlaps = list
            .iter()
            .filter(|e| matches!(e.kind, InsightKind::Overlap { .. }))
            .count();
        let gaps = list.len() - overlaps;
        // Say so when one kind has nothing to report, rather than leave its heading out.
        if overlaps == 0 {
            ui.add_space(4.0);
            ui.label(RichText::new(tr!("insights-no-overlaps")).weak());
        }
        let mut picked = None;
        for (i, e) in list.iter().enumerate() {
            if i == 0 || i == overlaps {
                let title = if i < overlaps {
                    tr!("insights-overlaps-heading", count = overlaps)
                } else {
                    tr!("insights-gaps-heading", count = gaps)
                };
                ui.add_space(4.0);
                ui.label(RichText::new(title).strong());
            }
            let selected = self
                .view
                .highlight
                .as_ref()
                .is_some_and(|h| h.cell == e.cell && h.kind == e.kind);
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
                ui.painter().circle_filled(rect.center(), 4.5, e.color);
                let button = egui::Button::selectable(selected, e.text.as_str()).wrap();
                if ui.add(button).on_hover_text(&e.tooltip).clicked() {
                    picked = Some((e.cell, e.kind.clone()));
                }
            });
        }
        if gaps == 0 && !self.view.personas.is_empty() {
            ui.add_space(4.0);
            ui.label(RichText::new(tr!("insights-all-reached")).weak());
        }
        if let Some((cell, kind)) = picked {
            self.pick_insight(cell, kind);
        }
    }

    fn insights_empty_ui(&mut self, ui: &mut egui::Ui) {
        let map = self.doc.map();
        ui.add_space(6.0);
        ui.label(RichText::new(tr!("insights-nothing-to-report")).strong());
        let has_channels = map
            .lanes
            .iter()
            .any(|l| l.kind == LaneKind::Channel && !self.view.hidden_lanes.contains(&l.id));
        let text = if !has_channels {
            tr!("insights-no-channel-lanes")
        } else if self.view.personas.is_empty() {
            tr!("insights-no-overlap-found")
        } else {
            tr!("insights-nothing-found")
        };
        ui.label(RichText::new(text).weak());
        if !self.view.hidden_lanes.is_empty() {
            ui.label(RichText::new(tr!("insights-hidden-lanes")).weak().small());
        }
    }

    /// Shows an insight on the canvas: an overlap selects its cards, a gap highlights its cell
    /// (new cards go there); either way the cell is outlined and scrolled into view.
    pub(crate) fn pick_insight(&mut self, cell: Cell, kind: InsightKind) {
        let sel = &mut self.view.selection;
        match &kind {
            InsightKind::Overlap { cards, .. } => {
                sel.set_all(cards.iter().map(|id| Selected::Touchpoint(*id)));
            }
            InsightKind::Gap { .. } => sel.clear(),
        }
        sel.cell = Some(cell);
        self.view.highlight = Some(Highlight::new(cell, kind, sel.clone()));
        self.canvas.reveal_cell(cell);
    }
}
