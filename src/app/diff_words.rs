//! The changes between two versions of a map (`merge::diff`) in the window's words, one line
//! each, by name: what the "file changed on disk" question lists before the user decides.

use super::conflict_list::{property_id, quoted, value_words};
use crate::merge::{Change, Place};
use crate::model::{ItemKind, ItemRef, Map};
use crate::tr;

/// The message selector of an item's kind ("stage", "card", …; "map" for the map).
fn kind_of_item(item: ItemRef) -> &'static str {
    item.kind().map_or("map", ItemKind::key)
}

fn place(p: &Place) -> String {
    tr!(
        "diff-place",
        stage = p.stage_name.clone(),
        lane = p.lane_name.clone()
    )
}

/// One change as a line; `new` is the version the change leads to (for names of values).
pub fn change_words(new: &Map, change: &Change) -> String {
    match change {
        Change::Added {
            item,
            name,
            place: p,
        } => match p {
            Some(p) => tr!("diff-added-card", name = quoted(name), place = place(p)),
            None => tr!(
                "diff-added",
                kind = kind_of_item(*item),
                name = quoted(name)
            ),
        },
        Change::Removed {
            item,
            name,
            place: p,
        } => match p {
            Some(p) => tr!("diff-removed-card", name = quoted(name), place = place(p)),
            None => tr!(
                "diff-removed",
                kind = kind_of_item(*item),
                name = quoted(name)
            ),
        },
        Change::Renamed { item, old, new } => tr!(
            "diff-renamed",
            kind = kind_of_item(*item),
            old = quoted(old),
            new = quoted(new)
        ),
        Change::Moved { name, from, to, .. } => tr!(
            "diff-moved",
            name = quoted(name),
            from = place(from),
            to = place(to)
        ),
        Change::Changed {
            item,
            name,
            property,
            old,
            new: value,
        } => {
            let name = if *item == ItemRef::Map {
                tr!("inspector-map")
            } else {
                quoted(name)
            };
            tr!(
                "diff-changed",
                name = name,
                property = tr!(property_id(*property)),
                old = value_words(new, old),
                new = value_words(new, value)
            )
        }
        Change::Reordered { kind, place: p } => match p {
            Some(p) => tr!("diff-reordered-cards", place = place(p)),
            None => tr!("diff-reordered", kind = kind.key()),
        },
        Change::SavedView { old, new, .. } => match (old, new) {
            (None, Some(n)) => tr!("diff-view-added", name = quoted(n)),
            (Some(o), None) => tr!("diff-view-removed", name = quoted(o)),
            (Some(o), Some(n)) if o != n => {
                tr!("diff-view-renamed", old = quoted(o), new = quoted(n))
            }
            (_, n) => tr!(
                "diff-view-changed",
                name = quoted(n.as_deref().unwrap_or_default())
            ),
        },
        Change::Conflicts { old, new } => tr!("diff-conflicts", old = *old, new = *new),
    }
}

/// At most `limit` lines of the changes from `old` to `new`, and a last line saying how many
/// more there are.
pub fn summary(old: &Map, new: &Map, limit: usize) -> Vec<String> {
    let changes = crate::merge::diff(old, new);
    let mut lines: Vec<String> = changes
        .iter()
        .take(limit)
        .map(|c| change_words(new, c))
        .collect();
    if changes.len() > limit {
        lines.push(tr!("diff-more", count = changes.len() - limit));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::super::i18n::{Arg, Language, check_message};

    #[test]
    fn saved_view_changes_have_words_in_every_language() {
        for language in Language::ALL {
            for (id, args) in [
                ("diff-view-added", vec![("name", Arg::from("“A”"))]),
                ("diff-view-removed", vec![("name", Arg::from("“A”"))]),
                ("diff-view-changed", vec![("name", Arg::from("“A”"))]),
                (
                    "diff-view-renamed",
                    vec![("old", Arg::from("“A”")), ("new", Arg::from("“B”"))],
                ),
            ] {
                let text = check_message(language, id, &args)
                    .unwrap_or_else(|e| panic!("{language:?} {id}: {e}"));
                assert!(text.contains("“A”"), "{language:?} {id}: {text}");
            }
        }
    }
}
