//! What a data export shows: the same choices as a picture export (`--state`, `--persona`,
//! `--hide-lane`), applied to the map itself, so every data format writes a plain map.

use crate::layout::StateView;
use crate::model::{CardState, LaneId, Map, PersonaId};

/// The part of a map a data export writes. The default is the whole map, every card with its
/// state, which is what a round trip through a spreadsheet needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    /// `None`: every card, current and future. `Current`/`Future`: only the cards of that
    /// journey, with that journey's values. `Compare` is the same as `None`.
    pub state: Option<StateView>,
    /// Only cards for these personas (cards that name one of them, or none); empty: all.
    /// The other personas are left out of the map.
    pub personas: Vec<PersonaId>,
    /// Lanes left out, with their cards.
    pub hidden_lanes: Vec<LaneId>,
}

impl View {
    /// Whether the view is the whole map.
    pub fn is_whole(&self) -> bool {
        matches!(self.state, None | Some(StateView::Compare))
            && self.personas.is_empty()
            && self.hidden_lanes.is_empty()
    }
}

/// The map as the view shows it.
pub fn view_map(map: &Map, view: &View) -> Map {
    let mut out = map.clone();
    if view.is_whole() {
        return out;
    }
    out.conflicts.clear();
    out.lanes.retain(|l| !view.hidden_lanes.contains(&l.id));
    out.touchpoints
        .retain(|t| !view.hidden_lanes.contains(&t.lane));
    match view.state {
        Some(StateView::Current) => {
            out.touchpoints.retain(|t| t.state != CardState::Future);
            for t in &mut out.touchpoints {
                t.state = CardState::Both;
                t.future = None;
            }
        }
        Some(StateView::Future) => {
            out.touchpoints = out
                .touchpoints
                .iter()
                .filter_map(|t| t.in_future())
                .map(|mut t| {
                    t.state = CardState::Both;
                    t.future = None;
                    t
                })
                .collect();
        }
        None | Some(StateView::Compare) => {}
    }
    if !view.personas.is_empty() {
        let chosen = |p: &PersonaId| view.personas.contains(p);
        out.touchpoints
            .retain(|t| t.personas.is_empty() || t.personas.iter().any(chosen));
        out.personas.retain(|p| chosen(&p.id));
        for t in &mut out.touchpoints {
            t.personas.retain(chosen);
            t.persona_emotions.retain(|e| chosen(&e.persona));
        }
    }
    let kept: std::collections::HashSet<_> = out.touchpoints.iter().map(|t| t.id).collect();
    out.connectors
        .retain(|c| kept.contains(&c.from) && kept.contains(&c.to));
    renumber_orders(&mut out);
    out
}

/// Orders `0..n` in every cell again after cards were left out.
fn renumber_orders(map: &mut Map) {
    let mut cells: std::collections::HashMap<_, Vec<usize>> = std::collections::HashMap::new();
    for (i, t) in map.touchpoints.iter().enumerate() {
        cells.entry((t.stage, t.lane)).or_default().push(i);
    }
    for indexes in cells.values_mut() {
        indexes.sort_by_key(|&i| map.touchpoints[i].order);
        for (order, &i) in indexes.iter().enumerate() {
            map.touchpoints[i].order = u32::try_from(order).unwrap_or(u32::MAX);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FutureValues, synthetic_map};

    #[test]
    fn the_whole_view_is_the_map() {
        let map = synthetic_map(40);
        assert_eq!(view_map(&map, &View::default()), map);
    }

    #[test]
    fn views_leave_out_cards_and_stay_valid() {
        let mut map = synthetic_map(60);
        map.touchpoints[0].state = CardState::Future;
        map.touchpoints[1].state = CardState::Current;
        map.touchpoints[2].future = Some(FutureValues {
            title: Some("Tomorrow".into()),
            ..Default::default()
        });
        let future = view_map(
            &map,
            &View {
                state: Some(StateView::Future),
                ..Default::default()
            },
        );
        assert!(
            future
                .touchpoints
                .iter()
                .all(|t| t.id != map.touchpoints[1].id)
        );
        assert!(future.touchpoints.iter().any(|t| t.title == "Tomorrow"));
        assert!(future.problems().is_empty(), "{:?}", future.problems());
        let current = view_map(
            &map,
            &View {
                state: Some(StateView::Current),
                hidden_lanes: vec![map.lanes[0].id],
                ..Default::default()
            },
        );
        assert!(
            current
                .touchpoints
                .iter()
                .all(|t| t.id != map.touchpoints[0].id)
        );
        assert!(
            current
                .touchpoints
                .iter()
                .all(|t| t.lane != map.lanes[0].id)
        );
        assert!(current.problems().is_empty(), "{:?}", current.problems());
        if let Some(p) = map.personas.first() {
            let one = view_map(
                &map,
                &View {
                    personas: vec![p.id],
                    ..Default::default()
                },
            );
            assert_eq!(one.personas.len(), 1);
            assert!(one.problems().is_empty(), "{:?}", one.problems());
        }
    }
}
