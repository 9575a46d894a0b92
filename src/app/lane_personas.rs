//! Persona lanes in the window: every way of creating or moving cards (double-click, Insert ›
//! Touchpoint, paste, duplicate, a dropped picture, a drag, Alt+arrows) passes its command
//! through [`crate::edit::lane_personas::give_lane_personas`], so a card put into a lane that
//! belongs to a persona gets the persona in the same undo step, and the status bar says so
//! (naming the other personas a card stays tagged for).

use super::TrailmapApp;
use crate::edit::Command;
use crate::edit::lane_personas::{Tagged, give_lane_personas};
use crate::model::{Map, PersonaId};
use crate::tr;

/// The persona's name, or its number when the map lacks it.
fn persona_name(map: &Map, id: PersonaId) -> String {
    map.persona(id)
        .map_or_else(|| id.0.to_string(), |p| p.name.clone())
}

/// The status line for the cards a command tagged, read from the map after it applied.
pub(super) fn tagged_words(map: &Map, tagged: &[Tagged]) -> Option<String> {
    let first = tagged.first()?;
    let persona = persona_name(map, first.persona);
    if tagged.iter().any(|t| t.persona != first.persona) {
        return Some(tr!(
            "status-lane-persona-tagged-mixed",
            count = tagged.len()
        ));
    }
    if tagged.len() > 1 {
        return Some(tr!(
            "status-lane-persona-tagged-cards",
            count = tagged.len(),
            persona = persona
        ));
    }
    if first.created {
        return Some(tr!("status-lane-persona-new-card", persona = persona));
    }
    let card = map.touchpoint(first.card)?;
    let others: Vec<String> = card
        .personas
        .iter()
        .filter(|p| **p != first.persona)
        .map(|p| persona_name(map, *p))
        .collect();
    let title = crate::model::short(&card.title.replace('\n', " "));
    Some(if others.is_empty() {
        tr!(
            "status-lane-persona-tagged",
            card = title,
            persona = persona
        )
    } else {
        tr!(
            "status-lane-persona-tagged-also",
            card = title,
            persona = persona,
            others = others.join(", ")
        )
    })
}

impl TrailmapApp {
    /// `command` with the personas of the persona lanes its cards land in, and the cards it
    /// tags (see [`give_lane_personas`]).
    pub(super) fn placing(&self, command: Command) -> (Command, Vec<Tagged>) {
        give_lane_personas(self.doc.map(), command)
    }

    /// Says in the status bar which cards a command tagged, once it applied.
    pub(super) fn notify_tagged(&mut self, tagged: &[Tagged]) {
        if let Some(words) = tagged_words(self.doc.map(), tagged) {
            self.notify(words);
        }
    }

    /// Applies a command that creates or moves cards, giving them the personas of the persona
    /// lanes they land in, as one undo step; the status bar names what was tagged.
    pub(super) fn apply_placing(&mut self, command: Command) -> bool {
        let (command, tagged) = self.placing(command);
        if !self.apply(command) {
            return false;
        }
        self.notify_tagged(&tagged);
        true
    }
}
