//! The undo/redo stacks: the only thing that changes the map a user is editing.
//!
//! A step is one or more commands the user sees as one action (a drag, a multi-select delete,
//! typing into one field). The history knows which step was saved, so the app can tell whether
//! the map is dirty even after undoing past the save or dropping old steps.

use super::{Command, EditError};
use crate::model::Map;

/// How many steps are kept by default.
pub const DEFAULT_LIMIT: usize = 100;

#[derive(Debug, Clone)]
struct Step {
    label: &'static str,
    /// Commands as the user applied them, in order (what redo re-applies).
    forward: Vec<Command>,
    /// Their inverses, in application order; undo applies them last to first.
    inverse: Vec<Command>,
    /// State number after the step, for the saved marker.
    after: u64,
}

/// Undo and redo stacks with grouping, a saved marker and a step limit.
#[derive(Debug)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    limit: usize,
    group: Option<Step>,
    /// State number of the map when the oldest kept step was not yet applied.
    base: u64,
    next_state: u64,
    saved: Option<u64>,
    revision: u64,
}

impl Default for History {
    fn default() -> Self {
        Self::new(DEFAULT_LIMIT)
    }
}

impl History {
    /// An empty history keeping at most `limit` steps (at least one); the map counts as saved.
    pub fn new(limit: usize) -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            group: None,
            base: 0,
            next_state: 1,
            saved: Some(0),
            revision: 0,
        }
    }

    /// Applies a command to the map. Outside a group it becomes its own undo step; inside a group
    /// it joins the group's step. Clears the redo stack. On error nothing changes.
    pub fn apply(&mut self, map: &mut Map, command: Command) -> Result<(), EditError> {
        let inverse = command.clone().apply(map)?;
        self.revision += 1;
        self.redo.clear();
        match &mut self.group {
            Some(step) => {
                let merge = step
                    .forward
                    .last()
                    .is_some_and(|last| last.merges_with(&command));
                if merge {
                    // Keep the first inverse: undo goes back to before the whole edit.
                    if let Some(last) = step.forward.last_mut() {
                        *last = command;
                    }
                } else {
                    step.forward.push(command);
                    step.inverse.push(inverse);
                }
            }
            None => {
                let after = self.fresh_state();
                self.push_step(Step {
                    label: command.label(),
                    forward: vec![command],
                    inverse: vec![inverse],
                    after,
                });
            }
        }
        Ok(())
    }

    /// Starts a step that collects every command applied until [`History::end_group`]. An open
    /// group is closed first.
    pub fn begin_group(&mut self, label: &'static str) {
        self.end_group();
        self.group = Some(Step {
            label,
            forward: Vec::new(),
            inverse: Vec::new(),
            after: 0,
        });
    }

    /// Whether a group is open.
    pub fn in_group(&self) -> bool {
        self.group.is_some()
    }

    /// Closes the open group as one undo step (nothing if it applied nothing).
    pub fn end_group(&mut self) {
        if let Some(mut step) = self.group.take()
            && !step.forward.is_empty()
        {
            step.after = self.fresh_state();
            self.push_step(step);
        }
    }

    /// Reverts every command of the open group and forgets it (Esc during a drag).
    pub fn cancel_group(&mut self, map: &mut Map) -> Result<(), EditError> {
        if let Some(step) = self.group.take() {
            if !step.forward.is_empty() {
                self.revision += 1;
            }
            for inv in step.inverse.into_iter().rev() {
                inv.apply(map)?;
            }
        }
        Ok(())
    }

    /// Undoes the last step; returns false when there is nothing to undo.
    pub fn undo(&mut self, map: &mut Map) -> Result<bool, EditError> {
        self.end_group();
        let Some(step) = self.undo.pop() else {
            return Ok(false);
        };
        apply_all(map, step.inverse.iter().rev())?;
        self.revision += 1;
        self.redo.push(step);
        Ok(true)
    }

    /// Redoes the last undone step; returns false when there is nothing to redo.
    pub fn redo(&mut self, map: &mut Map) -> Result<bool, EditError> {
        self.end_group();
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        apply_all(map, step.forward.iter())?;
        self.revision += 1;
        self.undo.push(step);
        Ok(true)
    }

    /// Whether there is a step to undo (an open group counts).
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() || self.group.as_ref().is_some_and(|g| !g.forward.is_empty())
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What undo would undo, e.g. "Move touchpoint".
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
    }

    /// What redo would redo.
    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Records that the map as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.end_group();
        self.saved = Some(self.current_state());
    }

    /// Forgets which state was saved: the map differs from its file although no step can be
    /// undone (a map brought back from a recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    /// Whether the map differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        let open = self.group.as_ref().is_some_and(|g| !g.forward.is_empty());
        open || self.saved != Some(self.current_state())
    }

    /// A number that changes whenever the map changes, to cache layout and scene by.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn current_state(&self) -> u64 {
        self.undo.last().map_or(self.base, |s| s.after)
    }

    fn fresh_state(&mut self) -> u64 {
        let s = self.next_state;
        self.next_state += 1;
        s
    }

    fn push_step(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > self.limit {
            let dropped = self.undo.remove(0);
            self.base = dropped.after;
        }
    }
}

fn apply_all<'a>(
    map: &mut Map,
    commands: impl Iterator<Item = &'a Command>,
) -> Result<(), EditError> {
    // Applied as one batch so a failure part-way leaves the map as it was.
    Command::Batch(commands.cloned().collect())
        .apply(map)
        .map(|_| ())
}
