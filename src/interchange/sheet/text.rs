//! CSV and TSV text to a [`Table`]: the separator found from the content, quoted cells read by
//! the `csv` crate, and the two things it cannot report: a quoted cell that never closes (it
//! would swallow the rest of the file) and the spreadsheet row each record is on (the crate
//! skips empty lines; Excel counts them).

use super::table::{MAX_SHEET_COLUMNS, Table, unguard};
use super::{SheetProblem, sheet_error};
use crate::interchange::{Format, ImportError, Place};

/// How far the separator is looked for.
const SNIFF_RECORDS: usize = 50;

/// Where the records of a text start, and whether a quote was left open.
struct Scan {
    /// Byte offset of every record's start, empty lines included.
    starts: Vec<usize>,
    /// The row number (from 1) of every record that is not an empty line, in order: the
    /// `csv` crate skips empty lines, so its n-th record is on row `rows[n]`.
    rows: Vec<usize>,
    /// Separators outside quotes in each of the first records.
    counts: Vec<usize>,
    /// A quoted cell still open at the end: (row, line) where it starts.
    open_quote: Option<(usize, usize)>,
}

#[derive(Clone, Copy)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

/// Reads records as the `csv` crate does (RFC 4180 quotes, `\r`, `\n` or `\r\n` ending a
/// record), up to `max_records` (all with `usize::MAX`).
fn scan(text: &[u8], sep: u8, max_records: usize) -> Scan {
    let mut s = Scan {
        starts: vec![0],
        rows: Vec::new(),
        counts: vec![0],
        open_quote: None,
    };
    let mut state = State::FieldStart;
    let mut line = 1usize;
    let mut quote_at = (0, 0);
    let mut i = 0;
    let mut content = false;
    while i < text.len() {
        let b = text[i];
        let newline = b == b'\n' || b == b'\r';
        let blank = newline && matches!(state, State::FieldStart);
        if !content && !blank {
            content = true;
            s.rows.push(s.starts.len());
        }
        match state {
            State::Quoted => {
                if b == b'"' {
                    state = State::QuoteInQuoted;
                } else if newline && !(b == b'\n' && i > 0 && text[i - 1] == b'\r') {
                    line += 1;
                }
                i += 1;
                continue;
            }
            State::FieldStart | State::Unquoted | State::QuoteInQuoted => {
                if newline {
                    // `\r\n` is one line end.
                    let end = if b == b'\r' && text.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    line += 1;
                    if s.starts.len() >= max_records {
                        return s;
                    }
                    content = false;
                    if end < text.len() {
                        s.starts.push(end);
                        s.counts.push(0);
                    }
                    state = State::FieldStart;
                    i = end;
                    continue;
                }
                if b == sep {
                    if let Some(c) = s.counts.last_mut() {
                        *c += 1;
                    }
                    state = State::FieldStart;
                } else if b == b'"' && matches!(state, State::FieldStart) {
                    state = State::Quoted;
                    quote_at = (s.starts.len(), line);
                } else if b == b'"' && matches!(state, State::QuoteInQuoted) {
                    state = State::Quoted;
                } else {
                    state = State::Unquoted;
                }
            }
        }
        i += 1;
    }
    if matches!(state, State::Quoted) {
        s.open_quote = Some(quote_at);
    }
    s
}

/// The separator of a text: the one with the most cells in the first row (quotes honoured),
/// else the most in the first rows; the `.tsv` hint prefers tab whenever the first row has
/// one. Without any separator: tab for `.tsv`, comma for `.csv`.
pub(super) fn separator(text: &str, hint: Format) -> u8 {
    let bytes = text.as_bytes();
    let candidates = [b'\t', b';', b','];
    let scans: Vec<(u8, Scan)> = candidates
        .iter()
        .map(|&c| (c, scan(bytes, c, SNIFF_RECORDS)))
        .collect();
    let first = |s: &Scan| s.counts.first().copied().unwrap_or(0);
    if hint == Format::Tsv && scans.iter().any(|(c, s)| *c == b'\t' && first(s) > 0) {
        return b'\t';
    }
    let best = |key: &dyn Fn(&Scan) -> usize| {
        scans
            .iter()
            .map(|(c, s)| (key(s), *c))
            .filter(|(n, _)| *n > 0)
            // Ties go to the earlier candidate: tab, then `;`, then `,`.
            .fold(None, |acc: Option<(usize, u8)>, x| match acc {
                Some(a) if a.0 >= x.0 => Some(a),
                _ => Some(x),
            })
            .map(|(_, c)| c)
    };
    best(&first)
        .or_else(|| best(&|s: &Scan| s.counts.iter().sum()))
        .unwrap_or(if hint == Format::Tsv { b'\t' } else { b',' })
}

/// The rows of a CSV/TSV text with separator `sep`; one leading apostrophe is dropped from
/// cells an export guarded against formulas.
pub(super) fn read(text: &str, sep: u8) -> Result<Table, ImportError> {
    let bytes = text.as_bytes();
    let scanned = scan(bytes, sep, usize::MAX);
    if let Some((row, line)) = scanned.open_quote {
        return Err(sheet_error(
            Place::Row { sheet: None, row },
            SheetProblem::UnclosedQuote { line },
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut table = Table::default();
    let mut record = csv::StringRecord::new();
    let mut rows = scanned.rows.iter().copied();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let row = rows.next().unwrap_or(scanned.starts.len());
                return Err(sheet_error(
                    Place::Row { sheet: None, row },
                    SheetProblem::Unreadable {
                        detail: e.to_string(),
                    },
                ));
            }
        }
        let row = rows.next().unwrap_or(scanned.starts.len());
        let width = record.len();
        let mut cells = Vec::with_capacity(width.min(MAX_SHEET_COLUMNS));
        for (column, field) in record.iter().take(MAX_SHEET_COLUMNS).enumerate() {
            if field.contains('\0') {
                return Err(sheet_error(
                    Place::Cell {
                        sheet: None,
                        row,
                        column: column + 1,
                    },
                    SheetProblem::NulByte,
                ));
            }
            cells.push(unguard(field.to_owned()));
        }
        if record
            .iter()
            .skip(MAX_SHEET_COLUMNS)
            .any(|f| f.contains('\0'))
        {
            return Err(sheet_error(
                Place::Row { sheet: None, row },
                SheetProblem::NulByte,
            ));
        }
        table.push(row, cells, width);
    }
    Ok(table)
}

/// The cells of a tab-separated clipboard text, rows of cells, quotes honoured.
pub(super) fn clipboard_rows(text: &str) -> Option<Vec<Vec<String>>> {
    let bytes = text.as_bytes();
    if scan(bytes, b'\t', usize::MAX).open_quote.is_some() {
        // Not a range a spreadsheet copied: read the quotes as plain text.
        return plain_rows(text);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.ok()?;
        rows.push(record.iter().map(str::to_owned).collect::<Vec<_>>());
    }
    Some(rows)
}

/// Tab-separated lines without quote handling.
fn plain_rows(text: &str) -> Option<Vec<Vec<String>>> {
    Some(
        text.lines()
            .map(|l| l.split('\t').map(str::to_owned).collect())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_come_from_the_header_with_quotes_honoured() {
        assert_eq!(separator("a;b;c\n1,5;2;3\n", Format::Csv), b';');
        assert_eq!(separator("a,b,c\n\"x;y\",2,3\n", Format::Csv), b',');
        assert_eq!(separator("\"a;b\",c\n", Format::Csv), b',');
        assert_eq!(separator("a\tb,c\n", Format::Tsv), b'\t');
        assert_eq!(separator("a\tb\tc,d,e,f\n", Format::Csv), b',');
        assert_eq!(separator("title\n", Format::Tsv), b'\t');
        assert_eq!(separator("title\n", Format::Csv), b',');
    }

    #[test]
    fn rows_count_empty_lines_and_line_breaks_in_cells_as_excel_does() {
        let t = read("a,b\r\n\r\n\"x\r\ny\",z\r\nlast,1", b',').unwrap_or_default();
        let numbers: Vec<usize> = t.rows.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 3, 4]);
        assert_eq!(t.rows[1].cells, ["x\r\ny", "z"]);
    }

    #[test]
    fn an_unclosed_quote_names_the_row_and_line_it_starts_on() {
        let e = read("a,b\n\"x\ny\",1\n2,\"open\nmore\n", b',');
        let e = e.err().map(|e| (e.at, e.problem));
        assert_eq!(
            e,
            Some((
                Some(Place::Row {
                    sheet: None,
                    row: 3
                }),
                SheetProblem::UnclosedQuote { line: 4 }.into()
            ))
        );
    }
}
