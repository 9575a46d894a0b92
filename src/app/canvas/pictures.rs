//! Card pictures as textures for the canvas and the inspector's preview.
//!
//! A picture is decoded on a background thread (`Picture::decode_rgba`), scaled down to the
//! size the zoom needs in power-of-two steps ("levels": level 0 is the stored picture, at most
//! 1 600 px wide, level 1 half of it, …), and kept as an egui texture per (picture, level).
//! A frame never waits: until the texture it asks for arrives it gets another level of the
//! same picture if one is loaded, or nothing (the caller paints a placeholder); the worker
//! asks for a repaint when a texture is ready. A picture that fails to decode is remembered as
//! missing and never decoded again. Textures of pictures no longer in the map, and of levels
//! not painted for a while, are dropped.

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{Receiver, Sender};

use crate::model::{Picture, PictureKey, Pictures};

/// Fewest pixels a level is scaled to on its long side; smaller requests use this level.
const MIN_SIDE: u32 = 32;
/// Most halvings of a picture (1 600 px down to 25 px).
const MAX_LEVEL: u8 = 6;
/// Frames a texture is kept without being asked for.
const KEEP_FRAMES: u64 = 600;

/// The level whose width is the smallest still at least `wanted` screen pixels wide, for a
/// picture `width` pixels wide: the power-of-two step a zoom needs.
pub(crate) fn level_for(width: u32, wanted: f32) -> u8 {
    let wanted = wanted.max(1.0);
    let mut level = 0;
    while level < MAX_LEVEL {
        let next = width >> (level + 1);
        if next < MIN_SIDE || (next as f32) < wanted {
            break;
        }
        level += 1;
    }
    level
}

/// The size (width, height) of a picture at `level`, never below one pixel.
pub(crate) fn level_size(width: u32, height: u32, level: u8) -> (u32, u32) {
    ((width >> level).max(1), (height >> level).max(1))
}

/// The bookkeeping of the cache, apart from textures and threads so it can be tested: `T` is
/// what a loaded level holds (an egui texture in the window).
#[derive(Debug)]
pub(crate) struct Levels<T> {
    ready: HashMap<(PictureKey, u8), (T, u64)>,
    pending: HashSet<(PictureKey, u8)>,
    failed: HashSet<PictureKey>,
    frame: u64,
}

impl<T> Default for Levels<T> {
    fn default() -> Self {
        Self {
            ready: HashMap::new(),
            pending: HashSet::new(),
            failed: HashSet::new(),
            frame: 0,
        }
    }
}

/// What a frame gets for a picture.
#[derive(Debug, PartialEq)]
pub(crate) enum Lookup<'a, T> {
    /// The level asked for, or another of the same picture while it loads.
    Shown(&'a T),
    /// Nothing loaded yet; `start` says the caller must start decoding this level.
    Waiting {
        /// Whether the level is not yet being decoded.
        start: bool,
    },
    /// The picture does not decode.
    Missing,
}

impl<T> Levels<T> {
    /// What to show for `key` at `level`; marks a level to decode as pending, so it is started
    /// once.
    pub(crate) fn lookup(&mut self, key: &PictureKey, level: u8) -> Lookup<'_, T> {
        if self.failed.contains(key) {
            return Lookup::Missing;
        }
        let frame = self.frame;
        let id = (key.clone(), level);
        let start = !self.ready.contains_key(&id) && self.pending.insert(id.clone());
        if let Some((_, used)) = self.ready.get_mut(&id) {
            *used = frame;
        } else {
            // The nearest loaded level stands in (finer first: it only looks sharper).
            let stand_in = (0..=MAX_LEVEL)
                .filter(|l| self.ready.contains_key(&(key.clone(), *l)))
                .min_by_key(|l| (i16::from(*l) - i16::from(level)).abs());
            match stand_in {
                Some(l) => {
                    let id = (key.clone(), l);
                    if let Some((_, used)) = self.ready.get_mut(&id) {
                        *used = frame;
                    }
                    return match self.ready.get(&id) {
                        Some((t, _)) => Lookup::Shown(t),
                        None => Lookup::Waiting { start },
                    };
                }
                None => return Lookup::Waiting { start },
            }
        }
        match self.ready.get(&id) {
            Some((t, _)) => Lookup::Shown(t),
            None => Lookup::Waiting { start },
        }
    }

    /// A level finished decoding: its texture, or `None` when the picture does not decode.
    pub(crate) fn arrived(&mut self, key: PictureKey, level: u8, loaded: Option<T>) {
        let id = (key, level);
        let was_pending = self.pending.remove(&id);
        match loaded {
            // A level of a picture dropped meanwhile is not kept.
            Some(t) if was_pending => {
                self.ready.insert(id, (t, self.frame));
            }
            Some(_) => {}
            None => {
                self.failed.insert(id.0);
            }
        }
    }

    /// Ends a frame: forgets pictures no longer in `pictures` and levels not asked for in
    /// [`KEEP_FRAMES`] frames.
    pub(crate) fn end_frame(&mut self, pictures: &Pictures) {
        let frame = self.frame;
        self.ready.retain(|(key, _), (_, used)| {
            pictures.contains_key(key) && frame.saturating_sub(*used) <= KEEP_FRAMES
        });
        self.pending.retain(|(key, _)| pictures.contains_key(key));
        self.failed.retain(|key| pictures.contains_key(key));
        self.frame = frame.saturating_add(1);
    }

    /// How many levels are loaded.
    pub(crate) fn loaded(&self) -> usize {
        self.ready.len()
    }

    /// Whether any level is still being decoded.
    #[cfg(test)]
    pub(crate) fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// A decoded level on its way from the worker.
struct Decoded {
    key: PictureKey,
    level: u8,
    image: Option<egui::ColorImage>,
}

/// A level to decode.
struct Job {
    key: PictureKey,
    level: u8,
    picture: Picture,
}

/// The canvas's picture textures and the thread that decodes them.
#[derive(Default)]
pub struct PictureTextures {
    levels: Levels<egui::TextureHandle>,
    worker: Option<(Sender<Job>, Receiver<Decoded>)>,
}

impl std::fmt::Debug for PictureTextures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PictureTextures")
            .field("loaded", &self.levels.loaded())
            .finish_non_exhaustive()
    }
}

/// Decodes and scales one level; `None` when the picture does not decode.
fn decode_level(picture: &Picture, level: u8) -> Option<egui::ColorImage> {
    let (w, h) = level_size(picture.width, picture.height, level);
    let rgba = picture.decode_rgba_within(w, h)?;
    let size = [rgba.width() as usize, rgba.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}

impl PictureTextures {
    /// Takes in the levels the worker finished (call once a frame, before painting).
    pub fn poll(&mut self, ctx: &egui::Context) {
        let Some((_, done)) = &self.worker else {
            return;
        };
        let arrived: Vec<Decoded> = done.try_iter().collect();
        for d in arrived {
            let texture = d.image.map(|image| {
                let name = format!("picture {} level {}", d.key.short(), d.level);
                ctx.load_texture(name, image, egui::TextureOptions::LINEAR)
            });
            self.levels.arrived(d.key, d.level, texture);
        }
    }

    /// The texture to paint `picture` with `wanted` screen pixels wide, or `None` while it
    /// decodes (paint a placeholder); [`Self::is_missing`] says whether it never will.
    pub fn texture(
        &mut self,
        ctx: &egui::Context,
        key: &PictureKey,
        picture: &Picture,
        wanted: f32,
    ) -> Option<&egui::TextureHandle> {
        let level = level_for(picture.width, wanted);
        let start = match self.levels.lookup(key, level) {
            Lookup::Shown(_) => false,
            Lookup::Waiting { start } => start,
            Lookup::Missing => return None,
        };
        if start {
            self.start(ctx, key.clone(), level, picture.clone());
        }
        match self.levels.lookup(key, level) {
            Lookup::Shown(t) => Some(t),
            _ => None,
        }
    }

    /// Whether the picture was found not to decode.
    pub fn is_missing(&self, key: &PictureKey) -> bool {
        self.levels.failed.contains(key)
    }

    /// Ends a frame: drops textures of pictures no longer in the map and of levels unused
    /// for a while.
    pub fn end_frame(&mut self, pictures: &Pictures) {
        self.levels.end_frame(pictures);
    }

    fn start(&mut self, ctx: &egui::Context, key: PictureKey, level: u8, picture: Picture) {
        if self.worker.is_none() {
            let (jobs, inbox) = std::sync::mpsc::channel::<Job>();
            let (outbox, done) = std::sync::mpsc::channel();
            let ctx = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("picture decoder".to_owned())
                .spawn(move || {
                    for job in inbox {
                        let image = decode_level(&job.picture, job.level);
                        let sent = outbox.send(Decoded {
                            key: job.key,
                            level: job.level,
                            image,
                        });
                        if sent.is_err() {
                            break;
                        }
                        ctx.request_repaint();
                    }
                });
            if spawned.is_err() {
                // No thread: the picture stays a placeholder rather than block the frame.
                self.levels.arrived(key, level, None);
                return;
            }
            self.worker = Some((jobs, done));
        }
        if let Some((jobs, _)) = &self.worker
            && jobs
                .send(Job {
                    key: key.clone(),
                    level,
                    picture,
                })
                .is_err()
        {
            self.worker = None;
            self.levels.arrived(key, level, None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> PictureKey {
        PictureKey(s.to_owned())
    }

    fn pictures(keys: &[&str]) -> Pictures {
        let picture = crate::picture::import_rgba(2, 2, vec![255; 16]).unwrap();
        keys.iter().map(|k| (key(k), picture.clone())).collect()
    }

    #[test]
    fn levels_halve_while_the_half_is_still_wide_enough() {
        assert_eq!(level_for(1600, 2000.0), 0);
        assert_eq!(level_for(1600, 1600.0), 0);
        assert_eq!(level_for(1600, 800.0), 1);
        assert_eq!(level_for(1600, 799.0), 1);
        assert_eq!(level_for(1600, 401.0), 1);
        assert_eq!(level_for(1600, 400.0), 2);
        assert_eq!(level_for(1600, 1.0), 5); // 50 px: the next would be under MIN_SIDE
        assert_eq!(level_for(20, 1.0), 0);
        assert_eq!(level_for(u32::MAX, 0.0), MAX_LEVEL);
        assert_eq!(level_size(1600, 900, 3), (200, 112));
        assert_eq!(level_size(1600, 1, 3), (200, 1));
    }

    #[test]
    fn a_level_is_started_once_and_shown_when_it_arrives() {
        let mut levels = Levels::<&str>::default();
        assert_eq!(levels.lookup(&key("a"), 1), Lookup::Waiting { start: true });
        assert_eq!(
            levels.lookup(&key("a"), 1),
            Lookup::Waiting { start: false }
        );
        levels.arrived(key("a"), 1, Some("a1"));
        assert_eq!(levels.lookup(&key("a"), 1), Lookup::Shown(&"a1"));
        assert!(!levels.busy());
    }

    #[test]
    fn another_level_stands_in_while_the_one_asked_for_decodes() {
        let mut levels = Levels::<&str>::default();
        levels.lookup(&key("a"), 3);
        levels.arrived(key("a"), 3, Some("a3"));
        // Zoomed in: level 0 is started, level 3 is shown meanwhile.
        assert_eq!(levels.lookup(&key("a"), 0), Lookup::Shown(&"a3"));
        assert!(levels.busy());
        levels.arrived(key("a"), 0, Some("a0"));
        assert_eq!(levels.lookup(&key("a"), 0), Lookup::Shown(&"a0"));
        // Another picture's levels never stand in.
        assert_eq!(levels.lookup(&key("b"), 0), Lookup::Waiting { start: true });
    }

    #[test]
    fn a_picture_that_does_not_decode_stays_missing_and_is_not_retried() {
        let mut levels = Levels::<&str>::default();
        assert_eq!(
            levels.lookup(&key("bad"), 0),
            Lookup::Waiting { start: true }
        );
        levels.arrived(key("bad"), 0, None);
        let map = pictures(&["bad"]);
        for _ in 0..10 {
            assert_eq!(levels.lookup(&key("bad"), 0), Lookup::Missing);
            assert_eq!(levels.lookup(&key("bad"), 2), Lookup::Missing);
            levels.end_frame(&map);
        }
        assert!(!levels.busy());
    }

    #[test]
    fn textures_of_pictures_gone_from_the_map_are_dropped() {
        let mut levels = Levels::<&str>::default();
        for k in ["a", "b"] {
            levels.lookup(&key(k), 0);
            levels.arrived(key(k), 0, Some(k));
        }
        levels.lookup(&key("c"), 0); // still decoding when it goes
        levels.end_frame(&pictures(&["a"]));
        assert_eq!(levels.loaded(), 1);
        assert!(!levels.busy());
        // A level that arrives for a picture dropped meanwhile is not kept.
        levels.arrived(key("c"), 0, Some("c"));
        assert_eq!(levels.loaded(), 1);
        assert_eq!(levels.lookup(&key("a"), 0), Lookup::Shown(&"a"));
    }

    #[test]
    fn levels_not_asked_for_are_dropped_after_a_while() {
        let mut levels = Levels::<&str>::default();
        let map = pictures(&["a"]);
        levels.lookup(&key("a"), 0);
        levels.arrived(key("a"), 0, Some("a0"));
        levels.lookup(&key("a"), 2);
        levels.arrived(key("a"), 2, Some("a2"));
        for _ in 0..=KEEP_FRAMES + 1 {
            assert_eq!(levels.lookup(&key("a"), 2), Lookup::Shown(&"a2"));
            levels.end_frame(&map);
        }
        assert_eq!(levels.loaded(), 1, "level 0 was not painted: dropped");
    }

    #[test]
    fn a_level_decodes_to_its_size() {
        let picture = crate::picture::import_rgba(64, 32, vec![200; 64 * 32 * 4]).unwrap();
        let image = decode_level(&picture, 1).unwrap();
        assert_eq!(image.size, [32, 16]);
        let broken = Picture {
            bytes: std::sync::Arc::from(&b"not a picture"[..]),
            ..picture
        };
        assert!(decode_level(&broken, 0).is_none());
    }
}
