//! The properties of a map's items as values that can be compared one by one: what a three-way
//! merge merges, a diff reports and a recorded conflict holds.
//!
//! A [`Value`] is plain data written in the file (a conflict keeps ours, theirs and base), so
//! it has plain serde shapes only. Nothing here words anything for a person; no UI words.

use serde::{Deserialize, Serialize};

use super::{
    CardPicture, CardState, Channel, Color, Connector, FutureValues, ItemRef, Lane, LaneId,
    LaneKind, Map, Persona, PersonaEmotion, PersonaId, Stage, StageId, Touchpoint, TouchpointId,
};

/// One property of an item (or of the map itself) that can differ between two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Property {
    /// Whether the item exists at all (one side deleted it, the other changed it).
    Presence,
    /// The title of the map or of a card.
    Title,
    /// The description of the map, a stage or a persona.
    Description,
    /// The map's language tag.
    Language,
    /// The name of a stage, lane or persona.
    Name,
    /// The colour of a stage, lane, persona or card.
    Color,
    /// A stage's width.
    Width,
    /// Customers who reached a stage or card.
    Reached,
    /// Customers who went on from a stage or card.
    Converted,
    /// What a lane holds.
    Kind,
    /// The channel of a lane or card.
    Channel,
    /// The cell a card sits in (stage and lane).
    Place,
    /// What the customer does at a card.
    CustomerAction,
    /// How the business responds at a card.
    BusinessResponse,
    /// The personas a card concerns.
    Personas,
    /// The department that owns a card.
    Owner,
    /// The campaigns active at a card.
    Campaigns,
    /// A card's emotion score.
    Emotion,
    /// A card's tags.
    Tags,
    /// A card's notes.
    Notes,
    /// Whether a card is in today's journey, the target journey or both.
    State,
    /// A card's values in the target journey.
    Future,
    /// A card's per-persona emotion scores.
    PersonaEmotions,
    /// The card a connector starts at.
    From,
    /// The card a connector points to.
    To,
    /// A connector's label.
    Label,
    /// A card's picture (which one, its alt text and aspect).
    Picture,
    /// The persona a lane belongs to.
    Persona,
}

impl Property {
    /// The property's English key ("customer action"), for the command line and logs.
    pub fn key(self) -> &'static str {
        match self {
            Property::Presence => "presence",
            Property::Title => "title",
            Property::Description => "description",
            Property::Language => "language",
            Property::Name => "name",
            Property::Color => "colour",
            Property::Width => "width",
            Property::Reached => "reached",
            Property::Converted => "converted",
            Property::Kind => "kind",
            Property::Channel => "channel",
            Property::Place => "place",
            Property::CustomerAction => "customer action",
            Property::BusinessResponse => "business response",
            Property::Personas => "personas",
            Property::Owner => "owner",
            Property::Campaigns => "campaigns",
            Property::Emotion => "emotion",
            Property::Tags => "tags",
            Property::Notes => "notes",
            Property::State => "state",
            Property::Future => "future values",
            Property::PersonaEmotions => "persona emotions",
            Property::From => "start",
            Property::To => "end",
            Property::Label => "label",
            Property::Picture => "picture",
            Property::Persona => "persona",
        }
    }
}

/// The value of one [`Property`], or a whole item for [`Property::Presence`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// The item does not exist on this side.
    Absent,
    /// A text.
    Text(String),
    /// A list of texts (campaigns, tags).
    Texts(Vec<String>),
    /// A count of customers, or none.
    Count(Option<u64>),
    /// An emotion score, or none.
    Score(Option<i8>),
    /// A width in map units, or the default.
    Width(Option<f32>),
    /// A colour, or the default.
    Color(Option<Color>),
    /// What a lane holds.
    Kind(LaneKind),
    /// A channel, or none.
    Channel(Option<Channel>),
    /// A card's state.
    State(CardState),
    /// A card's future values, or none.
    Future(Option<FutureValues>),
    /// A cell: stage and lane.
    Place(StageId, LaneId),
    /// Personas a card concerns.
    Personas(Vec<PersonaId>),
    /// Per-persona emotion scores.
    PersonaEmotions(Vec<PersonaEmotion>),
    /// A card a connector ends at.
    Card(TouchpointId),
    /// A whole stage.
    Stage(Stage),
    /// A whole lane.
    Lane(Lane),
    /// A whole persona.
    Persona(Persona),
    /// A whole card.
    Touchpoint(Box<Touchpoint>),
    /// A whole connector.
    Connector(Connector),
    /// A card's picture, or none.
    Picture(Option<CardPicture>),
    /// The persona a lane belongs to, or none.
    LanePersona(Option<PersonaId>),
}

impl Value {
    /// The name held in a whole-item value (a deleted stage, card, …), for naming an item the
    /// map no longer has; `None` for every other value.
    pub fn item_name(&self) -> Option<&str> {
        Some(match self {
            Value::Stage(x) => x.name(),
            Value::Lane(x) => x.name(),
            Value::Persona(x) => x.name(),
            Value::Touchpoint(x) => x.name(),
            Value::Connector(x) => x.name(),
            _ => return None,
        })
    }
}

/// An item of a map that is compared property by property: stages, lanes, personas, cards and
/// connectors.
pub trait Item: Clone + PartialEq {
    /// The properties compared, in the order a diff lists them (not [`Property::Presence`]).
    const PROPERTIES: &'static [Property];
    /// The item's id as a reference.
    fn item_ref(&self) -> ItemRef;
    /// The id number.
    fn number(&self) -> u32;
    /// The value of one property ([`Value::Absent`] for one the item does not have).
    fn get(&self, property: Property) -> Value;
    /// Sets one property; `false` (and nothing changed) when the value does not fit it.
    fn set(&mut self, property: Property, value: Value) -> bool;
    /// The whole item as a value.
    fn whole(&self) -> Value;
    /// The item held by a value of [`Item::whole`]'s shape.
    fn from_whole(value: &Value) -> Option<Self>;
    /// Whether two versions agree on every property (a card's `order` is not a property: it
    /// follows from the other cards of its cell).
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    /// The name a person knows the item by.
    fn name(&self) -> &str;
}

macro_rules! set_as {
    ($target:expr, $value:expr, $variant:ident) => {
        match $value {
            Value::$variant(v) => {
                $target = v;
                true
            }
            _ => false,
        }
    };
}

impl Item for Stage {
    const PROPERTIES: &'static [Property] = &[
        Property::Name,
        Property::Description,
        Property::Color,
        Property::Width,
        Property::Reached,
        Property::Converted,
    ];
    fn item_ref(&self) -> ItemRef {
        ItemRef::Stage(self.id)
    }
    fn number(&self) -> u32 {
        self.id.0
    }
    fn get(&self, property: Property) -> Value {
        match property {
            Property::Name => Value::Text(self.name.clone()),
            Property::Description => Value::Text(self.description.clone()),
            Property::Color => Value::Color(self.color),
            Property::Width => Value::Width(self.width),
            Property::Reached => Value::Count(self.reached),
            Property::Converted => Value::Count(self.converted),
            _ => Value::Absent,
        }
    }
    fn set(&mut self, property: Property, value: Value) -> bool {
        match property {
            Property::Name => set_as!(self.name, value, Text),
            Property::Description => set_as!(self.description, value, Text),
            Property::Color => set_as!(self.color, value, Color),
            Property::Width => set_as!(self.width, value, Width),
            Property::Reached => set_as!(self.reached, value, Count),
            Property::Converted => set_as!(self.converted, value, Count),
            _ => false,
        }
    }
    fn whole(&self) -> Value {
        Value::Stage(self.clone())
    }
    fn from_whole(value: &Value) -> Option<Self> {
        match value {
            Value::Stage(s) => Some(s.clone()),
            _ => None,
        }
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Item for Lane {
    const PROPERTIES: &'static [Property] = &[
        Property::Name,
        Property::Kind,
        Property::Channel,
        Property::Color,
        Property::Persona,
    ];
    fn item_ref(&self) -> ItemRef {
        ItemRef::Lane(self.id)
    }
    fn number(&self) -> u32 {
        self.id.0
    }
    fn get(&self, property: Property) -> Value {
        match property {
            Property::Name => Value::Text(self.name.clone()),
            Property::Kind => Value::Kind(self.kind),
            Property::Channel => Value::Channel(self.channel),
            Property::Color => Value::Color(self.color),
            Property::Persona => Value::LanePersona(self.persona),
            _ => Value::Absent,
        }
    }
    fn set(&mut self, property: Property, value: Value) -> bool {
        match property {
            Property::Name => set_as!(self.name, value, Text),
            Property::Kind => set_as!(self.kind, value, Kind),
            Property::Channel => set_as!(self.channel, value, Channel),
            Property::Color => set_as!(self.color, value, Color),
            Property::Persona => set_as!(self.persona, value, LanePersona),
            _ => false,
        }
    }
    fn whole(&self) -> Value {
        Value::Lane(self.clone())
    }
    fn from_whole(value: &Value) -> Option<Self> {
        match value {
            Value::Lane(l) => Some(l.clone()),
            _ => None,
        }
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Item for Persona {
    const PROPERTIES: &'static [Property] =
        &[Property::Name, Property::Color, Property::Description];
    fn item_ref(&self) -> ItemRef {
        ItemRef::Persona(self.id)
    }
    fn number(&self) -> u32 {
        self.id.0
    }
    fn get(&self, property: Property) -> Value {
        match property {
            Property::Name => Value::Text(self.name.clone()),
            Property::Color => Value::Color(Some(self.color)),
            Property::Description => Value::Text(self.description.clone()),
            _ => Value::Absent,
        }
    }
    fn set(&mut self, property: Property, value: Value) -> bool {
        match (property, value) {
            (Property::Name, Value::Text(v)) => self.name = v,
            (Property::Color, Value::Color(Some(v))) => self.color = v,
            (Property::Description, Value::Text(v)) => self.description = v,
            _ => return false,
        }
        true
    }
    fn whole(&self) -> Value {
        Value::Persona(self.clone())
    }
    fn from_whole(value: &Value) -> Option<Self> {
        match value {
            Value::Persona(p) => Some(p.clone()),
            _ => None,
        }
    }
    fn name(&self) -> &str {
        &self.name
    }
}

impl Item for Touchpoint {
    const PROPERTIES: &'static [Property] = &[
        Property::Place,
        Property::Title,
        Property::CustomerAction,
        Property::BusinessResponse,
        Property::Personas,
        Property::Owner,
        Property::Campaigns,
        Property::Emotion,
        Property::Reached,
        Property::Converted,
        Property::Tags,
        Property::Color,
        Property::Notes,
        Property::State,
        Property::Future,
        Property::PersonaEmotions,
        Property::Channel,
        Property::Picture,
    ];
    fn item_ref(&self) -> ItemRef {
        ItemRef::Touchpoint(self.id)
    }
    fn number(&self) -> u32 {
        self.id.0
    }
    fn get(&self, property: Property) -> Value {
        match property {
            Property::Place => Value::Place(self.stage, self.lane),
            Property::Title => Value::Text(self.title.clone()),
            Property::CustomerAction => Value::Text(self.customer_action.clone()),
            Property::BusinessResponse => Value::Text(self.business_response.clone()),
            Property::Personas => Value::Personas(self.personas.clone()),
            Property::Owner => Value::Text(self.owner.clone()),
            Property::Campaigns => Value::Texts(self.campaigns.clone()),
            Property::Emotion => Value::Score(self.emotion),
            Property::Reached => Value::Count(self.reached),
            Property::Converted => Value::Count(self.converted),
            Property::Tags => Value::Texts(self.tags.clone()),
            Property::Color => Value::Color(self.color),
            Property::Notes => Value::Text(self.notes.clone()),
            Property::State => Value::State(self.state),
            Property::Future => Value::Future(self.future.clone()),
            Property::PersonaEmotions => Value::PersonaEmotions(self.persona_emotions.clone()),
            Property::Channel => Value::Channel(self.channel),
            Property::Picture => Value::Picture(self.picture.clone()),
            _ => Value::Absent,
        }
    }
    fn set(&mut self, property: Property, value: Value) -> bool {
        match property {
            Property::Place => match value {
                Value::Place(stage, lane) => {
                    self.stage = stage;
                    self.lane = lane;
                    true
                }
                _ => false,
            },
            Property::Title => set_as!(self.title, value, Text),
            Property::CustomerAction => set_as!(self.customer_action, value, Text),
            Property::BusinessResponse => set_as!(self.business_response, value, Text),
            Property::Personas => set_as!(self.personas, value, Personas),
            Property::Owner => set_as!(self.owner, value, Text),
            Property::Campaigns => set_as!(self.campaigns, value, Texts),
            Property::Emotion => set_as!(self.emotion, value, Score),
            Property::Reached => set_as!(self.reached, value, Count),
            Property::Converted => set_as!(self.converted, value, Count),
            Property::Tags => set_as!(self.tags, value, Texts),
            Property::Color => set_as!(self.color, value, Color),
            Property::Notes => set_as!(self.notes, value, Text),
            Property::State => set_as!(self.state, value, State),
            Property::Future => set_as!(self.future, value, Future),
            Property::PersonaEmotions => set_as!(self.persona_emotions, value, PersonaEmotions),
            Property::Channel => set_as!(self.channel, value, Channel),
            Property::Picture => set_as!(self.picture, value, Picture),
            _ => false,
        }
    }
    fn whole(&self) -> Value {
        Value::Touchpoint(Box::new(self.clone()))
    }
    fn from_whole(value: &Value) -> Option<Self> {
        match value {
            Value::Touchpoint(t) => Some((**t).clone()),
            _ => None,
        }
    }
    fn same(&self, other: &Self) -> bool {
        // Every field but `order`, spelled out so a new field is not forgotten.
        let Touchpoint {
            id,
            stage,
            lane,
            order: _,
            title,
            customer_action,
            business_response,
            personas,
            owner,
            campaigns,
            emotion,
            reached,
            converted,
            tags,
            color,
            notes,
            state,
            future,
            persona_emotions,
            channel,
            picture,
        } = self;
        *id == other.id
            && *stage == other.stage
            && *lane == other.lane
            && *title == other.title
            && *customer_action == other.customer_action
            && *business_response == other.business_response
            && *personas == other.personas
            && *owner == other.owner
            && *campaigns == other.campaigns
            && *emotion == other.emotion
            && *reached == other.reached
            && *converted == other.converted
            && *tags == other.tags
            && *color == other.color
            && *notes == other.notes
            && *state == other.state
            && *future == other.future
            && *persona_emotions == other.persona_emotions
            && *channel == other.channel
            && *picture == other.picture
    }
    fn name(&self) -> &str {
        &self.title
    }
}

impl Item for Connector {
    const PROPERTIES: &'static [Property] = &[Property::From, Property::To, Property::Label];
    fn item_ref(&self) -> ItemRef {
        ItemRef::Connector(self.id)
    }
    fn number(&self) -> u32 {
        self.id.0
    }
    fn get(&self, property: Property) -> Value {
        match property {
            Property::From => Value::Card(self.from),
            Property::To => Value::Card(self.to),
            Property::Label => Value::Text(self.label.clone()),
            _ => Value::Absent,
        }
    }
    fn set(&mut self, property: Property, value: Value) -> bool {
        match property {
            Property::From => set_as!(self.from, value, Card),
            Property::To => set_as!(self.to, value, Card),
            Property::Label => set_as!(self.label, value, Text),
            _ => false,
        }
    }
    fn whole(&self) -> Value {
        Value::Connector(self.clone())
    }
    fn from_whole(value: &Value) -> Option<Self> {
        match value {
            Value::Connector(c) => Some(c.clone()),
            _ => None,
        }
    }
    fn name(&self) -> &str {
        &self.label
    }
}

/// The map's own properties (title, description, language).
pub const MAP_PROPERTIES: [Property; 3] =
    [Property::Title, Property::Description, Property::Language];

impl Map {
    /// The value of one of the map's own properties ([`MAP_PROPERTIES`]).
    pub fn get(&self, property: Property) -> Value {
        match property {
            Property::Title => Value::Text(self.title.clone()),
            Property::Description => Value::Text(self.description.clone()),
            Property::Language => Value::Text(self.language.clone()),
            _ => Value::Absent,
        }
    }

    /// Sets one of the map's own properties; `false` when the value does not fit it.
    pub fn set(&mut self, property: Property, value: Value) -> bool {
        match property {
            Property::Title => set_as!(self.title, value, Text),
            Property::Description => set_as!(self.description, value, Text),
            Property::Language => set_as!(self.language, value, Text),
            _ => false,
        }
    }
}

/// One unresolved conflict of a merge: both sides changed the same property of the same item
/// differently (or one deleted what the other changed). The map holds `ours`; the file keeps
/// all three values until a person picks one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The item both sides changed.
    pub item: ItemRef,
    /// Which of its properties.
    pub property: Property,
    /// Our value (the one in the map).
    pub ours: Value,
    /// Their value.
    pub theirs: Value,
    /// The value both started from.
    pub base: Value,
}
