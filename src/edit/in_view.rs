//! Edits made on the canvas where the future view shows a card's target-journey values.
//!
//! In the future view a card that exists today and in the target journey shows its future
//! values; editing what is shown must change those, not today's. A card that exists only in
//! the target journey has no separate future values: its own fields are the future. Today's
//! view and the compare view edit today's values.

use super::{Command, TouchpointField};
use crate::model::{CardState, FutureValues, Touchpoint};

/// Whether an edit of this card in this view goes to its future values.
fn edits_future(t: &Touchpoint, future_view: bool) -> bool {
    future_view && t.state == CardState::Both
}

/// The title the view shows.
pub fn shown_title(t: &Touchpoint, future_view: bool) -> &str {
    match &t.future {
        Some(f) if edits_future(t, future_view) => f.title.as_deref().unwrap_or(&t.title),
        _ => &t.title,
    }
}

/// The emotion score the view shows.
pub fn shown_emotion(t: &Touchpoint, future_view: bool) -> Option<i8> {
    match &t.future {
        Some(f) if edits_future(t, future_view) => f.emotion.or(t.emotion),
        _ => t.emotion,
    }
}

/// The command that makes the view show `title` on the card.
pub fn set_shown_title(t: &Touchpoint, title: String, future_view: bool) -> Command {
    if !edits_future(t, future_view) {
        return Command::SetTouchpoint {
            id: t.id,
            field: TouchpointField::Title(title),
        };
    }
    // The same as today's title means "unchanged in the future".
    let value = (title != t.title).then_some(title);
    future_command(t, |f| f.title = value)
}

/// The command that makes the view show `score` on the card.
pub fn set_shown_emotion(t: &Touchpoint, score: Option<i8>, future_view: bool) -> Command {
    if !edits_future(t, future_view) {
        return Command::SetTouchpoint {
            id: t.id,
            field: TouchpointField::Emotion(score),
        };
    }
    let value = score.filter(|s| Some(*s) != t.emotion);
    future_command(t, |f| f.emotion = value)
}

fn future_command(t: &Touchpoint, change: impl FnOnce(&mut FutureValues)) -> Command {
    let mut future = t.future.clone().unwrap_or_default();
    change(&mut future);
    Command::SetTouchpoint {
        id: t.id,
        field: TouchpointField::Future((!future.is_empty()).then_some(future)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lane, LaneId, LaneKind, Map, Stage, StageId, TouchpointId};

    fn map() -> Map {
        let mut t = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Pay by card");
        t.emotion = Some(-1);
        Map {
            stages: vec![Stage::new(StageId(1), "Purchase")],
            lanes: vec![Lane::new(LaneId(1), "Web", LaneKind::Channel)],
            touchpoints: vec![t],
            ..Map::default()
        }
    }

    #[test]
    fn the_future_view_edits_future_values_and_today_stays() {
        let mut m = map();
        let t = m.touchpoints[0].clone();
        set_shown_title(&t, "One-tap pay".into(), true)
            .apply(&mut m)
            .unwrap();
        let t = m.touchpoints[0].clone();
        assert_eq!(t.title, "Pay by card");
        assert_eq!(shown_title(&t, true), "One-tap pay");
        assert_eq!(shown_title(&t, false), "Pay by card");
        set_shown_emotion(&t, Some(2), true).apply(&mut m).unwrap();
        let t = m.touchpoints[0].clone();
        assert_eq!((t.emotion, shown_emotion(&t, true)), (Some(-1), Some(2)));
        // Setting the future back to today's values leaves no future values at all.
        set_shown_title(&t, "Pay by card".into(), true)
            .apply(&mut m)
            .unwrap();
        let t = m.touchpoints[0].clone();
        set_shown_emotion(&t, Some(-1), true).apply(&mut m).unwrap();
        assert_eq!(m.touchpoints[0].future, None);
    }

    #[test]
    fn future_only_cards_and_other_views_edit_the_card_itself() {
        let mut m = map();
        m.touchpoints[0].state = CardState::Future;
        let t = m.touchpoints[0].clone();
        set_shown_title(&t, "New".into(), true)
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.touchpoints[0].title, "New");
        m.touchpoints[0].state = CardState::Both;
        let t = m.touchpoints[0].clone();
        set_shown_title(&t, "Today".into(), false)
            .apply(&mut m)
            .unwrap();
        assert_eq!(m.touchpoints[0].title, "Today");
        assert_eq!(m.touchpoints[0].future, None);
    }
}
