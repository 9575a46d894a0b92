//! Saved views in a three-way merge. A view is a small preset, so it is merged whole and never
//! makes a conflict: nothing a person would have to resolve is lost.
//!
//! - Each setting of a view (name, state, personas, hidden lanes, insights, owner colours,
//!   footnotes) merges on its own: the side that changed it wins. Where both changed one
//!   setting differently, ours stays and theirs is kept beside it as a view of its own under a
//!   fresh id, so neither edit is lost.
//! - One side deleted a view the other left alone: it is gone. One deleted it and the other
//!   changed it: the changed view stays (someone still wants it).
//! - Both added a view under one id (theirs are renumbered before): both are kept.
//! - Order: ours, with theirs' new views after them.
//! - Personas and lanes the merged map no longer has are dropped from the views, so the merged
//!   map passes [`Map::problems`].

use std::collections::HashMap;

use crate::model::{Map, SavedView, ViewId};

/// The views of `base`, `ours` and `theirs` merged, fitted to the merged `map`.
pub(super) fn merge_views(
    base: &[SavedView],
    ours: &[SavedView],
    theirs: &[SavedView],
    map: &Map,
) -> Vec<SavedView> {
    let by_id = |list: &[SavedView]| -> HashMap<ViewId, SavedView> {
        list.iter().map(|v| (v.id, v.clone())).collect()
    };
    let (b, t) = (by_id(base), by_id(theirs));
    let mut next = base
        .iter()
        .chain(ours)
        .chain(theirs)
        .map(|v| v.id.0)
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    let mut fresh = |mut v: SavedView| {
        v.id = ViewId(next);
        next = next.saturating_add(1);
        v
    };
    let mut out: Vec<SavedView> = Vec::new();
    let mut extra: Vec<SavedView> = Vec::new();
    for o in ours {
        match (b.get(&o.id), t.get(&o.id)) {
            // Ours added it; theirs has another view under the same id (both added): keep both.
            (None, Some(tv)) if tv != o => {
                out.push(o.clone());
                extra.push(fresh(tv.clone()));
            }
            (None, _) => out.push(o.clone()),
            // They deleted it: gone, unless we changed it.
            (Some(bv), None) => {
                if o != bv {
                    out.push(o.clone());
                }
            }
            (Some(bv), Some(tv)) => match merge_view(bv, o, tv) {
                Some(v) => out.push(v),
                None => {
                    out.push(o.clone());
                    extra.push(fresh(tv.clone()));
                }
            },
        }
    }
    let in_ours: std::collections::HashSet<ViewId> = ours.iter().map(|v| v.id).collect();
    for tv in theirs {
        if in_ours.contains(&tv.id) {
            continue;
        }
        match b.get(&tv.id) {
            // Theirs added it.
            None => out.push(tv.clone()),
            // We deleted it: gone, unless they changed it.
            Some(bv) => {
                if tv != bv {
                    out.push(tv.clone());
                }
            }
        }
    }
    out.extend(extra);
    for v in &mut out {
        v.personas.retain(|p| map.persona(*p).is_some());
        v.hidden_lanes.retain(|l| map.lane(*l).is_some());
    }
    out
}

/// One view merged setting by setting; `None` when both sides changed a setting differently.
fn merge_view(b: &SavedView, o: &SavedView, t: &SavedView) -> Option<SavedView> {
    fn pick<T: PartialEq + Clone>(b: &T, o: &T, t: &T, clash: &mut bool) -> T {
        if o == b {
            t.clone()
        } else {
            *clash |= t != b && t != o;
            o.clone()
        }
    }
    let mut clash = false;
    let merged = SavedView {
        id: o.id,
        name: pick(&b.name, &o.name, &t.name, &mut clash),
        state: pick(&b.state, &o.state, &t.state, &mut clash),
        personas: pick(&b.personas, &o.personas, &t.personas, &mut clash),
        hidden_lanes: pick(
            &b.hidden_lanes,
            &o.hidden_lanes,
            &t.hidden_lanes,
            &mut clash,
        ),
        insights: pick(&b.insights, &o.insights, &t.insights, &mut clash),
        color_by_owner: pick(
            &b.color_by_owner,
            &o.color_by_owner,
            &t.color_by_owner,
            &mut clash,
        ),
        footnotes: pick(&b.footnotes, &o.footnotes, &t.footnotes, &mut clash),
        rows: pick(&b.rows, &o.rows, &t.rows, &mut clash),
    };
    (!clash).then_some(merged)
}

#[cfg(test)]
mod tests {
    use super::super::merge;
    use crate::model::{JourneyState, Map, Persona, PersonaId, SavedView, ViewId};

    fn base() -> Map {
        let mut m = Map::default();
        for (id, name) in [(1, "Busy parents"), (2, "Students")] {
            m.personas.push(Persona {
                id: PersonaId(id),
                name: name.into(),
                color: crate::model::Color::rgb(1, 2, 3),
                description: String::new(),
            });
        }
        let mut v = SavedView::new(ViewId(1), "Busy parents, target");
        v.personas = vec![PersonaId(1)];
        v.state = JourneyState::Future;
        m.views = vec![v, SavedView::new(ViewId(2), "Everyone today")];
        m
    }

    #[test]
    fn views_added_renamed_and_deleted_on_either_side_come_together() {
        let base = base();
        let mut ours = base.clone();
        ours.views[0].name = "Parents, target".into();
        ours.views.push(SavedView::new(ViewId(3), "Ours"));
        let mut theirs = base.clone();
        theirs.views.remove(1);
        let mut added = SavedView::new(ViewId(3), "Theirs");
        added.insights = true;
        theirs.views.push(added);
        let merged = merge(&base, &ours, &theirs);
        assert!(merged.is_clean());
        let names: Vec<&str> = merged.map.views.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["Parents, target", "Ours", "Theirs"]);
        let ids: Vec<u32> = merged.map.views.iter().map(|v| v.id.0).collect();
        assert_eq!(ids, [1, 3, 4], "theirs got a fresh id");
        assert!(
            merged.map.problems().is_empty(),
            "{:?}",
            merged.map.problems()
        );
    }

    #[test]
    fn a_view_changed_on_both_sides_merges_setting_by_setting_and_a_clash_keeps_both() {
        let base = base();
        let mut ours = base.clone();
        ours.views[0].insights = true;
        ours.views[1].name = "Everyone, now".into();
        let mut theirs = base.clone();
        theirs.views[0].insights = true;
        theirs.views[0].color_by_owner = true;
        theirs.views[1].name = "All of them".into();
        theirs.views[1].footnotes = true;
        let merged = merge(&base, &ours, &theirs);
        let v = &merged.map.views;
        assert_eq!(v.len(), 3);
        assert!(
            v[0].insights && v[0].color_by_owner,
            "settings merge one by one"
        );
        assert_eq!(v[1].name, "Everyone, now", "ours stays where both renamed");
        assert!(!v[1].footnotes);
        assert_eq!((v[2].name.as_str(), v[2].id), ("All of them", ViewId(3)));
        assert!(v[2].footnotes, "theirs kept beside as it was");
    }

    #[test]
    fn a_view_loses_a_persona_the_other_side_deleted() {
        let base = base();
        let mut ours = base.clone();
        ours.personas.remove(0);
        ours.views[0].personas.clear();
        let mut theirs = base.clone();
        theirs.views[0].name = "Renamed".into();
        let merged = merge(&base, &ours, &theirs);
        assert!(
            merged.map.problems().is_empty(),
            "{:?}",
            merged.map.problems()
        );
        assert_eq!(merged.map.views[0].name, "Renamed");
        assert!(merged.map.views[0].personas.is_empty());
    }

    #[test]
    fn the_diff_names_views_added_renamed_changed_and_deleted() {
        use super::super::{Change, diff};
        let old = base();
        let mut new = old.clone();
        new.views[0].name = "Parents".into();
        new.views[1].insights = true;
        new.views.push(SavedView::new(ViewId(9), "New"));
        let changes = diff(&old, &new);
        let views: Vec<(Option<&str>, Option<&str>)> = changes
            .iter()
            .filter_map(|c| match c {
                Change::SavedView { old, new, .. } => Some((old.as_deref(), new.as_deref())),
                _ => None,
            })
            .collect();
        assert_eq!(
            views,
            [
                (Some("Busy parents, target"), Some("Parents")),
                (Some("Everyone today"), Some("Everyone today")),
                (None, Some("New")),
            ]
        );
        let back = diff(&new, &old);
        assert!(back.contains(&Change::SavedView {
            view: ViewId(9),
            old: Some("New".into()),
            new: None,
        }));
    }
}
