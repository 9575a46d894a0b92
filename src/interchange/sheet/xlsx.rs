//! Excel workbooks: read with calamine (cell by cell, so a huge sheet is cut, not held), written
//! with rust_xlsxwriter (texts as string cells, never formulas; numbers as numbers).
//!
//! A workbook is a zip archive, and calamine unpacks its parts into memory; a small file can
//! unpack to gigabytes (a zip bomb). Before calamine sees it, the sizes the archive declares
//! are added up and a workbook unpacking to more than [`MAX_UNPACKED_BYTES`] is refused; the
//! zip reader stops any part that unpacks to more than it declared.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx, XlsxError};
use rust_xlsxwriter::{Format as CellFormat, Workbook};

use super::long::Value;
use super::table::{MAX_SHEET_COLUMNS, Table};
use super::{SheetProblem, sheet_error};
use crate::interchange::{ExportProblem, ImportError, Place};
use crate::model::Map;

/// The most bytes a workbook's parts may unpack to together.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// The most UTF-16 units Excel holds in one cell.
const EXCEL_CELL_UNITS: usize = 32_767;

/// The rows of one sheet of a workbook: the one named `sheet` (case ignored), else the first.
pub(super) fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, ImportError> {
    let not_a_workbook = |e: zip::result::ZipError| {
        ImportError::whole(SheetProblem::NotAWorkbook {
            detail: e.to_string(),
        })
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
    // The central directory's sizes: the zip reader fails a part that unpacks to more.
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(not_a_workbook)?;
        unpacked = unpacked.saturating_add(part.size());
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(ImportError::whole(SheetProblem::UnpacksTooLarge {
            size: unpacked,
            limit: MAX_UNPACKED_BYTES,
        }));
    }
    if let Some(reference) = first_bad_reference(&mut archive) {
        return Err(ImportError::whole(SheetProblem::BadCellReference {
            reference,
        }));
    }
    drop(archive);
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| ImportError::whole(damaged(&e)))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.to_lowercase() == wanted.to_lowercase())
            .cloned()
            .ok_or_else(|| {
                ImportError::whole(SheetProblem::NoSuchSheet {
                    name: wanted.to_owned(),
                    sheets: names.clone(),
                })
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| ImportError::whole(SheetProblem::Empty))?,
    };
    let at_sheet = || Place::Sheet(name.clone());
    let mut cells = book.worksheet_cells_reader(&name).map_err(|e| match e {
        XlsxError::NotAWorksheet(_) => ImportError::at(
            at_sheet(),
            SheetProblem::NotAWorksheet {
                sheet: name.clone(),
            },
        ),
        e => ImportError::at(at_sheet(), damaged(&e)),
    })?;
    let mut table = Table {
        sheet: Some(name.clone()),
        ..Table::default()
    };
    let mut row: Option<u32> = None;
    let mut values: Vec<String> = Vec::new();
    let mut width = 0usize;
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => return Err(ImportError::at(at_sheet(), damaged(&e))),
        };
        let (r, c) = cell.get_position();
        if row != Some(r) {
            if let Some(prev) = row {
                table.push(
                    prev as usize + 1,
                    std::mem::take(&mut values),
                    std::mem::take(&mut width),
                );
            }
            row = Some(r);
        }
        let c = c as usize;
        let text = text_of(cell.get_value());
        if text.is_empty() {
            continue;
        }
        width = width.max(c + 1);
        if c >= MAX_SHEET_COLUMNS {
            continue;
        }
        if text.contains('\0') {
            return Err(sheet_error(
                Place::Cell {
                    sheet: Some(name.clone()),
                    row: r as usize + 1,
                    column: c + 1,
                },
                SheetProblem::NulByte,
            ));
        }
        if values.len() <= c {
            values.resize(c + 1, String::new());
        }
        values[c] = text;
    }
    if let Some(prev) = row {
        table.push(prev as usize + 1, values, width);
    }
    Ok(table)
}

/// Excel's last column (XFD) and row: no sheet has a cell beyond them.
const LAST_COLUMN: u32 = 16_384;
const LAST_ROW: u32 = 1_048_576;

/// The elements whose cell references calamine reads and computes with: the sheet's
/// dimension, rows, cells, shared formulas, merged cells and links (attribute `r` or `ref`).
const REFERENCING: [&str; 6] = ["dimension", "row", "c", "f", "mergeCell", "hyperlink"];

/// The first cell reference in any part of the workbook that names no cell a sheet can have
/// (shortened, as every value a sheet message names). calamine 0.38 adds up the letters and digits of a reference in
/// `u32` and subtracts a range's start from its end unchecked, so "AAAAAAAAA1" or "A9:A1"
/// overflows (a panic where overflow is checked, nonsense elsewhere); such a workbook is
/// refused before calamine reads it. Every part is read, as a hostile workbook may keep its
/// sheet anywhere; one that is no XML stops at its first error, as calamine would.
fn first_bad_reference(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Option<String> {
    use quick_xml::events::Event;
    for i in 0..archive.len() {
        let Ok(part) = archive.by_index(i) else {
            continue;
        };
        let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(part));
        // As calamine reads a part.
        let config = xml.config_mut();
        config.check_end_names = false;
        config.check_comments = false;
        config.expand_empty_elements = true;
        config.trim_text(false);
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let e = match xml.read_event_into(&mut buf) {
                Ok(Event::Start(e) | Event::Empty(e)) => e,
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => continue,
            };
            if !REFERENCING.contains(&e.local_name().as_ref()) {
                continue;
            }
            let found = reference_values(e.attributes_raw()).find(|v| !is_sheet_reference(v));
            if let Some(bad) = found {
                return Some(super::short(bad));
            }
        }
    }
    None
}

/// The values of every attribute named `r` or `ref` (any prefix) in an element's attribute
/// text, found more eagerly than calamine finds them (any quote, any spacing).
fn reference_values(raw: &str) -> impl Iterator<Item = &str> {
    let mut rest = raw;
    std::iter::from_fn(move || {
        loop {
            let eq = rest.find('=')?;
            let key = rest[..eq].trim_end();
            let key = key.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
            let local = key.rsplit(':').next().unwrap_or("");
            let after = rest[eq + 1..].trim_start();
            let Some(quote) = after.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                rest = &rest[eq + 1..];
                continue;
            };
            let value = &after[1..];
            let end = value.find(quote).unwrap_or(value.len());
            rest = value.get(end + 1..).unwrap_or("");
            if local == "r" || local == "ref" {
                return Some(&value[..end]);
            }
        }
    })
}

/// Whether a reference ("B7", "A1:D20", "C", "12") stays within a sheet: at most column XFD and
/// row 1 048 576, and a range ends at or after its start. What is not letters then digits is
/// left to calamine, which refuses it without computing.
fn is_sheet_reference(value: &str) -> bool {
    let mut parts = value.split(':').map(column_and_row);
    let Some(Some(start)) = parts.next() else {
        return false;
    };
    let Some(end) = parts.next() else {
        return true;
    };
    let before = |a: Option<u32>, b: Option<u32>| a.zip(b).is_some_and(|(a, b)| b < a);
    end.is_some_and(|end| !before(start.0, end.0) && !before(start.1, end.1))
}

/// The column and row (1-based; `None` where the part has none) of one end of a reference, or
/// `None` when either lies beyond a sheet.
fn column_and_row(part: &str) -> Option<(Option<u32>, Option<u32>)> {
    let b = part.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = b[letters..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if letters > 3 || digits > 7 {
        return None;
    }
    let column = b[..letters].iter().fold(0u32, |n, c| {
        n * 26 + u32::from(c.to_ascii_uppercase() - b'A') + 1
    });
    let row = b[letters..letters + digits]
        .iter()
        .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    (column <= LAST_COLUMN && row <= LAST_ROW)
        .then_some(((letters > 0).then_some(column), (digits > 0).then_some(row)))
}

fn damaged(e: &XlsxError) -> SheetProblem {
    match e {
        XlsxError::Password => SheetProblem::OldOrEncrypted,
        e => SheetProblem::Damaged {
            detail: e.to_string(),
        },
    }
}

/// A cell's value as text: whole numbers without ".0", as a spreadsheet shows them.
fn text_of(value: &DataRef<'_>) -> String {
    let number = |f: f64| {
        if f.fract() == 0.0 && f.abs() < 1e15 {
            format!("{}", f as i64)
        } else {
            format!("{f}")
        }
    };
    match value {
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// Text with every `_xHHHH_` written as `_x005F_xHHHH_`, as Excel keeps such text from being
/// read as an escaped character (rust_xlsxwriter does this itself except in rich strings).
fn escape_unicode_escapes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("_x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let b = tail.as_bytes();
        let escape = b.len() >= 7 && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_';
        out.push_str(if escape { "_x005F_x" } else { "_x" });
        rest = &tail[2..];
    }
    out.push_str(rest);
    out
}

/// The sheet's name in the map's language.
fn sheet_name(language: &str) -> &'static str {
    match super::columns::language_index(language) {
        Some(2) => "Podróż klienta",
        Some(3) => "Kundresa",
        Some(4) => "Kundereise",
        _ => "Customer Journey",
    }
}

/// The map as a long workbook: bold frozen header, columns as wide as their texts (within
/// reason), line breaks shown in cells that have them.
pub(super) fn write(map: &Map) -> Result<Vec<u8>, ExportProblem> {
    let problem = |e: rust_xlsxwriter::XlsxError| ExportProblem::Xlsx(e.to_string());
    let rows = super::long::rows(map);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(&map.language)).map_err(problem)?;
    let bold = CellFormat::new().set_bold();
    let wrap = CellFormat::new().set_text_wrap();
    let plain = CellFormat::new();
    let columns = rows.first().map_or(0, Vec::len);
    let mut widths = vec![8usize; columns];
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| ExportProblem::Xlsx("too many rows".into()))?;
        for (c, value) in row.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            match value {
                Value::Text(s) if s.is_empty() => {}
                Value::Text(s) => {
                    if s.encode_utf16().count() > EXCEL_CELL_UNITS {
                        return Err(ExportProblem::Xlsx(format!(
                            "row {}, column {}: the text “{}” is longer than the {EXCEL_CELL_UNITS} \
                             characters an Excel cell holds; export as CSV instead",
                            r + 1,
                            crate::interchange::column_letters(c + 1),
                            super::short(s)
                        )));
                    }
                    let longest = s.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                    if let Some(w) = widths.get_mut(c) {
                        *w = (*w).max(longest);
                    }
                    let format = if r == 0 {
                        &bold
                    } else if s.contains('\n') {
                        &wrap
                    } else {
                        &plain
                    };
                    if s.starts_with("<r>") && s.ends_with("</r>") {
                        // rust_xlsxwriter writes such a string as raw rich-text XML; a rich
                        // string of one plain run is escaped like any text.
                        let escaped = escape_unicode_escapes(s);
                        sheet
                            .write_rich_string_with_format(r, col, &[(&plain, &escaped)], format)
                            .map_err(problem)?;
                    } else {
                        sheet
                            .write_string_with_format(r, col, s, format)
                            .map_err(problem)?;
                    }
                }
                Value::Number(n) => {
                    sheet.write_number(r, col, *n as f64).map_err(problem)?;
                }
                Value::Count(n) => {
                    // f64 holds every whole number up to 2^53 exactly; beyond, write the digits.
                    if *n <= 1 << 53 {
                        sheet.write_number(r, col, *n as f64).map_err(problem)?;
                    } else {
                        sheet.write_string(r, col, n.to_string()).map_err(problem)?;
                    }
                }
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        sheet
            .set_column_width(col, (*w).clamp(8, 60) as f64 + 1.0)
            .map_err(problem)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(problem)?;
    book.save_to_buffer().map_err(problem)
}
