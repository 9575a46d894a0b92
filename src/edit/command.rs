//! Every change a user can make to a map, as data.
//!
//! A [`Command`] holds ids and values, never references, so it can be stored, replayed, merged
//! and tested. [`Command::apply`] changes the map and returns the inverse command; it either
//! succeeds completely or leaves the map untouched. Only [`super::History`] should call it on
//! the map the user is editing.

use crate::model::{
    Aspect, CardPicture, CardState, Channel, Color, Connector, ConnectorId, EMOTION_RANGE, Field,
    FutureValues, ItemRef, Lane, LaneId, LaneKind, MAX_LANGUAGE_LEN, MAX_LIST_LEN, MAX_TEXT_CHARS,
    Map, Persona, PersonaEmotion, PersonaId, Picture, PictureKey, PictureLimit, STAGE_WIDTH_RANGE,
    SavedView, Stage, StageId, Touchpoint, TouchpointId, ViewId,
};

/// Why a command could not be applied. The map is unchanged when this is returned.
///
/// Data only (ids, fields, numbers); `Display` is English for logs and the command line, the
/// window words it in its language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    /// The command names an item the map does not have (any more).
    #[error("{0} does not exist")]
    Missing(ItemRef),
    /// The command would create an item whose id is taken.
    #[error("{0} already exists")]
    DuplicateId(ItemRef),
    /// A position is outside the list or cell it refers to.
    #[error("position {index} is outside {} (it has {len})", .within.words())]
    BadPosition {
        /// What the position is in.
        within: Within,
        /// The position asked for.
        index: usize,
        /// How many places there are.
        len: usize,
    },
    /// A text is longer than [`MAX_TEXT_CHARS`].
    #[error("the {} is longer than {max} characters", .field.key())]
    TextTooLong {
        /// Which field.
        field: Field,
        /// The limit.
        max: usize,
    },
    /// A list of a card has more than [`MAX_LIST_LEN`] entries.
    #[error("at most {max} {} per card", .field.key())]
    ListTooLong {
        /// Which list.
        field: Field,
        /// The limit.
        max: usize,
    },
    /// An emotion score is outside [`EMOTION_RANGE`].
    #[error("emotion {value} is outside {min}..+{max}")]
    EmotionOutOfRange {
        /// The score asked for.
        value: i8,
        /// Lowest score.
        min: i8,
        /// Highest score.
        max: i8,
    },
    /// A stage width is outside [`STAGE_WIDTH_RANGE`] or not a number.
    #[error("a stage is {min} to {max} wide")]
    StageWidth {
        /// The width asked for.
        width: f32,
        /// Narrowest allowed.
        min: f32,
        /// Widest allowed.
        max: f32,
    },
    /// The map's language is not a short tag.
    #[error("a language is a short tag such as \"en\" or \"de\"")]
    LanguageTooLong {
        /// The limit in bytes.
        max: usize,
    },
    /// A connector would start and end at the same card.
    #[error("an arrow needs two different cards")]
    ConnectorLoop,
    /// The command names a saved view the map does not have (any more).
    #[error("{0} does not exist")]
    MissingView(ViewId),
    /// The command would save a view under an id that is taken.
    #[error("{0} already exists")]
    ViewExists(ViewId),
    /// The command names a picture the map does not store.
    #[error("picture {} is not in the map", .0.short())]
    MissingPicture(PictureKey),
    /// The command would drop a picture a card still shows.
    #[error("picture {} is still on a card", .0.short())]
    PictureInUse(PictureKey),
    /// The command changes the alt text or aspect of a card that has no picture.
    #[error("{0} has no picture")]
    NoPicture(TouchpointId),
    /// The map has no room for another picture.
    #[error("{0}")]
    PictureLimit(PictureLimit),
}

/// What a position is counted in, for [`EditError::BadPosition`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// The stages, left to right.
    Stages,
    /// The lanes, top to bottom.
    Lanes,
    /// The personas.
    Personas,
    /// The saved views.
    Views,
    /// The cards of one cell.
    Cell,
}

impl Within {
    fn words(self) -> &'static str {
        match self {
            Within::Stages => "the stages",
            Within::Lanes => "the lanes",
            Within::Personas => "the personas",
            Within::Views => "the saved views",
            Within::Cell => "the cell",
        }
    }
}

/// A field of a [`Stage`] with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum StageField {
    /// Header text.
    Name(String),
    /// What the customer is trying to do.
    Description(String),
    /// Header band colour.
    Color(Option<Color>),
    /// Column width.
    Width(Option<f32>),
    /// Customers who entered the stage (`None`: sum of its cards).
    Reached(Option<u64>),
    /// Customers who went on (`None`: sum of its cards).
    Converted(Option<u64>),
}

/// A field of a [`Lane`] with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum LaneField {
    /// Header text.
    Name(String),
    /// What the lane holds.
    Kind(LaneKind),
    /// Channel of a channel lane.
    Channel(Option<Channel>),
    /// Row tint.
    Color(Option<Color>),
    /// The persona the lane belongs to (a persona lane), or none. The persona must exist.
    /// Cards already in the lane keep their personas (see [`super::lane_personas`] for cards
    /// put into it).
    Persona(Option<PersonaId>),
}

/// A field of a [`Touchpoint`] with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum TouchpointField {
    /// Short name on the card.
    Title(String),
    /// What the customer does.
    CustomerAction(String),
    /// How the business responds.
    BusinessResponse(String),
    /// Personas the card concerns.
    Personas(Vec<PersonaId>),
    /// Owning department.
    Owner(String),
    /// Active campaigns.
    Campaigns(Vec<String>),
    /// Emotion score.
    Emotion(Option<i8>),
    /// Customers reached.
    Reached(Option<u64>),
    /// Customers converted.
    Converted(Option<u64>),
    /// Keywords.
    Tags(Vec<String>),
    /// Card colour.
    Color(Option<Color>),
    /// Notes and comments.
    Notes(String),
    /// Current, future or both.
    State(CardState),
    /// Values in the target journey.
    Future(Option<FutureValues>),
    /// Per-persona emotion scores.
    PersonaEmotions(Vec<PersonaEmotion>),
    /// Channel override for the card's icon.
    Channel(Option<Channel>),
    /// The card's picture (a key the map stores), or none. Removing a card's picture keeps
    /// the stored picture until the map is saved, so undo can bring it back.
    Picture(Option<CardPicture>),
    /// The alt text of the card's picture (the card must have one).
    PictureAlt(String),
    /// How the card's picture is cropped (the card must have one).
    PictureAspect(Aspect),
}

/// A field of a [`Persona`] with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum PersonaField {
    /// Name.
    Name(String),
    /// Badge colour.
    Color(Color),
    /// Who they are.
    Description(String),
}

/// One change to a map.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Renames the map.
    SetTitle(String),
    /// Changes the map's description.
    SetDescription(String),
    /// Changes the map's language (how numbers are written).
    SetLanguage(String),
    /// Inserts a stage at a column position (0 = leftmost).
    InsertStage {
        /// Column position.
        index: usize,
        /// The new stage.
        stage: Stage,
    },
    /// Removes a stage with its cards and their connectors.
    RemoveStage(StageId),
    /// Changes one field of a stage.
    SetStage {
        /// Which stage.
        id: StageId,
        /// Field and new value.
        field: StageField,
    },
    /// Moves a stage to another column position.
    MoveStage {
        /// Which stage.
        id: StageId,
        /// Its new position.
        index: usize,
    },
    /// Inserts a lane at a row position (0 = top).
    InsertLane {
        /// Row position.
        index: usize,
        /// The new lane.
        lane: Lane,
    },
    /// Removes a lane with its cards and their connectors.
    RemoveLane(LaneId),
    /// Changes one field of a lane.
    SetLane {
        /// Which lane.
        id: LaneId,
        /// Field and new value.
        field: LaneField,
    },
    /// Moves a lane to another row position.
    MoveLane {
        /// Which lane.
        id: LaneId,
        /// Its new position.
        index: usize,
    },
    /// Adds a card at its `stage`, `lane` and `order`; the cards below it move down.
    InsertTouchpoint(Box<Touchpoint>),
    /// Removes a card and the connectors that touch it.
    RemoveTouchpoint(TouchpointId),
    /// Changes one field of a card.
    SetTouchpoint {
        /// Which card.
        id: TouchpointId,
        /// Field and new value.
        field: TouchpointField,
    },
    /// Moves a card to a cell and a position in it (counted without the card itself).
    MoveTouchpoint {
        /// Which card.
        id: TouchpointId,
        /// Target column.
        stage: StageId,
        /// Target row.
        lane: LaneId,
        /// Target position within the target cell.
        order: u32,
    },
    /// Inserts a persona at a list position.
    InsertPersona {
        /// List position.
        index: usize,
        /// The new persona.
        persona: Persona,
    },
    /// Removes a persona and every card's reference to it.
    RemovePersona(PersonaId),
    /// Changes one field of a persona.
    SetPersona {
        /// Which persona.
        id: PersonaId,
        /// Field and new value.
        field: PersonaField,
    },
    /// Adds an arrow between two cards.
    InsertConnector(Connector),
    /// Removes an arrow.
    RemoveConnector(ConnectorId),
    /// Changes an arrow's label.
    SetConnectorLabel {
        /// Which arrow.
        id: ConnectorId,
        /// New label.
        label: String,
    },
    /// Saves a view at a list position (View > Save view). Its personas and lanes must exist.
    InsertView {
        /// List position.
        index: usize,
        /// The view.
        view: Box<SavedView>,
    },
    /// Deletes a saved view.
    RemoveView(ViewId),
    /// Renames a saved view.
    RenameView {
        /// Which view.
        id: ViewId,
        /// Its new name.
        name: String,
    },
    /// Puts a whole saved view in place of the one with its id (what deleting a persona or a
    /// lane the view names undoes with).
    SetView(Box<SavedView>),
    /// Puts a whole other map in place of this one (the file reloaded after someone changed it
    /// on disk), so one undo brings back what was there. The map must be valid (as
    /// `file::load` returns it); it is not checked again.
    ReplaceMap(Box<Map>),
    /// Stores a picture under its key, for a card to show (see [`set_picture`]). Storing a
    /// picture the map already has changes nothing.
    AddPicture(Box<Picture>),
    /// Drops a stored picture no card shows (the inverse of [`Command::AddPicture`]).
    RemovePicture(PictureKey),
    /// Several commands applied in order as one; undone in reverse order.
    Batch(Vec<Command>),
    /// Sets one property of any item (or of the map) to a value of its shape: what taking
    /// their side of a merge conflict does.
    SetProperty {
        /// The item.
        item: ItemRef,
        /// Which property.
        property: crate::model::Property,
        /// The new value.
        value: Box<crate::model::Value>,
    },
    /// Resolves the map's merge conflict at `index`: keeps ours (the map holds it already) or
    /// takes theirs; either way the conflict leaves the map's list.
    ResolveConflict {
        /// Position in `Map::conflicts`.
        index: usize,
        /// Whether their value replaces ours.
        take_theirs: bool,
    },
    /// Puts a resolved conflict back at `index`, first undoing their value if it was taken
    /// (the inverse of [`Command::ResolveConflict`]).
    RestoreConflict {
        /// Position in `Map::conflicts`.
        index: usize,
        /// The conflict.
        conflict: Box<crate::model::Conflict>,
        /// The inverse of taking their value, when it was taken.
        undo: Option<Box<Command>>,
    },
}

impl Command {
    /// What the command does, for "Undo …" menu entries.
    pub fn label(&self) -> &'static str {
        match self {
            Command::SetTitle(_) => "Rename map",
            Command::SetDescription(_) => "Edit map description",
            Command::SetLanguage(_) => "Change map language",
            Command::InsertStage { .. } => "Add stage",
            Command::RemoveStage(_) => "Delete stage",
            Command::SetStage { .. } => "Edit stage",
            Command::MoveStage { .. } => "Move stage",
            Command::InsertLane { .. } => "Add lane",
            Command::RemoveLane(_) => "Delete lane",
            Command::SetLane { .. } => "Edit lane",
            Command::MoveLane { .. } => "Move lane",
            Command::InsertTouchpoint(_) => "Add touchpoint",
            Command::RemoveTouchpoint(_) => "Delete touchpoint",
            Command::SetTouchpoint { .. } => "Edit touchpoint",
            Command::MoveTouchpoint { .. } => "Move touchpoint",
            Command::InsertPersona { .. } => "Add persona",
            Command::RemovePersona(_) => "Delete persona",
            Command::SetPersona { .. } => "Edit persona",
            Command::InsertView { .. } => "Save view",
            Command::RemoveView(_) => "Delete view",
            Command::RenameView { .. } => "Rename view",
            Command::SetView(_) => "Edit view",
            Command::InsertConnector(_) => "Add connector",
            Command::RemoveConnector(_) => "Delete connector",
            Command::SetConnectorLabel { .. } => "Edit connector",
            Command::ReplaceMap(_) => "Reload from disk",
            Command::AddPicture(_) | Command::RemovePicture(_) => "Edit touchpoint",
            Command::Batch(list) => match list.first() {
                // Storing a picture and showing it on a card is "Edit touchpoint", as each is.
                Some(first)
                    if list.iter().all(|c| {
                        same_kind(c, first)
                            || c.label() == first.label()
                            // A move that gives cards their new lane's persona is a move.
                            || (matches!(first, Command::MoveTouchpoint { .. })
                                && (super::lane_personas::is_retag(c)
                                    || super::pivot_move::is_row_change(c)))
                    }) =>
                {
                    first.label()
                }
                _ => "Edit",
            },
            Command::SetProperty { .. } => "Edit",
            Command::ResolveConflict { .. } | Command::RestoreConflict { .. } => "Resolve conflict",
        }
    }

    /// Applies the command and returns its inverse. On error the map is unchanged.
    pub fn apply(self, map: &mut Map) -> Result<Command, EditError> {
        match self {
            Command::SetTitle(title) => {
                check_text(Field::Title, &title)?;
                Ok(Command::SetTitle(std::mem::replace(&mut map.title, title)))
            }
            Command::SetDescription(text) => {
                check_text(Field::Description, &text)?;
                Ok(Command::SetDescription(std::mem::replace(
                    &mut map.description,
                    text,
                )))
            }
            Command::SetLanguage(tag) => {
                if tag.len() > MAX_LANGUAGE_LEN {
                    return Err(EditError::LanguageTooLong {
                        max: MAX_LANGUAGE_LEN,
                    });
                }
                Ok(Command::SetLanguage(std::mem::replace(
                    &mut map.language,
                    tag,
                )))
            }
            Command::InsertStage { index, stage } => {
                if map.stage(stage.id).is_some() {
                    return Err(EditError::DuplicateId(stage.id.into()));
                }
                check_position(Within::Stages, index, map.stages.len())?;
                check_stage_field(&StageField::Name(stage.name.clone()))?;
                check_stage_field(&StageField::Description(stage.description.clone()))?;
                check_stage_field(&StageField::Width(stage.width))?;
                let id = stage.id;
                map.stages.insert(index, stage);
                Ok(Command::RemoveStage(id))
            }
            Command::RemoveStage(id) => {
                let index = map.stage_index(id).ok_or_else(|| missing(id))?;
                let cards: Vec<TouchpointId> = map
                    .touchpoints
                    .iter()
                    .filter(|t| t.stage == id)
                    .map(|t| t.id)
                    .collect();
                let mut restore = remove_cards(map, &cards);
                let stage = map.stages.remove(index);
                restore.insert(0, Command::InsertStage { index, stage });
                Ok(Command::Batch(restore))
            }
            Command::SetStage { id, field } => {
                check_stage_field(&field)?;
                let index = map.stage_index(id).ok_or_else(|| missing(id))?;
                let s = &mut map.stages[index];
                let old = match field {
                    StageField::Name(v) => StageField::Name(std::mem::replace(&mut s.name, v)),
                    StageField::Description(v) => {
                        StageField::Description(std::mem::replace(&mut s.description, v))
                    }
                    StageField::Color(v) => StageField::Color(std::mem::replace(&mut s.color, v)),
                    StageField::Width(v) => StageField::Width(std::mem::replace(&mut s.width, v)),
                    StageField::Reached(v) => {
                        StageField::Reached(std::mem::replace(&mut s.reached, v))
                    }
                    StageField::Converted(v) => {
                        StageField::Converted(std::mem::replace(&mut s.converted, v))
                    }
                };
                Ok(Command::SetStage { id, field: old })
            }
            Command::MoveStage { id, index } => {
                let from = map.stage_index(id).ok_or_else(|| missing(id))?;
                check_position(Within::Stages, index, map.stages.len().saturating_sub(1))?;
                let stage = map.stages.remove(from);
                map.stages.insert(index, stage);
                Ok(Command::MoveStage { id, index: from })
            }
            Command::InsertLane { index, lane } => {
                if map.lane(lane.id).is_some() {
                    return Err(EditError::DuplicateId(lane.id.into()));
                }
                check_position(Within::Lanes, index, map.lanes.len())?;
                check_text(Field::Name, &lane.name)?;
                check_lane_field(map, &LaneField::Persona(lane.persona))?;
                let id = lane.id;
                map.lanes.insert(index, lane);
                Ok(Command::RemoveLane(id))
            }
            Command::RemoveLane(id) => {
                let index = map.lane_index(id).ok_or_else(|| missing(id))?;
                let cards: Vec<TouchpointId> = map
                    .touchpoints
                    .iter()
                    .filter(|t| t.lane == id)
                    .map(|t| t.id)
                    .collect();
                let mut restore = remove_cards(map, &cards);
                restore.extend(edit_views(map, |v| {
                    v.hidden_lanes.retain(|l| *l != id);
                }));
                let lane = map.lanes.remove(index);
                restore.insert(0, Command::InsertLane { index, lane });
                Ok(Command::Batch(restore))
            }
            Command::SetLane { id, field } => {
                check_lane_field(map, &field)?;
                let index = map.lane_index(id).ok_or_else(|| missing(id))?;
                let l = &mut map.lanes[index];
                let old = match field {
                    LaneField::Name(v) => LaneField::Name(std::mem::replace(&mut l.name, v)),
                    LaneField::Kind(v) => LaneField::Kind(std::mem::replace(&mut l.kind, v)),
                    LaneField::Channel(v) => {
                        LaneField::Channel(std::mem::replace(&mut l.channel, v))
                    }
                    LaneField::Color(v) => LaneField::Color(std::mem::replace(&mut l.color, v)),
                    LaneField::Persona(v) => {
                        LaneField::Persona(std::mem::replace(&mut l.persona, v))
                    }
                };
                Ok(Command::SetLane { id, field: old })
            }
            Command::MoveLane { id, index } => {
                let from = map.lane_index(id).ok_or_else(|| missing(id))?;
                check_position(Within::Lanes, index, map.lanes.len().saturating_sub(1))?;
                let lane = map.lanes.remove(from);
                map.lanes.insert(index, lane);
                Ok(Command::MoveLane { id, index: from })
            }
            Command::InsertTouchpoint(card) => {
                let id = card.id;
                let slot = match map.touchpoints.binary_search_by_key(&id, |t| t.id) {
                    Ok(_) => return Err(EditError::DuplicateId(id.into())),
                    Err(slot) => slot,
                };
                map.stage(card.stage).ok_or_else(|| missing(card.stage))?;
                map.lane(card.lane).ok_or_else(|| missing(card.lane))?;
                let cell_len = map.cell_len(crate::model::Cell {
                    stage: card.stage,
                    lane: card.lane,
                });
                check_position(Within::Cell, card.order as usize, cell_len as usize)?;
                for field in card_fields(&card) {
                    check_touchpoint_field(map, &field)?;
                }
                for t in &mut map.touchpoints {
                    if t.stage == card.stage && t.lane == card.lane && t.order >= card.order {
                        t.order += 1;
                    }
                }
                map.touchpoints.insert(slot, *card);
                Ok(Command::RemoveTouchpoint(id))
            }
            Command::RemoveTouchpoint(id) => {
                map.touchpoint_index(id).ok_or_else(|| missing(id))?;
                Ok(Command::Batch(remove_cards(map, &[id])))
            }
            Command::SetTouchpoint { id, field } => {
                check_touchpoint_field(map, &field)?;
                let index = map.touchpoint_index(id).ok_or_else(|| missing(id))?;
                let t = &mut map.touchpoints[index];
                use std::mem::replace;
                let old = match field {
                    TouchpointField::Title(v) => TouchpointField::Title(replace(&mut t.title, v)),
                    TouchpointField::CustomerAction(v) => {
                        TouchpointField::CustomerAction(replace(&mut t.customer_action, v))
                    }
                    TouchpointField::BusinessResponse(v) => {
                        TouchpointField::BusinessResponse(replace(&mut t.business_response, v))
                    }
                    TouchpointField::Personas(v) => {
                        TouchpointField::Personas(replace(&mut t.personas, v))
                    }
                    TouchpointField::Owner(v) => TouchpointField::Owner(replace(&mut t.owner, v)),
                    TouchpointField::Campaigns(v) => {
                        TouchpointField::Campaigns(replace(&mut t.campaigns, v))
                    }
                    TouchpointField::Emotion(v) => {
                        TouchpointField::Emotion(replace(&mut t.emotion, v))
                    }
                    TouchpointField::Reached(v) => {
                        TouchpointField::Reached(replace(&mut t.reached, v))
                    }
                    TouchpointField::Converted(v) => {
                        TouchpointField::Converted(replace(&mut t.converted, v))
                    }
                    TouchpointField::Tags(v) => TouchpointField::Tags(replace(&mut t.tags, v)),
                    TouchpointField::Color(v) => TouchpointField::Color(replace(&mut t.color, v)),
                    TouchpointField::Notes(v) => TouchpointField::Notes(replace(&mut t.notes, v)),
                    TouchpointField::State(v) => TouchpointField::State(replace(&mut t.state, v)),
                    TouchpointField::Future(v) => {
                        TouchpointField::Future(replace(&mut t.future, v))
                    }
                    TouchpointField::PersonaEmotions(v) => {
                        TouchpointField::PersonaEmotions(replace(&mut t.persona_emotions, v))
                    }
                    TouchpointField::Channel(v) => {
                        TouchpointField::Channel(replace(&mut t.channel, v))
                    }
                    TouchpointField::Picture(v) => {
                        TouchpointField::Picture(replace(&mut t.picture, v))
                    }
                    TouchpointField::PictureAlt(v) => match &mut t.picture {
                        Some(p) => TouchpointField::PictureAlt(replace(&mut p.alt, v)),
                        None => return Err(EditError::NoPicture(id)),
                    },
                    TouchpointField::PictureAspect(v) => match &mut t.picture {
                        Some(p) => TouchpointField::PictureAspect(replace(&mut p.aspect, v)),
                        None => return Err(EditError::NoPicture(id)),
                    },
                };
                Ok(Command::SetTouchpoint { id, field: old })
            }
            Command::MoveTouchpoint {
                id,
                stage,
                lane,
                order,
            } => {
                let index = map.touchpoint_index(id).ok_or_else(|| missing(id))?;
                map.stage(stage).ok_or_else(|| missing(stage))?;
                map.lane(lane).ok_or_else(|| missing(lane))?;
                let (old_stage, old_lane, old_order) = {
                    let t = &map.touchpoints[index];
                    (t.stage, t.lane, t.order)
                };
                let target = crate::model::Cell { stage, lane };
                let mut room = map.cell_len(target);
                if old_stage == stage && old_lane == lane {
                    room -= 1;
                }
                check_position(Within::Cell, order as usize, room as usize)?;
                for t in &mut map.touchpoints {
                    if t.stage == old_stage && t.lane == old_lane && t.order > old_order {
                        t.order -= 1;
                    }
                }
                for t in &mut map.touchpoints {
                    if t.id != id && t.stage == stage && t.lane == lane && t.order >= order {
                        t.order += 1;
                    }
                }
                let t = &mut map.touchpoints[index];
                t.stage = stage;
                t.lane = lane;
                t.order = order;
                Ok(Command::MoveTouchpoint {
                    id,
                    stage: old_stage,
                    lane: old_lane,
                    order: old_order,
                })
            }
            Command::InsertPersona { index, persona } => {
                if map.persona(persona.id).is_some() {
                    return Err(EditError::DuplicateId(persona.id.into()));
                }
                check_position(Within::Personas, index, map.personas.len())?;
                check_text(Field::Name, &persona.name)?;
                check_text(Field::Description, &persona.description)?;
                let id = persona.id;
                map.personas.insert(index, persona);
                Ok(Command::RemovePersona(id))
            }
            Command::RemovePersona(id) => {
                let index = map.persona_index(id).ok_or_else(|| missing(id))?;
                let mut restore = Vec::new();
                for t in &mut map.touchpoints {
                    if t.personas.contains(&id) {
                        let old = t.personas.clone();
                        t.personas.retain(|p| *p != id);
                        restore.push(Command::SetTouchpoint {
                            id: t.id,
                            field: TouchpointField::Personas(old),
                        });
                    }
                    if t.persona_emotions.iter().any(|p| p.persona == id) {
                        let old = t.persona_emotions.clone();
                        t.persona_emotions.retain(|p| p.persona != id);
                        restore.push(Command::SetTouchpoint {
                            id: t.id,
                            field: TouchpointField::PersonaEmotions(old),
                        });
                    }
                }
                restore.extend(edit_views(map, |v| v.personas.retain(|p| *p != id)));
                // Its lanes stay, for everyone.
                for l in map.lanes.iter_mut().filter(|l| l.persona == Some(id)) {
                    l.persona = None;
                    restore.push(Command::SetLane {
                        id: l.id,
                        field: LaneField::Persona(Some(id)),
                    });
                }
                let persona = map.personas.remove(index);
                restore.insert(0, Command::InsertPersona { index, persona });
                Ok(Command::Batch(restore))
            }
            Command::SetPersona { id, field } => {
                match &field {
                    PersonaField::Name(t) => check_text(Field::Name, t)?,
                    PersonaField::Description(t) => check_text(Field::Description, t)?,
                    PersonaField::Color(_) => {}
                }
                let index = map.persona_index(id).ok_or_else(|| missing(id))?;
                let p = &mut map.personas[index];
                let old = match field {
                    PersonaField::Name(v) => PersonaField::Name(std::mem::replace(&mut p.name, v)),
                    PersonaField::Color(v) => {
                        PersonaField::Color(std::mem::replace(&mut p.color, v))
                    }
                    PersonaField::Description(v) => {
                        PersonaField::Description(std::mem::replace(&mut p.description, v))
                    }
                };
                Ok(Command::SetPersona { id, field: old })
            }
            Command::InsertConnector(connector) => {
                let slot = match map.connectors.binary_search_by_key(&connector.id, |c| c.id) {
                    Ok(_) => return Err(EditError::DuplicateId(connector.id.into())),
                    Err(slot) => slot,
                };
                map.touchpoint(connector.from)
                    .ok_or_else(|| missing(connector.from))?;
                map.touchpoint(connector.to)
                    .ok_or_else(|| missing(connector.to))?;
                if connector.from == connector.to {
                    return Err(EditError::ConnectorLoop);
                }
                check_text(Field::Label, &connector.label)?;
                let id = connector.id;
                map.connectors.insert(slot, connector);
                Ok(Command::RemoveConnector(id))
            }
            Command::RemoveConnector(id) => {
                let index = map
                    .connectors
                    .iter()
                    .position(|c| c.id == id)
                    .ok_or_else(|| missing(id))?;
                Ok(Command::InsertConnector(map.connectors.remove(index)))
            }
            Command::SetConnectorLabel { id, label } => {
                check_text(Field::Label, &label)?;
                let c = map
                    .connectors
                    .iter_mut()
                    .find(|c| c.id == id)
                    .ok_or_else(|| missing(id))?;
                let old = std::mem::replace(&mut c.label, label);
                Ok(Command::SetConnectorLabel { id, label: old })
            }
            Command::InsertView { index, view } => {
                if map.view(view.id).is_some() {
                    return Err(EditError::ViewExists(view.id));
                }
                check_position(Within::Views, index, map.views.len())?;
                check_view(map, &view)?;
                let id = view.id;
                map.views.insert(index, *view);
                Ok(Command::RemoveView(id))
            }
            Command::RemoveView(id) => {
                let index = map.view_index(id).ok_or(EditError::MissingView(id))?;
                let view = Box::new(map.views.remove(index));
                Ok(Command::InsertView { index, view })
            }
            Command::RenameView { id, name } => {
                check_text(Field::Name, &name)?;
                let index = map.view_index(id).ok_or(EditError::MissingView(id))?;
                let old = std::mem::replace(&mut map.views[index].name, name);
                Ok(Command::RenameView { id, name: old })
            }
            Command::SetView(view) => {
                let index = map
                    .view_index(view.id)
                    .ok_or(EditError::MissingView(view.id))?;
                check_view(map, &view)?;
                let old = std::mem::replace(&mut map.views[index], *view);
                Ok(Command::SetView(Box::new(old)))
            }
            Command::AddPicture(picture) => {
                let key = picture.key();
                if map.pictures.contains_key(&key) {
                    return Ok(Command::Batch(Vec::new()));
                }
                map.room_for(&picture).map_err(EditError::PictureLimit)?;
                map.pictures.insert(key.clone(), *picture);
                Ok(Command::RemovePicture(key))
            }
            Command::RemovePicture(key) => {
                if map
                    .touchpoints
                    .iter()
                    .any(|t| t.picture.as_ref().is_some_and(|p| p.key == key))
                {
                    return Err(EditError::PictureInUse(key));
                }
                match map.pictures.remove(&key) {
                    Some(picture) => Ok(Command::AddPicture(Box::new(picture))),
                    None => Err(EditError::MissingPicture(key)),
                }
            }
            Command::ReplaceMap(other) => Ok(Command::ReplaceMap(Box::new(std::mem::replace(
                map, *other,
            )))),
            Command::Batch(list) => {
                let mut inverses = Vec::with_capacity(list.len());
                for cmd in list {
                    match cmd.apply(map) {
                        Ok(inv) => inverses.push(inv),
                        Err(e) => {
                            // Roll back what was applied so the map is unchanged.
                            for inv in inverses.into_iter().rev() {
                                let _ = inv.apply(map);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Command::Batch(inverses))
            }
            Command::SetProperty {
                item,
                property,
                value,
            } => super::resolve::set_property(map, item, property, *value),
            Command::ResolveConflict { index, take_theirs } => {
                super::resolve::resolve(map, index, take_theirs)
            }
            Command::RestoreConflict {
                index,
                conflict,
                undo,
            } => super::resolve::restore(map, index, *conflict, undo),
        }
    }

    /// Whether `next` may replace `self` in one undo step: both set the same field of the same
    /// item, so typing a word is one step, not one per letter.
    pub fn merges_with(&self, next: &Command) -> bool {
        use std::mem::discriminant as d;
        match (self, next) {
            (Command::SetTitle(_), Command::SetTitle(_))
            | (Command::SetDescription(_), Command::SetDescription(_))
            | (Command::SetLanguage(_), Command::SetLanguage(_)) => true,
            (Command::SetStage { id: a, field: fa }, Command::SetStage { id: b, field: fb }) => {
                a == b && d(fa) == d(fb)
            }
            (Command::SetLane { id: a, field: fa }, Command::SetLane { id: b, field: fb }) => {
                a == b && d(fa) == d(fb)
            }
            (
                Command::SetTouchpoint { id: a, field: fa },
                Command::SetTouchpoint { id: b, field: fb },
            ) => a == b && d(fa) == d(fb),
            (
                Command::SetPersona { id: a, field: fa },
                Command::SetPersona { id: b, field: fb },
            ) => a == b && d(fa) == d(fb),
            (
                Command::SetConnectorLabel { id: a, .. },
                Command::SetConnectorLabel { id: b, .. },
            ) => a == b,
            _ => false,
        }
    }
}

fn same_kind(a: &Command, b: &Command) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Removes cards and every connector touching them; returns the commands that restore them, in
/// the order to apply them (cards top to bottom per cell, then connectors).
fn remove_cards(map: &mut Map, ids: &[TouchpointId]) -> Vec<Command> {
    let mut restore = Vec::new();
    let doomed: std::collections::HashSet<TouchpointId> = ids.iter().copied().collect();
    let mut connectors = Vec::new();
    map.connectors.retain(|c| {
        let touches = doomed.contains(&c.from) || doomed.contains(&c.to);
        if touches {
            connectors.push(c.clone());
        }
        !touches
    });
    let mut cards: Vec<Touchpoint> = Vec::new();
    map.touchpoints.retain(|t| {
        let gone = doomed.contains(&t.id);
        if gone {
            cards.push(t.clone());
        }
        !gone
    });
    // Close the gaps the removed cards leave in their cells.
    let mut cells: std::collections::HashMap<(StageId, LaneId), Vec<u32>> = Default::default();
    for c in &cards {
        cells.entry((c.stage, c.lane)).or_default().push(c.order);
    }
    for t in &mut map.touchpoints {
        if let Some(gone) = cells.get(&(t.stage, t.lane)) {
            let below = gone.iter().filter(|&&o| o < t.order).count();
            t.order -= below as u32;
        }
    }
    cards.sort_by_key(|c| (c.stage, c.lane, c.order));
    restore.extend(
        cards
            .into_iter()
            .map(|c| Command::InsertTouchpoint(Box::new(c))),
    );
    restore.extend(connectors.into_iter().map(Command::InsertConnector));
    restore
}

fn card_fields(t: &Touchpoint) -> [TouchpointField; 12] {
    [
        TouchpointField::Title(t.title.clone()),
        TouchpointField::CustomerAction(t.customer_action.clone()),
        TouchpointField::BusinessResponse(t.business_response.clone()),
        TouchpointField::Owner(t.owner.clone()),
        TouchpointField::Notes(t.notes.clone()),
        TouchpointField::Personas(t.personas.clone()),
        TouchpointField::Emotion(t.emotion),
        TouchpointField::Campaigns(t.campaigns.clone()),
        TouchpointField::Tags(t.tags.clone()),
        TouchpointField::Future(t.future.clone()),
        TouchpointField::PersonaEmotions(t.persona_emotions.clone()),
        TouchpointField::Picture(t.picture.clone()),
    ]
}

/// The command that puts `picture` on a card with its alt text, replacing any picture the
/// card had: one undo step (a [`Command::Batch`] that stores the picture, unless the map has
/// it already, and points the card at it).
pub fn set_picture(card: TouchpointId, picture: Picture, alt: &str, aspect: Aspect) -> Command {
    let key = picture.key();
    Command::Batch(vec![
        Command::AddPicture(Box::new(picture)),
        Command::SetTouchpoint {
            id: card,
            field: TouchpointField::Picture(Some(CardPicture {
                key,
                alt: alt.to_owned(),
                aspect,
            })),
        },
    ])
}

/// The command that takes a card's picture off (the stored picture stays until the save, so
/// undo brings it back).
pub fn remove_picture(card: TouchpointId) -> Command {
    Command::SetTouchpoint {
        id: card,
        field: TouchpointField::Picture(None),
    }
}

/// A saved view's name fits and everything it names exists.
fn check_view(map: &Map, view: &SavedView) -> Result<(), EditError> {
    check_text(Field::Name, &view.name)?;
    if view.personas.len() > MAX_LIST_LEN || view.hidden_lanes.len() > MAX_LIST_LEN {
        return Err(EditError::ListTooLong {
            field: Field::Personas,
            max: MAX_LIST_LEN,
        });
    }
    if let Some(p) = view.personas.iter().find(|p| map.persona(**p).is_none()) {
        return Err(missing(*p));
    }
    if let Some(l) = view.hidden_lanes.iter().find(|l| map.lane(**l).is_none()) {
        return Err(missing(*l));
    }
    Ok(())
}

/// Changes every saved view `change` changes, returning the commands that put them back.
fn edit_views(map: &mut Map, change: impl Fn(&mut SavedView)) -> Vec<Command> {
    let mut restore = Vec::new();
    for v in &mut map.views {
        let old = v.clone();
        change(v);
        if *v != old {
            restore.push(Command::SetView(Box::new(old)));
        }
    }
    restore
}

fn missing(item: impl Into<ItemRef>) -> EditError {
    EditError::Missing(item.into())
}

fn check_position(within: Within, index: usize, len: usize) -> Result<(), EditError> {
    if index > len {
        return Err(EditError::BadPosition { within, index, len });
    }
    Ok(())
}

fn check_text(field: Field, text: &str) -> Result<(), EditError> {
    if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
        return Err(EditError::TextTooLong {
            field,
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

fn check_list_len(field: Field, len: usize) -> Result<(), EditError> {
    if len > MAX_LIST_LEN {
        return Err(EditError::ListTooLong {
            field,
            max: MAX_LIST_LEN,
        });
    }
    Ok(())
}

fn check_list(field: Field, list: &[String]) -> Result<(), EditError> {
    check_list_len(field, list.len())?;
    list.iter().try_for_each(|t| check_text(field, t))
}

fn check_emotion(value: i8) -> Result<(), EditError> {
    if EMOTION_RANGE.contains(&value) {
        Ok(())
    } else {
        Err(EditError::EmotionOutOfRange {
            value,
            min: *EMOTION_RANGE.start(),
            max: *EMOTION_RANGE.end(),
        })
    }
}

fn check_stage_field(field: &StageField) -> Result<(), EditError> {
    match field {
        StageField::Name(t) => check_text(Field::Name, t),
        StageField::Description(t) => check_text(Field::Description, t),
        StageField::Color(_) => Ok(()),
        StageField::Width(Some(w)) if !w.is_finite() || !STAGE_WIDTH_RANGE.contains(w) => {
            Err(EditError::StageWidth {
                width: *w,
                min: *STAGE_WIDTH_RANGE.start(),
                max: *STAGE_WIDTH_RANGE.end(),
            })
        }
        StageField::Width(_) | StageField::Reached(_) | StageField::Converted(_) => Ok(()),
    }
}

fn check_lane_field(map: &Map, field: &LaneField) -> Result<(), EditError> {
    match field {
        LaneField::Name(name) => check_text(Field::Name, name),
        LaneField::Persona(Some(p)) if map.persona(*p).is_none() => Err(missing(*p)),
        LaneField::Persona(_)
        | LaneField::Kind(_)
        | LaneField::Channel(_)
        | LaneField::Color(_) => Ok(()),
    }
}

fn check_touchpoint_field(map: &Map, field: &TouchpointField) -> Result<(), EditError> {
    match field {
        TouchpointField::Title(t) => check_text(Field::Title, t),
        TouchpointField::CustomerAction(t) => check_text(Field::CustomerAction, t),
        TouchpointField::BusinessResponse(t) => check_text(Field::BusinessResponse, t),
        TouchpointField::Owner(t) => check_text(Field::Owner, t),
        TouchpointField::Notes(t) => check_text(Field::Notes, t),
        TouchpointField::Campaigns(list) => check_list(Field::Campaigns, list),
        TouchpointField::Tags(list) => check_list(Field::Tags, list),
        TouchpointField::Personas(list) => {
            check_list_len(Field::Personas, list.len())?;
            match list.iter().find(|p| map.persona(**p).is_none()) {
                Some(p) => Err(missing(*p)),
                None => Ok(()),
            }
        }
        TouchpointField::Emotion(Some(e)) => check_emotion(*e),
        TouchpointField::PersonaEmotions(list) => {
            check_list_len(Field::PersonaEmotions, list.len())?;
            for pe in list {
                if map.persona(pe.persona).is_none() {
                    return Err(missing(pe.persona));
                }
                check_emotion(pe.score)?;
            }
            Ok(())
        }
        TouchpointField::Future(Some(f)) => {
            for (field, text) in [
                (Field::Title, &f.title),
                (Field::CustomerAction, &f.customer_action),
                (Field::BusinessResponse, &f.business_response),
                (Field::Owner, &f.owner),
            ] {
                if let Some(text) = text {
                    check_text(field, text)?;
                }
            }
            if let Some(list) = &f.campaigns {
                check_list(Field::Campaigns, list)?;
            }
            f.emotion.map_or(Ok(()), check_emotion)
        }
        TouchpointField::Picture(Some(p)) => {
            check_text(Field::Alt, &p.alt)?;
            if map.pictures.contains_key(&p.key) {
                Ok(())
            } else {
                Err(EditError::MissingPicture(p.key.clone()))
            }
        }
        TouchpointField::PictureAlt(alt) => check_text(Field::Alt, alt),
        TouchpointField::Picture(None)
        | TouchpointField::PictureAspect(_)
        | TouchpointField::Emotion(None)
        | TouchpointField::Reached(_)
        | TouchpointField::Converted(_)
        | TouchpointField::Color(_)
        | TouchpointField::State(_)
        | TouchpointField::Future(None)
        | TouchpointField::Channel(_) => Ok(()),
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;
    use crate::model::JourneyState;

    fn map() -> Map {
        let mut m = crate::model::synthetic_map(6);
        m.personas.push(Persona {
            id: PersonaId(5),
            name: "Busy parent".into(),
            color: Color::rgb(1, 2, 3),
            description: String::new(),
        });
        m
    }

    fn view(m: &Map) -> SavedView {
        let mut v = SavedView::new(ViewId(1), "Busy parents, target");
        v.state = JourneyState::Future;
        v.personas = vec![PersonaId(5)];
        v.hidden_lanes = vec![m.lanes[0].id];
        v
    }

    #[test]
    fn saving_renaming_and_deleting_a_view_undo_exactly() {
        let mut m = map();
        let before = m.clone();
        let v = view(&m);
        let undo_save = Command::InsertView {
            index: 0,
            view: Box::new(v.clone()),
        }
        .apply(&mut m)
        .unwrap();
        assert_eq!(m.views.len(), 1);
        assert_eq!(m.views[0], v);
        let undo_rename = Command::RenameView {
            id: v.id,
            name: "Parents".into(),
        }
        .apply(&mut m)
        .unwrap();
        assert_eq!(m.views[0].name, "Parents");
        let undo_delete = Command::RemoveView(v.id).apply(&mut m).unwrap();
        assert!(m.views.is_empty());
        undo_delete.apply(&mut m).unwrap();
        undo_rename.apply(&mut m).unwrap();
        assert_eq!(m.views, [v]);
        undo_save.apply(&mut m).unwrap();
        assert_eq!(m, before);
        assert!(m.problems().is_empty());
    }

    #[test]
    fn a_view_must_name_what_exists_and_take_a_free_id() {
        let mut m = map();
        let mut v = view(&m);
        v.personas.push(PersonaId(99));
        let err = Command::InsertView {
            index: 0,
            view: Box::new(v),
        }
        .apply(&mut m)
        .unwrap_err();
        assert_eq!(err, EditError::Missing(ItemRef::Persona(PersonaId(99))));
        let v = view(&m);
        Command::InsertView {
            index: 0,
            view: Box::new(v.clone()),
        }
        .apply(&mut m)
        .unwrap();
        let again = Command::InsertView {
            index: 1,
            view: Box::new(v),
        };
        assert_eq!(again.apply(&mut m), Err(EditError::ViewExists(ViewId(1))));
        assert_eq!(
            Command::RemoveView(ViewId(8)).apply(&mut m),
            Err(EditError::MissingView(ViewId(8)))
        );
    }

    #[test]
    fn deleting_a_persona_or_lane_a_view_names_takes_it_out_and_undo_puts_it_back() {
        let mut m = map();
        let v = view(&m);
        m.views.push(v.clone());
        let before = m.clone();
        let undo = Command::RemovePersona(PersonaId(5)).apply(&mut m).unwrap();
        assert!(m.views[0].personas.is_empty());
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        undo.apply(&mut m).unwrap();
        assert_eq!(m, before);
        let undo = Command::RemoveLane(v.hidden_lanes[0])
            .apply(&mut m)
            .unwrap();
        assert!(m.views[0].hidden_lanes.is_empty());
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        undo.apply(&mut m).unwrap();
        assert_eq!(m, before);
    }
}
