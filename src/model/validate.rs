//! The map's invariants, as a list of named problems rather than a panic.
//!
//! The file loader reports these to the user; property tests assert the list is empty after
//! every command. This module never repairs anything (see [`Map::normalize`] for that).
//! Problems are data (ids, names, numbers); their `Display` is English for the command line,
//! and the window words them in its own language (`app::error_words`). No UI words here.

use std::collections::HashSet;
use std::hash::Hash;

use super::{ConnectorId, LaneId, Map, PersonaId, StageId, TouchpointId, ViewId};

/// Largest number of cards a map may hold.
pub const MAX_TOUCHPOINTS: usize = 100_000;
/// Largest number of stages, lanes or personas a map may hold.
pub const MAX_COLUMNS_OR_ROWS: usize = 1_000;
/// Largest number of connectors a map may hold.
pub const MAX_CONNECTORS: usize = 100_000;
/// Longest text (in characters) any field may hold.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most entries a list field of a card (personas, campaigns, tags) may hold.
pub const MAX_LIST_LEN: usize = 1_000;
/// Narrowest and widest a stage may be, in map units.
pub const STAGE_WIDTH_RANGE: std::ops::RangeInclusive<f32> = 60.0..=4_000.0;
/// Lowest and highest emotion score.
pub const EMOTION_RANGE: std::ops::RangeInclusive<i8> = -2..=2;

/// The item of a map a problem is about, so a file loader can point at its block. Written in
/// the file as `Touchpoint(12)` where a merge conflict names its item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ItemRef {
    /// The map itself (title, description, counts).
    Map,
    /// A stage.
    Stage(StageId),
    /// A lane.
    Lane(LaneId),
    /// A card.
    Touchpoint(TouchpointId),
    /// A persona.
    Persona(PersonaId),
    /// A connector.
    Connector(ConnectorId),
}

impl ItemRef {
    /// The kind of item, `None` for the map itself.
    pub fn kind(self) -> Option<ItemKind> {
        match self {
            ItemRef::Map => None,
            ItemRef::Stage(_) => Some(ItemKind::Stage),
            ItemRef::Lane(_) => Some(ItemKind::Lane),
            ItemRef::Touchpoint(_) => Some(ItemKind::Touchpoint),
            ItemRef::Persona(_) => Some(ItemKind::Persona),
            ItemRef::Connector(_) => Some(ItemKind::Connector),
        }
    }

    /// The id number written in the file (0 for the map itself).
    pub fn number(self) -> u32 {
        match self {
            ItemRef::Map => 0,
            ItemRef::Stage(id) => id.0,
            ItemRef::Lane(id) => id.0,
            ItemRef::Touchpoint(id) => id.0,
            ItemRef::Persona(id) => id.0,
            ItemRef::Connector(id) => id.0,
        }
    }
}

impl std::fmt::Display for ItemRef {
    /// "stage 3", as the file's ids read; "the map" for the map itself.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ItemRef::Map => f.write_str("the map"),
            ItemRef::Stage(id) => id.fmt(f),
            ItemRef::Lane(id) => id.fmt(f),
            ItemRef::Touchpoint(id) => id.fmt(f),
            ItemRef::Persona(id) => id.fmt(f),
            ItemRef::Connector(id) => id.fmt(f),
        }
    }
}

macro_rules! item_ref_from {
    ($($id:ident => $variant:ident),+) => {
        $(impl From<$id> for ItemRef {
            fn from(id: $id) -> Self {
                ItemRef::$variant(id)
            }
        })+
    };
}
item_ref_from!(
    StageId => Stage,
    LaneId => Lane,
    TouchpointId => Touchpoint,
    PersonaId => Persona,
    ConnectorId => Connector
);

/// A kind of item a map holds, for problems that count or name items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ItemKind {
    /// Stages (columns).
    Stage,
    /// Lanes (rows).
    Lane,
    /// Cards.
    Touchpoint,
    /// Personas.
    Persona,
    /// Connectors (arrows between cards).
    Connector,
}

impl ItemKind {
    /// A stable singular key ("stage", "card", "arrow"): what message selectors and the
    /// command line name the kind by.
    pub fn key(self) -> &'static str {
        match self {
            ItemKind::Stage => "stage",
            ItemKind::Lane => "lane",
            ItemKind::Touchpoint => "card",
            ItemKind::Persona => "persona",
            ItemKind::Connector => "arrow",
        }
    }

    /// The English plural as the file's sections are named ("touchpoints").
    pub fn plural(self) -> &'static str {
        match self {
            ItemKind::Stage => "stages",
            ItemKind::Lane => "lanes",
            ItemKind::Touchpoint => "touchpoints",
            ItemKind::Persona => "personas",
            ItemKind::Connector => "connectors",
        }
    }
}

/// A field of an item that a limit applies to, named by its key in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The title of the map or of a card.
    Title,
    /// The description of the map, a stage or a persona.
    Description,
    /// The name of a stage, lane or persona.
    Name,
    /// A card's customer action.
    CustomerAction,
    /// A card's business response.
    BusinessResponse,
    /// Who owns a card.
    Owner,
    /// A card's notes.
    Notes,
    /// A card's campaigns.
    Campaigns,
    /// A card's tags.
    Tags,
    /// The personas a card is for.
    Personas,
    /// A card's emotion scores per persona.
    PersonaEmotions,
    /// A connector's label.
    Label,
    /// The alt text of a card's picture.
    Alt,
}

impl Field {
    /// The field's key in the file ("customer_action").
    pub fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Name => "name",
            Field::CustomerAction => "customer_action",
            Field::BusinessResponse => "business_response",
            Field::Owner => "owner",
            Field::Notes => "notes",
            Field::Campaigns => "campaigns",
            Field::Tags => "tags",
            Field::Personas => "personas",
            Field::PersonaEmotions => "persona_emotions",
            Field::Label => "label",
            Field::Alt => "alt",
        }
    }
}

/// How one item refers to another, for a reference to an item that does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// A card sits in a stage or lane.
    In,
    /// A card is for a persona.
    Names,
    /// A card scores the emotion of a persona.
    Scores,
    /// A connector starts or ends at a card.
    PointsAt,
    /// A lane belongs to a persona.
    BelongsTo,
}

/// One broken invariant: what is wrong, as data (ids, names, numbers); `Display` words it in
/// English for `trailmap check`, the window words it in its language.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ProblemKind {
    /// The map holds more items of a kind than Trailmap opens.
    #[error("the map has {count} {}; Trailmap opens at most {max}", .what.plural())]
    TooMany {
        /// What there are too many of.
        what: ItemKind,
        /// How many the map has.
        count: usize,
        /// How many Trailmap opens.
        max: usize,
    },
    /// A text field is longer than [`MAX_TEXT_CHARS`].
    #[error(
        "{}{} has {chars} characters; at most {max} are allowed",
        if *.future { "future " } else { "" },
        .field.key()
    )]
    TextTooLong {
        /// Which field.
        field: Field,
        /// Whether it is the field's future-state value.
        future: bool,
        /// Its length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// A list field of a card has more than [`MAX_LIST_LEN`] entries.
    #[error(
        "{card} “{name}” has {count} {}{}; at most {max}",
        if *.future { "future " } else { "" },
        .field.key()
    )]
    ListTooLong {
        /// The card.
        card: TouchpointId,
        /// The card's title, shortened.
        name: String,
        /// Which list.
        field: Field,
        /// Whether it is the list's future-state value.
        future: bool,
        /// How many entries it has.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// The map's language is not a short tag.
    #[error("the language must be a short tag such as \"en\" or \"de\"")]
    LanguageTooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Two items of a kind share an id.
    #[error("{item} is defined more than once")]
    DuplicateId {
        /// The id that is taken twice.
        item: ItemRef,
    },
    /// A stage's width is outside [`STAGE_WIDTH_RANGE`] or not a number.
    #[error("{stage} “{name}” has width {width}; a width must be between {min} and {max}")]
    StageWidth {
        /// The stage.
        stage: StageId,
        /// Its name, shortened.
        name: String,
        /// The width in the file.
        width: f32,
        /// Narrowest allowed.
        min: f32,
        /// Widest allowed.
        max: f32,
    },
    /// An item refers to an item that does not exist.
    #[error("{}{} {} {to}, which does not exist", .from, quoted(.name), link_words(*.link))]
    DanglingReference {
        /// The item that refers.
        from: ItemRef,
        /// Its title, shortened (empty for items without one).
        name: String,
        /// How it refers.
        link: Link,
        /// The item that is missing.
        to: ItemRef,
    },
    /// An emotion score is outside [`EMOTION_RANGE`].
    #[error(
        "{card} “{name}” has {}emotion {value}{}; a score must be from {min} to +{max}",
        if *.future { "future " } else { "" },
        .persona.map(|p| format!(" for {p}")).unwrap_or_default()
    )]
    EmotionOutOfRange {
        /// The card.
        card: TouchpointId,
        /// Its title, shortened.
        name: String,
        /// The score in the file.
        value: i8,
        /// The persona the score is for, if it is a per-persona score.
        persona: Option<PersonaId>,
        /// Whether it is the future-state score.
        future: bool,
        /// Lowest score.
        min: i8,
        /// Highest score.
        max: i8,
    },
    /// A connector starts and ends at the same card.
    #[error("{connector} starts and ends at {card}")]
    ConnectorLoop {
        /// The connector.
        connector: ConnectorId,
        /// The card at both ends.
        card: TouchpointId,
    },
    /// A saved view is broken (names a missing persona or lane, shares its id, is too long).
    #[error("{view}{} {issue}", quoted(.name))]
    View {
        /// The view.
        view: ViewId,
        /// Its name, shortened.
        name: String,
        /// What is wrong with it.
        issue: ViewIssue,
    },
    /// The map holds more pictures than [`super::MAX_PICTURES`].
    #[error("the map has {count} pictures; Trailmap opens at most {max}")]
    TooManyPictures {
        /// How many it holds.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// The map's pictures take more than [`super::MAX_PICTURE_BYTES`] together.
    #[error(
        "the map's pictures take {} MB; Trailmap opens at most {} MB",
        super::mb(*.bytes),
        super::mb(*.max)
    )]
    PicturesTooLarge {
        /// What they take.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// A card's picture cannot be shown. The only problem a map still opens with: the card
    /// shows its picture as missing (see [`ProblemKind::opens_anyway`]).
    #[error("{card} “{name}” has a picture ({}) that {issue}", .key.short())]
    Picture {
        /// The card.
        card: TouchpointId,
        /// Its title, shortened.
        name: String,
        /// The key the card refers to.
        key: super::PictureKey,
        /// What is wrong with the picture.
        issue: PictureIssue,
    },
    /// Cards are not sorted by id (a bug: loading sorts them).
    #[error("touchpoints are not sorted by id (internal invariant)")]
    CardsUnsorted,
    /// The cards of a cell are not numbered `0..count` (a bug: loading renumbers them).
    #[error(
        "the cards in the cell of {stage} and {lane} are not numbered 0..{count} \
         (internal invariant)"
    )]
    CellMisnumbered {
        /// The cell's stage.
        stage: StageId,
        /// The cell's lane.
        lane: LaneId,
        /// How many cards the cell holds.
        count: usize,
    },
}

/// Why a card's picture cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PictureIssue {
    /// The file has no picture under the card's key.
    #[error("is missing from the file")]
    Missing,
    /// The stored data is not a readable PNG or JPEG (bad base64, cut short, another format).
    #[error("is damaged: its data is not a readable PNG or JPEG")]
    Unreadable,
    /// The stored size and the size the data's own header gives disagree.
    #[error(
        "is damaged: the file says {width}×{height} pixels but its data is \
         {found_width}×{found_height}"
    )]
    SizeDiffers {
        /// Width as stored.
        width: u32,
        /// Height as stored.
        height: u32,
        /// Width as the data says.
        found_width: u32,
        /// Height as the data says.
        found_height: u32,
    },
    /// The stored size is 0 or more than [`super::MAX_PICTURE_SIDE`] on a side.
    #[error("is {width}×{height} pixels; a picture is 1 to {max} pixels on a side")]
    BadSize {
        /// Width as stored.
        width: u32,
        /// Height as stored.
        height: u32,
        /// The limit.
        max: u32,
    },
}

/// What is wrong with a saved view.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ViewIssue {
    /// It follows a persona the map does not have.
    #[error("follows {0}, which does not exist")]
    MissingPersona(PersonaId),
    /// It hides a lane the map does not have.
    #[error("hides {0}, which does not exist")]
    MissingLane(LaneId),
    /// Another view has its id.
    #[error("is defined more than once")]
    DefinedTwice,
    /// Its name is longer than [`MAX_TEXT_CHARS`].
    #[error("has a name of {chars} characters; at most {max} are allowed")]
    NameTooLong {
        /// The name's length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// Its persona or lane list is longer than [`MAX_LIST_LEN`].
    #[error("lists {count} personas or lanes; at most {max}")]
    ListTooLong {
        /// How many entries.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// It is one view more than [`MAX_COLUMNS_OR_ROWS`].
    #[error("is one of {count} views; Trailmap opens at most {max}")]
    TooMany {
        /// How many views the map has.
        count: usize,
        /// The limit.
        max: usize,
    },
}

impl ProblemKind {
    /// Whether a map with this problem still opens: a card whose picture is missing or damaged
    /// shows it as missing (and `trailmap check` names the card), rather than the whole map
    /// refusing to open. Every other problem stops a file from loading.
    pub fn opens_anyway(&self) -> bool {
        matches!(self, ProblemKind::Picture { .. })
    }

    /// The saved view the problem is about, if it is about one (its block in the file is
    /// under `views`, which [`ItemRef`] does not name).
    pub fn view(&self) -> Option<ViewId> {
        match self {
            ProblemKind::View { view, .. } => Some(*view),
            _ => None,
        }
    }
}

fn quoted(name: &str) -> String {
    if name.is_empty() {
        String::new()
    } else {
        format!(" “{name}”")
    }
}

fn link_words(link: Link) -> &'static str {
    match link {
        Link::In => "is in",
        Link::Names => "names",
        Link::Scores => "scores",
        Link::PointsAt => "points at",
        Link::BelongsTo => "belongs to",
    }
}

/// One broken invariant and the item it is about.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{kind}")]
pub struct Problem {
    /// What the problem is about, so a loader can point at its block.
    pub item: ItemRef,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Map {
    /// Every broken invariant of the map; empty when the map is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut push = |item: ItemRef, kind: ProblemKind| out.push(Problem { item, kind });

        let counts = [
            (ItemKind::Stage, self.stages.len(), MAX_COLUMNS_OR_ROWS),
            (ItemKind::Lane, self.lanes.len(), MAX_COLUMNS_OR_ROWS),
            (ItemKind::Persona, self.personas.len(), MAX_COLUMNS_OR_ROWS),
            (
                ItemKind::Touchpoint,
                self.touchpoints.len(),
                MAX_TOUCHPOINTS,
            ),
            (ItemKind::Connector, self.connectors.len(), MAX_CONNECTORS),
        ];
        for (what, count, max) in counts {
            if count > max {
                push(ItemRef::Map, ProblemKind::TooMany { what, count, max });
            }
        }
        if self.pictures.len() > super::MAX_PICTURES {
            push(
                ItemRef::Map,
                ProblemKind::TooManyPictures {
                    count: self.pictures.len(),
                    max: super::MAX_PICTURES,
                },
            );
        }
        let picture_bytes = self.picture_bytes();
        if picture_bytes > super::MAX_PICTURE_BYTES {
            push(
                ItemRef::Map,
                ProblemKind::PicturesTooLarge {
                    bytes: picture_bytes,
                    max: super::MAX_PICTURE_BYTES,
                },
            );
        }
        text_problems(ItemRef::Map, Field::Title, &self.title, &mut push);
        text_problems(
            ItemRef::Map,
            Field::Description,
            &self.description,
            &mut push,
        );
        if self.language.len() > MAX_LANGUAGE_LEN {
            push(
                ItemRef::Map,
                ProblemKind::LanguageTooLong {
                    len: self.language.len(),
                    max: MAX_LANGUAGE_LEN,
                },
            );
        }

        let duplicate_ids = [
            duplicates(self.stages.iter().map(|s| ItemRef::Stage(s.id))),
            duplicates(self.lanes.iter().map(|s| ItemRef::Lane(s.id))),
            duplicates(self.personas.iter().map(|s| ItemRef::Persona(s.id))),
            duplicates(self.touchpoints.iter().map(|s| ItemRef::Touchpoint(s.id))),
            duplicates(self.connectors.iter().map(|s| ItemRef::Connector(s.id))),
        ];
        for item in duplicate_ids.into_iter().flatten() {
            push(item, ProblemKind::DuplicateId { item });
        }

        for s in &self.stages {
            let item = ItemRef::Stage(s.id);
            text_problems(item, Field::Name, &s.name, &mut push);
            text_problems(item, Field::Description, &s.description, &mut push);
            if let Some(w) = s.width
                && (!w.is_finite() || !STAGE_WIDTH_RANGE.contains(&w))
            {
                push(
                    item,
                    ProblemKind::StageWidth {
                        stage: s.id,
                        name: short(&s.name),
                        width: w,
                        min: *STAGE_WIDTH_RANGE.start(),
                        max: *STAGE_WIDTH_RANGE.end(),
                    },
                );
            }
        }
        for l in &self.lanes {
            text_problems(ItemRef::Lane(l.id), Field::Name, &l.name, &mut push);
        }
        for p in &self.personas {
            let item = ItemRef::Persona(p.id);
            text_problems(item, Field::Name, &p.name, &mut push);
            text_problems(item, Field::Description, &p.description, &mut push);
        }

        let stage_ids: HashSet<StageId> = self.stages.iter().map(|s| s.id).collect();
        let lane_ids: HashSet<LaneId> = self.lanes.iter().map(|s| s.id).collect();
        let persona_ids: HashSet<PersonaId> = self.personas.iter().map(|s| s.id).collect();
        let card_ids: HashSet<TouchpointId> = self.touchpoints.iter().map(|s| s.id).collect();

        for l in &self.lanes {
            if let Some(p) = l.persona
                && !persona_ids.contains(&p)
            {
                push(
                    ItemRef::Lane(l.id),
                    ProblemKind::DanglingReference {
                        from: ItemRef::Lane(l.id),
                        name: short(&l.name),
                        link: Link::BelongsTo,
                        to: p.into(),
                    },
                );
            }
        }

        if !self.touchpoints.windows(2).all(|w| w[0].id < w[1].id) {
            push(ItemRef::Map, ProblemKind::CardsUnsorted);
        }
        let mut orders: Vec<(StageId, LaneId, u32)> = Vec::with_capacity(self.touchpoints.len());
        for t in &self.touchpoints {
            let item = ItemRef::Touchpoint(t.id);
            // Shortened only for a problem: a sound card costs no allocation.
            let name = || short(&t.title);
            let dangling = |link: Link, to: ItemRef| ProblemKind::DanglingReference {
                from: item,
                name: name(),
                link,
                to,
            };
            let emotion = |value: i8, persona: Option<PersonaId>, future: bool| {
                ProblemKind::EmotionOutOfRange {
                    card: t.id,
                    name: name(),
                    value,
                    persona,
                    future,
                    min: *EMOTION_RANGE.start(),
                    max: *EMOTION_RANGE.end(),
                }
            };
            let list_too_long =
                |field: Field, future: bool, count: usize| ProblemKind::ListTooLong {
                    card: t.id,
                    name: name(),
                    field,
                    future,
                    count,
                    max: MAX_LIST_LEN,
                };
            if !stage_ids.contains(&t.stage) {
                push(item, dangling(Link::In, t.stage.into()));
            }
            if !lane_ids.contains(&t.lane) {
                push(item, dangling(Link::In, t.lane.into()));
            }
            for p in &t.personas {
                if !persona_ids.contains(p) {
                    push(item, dangling(Link::Names, (*p).into()));
                }
            }
            for (field, text) in [
                (Field::Title, &t.title),
                (Field::CustomerAction, &t.customer_action),
                (Field::BusinessResponse, &t.business_response),
                (Field::Owner, &t.owner),
                (Field::Notes, &t.notes),
            ] {
                text_problems(item, field, text, &mut push);
            }
            for (field, list) in [(Field::Campaigns, &t.campaigns), (Field::Tags, &t.tags)] {
                if list.len() > MAX_LIST_LEN {
                    push(item, list_too_long(field, false, list.len()));
                }
                for text in list {
                    text_problems(item, field, text, &mut push);
                }
            }
            if t.personas.len() > MAX_LIST_LEN {
                push(
                    item,
                    list_too_long(Field::Personas, false, t.personas.len()),
                );
            }
            if let Some(e) = t.emotion
                && !EMOTION_RANGE.contains(&e)
            {
                push(item, emotion(e, None, false));
            }
            for pe in &t.persona_emotions {
                if !persona_ids.contains(&pe.persona) {
                    push(item, dangling(Link::Scores, pe.persona.into()));
                }
                if !EMOTION_RANGE.contains(&pe.score) {
                    push(item, emotion(pe.score, Some(pe.persona), false));
                }
            }
            if let Some(f) = &t.future {
                if let Some(e) = f.emotion
                    && !EMOTION_RANGE.contains(&e)
                {
                    push(item, emotion(e, None, true));
                }
                for (field, text) in [
                    (Field::Title, &f.title),
                    (Field::CustomerAction, &f.customer_action),
                    (Field::BusinessResponse, &f.business_response),
                    (Field::Owner, &f.owner),
                ] {
                    if let Some(text) = text {
                        future_text_problems(item, field, text, &mut push);
                    }
                }
                if let Some(list) = &f.campaigns {
                    if list.len() > MAX_LIST_LEN {
                        push(item, list_too_long(Field::Campaigns, true, list.len()));
                    }
                    for text in list {
                        future_text_problems(item, Field::Campaigns, text, &mut push);
                    }
                }
            }
            if let Some(p) = &t.picture {
                text_problems(item, Field::Alt, &p.alt, &mut push);
                if let Some(issue) = picture_issue(self.pictures.get(&p.key)) {
                    push(
                        item,
                        ProblemKind::Picture {
                            card: t.id,
                            name: name(),
                            key: p.key.clone(),
                            issue,
                        },
                    );
                }
            }
            orders.push((t.stage, t.lane, t.order));
        }
        // Cells in order of (stage, lane), each numbered 0..n: one sort, no list per cell.
        orders.sort_unstable();
        for cell in orders.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            if cell
                .iter()
                .enumerate()
                .any(|(i, &(_, _, o))| o as usize != i)
            {
                push(
                    ItemRef::Map,
                    ProblemKind::CellMisnumbered {
                        stage: cell[0].0,
                        lane: cell[0].1,
                        count: cell.len(),
                    },
                );
            }
        }
        let mut view_ids = HashSet::new();
        for (i, v) in self.views.iter().enumerate() {
            let mut view = |issue: ViewIssue| {
                push(
                    ItemRef::Map,
                    ProblemKind::View {
                        view: v.id,
                        name: short(&v.name),
                        issue,
                    },
                );
            };
            if i == MAX_COLUMNS_OR_ROWS {
                view(ViewIssue::TooMany {
                    count: self.views.len(),
                    max: MAX_COLUMNS_OR_ROWS,
                });
            }
            if !view_ids.insert(v.id) {
                view(ViewIssue::DefinedTwice);
            }
            let chars = v.name.chars().count();
            if chars > MAX_TEXT_CHARS {
                view(ViewIssue::NameTooLong {
                    chars,
                    max: MAX_TEXT_CHARS,
                });
            }
            let count = v.personas.len().max(v.hidden_lanes.len());
            if count > MAX_LIST_LEN {
                view(ViewIssue::ListTooLong {
                    count,
                    max: MAX_LIST_LEN,
                });
                continue;
            }
            for p in v.personas.iter().filter(|p| !persona_ids.contains(p)) {
                view(ViewIssue::MissingPersona(*p));
            }
            for l in v.hidden_lanes.iter().filter(|l| !lane_ids.contains(l)) {
                view(ViewIssue::MissingLane(*l));
            }
        }
        for c in &self.connectors {
            let item = ItemRef::Connector(c.id);
            text_problems(item, Field::Label, &c.label, &mut push);
            for end in [c.from, c.to] {
                if !card_ids.contains(&end) {
                    push(
                        item,
                        ProblemKind::DanglingReference {
                            from: item,
                            name: String::new(),
                            link: Link::PointsAt,
                            to: end.into(),
                        },
                    );
                }
            }
            if c.from == c.to {
                push(
                    item,
                    ProblemKind::ConnectorLoop {
                        connector: c.id,
                        card: c.from,
                    },
                );
            }
        }
        out
    }
}

/// What keeps a stored picture from being shown, reading only its header.
fn picture_issue(picture: Option<&super::Picture>) -> Option<PictureIssue> {
    let Some(p) = picture else {
        return Some(PictureIssue::Missing);
    };
    let max = super::MAX_PICTURE_SIDE;
    if p.width == 0 || p.height == 0 || p.width > max || p.height > max {
        return Some(PictureIssue::BadSize {
            width: p.width,
            height: p.height,
            max,
        });
    }
    match p.header() {
        None => Some(PictureIssue::Unreadable),
        Some((w, h)) if (w, h) != (p.width, p.height) => Some(PictureIssue::SizeDiffers {
            width: p.width,
            height: p.height,
            found_width: w,
            found_height: h,
        }),
        Some(_) => None,
    }
}

/// Longest language tag (in bytes) the map's `language` may hold.
pub const MAX_LANGUAGE_LEN: usize = 35;

fn text_problems(
    item: ItemRef,
    field: Field,
    text: &str,
    push: &mut impl FnMut(ItemRef, ProblemKind),
) {
    long_text(item, field, false, text, push);
}

fn future_text_problems(
    item: ItemRef,
    field: Field,
    text: &str,
    push: &mut impl FnMut(ItemRef, ProblemKind),
) {
    long_text(item, field, true, text, push);
}

fn long_text(
    item: ItemRef,
    field: Field,
    future: bool,
    text: &str,
    push: &mut impl FnMut(ItemRef, ProblemKind),
) {
    // Counting chars of a huge string is cheap next to having parsed it.
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        push(
            item,
            ProblemKind::TextTooLong {
                field,
                future,
                chars,
                max: MAX_TEXT_CHARS,
            },
        );
    }
}

fn duplicates<T: Copy + Eq + Hash>(ids: impl Iterator<Item = T>) -> Vec<T> {
    let mut seen = HashSet::new();
    let mut dup = Vec::new();
    for id in ids {
        if !seen.insert(id) && !dup.contains(&id) {
            dup.push(id);
        }
    }
    dup
}

/// The first few words of a text, for naming an item in a message.
pub fn short(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(MAX - 1).collect();
        s.push('…');
        s
    }
}

impl Map {
    /// Repairs what a hand-edited file may get wrong without losing anything: sorts cards by id
    /// and renumbers the cards of each cell `0..n`, keeping their relative order.
    pub fn normalize(&mut self) {
        self.touchpoints.sort_by_key(|t| t.id);
        // One sort of (cell, order, index) rather than a list per cell and a search per card:
        // the profile of opening 100 000 cards showed the searches' cache misses.
        let mut cells: Vec<(StageId, LaneId, u32, usize)> = self
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, t)| (t.stage, t.lane, t.order, i))
            .collect();
        cells.sort_unstable();
        let mut new_order = 0u32;
        for (k, &(stage, lane, _, i)) in cells.iter().enumerate() {
            let same_cell = k > 0 && cells[k - 1].0 == stage && cells[k - 1].1 == lane;
            new_order = if same_cell {
                new_order.saturating_add(1)
            } else {
                0
            };
            self.touchpoints[i].order = new_order;
        }
    }
}
