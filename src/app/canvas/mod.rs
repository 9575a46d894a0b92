//! The canvas: paints the map's [`Scene`] and turns pointer input into commands.
//!
//! Layout and Scene are recomputed only when the map (its history revision) or the hidden lanes
//! change; the egui shapes only when that or the zoom changes. Each frame the cached shapes are
//! culled to the visible panes and translated. Selection, hover, drag ghosts and drop indicators
//! are overlays drawn from view state, never part of the Scene. The canvas never changes the map
//! itself: it applies commands through the document's history.

mod access;
mod input;
mod keyboard;
mod menus;
mod overlay;
mod painter;
pub(crate) mod pictures;
mod title_edit;
pub mod viewport;

use egui::{Pos2, Rect, Sense, Shape, Vec2};

use super::TrailmapApp;
use super::document::{Document, GroupOwner};
use super::view::{Selected, ViewState};
use crate::edit::Command;
use crate::layout::{Layout, LayoutOptions};
use crate::model::{Cell, LaneId, Map, StageId, TouchpointId};
use crate::scene::Scene;
use painter::PaintedScene;
use viewport::{Pane, Viewport};

pub use input::Interaction;

/// Layout and scene of one state of the map.
struct Laid {
    key: ((u64, u64), LayoutOptions),
    layout: Layout,
    scene: Scene,
    /// The rows pivoted (View > Rows), and the way back from its derived ids to the map's;
    /// `None` for the lanes as drawn.
    pivot: Option<crate::pivot::Pivoted<'static>>,
}

/// A layout of another row grouping, kept with what it needs to be brought up to date, so
/// switching View > Rows back and forth lays nothing out again.
struct Stashed {
    laid: Laid,
    painted: Option<Painted>,
    memo: crate::layout::LayoutMemo,
    scene_memo: crate::scene::SceneMemo,
    /// Its items for screen readers (worded once, a switch back words nothing again).
    access: Option<access::AccessTree>,
}

/// How long the zoom must rest before text is laid out again at the new size.
const ZOOM_SETTLE_S: f64 = 0.12;

/// The scene as egui shapes at one zoom.
struct Painted {
    key: ((u64, u64), LayoutOptions, u32, u32),
    scene: PaintedScene,
}

/// An in-place edit of a card's title.
#[derive(Debug)]
pub struct TitleEdit {
    /// The card.
    pub id: TouchpointId,
    /// Whether the card was created for this edit (an empty title then removes it again).
    pub new_card: bool,
    /// Whether the text field has been given the keyboard yet.
    pub focused: bool,
}

/// Drawing an arrow by keyboard.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Connecting {
    /// The card the arrow starts at.
    pub from: TouchpointId,
    /// The card picked so far.
    pub to: Option<TouchpointId>,
}

/// Something to scroll into view.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Reveal {
    /// A card, header or arrow.
    Item(Selected),
    /// A cell (an insight picked in the insights panel).
    Cell(Cell),
}

/// What the canvas remembers between frames: caches, the viewport, the gesture in progress.
#[derive(Default)]
pub struct CanvasState {
    laid: Option<Laid>,
    /// The layouts of the other row groupings last shown (View > Rows).
    stashed: Vec<(crate::pivot::Rows, Stashed)>,
    /// Card texts broken into lines by earlier layouts, so an edit re-measures only its own.
    texts: crate::layout::text::TextCache,
    /// What the last layout left for the next one (cells an edit did not touch are kept).
    memo: crate::layout::LayoutMemo,
    /// Where each card's items lie in the scene, for the next scene.
    scene_memo: crate::scene::SceneMemo,
    /// Counts the layouts computed: what `memo` says was kept, it says of the layout before.
    layouts: u64,
    painted: Option<Painted>,
    viewport: Option<Viewport>,
    /// The drag or press in progress.
    pub interaction: Interaction,
    title_edit: Option<TitleEdit>,
    context: Option<menus::ContextTarget>,
    /// Scroll to bring this into view once it is laid out.
    reveal: Option<Reveal>,
    /// The zoom the view last changed to, and when.
    zoomed_at: Option<(f32, f64)>,
    /// The map's items for screen readers, built once per state of the map.
    access: Option<access::AccessTree>,
    /// What the screen reader holds of those items.
    access_sent: access::Sent,
    /// Connect mode: the arrow keys pick the target of an arrow from this card.
    connect: Option<Connecting>,
    /// The context menu was opened by keyboard (Shift+F10, Menu key): it shows at the item
    /// and gives the keyboard back to the canvas when it closes.
    keyboard_menu: Option<menus::KeyboardMenu>,
    /// Where the menu opened by keyboard shows, on screen.
    keyboard_menu_at: Option<Pos2>,
    /// The canvas widget's id (it takes keyboard focus).
    id: Option<egui::Id>,
    /// The canvas had the keyboard when the in-place edit or connect mode began: give it back
    /// afterwards (the first Esc ends those, the next one leaves the canvas).
    return_focus: bool,
    /// Card pictures as textures, decoded off the UI thread (the inspector's preview too).
    pub(crate) textures: pictures::PictureTextures,
}

impl std::fmt::Debug for CanvasState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CanvasState")
            .field("interaction", &self.interaction)
            .field("title_edit", &self.title_edit)
            .finish_non_exhaustive()
    }
}

impl CanvasState {
    /// Forgets caches and gestures (another map was opened).
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Cancels a drag or an in-place edit (Esc, or before undo); true if there was one.
    pub fn cancel_interaction(&mut self, doc: &mut Document) -> bool {
        let mut cancelled = false;
        if self.connect.take().is_some() {
            cancelled = true;
        }
        if self.title_edit.take().is_some() {
            cancelled = true;
        }
        if !matches!(self.interaction, Interaction::None | Interaction::Cancelled) {
            self.interaction = Interaction::Cancelled;
            cancelled = true;
        }
        if doc.group_owner() == Some(GroupOwner::Canvas) {
            if let Err(e) = doc.cancel_group_of(GroupOwner::Canvas) {
                // Reverting failed part-way; keep what is there rather than lose more.
                log_error(&format!("could not cancel the edit: {e}"));
            }
            cancelled = true;
        }
        cancelled
    }

    /// Starts editing an existing card's title on the canvas (one undo step when committed).
    pub fn start_title_edit(&mut self, _map: &Map, id: TouchpointId) {
        self.title_edit = Some(TitleEdit {
            id,
            new_card: false,
            focused: false,
        });
        self.reveal = Some(Reveal::Item(Selected::Touchpoint(id)));
    }

    /// Adds a card and edits its title; adding and naming it is one undo step, and Esc (or an
    /// empty title) takes the card away again.
    pub fn insert_and_edit(
        &mut self,
        doc: &mut Document,
        command: Command,
        id: TouchpointId,
    ) -> bool {
        doc.begin_group(GroupOwner::Canvas, "Add touchpoint");
        if let Err(e) = doc.apply(command) {
            let _ = doc.cancel_group_of(GroupOwner::Canvas);
            log_error(&format!("could not add the card: {e}"));
            return false;
        }
        self.title_edit = Some(TitleEdit {
            id,
            new_card: true,
            focused: false,
        });
        self.reveal = Some(Reveal::Item(Selected::Touchpoint(id)));
        true
    }

    /// Multiplies the zoom, keeping `pivot` (a screen point) still, or the view's centre.
    pub fn zoom_by(&mut self, view: &mut ViewState, factor: f32, pivot: Option<Pos2>) {
        self.zoom_to(view, view.zoom * factor, pivot);
    }

    /// Sets the zoom, keeping `pivot` still (the view's centre when `None`).
    pub fn zoom_to(&mut self, view: &mut ViewState, zoom: f32, pivot: Option<Pos2>) {
        let old = view.zoom;
        view.set_zoom(zoom);
        if let Some(vp) = self.viewport {
            let pivot = pivot.unwrap_or(vp.rect.center());
            let vp = Viewport {
                zoom: old,
                scroll: view.scroll,
                ..vp
            };
            view.scroll = vp.scroll_for_zoom(pivot, view.zoom);
        }
    }

    /// Scrolls `item` into view on the next frame.
    pub fn reveal(&mut self, item: Selected) {
        self.reveal = Some(Reveal::Item(item));
    }

    /// Scrolls `cell` into view on the next frame (its top left first when it is larger than
    /// the view).
    pub fn reveal_cell(&mut self, cell: Cell) {
        self.reveal = Some(Reveal::Cell(cell));
    }

    /// The arrow being drawn by keyboard, if any.
    pub fn connecting(&self) -> Option<Connecting> {
        self.connect
    }

    /// Whether a text field (not the canvas) has the keyboard.
    pub fn typing_elsewhere(&self, ctx: &egui::Context) -> bool {
        ctx.memory(|m| m.focused())
            .is_some_and(|id| Some(id) != self.id)
    }

    /// Where the map was on screen last frame.
    pub fn viewport(&self) -> Option<Viewport> {
        self.viewport
    }

    /// The card, or the spot of a cell with no card, under screen point `p` on last frame's
    /// map: where a picture dropped there goes.
    pub(crate) fn picture_target_at(&self, p: Pos2) -> Option<super::card_pictures::PictureTarget> {
        use super::card_pictures::PictureTarget;
        let (vp, layout) = (self.viewport?, self.layout()?);
        if !vp.rect.contains(p) {
            return None;
        }
        match input::hit(layout, self.pivot(), &vp, p, &[]) {
            input::Hit::Card(id) | input::Hit::Emotion(id) | input::Hit::Handle(id) => {
                Some(PictureTarget::Card(id))
            }
            input::Hit::Cell(cell) => Some(PictureTarget::Cell(cell)),
            _ => None,
        }
    }

    /// The current layout, if the canvas has been shown.
    pub fn layout(&self) -> Option<&Layout> {
        self.laid.as_ref().map(|l| &l.layout)
    }

    /// Brings layout and scene up to date with the map and the view (cheap when nothing
    /// changed), so panels drawn before the canvas list what it will show.
    pub(super) fn refresh(&mut self, doc: &Document, view: &ViewState) {
        let key = (doc.cache_key(), view.layout_options());
        if self.laid.as_ref().is_some_and(|l| l.key == key) {
            return;
        }
        self.switch_rows(key.1.rows);
        if self.laid.as_ref().is_some_and(|l| l.key == key) {
            return;
        }
        let pivot = (!key.1.rows.is_lanes())
            .then(|| crate::pivot::pivot(doc.map(), key.1.rows, &key.1.hidden_lanes).into_owned());
        let (map, options) = match &pivot {
            Some(p) => (&*p.map, p.options(&key.1)),
            None => (doc.map(), key.1.clone()),
        };
        let previous = self.laid.take();
        let (old_layout, old_scene) = match previous {
            Some(Laid {
                mut layout, scene, ..
            }) => {
                let legend = std::mem::take(&mut layout.legend);
                let options = layout.options.clone();
                (Some(layout), Some((scene, legend, options)))
            }
            None => (None, None),
        };
        let layout =
            Layout::compute_incremental(map, &options, &self.texts, &mut self.memo, old_layout);
        self.layouts += 1;
        let previous = old_scene.map(|(scene, legend, options)| crate::scene::PreviousScene {
            scene,
            memo: std::mem::take(&mut self.scene_memo),
            legend,
            options,
            reused: &self.memo,
        });
        let (scene, scene_memo) = crate::scene::build_incremental(map, &layout, previous);
        self.scene_memo = scene_memo;
        self.laid = Some(Laid {
            key,
            layout,
            scene,
            pivot,
        });
    }

    /// Puts the layout of the row grouping shown until now aside and takes up the one of
    /// `rows` where one was kept, with its memos, so it is brought up to date from itself.
    fn switch_rows(&mut self, rows: crate::pivot::Rows) {
        if self.laid.as_ref().is_none_or(|l| l.key.1.rows == rows) {
            return;
        }
        if let Some(laid) = self.laid.take() {
            let shown = laid.key.1.rows;
            let stashed = Stashed {
                laid,
                painted: self.painted.take(),
                memo: std::mem::take(&mut self.memo),
                scene_memo: std::mem::take(&mut self.scene_memo),
                access: self.access.take(),
            };
            self.stashed.retain(|(r, _)| *r != shown);
            self.stashed.push((shown, stashed));
        }
        if let Some(i) = self.stashed.iter().position(|(r, _)| *r == rows) {
            let (_, s) = self.stashed.swap_remove(i);
            self.laid = Some(s.laid);
            self.painted = s.painted;
            self.memo = s.memo;
            self.scene_memo = s.scene_memo;
            self.access = s.access;
        }
        // The reader holds the other grouping's nodes, reckoned against that grouping's tree:
        // it gets this one whole, as a reader that just came would.
        self.access_sent = access::Sent::default();
    }

    /// The rows pivot shown now, if rows are pivoted.
    pub(crate) fn pivot(&self) -> Option<&crate::pivot::Pivoted<'static>> {
        self.laid.as_ref()?.pivot.as_ref()
    }

    /// A card's picture frame (where it sits, how the picture is cropped) as the layout of the
    /// map as it is now has it: the inspector's preview crops as the card does.
    pub(crate) fn picture_frame(
        &mut self,
        doc: &Document,
        view: &ViewState,
        id: TouchpointId,
    ) -> Option<&crate::layout::PictureFrame> {
        self.refresh(doc, view);
        self.laid.as_ref()?.layout.card(id)?.picture.as_deref()
    }

    /// Brings the egui shapes up to date with the scene and zoom.
    fn refresh_painted(&mut self, ctx: &egui::Context, zoom: f32) {
        let Some(laid) = &self.laid else {
            return;
        };
        let key = (
            laid.key.0,
            laid.key.1.clone(),
            zoom.to_bits(),
            ctx.pixels_per_point().to_bits(),
        );
        if self.painted.as_ref().is_some_and(|p| p.key == key) {
            return;
        }
        // While the zoom is still moving (a wheel spin, a pinch), stretch the shapes of the last
        // zoom instead of laying out all text again every frame; redraw crisp once it rests.
        let now = ctx.input(|i| i.time);
        if self.zoomed_at.is_none_or(|(z, _)| z != zoom) {
            self.zoomed_at = Some((zoom, now));
        }
        let zooming = self.zoomed_at.is_some_and(|(_, t)| now - t < ZOOM_SETTLE_S);
        let same_map = self
            .painted
            .as_ref()
            .is_some_and(|p| p.key.0 == key.0 && p.key.1 == key.1 && p.key.3 == key.3);
        if zooming && same_map {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(ZOOM_SETTLE_S));
            return;
        }
        // Text laid out at another pixel density cannot be reused.
        let previous = self
            .painted
            .take()
            .filter(|p| p.key.3 == key.3)
            .map(|p| p.scene);
        let scene = PaintedScene::build(&laid.scene, &self.scene_memo, zoom, previous);
        self.painted = Some(Painted { key, scene });
    }
}

fn log_error(message: &str) {
    eprintln!("trailmap: {message}");
}

impl TrailmapApp {
    /// The canvas filling the central area.
    pub(crate) fn canvas_ui(&mut self, ui: &mut egui::Ui) {
        let rect = ui.max_rect();
        let response = ui.allocate_rect(rect, Sense::click_and_drag());
        let label = crate::tr!("canvas-label");
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, &label));
        self.canvas.id = Some(response.id);
        if response.has_focus() {
            // Arrow keys select cards here instead of moving the focus to another widget; Tab
            // and Esc still leave.
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        tab: false,
                        escape: false,
                    },
                );
            });
            if self.canvas.title_edit.is_some() || self.canvas.connect.is_some() {
                self.canvas.return_focus = true;
            }
        }
        if self.canvas.return_focus
            && self.canvas.title_edit.is_none()
            && self.canvas.connect.is_none()
        {
            self.canvas.return_focus = false;
            response.request_focus();
        }
        self.canvas.refresh(&self.doc, &self.view);
        let Some(laid) = &self.canvas.laid else {
            return;
        };
        let map_size = Vec2::new(laid.layout.width, laid.layout.height);
        let (band_top, band_height) = (laid.layout.header_band.y, laid.layout.header_band.h);

        if let Some(fit) = self.view.fit.filter(|_| rect.is_positive()) {
            self.view.fit = None;
            let probe = Viewport {
                rect,
                zoom: 1.0,
                scroll: Vec2::ZERO,
                band_top,
                band_height,
                lane_width: crate::layout::LANE_HEADER_WIDTH,
            };
            let zoom = probe.fit_zoom(map_size);
            self.view.set_zoom(match fit {
                // Readable first: never open below 75 % (Ctrl+0 fits anything).
                super::view::Fit::Opened => zoom.clamp(0.75, 1.0),
                super::view::Fit::Whole => zoom,
            });
            self.view.scroll = match fit {
                // An opened map starts at the top left, where one reads from.
                super::view::Fit::Opened => Vec2::splat(-viewport::MARGIN),
                super::view::Fit::Whole => Viewport {
                    zoom: self.view.zoom,
                    ..probe
                }
                .centred_scroll(map_size),
            };
        }
        if self.view.presenting.is_some() && rect.is_positive() {
            let probe = Viewport {
                rect,
                zoom: self.view.zoom,
                scroll: self.view.scroll,
                band_top,
                band_height,
                lane_width: crate::layout::LANE_HEADER_WIDTH,
            };
            self.place_for_presenting(ui.ctx(), probe);
        }
        let mut vp = Viewport {
            rect,
            zoom: self.view.zoom,
            scroll: self.view.scroll,
            band_top,
            band_height,
            lane_width: crate::layout::LANE_HEADER_WIDTH,
        };
        vp.scroll = vp.clamp_scroll(vp.scroll, map_size);
        self.canvas.viewport = Some(vp);

        // A presentation is shown, not edited: the pointer does nothing on the canvas then.
        let presenting = self.view.presenting.is_some();
        if !presenting {
            self.canvas_input_ui(ui, &response, vp);
        }

        // Input may have changed the map, the zoom or the scroll: paint the new state.
        self.canvas.refresh(&self.doc, &self.view);
        let Some(laid) = &self.canvas.laid else {
            return;
        };
        let map_size = Vec2::new(laid.layout.width, laid.layout.height);
        let mut vp = Viewport {
            zoom: self.view.zoom,
            scroll: self.view.scroll,
            ..vp
        };
        vp.scroll = vp.clamp_scroll(vp.scroll, map_size);
        self.view.scroll = vp.scroll;
        self.canvas.viewport = Some(vp);
        if let Some(target) = self.canvas.reveal.take() {
            self.reveal_item(target, &mut vp, map_size);
        }

        self.canvas.refresh_painted(ui.ctx(), vp.zoom);
        self.paint_canvas(ui, vp);
        self.connect_overlay_ui(ui, vp);
        if response.has_focus() {
            // A visible focus ring: the keyboard is on the map.
            let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
            ui.painter_at(vp.rect).rect_stroke(
                vp.rect.shrink(1.0),
                0.0,
                stroke,
                egui::StrokeKind::Inside,
            );
        }
        self.canvas_access_ui(ui, &response, vp);
        if presenting {
            self.presenting_hint_ui(&ui.painter_at(vp.rect), vp.rect);
            return;
        }
        self.title_edit_ui(ui, vp);
        self.canvas_context_menu_ui(&response, vp);
    }

    /// Scrolls so an item or cell is in view (after creating it, starting to edit it, or
    /// picking an insight about it).
    fn reveal_item(&mut self, target: Reveal, vp: &mut Viewport, map_size: Vec2) {
        let Some(layout) = self.canvas.layout() else {
            return;
        };
        let rect = match target {
            Reveal::Item(Selected::Touchpoint(id)) => layout.card(id).map(|c| c.rect),
            Reveal::Item(Selected::Stage(id)) => {
                layout.stages.iter().find(|s| s.id == id).map(|s| s.header)
            }
            Reveal::Item(Selected::Lane(id)) => {
                layout.lanes.iter().find(|l| l.id == id).map(|l| l.header)
            }
            Reveal::Item(Selected::Connector(_) | Selected::Persona(_)) => None,
            Reveal::Cell(cell) => layout.cell_rect(cell),
        };
        let Some(rect) = rect else {
            return;
        };
        let r = vp.rect_to_screen(rect);
        let mut visible = vp.rect;
        // Leave out the pinned header row and column.
        visible.min.y += vp.pinned_row_height();
        visible.min.x += vp.pinned_column_width();
        let mut delta = Vec2::ZERO;
        if r.left() < visible.left() {
            delta.x = r.left() - visible.left() - 20.0;
        } else if r.right() > visible.right() {
            delta.x = (r.right() - visible.right() + 20.0).min(r.left() - visible.left());
        }
        if r.top() < visible.top() {
            delta.y = r.top() - visible.top() - 20.0;
        } else if r.bottom() > visible.bottom() {
            delta.y = (r.bottom() - visible.bottom() + 20.0).min(r.top() - visible.top());
        }
        if delta != Vec2::ZERO {
            vp.scroll = vp.clamp_scroll(vp.scroll + delta, map_size);
            self.view.scroll = vp.scroll;
            self.canvas.viewport = Some(*vp);
        }
    }

    /// Paints the scene and the overlays, pane by pane.
    fn paint_canvas(&mut self, ui: &mut egui::Ui, vp: Viewport) {
        let painter = ui.painter_at(vp.rect);
        painter.rect_filled(vp.rect, 0.0, super::theme::PAPER);
        let (Some(painted), Some(laid)) = (&mut self.canvas.painted, &self.canvas.laid) else {
            return;
        };
        // Shapes built for another zoom (mid-gesture) are stretched to this one.
        let stretch = vp.zoom / f32::from_bits(painted.key.2);
        let seen_in = |visible: Rect| {
            Rect::from_min_max(
                (visible.min.to_vec2() / stretch).to_pos2(),
                (visible.max.to_vec2() / stretch).to_pos2(),
            )
        };
        for (_, clip, offset) in vp.panes() {
            painted
                .scene
                .prepare(ui.ctx(), &laid.scene, seen_in(clip.translate(-offset)));
        }
        let Some(painted) = &self.canvas.painted else {
            return;
        };
        // A presentation shows the map alone: no selection, hover or handles over it.
        let presenting = self.view.presenting.is_some();
        let overlays = if presenting {
            Vec::new()
        } else {
            self.overlay_shapes(vp)
        };
        let band = egui::Rangef::new(
            vp.band_top * vp.zoom,
            (vp.band_top + vp.band_height) * vp.zoom,
        );
        for (pane, clip, offset) in vp.panes() {
            let p = painter.with_clip_rect(clip);
            let visible = clip.translate(-offset);
            // The pinned header row shows only what lies within the row, so an arrow routed
            // along its lower edge does not leave a cut-off stub over the headers.
            let pinned_row = matches!(pane, Pane::Top | Pane::Corner);
            let in_row = |r: &Rect, slack: f32| {
                r.top() >= band.min - slack && r.bottom() <= band.max + slack
            };
            if pinned_row {
                p.rect_filled(
                    clip,
                    0.0,
                    super::theme::color32(crate::scene::palette::PAPER),
                );
            }
            let mut shapes: Vec<Shape> = Vec::new();
            let place = egui::emath::TSTransform::new(offset, stretch);
            let seen = seen_in(visible);
            for item in painted.scene.visible(seen) {
                let stretched = Rect::from_min_max(
                    (item.bounds.min.to_vec2() * stretch).to_pos2(),
                    (item.bounds.max.to_vec2() * stretch).to_pos2(),
                );
                if !pinned_row || in_row(&stretched, 1.0) {
                    let mut s = item.shape.clone();
                    if stretch == 1.0 {
                        translate(&mut s, offset);
                    } else {
                        s.transform(place);
                    }
                    shapes.push(s);
                }
            }
            if !pinned_row {
                let ctx = ui.ctx();
                pictures_on_screen(
                    ctx,
                    &laid.scene,
                    painted.scene.picture_items(),
                    &mut self.canvas.textures,
                    vp.zoom,
                    visible,
                    offset,
                    &mut shapes,
                );
            }
            for (bounds, shape) in &overlays {
                if bounds.intersects(visible) && (!pinned_row || in_row(bounds, 5.0)) {
                    let mut s = shape.clone();
                    s.translate(offset);
                    shapes.push(s);
                }
            }
            p.extend(shapes);
            if pane != Pane::Body {
                pane_shadow(&p, pane, clip);
            }
        }
        if !presenting {
            self.floating_overlays_ui(&painter, vp);
        }
    }
}

/// Moves a shape by `offset`. A text's glyphs sit relative to its position, so moving the
/// position moves the text: `Shape::translate` would copy the whole galley (it scales it in
/// place too), for every text in view in every frame.
fn translate(shape: &mut Shape, offset: egui::Vec2) {
    match shape {
        Shape::Text(text) => text.pos += offset,
        Shape::Vec(shapes) => shapes.iter_mut().for_each(|s| translate(s, offset)),
        other => other.translate(offset),
    }
}

/// The textures of the picture items (`items`, indices into `scene`) meeting `visible` (map
/// at `zoom`, origin at (0, 0)), moved by `offset`; a picture still decoding keeps its
/// placeholder.
#[allow(clippy::too_many_arguments)]
fn pictures_on_screen(
    ctx: &egui::Context,
    scene: &Scene,
    items: &[u32],
    textures: &mut pictures::PictureTextures,
    zoom: f32,
    visible: Rect,
    offset: Vec2,
    shapes: &mut Vec<Shape>,
) {
    for &i in items {
        let Some(crate::scene::Item::Picture {
            rect, key, crop, ..
        }) = scene.items.get(i as usize)
        else {
            continue;
        };
        let at = Rect::from_min_size(
            Pos2::new(rect.x * zoom, rect.y * zoom),
            Vec2::new(rect.w * zoom, rect.h * zoom),
        );
        if !at.intersects(visible) {
            continue;
        }
        let Some(picture) = scene.pictures.get(key) else {
            continue;
        };
        let wanted = at.width() * ctx.pixels_per_point();
        let Some(texture) = textures.texture(ctx, key, picture, wanted) else {
            continue;
        };
        shapes.push(Shape::image(
            texture.id(),
            at.translate(offset),
            picture_uv(crop, picture),
            egui::Color32::WHITE,
        ));
    }
}

/// The part of `picture` a frame shows (`crop`, in its pixels) in texture coordinates 0..1.
pub(crate) fn picture_uv(crop: &crate::geom::Rect, picture: &crate::model::Picture) -> Rect {
    let (w, h) = (picture.width.max(1) as f32, picture.height.max(1) as f32);
    Rect::from_min_max(
        Pos2::new(crop.x / w, crop.y / h),
        Pos2::new((crop.x + crop.w) / w, (crop.y + crop.h) / h),
    )
}

/// A soft edge under the pinned header row and right of the pinned lane column.
fn pane_shadow(painter: &egui::Painter, pane: Pane, clip: Rect) {
    let color = egui::Color32::from_black_alpha(40);
    let stroke = egui::Stroke::new(1.0, color);
    let p = painter.with_clip_rect(painter.clip_rect().expand(4.0));
    match pane {
        Pane::Top | Pane::Corner => {
            p.hline(clip.x_range(), clip.bottom() + 0.5, stroke);
        }
        Pane::Left => {
            p.vline(clip.right() + 0.5, clip.y_range(), stroke);
        }
        Pane::Body => {}
    }
}

/// A stage or lane being dragged to a new place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reorder {
    /// A stage.
    Stage(StageId),
    /// A lane.
    Lane(LaneId),
}

#[cfg(test)]
mod tests {
    use crate::layout::Layout;
    use crate::model::{Aspect, CardPicture, Map, Stage, StageId, Touchpoint, TouchpointId};

    /// Moving a text by its position puts every glyph where `Shape::translate` puts it.
    #[test]
    fn a_text_moved_by_its_position_lies_where_translate_puts_it() {
        let ctx = egui::Context::default();
        // (The font atlas's first upload is not for a renderer here.)
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let galley = ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                "Größe passt – Zażółć".into(),
                egui::FontId::proportional(14.0),
                egui::Color32::BLACK,
            )
        });
        let text = egui::Shape::galley(egui::pos2(10.0, 20.0), galley, egui::Color32::BLACK);
        let offset = egui::vec2(123.5, -48.25);
        let mut ours = egui::Shape::Vec(vec![text.clone()]);
        super::translate(&mut ours, offset);
        let mut theirs = egui::Shape::Vec(vec![text]);
        theirs.translate(offset);
        assert_eq!(ours.visual_bounding_rect(), theirs.visual_bounding_rect());
        let tessellate = |s: egui::Shape| {
            let mut t =
                egui::epaint::Tessellator::new(1.0, Default::default(), [1024, 1024], Vec::new());
            let mut mesh = egui::epaint::Mesh::default();
            t.tessellate_shape(s, &mut mesh);
            mesh.vertices.iter().map(|v| v.pos).collect::<Vec<_>>()
        };
        let moved = tessellate(ours);
        assert!(!moved.is_empty(), "no glyphs drawn");
        assert_eq!(moved, tessellate(theirs));
    }

    /// The part of the picture the canvas (and the inspector's preview) shows of a card's
    /// picture, in texture coordinates: the layout's centre crop.
    fn uv_of(width: u32, height: u32, aspect: Aspect) -> egui::Rect {
        let picture =
            crate::picture::import_rgba(width, height, vec![128; (width * height * 4) as usize])
                .unwrap();
        let mut map = Map::default();
        map.stages.push(Stage::new(StageId(1), "Awareness"));
        map.lanes.push(crate::model::Lane {
            id: crate::model::LaneId(1),
            name: "Storyboard".into(),
            kind: crate::model::LaneKind::Storyboard,
            channel: None,
            color: None,
            persona: None,
        });
        let mut card = Touchpoint::new(TouchpointId(1), StageId(1), crate::model::LaneId(1), 0, "");
        card.picture = Some(CardPicture {
            aspect,
            ..CardPicture::new(picture.key())
        });
        map.touchpoints.push(card);
        map.pictures.insert(picture.key(), picture.clone());
        let layout = Layout::compute(&map);
        let frame = layout
            .card(TouchpointId(1))
            .unwrap()
            .picture
            .as_deref()
            .unwrap();
        super::picture_uv(&frame.crop, &picture)
    }

    #[test]
    fn the_crop_is_centred_and_keeps_the_aspect() {
        // A square at 16:9 loses top and bottom.
        let uv = uv_of(400, 400, Aspect::Wide);
        assert!((uv.height() - 0.5625).abs() < 1e-3 && (uv.width() - 1.0).abs() < 1e-4);
        assert!((uv.center().y - 0.5).abs() < 1e-4);
        // A wide banner at 1:1 loses left and right.
        let uv = uv_of(400, 100, Aspect::Square);
        assert!((uv.width() - 0.25).abs() < 1e-3 && (uv.height() - 1.0).abs() < 1e-4);
        assert!((uv.center().x - 0.5).abs() < 1e-4);
        // Its own shape: all of it.
        let uv = uv_of(300, 200, Aspect::Original);
        assert!((uv.width() - 1.0).abs() < 1e-4 && (uv.height() - 1.0).abs() < 1e-4);
    }
}
