//! Makes a map from a sheet's cells within the model's limits: stages, lanes and personas by
//! name in the order they first appear, cards numbered in their cells, texts shortened, and
//! what did not fit counted for one [`Warning::Cut`] per kind.

use std::collections::HashMap;

use super::SheetWarning;
use super::columns::KindAndChannel;
use crate::interchange::{Cut, Format, Imported, Place, Warning};
use crate::model::{
    Color, Lane, LaneId, LaneKind, MAX_COLUMNS_OR_ROWS, MAX_LIST_LEN, MAX_TEXT_CHARS,
    MAX_TOUCHPOINTS, Map, Persona, PersonaId, Stage, StageId, Touchpoint, TouchpointId,
};

/// Persona colours, in the order the templates give them.
const PERSONA_COLORS: [Color; 8] = [
    Color::rgb(0xE4, 0x57, 0x2E),
    Color::rgb(0x2E, 0x86, 0xAB),
    Color::rgb(0x6C, 0x5C, 0xE7),
    Color::rgb(0x00, 0x89, 0x7B),
    Color::rgb(0xF3, 0x9C, 0x12),
    Color::rgb(0xC0, 0x39, 0x2B),
    Color::rgb(0xD8, 0x1B, 0x60),
    Color::rgb(0x1E, 0x88, 0xE5),
];

/// Most warnings about single cells' values; the rest are counted in one more warning.
const MAX_VALUE_WARNINGS: usize = 100;

/// What was cut of one kind: the first place and how many.
struct Cuts {
    first: Place,
    dropped: usize,
}

/// A map under construction.
pub(super) struct Builder {
    pub map: Map,
    format: Format,
    warnings: Vec<Warning>,
    stages: HashMap<String, StageId>,
    lanes: HashMap<String, LaneId>,
    personas: HashMap<String, PersonaId>,
    cells: HashMap<(StageId, LaneId), u32>,
    cuts: Vec<(Cut, Cuts)>,
    value_warnings: usize,
}

impl Builder {
    /// An empty map in `language`, read from a file of `format`.
    pub fn new(format: Format, language: String) -> Self {
        Builder {
            map: Map {
                language,
                ..Map::default()
            },
            format,
            warnings: Vec::new(),
            stages: HashMap::new(),
            lanes: HashMap::new(),
            personas: HashMap::new(),
            cells: HashMap::new(),
            cuts: Vec::new(),
            value_warnings: 0,
        }
    }

    /// Counts one item left out at `at`.
    pub fn cut(&mut self, what: Cut, at: &Place, n: usize) {
        match self.cuts.iter_mut().find(|(c, _)| *c == what) {
            Some((_, c)) => c.dropped = c.dropped.saturating_add(n),
            None => self.cuts.push((
                what,
                Cuts {
                    first: at.clone(),
                    dropped: n,
                },
            )),
        }
    }

    /// A warning about one cell's value (the first [`MAX_VALUE_WARNINGS`] are kept).
    pub fn value_warning(&mut self, w: SheetWarning) {
        self.value_warnings = self.value_warnings.saturating_add(1);
        if self.value_warnings <= MAX_VALUE_WARNINGS {
            self.warnings.push(w.into());
        }
    }

    /// Any other warning.
    pub fn warn(&mut self, w: impl Into<Warning>) {
        self.warnings.push(w.into());
    }

    /// A cell's text within [`MAX_TEXT_CHARS`] (a warning when it had to be shortened).
    pub fn text(&mut self, text: &str, at: &Place) -> String {
        match text.char_indices().nth(MAX_TEXT_CHARS) {
            None => text.to_owned(),
            Some((end, _)) => {
                self.warnings.push(Warning::Shortened {
                    at: at.clone(),
                    limit: MAX_TEXT_CHARS,
                });
                text[..end].to_owned()
            }
        }
    }

    /// The stage of this name, made at the end if it is new; `None` when the map has all the
    /// stages it may hold.
    pub fn stage(&mut self, name: &str, at: &Place) -> Option<StageId> {
        if let Some(id) = self.stages.get(name) {
            return Some(*id);
        }
        let id = self.new_stage(name, at)?;
        self.stages.insert(name.to_owned(), id);
        Some(id)
    }

    /// A new stage at the end, even when one has this name (the grid's columns).
    pub fn new_stage(&mut self, name: &str, at: &Place) -> Option<StageId> {
        if self.map.stages.len() >= MAX_COLUMNS_OR_ROWS {
            self.cut(Cut::Stages, at, 1);
            return None;
        }
        let name = self.text(name, at);
        let id = StageId(self.map.stages.len() as u32 + 1);
        self.map.stages.push(Stage::new(id, &name));
        Some(id)
    }

    /// The lane of this name, made at the bottom if it is new, of the kind given or else the
    /// kind its name says; `None` when the map has all the lanes it may hold.
    pub fn lane(&mut self, name: &str, kind: Option<KindAndChannel>, at: &Place) -> Option<LaneId> {
        if let Some(id) = self.lanes.get(name) {
            return Some(*id);
        }
        let id = self.new_lane(name, kind, at)?;
        self.lanes.insert(name.to_owned(), id);
        Some(id)
    }

    /// A new lane at the bottom, even when one has this name (the grid's rows).
    pub fn new_lane(
        &mut self,
        name: &str,
        kind: Option<KindAndChannel>,
        at: &Place,
    ) -> Option<LaneId> {
        if self.map.lanes.len() >= MAX_COLUMNS_OR_ROWS {
            self.cut(Cut::Lanes, at, 1);
            return None;
        }
        let name = self.text(name, at);
        let (kind, channel) = kind
            .or_else(|| super::columns::kind(&name))
            .unwrap_or((LaneKind::Text, None));
        let id = LaneId(self.map.lanes.len() as u32 + 1);
        let mut lane = Lane::new(id, &name, kind);
        lane.channel = channel;
        self.map.lanes.push(lane);
        Some(id)
    }

    /// The persona of this name, made if it is new.
    pub fn persona(&mut self, name: &str, at: &Place) -> Option<PersonaId> {
        if let Some(id) = self.personas.get(name) {
            return Some(*id);
        }
        if self.map.personas.len() >= MAX_COLUMNS_OR_ROWS {
            self.cut(Cut::Personas, at, 1);
            return None;
        }
        let n = self.map.personas.len();
        let id = PersonaId(n as u32 + 1);
        let text = self.text(name, at);
        self.map.personas.push(Persona {
            id,
            name: text,
            color: PERSONA_COLORS[n % PERSONA_COLORS.len()],
            description: String::new(),
        });
        self.personas.insert(name.to_owned(), id);
        Some(id)
    }

    /// A list within [`MAX_LIST_LEN`] entries, each within [`MAX_TEXT_CHARS`].
    pub fn list(&mut self, entries: Vec<String>, at: &Place) -> Vec<String> {
        if entries.len() > MAX_LIST_LEN {
            self.cut(Cut::ListEntries, at, entries.len() - MAX_LIST_LEN);
        }
        entries
            .into_iter()
            .take(MAX_LIST_LEN)
            .map(|e| self.text(&e, at))
            .collect()
    }

    /// A new card at the bottom of its cell; `None` when the map has all the cards it may hold.
    pub fn card(
        &mut self,
        stage: StageId,
        lane: LaneId,
        title: String,
        at: &Place,
    ) -> Option<&mut Touchpoint> {
        if self.map.touchpoints.len() >= MAX_TOUCHPOINTS {
            self.cut(Cut::Cards, at, 1);
            return None;
        }
        let order = self.cells.entry((stage, lane)).or_insert(0);
        let id = TouchpointId(self.map.touchpoints.len() as u32 + 1);
        let mut t = Touchpoint::new(id, stage, lane, *order, "");
        t.title = title;
        *order += 1;
        self.map.touchpoints.push(t);
        self.map.touchpoints.last_mut()
    }

    /// The map and what the import changed, cuts first.
    pub fn finish(mut self) -> Imported {
        let kept = |what: Cut, map: &Map| match what {
            Cut::Cards => map.touchpoints.len(),
            Cut::Stages => map.stages.len(),
            Cut::Lanes => map.lanes.len(),
            Cut::Personas => map.personas.len(),
            Cut::ListEntries => MAX_LIST_LEN,
        };
        let mut warnings: Vec<Warning> = self
            .cuts
            .drain(..)
            .map(|(what, c)| Warning::Cut {
                at: c.first,
                what,
                kept: kept(what, &self.map),
                dropped: c.dropped,
            })
            .collect();
        if self.value_warnings > MAX_VALUE_WARNINGS {
            self.warnings.push(
                SheetWarning::MoreBadValues {
                    count: self.value_warnings - MAX_VALUE_WARNINGS,
                }
                .into(),
            );
        }
        warnings.append(&mut self.warnings);
        Imported {
            map: self.map,
            format: self.format,
            warnings,
        }
    }
}
