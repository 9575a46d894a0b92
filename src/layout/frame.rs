//! What only an export adds around the map: the title block (title, description, the view
//! shown and the export date) and the persona legend (each persona's badge as the cards draw
//! it, full name and the first line of the description), both in the map's language.
//!
//! They are laid out here, by the same code and with the same font metrics as the map, so every
//! back end (SVG, PNG, PDF, PPTX) gets them from the one Scene. The canvas never asks for them:
//! the window has its own chrome. Nothing here reads the clock; the date is an option.

use super::date::Date;
use super::{
    BADGE_RADIUS, Badge, Layout, PlacedLine, Rect, TextBlock, block, line_height, sizes, text,
    words,
};
use crate::fonts::Weight;
use crate::geom::Point;
use crate::model::{Map, PersonaId};

/// What an export adds around the map; `LayoutOptions::export` is `None` on the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportFrame {
    /// The title block above the map (title, description, view, date). Without it the map's
    /// heading is left out too, for a slide whose own title says it.
    pub title_block: bool,
    /// The persona legend under the map.
    pub legend: bool,
    /// The export date the title block shows.
    pub date: Date,
}

impl ExportFrame {
    /// Title block and legend, dated `date`.
    pub fn new(date: Date) -> Self {
        ExportFrame {
            title_block: true,
            legend: true,
            date,
        }
    }
}

/// The title block of an export: the map's title and description (in `Layout::title` and
/// `Layout::subtitle`) and this line saying what the picture shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleBlock {
    /// The whole block, across the map's width from the top.
    pub rect: Rect,
    /// "Target journey · For: Maya · Hidden lanes: Phone · Exported 1 December 2026".
    pub view: TextBlock,
}

/// One persona in the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendPersona {
    /// Who.
    pub persona: PersonaId,
    /// The badge, drawn as on the cards.
    pub badge: Badge,
    /// The full name.
    pub name: TextBlock,
    /// The first line of the description (may be empty).
    pub description: TextBlock,
}

/// The persona legend of an export, under the map.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonaLegend {
    /// The whole legend, across the map's width.
    pub rect: Rect,
    /// "Personas".
    pub heading: TextBlock,
    /// Every persona of the map, in map order, in columns left to right, then down.
    pub entries: Vec<LegendPersona>,
}

/// Width of one legend column, in map units (narrower maps get one column).
const LEGEND_COLUMN: f32 = 280.0;
/// Left and right border of the legend and title block.
const SIDE: f32 = 16.0;

/// The letter a persona's badge shows: the first letter of the name, in capitals.
pub(super) fn initial(name: &str) -> String {
    name.trim()
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default()
}

/// A badge centred on `center`, as the cards draw it.
pub(super) fn badge(persona: PersonaId, name: &str, center: Point) -> Badge {
    let initial = initial(name);
    let width = text::measure(&initial, sizes::BADGE, Weight::Bold);
    // Centre the capital letter on the circle's centre.
    let baseline =
        center.y + super::snap(text::metrics(Weight::Bold).cap_height * sizes::BADGE / 2.0);
    Badge {
        persona,
        center,
        initial: PlacedLine {
            origin: Point::new(center.x - width / 2.0, baseline),
            text: initial.into(),
            width,
        },
    }
}

impl Layout {
    /// The width of the map: the lane headers and every stage.
    pub(super) fn set_width(&mut self, map: &Map) {
        let width: f32 = super::LANE_HEADER_WIDTH
            + map
                .stages
                .iter()
                .map(|s| s.width.unwrap_or(super::DEFAULT_STAGE_WIDTH))
                .sum::<f32>();
        self.width = width.max(super::LANE_HEADER_WIDTH + super::DEFAULT_STAGE_WIDTH);
    }

    /// The title block: the map's heading and the view line under it; returns its bottom.
    pub(super) fn place_title_block(&mut self, map: &Map, date: Date) -> f32 {
        let heading_bottom = self.place_title(map) - 12.0;
        let w = words::words(&map.language);
        let options = &self.options;
        let mut parts = vec![w.state(options.state).to_owned()];
        let names: Vec<&str> = options
            .personas
            .iter()
            .filter_map(|p| map.persona(*p))
            .map(|p| p.name.trim())
            .collect();
        if !names.is_empty() {
            parts.push(format!("{}: {}", w.for_personas, names.join(", ")));
        }
        let by = match options.rows {
            crate::pivot::Rows::Lanes => None,
            crate::pivot::Rows::Personas => Some(w.rows_by[0]),
            crate::pivot::Rows::Channels => Some(w.rows_by[1]),
        };
        if let Some(by) = by {
            parts.push(format!("{}: {by}", w.rows));
        }
        let hidden: Vec<&str> = map
            .lanes
            .iter()
            .filter(|l| options.hidden_lanes.contains(&l.id))
            .map(|l| l.name.trim())
            .collect();
        if !hidden.is_empty() {
            parts.push(format!("{}: {}", w.hidden_lanes, hidden.join(", ")));
        }
        parts.push(format!("{} {}", w.exported, w.date(date)));
        let max = self.width - 2.0 * SIDE;
        let lines = text::wrap(
            &parts.join(" · "),
            max,
            sizes::CARD_BODY,
            Weight::Regular,
            3,
        );
        let top = heading_bottom + 4.0;
        let view = block(&lines, SIDE, top, sizes::CARD_BODY, Weight::Regular);
        let bottom = top + lines.len() as f32 * line_height(sizes::CARD_BODY) + 12.0;
        self.title_block = Some(TitleBlock {
            rect: Rect::new(0.0, 0.0, self.width, bottom),
            view,
        });
        bottom
    }

    /// The persona legend from `top` down, when the map has personas; returns the new bottom.
    pub(super) fn place_persona_legend(&mut self, map: &Map, top: f32) -> f32 {
        if map.personas.is_empty() {
            return top;
        }
        let w = words::words(&map.language);
        let inner = (self.width - 2.0 * SIDE).max(LEGEND_COLUMN);
        let columns = ((inner / LEGEND_COLUMN).floor() as usize).clamp(1, 64);
        let column_w = inner / columns as f32;
        let mut y = top + 14.0;
        let heading_line = text::single_line(w.personas, inner, sizes::CARD_BODY, Weight::Bold);
        let heading = block(&[heading_line], SIDE, y, sizes::CARD_BODY, Weight::Bold);
        y += line_height(sizes::CARD_BODY) + 6.0;
        let name_h = line_height(sizes::CARD_BODY);
        let text_x = 2.0 * BADGE_RADIUS + 6.0;
        let room = column_w - text_x - 12.0;
        let mut entries = Vec::with_capacity(map.personas.len());
        for row in map.personas.chunks(columns) {
            let mut row_h: f32 = name_h;
            for (i, p) in row.iter().enumerate() {
                let x = SIDE + i as f32 * column_w;
                let center = Point::new(x + BADGE_RADIUS, y + name_h / 2.0);
                let name_line = text::single_line(&p.name, room, sizes::CARD_BODY, Weight::Bold);
                let name = block(&[name_line], x + text_x, y, sizes::CARD_BODY, Weight::Bold);
                let first = p.description.lines().map(str::trim).find(|l| !l.is_empty());
                let description = match first {
                    Some(line) => {
                        let l = text::single_line(line, room, sizes::SMALL, Weight::Regular);
                        row_h = row_h.max(name_h + line_height(sizes::SMALL));
                        block(&[l], x + text_x, y + name_h, sizes::SMALL, Weight::Regular)
                    }
                    None => TextBlock::default(),
                };
                entries.push(LegendPersona {
                    persona: p.id,
                    badge: badge(p.id, &p.name, center),
                    name,
                    description,
                });
            }
            y += row_h + 8.0;
        }
        let bottom = y + 6.0;
        self.persona_legend = Some(PersonaLegend {
            rect: Rect::new(0.0, top, self.width, bottom - top),
            heading,
            entries,
        });
        bottom
    }
}
