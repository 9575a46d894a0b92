//! The grid shape, the map as drawn: stage names in the first row from column B on, lane
//! names in column A, and in each cell that cell's cards, one per line.

use super::builder::Builder;
use super::table::{MAX_SHEET_COLUMNS, Table};
use crate::interchange::{Cut, Format, Imported, Place};

/// A grid sheet as a map. Every column is a stage and every row a lane, even when two have
/// the same name; a lane's kind comes from its name. Lines of a cell are trimmed; empty lines
/// are not cards.
pub(super) fn import(table: &Table, format: Format, language: String) -> Imported {
    let mut b = Builder::new(format, language);
    let sheet = table.sheet.clone();
    let Some(header) = table.rows.first() else {
        return b.finish();
    };
    let width = table.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let cell_at = |row: usize, column: usize| Place::Cell {
        sheet: sheet.clone(),
        row,
        column,
    };
    let mut stages = Vec::new();
    for c in 1..width {
        stages.push(b.new_stage(header.cell(c), &cell_at(header.number, c + 1)));
    }
    let beyond = table.widest.saturating_sub(MAX_SHEET_COLUMNS);
    if beyond > 0 {
        b.cut(
            Cut::Stages,
            &cell_at(header.number, MAX_SHEET_COLUMNS + 1),
            beyond,
        );
    }
    for row in table.rows.iter().skip(1) {
        let Some(lane) = b.new_lane(row.cell(0), None, &cell_at(row.number, 1)) else {
            continue;
        };
        for (c, text) in row.cells.iter().enumerate().skip(1) {
            let at = cell_at(row.number, c + 1);
            let Some(Some(stage)) = stages.get(c - 1) else {
                continue;
            };
            for line in text.split(['\n', '\r']) {
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                let title = b.text(line, &at);
                b.card(*stage, lane, title, &at);
            }
        }
    }
    if table.rows_left_out > 0 {
        let row = table.rows.last().map_or(1, |r| r.number.saturating_add(1));
        b.cut(Cut::Lanes, &Place::Row { sheet, row }, table.rows_left_out);
    }
    b.finish()
}
