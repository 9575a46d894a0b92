//! The command line's English words for merge conflicts and map changes: names, not ids, as a
//! marketer reads them ("Moved “Landing page” from Consideration to Awareness").

use trailmap::merge::{Change, Place};
use trailmap::model::{Conflict, Item, ItemKind, ItemRef, Map, Property, Value, short};

/// “text”, shortened; "empty" for none.
fn quoted(text: &str) -> String {
    if text.is_empty() {
        "empty".to_owned()
    } else {
        format!("“{}”", short(&text.replace('\n', " ")))
    }
}

fn list(items: Vec<String>) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

fn place(p: &Place) -> String {
    format!("{} · {}", p.stage_name, p.lane_name)
}

/// A value as the command line shows it, names looked up in `map`.
pub fn value(map: &Map, v: &Value) -> String {
    let card = |id| {
        map.touchpoint(id)
            .map_or_else(|| format!("card {}", id.0), |t| quoted(&t.title))
    };
    let persona = |id: trailmap::model::PersonaId| {
        map.persona(id)
            .map_or_else(|| format!("persona {}", id.0), |p| p.name.clone())
    };
    match v {
        Value::Absent => "deleted".to_owned(),
        Value::Text(t) => quoted(t),
        Value::Texts(ts) => list(ts.iter().map(|t| quoted(t)).collect()),
        Value::Count(n) => n.map_or("none".to_owned(), |n| n.to_string()),
        Value::Score(s) => s.map_or("none".to_owned(), |s| s.to_string()),
        Value::Width(w) => w.map_or("default".to_owned(), |w| w.to_string()),
        Value::Color(c) => c.map_or("default".to_owned(), |c| c.to_string()),
        Value::Kind(k) => format!("{k:?}"),
        Value::Channel(c) => c.map_or("none".to_owned(), |c| format!("{c:?}")),
        Value::State(s) => format!("{s:?}"),
        Value::Future(f) => match f {
            None => "none".to_owned(),
            Some(f) => {
                let mut parts = Vec::new();
                if let Some(t) = &f.title {
                    parts.push(format!("title {}", quoted(t)));
                }
                if let Some(t) = &f.customer_action {
                    parts.push(format!("customer action {}", quoted(t)));
                }
                if let Some(t) = &f.business_response {
                    parts.push(format!("business response {}", quoted(t)));
                }
                if let Some(t) = &f.owner {
                    parts.push(format!("owner {}", quoted(t)));
                }
                if let Some(e) = f.emotion {
                    parts.push(format!("emotion {e}"));
                }
                if let Some(c) = &f.campaigns {
                    parts.push(format!(
                        "campaigns {}",
                        list(c.iter().map(|t| quoted(t)).collect())
                    ));
                }
                list(parts)
            }
        },
        Value::Place(s, l) => format!(
            "{} · {}",
            map.stage(*s)
                .map_or_else(|| s.to_string(), |s| s.name.clone()),
            map.lane(*l)
                .map_or_else(|| l.to_string(), |l| l.name.clone())
        ),
        Value::Personas(ps) => {
            if ps.is_empty() {
                "everyone".to_owned()
            } else {
                list(ps.iter().map(|p| persona(*p)).collect())
            }
        }
        Value::PersonaEmotions(pes) => list(
            pes.iter()
                .map(|pe| format!("{} {}", persona(pe.persona), pe.score))
                .collect(),
        ),
        Value::Card(id) => card(*id),
        Value::LanePersona(None) => "everyone".to_owned(),
        Value::LanePersona(Some(p)) => persona(*p),
        Value::Picture(None) => "none".to_owned(),
        Value::Picture(Some(p)) if p.alt.is_empty() => {
            format!("{} {}", p.key.short(), p.aspect.key())
        }
        Value::Picture(Some(p)) => {
            format!("{} {} {}", p.key.short(), p.aspect.key(), quoted(&p.alt))
        }
        Value::Stage(_)
        | Value::Lane(_)
        | Value::Persona(_)
        | Value::Touchpoint(_)
        | Value::Connector(_) => "kept".to_owned(),
    }
}

/// "card “Ad”", "stage “Awareness”", "the map"; `fallback` names an item the map lacks.
pub fn item(map: &Map, item: ItemRef, fallback: Option<&str>) -> String {
    let name = match item {
        ItemRef::Map => return "the map".to_owned(),
        ItemRef::Stage(id) => map.stage(id).map(|x| x.name.clone()),
        ItemRef::Lane(id) => map.lane(id).map(|x| x.name.clone()),
        ItemRef::Touchpoint(id) => map.touchpoint(id).map(|x| x.title.clone()),
        ItemRef::Persona(id) => map.persona(id).map(|x| x.name.clone()),
        ItemRef::Connector(id) => map.connector(id).map(|x| x.label.clone()),
    }
    .or(fallback.map(str::to_owned))
    .unwrap_or_default();
    let kind = item.kind().map_or("item", ItemKind::key);
    if name.trim().is_empty() {
        format!("{kind} {}", item.number())
    } else {
        format!("{kind} {}", quoted(&name))
    }
}

/// One unresolved conflict in a sentence.
pub fn conflict(map: &Map, c: &Conflict) -> String {
    let fallback = c.theirs.item_name().or_else(|| c.base.item_name());
    let what = item(map, c.item, fallback);
    if c.property == Property::Presence {
        let (deleted, other) = if c.ours == Value::Absent {
            ("our side", "theirs")
        } else {
            ("their side", "ours")
        };
        let other_kept = if c.ours == Value::Absent {
            &c.theirs
        } else {
            &c.ours
        };
        return if c.base == Value::Absent {
            format!(
                "unresolved merge conflict: {what} was added on {other} to something deleted on \
                 {deleted}"
            )
        } else if *other_kept == c.base {
            format!(
                "unresolved merge conflict: {what} was deleted on {deleted}, but changes on {other} need it"
            )
        } else {
            format!(
                "unresolved merge conflict: {what} was deleted on {deleted} and changed on {other}"
            )
        };
    }
    format!(
        "unresolved merge conflict: {what}, {}: ours {}, theirs {}, base {}",
        c.property.key(),
        value(map, &c.ours),
        value(map, &c.theirs),
        value(map, &c.base)
    )
}

/// One change in a marketer's words, names looked up in the new version (`map`).
pub fn change(map: &Map, change: &Change) -> String {
    match change {
        Change::Added { item, name, place } => {
            let what = item.kind().map_or("item", ItemKind::key);
            match place {
                Some(p) => format!("Added {what} {} to {}", quoted(name), self::place(p)),
                None => format!("Added {what} {}", named(*item, name)),
            }
        }
        Change::Removed { item, name, place } => {
            let what = item.kind().map_or("item", ItemKind::key);
            match place {
                Some(p) => format!("Removed {what} {} from {}", quoted(name), self::place(p)),
                None => format!("Removed {what} {}", named(*item, name)),
            }
        }
        Change::Renamed { item, old, new } => {
            let what = item.kind().map_or("the map", ItemKind::key);
            format!("Renamed {what} {} to {}", quoted(old), quoted(new))
        }
        Change::Moved { name, from, to, .. } => {
            let (a, b) = if from.lane == to.lane {
                (from.stage_name.clone(), to.stage_name.clone())
            } else if from.stage == to.stage {
                (from.lane_name.clone(), to.lane_name.clone())
            } else {
                (self::place(from), self::place(to))
            };
            format!("Moved {} from {a} to {b}", quoted(name))
        }
        Change::Changed {
            item,
            name,
            property,
            old,
            new,
        } => {
            let of = match item {
                ItemRef::Map => "the map".to_owned(),
                ItemRef::Touchpoint(_) => quoted(name),
                other => format!(
                    "{} {}",
                    other.kind().map_or("item", ItemKind::key),
                    named(*other, name)
                ),
            };
            format!(
                "Changed {} of {of} from {} to {}",
                property.key(),
                value(map, old),
                value(map, new)
            )
        }
        Change::Reordered { kind, place } => match place {
            Some(p) => format!("Reordered the cards in {}", self::place(p)),
            None => format!("Reordered the {}s", kind.key()),
        },
        Change::SavedView { old, new, .. } => match (old, new) {
            (None, Some(n)) => format!("Added saved view {}", quoted(n)),
            (Some(o), None) => format!("Deleted saved view {}", quoted(o)),
            (Some(o), Some(n)) if o != n => {
                format!("Renamed saved view {} to {}", quoted(o), quoted(n))
            }
            (_, n) => format!(
                "Changed saved view {}",
                quoted(n.as_deref().unwrap_or_default())
            ),
        },
        Change::Conflicts { old, new } => {
            format!("Unresolved merge conflicts: {old} before, {new} now")
        }
    }
}

fn named(item: ItemRef, name: &str) -> String {
    if name.trim().is_empty() {
        item.number().to_string()
    } else {
        quoted(name)
    }
}

/// The map as stable text, one line per item, for `git diff` (git's textconv): a changed card
/// is one changed line that names it.
pub fn textconv(map: &Map) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!("Map {}", quoted_full(&map.title)));
    if !map.description.is_empty() {
        line(format!("  description {}", quoted_full(&map.description)));
    }
    if !map.language.is_empty() {
        line(format!("  language {}", map.language));
    }
    for p in &map.personas {
        line(format!("Persona {}{}", p.id.0, props(map, p)));
    }
    for s in &map.stages {
        line(format!("Stage {}{}", s.id.0, props(map, s)));
    }
    for l in &map.lanes {
        line(format!("Lane {}{}", l.id.0, props(map, l)));
    }
    for s in &map.stages {
        for l in &map.lanes {
            for t in map.cards_in(trailmap::model::Cell {
                stage: s.id,
                lane: l.id,
            }) {
                line(format!(
                    "Card {} in {} · {} #{}{}",
                    t.id.0,
                    s.name,
                    l.name,
                    t.order + 1,
                    props(map, t)
                ));
            }
        }
    }
    for c in &map.connectors {
        line(format!("Arrow {}{}", c.id.0, props(map, c)));
    }
    for c in &map.conflicts {
        line(format!("Conflict: {}", conflict(map, c)));
    }
    out
}

fn quoted_full(text: &str) -> String {
    format!("“{}”", text.replace('\n', "⏎"))
}

/// ` key value; key value` for every property that is not empty.
fn props<T: Item>(map: &Map, item: &T) -> String {
    let mut s = String::new();
    for &p in T::PROPERTIES {
        if p == Property::Place {
            continue;
        }
        let v = item.get(p);
        let empty = matches!(
            &v,
            Value::Text(t) if t.is_empty()
        ) || matches!(&v, Value::Texts(t) if t.is_empty())
            || matches!(&v, Value::Personas(t) if t.is_empty())
            || matches!(&v, Value::PersonaEmotions(t) if t.is_empty())
            || matches!(
                &v,
                Value::Count(None)
                    | Value::Score(None)
                    | Value::Width(None)
                    | Value::Color(None)
                    | Value::Channel(None)
                    | Value::Future(None)
                    | Value::Picture(None)
                    | Value::LanePersona(None)
                    | Value::State(trailmap::model::CardState::Both)
            );
        if empty {
            continue;
        }
        let shown = match &v {
            Value::Text(t) => quoted_full(t),
            other => value(map, other),
        };
        s.push_str(&format!("; {} {shown}", p.key()));
    }
    s.replacen("; ", ": ", 1)
}
