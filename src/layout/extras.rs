//! What a view adds around the cards: insight markers at the bottom of cells, the owner legend
//! and the numbered footnotes under the map.

use std::collections::BTreeMap;

use super::FastMap;
use super::{
    CELL_PADDING, Footnote, InsightKind, InsightMarker, LANE_HEADER_WIDTH, Layout, LayoutOptions,
    LegendEntry, MARKER_HEIGHT, block, cells::Shown, line_height, sizes, text,
};
use crate::fonts::Weight;
use crate::geom::Rect;
use crate::insights;
use crate::model::{Cell, Lane, LaneId, Map, TouchpointId};

/// Footnote numbers of the cards with notes, in reading order (stage by stage, lane by lane, top
/// to bottom); `None` numbers when footnotes are off (the marker still shows).
pub(super) fn note_numbers(
    map: &Map,
    lanes: &[&Lane],
    cells: &FastMap<Cell, Vec<Shown<'_>>>,
    footnotes: bool,
) -> FastMap<TouchpointId, Option<u32>> {
    let mut out = FastMap::default();
    let mut n = 0;
    for stage in &map.stages {
        for lane in lanes {
            let cell = Cell {
                stage: stage.id,
                lane: lane.id,
            };
            for shown in cells.get(&cell).into_iter().flatten() {
                if !shown.card.notes.trim().is_empty() {
                    n += 1;
                    out.insert(shown.card.id, footnotes.then_some(n));
                }
            }
        }
    }
    out
}

/// The insights of every cell, when the options ask for them: overlaps always, gaps for the
/// chosen personas.
pub(super) fn insights_per_cell(
    map: &Map,
    options: &LayoutOptions,
) -> BTreeMap<Cell, Vec<InsightKind>> {
    let mut out: BTreeMap<Cell, Vec<InsightKind>> = BTreeMap::new();
    if !options.insights {
        return out;
    }
    for o in insights::overlaps(map) {
        out.entry(o.cell).or_default().push(InsightKind::Overlap {
            campaign: o.campaign,
            cards: o.cards,
        });
    }
    for g in insights::gaps(map, &options.personas) {
        out.entry(g.cell)
            .or_default()
            .push(InsightKind::Gap { persona: g.persona });
    }
    out
}

/// Room a lane keeps at the bottom of its cells for their markers.
pub(super) fn marker_band(found: &BTreeMap<Cell, Vec<InsightKind>>, lane: LaneId) -> f32 {
    let most = found
        .iter()
        .filter(|(cell, _)| cell.lane == lane)
        .map(|(_, list)| list.len())
        .max()
        .unwrap_or(0);
    most as f32 * MARKER_HEIGHT
}

impl Layout {
    /// Places the markers in the bands their lanes kept free, bottom up.
    pub(super) fn place_markers(&mut self, map: &Map, found: &BTreeMap<Cell, Vec<InsightKind>>) {
        for (cell, list) in found {
            let Some(rect) = self.cell_rect(*cell) else {
                continue;
            };
            let inner_w = rect.w - 2.0 * CELL_PADDING;
            let w = super::words::words(&map.language);
            for (i, kind) in list.iter().enumerate() {
                let words = match kind {
                    InsightKind::Overlap { campaign, cards } => {
                        format!("{}: {campaign} ×{}", w.overlap, cards.len())
                    }
                    InsightKind::Gap { persona } => format!(
                        "{}: {}",
                        w.not_reached,
                        map.persona(*persona).map_or("?", |p| p.name.as_str())
                    ),
                };
                let line = text::single_line(&words, inner_w - 12.0, sizes::SMALL, Weight::Bold);
                let h = MARKER_HEIGHT - 3.0;
                let y =
                    rect.bottom() - CELL_PADDING / 2.0 - (list.len() - i) as f32 * MARKER_HEIGHT
                        + 3.0;
                let pill = Rect::new(rect.x + CELL_PADDING, y, line.width + 12.0, h);
                let label = block(
                    &[line],
                    pill.x + 6.0,
                    y + (h - line_height(sizes::SMALL)) / 2.0,
                    sizes::SMALL,
                    Weight::Bold,
                );
                self.markers.push(InsightMarker {
                    cell: *cell,
                    kind: kind.clone(),
                    rect: pill,
                    label,
                });
            }
        }
    }

    /// The owner legend under the lanes (colour by owner); returns the new bottom.
    pub(super) fn place_legend(&mut self, map: &Map, top: f32) -> f32 {
        if !self.options.color_by_owner {
            return top;
        }
        let owners = owners(map);
        if owners.is_empty() {
            return top;
        }
        let mut x = LANE_HEADER_WIDTH;
        let mut y = top + 14.0;
        let lh = line_height(sizes::CARD_BODY);
        let heading = text::single_line(
            super::words::words(&map.language).owners,
            LANE_HEADER_WIDTH - 28.0,
            sizes::CARD_BODY,
            Weight::Bold,
        );
        self.legend_title = block(&[heading], 14.0, y, sizes::CARD_BODY, Weight::Bold);
        for owner in owners {
            let line = text::single_line(&owner, 220.0, sizes::CARD_BODY, Weight::Regular);
            let w = 14.0 + 6.0 + line.width + 18.0;
            if x + w > self.width && x > LANE_HEADER_WIDTH {
                x = LANE_HEADER_WIDTH;
                y += lh + 6.0;
            }
            let swatch = Rect::new(x, y + (lh - 12.0) / 2.0, 12.0, 12.0);
            let label = block(&[line], x + 18.0, y, sizes::CARD_BODY, Weight::Regular);
            self.legend.push(LegendEntry {
                owner,
                swatch,
                label,
            });
            x += w;
        }
        y + lh + 8.0
    }

    /// The numbered notes under the map (footnotes on); returns the new bottom.
    pub(super) fn place_footnotes(
        &mut self,
        map: &Map,
        numbers: &FastMap<TouchpointId, Option<u32>>,
        top: f32,
    ) -> f32 {
        let mut numbered: Vec<(u32, TouchpointId)> = numbers
            .iter()
            .filter_map(|(id, n)| n.map(|n| (n, *id)))
            .collect();
        if numbered.is_empty() {
            return top;
        }
        numbered.sort_unstable();
        let x = 14.0;
        let width = self.width - 2.0 * x - 24.0;
        let mut y = top + 14.0;
        for (number, id) in numbered {
            let Some(t) = map.touchpoint(id) else {
                continue;
            };
            let words = format!("{} — {}", t.title.trim(), t.notes.trim());
            let lines = text::wrap(&words, width, sizes::CARD_BODY, Weight::Regular, 6);
            let mut block = block(&lines, x + 24.0, y, sizes::CARD_BODY, Weight::Regular);
            // The number hangs in the margin, as in a printed document.
            let n = number.to_string();
            let w = text::measure(&n, sizes::CARD_BODY, Weight::Bold);
            if let Some(first) = block.lines.first() {
                let origin = crate::geom::Point::new(x + 18.0 - w, first.origin.y);
                block.lines.insert(
                    0,
                    super::PlacedLine {
                        origin,
                        text: n.into(),
                        width: w,
                    },
                );
            }
            y += lines.len().max(1) as f32 * line_height(sizes::CARD_BODY) + 4.0;
            self.footnotes.push(Footnote {
                card: id,
                number,
                text: block,
            });
        }
        y + 8.0
    }
}

/// The departments that own cards, in the order they first appear on the map (stage by stage),
/// which also fixes their colours.
pub fn owners(map: &Map) -> Vec<String> {
    let mut cards: Vec<&crate::model::Touchpoint> = map.touchpoints.iter().collect();
    cards.sort_by_key(|t| (map.stage_index(t.stage), map.lane_index(t.lane), t.order));
    let mut out: Vec<String> = Vec::new();
    for t in cards {
        let o = t.owner.trim();
        if !o.is_empty() && !out.iter().any(|x| x == o) {
            out.push(o.to_owned());
        }
    }
    out
}
