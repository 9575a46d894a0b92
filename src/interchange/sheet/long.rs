//! The long shape, one row per card: reading it into a map, and writing a map as it.
//!
//! A row with a title (or any other card column filled) is a card. A row without one makes no
//! card but still names its stage, lane and personas, so an export can keep empty stages and
//! lanes and the order of everything: it writes such rows first when the cards alone would not
//! give the map's order back.

use std::collections::HashSet;

use super::builder::Builder;
use super::columns::{self, Column};
use super::table::{Row, Table};
use super::{SheetProblem, SheetWarning, sheet_error};
use crate::interchange::{Cut, Format, ImportError, Imported, Place};
use crate::model::{CardState, Map, PersonaId};

/// Which column of the sheet holds each field.
pub(super) struct Columns {
    at: [Option<usize>; Column::ALL.len()],
    /// The header cells as written, for messages.
    headers: Vec<String>,
}

impl Columns {
    fn index(column: Column) -> usize {
        Column::ALL
            .iter()
            .position(|c| *c == column)
            .unwrap_or_default()
    }

    /// The sheet column (0-based) of a field.
    pub fn get(&self, column: Column) -> Option<usize> {
        self.at[Self::index(column)]
    }

    fn cell<'r>(&self, row: &'r Row, column: Column) -> &'r str {
        self.get(column).map_or("", |i| row.cell(i))
    }
}

/// The header row read: the fields found, the unknown and repeated headers, and the language
/// most of its words are in (`None` when no language has more of them than every other).
pub(super) struct Header {
    pub columns: Columns,
    pub unknown: Vec<String>,
    pub repeated: Vec<String>,
    pub language: Option<&'static str>,
}

/// Reads a header row.
pub(super) fn header(row: &Row) -> Header {
    let mut at = [None; Column::ALL.len()];
    let mut unknown = Vec::new();
    let mut repeated = Vec::new();
    let mut votes = [0usize; columns::LANGUAGES.len()];
    for (i, cell) in row.cells.iter().enumerate() {
        if cell.trim().is_empty() {
            continue;
        }
        match columns::header(cell) {
            Some(m) => {
                let slot = &mut at[Columns::index(m.column)];
                if slot.is_some() {
                    repeated.push(cell.clone());
                    continue;
                }
                *slot = Some(i);
                for (l, v) in votes.iter_mut().enumerate() {
                    if m.languages & (1 << l) != 0 {
                        *v += 1;
                    }
                }
            }
            None => unknown.push(cell.clone()),
        }
    }
    let top = votes.iter().copied().max().unwrap_or(0);
    let language = (top > 0 && votes.iter().filter(|v| **v == top).count() == 1)
        .then(|| votes.iter().position(|v| *v == top))
        .flatten()
        .map(|i| columns::LANGUAGES[i]);
    Header {
        columns: Columns {
            at,
            headers: row.cells.clone(),
        },
        unknown,
        repeated,
        language,
    }
}

impl Header {
    /// Whether the row is a long sheet's header: two of stage, lane and title, or three
    /// fields of any kind, are named (a grid's first row holds stage names).
    pub fn is_long(&self) -> bool {
        let required = Column::REQUIRED
            .iter()
            .filter(|c| self.columns.get(**c).is_some())
            .count();
        let all = self.columns.at.iter().filter(|c| c.is_some()).count();
        required >= 2 || all >= 3
    }
}

/// Most unknown headers a warning names.
const MAX_NAMED_COLUMNS: usize = 20;

/// A long sheet as a map.
pub(super) fn import(
    table: &Table,
    head: Header,
    format: Format,
    language: String,
) -> Result<Imported, ImportError> {
    let sheet = table.sheet.clone();
    let header_row = table.rows.first().map_or(1, |r| r.number);
    let missing: Vec<String> = Column::REQUIRED
        .iter()
        .filter(|c| head.columns.get(**c).is_none())
        .map(|c| c.header(&language).to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(sheet_error(
            Place::Row {
                sheet,
                row: header_row,
            },
            SheetProblem::MissingColumns { missing },
        ));
    }
    let mut b = Builder::new(format, language);
    let beyond = table.widest.saturating_sub(super::table::MAX_SHEET_COLUMNS);
    if !head.unknown.is_empty() || beyond > 0 {
        let more = head.unknown.len().saturating_sub(MAX_NAMED_COLUMNS) + beyond;
        let mut names = head.unknown;
        names.truncate(MAX_NAMED_COLUMNS);
        b.warn(SheetWarning::UnknownColumns { names, more });
    }
    if !head.repeated.is_empty() {
        let mut names = head.repeated;
        names.truncate(MAX_NAMED_COLUMNS);
        b.warn(SheetWarning::RepeatedColumns { names });
    }
    let cols = &head.columns;
    for row in table.rows.iter().skip(1) {
        read_row(&mut b, cols, row, &sheet);
    }
    if table.rows_left_out > 0 {
        let row = table.rows.last().map_or(1, |r| r.number.saturating_add(1));
        b.cut(Cut::Cards, &Place::Row { sheet, row }, table.rows_left_out);
    }
    Ok(b.finish())
}

/// The columns that make a row a card when filled (besides the title).
const CARD_COLUMNS: [Column; 11] = [
    Column::Channel,
    Column::CustomerAction,
    Column::BusinessResponse,
    Column::Owner,
    Column::Campaigns,
    Column::Emotion,
    Column::Reached,
    Column::Converted,
    Column::Tags,
    Column::Notes,
    Column::State,
];

fn read_row(b: &mut Builder, cols: &Columns, row: &Row, sheet: &Option<String>) {
    let place = |column: Option<usize>| match column {
        Some(c) => Place::Cell {
            sheet: sheet.clone(),
            row: row.number,
            column: c + 1,
        },
        None => Place::Row {
            sheet: sheet.clone(),
            row: row.number,
        },
    };
    let at = |c: Column| place(cols.get(c));
    let bad = |b: &mut Builder, c: Column, value: &str| {
        let header = cols
            .get(c)
            .and_then(|i| cols.headers.get(i))
            .cloned()
            .unwrap_or_default();
        b.value_warning(SheetWarning::BadValue {
            at: at(c),
            column: header,
            value: super::short(value),
        });
    };
    let cell = |c: Column| cols.cell(row, c);

    let kind_cell = cell(Column::LaneKind);
    let kind = if kind_cell.trim().is_empty() {
        None
    } else {
        let k = columns::kind(kind_cell);
        if k.is_none() {
            bad(b, Column::LaneKind, kind_cell);
        }
        k
    };
    let title = cell(Column::Title);
    let is_card = !title.is_empty() || CARD_COLUMNS.iter().any(|c| !cell(*c).is_empty());
    let persona_names = super::list::decode(cell(Column::Personas));
    let persona_names = b.list(persona_names, &at(Column::Personas));
    if !is_card {
        if !cell(Column::Stage).is_empty() {
            b.stage(cell(Column::Stage), &at(Column::Stage));
        }
        if !cell(Column::Lane).is_empty() {
            b.lane(cell(Column::Lane), kind, &at(Column::Lane));
        }
        for name in &persona_names {
            b.persona(name, &at(Column::Personas));
        }
        return;
    }
    let stage = b.stage(cell(Column::Stage), &at(Column::Stage));
    let lane = b.lane(cell(Column::Lane), kind, &at(Column::Lane));
    let mut personas: Vec<PersonaId> = Vec::new();
    for name in &persona_names {
        if let Some(id) = b.persona(name, &at(Column::Personas))
            && !personas.contains(&id)
        {
            personas.push(id);
        }
    }
    let (Some(stage), Some(lane)) = (stage, lane) else {
        b.cut(Cut::Cards, &place(None), 1);
        return;
    };

    let channel = match cell(Column::Channel) {
        "" => None,
        c => {
            let ch = columns::channel(c);
            if ch.is_none() {
                bad(b, Column::Channel, c);
            }
            ch
        }
    };
    let emotion = match parse_emotion(cell(Column::Emotion)) {
        Ok(e) => e,
        Err(()) => {
            bad(b, Column::Emotion, cell(Column::Emotion));
            None
        }
    };
    let count = |b: &mut Builder, c: Column| match parse_count(cell(c)) {
        Ok(n) => n,
        Err(()) => {
            bad(b, c, cell(c));
            None
        }
    };
    let reached = count(b, Column::Reached);
    let converted = count(b, Column::Converted);
    let state = match cell(Column::State) {
        s if s.trim().is_empty() => CardState::Both,
        s => columns::state(s).unwrap_or_else(|| {
            bad(b, Column::State, s);
            CardState::Both
        }),
    };
    let title = b.text(title, &at(Column::Title));
    let customer_action = b.text(cell(Column::CustomerAction), &at(Column::CustomerAction));
    let business_response = b.text(
        cell(Column::BusinessResponse),
        &at(Column::BusinessResponse),
    );
    let owner = b.text(cell(Column::Owner), &at(Column::Owner));
    let notes = b.text(cell(Column::Notes), &at(Column::Notes));
    let campaigns = super::list::decode(cell(Column::Campaigns));
    let campaigns = b.list(campaigns, &at(Column::Campaigns));
    let tags = super::list::decode(cell(Column::Tags));
    let tags = b.list(tags, &at(Column::Tags));
    if let Some(t) = b.card(stage, lane, title, &place(None)) {
        t.customer_action = customer_action;
        t.business_response = business_response;
        t.personas = personas;
        t.owner = owner;
        t.campaigns = campaigns;
        t.emotion = emotion;
        t.reached = reached;
        t.converted = converted;
        t.tags = tags;
        t.notes = notes;
        t.state = state;
        t.channel = channel;
    }
}

/// An emotion score: a whole number from -2 to +2 (`+1`, `−1`, `1,0` and `1.0` too); `Ok(None)`
/// for an empty cell.
pub(super) fn parse_emotion(cell: &str) -> Result<Option<i8>, ()> {
    let s = cell.trim().replace('\u{2212}', "-");
    if s.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match s.as_bytes()[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s.as_str()),
    };
    let n = whole_number(digits).ok_or(())?;
    let n = i64::try_from(n).map_err(|_| ())?;
    let n = if negative { -n } else { n };
    match i8::try_from(n) {
        Ok(e) if crate::model::EMOTION_RANGE.contains(&e) => Ok(Some(e)),
        _ => Err(()),
    }
}

/// A count of customers: a whole number, with thousands grouped by spaces, `'`, `.` or `,`
/// as spreadsheets of the five languages write them; `Ok(None)` for an empty cell.
pub(super) fn parse_count(cell: &str) -> Result<Option<u64>, ()> {
    let s: String = cell
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if s.is_empty() {
        return Ok(None);
    }
    let s = s.strip_prefix('+').unwrap_or(&s);
    whole_number(s).map(Some).ok_or(())
}

/// Digits, optionally grouped by threes with `.` or `,`, or followed by a zero fraction
/// (`12.0`, `12,00`).
fn whole_number(s: &str) -> Option<u64> {
    let all_digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if all_digits(s) {
        return s.parse().ok();
    }
    for sep in ['.', ','] {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        if rest.is_empty() || !all_digits(first) {
            continue;
        }
        if first.len() <= 3 && rest.iter().all(|p| p.len() == 3 && all_digits(p)) {
            return format!("{first}{}", rest.concat()).parse().ok();
        }
        if rest.len() == 1 && all_digits(rest[0]) && rest[0].bytes().all(|b| b == b'0') {
            return first.parse().ok();
        }
    }
    None
}

/// A value of an exported cell.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Value {
    Text(String),
    Number(i64),
    Count(u64),
}

/// The rows a long export writes, header first, in the map's language.
pub(super) fn rows(map: &Map) -> Vec<Vec<Value>> {
    let lang = map.language.as_str();
    let mut out: Vec<Vec<Value>> = vec![
        Column::ALL
            .iter()
            .map(|c| Value::Text(c.header(lang).to_owned()))
            .collect(),
    ];
    let stage_index = |id| map.stage_index(id).unwrap_or(usize::MAX);
    let lane_index = |id| map.lane_index(id).unwrap_or(usize::MAX);
    let mut cards: Vec<_> = map
        .touchpoints
        .iter()
        .filter(|t| map.stage(t.stage).is_some() && map.lane(t.lane).is_some())
        .collect();
    cards.sort_by_key(|t| (stage_index(t.stage), lane_index(t.lane), t.order, t.id));
    let persona_name = |id: PersonaId| map.persona(id).map(|p| p.name.clone());
    let lane_kind = |lane: &crate::model::Lane| {
        Value::Text(columns::kind_word(lane.kind, lane.channel, lang).to_owned())
    };
    let text = |s: &str| Value::Text(s.replace('\0', ""));

    if !order_follows_cards(map, &cards) {
        let n = map.stages.len().max(map.lanes.len()).max(1);
        for i in 0..n {
            let mut row = vec![Value::Text(String::new()); Column::ALL.len()];
            if let Some(s) = map.stages.get(i) {
                row[Columns::index(Column::Stage)] = text(&s.name);
            }
            if let Some(l) = map.lanes.get(i) {
                row[Columns::index(Column::Lane)] = text(&l.name);
                row[Columns::index(Column::LaneKind)] = lane_kind(l);
            }
            if i == 0 {
                let names: Vec<String> = map.personas.iter().map(|p| p.name.clone()).collect();
                row[Columns::index(Column::Personas)] = text(&super::list::encode(&names));
            }
            out.push(row);
        }
    }
    for t in cards {
        let (Some(stage), Some(lane)) = (map.stage(t.stage), map.lane(t.lane)) else {
            continue;
        };
        let names: Vec<String> = t.personas.iter().filter_map(|p| persona_name(*p)).collect();
        let empty_card = t.title.is_empty()
            && t.channel.is_none()
            && t.customer_action.is_empty()
            && t.business_response.is_empty()
            && t.owner.is_empty()
            && t.campaigns.is_empty()
            && t.emotion.is_none()
            && t.reached.is_none()
            && t.converted.is_none()
            && t.tags.is_empty()
            && t.notes.is_empty();
        let state = if t.state == CardState::Both && !empty_card {
            ""
        } else {
            columns::state_word(t.state, lang)
        };
        let opt = |n: Option<u64>| n.map_or(Value::Text(String::new()), Value::Count);
        let row = Column::ALL.map(|c| match c {
            Column::Stage => text(&stage.name),
            Column::Lane => text(&lane.name),
            Column::LaneKind => lane_kind(lane),
            Column::Title => text(&t.title),
            Column::Channel => Value::Text(
                t.channel
                    .map(|c| crate::layout::words::words(lang).channel(c).to_owned())
                    .unwrap_or_default(),
            ),
            Column::CustomerAction => text(&t.customer_action),
            Column::BusinessResponse => text(&t.business_response),
            Column::Personas => text(&super::list::encode(&names)),
            Column::Owner => text(&t.owner),
            Column::Campaigns => text(&super::list::encode(&t.campaigns)),
            Column::Emotion => t
                .emotion
                .map_or(Value::Text(String::new()), |e| Value::Number(e.into())),
            Column::Reached => opt(t.reached),
            Column::Converted => opt(t.converted),
            Column::Tags => text(&super::list::encode(&t.tags)),
            Column::Notes => text(&t.notes),
            Column::State => Value::Text(state.to_owned()),
        });
        out.push(row.into_iter().collect());
    }
    out
}

/// Whether reading the cards alone gives back every stage, lane and persona in the map's order.
fn order_follows_cards(map: &Map, cards: &[&crate::model::Touchpoint]) -> bool {
    let mut stages = Vec::new();
    let mut lanes = Vec::new();
    let mut personas = Vec::new();
    let (mut seen_s, mut seen_l, mut seen_p) = (HashSet::new(), HashSet::new(), HashSet::new());
    for t in cards {
        if seen_s.insert(t.stage) {
            stages.push(t.stage);
        }
        if seen_l.insert(t.lane) {
            lanes.push(t.lane);
        }
        for p in &t.personas {
            if seen_p.insert(*p) {
                personas.push(*p);
            }
        }
    }
    stages.iter().eq(map.stages.iter().map(|s| &s.id))
        && lanes.iter().eq(map.lanes.iter().map(|l| &l.id))
        && personas.iter().eq(map.personas.iter().map(|p| &p.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emotions_take_signs_and_zero_fractions_and_nothing_outside_the_scale() {
        for (cell, want) in [
            ("", Ok(None)),
            ("2", Ok(Some(2))),
            ("+1", Ok(Some(1))),
            ("-2", Ok(Some(-2))),
            ("\u{2212}1", Ok(Some(-1))),
            ("1,0", Ok(Some(1))),
            (" 0 ", Ok(Some(0))),
            ("3", Err(())),
            ("-3", Err(())),
            ("1.5", Err(())),
            ("happy", Err(())),
            ("99999999999999999999999", Err(())),
        ] {
            assert_eq!(parse_emotion(cell), want, "{cell:?}");
        }
    }

    #[test]
    fn counts_take_thousands_separators_of_each_language() {
        for (cell, want) in [
            ("1234", Ok(Some(1234))),
            ("1,234", Ok(Some(1234))),
            ("1.234.567", Ok(Some(1_234_567))),
            ("1 234", Ok(Some(1234))),
            ("1\u{a0}234", Ok(Some(1234))),
            ("1'234", Ok(Some(1234))),
            ("1234,00", Ok(Some(1234))),
            ("", Ok(None)),
            ("1.5", Err(())),
            ("-4", Err(())),
            ("12,34", Err(())),
            ("lots", Err(())),
        ] {
            assert_eq!(parse_count(cell), want, "{cell:?}");
        }
    }
}
