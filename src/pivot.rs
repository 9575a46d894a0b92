//! Rows pivoted: the map's channel lanes regrouped into one row per persona or one row per
//! channel, as a derived [`Map`] that the one layout and the one scene draw like any other.
//!
//! The pivot is a way of looking, never an edit: [`pivot`] borrows the map and returns a copy
//! regrouped, plus what each derived row stands for ([`RowMeaning`]) and which original card
//! each derived card is. A drag in a pivoted view is turned back into edits of the original
//! map by [`crate::edit::pivot_move`]. Only channel lanes are regrouped; every other lane
//! (emotion, pain points, metrics…) stays below them as drawn, with its own id. Row names
//! that are not data ("All personas", a channel's name) are drawn on the map, so they follow
//! the map's language ([`crate::layout::words`]). No egui here, no words of the window.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::layout::{Layout, LayoutOptions};
use crate::model::{Cell, Channel, Lane, LaneId, LaneKind, Map, PersonaId, TouchpointId};

pub use crate::model::Rows;

/// What one row of a pivoted map stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowMeaning {
    /// A lane of the map, kept as drawn (every lane when rows are not pivoted).
    Lane(LaneId),
    /// A persona's row; `None` is the row of cards that name no persona.
    Persona(Option<PersonaId>),
    /// A channel's row; `None` is the row of cards with no channel.
    Channel(Option<Channel>),
}

/// A map with its rows pivoted, and the way back to the map it came from.
#[derive(Clone, Debug)]
pub struct Pivoted<'a> {
    /// What the layout draws: the map itself when rows are the lanes, else a regrouped copy.
    pub map: Cow<'a, Map>,
    /// The grouping it was made with.
    pub rows: Rows,
    /// What each derived row lane stands for (lanes kept as drawn are not listed).
    meanings: HashMap<LaneId, RowMeaning>,
    /// The original of every second or later copy of a card (the first copy keeps its id).
    copies: HashMap<TouchpointId, TouchpointId>,
    /// The further copies of every card drawn more than once, in id order.
    further: HashMap<TouchpointId, Vec<TouchpointId>>,
    /// Every derived card that shows a card drawn more than once, sorted.
    linked: Vec<TouchpointId>,
    /// The lanes hidden in the view, whose cards the rows do not show.
    hidden: Vec<LaneId>,
}

/// Where a card added in a cell of a derived row goes in the map ([`Pivoted::placement`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// The map's cell the card goes into.
    pub cell: Cell,
    /// The persona the card is for (a persona's row).
    pub persona: Option<PersonaId>,
    /// The card's own channel (a channel's row whose channel no shown lane has).
    pub channel: Option<Channel>,
}

impl Pivoted<'_> {
    /// What a lane of the derived map stands for.
    pub fn meaning(&self, lane: LaneId) -> RowMeaning {
        self.meanings
            .get(&lane)
            .copied()
            .unwrap_or(RowMeaning::Lane(lane))
    }

    /// The original card a derived card shows.
    pub fn original(&self, id: TouchpointId) -> TouchpointId {
        self.copies.get(&id).copied().unwrap_or(id)
    }

    /// Every derived card that shows the original card `id`: its own id first, then its
    /// further copies.
    pub fn copies_of(&self, id: TouchpointId) -> Vec<TouchpointId> {
        let mut out = vec![id];
        if let Some(more) = self.further.get(&id) {
            out.extend(more);
        }
        out
    }

    /// The derived cards that show a card drawn more than once (each copy and the first),
    /// sorted: they carry the link mark.
    pub fn linked(&self) -> &[TouchpointId] {
        &self.linked
    }

    /// The derived row lanes and what they stand for, top to bottom.
    pub fn rows(&self) -> Vec<(LaneId, RowMeaning)> {
        self.map
            .lanes
            .iter()
            .filter_map(|l| self.meanings.get(&l.id).map(|m| (l.id, *m)))
            .collect()
    }

    /// Where a card added in `cell` (a cell of the derived map) goes in the map, so it is
    /// drawn in the row it was added in: in a persona's row, the persona's own lane if it has
    /// one, else the first lane for everyone, and the card is for the persona; in "All
    /// personas", the first lane for everyone (no persona's lane, which would give the card
    /// its persona); in a channel's row, the first lane of that
    /// channel, else a lane without a channel with the card's own channel set; in "No
    /// channel", a lane without a channel. Only shown channel lanes are taken. A lane kept as
    /// drawn is the cell itself; `None` when no lane fits ("No channel" and every lane has
    /// one, "All personas" and every lane is a persona's, or no channel lane is shown).
    pub fn placement(&self, map: &Map, cell: Cell) -> Option<Placement> {
        let stage = cell.stage;
        let lanes = || {
            map.lanes
                .iter()
                .filter(|l| l.kind == LaneKind::Channel && !self.hidden.contains(&l.id))
        };
        let at = |lane: &Lane| Cell {
            stage,
            lane: lane.id,
        };
        // A persona's lane would give the card its persona too.
        let everyone = || lanes().find(|l| l.persona.is_none());
        match self.meaning(cell.lane) {
            RowMeaning::Lane(_) => Some(Placement {
                cell,
                persona: None,
                channel: None,
            }),
            RowMeaning::Persona(p) => {
                let own = p.and_then(|p| lanes().find(|l| l.persona == Some(p)));
                let lane = own.or_else(everyone)?;
                Some(Placement {
                    cell: at(lane),
                    persona: p,
                    channel: None,
                })
            }
            RowMeaning::Channel(Some(c)) => {
                if let Some(lane) = lanes().find(|l| l.channel == Some(c)) {
                    return Some(Placement {
                        cell: at(lane),
                        persona: None,
                        channel: None,
                    });
                }
                let lane = lanes()
                    .find(|l| l.channel.is_none())
                    .or_else(|| lanes().next())?;
                Some(Placement {
                    cell: at(lane),
                    persona: None,
                    channel: Some(c),
                })
            }
            RowMeaning::Channel(None) => {
                let lane = lanes().find(|l| l.channel.is_none())?;
                Some(Placement {
                    cell: at(lane),
                    persona: None,
                    channel: None,
                })
            }
        }
    }

    /// The same pivot owning its map.
    pub fn into_owned(self) -> Pivoted<'static> {
        Pivoted {
            map: Cow::Owned(self.map.into_owned()),
            rows: self.rows,
            meanings: self.meanings,
            copies: self.copies,
            further: self.further,
            linked: self.linked,
            hidden: self.hidden,
        }
    }
}

/// The map with its channel lanes' cards regrouped as `rows` says; `hidden` lanes give no
/// cards to the rows. Rows by persona: one row per persona in the map's order, then "All
/// personas" for the cards that name none; a card naming two personas is in both rows (the
/// same card twice, both carrying the link mark). Rows by channel: a row per channel in use
/// (by a channel lane or a card), in [`Channel::ALL`] order, then "No channel" when a card
/// has none. In each new cell the cards keep the order of their lanes, then their order in
/// the cell. The first copy of a card keeps its id, so selection, connectors and the
/// inspector find it; further copies get ids above the map's and no emotion or figures, so
/// curves and funnels count each card once. The lanes that are not channel lanes follow,
/// as drawn. `Rows::Lanes` borrows the map as it is.
pub fn pivot<'a>(map: &'a Map, rows: Rows, hidden: &[LaneId]) -> Pivoted<'a> {
    let mut out = Pivoted {
        map: Cow::Borrowed(map),
        rows,
        meanings: HashMap::new(),
        copies: HashMap::new(),
        further: HashMap::new(),
        linked: Vec::new(),
        hidden: hidden.to_vec(),
    };
    if rows.is_lanes() {
        return out;
    }
    let words = crate::layout::words::words(&map.language);
    let lane_of: HashMap<LaneId, (usize, &Lane)> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id, (i, l)))
        .collect();
    let pivoted_lane = |id: LaneId| {
        lane_of
            .get(&id)
            .is_some_and(|(_, l)| l.kind == LaneKind::Channel && !hidden.contains(&l.id))
    };
    // The rows, top to bottom.
    let mut row_lanes: Vec<(Lane, RowMeaning)> = Vec::new();
    let mut next_lane = map.next_lane_id().0;
    let mut new_lane = |name: &str, meaning: RowMeaning| {
        let mut lane = Lane::new(LaneId(next_lane), name, LaneKind::Channel);
        next_lane = next_lane.saturating_add(1);
        match meaning {
            RowMeaning::Persona(p) => lane.persona = p,
            RowMeaning::Channel(c) => lane.channel = c,
            RowMeaning::Lane(_) => {}
        }
        (lane, meaning)
    };
    let channel_of = |t: &crate::model::Touchpoint| {
        t.channel
            .or_else(|| lane_of.get(&t.lane).and_then(|(_, l)| l.channel))
    };
    let cards: Vec<&crate::model::Touchpoint> = {
        let mut cards: Vec<_> = map
            .touchpoints
            .iter()
            .filter(|t| pivoted_lane(t.lane))
            .collect();
        cards.sort_by_key(|t| {
            (
                lane_of.get(&t.lane).map_or(usize::MAX, |(i, _)| *i),
                t.order,
            )
        });
        cards
    };
    match rows {
        Rows::Lanes => {}
        Rows::Personas => {
            for p in &map.personas {
                row_lanes.push(new_lane(&p.name, RowMeaning::Persona(Some(p.id))));
            }
            row_lanes.push(new_lane(words.all_personas, RowMeaning::Persona(None)));
        }
        Rows::Channels => {
            let lanes_channels = map
                .lanes
                .iter()
                .filter(|l| pivoted_lane(l.id))
                .map(|l| l.channel);
            let used: Vec<Option<Channel>> = lanes_channels
                .chain(cards.iter().map(|t| channel_of(t)))
                .collect();
            for c in Channel::ALL {
                if used.contains(&Some(c)) {
                    row_lanes.push(new_lane(words.channel(c), RowMeaning::Channel(Some(c))));
                }
            }
            if used.contains(&None) {
                row_lanes.push(new_lane(words.no_channel, RowMeaning::Channel(None)));
            }
        }
    }
    let row_of: HashMap<RowMeaning, LaneId> = row_lanes.iter().map(|(l, m)| (*m, l.id)).collect();

    let mut derived = Map {
        lanes: Vec::with_capacity(row_lanes.len() + map.lanes.len()),
        touchpoints: Vec::with_capacity(map.touchpoints.len()),
        ..map.clone_without_cards()
    };
    // The cards of lanes that stay as drawn, as they are.
    let mut placed: Vec<crate::model::Touchpoint> = map
        .touchpoints
        .iter()
        .filter(|t| !pivoted_lane(t.lane))
        .filter(|t| {
            lane_of
                .get(&t.lane)
                .is_none_or(|(_, l)| l.kind != LaneKind::Channel)
        })
        .cloned()
        .collect();
    let mut copies: Vec<crate::model::Touchpoint> = Vec::new();
    let mut next_card = map.next_touchpoint_id().0;
    let mut cell_len: HashMap<(crate::model::StageId, LaneId), u32> = HashMap::new();
    let mut linked = Vec::new();
    for t in cards {
        let targets: Vec<RowMeaning> = match rows {
            Rows::Lanes => Vec::new(),
            Rows::Personas => {
                let mut named: Vec<RowMeaning> = map
                    .personas
                    .iter()
                    .filter(|p| t.personas.contains(&p.id))
                    .map(|p| RowMeaning::Persona(Some(p.id)))
                    .collect();
                if named.is_empty() {
                    named.push(RowMeaning::Persona(None));
                }
                named
            }
            Rows::Channels => vec![RowMeaning::Channel(channel_of(t))],
        };
        for (i, meaning) in targets.iter().enumerate() {
            let Some(&lane) = row_of.get(meaning) else {
                continue;
            };
            let len = cell_len.entry((t.stage, lane)).or_insert(0);
            let mut card = t.clone();
            card.lane = lane;
            card.order = *len;
            *len += 1;
            // The card keeps its icon, which came from its lane.
            card.channel = channel_of(t);
            if i == 0 {
                if targets.len() > 1 {
                    linked.push(card.id);
                }
                placed.push(card);
            } else {
                card.id = TouchpointId(next_card);
                next_card = next_card.saturating_add(1);
                card.emotion = None;
                card.persona_emotions.clear();
                card.reached = None;
                card.converted = None;
                if let Some(f) = &mut card.future {
                    f.emotion = None;
                }
                out.copies.insert(card.id, t.id);
                out.further.entry(t.id).or_default().push(card.id);
                linked.push(card.id);
                copies.push(card);
            }
        }
    }
    placed.sort_by_key(|t| t.id);
    placed.extend(copies);
    derived.touchpoints = placed;
    for (lane, meaning) in row_lanes {
        out.meanings.insert(lane.id, meaning);
        derived.lanes.push(lane);
    }
    derived.lanes.extend(
        map.lanes
            .iter()
            .filter(|l| l.kind != LaneKind::Channel)
            .cloned(),
    );
    // Arrows whose cards are not shown (a hidden lane's) go with them.
    let shown = |id: TouchpointId| derived.touchpoint_index(id).is_some();
    let connectors = derived
        .connectors
        .iter()
        .filter(|c| shown(c.from) && shown(c.to))
        .cloned()
        .collect();
    derived.connectors = connectors;
    linked.sort();
    out.linked = linked;
    out.map = Cow::Owned(derived);
    out
}

impl Map {
    /// A copy of the map without its lanes, cards and arrows' cards: what a pivot fills anew.
    fn clone_without_cards(&self) -> Map {
        Map {
            title: self.title.clone(),
            description: self.description.clone(),
            language: self.language.clone(),
            personas: self.personas.clone(),
            stages: self.stages.clone(),
            lanes: Vec::new(),
            touchpoints: Vec::new(),
            connectors: self.connectors.clone(),
            conflicts: self.conflicts.clone(),
            views: self.views.clone(),
            pictures: self.pictures.clone(),
        }
    }
}

impl Pivoted<'_> {
    /// `base` with what the layout needs to know of this pivot (the cards carrying the link
    /// mark).
    pub fn options(&self, base: &LayoutOptions) -> LayoutOptions {
        LayoutOptions {
            rows: self.rows,
            linked: self.linked.clone(),
            ..base.clone()
        }
    }
}

/// A map drawn as a view shows it: its rows grouped as `options.rows` says, laid out and
/// turned into the scene every back end draws (the pivoted map goes along for those that
/// also read the map, such as the speaker notes of a slide deck).
pub struct Drawn<'a> {
    /// The map as drawn (regrouped, or the map itself).
    pub pivoted: Pivoted<'a>,
    /// Where everything sits.
    pub layout: Layout,
    /// What is drawn.
    pub scene: crate::scene::Scene,
}

/// Pivots, lays out and draws `map` as `options` say: the one path of every export.
pub fn draw<'a>(map: &'a Map, options: &LayoutOptions) -> Drawn<'a> {
    let pivoted = pivot(map, options.rows, &options.hidden_lanes);
    let layout = Layout::compute_with(&pivoted.map, &pivoted.options(options));
    let scene = crate::scene::build(&pivoted.map, &layout);
    Drawn {
        pivoted,
        layout,
        scene,
    }
}

/// The layout [`draw`] draws, without the scene (what an export dialog measures).
pub fn lay_out(map: &Map, options: &LayoutOptions) -> Layout {
    let pivoted = pivot(map, options.rows, &options.hidden_lanes);
    Layout::compute_with(&pivoted.map, &pivoted.options(options))
}
