//! The window's words for imports: where in the file (line, row and column, sheet) and what
//! is wrong or was cut, in the window's language. The spreadsheet and Mermaid problems have
//! their own words next door (`sheet_words`, `mermaid_words`).

use crate::file::FileProblemKind;
use crate::interchange::{Cut, ImportError, ImportProblem, Place, Warning};
use crate::tr;

/// "Row 3, column B: …", in the window's language.
pub(crate) fn error(e: &ImportError) -> String {
    let what = problem(&e.problem);
    match &e.at {
        Some(at) => at_place(at, &what),
        None => what,
    }
}

/// One warning with its place.
pub(crate) fn warning(w: &Warning) -> String {
    match w {
        Warning::Cut {
            at,
            what,
            kept,
            dropped,
        } => at_place(
            at,
            &tr!(
                "import-cut",
                what = cut_words(*what),
                kept = *kept,
                dropped = *dropped
            ),
        ),
        Warning::Shortened { at, limit } => at_place(at, &tr!("import-shortened", limit = *limit)),
        Warning::Sheet(w) => super::sheet_words::warning(w),
        Warning::Mermaid(w) => super::mermaid_words::warning(w),
    }
}

fn problem(p: &ImportProblem) -> String {
    match p {
        ImportProblem::Unreadable { kind, detail } => {
            super::error_words::file_problem_words(&FileProblemKind::Unreadable {
                kind: *kind,
                detail: detail.clone(),
            })
            .text()
        }
        ImportProblem::TooLarge { size, limit } => tr!(
            "import-too-large",
            size = size.div_ceil(1024 * 1024),
            limit = limit.div_ceil(1024 * 1024)
        ),
        ImportProblem::UnknownFormat { looks } => tr!(
            "import-unknown-format",
            what = super::error_words::looks_words(*looks)
        ),
        ImportProblem::Sheet(p) => super::sheet_words::problem(p),
        ImportProblem::Mermaid(p) => super::mermaid_words::problem(p),
    }
}

/// The place, then what is wrong there ("Row 3, column B: …"); the spreadsheet words own
/// how a place is said.
fn at_place(at: &Place, what: &str) -> String {
    super::sheet_words::at(at, what.to_owned())
}

fn cut_words(cut: Cut) -> String {
    tr!(match cut {
        Cut::Cards => "import-cut-cards",
        Cut::Stages => "import-cut-stages",
        Cut::Lanes => "import-cut-lanes",
        Cut::Personas => "import-cut-personas",
        Cut::ListEntries => "import-cut-list-entries",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::{Language, set_language};
    use crate::file::Looks;

    #[test]
    fn places_and_cuts_are_worded_in_every_language() {
        for language in Language::ALL {
            set_language(language);
            let at = Place::Cell {
                sheet: Some("Q3".into()),
                row: 12,
                column: 28,
            };
            let text = warning(&Warning::Cut {
                at: at.clone(),
                what: Cut::Cards,
                kept: 100_000,
                dropped: 5,
            });
            assert!(
                text.contains("Q3") && text.contains("AB"),
                "{language:?}: {text}"
            );
            assert!(!text.contains("import-"), "{language:?}: {text}");
            for cut in [Cut::Stages, Cut::Lanes, Cut::Personas, Cut::ListEntries] {
                let t = cut_words(cut);
                assert!(!t.starts_with("import-"), "{language:?}: {t}");
            }
            let places = [
                Place::Line(3),
                Place::Row {
                    sheet: None,
                    row: 4,
                },
                Place::Row {
                    sheet: Some("A".into()),
                    row: 4,
                },
                Place::Cell {
                    sheet: None,
                    row: 4,
                    column: 2,
                },
                Place::Sheet("A".into()),
            ];
            for p in places {
                let t = warning(&Warning::Shortened { at: p, limit: 100 });
                assert!(!t.contains("import-"), "{language:?}: {t}");
            }
            let e = error(&ImportError::whole(ImportProblem::UnknownFormat {
                looks: Looks::Image,
            }));
            assert!(
                !e.contains("import-") && !e.contains("looks-"),
                "{language:?}: {e}"
            );
            let e = error(&ImportError::whole(ImportProblem::TooLarge {
                size: 60 << 20,
                limit: 50 << 20,
            }));
            assert!(e.contains("60") && e.contains("50"), "{language:?}: {e}");
        }
        set_language(Language::English);
    }
}
