//! The shape of a `*.journey.ron` file, one struct per format version.
//!
//! Field order here is the order in the file; keep it stable so diffs stay small. Plain serde
//! shapes only: no `untagged`, internally tagged enums or `flatten` (ron gets them wrong).

use serde::{Deserialize, Serialize};

use crate::model::{
    Conflict, Connector, Lane, Map, MediaType, Persona, Picture, PictureKey, Pictures, SavedView,
    Stage, Touchpoint,
};

/// The format version this build writes.
///
/// History: 1, the first; 2 added the map's `language`, stage figures (`reached`,
/// `converted`) and card `state`, `future`, `persona_emotions` and `channel`; 3 added the
/// optional `conflicts` list a merge leaves for a person to resolve; 4 added the optional
/// `views` list (saved views, which name personas and lanes by id); 5 added pictures: a card's
/// optional `picture` (key, alt text, aspect), the `Storyboard` lane kind and the `pictures`
/// section at the end of the file (see [`write_pictures`]). Older files load into the current
/// model unchanged: every new field is optional. A Trailmap that reads only 2 refuses a 3 file
/// by version instead of failing on an unknown field (or, worse, ignoring conflicts); one that
/// reads only 3 refuses a 4 file rather than dropping its views on the next save, and one that
/// reads only 4 refuses a 5 file rather than dropping its pictures.
pub const FORMAT: u32 = 5;

/// Characters of base64 per line in the `pictures` section: the MIME line length, so a git
/// diff of a changed picture is one block of short lines and no line is too long to show.
pub const BASE64_LINE: usize = 76;

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

/// One stored picture as the file writes it: its key, encoding and size, then its bytes as
/// base64 in a raw string of [`BASE64_LINE`]-character lines.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PictureIn {
    pub key: PictureKey,
    pub media: MediaType,
    pub width: u32,
    pub height: u32,
    pub data: String,
}

/// Formats 1 to 5, as read: everything but the version may be left out. Each format is the
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
    #[serde(default)]
    pub pictures: Vec<PictureIn>,
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
            pictures: read_pictures(f.pictures),
        }
    }
}

/// The stored pictures of a file. Data that is not base64 is kept as no bytes under its key, so
/// the cards that show it open with the picture missing and `Map::problems` names them; of two
/// pictures under one key the first is kept.
fn read_pictures(pictures: Vec<PictureIn>) -> Pictures {
    use base64::Engine as _;
    let mut out = Pictures::new();
    for p in pictures {
        if out.contains_key(&p.key) {
            continue;
        }
        let text: Vec<u8> = p
            .data
            .bytes()
            .filter(|b| !b.is_ascii_whitespace())
            .collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(&text)
            .unwrap_or_default();
        out.insert(
            p.key,
            Picture {
                media: p.media,
                width: p.width,
                height: p.height,
                bytes: bytes.into(),
            },
        );
    }
    out
}

/// Puts the `pictures` section into ron's text of the map, before the map's closing `)`.
pub(super) fn write_pictures_before_end(map: &Map, text: &mut Vec<u8>) {
    let mut section = Vec::new();
    write_pictures(map, &mut section);
    if section.is_empty() {
        return;
    }
    // ron ends the map with `,\n)` (every field ends in a comma in pretty mode).
    match text.iter().rposition(|&b| b == b')') {
        Some(end) if text[..end].ends_with(b",\n") => {
            text.splice(end..end, section);
        }
        Some(end) if text[..end].ends_with(b"\n") => {
            let mut with_comma = vec![b','];
            with_comma.extend_from_slice(b"\n");
            with_comma.extend(section);
            text.splice(end - 1..end, with_comma);
        }
        _ => {}
    }
}

/// The `pictures` section, the last field of the file: every picture something refers to
/// ([`Map::referenced_pictures`]; the others are dropped on save), in key order, its base64 on
/// lines of their own at the start of the line, so a change of text never touches them and a
/// changed picture is one block of a diff. Empty when the map shows no picture.
pub(super) fn write_pictures(map: &Map, out: &mut Vec<u8>) {
    use base64::Engine as _;
    let keys = map.referenced_pictures();
    let mut any = false;
    for key in keys {
        let Some(p) = map.pictures.get(key) else {
            continue;
        };
        if !any {
            out.extend_from_slice(b"    pictures: [\n");
            any = true;
        }
        let media = match p.media {
            MediaType::Png => "Png",
            MediaType::Jpeg => "Jpeg",
        };
        // Keys are written as ron writes a string; a key from a hand-edited file may hold
        // anything.
        let key = ron::to_string(&key.0).unwrap_or_else(|_| "\"\"".to_owned());
        out.extend_from_slice(
            format!(
                "        (\n            key: {key},\n            media: {media},\n            \
                 width: {},\n            height: {},\n            data: r\"\n",
                p.width, p.height
            )
            .as_bytes(),
        );
        let text = base64::engine::general_purpose::STANDARD.encode(&p.bytes);
        for line in text.as_bytes().chunks(BASE64_LINE) {
            out.extend_from_slice(line);
            out.push(b'\n');
        }
        out.extend_from_slice(b"\",\n        ),\n");
    }
    if any {
        out.extend_from_slice(b"    ],\n");
    }
}
