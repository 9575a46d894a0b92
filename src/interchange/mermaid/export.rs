//! Map -> Mermaid text that Mermaid's own parser reads back as the same journey.

use super::import::normalize_description;
use super::text::{Slot, escape, js_trim};
use crate::model::{Cell, Map, PersonaId};

/// The map as a Mermaid `journey` diagram: the title, the description as `accDescr`, one
/// `section` per stage in order, one task per card (lanes top to bottom, then the order in the
/// cell) with its emotion as the score (no emotion: 3) and its personas as actors (a card for
/// everyone names all the map's personas). Texts are escaped with Mermaid's entity codes (see
/// the module documentation), so every line stays one statement.
pub fn export(map: &Map) -> String {
    let mut out = String::from("journey\n");
    let title = js_trim(&map.title);
    if !title.is_empty() {
        out.push_str("    title ");
        out.push_str(&escape(title, Slot::Title));
        out.push('\n');
    }
    let description = normalize_description(&map.description);
    if !description.is_empty() {
        if description.contains('\n') {
            out.push_str("    accDescr {\n");
            for line in description.split('\n') {
                out.push_str("        ");
                out.push_str(&escape(line, Slot::Description));
                out.push('\n');
            }
            out.push_str("    }\n");
        } else {
            out.push_str("    accDescr: ");
            out.push_str(&escape(js_trim(&description), Slot::Description));
            out.push('\n');
        }
    }
    let actor_names = |ids: &[PersonaId]| -> Vec<String> {
        let all: Vec<PersonaId>;
        let ids = if ids.is_empty() {
            all = map.personas.iter().map(|p| p.id).collect();
            &all[..]
        } else {
            ids
        };
        ids.iter()
            .filter_map(|id| map.persona(*id))
            .map(|p| js_trim(&p.name))
            .filter(|n| !n.is_empty())
            .map(|n| escape(n, Slot::Actor))
            .collect()
    };
    for (i, stage) in map.stages.iter().enumerate() {
        let cards: Vec<_> = map
            .lanes
            .iter()
            .flat_map(|lane| {
                map.cards_in(Cell {
                    stage: stage.id,
                    lane: lane.id,
                })
            })
            .collect();
        let name = js_trim(&stage.name);
        // An unnamed first stage with cards is Mermaid's own unnamed section: its tasks come
        // before any `section` line.
        if !(i == 0 && name.is_empty() && !cards.is_empty()) {
            out.push_str("    section ");
            out.push_str(&escape(name, Slot::Section));
            out.push('\n');
        }
        for card in cards {
            let score = card.emotion.map_or(3, |e| e.clamp(-2, 2) + 3);
            out.push_str("      ");
            out.push_str(&escape(js_trim(&card.title), Slot::Task));
            out.push_str(&format!(": {score}"));
            let actors = actor_names(&card.personas);
            if !actors.is_empty() {
                out.push_str(": ");
                out.push_str(&actors.join(", "));
            }
            out.push('\n');
        }
    }
    out
}
