//! Three-way merge and semantic diff of maps, by ids, property by property.
//!
//! Owns how two edited versions of one map come together (`git merge` calls this through
//! `trailmap merge`) and how two versions differ, as data. Conflicts and changes are values
//! (ids, names, [`Value`]s); the command line and the window word them. No egui, no words.
//!
//! Pictures merge as a union by key (the hash of their bytes); a card's picture (key, alt text
//! and aspect together) is one property, so two different pictures put on one card conflict.
//!
//! Limitations: texts are merged whole (two edits of one title conflict even when they touch
//! different words); a card's `order` is not merged as a number but follows from the merged
//! order of its cell.

mod diff;
mod sequence;
mod views;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

pub use diff::{Change, Place, diff};

use crate::model::{
    Conflict, Item, ItemRef, LaneId, MAP_PROPERTIES, Map, PersonaId, Property, StageId,
    TouchpointId, Value,
};

/// The result of a merge: the merged map (which always passes [`Map::problems`]) and the
/// conflicts this merge found, each already recorded in `map.conflicts` with our value in the
/// map.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged map.
    pub map: Map,
    /// The conflicts this merge found (conflicts the inputs already carried are not repeated
    /// here, but stay in `map.conflicts`).
    pub conflicts: Vec<Conflict>,
}

impl Merged {
    /// Whether both sides' changes came together without a conflict.
    pub fn is_clean(&self) -> bool {
        self.map.conflicts.is_empty()
    }
}

/// Merges `ours` and `theirs`, both edited from `base`.
///
/// Different properties or items changed on each side merge cleanly. Items both sides added
/// are all kept: where both took the same id, theirs get fresh ids and every reference to
/// them follows. Stages, lanes, personas, connectors and the cards of each cell keep our order
/// (or theirs where only they reordered), with the other side's new items after their
/// predecessor. A property both changed differently, a card moved to different cells, and an
/// item one side deleted while the other changed it are conflicts: the map keeps ours and the
/// conflict keeps all three values. Where a kept item needs an item the other side deleted, the
/// deleted item stays (a conflict); where theirs needs one we deleted, their change waits in a
/// conflict. Saved views merge whole, without conflicts (see [`views`]).
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Merged {
    let theirs = renumber_new_items(base, ours, theirs);
    let theirs = theirs.as_ref();
    let mut conflicts = Vec::new();
    let mut map = Map {
        language: ours.language.clone(),
        ..Map::default()
    };
    for property in MAP_PROPERTIES {
        let (vb, vo, vt) = (base.get(property), ours.get(property), theirs.get(property));
        let value = if vt == vb || vo == vt {
            vo
        } else if vo == vb {
            vt
        } else {
            conflicts.push(Conflict {
                item: ItemRef::Map,
                property,
                ours: vo.clone(),
                theirs: vt,
                base: vb,
            });
            vo
        };
        map.set(property, value);
    }
    map.personas = merge_items(
        &base.personas,
        &ours.personas,
        &theirs.personas,
        &mut conflicts,
    );
    map.stages = merge_items(&base.stages, &ours.stages, &theirs.stages, &mut conflicts);
    map.lanes = merge_items(&base.lanes, &ours.lanes, &theirs.lanes, &mut conflicts);
    map.touchpoints = merge_items(
        &base.touchpoints,
        &ours.touchpoints,
        &theirs.touchpoints,
        &mut conflicts,
    );
    map.connectors = merge_items(
        &base.connectors,
        &ours.connectors,
        &theirs.connectors,
        &mut conflicts,
    );
    let sides = Sides { base, ours, theirs };
    sides.repair(&mut map, &mut conflicts);
    sides.record_needed(&map, &mut conflicts);
    sides.order(&mut map);
    map.views = views::merge_views(&base.views, &ours.views, &theirs.views, &map);

    map.conflicts = ours.conflicts.clone();
    for c in &theirs.conflicts {
        if !map.conflicts.contains(c) {
            map.conflicts.push(c.clone());
        }
    }
    map.conflicts.extend(conflicts.iter().cloned());
    map.pictures = merge_pictures(base, ours, theirs);
    map.drop_unused_pictures();
    map.normalize();
    Merged { map, conflicts }
}

/// The pictures of all three versions, by key: a picture is stored under the hash of its bytes,
/// so both sides adding the same picture is one picture, and two different pictures never
/// share a key. Where a hand-edited file breaks that (one key, other bytes), ours is kept. The
/// caller drops those nothing refers to after the merge (a conflict's values count).
fn merge_pictures(base: &Map, ours: &Map, theirs: &Map) -> crate::model::Pictures {
    let mut pictures = ours.pictures.clone();
    for (key, p) in theirs.pictures.iter().chain(&base.pictures) {
        pictures.entry(key.clone()).or_insert_with(|| p.clone());
    }
    pictures
}

/// Theirs with fresh ids for the items both sides added under the same id, and every
/// reference to them changed along.
fn renumber_new_items<'a>(base: &Map, ours: &Map, theirs: &'a Map) -> Cow<'a, Map> {
    let stages = fresh_ids(&base.stages, &ours.stages, &theirs.stages);
    let lanes = fresh_ids(&base.lanes, &ours.lanes, &theirs.lanes);
    let personas = fresh_ids(&base.personas, &ours.personas, &theirs.personas);
    let cards = fresh_ids(&base.touchpoints, &ours.touchpoints, &theirs.touchpoints);
    let connectors = fresh_ids(&base.connectors, &ours.connectors, &theirs.connectors);
    if stages.is_empty()
        && lanes.is_empty()
        && personas.is_empty()
        && cards.is_empty()
        && connectors.is_empty()
    {
        return Cow::Borrowed(theirs);
    }
    let to = |table: &HashMap<u32, u32>, id: u32| table.get(&id).copied().unwrap_or(id);
    let mut m = theirs.clone();
    for s in &mut m.stages {
        s.id = StageId(to(&stages, s.id.0));
    }
    for l in &mut m.lanes {
        l.id = LaneId(to(&lanes, l.id.0));
        if let Some(p) = &mut l.persona {
            *p = PersonaId(to(&personas, p.0));
        }
    }
    for p in &mut m.personas {
        p.id = PersonaId(to(&personas, p.id.0));
    }
    for t in &mut m.touchpoints {
        t.id = TouchpointId(to(&cards, t.id.0));
        t.stage = StageId(to(&stages, t.stage.0));
        t.lane = LaneId(to(&lanes, t.lane.0));
        for p in &mut t.personas {
            *p = PersonaId(to(&personas, p.0));
        }
        for pe in &mut t.persona_emotions {
            pe.persona = PersonaId(to(&personas, pe.persona.0));
        }
    }
    m.touchpoints.sort_by_key(|t| t.id);
    for c in &mut m.connectors {
        c.id = crate::model::ConnectorId(to(&connectors, c.id.0));
        c.from = TouchpointId(to(&cards, c.from.0));
        c.to = TouchpointId(to(&cards, c.to.0));
    }
    for v in &mut m.views {
        for p in &mut v.personas {
            *p = PersonaId(to(&personas, p.0));
        }
        for l in &mut v.hidden_lanes {
            *l = LaneId(to(&lanes, l.0));
        }
    }
    Cow::Owned(m)
}

/// Fresh numbers for the ids theirs added that ours added too: old id -> new id.
fn fresh_ids<T: Item>(base: &[T], ours: &[T], theirs: &[T]) -> HashMap<u32, u32> {
    let in_base: HashSet<u32> = base.iter().map(Item::number).collect();
    let in_ours: HashSet<u32> = ours.iter().map(Item::number).collect();
    let mut next = base
        .iter()
        .chain(ours)
        .chain(theirs)
        .map(Item::number)
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    let mut table = HashMap::new();
    for t in theirs {
        let n = t.number();
        if !in_base.contains(&n) && in_ours.contains(&n) {
            table.insert(n, next);
            next = next.saturating_add(1);
        }
    }
    table
}

/// The items of one kind merged by id, in no particular order yet.
fn merge_items<T: Item>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let by_id = |items: &[T]| -> HashMap<u32, usize> {
        items
            .iter()
            .enumerate()
            .map(|(i, x)| (x.number(), i))
            .collect()
    };
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    for oi in ours {
        let n = oi.number();
        match (b.get(&n).map(|&i| &base[i]), t.get(&n).map(|&i| &theirs[i])) {
            (Some(bi), Some(ti)) => out.push(merge_item(bi, oi, ti, conflicts)),
            (Some(bi), None) => {
                if !oi.same(bi) {
                    // They deleted what we changed: keep ours, never lose an edit silently.
                    conflicts.push(Conflict {
                        item: oi.item_ref(),
                        property: Property::Presence,
                        ours: oi.whole(),
                        theirs: Value::Absent,
                        base: bi.whole(),
                    });
                    out.push(oi.clone());
                }
            }
            // Ours added it (theirs' items of the same new id were renumbered).
            (None, _) => out.push(oi.clone()),
        }
    }
    for ti in theirs {
        let n = ti.number();
        if o.contains_key(&n) {
            continue;
        }
        match b.get(&n).map(|&i| &base[i]) {
            None => out.push(ti.clone()),
            Some(bi) => {
                if !ti.same(bi) {
                    // We deleted what they changed: the map keeps our deletion, the conflict
                    // keeps their item.
                    conflicts.push(Conflict {
                        item: ti.item_ref(),
                        property: Property::Presence,
                        ours: Value::Absent,
                        theirs: ti.whole(),
                        base: bi.whole(),
                    });
                }
            }
        }
    }
    out
}

/// One item both sides kept, merged property by property.
fn merge_item<T: Item>(b: &T, o: &T, t: &T, conflicts: &mut Vec<Conflict>) -> T {
    if t.same(b) {
        return o.clone();
    }
    if o.same(b) {
        return t.clone();
    }
    let mut m = o.clone();
    for &property in T::PROPERTIES {
        let (vb, vt) = (b.get(property), t.get(property));
        if vt == vb {
            continue;
        }
        let vo = o.get(property);
        if vo == vb {
            m.set(property, vt);
        } else if vo != vt {
            conflicts.push(Conflict {
                item: o.item_ref(),
                property,
                ours: vo,
                theirs: vt,
                base: vb,
            });
        }
    }
    m
}

/// The three inputs of a merge (theirs already renumbered).
struct Sides<'a> {
    base: &'a Map,
    ours: &'a Map,
    theirs: &'a Map,
}

/// What one pass of [`Sides::repair`] found to do.
#[derive(Default)]
struct Repairs {
    stages: HashSet<StageId>,
    lanes: HashSet<LaneId>,
    personas: HashSet<PersonaId>,
    cards: HashSet<TouchpointId>,
    /// Properties of cards to set back to ours.
    card_reverts: Vec<(TouchpointId, Property)>,
    /// Cards only theirs has that cannot stay.
    card_drops: HashSet<TouchpointId>,
    connector_reverts: Vec<(crate::model::ConnectorId, Property)>,
    connector_drops: HashSet<crate::model::ConnectorId>,
    /// Lanes whose persona is gone: set back to ours (none for a lane only theirs has).
    lane_reverts: Vec<LaneId>,
}

impl Repairs {
    fn is_empty(&self) -> bool {
        self.stages.is_empty()
            && self.lanes.is_empty()
            && self.personas.is_empty()
            && self.cards.is_empty()
            && self.card_reverts.is_empty()
            && self.card_drops.is_empty()
            && self.connector_reverts.is_empty()
            && self.connector_drops.is_empty()
            && self.lane_reverts.is_empty()
    }
}

impl Sides<'_> {
    /// Makes every reference resolve. A reference we made to an item they deleted brings the
    /// item back from ours (a conflict: they deleted it); a reference they made to an item we
    /// deleted is set back to ours, or their new item waits in a conflict. Each pass moves the
    /// map towards ours, which is sound, so this ends.
    fn repair(&self, map: &mut Map, conflicts: &mut Vec<Conflict>) {
        loop {
            let r = self.find_repairs(map);
            if r.is_empty() {
                return;
            }
            let numbers = |ids: Vec<u32>| ids.into_iter().collect::<HashSet<u32>>();
            let (o, b) = (self.ours, self.base);
            let wanted = numbers(r.stages.iter().map(|id| id.0).collect());
            Self::restore(&mut map.stages, &o.stages, &b.stages, &wanted, conflicts);
            let wanted = numbers(r.lanes.iter().map(|id| id.0).collect());
            Self::restore(&mut map.lanes, &o.lanes, &b.lanes, &wanted, conflicts);
            let wanted = numbers(r.personas.iter().map(|id| id.0).collect());
            Self::restore(
                &mut map.personas,
                &o.personas,
                &b.personas,
                &wanted,
                conflicts,
            );
            let wanted = numbers(r.cards.iter().map(|id| id.0).collect());
            Self::restore(
                &mut map.touchpoints,
                &o.touchpoints,
                &b.touchpoints,
                &wanted,
                conflicts,
            );
            map.touchpoints.sort_by_key(|t| t.id);
            for id in r.lane_reverts {
                self.revert_lane_persona(map, id, conflicts);
            }
            for (id, property) in r.card_reverts {
                let (Some(o), Some(i)) = (self.ours.touchpoint(id), map.touchpoint_index(id))
                else {
                    continue;
                };
                let ours = o.get(property);
                let theirs = map.touchpoints[i].get(property);
                map.touchpoints[i].set(property, ours.clone());
                push_once(
                    conflicts,
                    Conflict {
                        item: ItemRef::Touchpoint(id),
                        property,
                        ours,
                        theirs,
                        base: self
                            .base
                            .touchpoint(id)
                            .map_or(Value::Absent, |b| b.get(property)),
                    },
                );
            }
            for id in &r.card_drops {
                if let Some(i) = map.touchpoint_index(*id) {
                    let t = map.touchpoints.remove(i);
                    push_once(
                        conflicts,
                        Conflict {
                            item: ItemRef::Touchpoint(*id),
                            property: Property::Presence,
                            ours: Value::Absent,
                            theirs: t.whole(),
                            base: Value::Absent,
                        },
                    );
                }
            }
            for (id, property) in r.connector_reverts {
                let Some(o) = self.ours.connector(id) else {
                    continue;
                };
                let Some(c) = map.connectors.iter_mut().find(|c| c.id == id) else {
                    continue;
                };
                let ours = o.get(property);
                let theirs = c.get(property);
                if ours == theirs {
                    continue;
                }
                c.set(property, ours.clone());
                push_once(
                    conflicts,
                    Conflict {
                        item: ItemRef::Connector(id),
                        property,
                        ours,
                        theirs,
                        base: self
                            .base
                            .connector(id)
                            .map_or(Value::Absent, |b| b.get(property)),
                    },
                );
            }
            map.connectors.retain(|c| {
                if r.connector_drops.contains(&c.id) {
                    push_once(
                        conflicts,
                        Conflict {
                            item: c.item_ref(),
                            property: Property::Presence,
                            ours: Value::Absent,
                            theirs: c.whole(),
                            base: Value::Absent,
                        },
                    );
                    false
                } else {
                    true
                }
            });
        }
    }

    /// References of the merged map that do not resolve, and what to do about each.
    fn find_repairs(&self, map: &Map) -> Repairs {
        let stages: HashSet<StageId> = map.stages.iter().map(|s| s.id).collect();
        let lanes: HashSet<LaneId> = map.lanes.iter().map(|s| s.id).collect();
        let personas: HashSet<PersonaId> = map.personas.iter().map(|s| s.id).collect();
        let cards: HashSet<TouchpointId> = map.touchpoints.iter().map(|s| s.id).collect();
        let mut r = Repairs::default();
        for l in &map.lanes {
            let Some(p) = l.persona.filter(|p| !personas.contains(p)) else {
                continue;
            };
            if self.ours.persona(p).is_some() {
                r.personas.insert(p);
            } else {
                r.lane_reverts.push(l.id);
            }
        }
        for t in &map.touchpoints {
            let in_ours = self.ours.touchpoint(t.id).is_some();
            let mut bad = Vec::new();
            if !stages.contains(&t.stage) {
                if self.ours.stage(t.stage).is_some() {
                    r.stages.insert(t.stage);
                } else {
                    bad.push(Property::Place);
                }
            }
            if !lanes.contains(&t.lane) {
                if self.ours.lane(t.lane).is_some() {
                    r.lanes.insert(t.lane);
                } else {
                    bad.push(Property::Place);
                }
            }
            let needed = t.personas.iter().map(|p| (*p, Property::Personas)).chain(
                t.persona_emotions
                    .iter()
                    .map(|pe| (pe.persona, Property::PersonaEmotions)),
            );
            for (p, property) in needed {
                if !personas.contains(&p) {
                    if self.ours.persona(p).is_some() {
                        r.personas.insert(p);
                    } else {
                        bad.push(property);
                    }
                }
            }
            if bad.is_empty() {
                continue;
            }
            if in_ours {
                bad.dedup();
                r.card_reverts.extend(bad.into_iter().map(|p| (t.id, p)));
            } else {
                r.card_drops.insert(t.id);
            }
        }
        for c in &map.connectors {
            let in_ours = self.ours.connector(c.id).is_some();
            let mut bad = Vec::new();
            for (end, property) in [(c.from, Property::From), (c.to, Property::To)] {
                if !cards.contains(&end) || r.card_drops.contains(&end) {
                    if self.ours.touchpoint(end).is_some() {
                        r.cards.insert(end);
                    } else {
                        bad.push(property);
                    }
                }
            }
            if c.from == c.to {
                bad.extend([Property::From, Property::To]);
            }
            if bad.is_empty() {
                continue;
            }
            if in_ours {
                r.connector_reverts
                    .extend(bad.into_iter().map(|p| (c.id, p)));
            } else {
                r.connector_drops.insert(c.id);
            }
        }
        r
    }

    /// Sets a lane's persona back to ours (none for a lane only theirs has), for a persona we
    /// deleted; their value waits in a conflict, with the persona it needs.
    fn revert_lane_persona(&self, map: &mut Map, id: LaneId, conflicts: &mut Vec<Conflict>) {
        let Some(lane) = map.lanes.iter_mut().find(|l| l.id == id) else {
            return;
        };
        let ours = self.ours.lane(id).and_then(|l| l.persona);
        let theirs = std::mem::replace(&mut lane.persona, ours);
        push_once(
            conflicts,
            Conflict {
                item: ItemRef::Lane(id),
                property: Property::Persona,
                ours: Value::LanePersona(ours),
                theirs: Value::LanePersona(theirs),
                base: self
                    .base
                    .lane(id)
                    .map_or(Value::Absent, |b| b.get(Property::Persona)),
            },
        );
    }

    /// Brings back items ours has that the merge dropped because they deleted them.
    fn restore<T: Item>(
        into: &mut Vec<T>,
        ours: &[T],
        base: &[T],
        wanted: &HashSet<u32>,
        conflicts: &mut Vec<Conflict>,
    ) {
        if wanted.is_empty() {
            return;
        }
        for o in ours.iter().filter(|o| wanted.contains(&o.number())) {
            if into.iter().any(|x| x.number() == o.number()) {
                continue;
            }
            into.push(o.clone());
            push_once(
                conflicts,
                Conflict {
                    item: o.item_ref(),
                    property: Property::Presence,
                    ours: o.whole(),
                    theirs: Value::Absent,
                    base: base
                        .iter()
                        .find(|b| b.number() == o.number())
                        .map_or(Value::Absent, Item::whole),
                },
            );
        }
    }

    /// Where a conflict holds their value and that value needs items we deleted (their card
    /// in a stage we removed), records those items as conflicts too, so taking their side of
    /// each (the stage first) brings the whole change back. The mirror of bringing back what
    /// they deleted and we still use.
    fn record_needed(&self, map: &Map, conflicts: &mut Vec<Conflict>) {
        let mut i = 0;
        while i < conflicts.len() {
            let c = &conflicts[i];
            i += 1;
            let needs = match c.property {
                Property::Presence if c.ours == Value::Absent => references(&c.theirs),
                Property::Place
                | Property::Persona
                | Property::Personas
                | Property::PersonaEmotions
                | Property::From
                | Property::To => references(&c.theirs),
                _ => Vec::new(),
            };
            for item in needs {
                let known = conflicts
                    .iter()
                    .any(|x| x.item == item && x.property == Property::Presence);
                if known || exists(map, item) {
                    continue;
                }
                let Some(theirs) = whole(self.theirs, item) else {
                    continue;
                };
                conflicts.push(Conflict {
                    item,
                    property: Property::Presence,
                    ours: Value::Absent,
                    theirs,
                    base: whole(self.base, item).unwrap_or(Value::Absent),
                });
            }
        }
    }

    /// Puts stages, lanes, personas, connectors and each cell's cards in their merged order.
    fn order(&self, map: &mut Map) {
        sequence::order_items(
            &mut map.stages,
            &self.base.stages,
            &self.ours.stages,
            &self.theirs.stages,
        );
        sequence::order_items(
            &mut map.lanes,
            &self.base.lanes,
            &self.ours.lanes,
            &self.theirs.lanes,
        );
        sequence::order_items(
            &mut map.personas,
            &self.base.personas,
            &self.ours.personas,
            &self.theirs.personas,
        );
        sequence::order_items(
            &mut map.connectors,
            &self.base.connectors,
            &self.ours.connectors,
            &self.theirs.connectors,
        );
        map.touchpoints.sort_by_key(|t| t.id);
        sequence::order_cells(map, self.base, self.ours, self.theirs);
    }
}

/// The items a value refers to.
fn references(v: &Value) -> Vec<ItemRef> {
    let card = |t: &crate::model::Touchpoint| {
        let mut out = vec![ItemRef::Stage(t.stage), ItemRef::Lane(t.lane)];
        out.extend(t.personas.iter().map(|p| ItemRef::Persona(*p)));
        out.extend(
            t.persona_emotions
                .iter()
                .map(|pe| ItemRef::Persona(pe.persona)),
        );
        out
    };
    match v {
        Value::Touchpoint(t) => card(t),
        Value::Lane(l) => l.persona.map(ItemRef::Persona).into_iter().collect(),
        Value::LanePersona(p) => p.map(ItemRef::Persona).into_iter().collect(),
        Value::Connector(c) => vec![ItemRef::Touchpoint(c.from), ItemRef::Touchpoint(c.to)],
        Value::Place(s, l) => vec![ItemRef::Stage(*s), ItemRef::Lane(*l)],
        Value::Personas(ps) => ps.iter().map(|p| ItemRef::Persona(*p)).collect(),
        Value::PersonaEmotions(pes) => pes.iter().map(|pe| ItemRef::Persona(pe.persona)).collect(),
        Value::Card(id) => vec![ItemRef::Touchpoint(*id)],
        _ => Vec::new(),
    }
}

fn exists(map: &Map, item: ItemRef) -> bool {
    whole(map, item).is_some() || item == ItemRef::Map
}

/// An item of a map as a whole value.
fn whole(map: &Map, item: ItemRef) -> Option<Value> {
    match item {
        ItemRef::Map => None,
        ItemRef::Stage(id) => map.stage(id).map(Item::whole),
        ItemRef::Lane(id) => map.lane(id).map(Item::whole),
        ItemRef::Touchpoint(id) => map.touchpoint(id).map(Item::whole),
        ItemRef::Persona(id) => map.persona(id).map(Item::whole),
        ItemRef::Connector(id) => map.connector(id).map(Item::whole),
    }
}

fn push_once(conflicts: &mut Vec<Conflict>, c: Conflict) {
    if !conflicts
        .iter()
        .any(|x| x.item == c.item && x.property == c.property)
    {
        conflicts.push(c);
    }
}

#[cfg(test)]
mod tests;
