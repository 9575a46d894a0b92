//! Pictures in the window, driven as a marketer drives them: a file dropped on a card or on a
//! cell, a screenshot pasted, the inspector's picture fields found by their (translated) names,
//! and each step undone with Ctrl+Z. Every frame also passes kittest's accessibility check (no
//! unnamed input widget).

use crate::app_support;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use app_support::*;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use trailmap::app::i18n::Language;
use trailmap::app::{Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// A 320×180 picture of flat colours (a screenshot), as a PNG file in `dir`.
fn png_file(dir: &Path, name: &str) -> PathBuf {
    let img = image::RgbaImage::from_fn(320, 180, |x, y| {
        if y < 30 {
            image::Rgba([30, 60, 200, 255])
        } else if (x / 40 + y / 40) % 2 == 0 {
            image::Rgba([250, 250, 250, 255])
        } else {
            image::Rgba([220, 40, 70, 255])
        }
    });
    let path = dir.join(name);
    img.save_with_format(&path, image::ImageFormat::Png)
        .expect("write png");
    path
}

/// Moves the pointer to `at` and drops `path` there.
fn drop_at(h: &mut Harness<'_, TrailmapApp>, at: Pos2, path: &Path) {
    h.event(Event::PointerMoved(at));
    h.run();
    drop_file(h, path);
}

/// Drops a fresh `ad.png` (written into `dir`) on card `id`.
fn drop_picture_on_card(h: &mut Harness<'_, TrailmapApp>, dir: &Path, id: u32) {
    let png = png_file(dir, "ad.png");
    let at = center_of(h, Selected::Touchpoint(TouchpointId(id)));
    drop_at(h, at, &png);
}

fn undo(h: &mut Harness<'_, TrailmapApp>) {
    press_with(h, Modifiers::COMMAND, Key::Z);
}

fn picture_of(h: &Harness<'_, TrailmapApp>, id: u32) -> Option<CardPicture> {
    h.state()
        .map()
        .touchpoint(TouchpointId(id))
        .and_then(|t| t.picture.clone())
}

/// A file dropped on a card becomes its picture, the inspector shows the picture's fields by
/// their names in `language`, and one Ctrl+Z takes it all away again.
fn drop_on_a_card_and_undo(language: Language, alt_label: &str, remove_label: &str) {
    let dir = tempfile::tempdir().unwrap();
    let png = png_file(dir.path(), "checkout.png");
    let mut h = harness_in(language, Startup::Map(small_map()));
    assert!(h.query_by_label(alt_label).is_none());

    let at = center_of(&h, Selected::Touchpoint(TouchpointId(1)));
    drop_at(&mut h, at, &png);
    let picture = picture_of(&h, 1).expect("the card has the dropped picture");
    let stored = &h.state().map().pictures[&picture.key];
    assert_eq!((stored.width, stored.height), (320, 180));
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(TouchpointId(1)))
    );
    h.get_by_role_and_label(Role::TextInput, alt_label);
    h.get_by_label(remove_label);
    assert!(h.state().notice().is_some_and(|n| !n.error));

    undo(&mut h);
    assert_eq!(picture_of(&h, 1), None);
    assert!(
        h.state().map().pictures.is_empty(),
        "the stored picture went too"
    );
    assert!(h.query_by_label(alt_label).is_none());
    assert!(!h.state().is_dirty());
}

#[test]
fn a_picture_dropped_on_a_card_shows_in_the_inspector_and_one_undo_takes_it_off() {
    drop_on_a_card_and_undo(
        Language::English,
        "Alt text (for screen readers)",
        "Remove picture",
    );
}

#[test]
fn the_same_in_german() {
    drop_on_a_card_and_undo(
        Language::German,
        "Alternativtext (für Screenreader)",
        "Bild entfernen",
    );
}

fn with_storyboard() -> Map {
    let mut map = small_map();
    map.lanes.push(Lane {
        id: LaneId(4),
        name: "Storyboard".into(),
        kind: LaneKind::Storyboard,
        channel: None,
        color: None,
        persona: None,
    });
    map
}

#[test]
fn a_picture_dropped_on_an_empty_storyboard_cell_is_a_new_card_that_one_undo_removes() {
    let dir = tempfile::tempdir().unwrap();
    let png = png_file(dir.path(), "parcel at the door.png");
    let mut h = harness_with(Startup::Map(with_storyboard()));
    let before = h.state().map().clone();

    let at = center_of_cell(&h, 2, 4);
    drop_at(&mut h, at, &png);
    let map = h.state().map();
    assert_eq!(map.touchpoints.len(), 5);
    let cell = Cell {
        stage: StageId(2),
        lane: LaneId(4),
    };
    let cards = map.cards_in(cell);
    assert_eq!(cards.len(), 1);
    let card = cards[0];
    assert!(card.picture.is_some());
    assert_eq!(card.title, "", "a storyboard card is its picture");
    assert!(map.problems().is_empty(), "{:?}", map.problems());
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(card.id))
    );

    undo(&mut h);
    assert_eq!(
        *h.state().map(),
        before,
        "one undo takes card and picture away"
    );
}

#[test]
fn a_picture_dropped_on_an_empty_spot_of_another_lane_is_a_new_card_named_after_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let png = png_file(dir.path(), "Instagram ad.png");
    let mut h = harness();
    let at = center_of_cell(&h, 3, 1);
    drop_at(&mut h, at, &png);
    assert_eq!(titles_in(h.state().map(), 3, 1), ["Instagram ad"]);
    let cell = Cell {
        stage: StageId(3),
        lane: LaneId(1),
    };
    assert!(h.state().map().cards_in(cell)[0].picture.is_some());
    undo(&mut h);
    assert!(titles_in(h.state().map(), 3, 1).is_empty());
}

/// A file that is no picture dropped on a card: the reason in the window's language, and the
/// map as it was.
fn not_a_picture(language: Language, words: &str) {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("brief.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n").unwrap();
    let mut h = harness_in(language, Startup::Map(small_map()));
    let before = h.state().map().clone();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    drop_at(&mut h, at, &pdf);
    let notice = h.state().notice().expect("a message").clone();
    assert!(notice.error);
    assert!(notice.text.contains(words), "{}", notice.text);
    assert_eq!(*h.state().map(), before);
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().undo_label(), None);
}

#[test]
fn a_dropped_file_that_is_no_picture_is_refused_with_the_reason() {
    not_a_picture(Language::English, "The file is not a picture.");
    not_a_picture(Language::Polish, "Nie dodano obrazu");
}

#[test]
fn a_pasted_screenshot_goes_on_the_selected_card_and_text_paste_still_adds_cards() {
    let mut h = harness();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(2)));
    click_at(&mut h, at);
    let image = egui::ColorImage::new(
        [200, 100],
        vec![egui::Color32::from_rgb(10, 120, 90); 200 * 100],
    );
    h.event(Event::PasteImage(Arc::new(image)));
    h.run();
    let picture = picture_of(&h, 2).expect("pasted onto the selected card");
    assert_eq!(h.state().map().pictures[&picture.key].width, 200);

    // Plain text still pastes one card per line into the selected cell.
    let empty = center_of_cell(&h, 3, 1);
    click_at(&mut h, empty);
    h.event(Event::Paste("Free shipping banner".into()));
    h.run();
    assert_eq!(titles_in(h.state().map(), 3, 1), ["Free shipping banner"]);
}

#[test]
fn alt_text_and_shape_are_one_undo_step_each_and_remove_takes_the_picture_off() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    drop_picture_on_card(&mut h, dir.path(), 1);

    let field = h.get_by_role_and_label(Role::TextInput, "Alt text (for screen readers)");
    field.focus();
    h.run();
    h.event(Event::Text("Sponsored post".into()));
    h.event(Event::Text(" with a sneaker".into()));
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(
        picture_of(&h, 1).unwrap().alt,
        "Sponsored post with a sneaker"
    );
    assert_eq!(h.state().undo_label(), Some("Edit alt text"));

    h.get_by_label("1:1").click();
    h.run();
    assert_eq!(picture_of(&h, 1).unwrap().aspect, Aspect::Square);
    undo(&mut h);
    assert_eq!(picture_of(&h, 1).unwrap().aspect, Aspect::Wide);
    undo(&mut h);
    assert_eq!(
        picture_of(&h, 1).unwrap().alt,
        "",
        "the typing was one step"
    );

    h.get_by_label("Remove picture").click();
    h.run();
    assert_eq!(picture_of(&h, 1), None);
    h.get_by_label("Add picture…");
    undo(&mut h);
    assert!(picture_of(&h, 1).is_some());
}

#[test]
fn add_picture_in_the_inspector_takes_a_typed_path_where_no_file_dialog_opens() {
    let dir = tempfile::tempdir().unwrap();
    let png = png_file(dir.path(), "store.png");
    let mut h = harness();
    let at = center_of(&h, Selected::Touchpoint(TouchpointId(4)));
    click_at(&mut h, at);
    h.get_by_label("Add picture…").click();
    h.run();
    type_path(&mut h, "File path:", &png);
    assert!(picture_of(&h, 4).is_some());
}

/// Whether the last frame painted a textured rectangle other than text (the font atlas is
/// texture 0 of the managed textures).
fn paints_a_picture(h: &Harness<'_, TrailmapApp>) -> bool {
    h.output().shapes.iter().any(|clipped| {
        matches!(&clipped.shape, egui::Shape::Mesh(mesh)
            if mesh.texture_id != egui::TextureId::default())
    })
}

#[test]
fn the_canvas_paints_the_picture_once_it_is_decoded_without_waiting_for_it() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    drop_picture_on_card(&mut h, dir.path(), 1);
    // Deselect, so the inspector's preview is not what paints it.
    press(&mut h, Key::Escape);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !paints_a_picture(&h) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(h.state().selection().single().is_none());
    assert!(paints_a_picture(&h), "no picture on the canvas");
    undo(&mut h);
    h.run();
    assert!(!paints_a_picture(&h), "the picture is gone with the undo");
}

/// The card's description for the screen reader (its node is a button named by its title).
fn card_description(h: &Harness<'_, TrailmapApp>, title: &str) -> String {
    h.get_by_role_and_label(Role::Button, title)
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_owned()
}

/// What a screen reader hears of a card's picture is its alt text, in the window's language;
/// a picture without one is said to have no description.
fn the_reader_hears_the_alt_text(language: Language, alt_label: &str, expect: [&str; 2]) {
    let mut h = harness_in(language, Startup::Map(small_map()));
    assert!(!card_description(&h, "Sees an ad").contains(expect[0]));
    let dir = tempfile::tempdir().unwrap();
    drop_picture_on_card(&mut h, dir.path(), 1);
    let described = card_description(&h, "Sees an ad");
    assert!(described.ends_with(expect[0]), "{described:?}");

    let field = h.get_by_role_and_label(Role::TextInput, alt_label);
    field.focus();
    h.run();
    h.event(Event::Text("Sneaker ad in the feed".into()));
    h.key_press(Key::Tab);
    h.run();
    let described = card_description(&h, "Sees an ad");
    assert!(described.ends_with(expect[1]), "{described:?}");
}

#[test]
fn a_screen_reader_hears_the_pictures_alt_text_with_the_card() {
    the_reader_hears_the_alt_text(
        Language::English,
        "Alt text (for screen readers)",
        [
            "Picture: no description.",
            "Picture: Sneaker ad in the feed.",
        ],
    );
}

#[test]
fn a_screen_reader_hears_the_pictures_alt_text_in_polish() {
    the_reader_hears_the_alt_text(
        Language::Polish,
        "Tekst alternatywny (dla czytników ekranu)",
        ["Obraz: brak opisu.", "Obraz: Sneaker ad in the feed."],
    );
}
