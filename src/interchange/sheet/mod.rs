//! Spreadsheets <-> Map. PLACEHOLDER API for the spreadsheet helper to implement; every body
//! below is to be replaced.

use crate::model::Map;

use super::{ExportProblem, Format, ImportError, ImportOptions, Imported};

/// What is wrong with a spreadsheet, as data.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SheetProblem {
    /// The file has no rows.
    #[error("the spreadsheet is empty")]
    Empty,
}

/// What a spreadsheet import changed or ignored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SheetWarning {
    /// Columns whose header names no field.
    #[error("columns Trailmap does not know were left out: {}", .names.join(", "))]
    UnknownColumns {
        /// The headers as written.
        names: Vec<String>,
    },
}

/// Imports CSV or TSV bytes (any encoding and separator; `format` is the extension's hint).
pub fn import_text(
    _bytes: &[u8],
    _format: Format,
    _options: &ImportOptions,
) -> Result<Imported, ImportError> {
    todo!()
}

/// Imports an .xlsx workbook.
pub fn import_xlsx(_bytes: &[u8], _options: &ImportOptions) -> Result<Imported, ImportError> {
    todo!()
}

/// The map as a long CSV (one row per card).
pub fn export_csv(_map: &Map) -> Vec<u8> {
    todo!()
}

/// The map as a long TSV.
pub fn export_tsv(_map: &Map) -> Vec<u8> {
    todo!()
}

/// The map as a long .xlsx workbook.
pub fn export_xlsx(_map: &Map) -> Result<Vec<u8>, ExportProblem> {
    todo!()
}

/// The cells of a range copied from a spreadsheet (tab-separated clipboard text, quoted cells
/// with line breaks honoured), rows of cells; `None` when the text has a single column.
pub fn clipboard_range(_text: &str) -> Option<Vec<Vec<String>>> {
    todo!()
}
