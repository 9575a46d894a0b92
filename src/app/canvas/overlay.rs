//! What the app draws over the scene from view state: hover and selection outlines, the cell new
//! cards go to, arrow handles, drop indicators, drag ghosts and the rubber band. None of it is in
//! the Scene, so exports never show it.

use egui::{Color32, CornerRadius, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

use super::super::theme::{DROP, HOVER, SELECTION, color32};
use super::super::view::Selected;
use super::input::{HANDLE_RADIUS, Interaction, handle_center};
use super::viewport::Viewport;
use super::{Reorder, TrailmapApp};
use crate::geom::Point;
use crate::layout::Layout;

/// Shapes in zoomed map coordinates, each with its bounds, like the painted scene.
type Overlays = Vec<(Rect, Shape)>;

fn zrect(r: crate::geom::Rect, zoom: f32) -> Rect {
    Rect::from_min_size(pos2(r.x * zoom, r.y * zoom), vec2(r.w * zoom, r.h * zoom))
}

fn outline(out: &mut Overlays, r: Rect, radius: f32, stroke: Stroke) {
    let shape = Shape::Rect(egui::epaint::RectShape::stroke(
        r,
        CornerRadius::same(radius.clamp(0.0, 255.0) as u8),
        stroke,
        StrokeKind::Outside,
    ));
    out.push((r.expand(stroke.width + 1.0), shape));
}

/// The colour an insight is picked out in: amber for overlaps, red for persona gaps (as the
/// markers the scene draws).
fn insight_color(kind: &crate::layout::InsightKind) -> Color32 {
    use crate::scene::palette;
    match kind {
        crate::layout::InsightKind::Overlap { .. } => color32(palette::CHANGED),
        crate::layout::InsightKind::Gap { .. } => color32(palette::REMOVED),
    }
}

fn fill(out: &mut Overlays, r: Rect, color: Color32) {
    out.push((r, Shape::rect_filled(r, 0.0, color)));
}

fn line(out: &mut Overlays, a: Pos2, b: Pos2, stroke: Stroke) {
    let bounds = Rect::from_two_pos(a, b).expand(stroke.width + 2.0);
    out.push((bounds, Shape::line_segment([a, b], stroke)));
}

impl TrailmapApp {
    /// Overlays that belong to the map (painted through every pane, like the scene).
    pub(super) fn overlay_shapes(&self, vp: Viewport) -> Overlays {
        let mut out = Overlays::new();
        let Some(layout) = self.canvas.layout() else {
            return out;
        };
        let z = vp.zoom;
        let sel = &self.view.selection;
        let dragging = !matches!(self.canvas.interaction, Interaction::None);

        // The insight picked in the insights panel: its cell and its marker, in its colour.
        let highlight = self
            .view
            .highlight
            .as_ref()
            .filter(|_| self.view.insights)
            .filter(|h| {
                layout
                    .markers
                    .iter()
                    .any(|m| m.cell == h.cell && m.kind == h.kind)
            });
        if let Some(h) = highlight
            && let Some(r) = layout.cell_rect(h.cell)
        {
            let color = insight_color(&h.kind);
            let r = zrect(r, z).shrink(2.0);
            fill(&mut out, r, color.gamma_multiply(0.07));
            outline(&mut out, r, 3.0, Stroke::new(2.5, color));
            for m in layout
                .markers
                .iter()
                .filter(|m| m.cell == h.cell && m.kind == h.kind)
            {
                outline(
                    &mut out,
                    zrect(m.rect, z),
                    m.rect.h * z / 2.0,
                    Stroke::new(2.0, color),
                );
            }
        }

        // The cell new and pasted cards go to, when nothing is selected.
        if sel.is_empty()
            && let Some(cell) = sel.cell
            && highlight.is_none_or(|h| h.cell != cell)
            && let Some(r) = layout.cell_rect(cell)
        {
            let r = zrect(r, z).shrink(2.0);
            fill(
                &mut out,
                r,
                Color32::from_rgba_unmultiplied(0x25, 0x63, 0xEB, 14),
            );
            outline(&mut out, r, 2.0, Stroke::new(1.0, HOVER));
        }

        // Hover.
        if !dragging
            && let Some(item) = self.view.hover
            && !sel.contains(item)
        {
            self.item_outline(&mut out, layout, item, z, Stroke::new(1.5, HOVER));
        }
        // Selection.
        for item in sel.iter() {
            self.item_outline(&mut out, layout, item, z, Stroke::new(2.0, SELECTION));
        }
        // Arrow handles on the hovered and selected cards.
        if !dragging || matches!(self.canvas.interaction, Interaction::Connect { .. }) {
            for id in self.handle_cards() {
                if let Some(c) = handle_center(layout, id) {
                    let center = pos2(c.x * z, c.y * z);
                    let r = HANDLE_RADIUS;
                    out.push((
                        Rect::from_center_size(center, vec2(2.0 * r + 4.0, 2.0 * r + 4.0)),
                        Shape::Circle(egui::epaint::CircleShape {
                            center,
                            radius: r,
                            fill: Color32::WHITE,
                            stroke: Stroke::new(1.5, SELECTION),
                        }),
                    ));
                }
            }
        }

        match &self.canvas.interaction {
            Interaction::MoveCards {
                ids,
                target: Some((cell, order)),
                ..
            } => drop_indicator(&mut out, layout, *cell, *order, ids, z),
            Interaction::Reorder { what, index } => {
                reorder_indicator(&mut out, layout, *what, *index, z)
            }
            Interaction::Connect { to: Some(to), .. } => {
                if let Some(card) = layout.card(*to) {
                    outline(
                        &mut out,
                        zrect(card.rect, z),
                        6.0 * z,
                        Stroke::new(2.5, DROP),
                    );
                }
            }
            _ => {}
        }
        out
    }

    fn item_outline(
        &self,
        out: &mut Overlays,
        layout: &Layout,
        item: Selected,
        z: f32,
        stroke: Stroke,
    ) {
        match item {
            Selected::Touchpoint(id) => {
                // Rows pivoted: every drawing of the card (a card for two personas).
                let drawn = self
                    .canvas
                    .pivot()
                    .map_or_else(|| vec![id], |p| p.copies_of(id));
                for card in drawn.into_iter().filter_map(|id| layout.card(id)) {
                    let r = match card.marker {
                        Some(m) => {
                            let rr = m.radius + 3.0;
                            crate::geom::Rect::new(
                                m.center.x - rr,
                                m.center.y - rr,
                                2.0 * rr,
                                2.0 * rr,
                            )
                            .union(&card.rect)
                        }
                        None => card.rect,
                    };
                    outline(out, zrect(r, z).expand(1.0), 6.0 * z + 1.0, stroke);
                }
            }
            Selected::Stage(id) => {
                if let Some(s) = layout.stages.iter().find(|s| s.id == id) {
                    outline(out, zrect(s.header, z).shrink(1.0), 6.0 * z, stroke);
                    if stroke.width >= 2.0 {
                        fill(
                            out,
                            zrect(s.column, z),
                            Color32::from_rgba_unmultiplied(0x25, 0x63, 0xEB, 10),
                        );
                    }
                }
            }
            Selected::Lane(id) => {
                if let Some(l) = layout.lanes.iter().find(|l| l.id == id) {
                    outline(out, zrect(l.header, z).shrink(1.0), 2.0, stroke);
                    if stroke.width >= 2.0 {
                        fill(
                            out,
                            zrect(l.row, z),
                            Color32::from_rgba_unmultiplied(0x25, 0x63, 0xEB, 10),
                        );
                    }
                }
            }
            Selected::Connector(id) => {
                if let Some(c) = layout.connectors.iter().find(|c| c.id == id) {
                    let pts: Vec<Pos2> = c.points.iter().map(|p| pos2(p.x * z, p.y * z)).collect();
                    let bounds = Rect::from_points(&pts).expand(stroke.width + 3.0);
                    out.push((
                        bounds,
                        Shape::line(
                            pts,
                            Stroke::new(stroke.width + 2.0, stroke.color.gamma_multiply(0.6)),
                        ),
                    ));
                }
            }
            Selected::Persona(_) => {}
        }
    }

    /// Overlays that follow the pointer (drag ghosts, the arrow being drawn, the rubber band),
    /// painted last, in screen coordinates.
    pub(super) fn floating_overlays_ui(&self, painter: &Painter, vp: Viewport) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let Some(pointer) = painter.ctx().input(|i| i.pointer.latest_pos()) else {
            return;
        };
        match &self.canvas.interaction {
            Interaction::MoveCards {
                ids, anchor, grab, ..
            } => {
                let Some(anchor_card) = layout.card(*anchor) else {
                    return;
                };
                let origin = pointer - *grab;
                let anchor_min = Point::new(anchor_card.rect.x, anchor_card.rect.y);
                for id in ids {
                    let Some(card) = layout.card(*id) else {
                        continue;
                    };
                    let at = origin
                        + vec2(card.rect.x - anchor_min.x, card.rect.y - anchor_min.y) * vp.zoom;
                    let r = Rect::from_min_size(at, vec2(card.rect.w, card.rect.h) * vp.zoom);
                    painter.rect(
                        r,
                        6.0 * vp.zoom,
                        Color32::from_rgba_unmultiplied(255, 255, 255, 170),
                        Stroke::new(1.5, SELECTION),
                        StrokeKind::Middle,
                    );
                    if let Some(line) = card.title.lines.first() {
                        let font = super::super::theme::canvas_font(
                            card.title.weight.unwrap_or(crate::fonts::Weight::Bold),
                            card.title.size * vp.zoom,
                        );
                        let pos = at
                            + vec2(
                                line.origin.x - card.rect.x,
                                line.origin.y - card.rect.y - card.title.size,
                            ) * vp.zoom;
                        painter.text(
                            pos,
                            egui::Align2::LEFT_TOP,
                            &line.text,
                            font,
                            Color32::from_gray(40),
                        );
                    }
                }
                if ids.len() > 1 {
                    let badge = origin + vec2(-8.0, -8.0);
                    painter.circle_filled(badge, 10.0, SELECTION);
                    painter.text(
                        badge,
                        egui::Align2::CENTER_CENTER,
                        ids.len().to_string(),
                        egui::FontId::proportional(11.0),
                        Color32::WHITE,
                    );
                }
            }
            Interaction::Connect { from, to } => {
                let Some(start) = handle_center(layout, *from) else {
                    return;
                };
                let a = vp.screen_point(start);
                let b = pointer;
                let color = if to.is_some() { DROP } else { SELECTION };
                painter.line_segment([a, b], Stroke::new(2.0, color));
                let dir = (b - a).normalized();
                if dir.is_finite() && (b - a).length() > 4.0 {
                    let n = vec2(-dir.y, dir.x);
                    let head = 10.0;
                    painter.add(Shape::convex_polygon(
                        vec![
                            b,
                            b - dir * head + n * head * 0.5,
                            b - dir * head - n * head * 0.5,
                        ],
                        color,
                        Stroke::NONE,
                    ));
                }
            }
            Interaction::RubberBand { start, .. } => {
                let a = vp.screen_point(*start);
                let r = Rect::from_two_pos(a, pointer);
                painter.rect(
                    r,
                    0.0,
                    Color32::from_rgba_unmultiplied(0x25, 0x63, 0xEB, 24),
                    Stroke::new(1.0, SELECTION),
                    StrokeKind::Inside,
                );
            }
            _ => {}
        }
    }
}

/// A line where dragged cards would land, and the target cell tinted.
fn drop_indicator(
    out: &mut Overlays,
    layout: &Layout,
    cell: crate::model::Cell,
    order: u32,
    moving: &[crate::model::TouchpointId],
    z: f32,
) {
    let Some(cell_rect) = layout.cell_rect(cell) else {
        return;
    };
    let zr = zrect(cell_rect, z);
    fill(
        out,
        zr.shrink(1.0),
        Color32::from_rgba_unmultiplied(0xF9, 0x73, 0x16, 22),
    );
    let mut cards: Vec<&crate::layout::CardBox> = layout
        .cards
        .iter()
        .filter(|c| c.cell == cell && !moving.contains(&c.id))
        .collect();
    let horizontal = cards.iter().any(|c| c.marker.is_some());
    let stroke = Stroke::new(3.0, DROP);
    let pad = crate::layout::CELL_PADDING;
    if horizontal {
        cards.sort_by(|a, b| a.rect.x.total_cmp(&b.rect.x));
        let x = match (order as usize).checked_sub(1).and_then(|i| cards.get(i)) {
            Some(prev) => match cards.get(order as usize) {
                Some(next) => (prev.rect.center().x + next.rect.center().x) / 2.0,
                None => prev.rect.right() + 2.0,
            },
            None => cards.first().map_or(cell_rect.x + pad, |c| c.rect.x - 2.0),
        };
        line(
            out,
            pos2(x * z, (cell_rect.y + pad) * z),
            pos2(x * z, (cell_rect.bottom() - pad) * z),
            stroke,
        );
    } else {
        cards.sort_by(|a, b| a.rect.y.total_cmp(&b.rect.y));
        let gap = crate::layout::CARD_GAP / 2.0;
        let y = match (order as usize).checked_sub(1).and_then(|i| cards.get(i)) {
            Some(prev) => prev.rect.bottom() + gap,
            None => cards.first().map_or(cell_rect.y + pad, |c| c.rect.y - gap),
        };
        line(
            out,
            pos2((cell_rect.x + pad) * z, y * z),
            pos2((cell_rect.right() - pad) * z, y * z),
            stroke,
        );
    }
}

/// A line where a dragged stage or lane header would go.
fn reorder_indicator(out: &mut Overlays, layout: &Layout, what: Reorder, index: usize, z: f32) {
    let stroke = Stroke::new(3.0, DROP);
    match what {
        Reorder::Stage(id) => {
            if let Some(s) = layout.stages.iter().find(|s| s.id == id) {
                fill(
                    out,
                    zrect(s.header, z),
                    Color32::from_rgba_unmultiplied(0xF9, 0x73, 0x16, 40),
                );
            }
            let others: Vec<_> = layout.stages.iter().filter(|s| s.id != id).collect();
            let x = match others.get(index) {
                Some(s) => s.header.x,
                None => others.last().map_or(0.0, |s| s.header.right()),
            };
            line(
                out,
                pos2(x * z, layout.header_band.y * z),
                pos2(x * z, layout.height * z),
                stroke,
            );
        }
        Reorder::Lane(id) => {
            if let Some(l) = layout.lanes.iter().find(|l| l.id == id) {
                fill(
                    out,
                    zrect(l.header, z),
                    Color32::from_rgba_unmultiplied(0xF9, 0x73, 0x16, 40),
                );
            }
            let others: Vec<_> = layout.lanes.iter().filter(|l| l.id != id).collect();
            let y = match others.get(index) {
                Some(l) => l.header.y,
                None => others.last().map_or(0.0, |l| l.header.bottom()),
            };
            line(out, pos2(0.0, y * z), pos2(layout.width * z, y * z), stroke);
        }
    }
}
