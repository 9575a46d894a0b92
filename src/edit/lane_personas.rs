//! Persona lanes in edits: a card put into a lane that belongs to a persona gets that persona,
//! in the same undo step as the creation or the move; and an emotion point in such a lane
//! shows (and is dragged to) that persona's score.
//!
//! The window builds its moves and new cards as it always has and passes them through
//! [`give_lane_personas`], which only adds to what they do: a card never loses a persona here,
//! so a card tagged for other personas keeps them. Setting a lane's persona
//! ([`super::LaneField::Persona`]) leaves the cards already in it alone. No egui here.

use std::collections::{HashMap, HashSet};

use super::{Command, LaneField, TouchpointField, in_view};
use crate::model::{LaneId, Map, PersonaEmotion, PersonaId, Touchpoint, TouchpointId};

/// A card that a command gives the persona of the lane it lands in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// The card.
    pub card: TouchpointId,
    /// The persona it gets.
    pub persona: PersonaId,
    /// Whether the command creates the card (else it moves it there).
    pub created: bool,
}

/// `command` with the personas of the persona lanes its cards land in: a card it creates in a
/// persona lane is created with that persona; a card it moves into a persona lane from another
/// lane gets the persona by a [`TouchpointField::Personas`] change appended to the same
/// command, so one undo takes back the move and the tag together. A card that already has the
/// persona, or that only moves within its lane (another stage, another place in the cell), is
/// left as it is. Returns the command and the cards it now tags.
///
/// Looks at the lanes as `map` has them, and at lanes the command itself adds or gives a
/// persona before placing cards.
pub fn give_lane_personas(map: &Map, command: Command) -> (Command, Vec<Tagged>) {
    let mut walk = Walk {
        map,
        lanes: HashMap::new(),
        moved: Vec::new(),
        set: HashMap::new(),
        inserted: HashMap::new(),
        tagged: Vec::new(),
    };
    let command = walk.visit(command);
    let retags = walk.retags();
    if retags.is_empty() {
        return (command, walk.tagged);
    }
    let mut list = match command {
        Command::Batch(list) => list,
        other => vec![other],
    };
    list.extend(retags);
    (Command::Batch(list), walk.tagged)
}

/// Whether `c` is the kind of command [`give_lane_personas`] appends after a move: it keeps a
/// move named "Move touchpoint" in the undo menu.
pub(super) fn is_retag(c: &Command) -> bool {
    matches!(
        c,
        Command::SetTouchpoint {
            field: TouchpointField::Personas(_),
            ..
        }
    )
}

/// What a command does to cards, as far as lane personas go, gathered in its order.
struct Walk<'a> {
    map: &'a Map,
    /// Lanes the command adds or gives another persona: their persona then.
    lanes: HashMap<LaneId, Option<PersonaId>>,
    /// Each moved card and the lane its last move takes it to, in order of first move.
    moved: Vec<(TouchpointId, LaneId)>,
    /// Personas the command itself gives cards (the last value wins).
    set: HashMap<TouchpointId, Vec<PersonaId>>,
    /// Cards the command creates: their lane and personas as created.
    inserted: HashMap<TouchpointId, (LaneId, Vec<PersonaId>)>,
    tagged: Vec<Tagged>,
}

impl Walk<'_> {
    fn persona_of(&self, lane: LaneId) -> Option<PersonaId> {
        match self.lanes.get(&lane) {
            Some(p) => *p,
            None => self.map.lane(lane).and_then(|l| l.for_persona()),
        }
    }

    fn visit(&mut self, command: Command) -> Command {
        match command {
            Command::Batch(list) => {
                Command::Batch(list.into_iter().map(|c| self.visit(c)).collect())
            }
            Command::InsertTouchpoint(mut card) => {
                if let Some(p) = self.persona_of(card.lane)
                    && !card.personas.contains(&p)
                {
                    card.personas.push(p);
                    self.tagged.push(Tagged {
                        card: card.id,
                        persona: p,
                        created: true,
                    });
                }
                self.inserted
                    .insert(card.id, (card.lane, card.personas.clone()));
                Command::InsertTouchpoint(card)
            }
            other => {
                self.observe(&other);
                other
            }
        }
    }

    /// Notes what a command the visit passes on unchanged says of lanes' personas, moves and
    /// cards' tags.
    fn observe(&mut self, command: &Command) {
        match command {
            Command::InsertLane { lane, .. } => {
                self.lanes.insert(lane.id, lane.for_persona());
            }
            Command::SetLane {
                id,
                field: LaneField::Persona(p),
            } => {
                let kind_allows = self
                    .map
                    .lane(*id)
                    .is_none_or(|l| l.kind.can_be_for_persona());
                self.lanes.insert(*id, p.filter(|_| kind_allows));
            }
            Command::MoveTouchpoint { id, lane, .. } => {
                match self.moved.iter_mut().find(|(card, _)| card == id) {
                    Some(entry) => entry.1 = *lane,
                    None => self.moved.push((*id, *lane)),
                }
            }
            Command::SetTouchpoint {
                id,
                field: TouchpointField::Personas(list),
            } => {
                self.set.insert(*id, list.clone());
            }
            _ => {}
        }
    }

    /// The persona changes for the cards that end up in another lane than they started in.
    fn retags(&mut self) -> Vec<Command> {
        let mut out = Vec::new();
        let mut done = HashSet::new();
        for &(id, lane) in &self.moved {
            let (from, personas) = match (self.inserted.get(&id), self.map.touchpoint(id)) {
                (Some((lane, personas)), _) => (*lane, personas.clone()),
                (None, Some(t)) => (t.lane, t.personas.clone()),
                (None, None) => continue,
            };
            let personas = self.set.get(&id).cloned().unwrap_or(personas);
            let Some(p) = self.persona_of(lane) else {
                continue;
            };
            if from == lane || personas.contains(&p) || !done.insert(id) {
                continue;
            }
            let mut list = personas;
            list.push(p);
            out.push(Command::SetTouchpoint {
                id,
                field: TouchpointField::Personas(list),
            });
            self.tagged.push(Tagged {
                card: id,
                persona: p,
                created: self.inserted.contains_key(&id),
            });
        }
        out
    }
}

/// The score a card's emotion point shows in an emotion lane that belongs to `persona` (see
/// [`Touchpoint::score_for_lane`]), in the view that shows the future (`future_view`) or today.
pub fn shown_lane_emotion(
    t: &Touchpoint,
    persona: Option<PersonaId>,
    future_view: bool,
) -> Option<i8> {
    match persona.and_then(|p| t.own_score(p)) {
        Some(score) => Some(score),
        None => in_view::shown_emotion(t, future_view),
    }
}

/// The command that makes a card's emotion point in a lane for `persona` show `score`: the
/// persona's own score where the card has one (per-persona scores have no target-journey
/// value), else what [`in_view::set_shown_emotion`] changes.
pub fn set_lane_emotion(
    t: &Touchpoint,
    persona: Option<PersonaId>,
    score: Option<i8>,
    future_view: bool,
) -> Command {
    if let Some(p) = persona
        && t.own_score(p).is_some()
    {
        let list: Vec<PersonaEmotion> = t
            .persona_emotions
            .iter()
            .filter_map(|pe| {
                if pe.persona != p {
                    return Some(*pe);
                }
                score.map(|score| PersonaEmotion { persona: p, score })
            })
            .collect();
        return Command::SetTouchpoint {
            id: t.id,
            field: TouchpointField::PersonaEmotions(list),
        };
    }
    in_view::set_shown_emotion(t, score, future_view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::History;
    use crate::model::{Cell, Color, Lane, LaneKind, Persona, Stage, StageId};

    /// Two stages; lane 1 for everyone, lane 2 for Maya (1), lane 3 for Daniel (2); card 1 for
    /// everyone in lane 1, card 2 for Daniel in lane 1.
    fn map() -> Map {
        let persona = |id, name: &str| Persona {
            id: PersonaId(id),
            name: name.into(),
            color: Color::rgb(200, 30, 60),
            description: String::new(),
        };
        let mut maya = Lane::new(LaneId(2), "Maya's touchpoints", LaneKind::Channel);
        maya.persona = Some(PersonaId(1));
        let mut daniel = Lane::new(LaneId(3), "Daniel's touchpoints", LaneKind::Channel);
        daniel.persona = Some(PersonaId(2));
        let mut card2 = Touchpoint::new(TouchpointId(2), StageId(1), LaneId(1), 1, "Review");
        card2.personas = vec![PersonaId(2)];
        Map {
            personas: vec![persona(1, "Maya"), persona(2, "Daniel")],
            stages: vec![
                Stage::new(StageId(1), "Awareness"),
                Stage::new(StageId(2), "Purchase"),
            ],
            lanes: vec![Lane::new(LaneId(1), "Web", LaneKind::Channel), maya, daniel],
            touchpoints: vec![
                Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Ad"),
                card2,
            ],
            ..Map::default()
        }
    }

    fn move_to(id: u32, stage: u32, lane: u32) -> Command {
        Command::MoveTouchpoint {
            id: TouchpointId(id),
            stage: StageId(stage),
            lane: LaneId(lane),
            order: 0,
        }
    }

    fn personas(m: &Map, id: u32) -> Vec<PersonaId> {
        m.touchpoint(TouchpointId(id)).unwrap().personas.clone()
    }

    #[test]
    fn a_card_moved_into_a_persona_lane_gets_the_persona_in_the_same_undo_step() {
        let mut m = map();
        let before = m.clone();
        let (command, tagged) = give_lane_personas(&m, move_to(2, 2, 2));
        assert_eq!(
            tagged,
            [Tagged {
                card: TouchpointId(2),
                persona: PersonaId(1),
                created: false,
            }]
        );
        assert_eq!(command.label(), "Move touchpoint");
        let mut history = History::default();
        history.apply(&mut m, command).unwrap();
        // Tagged for Daniel too: that stays.
        assert_eq!(personas(&m, 2), [PersonaId(2), PersonaId(1)]);
        assert_eq!(m.touchpoint(TouchpointId(2)).unwrap().lane, LaneId(2));
        assert!(m.problems().is_empty());
        assert_eq!(history.undo_len(), 1);
        history.undo(&mut m).unwrap();
        assert_eq!(m, before, "one undo takes back the move and the tag");
        history.redo(&mut m).unwrap();
        assert_eq!(personas(&m, 2), [PersonaId(2), PersonaId(1)]);
    }

    #[test]
    fn a_card_for_everyone_becomes_the_lane_persona_s_and_a_move_within_the_lane_tags_nothing() {
        let mut m = map();
        let (command, _) = give_lane_personas(&m, move_to(1, 1, 3));
        command.apply(&mut m).unwrap();
        assert_eq!(personas(&m, 1), [PersonaId(2)]);
        // Taken off the tag by hand, then moved to another stage of the same lane: left alone.
        Command::SetTouchpoint {
            id: TouchpointId(1),
            field: TouchpointField::Personas(Vec::new()),
        }
        .apply(&mut m)
        .unwrap();
        let (command, tagged) = give_lane_personas(&m, move_to(1, 2, 3));
        assert!(tagged.is_empty());
        assert_eq!(command, move_to(1, 2, 3));
        // Into a lane for everyone: nothing either.
        let (command, tagged) = give_lane_personas(&m, move_to(1, 1, 1));
        assert!(tagged.is_empty());
        assert_eq!(command, move_to(1, 1, 1));
    }

    #[test]
    fn cards_created_in_a_persona_lane_are_created_with_the_persona() {
        let m = map();
        let card = Touchpoint::new(TouchpointId(3), StageId(2), LaneId(2), 0, "Checkout");
        let (command, tagged) =
            give_lane_personas(&m, Command::InsertTouchpoint(Box::new(card.clone())));
        assert_eq!(tagged.len(), 1);
        let Command::InsertTouchpoint(made) = &command else {
            panic!("{command:?}");
        };
        assert_eq!(made.personas, [PersonaId(1)]);
        assert_eq!(command.label(), "Add touchpoint");
        // One that has the persona already is left as it is.
        let mut has = card;
        has.personas = vec![PersonaId(1)];
        let (same, tagged) =
            give_lane_personas(&m, Command::InsertTouchpoint(Box::new(has.clone())));
        assert!(tagged.is_empty());
        assert_eq!(same, Command::InsertTouchpoint(Box::new(has)));
    }

    #[test]
    fn several_moves_of_one_card_tag_it_once_by_where_it_ends() {
        let mut m = map();
        let batch = Command::Batch(vec![move_to(1, 1, 2), move_to(1, 2, 3)]);
        let (command, tagged) = give_lane_personas(&m, batch);
        assert_eq!(tagged.len(), 1);
        assert_eq!(tagged[0].persona, PersonaId(2));
        command.apply(&mut m).unwrap();
        assert_eq!(personas(&m, 1), [PersonaId(2)]);
        assert!(m.problems().is_empty());
    }

    #[test]
    fn a_metrics_lane_gives_no_persona() {
        let mut m = map();
        m.lanes[1].kind = LaneKind::Metrics;
        let (command, tagged) = give_lane_personas(&m, move_to(1, 1, 2));
        assert!(tagged.is_empty());
        assert_eq!(command, move_to(1, 1, 2));
        assert_eq!(m.lanes[1].for_persona(), None);
        assert_eq!(
            m.cards_in(Cell {
                stage: StageId(1),
                lane: LaneId(1)
            })
            .len(),
            2
        );
    }

    #[test]
    fn an_emotion_point_in_a_persona_lane_shows_and_edits_the_persona_s_own_score() {
        let mut t = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Pays");
        t.emotion = Some(1);
        t.persona_emotions = vec![PersonaEmotion {
            persona: PersonaId(2),
            score: -2,
        }];
        assert_eq!(shown_lane_emotion(&t, Some(PersonaId(2)), false), Some(-2));
        assert_eq!(shown_lane_emotion(&t, Some(PersonaId(1)), false), Some(1));
        assert_eq!(shown_lane_emotion(&t, None, false), Some(1));
        let own = set_lane_emotion(&t, Some(PersonaId(2)), Some(0), false);
        assert_eq!(
            own,
            Command::SetTouchpoint {
                id: t.id,
                field: TouchpointField::PersonaEmotions(vec![PersonaEmotion {
                    persona: PersonaId(2),
                    score: 0
                }])
            }
        );
        let card = set_lane_emotion(&t, Some(PersonaId(1)), Some(2), false);
        assert_eq!(
            card,
            Command::SetTouchpoint {
                id: t.id,
                field: TouchpointField::Emotion(Some(2))
            }
        );
    }
}
