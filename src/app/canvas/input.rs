//! Pointer input on the canvas: what is under the pointer, and what a click, double-click or
//! drag there means. Gestures become commands; a drag becomes one undo step (applied on drop, or
//! in a canvas-owned undo group for live edits such as resizing), and Esc cancels it.

use egui::{CursorIcon, Key, PointerButton, Pos2, Response, Vec2};

use super::super::actions;
use super::super::document::GroupOwner;
use super::super::view::Selected;
use super::viewport::Viewport;
use super::{Reorder, TrailmapApp};
use crate::edit::{Command, StageField};
use crate::geom::Point;
use crate::layout::{CardStyle, Layout};
use crate::model::{
    Cell, Connector, ConnectorId, LaneId, STAGE_WIDTH_RANGE, StageId, TouchpointId,
};
use crate::pivot::{Pivoted, RowMeaning};

/// The gesture in progress.
#[derive(Clone, Debug, Default)]
pub enum Interaction {
    /// Nothing.
    #[default]
    None,
    /// Esc was pressed during a drag: ignore the pointer until the button is released.
    Cancelled,
    /// Moving the view (middle-drag, Space+drag).
    Pan,
    /// Dragging cards to another cell or position.
    MoveCards {
        /// The cards, top-left first.
        ids: Vec<TouchpointId>,
        /// The card that was grabbed.
        anchor: TouchpointId,
        /// Pointer minus the grabbed card's top-left corner, in screen points.
        grab: Vec2,
        /// Where they would land: cell and position.
        target: Option<(Cell, u32)>,
        /// Rows pivoted: the row the grabbed card was drawn in (a lane of the pivoted map).
        from_row: Option<LaneId>,
    },
    /// Selecting the cards inside a rectangle.
    RubberBand {
        /// Where the drag started, map units.
        start: Point,
        /// The selection before the drag (kept when Shift/Ctrl is held).
        base: Vec<Selected>,
    },
    /// Dragging a stage or lane header to a new place.
    Reorder {
        /// What moves.
        what: Reorder,
        /// Its new position.
        index: usize,
    },
    /// Dragging a stage's right border.
    ResizeStage {
        /// Which stage.
        id: StageId,
        /// Its width when the drag started.
        start_width: f32,
        /// The pointer's map x when the drag started.
        start_x: f32,
    },
    /// Drawing an arrow from a card's handle.
    Connect {
        /// The start card.
        from: TouchpointId,
        /// The card under the pointer, if any.
        to: Option<TouchpointId>,
    },
    /// Dragging an emotion point up or down.
    Emotion {
        /// The card.
        id: TouchpointId,
        /// Its emotion lane.
        lane: LaneId,
    },
}

/// What lies under a point of the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Hit {
    /// A card's arrow handle.
    Handle(TouchpointId),
    /// An emotion point.
    Emotion(TouchpointId),
    /// A card.
    Card(TouchpointId),
    /// The right border of a stage.
    StageBorder(StageId),
    /// A stage header.
    StageHeader(StageId),
    /// A lane header.
    LaneHeader(LaneId),
    /// An arrow.
    Connector(ConnectorId),
    /// An empty part of a cell.
    Cell(Cell),
    /// Outside the grid (title, margins).
    Paper,
}

/// Radius of a card's arrow handle, screen points.
pub const HANDLE_RADIUS: f32 = 6.0;

/// Where a card's arrow handle sits (map units): its bottom-right corner, clear of the
/// arrows (which leave from the middle of an edge) and of the channel icon (top right).
pub fn handle_center(layout: &Layout, id: TouchpointId) -> Option<Point> {
    let card = layout.card(id)?;
    if card.style == CardStyle::Emotion {
        return None;
    }
    Some(Point::new(
        card.rect.right() - 2.0,
        card.rect.bottom() - 2.0,
    ))
}

/// What is under the screen point `p`; handles are offered on the cards in `handles`. With
/// rows pivoted, a card drawn twice is the map's card, and a row's header is no lane of the
/// map (nothing to select or drag there).
pub fn hit(
    layout: &Layout,
    pivot: Option<&Pivoted<'_>>,
    vp: &Viewport,
    p: Pos2,
    handles: &[TouchpointId],
) -> Hit {
    let h = laid_hit(layout, vp, p, handles);
    let Some(pivot) = pivot else {
        return h;
    };
    match h {
        Hit::Handle(id) => Hit::Handle(pivot.original(id)),
        Hit::Emotion(id) => Hit::Emotion(pivot.original(id)),
        Hit::Card(id) => Hit::Card(pivot.original(id)),
        Hit::LaneHeader(id) if !matches!(pivot.meaning(id), RowMeaning::Lane(_)) => Hit::Paper,
        other => other,
    }
}

fn laid_hit(layout: &Layout, vp: &Viewport, p: Pos2, handles: &[TouchpointId]) -> Hit {
    let m = vp.map_point(p);
    let zoom = vp.zoom;
    for &id in handles {
        if let Some(c) = handle_center(layout, id)
            && (c.x - m.x).hypot(c.y - m.y) <= (HANDLE_RADIUS + 2.0) / zoom
        {
            return Hit::Handle(id);
        }
    }
    if let Some(id) = layout.emotion_marker_at(m, 2.0 / zoom) {
        return Hit::Emotion(id);
    }
    // Never wider than the gap between a column's edge and its cards.
    let border = (4.0 / zoom).min(crate::layout::CELL_PADDING * 0.6);
    if let Some(id) = layout.stage_border_at(m, border) {
        return Hit::StageBorder(id);
    }
    if let Some(id) = layout.connector_at(m, 4.0 / zoom) {
        return Hit::Connector(id);
    }
    if let Some(id) = layout.card_at(m) {
        return Hit::Card(id);
    }
    if let Some(id) = layout.stage_header_at(m) {
        return Hit::StageHeader(id);
    }
    if let Some(id) = layout.lane_header_at(m) {
        return Hit::LaneHeader(id);
    }
    match layout.cell_at(m) {
        Some(cell) => Hit::Cell(cell),
        None => Hit::Paper,
    }
}

impl Hit {
    /// What selecting this hit selects.
    pub fn selectable(self) -> Option<Selected> {
        match self {
            Hit::Handle(id) | Hit::Emotion(id) | Hit::Card(id) => Some(Selected::Touchpoint(id)),
            Hit::StageHeader(id) => Some(Selected::Stage(id)),
            Hit::LaneHeader(id) => Some(Selected::Lane(id)),
            Hit::Connector(id) => Some(Selected::Connector(id)),
            Hit::StageBorder(_) | Hit::Cell(_) | Hit::Paper => None,
        }
    }
}

impl TrailmapApp {
    /// Cards that show their arrow handle: the hovered and the selected ones.
    pub(super) fn handle_cards(&self) -> Vec<TouchpointId> {
        let mut ids = self.view.selection.touchpoints();
        if let Some(Selected::Touchpoint(id)) = self.view.hover {
            ids.push(id);
        }
        ids
    }

    /// Reads the pointer and keys over the canvas and acts on them.
    pub(super) fn canvas_input_ui(&mut self, ui: &egui::Ui, response: &Response, vp: Viewport) {
        let ctx = ui.ctx().clone();
        self.inspector.end_stale_session(&ctx, &mut self.doc);
        let Some(laid) = self.canvas.laid.take() else {
            return;
        };
        let layout = &laid.layout;
        let (modifiers, space) = ctx.input(|i| (i.modifiers, i.key_down(Key::Space)));
        let typing = self.canvas.typing_elsewhere(&ctx);
        let pointer = response.hover_pos();

        // Wheel: scroll, Ctrl+wheel or pinch: zoom around the pointer.
        if let Some(p) = pointer {
            let (zoom, scroll) = ctx.input(|i| (i.zoom_delta(), i.smooth_scroll_delta));
            if zoom != 1.0 {
                // egui's wheel zoom is steep (a notch is a third); a gentler step keeps the
                // pointer's spot in sight.
                self.canvas.zoom_by(&mut self.view, zoom.powf(0.5), Some(p));
            }
            if scroll != Vec2::ZERO {
                self.view.scroll -= scroll;
            }
        }

        // Hover and cursor.
        let handles = self.handle_cards();
        let hovered = pointer.map(|p| hit(layout, laid.pivot.as_ref(), &vp, p, &handles));
        // Hover follows the pointer only while no button is down, so a drag starts from what
        // was under the pointer when it was pressed (a card's handle shows only on hover).
        let button_down = ctx.input(|i| i.pointer.any_down());
        if matches!(self.canvas.interaction, Interaction::None) && !button_down {
            self.view.hover = hovered.and_then(Hit::selectable);
            let cursor = match hovered {
                _ if space && !typing => Some(CursorIcon::Grab),
                Some(Hit::StageBorder(_)) => Some(CursorIcon::ResizeHorizontal),
                Some(Hit::Handle(_)) => Some(CursorIcon::Crosshair),
                Some(Hit::Emotion(_)) => Some(CursorIcon::ResizeVertical),
                Some(Hit::StageHeader(_) | Hit::LaneHeader(_)) => Some(CursorIcon::Grab),
                Some(Hit::Card(_) | Hit::Connector(_)) => Some(CursorIcon::PointingHand),
                _ => None,
            };
            if let Some(c) = cursor {
                ctx.set_cursor_icon(c);
            }
        }

        // Clicks.
        let additive = modifiers.shift || modifiers.command;
        if response.clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            let h = hit(layout, laid.pivot.as_ref(), &vp, p, &handles);
            self.click(layout, h, additive);
        }
        if response.double_clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            let h = hit(layout, laid.pivot.as_ref(), &vp, p, &handles);
            // A pivoted row's cell is no cell of the map: the card goes where the row shows it.
            let in_row = match h {
                Hit::Cell(c) => {
                    let row = self.card_for_row(laid.pivot.as_ref(), c, None);
                    self.add_card_in_row(row, c)
                }
                _ => false,
            };
            if !in_row {
                self.double_click(layout, h, vp.map_point(p));
            }
        }
        if response.secondary_clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            let h = hit(layout, laid.pivot.as_ref(), &vp, p, &handles);
            if let Some(item) = h.selectable()
                && !self.view.selection.contains(item)
            {
                self.view.selection.set(item);
            }
            if let Hit::Cell(cell) = h {
                self.view.selection.cell = Some(cell);
            }
            self.canvas.context = Some(super::menus::ContextTarget::from_hit(h));
        }

        // Drags.
        if response.drag_started() {
            let origin = ctx.input(|i| i.pointer.press_origin()).or(pointer);
            if let Some(origin) = origin {
                let button = if response.drag_started_by(PointerButton::Middle) {
                    PointerButton::Middle
                } else if response.drag_started_by(PointerButton::Primary) {
                    PointerButton::Primary
                } else {
                    PointerButton::Secondary
                };
                self.start_drag(&laid, &vp, origin, button, space && !typing, additive);
            }
        }
        if response.dragged()
            && let Some(p) = pointer.or_else(|| ctx.input(|i| i.pointer.latest_pos()))
        {
            self.continue_drag(layout, &vp, p, response.drag_delta());
            if self.autoscroll(&vp, p) {
                ctx.request_repaint();
            }
        }
        if response.drag_stopped() {
            self.finish_drag(&laid);
        }
        if !response.dragged() && !response.drag_stopped() && !ctx.input(|i| i.pointer.any_down()) {
            // A drag that ended outside our knowledge (focus loss): never leave it hanging.
            if !matches!(self.canvas.interaction, Interaction::None) {
                self.finish_drag(&laid);
            }
        }

        self.canvas.laid = Some(laid);
    }

    fn click(&mut self, layout: &Layout, h: Hit, additive: bool) {
        let sel = &mut self.view.selection;
        match h.selectable() {
            Some(item) => {
                if additive {
                    sel.toggle(item);
                } else {
                    sel.set(item);
                }
                if let Selected::Touchpoint(id) = item
                    && let Some(card) = layout.card(id)
                {
                    sel.cell = Some(card.cell);
                }
            }
            None => {
                if !additive {
                    sel.clear();
                }
                sel.cell = match h {
                    Hit::Cell(cell) => Some(cell),
                    _ => None,
                };
            }
        }
    }

    fn double_click(&mut self, layout: &Layout, h: Hit, m: Point) {
        match h {
            Hit::Card(id) | Hit::Emotion(id) => {
                self.view.selection.set(Selected::Touchpoint(id));
                self.canvas.start_title_edit(self.doc.map(), id);
            }
            Hit::Cell(cell) => {
                let order = layout.drop_order(cell, m, &[]);
                let (command, id) = actions::insert_touchpoint(self.doc.map(), cell, None, "");
                let command = match command {
                    Command::InsertTouchpoint(mut t) => {
                        t.order = order.min(self.doc.map().cell_len(cell));
                        if self
                            .doc
                            .map()
                            .lane(cell.lane)
                            .is_some_and(|l| l.kind == crate::model::LaneKind::Emotion)
                        {
                            t.emotion = layout.emotion_score_at(cell.lane, m.y);
                        }
                        Command::InsertTouchpoint(t)
                    }
                    other => other,
                };
                let (command, tagged) = self.placing(command);
                if self.canvas.insert_and_edit(&mut self.doc, command, id) {
                    self.view.selection.set(Selected::Touchpoint(id));
                    self.view.selection.cell = Some(cell);
                    self.notify_tagged(&tagged);
                }
            }
            Hit::StageHeader(_) | Hit::LaneHeader(_) | Hit::Connector(_) => {
                if let Some(item) = h.selectable() {
                    self.view.selection.set(item);
                }
                self.show_inspector = true;
                self.inspector.focus_name();
            }
            Hit::Handle(_) | Hit::StageBorder(_) | Hit::Paper => {}
        }
    }

    fn start_drag(
        &mut self,
        laid: &super::Laid,
        vp: &Viewport,
        origin: Pos2,
        button: PointerButton,
        space: bool,
        additive: bool,
    ) {
        self.canvas.title_edit = None;
        let interaction = match button {
            PointerButton::Middle => Interaction::Pan,
            PointerButton::Primary if space => Interaction::Pan,
            PointerButton::Primary => self.primary_drag(laid, vp, origin, additive),
            _ => Interaction::Cancelled,
        };
        self.canvas.interaction = interaction;
    }

    fn primary_drag(
        &mut self,
        laid: &super::Laid,
        vp: &Viewport,
        origin: Pos2,
        additive: bool,
    ) -> Interaction {
        let layout = &laid.layout;
        let m = vp.map_point(origin);
        let handles = self.handle_cards();
        match hit(layout, laid.pivot.as_ref(), vp, origin, &handles) {
            Hit::Handle(from) => Interaction::Connect { from, to: None },
            Hit::Emotion(id) => {
                let Some(card) = layout.card(id) else {
                    return Interaction::Cancelled;
                };
                self.view.selection.set(Selected::Touchpoint(id));
                self.doc.begin_group(GroupOwner::Canvas, "Change emotion");
                Interaction::Emotion {
                    id,
                    lane: card.cell.lane,
                }
            }
            Hit::Card(id) => {
                let item = Selected::Touchpoint(id);
                if !self.view.selection.contains(item) {
                    if additive {
                        self.view.selection.add(item);
                    } else {
                        self.view.selection.set(item);
                    }
                }
                let mut ids: Vec<TouchpointId> = self
                    .view
                    .selection
                    .touchpoints()
                    .into_iter()
                    .filter(|id| layout.card(*id).is_some())
                    .collect();
                ids.sort_by(|a, b| {
                    let ra = layout.card(*a).map(|c| (c.rect.x, c.rect.y));
                    let rb = layout.card(*b).map(|c| (c.rect.x, c.rect.y));
                    ra.partial_cmp(&rb).unwrap_or(std::cmp::Ordering::Equal)
                });
                // The copy under the pointer (rows pivoted, a card drawn twice), else the card.
                let grabbed = layout.card_at(m).and_then(|c| layout.card(c));
                let Some(card) = grabbed.or_else(|| layout.card(id)) else {
                    return Interaction::Cancelled;
                };
                let grab = origin - vp.screen_point(Point::new(card.rect.x, card.rect.y));
                Interaction::MoveCards {
                    ids,
                    anchor: id,
                    grab,
                    target: None,
                    from_row: laid.pivot.as_ref().map(|_| card.cell.lane),
                }
            }
            Hit::StageBorder(id) => {
                let Some(stage) = layout.stages.iter().find(|s| s.id == id) else {
                    return Interaction::Cancelled;
                };
                self.doc.begin_group(GroupOwner::Canvas, "Resize stage");
                Interaction::ResizeStage {
                    id,
                    start_width: stage.header.w,
                    start_x: m.x,
                }
            }
            Hit::StageHeader(id) => {
                self.view.selection.set(Selected::Stage(id));
                let index = self.doc.map().stage_index(id).unwrap_or(0);
                Interaction::Reorder {
                    what: Reorder::Stage(id),
                    index,
                }
            }
            Hit::LaneHeader(id) => {
                self.view.selection.set(Selected::Lane(id));
                let index = self.doc.map().lane_index(id).unwrap_or(0);
                Interaction::Reorder {
                    what: Reorder::Lane(id),
                    index,
                }
            }
            Hit::Connector(_) | Hit::Cell(_) | Hit::Paper => {
                let base = if additive {
                    self.view.selection.iter().collect()
                } else {
                    Vec::new()
                };
                Interaction::RubberBand { start: m, base }
            }
        }
    }

    fn continue_drag(&mut self, layout: &Layout, vp: &Viewport, p: Pos2, delta: Vec2) {
        let m = vp.map_point(p);
        let mut interaction = std::mem::take(&mut self.canvas.interaction);
        match &mut interaction {
            Interaction::None | Interaction::Cancelled => {}
            Interaction::Pan => self.view.scroll -= delta,
            Interaction::MoveCards { ids, target, .. } => {
                *target = layout
                    .cell_at(m)
                    .map(|cell| (cell, layout.drop_order(cell, m, ids)));
            }
            Interaction::RubberBand { start, base } => {
                let band = crate::geom::Rect::around(&[*start, m]);
                let mut items = base.clone();
                items.extend(
                    layout
                        .cards
                        .iter()
                        .filter(|c| c.rect.intersects(&band))
                        .map(|c| Selected::Touchpoint(c.id)),
                );
                self.view.selection.set_all(items);
            }
            Interaction::Reorder { what, index } => {
                *index = match *what {
                    Reorder::Stage(id) => layout
                        .stages
                        .iter()
                        .filter(|s| s.id != id && s.header.center().x < m.x)
                        .count(),
                    Reorder::Lane(id) => layout
                        .lanes
                        .iter()
                        .filter(|l| l.id != id && l.header.center().y < m.y)
                        .count(),
                };
            }
            Interaction::ResizeStage {
                id,
                start_width,
                start_x,
            } => {
                let w = (*start_width + m.x - *start_x)
                    .clamp(*STAGE_WIDTH_RANGE.start(), *STAGE_WIDTH_RANGE.end())
                    .round();
                let current = self.doc.map().stage(*id).and_then(|s| s.width);
                if current != Some(w) {
                    self.apply(Command::SetStage {
                        id: *id,
                        field: StageField::Width(Some(w)),
                    });
                }
            }
            Interaction::Connect { from, to } => {
                *to = layout.card_at(m).filter(|t| t != from);
            }
            Interaction::Emotion { id, lane } => {
                let score = layout.emotion_score_at(*lane, m.y);
                // The future view shows (and so edits) the target journey's score; a persona's
                // lane shows that persona's own score where the card has one.
                let future_view = self.view.state == crate::layout::StateView::Future;
                let persona = self.doc.map().lane(*lane).and_then(|l| l.for_persona());
                if let Some(card) = self.doc.map().touchpoint(*id).cloned()
                    && score.is_some()
                    && score
                        != crate::edit::lane_personas::shown_lane_emotion(
                            &card,
                            persona,
                            future_view,
                        )
                {
                    self.apply(crate::edit::lane_personas::set_lane_emotion(
                        &card,
                        persona,
                        score,
                        future_view,
                    ));
                }
            }
        }
        self.canvas.interaction = interaction;
    }

    fn finish_drag(&mut self, laid: &super::Laid) {
        let interaction = std::mem::take(&mut self.canvas.interaction);
        match interaction {
            Interaction::None | Interaction::Cancelled | Interaction::Pan => {}
            Interaction::RubberBand { .. } => {}
            Interaction::MoveCards {
                ids,
                anchor,
                target: Some((cell, order)),
                from_row: Some(from_row),
                ..
            } if laid.pivot.is_some() => {
                let Some(pivot) = &laid.pivot else {
                    return;
                };
                let rows = super::super::pivot_rows::RowDrop {
                    pivot,
                    layout: &laid.layout,
                    from_row,
                    cell,
                    order,
                };
                self.drop_in_rows(&ids, anchor, &rows);
            }
            Interaction::MoveCards {
                ids,
                target: Some((cell, order)),
                ..
            } => {
                if let Some(command) = actions::move_touchpoints(self.doc.map(), &ids, cell, order)
                    && self.apply_placing(command)
                {
                    self.view.selection.cell = Some(cell);
                }
            }
            Interaction::MoveCards { target: None, .. } => {}
            Interaction::Reorder { what, index } => {
                let command = match what {
                    Reorder::Stage(id) => (self.doc.map().stage_index(id) != Some(index))
                        .then_some(Command::MoveStage { id, index }),
                    Reorder::Lane(id) => {
                        // The index counts visible lanes; hidden ones keep their place.
                        let visible: Vec<LaneId> = self
                            .doc
                            .map()
                            .lanes
                            .iter()
                            .filter(|l| !self.view.hidden_lanes.contains(&l.id) && l.id != id)
                            .map(|l| l.id)
                            .collect();
                        let target = match visible.get(index) {
                            Some(next) => {
                                let at = self.doc.map().lane_index(*next).unwrap_or(0);
                                let from = self.doc.map().lane_index(id).unwrap_or(0);
                                if from < at { at - 1 } else { at }
                            }
                            None => self.doc.map().lanes.len().saturating_sub(1),
                        };
                        (self.doc.map().lane_index(id) != Some(target))
                            .then_some(Command::MoveLane { id, index: target })
                    }
                };
                if let Some(c) = command {
                    self.apply(c);
                }
            }
            Interaction::ResizeStage { .. } | Interaction::Emotion { .. } => {
                self.doc.end_group_of(GroupOwner::Canvas);
            }
            Interaction::Connect { from, to: Some(to) } => {
                let map = self.doc.map();
                let exists = map.connectors.iter().find(|c| c.from == from && c.to == to);
                match exists {
                    Some(c) => {
                        let id = c.id;
                        self.view.selection.set(Selected::Connector(id));
                    }
                    None => {
                        let id = map.next_connector_id();
                        let command = Command::InsertConnector(Connector {
                            id,
                            from,
                            to,
                            label: String::new(),
                        });
                        if self.apply(command) {
                            // Ready to type a label; Esc or a click elsewhere leaves it empty.
                            self.view.selection.set(Selected::Connector(id));
                            self.show_inspector = true;
                            self.inspector.focus_name();
                        }
                    }
                }
            }
            Interaction::Connect { to: None, .. } => {}
        }
    }

    /// Scrolls when a drag nears the canvas edge; true while it does.
    fn autoscroll(&mut self, vp: &Viewport, p: Pos2) -> bool {
        let scrolls = matches!(
            self.canvas.interaction,
            Interaction::MoveCards { .. }
                | Interaction::RubberBand { .. }
                | Interaction::Reorder { .. }
                | Interaction::Connect { .. }
        );
        if !scrolls {
            return false;
        }
        const EDGE: f32 = 28.0;
        const SPEED: f32 = 14.0;
        let r = vp.rect;
        let speed = |d: f32| ((EDGE - d) / EDGE).clamp(0.0, 1.0) * SPEED;
        let delta = Vec2::new(
            speed(r.right() - p.x) - speed(p.x - r.left()),
            speed(r.bottom() - p.y) - speed(p.y - r.top()),
        );
        if delta == Vec2::ZERO {
            return false;
        }
        self.view.scroll += delta;
        true
    }
}
