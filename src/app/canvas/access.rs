//! The canvas for screen readers: every stage header, lane header, card, emotion point and arrow
//! of the whole map (not only what is painted) is an AccessKit node with a role and a name, the
//! cards grouped per lane. A card is named by its title; its description says its stage, lane,
//! personas, emotion and owner in the window's language.
//!
//! The nodes are built once per state of the map (layout key and language), with their bounds
//! in map coordinates under a transform on each group that maps the map onto the screen. A
//! screen reader keeps the nodes it was sent, so a frame sends only what changed since the
//! frame before: the groups whose transform, list of children or items changed, and the items
//! whose node differs (all of them when the reader is new, none when nothing changed; the
//! canvas node names every group, sent or not). Panning and zooming change only the
//! transforms; selecting re-sends the two items whose mark changed, and their groups.
//! The selected item is the canvas's active descendant, which screen readers treat as focused.
//! A screen reader's "click" on an item selects it; "focus" selects it and gives the canvas the
//! keyboard.

/// Maps of node ids and items, hashed with foldhash: a 10 000-card map fills several per edit
/// (perf showed SipHash among the tree's costs).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;
use std::hash::Hash;
use std::sync::Arc;

use egui::Id;
use egui::accesskit::{self, Action, Node, NodeId, Role};

use super::super::view::Selected;
use super::viewport::Viewport;
use super::{CanvasState, TrailmapApp};
use crate::layout::{Layout, LayoutOptions};
use crate::model::{Map, TouchpointId};
use crate::tr;

/// One item on the canvas for screen readers.
#[derive(Clone, Debug)]
pub(super) struct Item {
    /// Its node id.
    pub id: Id,
    /// What selecting it selects (an emotion point selects its card; `None`: an insight
    /// marker, which only speaks).
    pub what: Option<Selected>,
    /// Where it lies on the map.
    pub rect: crate::geom::Rect,
    /// The insight marker it is (its index in the layout's markers): "click" shows it as the
    /// insights list does.
    pub insight: Option<usize>,
    /// Its node without its bounds (shared with the next tree when its words stay the same).
    pub node: Arc<Node>,
}

/// A group of items: the stage headers, one lane with its cards, the arrows.
#[derive(Clone, Debug)]
pub(super) struct Group {
    /// The group's name.
    pub label: String,
    /// Its role.
    pub role: Role,
    /// Its salt (the group's Ui id).
    pub salt: u64,
    /// Its items, in reading order.
    pub items: Vec<Item>,
    /// Where its items' bounds start from: a lane's top left, so a lane that moves down
    /// (one above it grew) moves its cards for the reader without sending them again.
    pub origin: crate::geom::Point,
    /// The lane it shows, for a lane's group.
    pub lane: Option<crate::model::LaneId>,
}

type Key = ((u64, u64), LayoutOptions, super::super::i18n::Language);

/// The accessibility nodes of one state of the map.
pub(super) struct AccessTree {
    key: Key,
    /// Counts the trees built, so a frame knows which one the screen reader holds.
    version: u64,
    pub groups: Vec<Group>,
    /// Each group's children, in order.
    children: Vec<Vec<NodeId>>,
    /// Each group's extent on the map.
    bounds: Vec<crate::geom::Rect>,
    /// Each group's signature: its children, bounds, name and role (a frame sends a group's
    /// node only when this or its transform differs from what the reader holds).
    signatures: Vec<u64>,
    /// Where each selectable thing's items are (a card has its emotion point too).
    /// (Its first item here, the others in `more_of_what`: most things have one item, and a
    /// list per thing was 10 000 allocations per edit.)
    by_what: HashMap<Selected, (usize, usize)>,
    more_of_what: Vec<(Selected, (usize, usize))>,
    /// What a node selects, for a screen reader's requests.
    by_node: HashMap<NodeId, Selected>,
    /// The tree this one was compared with when it was built, and its items that differ
    /// from that one's (new, changed or moved).
    since: Option<(u64, HashSet<NodeId>)>,
    /// The nodes built for it (and for trees before it), for the next one to reuse.
    memo: Memo,
    /// What the stages are called (every card's description names its stage).
    stage_words: u64,
    /// Which layout it was built from (`CanvasState::layouts`).
    layout: u64,
}

/// What a screen reader holds of the canvas's items: the tree's version, which item was
/// marked selected, and each group node as last sent (by salt: its Ui id and the signature
/// of its children, bounds, words and transform).
#[derive(Clone, Debug, PartialEq)]
struct Held {
    version: u64,
    selected: Option<Selected>,
    groups: Arc<HashMap<u64, (Id, u64)>>,
}

/// What was sent to the screen reader, frame by frame. egui may run a frame's pass twice and
/// keeps only the last pass's update, so every pass of a frame sends what the reader lacked
/// when the frame began.
#[derive(Debug, Default)]
pub(super) struct Sent {
    /// The frame whose passes sent the items last.
    frame: Option<u64>,
    /// What the reader held when that frame began.
    before: Option<Held>,
    /// What that frame's last pass sent.
    last: Option<Held>,
}

impl Sent {
    /// What the reader holds as this frame begins.
    fn held(&mut self, frame: u64) -> Option<Held> {
        if self.frame != Some(frame) {
            let previous = self.frame.is_some_and(|f| f.wrapping_add(1) == frame);
            self.before = if previous { self.last.clone() } else { None };
            self.frame = Some(frame);
        }
        self.before.clone()
    }
}

/// The node id of a map item.
pub(super) fn item_id(what: Selected) -> Id {
    Id::unique(("trailmap canvas item", what))
}

fn emotion_id(card: TouchpointId) -> Id {
    Id::unique(("trailmap canvas emotion point", card))
}

fn node(role: Role, label: &str, actions: &[Action]) -> Node {
    let mut n = Node::new(role);
    n.set_label(label);
    for a in actions {
        n.add_action(*a);
    }
    n
}

/// Nodes built for earlier states of the map, by item and by what they were built from, so a
/// change re-words only the items it touched (wording a node through Fluent is what costs).
pub(super) type Memo = HashMap<Id, (u64, Arc<Node>)>;

/// Builds the groups for a map and its layout (what the canvas shows: hidden lanes are left
/// out, as they are off the canvas), reusing the nodes in `memo` whose inputs are unchanged
/// and putting every node built into it. A lane whose cards the layout all kept (`kept`), and
/// whose words are those of its group in `before`, takes that group's items, moved with the
/// lane.
pub(super) fn build_groups(
    map: &Map,
    layout: &Layout,
    before: Option<&[Group]>,
    kept: &dyn Fn(crate::model::LaneId) -> bool,
    memo: &mut Memo,
) -> Vec<Group> {
    let mut groups = item_groups(map, layout, before, kept, &mut Words { memo });
    add_insights(map, layout, &mut groups);
    groups
}

/// What the stages are called, hashed.
fn stage_words(map: &Map) -> u64 {
    let names = map
        .stages
        .iter()
        .map(|s| (s.id, &s.name))
        .collect::<Vec<_>>();
    std::hash::BuildHasher::hash_one(&foldhash::fast::FixedState::default(), names)
}

struct Words<'a> {
    memo: &'a mut Memo,
}

impl Words<'_> {
    /// The node of `id` built from inputs hashed by `key` (built again only when they differ).
    fn node(&mut self, id: Id, key: impl Hash, build: impl FnOnce() -> Node) -> Arc<Node> {
        let key = std::hash::BuildHasher::hash_one(&foldhash::fast::FixedState::default(), key);
        match self.memo.get(&id) {
            Some((k, n)) if *k == key => Arc::clone(n),
            _ => {
                let node = Arc::new(build());
                self.memo.insert(id, (key, Arc::clone(&node)));
                node
            }
        }
    }
}

fn unnamed(s: &str) -> String {
    if s.trim().is_empty() {
        tr!("a11y-unnamed")
    } else {
        s.to_owned()
    }
}

fn item_groups(
    map: &Map,
    layout: &Layout,
    before: Option<&[Group]>,
    kept: &dyn Fn(crate::model::LaneId) -> bool,
    words: &mut Words<'_>,
) -> Vec<Group> {
    let select = [Action::Click, Action::Focus];
    let mut groups = Vec::new();
    let stage_name = |id| map.stage(id).map_or("", |s| s.name.as_str());
    // Cards and boxes found by id through lists of ids alone: a search through the cards
    // themselves reads a cache line of a different card at every step (perf showed the
    // searches as two fifths of this function at 10 000 cards).
    let card_ids: Vec<TouchpointId> = map.touchpoints.iter().map(|t| t.id).collect();
    let touchpoint = |id: TouchpointId| {
        card_ids
            .binary_search(&id)
            .ok()
            .map(|i| &map.touchpoints[i])
    };
    let lane_name = |id| map.lane(id).map_or("", |l| l.name.as_str());

    groups.push(Group {
        label: tr!("a11y-stages"),
        role: Role::Row,
        salt: 0,
        origin: crate::geom::Point::new(0.0, 0.0),
        lane: None,
        items: layout
            .stages
            .iter()
            .map(|s| Item {
                id: item_id(Selected::Stage(s.id)),
                what: Some(Selected::Stage(s.id)),
                rect: s.header,
                insight: None,
                node: Arc::new(node(
                    Role::ColumnHeader,
                    &unnamed(stage_name(s.id)),
                    &select,
                )),
            })
            .collect(),
    });

    // The lanes whose group can be taken over: the same cards as before, where they were in
    // the lane, under the same names.
    let labels: Vec<(String, String)> = layout
        .lanes
        .iter()
        .map(|lane| {
            let name = unnamed(lane_name(lane.id));
            let label = tr!("a11y-lane", lane = name.clone());
            (name, label)
        })
        .collect();
    let taken: Vec<Option<&Group>> = layout
        .lanes
        .iter()
        .zip(&labels)
        .map(|(lane, (_, label))| {
            before?
                .iter()
                .find(|g| g.lane == Some(lane.id))
                .filter(|g| kept(lane.id) && g.label == *label)
        })
        .collect();
    // The cards of each other lane, in reading order (by stage, then top to bottom).
    let lane_at: HashMap<crate::model::LaneId, usize> = layout
        .lanes
        .iter()
        .enumerate()
        .filter(|(i, _)| taken[*i].is_none())
        .map(|(i, l)| (l.id, i))
        .collect();
    let stage_at: HashMap<crate::model::StageId, usize> = layout
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    // Each card by its place in the layout's list.
    let mut per_lane: Vec<Vec<((usize, f32), usize)>> = vec![Vec::new(); layout.lanes.len()];
    if !lane_at.is_empty() {
        for (c, card) in layout.cards.iter().enumerate() {
            if let (Some(&l), Some(&s)) =
                (lane_at.get(&card.cell.lane), stage_at.get(&card.cell.stage))
            {
                per_lane[l].push(((s, card.rect.y), c));
            }
        }
    }
    for list in &mut per_lane {
        list.sort_by(|(a, _), (b, _)| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    }
    let lane_group = |i: usize, lane: &crate::layout::LaneBox, label, items| Group {
        label,
        role: Role::Row,
        salt: 1 + i as u64,
        origin: crate::geom::Point::new(0.0, lane.header.y),
        lane: Some(lane.id),
        items,
    };
    for (i, lane) in layout.lanes.iter().enumerate() {
        let (name, label) = labels[i].clone();
        let mut header = node(Role::RowHeader, &name, &select);
        if let Some(p) = lane.persona.as_ref().and_then(|p| map.persona(p.persona)) {
            header.set_description(tr!("a11y-lane-persona", persona = p.name.clone()));
        }
        // Taken over only with the same header (its persona too).
        if let Some(old) = taken[i].filter(|g| g.items.first().is_some_and(|h| *h.node == header)) {
            // Moved with the lane: the items' bounds are relative to its top.
            let dy = lane.header.y - old.origin.y;
            let items = old
                .items
                .iter()
                .filter(|item| item.insight.is_none())
                .map(|item| {
                    let mut item = item.clone();
                    item.rect.y += dy;
                    item
                })
                .collect();
            groups.push(lane_group(i, lane, label, items));
            continue;
        }
        let mut items = vec![Item {
            id: item_id(Selected::Lane(lane.id)),
            what: Some(Selected::Lane(lane.id)),
            rect: lane.header,
            insight: None,
            node: Arc::new(header),
        }];
        for &(_, c) in &per_lane[i] {
            let card = &layout.cards[c];
            let id = card.id;
            let Some(t) = touchpoint(id) else {
                continue;
            };
            let persona_names: Vec<&str> = t
                .personas
                .iter()
                .filter_map(|p| map.persona(*p))
                .map(|p| p.name.as_str())
                .collect();
            let stage = stage_name(t.stage);
            let picture = t.picture.as_ref().map(|p| p.alt.as_str());
            let key = (
                &t.title,
                stage,
                &name,
                &persona_names,
                t.emotion,
                &t.owner,
                picture,
            );
            let n = words.node(item_id(Selected::Touchpoint(id)), key, || {
                let personas = if t.personas.is_empty() {
                    tr!("a11y-all-personas")
                } else {
                    persona_names.join(", ")
                };
                let emotion = match t.emotion {
                    Some(e) => e.to_string(),
                    None => tr!("a11y-none"),
                };
                let owner = if t.owner.trim().is_empty() {
                    tr!("a11y-none")
                } else {
                    t.owner.clone()
                };
                let mut n = node(Role::Button, &unnamed(&t.title), &select);
                let mut description = tr!(
                    "a11y-card-description",
                    stage = unnamed(stage),
                    lane = name.clone(),
                    personas = personas,
                    emotion = emotion,
                    owner = owner
                );
                // The picture's alt text is what the reader hears of it.
                if let Some(alt) = picture {
                    let alt = if alt.trim().is_empty() {
                        tr!("a11y-picture-no-alt")
                    } else {
                        alt.to_owned()
                    };
                    description.push(' ');
                    description.push_str(&tr!("a11y-card-picture", alt = alt));
                }
                n.set_description(description);
                n
            });
            items.push(Item {
                id: item_id(Selected::Touchpoint(id)),
                what: Some(Selected::Touchpoint(id)),
                rect: card.rect,
                insight: None,
                node: n,
            });
            if let Some(marker) = &card.marker
                && let Some(score) = marker.score
            {
                let r = marker.radius;
                let n = words.node(emotion_id(id), (&t.title, score), || {
                    node(
                        Role::Image,
                        &tr!(
                            "a11y-emotion-point",
                            card = unnamed(&t.title),
                            score = score.to_string()
                        ),
                        &select,
                    )
                });
                items.push(Item {
                    id: emotion_id(id),
                    what: Some(Selected::Touchpoint(id)),
                    rect: crate::geom::Rect::new(
                        marker.center.x - r,
                        marker.center.y - r,
                        2.0 * r,
                        2.0 * r,
                    ),
                    insight: None,
                    node: n,
                });
            }
        }
        groups.push(lane_group(i, lane, label, items));
    }

    let title = |id| touchpoint(id).map_or("", |t| t.title.as_str());
    let connectors: HashMap<_, _> = map.connectors.iter().map(|k| (k.id, k)).collect();
    let mut arrows = Vec::new();
    for c in &layout.connectors {
        let Some(conn) = connectors.get(&c.id) else {
            continue;
        };
        if c.points.is_empty() {
            continue;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for p in &c.points {
            (x0, y0, x1, y1) = (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y));
        }
        let id = item_id(Selected::Connector(c.id));
        let (from, to) = (title(conn.from), title(conn.to));
        let n = words.node(id, (from, to, &conn.label), || {
            let mut label = tr!("a11y-arrow", from = unnamed(from), to = unnamed(to));
            if !conn.label.trim().is_empty() {
                label = format!("{label}: {}", conn.label);
            }
            node(Role::Link, &label, &select)
        });
        arrows.push(Item {
            id,
            what: Some(Selected::Connector(c.id)),
            rect: crate::geom::Rect::new(x0, y0, x1 - x0, y1 - y0),
            insight: None,
            node: n,
        });
    }
    if !arrows.is_empty() {
        groups.push(Group {
            label: tr!("a11y-arrows"),
            role: Role::List,
            salt: u64::MAX,
            origin: crate::geom::Point::new(0.0, 0.0),
            lane: None,
            items: arrows,
        });
    }
    groups
}

/// Adds the insight markers to their lanes' groups, each named as the insights list names it
/// and described by its explanation.
fn add_insights(map: &Map, layout: &Layout, groups: &mut [Group]) {
    for (i, marker) in layout.markers.iter().enumerate() {
        let Some(lane) = layout.lanes.iter().position(|l| l.id == marker.cell.lane) else {
            continue;
        };
        let Some(group) = groups.get_mut(1 + lane) else {
            continue;
        };
        let (_, name, explanation, _) = super::super::insight_list::marker_words(map, marker);
        let mut n = node(Role::Note, &name, &[Action::Click]);
        n.set_description(explanation);
        group.items.push(Item {
            id: Id::unique(("trailmap canvas insight", marker.cell, i)),
            what: None,
            rect: marker.rect,
            insight: Some(i),
            node: Arc::new(n),
        });
    }
}

/// A rectangle relative to a group's origin.
fn relative(r: crate::geom::Rect, origin: crate::geom::Point) -> crate::geom::Rect {
    crate::geom::Rect::new(r.x - origin.x, r.y - origin.y, r.w, r.h)
}

fn access_rect(r: crate::geom::Rect) -> accesskit::Rect {
    accesskit::Rect {
        x0: r.x.into(),
        y0: r.y.into(),
        x1: r.right().into(),
        y1: r.bottom().into(),
    }
}

impl AccessTree {
    /// The tree of a map's state, compared with the one before it.
    fn new(
        key: Key,
        groups: Vec<Group>,
        memo: Memo,
        (stage_words, layout): (u64, u64),
        before: Option<&AccessTree>,
    ) -> Self {
        let mut by_what: HashMap<Selected, (usize, usize)> = HashMap::default();
        let mut more_of_what = Vec::new();
        let mut by_node = HashMap::default();
        let mut children = Vec::with_capacity(groups.len());
        let mut bounds = Vec::with_capacity(groups.len());
        for (g, group) in groups.iter().enumerate() {
            let mut ids = Vec::with_capacity(group.items.len());
            let mut extent: Option<crate::geom::Rect> = None;
            for (i, item) in group.items.iter().enumerate() {
                let id = item.id.accesskit_id();
                ids.push(id);
                if let Some(what) = item.what {
                    match by_what.entry(what) {
                        std::collections::hash_map::Entry::Vacant(e) => {
                            e.insert((g, i));
                        }
                        std::collections::hash_map::Entry::Occupied(_) => {
                            more_of_what.push((what, (g, i)));
                        }
                    }
                    by_node.insert(id, what);
                }
                extent = Some(match extent {
                    None => item.rect,
                    Some(e) => e.union(&item.rect),
                });
            }
            children.push(ids);
            bounds.push(relative(extent.unwrap_or_default(), group.origin));
        }
        let signatures = groups
            .iter()
            .zip(&children)
            .zip(&bounds)
            .map(|((group, ids), b)| {
                use std::hash::BuildHasher;
                let rect = [b.x, b.y, b.w, b.h].map(f32::to_bits);
                foldhash::fast::FixedState::default().hash_one((
                    ids,
                    rect,
                    &group.label,
                    group.role,
                ))
            })
            .collect();
        // An item is unchanged when the old tree held it in the same group, at the same place,
        // with the same node: only the old group of the same index is looked at, item by item
        // when it lists the same ids (every lane an edit did not touch), else by id.
        let since = before.map(|old| {
            let mut changed = HashSet::default();
            for (g, group) in groups.iter().enumerate() {
                let old_group = old.groups.get(g);
                let same = |item: &Item, was: &Item, old_origin| {
                    relative(was.rect, old_origin) == relative(item.rect, group.origin)
                        && (Arc::ptr_eq(&was.node, &item.node) || *was.node == *item.node)
                };
                match (old_group, old.children.get(g)) {
                    (Some(og), Some(old_ids)) if *old_ids == children[g] => {
                        for (item, was) in group.items.iter().zip(&og.items) {
                            if !same(item, was, og.origin) {
                                changed.insert(item.id.accesskit_id());
                            }
                        }
                    }
                    (Some(og), _) => {
                        let was: HashMap<NodeId, &Item> =
                            og.items.iter().map(|i| (i.id.accesskit_id(), i)).collect();
                        for item in &group.items {
                            let id = item.id.accesskit_id();
                            if !was.get(&id).is_some_and(|w| same(item, w, og.origin)) {
                                changed.insert(id);
                            }
                        }
                    }
                    (None, _) => changed.extend(group.items.iter().map(|i| i.id.accesskit_id())),
                }
            }
            (old.version, changed)
        });
        let version = before.map_or(0, |b| b.version.wrapping_add(1));
        Self {
            key,
            version,
            groups,
            children,
            bounds,
            signatures,
            by_what,
            more_of_what,
            by_node,
            since,
            memo,
            stage_words,
            layout,
        }
    }

    /// Whether an item must be sent to a reader holding `held`, for a frame marking `selected`.
    fn must_send(&self, held: Option<&Held>, selected: Option<Selected>) -> Sending {
        let Some(held) = held else {
            return Sending::All;
        };
        let mut items = HashSet::default();
        if held.version != self.version {
            match &self.since {
                Some((v, changed)) if *v == held.version => items.extend(changed.iter().copied()),
                _ => return Sending::All,
            }
        }
        if held.selected != selected || held.version != self.version {
            for what in [held.selected, selected].into_iter().flatten() {
                let more = self.more_of_what.iter().filter(|m| m.0 == what);
                for &(g, i) in self
                    .by_what
                    .get(&what)
                    .into_iter()
                    .chain(more.map(|m| &m.1))
                {
                    items.insert(self.children[g][i]);
                }
            }
        }
        Sending::These(items)
    }
}

/// Which items a frame sends.
enum Sending {
    All,
    These(HashSet<NodeId>),
}

impl Sending {
    /// Whether no item is sent.
    fn is_none(&self) -> bool {
        matches!(self, Sending::These(ids) if ids.is_empty())
    }

    fn includes(&self, id: NodeId) -> bool {
        match self {
            Sending::All => true,
            Sending::These(ids) => ids.contains(&id),
        }
    }
}

impl CanvasState {
    /// Brings the accessibility nodes up to date with the layout (cheap when nothing changed).
    fn refresh_access(&mut self, map: &Map) {
        let Some(laid) = &self.laid else {
            return;
        };
        let key = (
            laid.key.0,
            laid.key.1.clone(),
            super::super::i18n::language(),
        );
        if self.access.as_ref().is_some_and(|a| a.key == key) {
            return;
        }
        // Nodes worded in another language cannot be reused; nor can a lane's nodes once a
        // stage was renamed (its cards' descriptions name their stage).
        let words = stage_words(map);
        let mut memo = self
            .access
            .as_mut()
            .filter(|a| a.key.2 == key.2)
            .map(|a| std::mem::take(&mut a.memo))
            .unwrap_or_default();
        // What the layout memo says was kept, it says of the layout before this one: only a
        // tree built from that one can give its lanes.
        let before = self
            .access
            .as_ref()
            .filter(|a| a.key.2 == key.2 && a.stage_words == words && a.layout + 1 == self.layouts)
            .map(|a| a.groups.as_slice());
        let layout_memo = &self.memo;
        let kept = |lane| layout_memo.lane_kept(lane);
        // Rows pivoted: the rows and cards are the derived map's.
        let map = laid.pivot.as_ref().map_or(map, |p| &*p.map);
        let groups = build_groups(map, &laid.layout, before, &kept, &mut memo);
        // Nodes of items no longer on the map pile up in the memo: start afresh now and then.
        let items: usize = groups.iter().map(|g| g.items.len()).sum();
        if memo.len() > 2 * items + 1000 {
            memo.clear();
        }
        let tree = AccessTree::new(
            key,
            groups,
            memo,
            (words, self.layouts),
            self.access.as_ref(),
        );
        self.access = Some(tree);
    }
}

impl TrailmapApp {
    /// Puts the map's items into the accessibility tree under the canvas's node (what the
    /// screen reader lacks of them) and acts on a screen reader's click or focus request.
    pub(super) fn canvas_access_ui(
        &mut self,
        ui: &mut egui::Ui,
        canvas: &egui::Response,
        vp: Viewport,
    ) {
        let ctx = ui.ctx().clone();
        // Nothing to do while no assistive technology (or test) listens; when one comes, it
        // holds nothing yet.
        if ctx.accesskit_node_builder(canvas.id, |_| ()).is_none() {
            self.canvas.access_sent = Sent::default();
            return;
        }
        self.canvas.refresh_access(self.doc.map());
        let Some(tree) = &self.canvas.access else {
            return;
        };
        let selected = self.view.selection.single();
        let held = self.canvas.access_sent.held(ctx.cumulative_frame_nr());
        let sending = tree.must_send(held.as_ref(), selected);
        let held_groups = held.map(|h| h.groups);
        let mut sent_groups = HashMap::default();
        let mut group_ids = Vec::with_capacity(tree.groups.len());
        let mut sent_items: HashSet<NodeId> = HashSet::default();

        // A group's coordinates to screen points, as `Viewport::screen_point` maps the map.
        let zoom = f64::from(vp.zoom);
        for (g, group) in tree.groups.iter().enumerate() {
            let offset = vp.screen_point(group.origin);
            let transform =
                accesskit::Affine::new([zoom, 0.0, 0.0, zoom, offset.x.into(), offset.y.into()]);
            let signature = {
                use std::hash::BuildHasher;
                let t = transform.as_coeffs().map(f64::to_bits);
                foldhash::fast::FixedState::default().hash_one((tree.signatures[g], t))
            };
            // A group node lists every item of its lane: the reader compares all of them
            // each time it gets it (a tenth of a frame at 10 000 cards), so it is sent only
            // when it or one of its items changed, or the view moved.
            let sends_an_item = !sending.is_none()
                && group
                    .items
                    .iter()
                    .any(|item| sending.includes(item.id.accesskit_id()));
            if !sends_an_item
                && let Some(&(id, held)) = held_groups.as_ref().and_then(|h| h.get(&group.salt))
                && held == signature
            {
                sent_groups.insert(group.salt, (id, signature));
                group_ids.push(id.accesskit_id());
                continue;
            }
            let group_ui = ui.new_child(
                egui::UiBuilder::new()
                    .id_salt(("trailmap canvas group", group.salt))
                    .max_rect(vp.rect)
                    .accessibility_parent(canvas.id)
                    .accessibility_role(group.role)
                    .accessibility_label(group.label.clone()),
            );
            for item in &group.items {
                let id = item.id.accesskit_id();
                if !sending.includes(id) {
                    continue;
                }
                // A node is not a widget: egui hangs it under the root, and the group lists it
                // (the root gives it back below). Registering a widget per item to hang it
                // under the group cost a sixth of a frame that sends 10 000 of them.
                sent_items.insert(id);
                let is_selected = item.what.is_some() && item.what == selected;
                ctx.accesskit_node_builder(item.id, |n| {
                    *n = (*item.node).clone();
                    n.set_bounds(access_rect(relative(item.rect, group.origin)));
                    if is_selected {
                        n.set_selected(true);
                    }
                });
            }
            let group_id = group_ui.unique_id();
            drop(group_ui);
            ctx.accesskit_node_builder(group_id, |n| {
                n.set_children(tree.children[g].clone());
                n.set_transform(transform);
                n.set_bounds(access_rect(tree.bounds[g]));
            });
            sent_groups.insert(group.salt, (group_id, signature));
            group_ids.push(group_id.accesskit_id());
        }
        if !sent_items.is_empty() {
            ctx.accesskit_node_builder(egui::accesskit_root_id(), |n| {
                let children: Vec<NodeId> = n
                    .children()
                    .iter()
                    .copied()
                    .filter(|c| !sent_items.contains(c))
                    .collect();
                n.set_children(children);
            });
        }
        self.canvas.access_sent.last = Some(Held {
            version: tree.version,
            selected,
            groups: Arc::new(sent_groups),
        });
        // The groups not sent this frame are still the canvas's children (egui lists only the
        // nodes built this frame): the canvas names them all, after what egui put before them.
        ctx.accesskit_node_builder(canvas.id, |n| {
            let groups: HashSet<NodeId> = group_ids.iter().copied().collect();
            let mut children: Vec<NodeId> = n
                .children()
                .iter()
                .copied()
                .filter(|c| !groups.contains(c))
                .collect();
            children.extend(&group_ids);
            n.set_children(children);
            if let Some(what) = selected {
                n.set_active_descendant(item_id(what).accesskit_id());
            }
        });

        let mut requested: Option<(Selected, bool)> = None;
        let mut insight = None;
        ctx.input(|i| {
            for e in &i.events {
                let egui::Event::AccessKitActionRequest(r) = e else {
                    continue;
                };
                if !matches!(r.action, Action::Click | Action::Focus) {
                    continue;
                }
                if let Some(what) = tree.by_node.get(&r.target_node) {
                    requested = Some((*what, r.action == Action::Focus));
                } else if let Some(item) = tree
                    .groups
                    .iter()
                    .flat_map(|g| &g.items)
                    .find(|item| item.id.accesskit_id() == r.target_node)
                {
                    insight = item.insight;
                }
            }
        });
        if let Some(i) = insight
            && let Some(marker) = self.canvas.layout().and_then(|l| l.markers.get(i))
        {
            let (cell, kind) = (marker.cell, marker.kind.clone());
            self.pick_insight(cell, kind);
        }
        // Rows pivoted: a second drawing of a card is the map's card; a row's header is no
        // lane of the map, nothing to select.
        let requested = requested.and_then(|(what, focus)| match what {
            Selected::Touchpoint(id) => {
                let id = self.canvas.pivot().map_or(id, |p| p.original(id));
                Some((Selected::Touchpoint(id), focus))
            }
            Selected::Lane(id) if self.doc.map().lane(id).is_none() => None,
            other => Some((other, focus)),
        });
        if let Some((what, focus)) = requested {
            self.view.selection.set(what);
            if let Selected::Touchpoint(id) = what
                && let Some(t) = self.doc.map().touchpoint(id)
            {
                self.view.selection.cell = Some(crate::model::Cell {
                    stage: t.stage,
                    lane: t.lane,
                });
            }
            self.canvas.reveal(what);
            if focus {
                canvas.request_focus();
            }
        }
    }
}
