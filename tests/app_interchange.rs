//! Spreadsheets and Mermaid files in the window: imported through File > Import, File > Open
//! and drag-and-drop, exported through File > Export, and a range pasted from Excel.

use crate::app_support;

use app_support::*;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{Startup, TrailmapApp};

fn shows_text_containing(h: &Harness<'_, TrailmapApp>, part: &str) -> bool {
    h.query_all_by(|n| {
        n.label().is_some_and(|l| l.contains(part)) || n.value().is_some_and(|v| v.contains(part))
    })
    .next()
    .is_some()
}

#[test]
fn a_range_pasted_from_excel_fills_the_grid_and_one_undo_takes_it_back() {
    let mut h = harness();
    let at = center_of_cell(&h, 3, 1);
    click_at(&mut h, at);
    // Excel's clipboard for two rows of two cells, one cell holding two lines.
    h.event(Event::Paste(
        "Pays\t\"Gets the parcel\r\nUnpacks it\"\r\nHappy\tTells a friend\r\n".into(),
    ));
    h.run();
    let map = h.state().map().clone();
    // A fourth stage was added for the second column.
    assert_eq!(map.stages.len(), 4);
    assert_eq!(titles_in(&map, 3, 1), ["Pays"]);
    let fourth = map.stages[3].id.0;
    assert_eq!(
        titles_in(&map, fourth, 1),
        ["Gets the parcel", "Unpacks it"]
    );
    assert_eq!(titles_in(&map, 3, 2), ["Happy"]);
    assert_eq!(titles_in(&map, fourth, 2), ["Tells a friend"]);
    assert_eq!(h.state().selection().len(), 5);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().map(), &small_map());
}

#[test]
fn a_csv_opened_in_german_becomes_an_untitled_german_map() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("Kundenreise.csv");
    std::fs::write(
        &csv,
        b"Stage;Lane;Title\r\nKauf;Web;Kasse \xfcberpr\xfcfen\r\nKauf;Web;Bezahlen\r\n",
    )
    .unwrap();
    let h = harness_in(Language::German, Startup::File(csv.clone()));
    let map = h.state().map();
    assert_eq!(map.title, "Kundenreise");
    assert_eq!(map.touchpoints.len(), 2);
    assert_eq!(map.touchpoints[0].title, "Kasse überprüfen");
    // Untitled: saving asks for a map file instead of writing over the spreadsheet.
    assert_eq!(h.state().path(), None);
    let notice = h.state().notice().expect("a notice").text.clone();
    assert!(
        notice.contains("importiert") && notice.contains("2 Karten"),
        "{notice}"
    );
}

#[test]
fn a_broken_spreadsheet_says_so_in_polish_with_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("zepsuty.csv");
    std::fs::write(&csv, "stage,lane,title\nA,B,\"bez końca\nA,B,C\n").unwrap();
    let h = harness_in(Language::Polish, Startup::File(csv));
    h.get_by_label("Nie można zaimportować pliku");
    assert!(shows_text_containing(&h, "Wiersz 2"));
    // The map that opens instead is empty, not half an import.
    assert!(h.state().map().touchpoints.is_empty());
}

#[test]
fn a_picture_opened_as_a_map_says_what_it_is_in_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("foto.journey.ron");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let h = harness_in(Language::Swedish, Startup::File(png));
    h.get_by_label("Det här är ingen Trailmap-karta utan en bild.");
}

#[test]
fn file_import_reads_a_mermaid_journey_and_a_dropped_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let mmd = dir.path().join("day.mmd");
    std::fs::write(
        &mmd,
        "journey\n  title My working day\n  section Go to work\n    Make tea: 5: Me\n",
    )
    .unwrap();
    let mut h = harness();
    h.get_by_label("File").click();
    h.run();
    menu_item(&h, "Import…").click();
    h.run();
    h.get_by_label("Import a journey");
    type_path(&mut h, "File path:", &mmd);
    assert_eq!(h.state().map().title, "My working day");
    assert_eq!(h.state().map().touchpoints[0].title, "Make tea");
    assert_eq!(h.state().map().touchpoints[0].emotion, Some(2));
    let tsv = dir.path().join("sheet.tsv");
    std::fs::write(&tsv, "stage\tlane\ttitle\nA\tWeb\tLanding page\n").unwrap();
    drop_file(&mut h, &tsv);
    assert_eq!(h.state().map().title, "sheet");
    assert_eq!(h.state().map().touchpoints[0].title, "Landing page");
}

#[test]
fn export_a_csv_from_the_norwegian_file_menu_and_import_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_in(Language::Norwegian, Startup::Map(small_map()));
    open_submenu(&mut h, "Fil", "Eksporter");
    menu_item(&h, "Eksporter som CSV…").click();
    h.run();
    h.get_by_label("Eksporter som CSV");
    h.get_by_label("Eksporter…").click();
    h.run();
    type_path(&mut h, "Filbane:", &dir.path().join("kart"));
    wait_for_export(&mut h);
    let csv = dir.path().join("kart.csv");
    let imported =
        trailmap::interchange::import(&csv, &Default::default()).unwrap_or_else(|e| panic!("{e}"));
    let titles: Vec<&str> = imported
        .map
        .touchpoints
        .iter()
        .map(|t| t.title.as_str())
        .collect();
    let original = small_map();
    let mut expected: Vec<&str> = original
        .touchpoints
        .iter()
        .map(|t| t.title.as_str())
        .collect::<Vec<_>>();
    let mut got = titles.clone();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
}
