//! Other formats <-> Map: spreadsheets (CSV, TSV, Excel .xlsx) and Mermaid `journey` diagrams.
//!
//! Imports are untrusted input like map files: nothing here may panic or hang on any bytes, an
//! import never makes a map that breaks the model's limits (what was cut is a [`Warning`]), and
//! every error says where (line, or sheet/row/column). Errors and warnings are data; the CLI
//! prints their English `Display`, the window words them in its language. No egui here.

pub mod mermaid;
pub mod sheet;
mod view;

use std::io::Read;
use std::path::Path;

pub use view::{View, view_map};

use crate::file::{Looks, MAX_FILE_BYTES};
use crate::model::Map;

/// A format Trailmap imports from and exports to as data (not as a picture).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Comma- or semicolon-separated text (`.csv`).
    Csv,
    /// Tab-separated text (`.tsv`, `.tab`, Excel's "Unicode text").
    Tsv,
    /// An Excel workbook (`.xlsx`).
    Xlsx,
    /// A Mermaid `journey` diagram (`.mmd`, `.mermaid`).
    Mermaid,
}

impl Format {
    /// Every format, in the order menus offer them.
    pub const ALL: [Format; 4] = [Format::Csv, Format::Tsv, Format::Xlsx, Format::Mermaid];

    /// The extension an export in this format gets.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Xlsx => "xlsx",
            Format::Mermaid => "mmd",
        }
    }

    /// Every extension this format is read from, lower case.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Csv => &["csv"],
            Format::Tsv => &["tsv", "tab"],
            Format::Xlsx => &["xlsx"],
            Format::Mermaid => &["mmd", "mermaid"],
        }
    }

    /// The format a file name's extension names (case ignored); `None` for `.txt` and anything
    /// else, where the content decides.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.extensions().contains(&ext.as_str()))
    }

    /// The format the content shows, for `.txt` and files without an extension.
    pub fn from_content(bytes: &[u8]) -> Option<Format> {
        match crate::file::looks(bytes) {
            Looks::Csv => Some(Format::Csv),
            Looks::Tsv => Some(Format::Tsv),
            Looks::Xlsx => Some(Format::Xlsx),
            Looks::Mermaid => Some(Format::Mermaid),
            _ => None,
        }
    }

    /// The exported bytes of a map in this format (the map already filtered by [`view_map`]).
    pub fn export(self, map: &Map) -> Result<Vec<u8>, ExportProblem> {
        match self {
            Format::Csv => Ok(sheet::export_csv(map)),
            Format::Tsv => Ok(sheet::export_tsv(map)),
            Format::Xlsx => sheet::export_xlsx(map),
            Format::Mermaid => Ok(mermaid::export(map).into_bytes()),
        }
    }
}

/// What to import and how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The workbook sheet to read (by name, case ignored); `None`: the first sheet.
    pub sheet: Option<String>,
    /// The language tag the new map gets when the file does not show one (its column headers'
    /// language wins); empty: English.
    pub language: String,
}

/// A map made from another format, with what the import had to change or leave out.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The new map; it passes `Map::problems` with none.
    pub map: Map,
    /// The format it was read from.
    pub format: Format,
    /// What was cut, shortened or ignored, in file order.
    pub warnings: Vec<Warning>,
}

/// Where in an imported file something is, 1-based as spreadsheets and editors count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A line of a text file (Mermaid).
    Line(usize),
    /// A row of a sheet, in a workbook sheet (named) or a CSV/TSV file (`None`).
    Row {
        /// The sheet's name; `None` in a CSV/TSV file.
        sheet: Option<String>,
        /// The row, from 1.
        row: usize,
    },
    /// A cell of a sheet.
    Cell {
        /// The sheet's name; `None` in a CSV/TSV file.
        sheet: Option<String>,
        /// The row, from 1.
        row: usize,
        /// The column, from 1 (A = 1).
        column: usize,
    },
    /// A whole workbook sheet.
    Sheet(String),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sheet = |f: &mut std::fmt::Formatter<'_>, s: &Option<String>| match s {
            Some(s) => write!(f, "sheet “{s}”, "),
            None => Ok(()),
        };
        match self {
            Place::Line(l) => write!(f, "line {l}"),
            Place::Row { sheet: s, row } => {
                sheet(f, s)?;
                write!(f, "row {row}")
            }
            Place::Cell {
                sheet: s,
                row,
                column,
            } => {
                sheet(f, s)?;
                write!(f, "row {row}, column {}", column_letters(*column))
            }
            Place::Sheet(s) => write!(f, "sheet “{s}”"),
        }
    }
}

/// A spreadsheet column's letters: 1 -> "A", 27 -> "AA".
pub fn column_letters(column: usize) -> String {
    let mut n = column.max(1);
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Why an import failed, with where. Nothing was made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub struct ImportError {
    /// Where in the file; `None` for the file as a whole.
    pub at: Option<Place>,
    /// What is wrong.
    pub problem: ImportProblem,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.at {
            Some(at) => write!(f, "{at}: {}", self.problem),
            None => write!(f, "{}", self.problem),
        }
    }
}

impl ImportError {
    /// An error about the file as a whole.
    pub fn whole(problem: impl Into<ImportProblem>) -> Self {
        ImportError {
            at: None,
            problem: problem.into(),
        }
    }

    /// An error at a place.
    pub fn at(at: Place, problem: impl Into<ImportProblem>) -> Self {
        ImportError {
            at: Some(at),
            problem: problem.into(),
        }
    }
}

/// What is wrong with an imported file, as data; `Display` is the command line's English.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ImportProblem {
    /// The file could not be read.
    #[error("could not read the file: {detail}")]
    Unreadable {
        /// What kind of failure the OS reported.
        kind: std::io::ErrorKind,
        /// What the OS said.
        detail: String,
    },
    /// The file is larger than any real journey.
    #[error("the file is {size} bytes; Trailmap imports files of at most {limit} bytes")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Neither the extension nor the content says which format the file is in.
    #[error(
        "Trailmap cannot tell what kind of file this is ({looks}); it imports .csv, .tsv, \
         .txt, .xlsx and .mmd files"
    )]
    UnknownFormat {
        /// What the content looks like.
        looks: Looks,
    },
    /// A spreadsheet problem.
    #[error(transparent)]
    Sheet(#[from] sheet::SheetProblem),
    /// A Mermaid problem.
    #[error(transparent)]
    Mermaid(#[from] mermaid::MermaidProblem),
}

/// What an import changed or left out; the map is still made.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Warning {
    /// More items than a map may hold; the first `kept` were imported.
    #[error("{at}: only the first {kept} {what} were imported, {dropped} more were left out")]
    Cut {
        /// Where the first left-out item is.
        at: Place,
        /// What kind of item.
        what: Cut,
        /// How many were imported.
        kept: usize,
        /// How many were left out.
        dropped: usize,
    },
    /// A text longer than a map allows was shortened.
    #[error("{at}: the text was shortened to {limit} characters")]
    Shortened {
        /// Where the text is.
        at: Place,
        /// The most characters a text may have.
        limit: usize,
    },
    /// A spreadsheet warning.
    #[error(transparent)]
    Sheet(#[from] sheet::SheetWarning),
    /// A Mermaid warning.
    #[error(transparent)]
    Mermaid(#[from] mermaid::MermaidWarning),
}

/// A kind of item an import may have to cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cut {
    /// Cards.
    Cards,
    /// Stages (columns).
    Stages,
    /// Lanes (rows).
    Lanes,
    /// Personas.
    Personas,
    /// Entries of a list (tags, campaigns, personas of one card).
    ListEntries,
}

impl std::fmt::Display for Cut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Cut::Cards => "cards",
            Cut::Stages => "stages",
            Cut::Lanes => "lanes",
            Cut::Personas => "personas",
            Cut::ListEntries => "list entries",
        })
    }
}

/// Why a data export failed; nothing was written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExportProblem {
    /// The workbook writer failed.
    #[error("could not write the Excel workbook: {0}")]
    Xlsx(String),
}

/// Imports a file: the format from its extension, or from its content where the extension
/// says nothing (`.txt`, none).
pub fn import(path: &Path, options: &ImportOptions) -> Result<Imported, ImportError> {
    let bytes = read_limited(path)?;
    let format = Format::from_path(path)
        .or_else(|| Format::from_content(&bytes))
        .ok_or_else(|| {
            ImportError::whole(ImportProblem::UnknownFormat {
                looks: crate::file::looks(&bytes),
            })
        })?;
    import_bytes(&bytes, format, options)
}

/// Imports the bytes of a file in a known format.
pub fn import_bytes(
    bytes: &[u8],
    format: Format,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::whole(ImportProblem::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        }));
    }
    match format {
        Format::Csv | Format::Tsv => sheet::import_text(bytes, format, options),
        Format::Xlsx => sheet::import_xlsx(bytes, options),
        Format::Mermaid => mermaid::import(bytes, options),
    }
}

/// The bytes of a file, refusing one larger than [`MAX_FILE_BYTES`].
fn read_limited(path: &Path) -> Result<Vec<u8>, ImportError> {
    let unreadable = |e: std::io::Error| {
        ImportError::whole(ImportProblem::Unreadable {
            kind: e.kind(),
            detail: e.to_string(),
        })
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(ImportError::whole(ImportProblem::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        }));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_count_like_spreadsheets() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(52), "AZ");
        assert_eq!(column_letters(703), "AAA");
    }

    #[test]
    fn formats_come_from_extensions_ignoring_case() {
        assert_eq!(Format::from_path(Path::new("a/b.CSV")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("b.tab")), Some(Format::Tsv));
        assert_eq!(Format::from_path(Path::new("b.Xlsx")), Some(Format::Xlsx));
        assert_eq!(
            Format::from_path(Path::new("b.mermaid")),
            Some(Format::Mermaid)
        );
        assert_eq!(Format::from_path(Path::new("b.txt")), None);
        assert_eq!(Format::from_path(Path::new("b")), None);
    }
}
