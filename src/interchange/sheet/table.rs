//! A sheet as rows of text cells, whatever file it came from, and the formula guard of text
//! exports.

use crate::model::{MAX_COLUMNS_OR_ROWS, MAX_TOUCHPOINTS};

/// Most columns a row keeps: a lane column, every stage a map may hold, and one more so a
/// wider grid is known to be cut. Cells further right are counted, not kept.
pub(super) const MAX_SHEET_COLUMNS: usize = MAX_COLUMNS_OR_ROWS + 2;

/// Most rows a sheet keeps: a header, every card a map may hold, a row per stage or lane
/// with no card, and one more so a longer sheet is known to be cut.
pub(super) const MAX_SHEET_ROWS: usize = MAX_TOUCHPOINTS + 2 * MAX_COLUMNS_OR_ROWS + 2;

/// One row that has at least one non-empty cell.
#[derive(Clone, Debug, Default)]
pub(super) struct Row {
    /// The row's number in the sheet, from 1 (empty rows count, as a spreadsheet counts them).
    pub number: usize,
    /// Its cells from column A, at most [`MAX_SHEET_COLUMNS`].
    pub cells: Vec<String>,
}

impl Row {
    /// The text of a cell (0-based column); empty beyond the row's end.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// A sheet's rows.
#[derive(Clone, Debug, Default)]
pub(super) struct Table {
    /// The workbook sheet's name; `None` for a CSV/TSV file.
    pub sheet: Option<String>,
    /// Rows with content, top to bottom; at most [`MAX_SHEET_ROWS`].
    pub rows: Vec<Row>,
    /// The most cells any row had, kept or not.
    pub widest: usize,
    /// Rows with content after the last one kept.
    pub rows_left_out: usize,
}

impl Table {
    /// Adds a row (trailing empty cells dropped; a row with no content is skipped).
    pub fn push(&mut self, number: usize, mut cells: Vec<String>, width: usize) {
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        if cells.is_empty() {
            return;
        }
        self.widest = self.widest.max(width.max(cells.len()));
        if self.rows.len() >= MAX_SHEET_ROWS {
            self.rows_left_out = self.rows_left_out.saturating_add(1);
            return;
        }
        cells.truncate(MAX_SHEET_COLUMNS);
        self.rows.push(Row { number, cells });
    }
}

/// Whether Excel, LibreOffice or Google Sheets would take a cell starting with `c` as a
/// formula (CSV injection).
fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// A text cell as a CSV/TSV export writes it: an apostrophe before text a spreadsheet would
/// take as a formula, and before an apostrophe that [`unguard`] would otherwise strip.
pub(super) fn guard(text: &str) -> std::borrow::Cow<'_, str> {
    let mut chars = text.chars();
    let needs = match chars.next() {
        Some(c) if starts_formula(c) => true,
        Some('\'') => chars.next().is_some_and(|c| starts_formula(c) || c == '\''),
        _ => false,
    };
    if needs {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A CSV/TSV cell as text: one leading apostrophe dropped when a formula character or another
/// apostrophe follows it (the inverse of [`guard`]).
pub(super) fn unguard(cell: String) -> String {
    let mut chars = cell.chars();
    if chars.next() == Some('\'') && chars.next().is_some_and(|c| starts_formula(c) || c == '\'') {
        cell[1..].to_owned()
    } else {
        cell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_text_never_starts_a_formula_and_reads_back() {
        for text in [
            "=SUM(A1)", "+1", "-2", "@x", "\tx", "\rx", "'", "'a", "''", "'=", "'''=", "a=b", "",
        ] {
            let g = guard(text);
            assert!(!g.starts_with(starts_formula), "{text:?} -> {g:?}");
            assert_eq!(unguard(g.into_owned()), text);
        }
        assert_eq!(guard("=1"), "'=1");
        assert_eq!(guard("it's"), "it's");
    }
}
