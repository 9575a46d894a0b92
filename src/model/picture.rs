//! Pictures on cards: the map's store of encoded pictures, each kept once under the hash of
//! its bytes, and the reference a card holds (key, alt text, aspect).
//!
//! The store holds what `picture::import_picture` made: PNG or JPEG bytes at most
//! [`MAX_PICTURE_SIDE`] on the long side. Nothing here decodes pixels; [`Picture::header`]
//! reads only a file header, so [`Map::problems`](super::Map::problems) stays cheap. No egui.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// Most pictures a map may hold.
pub const MAX_PICTURES: usize = 200;
/// Most bytes all of a map's pictures may take together (30 MB): in base64 that is 40 MB, so
/// the file stays under `file::MAX_FILE_BYTES` (50 MB) with room for the text.
pub const MAX_PICTURE_BYTES: usize = 30 * 1024 * 1024;
/// Longest side, in pixels, of a stored picture; imports scale down to it.
pub const MAX_PICTURE_SIDE: u32 = 1_600;
/// Longest alt text, in characters (as any text field).
pub const MAX_ALT_CHARS: usize = super::MAX_TEXT_CHARS;

/// The key a picture is stored under: the first 32 hex digits (128 bits) of the SHA-256 of
/// its encoded bytes. The same picture added twice, or by two branches of a merge, gets one key.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PictureKey(pub String);

impl PictureKey {
    /// The key of these encoded bytes.
    pub fn of(bytes: &[u8]) -> Self {
        let digest = sha256(bytes);
        let mut s = String::with_capacity(32);
        for b in &digest[..16] {
            s.push(char::from(HEX[usize::from(b >> 4)]));
            s.push(char::from(HEX[usize::from(b & 15)]));
        }
        PictureKey(s)
    }

    /// The first 8 hex digits, for messages.
    pub fn short(&self) -> &str {
        self.0.get(..8).unwrap_or(&self.0)
    }
}

impl std::fmt::Display for PictureKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// How a stored picture is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MediaType {
    /// PNG: screenshots, logos, anything with few colours or transparency.
    Png,
    /// JPEG: photos.
    Jpeg,
}

impl MediaType {
    /// The MIME type ("image/png"), for `data:` URLs and package parts.
    pub fn mime(self) -> &'static str {
        match self {
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
        }
    }

    /// The usual file extension ("png").
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
        }
    }

    fn image_format(self) -> image::ImageFormat {
        match self {
            MediaType::Png => image::ImageFormat::Png,
            MediaType::Jpeg => image::ImageFormat::Jpeg,
        }
    }
}

/// One stored picture: its encoding, its size in pixels and the encoded bytes (shared, so
/// cloning a map or an undo step does not copy them).
#[derive(Clone, PartialEq, Eq)]
pub struct Picture {
    /// PNG or JPEG.
    pub media: MediaType,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The encoded file bytes.
    pub bytes: Arc<[u8]>,
}

impl std::fmt::Debug for Picture {
    /// The size and the number of bytes, not the bytes (a failed test prints this).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Picture({:?} {}x{}, {} bytes)",
            self.media,
            self.width,
            self.height,
            self.bytes.len()
        )
    }
}

impl Picture {
    /// The key these bytes are stored under.
    pub fn key(&self) -> PictureKey {
        PictureKey::of(&self.bytes)
    }

    /// Width and height as the bytes' own header says, without decoding any pixels; `None`
    /// when the bytes are not a readable header of the picture's media type.
    pub fn header(&self) -> Option<(u32, u32)> {
        let reader = image::ImageReader::with_format(
            std::io::Cursor::new(&self.bytes[..]),
            self.media.image_format(),
        );
        reader.into_dimensions().ok()
    }

    /// Decodes the pixels (straight RGBA, row by row), refusing anything larger than
    /// [`MAX_PICTURE_SIDE`] on a side before it allocates. `None` when the bytes do not decode
    /// or disagree with the stored size. For the canvas's background thread and the exporters.
    pub fn decode_rgba(&self) -> Option<image::RgbaImage> {
        if self.width == 0
            || self.height == 0
            || self.width > MAX_PICTURE_SIDE
            || self.height > MAX_PICTURE_SIDE
        {
            return None;
        }
        let mut reader = image::ImageReader::with_format(
            std::io::Cursor::new(&self.bytes[..]),
            self.media.image_format(),
        );
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(MAX_PICTURE_SIDE);
        limits.max_image_height = Some(MAX_PICTURE_SIDE);
        limits.max_alloc = Some(64 * 1024 * 1024);
        reader.limits(limits);
        let img = reader.decode().ok()?;
        (img.width() == self.width && img.height() == self.height).then(|| img.into_rgba8())
    }

    /// [`Picture::decode_rgba`], scaled down (triangle filter) to `width`×`height` when that is
    /// smaller: the canvas's texture levels and the PNG export's pictures shown small.
    pub fn decode_rgba_within(&self, width: u32, height: u32) -> Option<image::RgbaImage> {
        let rgba = self.decode_rgba()?;
        let (w, h) = (width.clamp(1, rgba.width()), height.clamp(1, rgba.height()));
        Some(if (w, h) == (rgba.width(), rgba.height()) {
            rgba
        } else {
            image::imageops::resize(&rgba, w, h, image::imageops::FilterType::Triangle)
        })
    }
}

/// How a card crops its picture: the picture fills the card's width at this aspect ratio,
/// centred, cut top and bottom (or left and right) as needed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Aspect {
    /// 16:9, as a video or a web banner.
    #[default]
    Wide,
    /// 4:3, as most photos and tablets.
    Standard,
    /// 1:1, as social posts.
    Square,
    /// The picture's own aspect ratio, uncut.
    Original,
}

impl Aspect {
    /// Every aspect, in the order menus offer them.
    pub const ALL: [Aspect; 4] = [
        Aspect::Wide,
        Aspect::Standard,
        Aspect::Square,
        Aspect::Original,
    ];

    /// Height over width of the frame on the card, for a picture of `width`×`height` pixels.
    pub fn ratio(self, width: u32, height: u32) -> f32 {
        match self {
            Aspect::Wide => 9.0 / 16.0,
            Aspect::Standard => 3.0 / 4.0,
            Aspect::Square => 1.0,
            Aspect::Original if width > 0 && height > 0 => height as f32 / width as f32,
            Aspect::Original => 9.0 / 16.0,
        }
    }

    /// A stable key ("16:9"), for the command line and layout words.
    pub fn key(self) -> &'static str {
        match self {
            Aspect::Wide => "16:9",
            Aspect::Standard => "4:3",
            Aspect::Square => "1:1",
            Aspect::Original => "original",
        }
    }
}

/// A card's picture: which stored picture, its alt text and how it is cropped.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardPicture {
    /// The stored picture's key.
    pub key: PictureKey,
    /// What the picture shows, for screen readers and exports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alt: String,
    /// How it is cropped on the card.
    #[serde(default, skip_serializing_if = "is_default_aspect")]
    pub aspect: Aspect,
}

fn is_default_aspect(a: &Aspect) -> bool {
    *a == Aspect::default()
}

impl CardPicture {
    /// A reference to a stored picture with no alt text and the default aspect.
    pub fn new(key: PictureKey) -> Self {
        Self {
            key,
            alt: String::new(),
            aspect: Aspect::default(),
        }
    }
}

/// The map's pictures by key, in key order (the order the file writes them).
pub type Pictures = BTreeMap<PictureKey, Picture>;

/// Why a picture cannot be added to a map: the map already holds the most pictures or bytes
/// it may. Data only; the window words it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PictureLimit {
    /// The map already holds [`MAX_PICTURES`] pictures.
    #[error("the map already has {count} pictures; a map holds at most {max}")]
    TooMany {
        /// How many it holds.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// The pictures would take more than [`MAX_PICTURE_BYTES`] together.
    #[error(
        "the pictures would take {} MB together; a map holds at most {} MB",
        mb(*.bytes),
        mb(*.max)
    )]
    TooManyBytes {
        /// What they would take.
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

/// Bytes as megabytes with one decimal ("12.5").
pub fn mb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

impl super::Map {
    /// The picture a card shows, if the card has one and the store holds it.
    pub fn picture_of(&self, card: super::TouchpointId) -> Option<(&CardPicture, &Picture)> {
        let p = self.touchpoint(card)?.picture.as_ref()?;
        Some((p, self.pictures.get(&p.key)?))
    }

    /// Total bytes of the stored pictures.
    pub fn picture_bytes(&self) -> usize {
        self.pictures
            .values()
            .fold(0usize, |sum, p| sum.saturating_add(p.bytes.len()))
    }

    /// Whether `picture` fits in the map's store: `Ok` when it is already there (same key) or
    /// the store has room for one more picture of its size.
    pub fn room_for(&self, picture: &Picture) -> Result<(), PictureLimit> {
        if self.pictures.contains_key(&picture.key()) {
            return Ok(());
        }
        let count = self.pictures.len();
        if count >= MAX_PICTURES {
            return Err(PictureLimit::TooMany {
                count,
                max: MAX_PICTURES,
            });
        }
        let bytes = self.picture_bytes().saturating_add(picture.bytes.len());
        if bytes > MAX_PICTURE_BYTES {
            return Err(PictureLimit::TooManyBytes {
                bytes,
                max: MAX_PICTURE_BYTES,
            });
        }
        Ok(())
    }

    /// The keys of the pictures something refers to: a card, or a value a merge conflict
    /// keeps (so taking their side still finds its picture). What a save keeps.
    pub fn referenced_pictures(&self) -> std::collections::BTreeSet<&PictureKey> {
        use super::Value;
        let mut keys: std::collections::BTreeSet<&PictureKey> = self
            .touchpoints
            .iter()
            .filter_map(|t| t.picture.as_ref().map(|p| &p.key))
            .collect();
        for c in &self.conflicts {
            for v in [&c.ours, &c.theirs, &c.base] {
                match v {
                    Value::Picture(Some(p)) => {
                        keys.insert(&p.key);
                    }
                    Value::Touchpoint(t) => {
                        if let Some(p) = &t.picture {
                            keys.insert(&p.key);
                        }
                    }
                    _ => {}
                }
            }
        }
        keys
    }

    /// The pictures that pass [`Map::problems`]' header check but do not decode whole (data
    /// cut short after a sound header), one problem per card that shows one. Decodes every
    /// picture a card shows, so it is for `trailmap check`, not for every edit.
    pub fn picture_decode_problems(&self) -> Vec<super::Problem> {
        use super::{ItemRef, PictureIssue, Problem, ProblemKind};
        let mut decodes: std::collections::HashMap<&PictureKey, bool> = Default::default();
        let mut out = Vec::new();
        for t in &self.touchpoints {
            let Some(cp) = &t.picture else { continue };
            let Some(p) = self.pictures.get(&cp.key) else {
                continue;
            };
            if p.header() != Some((p.width, p.height)) {
                continue; // Map::problems names it already.
            }
            let ok = *decodes
                .entry(&cp.key)
                .or_insert_with(|| p.decode_rgba().is_some());
            if !ok {
                out.push(Problem {
                    item: ItemRef::Touchpoint(t.id),
                    kind: ProblemKind::Picture {
                        card: t.id,
                        name: super::short(&t.title),
                        key: cp.key.clone(),
                        issue: PictureIssue::Unreadable,
                    },
                });
            }
        }
        out
    }

    /// Drops the stored pictures nothing refers to any more (what a save leaves out).
    pub fn drop_unused_pictures(&mut self) {
        let used: std::collections::BTreeSet<PictureKey> =
            self.referenced_pictures().into_iter().cloned().collect();
        self.pictures.retain(|k, _| used.contains(k));
    }
}

/// SHA-256 (FIPS 180-4) of `data`. Written here because no hashing crate is in the build; a
/// test checks it against the standard's test vectors.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let bit_len = (data.len() as u64).wrapping_mul(8);
    let mut tail = Vec::with_capacity(128);
    let full = data.len() - data.len() % 64;
    tail.extend_from_slice(&data[full..]);
    tail.push(0x80);
    while tail.len() % 64 != 56 {
        tail.push(0);
    }
    tail.extend_from_slice(&bit_len.to_be_bytes());
    for block in data[..full].chunks_exact(64).chain(tail.chunks_exact(64)) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: [u8; 32]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_matches_the_standard_test_vectors() {
        assert_eq!(
            hex(sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(sha256(
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            )),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        // A million 'a's: many blocks, and a length that needs the 64-bit count.
        assert_eq!(
            hex(sha256(&vec![b'a'; 1_000_000])),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
        assert_eq!(PictureKey::of(b"abc").0, "ba7816bf8f01cfea414140de5dae2223");
    }

    #[test]
    fn aspects_give_the_frame_height_over_width() {
        assert_eq!(Aspect::Square.ratio(10, 20), 1.0);
        assert_eq!(Aspect::Original.ratio(200, 100), 0.5);
        assert_eq!(Aspect::Original.ratio(0, 100), 9.0 / 16.0);
    }
}
