//! Inspector fields of format 2: whether a card belongs to today's or the target journey and
//! what changes in the target journey, per-persona emotions, a card's own channel, a stage's
//! figures and the map's language.

use egui::RichText;

use super::super::TrailmapApp;
use super::field_id;
use crate::edit::{Command, StageField, TouchpointField};
use crate::model::{
    CardState, Channel, FutureValues, PersonaEmotion, PersonaId, StageId, Touchpoint,
};

/// Languages the number formatting knows, as (tag, name).
const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("pl", "Polski"),
    ("sv", "Svenska"),
    ("nb", "Norsk bokmål"),
    ("da", "Dansk"),
];

impl TrailmapApp {
    /// The map's language (how figures are written on it).
    pub(super) fn language_ui(&mut self, ui: &mut egui::Ui) {
        let current = self.doc.map().language.clone();
        let shown = LANGUAGES
            .iter()
            .find(|(tag, _)| *tag == current || (current.is_empty() && *tag == "en"))
            .map_or(current.as_str(), |(_, name)| *name)
            .to_owned();
        let mut chosen = current.clone();
        egui::ComboBox::from_label("Language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (tag, name) in LANGUAGES {
                    ui.selectable_value(&mut chosen, (*tag).to_owned(), *name);
                }
            })
            .response
            .on_hover_text("How numbers are written on the map (1,234 or 1 234)");
        if chosen != current {
            self.apply(Command::SetLanguage(chosen));
        }
    }

    /// A stage's funnel figures; empty sums its cards.
    pub(super) fn stage_figures_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: StageId,
        reached: Option<u64>,
        converted: Option<u64>,
    ) {
        ui.label(RichText::new("Figures (unticked: the sum of the stage's cards)").weak());
        self.count_ui(ui, "Reached", reached, move |v| Command::SetStage {
            id,
            field: StageField::Reached(v),
        });
        self.count_ui(ui, "Converted", converted, move |v| Command::SetStage {
            id,
            field: StageField::Converted(v),
        });
    }

    /// Today's or the target journey, the card's own channel, per-persona emotions and the
    /// values that change in the target journey.
    pub(super) fn card_journey_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let id = t.id;
        let set = move |field| Command::SetTouchpoint { id, field };

        let mut state = t.state;
        egui::ComboBox::from_label("Journey")
            .selected_text(state.label())
            .show_ui(ui, |ui| {
                for s in CardState::ALL {
                    ui.selectable_value(&mut state, s, s.label());
                }
            })
            .response
            .on_hover_text("Whether the card is part of today's journey, the target one, or both");
        if state != t.state {
            self.apply(set(TouchpointField::State(state)));
        }

        let mut channel = t.channel;
        egui::ComboBox::from_label("Channel")
            .selected_text(channel.map_or("Same as the lane", Channel::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut channel, None, "Same as the lane");
                for c in Channel::ALL {
                    ui.selectable_value(&mut channel, Some(c), c.label());
                }
            });
        if channel != t.channel {
            self.apply(set(TouchpointField::Channel(channel)));
        }

        self.persona_emotions_ui(ui, t);
        if t.state != CardState::Current {
            self.future_values_ui(ui, t);
        }
    }

    fn persona_emotions_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let personas: Vec<(PersonaId, String)> = self
            .doc
            .map()
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect();
        if personas.is_empty() {
            return;
        }
        let id = t.id;
        egui::CollapsingHeader::new("Emotion per persona")
            .id_salt(field_id(id, "persona emotions"))
            .default_open(!t.persona_emotions.is_empty())
            .show(ui, |ui| {
                ui.label(
                    RichText::new("Where a persona feels differently from the card's emotion.")
                        .weak(),
                );
                for (pid, name) in personas {
                    let own = t
                        .persona_emotions
                        .iter()
                        .find(|e| e.persona == pid)
                        .copied();
                    ui.horizontal(|ui| {
                        let mut on = own.is_some();
                        let changed_on = ui.checkbox(&mut on, name.as_str()).changed();
                        let mut list = t.persona_emotions.clone();
                        if changed_on {
                            if on {
                                list.push(PersonaEmotion {
                                    persona: pid,
                                    score: t.emotion.unwrap_or(0),
                                });
                            } else {
                                list.retain(|e| e.persona != pid);
                            }
                            self.apply(Command::SetTouchpoint {
                                id,
                                field: TouchpointField::PersonaEmotions(list),
                            });
                        } else if let Some(mut e) = own {
                            let response = ui
                                .add(egui::Slider::new(&mut e.score, -2..=2))
                                .on_hover_text(format!("{name}'s emotion"));
                            self.track_session(&response, "Edit emotion");
                            if response.changed() {
                                for x in &mut list {
                                    if x.persona == pid {
                                        x.score = e.score;
                                    }
                                }
                                self.apply(Command::SetTouchpoint {
                                    id,
                                    field: TouchpointField::PersonaEmotions(list),
                                });
                            }
                        }
                    });
                }
            });
    }

    fn future_values_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let id = t.id;
        let future = t.future.clone().unwrap_or_default();
        let set_future = move |f: FutureValues| Command::SetTouchpoint {
            id,
            field: TouchpointField::Future((!f.is_empty()).then_some(f)),
        };
        egui::CollapsingHeader::new("In the future journey")
            .id_salt(field_id(id, "future"))
            .default_open(t.future.is_some())
            .show(ui, |ui| {
                ui.label(RichText::new("Tick what changes in the target journey.").weak());
                type Get = fn(&mut FutureValues) -> &mut Option<String>;
                let texts: [(&str, &str, Get, &'static str); 4] = [
                    ("Title", &t.title, |f| &mut f.title, "Edit future title"),
                    (
                        "Customer action",
                        &t.customer_action,
                        |f| &mut f.customer_action,
                        "Edit future action",
                    ),
                    (
                        "Business response",
                        &t.business_response,
                        |f| &mut f.business_response,
                        "Edit future response",
                    ),
                    ("Owner", &t.owner, |f| &mut f.owner, "Edit future owner"),
                ];
                for (label, today, get, undo_label) in texts {
                    let mut f = future.clone();
                    let value = get(&mut f).clone();
                    let mut on = value.is_some();
                    if ui.checkbox(&mut on, label).changed() {
                        *get(&mut f) = on.then(|| today.to_owned());
                        self.apply(set_future(f));
                        continue;
                    }
                    if let Some(v) = value {
                        let field = field_id(id, &format!("future {label}"));
                        let name = format!("Future {}", label.to_lowercase());
                        self.text_field_ui(ui, field, &name, &v, false, undo_label, |text| {
                            let mut f = future.clone();
                            *get(&mut f) = Some(text);
                            set_future(f)
                        });
                    }
                }
                let mut f = future.clone();
                let mut on = f.emotion.is_some();
                ui.horizontal(|ui| {
                    if ui.checkbox(&mut on, "Emotion").changed() {
                        f.emotion = on.then(|| t.emotion.unwrap_or(0));
                        self.apply(set_future(f.clone()));
                    } else if let Some(mut e) = f.emotion {
                        let response = ui
                            .add(egui::Slider::new(&mut e, -2..=2))
                            .on_hover_text("Emotion in the future journey");
                        self.track_session(&response, "Edit future emotion");
                        if response.changed() {
                            f.emotion = Some(e);
                            self.apply(set_future(f.clone()));
                        }
                    }
                });
            });
    }
}
