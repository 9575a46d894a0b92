//! The merge conflicts side panel: shown while the open map carries conflicts a merge left
//! (`Map::conflicts`), it lists each with this version's, the other version's and the base
//! value in the window's language, and lets the user keep this version or take the other.
//!
//! Each pick is one `Command::ResolveConflict`, so it is an undo step like any edit; the panel
//! changes nothing else. When the last conflict is resolved the status bar says the map is
//! clean again.

use super::i18n::words;
use super::{Notice, TrailmapApp};
use crate::edit::Command;
use crate::model::{Conflict, ItemRef, Map, PersonaId, Property, Value};
use crate::tr;

/// „text“ in the window's quotation marks, shortened.
pub(crate) fn quoted(text: &str) -> String {
    tr!(
        "insights-card-title",
        title = crate::model::short(&text.replace('\n', " "))
    )
}

fn list(items: Vec<String>) -> String {
    if items.is_empty() {
        tr!("conflicts-value-none")
    } else {
        items.join(", ")
    }
}

fn persona_name(map: &Map, id: PersonaId) -> String {
    map.persona(id)
        .map_or_else(|| id.0.to_string(), |p| p.name.clone())
}

/// A value as the window shows it.
pub(crate) fn value_words(map: &Map, v: &Value) -> String {
    let none = || tr!("conflicts-value-none");
    match v {
        Value::Absent => tr!("conflicts-value-deleted"),
        Value::Text(t) if t.is_empty() => tr!("inspector-empty"),
        Value::Text(t) => quoted(t),
        Value::Texts(ts) => list(ts.iter().map(|t| quoted(t)).collect()),
        Value::Count(n) => n.map_or_else(none, |n| n.to_string()),
        Value::Score(s) => s.map_or_else(none, words::emotion),
        Value::Width(w) => w.map_or_else(|| tr!("conflicts-value-default"), |w| w.to_string()),
        Value::Color(c) => c.map_or_else(|| tr!("conflicts-value-default"), |c| c.to_string()),
        Value::Kind(k) => words::lane_kind(*k),
        Value::Channel(c) => c.map_or_else(none, words::channel),
        Value::State(s) => words::card_state(*s),
        Value::Future(f) => match f {
            None => none(),
            Some(f) => {
                let mut parts = Vec::new();
                for field in crate::model::FutureField::ALL {
                    use crate::model::FutureField as F;
                    let set = match field {
                        F::Title => f.title.is_some(),
                        F::CustomerAction => f.customer_action.is_some(),
                        F::BusinessResponse => f.business_response.is_some(),
                        F::Owner => f.owner.is_some(),
                        F::Emotion => f.emotion.is_some(),
                        F::Campaigns => f.campaigns.is_some(),
                    };
                    if set {
                        parts.push(words::future_field(field));
                    }
                }
                list(parts)
            }
        },
        Value::Place(s, l) => format!(
            "{} · {}",
            map.stage(*s)
                .map_or_else(|| s.0.to_string(), |s| s.name.clone()),
            map.lane(*l)
                .map_or_else(|| l.0.to_string(), |l| l.name.clone())
        ),
        Value::Personas(ps) if ps.is_empty() => tr!("conflicts-value-everyone"),
        Value::Personas(ps) => list(ps.iter().map(|p| persona_name(map, *p)).collect()),
        Value::PersonaEmotions(pes) => list(
            pes.iter()
                .map(|pe| {
                    format!(
                        "{} {}",
                        persona_name(map, pe.persona),
                        words::emotion(pe.score)
                    )
                })
                .collect(),
        ),
        Value::Card(id) => map
            .touchpoint(*id)
            .map_or_else(|| id.0.to_string(), |t| quoted(&t.title)),
        Value::Picture(None) => none(),
        Value::Picture(Some(p)) if !p.alt.is_empty() => quoted(&p.alt),
        Value::Picture(Some(p)) => tr!("picture-value", key = p.key.short().to_owned()),
        Value::LanePersona(None) => tr!("lane-persona-none"),
        Value::LanePersona(Some(p)) => persona_name(map, *p),
        Value::Stage(_)
        | Value::Lane(_)
        | Value::Persona(_)
        | Value::Touchpoint(_)
        | Value::Connector(_) => tr!("conflicts-value-kept"),
    }
}

/// The message id of a property's name (the inspector's label where it has one).
pub(crate) fn property_id(p: Property) -> &'static str {
    match p {
        Property::Presence => "conflicts-property-presence",
        Property::Title => "inspector-title",
        Property::Description => "inspector-description",
        Property::Language => "inspector-map-language",
        Property::Name => "inspector-name",
        Property::Color => "inspector-colour",
        Property::Width => "inspector-stage-width-tip",
        Property::Reached => "inspector-reached",
        Property::Converted => "inspector-converted",
        Property::Kind => "conflicts-property-kind",
        Property::Channel => "inspector-channel",
        Property::Place => "conflicts-property-place",
        Property::CustomerAction => "inspector-customer-action",
        Property::BusinessResponse => "inspector-business-response",
        Property::Personas => "inspector-personas",
        Property::Owner => "inspector-owner",
        Property::Campaigns => "inspector-campaigns",
        Property::Emotion => "inspector-emotion",
        Property::Tags => "inspector-tags",
        Property::Notes => "inspector-notes",
        Property::State => "inspector-journey",
        Property::Future => "inspector-in-future",
        Property::PersonaEmotions => "inspector-persona-emotions",
        Property::From => "conflicts-property-from",
        Property::To => "conflicts-property-to",
        Property::Label => "inspector-label",
        Property::Picture => "picture-property",
        Property::Persona => "lane-persona-label",
    }
}

/// "Touchpoint „Sees an ad“", "Phase „Kauf“", "Map".
fn item_words(map: &Map, c: &Conflict) -> String {
    let (kind, name) = match c.item {
        ItemRef::Map => return tr!("inspector-map"),
        ItemRef::Stage(id) => ("inspector-stage", map.stage(id).map(|x| x.name.clone())),
        ItemRef::Lane(id) => ("inspector-lane", map.lane(id).map(|x| x.name.clone())),
        ItemRef::Touchpoint(id) => (
            "inspector-touchpoint",
            map.touchpoint(id).map(|x| x.title.clone()),
        ),
        ItemRef::Persona(id) => ("inspector-persona", map.persona(id).map(|x| x.name.clone())),
        ItemRef::Connector(id) => (
            "inspector-arrow",
            map.connector(id).map(|x| x.label.clone()),
        ),
    };
    let name = name
        .or_else(|| c.theirs.item_name().map(str::to_owned))
        .or_else(|| c.base.item_name().map(str::to_owned))
        .unwrap_or_default();
    if name.trim().is_empty() {
        format!("{} {}", tr!(kind), c.item.number())
    } else {
        format!("{} {}", tr!(kind), quoted(&name))
    }
}

/// What happened to an item one version deleted: the other changed it, or only needs it.
fn presence_id(c: &Conflict) -> &'static str {
    match (
        c.ours == Value::Absent,
        c.ours == c.base || c.theirs == c.base,
    ) {
        (true, false) => "conflicts-deleted-here",
        (true, true) => "conflicts-needed-here",
        (false, false) => "conflicts-deleted-there",
        (false, true) => "conflicts-needed-there",
    }
}

impl TrailmapApp {
    /// The conflicts panel: one entry per conflict with its values and the two choices.
    pub(crate) fn conflict_list_ui(&mut self, ui: &mut egui::Ui) {
        let mut pick = None;
        {
            let map = self.doc.map();
            ui.heading(tr!("conflicts-heading"));
            ui.label(tr!("conflicts-explained"));
            ui.strong(tr!("conflicts-left", count = map.conflicts.len()));
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, c) in map.conflicts.iter().enumerate() {
                    ui.push_id(index, |ui| {
                        ui.group(|ui| {
                            ui.set_width(ui.available_width());
                            ui.strong(tr!(
                                "conflicts-entry",
                                item = item_words(map, c),
                                property = tr!(property_id(c.property)),
                            ));
                            if c.property == Property::Presence {
                                ui.label(tr!(presence_id(c)));
                            } else {
                                ui.label(tr!("conflicts-this", value = value_words(map, &c.ours)));
                                ui.label(tr!(
                                    "conflicts-other",
                                    value = value_words(map, &c.theirs)
                                ));
                                ui.weak(tr!("conflicts-before", value = value_words(map, &c.base)));
                            }
                            ui.horizontal_wrapped(|ui| {
                                if ui
                                    .button(tr!("conflicts-keep"))
                                    .on_hover_text(tr!("conflicts-keep-tip"))
                                    .clicked()
                                {
                                    pick = Some((index, false));
                                }
                                if ui
                                    .button(tr!("conflicts-take"))
                                    .on_hover_text(tr!("conflicts-take-tip"))
                                    .clicked()
                                {
                                    pick = Some((index, true));
                                }
                            });
                        });
                    });
                }
            });
        }
        if let Some((index, take_theirs)) = pick
            && self.apply(Command::ResolveConflict { index, take_theirs })
            && self.doc.map().conflicts.is_empty()
        {
            self.notice = Some(Notice {
                text: tr!("conflicts-clean"),
                error: false,
            });
        }
    }
}
