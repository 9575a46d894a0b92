//! Frame time of the editor window on maps of 100, 1 000 and 10 000 touchpoints: one egui
//! frame (input, cached scene shapes culled to the view, overlays, panels) plus tessellation,
//! while panning and while dragging a card. Targets on this 2-core machine: under 4 ms at
//! 1 000 touchpoints and under 8 ms at 10 000.
//!
//! Also the cost of opening the bundled example up to its first frame (the window and GPU
//! set-up of a real launch come on top and are not measured here).

use divan::Bencher;
use egui::{Event, Modifiers, MouseWheelUnit, PointerButton, Pos2, TouchPhase, Vec2};
use egui_kittest::Harness;
use trailmap::app::{AppOptions, Selected, Startup, TrailmapApp};
use trailmap::model::{LaneKind, TouchpointId, synthetic_map};

fn main() {
    divan::main();
}

fn options() -> AppOptions {
    AppOptions {
        native_dialogs: false,
        recent_store: None,
        recovery_store: None,
        system_language: trailmap::app::i18n::Language::English,
    }
}

fn window(startup: Startup) -> Harness<'static, TrailmapApp> {
    let mut h = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        .with_step_dt(1.0 / 60.0)
        .with_accessibility_check(false)
        .build_eframe(move |cc| TrailmapApp::new(cc, options(), startup));
    for _ in 0..3 {
        h.step();
    }
    h
}

/// One frame as the integration runs it: the egui pass, then tessellation.
fn frame(h: &mut Harness<'_, TrailmapApp>) -> usize {
    h.step();
    let shapes = h.output().shapes.clone();
    h.ctx.tessellate(shapes, 1.0).len()
}

fn wheel(h: &Harness<'_, TrailmapApp>, delta: Vec2) {
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta,
        phase: TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 60)]
fn frame_while_panning(bencher: Bencher, cards: usize) {
    let mut h = window(Startup::Map(synthetic_map(cards)));
    h.hover_at(Pos2::new(500.0, 400.0));
    h.step();
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        // Back and forth so the view never sticks at an edge.
        let dir = if (n / 20).is_multiple_of(2) {
            -1.0
        } else {
            1.0
        };
        wheel(&h, Vec2::new(dir * 15.0, dir * 25.0));
        frame(&mut h)
    });
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 60)]
fn frame_while_zooming(bencher: Bencher, cards: usize) {
    let mut h = window(Startup::Map(synthetic_map(cards)));
    h.hover_at(Pos2::new(500.0, 400.0));
    h.step();
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        let dir = if (n / 10).is_multiple_of(2) {
            -1.0
        } else {
            1.0
        };
        h.event(Event::Zoom(1.0 + dir * 0.03));
        frame(&mut h)
    });
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 60)]
fn frame_while_dragging_a_card(bencher: Bencher, cards: usize) {
    let mut h = window(Startup::Map(synthetic_map(cards)));
    // A card of a channel lane in plain view.
    let view = egui::Rect::from_min_size(Pos2::new(200.0, 100.0), Vec2::new(700.0, 500.0));
    let (id, start) = {
        let app = h.state();
        let map = app.map();
        map.touchpoints
            .iter()
            .filter(|t| {
                map.lane(t.lane)
                    .is_some_and(|l| l.kind == LaneKind::Channel)
            })
            .find_map(|t| {
                let r = app.screen_rect_of(Selected::Touchpoint(t.id))?;
                view.contains(r.center()).then(|| (t.id, r.center()))
            })
            .unwrap_or((TouchpointId(1), Pos2::new(300.0, 300.0)))
    };
    h.hover_at(start);
    h.step();
    h.event(Event::PointerButton {
        pos: start,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    for i in 1..=3 {
        h.hover_at(start + Vec2::new(10.0 * i as f32, 0.0));
        h.step();
    }
    assert_eq!(
        h.state().selection().single(),
        Some(Selected::Touchpoint(id)),
        "the drag did not pick up the card"
    );
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        let t = (n % 100) as f32;
        h.hover_at(start + Vec2::new(t * 4.0, t * 2.0));
        frame(&mut h)
    });
}

#[divan::bench(sample_count = 10)]
fn open_example_to_first_frame(bencher: Bencher) {
    bencher.bench_local(|| {
        let mut h = Harness::builder()
            .with_size(Vec2::new(1280.0, 800.0))
            .with_accessibility_check(false)
            .with_max_steps(1)
            .build_eframe(|cc| TrailmapApp::new(cc, options(), Startup::Example));
        frame(&mut h)
    });
}

/// A window on a generated map with a channel card in view selected by a click.
fn window_with_a_card_selected(cards: usize) -> Harness<'static, TrailmapApp> {
    let mut h = window(Startup::Map(synthetic_map(cards)));
    let view = egui::Rect::from_min_size(Pos2::new(200.0, 100.0), Vec2::new(700.0, 500.0));
    let start = {
        let app = h.state();
        let map = app.map();
        map.touchpoints
            .iter()
            .filter(|t| {
                map.lane(t.lane)
                    .is_some_and(|l| l.kind == LaneKind::Channel)
            })
            .find_map(|t| {
                let r = app.screen_rect_of(Selected::Touchpoint(t.id))?;
                view.contains(r.center()).then(|| r.center())
            })
            .unwrap_or(Pos2::new(300.0, 300.0))
    };
    h.hover_at(start);
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: start,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h
}

/// A frame right after an edit (a card moved with Alt+arrow): layout, scene and shapes are
/// rebuilt once; text shapes are reused from the previous build.
#[divan::bench(args = [100, 1_000, 10_000], sample_count = 30)]
fn frame_after_an_edit(bencher: Bencher, cards: usize) {
    let mut h = window_with_a_card_selected(cards);
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        let key = if n.is_multiple_of(2) {
            egui::Key::ArrowLeft
        } else {
            egui::Key::ArrowRight
        };
        h.key_press_modifiers(Modifiers::ALT, key);
        // Modifiers down, key down, key up, modifiers up: four frames, one of them rebuilds.
        (0..4).map(|_| frame(&mut h)).sum::<usize>()
    });
}

/// Typing one character into the selected card's title in the inspector: the map changes
/// with every key, and the frame lays it out again.
#[divan::bench(args = [100, 10_000], sample_count = 30)]
fn frame_after_typing_a_character(bencher: Bencher, cards: usize) {
    use egui_kittest::kittest::Queryable;
    let mut h = window_with_a_card_selected(cards);
    let Some(Selected::Touchpoint(id)) = h.state().selection().single() else {
        panic!("no card selected");
    };
    let title =
        |h: &Harness<'_, TrailmapApp>| h.state().map().touchpoint(id).unwrap().title.clone();
    let before = title(&h);
    h.run();
    h.get_by_label("Title").click();
    h.run();
    // Typing reaches the card's title (else this would time frames that change nothing).
    h.event(Event::Text("e".into()));
    h.run();
    // (The click put the cursor somewhere in the title.)
    assert_eq!(
        title(&h).chars().count(),
        before.chars().count() + 1,
        "typing did not reach the title"
    );
    h.key_press(egui::Key::Backspace);
    h.run();
    assert_eq!(title(&h), before);
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        // Type and take back, so the title neither grows without end nor stays the same.
        if n.is_multiple_of(2) {
            h.key_press(egui::Key::Backspace);
        } else {
            h.event(Event::Text("e".into()));
        }
        frame(&mut h)
    });
}

/// A frame with the accessibility tree on (as when a screen reader listens) and nothing
/// changed: the reader already holds the canvas's nodes for every stage, lane, card and arrow,
/// so the frame sends only the groups (their transforms and lists of children), not the items.
/// Target: under 8 ms at 10 000 touchpoints.
#[divan::bench(args = [1_000, 10_000], sample_count = 60)]
fn frame_with_accessibility_tree_when_nothing_changed(bencher: Bencher, cards: usize) {
    let mut h = window(Startup::Map(synthetic_map(cards)));
    h.ctx.enable_accesskit();
    h.step();
    h.step();
    bencher.bench_local(|| frame(&mut h));
}

/// The map file of a 100-card map with 30 photos (1600×900, noisy gradients: each a JPEG of a
/// few hundred KB, as `picture::import_rgba` writes them), made once.
fn map_file_with_30_pictures() -> &'static str {
    static FILE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        let mut map = synthetic_map(100);
        let mut seed = 0x2545_F491_u32;
        for (i, card) in map.touchpoints.iter_mut().take(30).enumerate() {
            let tint = (i as u32 * 37) % 200;
            let rgba: Vec<u8> = (0..1600 * 900)
                .flat_map(|p: u32| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    let (x, y) = (p % 1600, p / 1600);
                    let noise = (seed & 31) as u8;
                    [
                        ((x * 255 / 1600) as u8).saturating_add(noise),
                        ((y * 255 / 900) as u8).saturating_add(noise),
                        (tint as u8).saturating_add(noise),
                        255,
                    ]
                })
                .collect();
            let picture = trailmap::picture::import_rgba(1600, 900, rgba).expect("a picture");
            let key = picture.key();
            map.pictures.insert(key.clone(), picture);
            card.picture = Some(trailmap::model::CardPicture::new(key));
        }
        trailmap::file::to_string(&map).expect("saves")
    })
}

/// Opening a map with 30 pictures to its first frame: reading the file (pictures stay
/// encoded) and one frame, which starts their decoding on a thread and does not wait for it.
/// Target: under 400 ms. Measured (release, 2 cores, load average 2.3 to 2.9 from the other
/// sessions): median 81 ms, 58 to 95 ms.
#[divan::bench(sample_count = 10)]
fn pictures_open_30_to_first_frame(bencher: Bencher) {
    let file = map_file_with_30_pictures();
    bencher.bench_local(|| {
        let map = trailmap::file::load_str(file).expect("loads");
        let mut h = Harness::builder()
            .with_size(Vec2::new(1280.0, 800.0))
            .with_accessibility_check(false)
            .with_max_steps(1)
            .build_eframe(move |cc| TrailmapApp::new(cc, options(), Startup::Map(map)));
        frame(&mut h)
    });
}

/// Switching View > Rows between the lanes as drawn and rows by persona, on a map already
/// shown both ways: each grouping keeps its layout, scene and shapes, so a switch lays
/// nothing out again (the frame budget is 16 ms).
#[divan::bench(args = [1_000, 10_000], sample_count = 30)]
fn frame_after_switching_rows(bencher: Bencher, cards: usize) {
    use trailmap::pivot::Rows;
    let mut h = window(Startup::Map(synthetic_map(cards)));
    for rows in [Rows::Personas, Rows::Lanes] {
        h.state_mut().set_rows(rows);
        frame(&mut h);
    }
    let mut n = 0_u32;
    bencher.bench_local(|| {
        n += 1;
        let rows = if n.is_multiple_of(2) {
            Rows::Lanes
        } else {
            Rows::Personas
        };
        h.state_mut().set_rows(rows);
        frame(&mut h)
    });
}
