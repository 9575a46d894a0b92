//! Templates in the window: File > New from template, File > New (the classic template), and
//! the offer to move a map's untouched default stage and lane names to its new language.
//!
//! The templates and the renames are core data ([`crate::templates`]); this file only words
//! them in the window's language and turns the renames into one undo step. New maps come in
//! the window's language; renames follow the map's language.

use super::TrailmapApp;
use super::document::Document;
use super::files::{Pending, blank_map};
use crate::edit::{Command, LaneField, StageField};
use crate::templates::{self, NamedItem};
use crate::tr;

/// A template's name in the window's language (its id if it has no name yet).
pub fn template_name(id: &str) -> String {
    let message = match id {
        "classic" => "template-classic",
        "classic-personas" => "template-classic-personas",
        "ecommerce" => "template-ecommerce",
        "b2b" => "template-b2b",
        "service-blueprint" => "template-service-blueprint",
        other => return other.to_owned(),
    };
    tr!(message)
}

/// Where egui's memory keeps the offer to rename: the document's cache key right after the
/// language changed, so the offer lasts until anything else changes the map (or another map
/// opens). Kept out of the map and its history: it is view state.
fn offer_id() -> egui::Id {
    egui::Id::unique("template-rename-offer")
}

type OfferKey = (u64, u64);

impl TrailmapApp {
    /// File > New from template: one entry per template, named in the window's language.
    pub(crate) fn new_from_template_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr!("menu-new-from-template"), |ui| {
            for id in templates::ids() {
                if ui.button(template_name(id)).clicked() {
                    self.request(Pending::NewFromTemplate(id));
                    ui.close();
                }
            }
        });
    }

    /// A new untitled map from template `id` in the window's language (English where the
    /// template is not written in it).
    pub(crate) fn new_from_template(&mut self, id: &str) {
        match templates::load(id, self.language().tag()) {
            Ok(map) => {
                self.replace_document(Document::untitled(map, ""));
                self.notify(tr!("templates-new-from", template = template_name(id)));
            }
            Err(e) => self.error(tr!(
                "templates-broken",
                template = template_name(id),
                reason = e.to_string()
            )),
        }
    }

    /// File > New: the classic template in the window's language (with its example cards).
    pub(crate) fn new_from_default_template(&mut self) {
        let map = templates::load(templates::DEFAULT_TEMPLATE, self.language().tag())
            .unwrap_or_else(|_| blank_map());
        self.replace_document(Document::untitled(map, ""));
        self.notify(tr!("files-new-map"));
    }

    /// Called right after the marketer changed the map's language: offer, below the language
    /// field, to rename the stage and lane names that are still a template's words.
    pub(crate) fn offer_default_renames(&mut self) {
        let key: OfferKey = self.doc.cache_key();
        self.ctx.data_mut(|d| d.insert_temp(offer_id(), key));
    }

    /// The offer made by [`Self::offer_default_renames`], while it holds: how many names are
    /// still a template's words, what they become, and Rename / Keep names.
    pub(crate) fn default_renames_offer_ui(&mut self, ui: &mut egui::Ui) {
        let Some(key) = ui.data(|d| d.get_temp::<OfferKey>(offer_id())) else {
            return;
        };
        let forget = |ui: &egui::Ui| ui.data_mut(|d| d.remove::<OfferKey>(offer_id()));
        if key != self.doc.cache_key() {
            forget(ui);
            return;
        }
        let map = self.doc.map();
        let renames = templates::default_name_renames(map, &map.language);
        if renames.is_empty() {
            forget(ui);
            return;
        }
        let count = renames.len();
        let names = renames
            .iter()
            .map(|r| format!("{} → {}", r.from.trim(), r.to))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rename = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(tr!("templates-rename-offer", count = count))
                .on_hover_text(names.clone());
            ui.horizontal(|ui| {
                if ui
                    .button(tr!("templates-rename"))
                    .on_hover_text(names)
                    .clicked()
                {
                    rename = true;
                }
                if ui.button(tr!("templates-keep-names")).clicked() {
                    forget(ui);
                }
            });
        });
        if rename {
            forget(ui);
            let steps = renames
                .into_iter()
                .map(|r| match r.item {
                    NamedItem::Stage(id) => Command::SetStage {
                        id,
                        field: StageField::Name(r.to),
                    },
                    NamedItem::Lane(id) => Command::SetLane {
                        id,
                        field: LaneField::Name(r.to),
                    },
                })
                .collect();
            // One undo step brings every name back.
            if self.apply(Command::Batch(steps)) {
                self.notify(tr!("templates-renamed", count = count));
            }
        }
    }
}
