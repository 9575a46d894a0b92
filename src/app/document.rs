//! The open map: its data, its undo history and where it lives on disk.
//!
//! Owns the only `Map` the window edits. Every change goes through [`Document::apply`] (and so
//! through `History`); nothing else in the app holds a `&mut Map`.
//!
//! The map is shared ([`Document::shared_map`]) with whoever needs it as it is now and later,
//! such as the file watch's base of a three-way merge: a 10 000-card map is some 5 MB, and
//! the copy is made only when the map first changes while shared.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::edit::{Command, EditError, History};
use crate::model::Map;

/// Gives every opened document its own number, so caches keyed by `(generation, revision)` never
/// mistake a freshly opened map for the previous one (both histories start at revision 0).
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

/// Who opened the current undo group, so only its owner closes it: a text field that loses
/// focus must not end a drag the canvas started meanwhile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupOwner {
    /// An inspector field being typed into or dragged (its widget id).
    Field(egui::Id),
    /// A drag or an in-place edit on the canvas.
    Canvas,
}

/// A map being edited.
#[derive(Debug)]
pub struct Document {
    map: Arc<Map>,
    history: History,
    group_owner: Option<GroupOwner>,
    /// Whether the open group has applied anything.
    group_changed: bool,
    path: Option<PathBuf>,
    /// Name shown while there is no file (e.g. "E-commerce example").
    untitled_name: String,
    generation: u64,
}

impl Document {
    /// A document not yet saved anywhere.
    pub fn untitled(map: Map, name: &str) -> Self {
        Self {
            map: Arc::new(map),
            history: History::default(),
            group_owner: None,
            group_changed: false,
            path: None,
            untitled_name: name.to_owned(),
            generation: NEXT_GENERATION.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// A document read from `path`.
    pub fn from_file(map: Map, path: PathBuf) -> Self {
        let mut doc = Self::untitled(map, "");
        doc.path = Some(path);
        doc
    }

    /// The map, read-only: change it with [`Document::apply`].
    pub fn map(&self) -> &Map {
        &self.map
    }

    /// The map as it is now, shared: it stays so while the document changes on (the
    /// document then changes a copy of its own).
    pub fn shared_map(&self) -> Arc<Map> {
        Arc::clone(&self.map)
    }

    /// The undo history (labels, dirty marker).
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Applies one command as its own undo step, or as part of the open group.
    pub fn apply(&mut self, command: Command) -> Result<(), EditError> {
        self.history.apply(Arc::make_mut(&mut self.map), command)?;
        self.group_changed = self.history.in_group();
        Ok(())
    }

    /// Whether the open group holds changes (then a focused text field's own undo should take
    /// Ctrl+Z; otherwise Ctrl+Z undoes the last step of the map).
    pub fn group_changed(&self) -> bool {
        self.group_changed && self.history.in_group()
    }

    /// Opens a group owned by `owner`: every command until the owner ends it is one undo step.
    /// A group another owner left open is closed first.
    pub fn begin_group(&mut self, owner: GroupOwner, label: &'static str) {
        self.history.begin_group(label);
        self.group_owner = Some(owner);
        self.group_changed = false;
    }

    /// Closes the group if `owner` opened it.
    pub fn end_group_of(&mut self, owner: GroupOwner) {
        if self.group_owner == Some(owner) {
            self.end_group();
        }
    }

    /// Closes whatever group is open (before saving, undoing, opening).
    pub fn end_group(&mut self) {
        self.history.end_group();
        self.group_owner = None;
    }

    /// Who owns the open group.
    pub fn group_owner(&self) -> Option<GroupOwner> {
        self.group_owner
    }

    /// Reverts and forgets the group if `owner` opened it (Esc during a drag or an edit).
    pub fn cancel_group_of(&mut self, owner: GroupOwner) -> Result<(), EditError> {
        if self.group_owner != Some(owner) {
            return Ok(());
        }
        self.group_owner = None;
        if !self.group_changed {
            // Nothing to revert: closing the empty group forgets it, with no copy of a
            // shared map.
            self.history.end_group();
            return Ok(());
        }
        self.history.cancel_group(Arc::make_mut(&mut self.map))
    }

    /// Undoes the last step; false when there was none.
    pub fn undo(&mut self) -> Result<bool, EditError> {
        self.group_owner = None;
        // As History::undo does first; then nothing to undo needs no copy of a shared map.
        self.history.end_group();
        if !self.history.can_undo() {
            return Ok(false);
        }
        self.history.undo(Arc::make_mut(&mut self.map))
    }

    /// Redoes the last undone step; false when there was none.
    pub fn redo(&mut self) -> Result<bool, EditError> {
        self.group_owner = None;
        // As History::redo does first; then nothing to redo needs no copy of a shared map.
        self.history.end_group();
        if !self.history.can_redo() {
            return Ok(false);
        }
        self.history.redo(Arc::make_mut(&mut self.map))
    }

    /// Whether the map differs from the file.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The file the map is saved in, if any.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Records that the map was saved to `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.group_owner = None;
        self.history.mark_saved();
        self.path = Some(path);
    }

    /// Records that the map differs from its file though no step can be undone (recovered).
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }

    /// The file name, or the untitled name.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None if self.untitled_name.is_empty() => crate::tr!("window-untitled"),
            None => self.untitled_name.clone(),
        }
    }

    /// Changes whenever the map changes or another map is opened: the key for every cache
    /// derived from the map (layout, scene, painted shapes).
    pub fn cache_key(&self) -> (u64, u64) {
        (self.generation, self.history.revision())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_map_stays_as_it_was_while_the_document_changes() {
        let mut doc = Document::untitled(crate::model::synthetic_map(20), "Test");
        let before = doc.map().clone();
        let shared = doc.shared_map();
        assert!(
            Arc::ptr_eq(&shared, &doc.shared_map()),
            "no copy while unchanged"
        );
        // Nothing to undo or redo, an empty group cancelled: still no copy.
        assert!(!doc.undo().unwrap());
        assert!(!doc.redo().unwrap());
        doc.begin_group(GroupOwner::Canvas, "Nothing");
        doc.cancel_group_of(GroupOwner::Canvas).unwrap();
        assert!(Arc::ptr_eq(&shared, &doc.shared_map()));

        doc.apply(Command::SetTitle("Changed".into())).unwrap();
        assert_eq!(doc.map().title, "Changed");
        assert_eq!(*shared, before, "the shared map is what it was");
        assert!(doc.undo().unwrap());
        assert_eq!(*doc.map(), before);
        assert!(doc.redo().unwrap());
        assert_eq!(doc.map().title, "Changed");
        assert_eq!(*shared, before);
    }
}
