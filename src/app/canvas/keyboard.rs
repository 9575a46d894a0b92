//! Moving the selection with the keyboard: arrow keys step from card to card, Ctrl+arrows from
//! header to header. The order comes from the layout (what the canvas shows, hidden lanes left
//! out), so it matches what a sighted user reads.

use super::super::actions::Direction;
use super::super::view::Selected;
use super::TrailmapApp;
use crate::layout::Layout;
use crate::model::{Cell, Map, TouchpointId};

/// The cards in the order the arrow keys visit them: along the lanes (left and right), or down
/// the stages' columns (up and down). Within a cell, top to bottom. With rows pivoted, a card
/// drawn in two rows is visited once, where it is first drawn (`map` knows no copies).
pub(super) fn card_order(layout: &Layout, map: &Map, along_lanes: bool) -> Vec<TouchpointId> {
    let stage_at = |c: Cell| layout.stages.iter().position(|s| s.id == c.stage);
    let lane_at = |c: Cell| layout.lanes.iter().position(|l| l.id == c.lane);
    let mut cards: Vec<_> = layout
        .cards
        .iter()
        .filter(|c| map.touchpoint_index(c.id).is_some())
        .filter_map(|c| {
            let (s, l) = (stage_at(c.cell)?, lane_at(c.cell)?);
            let (major, minor) = if along_lanes { (l, s) } else { (s, l) };
            Some(((major, minor, c.rect.y), c.id))
        })
        .collect();
    cards.sort_by(|(a, _), (b, _)| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.total_cmp(&b.2)));
    cards.into_iter().map(|(_, id)| id).collect()
}

/// The card after (or before) `from` in `order`; the first or last at the ends stays put.
fn step(order: &[TouchpointId], from: TouchpointId, forward: bool) -> Option<TouchpointId> {
    let i = order.iter().position(|&id| id == from)?;
    let j = if forward {
        (i + 1).min(order.len().saturating_sub(1))
    } else {
        i.saturating_sub(1)
    };
    order.get(j).copied()
}

impl TrailmapApp {
    /// Arrow keys on the canvas: selects the neighbouring card, or the first card in view when
    /// no card is selected, and scrolls it into view.
    pub(crate) fn select_card_towards(&mut self, dir: Direction) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let along_lanes = matches!(dir, Direction::Left | Direction::Right);
        let forward = matches!(dir, Direction::Right | Direction::Down);
        let order = card_order(layout, self.doc.map(), along_lanes);
        let current = match self.view.selection.single() {
            Some(Selected::Touchpoint(id)) if order.contains(&id) => Some(id),
            _ => None,
        };
        let next = match current {
            Some(id) => step(&order, id, forward),
            None => {
                // The first card (in reading order) that is on screen, else the first of all.
                let reading = card_order(layout, self.doc.map(), true);
                let in_view = self.canvas.viewport().and_then(|vp| {
                    reading.iter().copied().find(|&id| {
                        layout
                            .card(id)
                            .is_some_and(|c| vp.rect_to_screen(c.rect).intersects(vp.rect))
                    })
                });
                in_view.or_else(|| reading.first().copied())
            }
        };
        let Some(id) = next else {
            return;
        };
        let cell = layout.card(id).map(|c| c.cell);
        self.view.selection.set(Selected::Touchpoint(id));
        self.view.selection.cell = cell;
        self.canvas.reveal(Selected::Touchpoint(id));
    }

    /// Ctrl+arrows on the canvas: left and right select stage headers, up and down lane
    /// headers, starting from the selected card's stage or lane.
    pub(crate) fn select_header_towards(&mut self, dir: Direction) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let card_cell = match self.view.selection.single() {
            Some(Selected::Touchpoint(id)) => layout.card(id).map(|c| c.cell),
            _ => None,
        };
        let item = match dir {
            Direction::Left | Direction::Right => {
                let ids: Vec<_> = layout.stages.iter().map(|s| s.id).collect();
                let at = match self.view.selection.single() {
                    Some(Selected::Stage(id)) => ids.iter().position(|&s| s == id),
                    _ => None,
                };
                let index = match (at, card_cell) {
                    (Some(i), _) if dir == Direction::Right => (i + 1).min(ids.len() - 1),
                    (Some(i), _) => i.saturating_sub(1),
                    // From a card: its own stage first.
                    (None, Some(cell)) => ids.iter().position(|&s| s == cell.stage).unwrap_or(0),
                    (None, None) => 0,
                };
                ids.get(index).map(|&id| Selected::Stage(id))
            }
            Direction::Up | Direction::Down => {
                // Rows pivoted: a row's header is no lane of the map, nothing to select.
                let map = self.doc.map();
                let ids: Vec<_> = layout
                    .lanes
                    .iter()
                    .map(|l| l.id)
                    .filter(|&l| map.lane(l).is_some())
                    .collect();
                if ids.is_empty() {
                    return;
                }
                let at = match self.view.selection.single() {
                    Some(Selected::Lane(id)) => ids.iter().position(|&l| l == id),
                    _ => None,
                };
                let index = match (at, card_cell) {
                    (Some(i), _) if dir == Direction::Down => (i + 1).min(ids.len() - 1),
                    (Some(i), _) => i.saturating_sub(1),
                    (None, Some(cell)) => ids.iter().position(|&l| l == cell.lane).unwrap_or(0),
                    (None, None) => 0,
                };
                ids.get(index).map(|&id| Selected::Lane(id))
            }
        };
        if let Some(item) = item {
            self.view.selection.set(item);
            self.canvas.reveal(item);
        }
    }
}

impl TrailmapApp {
    /// Enters connect mode from `from`: the arrow keys pick the target, Enter draws the arrow,
    /// Esc cancels.
    pub(crate) fn start_connecting(&mut self, from: TouchpointId) {
        self.canvas.connect = Some(super::Connecting { from, to: None });
        self.notify(crate::tr!("status-connect-hint"));
    }

    /// Arrow keys in connect mode: the neighbouring card of the one picked so far (or of the
    /// start card) becomes the target.
    pub(crate) fn pick_target_towards(&mut self, dir: Direction) {
        let (Some(connect), Some(layout)) = (self.canvas.connect, self.canvas.layout()) else {
            return;
        };
        let along_lanes = matches!(dir, Direction::Left | Direction::Right);
        let forward = matches!(dir, Direction::Right | Direction::Down);
        let order = card_order(layout, self.doc.map(), along_lanes);
        let mut next = step(&order, connect.to.unwrap_or(connect.from), forward);
        if next == Some(connect.from) {
            // An arrow never points back at its own card: skip over it.
            next = step(&order, connect.from, forward).filter(|&id| id != connect.from);
        }
        if let Some(to) = next {
            self.canvas.connect = Some(super::Connecting {
                to: Some(to),
                ..connect
            });
            self.canvas.reveal(Selected::Touchpoint(to));
        }
    }

    /// Enter in connect mode: draws the arrow to the picked card (one undo step) and selects
    /// it, or selects the arrow that is already there.
    pub(crate) fn finish_connecting(&mut self) {
        let Some(connect) = self.canvas.connect else {
            return;
        };
        let Some(to) = connect.to else {
            self.notify(crate::tr!("status-connect-hint"));
            return;
        };
        self.canvas.connect = None;
        let map = self.doc.map();
        if let Some(c) = map
            .connectors
            .iter()
            .find(|c| c.from == connect.from && c.to == to)
        {
            let id = c.id;
            self.view.selection.set(Selected::Connector(id));
            return;
        }
        let id = map.next_connector_id();
        let command = crate::edit::Command::InsertConnector(crate::model::Connector {
            id,
            from: connect.from,
            to,
            label: String::new(),
        });
        if self.apply(command) {
            self.view.selection.set(Selected::Connector(id));
            self.notify(crate::tr!("status-connected"));
        }
    }

    /// Connect mode on the canvas: a ring around the picked card and a line to it.
    pub(super) fn connect_overlay_ui(&self, ui: &egui::Ui, vp: super::viewport::Viewport) {
        let (Some(connect), Some(layout)) = (self.canvas.connect, self.canvas.layout()) else {
            return;
        };
        let painter = ui.painter_at(vp.rect);
        let color = ui.visuals().selection.stroke.color;
        let Some(from) = layout.card(connect.from).map(|c| vp.rect_to_screen(c.rect)) else {
            return;
        };
        painter.rect_stroke(
            from.expand(3.0),
            4.0,
            egui::Stroke::new(2.0, color),
            egui::StrokeKind::Outside,
        );
        if let Some(to) = connect
            .to
            .and_then(|id| layout.card(id))
            .map(|c| vp.rect_to_screen(c.rect))
        {
            painter.rect_stroke(
                to.expand(3.0),
                4.0,
                egui::Stroke::new(3.0, color),
                egui::StrokeKind::Outside,
            );
            painter.add(egui::Shape::dashed_line(
                &[from.center(), to.center()],
                egui::Stroke::new(2.0, color),
                8.0,
                5.0,
            ));
        }
    }
}
