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

fn name_or<'a>(name: &'a str, unnamed: &'a str) -> &'a str {
    if name.trim().is_empty() {
        unnamed
    } else {
        name.trim()
    }
}

/// "Awareness · Website".
fn cell_name(map: &Map, cell: Cell) -> String {
    let stage = map.stage(cell.stage).map_or("", |s| s.name.as_str());
    let lane = map.lane(cell.lane).map_or("", |l| l.name.as_str());
    format!(
        "{} · {}",
        name_or(stage, "(unnamed stage)"),
        name_or(lane, "(unnamed lane)")
    )
}

/// The entries of the insights marked on the map: overlaps first, then gaps, each in stage then
/// lane order (as a reader scans the map).
fn entries(map: &Map, markers: &[crate::layout::InsightMarker]) -> Vec<Entry> {
    let mut list: Vec<(u8, usize, usize, Entry)> = markers
        .iter()
        .map(|m| {
            let place = cell_name(map, m.cell);
            let (group, text, tooltip, color) = match &m.kind {
                InsightKind::Overlap { campaign, cards } => {
                    let titles: Vec<String> = cards
                        .iter()
                        .filter_map(|id| map.touchpoint(*id))
                        .map(|t| format!("“{}”", crate::model::short(&t.title)))
                        .collect();
                    (
                        0,
                        format!("Overlap: {campaign} ×{} — {place}", cards.len()),
                        format!(
                            "{} run “{campaign}”. Click to select them.",
                            titles.join(", ")
                        ),
                        overlap_color(),
                    )
                }
                InsightKind::Gap { persona } => {
                    let p = map.persona(*persona);
                    let name = p.map_or("?", |p| name_or(&p.name, "(unnamed persona)"));
                    (
                        1,
                        format!("Not reached: {name} — {place}"),
                        format!(
                            "No card of this cell speaks to {name}. Click to show the cell; \
                             Insert > Touchpoint adds a card there."
                        ),
                        color32(palette::REMOVED),
                    )
                }
            };
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
            super::inspector::heading(ui, "Insights");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let cmd = UICommand::ToggleInsights;
                let shortcut = cmd
                    .shortcut()
                    .map(|s| crate::app::i18n::format_shortcut(ui.ctx(), &s))
                    .unwrap_or_default();
                if ui
                    .small_button("Hide")
                    .on_hover_text(format!("Hide the insights ({shortcut})"))
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
            ui.label(RichText::new("Overlap").strong());
            ui.label(
                RichText::new(
                    "two or more cards of one channel run the same campaign in one stage: \
                     you may be paying twice to say the same thing.",
                )
                .weak(),
            );
        });
        ui.add_space(2.0);
        ui.horizontal_wrapped(|ui| {
            dot(ui, color32(palette::REMOVED));
            ui.label(RichText::new("Not reached").strong());
            ui.label(
                RichText::new(
                    "a chosen persona uses this channel elsewhere in the journey, but no card \
                     here speaks to them.",
                )
                .weak(),
            );
        });
        ui.add_space(4.0);
        let chosen: Vec<String> = self
            .view
            .personas
            .iter()
            .filter_map(|id| map.persona(*id))
            .map(|p| name_or(&p.name, "(unnamed persona)").to_owned())
            .collect();
        let has_personas = !map.personas.is_empty();
        let state = crate::app::i18n::words::state_view(self.view.state);
        if chosen.is_empty() {
            ui.label(
                RichText::new(if has_personas {
                    "Choose personas in View > Personas to see where they are not reached."
                } else {
                    "Add personas to the map, then choose them in View > Personas to see where \
                     they are not reached."
                })
                .italics(),
            );
        } else {
            // Persona names often hold commas ("Maya, Gen-Z sneakerhead"): list them with ";".
            let names = chosen.join("; ");
            ui.label(RichText::new(format!("{state} · gaps for {names}")).weak());
        }
        if has_personas {
            ui.menu_button("Choose personas", |ui| self.persona_filter_ui(ui))
                .response
                .on_hover_text("The persona filter of View > Personas");
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
            ui.label(RichText::new("No campaign overlaps.").weak());
        }
        let mut picked = None;
        for (i, e) in list.iter().enumerate() {
            if i == 0 || i == overlaps {
                let (title, n) = if i < overlaps {
                    ("Campaign overlaps", overlaps)
                } else {
                    ("Not reached", gaps)
                };
                ui.add_space(4.0);
                ui.label(RichText::new(format!("{title} ({n})")).strong());
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
            ui.label(
                RichText::new(
                    "Not reached: none. The chosen personas are reached wherever they use a \
                     channel.",
                )
                .weak(),
            );
        }
        if let Some((cell, kind)) = picked {
            self.pick_insight(cell, kind);
        }
    }

    fn insights_empty_ui(&mut self, ui: &mut egui::Ui) {
        let map = self.doc.map();
        ui.add_space(6.0);
        ui.label(RichText::new("Nothing to report").strong());
        let has_channels = map
            .lanes
            .iter()
            .any(|l| l.kind == LaneKind::Channel && !self.view.hidden_lanes.contains(&l.id));
        let text = if !has_channels {
            "Insights look at channel lanes, and this view shows none.".to_owned()
        } else if self.view.personas.is_empty() {
            "No campaign runs on two cards of one channel in one stage.".to_owned()
        } else {
            "No campaign runs on two cards of one channel in one stage, and the chosen personas \
             are reached wherever they use a channel."
                .to_owned()
        };
        ui.label(RichText::new(text).weak());
        if !self.view.hidden_lanes.is_empty() {
            ui.label(RichText::new("Hidden lanes are left out.").weak().small());
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
