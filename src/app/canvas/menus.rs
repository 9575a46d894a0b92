//! Right-click menus on cards, stage and lane headers, arrows and empty cells. Entries either
//! run a command from the table (so they match the menu bar) or apply one edit.

use egui::{Popup, Response, SetOpenCommand};

use super::super::actions::{self, PALETTE};
use super::super::commands::UICommand;
use super::super::view::Selected;
use super::TrailmapApp;
use super::input::Hit;
use super::viewport::Viewport;
use crate::edit::{Command, LaneField, StageField};
use crate::model::{Cell, Color, ConnectorId, LaneId, LaneKind, StageId, TouchpointId};
use crate::tr;

/// What was right-clicked.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ContextTarget {
    /// A card.
    Card(TouchpointId),
    /// A stage header.
    Stage(StageId),
    /// A lane header.
    Lane(LaneId),
    /// An arrow.
    Connector(ConnectorId),
    /// An empty cell.
    Cell(Cell),
    /// Anywhere else.
    Paper,
}

impl ContextTarget {
    /// The menu for what lies under the pointer.
    pub fn from_hit(h: Hit) -> Self {
        match h {
            Hit::Handle(id) | Hit::Emotion(id) | Hit::Card(id) => ContextTarget::Card(id),
            Hit::StageHeader(id) | Hit::StageBorder(id) => ContextTarget::Stage(id),
            Hit::LaneHeader(id) => ContextTarget::Lane(id),
            Hit::Connector(id) => ContextTarget::Connector(id),
            Hit::Cell(c) => ContextTarget::Cell(c),
            Hit::Paper => ContextTarget::Paper,
        }
    }
}

/// A context menu opened by keyboard (Shift+F10 or the Menu key) rather than a right-click.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KeyboardMenu {
    /// Whether the popup has been told to open yet (the command runs before the canvas is
    /// drawn; the canvas opens it).
    pub opened: bool,
}

impl TrailmapApp {
    /// Shift+F10 or the Menu key: the context menu of the selected card, header or arrow (of
    /// the selected cell, or of the canvas, when none is), opened at the item with the
    /// keyboard in it, as a right-click would open it at the pointer.
    pub(crate) fn open_context_menu_by_keyboard(&mut self) {
        let sel = &self.view.selection;
        let target = match sel.single().or_else(|| {
            sel.touchpoints()
                .first()
                .map(|&id| Selected::Touchpoint(id))
        }) {
            Some(Selected::Touchpoint(id)) => ContextTarget::Card(id),
            Some(Selected::Stage(id)) => ContextTarget::Stage(id),
            Some(Selected::Lane(id)) => ContextTarget::Lane(id),
            Some(Selected::Connector(id)) => ContextTarget::Connector(id),
            Some(Selected::Persona(_)) | None => match sel.cell {
                Some(cell) => ContextTarget::Cell(cell),
                None => ContextTarget::Paper,
            },
        };
        if let Some(item) = sel.single() {
            self.canvas.reveal(item);
        }
        self.canvas.context = Some(target);
        self.canvas.keyboard_menu = Some(KeyboardMenu { opened: false });
        // Esc gives the keyboard back to the canvas.
        if let Some(id) = self.canvas.id {
            self.ctx.memory_mut(|m| m.request_focus(id));
        }
    }

    /// Where a menu opened by keyboard shows: under the item's top-left corner (inside the
    /// visible canvas), or in the middle of the canvas for the canvas's own menu.
    fn keyboard_menu_at(&self, target: ContextTarget, vp: Viewport) -> egui::Pos2 {
        let rect = match target {
            ContextTarget::Card(id) => self.screen_rect_of(Selected::Touchpoint(id)),
            ContextTarget::Stage(id) => self.screen_rect_of(Selected::Stage(id)),
            ContextTarget::Lane(id) => self.screen_rect_of(Selected::Lane(id)),
            ContextTarget::Connector(id) => self.screen_rect_of(Selected::Connector(id)),
            ContextTarget::Cell(cell) => self.screen_rect_of_cell(cell),
            ContextTarget::Paper => None,
        };
        let Some(rect) = rect.filter(|r| r.intersects(vp.rect)) else {
            return vp.rect.center();
        };
        let at = rect.left_top() + egui::vec2(12.0, rect.height().min(24.0));
        at.clamp(vp.rect.min, vp.rect.max)
    }

    /// The right-click menu of the canvas (also opened by keyboard, at the selected item).
    pub(super) fn canvas_context_menu_ui(&mut self, response: &Response, vp: Viewport) {
        let Some(target) = self.canvas.context else {
            return;
        };
        if response.secondary_clicked() {
            // A right-click opens the menu at the pointer, as usual.
            self.canvas.keyboard_menu = None;
        }
        let popup = match self.canvas.keyboard_menu {
            Some(menu) => {
                let open = if !menu.opened {
                    Some(SetOpenCommand::Bool(true))
                } else if response.clicked() {
                    Some(SetOpenCommand::Bool(false))
                } else {
                    None
                };
                self.canvas.keyboard_menu = Some(KeyboardMenu { opened: true });
                let at = match self.canvas.keyboard_menu_at {
                    Some(at) if menu.opened => at,
                    _ => self.keyboard_menu_at(target, vp),
                };
                self.canvas.keyboard_menu_at = Some(at);
                Popup::menu(response).open_memory(open).at_position(at)
            }
            None => Popup::context_menu(response),
        };
        let canvas = response.id;
        let by_keyboard = self.canvas.keyboard_menu.is_some();
        let shown = popup.show(|ui| {
            ui.set_min_width(200.0);
            // Opened by keyboard while the canvas holds it: hand the keyboard to the first
            // entry (egui moves it there as for Down on a menu's button), once the menu is
            // laid out.
            if by_keyboard && !ui.is_sizing_pass() && ui.memory(|m| m.has_focus(canvas)) {
                ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Down));
            }
            match target {
                ContextTarget::Card(id) => self.card_menu_ui(ui, id),
                ContextTarget::Stage(id) => self.stage_menu_ui(ui, id),
                ContextTarget::Lane(id) => self.lane_menu_ui(ui, id),
                ContextTarget::Connector(id) => self.connector_menu_ui(ui, id),
                ContextTarget::Cell(_) | ContextTarget::Paper => self.cell_menu_ui(ui),
            }
        });
        match shown {
            // Closing (an entry was picked, Esc, a click elsewhere): a menu opened by keyboard
            // gives the keyboard back to the canvas. What the entry starts (an edit in place,
            // the inspector's name field) takes it from there on the next frame.
            Some(shown) if shown.response.should_close() && by_keyboard => {
                self.canvas.keyboard_menu = None;
                self.canvas.keyboard_menu_at = None;
                response.request_focus();
            }
            Some(_) => {}
            None => {
                self.canvas.context = None;
                self.canvas.keyboard_menu = None;
                self.canvas.keyboard_menu_at = None;
            }
        }
    }

    fn card_menu_ui(&mut self, ui: &mut egui::Ui, id: TouchpointId) {
        if self.view.selection.touchpoints().len() <= 1 {
            if ui.button(tr!("cmd-rename")).clicked() {
                self.view.selection.set(Selected::Touchpoint(id));
                self.canvas.start_title_edit(self.doc.map(), id);
                ui.close();
            }
            if ui
                .button(tr!("canvas-edit-details"))
                .on_hover_text(tr!("canvas-edit-details-tip"))
                .clicked()
            {
                self.view.selection.set(Selected::Touchpoint(id));
                self.show_inspector = true;
                ui.close();
            }
            if ui
                .button(tr!("canvas-connect-to"))
                .on_hover_text(UICommand::Connect.tooltip())
                .clicked()
            {
                self.view.selection.set(Selected::Touchpoint(id));
                self.start_connecting(id);
                ui.close();
            }
            ui.separator();
        }
        for cmd in [
            UICommand::Cut,
            UICommand::Copy,
            UICommand::Paste,
            UICommand::Duplicate,
        ] {
            self.command_button_ui(ui, cmd);
        }
        ui.menu_button(tr!("canvas-colour"), |ui| {
            let ids = self.view.selection.touchpoints();
            if let Some(c) = color_menu_ui(ui) {
                if let Some(command) = actions::recolour_cards(&ids, c) {
                    self.apply(command);
                }
                ui.close();
            }
        });
        ui.separator();
        self.command_button_ui(ui, UICommand::Delete);
    }

    fn stage_menu_ui(&mut self, ui: &mut egui::Ui, id: StageId) {
        self.view.selection.set(Selected::Stage(id));
        if ui.button(tr!("canvas-rename")).clicked() {
            self.show_inspector = true;
            self.inspector.focus_name();
            ui.close();
        }
        ui.menu_button(tr!("canvas-colour"), |ui| {
            if let Some(c) = color_menu_ui(ui) {
                self.apply(Command::SetStage {
                    id,
                    field: StageField::Color(c),
                });
                ui.close();
            }
        });
        ui.separator();
        let index = self.doc.map().stage_index(id).unwrap_or(0);
        for (text, at) in [
            (tr!("canvas-insert-stage-before"), index),
            (tr!("canvas-insert-stage-after"), index + 1),
        ] {
            if ui.button(text).clicked() {
                let (command, new) = actions::insert_stage_at(self.doc.map(), at);
                if self.apply(command) {
                    self.view.selection.set(Selected::Stage(new));
                    self.show_inspector = true;
                    self.inspector.focus_name();
                }
                ui.close();
            }
        }
        ui.separator();
        if ui.button(tr!("canvas-delete-stage")).clicked() {
            self.queue(UICommand::Delete);
            ui.close();
        }
    }

    fn lane_menu_ui(&mut self, ui: &mut egui::Ui, id: LaneId) {
        self.view.selection.set(Selected::Lane(id));
        let Some(lane) = self.doc.map().lane(id).cloned() else {
            return;
        };
        if ui.button(tr!("canvas-rename")).clicked() {
            self.show_inspector = true;
            self.inspector.focus_name();
            ui.close();
        }
        ui.menu_button(tr!("canvas-lane-kind"), |ui| {
            for kind in LaneKind::ALL {
                if ui
                    .add(egui::Button::selectable(
                        lane.kind == kind,
                        crate::app::i18n::words::lane_kind(kind),
                    ))
                    .clicked()
                {
                    if kind != lane.kind {
                        self.apply(Command::SetLane {
                            id,
                            field: LaneField::Kind(kind),
                        });
                    }
                    ui.close();
                }
            }
        });
        ui.menu_button(tr!("canvas-colour"), |ui| {
            if let Some(c) = color_menu_ui(ui) {
                self.apply(Command::SetLane {
                    id,
                    field: LaneField::Color(c),
                });
                ui.close();
            }
        });
        ui.separator();
        let index = self.doc.map().lane_index(id).unwrap_or(0);
        for (text, at) in [
            (tr!("canvas-insert-lane-above"), index),
            (tr!("canvas-insert-lane-below"), index + 1),
        ] {
            ui.menu_button(text, |ui| {
                for kind in LaneKind::ALL {
                    if ui
                        .button(crate::app::i18n::words::lane_kind(kind))
                        .clicked()
                    {
                        let (command, new) = actions::insert_lane_at(self.doc.map(), at, kind);
                        if self.apply(command) {
                            self.view.selection.set(Selected::Lane(new));
                            self.show_inspector = true;
                            self.inspector.focus_name();
                        }
                        ui.close();
                    }
                }
            });
        }
        ui.separator();
        if ui
            .button(tr!("canvas-hide-lane"))
            .on_hover_text(tr!("canvas-hide-lane-tip"))
            .clicked()
        {
            self.view.hidden_lanes.insert(id);
            self.view.selection.clear();
            ui.close();
        }
        if ui.button(tr!("canvas-delete-lane")).clicked() {
            self.queue(UICommand::Delete);
            ui.close();
        }
    }

    fn connector_menu_ui(&mut self, ui: &mut egui::Ui, id: ConnectorId) {
        self.view.selection.set(Selected::Connector(id));
        if ui.button(tr!("canvas-edit-label")).clicked() {
            self.show_inspector = true;
            self.inspector.focus_name();
            ui.close();
        }
        if ui.button(tr!("canvas-delete-arrow")).clicked() {
            self.apply(Command::RemoveConnector(id));
            self.view.selection.clear();
            ui.close();
        }
    }

    fn cell_menu_ui(&mut self, ui: &mut egui::Ui) {
        if ui.button(tr!("canvas-add-touchpoint-here")).clicked() {
            self.queue(UICommand::InsertTouchpoint);
            ui.close();
        }
        self.command_button_ui(ui, UICommand::Paste);
        ui.separator();
        let add_stage = tr!("canvas-add-stage");
        self.command_button_named_ui(ui, UICommand::InsertStage, Some(&add_stage));
        ui.menu_button(tr!("canvas-add-lane"), |ui| {
            for kind in LaneKind::ALL {
                self.command_button_ui(ui, UICommand::InsertLane(kind));
            }
        });
        ui.separator();
        self.command_button_ui(ui, UICommand::SelectAll);
        self.command_button_ui(ui, UICommand::ZoomFit);
    }
}

/// "Default" and the palette; returns the chosen colour.
fn color_menu_ui(ui: &mut egui::Ui) -> Option<Option<Color>> {
    let mut chosen = None;
    if ui.button(tr!("canvas-colour-default")).clicked() {
        chosen = Some(None);
    }
    ui.horizontal_wrapped(|ui| {
        ui.set_max_width(6.0 * 22.0);
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        for c in PALETTE {
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::click());
            let name = c.to_string();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            ui.painter()
                .rect_filled(rect.shrink(1.0), 4.0, super::super::theme::color32(c));
            if response.hovered() {
                ui.painter().rect_stroke(
                    rect,
                    4.0,
                    egui::Stroke::new(1.0, ui.visuals().text_color()),
                    egui::StrokeKind::Inside,
                );
            }
            if response.clicked() {
                chosen = Some(Some(c));
            }
        }
    });
    chosen
}
