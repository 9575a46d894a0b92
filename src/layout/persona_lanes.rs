//! The header of a lane that belongs to a persona: a stripe of the persona's colour along its
//! left edge and, under the lane's kind, the persona's badge (as the cards draw it) with the
//! persona's name. Positions only; the scene gives them their colours.

use super::{BADGE_RADIUS, Badge, LaneBox, TextBlock, block, line_height, sizes, text};
use crate::fonts::Weight;
use crate::geom::Rect;
use crate::model::{Lane, Map, PersonaId};

/// Width of the persona's colour stripe on the left edge of a lane header.
pub const PERSONA_STRIPE: f32 = 4.0;

/// What a persona lane's header shows of its persona.
#[derive(Clone, Debug, PartialEq)]
pub struct LanePersona {
    /// Whose lane it is.
    pub persona: PersonaId,
    /// The persona's badge.
    pub badge: Badge,
    /// The persona's name beside the badge.
    pub name: TextBlock,
    /// The stripe of the persona's colour along the header's left edge.
    pub stripe: Rect,
}

/// Space under the persona line before the lane's bottom edge.
const BOTTOM: f32 = 10.0;

/// The persona line of `lane`'s header, under its kind line, if the lane belongs to a persona
/// the map has; `kind_bottom` is the bottom of the kind line.
pub(super) fn lane_persona(
    map: &Map,
    lane: &Lane,
    header: Rect,
    kind_bottom: f32,
) -> Option<LanePersona> {
    let persona = map.persona(lane.for_persona()?)?;
    let x = 14.0;
    let top = kind_bottom + 4.0;
    let center = crate::geom::Point::new(x + BADGE_RADIUS, top + BADGE_RADIUS);
    let badge = super::frame::badge(persona.id, &persona.name, center);
    let name_x = x + 2.0 * BADGE_RADIUS + 5.0;
    let max = header.right() - name_x - 10.0;
    let size = sizes::LANE_KIND;
    let line = text::single_line(&persona.name, max, size, Weight::Bold);
    // The name's line box centred on the badge.
    let name = block(
        &[line],
        name_x,
        center.y - line_height(size) / 2.0,
        size,
        Weight::Bold,
    );
    Some(LanePersona {
        persona: persona.id,
        badge,
        name,
        stripe: Rect::new(header.x, header.y, PERSONA_STRIPE, header.h),
    })
}

/// The height a lane needs so that its header's persona line fits above its bottom edge (0 for
/// a lane without one).
pub(super) fn header_height(lane: &LaneBox) -> f32 {
    lane.persona.as_ref().map_or(0.0, |p| {
        p.badge.center.y + BADGE_RADIUS + BOTTOM - lane.header.y
    })
}

impl LaneBox {
    /// Makes the lane `height` tall (only ever taller), with its persona stripe.
    pub(super) fn grow_to(&mut self, height: f32) {
        if height <= self.header.h {
            return;
        }
        self.header.h = height;
        self.row.h = height;
        if let Some(p) = &mut self.persona {
            p.stripe.h = height;
        }
    }
}
