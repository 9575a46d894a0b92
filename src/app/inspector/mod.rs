//! The inspector panel: every field of the selected card, stage, lane, connector or persona, or
//! of the map when nothing is selected; personas are managed here.
//!
//! Each field shows the model's value and turns an edit into a `Set…` command. Typing into one
//! field, or dragging one slider, is one undo step: the field opens an undo group when it takes
//! the keyboard (or the pointer) and closes it when it lets go.

use std::collections::HashMap;

use egui::{Id, RichText};

mod fields;
mod journey;
mod lane_persona;
mod picture;

pub(crate) use fields::heading;
use fields::swatch_ui;

use super::TrailmapApp;
use super::actions::PALETTE;
use super::document::{Document, GroupOwner};
use super::theme::color32;
use super::view::Selected;
use crate::edit::{Command, LaneField, PersonaField, StageField, TouchpointField};
use crate::model::{
    Color, ConnectorId, LaneId, LaneKind, PersonaId, STAGE_WIDTH_RANGE, StageId, TouchpointId,
};
use crate::tr;

/// What the inspector remembers between frames.
#[derive(Debug, Default)]
pub struct InspectorState {
    /// Text of fields whose typed text is not simply the model's (lists, colours) while they have
    /// the keyboard, so "a, " does not snap back to "a".
    buffers: HashMap<Id, String>,
    /// Why a field's text was not taken.
    errors: HashMap<Id, String>,
    /// Put the keyboard in the name field of the newly selected item.
    focus_name: bool,
    /// The multi-line field being edited (clicked, typed in, or Enter pressed in it); one that
    /// only has the keyboard from Tab takes its first Enter as "start editing".
    editing: Option<Id>,
}

impl InspectorState {
    /// Asks the next inspector frame to focus the name (or title) field and select its text.
    pub fn focus_name(&mut self) {
        self.focus_name = true;
    }

    /// Closes the undo group of a field that no longer has the keyboard or the pointer (its
    /// widget may have vanished without a lost-focus event, e.g. when the selection changed).
    pub fn end_stale_session(&mut self, ctx: &egui::Context, doc: &mut Document) {
        if let Some(GroupOwner::Field(id)) = doc.group_owner() {
            let active = ctx.memory(|m| m.has_focus(id)) || ctx.is_being_dragged(id);
            if !active {
                doc.end_group();
            }
        }
        let focused = ctx.memory(|m| m.focused());
        self.buffers.retain(|id, _| Some(*id) == focused);
    }
}

/// Joins a list for a comma-separated field.
fn join_list(list: &[String]) -> String {
    list.join(", ")
}

/// Splits a comma-separated field, dropping empty entries.
fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The emotion score in words, in the window's language.
pub fn emotion_word(score: i8) -> String {
    crate::app::i18n::words::emotion(score)
}

/// A figure a card or a stage may have: how many customers it reached, how many converted.
#[derive(Clone, Copy, Debug)]
enum Count {
    Reached,
    Converted,
}

impl Count {
    /// The figure's name, as its checkbox and the funnel show it.
    fn label(self) -> String {
        match self {
            Count::Reached => tr!("inspector-reached"),
            Count::Converted => tr!("inspector-converted"),
        }
    }

    /// What the figure counts, for its number field.
    fn tip(self) -> String {
        match self {
            Count::Reached => tr!("inspector-reached-tip"),
            Count::Converted => tr!("inspector-converted-tip"),
        }
    }
}

/// A field's id, unique per item and field, so switching the selection starts a fresh field.
fn field_id(item: impl std::hash::Hash + std::fmt::Debug, field: &str) -> Id {
    Id::unique(("inspector", item, field))
}

impl TrailmapApp {
    /// The inspector panel's content.
    pub(crate) fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Content wraps to the panel; it never pushes the panel wider.
                ui.set_max_width(ui.available_width() - 8.0);
                ui.add_space(4.0);
                let single = self.view.selection.single();
                let n = self.view.selection.len();
                match single {
                    Some(Selected::Touchpoint(id)) => self.touchpoint_ui(ui, id),
                    Some(Selected::Stage(id)) => self.stage_ui(ui, id),
                    Some(Selected::Lane(id)) => self.lane_ui(ui, id),
                    Some(Selected::Connector(id)) => self.connector_ui(ui, id),
                    Some(Selected::Persona(id)) => {
                        heading(ui, &tr!("inspector-persona"));
                        self.persona_ui(ui, id);
                        ui.add_space(8.0);
                        if ui.button(tr!("inspector-back-to-personas")).clicked() {
                            self.view.selection.clear();
                        }
                    }
                    None if n > 1 => self.multi_ui(ui),
                    None => self.map_ui(ui),
                }
                ui.add_space(8.0);
            });
        self.inspector.focus_name = false;
    }

    // ----- One inspector per kind of item -----------------------------------------------------

    fn map_ui(&mut self, ui: &mut egui::Ui) {
        heading(ui, &tr!("inspector-map"));
        let map = self.doc.map();
        let (title, description) = (map.title.clone(), map.description.clone());
        self.text_field_ui(
            ui,
            field_id("map", "title"),
            &tr!("inspector-title"),
            &title,
            false,
            "Rename map",
            Command::SetTitle,
        );
        self.text_field_ui(
            ui,
            field_id("map", "description"),
            &tr!("inspector-description"),
            &description,
            true,
            "Edit map description",
            Command::SetDescription,
        );
        self.language_ui(ui);
        ui.add_space(10.0);
        heading(ui, &tr!("inspector-personas"));
        let personas: Vec<(PersonaId, String, Color)> = self
            .doc
            .map()
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone(), p.color))
            .collect();
        if personas.is_empty() {
            ui.label(RichText::new(tr!("inspector-no-personas")).weak());
        }
        for (id, name, color) in personas {
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter()
                    .circle_filled(rect.center(), 6.0, color32(color));
                let shown = if name.trim().is_empty() {
                    tr!("inspector-unnamed-persona")
                } else {
                    name
                };
                if ui
                    .link(shown)
                    .on_hover_text(tr!("inspector-edit-persona-tip"))
                    .clicked()
                {
                    self.view.selection.set(Selected::Persona(id));
                }
            });
        }
        ui.add_space(4.0);
        if ui.button(tr!("inspector-add-persona")).clicked() {
            self.queue(super::UICommand::InsertPersona);
        }
        ui.add_space(10.0);
        ui.label(RichText::new(tr!("inspector-map-hint")).weak());
    }

    fn persona_ui(&mut self, ui: &mut egui::Ui, id: PersonaId) {
        let Some(p) = self.doc.map().persona(id).cloned() else {
            return;
        };
        self.name_field_ui(
            ui,
            field_id(id, "name"),
            &tr!("inspector-name"),
            &p.name,
            "Rename persona",
            |v| Command::SetPersona {
                id,
                field: PersonaField::Name(v),
            },
        );
        self.color_ui(
            ui,
            field_id(id, "color"),
            &tr!("inspector-colour"),
            Some(p.color),
            false,
            |c| Command::SetPersona {
                id,
                field: PersonaField::Color(c.unwrap_or(p.color)),
            },
        );
        self.text_field_ui(
            ui,
            field_id(id, "description"),
            &tr!("inspector-persona-description"),
            &p.description,
            true,
            "Edit persona",
            |v| Command::SetPersona {
                id,
                field: PersonaField::Description(v),
            },
        );
        let used = self
            .doc
            .map()
            .touchpoints
            .iter()
            .filter(|t| t.personas.contains(&id))
            .count();
        ui.add_space(6.0);
        if used > 0 {
            ui.label(RichText::new(tr!("inspector-persona-used", count = used)).weak());
        }
        if ui
            .button(tr!("inspector-delete-persona"))
            .on_hover_text(tr!("inspector-delete-persona-tip"))
            .clicked()
        {
            self.apply(Command::RemovePersona(id));
            self.view.selection.clear();
        }
    }

    fn touchpoint_ui(&mut self, ui: &mut egui::Ui, id: TouchpointId) {
        let map = self.doc.map();
        let Some(t) = map.touchpoint(id).cloned() else {
            return;
        };
        let stage = map
            .stage(t.stage)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let lane = map.lane(t.lane).map(|l| l.name.clone()).unwrap_or_default();
        let personas: Vec<(PersonaId, String)> = map
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect();
        heading(ui, &tr!("inspector-touchpoint"));
        ui.label(RichText::new(format!("{stage} · {lane}")).weak());
        ui.add_space(4.0);
        if self.view.state == crate::layout::StateView::Compare {
            self.card_compare_ui(ui, &t);
            ui.add_space(4.0);
        }
        let set = move |field| Command::SetTouchpoint { id, field };
        self.name_field_ui(
            ui,
            field_id(id, "title"),
            &tr!("inspector-title"),
            &t.title,
            "Edit title",
            |v| set(TouchpointField::Title(v)),
        );
        self.text_field_ui(
            ui,
            field_id(id, "action"),
            &tr!("inspector-customer-action"),
            &t.customer_action,
            true,
            "Edit customer action",
            |v| set(TouchpointField::CustomerAction(v)),
        );
        self.text_field_ui(
            ui,
            field_id(id, "response"),
            &tr!("inspector-business-response"),
            &t.business_response,
            true,
            "Edit business response",
            |v| set(TouchpointField::BusinessResponse(v)),
        );
        self.card_picture_ui(ui, &t);

        ui.add_space(4.0);
        ui.label(tr!("inspector-personas"));
        if personas.is_empty() {
            ui.label(RichText::new(tr!("inspector-no-map-personas")).weak());
        } else {
            ui.horizontal_wrapped(|ui| {
                for (pid, name) in &personas {
                    let mut on = t.personas.contains(pid);
                    if ui.checkbox(&mut on, name).changed() {
                        let list: Vec<PersonaId> = personas
                            .iter()
                            .map(|(p, _)| *p)
                            .filter(|p| if p == pid { on } else { t.personas.contains(p) })
                            .collect();
                        self.apply(set(TouchpointField::Personas(list)));
                    }
                }
            });
            if t.personas.is_empty() {
                ui.label(
                    RichText::new(tr!("inspector-no-persona-ticked"))
                        .weak()
                        .small(),
                );
            }
            self.card_lane_persona_hint_ui(ui, &t);
        }

        ui.add_space(4.0);
        self.emotion_ui(ui, id, t.emotion);
        self.text_field_ui(
            ui,
            field_id(id, "owner"),
            &tr!("inspector-owner"),
            &t.owner,
            false,
            "Edit owner",
            |v| set(TouchpointField::Owner(v)),
        );
        let campaigns = t.campaigns.clone();
        self.parsed_field_ui(
            ui,
            field_id(id, "campaigns"),
            &tr!("inspector-campaigns"),
            join_list(&t.campaigns),
            &tr!("inspector-campaigns-hint"),
            "Edit campaigns",
            |text| {
                let list = split_list(text);
                Ok((list != campaigns).then(|| set(TouchpointField::Campaigns(list))))
            },
        );
        let tags = t.tags.clone();
        self.parsed_field_ui(
            ui,
            field_id(id, "tags"),
            &tr!("inspector-tags"),
            join_list(&t.tags),
            &tr!("inspector-tags-hint"),
            "Edit tags",
            |text| {
                let list = split_list(text);
                Ok((list != tags).then(|| set(TouchpointField::Tags(list))))
            },
        );
        ui.add_space(4.0);
        self.count_ui(ui, Count::Reached, t.reached, |v| {
            set(TouchpointField::Reached(v))
        });
        self.count_ui(ui, Count::Converted, t.converted, |v| {
            set(TouchpointField::Converted(v))
        });
        ui.add_space(4.0);
        self.color_ui(
            ui,
            field_id(id, "color"),
            &tr!("inspector-card-colour"),
            t.color,
            true,
            |c| set(TouchpointField::Color(c)),
        );
        self.text_field_ui(
            ui,
            field_id(id, "notes"),
            &tr!("inspector-notes"),
            &t.notes,
            true,
            "Edit notes",
            |v| set(TouchpointField::Notes(v)),
        );
        ui.add_space(4.0);
        self.card_journey_ui(ui, &t);
        self.card_connectors_ui(ui, id);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("cmd-duplicate")).clicked() {
                self.queue(super::UICommand::Duplicate);
            }
            if ui.button(tr!("cmd-delete")).clicked() {
                self.queue(super::UICommand::Delete);
            }
        });
    }

    fn emotion_ui(&mut self, ui: &mut egui::Ui, id: TouchpointId, emotion: Option<i8>) {
        let set = move |e| Command::SetTouchpoint {
            id,
            field: TouchpointField::Emotion(e),
        };
        // The word is a label of its own, not the slider's text, so that a long one ("sehr
        // unzufrieden") wraps below instead of pushing a 300 px panel wider.
        ui.horizontal_wrapped(|ui| {
            let mut known = emotion.is_some();
            let checkbox = ui
                .checkbox(&mut known, tr!("inspector-emotion"))
                .on_hover_text(tr!("inspector-emotion-tip"));
            if checkbox.changed() {
                self.apply(set(known.then_some(0)));
            }
            if let Some(mut score) = emotion {
                let response = ui
                    .add(egui::Slider::new(&mut score, -2..=2))
                    .labelled_by(checkbox.id)
                    .on_hover_text(tr!("inspector-emotion-score-tip"));
                ui.label(emotion_word(score));
                self.track_session(&response, "Edit emotion");
                if response.changed() {
                    self.apply(set(Some(score)));
                }
            }
        });
    }

    /// A count that may be unknown: a checkbox and a number.
    fn count_ui(
        &mut self,
        ui: &mut egui::Ui,
        count: Count,
        value: Option<u64>,
        make: impl Fn(Option<u64>) -> Command,
    ) {
        ui.horizontal(|ui| {
            let mut known = value.is_some();
            if ui.checkbox(&mut known, count.label()).changed() {
                self.apply(make(known.then_some(0)));
            }
            if let Some(mut n) = value {
                let response = ui
                    .add(
                        egui::DragValue::new(&mut n)
                            .range(0..=u64::MAX / 2)
                            .speed(1.0),
                    )
                    .on_hover_text(count.tip());
                self.track_session(&response, "Edit figures");
                if response.changed() {
                    self.apply(make(Some(n)));
                }
            }
        });
    }

    fn card_connectors_ui(&mut self, ui: &mut egui::Ui, id: TouchpointId) {
        let map = self.doc.map();
        let links: Vec<(ConnectorId, bool, String, String)> = map
            .connectors
            .iter()
            .filter(|c| c.from == id || c.to == id)
            .map(|c| {
                let outgoing = c.from == id;
                let other = if outgoing { c.to } else { c.from };
                let name = map
                    .touchpoint(other)
                    .map(|t| t.title.clone())
                    .unwrap_or_default();
                (c.id, outgoing, name, c.label.clone())
            })
            .collect();
        if links.is_empty() {
            return;
        }
        ui.add_space(6.0);
        ui.label(tr!("inspector-arrows"));
        for (cid, outgoing, other, label) in links {
            let card = crate::model::short(&other);
            let text = match (outgoing, label.is_empty()) {
                (true, true) => tr!("inspector-arrow-to", card = card),
                (true, false) => tr!("inspector-arrow-to-labelled", card = card, label = label),
                (false, true) => tr!("inspector-arrow-from", card = card),
                (false, false) => {
                    tr!("inspector-arrow-from-labelled", card = card, label = label)
                }
            };
            // One wrapped link per arrow, so a long title never widens the panel.
            if ui
                .link(text)
                .on_hover_text(tr!("inspector-edit-arrow-tip"))
                .clicked()
            {
                self.view.selection.set(Selected::Connector(cid));
            }
        }
    }

    fn connector_ui(&mut self, ui: &mut egui::Ui, id: ConnectorId) {
        let map = self.doc.map();
        let Some(c) = map.connector(id).cloned() else {
            return;
        };
        let title = |t| {
            map.touchpoint(t)
                .map(|t| t.title.clone())
                .unwrap_or_default()
        };
        let (from, to) = (title(c.from), title(c.to));
        heading(ui, &tr!("inspector-arrow"));
        ui.label(tr!("inspector-arrow-ends", from = from, to = to));
        ui.add_space(4.0);
        self.name_field_ui(
            ui,
            field_id(id, "label"),
            &tr!("inspector-label"),
            &c.label,
            "Edit arrow",
            |v| Command::SetConnectorLabel { id, label: v },
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("inspector-select-start-card")).clicked() {
                self.view.selection.set(Selected::Touchpoint(c.from));
            }
            if ui.button(tr!("inspector-delete-arrow")).clicked() {
                self.apply(Command::RemoveConnector(id));
                self.view.selection.clear();
            }
        });
    }

    fn stage_ui(&mut self, ui: &mut egui::Ui, id: StageId) {
        let Some(s) = self.doc.map().stage(id).cloned() else {
            return;
        };
        let cards = self
            .doc
            .map()
            .touchpoints
            .iter()
            .filter(|t| t.stage == id)
            .count();
        heading(ui, &tr!("inspector-stage"));
        let set = move |field| Command::SetStage { id, field };
        self.name_field_ui(
            ui,
            field_id(id, "name"),
            &tr!("inspector-name"),
            &s.name,
            "Rename stage",
            |v| set(StageField::Name(v)),
        );
        self.text_field_ui(
            ui,
            field_id(id, "description"),
            &tr!("inspector-stage-description"),
            &s.description,
            true,
            "Edit stage",
            |v| set(StageField::Description(v)),
        );
        self.color_ui(
            ui,
            field_id(id, "color"),
            &tr!("inspector-header-colour"),
            s.color,
            true,
            |c| set(StageField::Color(c)),
        );
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let mut custom = s.width.is_some();
            if ui
                .checkbox(&mut custom, tr!("inspector-custom-width"))
                .on_hover_text(tr!("inspector-custom-width-tip"))
                .changed()
            {
                self.apply(set(StageField::Width(custom.then_some(280.0))));
            }
            if let Some(mut w) = s.width {
                let response = ui
                    .add(
                        egui::DragValue::new(&mut w)
                            .range(STAGE_WIDTH_RANGE)
                            .speed(2.0)
                            .suffix(" px"),
                    )
                    .on_hover_text(tr!("inspector-stage-width-tip"));
                self.track_session(&response, "Resize stage");
                if response.changed() {
                    self.apply(set(StageField::Width(Some(w))));
                }
            }
        });
        ui.add_space(4.0);
        self.stage_figures_ui(ui, id, s.reached, s.converted);
        ui.add_space(6.0);
        ui.label(RichText::new(tr!("inspector-stage-cards", count = cards)).weak());
        ui.add_space(6.0);
        if ui
            .button(tr!("inspector-delete-stage"))
            .on_hover_text(tr!("inspector-delete-stage-tip"))
            .clicked()
        {
            self.queue(super::UICommand::Delete);
        }
    }

    fn lane_ui(&mut self, ui: &mut egui::Ui, id: LaneId) {
        let Some(l) = self.doc.map().lane(id).cloned() else {
            return;
        };
        heading(ui, &tr!("inspector-lane"));
        let set = move |field| Command::SetLane { id, field };
        self.name_field_ui(
            ui,
            field_id(id, "name"),
            &tr!("inspector-name"),
            &l.name,
            "Rename lane",
            |v| set(LaneField::Name(v)),
        );
        ui.add_space(4.0);
        let mut kind = l.kind;
        egui::ComboBox::from_label(tr!("inspector-lane-kind"))
            .selected_text(crate::app::i18n::words::lane_kind(l.kind))
            .show_ui(ui, |ui| {
                for k in LaneKind::ALL {
                    ui.selectable_value(&mut kind, k, crate::app::i18n::words::lane_kind(k));
                }
            });
        if kind != l.kind {
            self.apply(set(LaneField::Kind(kind)));
        }
        if l.kind == LaneKind::Channel || l.channel.is_some() {
            let mut channel = l.channel;
            fields::channel_choice_ui(ui, &mut channel, &tr!("inspector-no-channel"));
            if channel != l.channel {
                self.apply(set(LaneField::Channel(channel)));
            }
        }
        self.lane_persona_ui(ui, &l);
        ui.add_space(4.0);
        self.color_ui(
            ui,
            field_id(id, "color"),
            &tr!("inspector-row-tint"),
            l.color,
            true,
            |c| set(LaneField::Color(c)),
        );
        ui.add_space(6.0);
        let hidden = self.view.hidden_lanes.contains(&id);
        if ui
            .button(if hidden {
                tr!("inspector-show-lane")
            } else {
                tr!("inspector-hide-lane")
            })
            .on_hover_text(tr!("inspector-hide-lane-tip"))
            .clicked()
        {
            if hidden {
                self.view.hidden_lanes.remove(&id);
            } else {
                self.view.hidden_lanes.insert(id);
            }
        }
        if ui
            .button(tr!("inspector-delete-lane"))
            .on_hover_text(tr!("inspector-delete-lane-tip"))
            .clicked()
        {
            self.queue(super::UICommand::Delete);
        }
    }

    fn multi_ui(&mut self, ui: &mut egui::Ui) {
        let ids = self.view.selection.touchpoints();
        let n = self.view.selection.len();
        heading(ui, &tr!("inspector-items-selected", count = n));
        if ids.len() == n {
            ui.label(RichText::new(tr!("inspector-drag-together")).weak());
            ui.add_space(4.0);
            ui.label(tr!("inspector-colour-of-all"));
            let mut chosen = None;
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
                if ui.button(tr!("inspector-default-colour")).clicked() {
                    chosen = Some(None);
                }
                for c in PALETTE {
                    if swatch_ui(ui, c, false).clicked() {
                        chosen = Some(Some(c));
                    }
                }
            });
            if let Some(command) = chosen.and_then(|c| super::actions::recolour_cards(&ids, c)) {
                self.apply(command);
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if !ids.is_empty() && ui.button(tr!("cmd-duplicate")).clicked() {
                self.queue(super::UICommand::Duplicate);
            }
            if ui.button(tr!("cmd-delete")).clicked() {
                self.queue(super::UICommand::Delete);
            }
        });
    }
}
