//! Every character the examples put on a map has a real glyph in the bundled fonts (none falls
//! back to .notdef), so exports never depend on fonts installed on a machine.

use crate::common;

use trailmap::fonts::Weight;
use trailmap::layout::{Layout, text};
use trailmap::scene::Item;

fn missing_glyphs(map: &trailmap::model::Map) -> Vec<(char, Weight, String)> {
    let layout = Layout::compute(map);
    let scene = trailmap::scene::build(map, &layout);
    let mut missing = Vec::new();
    for item in &scene.items {
        if let Item::Text {
            text: s, weight, ..
        } = item
        {
            for c in s.chars() {
                // Ordinary spaces are advances, not glyphs; every other character must be drawn.
                if c != ' ' && !text::metrics(*weight).has_glyph(c) {
                    missing.push((c, *weight, s.to_string()));
                }
            }
        }
    }
    missing
}

#[test]
fn every_character_of_the_examples_has_a_glyph() {
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let missing = missing_glyphs(&map);
        assert!(missing.is_empty(), "{}: {missing:?}", path.display());
    }
}

#[test]
fn figures_and_scores_use_glyphs_the_fonts_have() {
    let mut map = common::every_field_map();
    map.lanes[0].kind = trailmap::model::LaneKind::Metrics;
    assert!(
        missing_glyphs(&map).is_empty(),
        "{:?}",
        missing_glyphs(&map)
    );
    assert!(missing_glyphs(&trailmap::model::synthetic_map(50)).is_empty());
}

#[test]
fn the_test_strings_of_our_languages_have_glyphs() {
    for s in [
        "Zażółć gęślą jaźń",
        "Größe Straße",
        "Blåbærsyltetøy",
        "Kundresan är ÅÄÖ",
        "Æble Ørsted",
    ] {
        for weight in [Weight::Regular, Weight::Bold] {
            for c in s.chars().filter(|c| *c != ' ') {
                assert!(text::metrics(weight).has_glyph(c), "{c:?} in {weight:?}");
            }
        }
    }
}
