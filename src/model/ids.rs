//! Typed ids. They are written in the file and never reused while the item exists, so references
//! survive reordering and a diff of a one-card change stays a few lines.

use serde::{Deserialize, Serialize};

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($what, " {}"), self.0)
            }
        }
    };
}

typed_id!(
    /// Identifies a [`crate::model::Stage`] (a column).
    StageId,
    "stage"
);
typed_id!(
    /// Identifies a [`crate::model::Lane`] (a row).
    LaneId,
    "lane"
);
typed_id!(
    /// Identifies a [`crate::model::Touchpoint`] (a card).
    TouchpointId,
    "touchpoint"
);
typed_id!(
    /// Identifies a [`crate::model::Persona`].
    PersonaId,
    "persona"
);
typed_id!(
    /// Identifies a [`crate::model::Connector`] (an arrow between cards).
    ConnectorId,
    "connector"
);
typed_id!(
    /// Identifies a [`crate::model::SavedView`] (a named view of the map).
    ViewId,
    "view"
);
