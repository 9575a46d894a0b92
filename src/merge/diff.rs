//! What changed between two versions of a map, as data: added, removed, renamed, moved,
//! reordered and changed items, by id and with the names needed to word each change.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::model::{
    Item, ItemKind, ItemRef, LaneId, MAP_PROPERTIES, Map, Property, StageId, Value,
};

/// A cell with the names of its stage and lane, as the map that has it calls them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// The stage's id.
    pub stage: StageId,
    /// The stage's name.
    pub stage_name: String,
    /// The lane's id.
    pub lane: LaneId,
    /// The lane's name.
    pub lane_name: String,
}

impl Place {
    fn of(map: &Map, stage: StageId, lane: LaneId) -> Self {
        Place {
            stage,
            stage_name: map.stage(stage).map(|s| s.name.clone()).unwrap_or_default(),
            lane,
            lane_name: map.lane(lane).map(|l| l.name.clone()).unwrap_or_default(),
        }
    }
}

/// One difference between two versions of a map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Change {
    /// An item only the new version has; cards say where.
    Added {
        /// The item.
        item: ItemRef,
        /// Its name (a card's title).
        name: String,
        /// A card's cell.
        place: Option<Place>,
    },
    /// An item only the old version has.
    Removed {
        /// The item.
        item: ItemRef,
        /// Its name.
        name: String,
        /// A card's cell.
        place: Option<Place>,
    },
    /// A stage, lane or persona got another name, or a card another title.
    Renamed {
        /// The item.
        item: ItemRef,
        /// The old name.
        old: String,
        /// The new name.
        new: String,
    },
    /// A card moved to another cell.
    Moved {
        /// The card.
        item: ItemRef,
        /// Its title (in the new version).
        name: String,
        /// Where it was.
        from: Place,
        /// Where it is.
        to: Place,
    },
    /// Another property changed.
    Changed {
        /// The item (or the map).
        item: ItemRef,
        /// Its name in the new version (the map's title for the map).
        name: String,
        /// Which property.
        property: Property,
        /// The old value.
        old: Value,
        /// The new value.
        new: Value,
    },
    /// Items of one kind that both versions have are in another order (for cards: within one
    /// cell).
    Reordered {
        /// Which kind of item.
        kind: ItemKind,
        /// For cards, the cell.
        place: Option<Place>,
    },
    /// A saved view was added, deleted, renamed or otherwise changed (one line per view).
    SavedView {
        /// The view.
        view: crate::model::ViewId,
        /// Its name in the old version; `None` when it was added.
        old: Option<String>,
        /// Its name in the new version; `None` when it was deleted.
        new: Option<String>,
    },
    /// The list of unresolved merge conflicts differs.
    Conflicts {
        /// How many the old version has.
        old: usize,
        /// How many the new version has.
        new: usize,
    },
}

/// Every difference from `old` to `new`: the map's own properties, then personas, stages,
/// lanes, cards and connectors, each in the new version's order, removals first.
pub fn diff(old: &Map, new: &Map) -> Vec<Change> {
    let mut out = Vec::new();
    for property in MAP_PROPERTIES {
        let (a, b) = (old.get(property), new.get(property));
        if a != b {
            out.push(Change::Changed {
                item: ItemRef::Map,
                name: new.title.clone(),
                property,
                old: a,
                new: b,
            });
        }
    }
    items(
        old,
        new,
        &old.personas,
        &new.personas,
        ItemKind::Persona,
        &mut out,
    );
    items(
        old,
        new,
        &old.stages,
        &new.stages,
        ItemKind::Stage,
        &mut out,
    );
    items(old, new, &old.lanes, &new.lanes, ItemKind::Lane, &mut out);
    items(
        old,
        new,
        &old.touchpoints,
        &new.touchpoints,
        ItemKind::Touchpoint,
        &mut out,
    );
    cells_reordered(old, new, &mut out);
    items(
        old,
        new,
        &old.connectors,
        &new.connectors,
        ItemKind::Connector,
        &mut out,
    );
    saved_views(old, new, &mut out);
    if old.conflicts != new.conflicts {
        out.push(Change::Conflicts {
            old: old.conflicts.len(),
            new: new.conflicts.len(),
        });
    }
    out
}

/// Saved views added, deleted or changed, in the new version's order, then the deleted ones.
fn saved_views(old: &Map, new: &Map, out: &mut Vec<Change>) {
    for v in &new.views {
        match old.view(v.id) {
            Some(o) if o == v => {}
            o => out.push(Change::SavedView {
                view: v.id,
                old: o.map(|o| o.name.clone()),
                new: Some(v.name.clone()),
            }),
        }
    }
    for o in old.views.iter().filter(|o| new.view(o.id).is_none()) {
        out.push(Change::SavedView {
            view: o.id,
            old: Some(o.name.clone()),
            new: None,
        });
    }
}

fn place_of<T: Item>(map: &Map, item: &T) -> Option<Place> {
    match item.get(Property::Place) {
        Value::Place(stage, lane) => Some(Place::of(map, stage, lane)),
        _ => None,
    }
}

fn items<T: Item>(
    old_map: &Map,
    new_map: &Map,
    old: &[T],
    new: &[T],
    kind: ItemKind,
    out: &mut Vec<Change>,
) {
    let old_by: HashMap<u32, &T> = old.iter().map(|x| (x.number(), x)).collect();
    let new_ids: HashSet<u32> = new.iter().map(Item::number).collect();
    for o in old.iter().filter(|o| !new_ids.contains(&o.number())) {
        out.push(Change::Removed {
            item: o.item_ref(),
            name: o.name().to_owned(),
            place: place_of(old_map, o),
        });
    }
    for n in new {
        let Some(o) = old_by.get(&n.number()) else {
            out.push(Change::Added {
                item: n.item_ref(),
                name: n.name().to_owned(),
                place: place_of(new_map, n),
            });
            continue;
        };
        if o.same(n) {
            continue;
        }
        for &property in T::PROPERTIES {
            let (a, b) = (o.get(property), n.get(property));
            if a == b {
                continue;
            }
            let item = n.item_ref();
            out.push(match (property, a, b) {
                (Property::Name | Property::Title, Value::Text(old), Value::Text(new)) => {
                    Change::Renamed { item, old, new }
                }
                (Property::Place, Value::Place(s0, l0), Value::Place(s1, l1)) => Change::Moved {
                    item,
                    name: n.name().to_owned(),
                    from: Place::of(old_map, s0, l0),
                    to: Place::of(new_map, s1, l1),
                },
                (property, old, new) => Change::Changed {
                    item,
                    name: n.name().to_owned(),
                    property,
                    old,
                    new,
                },
            });
        }
    }
    // Cards are kept sorted by id; their order is per cell (see `cells_reordered`).
    if kind != ItemKind::Touchpoint {
        let old_ids: HashSet<u32> = old_by.keys().copied().collect();
        let a = old.iter().map(Item::number).filter(|x| new_ids.contains(x));
        let b = new.iter().map(Item::number).filter(|x| old_ids.contains(x));
        if !a.eq(b) {
            out.push(Change::Reordered { kind, place: None });
        }
    }
}

/// One change per cell whose cards, among those in it in both versions, changed order.
fn cells_reordered(old: &Map, new: &Map, out: &mut Vec<Change>) {
    type Cells = HashMap<(StageId, LaneId), Vec<(u32, u32)>>;
    let cells = |m: &Map| {
        let mut c: Cells = HashMap::new();
        for t in &m.touchpoints {
            c.entry((t.stage, t.lane))
                .or_default()
                .push((t.order, t.id.0));
        }
        for list in c.values_mut() {
            list.sort_unstable();
        }
        c
    };
    let (a, b) = (cells(old), cells(new));
    // In the new map's stage and lane order, so the output is stable.
    for s in &new.stages {
        for l in &new.lanes {
            let cell = (s.id, l.id);
            let (Some(x), Some(y)) = (a.get(&cell), b.get(&cell)) else {
                continue;
            };
            let in_x: HashSet<u32> = x.iter().map(|p| p.1).collect();
            let in_y: HashSet<u32> = y.iter().map(|p| p.1).collect();
            let xs = x.iter().map(|p| p.1).filter(|id| in_y.contains(id));
            let ys = y.iter().map(|p| p.1).filter(|id| in_x.contains(id));
            if !xs.eq(ys) {
                out.push(Change::Reordered {
                    kind: ItemKind::Touchpoint,
                    place: Some(Place::of(new, s.id, l.id)),
                });
            }
        }
    }
}
