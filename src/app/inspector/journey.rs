//! Inspector fields of format 2: whether a card belongs to today's or the target journey and
//! what changes in the target journey, per-persona emotions, a card's own channel, a stage's
//! figures and the map's language.

use egui::RichText;

use super::super::TrailmapApp;
use super::super::theme::color32;
use super::{Count, emotion_word, field_id, join_list};
use crate::edit::{Command, StageField, TouchpointField};
use crate::insights::{format_count, format_percent};
use crate::layout::StateView;
use crate::model::{
    CardState, FutureField, FutureValues, PersonaEmotion, PersonaId, StageId, Touchpoint,
};
use crate::scene::palette;
use crate::tr;

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
        egui::ComboBox::from_label(tr!("inspector-map-language"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for (tag, name) in LANGUAGES {
                    ui.selectable_value(&mut chosen, (*tag).to_owned(), *name);
                }
            })
            .response
            .on_hover_text(tr!("inspector-map-language-tip"));
        if chosen != current && self.apply(Command::SetLanguage(chosen)) {
            self.offer_default_renames();
        }
        self.default_renames_offer_ui(ui);
    }

    /// A stage's funnel figures; empty sums its cards.
    pub(super) fn stage_figures_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: StageId,
        reached: Option<u64>,
        converted: Option<u64>,
    ) {
        ui.label(RichText::new(tr!("inspector-figures-hint")).weak());
        self.count_ui(ui, Count::Reached, reached, move |v| Command::SetStage {
            id,
            field: StageField::Reached(v),
        });
        self.count_ui(ui, Count::Converted, converted, move |v| {
            Command::SetStage {
                id,
                field: StageField::Converted(v),
            }
        });
        ui.add_space(4.0);
        self.stage_funnel_ui(ui, id);
    }

    /// The stage's place in the funnel of the journey the view shows: what the canvas's metrics
    /// lane draws, in words, written for the map's language.
    fn stage_funnel_ui(&mut self, ui: &mut egui::Ui, id: StageId) {
        let map = self.doc.map();
        let state = self.view.state;
        let funnel = crate::insights::funnel_of(map, |t| state.shows(t));
        let Some(i) = funnel.stages.iter().position(|s| s.stage == id) else {
            return;
        };
        let f = &funnel.stages[i];
        let lang = map.language.as_str();
        let own = map.stage(id).is_some_and(|s| s.reached.is_some());
        let next = map.stages.get(i + 1).map(|s| s.name.trim().to_owned());
        let heading = tr!(match state {
            StateView::Current => "inspector-funnel",
            StateView::Future => "inspector-funnel-future",
            StateView::Compare => "inspector-funnel-compare",
        });
        ui.label(RichText::new(heading).strong());
        if f.reached.is_none() && f.converted.is_none() {
            ui.label(RichText::new(tr!("inspector-funnel-no-figures")).weak());
            return;
        }
        let count = |n: Option<u64>| n.map_or("–".to_owned(), |n| format_count(n, lang));
        let share = |x: Option<f64>| x.map_or("–".to_owned(), |x| format_percent(x, lang));
        let worst = funnel.worst_drop == Some(i);
        egui::Grid::new(("stage funnel", id))
            .num_columns(2)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                ui.label(Count::Reached.label());
                ui.label(count(f.reached)).on_hover_text(if own {
                    tr!("inspector-reached-own-tip")
                } else {
                    tr!("inspector-reached-sum-tip")
                });
                ui.end_row();
                ui.label(Count::Converted.label());
                ui.label(count(f.converted));
                ui.end_row();
                ui.label(tr!("inspector-conversion"));
                ui.label(share(f.conversion));
                ui.end_row();
                if next.is_some() {
                    ui.label(tr!("inspector-drop-off"));
                    let text = RichText::new(share(f.drop_off));
                    let text = if worst {
                        text.strong().color(color32(palette::REMOVED))
                    } else {
                        text
                    };
                    ui.label(text);
                    ui.end_row();
                }
            });
        match next {
            Some(next) if f.drop_off.is_some() => {
                let text = if next.is_empty() {
                    tr!("inspector-drop-off-next-stage")
                } else {
                    tr!("inspector-drop-off-stage", stage = next)
                };
                ui.label(RichText::new(text).weak());
            }
            Some(_) => {
                ui.label(RichText::new(tr!("inspector-no-drop-off")).weak());
            }
            None => {
                ui.label(RichText::new(tr!("inspector-last-stage")).weak());
            }
        }
        if worst {
            ui.label(
                RichText::new(tr!("inspector-worst-drop-off"))
                    .strong()
                    .color(color32(palette::REMOVED)),
            );
        }
    }

    /// What the compare view says about a card: new, dropped, or which fields change, with
    /// today's and the future value side by side.
    pub(super) fn card_compare_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let frame = |color: crate::model::Color| {
            egui::Frame::new()
                .fill(color32(color).gamma_multiply(0.08))
                .stroke(egui::Stroke::new(1.0, color32(color).gamma_multiply(0.6)))
                .corner_radius(4.0)
                .inner_margin(6.0)
        };
        match t.state {
            CardState::Future => {
                frame(palette::ADDED).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(tr!("inspector-added"))
                            .strong()
                            .color(color32(palette::ADDED)),
                    );
                    ui.label(tr!("inspector-added-detail"));
                });
            }
            CardState::Current => {
                frame(palette::REMOVED).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(tr!("inspector-removed"))
                            .strong()
                            .color(color32(palette::REMOVED)),
                    );
                    ui.label(tr!("inspector-removed-detail"));
                });
            }
            CardState::Both => {
                let changes = t.future_changes();
                if changes.is_empty() {
                    ui.label(RichText::new(tr!("inspector-unchanged")).weak());
                    return;
                }
                let future = t.in_future().unwrap_or_else(|| t.clone());
                frame(palette::CHANGED).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let n = changes.len();
                    ui.label(
                        RichText::new(tr!("inspector-changed", count = n))
                            .strong()
                            .color(color32(palette::CHANGED).gamma_multiply(0.8)),
                    );
                    side_by_side(
                        ui,
                        |ui| ui.label(RichText::new(tr!("inspector-today")).weak()),
                        |ui| ui.label(RichText::new(tr!("inspector-future")).weak()),
                    );
                    for field in changes {
                        ui.add_space(2.0);
                        ui.label(
                            RichText::new(crate::app::i18n::words::future_field(field)).strong(),
                        );
                        side_by_side(
                            ui,
                            |ui| value_label(ui, &field_text(t, field), false),
                            |ui| value_label(ui, &field_text(&future, field), true),
                        );
                    }
                });
            }
        }
    }

    /// Today's or the target journey, the card's own channel, per-persona emotions and the
    /// values that change in the target journey.
    pub(super) fn card_journey_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let id = t.id;
        let set = move |field| Command::SetTouchpoint { id, field };

        let mut state = t.state;
        egui::ComboBox::from_label(tr!("inspector-journey"))
            .selected_text(crate::app::i18n::words::card_state(state))
            .show_ui(ui, |ui| {
                for s in CardState::ALL {
                    ui.selectable_value(&mut state, s, crate::app::i18n::words::card_state(s));
                }
            })
            .response
            .on_hover_text(tr!("inspector-journey-tip"));
        if state != t.state {
            self.apply(set(TouchpointField::State(state)));
        }

        let mut channel = t.channel;
        super::fields::channel_choice_ui(ui, &mut channel, &tr!("inspector-same-as-lane"));
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
        egui::CollapsingHeader::new(tr!("inspector-persona-emotions"))
            .id_salt(field_id(id, "persona emotions"))
            .default_open(!t.persona_emotions.is_empty())
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("inspector-persona-emotions-hint")).weak());
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
                                .on_hover_text(tr!(
                                    "inspector-persona-emotion-tip",
                                    persona = name.as_str()
                                ));
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
        egui::CollapsingHeader::new(tr!("inspector-in-future"))
            .id_salt(field_id(id, "future"))
            .default_open(t.future.is_some())
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("inspector-in-future-hint")).weak());
                type Get = fn(&mut FutureValues) -> &mut Option<String>;
                // (field id, checkbox, field label, today's value, the value, undo step)
                let texts: [(&str, String, String, &str, Get, &'static str); 4] = [
                    (
                        "Title",
                        tr!("inspector-title"),
                        tr!("inspector-future-title"),
                        &t.title,
                        |f| &mut f.title,
                        "Edit future title",
                    ),
                    (
                        "Customer action",
                        tr!("inspector-customer-action"),
                        tr!("inspector-future-customer-action"),
                        &t.customer_action,
                        |f| &mut f.customer_action,
                        "Edit future action",
                    ),
                    (
                        "Business response",
                        tr!("inspector-business-response"),
                        tr!("inspector-future-business-response"),
                        &t.business_response,
                        |f| &mut f.business_response,
                        "Edit future response",
                    ),
                    (
                        "Owner",
                        tr!("inspector-owner"),
                        tr!("inspector-future-owner"),
                        &t.owner,
                        |f| &mut f.owner,
                        "Edit future owner",
                    ),
                ];
                for (key, label, name, today, get, undo_label) in texts {
                    let mut f = future.clone();
                    let value = get(&mut f).clone();
                    let mut on = value.is_some();
                    if ui.checkbox(&mut on, label).changed() {
                        *get(&mut f) = on.then(|| today.to_owned());
                        self.apply(set_future(f));
                        continue;
                    }
                    if let Some(v) = value {
                        // The id stays English, so switching languages keeps the field.
                        let field = field_id(id, &format!("future {key}"));
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
                    if ui.checkbox(&mut on, tr!("inspector-emotion")).changed() {
                        f.emotion = on.then(|| t.emotion.unwrap_or(0));
                        self.apply(set_future(f.clone()));
                    } else if let Some(mut e) = f.emotion {
                        let response = ui
                            .add(egui::Slider::new(&mut e, -2..=2))
                            .on_hover_text(tr!("inspector-future-emotion-tip"));
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

/// A field's value in words, as the compare view lists it.
fn field_text(t: &Touchpoint, field: FutureField) -> String {
    match field {
        FutureField::Title => t.title.clone(),
        FutureField::CustomerAction => t.customer_action.clone(),
        FutureField::BusinessResponse => t.business_response.clone(),
        FutureField::Owner => t.owner.clone(),
        FutureField::Emotion => t.emotion.map_or_else(String::new, |e| {
            let sign = if e > 0 {
                "+"
            } else if e < 0 {
                "−"
            } else {
                ""
            };
            format!("{sign}{} {}", e.unsigned_abs(), emotion_word(e))
        }),
        FutureField::Campaigns => join_list(&t.campaigns),
    }
}

/// One side of a changed field; the future side in the compare view's amber ink.
fn value_label(ui: &mut egui::Ui, text: &str, future: bool) -> egui::Response {
    if text.trim().is_empty() {
        ui.label(RichText::new(tr!("inspector-empty")).weak().italics())
    } else if future {
        ui.label(RichText::new(text).color(color32(palette::CHANGED)))
    } else {
        ui.label(text)
    }
}

/// Two equal columns whose text wraps ragged-right (egui's columns justify text otherwise).
fn side_by_side<R>(
    ui: &mut egui::Ui,
    left: impl FnOnce(&mut egui::Ui) -> R,
    right: impl FnOnce(&mut egui::Ui) -> R,
) {
    ui.columns(2, |cols| {
        let ragged = egui::Layout::top_down(egui::Align::Min);
        cols[0].with_layout(ragged, left);
        cols[1].with_layout(ragged, right);
    });
}
