//! Saved views: a named way of showing the map (which journey, whose, which lanes, what is
//! marked), kept in the map file so a deck, a presentation or an export can ask for it by name.
//!
//! A saved view is plain data that refers to personas and lanes by id; applying it to the
//! window or to an export is the job of the app and the CLI. It never changes the map.

use serde::{Deserialize, Serialize};

use super::{LaneId, PersonaId, ViewId};

/// Which state of the journey a saved view shows (the file's words for the layout's
/// `StateView`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum JourneyState {
    /// Today's journey.
    #[default]
    Current,
    /// The target journey.
    Future,
    /// Both compared.
    Compare,
}

/// A named view of the map (View > Saved views).
///
/// Limitations: it keeps what is shown, not where the window was scrolled or zoomed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedView {
    /// Stable id, written in the file.
    pub id: ViewId,
    /// What the user called it ("Busy parents, target").
    pub name: String,
    /// Today's journey, the target journey, or both compared.
    #[serde(default, skip_serializing_if = "is_current")]
    pub state: JourneyState,
    /// The persona filter; empty for everyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<PersonaId>,
    /// Lanes left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_lanes: Vec<LaneId>,
    /// Campaign overlaps and persona gaps marked.
    #[serde(default, skip_serializing_if = "is_false")]
    pub insights: bool,
    /// Cards coloured by owning department.
    #[serde(default, skip_serializing_if = "is_false")]
    pub color_by_owner: bool,
    /// Notes listed as footnotes under the map.
    #[serde(default, skip_serializing_if = "is_false")]
    pub footnotes: bool,
    /// How the touchpoint rows are grouped: the lanes as drawn, by persona or by channel.
    #[serde(default, skip_serializing_if = "Rows::is_lanes")]
    pub rows: Rows,
}

impl SavedView {
    /// A view of everyone's current journey with nothing hidden or marked.
    pub fn new(id: ViewId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            state: JourneyState::Current,
            personas: Vec::new(),
            hidden_lanes: Vec::new(),
            insights: false,
            color_by_owner: false,
            footnotes: false,
            rows: Rows::Lanes,
        }
    }
}

/// How the touchpoint rows of a view are grouped (View > Rows, `--rows`; drawn by
/// [`crate::pivot`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Rows {
    /// The lanes as drawn.
    #[default]
    Lanes,
    /// One row per persona, and one for the cards that name none.
    Personas,
    /// One row per channel, from the card's channel or its lane's.
    Channels,
}

impl Rows {
    /// Every grouping, in menu order.
    pub const ALL: [Rows; 3] = [Rows::Lanes, Rows::Personas, Rows::Channels];

    /// Whether this is the map as drawn (no pivot).
    pub fn is_lanes(&self) -> bool {
        *self == Rows::Lanes
    }
}

fn is_current(state: &JourneyState) -> bool {
    *state == JourneyState::Current
}

fn is_false(b: &bool) -> bool {
    !*b
}
