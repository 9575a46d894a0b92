//! The bundled templates as a marketer meets them: every template in every language opens,
//! is sound, says its language, has a glyph for every character and exports; `trailmap new`
//! writes them; and a map's untouched default names follow a change of language.

use crate::common;

use common::{output_text as text, trailmap};

use trailmap::export::{ExportOptions, Format, TextMode};
use trailmap::layout::Layout;
use trailmap::model::{LaneId, Map, StageId};
use trailmap::templates::{self, NamedItem, Rename};

/// Loads one template and checks everything a user sees of it: it is sound, carries its
/// language, and exports to SVG (every stage and lane name findable), PNG and PDF.
fn check_template(id: &str, language: &str) {
    let map = templates::load(id, language).unwrap_or_else(|e| panic!("{id} ({language}): {e}"));
    assert!(map.problems().is_empty(), "{id} ({language})");
    assert_eq!(map.language, language, "{id}");
    assert!(!map.title.is_empty() && !map.description.is_empty());
    assert!(
        map.stages.len() >= 4 && map.lanes.len() >= 4,
        "{id} ({language})"
    );
    assert!(
        !map.touchpoints.is_empty(),
        "{id} ({language}) shows how to fill it in"
    );

    let scene = trailmap::scene::build(&map, &Layout::compute(&map));
    // Exports never depend on installed fonts: every character has a bundled glyph.
    for item in &scene.items {
        if let trailmap::scene::Item::Text { text, weight, .. } = item {
            for c in text.chars().filter(|c| *c != ' ') {
                assert!(
                    trailmap::layout::text::metrics(*weight).has_glyph(c),
                    "{id} ({language}): no glyph for {c:?} in “{text}”"
                );
            }
        }
    }
    let options = ExportOptions {
        scale: 1.0,
        ..ExportOptions::default()
    };
    let svg = trailmap::export::render(
        &scene,
        Format::Svg,
        &ExportOptions {
            text: TextMode::Outlines,
            ..options
        },
    )
    .unwrap();
    let svg = String::from_utf8(svg).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    for name in map
        .stages
        .iter()
        .map(|s| &s.name)
        .chain(map.lanes.iter().map(|l| &l.name))
    {
        assert!(
            titles.contains(&name.as_str()),
            "{id} ({language}): “{name}” missing from the SVG"
        );
    }

    let png = trailmap::export::render(&scene, Format::Png, &options).unwrap();
    let image = image::load_from_memory(&png).unwrap();
    assert!(image.width() > 100 && image.height() > 100);

    let pdf = trailmap::export::render(&scene, Format::Pdf, &options).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "{id} ({language})");
}

macro_rules! template_tests {
    ($($name:ident: $id:literal, $language:literal;)*) => {
        $(
            #[test]
            fn $name() {
                check_template($id, $language);
            }
        )*
    };
}

template_tests! {
    classic_en: "classic", "en";
    classic_de: "classic", "de";
    classic_pl: "classic", "pl";
    classic_sv: "classic", "sv";
    classic_nb: "classic", "nb";
    classic_personas_en: "classic-personas", "en";
    classic_personas_de: "classic-personas", "de";
    classic_personas_pl: "classic-personas", "pl";
    classic_personas_sv: "classic-personas", "sv";
    classic_personas_nb: "classic-personas", "nb";
    ecommerce_en: "ecommerce", "en";
    ecommerce_de: "ecommerce", "de";
    ecommerce_pl: "ecommerce", "pl";
    ecommerce_sv: "ecommerce", "sv";
    ecommerce_nb: "ecommerce", "nb";
    b2b_en: "b2b", "en";
    b2b_de: "b2b", "de";
    b2b_pl: "b2b", "pl";
    b2b_sv: "b2b", "sv";
    b2b_nb: "b2b", "nb";
    service_blueprint_en: "service-blueprint", "en";
    service_blueprint_de: "service-blueprint", "de";
    service_blueprint_pl: "service-blueprint", "pl";
    service_blueprint_sv: "service-blueprint", "sv";
    service_blueprint_nb: "service-blueprint", "nb";
}

#[test]
fn every_template_file_is_bundled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/templates");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".journey.ron"))
        .collect();
    files.sort();
    let mut bundled: Vec<String> = templates::TEMPLATES
        .iter()
        .map(|t| format!("{}.{}.journey.ron", t.id, t.language))
        .collect();
    bundled.sort();
    assert_eq!(files, bundled);
}

/// The renames between languages work by id, so every language of a template must have the
/// same stages and lanes, with the same ids, kinds and channels, in the same places.
#[test]
fn every_language_of_a_template_has_the_same_grid() {
    for id in templates::ids() {
        let english = templates::load(id, "en").unwrap();
        for language in templates::languages() {
            let map = templates::load(id, language).unwrap();
            let stages = |m: &Map| m.stages.iter().map(|s| s.id).collect::<Vec<_>>();
            let lanes = |m: &Map| {
                m.lanes
                    .iter()
                    .map(|l| (l.id, l.kind, l.channel, l.persona))
                    .collect::<Vec<_>>()
            };
            assert_eq!(stages(&map), stages(&english), "{id} ({language})");
            assert_eq!(lanes(&map), lanes(&english), "{id} ({language})");
            assert_eq!(
                map.touchpoints.len(),
                english.touchpoints.len(),
                "{id} ({language})"
            );
        }
    }
}

/// The "one lane per persona" variant of the classic journey, in every language: each persona
/// has a lane of touchpoints and an emotion lane, every card in a persona's lane is tagged for
/// that persona (as one put there in the window would be), the headers show the personas and
/// the emotion lanes draw the personas' curves.
#[test]
fn the_persona_template_gives_every_persona_its_own_lanes() {
    use trailmap::model::LaneKind;
    let classic = templates::load("classic", "en").unwrap();
    for language in templates::languages() {
        let map = templates::load("classic-personas", language).unwrap();
        let stages = |m: &Map| m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            stages(&map),
            stages(&templates::load("classic", language).unwrap()),
            "{language}: the classic stages"
        );
        assert_eq!(map.stages.len(), classic.stages.len());
        assert!(map.personas.len() >= 2, "{language}");
        for p in &map.personas {
            let kinds: Vec<LaneKind> = map
                .lanes
                .iter()
                .filter(|l| l.for_persona() == Some(p.id))
                .map(|l| l.kind)
                .collect();
            assert_eq!(
                kinds,
                [LaneKind::Channel, LaneKind::Emotion],
                "{language}: {}",
                p.name
            );
        }
        for t in &map.touchpoints {
            if let Some(p) = map.lane(t.lane).and_then(|l| l.for_persona()) {
                assert!(t.personas.contains(&p), "{language}: “{}”", t.title);
            }
        }
        let layout = Layout::compute(&map);
        for lane in &layout.lanes {
            let persona = map.lane(lane.id).and_then(|l| l.for_persona());
            assert_eq!(lane.persona.as_ref().map(|p| p.persona), persona);
            if lane.kind == LaneKind::Emotion {
                let curve = layout
                    .curves
                    .iter()
                    .find(|c| c.lane == lane.id && c.own)
                    .unwrap();
                assert_eq!(curve.persona, persona, "{language}");
                assert_eq!(curve.knots.len(), map.stages.len(), "{language}");
            }
        }
    }
}

#[test]
fn the_classic_stages_are_the_marketers_words() {
    let expected = [
        (
            "en",
            [
                "Awareness",
                "Consideration",
                "Purchase",
                "Retention",
                "Advocacy",
            ],
        ),
        (
            "de",
            [
                "Aufmerksamkeit",
                "Erwägung",
                "Kauf",
                "Loyalität",
                "Empfehlung",
            ],
        ),
        (
            "pl",
            [
                "Świadomość",
                "Rozważanie",
                "Zakup",
                "Utrzymanie",
                "Polecenie",
            ],
        ),
        (
            "sv",
            [
                "Medvetenhet",
                "Övervägande",
                "Köp",
                "Lojalitet",
                "Rekommendation",
            ],
        ),
        (
            "nb",
            ["Bevissthet", "Vurdering", "Kjøp", "Lojalitet", "Anbefaling"],
        ),
    ];
    for (language, names) in expected {
        let map = templates::load("classic", language).unwrap();
        let got: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(got, names, "{language}");
    }
}

#[test]
fn the_ecommerce_template_names_the_abandoned_cart_and_counts_seven_touches() {
    let words = [
        ("en", "Abandoned cart"),
        ("de", "Abgebrochener Warenkorb"),
        ("pl", "Porzucony koszyk"),
        ("sv", "Övergiven varukorg"),
        ("nb", "Forlatt handlekurv"),
    ];
    for (language, pain) in words {
        let map = templates::load("ecommerce", language).unwrap();
        let pains = map
            .lanes
            .iter()
            .find(|l| l.kind == trailmap::model::LaneKind::PainPoints)
            .unwrap();
        assert!(
            map.touchpoints
                .iter()
                .any(|t| t.lane == pains.id && t.title == pain),
            "{language}"
        );
        let metrics = map
            .lanes
            .iter()
            .find(|l| l.kind == trailmap::model::LaneKind::Metrics)
            .unwrap();
        let touches = map
            .touchpoints
            .iter()
            .filter(|t| t.lane == metrics.id && t.reached.is_some() && t.title.contains('7'))
            .count();
        assert!(touches >= 1, "{language}: the seventh touch is counted");
        let funnel = trailmap::insights::funnel(&map);
        assert!(funnel.stages.iter().all(|s| s.reached.is_some()));
        assert!(funnel.worst_drop.is_some());
    }
}

#[test]
fn new_lists_the_templates_and_languages() {
    let out = trailmap(&[&"new", &"--list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for id in templates::ids() {
        assert!(stdout.contains(id), "{stdout}");
    }
    for language in templates::languages() {
        assert!(stdout.contains(&format!("  {language} ")), "{stdout}");
    }
}

#[test]
fn new_writes_a_template_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.journey.ron");
    let out = trailmap(&[
        &"new",
        &"--template",
        &"ecommerce",
        &"--language",
        &"de_DE.UTF-8",
        &"-o",
        &path,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let map = trailmap::file::load(&path).unwrap();
    assert_eq!(map, templates::load("ecommerce", "de").unwrap());

    // Default: the classic template in English; Norwegian by any of its names.
    let english = dir.path().join("en.journey.ron");
    assert!(trailmap(&[&"new", &"-o", &english]).status.success());
    assert_eq!(
        trailmap::file::load(&english).unwrap(),
        templates::load("classic", "en").unwrap()
    );
    for tag in ["nb", "no", "nn"] {
        let path = dir.path().join(format!("{tag}.journey.ron"));
        let out = trailmap(&[&"new", &"--language", &tag, &"-o", &path]);
        assert!(out.status.success(), "{tag}: {}", text(&out.stderr));
        assert_eq!(trailmap::file::load(&path).unwrap().language, "nb");
    }
}

#[test]
fn new_refuses_to_overwrite_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.journey.ron");
    std::fs::write(&path, "my work").unwrap();
    let out = trailmap(&[&"new", &"-o", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("--force"), "{stderr}");
    assert!(stderr.contains(&path.display().to_string()), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my work");

    let out = trailmap(&[&"new", &"--force", &"-l", &"sv", &"-o", &path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(trailmap::file::load(&path).unwrap().language, "sv");
}

#[test]
fn new_rejects_a_bad_language_or_template_as_a_malformed_option() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.journey.ron");
    let out = trailmap(&[&"new", &"--language", &"fr", &"-o", &path]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("“fr”") && stderr.contains("en, de, pl, sv, nb"),
        "{stderr}"
    );

    let out = trailmap(&[&"new", &"--template", &"wedding", &"-o", &path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("service-blueprint"));

    let out = trailmap(&[&"new"]);
    assert_eq!(out.status.code(), Some(2), "no file named");
    assert!(!path.exists(), "nothing written");
}

#[test]
fn default_names_follow_the_language_and_typed_names_stay() {
    let mut map = templates::load("classic", "en").unwrap();
    map.stages[1].name = "Shortlist".into(); // the marketer's own word
    map.lanes[7].name = "Owners ".into(); // a stray blank is still the default

    let renames = templates::default_name_renames(&map, "de");
    let stage = |id: u32, from: &str, to: &str| Rename {
        item: NamedItem::Stage(StageId(id)),
        from: from.into(),
        to: to.into(),
    };
    let german = templates::load("classic", "de").unwrap();
    let stages: Vec<&Rename> = renames
        .iter()
        .filter(|r| matches!(r.item, NamedItem::Stage(_)))
        .collect();
    assert_eq!(
        stages,
        [
            &stage(1, "Awareness", "Aufmerksamkeit"),
            &stage(3, "Purchase", "Kauf"),
            &stage(4, "Retention", "Loyalität"),
            &stage(5, "Advocacy", "Empfehlung"),
        ]
    );
    let lanes: Vec<(NamedItem, &str)> = renames
        .iter()
        .filter(|r| matches!(r.item, NamedItem::Lane(_)))
        .map(|r| (r.item, r.to.as_str()))
        .collect();
    let expected: Vec<(NamedItem, &str)> = german
        .lanes
        .iter()
        .filter(|l| l.name != "Website") // the same word in both languages
        .map(|l| (NamedItem::Lane(l.id), l.name.as_str()))
        .collect();
    assert_eq!(lanes, expected);
    assert!(lanes.contains(&(NamedItem::Lane(LaneId(8)), "Verantwortlich")));

    // Words of any language count: the German map goes on to Polish, and back is nothing to do.
    let mut renamed = map.clone();
    for r in &renames {
        match r.item {
            NamedItem::Stage(id) => {
                renamed.stages.iter_mut().find(|s| s.id == id).unwrap().name = r.to.clone()
            }
            NamedItem::Lane(id) => {
                renamed.lanes.iter_mut().find(|l| l.id == id).unwrap().name = r.to.clone()
            }
        }
    }
    let polish = templates::default_name_renames(&renamed, "pl");
    assert!(polish.iter().any(|r| r.to == "Świadomość"));
    assert!(polish.iter().all(|r| r.from != "Shortlist"));
    assert!(templates::default_name_renames(&renamed, "de").is_empty());

    // A map of the marketer's own words, or a language without templates: nothing to rename.
    let mut own = map.clone();
    for (s, i) in own.stages.iter_mut().zip(1..) {
        s.name = format!("Step {i}");
    }
    for l in &mut own.lanes {
        l.name = format!("{} (ours)", l.name);
    }
    assert!(templates::default_name_renames(&own, "de").is_empty());
    assert!(templates::default_name_renames(&map, "fr").is_empty());
}

#[test]
fn default_names_of_other_templates_use_their_own_words() {
    let map = templates::load("service-blueprint", "sv").unwrap();
    let renames = templates::default_name_renames(&map, "nb");
    let frontstage = renames
        .iter()
        .find(|r| r.item == NamedItem::Lane(LaneId(3)))
        .unwrap();
    assert_eq!(frontstage.to, "Frontstage (synlig for kunden)");
    // Written the same in both languages: nothing to do.
    assert!(renames.iter().all(|r| r.item != NamedItem::Lane(LaneId(4))));
    assert!(renames.iter().any(|r| r.to == "Finne og bestille"));
}
