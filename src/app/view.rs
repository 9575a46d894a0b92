//! View state: what is selected, hovered, how far the canvas is zoomed and scrolled, which lanes
//! are hidden. None of this is in the map or in the undo history (selecting is not an edit).

use std::collections::{BTreeSet, HashSet};

use crate::layout::{InsightKind, LayoutOptions, StateView};
use crate::model::{Cell, ConnectorId, LaneId, Map, PersonaId, StageId, TouchpointId};

/// Something on the map that can be selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Selected {
    /// A card.
    Touchpoint(TouchpointId),
    /// A stage (its header).
    Stage(StageId),
    /// A lane (its header).
    Lane(LaneId),
    /// An arrow between cards.
    Connector(ConnectorId),
    /// A persona (in the inspector's list).
    Persona(PersonaId),
}

/// The selected items, plus the cell new and pasted cards go to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    items: BTreeSet<Selected>,
    /// The cell last clicked (or of the last clicked card): where Insert and Paste put cards.
    pub cell: Option<Cell>,
}

impl Selection {
    /// Selects only `item`.
    pub fn set(&mut self, item: Selected) {
        self.items.clear();
        self.items.insert(item);
    }

    /// Selects exactly these items.
    pub fn set_all(&mut self, items: impl IntoIterator<Item = Selected>) {
        self.items = items.into_iter().collect();
    }

    /// Adds or removes `item` (Shift/Ctrl+click).
    pub fn toggle(&mut self, item: Selected) {
        if !self.items.remove(&item) {
            self.items.insert(item);
        }
    }

    /// Adds `item`.
    pub fn add(&mut self, item: Selected) {
        self.items.insert(item);
    }

    /// Selects nothing (the target cell stays).
    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// Whether `item` is selected.
    pub fn contains(&self, item: Selected) -> bool {
        self.items.contains(&item)
    }

    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items are selected.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Every selected item.
    pub fn iter(&self) -> impl Iterator<Item = Selected> + '_ {
        self.items.iter().copied()
    }

    /// The selected item when exactly one is selected.
    pub fn single(&self) -> Option<Selected> {
        if self.items.len() == 1 {
            self.items.first().copied()
        } else {
            None
        }
    }

    /// The selected cards.
    pub fn touchpoints(&self) -> Vec<TouchpointId> {
        self.items
            .iter()
            .filter_map(|s| match s {
                Selected::Touchpoint(id) => Some(*id),
                _ => None,
            })
            .collect()
    }

    /// Drops what the map no longer has (after undo, delete, or opening another map).
    pub fn retain_existing(&mut self, map: &Map) {
        self.items.retain(|s| match *s {
            Selected::Touchpoint(id) => map.touchpoint(id).is_some(),
            Selected::Stage(id) => map.stage(id).is_some(),
            Selected::Lane(id) => map.lane(id).is_some(),
            Selected::Connector(id) => map.connector(id).is_some(),
            Selected::Persona(id) => map.persona(id).is_some(),
        });
        if let Some(cell) = self.cell
            && (map.stage(cell.stage).is_none() || map.lane(cell.lane).is_none())
        {
            self.cell = None;
        }
    }

    /// Where a new or pasted card goes: the remembered cell, else the cell of a selected card,
    /// else the first cell of the map.
    pub fn target_cell(&self, map: &Map) -> Option<Cell> {
        let valid = |c: Cell| map.stage(c.stage).is_some() && map.lane(c.lane).is_some();
        if let Some(c) = self.cell.filter(|c| valid(*c)) {
            return Some(c);
        }
        let from_card = self.touchpoints().into_iter().find_map(|id| {
            map.touchpoint(id).map(|t| Cell {
                stage: t.stage,
                lane: t.lane,
            })
        });
        from_card.or_else(|| {
            Some(Cell {
                stage: map.stages.first()?.id,
                lane: map.lanes.first()?.id,
            })
        })
    }
}

/// An insight picked in the insights panel: its cell is outlined on the canvas until the user
/// selects something else. View state only, never in the map or the history.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    /// The cell the insight is about.
    pub cell: Cell,
    /// What it points out.
    pub kind: InsightKind,
    /// The selection picking it made; any other selection ends the highlight.
    selection: Selection,
}

impl Highlight {
    /// Picks an insight; `selection` is what picking it selected.
    pub fn new(cell: Cell, kind: InsightKind, selection: Selection) -> Self {
        Self {
            cell,
            kind,
            selection,
        }
    }
}

/// Zoom limits and steps.
pub const ZOOM_MIN: f32 = 0.1;
/// Largest zoom.
pub const ZOOM_MAX: f32 = 4.0;
/// Ctrl +/- multiplies or divides the zoom by this.
pub const ZOOM_STEP: f32 = 1.25;

/// How to fit the map into the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// A map was just opened: fit it, but stay readable (75 % to 100 %).
    Opened,
    /// View > Fit: the whole map, however small it gets.
    Whole,
}

/// Everything about how the map is shown that is not the map itself.
#[derive(Debug)]
pub struct ViewState {
    /// Selected items.
    pub selection: Selection,
    /// What the pointer is over.
    pub hover: Option<Selected>,
    /// Screen points per map unit.
    pub zoom: f32,
    /// Scroll offset in screen points (how far the map is moved up and left).
    pub scroll: egui::Vec2,
    /// Lanes the user hid (View > Lanes).
    pub hidden_lanes: HashSet<LaneId>,
    /// Today's journey, the target journey, or both compared (View > Journey).
    pub state: StateView,
    /// Personas whose journey is shown: other personas' cards are dimmed and each gets its own
    /// emotion curve (View > Personas). Empty: everyone.
    pub personas: Vec<PersonaId>,
    /// Cards coloured by owning department (View > Colour by owner).
    pub color_by_owner: bool,
    /// Campaign overlaps and persona gaps marked on the map (View > Insights).
    pub insights: bool,
    /// Notes listed as numbered footnotes under the map (View > Footnotes).
    pub footnotes: bool,
    /// How the touchpoint rows are grouped (View > Rows): as drawn, by persona or by channel.
    /// A way of looking only: never in the map or the history.
    pub rows: crate::pivot::Rows,
    /// The insight picked in the insights panel.
    pub highlight: Option<Highlight>,
    /// Zoom to fit on the next frame.
    pub fit: Option<Fit>,
    /// View > Present: the stage shown and what to go back to; `None` while editing.
    pub presenting: Option<Presenting>,
}

/// Presentation mode (View > Present): one stage at a time, full screen, no menus or panels.
/// View state like the rest: never in the map, never an undo step.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenting {
    /// The stage presented now (highlighted, the others veiled).
    pub stage: StageId,
    /// Zoom and scroll before presenting, put back on leaving.
    pub zoom_before: f32,
    /// Scroll before presenting.
    pub scroll_before: egui::Vec2,
    /// Whether the window was full screen already (then it stays so on leaving).
    pub fullscreen_before: bool,
}

/// Where a presentation step goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next stage (Right, Space, Page Down).
    Next,
    /// The previous stage (Left, Page Up).
    Previous,
    /// The first stage (Home).
    First,
    /// The last stage (End).
    Last,
}

/// The stages a presentation steps through, left to right: every stage, or with a persona
/// filter on, the stages where a chosen persona has a card this view shows (every stage when
/// they have none, so the presentation never comes up empty).
pub fn presented_stages(map: &Map, view: &ViewState) -> Vec<StageId> {
    let all: Vec<StageId> = map.stages.iter().map(|s| s.id).collect();
    if view.personas.is_empty() {
        return all;
    }
    let theirs: Vec<StageId> = all
        .iter()
        .copied()
        .filter(|stage| {
            map.touchpoints.iter().any(|t| {
                t.stage == *stage
                    && !view.hidden_lanes.contains(&t.lane)
                    && view.state.shows(t)
                    && t.personas.iter().any(|p| view.personas.contains(p))
            })
        })
        .collect();
    if theirs.is_empty() { all } else { theirs }
}

/// The stage a step from `from` lands on among `stages` (stays at the ends; a stage not in
/// the list starts from the first).
pub fn step_stage(stages: &[StageId], from: StageId, step: Step) -> Option<StageId> {
    let last = stages.len().checked_sub(1)?;
    let at = stages.iter().position(|s| *s == from);
    let to = match (step, at) {
        (Step::First, _) | (_, None) => 0,
        (Step::Last, _) => last,
        (Step::Next, Some(i)) => (i + 1).min(last),
        (Step::Previous, Some(i)) => i.saturating_sub(1),
    };
    stages.get(to).copied()
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selection: Selection::default(),
            hover: None,
            zoom: 1.0,
            scroll: egui::Vec2::ZERO,
            hidden_lanes: HashSet::new(),
            state: StateView::default(),
            personas: Vec::new(),
            color_by_owner: false,
            insights: false,
            footnotes: false,
            rows: crate::pivot::Rows::Lanes,
            highlight: None,
            fit: None,
            presenting: None,
        }
    }
}

impl ViewState {
    /// A fresh view for a newly opened map.
    pub fn reset(&mut self) {
        *self = Self {
            fit: Some(Fit::Opened),
            ..Self::default()
        };
    }

    /// What the layout should show for this view (also what an export shows by default).
    pub fn layout_options(&self) -> LayoutOptions {
        let mut hidden_lanes: Vec<LaneId> = self.hidden_lanes.iter().copied().collect();
        hidden_lanes.sort();
        LayoutOptions {
            hidden_lanes,
            state: self.state,
            personas: self.personas.clone(),
            color_by_owner: self.color_by_owner,
            insights: self.insights,
            footnotes: self.footnotes,
            export: None,
            focus_stage: self.presenting.as_ref().map(|p| p.stage),
            rows: self.rows,
            linked: Vec::new(),
        }
    }

    /// Forgets view settings that name lanes or personas the map no longer has, and a
    /// highlighted insight once the user has selected something else or hidden the insights.
    pub fn retain_existing(&mut self, map: &Map) {
        self.selection.retain_existing(map);
        self.personas.retain(|p| map.persona(*p).is_some());
        if let Some(p) = &mut self.presenting
            && map.stage(p.stage).is_none()
        {
            match map.stages.first() {
                Some(first) => p.stage = first.id,
                None => self.presenting = None,
            }
        }
        if self
            .highlight
            .as_ref()
            .is_some_and(|h| !self.insights || h.selection != self.selection)
        {
            self.highlight = None;
        }
    }

    /// Sets the zoom within its limits.
    pub fn set_zoom(&mut self, zoom: f32) {
        self.zoom = if zoom.is_finite() {
            zoom.clamp(ZOOM_MIN, ZOOM_MAX)
        } else {
            1.0
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stop_at_the_ends() {
        let s = [StageId(3), StageId(1), StageId(7)];
        assert_eq!(step_stage(&s, StageId(3), Step::Next), Some(StageId(1)));
        assert_eq!(step_stage(&s, StageId(7), Step::Next), Some(StageId(7)));
        assert_eq!(step_stage(&s, StageId(3), Step::Previous), Some(StageId(3)));
        assert_eq!(step_stage(&s, StageId(1), Step::Last), Some(StageId(7)));
        assert_eq!(step_stage(&s, StageId(7), Step::First), Some(StageId(3)));
        assert_eq!(step_stage(&s, StageId(99), Step::Next), Some(StageId(3)));
        assert_eq!(step_stage(&[], StageId(1), Step::Next), None);
    }
}
