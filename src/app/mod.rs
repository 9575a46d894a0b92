//! The editor window (eframe/egui): canvas, inspector, menus, dialogs, shortcuts, status bar.
//!
//! This is the only module that knows egui. It turns pointer and keyboard input into
//! [`crate::edit::Command`]s and hands them to the history; it never changes a map directly.
//! Selection, hover, zoom and scroll are view state, kept here and never in the undo history.

mod actions;
mod canvas;
mod card_pictures;
mod clipboard;
mod commands;
mod conflict_list;
mod dialog_access;
mod dialogs;
mod diff_words;
mod document;
pub mod error_words;
mod examples;
mod exporting;
mod files;
pub mod i18n;
mod import_words;
mod insight_list;
mod inspector;
mod lane_personas;
mod menu;
mod mermaid_words;
mod picture_words;
mod pivot_rows;
mod present;
mod recent;
mod recovery;
mod saved_views;
mod sheet_words;
mod start;
mod status;
mod templates;
mod theme;
mod view;
mod watch;

use std::path::PathBuf;

pub use actions::Direction;
pub use commands::{Menu, UICommand};
pub use examples::{EXAMPLES, Example};
pub use view::{Selected, Selection};

use crate::edit::Command;
use crate::model::Map;
use crate::tr;
use dialogs::Modal;
use document::Document;
use files::{Pending, Picker};
use recent::RecentFiles;
use view::ViewState;

/// How the window is set up; tests turn off native dialogs and the recent-files store.
#[derive(Clone, Debug)]
pub struct AppOptions {
    /// Use the system's file dialogs (else always the typed-path dialog).
    pub native_dialogs: bool,
    /// Where the recent-files list lives; `None` keeps it in memory.
    pub recent_store: Option<PathBuf>,
    /// The language the system asks for (`LANG` and friends); View > Language overrides it.
    pub system_language: i18n::Language,
    /// The folder of recovery copies of unsaved maps; `None` writes none and offers none.
    pub recovery_store: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            native_dialogs: true,
            recent_store: RecentFiles::default_store(),
            system_language: i18n::Language::from_env(),
            recovery_store: crate::file::recovery::RecoveryStore::default_root(),
        }
    }
}

/// What the window shows first.
// Made once per window; `Startup::Map(map)` reads better in tests than a box.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Startup {
    /// The first bundled example (`trailmap` without a file).
    Example,
    /// A map file (`trailmap FILE`); if it cannot be opened, the error is shown over a new map.
    File(PathBuf),
    /// A map given directly, untitled (tests, benchmarks).
    Map(Map),
}

/// A message in the status bar.
#[derive(Clone, Debug)]
pub struct Notice {
    /// The message.
    pub text: String,
    /// Whether it reports a failure.
    pub error: bool,
}

impl Notice {
    fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: false,
        }
    }
}

/// UI preferences remembered between runs (eframe storage; never map content).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
struct Prefs {
    show_inspector: bool,
    /// The language picked in View > Language; `None` follows the system.
    #[serde(default)]
    language: Option<i18n::Language>,
    /// The inspector's width as the user last dragged it.
    #[serde(default = "default_inspector_width")]
    inspector_width: f32,
}

const PREFS_KEY: &str = "trailmap-prefs";

/// How wide the inspector may be dragged.
const INSPECTOR_WIDTHS: std::ops::RangeInclusive<f32> = 240.0..=520.0;

/// The canvas keeps at least this width: in a narrower window the inspector gets narrower,
/// and below its own minimum it folds away (View > Inspector still toggles it).
pub const MIN_CANVAS_WIDTH: f32 = 360.0;

/// The longest map title the window title shows whole; a longer one ends in "…".
const TITLE_CHARS: usize = 80;

fn default_inspector_width() -> f32 {
    300.0
}

/// The Trailmap editor window.
pub struct TrailmapApp {
    ctx: egui::Context,
    doc: Document,
    view: ViewState,
    canvas: canvas::CanvasState,
    inspector: inspector::InspectorState,
    recent: RecentFiles,
    options: AppOptions,
    modal: Option<Modal>,
    picker: Option<Picker>,
    /// The open map's file on disk: changes by others, deletion, the check before saving.
    watch: watch::FileWatch,
    notice: Option<Notice>,
    show_shortcuts: bool,
    /// F10 was pressed: the menu bar takes the keyboard and opens its first menu this frame.
    focus_menu_bar: bool,
    show_inspector: bool,
    /// The inspector's width, kept across selections (the panel is not sized by its content).
    inspector_width: f32,
    /// The language picked in View > Language; `None` follows the system.
    language_choice: Option<i18n::Language>,
    allow_close: bool,
    /// No map is open (File > Close): the window shows the start choices instead of the
    /// canvas. `doc` then holds a blank untitled map nothing can change, so everything that
    /// reads the document keeps working; opening or making a map clears this.
    closed: bool,
    last_title: String,
    queued: Vec<UICommand>,
    last_export: Option<crate::export::ExportOptions>,
    last_export_format: Option<crate::export::Format>,
    /// Slides and slide size of the last PowerPoint export, offered again.
    last_slides: crate::export::pptx::PptxOptions,
    export_running: Option<exporting::RunningExport>,
    /// The folder of the file the untitled map was imported from: where Save As starts.
    import_folder: Option<std::path::PathBuf>,
    recovery: recovery::Recovery,
}

impl TrailmapApp {
    /// Sets up fonts and style and opens the first map.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions, startup: Startup) -> Self {
        let ctx = cc.egui_ctx.clone();
        theme::install_fonts(&ctx);
        theme::configure(&ctx);
        let prefs: Option<Prefs> = cc.storage.and_then(|s| eframe::get_value(s, PREFS_KEY));
        let recent = RecentFiles::load(options.recent_store.clone());
        let language = prefs
            .as_ref()
            .and_then(|p| p.language)
            .unwrap_or(options.system_language);
        // The first map and its messages are made before the first frame: speak already.
        i18n::set_language(language);
        let (recovery, recovery_note) =
            recovery::Recovery::start(options.recovery_store.as_deref(), &ctx);
        let mut app = Self {
            ctx,
            doc: Document::untitled(files::blank_map(), ""),
            view: ViewState::default(),
            canvas: canvas::CanvasState::default(),
            inspector: inspector::InspectorState::default(),
            recent,
            options,
            modal: None,
            picker: None,
            watch: watch::FileWatch::default(),
            notice: None,
            show_shortcuts: false,
            focus_menu_bar: false,
            show_inspector: prefs.as_ref().is_none_or(|p| p.show_inspector),
            inspector_width: prefs.as_ref().map_or_else(default_inspector_width, |p| {
                p.inspector_width
                    .clamp(*INSPECTOR_WIDTHS.start(), *INSPECTOR_WIDTHS.end())
            }),
            language_choice: prefs.as_ref().and_then(|p| p.language),
            allow_close: false,
            closed: false,
            last_title: String::new(),
            queued: Vec::new(),
            last_export: None,
            last_export_format: None,
            last_slides: crate::export::pptx::PptxOptions::default(),
            export_running: None,
            import_folder: None,
            recovery,
        };
        match startup {
            Startup::Example => {
                let example = examples::for_language(app.language().tag());
                app.carry_out(Pending::NewFromExample(example));
            }
            Startup::File(path) => app.open_path(&path),
            Startup::Map(map) => {
                app.doc = Document::untitled(map, "");
                app.view.reset();
            }
        }
        if let Some(note) = recovery_note {
            app.error(note);
        }
        app
    }

    /// The language the window speaks: the one picked in View > Language, else the system's.
    pub fn language(&self) -> i18n::Language {
        self.language_choice.unwrap_or(self.options.system_language)
    }

    /// Makes the window speak `language` from this frame on (`None`: the system's), as
    /// View > Language does; remembered with the other preferences.
    pub fn set_language(&mut self, language: Option<i18n::Language>) {
        self.language_choice = language;
        i18n::set_language(self.language());
    }

    /// The map being edited.
    pub fn map(&self) -> &Map {
        self.doc.map()
    }

    /// Whether no map is open (after File > Close): the window shows the start choices.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Whether the map has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The file the map is saved in.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.doc.path()
    }

    /// What is selected.
    pub fn selection(&self) -> &Selection {
        &self.view.selection
    }

    /// The layout the canvas drew last frame: what the user sees (dimmed cards, compare
    /// marks, insight markers). For tests and screen readers.
    pub fn layout(&self) -> Option<&crate::layout::Layout> {
        self.canvas.layout()
    }

    /// What the view shows (journey state, persona filter, insights, owner colours,
    /// footnotes, hidden lanes): the options the canvas lays the map out with.
    pub fn view_options(&self) -> crate::layout::LayoutOptions {
        self.view.layout_options()
    }

    /// The cell of the insight picked in the insights panel, while it is outlined on the canvas.
    pub fn highlighted_cell(&self) -> Option<crate::model::Cell> {
        self.view
            .highlight
            .as_ref()
            .filter(|_| self.view.insights)
            .map(|h| h.cell)
    }

    /// The current zoom (screen points per map unit).
    pub fn zoom(&self) -> f32 {
        self.view.zoom
    }

    /// The status bar's last message.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Groups the touchpoint rows as View > Rows does (a view change, never an edit). For
    /// tests and benchmarks.
    pub fn set_rows(&mut self, rows: crate::pivot::Rows) {
        self.view.rows = rows;
    }

    /// What undo would undo ("Move touchpoint").
    pub fn undo_label(&self) -> Option<&'static str> {
        self.doc.history().undo_label()
    }

    /// Where an item is drawn on screen (the scrolling body), as of the last frame; `None` if it
    /// is not laid out (hidden lane, no frame yet). For tests and screen readers.
    pub fn screen_rect_of(&self, item: Selected) -> Option<egui::Rect> {
        let layout = self.canvas.layout()?;
        let vp = self.canvas.viewport()?;
        let rect = match item {
            Selected::Touchpoint(id) => layout.card(id)?.rect,
            Selected::Stage(id) => layout.stages.iter().find(|s| s.id == id)?.header,
            Selected::Lane(id) => layout.lanes.iter().find(|l| l.id == id)?.header,
            Selected::Connector(id) => {
                let c = layout.connectors.iter().find(|c| c.id == id)?;
                crate::geom::Rect::around(&c.points)
            }
            Selected::Persona(_) => return None,
        };
        Some(vp.rect_to_screen(rect))
    }

    /// Where a cell is drawn on screen, as of the last frame.
    pub fn screen_rect_of_cell(&self, cell: crate::model::Cell) -> Option<egui::Rect> {
        let rect = self.canvas.layout()?.cell_rect(cell)?;
        Some(self.canvas.viewport()?.rect_to_screen(rect))
    }

    /// The window title: the map's title (else its file's name, else "Untitled" in the
    /// window's language), a dirty marker, the app name. Task switchers and screen readers
    /// name the window by it.
    pub fn title(&self) -> String {
        if self.closed {
            return "Trailmap".to_owned();
        }
        let dirty = if self.doc.is_dirty() { " •" } else { "" };
        format!("{}{dirty} — Trailmap", self.map_name())
    }

    /// What the window calls the map: its title on one line and at most [`TITLE_CHARS`]
    /// characters, or the document's name when the title is blank.
    fn map_name(&self) -> String {
        let words: Vec<&str> = self.doc.map().title.split_whitespace().collect();
        if words.is_empty() {
            return self.doc.display_name();
        }
        let title = words.join(" ");
        match title.char_indices().nth(TITLE_CHARS) {
            Some((cut, _)) => format!("{}…", title[..cut].trim_end()),
            None => title,
        }
    }

    fn notify(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice::info(text));
    }

    fn error(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            error: true,
        });
    }

    /// Applies a command through the history; reports a refusal in the status bar.
    fn apply(&mut self, command: Command) -> bool {
        match self.doc.apply(command) {
            Ok(()) => true,
            Err(e) => {
                self.error(tr!("status-refused", reason = error_words::edit_error(&e)));
                false
            }
        }
    }

    /// Runs `cmd` after this frame's drawing.
    fn queue(&mut self, cmd: UICommand) {
        self.queued.push(cmd);
    }

    /// Whether `cmd` can run now (greys out menu entries).
    fn can_run(&self, cmd: UICommand) -> bool {
        use UICommand::*;
        if self.closed {
            // Only what makes or opens a map, or needs none, while no map is open.
            return matches!(
                cmd,
                New | Open | Import | Quit | ShowShortcuts | About | Deselect | FocusMenuBar
            );
        }
        let sel = &self.view.selection;
        let has_cards = !sel.touchpoints().is_empty();
        let one_card = sel
            .single()
            .is_some_and(|s| matches!(s, Selected::Touchpoint(_)));
        let map = self.doc.map();
        match cmd {
            Undo => self.doc.history().can_undo(),
            Redo => self.doc.history().can_redo(),
            Cut | Copy | Duplicate => has_cards,
            Delete => !sel.is_empty(),
            SelectAll => !map.touchpoints.is_empty(),
            Rename => sel.single().is_some_and(|s| {
                matches!(
                    s,
                    Selected::Touchpoint(_) | Selected::Stage(_) | Selected::Lane(_)
                )
            }),
            MoveCardLeft | MoveCardRight | MoveCardUp | MoveCardDown => one_card,
            SelectCard(_) => self.view.presenting.is_some() || !map.touchpoints.is_empty(),
            SelectHeader(_) => !map.stages.is_empty() || !map.lanes.is_empty(),
            InsertTouchpoint | Paste => !map.stages.is_empty() && !map.lanes.is_empty(),
            Connect => one_card && map.touchpoints.len() > 1,
            // The canvas's menu needs the canvas; the menu bar is there whenever it is shown.
            ContextMenu => self.view.presenting.is_none(),
            FocusMenuBar => self.view.presenting.is_none(),
            Export(_) => self.export_running.is_none(),
            Present => self.view.presenting.is_some() || !map.stages.is_empty(),
            NextStage | PreviousStage | FirstStage | LastStage => self.view.presenting.is_some(),
            _ => true,
        }
    }

    /// Does what a menu entry or shortcut asks.
    fn run_command(&mut self, cmd: UICommand, paste_text: Option<String>) {
        use UICommand::*;
        if !self.can_run(cmd) {
            return;
        }
        // A field that just lost the keyboard to this click must not absorb the command into
        // its undo step.
        self.inspector.end_stale_session(&self.ctx, &mut self.doc);
        // While picking an arrow's target, Enter (or F2) draws the arrow.
        if cmd == Rename && self.canvas.connecting().is_some() {
            self.finish_connecting();
            return;
        }
        match cmd {
            New => self.request(Pending::New),
            Open => self.request(Pending::OpenDialog),
            Import => self.request(Pending::ImportDialog),
            Save => self.save(None),
            SaveAs => self.pick_path(files::PathPurpose::SaveAs { then: None }),
            Export(format) => self.open_export_dialog(format),
            Close => self.request(Pending::Close),
            Quit => self.request(Pending::Quit),
            Undo => {
                self.canvas.cancel_interaction(&mut self.doc);
                match self.doc.undo() {
                    Ok(_) => {
                        self.view.selection.retain_existing(self.doc.map());
                    }
                    Err(e) => self.error(tr!(
                        "status-undo-failed",
                        reason = error_words::edit_error(&e)
                    )),
                }
            }
            Redo => match self.doc.redo() {
                Ok(_) => self.view.selection.retain_existing(self.doc.map()),
                Err(e) => self.error(tr!(
                    "status-redo-failed",
                    reason = error_words::edit_error(&e)
                )),
            },
            Copy => self.copy_selection(),
            Cut => {
                self.copy_selection();
                self.delete_selection();
            }
            Paste => match paste_text {
                Some(text) => self.paste_text(&text),
                // From the menu: ask the windowing layer for the clipboard; it comes back as an
                // `Event::Paste` next frame.
                None => self
                    .ctx
                    .send_viewport_cmd(egui::ViewportCommand::RequestPaste),
            },
            Duplicate => {
                let ids = self.view.selection.touchpoints();
                if let Some((command, new)) = actions::duplicate_touchpoints(self.doc.map(), &ids)
                    && self.apply_placing(command)
                {
                    self.view
                        .selection
                        .set_all(new.into_iter().map(Selected::Touchpoint));
                }
            }
            Delete => self.delete_selection(),
            SelectAll => {
                let all = actions::all_touchpoints(self.doc.map());
                self.view.selection.set_all(all);
            }
            Deselect => {
                // Esc undoes the innermost thing first: a drag or edit, then the shortcut
                // list floating over the map, then the selection; while presenting, it leaves.
                if self.view.presenting.is_some() {
                    self.stop_presenting();
                } else if self.canvas.cancel_interaction(&mut self.doc) {
                    // The drag or edit is cancelled; that is all this Esc does.
                } else if self.show_shortcuts {
                    self.show_shortcuts = false;
                } else {
                    self.view.selection.clear();
                    self.view.highlight = None;
                }
            }
            Rename => match self.view.selection.single() {
                Some(Selected::Touchpoint(id)) => {
                    self.canvas.start_title_edit(self.doc.map(), id);
                }
                Some(item @ (Selected::Stage(_) | Selected::Lane(_))) => {
                    // Headers are named in the inspector's name field.
                    self.canvas.reveal(item);
                    self.show_inspector = true;
                    self.inspector.focus_name();
                }
                _ => {}
            },
            SelectCard(Direction::Left) if self.view.presenting.is_some() => {
                self.step_presentation(view::Step::Previous);
            }
            SelectCard(Direction::Right) if self.view.presenting.is_some() => {
                self.step_presentation(view::Step::Next);
            }
            SelectCard(dir) if self.canvas.connecting().is_some() => self.pick_target_towards(dir),
            SelectCard(dir) => self.select_card_towards(dir),
            Connect => {
                if let Some(Selected::Touchpoint(id)) = self.view.selection.single() {
                    self.start_connecting(id);
                }
            }
            SelectHeader(dir) => self.select_header_towards(dir),
            MoveCardLeft => self.move_selected_card(Direction::Left),
            MoveCardRight => self.move_selected_card(Direction::Right),
            MoveCardUp => self.move_selected_card(Direction::Up),
            MoveCardDown => self.move_selected_card(Direction::Down),
            ZoomIn => self.canvas.zoom_by(&mut self.view, view::ZOOM_STEP, None),
            ZoomOut => self
                .canvas
                .zoom_by(&mut self.view, 1.0 / view::ZOOM_STEP, None),
            ZoomReset => self.canvas.zoom_to(&mut self.view, 1.0, None),
            ZoomFit => self.view.fit = Some(view::Fit::Whole),
            ToggleInspector => self.show_inspector = !self.show_inspector,
            ToggleInsights => self.view.insights = !self.view.insights,
            Present => self.toggle_presenting(),
            SaveView => self.ask_view_name(None),
            NextStage => self.step_presentation(view::Step::Next),
            PreviousStage => self.step_presentation(view::Step::Previous),
            FirstStage => self.step_presentation(view::Step::First),
            LastStage => self.step_presentation(view::Step::Last),
            InsertStage => {
                let (command, id) = actions::insert_stage(self.doc.map(), &self.view.selection);
                if self.apply(command) {
                    self.view.selection.set(Selected::Stage(id));
                    self.canvas.reveal(Selected::Stage(id));
                    self.inspector.focus_name();
                    self.show_inspector = true;
                }
            }
            InsertLane(kind) => {
                let (command, id) =
                    actions::insert_lane(self.doc.map(), &self.view.selection, kind);
                if self.apply(command) {
                    self.view.selection.set(Selected::Lane(id));
                    self.view.hidden_lanes.remove(&id);
                    self.canvas.reveal(Selected::Lane(id));
                    self.inspector.focus_name();
                    self.show_inspector = true;
                }
            }
            InsertTouchpoint => self.insert_touchpoint(),
            InsertPersona => {
                let (command, id) = actions::insert_persona(self.doc.map());
                if self.apply(command) {
                    self.view.selection.set(Selected::Persona(id));
                    self.inspector.focus_name();
                    self.show_inspector = true;
                }
            }
            FocusMenuBar => self.focus_menu_bar = true,
            ContextMenu => self.open_context_menu_by_keyboard(),
            ShowShortcuts => self.show_shortcuts = !self.show_shortcuts,
            About => self.modal = Some(Modal::About),
        }
    }

    fn insert_touchpoint(&mut self) {
        let after = match self.view.selection.single() {
            Some(Selected::Touchpoint(id)) => Some(id),
            _ => None,
        };
        // Rows pivoted: a row's cell is no cell of the map.
        if let Some(cell) = self.view.selection.cell
            && let row = self.card_for_row(self.canvas.pivot(), cell, after)
            && self.add_card_in_row(row, cell)
        {
            return;
        }
        let map = self.doc.map();
        let Some(cell) = self.view.selection.target_cell(map) else {
            return;
        };
        let (command, id) = actions::insert_touchpoint(map, cell, after, "");
        let (command, tagged) = self.placing(command);
        if self.canvas.insert_and_edit(&mut self.doc, command, id) {
            self.view.selection.set(Selected::Touchpoint(id));
            self.view.selection.cell = Some(cell);
            self.notify_tagged(&tagged);
        }
    }

    fn delete_selection(&mut self) {
        let takes = actions::deletion_takes(self.doc.map(), &self.view.selection);
        if let Some(command) = actions::delete_selection(self.doc.map(), &self.view.selection)
            && self.apply(command)
        {
            self.view.selection.clear();
            self.view.selection.retain_existing(self.doc.map());
            if let Some(gone) = takes {
                let undo = UICommand::Undo
                    .shortcut()
                    .map(|s| i18n::format_shortcut(&self.ctx, &s))
                    .unwrap_or_default();
                self.notify(match gone {
                    actions::Gone::Stage { name, cards } => {
                        tr!(
                            "status-deleted-stage-with-cards",
                            name = name,
                            count = cards,
                            undo = undo
                        )
                    }
                    actions::Gone::Lane { name, cards } => {
                        tr!(
                            "status-deleted-lane-with-cards",
                            name = name,
                            count = cards,
                            undo = undo
                        )
                    }
                    actions::Gone::Rows { rows, cards } => {
                        tr!(
                            "status-deleted-rows-with-cards",
                            rows = rows,
                            count = cards,
                            undo = undo
                        )
                    }
                });
            }
        }
    }

    fn copy_selection(&mut self) {
        let ids = self.view.selection.touchpoints();
        if let Some(text) = clipboard::copy_text(self.doc.map(), &ids) {
            self.ctx.copy_text(text);
            let n = ids.len();
            self.notify(tr!("status-copied", count = n));
        }
    }

    fn paste_text(&mut self, text: &str) {
        let map = self.doc.map();
        let Some(cell) = self.view.selection.target_cell(map) else {
            self.error(tr!("status-paste-needs-cell"));
            return;
        };
        match clipboard::paste(map, cell, text) {
            Some(paste) => {
                let n = paste.cards.len();
                let (command, tagged) = self.placing(paste.command);
                if self.apply(command) {
                    self.view
                        .selection
                        .set_all(paste.cards.into_iter().map(Selected::Touchpoint));
                    let mut words = tr!("status-pasted", count = n);
                    if let Some(tags) = lane_personas::tagged_words(self.doc.map(), &tagged) {
                        words = format!("{words}. {tags}");
                    }
                    self.notify(words);
                }
            }
            None => self.notify(tr!("status-nothing-to-paste")),
        }
    }

    fn move_selected_card(&mut self, dir: Direction) {
        if let Some(Selected::Touchpoint(id)) = self.view.selection.single()
            && self.move_in_rows(id, dir)
        {
            return;
        }
        if let Some(Selected::Touchpoint(id)) = self.view.selection.single()
            && let Some(command) = actions::move_to_neighbour(self.doc.map(), id, dir)
            && self.apply_placing(command)
            && let Some(t) = self.doc.map().touchpoint(id)
        {
            self.view.selection.cell = Some(crate::model::Cell {
                stage: t.stage,
                lane: t.lane,
            });
        }
    }

    /// Turns this frame's key presses and clipboard events into commands.
    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        if self.modal.is_some() || self.picker.is_some() {
            return;
        }
        // An open menu owns the keyboard (Esc closes it, arrows move in it).
        if egui::Popup::is_any_open(ctx) {
            return;
        }
        let presenting = self.view.presenting.is_some();
        // Nothing can be typed into while presenting: the panels are hidden.
        // The canvas takes the keyboard for its own keys (arrows, Enter, Delete): it is not a
        // text field.
        let typing = !presenting && self.canvas.typing_elsewhere(ctx);
        // In a text field Ctrl+Z first undoes the typing of this visit (the field's own undo);
        // once there is none, it undoes the map's last step, as in any editor.
        let field_has_undo = self.doc.group_changed();
        let mut found = Vec::new();
        let mut pasted_image = None;
        ctx.input_mut(|input| {
            for (shortcut, cmd) in commands::shortcut_table() {
                let active = if presenting {
                    cmd.works_while_presenting()
                } else {
                    !cmd.only_while_presenting()
                };
                if !active {
                    continue;
                }
                let history = matches!(cmd, UICommand::Undo | UICommand::Redo);
                let to_history = history && !field_has_undo;
                if typing && !cmd.works_while_typing() && !to_history {
                    continue;
                }
                if matches!(cmd, UICommand::Cut | UICommand::Copy | UICommand::Paste) {
                    continue; // arrive as clipboard events, below
                }
                if input.consume_shortcut(&shortcut) {
                    found.push((cmd, None));
                }
            }
            if !typing && !presenting {
                for event in &input.events {
                    // The clipboard held an image and no text (a screenshot): egui-winit reads
                    // it with arboard and sends it instead of `Event::Paste`.
                    if let egui::Event::PasteImage(image) = event {
                        pasted_image = Some(image.clone());
                    }
                    if let Some(cmd) = UICommand::from_clipboard_event(event) {
                        let text = match event {
                            egui::Event::Paste(t) => Some(t.clone()),
                            _ => None,
                        };
                        found.push((cmd, text));
                    }
                }
            }
        });
        for (cmd, text) in found {
            self.run_command(cmd, text);
        }
        if let Some(image) = pasted_image {
            self.paste_picture(&image);
        }
    }

    /// The inspector at the width the user gave it, narrower when the canvas would get less
    /// than [`MIN_CANVAS_WIDTH`], folded away when even its minimum does not fit. Its left edge
    /// drags to resize; the width is remembered between runs.
    fn inspector_panel_ui(&mut self, ui: &mut egui::Ui) {
        let room = ui.available_width() - MIN_CANVAS_WIDTH;
        let width = self.inspector_width.min(room);
        if width < *INSPECTOR_WIDTHS.start() {
            return;
        }
        let panel = egui::Panel::right("inspector")
            .resizable(false)
            .exact_size(width)
            .show(ui, |ui| self.inspector_ui(ui));
        let rect = panel.response.rect;
        let edge =
            egui::Rect::from_x_y_ranges(rect.left() - 2.0..=rect.left() + 4.0, rect.y_range());
        let handle = ui.interact(
            edge,
            egui::Id::unique("inspector width handle"),
            egui::Sense::drag(),
        );
        let name = tr!("inspector-width");
        handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, &name));
        if handle.hovered() || handle.dragged() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
            let stroke = ui.visuals().widgets.hovered.fg_stroke;
            ui.painter().vline(rect.left(), rect.y_range(), stroke);
        }
        if handle.dragged() {
            self.inspector_width = (width - handle.drag_delta().x)
                .clamp(*INSPECTOR_WIDTHS.start(), *INSPECTOR_WIDTHS.end());
        }
    }

    /// The inspector's width as the user set it (it may show narrower in a small window).
    pub fn inspector_width(&self) -> f32 {
        self.inspector_width
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }
}

impl eframe::App for TrailmapApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.recovery_logic(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        i18n::set_language(self.language());
        self.poll_picker();
        self.poll_export();
        self.canvas.textures.poll(&ctx);
        self.handle_close_request(&ctx);
        if self.modal.is_none() && self.picker.is_none() {
            self.handle_dropped_files(&ctx);
        }
        self.handle_shortcuts(&ctx);

        // Presenting hides every panel; they come back as they were on leaving.
        let chrome = self.view.presenting.is_none();
        if chrome {
            egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar_ui(ui));
            egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar_ui(ui));
        }
        // No map open: the start choices fill the window; there is nothing to inspect.
        let chrome = chrome && !self.closed;
        if chrome && self.show_inspector {
            self.inspector_panel_ui(ui);
        }
        if chrome && !self.doc.map().conflicts.is_empty() {
            egui::Panel::right("conflicts")
                .resizable(true)
                .default_size(300.0)
                .size_range(240.0..=520.0)
                .show(ui, |ui| self.conflict_list_ui(ui));
        }
        if chrome && self.view.insights {
            egui::Panel::left("insights")
                .resizable(true)
                .default_size(270.0)
                .size_range(220.0..=460.0)
                .show(ui, |ui| self.insight_list_ui(ui));
        }
        if self.closed {
            egui::CentralPanel::default().show(ui, |ui| self.start_ui(ui));
        } else {
            egui::CentralPanel::no_frame().show(ui, |ui| self.canvas_ui(ui));
        }

        self.modal_ui(&ctx);
        if self.show_shortcuts {
            self.shortcuts_window_ui(&ctx);
        }
        if self.picker_open() {
            egui::Modal::new(egui::Id::unique("waiting for file dialog")).show(&ctx, |ui| {
                let text = ui.label(tr!("status-waiting-for-dialog"));
                dialog_access::name_dialog(ui, &text, dialog_access::DialogKind::Dialog);
            });
        }

        for cmd in std::mem::take(&mut self.queued) {
            self.run_command(cmd, None);
        }
        self.inspector.end_stale_session(&ctx, &mut self.doc);
        self.check_file_on_disk();
        self.view.retain_existing(self.doc.map());
        self.canvas.textures.end_frame(&self.doc.map().pictures);
        self.update_title(&ctx);
        // Screen readers speak the window's title from its accessibility node (AT-SPI's frame),
        // which egui leaves unnamed; the native title alone reaches only the window manager.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| {
            n.set_label(self.last_title.clone())
        });
        self.recovery_tick(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let prefs = Prefs {
            show_inspector: self.show_inspector,
            inspector_width: self.inspector_width,
            language: self.language_choice,
        };
        eframe::set_value(storage, PREFS_KEY, &prefs);
    }
}
