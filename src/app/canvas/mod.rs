//! The canvas: paints the map's Scene and turns pointer input into commands.

mod painter;

use super::TrailmapApp;
use super::document::Document;
use super::view::ViewState;
use crate::model::{Map, TouchpointId};

/// What the canvas remembers between frames (caches, the drag in progress).
#[derive(Debug, Default)]
pub struct CanvasState {
    painted: Option<painter::PaintedScene>,
}

impl CanvasState {
    /// Forgets caches and interactions (another map was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Cancels a drag or an in-place edit; true if there was one.
    pub fn cancel_interaction(&mut self, _doc: &mut Document) -> bool {
        false
    }

    /// Starts editing a card's title on the canvas.
    pub fn start_title_edit(&mut self, _map: &Map, _id: TouchpointId) {}

    /// Multiplies the zoom, keeping `pivot` (screen) still, or the view's centre.
    pub fn zoom_by(&mut self, view: &mut ViewState, factor: f32, pivot: Option<egui::Pos2>) {
        self.zoom_to(view, view.zoom * factor, pivot);
    }

    /// Sets the zoom, keeping `pivot` still.
    pub fn zoom_to(&mut self, view: &mut ViewState, zoom: f32, _pivot: Option<egui::Pos2>) {
        view.set_zoom(zoom);
    }
}

impl TrailmapApp {
    /// The canvas filling the central area.
    pub(crate) fn canvas_ui(&mut self, ui: &mut egui::Ui) {
        let _ = &self.canvas.painted;
        ui.centered_and_justified(|ui| ui.label("The canvas arrives with the layout."));
    }
}
