//! The inspector's part of persona lanes: on a lane, the "Lane for persona" choice (none or
//! one of the map's personas); on a card in a persona lane, a hint when the card is tagged for
//! other personas too, or not for the lane's persona.

use egui::RichText;

use super::super::TrailmapApp;
use crate::edit::{Command, LaneField};
use crate::model::{Lane, PersonaId, Touchpoint};
use crate::tr;

impl TrailmapApp {
    /// The lane's persona: a dropdown of "None" and the map's personas, named "Lane for
    /// persona" for screen readers. A metrics lane says why it has none instead.
    pub(super) fn lane_persona_ui(&mut self, ui: &mut egui::Ui, lane: &Lane) {
        let map = self.doc.map();
        if map.personas.is_empty() {
            return;
        }
        if !lane.kind.can_be_for_persona() {
            ui.label(RichText::new(tr!("lane-persona-metrics")).weak().small());
            return;
        }
        let personas: Vec<(PersonaId, String)> = map
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect();
        let name_of =
            |p: Option<PersonaId>| match p.and_then(|p| personas.iter().find(|x| x.0 == p)) {
                Some((_, name)) => name.clone(),
                None => tr!("lane-persona-none"),
            };
        let current = lane.persona.filter(|p| map.persona(*p).is_some());
        let mut chosen = current;
        egui::ComboBox::from_label(tr!("lane-persona-label"))
            .selected_text(name_of(current))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, tr!("lane-persona-none"));
                for (id, name) in &personas {
                    ui.selectable_value(&mut chosen, Some(*id), name);
                }
            })
            .response
            .on_hover_text(tr!("lane-persona-tip"));
        if chosen != current {
            self.apply(Command::SetLane {
                id: lane.id,
                field: LaneField::Persona(chosen),
            });
        }
    }

    /// Under a card's personas: what its persona lane means for it.
    pub(super) fn card_lane_persona_hint_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let map = self.doc.map();
        let Some(lane_persona) = map
            .lane(t.lane)
            .and_then(Lane::for_persona)
            .and_then(|p| map.persona(p))
        else {
            return;
        };
        let others: Vec<&str> = t
            .personas
            .iter()
            .filter(|p| **p != lane_persona.id)
            .filter_map(|p| map.persona(*p))
            .map(|p| p.name.as_str())
            .collect();
        let hint = if !t.personas.is_empty() && !t.personas.contains(&lane_persona.id) {
            tr!(
                "lane-persona-card-missing",
                persona = lane_persona.name.clone()
            )
        } else if !others.is_empty() {
            tr!(
                "lane-persona-card-others",
                persona = lane_persona.name.clone(),
                others = others.join(", ")
            )
        } else {
            return;
        };
        ui.label(RichText::new(hint).weak().small());
    }
}
