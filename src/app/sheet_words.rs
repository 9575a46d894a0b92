//! The window's words for spreadsheet imports: why a CSV, TSV or .xlsx file could not be
//! imported, what the import left out, and where in the sheet (`## Import: spreadsheets` in
//! the .ftl files, ids `import-sheet-…`). The core hands over data; the command line keeps the
//! core's English `Display`.
//!
//! Limits: what calamine, the zip reader or the csv reader said about a damaged file stays as
//! they wrote it, inside a translated sentence; column headers and values stay as the sheet
//! has them.

use crate::app::i18n::{self, Arg};
use crate::interchange::sheet::{SheetProblem, SheetWarning};
use crate::interchange::{Place, column_letters};

/// A message id and its arguments.
type Message = (&'static str, Vec<(&'static str, Arg<'static>)>);

fn text((id, args): Message) -> String {
    i18n::text(id, &args)
}

fn count(n: usize) -> Arg<'static> {
    Arg::from(n)
}

fn megabytes(bytes: u64) -> Arg<'static> {
    Arg::from(bytes.div_ceil(1024 * 1024))
}

/// Where in a sheet, as a person says it ("Sheet “Journey”, row 4, column C").
pub(crate) fn place(p: &Place) -> String {
    text(place_message(p))
}

fn place_message(p: &Place) -> Message {
    let sheet = |s: &String| ("sheet", Arg::from(s.clone()));
    let row = |r: usize| ("row", count(r));
    let column = |c: usize| ("column", Arg::from(column_letters(c)));
    match p {
        Place::Line(l) => ("import-sheet-place-line", vec![("line", count(*l))]),
        Place::Row {
            sheet: None,
            row: r,
        } => ("import-sheet-place-row", vec![row(*r)]),
        Place::Row {
            sheet: Some(s),
            row: r,
        } => ("import-sheet-place-sheet-row", vec![sheet(s), row(*r)]),
        Place::Cell {
            sheet: None,
            row: r,
            column: c,
        } => ("import-sheet-place-cell", vec![row(*r), column(*c)]),
        Place::Cell {
            sheet: Some(s),
            row: r,
            column: c,
        } => (
            "import-sheet-place-sheet-cell",
            vec![sheet(s), row(*r), column(*c)],
        ),
        Place::Sheet(s) => ("import-sheet-place-sheet", vec![sheet(s)]),
    }
}

/// A problem at a place: "Row 3: …".
pub(crate) fn at(p: &Place, problem_words: String) -> String {
    i18n::text(
        "import-sheet-at",
        &[
            ("place", Arg::from(place(p))),
            ("problem", Arg::from(problem_words)),
        ],
    )
}

/// Why a spreadsheet could not be imported.
pub(crate) fn problem(p: &SheetProblem) -> String {
    text(problem_message(p))
}

fn problem_message(p: &SheetProblem) -> Message {
    let detail = |d: &String| vec![("detail", Arg::from(d.clone()))];
    match p {
        SheetProblem::Empty => ("import-sheet-empty", vec![]),
        SheetProblem::UnclosedQuote { line } => {
            ("import-sheet-unclosed-quote", vec![("line", count(*line))])
        }
        SheetProblem::NulByte => ("import-sheet-nul-byte", vec![]),
        SheetProblem::Unreadable { detail: d } => ("import-sheet-unreadable", detail(d)),
        SheetProblem::MissingColumns { missing } => (
            "import-sheet-missing-columns",
            vec![
                ("columns", Arg::from(quoted_list(missing))),
                ("count", count(missing.len())),
            ],
        ),
        SheetProblem::NotAWorkbook { detail: d } => ("import-sheet-not-a-workbook", detail(d)),
        SheetProblem::OldOrEncrypted => ("import-sheet-old-or-encrypted", vec![]),
        SheetProblem::UnpacksTooLarge { size, limit } => (
            "import-sheet-unpacks-too-large",
            vec![("size", megabytes(*size)), ("limit", megabytes(*limit))],
        ),
        SheetProblem::Damaged { detail: d } => ("import-sheet-damaged", detail(d)),
        SheetProblem::BadCellReference { reference } => (
            "import-sheet-bad-cell-reference",
            vec![("reference", Arg::from(reference.clone()))],
        ),
        SheetProblem::NoSuchSheet { name, sheets } => (
            "import-sheet-no-such-sheet",
            vec![
                ("name", Arg::from(name.clone())),
                ("sheets", Arg::from(sheets.join(", "))),
            ],
        ),
        SheetProblem::NotAWorksheet { sheet } => (
            "import-sheet-not-a-worksheet",
            vec![("sheet", Arg::from(sheet.clone()))],
        ),
    }
}

/// What a spreadsheet import left out or changed.
pub(crate) fn warning(w: &SheetWarning) -> String {
    text(warning_message(w))
}

fn warning_message(w: &SheetWarning) -> Message {
    match w {
        SheetWarning::UnknownColumns { names, more } => (
            "import-sheet-unknown-columns",
            vec![
                ("names", Arg::from(quoted_list(names))),
                ("more", count(*more)),
            ],
        ),
        SheetWarning::RepeatedColumns { names } => (
            "import-sheet-repeated-columns",
            vec![("names", Arg::from(quoted_list(names)))],
        ),
        SheetWarning::BadValue { at, column, value } => (
            "import-sheet-bad-value",
            vec![
                ("place", Arg::from(place(at))),
                ("value", Arg::from(value.clone())),
                ("column", Arg::from(column.clone())),
            ],
        ),
        SheetWarning::MoreBadValues { count: n } => {
            ("import-sheet-more-bad-values", vec![("count", count(*n))])
        }
        SheetWarning::LegacyEncoding { encoding } => (
            "import-sheet-legacy-encoding",
            vec![("encoding", Arg::from(encoding_name(encoding)))],
        ),
    }
}

/// A code page as Windows names it.
fn encoding_name(label: &str) -> String {
    match label {
        "windows-1252" => "Windows-1252".to_owned(),
        "windows-1250" => "Windows-1250".to_owned(),
        other => other.to_owned(),
    }
}

/// Headers as a list, each in the quotes of no particular language (they are the sheet's).
fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::{Language, check_message};

    fn problems() -> Vec<SheetProblem> {
        vec![
            SheetProblem::Empty,
            SheetProblem::UnclosedQuote { line: 7 },
            SheetProblem::NulByte,
            SheetProblem::Unreadable {
                detail: "bad".into(),
            },
            SheetProblem::MissingColumns {
                missing: vec!["Zeile".into()],
            },
            SheetProblem::MissingColumns {
                missing: vec!["Zeile".into(), "Titel".into()],
            },
            SheetProblem::NotAWorkbook {
                detail: "no zip".into(),
            },
            SheetProblem::OldOrEncrypted,
            SheetProblem::UnpacksTooLarge {
                size: 3 << 30,
                limit: 256 << 20,
            },
            SheetProblem::Damaged {
                detail: "eof".into(),
            },
            SheetProblem::BadCellReference {
                reference: "AAAAAAAAA1".into(),
            },
            SheetProblem::NoSuchSheet {
                name: "Kundresa".into(),
                sheets: vec!["Blad1".into(), "Blad2".into()],
            },
            SheetProblem::NotAWorksheet {
                sheet: "Chart1".into(),
            },
        ]
    }

    fn warnings() -> Vec<SheetWarning> {
        let mut out = Vec::new();
        for more in [0, 1, 3, 5, 22] {
            out.push(SheetWarning::UnknownColumns {
                names: vec!["Mood".into(), "Budget".into()],
                more,
            });
            out.push(SheetWarning::MoreBadValues { count: more });
        }
        out.push(SheetWarning::RepeatedColumns {
            names: vec!["Title".into()],
        });
        out.push(SheetWarning::LegacyEncoding {
            encoding: "windows-1250".into(),
        });
        for at in places() {
            out.push(SheetWarning::BadValue {
                at,
                column: "Emotion".into(),
                value: "7".into(),
            });
        }
        out
    }

    fn places() -> Vec<Place> {
        let sheet = Some("Journey".to_owned());
        vec![
            Place::Line(3),
            Place::Row {
                sheet: None,
                row: 2,
            },
            Place::Row {
                sheet: sheet.clone(),
                row: 2,
            },
            Place::Cell {
                sheet: None,
                row: 2,
                column: 28,
            },
            Place::Cell {
                sheet,
                row: 2,
                column: 1,
            },
            Place::Sheet("Journey".into()),
        ]
    }

    fn check(language: Language, (id, args): Message) -> String {
        check_message(language, id, &args).unwrap_or_else(|e| panic!("{language:?} {id}: {e}"))
    }

    #[test]
    fn every_problem_warning_and_place_has_words_in_every_language() {
        for language in Language::ALL {
            for p in problems() {
                let words = check(language, problem_message(&p));
                assert!(!words.contains("import-sheet"), "{words}");
            }
            for w in warnings() {
                check(language, warning_message(&w));
            }
            for p in places() {
                check(language, place_message(&p));
            }
            check(
                language,
                (
                    "import-sheet-at",
                    vec![("place", Arg::from("Row 2")), ("problem", Arg::from("x"))],
                ),
            );
        }
    }

    #[test]
    fn places_and_counts_read_as_a_person_says_them() {
        i18n::set_language(Language::German);
        let cell = Place::Cell {
            sheet: Some("Journey".into()),
            row: 4,
            column: 28,
        };
        assert_eq!(place(&cell), "Tabellenblatt „Journey“, Zeile 4, Spalte AB");
        i18n::set_language(Language::Polish);
        let w = warning(&SheetWarning::UnknownColumns {
            names: vec!["Nastrój".into()],
            more: 3,
        });
        assert!(w.ends_with("i jeszcze 3 kolejne."), "{w}");
        i18n::set_language(Language::English);
        let p = problem(&SheetProblem::UnpacksTooLarge {
            size: 3 << 30,
            limit: 256 << 20,
        });
        assert!(p.contains("3072 MB") && p.contains("256 MB"), "{p}");
    }
}
