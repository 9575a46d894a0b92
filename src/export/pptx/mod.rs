//! PowerPoint export: turns a [`Scene`] into an Office Open XML presentation (PresentationML)
//! whose every stage header, lane header, card, curve, bar, pill and text is a native,
//! editable shape. The map is never a picture.
//!
//! How the Scene becomes shapes:
//! - `Rect` items are rounded rectangles (`roundRect`, its `adj` from the radius) or plain
//!   rectangles; `Circle` items ellipses; `Path` items freeforms (`custGeom`); `Arrow` items
//!   connectors (`p:cxnSp`) with a triangle head, drawn along Trailmap's own route and bound to
//!   the frames of their cards (`stCxn`/`endCxn`), so PowerPoint moves them with the cards.
//! - Text items are laid-out lines. Consecutive lines of one block (same size, weight, colour,
//!   alignment and line pitch) become one text body with a line break (`a:br`) between lines;
//!   no wrapping, no autofit, exact line spacing. A block that sits inside the rectangle drawn
//!   just before it (a card's title, a stage or lane name, a pill's label) becomes that
//!   rectangle's own text, placed with insets, so clicking the card edits its title.
//! - Scene groups become group shapes. Each stage's group holds its header, its funnel block
//!   and its cards (each card a group of its own), so a presenter moves a whole column at once;
//!   each lane's header is a group. Which group is what is read from the group ids the Scene
//!   gives (`stage-3`, `lane-2`, `touchpoint-12`, `connector-5`, `funnel-3`) and the map (a
//!   card's stage, a connector's ends, a card's notes); everything else is drawn as it comes,
//!   so items the Scene gains later appear in the deck without changes here.
//!
//! Map units become EMU with one scale per slide, chosen so the content fits the slide inside
//! a small margin, centred.

mod parts;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;

use super::ExportError;
use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::{Color, ConnectorId, Map, StageId, TouchpointId};
use crate::scene::{Item, Scene, Stroke};

/// What the slides of a deck show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Slides {
    /// One slide: the whole map, fitted and centred.
    #[default]
    Map,
    /// The whole map first, then one slide per stage with the lane headers repeated.
    Stages,
}

impl Slides {
    /// Every choice, in the order the dialog lists them.
    pub const ALL: [Slides; 2] = [Slides::Map, Slides::Stages];
}

/// The slide size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SlideSize {
    /// 16:9 widescreen, 13.333 × 7.5 inches (PowerPoint's default).
    #[default]
    Wide,
    /// 4:3, 10 × 7.5 inches.
    Standard,
    /// ISO A4 landscape, 297 × 210 mm.
    A4,
}

impl SlideSize {
    /// Every size, in the order the dialog lists them.
    pub const ALL: [SlideSize; 3] = [SlideSize::Wide, SlideSize::Standard, SlideSize::A4];

    /// Width and height in EMU.
    pub fn emu(self) -> (i64, i64) {
        match self {
            SlideSize::Wide => (12_192_000, 6_858_000),
            SlideSize::Standard => (9_144_000, 6_858_000),
            // 36 000 EMU to the millimetre.
            SlideSize::A4 => (297 * 36_000, 210 * 36_000),
        }
    }

    /// The `type` attribute of `p:sldSz` (ECMA-376 `ST_SlideSizeType`).
    fn type_attribute(self) -> &'static str {
        match self {
            SlideSize::Wide => "",
            SlideSize::Standard => " type=\"screen4x3\"",
            SlideSize::A4 => " type=\"A4\"",
        }
    }
}

/// Everything a user chooses about a PowerPoint export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PptxOptions {
    /// One slide, or one per stage too.
    pub slides: Slides,
    /// The slide size.
    pub size: SlideSize,
}

/// The empty border around the content of a slide: a quarter inch.
const SLIDE_MARGIN: f64 = 228_600.0;
/// Deepest group nesting written; deeper groups are flattened (Scenes nest two deep).
const MAX_DEPTH: usize = 16;

/// The file extension of a PowerPoint deck, without the dot.
pub const EXTENSION: &str = "pptx";

/// Whether a file name asks for a PowerPoint deck (`.pptx`, any letter case).
pub fn is_pptx_path(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(EXTENSION))
}

/// Writes the deck of `scene` to `path` atomically (an existing file stays intact if anything
/// fails).
pub fn save(
    scene: &Scene,
    map: &Map,
    path: &std::path::Path,
    options: &PptxOptions,
) -> Result<(), ExportError> {
    let bytes = to_pptx(scene, map, options)?;
    crate::file::write_atomically(path, &bytes)?;
    Ok(())
}

/// The bytes of a `.pptx` file showing `scene`, a drawing of `map`.
pub fn to_pptx(scene: &Scene, map: &Map, options: &PptxOptions) -> Result<Vec<u8>, ExportError> {
    super::check_scene(scene)?;
    let tree = compose(tree(&scene.items), map);
    let whole = Rect::new(0.0, 0.0, scene.width.max(1.0), scene.height.max(1.0));
    let mut slides = vec![SlideContent {
        nodes: tree.iter().map(|n| (n.clone(), 0.0)).collect(),
        area: whole,
    }];
    if options.slides == Slides::Stages {
        slides.extend(stage_slides(&tree, map, whole));
    }
    let size = options.size.emu();
    let media = Media::of(scene);
    let mut drawn = Vec::with_capacity(slides.len());
    for content in &slides {
        drawn.push(draw_slide(content, map, &media, size));
    }
    package(&drawn, map, &media, options).map_err(|e| ExportError::Pptx(e.to_string()))
}

/// The pictures the deck shows, each one media part (`ppt/media/imageN.png`, N from 1) with
/// the stored bytes as they are. A picture that does not decode is left out (its cards show
/// the placeholder grey), so PowerPoint never meets a broken part.
struct Media<'s> {
    parts: Vec<&'s crate::model::Picture>,
    index: HashMap<&'s crate::model::PictureKey, usize>,
}

impl<'s> Media<'s> {
    fn of(scene: &'s Scene) -> Self {
        let mut media = Media {
            parts: Vec::new(),
            index: HashMap::new(),
        };
        for item in &scene.items {
            if let Item::Picture { key, .. } = item
                && !media.index.contains_key(key)
                && let Some((key, p)) = scene.pictures.get_key_value(key)
                && p.decode_rgba().is_some()
            {
                media.parts.push(p);
                media.index.insert(key, media.parts.len());
            }
        }
        media
    }

    /// The part name of picture `n` (from 1), below `ppt/`.
    fn name(&self, n: usize) -> String {
        let ext = self.parts[n - 1].media.extension();
        format!("media/image{n}.{ext}")
    }
}

/// One slide before it is written: top-level nodes, each with a horizontal shift in map
/// units, and the area (after shifting) to fit on the slide.
struct SlideContent<'a> {
    nodes: Vec<(Node<'a>, f32)>,
    area: Rect,
}

/// A slide as XML, with the notes of the cards it shows and the pictures it uses.
struct DrawnSlide {
    xml: String,
    notes: Vec<(String, String)>,
    /// Media parts (numbers from 1) the slide shows, each related as `rId{100 + n}`.
    media: Vec<usize>,
}

/// A Scene item or group, as a tree.
#[derive(Clone, Debug)]
enum Node<'a> {
    Item(std::borrow::Cow<'a, Item>),
    Group {
        id: std::borrow::Cow<'a, str>,
        label: std::borrow::Cow<'a, str>,
        children: Vec<Node<'a>>,
    },
}

/// What a Scene group is, by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Stage(StageId),
    Lane,
    Card(TouchpointId),
    Connector(ConnectorId),
    Funnel(StageId),
    Other,
}

fn kind(id: &str) -> Kind {
    let number = |prefix: &str| id.strip_prefix(prefix).and_then(|n| n.parse::<u32>().ok());
    if let Some(n) = number("stage-") {
        Kind::Stage(StageId(n))
    } else if number("lane-").is_some() {
        Kind::Lane
    } else if let Some(n) = number("touchpoint-") {
        Kind::Card(TouchpointId(n))
    } else if let Some(n) = number("connector-") {
        Kind::Connector(ConnectorId(n))
    } else if let Some(n) = number("funnel-") {
        Kind::Funnel(StageId(n))
    } else {
        Kind::Other
    }
}

/// The Scene's items as a tree of groups. An `EndGroup` without a group is ignored; groups
/// left open end with the list; groups deeper than [`MAX_DEPTH`] are flattened.
fn tree(items: &[Item]) -> Vec<Node<'_>> {
    let mut stack: Vec<(&str, &str, Vec<Node<'_>>)> = Vec::new();
    let mut top = Vec::new();
    let mut flattened = 0usize;
    for item in items {
        match item {
            Item::BeginGroup { id, label } => {
                if stack.len() >= MAX_DEPTH {
                    flattened += 1;
                } else {
                    stack.push((id, label, Vec::new()));
                }
            }
            Item::EndGroup => {
                if flattened > 0 {
                    flattened -= 1;
                } else if let Some((id, label, children)) = stack.pop() {
                    let node = Node::Group {
                        id: id.into(),
                        label: label.into(),
                        children,
                    };
                    stack.last_mut().map_or(&mut top, |g| &mut g.2).push(node);
                }
            }
            other => stack
                .last_mut()
                .map_or(&mut top, |g| &mut g.2)
                .push(Node::Item(std::borrow::Cow::Borrowed(other))),
        }
    }
    while let Some((id, label, children)) = stack.pop() {
        let node = Node::Group {
            id: id.into(),
            label: label.into(),
            children,
        };
        stack.last_mut().map_or(&mut top, |g| &mut g.2).push(node);
    }
    top
}

/// Moves each stage's funnel block and cards into the stage's group, after its header, so the
/// column moves as one. The stage groups take the place of the first card or funnel block in
/// the drawing order (above the grid and the curves, as the cards were).
fn compose<'a>(nodes: Vec<Node<'a>>, map: &Map) -> Vec<Node<'a>> {
    let stages: Vec<StageId> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Group { id, .. } => match kind(id) {
                Kind::Stage(s) => Some(s),
                _ => None,
            },
            Node::Item(_) => None,
        })
        .collect();
    let member_of = |n: &Node<'_>| -> Option<StageId> {
        let Node::Group { id, .. } = n else {
            return None;
        };
        let stage = match kind(id) {
            Kind::Card(t) => map.touchpoint(t)?.stage,
            Kind::Funnel(s) => s,
            _ => return None,
        };
        stages.contains(&stage).then_some(stage)
    };
    let mut headers: HashMap<StageId, Node<'a>> = HashMap::new();
    let mut members: HashMap<StageId, Vec<Node<'a>>> = HashMap::new();
    let mut rest: Vec<Option<Node<'a>>> = Vec::with_capacity(nodes.len());
    let mut slot = None;
    let mut last_header = None;
    for n in nodes {
        if let Some(s) = member_of(&n) {
            slot.get_or_insert(rest.len());
            members.entry(s).or_default().push(n);
            continue;
        }
        if let Node::Group { id, .. } = &n
            && let Kind::Stage(s) = kind(id)
            && !headers.contains_key(&s)
        {
            headers.insert(s, n);
            last_header = Some(rest.len());
            continue;
        }
        rest.push(Some(n));
    }
    let slot = slot.or(last_header).unwrap_or(rest.len());
    let mut groups = Vec::with_capacity(stages.len());
    for s in &stages {
        let Some(Node::Group {
            id,
            label,
            mut children,
        }) = headers.remove(s)
        else {
            continue;
        };
        children.extend(members.remove(s).unwrap_or_default());
        groups.push(Node::Group {
            id,
            label,
            children,
        });
    }
    let mut out = Vec::with_capacity(rest.len() + groups.len());
    for (i, n) in rest.into_iter().enumerate() {
        if i == slot {
            out.append(&mut groups);
        }
        out.extend(n);
    }
    out.append(&mut groups);
    out
}

/// The bounds of a node in map units.
fn bounds(node: &Node<'_>) -> Option<Rect> {
    match node {
        Node::Item(item) => item.bounds(),
        Node::Group { children, .. } => children
            .iter()
            .filter_map(bounds)
            .reduce(|a, b| a.union(&b)),
    }
}

/// One slide per stage: the lane headers at the left, the stage's column beside them.
fn stage_slides<'a>(tree: &[Node<'a>], map: &Map, whole: Rect) -> Vec<SlideContent<'a>> {
    let header = tree
        .iter()
        .filter(|n| matches!(n, Node::Group { id, .. } if kind(id) == Kind::Lane))
        .filter_map(bounds)
        .reduce(|a, b| a.union(&b));
    let (hx0, hx1) = header.map_or((0.0, 0.0), |h| (h.x.max(0.0), h.right().max(0.0)));
    let mut out = Vec::new();
    for node in tree {
        let Node::Group { id, children, .. } = node else {
            continue;
        };
        let Kind::Stage(stage) = kind(id) else {
            continue;
        };
        // The column: the stage header (drawn 2 units inside it) across.
        let Some(head) = children
            .iter()
            .find(|c| matches!(c, Node::Item(_)))
            .and_then(bounds)
        else {
            continue;
        };
        let (cx0, cx1) = (head.x - 2.0, head.right() + 2.0);
        let dx = hx1 - cx0;
        let in_stage = |t: TouchpointId| map.touchpoint(t).is_some_and(|t| t.stage == stage);
        let mut nodes = Vec::new();
        for n in tree {
            match n {
                Node::Group { id, .. } => {
                    let keep = match kind(id) {
                        Kind::Stage(s) => (s == stage).then_some(dx),
                        Kind::Lane => Some(0.0),
                        Kind::Connector(c) => map
                            .connector(c)
                            .filter(|c| in_stage(c.from) && in_stage(c.to))
                            .map(|_| dx),
                        _ => bounds(n)
                            .filter(|b| b.x >= cx0 - 0.5 && b.right() <= cx1 + 0.5)
                            .map(|_| dx),
                    };
                    if let Some(shift) = keep {
                        nodes.push((n.clone(), shift));
                    }
                }
                Node::Item(item) => {
                    for (piece, shift) in [(hx0, hx1, 0.0), (cx0, cx1, dx)]
                        .into_iter()
                        .filter(|(a, b, _)| b > a)
                        .flat_map(|(a, b, shift)| {
                            crop(item, a, b).into_iter().map(move |p| (p, shift))
                        })
                    {
                        nodes.push((Node::Item(std::borrow::Cow::Owned(piece)), shift));
                    }
                }
            }
        }
        let width = (hx1 - hx0) + (cx1 - cx0);
        out.push(SlideContent {
            nodes,
            area: Rect::new(hx0, whole.y, width.max(1.0), whole.h),
        });
    }
    out
}

/// The part of a loose item (background, grid, curve, lane tint, title line) that lies between
/// `x0` and `x1`.
fn crop(item: &Item, x0: f32, x1: f32) -> Vec<Item> {
    let inside = |x: f32| x >= x0 - 0.01 && x <= x1 + 0.01;
    match item {
        Item::Rect { rect, radius, .. } => {
            let (a, b) = (rect.x.max(x0), rect.right().min(x1));
            if b - a <= 0.01 {
                return Vec::new();
            }
            let mut item = item.clone();
            if let Item::Rect {
                rect: r, radius: k, ..
            } = &mut item
            {
                *r = Rect::new(a, rect.y, b - a, rect.h);
                *k = radius.min((b - a) / 2.0);
            }
            vec![item]
        }
        Item::Circle { center, .. } => {
            if inside(center.x) {
                vec![item.clone()]
            } else {
                Vec::new()
            }
        }
        // Whole lines only: the map's title, wider than one column, stays on the first slide.
        Item::Text { .. } => {
            if item
                .bounds()
                .is_some_and(|b| inside(b.x) && inside(b.right()))
            {
                vec![item.clone()]
            } else {
                Vec::new()
            }
        }
        Item::Path {
            points,
            closed: false,
            fill,
            stroke,
        } => clip_polyline(points, x0, x1)
            .into_iter()
            .map(|points| Item::Path {
                points,
                closed: false,
                fill: *fill,
                stroke: *stroke,
            })
            .collect(),
        Item::Path { .. } | Item::Arrow { .. } | Item::Picture { .. } => match item.bounds() {
            Some(b) if b.x >= x0 - 0.5 && b.right() <= x1 + 0.5 => vec![item.clone()],
            _ => Vec::new(),
        },
        Item::BeginGroup { .. } | Item::EndGroup => Vec::new(),
    }
}

/// The pieces of a polyline between `x0` and `x1`.
fn clip_polyline(points: &[Point], x0: f32, x1: f32) -> Vec<Vec<Point>> {
    let mut out: Vec<Vec<Point>> = Vec::new();
    let mut current: Vec<Point> = Vec::new();
    let lerp =
        |a: Point, b: Point, t: f32| Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let dx = b.x - a.x;
        let (mut t0, mut t1) = (0.0f32, 1.0f32);
        if dx.abs() < 1e-6 {
            if a.x < x0 || a.x > x1 {
                t0 = 1.0;
                t1 = 0.0;
            }
        } else {
            let (ta, tb) = ((x0 - a.x) / dx, (x1 - a.x) / dx);
            t0 = t0.max(ta.min(tb));
            t1 = t1.min(ta.max(tb));
        }
        if t0 > t1 {
            if current.len() > 1 {
                out.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        }
        let (p, q) = (lerp(a, b, t0), lerp(a, b, t1));
        let joined = current
            .last()
            .is_some_and(|l| (l.x - p.x).abs() < 1e-3 && (l.y - p.y).abs() < 1e-3);
        if !joined {
            if current.len() > 1 {
                out.push(std::mem::take(&mut current));
            }
            current.clear();
            current.push(p);
        }
        current.push(q);
        if t1 < 1.0 {
            out.push(std::mem::take(&mut current));
        }
    }
    if current.len() > 1 {
        out.push(current);
    }
    out
}

/// Map units to EMU on one slide.
#[derive(Clone, Copy, Debug)]
struct Frame {
    scale: f64,
    ox: f64,
    oy: f64,
}

impl Frame {
    fn fit(area: Rect, size: (i64, i64)) -> Frame {
        let (w, h) = (size.0 as f64, size.1 as f64);
        let (aw, ah) = (f64::from(area.w.max(1.0)), f64::from(area.h.max(1.0)));
        let scale = ((w - 2.0 * SLIDE_MARGIN) / aw)
            .min((h - 2.0 * SLIDE_MARGIN) / ah)
            .max(1e-3);
        Frame {
            scale,
            ox: (w - aw * scale) / 2.0 - f64::from(area.x) * scale,
            oy: (h - ah * scale) / 2.0 - f64::from(area.y) * scale,
        }
    }
    fn x(&self, x: f32) -> i64 {
        (self.ox + f64::from(x) * self.scale).round() as i64
    }
    fn y(&self, y: f32) -> i64 {
        (self.oy + f64::from(y) * self.scale).round() as i64
    }
    fn len(&self, v: f32) -> i64 {
        (f64::from(v.max(0.0)) * self.scale).round() as i64
    }
}

/// A box in EMU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Emu {
    x: i64,
    y: i64,
    w: i64,
    h: i64,
}

impl Emu {
    fn union(self, o: Emu) -> Emu {
        let (x, y) = (self.x.min(o.x), self.y.min(o.y));
        let r = (self.x + self.w).max(o.x + o.w);
        let b = (self.y + self.h).max(o.y + o.h);
        Emu {
            x,
            y,
            w: r - x,
            h: b - y,
        }
    }
}

/// Where a connector end is bound: a shape id and its connection site.
type Binding = (u32, u32);

/// A card's frame on the slide, for binding connectors.
#[derive(Clone, Copy, Debug)]
struct CardFrame {
    shape: u32,
    rect: Rect,
    ellipse: bool,
}

/// Writes the shapes of one slide.
struct Writer<'m> {
    frame: Frame,
    map: &'m Map,
    next_id: u32,
    out: String,
    cards: HashMap<TouchpointId, CardFrame>,
    /// The card whose group is being written, until its frame is known.
    open_card: Option<TouchpointId>,
    shown: Vec<TouchpointId>,
    media: &'m Media<'m>,
    /// The media parts this slide shows.
    used_media: std::collections::BTreeSet<usize>,
}

fn draw_slide(
    content: &SlideContent<'_>,
    map: &Map,
    media: &Media<'_>,
    size: (i64, i64),
) -> DrawnSlide {
    let mut w = Writer {
        media,
        used_media: Default::default(),
        frame: Frame::fit(content.area, size),
        map,
        next_id: 2,
        out: String::with_capacity(4096 + content.nodes.len() * 512),
        cards: HashMap::new(),
        open_card: None,
        shown: Vec::new(),
    };
    let mut i = 0;
    while i < content.nodes.len() {
        let shift = content.nodes[i].1;
        // Runs of loose items with the same shift are written together, so text can merge.
        let mut j = i;
        while j < content.nodes.len()
            && matches!(content.nodes[j].0, Node::Item(_))
            && content.nodes[j].1 == shift
        {
            j += 1;
        }
        if j > i {
            let run: Vec<Node<'_>> = content.nodes[i..j].iter().map(|n| n.0.clone()).collect();
            w.nodes(&run, shift, 0);
            i = j;
        } else {
            w.nodes(std::slice::from_ref(&content.nodes[i].0), shift, 0);
            i += 1;
        }
    }
    let notes = w
        .shown
        .iter()
        .filter_map(|t| map.touchpoint(*t))
        .filter(|t| !t.notes.trim().is_empty())
        .map(|t| (t.title.clone(), t.notes.trim().to_owned()))
        .collect();
    DrawnSlide {
        xml: parts::slide(&w.out),
        notes,
        media: w.used_media.into_iter().collect(),
    }
}

/// What a group's children become before they are written.
enum Spec<'n, 'a> {
    Shape(&'n Item, Option<TextBlock>),
    Text(TextBlock),
    Group(&'n Node<'a>),
}

/// Horizontal alignment of a text block's lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Align {
    Left,
    Center,
    Right,
}

/// Consecutive laid-out lines that share a style and a line pitch.
#[derive(Clone, Debug)]
struct TextBlock {
    lines: Vec<(Point, String, f32)>,
    size: f32,
    weight: Weight,
    color: Color,
    /// Alignments the lines agree on so far (left, centre, right).
    aligns: [bool; 3],
}

impl TextBlock {
    fn new(origin: Point, text: &str, width: f32, size: f32, weight: Weight, color: Color) -> Self {
        TextBlock {
            lines: vec![(origin, text.to_owned(), width)],
            size,
            weight,
            color,
            aligns: [true; 3],
        }
    }

    fn pitch(&self) -> Option<f32> {
        match self.lines.as_slice() {
            [a, b, ..] => Some(b.0.y - a.0.y),
            _ => None,
        }
    }

    /// Adds the line if it continues the block.
    fn extend(
        &mut self,
        origin: Point,
        text: &str,
        width: f32,
        size: f32,
        weight: Weight,
        color: Color,
    ) -> bool {
        let Some(last) = self.lines.last() else {
            return false;
        };
        if size != self.size || weight != self.weight || color != self.color {
            return false;
        }
        let step = origin.y - last.0.y;
        if !(step > size * 0.5 && step < size * 3.0) {
            return false;
        }
        if self
            .pitch()
            .is_some_and(|p| (p - step).abs() > 0.01 * size.max(1.0))
        {
            return false;
        }
        let first = &self.lines[0];
        let near = |a: f32, b: f32| (a - b).abs() < 0.05 * size.max(1.0);
        let aligns = [
            self.aligns[0] && near(origin.x, first.0.x),
            self.aligns[1] && near(origin.x + width / 2.0, first.0.x + first.2 / 2.0),
            self.aligns[2] && near(origin.x + width, first.0.x + first.2),
        ];
        if !aligns.contains(&true) {
            return false;
        }
        self.aligns = aligns;
        self.lines.push((origin, text.to_owned(), width));
        true
    }

    fn align(&self) -> Align {
        if self.lines.len() < 2 || self.aligns[0] {
            Align::Left
        } else if self.aligns[1] {
            Align::Center
        } else {
            Align::Right
        }
    }

    /// Line spacing as a fraction of the font's natural line height.
    fn spacing(&self) -> f32 {
        let m = crate::layout::text::metrics(self.weight);
        let natural = (m.ascender - m.descender).max(0.5) * self.size;
        self.pitch().map_or(1.0, |p| (p / natural).clamp(0.3, 3.0))
    }

    /// The box the lines fill, in map units.
    fn rect(&self) -> Rect {
        let m = crate::layout::text::metrics(self.weight);
        let spacing = self.spacing();
        let natural = (m.ascender - m.descender).max(0.5) * self.size;
        let first = self.lines[0].0;
        let top = first.y - m.ascender * self.size * spacing;
        let height = natural * spacing * self.lines.len() as f32;
        let width = self.lines.iter().map(|l| l.2).fold(0.0f32, f32::max);
        let left = match self.align() {
            Align::Left => first.x,
            Align::Center => first.x + self.lines[0].2 / 2.0 - width / 2.0,
            Align::Right => first.x + self.lines[0].2 - width,
        };
        Rect::new(left, top, width.max(0.1), height.max(0.1))
    }
}

impl<'m> Writer<'m> {
    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    fn emu(&self, r: Rect, dx: f32) -> Emu {
        let x = self.frame.x(r.x + dx);
        let y = self.frame.y(r.y);
        Emu {
            x,
            y,
            w: (self.frame.x(r.right() + dx) - x).max(0),
            h: (self.frame.y(r.bottom()) - y).max(0),
        }
    }

    /// Writes nodes; returns the box they cover.
    fn nodes(&mut self, nodes: &[Node<'_>], dx: f32, depth: usize) -> Option<Emu> {
        let specs = specs(nodes);
        let mut covered: Option<Emu> = None;
        for spec in &specs {
            let b = match spec {
                Spec::Shape(item, text) => self.shape(item, text.as_ref(), dx),
                Spec::Text(block) => Some(self.text_box(block, dx)),
                Spec::Group(node) => self.group(node, dx, depth),
            };
            if let Some(b) = b {
                covered = Some(covered.map_or(b, |c| c.union(b)));
            }
        }
        covered
    }

    fn group(&mut self, node: &Node<'_>, dx: f32, depth: usize) -> Option<Emu> {
        let Node::Group {
            id: gid,
            label,
            children,
        } = node
        else {
            return None;
        };
        let kind = kind(gid);
        if let Kind::Card(t) = kind {
            self.open_card = Some(t);
            self.shown.push(t);
        }
        if depth >= MAX_DEPTH {
            return self.nodes(children, dx, depth);
        }
        let id = self.id();
        let outer = std::mem::take(&mut self.out);
        let covered = match kind {
            Kind::Connector(c) => self.connector(c, children, dx),
            _ => self.nodes(children, dx, depth + 1),
        };
        let inner = std::mem::replace(&mut self.out, outer);
        if let Kind::Card(_) = kind {
            self.open_card = None;
        }
        let b = covered?;
        let name = if label.trim().is_empty() {
            &**gid
        } else {
            &**label
        };
        let _ = write!(
            self.out,
            "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvGrpSpPr/><p:nvPr/>\
             </p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/>\
             <a:chOff x=\"{x}\" y=\"{y}\"/><a:chExt cx=\"{w}\" cy=\"{h}\"/></a:xfrm></p:grpSpPr>{inner}</p:grpSp>",
            parts::escape(&short(name)),
            x = b.x,
            y = b.y,
            w = b.w,
            h = b.h
        );
        Some(b)
    }

    /// A connector group: its arrow bound to the cards' frames, then its label.
    fn connector(&mut self, c: ConnectorId, children: &[Node<'_>], dx: f32) -> Option<Emu> {
        let ends = self.map.connector(c).map(|c| (c.from, c.to));
        let mut covered: Option<Emu> = None;
        let mut rest = Vec::new();
        for child in children {
            match child {
                Node::Item(item) if matches!(**item, Item::Arrow { .. }) => {
                    if let Item::Arrow {
                        points,
                        stroke,
                        head,
                    } = &**item
                    {
                        let bind = |t: TouchpointId, p: Option<&Point>| {
                            let card = self.cards.get(&t)?;
                            Some((card.shape, site(card, *p?, dx)))
                        };
                        let start = ends.and_then(|(from, _)| bind(from, points.first()));
                        let end = ends.and_then(|(_, to)| bind(to, points.last()));
                        if let Some(b) = self.freeform(
                            points,
                            false,
                            None,
                            Some(*stroke),
                            Some(*head),
                            (start, end),
                            dx,
                        ) {
                            covered = Some(covered.map_or(b, |c| c.union(b)));
                        }
                    }
                }
                other => rest.push(other.clone()),
            }
        }
        if let Some(b) = self.nodes(&rest, dx, MAX_DEPTH) {
            covered = Some(covered.map_or(b, |c| c.union(b)));
        }
        covered
    }

    fn shape(&mut self, item: &Item, text: Option<&TextBlock>, dx: f32) -> Option<Emu> {
        match item {
            Item::Rect {
                rect,
                radius,
                fill,
                stroke,
            } => {
                let id = self.id();
                self.frame_of_card(id, *rect, false);
                let geometry = if *radius > 0.01 && rect.w > 0.0 && rect.h > 0.0 {
                    let adj = (f64::from(*radius) / f64::from(rect.w.min(rect.h)) * 100_000.0)
                        .clamp(0.0, 50_000.0)
                        .round() as i64;
                    format!(
                        "<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val {adj}\"/></a:avLst></a:prstGeom>"
                    )
                } else {
                    "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>".to_owned()
                };
                let b = self.emu(*rect, dx);
                self.sp(id, "Rectangle", b, &geometry, *fill, *stroke, text, dx);
                Some(b)
            }
            Item::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let id = self.id();
                let rect = Rect::new(
                    center.x - radius,
                    center.y - radius,
                    2.0 * radius,
                    2.0 * radius,
                );
                self.frame_of_card(id, rect, true);
                let b = self.emu(rect, dx);
                self.sp(
                    id,
                    "Oval",
                    b,
                    "<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom>",
                    *fill,
                    *stroke,
                    text,
                    dx,
                );
                Some(b)
            }
            Item::Path {
                points,
                closed,
                fill,
                stroke,
            } => self.freeform(points, *closed, *fill, *stroke, None, (None, None), dx),
            Item::Arrow {
                points,
                stroke,
                head,
            } => self.freeform(
                points,
                false,
                None,
                Some(*stroke),
                Some(*head),
                (None, None),
                dx,
            ),
            Item::Picture {
                rect,
                key,
                alt,
                crop,
            } => Some(self.picture(*rect, key, alt, *crop, dx)),
            Item::Text { .. } | Item::BeginGroup { .. } | Item::EndGroup => None,
        }
    }

    /// A picture shape showing a media part, cropped (`a:srcRect`, in thousandths of a
    /// percent of the picture's size) to what the card shows, the alt text as its description;
    /// the placeholder grey for one without a part.
    fn picture(
        &mut self,
        rect: Rect,
        key: &crate::model::PictureKey,
        alt: &str,
        crop: Rect,
        dx: f32,
    ) -> Emu {
        let b = self.emu(rect, dx);
        let id = self.id();
        let Some(&n) = self.media.index.get(key) else {
            self.sp(
                id,
                "Picture",
                b,
                "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>",
                Some(crate::scene::PICTURE_PLACEHOLDER),
                None,
                None,
                dx,
            );
            return b;
        };
        self.used_media.insert(n);
        let p = self.media.parts[n - 1];
        let (pw, ph) = (p.width.max(1) as f32, p.height.max(1) as f32);
        let share = |v: f32, of: f32| ((v / of).clamp(0.0, 1.0) * 100_000.0).round() as i64;
        let (l, t) = (share(crop.x, pw), share(crop.y, ph));
        let (r, bottom) = (share(pw - crop.right(), pw), share(ph - crop.bottom(), ph));
        let _ = write!(
            self.out,
            "<p:pic><p:nvPicPr><p:cNvPr id=\"{id}\" name=\"Picture {id}\" descr=\"{}\"/>\
             <p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>\
             <p:blipFill><a:blip r:embed=\"rId{}\"/><a:srcRect l=\"{l}\" t=\"{t}\" r=\"{r}\" b=\"{bottom}\"/>\
             <a:stretch><a:fillRect/></a:stretch></p:blipFill>\
             <p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>",
            parts::escape(alt),
            100 + n,
            b.x,
            b.y,
            b.w,
            b.h
        );
        b
    }

    /// Remembers the first frame drawn in a card's group, for its connectors.
    fn frame_of_card(&mut self, shape: u32, rect: Rect, ellipse: bool) {
        if let Some(t) = self.open_card.take() {
            self.cards.insert(
                t,
                CardFrame {
                    shape,
                    rect,
                    ellipse,
                },
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn sp(
        &mut self,
        id: u32,
        name: &str,
        b: Emu,
        geometry: &str,
        fill: Option<Color>,
        stroke: Option<Stroke>,
        text: Option<&TextBlock>,
        dx: f32,
    ) {
        let _ = write!(
            self.out,
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name} {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>\
             <p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>{geometry}",
            b.x, b.y, b.w, b.h
        );
        self.fill(fill);
        self.line(stroke, None);
        self.out.push_str("</p:spPr>");
        if let Some(block) = text {
            let t = self.emu(block.rect(), dx);
            let insets = match block.align() {
                Align::Left => (t.x - b.x, (b.x + b.w) - (t.x + t.w)),
                Align::Right => (0, (b.x + b.w) - (t.x + t.w)),
                Align::Center => {
                    let c = t.x + t.w / 2;
                    let half = (c - b.x).min(b.x + b.w - c);
                    (c - half - b.x, b.x + b.w - (c + half))
                }
            };
            let insets = (insets.0.max(0), (t.y - b.y).max(0), insets.1.max(0));
            let insets = match block.align() {
                Align::Left => (insets.0, insets.1, 0),
                _ => insets,
            };
            self.text_body(block, insets);
        }
        self.out.push_str("</p:sp>");
    }

    fn fill(&mut self, fill: Option<Color>) {
        match fill {
            Some(c) if c.a > 0 => {
                let _ = write!(self.out, "<a:solidFill>{}</a:solidFill>", colour(c));
            }
            _ => self.out.push_str("<a:noFill/>"),
        }
    }

    fn line(&mut self, stroke: Option<Stroke>, head: Option<f32>) {
        let Some(s) = stroke.filter(|s| s.color.a > 0 && s.width > 0.0) else {
            self.out.push_str("<a:ln><a:noFill/></a:ln>");
            return;
        };
        let w = self.frame.len(s.width).max(1);
        let _ = write!(
            self.out,
            "<a:ln w=\"{w}\" cap=\"rnd\"><a:solidFill>{}</a:solidFill>",
            colour(s.color)
        );
        if s.dash.is_some() {
            self.out.push_str("<a:prstDash val=\"dash\"/>");
        }
        self.out.push_str("<a:round/>");
        if let Some(head) = head.filter(|h| *h > 0.0) {
            // Head sizes are multiples of the line width: sm 2, med 3, lg 5.
            let ratio = head / s.width.max(0.1);
            let len = if ratio >= 4.5 {
                "lg"
            } else if ratio >= 2.5 {
                "med"
            } else {
                "sm"
            };
            let _ = write!(
                self.out,
                "<a:tailEnd type=\"triangle\" w=\"med\" len=\"{len}\"/>"
            );
        }
        self.out.push_str("</a:ln>");
    }

    /// A freeform along points (a connector when it has a head).
    #[allow(clippy::too_many_arguments)]
    fn freeform(
        &mut self,
        points: &[Point],
        closed: bool,
        fill: Option<Color>,
        stroke: Option<Stroke>,
        head: Option<f32>,
        ends: (Option<Binding>, Option<Binding>),
        dx: f32,
    ) -> Option<Emu> {
        let pts: Vec<(i64, i64)> = points
            .iter()
            .filter(|p| p.x.is_finite() && p.y.is_finite())
            .map(|p| (self.frame.x(p.x + dx), self.frame.y(p.y)))
            .collect();
        if pts.len() < 2 {
            return None;
        }
        let x0 = pts.iter().map(|p| p.0).min()?;
        let y0 = pts.iter().map(|p| p.1).min()?;
        let w = (pts.iter().map(|p| p.0).max()? - x0).max(1);
        let h = (pts.iter().map(|p| p.1).max()? - y0).max(1);
        let id = self.id();
        let connector = head.is_some();
        if connector {
            let _ = write!(
                self.out,
                "<p:cxnSp><p:nvCxnSpPr><p:cNvPr id=\"{id}\" name=\"Connector {id}\"/><p:cNvCxnSpPr>"
            );
            if let Some((shape, idx)) = ends.0 {
                let _ = write!(self.out, "<a:stCxn id=\"{shape}\" idx=\"{idx}\"/>");
            }
            if let Some((shape, idx)) = ends.1 {
                let _ = write!(self.out, "<a:endCxn id=\"{shape}\" idx=\"{idx}\"/>");
            }
            self.out.push_str("</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>");
        } else {
            let _ = write!(
                self.out,
                "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Freeform {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
            );
        }
        if connector && let Some(bent) = elbow(&pts) {
            // A preset connector PowerPoint and Impress know how to re-route when a card moves.
            let _ = write!(
                self.out,
                "<p:spPr><a:xfrm{}{}><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
                 <a:prstGeom prst=\"{}\"><a:avLst>",
                if bent.flip_h { " flipH=\"1\"" } else { "" },
                if bent.flip_v { " flipV=\"1\"" } else { "" },
                bent.frame.x,
                bent.frame.y,
                bent.frame.w,
                bent.frame.h,
                bent.preset
            );
            for (i, adj) in bent.adjust.iter().enumerate() {
                let _ = write!(self.out, "<a:gd name=\"adj{}\" fmla=\"val {adj}\"/>", i + 1);
            }
            self.out.push_str("</a:avLst></a:prstGeom>");
            self.fill(None);
            self.line(stroke, head);
            self.out.push_str("</p:spPr></p:cxnSp>");
            return Some(bent.frame);
        }
        let _ = write!(
            self.out,
            "<p:spPr><a:xfrm><a:off x=\"{x0}\" y=\"{y0}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/></a:xfrm>\
             <a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"l\" t=\"t\" r=\"r\" b=\"b\"/>\
             <a:pathLst><a:path w=\"{w}\" h=\"{h}\"{}>",
            if closed && fill.is_some() {
                ""
            } else {
                " fill=\"none\""
            }
        );
        for (i, (x, y)) in pts.iter().enumerate() {
            let tag = if i == 0 { "moveTo" } else { "lnTo" };
            let _ = write!(
                self.out,
                "<a:{tag}><a:pt x=\"{}\" y=\"{}\"/></a:{tag}>",
                x - x0,
                y - y0
            );
        }
        if closed {
            self.out.push_str("<a:close/>");
        }
        self.out.push_str("</a:path></a:pathLst></a:custGeom>");
        self.fill(if closed { fill } else { None });
        self.line(stroke, head);
        self.out.push_str(if connector {
            "</p:spPr></p:cxnSp>"
        } else {
            "</p:spPr></p:sp>"
        });
        Some(Emu { x: x0, y: y0, w, h })
    }

    /// A text box of its own.
    fn text_box(&mut self, block: &TextBlock, dx: f32) -> Emu {
        let id = self.id();
        // A card drawn without a frame (a text card) binds its connectors to its text.
        self.frame_of_card(id, block.rect(), false);
        let b = self.emu(block.rect(), dx);
        // No room is added for a wider substituted font: with wrapping off, PowerPoint and
        // Impress draw past the box rather than break or shrink the line.
        let _ = write!(
            self.out,
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Text {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>\
             <p:spPr><a:xfrm><a:off x=\"{}\" y=\"{}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>\
             <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>",
            b.x, b.y, b.w, b.h
        );
        self.text_body(block, (0, 0, 0));
        self.out.push_str("</p:sp>");
        b
    }

    /// `p:txBody` with the block's lines, one line each, no wrapping and no autofit.
    fn text_body(&mut self, block: &TextBlock, (left, top, right): (i64, i64, i64)) {
        let _ = write!(
            self.out,
            "<p:txBody><a:bodyPr wrap=\"none\" lIns=\"{left}\" tIns=\"{top}\" rIns=\"{right}\" bIns=\"0\" \
             anchor=\"t\" rtlCol=\"0\"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn=\"{}\">\
             <a:lnSpc><a:spcPct val=\"{}\"/></a:lnSpc><a:spcBef><a:spcPts val=\"0\"/></a:spcBef>\
             <a:spcAft><a:spcPts val=\"0\"/></a:spcAft><a:buNone/></a:pPr>",
            match block.align() {
                Align::Left => "l",
                Align::Center => "ctr",
                Align::Right => "r",
            },
            (f64::from(block.spacing()) * 100_000.0).round() as i64
        );
        let size = ((f64::from(block.size) * self.frame.scale / 12_700.0 * 100.0).round() as i64)
            .clamp(100, 400_000);
        let attributes = format!(
            "lang=\"{}\" sz=\"{size}\" b=\"{}\" dirty=\"0\"",
            language_tag(self.map),
            u8::from(block.weight == Weight::Bold),
        );
        let look = format!(
            "<a:solidFill>{}</a:solidFill><a:latin typeface=\"{f}\"/><a:ea typeface=\"{f}\"/>\
             <a:cs typeface=\"{f}\"/>",
            colour(block.color),
            f = parts::FONT
        );
        for (i, (_, text, _)) in block.lines.iter().enumerate() {
            if i > 0 {
                let _ = write!(self.out, "<a:br><a:rPr {attributes}>{look}</a:rPr></a:br>");
            }
            let _ = write!(
                self.out,
                "<a:r><a:rPr {attributes}>{look}</a:rPr><a:t>{}</a:t></a:r>",
                parts::escape(text)
            );
        }
        let _ = write!(
            self.out,
            "<a:endParaRPr {attributes}>{look}</a:endParaRPr></a:p></p:txBody>"
        );
    }
}

/// A route as a preset elbow connector.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Elbow {
    preset: &'static str,
    frame: Emu,
    flip_h: bool,
    flip_v: bool,
    /// `adj1`, `adj2`, … in 1/100 000 of the frame's width or height.
    adjust: Vec<i64>,
}

/// Trailmap's routes leave a card sideways and turn at right angles: a straight line, or 2 to 4
/// turns, as `straightConnector1` and `bentConnector2`…`bentConnector5` draw them (ECMA-376
/// presetShapeDefinitions: from the frame's top left corner, across first, to its bottom right
/// corner; flips turn it to the route's direction; `adj1`, `adj3` place the vertical runs across
/// the width, `adj2` the horizontal run down the height). `None` for any other route.
fn elbow(points: &[(i64, i64)]) -> Option<Elbow> {
    // Drop repeated points and the middle of straight runs.
    let mut pts: Vec<(i64, i64)> = Vec::with_capacity(points.len());
    for &p in points {
        if pts.last() == Some(&p) {
            continue;
        }
        if pts.len() >= 2 {
            let (a, b) = (pts[pts.len() - 2], pts[pts.len() - 1]);
            if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) {
                pts.pop();
            }
        }
        pts.push(p);
    }
    let (&start, &end) = (pts.first()?, pts.last()?);
    if pts.len() < 2 || pts.len() > 6 {
        return None;
    }
    // Across first, then alternately down and across.
    for (i, w) in pts.windows(2).enumerate() {
        let across = w[0].1 == w[1].1;
        let down = w[0].0 == w[1].0;
        if pts.len() > 2 && !(if i % 2 == 0 { across } else { down }) {
            return None;
        }
    }
    let flip_h = end.0 < start.0;
    let flip_v = end.1 < start.1;
    let frame = Emu {
        x: start.0.min(end.0),
        y: start.1.min(end.1),
        w: (end.0 - start.0).abs(),
        h: (end.1 - start.1).abs(),
    };
    let local_x = |x: i64| if flip_h { start.0 - x } else { x - start.0 };
    let local_y = |y: i64| if flip_v { start.1 - y } else { y - start.1 };
    let share = |v: i64, of: i64| (v as f64 / of as f64 * 100_000.0).round() as i64;
    // A U-turn between cards of one column has a frame of no width, which no adjustment can
    // widen: such routes stay freeforms.
    let needs_width = pts.len() >= 4;
    let needs_height = pts.len() >= 5;
    if (needs_width && frame.w == 0) || (needs_height && frame.h == 0) {
        return None;
    }
    let (preset, adjust) = match pts.len() {
        2 => ("straightConnector1", vec![]),
        3 => ("bentConnector2", vec![]),
        4 => ("bentConnector3", vec![share(local_x(pts[1].0), frame.w)]),
        5 => (
            "bentConnector4",
            vec![
                share(local_x(pts[1].0), frame.w),
                share(local_y(pts[2].1), frame.h),
            ],
        ),
        _ => (
            "bentConnector5",
            vec![
                share(local_x(pts[1].0), frame.w),
                share(local_y(pts[2].1), frame.h),
                share(local_x(pts[3].0), frame.w),
            ],
        ),
    };
    // The presets' handles accept adjustments within the 32-bit range only.
    if adjust.iter().any(|a| a.unsigned_abs() > 2_147_483_647) {
        return None;
    }
    Some(Elbow {
        preset,
        frame,
        flip_h,
        flip_v,
        adjust,
    })
}

/// The connection site of a card's frame nearest to a point: 0 top, 1 left, 2 bottom, 3 right
/// for rectangles (ECMA-376 presetShapeDefinitions, `rect` and `roundRect`); 0 top, 2 left,
/// 4 bottom, 6 right for ellipses, whose eight sites run anticlockwise from the top.
fn site(card: &CardFrame, p: Point, dx: f32) -> u32 {
    let r = card.rect;
    let x = p.x - dx;
    let d = [
        (p.y - r.y).abs(),
        (x - r.x).abs(),
        (p.y - r.bottom()).abs(),
        (x - r.right()).abs(),
    ];
    let side = (0..4).min_by(|a, b| d[*a].total_cmp(&d[*b])).unwrap_or(3) as u32;
    if card.ellipse { side * 2 } else { side }
}

/// Groups a node list into shapes, text blocks (merged lines) and groups, and gives each text
/// block to the rectangle it sits in when nothing drawn between them overlaps it.
fn specs<'n, 'a>(nodes: &'n [Node<'a>]) -> Vec<Spec<'n, 'a>> {
    let mut out: Vec<Spec<'n, 'a>> = Vec::with_capacity(nodes.len());
    for node in nodes {
        match node {
            Node::Group { .. } => out.push(Spec::Group(node)),
            Node::Item(item) => match &**item {
                Item::Text {
                    origin,
                    text,
                    size,
                    weight,
                    color,
                    width,
                } => {
                    if !(origin.x.is_finite()
                        && origin.y.is_finite()
                        && size.is_finite()
                        && *size > 0.0)
                    {
                        continue;
                    }
                    if let Some(Spec::Text(block)) = out.last_mut()
                        && block.extend(*origin, text, *width, *size, *weight, *color)
                    {
                        continue;
                    }
                    out.push(Spec::Text(TextBlock::new(
                        *origin, text, *width, *size, *weight, *color,
                    )));
                }
                Item::BeginGroup { .. } | Item::EndGroup => {}
                other => out.push(Spec::Shape(other, None)),
            },
        }
    }
    // Attach blocks to the rectangle they sit in.
    let mut i = 0;
    while i < out.len() {
        let Spec::Text(block) = &out[i] else {
            i += 1;
            continue;
        };
        let area = block.rect();
        let host = (0..i).rev().find_map(|j| match &out[j] {
            // Not a background far larger than the text (the map's paper behind its title).
            Spec::Shape(Item::Rect { rect, .. }, None)
                if rect.w * rect.h <= 40.0 * area.w.max(1.0) * area.h.max(1.0)
                    && rect.expand(0.5).contains_rect(&Rect::new(
                        area.x,
                        area.y.max(rect.y),
                        area.w,
                        area.h.min(rect.h),
                    )) =>
            {
                Some(Some(j))
            }
            Spec::Shape(item, _) if item.bounds().is_some_and(|b| b.intersects(&area)) => {
                Some(None)
            }
            Spec::Group(_) => Some(None),
            _ => None,
        });
        if let Some(Some(j)) = host
            && let Spec::Text(block) = out.remove(i)
            && let Spec::Shape(_, slot) = &mut out[j]
        {
            *slot = Some(block);
            continue;
        }
        i += 1;
    }
    out
}

/// `srgbClr` with its opacity.
fn colour(c: Color) -> String {
    if c.a == 255 {
        format!("<a:srgbClr val=\"{:02X}{:02X}{:02X}\"/>", c.r, c.g, c.b)
    } else {
        format!(
            "<a:srgbClr val=\"{:02X}{:02X}{:02X}\"><a:alpha val=\"{}\"/></a:srgbClr>",
            c.r,
            c.g,
            c.b,
            u32::from(c.a) * 100_000 / 255
        )
    }
}

/// The language tag of the map's text, for spelling checks in PowerPoint.
fn language_tag(map: &Map) -> &'static str {
    match map.language.trim().to_ascii_lowercase().as_str() {
        "de" => "de-DE",
        "pl" => "pl-PL",
        "sv" => "sv-SE",
        "nb" | "no" | "nn" => "nb-NO",
        _ => "en-US",
    }
}

/// A shape name: at most 120 characters of one line.
fn short(name: &str) -> String {
    name.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect()
}

/// Writes the package.
fn package(
    slides: &[DrawnSlide],
    map: &Map,
    media: &Media<'_>,
    options: &PptxOptions,
) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let notes: Vec<usize> = slides
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.notes.is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    let has_notes = !notes.is_empty();
    let mut put = |name: &str, text: &str| -> zip::result::ZipResult<()> {
        zip.start_file(name, deflate)?;
        zip.write_all(text.as_bytes())?;
        Ok(())
    };
    let mut extensions: Vec<crate::model::MediaType> =
        media.parts.iter().map(|p| p.media).collect();
    extensions.sort_by_key(|m| m.extension());
    extensions.dedup();
    put(
        "[Content_Types].xml",
        &parts::content_types(slides.len(), &notes, &extensions),
    )?;
    put("_rels/.rels", &parts::package_relationships())?;
    put("docProps/core.xml", &parts::core_properties(&map.title))?;
    put(
        "docProps/app.xml",
        &parts::app_properties(slides.len(), notes.len()),
    )?;
    put(
        "ppt/presentation.xml",
        &parts::presentation(
            slides.len(),
            options.size.emu(),
            options.size.type_attribute(),
            has_notes,
        ),
    )?;
    put(
        "ppt/_rels/presentation.xml.rels",
        &parts::presentation_relationships(slides.len(), has_notes),
    )?;
    put("ppt/presProps.xml", &parts::pres_props())?;
    put("ppt/viewProps.xml", &parts::view_props())?;
    put("ppt/tableStyles.xml", &parts::table_styles())?;
    put("ppt/slideMasters/slideMaster1.xml", &parts::slide_master())?;
    put(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        &parts::slide_master_relationships(),
    )?;
    put("ppt/slideLayouts/slideLayout1.xml", &parts::slide_layout())?;
    put(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        &parts::slide_layout_relationships(),
    )?;
    put("ppt/theme/theme1.xml", &parts::theme())?;
    if has_notes {
        put("ppt/theme/theme2.xml", &parts::theme())?;
        put("ppt/notesMasters/notesMaster1.xml", &parts::notes_master())?;
        put(
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            &parts::notes_master_relationships(),
        )?;
    }
    for (i, slide) in slides.iter().enumerate() {
        let n = i + 1;
        let with_notes = (!slide.notes.is_empty()).then_some(n);
        put(&format!("ppt/slides/slide{n}.xml"), &slide.xml)?;
        let pictures: Vec<(usize, String)> = slide
            .media
            .iter()
            .map(|&m| (m, format!("../{}", media.name(m))))
            .collect();
        put(
            &format!("ppt/slides/_rels/slide{n}.xml.rels"),
            &parts::slide_relationships(with_notes, &pictures),
        )?;
        if with_notes.is_some() {
            put(
                &format!("ppt/notesSlides/notesSlide{n}.xml"),
                &parts::notes_slide(&slide.notes),
            )?;
            put(
                &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
                &parts::notes_slide_relationships(n),
            )?;
        }
    }
    // Pictures are compressed already: stored, not deflated again.
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (i, p) in media.parts.iter().enumerate() {
        zip.start_file(format!("ppt/{}", media.name(i + 1)), stored)?;
        zip.write_all(&p.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_become_elbow_connectors_in_their_direction() {
        // Forward to the next column: across, down, across.
        let e = elbow(&[(0, 0), (50, 0), (50, 40), (100, 40)]).unwrap();
        assert_eq!(e.preset, "bentConnector3");
        assert_eq!((e.flip_h, e.flip_v), (false, false));
        assert_eq!(
            e.frame,
            Emu {
                x: 0,
                y: 0,
                w: 100,
                h: 40
            }
        );
        assert_eq!(e.adjust, vec![50_000]);
        // Backwards and upwards: flipped both ways, the turn measured from the start.
        let e = elbow(&[(100, 40), (75, 40), (75, 0), (0, 0)]).unwrap();
        assert_eq!((e.flip_h, e.flip_v), (true, true));
        assert_eq!(e.adjust, vec![25_000]);
        // A U-turn out of the right edges beside the cards: a turn outside the frame.
        let e = elbow(&[(0, 0), (30, 0), (30, 50), (10, 50)]).unwrap();
        assert_eq!(e.adjust, vec![300_000]);
        // Two columns apart, along a lane border: five runs.
        let e = elbow(&[(0, 0), (10, 0), (10, -15), (90, -15), (90, 60), (100, 60)]).unwrap();
        assert_eq!(e.preset, "bentConnector5");
        assert_eq!(e.adjust, vec![10_000, -25_000, 90_000]);
        // Repeated and collinear points are dropped.
        let e = elbow(&[(0, 0), (0, 0), (40, 0), (100, 0)]).unwrap();
        assert_eq!(e.preset, "straightConnector1");
        // No width to place the turn in, or a first run that is not across: a freeform.
        assert_eq!(elbow(&[(0, 0), (30, 0), (30, 50), (0, 50)]), None);
        assert_eq!(elbow(&[(0, 0), (0, 50), (30, 50)]), None);
        assert_eq!(
            elbow(&[(0, 0), (3, 0), (3, 5), (4, 5), (4, 9), (5, 9), (5, 10)]),
            None
        );
        assert_eq!(elbow(&[(0, 0)]), None);
    }

    #[test]
    fn polylines_are_cut_to_a_column() {
        let p = |x, y| Point::new(x, y);
        let pieces = clip_polyline(&[p(0.0, 0.0), p(100.0, 100.0), p(200.0, 0.0)], 50.0, 150.0);
        assert_eq!(
            pieces,
            vec![vec![p(50.0, 50.0), p(100.0, 100.0), p(150.0, 50.0)]]
        );
        // Leaving and coming back makes two pieces.
        let pieces = clip_polyline(&[p(0.0, 0.0), p(100.0, 0.0), p(0.0, 10.0)], 0.0, 50.0);
        assert_eq!(pieces.len(), 2);
        assert!(clip_polyline(&[p(0.0, 0.0), p(10.0, 0.0)], 20.0, 30.0).is_empty());
        // A vertical line on the column's edge stays.
        assert_eq!(
            clip_polyline(&[p(20.0, 0.0), p(20.0, 9.0)], 20.0, 30.0).len(),
            1
        );
    }

    #[test]
    fn group_ids_say_what_a_group_is() {
        assert_eq!(kind("stage-3"), Kind::Stage(StageId(3)));
        assert_eq!(kind("lane-2"), Kind::Lane);
        assert_eq!(kind("touchpoint-12"), Kind::Card(TouchpointId(12)));
        assert_eq!(kind("connector-5"), Kind::Connector(ConnectorId(5)));
        assert_eq!(kind("funnel-1"), Kind::Funnel(StageId(1)));
        for other in [
            "legend",
            "insight-0",
            "stage-",
            "stage-x",
            "touchpoint-1 \"><",
        ] {
            assert_eq!(kind(other), Kind::Other, "{other}");
        }
    }

    #[test]
    fn cards_and_funnels_move_into_their_stage_group() {
        let map = crate::model::synthetic_map(12);
        let layout = crate::layout::Layout::compute(&map);
        let scene = crate::scene::build(&map, &layout);
        let top = compose(tree(&scene.items), &map);
        let mut cards = 0;
        for node in &top {
            let Node::Group { id, children, .. } = node else {
                continue;
            };
            match kind(id) {
                Kind::Card(_) | Kind::Funnel(_) => panic!("{id} left outside its stage"),
                Kind::Stage(stage) => {
                    for child in children {
                        if let Node::Group { id, .. } = child
                            && let Kind::Card(t) = kind(id)
                        {
                            assert_eq!(map.touchpoint(t).unwrap().stage, stage);
                            cards += 1;
                        }
                    }
                }
                _ => {}
            }
        }
        assert_eq!(cards, layout.cards.len());
    }
}
