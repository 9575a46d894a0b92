//! The items of an export's title block and persona legend, as groups (`title-block`,
//! `persona-legend`, `legend-persona-<id>`) so an SVG, PDF or deck keeps each as one element.

use super::Item;
use super::build::{palette, text};
use crate::layout::{Layout, PersonaLegend, TitleBlock};
use crate::model::Map;

/// The map's title, its description and the view line.
pub(super) fn title_block_items(
    items: &mut Vec<Item>,
    map: &Map,
    layout: &Layout,
    block: &TitleBlock,
) {
    items.push(Item::BeginGroup {
        id: "title-block".to_owned(),
        label: map.title.trim().to_owned(),
    });
    text(items, &layout.title, palette::INK);
    text(items, &layout.subtitle, palette::MUTED);
    text(items, &block.view, palette::MUTED);
    items.push(Item::EndGroup);
}

/// Every persona's badge, name and first line of description.
pub(super) fn persona_legend_items(items: &mut Vec<Item>, map: &Map, legend: &PersonaLegend) {
    items.push(Item::BeginGroup {
        id: "persona-legend".to_owned(),
        label: legend
            .heading
            .lines
            .first()
            .map_or(String::new(), |l| l.text.to_string()),
    });
    text(items, &legend.heading, palette::INK);
    for entry in &legend.entries {
        items.push(Item::BeginGroup {
            id: format!("legend-persona-{}", entry.persona.0),
            label: map
                .persona(entry.persona)
                .map_or(String::new(), |p| p.name.trim().to_owned()),
        });
        super::cards::badge_items(items, map, &entry.badge);
        text(items, &entry.name, palette::INK);
        text(items, &entry.description, palette::MUTED);
        items.push(Item::EndGroup);
    }
    items.push(Item::EndGroup);
}
