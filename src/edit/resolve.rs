//! Resolving merge conflicts as commands: keeping ours only drops the conflict (the map holds
//! ours already); taking theirs applies their value, then drops it. Both are one undo step
//! whose inverse puts the conflict (and our value) back.

use super::{Command, EditError};
use crate::model::{Conflict, Item, ItemRef, Map, ProblemKind, Property, Value};

/// `ResolveConflict`: the inverse restores the conflict and undoes their value.
pub(super) fn resolve(
    map: &mut Map,
    index: usize,
    take_theirs: bool,
) -> Result<Command, EditError> {
    let conflict = map
        .conflicts
        .get(index)
        .cloned()
        .ok_or(EditError::Missing(ItemRef::Map))?;
    let undo = if take_theirs {
        Some(Box::new(theirs_command(map, &conflict)?.apply(map)?))
    } else {
        None
    };
    map.conflicts.remove(index);
    Ok(Command::RestoreConflict {
        index,
        conflict: Box::new(conflict),
        undo,
    })
}

/// `RestoreConflict`: the inverse resolves it again the same way.
pub(super) fn restore(
    map: &mut Map,
    index: usize,
    conflict: Conflict,
    undo: Option<Box<Command>>,
) -> Result<Command, EditError> {
    if index > map.conflicts.len() {
        return Err(EditError::Missing(ItemRef::Map));
    }
    let take_theirs = undo.is_some();
    if let Some(undo) = undo {
        undo.apply(map)?;
    }
    map.conflicts.insert(index, conflict);
    Ok(Command::ResolveConflict { index, take_theirs })
}

/// The command that gives the map their side of a conflict.
fn theirs_command(map: &Map, c: &Conflict) -> Result<Command, EditError> {
    let exists = item_exists(map, c.item);
    if c.property != Property::Presence {
        if !exists {
            return Err(EditError::Missing(c.item));
        }
        if let (ItemRef::Touchpoint(id), Value::Place(stage, lane)) = (c.item, &c.theirs) {
            let here = map.touchpoint(id).map(|t| (t.stage, t.lane));
            if here == Some((*stage, *lane)) {
                return Ok(Command::Batch(Vec::new()));
            }
            let order = map.cell_len(crate::model::Cell {
                stage: *stage,
                lane: *lane,
            });
            return Ok(Command::MoveTouchpoint {
                id,
                stage: *stage,
                lane: *lane,
                order,
            });
        }
        return Ok(Command::SetProperty {
            item: c.item,
            property: c.property,
            value: Box::new(c.theirs.clone()),
        });
    }
    Ok(match (&c.theirs, exists) {
        // They deleted it: delete it (with what depends on it, as a delete in the window does).
        (Value::Absent, true) => match c.item {
            ItemRef::Stage(id) => Command::RemoveStage(id),
            ItemRef::Lane(id) => Command::RemoveLane(id),
            ItemRef::Touchpoint(id) => Command::RemoveTouchpoint(id),
            ItemRef::Persona(id) => Command::RemovePersona(id),
            ItemRef::Connector(id) => Command::RemoveConnector(id),
            ItemRef::Map => Command::Batch(Vec::new()),
        },
        (Value::Absent, false) | (_, true) => Command::Batch(Vec::new()),
        // They kept (and changed) what we deleted: bring back their version.
        (Value::Stage(s), false) => Command::InsertStage {
            index: map.stages.len(),
            stage: s.clone(),
        },
        (Value::Lane(l), false) => Command::InsertLane {
            index: map.lanes.len(),
            lane: l.clone(),
        },
        (Value::Persona(p), false) => Command::InsertPersona {
            index: map.personas.len(),
            persona: p.clone(),
        },
        (Value::Touchpoint(t), false) => {
            let mut t = (**t).clone();
            t.order = map.cell_len(crate::model::Cell {
                stage: t.stage,
                lane: t.lane,
            });
            Command::InsertTouchpoint(Box::new(t))
        }
        (Value::Connector(k), false) => Command::InsertConnector(k.clone()),
        (_, false) => return Err(EditError::Missing(c.item)),
    })
}

fn item_exists(map: &Map, item: ItemRef) -> bool {
    match item {
        ItemRef::Map => true,
        ItemRef::Stage(id) => map.stage(id).is_some(),
        ItemRef::Lane(id) => map.lane(id).is_some(),
        ItemRef::Touchpoint(id) => map.touchpoint(id).is_some(),
        ItemRef::Persona(id) => map.persona(id).is_some(),
        ItemRef::Connector(id) => map.connector(id).is_some(),
    }
}

/// `SetProperty`: sets any property of any item to a value of its shape; refused (map
/// unchanged) when the value does not fit or would break an invariant (a missing stage, an
/// emotion out of range in a hand-edited file).
pub(super) fn set_property(
    map: &mut Map,
    item: ItemRef,
    property: Property,
    value: Value,
) -> Result<Command, EditError> {
    let old = get(map, item, property).ok_or(EditError::Missing(item))?;
    if !set(map, item, property, value) {
        return Err(EditError::Missing(item));
    }
    if let Some(p) = map.problems().into_iter().next() {
        set(map, item, property, old);
        return Err(match p.kind {
            ProblemKind::DanglingReference { to, .. } => EditError::Missing(to),
            _ => EditError::Missing(item),
        });
    }
    Ok(Command::SetProperty {
        item,
        property,
        value: Box::new(old),
    })
}

fn get(map: &Map, item: ItemRef, property: Property) -> Option<Value> {
    Some(match item {
        ItemRef::Map => map.get(property),
        ItemRef::Stage(id) => map.stage(id)?.get(property),
        ItemRef::Lane(id) => map.lane(id)?.get(property),
        ItemRef::Touchpoint(id) => map.touchpoint(id)?.get(property),
        ItemRef::Persona(id) => map.persona(id)?.get(property),
        ItemRef::Connector(id) => map.connector(id)?.get(property),
    })
}

fn set(map: &mut Map, item: ItemRef, property: Property, value: Value) -> bool {
    fn on<T: Item>(items: &mut [T], n: u32, property: Property, value: Value) -> bool {
        items
            .iter_mut()
            .find(|x| x.number() == n)
            .is_some_and(|x| x.set(property, value))
    }
    match item {
        ItemRef::Map => map.set(property, value),
        ItemRef::Stage(id) => on(&mut map.stages, id.0, property, value),
        ItemRef::Lane(id) => on(&mut map.lanes, id.0, property, value),
        ItemRef::Touchpoint(id) => on(&mut map.touchpoints, id.0, property, value),
        ItemRef::Persona(id) => on(&mut map.personas, id.0, property, value),
        ItemRef::Connector(id) => on(&mut map.connectors, id.0, property, value),
    }
}

#[cfg(test)]
mod tests {
    use crate::edit::{Command, History};
    use crate::model::{Map, Value};

    fn conflicted() -> (Map, Map) {
        let mut base = crate::model::synthetic_map(12);
        base.conflicts.clear();
        let mut ours = base.clone();
        ours.touchpoints[0].title = "Ours".into();
        ours.stages[0].name = "Our stage".into();
        ours.touchpoints.retain(|t| t.id != base.touchpoints[3].id);
        ours.connectors
            .retain(|c| c.from != base.touchpoints[3].id && c.to != base.touchpoints[3].id);
        ours.normalize();
        let mut theirs = base.clone();
        theirs.touchpoints[0].title = "Theirs".into();
        theirs.stages[0].name = "Their stage".into();
        theirs.touchpoints[3].emotion = Some(-2);
        let merged = crate::merge::merge(&base, &ours, &theirs);
        assert_eq!(merged.conflicts.len(), 3, "{:?}", merged.conflicts);
        (merged.map, base)
    }

    #[test]
    fn taking_theirs_is_one_undoable_step_that_removes_the_conflict() {
        let (mut map, _) = conflicted();
        let before = map.clone();
        let mut history = History::new(100);
        let title_conflict = map
            .conflicts
            .iter()
            .position(|c| c.theirs == Value::Text("Theirs".into()))
            .unwrap();
        history
            .apply(
                &mut map,
                Command::ResolveConflict {
                    index: title_conflict,
                    take_theirs: true,
                },
            )
            .unwrap();
        assert_eq!(map.touchpoints[0].title, "Theirs");
        assert_eq!(map.conflicts.len(), 2);
        assert!(map.problems().is_empty());
        history.undo(&mut map).unwrap();
        assert_eq!(map, before);
        history.redo(&mut map).unwrap();
        assert_eq!(map.touchpoints[0].title, "Theirs");

        // Keeping ours drops the conflict and nothing else; their deleted card comes back when
        // taken; with none left the map is clean.
        while !map.conflicts.is_empty() {
            let take = matches!(map.conflicts[0].theirs, Value::Touchpoint(_));
            history
                .apply(
                    &mut map,
                    Command::ResolveConflict {
                        index: 0,
                        take_theirs: take,
                    },
                )
                .unwrap();
            assert!(map.problems().is_empty());
        }
        assert_eq!(map.stages[0].name, "Our stage");
        assert!(map.touchpoints.iter().any(|t| t.emotion == Some(-2)));
        while history.can_undo() {
            history.undo(&mut map).unwrap();
        }
        assert_eq!(map, before);
    }

    #[test]
    fn a_value_that_would_break_the_map_is_refused_and_changes_nothing() {
        let (mut map, _) = conflicted();
        let i = map.conflicts.len();
        map.conflicts.push(crate::model::Conflict {
            item: crate::model::ItemRef::Touchpoint(map.touchpoints[1].id),
            property: crate::model::Property::Emotion,
            ours: Value::Score(None),
            theirs: Value::Score(Some(9)),
            base: Value::Score(None),
        });
        let before = map.clone();
        let result = Command::ResolveConflict {
            index: i,
            take_theirs: true,
        }
        .apply(&mut map);
        assert!(result.is_err());
        assert_eq!(map, before);
        assert!(
            Command::ResolveConflict {
                index: 99,
                take_theirs: false
            }
            .apply(&mut map)
            .is_err()
        );
    }
}
