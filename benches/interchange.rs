//! Spreadsheet import speed: a 10 000-card map exported by Trailmap as CSV and .xlsx, read back
//! into a map, each next to its peer in the same run: the raw `csv` crate reading the same
//! bytes into records, and raw calamine reading the same workbook into a cell range. The gap
//! is what decoding, separator and quote checks, and building the map cost.
//! Run with `cargo bench --bench interchange`.
//!
//! Target (2 cores): importing either under 300 ms. Measured 2026-12-01 (release, 2 cores
//! shared with other builds, medians): CSV import 24 ms vs raw csv 3 ms; xlsx import 58 ms vs
//! raw calamine 32 ms; CSV export 23 ms, xlsx export 165 ms.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use divan::{Bencher, black_box};
use trailmap::interchange::sheet;
use trailmap::interchange::{Format, ImportOptions};
use trailmap::model::synthetic_map;

fn main() {
    divan::main();
}

const CARDS: usize = 10_000;

fn csv_bytes() -> Vec<u8> {
    sheet::export_csv(&synthetic_map(CARDS))
}

fn xlsx_bytes() -> Vec<u8> {
    sheet::export_xlsx(&synthetic_map(CARDS)).expect("xlsx export")
}

#[divan::bench(sample_count = 10)]
fn import_csv_10k(bencher: Bencher) {
    let bytes = csv_bytes();
    let options = ImportOptions::default();
    bencher.bench(|| {
        let imported = sheet::import_text(black_box(&bytes), Format::Csv, &options);
        assert_eq!(imported.map(|i| i.map.touchpoints.len()).ok(), Some(CARDS));
    });
}

#[divan::bench(sample_count = 10)]
fn raw_csv_crate_10k(bencher: Bencher) {
    let bytes = csv_bytes();
    bencher.bench(|| {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(black_box(&bytes[..]));
        let records: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
        assert!(records.len() > CARDS);
        records
    });
}

#[divan::bench(sample_count = 10)]
fn import_xlsx_10k(bencher: Bencher) {
    let bytes = xlsx_bytes();
    let options = ImportOptions::default();
    bencher.bench(|| {
        let imported = sheet::import_xlsx(black_box(&bytes), &options);
        assert_eq!(imported.map(|i| i.map.touchpoints.len()).ok(), Some(CARDS));
    });
}

#[divan::bench(sample_count = 10)]
fn raw_calamine_10k(bencher: Bencher) {
    let bytes = xlsx_bytes();
    bencher.bench(|| {
        let mut book = Xlsx::new(Cursor::new(black_box(&bytes[..]))).expect("workbook");
        let first = book.sheet_names().first().cloned().expect("a sheet");
        let range = book.worksheet_range(&first).expect("range");
        assert!(range.height() > CARDS);
        range
    });
}

#[divan::bench(sample_count = 10)]
fn export_csv_10k(bencher: Bencher) {
    let map = synthetic_map(CARDS);
    bencher.bench(|| sheet::export_csv(black_box(&map)));
}

#[divan::bench(sample_count = 10)]
fn export_xlsx_10k(bencher: Bencher) {
    let map = synthetic_map(CARDS);
    bencher.bench(|| sheet::export_xlsx(black_box(&map)));
}
