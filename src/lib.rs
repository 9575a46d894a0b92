//! Trailmap: customer journey maps as plain data, with undoable edits, RON files, one layout and
//! one display list that feed the canvas and every export.
//!
//! This crate root re-exports the window-free core. Only `app` knows egui.

pub mod app;
pub mod app_icon;
pub mod edit;
pub mod export;
pub mod file;
pub mod fonts;
pub mod geom;
pub mod icons;
pub mod insights;
pub mod interchange;
pub mod layout;
pub mod merge;
pub mod model;
pub mod picture;
pub mod pivot;
pub mod scene;
pub mod templates;
