//! The one table of user actions: every menu entry, keyboard shortcut and line of the
//! Help > Keyboard shortcuts list comes from [`UICommand`].
//!
//! This module only describes actions; what they do lives in `TrailmapApp::run_command`. It must
//! never hold state, so the table can be tested on its own (no two shortcuts clash).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::actions::Direction;
use super::exporting::ExportFormat;
use crate::export::Format;
use crate::interchange::Format as DataFormat;
use crate::model::LaneKind;
use crate::tr;

/// The menu a command is listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File menu.
    File,
    /// Edit menu.
    Edit,
    /// View menu.
    View,
    /// Insert menu.
    Insert,
    /// Help menu.
    Help,
    /// Only reachable by its shortcut or on the canvas (still listed under Help).
    Hidden,
}

/// A user action that has a name, maybe a shortcut and maybe a menu entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UICommand {
    /// Start an empty map.
    New,
    /// Open a map file.
    Open,
    /// Make a new map from a spreadsheet or Mermaid file.
    Import,
    /// Save to the current file (asks for a name the first time).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Export the map as an SVG, PNG or PDF file, or its data as CSV, Excel, TSV or Mermaid.
    Export(ExportFormat),
    /// Close the map and keep the window, with the start choices (asks about unsaved changes).
    Close,
    /// Close the window (asks about unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Copy the selected cards and remove them.
    Cut,
    /// Copy the selected cards to the clipboard as text.
    Copy,
    /// Paste cards (or one card per line of plain text) into the selected cell.
    Paste,
    /// Copy the selection in place.
    Duplicate,
    /// Delete the selection.
    Delete,
    /// Select every card.
    SelectAll,
    /// Clear the selection or cancel a drag.
    Deselect,
    /// Edit the selected card's title in place.
    Rename,
    /// Select the neighbouring card on the canvas: left and right in reading order (along the
    /// lanes), up and down along the stage's column; the first press selects the first card in
    /// view. While presenting, left and right step through the stages.
    SelectCard(Direction),
    /// Select the neighbouring stage header (left, right) or lane header (up, down).
    SelectHeader(Direction),
    /// Move the selected card to the cell on the left.
    MoveCardLeft,
    /// Move the selected card to the cell on the right.
    MoveCardRight,
    /// Move the selected card to the cell above.
    MoveCardUp,
    /// Move the selected card to the cell below.
    MoveCardDown,
    /// Zoom in one step.
    ZoomIn,
    /// Zoom out one step.
    ZoomOut,
    /// Show the map at 100 %.
    ZoomReset,
    /// Zoom so the whole map fits the window.
    ZoomFit,
    /// Show or hide the inspector panel.
    ToggleInspector,
    /// Mark campaign overlaps and persona gaps on the map and list them in a side panel.
    ToggleInsights,
    /// Keep what the map shows now under a name in the map file (View > Saved views).
    SaveView,
    /// Show the journey full screen, one stage at a time (and leave again).
    Present,
    /// While presenting: the next stage.
    NextStage,
    /// While presenting: the previous stage.
    PreviousStage,
    /// While presenting: the first stage.
    FirstStage,
    /// While presenting: the last stage.
    LastStage,
    /// Add a stage after the selected one (or at the end).
    InsertStage,
    /// Add a lane of a kind below the selected one (or at the bottom).
    InsertLane(LaneKind),
    /// Add a card to the selected cell.
    InsertTouchpoint,
    /// Add a persona.
    InsertPersona,
    /// Draw an arrow from the selected card by keyboard: the arrow keys pick the target card,
    /// Enter draws the arrow, Esc cancels.
    Connect,
    /// Give the keyboard to the menu bar and open its first menu (the arrow keys walk the
    /// menus, Enter picks an entry, Esc closes), as F10 does in desktop applications.
    FocusMenuBar,
    /// Open the selected item's menu at the item, the one a right-click opens (Shift+F10 or
    /// the Menu key); with nothing selected, the canvas's own menu.
    ContextMenu,
    /// Show the list of keyboard shortcuts.
    ShowShortcuts,
    /// Show what Trailmap is.
    About,
}

const fn sc(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};
const CMD_ALT: Modifiers = Modifiers {
    alt: true,
    ..Modifiers::COMMAND
};
const NONE: Modifiers = Modifiers::NONE;
const ALT: Modifiers = Modifiers::ALT;
const SHIFT: Modifiers = Modifiers::SHIFT;

impl UICommand {
    /// Every command, in menu order.
    pub fn all() -> Vec<UICommand> {
        use UICommand::*;
        let mut list = vec![New, Open, Import, Save, SaveAs];
        list.extend(ExportFormat::ALL.map(Export));
        list.extend([
            Close, Quit, Undo, Redo, Cut, Copy, Paste, Duplicate, Delete, SelectAll, Deselect,
            Rename,
        ]);
        list.extend(Direction::ALL.map(SelectCard));
        list.extend(Direction::ALL.map(SelectHeader));
        list.extend([
            MoveCardLeft,
            MoveCardRight,
            MoveCardUp,
            MoveCardDown,
            ZoomIn,
            ZoomOut,
            ZoomReset,
            ZoomFit,
            ToggleInspector,
            ToggleInsights,
            SaveView,
            Present,
            NextStage,
            PreviousStage,
            FirstStage,
            LastStage,
            InsertStage,
        ]);
        list.extend(LaneKind::ALL.map(InsertLane));
        list.extend([
            InsertTouchpoint,
            InsertPersona,
            Connect,
            FocusMenuBar,
            ContextMenu,
            ShowShortcuts,
            About,
        ]);
        list
    }

    /// The message id of the command's name; its tooltip is the same id with `-tip`.
    fn message_id(self) -> &'static str {
        use UICommand::*;
        match self {
            New => "cmd-new",
            Open => "cmd-open",
            Import => "cmd-import",
            Save => "cmd-save",
            SaveAs => "cmd-save-as",
            Export(_) => "cmd-export",
            Close => "cmd-close",
            Quit => "cmd-quit",
            Undo => "cmd-undo",
            Redo => "cmd-redo",
            Cut => "cmd-cut",
            Copy => "cmd-copy",
            Paste => "cmd-paste",
            Duplicate => "cmd-duplicate",
            Delete => "cmd-delete",
            SelectAll => "cmd-select-all",
            Deselect => "cmd-deselect",
            Rename => "cmd-rename",
            SelectCard(_) => "cmd-select-card",
            SelectHeader(_) => "cmd-select-header",
            MoveCardLeft => "cmd-move-card-left",
            MoveCardRight => "cmd-move-card-right",
            MoveCardUp => "cmd-move-card-up",
            MoveCardDown => "cmd-move-card-down",
            ZoomIn => "cmd-zoom-in",
            ZoomOut => "cmd-zoom-out",
            ZoomReset => "cmd-zoom-reset",
            ZoomFit => "cmd-zoom-fit",
            ToggleInspector => "cmd-toggle-inspector",
            ToggleInsights => "cmd-toggle-insights",
            SaveView => "cmd-save-view",
            Present => "cmd-present",
            NextStage => "cmd-next-stage",
            PreviousStage => "cmd-previous-stage",
            FirstStage => "cmd-first-stage",
            LastStage => "cmd-last-stage",
            InsertStage => "cmd-insert-stage",
            InsertLane(_) => "cmd-insert-lane",
            InsertTouchpoint => "cmd-insert-touchpoint",
            InsertPersona => "cmd-insert-persona",
            Connect => "cmd-connect",
            FocusMenuBar => "cmd-focus-menu-bar",
            ContextMenu => "cmd-context-menu",
            ShowShortcuts => "cmd-show-shortcuts",
            About => "cmd-about",
        }
    }

    /// The name shown in menus and the shortcut list, in the window's language.
    pub fn text(self) -> String {
        match self {
            UICommand::Export(f) => tr!("cmd-export", format = super::exporting::format_name(f)),
            UICommand::InsertLane(kind) => {
                tr!(
                    "cmd-insert-lane",
                    kind = super::i18n::words::lane_kind(kind)
                )
            }
            UICommand::SelectCard(d) | UICommand::SelectHeader(d) => {
                tr!(self.message_id(), direction = direction_key(d))
            }
            other => tr!(other.message_id()),
        }
    }

    /// One sentence on what the command does, for tooltips, in the window's language.
    pub fn tooltip(self) -> String {
        match self {
            UICommand::Export(ExportFormat::Picture(Format::Svg)) => tr!("cmd-export-svg-tip"),
            UICommand::Export(ExportFormat::Picture(Format::Png)) => tr!("cmd-export-png-tip"),
            UICommand::Export(ExportFormat::Picture(Format::Pdf)) => tr!("cmd-export-pdf-tip"),
            UICommand::Export(ExportFormat::Slides) => tr!("export-pptx-tip"),
            UICommand::Export(ExportFormat::Data(DataFormat::Csv)) => tr!("cmd-export-csv-tip"),
            UICommand::Export(ExportFormat::Data(DataFormat::Tsv)) => tr!("cmd-export-tsv-tip"),
            UICommand::Export(ExportFormat::Data(DataFormat::Xlsx)) => tr!("cmd-export-xlsx-tip"),
            UICommand::Export(ExportFormat::Data(DataFormat::Mermaid)) => {
                tr!("cmd-export-mermaid-tip")
            }
            other => tr!(&format!("{}-tip", other.message_id())),
        }
    }

    /// The keyboard shortcuts, the first one shown in menus. Listed with the most modifiers
    /// first where two share a key, so Ctrl+Shift+Z is not taken for Ctrl+Z.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        use UICommand::*;
        match self {
            New => const { &[sc(CMD, Key::N)] },
            Open => const { &[sc(CMD, Key::O)] },
            Import => const { &[sc(CMD_SHIFT, Key::O)] },
            Save => const { &[sc(CMD, Key::S)] },
            SaveAs => const { &[sc(CMD_SHIFT, Key::S)] },
            Export(ExportFormat::Picture(Format::Png)) => const { &[sc(CMD, Key::E)] },
            Export(_) => &[],
            Close => const { &[sc(CMD, Key::W)] },
            Quit => const { &[sc(CMD, Key::Q)] },
            Undo => const { &[sc(CMD, Key::Z)] },
            Redo => const { &[sc(CMD_SHIFT, Key::Z), sc(CMD, Key::Y)] },
            Cut => const { &[sc(CMD, Key::X)] },
            Copy => const { &[sc(CMD, Key::C)] },
            Paste => const { &[sc(CMD, Key::V)] },
            Duplicate => const { &[sc(CMD, Key::D)] },
            Delete => const { &[sc(NONE, Key::Delete), sc(NONE, Key::Backspace)] },
            SelectAll => const { &[sc(CMD, Key::A)] },
            Deselect => const { &[sc(NONE, Key::Escape)] },
            Rename => const { &[sc(NONE, Key::F2), sc(NONE, Key::Enter)] },
            SelectCard(Direction::Left) => const { &[sc(NONE, Key::ArrowLeft)] },
            SelectCard(Direction::Right) => const { &[sc(NONE, Key::ArrowRight)] },
            SelectCard(Direction::Up) => const { &[sc(NONE, Key::ArrowUp)] },
            SelectCard(Direction::Down) => const { &[sc(NONE, Key::ArrowDown)] },
            SelectHeader(Direction::Left) => const { &[sc(CMD, Key::ArrowLeft)] },
            SelectHeader(Direction::Right) => const { &[sc(CMD, Key::ArrowRight)] },
            SelectHeader(Direction::Up) => const { &[sc(CMD, Key::ArrowUp)] },
            SelectHeader(Direction::Down) => const { &[sc(CMD, Key::ArrowDown)] },
            MoveCardLeft => const { &[sc(ALT, Key::ArrowLeft)] },
            MoveCardRight => const { &[sc(ALT, Key::ArrowRight)] },
            MoveCardUp => const { &[sc(ALT, Key::ArrowUp)] },
            MoveCardDown => const { &[sc(ALT, Key::ArrowDown)] },
            ZoomIn => const { &[sc(CMD, Key::Plus), sc(CMD, Key::Equals)] },
            ZoomOut => const { &[sc(CMD, Key::Minus)] },
            ZoomReset => const { &[sc(CMD, Key::Num1)] },
            ZoomFit => const { &[sc(CMD, Key::Num0)] },
            ToggleInspector => const { &[sc(CMD, Key::I)] },
            ToggleInsights => const { &[sc(CMD_SHIFT, Key::I)] },
            SaveView => &[],
            Present => const { &[sc(NONE, Key::F5)] },
            // A presenter's clicker sends Page Down and Page Up. The arrow keys step too, through
            // `SelectCard` (they select cards when not presenting).
            NextStage => const { &[sc(NONE, Key::Space), sc(NONE, Key::PageDown)] },
            PreviousStage => const { &[sc(NONE, Key::PageUp)] },
            FirstStage => const { &[sc(NONE, Key::Home)] },
            LastStage => const { &[sc(NONE, Key::End)] },
            InsertStage => const { &[sc(CMD_ALT, Key::S)] },
            InsertLane(_) => &[],
            InsertTouchpoint => const { &[sc(CMD_ALT, Key::T)] },
            InsertPersona => &[],
            Connect => const { &[sc(CMD, Key::K)] },
            FocusMenuBar => const { &[sc(NONE, Key::F10)] },
            ContextMenu => const { &[sc(SHIFT, Key::F10), sc(NONE, Key::Menu)] },
            ShowShortcuts => const { &[sc(NONE, Key::F1)] },
            About => &[],
        }
    }

    /// The shortcut shown next to the menu entry.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Which menu lists the command.
    pub fn menu(self) -> Menu {
        use UICommand::*;
        match self {
            New | Open | Import | Save | SaveAs | Export(_) | Close | Quit => Menu::File,
            Undo | Redo | Cut | Copy | Paste | Duplicate | Delete | SelectAll => Menu::Edit,
            ZoomIn | ZoomOut | ZoomReset | ZoomFit | ToggleInspector | ToggleInsights
            | SaveView | Present => Menu::View,
            InsertStage | InsertLane(_) | InsertTouchpoint | InsertPersona | Connect => {
                Menu::Insert
            }
            ShowShortcuts | About => Menu::Help,
            Deselect | Rename | SelectCard(_) | SelectHeader(_) | MoveCardLeft | MoveCardRight
            | MoveCardUp | MoveCardDown | NextStage | PreviousStage | FirstStage | LastStage
            | FocusMenuBar | ContextMenu => Menu::Hidden,
        }
    }

    /// Whether the shortcut still acts while a text field has the keyboard (Ctrl+S does;
    /// Ctrl+Z and Delete belong to the text field then).
    pub fn works_while_typing(self) -> bool {
        use UICommand::*;
        matches!(
            self,
            New | Open
                | Import
                | Save
                | SaveAs
                | Close
                | Quit
                | ZoomIn
                | ZoomOut
                | ZoomReset
                | ZoomFit
                | ToggleInspector
                | ToggleInsights
                | FocusMenuBar
                | ShowShortcuts
        )
    }

    /// Whether the command acts only while presenting: its keys (arrows, Space, Home, End)
    /// belong to the canvas and the text fields otherwise.
    pub fn only_while_presenting(self) -> bool {
        use UICommand::*;
        matches!(self, NextStage | PreviousStage | FirstStage | LastStage)
    }

    /// Whether the command's shortcut acts while presenting (stepping, leaving with F5 or Esc,
    /// quitting); editing keys do nothing then.
    pub fn works_while_presenting(self) -> bool {
        use UICommand::*;
        self.only_while_presenting()
            || matches!(
                self,
                Present
                    | Deselect
                    | Quit
                    | ShowShortcuts
                    | SelectCard(Direction::Left | Direction::Right)
            )
    }

    /// Commands that arrive as clipboard events rather than key presses on desktop (the
    /// windowing layer turns Ctrl+C into `Event::Copy`).
    pub fn from_clipboard_event(event: &egui::Event) -> Option<UICommand> {
        match event {
            egui::Event::Copy => Some(UICommand::Copy),
            egui::Event::Cut => Some(UICommand::Cut),
            egui::Event::Paste(_) => Some(UICommand::Paste),
            _ => None,
        }
    }
}

/// The Fluent selector key of a direction in `cmd-select-card` and `cmd-select-header`.
fn direction_key(d: Direction) -> &'static str {
    match d {
        Direction::Left => "left",
        Direction::Right => "right",
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

/// Every (shortcut, command) pair, the ones with more modifiers first, in the order key presses
/// should be matched against them.
pub fn shortcut_table() -> Vec<(KeyboardShortcut, UICommand)> {
    let mut table: Vec<(KeyboardShortcut, UICommand)> = UICommand::all()
        .into_iter()
        .flat_map(|c| c.shortcuts().iter().map(move |s| (*s, c)))
        .collect();
    let weight = |m: Modifiers| {
        u8::from(m.alt) + u8::from(m.shift) + u8::from(m.ctrl || m.command || m.mac_cmd)
    };
    table.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let table = shortcut_table();
        for (i, (a, ca)) in table.iter().enumerate() {
            for (b, cb) in &table[i + 1..] {
                assert!(a != b, "{ca:?} and {cb:?} both use {a:?}");
            }
        }
    }

    #[test]
    fn a_shortcut_with_more_modifiers_is_matched_first() {
        // egui matches Ctrl+Z against Ctrl+Shift+Z too; the table order must resolve that.
        let table = shortcut_table();
        for (i, (a, ca)) in table.iter().enumerate() {
            for (b, cb) in &table[i + 1..] {
                if a.logical_key == b.logical_key && ca != cb {
                    // Pressing exactly `b` must not trigger `a`, which is matched first.
                    assert!(
                        !b.modifiers.matches_logically(a.modifiers),
                        "{ca:?} ({a:?}) would steal {cb:?} ({b:?})"
                    );
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_name_and_a_tooltip_in_every_language() {
        for language in super::super::i18n::Language::ALL {
            super::super::i18n::set_language(language);
            for c in UICommand::all() {
                let (text, tip) = (c.text(), c.tooltip());
                assert!(
                    !text.is_empty() && !text.starts_with("cmd-"),
                    "{c:?}: {text}"
                );
                assert!(!tip.is_empty() && !tip.starts_with("cmd-"), "{c:?}: {tip}");
            }
        }
        super::super::i18n::set_language(super::super::i18n::Language::English);
    }
}
