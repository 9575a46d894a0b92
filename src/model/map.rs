//! The journey map as plain data: what a marketer draws, nothing about how it is shown.

use serde::{Deserialize, Serialize};

use super::{Color, ConnectorId, LaneId, PersonaId, StageId, TouchpointId};

/// A whole customer journey map: stages (columns) × lanes (rows), cards in the cells, the
/// personas the journey is about, and arrows where the journey is not linear.
///
/// Invariants (checked by [`Map::problems`], kept by every [`crate::edit::Command`]):
/// ids are unique per kind, every reference resolves, `touchpoints` is sorted by id, and the
/// `order` values of the cards in one cell are exactly `0..n`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Map {
    /// Title shown above the map and in the window title.
    pub title: String,
    /// What the journey is about, for whom, and when it was last reviewed.
    pub description: String,
    /// Language of the map's text as a BCP 47 tag ("en", "de", "pl", "sv", "nb", "da"): numbers
    /// are formatted for it. Empty means English.
    pub language: String,
    /// The people the journey is drawn for.
    pub personas: Vec<Persona>,
    /// Columns, left to right.
    pub stages: Vec<Stage>,
    /// Rows, top to bottom.
    pub lanes: Vec<Lane>,
    /// Cards, sorted by id (their place on the map is `stage`, `lane` and `order`).
    pub touchpoints: Vec<Touchpoint>,
    /// Arrows between cards.
    pub connectors: Vec<Connector>,
    /// Conflicts a merge left for a person to resolve; the map holds our side of each.
    #[serde(default)]
    pub conflicts: Vec<super::Conflict>,
    /// Named views of the map (View > Saved views), in menu order.
    #[serde(default)]
    pub views: Vec<super::SavedView>,
    /// The pictures cards show, each stored once under its key. The file writes them in a
    /// section of their own at its end (`file::format`), not through this derive.
    #[serde(skip)]
    pub pictures: super::Pictures,
}

/// A journey stage: one column (Awareness, Consideration, Purchase…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// Stable id, written in the file.
    pub id: StageId,
    /// Shown in the column header.
    pub name: String,
    /// What the customer is trying to do in this stage.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Colour of the header band; `None` uses the theme's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Column width in map units; `None` uses the default width.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f32>,
    /// Customers who entered this stage; `None` sums the stage's touchpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<u64>,
    /// Customers who went on to the next stage; `None` sums the stage's touchpoints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<u64>,
}

impl Stage {
    /// A stage with a name and default everything else.
    pub fn new(id: StageId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            description: String::new(),
            color: None,
            width: None,
            reached: None,
            converted: None,
        }
    }
}

/// A lane: one row of the map. Its kind says what its cells hold and how they are drawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// Stable id, written in the file.
    pub id: LaneId,
    /// Shown in the row header.
    pub name: String,
    /// What the lane holds.
    pub kind: LaneKind,
    /// For channel lanes: which channel, so it gets the channel's icon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Tint of the row; `None` uses the kind's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// The persona the lane belongs to (a persona lane): its header shows the persona's badge,
    /// cards put into it get the persona, and an emotion lane draws the persona's curve.
    /// `None`: the lane is for everyone. Ignored on kinds that cannot belong to a persona
    /// ([`LaneKind::can_be_for_persona`]) but kept, so a lane turned into a metrics lane and
    /// back is the persona's lane again. Use [`Lane::for_persona`] to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persona: Option<PersonaId>,
}

impl Lane {
    /// A lane with a name and kind and default everything else.
    pub fn new(id: LaneId, name: &str, kind: LaneKind) -> Self {
        Self {
            id,
            name: name.to_owned(),
            kind,
            channel: None,
            color: None,
            persona: None,
        }
    }

    /// The persona this lane is drawn for, if it is a persona lane: its `persona` where its
    /// kind can belong to one.
    pub fn for_persona(&self) -> Option<PersonaId> {
        self.persona.filter(|_| self.kind.can_be_for_persona())
    }
}

/// What a lane holds. Every kind can hold cards; the kind decides their style and what the
/// lane draws besides them (the emotion lane draws a curve of its cards' scores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// Touchpoints of one channel (website, e-mail, store…).
    Channel,
    /// Free text per stage (goals, thoughts, quotes).
    Text,
    /// The customer's emotion per stage, drawn as a curve.
    Emotion,
    /// What goes wrong for the customer.
    PainPoints,
    /// What the business could do better.
    Opportunities,
    /// Which department owns each stage.
    Owners,
    /// Figures per stage (reached, converted).
    Metrics,
    /// Backstage actions and systems (service blueprint).
    Backstage,
    /// Pictures of what the customer sees (the ad, the checkout page, the parcel): a
    /// storyboard whose cards are mostly their picture.
    Storyboard,
}

impl LaneKind {
    /// Every kind, in the order menus offer them.
    pub const ALL: [LaneKind; 9] = [
        LaneKind::Channel,
        LaneKind::Text,
        LaneKind::Emotion,
        LaneKind::PainPoints,
        LaneKind::Opportunities,
        LaneKind::Owners,
        LaneKind::Metrics,
        LaneKind::Backstage,
        LaneKind::Storyboard,
    ];

    /// Whether a lane of this kind can belong to a persona. Every kind holds cards, and cards
    /// can be for a persona, so every kind can, except metrics: a metrics lane shows the
    /// stage's funnel (the stage's own figures, or the sums of all its cards), which speaks for
    /// everyone and would be misread under one persona's badge.
    pub fn can_be_for_persona(self) -> bool {
        self != LaneKind::Metrics
    }
}

/// A marketing or service channel a touchpoint happens in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// Desktop website.
    Website,
    /// Mobile site.
    Mobile,
    /// Native app.
    App,
    /// E-mail and newsletters.
    Email,
    /// Social media.
    Social,
    /// Paid ads.
    Ads,
    /// Physical store.
    Store,
    /// Live chat or messenger.
    LiveChat,
    /// Phone / call centre.
    Phone,
    /// Word of mouth, reviews, referrals.
    WordOfMouth,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel, in the order menus offer them.
    pub const ALL: [Channel; 11] = [
        Channel::Website,
        Channel::Mobile,
        Channel::App,
        Channel::Email,
        Channel::Social,
        Channel::Ads,
        Channel::Store,
        Channel::LiveChat,
        Channel::Phone,
        Channel::WordOfMouth,
        Channel::Other,
    ];
}

/// A card: one moment where the customer meets the business, in one cell (stage × lane).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    /// Stable id, written in the file.
    pub id: TouchpointId,
    /// Column the card sits in.
    pub stage: StageId,
    /// Row the card sits in.
    pub lane: LaneId,
    /// Position within its cell, top to bottom, `0..n`.
    pub order: u32,
    /// Short name shown on the card.
    pub title: String,
    /// What the customer does here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer_action: String,
    /// How the business responds.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub business_response: String,
    /// The personas this card concerns (empty: all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<PersonaId>,
    /// Department that owns this touchpoint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Campaigns active here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub campaigns: Vec<String>,
    /// How the customer feels, -2 (very bad) ..= +2 (delighted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<i8>,
    /// Customers who reached this touchpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<u64>,
    /// Customers who went on to the next step from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub converted: Option<u64>,
    /// Free keywords.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Card colour; `None` uses the lane kind's style.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<Color>,
    /// Longer notes and comments.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Whether the card belongs to today's journey, the target journey, or both.
    #[serde(default, skip_serializing_if = "CardState::is_both")]
    pub state: CardState,
    /// What changes in the target journey, field by field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future: Option<FutureValues>,
    /// Emotion scores of single personas where they differ from `emotion`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub persona_emotions: Vec<PersonaEmotion>,
    /// The card's channel when it differs from its lane's (for its icon).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// The picture shown above the title (a key into [`Map::pictures`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<super::CardPicture>,
}

/// Which state of the journey a card belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardState {
    /// Today and in the target journey.
    #[default]
    Both,
    /// Only today: the target journey drops it.
    Current,
    /// Only in the target journey: it is new.
    Future,
}

impl CardState {
    /// Every state, in the order menus offer them.
    pub const ALL: [CardState; 3] = [CardState::Both, CardState::Current, CardState::Future];

    fn is_both(&self) -> bool {
        *self == CardState::Both
    }
}

/// The values a card takes in the target journey; `None` keeps today's value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FutureValues {
    /// Future title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Future customer action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_action: Option<String>,
    /// Future business response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_response: Option<String>,
    /// Future owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Future emotion score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<i8>,
    /// Future campaigns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaigns: Option<Vec<String>>,
}

impl FutureValues {
    /// Whether no field changes.
    pub fn is_empty(&self) -> bool {
        *self == FutureValues::default()
    }
}

/// A field that can take another value in the target journey (one per [`FutureValues`] field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FutureField {
    /// The title.
    Title,
    /// What the customer does.
    CustomerAction,
    /// How the business responds.
    BusinessResponse,
    /// The owning department.
    Owner,
    /// The emotion score.
    Emotion,
    /// The campaigns.
    Campaigns,
}

impl FutureField {
    /// Every field, in the order the inspector lists them.
    pub const ALL: [FutureField; 6] = [
        FutureField::Title,
        FutureField::CustomerAction,
        FutureField::BusinessResponse,
        FutureField::Owner,
        FutureField::Emotion,
        FutureField::Campaigns,
    ];

    /// The field's stable key ("customer action"): what `layout::words` translates for the
    /// compare cards drawn on the map. Not for the window, which has its own words.
    pub fn key(self) -> &'static str {
        match self {
            FutureField::Title => "title",
            FutureField::CustomerAction => "customer action",
            FutureField::BusinessResponse => "business response",
            FutureField::Owner => "owner",
            FutureField::Emotion => "emotion",
            FutureField::Campaigns => "campaigns",
        }
    }
}

/// One persona's emotion score on a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonaEmotion {
    /// Whose feeling.
    pub persona: PersonaId,
    /// -2 ..= +2.
    pub score: i8,
}

impl Touchpoint {
    /// An empty card with a title at the given place.
    pub fn new(id: TouchpointId, stage: StageId, lane: LaneId, order: u32, title: &str) -> Self {
        Self {
            id,
            stage,
            lane,
            order,
            title: title.to_owned(),
            customer_action: String::new(),
            business_response: String::new(),
            personas: Vec::new(),
            owner: String::new(),
            campaigns: Vec::new(),
            emotion: None,
            reached: None,
            converted: None,
            tags: Vec::new(),
            color: None,
            notes: String::new(),
            state: CardState::Both,
            future: None,
            persona_emotions: Vec::new(),
            channel: None,
            picture: None,
        }
    }

    /// The card as the target journey has it: future values applied. `None` when the card is
    /// not part of the target journey.
    pub fn in_future(&self) -> Option<Touchpoint> {
        if self.state == CardState::Current {
            return None;
        }
        let mut t = self.clone();
        if let Some(f) = &self.future {
            if let Some(v) = &f.title {
                t.title = v.clone();
            }
            if let Some(v) = &f.customer_action {
                t.customer_action = v.clone();
            }
            if let Some(v) = &f.business_response {
                t.business_response = v.clone();
            }
            if let Some(v) = &f.owner {
                t.owner = v.clone();
            }
            if f.emotion.is_some() {
                t.emotion = f.emotion;
            }
            if let Some(v) = &f.campaigns {
                t.campaigns = v.clone();
            }
        }
        Some(t)
    }

    /// Names of the fields whose future value differs from today's, for the compare view.
    pub fn changed_fields(&self) -> Vec<&'static str> {
        self.future_changes()
            .into_iter()
            .map(FutureField::key)
            .collect()
    }

    /// The fields whose future value differs from today's, in [`FutureField::ALL`] order.
    pub fn future_changes(&self) -> Vec<FutureField> {
        let Some(f) = &self.future else {
            return Vec::new();
        };
        let differs = |field: FutureField| match field {
            FutureField::Title => f.title.as_ref().is_some_and(|v| *v != self.title),
            FutureField::CustomerAction => f
                .customer_action
                .as_ref()
                .is_some_and(|v| *v != self.customer_action),
            FutureField::BusinessResponse => f
                .business_response
                .as_ref()
                .is_some_and(|v| *v != self.business_response),
            FutureField::Owner => f.owner.as_ref().is_some_and(|v| *v != self.owner),
            FutureField::Emotion => f.emotion.is_some() && f.emotion != self.emotion,
            FutureField::Campaigns => f.campaigns.as_ref().is_some_and(|v| *v != self.campaigns),
        };
        FutureField::ALL
            .into_iter()
            .filter(|x| differs(*x))
            .collect()
    }

    /// The emotion score of one persona: their own score if the card has one, else the card's
    /// score when the card concerns them (or everyone).
    pub fn emotion_of(&self, persona: PersonaId) -> Option<i8> {
        if let Some(pe) = self.persona_emotions.iter().find(|p| p.persona == persona) {
            return Some(pe.score);
        }
        if self.personas.is_empty() || self.personas.contains(&persona) {
            self.emotion
        } else {
            None
        }
    }

    /// The persona's own score on this card (a per-persona score), if it has one.
    pub fn own_score(&self, persona: PersonaId) -> Option<i8> {
        self.persona_emotions
            .iter()
            .find(|p| p.persona == persona)
            .map(|p| p.score)
    }

    /// The score the card's point shows in an emotion lane that belongs to `persona` (or to
    /// no one): the persona's own score where the card has one, else the card's score.
    pub fn score_for_lane(&self, persona: Option<PersonaId>) -> Option<i8> {
        persona.and_then(|p| self.own_score(p)).or(self.emotion)
    }

    /// Whether the card concerns a persona: it is for everyone, names them, or scores them.
    pub fn concerns(&self, persona: PersonaId) -> bool {
        self.personas.is_empty()
            || self.personas.contains(&persona)
            || self.own_score(persona).is_some()
    }
}

/// A persona: a kind of customer the journey is drawn for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Stable id, written in the file.
    pub id: PersonaId,
    /// Name, e.g. "Gen-Z shopper".
    pub name: String,
    /// Colour of the persona's badge and emotion curve.
    pub color: Color,
    /// Who they are, in a sentence or two.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// An arrow from one card to another, for journeys that loop or jump between stages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Connector {
    /// Stable id, written in the file.
    pub id: ConnectorId,
    /// Card the arrow starts at.
    pub from: TouchpointId,
    /// Card the arrow points to.
    pub to: TouchpointId,
    /// Optional text along the arrow.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// A cell of the grid: one stage × one lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cell {
    /// Column.
    pub stage: StageId,
    /// Row.
    pub lane: LaneId,
}

/// The primary language subtag of a BCP 47 tag, lower-cased: "de" for "de-AT", "nb" for
/// "nb_NO", "" for none. Number formats and the words Trailmap draws are chosen by it.
pub fn primary_language(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

impl Map {
    /// The stage with this id.
    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// Position of a stage from the left.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The lane with this id.
    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|l| l.id == id)
    }

    /// Position of a lane from the top.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// Index of a card in `touchpoints` (sorted by id, so this is a binary search).
    pub fn touchpoint_index(&self, id: TouchpointId) -> Option<usize> {
        self.touchpoints.binary_search_by_key(&id, |t| t.id).ok()
    }

    /// The card with this id.
    pub fn touchpoint(&self, id: TouchpointId) -> Option<&Touchpoint> {
        self.touchpoint_index(id).map(|i| &self.touchpoints[i])
    }

    /// The persona with this id.
    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == id)
    }

    /// Position of a persona in the list.
    pub fn persona_index(&self, id: PersonaId) -> Option<usize> {
        self.personas.iter().position(|p| p.id == id)
    }

    /// The connector with this id.
    pub fn connector(&self, id: ConnectorId) -> Option<&Connector> {
        self.connectors.iter().find(|c| c.id == id)
    }

    /// The cards of one cell, top to bottom.
    pub fn cards_in(&self, cell: Cell) -> Vec<&Touchpoint> {
        let mut cards: Vec<&Touchpoint> = self
            .touchpoints
            .iter()
            .filter(|t| t.stage == cell.stage && t.lane == cell.lane)
            .collect();
        cards.sort_by_key(|t| t.order);
        cards
    }

    /// How many cards a cell holds.
    pub fn cell_len(&self, cell: Cell) -> u32 {
        let n = self
            .touchpoints
            .iter()
            .filter(|t| t.stage == cell.stage && t.lane == cell.lane)
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// The id a new stage gets: one more than the largest in use.
    pub fn next_stage_id(&self) -> StageId {
        StageId(
            self.stages
                .iter()
                .map(|s| s.id.0.saturating_add(1))
                .max()
                .unwrap_or(1),
        )
    }

    /// The id a new lane gets.
    pub fn next_lane_id(&self) -> LaneId {
        LaneId(
            self.lanes
                .iter()
                .map(|s| s.id.0.saturating_add(1))
                .max()
                .unwrap_or(1),
        )
    }

    /// The id a new card gets.
    pub fn next_touchpoint_id(&self) -> TouchpointId {
        TouchpointId(
            self.touchpoints
                .last()
                .map_or(1, |t| t.id.0.saturating_add(1)),
        )
    }

    /// The id a new persona gets.
    pub fn next_persona_id(&self) -> PersonaId {
        PersonaId(
            self.personas
                .iter()
                .map(|s| s.id.0.saturating_add(1))
                .max()
                .unwrap_or(1),
        )
    }

    /// The saved view with this id.
    pub fn view(&self, id: super::ViewId) -> Option<&super::SavedView> {
        self.views.iter().find(|v| v.id == id)
    }

    /// Position of a saved view in the list.
    pub fn view_index(&self, id: super::ViewId) -> Option<usize> {
        self.views.iter().position(|v| v.id == id)
    }

    /// The id a new saved view gets.
    pub fn next_view_id(&self) -> super::ViewId {
        super::ViewId(
            self.views
                .iter()
                .map(|v| v.id.0.saturating_add(1))
                .max()
                .unwrap_or(1),
        )
    }

    /// The id a new connector gets.
    pub fn next_connector_id(&self) -> ConnectorId {
        ConnectorId(
            self.connectors
                .iter()
                .map(|s| s.id.0.saturating_add(1))
                .max()
                .unwrap_or(1),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_changes_list_only_values_that_differ() {
        let mut t = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Ad");
        t.emotion = Some(1);
        t.future = Some(FutureValues {
            title: Some("Ad".into()),
            owner: Some("Sales".into()),
            emotion: Some(2),
            ..FutureValues::default()
        });
        assert_eq!(
            t.future_changes(),
            [FutureField::Owner, FutureField::Emotion]
        );
        assert_eq!(t.changed_fields(), ["owner", "emotion"]);
    }
}
