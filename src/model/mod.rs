//! The journey map as plain data: stages, lanes, touchpoints, personas, connectors.
//!
//! Owns the data types, their invariants and the queries every other layer needs. It must never
//! import egui or eframe, and it never changes a map on its own: changes go through
//! [`crate::edit::History`].

mod color;
mod ids;
mod map;
mod picture;
mod property;
mod synthetic;
mod validate;
mod view;

pub use color::{Color, ParseColorError};
pub use ids::{ConnectorId, LaneId, PersonaId, StageId, TouchpointId, ViewId};
pub use map::{
    CardState, Cell, Channel, Connector, FutureField, FutureValues, Lane, LaneKind, Map, Persona,
    PersonaEmotion, Stage, Touchpoint, primary_language,
};
pub use picture::{
    Aspect, CardPicture, MAX_ALT_CHARS, MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, MAX_PICTURES,
    MediaType, Picture, PictureKey, PictureLimit, Pictures, mb, sha256,
};
pub use property::{Conflict, Item, MAP_PROPERTIES, Property, Value};
pub use synthetic::synthetic_map;
pub use validate::{
    EMOTION_RANGE, Field, ItemKind, ItemRef, Link, MAX_COLUMNS_OR_ROWS, MAX_CONNECTORS,
    MAX_LANGUAGE_LEN, MAX_LIST_LEN, MAX_TEXT_CHARS, MAX_TOUCHPOINTS, PictureIssue, Problem,
    ProblemKind, STAGE_WIDTH_RANGE, ViewIssue, short,
};
pub use view::{JourneyState, Rows, SavedView};
