//! Editing: commands as data, and the history that applies, undoes and redoes them.
//!
//! Nothing outside this module mutates a map the user is editing; the UI turns input into
//! [`Command`]s and hands them to [`History::apply`]. No egui here.

mod command;
mod history;
pub mod in_view;
pub mod lane_personas;
mod pivot_move;
mod resolve;

pub use command::{
    Command, EditError, LaneField, PersonaField, StageField, TouchpointField, Within,
    remove_picture, set_picture,
};
pub use history::{DEFAULT_LIMIT, History};
pub use pivot_move::{PivotMove, RowChange, pivot_move};
