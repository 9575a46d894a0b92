//! Heap the editor holds for a map of 0, 1 000 and 10 000 touchpoints, counted by a global
//! allocator (live bytes, not RSS): the map itself, its Layout and Scene, and the whole window
//! (egui through egui_kittest, no GPU) after opening, after zooming out over the whole map, and
//! after one edit. Not a timed bench: `cargo bench --bench memory` prints a table.
//!
//! The window's resident memory under Xvfb adds the GPU driver's buffers and the allocator's
//! slack on top; the README's benchmark table gives both.

use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use egui::{Event, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use trailmap::app::{AppOptions, Startup, TrailmapApp};
use trailmap::layout::Layout;
use trailmap::model::synthetic_map;
use trailmap::scene::Item;

/// Counts the bytes allocated and not yet freed.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: AllocLayout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller's contract is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: AllocLayout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: AllocLayout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: AllocLayout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

fn mb(bytes: isize) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn options() -> AppOptions {
    AppOptions {
        native_dialogs: false,
        recent_store: None,
        recovery_store: None,
        system_language: trailmap::app::i18n::Language::English,
    }
}

fn key(h: &mut Harness<'_, TrailmapApp>, key: egui::Key, modifiers: Modifiers) {
    for pressed in [true, false] {
        h.event(Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers,
        });
        if pressed {
            h.step();
        }
    }
    for _ in 0..3 {
        h.step();
    }
}

/// Live heap of the window: open, whole map in view, one card moved.
fn window(cards: usize) -> [isize; 3] {
    let before = live();
    let mut h = Harness::builder()
        .with_size(Vec2::new(1280.0, 800.0))
        .with_pixels_per_point(1.0)
        .with_theme(egui::Theme::Light)
        .with_step_dt(1.0 / 60.0)
        .with_accessibility_check(false)
        .build_eframe(move |cc| {
            TrailmapApp::new(cc, options(), Startup::Map(synthetic_map(cards)))
        });
    for _ in 0..5 {
        h.step();
    }
    let open = live() - before;
    key(&mut h, egui::Key::Num0, Modifiers::COMMAND);
    let whole = live() - before;
    key(&mut h, egui::Key::Num1, Modifiers::COMMAND);
    // Select a card by clicking into the body, then move it one stage right.
    let at = Pos2::new(450.0, 300.0);
    h.hover_at(at);
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    key(&mut h, egui::Key::ArrowRight, Modifiers::ALT);
    let edited = live() - before;
    drop(h);
    [open, whole, edited]
}

fn main() {
    println!(
        "{:>7} {:>8} {:>8} {:>8} {:>7} {:>9} {:>9} {:>9}",
        "cards", "map MB", "layout", "scene", "items", "window", "whole", "edited"
    );
    for cards in [0, 1_000, 10_000] {
        let start = live();
        let map = synthetic_map(cards);
        let map_bytes = live() - start;
        let start = live();
        let layout = Layout::compute(&map);
        let layout_bytes = live() - start;
        let start = live();
        let scene = trailmap::scene::build(&map, &layout);
        let scene_bytes = live() - start;
        let items = scene.items.len();
        let texts = scene
            .items
            .iter()
            .filter(|i| matches!(i, Item::Text { .. }))
            .count();
        if std::env::var_os("MEMORY_DETAIL").is_some() {
            detail(&layout, &scene);
        }
        drop((map, layout, scene));
        let [open, whole, edited] = window(cards);
        println!(
            "{cards:>7} {:>8.2} {:>8.2} {:>8.2} {items:>7} {:>9.2} {:>9.2} {:>9.2}   ({texts} text items, {} B an item)",
            mb(map_bytes),
            mb(layout_bytes),
            mb(scene_bytes),
            mb(open),
            mb(whole),
            mb(edited),
            std::mem::size_of::<Item>(),
        );
    }
}

fn detail(layout: &Layout, scene: &trailmap::scene::Scene) {
    let mut counts = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    for item in &scene.items {
        let (name, heap) = match item {
            Item::Rect { .. } => ("rect", 0),
            Item::Circle { .. } => ("circle", 0),
            Item::Path { points, .. } => ("path", points.capacity() * 8),
            Item::Arrow { points, .. } => ("arrow", points.capacity() * 8),
            Item::Text { text, .. } => ("text", text.len()), // shared with the layout
            Item::BeginGroup { id, label } => ("group", id.capacity() + label.capacity()),
            Item::EndGroup => ("end", 0),
            // The key and alt text; the picture's bytes are shared with the map.
            Item::Picture { key, .. } => ("picture", key.0.capacity()),
        };
        let e = counts.entry(name).or_default();
        e.0 += 1;
        e.1 += heap;
    }
    println!(
        "  scene items capacity {} len {}",
        scene.items.capacity(),
        scene.items.len()
    );
    for (k, (n, heap)) in counts {
        println!("  scene {k}: {n} items, {:.2} MB heap", mb(heap as isize));
    }
    let lines = |t: &trailmap::layout::TextBlock| {
        t.lines.capacity() * std::mem::size_of::<trailmap::layout::PlacedLine>()
            + t.lines.iter().map(|l| l.text.len()).sum::<usize>()
    };
    let cards = &layout.cards;
    let text: usize = cards
        .iter()
        .map(|c| {
            lines(&c.title)
                + lines(&c.body)
                + lines(&c.footer)
                + lines(&c.changes)
                + lines(&c.conflicts)
                + c.badges.capacity() * std::mem::size_of::<trailmap::layout::Badge>()
                + c.badges.iter().map(|b| b.initial.text.len()).sum::<usize>()
        })
        .sum();
    println!(
        "  layout: {} cards of {} B (capacity {}), their text and badges {:.2} MB, {} connectors",
        cards.len(),
        std::mem::size_of::<trailmap::layout::CardBox>(),
        cards.capacity(),
        mb(text as isize),
        layout.connectors.len(),
    );
}
