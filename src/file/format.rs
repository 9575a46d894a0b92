//! The shape of a `*.journey.ron` file, one struct per format version.
//!
//! Field order here is the order in the file; keep it stable so diffs stay small. Plain serde
//! shapes only: no `untagged`, internally tagged enums or `flatten` (ron gets them wrong).

use serde::{Deserialize, Serialize};

use crate::model::{Conflict, Connector, Lane, Map, Persona, SavedView, Stage, Touchpoint};

/// The format version this build writes.
///
/// History: 1, the first; 2 added the map's `language`, stage figures (`reached`,
/// `converted`) and card `state`, `future`, `persona_emotions` and `channel`; 3 added the
/// optional `conflicts` list a merge leaves for a person to resolve; 4 added the optional
/// `views` list (saved views, which name personas and lanes by id). Older files load into the
/// current model unchanged: every new field is optional. A Trailmap that reads only 2 refuses
/// a 3 file by version instead of failing on an unknown field (or, worse, ignoring conflicts);
/// one that reads only 3 refuses a 4 file rather than dropping its views on the next save.
pub const FORMAT: u32 = 4;

/// Reads only the version, so a newer file is refused with a clear message before its
/// (unknown) fields are looked at.
#[derive(Deserialize)]
pub(super) struct Probe {
    pub format: u32,
}

/// The current format, as written.
#[derive(Serialize)]
pub(super) struct FileOut<'a> {
    pub format: u32,
    pub title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub description: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub language: &'a str,
    pub personas: &'a [Persona],
    pub stages: &'a [Stage],
    pub lanes: &'a [Lane],
    pub touchpoints: &'a [Touchpoint],
    pub connectors: &'a [Connector],
    #[serde(skip_serializing_if = "<[SavedView]>::is_empty")]
    pub views: &'a [SavedView],
    #[serde(skip_serializing_if = "<[Conflict]>::is_empty")]
    pub conflicts: &'a [Conflict],
}

/// Formats 1 to 4, as read: everything but the version may be left out. Each format is the
/// next without the fields the next added, so one struct reads all and defaults are the
/// migration.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileIn {
    pub format: u32,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub personas: Vec<Persona>,
    #[serde(default)]
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub lanes: Vec<Lane>,
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub connectors: Vec<Connector>,
    #[serde(default)]
    pub views: Vec<SavedView>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
}

impl<'a> FileOut<'a> {
    pub fn new(map: &'a Map) -> Self {
        Self {
            format: FORMAT,
            title: &map.title,
            description: &map.description,
            language: &map.language,
            personas: &map.personas,
            stages: &map.stages,
            lanes: &map.lanes,
            touchpoints: &map.touchpoints,
            connectors: &map.connectors,
            views: &map.views,
            conflicts: &map.conflicts,
        }
    }
}

impl From<FileIn> for Map {
    fn from(f: FileIn) -> Self {
        Map {
            title: f.title,
            description: f.description,
            language: f.language,
            personas: f.personas,
            stages: f.stages,
            lanes: f.lanes,
            touchpoints: f.touchpoints,
            connectors: f.connectors,
            conflicts: f.conflicts,
            views: f.views,
        }
    }
}
