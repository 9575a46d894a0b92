//! Putting pictures on cards from the window: a file dropped on a card or on a cell, an image
//! pasted from the clipboard (a screenshot), a file chosen with the inspector's "Add picture…".
//!
//! On a card the picture becomes the card's picture (replacing any it had, keeping its aspect).
//! On a cell (a spot of a cell with no card under the pointer, in any lane) it becomes a new
//! card at the end of that cell, the picture's file name as its title except in a Storyboard
//! lane, whose cards are pictures first; making the card and adding its picture is one undo
//! step. Files are read bounded ([`crate::picture::MAX_SOURCE_BYTES`]) and imported with
//! `picture::import_picture_for`; what goes wrong is worded by `picture_words` in the status
//! bar and the map is unchanged.
//!
//! Importing (decode, scale to 1 600 px, re-encode) runs on the UI thread: it is one step the
//! user asked for, a few hundred milliseconds at most for the largest accepted photo.

use std::io::Read;
use std::path::Path;

use super::TrailmapApp;
use super::actions;
use super::view::Selected;
use crate::edit::{self, Command};
use crate::model::{Aspect, Cell, LaneKind, MAX_TEXT_CHARS, Picture, TouchpointId};
use crate::picture::{self, MAX_SOURCE_BYTES, PictureError};
use crate::tr;

/// The file name endings the picture dialog offers: what `picture::import_picture` reads.
pub(crate) const PICTURE_EXTENSIONS: [&str; 6] = ["png", "jpg", "jpeg", "webp", "gif", "svg"];

/// Where a picture goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PictureTarget {
    /// Onto this card (replacing its picture).
    Card(TouchpointId),
    /// Onto a new card at the end of this cell.
    Cell(Cell),
}

/// Why a file could not be read as a picture.
#[derive(Debug)]
pub(crate) enum ReadProblem {
    /// The file was read but is no picture Trailmap takes.
    Picture(PictureError),
    /// The file could not be read at all.
    Io(std::io::Error),
}

/// Whether a path's name says it is a picture (so a picture dropped away from the cards is not
/// taken for a map).
pub(crate) fn named_like_picture(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PICTURE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// The bytes of a file, refusing one larger than [`MAX_SOURCE_BYTES`] without reading it all.
pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>, ReadProblem> {
    let file = std::fs::File::open(path).map_err(ReadProblem::Io)?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_SOURCE_BYTES).unwrap_or(u64::MAX);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadProblem::Io)?;
    if bytes.len() > MAX_SOURCE_BYTES {
        let size = std::fs::metadata(path)
            .ok()
            .and_then(|m| usize::try_from(m.len()).ok())
            .unwrap_or(bytes.len());
        return Err(ReadProblem::Picture(PictureError::FileTooLarge {
            bytes: size,
            max: MAX_SOURCE_BYTES,
        }));
    }
    Ok(bytes)
}

/// Why a file could not be read, in the window's language (the words a map file uses).
fn io_words(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => tr!("error-unreadable-not-found"),
        std::io::ErrorKind::PermissionDenied => tr!("error-unreadable-permission"),
        _ => tr!("error-unreadable", detail = e.to_string()),
    }
}

/// A card title from a file name: its stem, cut to the model's limit.
fn title_from(path: Option<&Path>) -> String {
    let stem = path
        .and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    stem.chars().take(MAX_TEXT_CHARS.min(80)).collect()
}

impl TrailmapApp {
    /// Where a picture dropped at screen point `pos` goes: the card or the cell under it, or
    /// (when the pointer is not over the map, as while a file is dragged in on some systems)
    /// the one selected card.
    pub(crate) fn picture_target_at(&self, pos: Option<egui::Pos2>) -> Option<PictureTarget> {
        if let Some(target) = pos.and_then(|p| self.canvas.picture_target_at(p)) {
            return Some(target);
        }
        match self.view.selection.single() {
            Some(Selected::Touchpoint(id)) => Some(PictureTarget::Card(id)),
            _ => None,
        }
    }

    /// Reads a picture file and puts it on `target`; says what went wrong otherwise.
    pub(crate) fn add_picture_file(&mut self, target: PictureTarget, path: &Path) {
        match read_bounded(path) {
            Ok(bytes) => self.add_picture_bytes(target, &bytes, Some(path)),
            Err(ReadProblem::Picture(e)) => self.picture_refused(&e),
            Err(ReadProblem::Io(e)) => self.error(tr!(
                "picture-read-failed",
                reason = io_words(&e),
                path = path.display().to_string()
            )),
        }
    }

    /// Imports a file's bytes as a picture and puts it on `target`.
    pub(crate) fn add_picture_bytes(
        &mut self,
        target: PictureTarget,
        bytes: &[u8],
        path: Option<&Path>,
    ) {
        match picture::import_picture_for(self.doc.map(), bytes) {
            Ok(p) => self.put_picture(target, p, path),
            Err(e) => self.picture_refused(&e),
        }
    }

    /// Puts an image pasted from the clipboard on the selected card, or on a new card in the
    /// selected cell.
    pub(crate) fn paste_picture(&mut self, image: &egui::ColorImage) {
        let target = match self.view.selection.single() {
            Some(Selected::Touchpoint(id)) => Some(PictureTarget::Card(id)),
            _ => self
                .view
                .selection
                .target_cell(self.doc.map())
                .map(PictureTarget::Cell),
        };
        let Some(target) = target else {
            self.error(tr!("picture-paste-where"));
            return;
        };
        let [w, h] = image.size;
        let (Ok(width), Ok(height)) = (u32::try_from(w), u32::try_from(h)) else {
            self.picture_refused(&PictureError::Damaged {
                format: picture::SourceFormat::Png,
            });
            return;
        };
        let rgba: Vec<u8> = image
            .pixels
            .iter()
            .flat_map(|c| c.to_srgba_unmultiplied())
            .collect();
        let imported = picture::import_rgba(width, height, rgba).and_then(|p| {
            self.doc
                .map()
                .room_for(&p)
                .map_err(PictureError::MapFull)
                .map(|()| p)
        });
        match imported {
            Ok(p) => self.put_picture(target, p, None),
            Err(e) => self.picture_refused(&e),
        }
    }

    /// Takes the picture off a card (one undo step).
    pub(crate) fn remove_card_picture(&mut self, id: TouchpointId) {
        if self.apply(edit::remove_picture(id)) {
            self.notify(tr!("picture-removed"));
        }
    }

    fn picture_refused(&mut self, e: &PictureError) {
        self.error(tr!(
            "picture-not-added",
            reason = super::picture_words::problem(e)
        ));
    }

    /// Stores `picture` and shows it on `target`: one undo step.
    fn put_picture(&mut self, target: PictureTarget, picture: Picture, path: Option<&Path>) {
        let map = self.doc.map();
        let (command, card) = match target {
            PictureTarget::Card(id) => {
                let Some(card) = map.touchpoint(id) else {
                    return;
                };
                let aspect = card.picture.as_ref().map(|p| p.aspect).unwrap_or_default();
                (edit::set_picture(id, picture, "", aspect), id)
            }
            PictureTarget::Cell(cell) => {
                let storyboard = map
                    .lane(cell.lane)
                    .is_some_and(|l| l.kind == LaneKind::Storyboard);
                let title = if storyboard {
                    String::new()
                } else {
                    title_from(path)
                };
                let (insert, id) = actions::insert_touchpoint(map, cell, None, &title);
                let show = edit::set_picture(id, picture, "", Aspect::default());
                (Command::Batch(vec![insert, show]), id)
            }
        };
        let (command, tagged) = self.placing(command);
        if self.apply(command) {
            self.view.selection.set(Selected::Touchpoint(card));
            let mut words = tr!("picture-added");
            if let Some(tags) = super::lane_personas::tagged_words(self.doc.map(), &tagged) {
                words = format!("{words} {tags}");
            }
            self.notify(words);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_names_are_told_from_map_names() {
        assert!(named_like_picture(Path::new("/a/Shot.PNG")));
        assert!(named_like_picture(Path::new("ad.jpeg")));
        assert!(!named_like_picture(Path::new("plan.journey.ron")));
        assert!(!named_like_picture(Path::new("png")));
    }

    #[test]
    fn a_file_larger_than_the_limit_is_refused_by_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.png");
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(MAX_SOURCE_BYTES as u64 + 10).unwrap();
        match read_bounded(&path) {
            Err(ReadProblem::Picture(PictureError::FileTooLarge { bytes, max })) => {
                assert_eq!(bytes, MAX_SOURCE_BYTES + 10);
                assert_eq!(max, MAX_SOURCE_BYTES);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn titles_come_from_the_file_stem() {
        assert_eq!(
            title_from(Some(Path::new("/x/checkout page.png"))),
            "checkout page"
        );
        assert_eq!(title_from(None), "");
    }
}
