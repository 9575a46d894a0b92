//! PowerPoint export: the package is complete and well-formed (every part typed, every
//! relationship resolving, ids as ECMA-376 wants them), every card is a native shape whose text
//! is its laid-out lines, every arrow a connector bound to its cards, stage slides and speaker
//! notes as promised; python-pptx opens every deck and LibreOffice Impress renders them with
//! their diacritics.

use crate::common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use trailmap::export::pptx::{self, PptxOptions, SlideSize, Slides};
use trailmap::layout::Layout;
use trailmap::model::Map;
use trailmap::scene::Scene;

const P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Every bundled example and template, named.
fn maps() -> Vec<(String, Map)> {
    let mut out = Vec::new();
    for path in common::example_paths() {
        let map = trailmap::file::load(&path).unwrap();
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".journey.ron", "");
        out.push((name, map));
    }
    for t in trailmap::templates::TEMPLATES {
        out.push((format!("{}.{}", t.id, t.language), t.map().unwrap()));
    }
    out
}

fn scene_of(map: &Map) -> (Layout, Scene) {
    let layout = Layout::compute(map);
    let scene = trailmap::scene::build(map, &layout);
    (layout, scene)
}

fn deck(map: &Map, slides: Slides, size: SlideSize) -> Vec<u8> {
    let (_, scene) = scene_of(map);
    pptx::to_pptx(&scene, map, &PptxOptions { slides, size }).unwrap()
}

/// The parts of a package, in the order they are stored.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().into_owned();
        assert_eq!(
            f.compression(),
            zip::CompressionMethod::Deflated,
            "{name} is not deflated"
        );
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        out.push((name, data));
    }
    out
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        parts
            .get(name)
            .unwrap_or_else(|| panic!("no part {name}"))
            .clone(),
    )
    .unwrap()
}

/// `dir/_rels/name.rels` belongs to `dir/name`; targets are relative to `dir`.
fn resolve(source: &str, target: &str) -> String {
    let mut segments: Vec<&str> = source.split('/').collect();
    segments.pop();
    for s in target.split('/') {
        match s {
            ".." => {
                segments.pop();
            }
            "." | "" => {}
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// Checks everything ECMA-376 and Office want of the package; returns the parts by name.
fn check_package(
    bytes: &[u8],
    expected_slides: usize,
    size: SlideSize,
) -> BTreeMap<String, Vec<u8>> {
    let stored = unzip(bytes);
    assert_eq!(
        stored[0].0, "[Content_Types].xml",
        "content types come first"
    );
    let parts: BTreeMap<String, Vec<u8>> = stored.into_iter().collect();
    for (name, data) in &parts {
        let s = std::str::from_utf8(data).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
        roxmltree::Document::parse(s).unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
    }
    // Every part but the content types and relationships has a content type, and every
    // content type names a part that exists.
    let types = text(&parts, "[Content_Types].xml");
    let types = roxmltree::Document::parse(&types).unwrap();
    let overrides: BTreeSet<String> = types
        .descendants()
        .filter(|n| n.has_tag_name("Override"))
        .map(|n| {
            n.attribute("PartName")
                .unwrap()
                .trim_start_matches('/')
                .to_owned()
        })
        .collect();
    let defaults: BTreeSet<&str> = types
        .descendants()
        .filter(|n| n.has_tag_name("Default"))
        .map(|n| n.attribute("Extension").unwrap())
        .collect();
    assert!(defaults.contains("rels") && defaults.contains("xml"));
    let listed: BTreeSet<String> = parts
        .keys()
        .filter(|n| *n != "[Content_Types].xml" && !n.ends_with(".rels"))
        .cloned()
        .collect();
    assert_eq!(overrides, listed, "content types and parts differ");
    // Every relationship resolves, and every rels part belongs to a part.
    let mut targets: HashMap<(String, String), String> = HashMap::new();
    for (name, data) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let source = if name == "_rels/.rels" {
            String::new()
        } else {
            name.replace("_rels/", "")
                .trim_end_matches(".rels")
                .to_owned()
        };
        if !source.is_empty() {
            assert!(parts.contains_key(&source), "{name} belongs to no part");
        }
        let doc = std::str::from_utf8(data).unwrap();
        let doc = roxmltree::Document::parse(doc).unwrap();
        let mut ids = BTreeSet::new();
        for rel in doc.descendants().filter(|n| n.has_tag_name("Relationship")) {
            let id = rel.attribute("Id").unwrap();
            assert!(ids.insert(id), "{name}: relationship id {id} twice");
            let target = rel.attribute("Target").unwrap();
            let part = if source.is_empty() {
                target.to_owned()
            } else {
                resolve(&source, target)
            };
            assert!(
                parts.contains_key(&part),
                "{name}: {target} ({part}) does not exist"
            );
            targets.insert((source.clone(), id.to_owned()), part);
        }
    }
    // Presentation: ids as ECMA-376 wants them, every slide listed once, the size.
    let pres = text(&parts, "ppt/presentation.xml");
    let pres = roxmltree::Document::parse(&pres).unwrap();
    let ids: Vec<u64> = pres
        .descendants()
        .filter(|n| n.has_tag_name((P, "sldId")))
        .map(|n| n.attribute("id").unwrap().parse().unwrap())
        .collect();
    assert_eq!(ids.len(), expected_slides);
    assert!(
        ids.iter().all(|id| (256..2_147_483_648).contains(id)),
        "{ids:?}"
    );
    assert_eq!(
        ids.iter().collect::<BTreeSet<_>>().len(),
        ids.len(),
        "slide ids repeat"
    );
    let slides: Vec<&String> = pres
        .descendants()
        .filter(|n| n.has_tag_name((P, "sldId")))
        .map(|n| {
            &targets[&(
                "ppt/presentation.xml".to_owned(),
                n.attribute((R, "id")).unwrap().to_owned(),
            )]
        })
        .collect();
    for (i, s) in slides.iter().enumerate() {
        assert_eq!(**s, format!("ppt/slides/slide{}.xml", i + 1));
    }
    for master in pres
        .descendants()
        .filter(|n| n.has_tag_name((P, "sldMasterId")))
    {
        let id: u64 = master.attribute("id").unwrap().parse().unwrap();
        assert!(id >= 2_147_483_648, "master id {id}");
    }
    let sz = pres
        .descendants()
        .find(|n| n.has_tag_name((P, "sldSz")))
        .unwrap();
    let (cx, cy) = size.emu();
    assert_eq!(sz.attribute("cx").unwrap().parse::<i64>().unwrap(), cx);
    assert_eq!(sz.attribute("cy").unwrap().parse::<i64>().unwrap(), cy);
    // Each slide: shape ids unique, connectors bound to shapes that exist there, everything
    // on the slide.
    for s in &slides {
        let xml = text(&parts, s);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let mut shape_ids = BTreeSet::new();
        for n in doc.descendants().filter(|n| n.has_tag_name((P, "cNvPr"))) {
            let id: u32 = n.attribute("id").unwrap().parse().unwrap();
            assert!(shape_ids.insert(id), "{s}: shape id {id} twice");
        }
        for n in doc
            .descendants()
            .filter(|n| n.has_tag_name((A, "stCxn")) || n.has_tag_name((A, "endCxn")))
        {
            let id: u32 = n.attribute("id").unwrap().parse().unwrap();
            assert!(
                shape_ids.contains(&id),
                "{s}: connector bound to missing shape {id}"
            );
            let idx: u32 = n.attribute("idx").unwrap().parse().unwrap();
            assert!(idx < 8, "{s}: connection site {idx}");
        }
        for off in doc.descendants().filter(|n| n.has_tag_name((A, "off"))) {
            let ext = off.next_sibling_element().unwrap();
            let x: i64 = off.attribute("x").unwrap().parse().unwrap();
            let y: i64 = off.attribute("y").unwrap().parse().unwrap();
            let w: i64 = ext.attribute("cx").unwrap().parse().unwrap();
            let h: i64 = ext.attribute("cy").unwrap().parse().unwrap();
            assert!(
                x >= -2 && y >= -2 && x + w <= cx + 2 && y + h <= cy + 2,
                "{s}: shape at {x},{y} {w}×{h} leaves the {cx}×{cy} slide"
            );
        }
        assert!(
            !xml.contains("<p:pic"),
            "{s}: the map must never be a picture"
        );
    }
    parts
}

/// Every text body of a slide as its lines: runs joined, `a:br` and paragraphs as line breaks.
fn text_bodies(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((P, "txBody")))
        .map(|body| {
            body.children()
                .filter(|n| n.has_tag_name((A, "p")))
                .map(|p| {
                    let mut s = String::new();
                    for n in p.children() {
                        if n.has_tag_name((A, "r")) {
                            for t in n.children().filter(|t| t.has_tag_name((A, "t"))) {
                                s.push_str(t.text().unwrap_or_default());
                            }
                        } else if n.has_tag_name((A, "br")) {
                            s.push('\n');
                        }
                    }
                    s
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

#[test]
fn every_deck_is_a_complete_well_formed_package() {
    for (name, map) in maps() {
        let stages = map.stages.len();
        for (slides, count) in [(Slides::Map, 1), (Slides::Stages, 1 + stages)] {
            let bytes = deck(&map, slides, SlideSize::Wide);
            let parts = check_package(&bytes, count, SlideSize::Wide);
            assert!(
                parts.contains_key("ppt/slideMasters/slideMaster1.xml"),
                "{name}"
            );
        }
    }
}

#[test]
fn slide_sizes_are_16_9_4_3_and_a4_and_the_map_is_centred() {
    let (_, map) = maps().remove(0);
    for size in SlideSize::ALL {
        let bytes = deck(&map, Slides::Map, size);
        let parts = check_package(&bytes, 1, size);
        // The map fills the slide's width or height (less the margin) and is centred.
        let xml = text(&parts, "ppt/slides/slide1.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let tree = doc
            .descendants()
            .find(|n| n.has_tag_name((P, "spTree")))
            .unwrap();
        let (mut x0, mut y0, mut x1, mut y1) = (i64::MAX, i64::MAX, i64::MIN, i64::MIN);
        // The first shape is the map's paper, as large as the map.
        for shape in tree.children().filter(|n| n.is_element()).skip(2).take(1) {
            let off = shape
                .descendants()
                .find(|n| n.has_tag_name((A, "off")))
                .unwrap();
            let ext = off.next_sibling_element().unwrap();
            let get = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<i64>().unwrap();
            x0 = x0.min(get(off, "x"));
            y0 = y0.min(get(off, "y"));
            x1 = x1.max(get(off, "x") + get(ext, "cx"));
            y1 = y1.max(get(off, "y") + get(ext, "cy"));
        }
        let (cx, cy) = size.emu();
        let margin = 228_600;
        assert!(
            (x0 - margin).abs() < 20_000 || (y0 - margin).abs() < 20_000,
            "{size:?}: the map does not fill the slide: {x0},{y0} to {x1},{y1}"
        );
        assert!(
            ((x0 + x1) / 2 - cx / 2).abs() < 20_000,
            "{size:?}: not centred across"
        );
        assert!(
            ((y0 + y1) / 2 - cy / 2).abs() < 20_000,
            "{size:?}: not centred down"
        );
    }
}

#[test]
fn card_titles_are_text_bodies_with_the_laid_out_lines() {
    for (name, map) in maps() {
        let (layout, scene) = scene_of(&map);
        let bytes = pptx::to_pptx(&scene, &map, &PptxOptions::default()).unwrap();
        let parts: BTreeMap<String, Vec<u8>> = unzip(&bytes).into_iter().collect();
        let xml = text(&parts, "ppt/slides/slide1.xml");
        let bodies: BTreeSet<String> = text_bodies(&xml).into_iter().collect();
        for card in &layout.cards {
            let lines: Vec<&str> = card.title.lines.iter().map(|l| l.text.as_ref()).collect();
            if lines.is_empty() {
                continue;
            }
            let wanted = lines.join("\n");
            assert!(
                bodies.contains(&wanted),
                "{name}: no text body is {wanted:?}"
            );
        }
        for stage in &layout.stages {
            let wanted: Vec<&str> = stage.name.lines.iter().map(|l| l.text.as_ref()).collect();
            assert!(
                bodies.contains(&wanted.join("\n")),
                "{name}: stage {wanted:?}"
            );
        }
        // Text is never wrapped or shrunk by PowerPoint, and names the bundled font.
        let doc = roxmltree::Document::parse(&xml).unwrap();
        for body in doc.descendants().filter(|n| n.has_tag_name((A, "bodyPr"))) {
            assert_eq!(body.attribute("wrap"), Some("none"));
            assert!(body.children().any(|c| c.has_tag_name((A, "noAutofit"))));
        }
        for run in doc.descendants().filter(|n| n.has_tag_name((A, "rPr"))) {
            let sz: u32 = run.attribute("sz").unwrap().parse().unwrap();
            assert!((100..=400_000).contains(&sz));
            let latin = run
                .children()
                .find(|c| c.has_tag_name((A, "latin")))
                .unwrap();
            assert_eq!(latin.attribute("typeface"), Some("Noto Sans"));
        }
    }
}

#[test]
fn card_text_sits_in_the_card_shape_and_cards_are_grouped_in_their_stage() {
    let map = trailmap::templates::load("classic", "de").unwrap();
    let (layout, scene) = scene_of(&map);
    let bytes = pptx::to_pptx(&scene, &map, &PptxOptions::default()).unwrap();
    let parts: BTreeMap<String, Vec<u8>> = unzip(&bytes).into_iter().collect();
    let xml = text(&parts, "ppt/slides/slide1.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let name_of = |n: roxmltree::Node| {
        n.descendants()
            .find(|c| c.has_tag_name((P, "cNvPr")))
            .and_then(|c| c.attribute("name"))
            .unwrap_or_default()
            .to_owned()
    };
    for card in layout
        .cards
        .iter()
        .filter(|c| c.style == trailmap::layout::CardStyle::Touchpoint)
    {
        let t = map.touchpoint(card.id).unwrap();
        let stage = map.stage(t.stage).unwrap();
        let group = doc
            .descendants()
            .filter(|n| n.has_tag_name((P, "grpSp")))
            .find(|g| name_of(*g) == t.title.lines().next().unwrap())
            .unwrap_or_else(|| panic!("no group for {}", t.title));
        // The card's frame is a rounded rectangle carrying the title.
        let frame = group
            .children()
            .find(|n| n.has_tag_name((P, "sp")))
            .unwrap();
        let geometry = frame
            .descendants()
            .find(|n| n.has_tag_name((A, "prstGeom")))
            .unwrap();
        assert_eq!(geometry.attribute("prst"), Some("roundRect"), "{}", t.title);
        let body = text_bodies(&xml_of(&xml, frame));
        let lines: Vec<&str> = card.title.lines.iter().map(|l| l.text.as_ref()).collect();
        assert_eq!(body, vec![lines.join("\n")], "{}", t.title);
        // Inside the group of its stage.
        let parent = group.parent().unwrap();
        assert!(
            parent.has_tag_name((P, "grpSp")),
            "{} is not in a stage group",
            t.title
        );
        assert_eq!(name_of(parent), stage.name, "{}", t.title);
    }
}

fn xml_of(xml: &str, node: roxmltree::Node) -> String {
    format!(
        "<w xmlns:p=\"{P}\" xmlns:a=\"{A}\" xmlns:r=\"{R}\">{}</w>",
        &xml[node.range()]
    )
}

#[test]
fn arrows_are_connectors_bound_to_their_cards() {
    let mut seen = 0;
    for (name, map) in maps() {
        let (layout, scene) = scene_of(&map);
        let bytes = pptx::to_pptx(&scene, &map, &PptxOptions::default()).unwrap();
        let parts: BTreeMap<String, Vec<u8>> = unzip(&bytes).into_iter().collect();
        let xml = text(&parts, "ppt/slides/slide1.xml");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let group_of_shape: HashMap<u32, String> = doc
            .descendants()
            .filter(|n| n.has_tag_name((P, "cNvPr")))
            .filter_map(|n| {
                let id = n.attribute("id")?.parse().ok()?;
                let group = n.ancestors().find(|a| a.has_tag_name((P, "grpSp")))?;
                let gname = group.descendants().find(|c| c.has_tag_name((P, "cNvPr")))?;
                Some((id, gname.attribute("name")?.to_owned()))
            })
            .collect();
        let connectors: Vec<roxmltree::Node> = doc
            .descendants()
            .filter(|n| n.has_tag_name((P, "cxnSp")))
            .collect();
        assert_eq!(connectors.len(), layout.connectors.len(), "{name}");
        for (c, path) in connectors.iter().zip(&layout.connectors) {
            let model = map.connector(path.id).unwrap();
            let bound = |tag: &str| {
                let n = c
                    .descendants()
                    .find(|n| n.has_tag_name((A, tag)))
                    .unwrap_or_else(|| panic!("{name}: connector without {tag}"));
                let id: u32 = n.attribute("id").unwrap().parse().unwrap();
                let idx: u32 = n.attribute("idx").unwrap().parse().unwrap();
                (group_of_shape[&id].clone(), idx)
            };
            let title = |t| {
                map.touchpoint(t)
                    .unwrap()
                    .title
                    .lines()
                    .next()
                    .unwrap()
                    .to_owned()
            };
            let (from, from_site) = bound("stCxn");
            let (to, _) = bound("endCxn");
            assert_eq!(from, title(model.from), "{name}");
            assert_eq!(to, title(model.to), "{name}");
            // Trailmap's arrows leave a card by its right or left edge (sites 3 and 1).
            let start = path.points[0];
            let card = layout.card(model.from).unwrap().rect;
            if (start.x - card.right()).abs() < 0.5 {
                assert_eq!(from_site, 3, "{name}");
            } else if (start.x - card.x).abs() < 0.5 {
                assert_eq!(from_site, 1, "{name}");
            }
            // An arrow head at the end.
            assert!(
                xml_of(&xml, *c).contains("<a:tailEnd type=\"triangle\""),
                "{name}"
            );
            seen += 1;
        }
    }
    assert!(seen > 0, "no example has arrows");
}

#[test]
fn stage_slides_show_one_stage_with_the_lane_headers() {
    let map = trailmap::file::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/polski.journey.ron"),
    )
    .unwrap();
    let (layout, scene) = scene_of(&map);
    let options = PptxOptions {
        slides: Slides::Stages,
        size: SlideSize::Wide,
    };
    let bytes = pptx::to_pptx(&scene, &map, &options).unwrap();
    let parts = check_package(&bytes, 1 + layout.stages.len(), SlideSize::Wide);
    for (i, stage) in layout.stages.iter().enumerate() {
        let xml = text(&parts, &format!("ppt/slides/slide{}.xml", i + 2));
        let bodies = text_bodies(&xml).join("\n");
        for lane in &layout.lanes {
            for l in &lane.name.lines {
                assert!(
                    bodies.contains(&*l.text),
                    "stage {i}: lane {:?} missing",
                    l.text
                );
            }
        }
        for card in &layout.cards {
            let Some(first) = card.title.lines.first() else {
                continue;
            };
            let here = map.touchpoint(card.id).unwrap().stage == stage.id;
            let shown = text_bodies(&xml)
                .iter()
                .any(|b| b.starts_with(&*first.text));
            assert_eq!(shown, here, "stage {i}: card {:?}", first.text);
        }
        for other in layout.stages.iter().filter(|s| s.id != stage.id) {
            let name = &other.name.lines[0].text;
            assert!(
                !text_bodies(&xml).contains(&name.to_string()),
                "stage {i} shows stage {name}"
            );
        }
    }
}

#[test]
fn card_notes_are_the_speaker_notes_of_the_slides_showing_the_card() {
    let mut map = trailmap::templates::load("classic", "pl").unwrap();
    let noted = map.touchpoints[0].id;
    map.touchpoints[0].notes = "Zadzwoń do klienta & <sprawdź> „koszyk”\nDruga linia".into();
    let stage = map.touchpoints[0].stage;
    let stage_index = map.stages.iter().position(|s| s.id == stage).unwrap();
    let (_, scene) = scene_of(&map);
    let options = PptxOptions {
        slides: Slides::Stages,
        size: SlideSize::Wide,
    };
    let bytes = pptx::to_pptx(&scene, &map, &options).unwrap();
    let parts = check_package(&bytes, 1 + map.stages.len(), SlideSize::Wide);
    let with_notes: Vec<&String> = parts
        .keys()
        .filter(|k| k.starts_with("ppt/notesSlides/notesSlide") && k.ends_with(".xml"))
        .collect();
    assert_eq!(
        with_notes,
        vec![
            &"ppt/notesSlides/notesSlide1.xml".to_owned(),
            &format!("ppt/notesSlides/notesSlide{}.xml", stage_index + 2)
        ]
    );
    for part in with_notes {
        let notes = text(&parts, part);
        let doc = roxmltree::Document::parse(&notes).unwrap();
        let all: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name((A, "t")))
            .filter_map(|n| n.text())
            .collect();
        let title = map.touchpoint(noted).unwrap().title.clone();
        assert!(all.contains(&title.as_str()), "{part}: {all:?}");
        assert!(
            all.contains(&"Zadzwoń do klienta & <sprawdź> „koszyk”"),
            "{part}: {all:?}"
        );
        assert!(all.contains(&"Druga linia"), "{part}: {all:?}");
    }
    // Without notes, no notes parts at all.
    let mut plain = trailmap::templates::load("classic", "en").unwrap();
    for t in &mut plain.touchpoints {
        t.notes.clear();
    }
    let bytes = deck(&plain, Slides::Map, SlideSize::Wide);
    let parts = check_package(&bytes, 1, SlideSize::Wide);
    assert!(
        !parts.keys().any(|k| k.contains("notes")),
        "{:?}",
        parts.keys()
    );
}

#[test]
fn hostile_text_and_group_names_stay_well_formed() {
    let scene = common::hostile_scene();
    let map = Map::default();
    let bytes = pptx::to_pptx(&scene, &map, &PptxOptions::default()).unwrap();
    let parts = check_package(&bytes, 1, SlideSize::Wide);
    let xml = text(&parts, "ppt/slides/slide1.xml");
    let bodies = text_bodies(&xml);
    for s in common::HOSTILE {
        // XML cannot carry C0 controls other than tab, line feed and carriage return.
        let visible: String = s.chars().filter(|c| *c >= ' ' || *c == '\t').collect();
        assert!(
            bodies.iter().any(|b| b.replace('\n', "") == visible),
            "{s:?} is not kept as text"
        );
    }
    // A scene with unbalanced groups and absurd numbers still makes a valid file.
    let mut scene = common::sample_scene();
    scene.items.insert(0, trailmap::scene::Item::EndGroup);
    scene.items.push(trailmap::scene::Item::BeginGroup {
        id: "stage-1".into(),
        label: "open".into(),
    });
    scene.items.push(trailmap::scene::Item::Path {
        points: vec![
            trailmap::geom::Point::new(f32::NAN, 1.0),
            trailmap::geom::Point::new(1.0, f32::INFINITY),
        ],
        closed: true,
        fill: None,
        stroke: None,
    });
    let stages = scene
        .items
        .iter()
        .filter(|i| matches!(i, trailmap::scene::Item::BeginGroup { id, .. } if id.starts_with("stage-")))
        .count();
    assert!(stages >= 2);
    let bytes = pptx::to_pptx(
        &scene,
        &map,
        &PptxOptions {
            slides: Slides::Stages,
            size: SlideSize::A4,
        },
    )
    .unwrap();
    check_package(&bytes, 1 + stages, SlideSize::A4);
}

#[test]
fn the_command_line_writes_decks() {
    let (_keep, dir) = common::out_dir("pptx-cli");
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/polski.journey.ron");
    let out = dir.join("mapa.PPTX");
    let run = common::trailmap(&[
        &"export",
        &map,
        &"-o",
        &out,
        &"--slides",
        &"stages",
        &"--slide-size",
        &"4:3",
    ]);
    common::assert_ok("trailmap export", &run);
    let stages = trailmap::file::load(&map).unwrap().stages.len();
    check_package(
        &std::fs::read(&out).unwrap(),
        1 + stages,
        SlideSize::Standard,
    );
    let run = common::trailmap(&[
        &"export",
        &map,
        &"-o",
        &dir.join("a.pptx"),
        &"--slide-size",
        &"a4",
    ]);
    common::assert_ok("trailmap export", &run);
    check_package(
        &std::fs::read(dir.join("a.pptx")).unwrap(),
        1,
        SlideSize::A4,
    );
    let run = common::trailmap(&[
        &"export",
        &map,
        &"-o",
        &dir.join("b.pptx"),
        &"--slides",
        &"columns",
    ]);
    assert!(!run.status.success());
    assert!(common::output_text(&run.stderr).contains("stages"));
}

#[test]
fn python_pptx_opens_every_deck_and_finds_titles_connectors_and_notes() {
    let Some(python) = common::python_pptx() else {
        return;
    };
    let (_keep, dir) = common::out_dir("pptx-python");
    let mut decks = Vec::new();
    for (name, mut map) in maps() {
        // Notes on one card, so the notes pages are read too.
        let mut notes = Vec::new();
        if let Some(t) = map.touchpoints.first_mut() {
            t.notes = format!("Notatka: {name} — zażółć gęślą jaźń");
            notes.push(t.notes.clone());
        }
        let (layout, scene) = scene_of(&map);
        for slides in [Slides::Map, Slides::Stages] {
            let path = dir.join(format!("{name}-{slides:?}.pptx"));
            let options = PptxOptions {
                slides,
                size: SlideSize::Wide,
            };
            std::fs::write(&path, pptx::to_pptx(&scene, &map, &options).unwrap()).unwrap();
            let titles: Vec<String> = layout
                .cards
                .iter()
                .map(|c| {
                    c.title
                        .lines
                        .iter()
                        .map(|l| l.text.as_ref())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|t| !t.is_empty())
                .collect();
            decks.push(serde_json::json!({
                "path": path,
                "titles": titles,
                "arrows": layout.connectors.len(),
                "slides": if slides == Slides::Map { 1 } else { 1 + layout.stages.len() },
                "notes": notes,
            }));
        }
    }
    let list = dir.join("decks.json");
    std::fs::write(&list, serde_json::to_string(&decks).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pptx_check.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg(&list)
        .output()
        .expect("run python");
    common::assert_ok("python-pptx check", &out);
}

/// Runs LibreOffice on files with a private profile, killing it after `limit`.
fn soffice(
    args: &[&std::ffi::OsStr],
    profile: &Path,
    limit: Duration,
) -> Option<std::process::Output> {
    let mut cmd = Command::new("soffice");
    cmd.arg(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ))
    .args(["--headless", "--norestore", "--nolockcheck"])
    .args(args)
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::env::var_os("CI").is_some() {
                panic!("soffice is not installed but CI is set; install libreoffice-impress-nogui");
            }
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: soffice is not installed (apt-get install libreoffice-impress-nogui)"
            );
            return None;
        }
        Err(e) => panic!("could not run soffice: {e}"),
    };
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return Some(child.wait_with_output().unwrap());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("soffice took longer than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn libreoffice_renders_decks_with_their_diacritics() {
    let (_keep, dir) = common::out_dir("pptx-libreoffice");
    let profile = tempfile::tempdir().unwrap();
    let mut chosen: Vec<(String, Map, Slides)> = Vec::new();
    for (name, map) in maps() {
        match name.as_str() {
            "polski" => chosen.push((name, map, Slides::Stages)),
            "ecommerce.de" | "b2b-saas" | "norsk" => chosen.push((name, map, Slides::Map)),
            _ => {}
        }
    }
    assert_eq!(chosen.len(), 4);
    let mut files = Vec::new();
    for (name, map, slides) in &chosen {
        let path = dir.join(format!("{name}.pptx"));
        std::fs::write(&path, deck(map, *slides, SlideSize::Wide)).unwrap();
        files.push(path);
    }
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "--convert-to".as_ref(),
        "pdf".as_ref(),
        "--outdir".as_ref(),
        dir.as_os_str(),
    ];
    args.extend(files.iter().map(|f| f.as_os_str()));
    let Some(out) = soffice(&args, profile.path(), Duration::from_secs(240)) else {
        return;
    };
    common::assert_ok("soffice", &out);
    for (name, map, slides) in &chosen {
        let pdf = dir.join(format!("{name}.pdf"));
        assert!(pdf.exists(), "LibreOffice wrote no {}", pdf.display());
        let Some(text) = common::run_tool("pdftotext", &[&"-layout", &pdf, &"-"]) else {
            return;
        };
        common::assert_ok("pdftotext", &text);
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let all = squash(&common::output_text(&text.stdout));
        let (layout, _) = scene_of(map);
        for card in &layout.cards {
            for line in &card.title.lines {
                assert!(
                    all.contains(&squash(&line.text)),
                    "{name}: {:?} not in the PDF",
                    line.text
                );
            }
        }
        let pages = common::output_text(&text.stdout).matches('\u{c}').count();
        let expected = if *slides == Slides::Map {
            1
        } else {
            1 + map.stages.len()
        };
        assert_eq!(pages, expected, "{name}: pages");
    }
    // A picture of the first deck's first page, to look at (kept with TRAILMAP_KEEP_EXPORTS).
    let png = dir.join("polski-slide");
    if let Some(out) = common::run_tool(
        "pdftoppm",
        &[
            &"-png",
            &"-r",
            &"60",
            &"-f",
            &"1",
            &"-l",
            &"2",
            &dir.join("polski.pdf"),
            &png,
        ],
    ) {
        common::assert_ok("pdftoppm", &out);
    }
}

#[test]
fn a_thousand_card_map_makes_one_valid_slide_with_every_card() {
    let map = trailmap::model::synthetic_map(1000);
    let (layout, scene) = scene_of(&map);
    let start = Instant::now();
    let bytes = pptx::to_pptx(&scene, &map, &PptxOptions::default()).unwrap();
    let took = start.elapsed();
    let parts = check_package(&bytes, 1, SlideSize::Wide);
    let xml = text(&parts, "ppt/slides/slide1.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let groups = doc
        .descendants()
        .filter(|n| n.has_tag_name((P, "grpSp")))
        .count();
    assert!(groups >= layout.cards.len(), "{groups} groups");
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name((P, "cxnSp")))
            .count(),
        layout.connectors.len()
    );
    // An unoptimised build; the benchmark holds the real target (300 ms).
    assert!(took < Duration::from_secs(20), "{took:?}");
}
