//! The header of a lane that belongs to a persona, as every back end draws it: the persona's
//! colour as a stripe along the header's left edge, and the persona's badge (as on the cards)
//! with their name under the lane's kind.

use super::Item;
use super::build::{palette, text};
use crate::layout::LanePersona;
use crate::model::Map;

/// The items of a persona lane's header, inside the lane's group.
pub(super) fn header_items(items: &mut Vec<Item>, map: &Map, lane: &LanePersona) {
    let color = map
        .persona(lane.persona)
        .map_or(palette::MUTED, |p| p.color);
    items.push(Item::Rect {
        rect: lane.stripe,
        radius: 0.0,
        fill: Some(color),
        stroke: None,
    });
    super::cards::badge_items(items, map, &lane.badge);
    text(items, &lane.name, palette::INK);
}
