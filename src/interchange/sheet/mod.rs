//! Spreadsheets <-> Map: CSV and TSV text in the encodings and separators Excel, LibreOffice
//! and Google Sheets write, Excel .xlsx workbooks, and ranges pasted from them.
//!
//! Two shapes are read, told apart by the header row (see [`long`] and [`grid`]): the long
//! shape has a row per card under headers naming fields (in any of the five languages, see
//! [`columns`]); the grid shape is the map as drawn, stages across and lanes down. Exports
//! write the long shape in the map's language, so a sheet edited in Excel reads back as the
//! same map.
//!
//! Nothing here panics or allocates without bound on any bytes: rows and columns beyond the
//! map's limits are counted, not kept, a workbook that unpacks too large is refused, and what
//! did not fit is a warning. A file's structure (quotes, encoding, required columns, a
//! damaged workbook) is an error with its place; a cell's value that means nothing (an
//! emotion of 7, a state of "maybe") is a warning with its cell, and the value is left out.

mod builder;
mod columns;
mod decode;
mod grid;
mod list;
mod long;
mod table;
mod text;
mod xlsx;

pub use xlsx::MAX_UNPACKED_BYTES;

use crate::model::Map;

use super::{ExportProblem, Format, ImportError, ImportOptions, ImportProblem, Imported, Place};

/// What is wrong with a spreadsheet, as data.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SheetProblem {
    /// The file has no rows.
    #[error("the spreadsheet is empty")]
    Empty,
    /// A quoted cell never ends, so it would swallow the rest of the file.
    #[error(
        "a quoted cell (its opening quote is on line {line}) has no closing quote; add the \
         missing \" or remove the opening one"
    )]
    UnclosedQuote {
        /// The text line of the opening quote, from 1.
        line: usize,
    },
    /// A cell holds a NUL byte: the file is binary, or in an encoding Trailmap cannot read.
    #[error(
        "the cell holds a NUL byte; the file is not a text spreadsheet, or it is in an \
         encoding Trailmap does not read (save it as CSV UTF-8)"
    )]
    NulByte,
    /// The CSV reader gave up.
    #[error("the spreadsheet cannot be read: {detail}")]
    Unreadable {
        /// What the reader said.
        detail: String,
    },
    /// The header row names fields but lacks some that a card needs.
    #[error("the header row has no column for {}", .missing.join(", "))]
    MissingColumns {
        /// The missing columns' headers, in the language of the file's header row.
        missing: Vec<String>,
    },
    /// The file is not a zip archive, so not an .xlsx workbook.
    #[error("this is not an Excel .xlsx workbook ({detail})")]
    NotAWorkbook {
        /// What the zip reader said.
        detail: String,
    },
    /// An Excel 97-2003 .xls workbook or a password-protected workbook (both are OLE files).
    #[error(
        "this is an Excel 97-2003 workbook or a password-protected one; save it in Excel as \
         .xlsx without a password"
    )]
    OldOrEncrypted,
    /// The workbook's parts unpack to more than Trailmap reads.
    #[error("the workbook unpacks to {size} bytes; Trailmap reads workbooks of at most {limit}")]
    UnpacksTooLarge {
        /// What its parts declare.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The workbook is damaged or cut off.
    #[error("the workbook is damaged or incomplete: {detail}")]
    Damaged {
        /// What calamine said.
        detail: String,
    },
    /// A cell reference in the workbook names no cell a sheet can have: past column XFD or
    /// row 1 048 576, or a range that ends before it starts. Excel never writes one; the file
    /// was damaged or made to harm.
    #[error("the workbook is damaged: it refers to “{reference}”, which is no cell of a sheet")]
    BadCellReference {
        /// The reference as written, shortened.
        reference: String,
    },
    /// The sheet asked for is not in the workbook.
    #[error("the workbook has no sheet “{name}”; its sheets are: {}", .sheets.join(", "))]
    NoSuchSheet {
        /// The name asked for.
        name: String,
        /// The sheets there are.
        sheets: Vec<String>,
    },
    /// The sheet holds a chart or a macro, not cells.
    #[error("sheet “{sheet}” holds no cells (a chart or macro sheet); choose another sheet")]
    NotAWorksheet {
        /// The sheet's name.
        sheet: String,
    },
}

/// What a spreadsheet import changed or ignored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SheetWarning {
    /// Columns whose header names no field.
    #[error(
        "columns Trailmap does not know were left out: {}{}",
        .names.join(", "),
        if *.more > 0 { format!(" and {} more", .more) } else { String::new() }
    )]
    UnknownColumns {
        /// The headers as written (the first 20).
        names: Vec<String>,
        /// How many more columns were left out.
        more: usize,
    },
    /// Columns naming a field an earlier column already names; only the first is read.
    #[error("columns naming a field twice were left out: {}", .names.join(", "))]
    RepeatedColumns {
        /// The later headers as written.
        names: Vec<String>,
    },
    /// A cell's value means nothing in its column; it was left out.
    #[error("{at}: “{value}” is not a valid {column}; it was left out")]
    BadValue {
        /// The cell.
        at: Place,
        /// The column's header as written.
        column: String,
        /// The value, shortened.
        value: String,
    },
    /// More values were left out than are listed one by one.
    #[error("{count} more values were left out")]
    MoreBadValues {
        /// How many.
        count: usize,
    },
    /// The file was not Unicode; it was read in an 8-bit Windows code page.
    #[error("the file is not in UTF-8; it was read as {encoding}")]
    LegacyEncoding {
        /// The code page's name ("windows-1252", "windows-1250").
        encoding: String,
    },
}

/// An error about one place of a sheet.
fn sheet_error(at: Place, problem: SheetProblem) -> ImportError {
    ImportError::at(at, ImportProblem::Sheet(problem))
}

/// A value named in a message, shortened.
fn short(text: &str) -> String {
    crate::model::short(text)
}

/// Imports CSV or TSV bytes (any encoding and separator; `format` is the extension's hint).
///
/// The encoding, separator and shape come from the content; the `.tsv` hint prefers tab.
pub fn import_text(
    bytes: &[u8],
    format: Format,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    let decoded = decode::decode(bytes);
    if decoded.text.trim().is_empty() {
        return Err(ImportError::whole(SheetProblem::Empty));
    }
    let sep = text::separator(&decoded.text, format);
    let table = text::read(&decoded.text, sep)?;
    let format = if sep == b'\t' {
        Format::Tsv
    } else {
        Format::Csv
    };
    let mut imported = interpret(&table, format, options)?;
    if let Some(encoding) = decoded.legacy {
        imported.warnings.insert(
            0,
            SheetWarning::LegacyEncoding {
                encoding: encoding.to_owned(),
            }
            .into(),
        );
    }
    Ok(imported)
}

/// Imports an .xlsx workbook: the sheet named in `options.sheet` (case ignored), else the
/// first.
pub fn import_xlsx(bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::whole(SheetProblem::Empty));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ImportError::whole(SheetProblem::OldOrEncrypted));
    }
    let table = xlsx::read(bytes, options.sheet.as_deref())?;
    interpret(&table, Format::Xlsx, options)
}

/// A sheet's rows as a map, in the shape its header row shows.
fn interpret(
    table: &table::Table,
    format: Format,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    let Some(first) = table.rows.first() else {
        return Err(match &table.sheet {
            Some(s) => sheet_error(Place::Sheet(s.clone()), SheetProblem::Empty),
            None => ImportError::whole(SheetProblem::Empty),
        });
    };
    let fallback = if options.language.trim().is_empty() {
        "en".to_owned()
    } else {
        options.language.clone()
    };
    let head = long::header(first);
    // A grid needs stage columns: a sheet of one column can only be a long sheet that lacks
    // columns (a list of card titles, say), and its error says which.
    let one_column = table.rows.iter().all(|r| r.cells.len() <= 1);
    if head.is_long() || one_column {
        let language = head.language.map_or(fallback, str::to_owned);
        long::import(table, head, format, language)
    } else {
        Ok(grid::import(table, format, fallback))
    }
}

/// The map as a long CSV (one row per card), in the map's language: UTF-8 with a BOM (so
/// Excel shows umlauts), `;` between cells for maps in German, Polish, Swedish, Norwegian and
/// other languages whose spreadsheets write decimal commas, `,` for English, CRLF line ends.
pub fn export_csv(map: &Map) -> Vec<u8> {
    let sep = if uses_decimal_comma(&map.language) {
        b';'
    } else {
        b','
    };
    write_text(map, sep)
}

/// The map as a long TSV (UTF-8 with BOM, tabs, CRLF).
pub fn export_tsv(map: &Map) -> Vec<u8> {
    write_text(map, b'\t')
}

/// Whether a language's spreadsheets write `1,5` (and so expect `;` between CSV cells).
fn uses_decimal_comma(language: &str) -> bool {
    matches!(
        crate::model::primary_language(language).as_str(),
        "de" | "pl"
            | "sv"
            | "nb"
            | "nn"
            | "no"
            | "da"
            | "fi"
            | "fr"
            | "es"
            | "it"
            | "nl"
            | "pt"
            | "cs"
            | "sk"
            | "hu"
            | "ru"
            | "uk"
            | "tr"
    )
}

fn write_text(map: &Map, sep: u8) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    let mut w = csv::WriterBuilder::new()
        .delimiter(sep)
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(&mut out);
    for row in long::rows(map) {
        let cells = row.iter().map(|v| match v {
            long::Value::Text(s) => table::guard(s).into_owned(),
            long::Value::Number(n) => n.to_string(),
            long::Value::Count(n) => n.to_string(),
        });
        // Writing into memory fails only when memory does.
        let _ = w.write_record(cells);
    }
    let _ = w.flush();
    drop(w);
    out
}

/// The map as a long .xlsx workbook.
pub fn export_xlsx(map: &Map) -> Result<Vec<u8>, ExportProblem> {
    xlsx::write(map)
}

/// The cells of a range copied from a spreadsheet (tab-separated clipboard text, quoted cells
/// with line breaks honoured), rows of cells; `None` when the text has a single column.
pub fn clipboard_range(text: &str) -> Option<Vec<Vec<String>>> {
    let rows = text::clipboard_rows(text)?;
    rows.iter().any(|r| r.len() > 1).then_some(rows)
}
