//! Presentation mode (View > Present, F5): the journey full screen, one stage at a time.
//!
//! Which stage is shown is view state ([`super::view::Presenting`]); the veil over the other
//! stages is drawn by the scene from `LayoutOptions::focus_stage`, so the canvas shows what an
//! export would. Presenting never edits the map and never adds an undo step.

use egui::{Align2, Color32, FontId, Vec2};

use super::TrailmapApp;
use super::canvas::viewport::{MARGIN, Viewport};
use super::view::{Presenting, Step, presented_stages, step_stage};
use crate::tr;

/// How long the view glides to the next stage, in seconds.
const GLIDE_S: f32 = 0.25;

impl TrailmapApp {
    /// Whether the window is presenting.
    pub fn is_presenting(&self) -> bool {
        self.view.presenting.is_some()
    }

    /// The stage being presented, if presenting.
    pub fn presented_stage(&self) -> Option<crate::model::StageId> {
        self.view.presenting.as_ref().map(|p| p.stage)
    }

    /// F5: starts presenting at the first stage of the view (or leaves when presenting).
    pub(crate) fn toggle_presenting(&mut self) {
        if self.view.presenting.is_some() {
            self.stop_presenting();
            return;
        }
        let Some(&first) = presented_stages(self.doc.map(), &self.view).first() else {
            self.notify(tr!("present-no-stages"));
            return;
        };
        self.canvas.cancel_interaction(&mut self.doc);
        self.ctx.memory_mut(|m| m.stop_text_input());
        let fullscreen_before = self.ctx.input(|i| i.viewport().fullscreen).unwrap_or(false);
        self.view.presenting = Some(Presenting {
            stage: first,
            zoom_before: self.view.zoom,
            scroll_before: self.view.scroll,
            fullscreen_before,
        });
        self.view.hover = None;
        self.ctx
            .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Esc or F5 while presenting: back to the window as it was (chrome, zoom, scroll, size).
    pub(crate) fn stop_presenting(&mut self) {
        if let Some(p) = self.view.presenting.take() {
            self.view.set_zoom(p.zoom_before);
            self.view.scroll = p.scroll_before;
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Fullscreen(p.fullscreen_before));
        }
    }

    /// Right/Left/Home/End while presenting.
    pub(crate) fn step_presentation(&mut self, step: Step) {
        let stages = presented_stages(self.doc.map(), &self.view);
        if let Some(p) = &mut self.view.presenting
            && let Some(to) = step_stage(&stages, p.stage, step)
        {
            p.stage = to;
        }
    }

    /// Zoom and scroll while presenting: the map's height fitted (and at least the presented
    /// stage with the lane headers in width, or the whole map when that is larger), the
    /// presented stage glided to the middle. Recomputed every frame, so the view follows the
    /// window as it turns full screen.
    pub(crate) fn place_for_presenting(&mut self, ctx: &egui::Context, probe: Viewport) {
        let Some(stage) = self.presented_stage() else {
            return;
        };
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let Some(column) = layout
            .stages
            .iter()
            .find(|s| s.id == stage)
            .map(|s| s.column)
        else {
            return;
        };
        let map_size = Vec2::new(layout.width, layout.height);
        let avail = probe.rect.size() - Vec2::splat(2.0 * MARGIN);
        if avail.x <= 0.0 || avail.y <= 0.0 || map_size.y <= 0.0 {
            return;
        }
        let lane_w = crate::layout::LANE_HEADER_WIDTH;
        let by_height = avail.y / map_size.y;
        let by_stage = avail.x / (lane_w + column.w).max(1.0);
        let zoom = by_height
            .min(by_stage)
            .max(probe.fit_zoom(map_size))
            .min(1.5);
        self.view.set_zoom(zoom);
        let zoom = self.view.zoom;
        // The stage's middle in the middle of what the pinned lane headers leave free.
        let free_middle = (probe.rect.width() + lane_w * zoom) / 2.0;
        let target_x = column.center().x * zoom - free_middle;
        let vp = Viewport { zoom, ..probe };
        let target = vp.clamp_scroll(Vec2::new(target_x, -MARGIN), map_size);
        let x =
            ctx.animate_value_with_time(egui::Id::unique("presenting scroll"), target.x, GLIDE_S);
        self.view.scroll = Vec2::new(x, target.y);
    }

    /// The line shown at the bottom while presenting: which stage of how many, whose journey,
    /// and the keys. `None` when not presenting.
    pub fn presenting_hint(&self) -> Option<String> {
        let p = self.view.presenting.as_ref()?;
        let map = self.doc.map();
        let stages = presented_stages(map, &self.view);
        let number = stages
            .iter()
            .position(|s| *s == p.stage)
            .map_or(0, |i| i + 1);
        let name = map.stage(p.stage).map_or(String::new(), |s| s.name.clone());
        let mut line = tr!(
            "present-hint",
            number = number,
            count = stages.len(),
            stage = name
        );
        let personas: Vec<&str> = self
            .view
            .personas
            .iter()
            .filter_map(|id| map.persona(*id).map(|p| p.name.as_str()))
            .collect();
        if !personas.is_empty() {
            line = format!(
                "{line} · {}",
                tr!("present-persona", persona = personas.join(", "))
            );
        }
        Some(format!("{line} · {}", tr!("present-keys")))
    }

    /// Paints [`Self::presenting_hint`] small at the bottom of the canvas.
    pub(crate) fn presenting_hint_ui(&self, painter: &egui::Painter, rect: egui::Rect) {
        let Some(line) = self.presenting_hint() else {
            return;
        };
        let font = FontId::proportional(13.0);
        let anchor = rect.center_bottom() - Vec2::new(0.0, 14.0);
        let galley = painter.layout_no_wrap(line, font, Color32::from_gray(250));
        let text_rect = Align2::CENTER_BOTTOM.anchor_size(anchor, galley.size());
        painter.rect_filled(
            text_rect.expand2(Vec2::new(10.0, 5.0)),
            8.0,
            Color32::from_black_alpha(150),
        );
        painter.galley(text_rect.min, galley, Color32::from_gray(250));
    }
}
