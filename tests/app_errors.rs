//! Errors the window shows speak the window's language and say where the problem is.

use crate::app_support;

use app_support::*;
use egui_kittest::kittest::Queryable;
use trailmap::app::Startup;
use trailmap::app::i18n::Language;

/// A file with a card in a stage that does not exist, and where the card's block starts.
const DANGLING: &str = "(\n    format: 1,\n    stages: [(id: 1, name: \"Kauf\")],\n    \
    lanes: [(id: 1, name: \"Web\", kind: Channel)],\n    \
    touchpoints: [(id: 7, stage: 9, lane: 1, order: 0, title: \"Kasse\")],\n)\n";

#[test]
fn a_broken_file_opened_in_german_says_what_is_wrong_in_german_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaputt.journey.ron");
    std::fs::write(&path, DANGLING).unwrap();
    let h = harness_in(Language::German, Startup::File(path));
    h.get_by_label(
        "Zeile 5, Spalte 20: Der Touchpoint 7 „Kasse“ liegt in der Phase 9, die es nicht gibt. \
         Korrigieren Sie die Phase oder legen Sie sie an.",
    );
    // The map that opens instead is empty, not the broken one.
    assert!(h.state().map().touchpoints.is_empty());
}

#[test]
fn a_syntax_error_in_polish_names_line_and_column_in_polish() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zepsuty.journey.ron");
    std::fs::write(&path, "(\n    format: 1,\n    title: 42,\n)").unwrap();
    let h = harness_in(Language::Polish, Startup::File(path));
    h.get_by_label("Linia 3, kolumna 12: Tu powinien być tekst w cudzysłowie.");
}
