//! Which texts of a map hold characters no bundled font draws (Hebrew, CJK, private-use
//! characters): they would show as empty boxes on the canvas and in every export, so the
//! command line and the window warn about them.
//!
//! This module only finds them and returns data (which item, which characters); the CLI and the
//! app word the warning. It never changes the map.

use crate::model::{ItemRef, Map};

/// One item of a map whose text holds characters no bundled font can draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UndrawableText {
    /// The item: the map (its title or description), a persona, stage, lane, card or connector.
    pub item: ItemRef,
    /// The characters, each once, in the order they first appear.
    pub chars: Vec<char>,
}

/// Every item of `map` whose texts hold characters no bundled font draws, in the order of the
/// file: the map, personas, stages, lanes, cards (with their future values), connectors.
pub fn undrawable_texts(map: &Map) -> Vec<UndrawableText> {
    let mut found = Vec::new();
    let mut check = |item: ItemRef, texts: &mut dyn Iterator<Item = &str>| {
        let mut chars: Vec<char> = Vec::new();
        for text in texts {
            for c in text.chars() {
                // Most text is ASCII, which Noto Sans has whole.
                if !c.is_ascii() && !chars.contains(&c) && !super::can_draw(c) {
                    chars.push(c);
                }
            }
        }
        if !chars.is_empty() {
            found.push(UndrawableText { item, chars });
        }
    };
    check(
        ItemRef::Map,
        &mut [map.title.as_str(), map.description.as_str()].into_iter(),
    );
    for p in &map.personas {
        check(
            ItemRef::Persona(p.id),
            &mut [p.name.as_str(), p.description.as_str()].into_iter(),
        );
    }
    for s in &map.stages {
        check(
            ItemRef::Stage(s.id),
            &mut [s.name.as_str(), s.description.as_str()].into_iter(),
        );
    }
    for l in &map.lanes {
        check(ItemRef::Lane(l.id), &mut std::iter::once(l.name.as_str()));
    }
    for t in &map.touchpoints {
        let future = t.future.as_ref();
        let mut texts = [
            t.title.as_str(),
            &t.customer_action,
            &t.business_response,
            &t.owner,
            &t.notes,
        ]
        .into_iter()
        .chain(t.campaigns.iter().map(String::as_str))
        .chain(t.tags.iter().map(String::as_str))
        .chain(future.into_iter().flat_map(|f| {
            [&f.title, &f.customer_action, &f.business_response, &f.owner]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(f.campaigns.iter().flatten().map(String::as_str))
        }));
        check(ItemRef::Touchpoint(t.id), &mut texts);
    }
    for c in &map.connectors {
        check(
            ItemRef::Connector(c.id),
            &mut std::iter::once(c.label.as_str()),
        );
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FutureValues;

    #[test]
    fn emoji_and_our_languages_raise_nothing() {
        let mut map = crate::model::synthetic_map(20);
        map.title = "Kundresan 🎉 Größe Zażółć Ελληνικά Кириллица".into();
        map.touchpoints[0].title = "Launch 🎉🚀✅❤\u{FE0F}👍📱🛒".into();
        map.touchpoints[1].notes = "👨\u{200D}👩\u{200D}👧 Tab\tand\nbreak".into();
        assert_eq!(undrawable_texts(&map), []);
    }

    #[test]
    fn hebrew_cjk_and_private_use_are_named_by_item() {
        let mut map = crate::model::synthetic_map(20);
        let (card, other) = (map.touchpoints[3].id, map.touchpoints[5].id);
        map.touchpoints[3].title = "Checkout שלום 中文 ש".into();
        map.touchpoints[5].future = Some(FutureValues {
            campaigns: Some(vec!["\u{E000}".into()]),
            ..FutureValues::default()
        });
        map.stages[0].name = "Awareness 🎉 中".into();
        map.title = "Map \u{F8FF}".into();
        let stage = map.stages[0].id;
        let found = undrawable_texts(&map);
        let expected = [
            (ItemRef::Map, vec!['\u{F8FF}']),
            (ItemRef::Stage(stage), vec!['中']),
            (ItemRef::Touchpoint(card), "שלום中文".chars().collect()),
            (ItemRef::Touchpoint(other), vec!['\u{E000}']),
        ]
        .map(|(item, chars)| UndrawableText { item, chars });
        assert_eq!(found, expected);
    }
}
