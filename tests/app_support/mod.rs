//! Helpers for the window tests: a small fixed map, a harness that opens it with pinned size,
//! scale and theme, and pointer gestures at map items.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Event, Key, Modifiers, PointerButton, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use trailmap::app::i18n::Language;
use trailmap::app::{AppOptions, Selected, Startup, TrailmapApp};
use trailmap::model::*;

/// Window size of every test (snapshots depend on it).
pub const SIZE: Vec2 = Vec2::new(1100.0, 700.0);

/// Three stages, three lanes (website, emotion, pain points), four cards, one persona, one arrow.
pub fn small_map() -> Map {
    let stage = |id, name: &str| Stage::new(StageId(id), name);
    let lane = |id, name: &str, kind, channel| Lane {
        id: LaneId(id),
        name: name.into(),
        kind,
        channel,
        color: None,
        persona: None,
    };
    let mut ad = Touchpoint::new(TouchpointId(1), StageId(1), LaneId(1), 0, "Sees an ad");
    ad.customer_action = "Scrolls past a sponsored post".into();
    ad.personas = vec![PersonaId(1)];
    let compare = Touchpoint::new(TouchpointId(2), StageId(2), LaneId(1), 0, "Compares prices");
    let mut feel = Touchpoint::new(TouchpointId(3), StageId(2), LaneId(2), 0, "Unsure");
    feel.emotion = Some(-1);
    let pain = Touchpoint::new(
        TouchpointId(4),
        StageId(3),
        LaneId(3),
        0,
        "Shipping shown late",
    );
    Map {
        title: "Test journey".into(),
        description: String::new(),
        personas: vec![Persona {
            id: PersonaId(1),
            name: "Gen-Z shopper".into(),
            color: Color::rgb(0xE1, 0x1D, 0x48),
            description: String::new(),
        }],
        stages: vec![
            stage(1, "Awareness"),
            stage(2, "Consideration"),
            stage(3, "Purchase"),
        ],
        lanes: vec![
            lane(1, "Website", LaneKind::Channel, Some(Channel::Website)),
            lane(2, "Emotion", LaneKind::Emotion, None),
            lane(3, "Pain points", LaneKind::PainPoints, None),
        ],
        touchpoints: vec![ad, compare, feel, pain],
        connectors: vec![Connector {
            id: ConnectorId(1),
            from: TouchpointId(1),
            to: TouchpointId(2),
            label: String::new(),
        }],
        ..Map::default()
    }
}

/// Options for tests: no native dialogs, no recent-files file, an English system.
pub fn options() -> AppOptions {
    options_in(Language::English)
}

/// Options for tests on a system whose locale asks for `language`.
pub fn options_in(language: Language) -> AppOptions {
    AppOptions {
        native_dialogs: false,
        recent_store: None,
        recovery_store: None,
        system_language: language,
    }
}

/// The window on `startup`, light theme, 1 pixel per point, settled, in English.
pub fn harness_with(startup: Startup) -> Harness<'static, TrailmapApp> {
    harness_in(Language::English, startup)
}

/// The window on `startup` on a system that speaks `language`.
pub fn harness_in(language: Language, startup: Startup) -> Harness<'static, TrailmapApp> {
    build(builder(), language, startup)
}

/// Like [`harness_in`], but a character no font has draws as a box instead of failing the
/// test: for tests about such characters.
pub fn harness_drawing_boxes(
    language: Language,
    startup: Startup,
) -> Harness<'static, TrailmapApp> {
    build(builder().allow_missing_glyphs(), language, startup)
}

fn builder() -> egui_kittest::HarnessBuilder<TrailmapApp> {
    Harness::builder()
        .with_size(SIZE)
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        // A hand's pace: two clicks a few frames apart make a double-click.
        .with_step_dt(1.0 / 30.0)
        .with_max_steps(120)
}

fn build(
    builder: egui_kittest::HarnessBuilder<TrailmapApp>,
    language: Language,
    startup: Startup,
) -> Harness<'static, TrailmapApp> {
    let mut h = builder.build_eframe(move |cc| TrailmapApp::new(cc, options_in(language), startup));
    h.run();
    h
}

/// The window on `startup` with `options` (e.g. a temporary recovery store).
pub fn harness_with_options(
    options: AppOptions,
    startup: Startup,
) -> Harness<'static, TrailmapApp> {
    let mut h = builder().build_eframe(move |cc| TrailmapApp::new(cc, options, startup));
    h.run();
    h
}

/// The window on [`small_map`].
pub fn harness() -> Harness<'static, TrailmapApp> {
    harness_with(Startup::Map(small_map()))
}

/// A menu entry by its name (its accessible label also names the shortcut, "Save Ctrl+S").
pub fn menu_item<'h>(h: &'h Harness<'_, TrailmapApp>, name: &str) -> egui_kittest::Node<'h> {
    let name = name.to_owned();
    h.get_by(move |n| {
        n.role() == egui::accesskit::Role::Button
            && n.label().is_some_and(|l| {
                l == name
                    || l.strip_prefix(name.as_str())
                        .is_some_and(|rest| rest.starts_with(" Ctrl") || rest.starts_with(" Strg"))
            })
    })
}

/// Opens a menu of the menu bar and the submenu in it, e.g. View > Journey, so the test can
/// click an entry of the submenu.
pub fn open_submenu(h: &mut Harness<'_, TrailmapApp>, menu: &str, submenu: &str) {
    h.get_by_label(menu).click();
    h.run();
    menu_item(h, submenu).hover();
    h.run();
}

/// The centre of an item on screen.
pub fn center_of(h: &Harness<'_, TrailmapApp>, item: Selected) -> Pos2 {
    h.state()
        .screen_rect_of(item)
        .unwrap_or_else(|| panic!("{item:?} is not on screen"))
        .center()
}

/// The centre of a cell on screen.
pub fn center_of_cell(h: &Harness<'_, TrailmapApp>, stage: u32, lane: u32) -> Pos2 {
    h.state()
        .screen_rect_of_cell(Cell {
            stage: StageId(stage),
            lane: LaneId(lane),
        })
        .expect("cell on screen")
        .center()
}

fn button(h: &Harness<'_, TrailmapApp>, pos: Pos2, pressed: bool) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

/// Presses at `from`, moves in steps to `to` and releases there, as a hand would.
pub fn drag(h: &mut Harness<'_, TrailmapApp>, from: Pos2, to: Pos2) {
    drag_and_hold(h, from, to);
    button(h, to, false);
    h.run();
}

/// Like [`drag`] but keeps the button down at `to`.
pub fn drag_and_hold(h: &mut Harness<'_, TrailmapApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    button(h, from, true);
    h.step();
    for i in 1..=8 {
        let t = i as f32 / 8.0;
        h.hover_at(from + (to - from) * t);
        h.step();
    }
    h.run();
}

/// Two quick clicks at `pos`.
pub fn double_click(h: &mut Harness<'_, TrailmapApp>, pos: Pos2) {
    h.hover_at(pos);
    for _ in 0..2 {
        button(h, pos, true);
        button(h, pos, false);
    }
    h.run();
}

/// One click at `pos`.
pub fn click_at(h: &mut Harness<'_, TrailmapApp>, pos: Pos2) {
    h.hover_at(pos);
    button(h, pos, true);
    button(h, pos, false);
    h.run();
}

/// A file dropped on the window.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `path` on the window.
pub fn drop_file(h: &mut Harness<'_, TrailmapApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    h.run();
}

/// The titles of a cell's cards, top to bottom.
pub fn titles_in(map: &Map, stage: u32, lane: u32) -> Vec<String> {
    map.cards_in(Cell {
        stage: StageId(stage),
        lane: LaneId(lane),
    })
    .iter()
    .map(|t| t.title.clone())
    .collect()
}

/// Types `path` into the typed-path dialog's field (found by its `label`) and presses Enter.
pub fn type_path(h: &mut Harness<'_, TrailmapApp>, label: &str, path: &Path) {
    let field = h.get_by_label(label);
    field.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.event(Event::Text(path.display().to_string()));
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Lets the export thread finish (at most a minute), drawing frames meanwhile.
pub fn wait_for_export(h: &mut Harness<'_, TrailmapApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while h.state().exporting() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}

/// Presses a key and lets the window settle.
pub fn press(h: &mut Harness<'_, TrailmapApp>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Presses a key with modifiers held and lets the window settle.
pub fn press_with(h: &mut Harness<'_, TrailmapApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// The small map with a second persona, the busy parent.
pub fn two_personas() -> Map {
    let mut map = small_map();
    map.personas.push(Persona {
        id: PersonaId(2),
        name: "Busy parent".into(),
        color: Color::rgb(0x29, 0x80, 0xB9),
        description: String::new(),
    });
    map
}

/// A message of the window in `language`, without arguments.
pub fn words(language: Language, id: &str) -> String {
    trailmap::app::i18n::text_in(language, id, &[])
}

/// The map's card `id` as the window holds it now.
pub fn card(h: &Harness<'_, TrailmapApp>, id: u32) -> Touchpoint {
    h.state()
        .map()
        .touchpoint(TouchpointId(id))
        .unwrap()
        .clone()
}
