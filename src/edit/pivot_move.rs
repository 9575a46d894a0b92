//! Drags in a pivoted view (rows by persona or by channel, [`crate::pivot`]) as edits of the
//! map itself: a card dragged to another row changes what the row stands for (its persona
//! tags, or its channel), to another stage moves it to that stage in its own lane. Each drop
//! is one [`Command`] (one undo step) built from the ordinary commands. No egui here, no
//! words: the change comes back as data for the window to word.

use super::{Command, TouchpointField};
use crate::model::{Cell, Channel, Map, PersonaId, StageId, TouchpointId};
use crate::pivot::RowMeaning;

/// What a drop between rows changed on a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowChange {
    /// Its persona tags: `from`'s tag taken off (none: it was for everyone), `to`'s put on
    /// (none: the row of cards for everyone).
    Persona {
        /// The row it came from.
        from: Option<PersonaId>,
        /// The row it went to.
        to: Option<PersonaId>,
    },
    /// Its channel.
    Channel {
        /// The channel it had (its own or its lane's).
        from: Option<Channel>,
        /// The channel it has now.
        to: Option<Channel>,
    },
}

/// A drop in a pivoted view, as edits.
#[derive(Clone, Debug, PartialEq)]
pub struct PivotMove {
    /// Every edit of the drop, as one step.
    pub command: Command,
    /// What changed on the dragged card's row, if its row changed.
    pub row: Option<RowChange>,
    /// The stage it moved to, if it changed stage.
    pub stage: Option<StageId>,
}

/// The edits of dropping `cards` (original ids, each with the row its dragged copy was in) on
/// the row `to` of stage `stage`: for a persona row, the card loses the persona of the row it
/// came from and gains the one it goes to (the "All personas" row only takes the old one
/// off); for a channel row, the card's channel becomes the row's (left to its lane when that
/// is the lane's own). A card whose stage is not `stage` moves there, to the end of the cell
/// of its own lane. `None` when nothing would change, or when `to` is a lane kept as drawn
/// (an ordinary move). Cards whose row is a lane kept as drawn are left alone. The first card
/// that changes is the one the change reports on.
///
/// Limitations: a card of a channel lane cannot be without a channel while its lane has one,
/// so dropping it on "No channel" changes only its stage.
pub fn pivot_move(
    map: &Map,
    cards: &[(TouchpointId, RowMeaning)],
    to: RowMeaning,
    stage: StageId,
) -> Option<PivotMove> {
    if matches!(to, RowMeaning::Lane(_)) {
        return None;
    }
    let mut scratch = map.clone();
    let mut commands = Vec::new();
    let mut report: Option<(Option<RowChange>, Option<StageId>)> = None;
    for &(id, from) in cards {
        // Cards of lanes kept as drawn do not go into rows.
        if matches!(from, RowMeaning::Lane(_)) {
            continue;
        }
        let Some(t) = scratch.touchpoint(id).cloned() else {
            continue;
        };
        let lane_channel = scratch.lane(t.lane).and_then(|l| l.channel);
        let mut mine = Vec::new();
        let mut change = None;
        match (from, to) {
            (RowMeaning::Persona(a), RowMeaning::Persona(b)) if a != b => {
                let mut personas = t.personas.clone();
                if let Some(a) = a {
                    personas.retain(|p| *p != a);
                }
                if let Some(b) = b
                    && !personas.contains(&b)
                {
                    personas.push(b);
                }
                if personas != t.personas {
                    mine.push(Command::SetTouchpoint {
                        id,
                        field: TouchpointField::Personas(personas),
                    });
                    change = Some(RowChange::Persona { from: a, to: b });
                }
            }
            (RowMeaning::Channel(_), RowMeaning::Channel(c)) => {
                let had = t.channel.or(lane_channel);
                let own = if c == lane_channel { None } else { c };
                if had != c && c.is_some() && own != t.channel {
                    mine.push(Command::SetTouchpoint {
                        id,
                        field: TouchpointField::Channel(own),
                    });
                    change = Some(RowChange::Channel { from: had, to: c });
                }
            }
            _ => {}
        }
        let mut moved = None;
        if t.stage != stage {
            let order = scratch.cell_len(Cell {
                stage,
                lane: t.lane,
            });
            // The move first, so the step is named "Move touchpoint".
            mine.insert(
                0,
                Command::MoveTouchpoint {
                    id,
                    stage,
                    lane: t.lane,
                    order,
                },
            );
            moved = Some(stage);
        }
        for c in &mine {
            c.clone().apply(&mut scratch).ok()?;
        }
        if report.is_none() && !mine.is_empty() {
            report = Some((change, moved));
        }
        commands.extend(mine);
    }
    let (row, stage) = report?;
    let command = match commands.len() {
        1 => commands.pop()?,
        _ => Command::Batch(commands),
    };
    Some(PivotMove {
        command,
        row,
        stage,
    })
}

/// Whether `c` is a change a pivot drop appends to a move (a card's persona tags or channel):
/// the step stays "Move touchpoint" in the undo menu.
pub(super) fn is_row_change(c: &Command) -> bool {
    matches!(
        c,
        Command::SetTouchpoint {
            field: TouchpointField::Personas(_) | TouchpointField::Channel(_),
            ..
        }
    )
}
