//! The merge conflicts panel, in German: it lists what a merge could not decide in the
//! window's words, each pick is one undo step that removes the conflict, and the panel goes
//! once the map is clean.

use crate::app_support;

use app_support::*;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use trailmap::app::Startup;
use trailmap::app::i18n::Language;
use trailmap::model::*;

/// The small map after a merge where both sides retitled the ad and changed its emotion.
fn conflicted() -> Map {
    let base = small_map();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let ad = base.touchpoint_index(TouchpointId(1)).unwrap();
    ours.touchpoints[ad].title = "Video-Anzeige".into();
    theirs.touchpoints[ad].title = "Story-Anzeige".into();
    ours.touchpoints[ad].emotion = Some(1);
    theirs.touchpoints[ad].emotion = Some(-1);
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 2);
    merged.map
}

#[test]
fn picking_versions_in_german_resolves_each_conflict_as_an_undo_step() {
    let mut h = harness_in(Language::German, Startup::Map(conflicted()));
    h.run();
    h.get_by_label("Konflikte beim Zusammenführen");
    h.get_by_label("2 Konflikte offen");
    h.get_by_label("Touchpoint „Video-Anzeige“: Titel");
    h.get_by_label("Diese Fassung: „Video-Anzeige“");
    h.get_by_label("Andere Fassung: „Story-Anzeige“");
    h.get_by_label("Vorher: „Sees an ad“");

    // Take theirs for the title (the first conflict).
    h.get_all_by_label("Andere Fassung übernehmen")
        .next()
        .unwrap()
        .click();
    h.run();
    let map = h.state().map();
    assert_eq!(
        map.touchpoint(TouchpointId(1)).unwrap().title,
        "Story-Anzeige"
    );
    assert_eq!(map.conflicts.len(), 1);
    assert_eq!(map.conflicts[0].property, Property::Emotion);
    h.get_by_label("1 Konflikt offen");
    assert_eq!(h.state().undo_label(), Some("Resolve conflict"));

    // Undo brings our title and the conflict back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let map = h.state().map();
    assert_eq!(
        map.touchpoint(TouchpointId(1)).unwrap().title,
        "Video-Anzeige"
    );
    assert_eq!(map.conflicts.len(), 2);

    // Keep ours for both: the map keeps our values and is clean; the panel goes.
    for _ in 0..2 {
        h.get_all_by_label("Diese Fassung behalten")
            .next()
            .unwrap()
            .click();
        h.run();
    }
    let map = h.state().map();
    assert!(map.conflicts.is_empty());
    assert_eq!(map.touchpoint(TouchpointId(1)).unwrap().emotion, Some(1));
    assert!(h.query_by_label("Konflikte beim Zusammenführen").is_none());
    assert!(h.state().is_dirty());
}

#[test]
fn their_card_in_a_stage_we_deleted_comes_back_when_both_are_taken() {
    let base = small_map();
    let mut ours = base.clone();
    // We delete stage 2 with its cards; they retitle a card in it.
    ours.stages.retain(|s| s.id != StageId(2));
    let gone: Vec<TouchpointId> = ours
        .touchpoints
        .iter()
        .filter(|t| t.stage == StageId(2))
        .map(|t| t.id)
        .collect();
    ours.touchpoints.retain(|t| t.stage != StageId(2));
    ours.connectors
        .retain(|c| !gone.contains(&c.from) && !gone.contains(&c.to));
    let mut theirs = base.clone();
    let card = theirs
        .touchpoints
        .iter_mut()
        .find(|t| t.stage == StageId(2))
        .unwrap();
    card.title = "Vergleichstabelle".into();
    let id = card.id;
    let merged = trailmap::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);

    let mut h = harness_in(Language::German, Startup::Map(merged.map));
    h.run();
    h.get_by_label("In dieser Fassung gelöscht, in der anderen geändert.");
    h.get_by_label("In dieser Fassung gelöscht; die Änderungen der anderen Fassung brauchen es.");
    // The stage first (listed second), then the card.
    for index in [1, 0] {
        h.get_all_by_label("Andere Fassung übernehmen")
            .nth(index)
            .unwrap()
            .click();
        h.run();
    }
    let map = h.state().map();
    assert!(map.conflicts.is_empty(), "{:?}", map.conflicts);
    assert_eq!(map.touchpoint(id).unwrap().title, "Vergleichstabelle");
    assert!(map.problems().is_empty());
}
