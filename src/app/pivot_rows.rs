//! Drops on a canvas whose rows are pivoted (View > Rows): the drop becomes the edits of
//! [`crate::edit::pivot_move`] (the card's personas or channel, its stage), as one undo step,
//! and the status bar says what changed in the window's language.

use super::{TrailmapApp, actions};
use crate::edit::{RowChange, pivot_move};
use crate::layout::Layout;
use crate::model::{Cell, Channel, LaneId, Map, PersonaId, TouchpointId};
use crate::pivot::{Pivoted, RowMeaning};
use crate::tr;

/// Where dragged cards were dropped on pivoted rows.
pub(super) struct RowDrop<'a> {
    /// The rows shown.
    pub pivot: &'a Pivoted<'static>,
    /// Their layout.
    pub layout: &'a Layout,
    /// The row (a lane of the pivoted map) the grabbed card was drawn in.
    pub from_row: LaneId,
    /// The cell of the pivoted map dropped on.
    pub cell: Cell,
    /// The place in it.
    pub order: u32,
}

fn persona_name(map: &Map, p: Option<PersonaId>) -> String {
    p.and_then(|p| map.persona(p))
        .map_or_else(|| tr!("pivot-all-personas"), |p| p.name.clone())
}

fn channel_name(c: Option<Channel>) -> String {
    c.map_or_else(|| tr!("pivot-no-channel"), super::i18n::words::channel)
}

/// "Moved to Daniel: persona changed from Maya to Daniel", in the window's language.
pub(crate) fn moved_words(map: &Map, row: Option<RowChange>, stage: Option<String>) -> String {
    let place = |row: String| match &stage {
        Some(stage) => tr!("pivot-place", row = row, stage = stage.clone()),
        None => row,
    };
    match row {
        Some(RowChange::Persona { from, to }) => tr!(
            "status-pivot-persona",
            place = place(persona_name(map, to)),
            from = persona_name(map, from),
            to = persona_name(map, to)
        ),
        Some(RowChange::Channel { from, to }) => tr!(
            "status-pivot-channel",
            place = place(channel_name(to)),
            from = channel_name(from),
            to = channel_name(to)
        ),
        None => tr!("status-pivot-stage", stage = stage.unwrap_or_default()),
    }
}

/// What a drop (or Alt+arrow) on pivoted rows does to the map.
enum RowEdit {
    /// An ordinary move into a lane kept as drawn.
    Move(crate::edit::Command, Cell),
    /// The row's persona or channel, and the stage.
    Pivot(crate::edit::PivotMove),
    /// A card dropped on "No channel" from a channel's row: its lane gives it one.
    NoChannel,
    /// Nothing changes.
    Nothing,
}

/// The edits of dropping `ids` (the map's cards; `anchor` the grabbed one) as `at` says: on
/// a lane kept as drawn, an ordinary move; on a row, the row's persona or channel and the
/// stage.
fn row_edit(map: &Map, ids: &[TouchpointId], anchor: TouchpointId, at: &RowDrop<'_>) -> RowEdit {
    let to = at.pivot.meaning(at.cell.lane);
    if let RowMeaning::Lane(lane) = to {
        let cell = Cell {
            stage: at.cell.stage,
            lane,
        };
        return match actions::move_touchpoints(map, ids, cell, at.order) {
            Some(command) => RowEdit::Move(command, cell),
            None => RowEdit::Nothing,
        };
    }
    // The grabbed card from the row it was drawn in, the others from where their first
    // drawing is; cards of lanes kept as drawn do not go into rows.
    let from = at.pivot.meaning(at.from_row);
    let mut cards = vec![(anchor, from)];
    for id in ids.iter().filter(|id| **id != anchor) {
        if let Some(card) = at.layout.card(*id) {
            cards.push((*id, at.pivot.meaning(card.cell.lane)));
        }
    }
    cards.retain(|(_, m)| !matches!(m, RowMeaning::Lane(_)));
    match pivot_move(map, &cards, to, at.cell.stage) {
        Some(moved) => RowEdit::Pivot(moved),
        None if to == RowMeaning::Channel(None) && from != to => RowEdit::NoChannel,
        None => RowEdit::Nothing,
    }
}

impl TrailmapApp {
    /// Drops `ids` (the map's cards; `anchor` the grabbed one) as `at` says (see
    /// [`row_edit`]), as one undo step; the status bar says what changed.
    pub(super) fn drop_in_rows(
        &mut self,
        ids: &[TouchpointId],
        anchor: TouchpointId,
        at: &RowDrop<'_>,
    ) {
        let edit = row_edit(self.doc.map(), ids, anchor, at);
        self.apply_row_edit(edit);
    }

    fn apply_row_edit(&mut self, edit: RowEdit) {
        match edit {
            RowEdit::Nothing => {}
            RowEdit::NoChannel => self.notify(tr!("status-pivot-no-channel")),
            RowEdit::Move(command, cell) => {
                if self.apply_placing(command) {
                    self.view.selection.cell = Some(cell);
                }
            }
            RowEdit::Pivot(moved) => {
                let map = self.doc.map();
                let stage = moved
                    .stage
                    .and_then(|s| map.stage(s))
                    .map(|s| s.name.clone());
                let words = moved_words(map, moved.row, stage);
                if self.apply(moved.command) {
                    self.notify(words);
                }
            }
        }
    }

    /// Alt+arrows with rows pivoted: up and down into the neighbouring row (its persona or
    /// channel, as a drag there), left and right into the neighbouring stage of the card's
    /// row. `false` when rows are not pivoted (the ordinary move applies).
    pub(super) fn move_in_rows(&mut self, id: TouchpointId, dir: actions::Direction) -> bool {
        use actions::Direction;
        let Some((pivot, layout)) = self.canvas.pivot().zip(self.canvas.layout()) else {
            return false;
        };
        let Some(card) = layout.card(id) else {
            return true;
        };
        let step = |i: usize, len: usize, back: bool| {
            if back {
                i.checked_sub(1)
            } else {
                (i + 1 < len).then_some(i + 1)
            }
        };
        let si = layout.stages.iter().position(|s| s.id == card.cell.stage);
        let li = layout.lanes.iter().position(|l| l.id == card.cell.lane);
        let (Some(si), Some(li)) = (si, li) else {
            return true;
        };
        let (si, li) = match dir {
            Direction::Left => (step(si, layout.stages.len(), true), Some(li)),
            Direction::Right => (step(si, layout.stages.len(), false), Some(li)),
            Direction::Up => (Some(si), step(li, layout.lanes.len(), true)),
            Direction::Down => (Some(si), step(li, layout.lanes.len(), false)),
        };
        let (Some(si), Some(li)) = (si, li) else {
            return true;
        };
        let cell = Cell {
            stage: layout.stages[si].id,
            lane: layout.lanes[li].id,
        };
        let map = self.doc.map();
        let order = match pivot.meaning(cell.lane) {
            RowMeaning::Lane(lane) => map.cell_len(Cell {
                stage: cell.stage,
                lane,
            }),
            _ => 0,
        };
        let at = RowDrop {
            pivot,
            layout,
            from_row: card.cell.lane,
            cell,
            order,
        };
        let edit = row_edit(map, &[id], id, &at);
        self.apply_row_edit(edit);
        true
    }
}

/// A card added in a cell of the canvas (Ctrl+Alt+T, "Add touchpoint here", a double click)
/// while rows are pivoted.
pub(super) enum RowCell {
    /// The cell is a lane of the map (rows as drawn, or a lane kept as drawn).
    Lane,
    /// A row's cell that no shown lane can take a card for.
    NoLane,
    /// The new card, in the map's cell that draws it in the row, with the row's persona or
    /// channel: one command.
    Card(crate::edit::Command, TouchpointId),
}

impl TrailmapApp {
    /// The card that adding in `cell` of the canvas makes when `cell` is a pivoted row's: it
    /// goes into the map's lane [`Pivoted::placement`] picks, after `after` when that card is
    /// in the same cell of the map, and is for the row's persona or has its channel.
    pub(super) fn card_for_row(
        &self,
        pivot: Option<&Pivoted<'_>>,
        cell: Cell,
        after: Option<TouchpointId>,
    ) -> RowCell {
        let Some(pivot) = pivot else {
            return RowCell::Lane;
        };
        if matches!(pivot.meaning(cell.lane), RowMeaning::Lane(_)) {
            return RowCell::Lane;
        }
        let map = self.doc.map();
        let Some(place) = pivot.placement(map, cell) else {
            return RowCell::NoLane;
        };
        let (command, id) = actions::insert_touchpoint(map, place.cell, after, "");
        let command = match command {
            crate::edit::Command::InsertTouchpoint(mut t) => {
                t.personas.extend(place.persona);
                t.channel = place.channel;
                crate::edit::Command::InsertTouchpoint(t)
            }
            other => other,
        };
        RowCell::Card(command, id)
    }

    /// Adds the card [`Self::card_for_row`] made for the row cell `cell` and starts editing
    /// its title; says why not when no lane can take it. `true` when `cell` was a row's
    /// (handled here either way).
    pub(super) fn add_card_in_row(&mut self, row: RowCell, cell: Cell) -> bool {
        match row {
            RowCell::Lane => false,
            RowCell::NoLane => {
                self.notify(tr!("status-pivot-no-lane"));
                true
            }
            RowCell::Card(command, id) => {
                let (command, tagged) = self.placing(command);
                if self.canvas.insert_and_edit(&mut self.doc, command, id) {
                    self.view
                        .selection
                        .set(crate::app::Selected::Touchpoint(id));
                    self.view.selection.cell = Some(cell);
                    self.notify_tagged(&tagged);
                }
                true
            }
        }
    }
}
