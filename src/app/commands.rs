//! The one table of user actions: every menu entry, keyboard shortcut and line of the
//! Help > Keyboard shortcuts list comes from [`UICommand`].
//!
//! This module only describes actions; what they do lives in `TrailmapApp::run_command`. It must
//! never hold state, so the table can be tested on its own (no two shortcuts clash).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::export::Format;
use crate::model::LaneKind;

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
    /// Save to the current file (asks for a name the first time).
    Save,
    /// Save under a new name.
    SaveAs,
    /// Export the map as an SVG, PNG or PDF file.
    Export(Format),
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
    /// Add a stage after the selected one (or at the end).
    InsertStage,
    /// Add a lane of a kind below the selected one (or at the bottom).
    InsertLane(LaneKind),
    /// Add a card to the selected cell.
    InsertTouchpoint,
    /// Add a persona.
    InsertPersona,
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

impl UICommand {
    /// Every command, in menu order.
    pub fn all() -> Vec<UICommand> {
        use UICommand::*;
        let mut list = vec![New, Open, Save, SaveAs];
        list.extend(Format::ALL.map(Export));
        list.extend([
            Quit,
            Undo,
            Redo,
            Cut,
            Copy,
            Paste,
            Duplicate,
            Delete,
            SelectAll,
            Deselect,
            Rename,
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
            InsertStage,
        ]);
        list.extend(LaneKind::ALL.map(InsertLane));
        list.extend([InsertTouchpoint, InsertPersona, ShowShortcuts, About]);
        list
    }

    /// The name shown in menus and the shortcut list.
    pub fn text(self) -> String {
        use UICommand::*;
        match self {
            New => "New".into(),
            Open => "Open…".into(),
            Save => "Save".into(),
            SaveAs => "Save As…".into(),
            Export(f) => format!("Export as {}…", super::exporting::format_name(f)),
            Quit => "Quit".into(),
            Undo => "Undo".into(),
            Redo => "Redo".into(),
            Cut => "Cut".into(),
            Copy => "Copy".into(),
            Paste => "Paste".into(),
            Duplicate => "Duplicate".into(),
            Delete => "Delete".into(),
            SelectAll => "Select All".into(),
            Deselect => "Deselect / cancel".into(),
            Rename => "Edit title".into(),
            MoveCardLeft => "Move card left".into(),
            MoveCardRight => "Move card right".into(),
            MoveCardUp => "Move card up".into(),
            MoveCardDown => "Move card down".into(),
            ZoomIn => "Zoom In".into(),
            ZoomOut => "Zoom Out".into(),
            ZoomReset => "Actual Size (100 %)".into(),
            ZoomFit => "Fit Map in Window".into(),
            ToggleInspector => "Inspector".into(),
            ToggleInsights => "Insights".into(),
            InsertStage => "Stage".into(),
            InsertLane(kind) => format!("{} lane", kind.label()),
            InsertTouchpoint => "Touchpoint".into(),
            InsertPersona => "Persona".into(),
            ShowShortcuts => "Keyboard Shortcuts".into(),
            About => "About Trailmap".into(),
        }
    }

    /// One sentence on what the command does, for tooltips.
    pub fn tooltip(self) -> &'static str {
        use UICommand::*;
        match self {
            New => "Start an empty journey map",
            Open => "Open a .journey.ron file",
            Save => "Save the map to its file",
            SaveAs => "Save the map under a new name",
            Export(Format::Svg) => "A vector picture for slides, the web and design tools",
            Export(Format::Png) => "A picture for chat, e-mail and documents",
            Export(Format::Pdf) => "A document to print or send",
            Quit => "Close Trailmap",
            Undo => "Undo the last change",
            Redo => "Redo the last undone change",
            Cut => "Copy the selected cards and remove them",
            Copy => "Copy the selected cards (paste them into any map)",
            Paste => "Paste cards, or one card per line of text, into the selected cell",
            Duplicate => "Copy the selected cards in place",
            Delete => "Delete the selection",
            SelectAll => "Select every card",
            Deselect => "Clear the selection, or cancel a drag or an edit",
            Rename => "Edit the selected card's title on the canvas",
            MoveCardLeft => "Move the selected card to the stage on the left",
            MoveCardRight => "Move the selected card to the stage on the right",
            MoveCardUp => "Move the selected card to the lane above",
            MoveCardDown => "Move the selected card to the lane below",
            ZoomIn => "Zoom in",
            ZoomOut => "Zoom out",
            ZoomReset => "Show the map at its real size",
            ZoomFit => "Zoom so the whole map fits the window",
            ToggleInspector => "Show or hide the inspector panel",
            ToggleInsights => {
                "Mark campaign overlaps, and gaps for the chosen personas, and list them in a panel"
            }
            InsertStage => "Add a stage after the selected one",
            InsertLane(_) => "Add a lane below the selected one",
            InsertTouchpoint => "Add a card to the selected cell",
            InsertPersona => "Add a persona to the map",
            ShowShortcuts => "List every keyboard shortcut",
            About => "What Trailmap is",
        }
    }

    /// The keyboard shortcuts, the first one shown in menus. Listed with the most modifiers
    /// first where two share a key, so Ctrl+Shift+Z is not taken for Ctrl+Z.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        use UICommand::*;
        match self {
            New => const { &[sc(CMD, Key::N)] },
            Open => const { &[sc(CMD, Key::O)] },
            Save => const { &[sc(CMD, Key::S)] },
            SaveAs => const { &[sc(CMD_SHIFT, Key::S)] },
            Export(Format::Png) => const { &[sc(CMD, Key::E)] },
            Export(_) => &[],
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
            InsertStage => const { &[sc(CMD_ALT, Key::S)] },
            InsertLane(_) => &[],
            InsertTouchpoint => const { &[sc(CMD_ALT, Key::T)] },
            InsertPersona => &[],
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
            New | Open | Save | SaveAs | Export(_) | Quit => Menu::File,
            Undo | Redo | Cut | Copy | Paste | Duplicate | Delete | SelectAll => Menu::Edit,
            ZoomIn | ZoomOut | ZoomReset | ZoomFit | ToggleInspector | ToggleInsights => Menu::View,
            InsertStage | InsertLane(_) | InsertTouchpoint | InsertPersona => Menu::Insert,
            ShowShortcuts | About => Menu::Help,
            Deselect | Rename | MoveCardLeft | MoveCardRight | MoveCardUp | MoveCardDown => {
                Menu::Hidden
            }
        }
    }

    /// Whether the shortcut still acts while a text field has the keyboard (Ctrl+S does;
    /// Ctrl+Z and Delete belong to the text field then).
    pub fn works_while_typing(self) -> bool {
        use UICommand::*;
        matches!(
            self,
            New | Open
                | Save
                | SaveAs
                | Quit
                | ZoomIn
                | ZoomOut
                | ZoomReset
                | ZoomFit
                | ToggleInspector
                | ToggleInsights
                | ShowShortcuts
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
    fn every_command_has_a_name_and_a_tooltip() {
        for c in UICommand::all() {
            assert!(!c.text().is_empty(), "{c:?}");
            assert!(!c.tooltip().is_empty(), "{c:?}");
        }
    }
}
