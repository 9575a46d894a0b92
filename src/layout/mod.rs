//! Pure geometry: where every stage, lane, cell, card, emotion point and arrow sits, computed
//! from the Map alone.
//!
//! Text is measured and broken into lines here, once, with the bundled fonts' metrics
//! ([`text`]); the scene and every back end draw these lines as they are. This module never
//! draws, never knows egui, and never changes the map. View state (zoom, scroll, selection) is
//! not an input: only what the map says and the explicit [`LayoutOptions`].

mod cells;
mod connectors;
mod date;
mod extras;
mod frame;
mod persona_lanes;
mod reuse;
pub use date::Date;
pub use extras::owners;
pub use frame::{ExportFrame, LegendPersona, PersonaLegend, TitleBlock};
pub use persona_lanes::{LanePersona, PERSONA_STRIPE};
pub use reuse::LayoutMemo;
pub mod text;
pub mod words;

use std::sync::Arc;

/// Maps keyed by ids and cells inside the layout: foldhash with a fixed seed (SipHash was a
/// tenth of a relayout at 10 000 cards).
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

use crate::fonts::Weight;
use crate::geom::{Point, Rect};
use crate::model::{
    Cell, Channel, ConnectorId, LaneId, LaneKind, Map, PersonaId, PictureKey, StageId, Touchpoint,
    TouchpointId,
};

/// Width of the lane header column on the left.
pub const LANE_HEADER_WIDTH: f32 = 180.0;
/// Height of the stage header row.
pub const STAGE_HEADER_HEIGHT: f32 = 52.0;
/// Width of a stage that has no width of its own.
pub const DEFAULT_STAGE_WIDTH: f32 = 240.0;
/// Space between a cell's edge and its cards.
pub const CELL_PADDING: f32 = 10.0;
/// Vertical space between two cards of a cell.
pub const CARD_GAP: f32 = 8.0;
/// Space between a card's edge and its text.
pub const CARD_PADDING: f32 = 9.0;
/// Height of a lane with no cards.
pub const MIN_LANE_HEIGHT: f32 = 64.0;
/// Height of an emotion lane (its curve needs room whatever its content).
pub const EMOTION_LANE_HEIGHT: f32 = 190.0;
/// Radius of a persona badge on a card.
pub const BADGE_RADIUS: f32 = 7.5;
/// Radius of an emotion point.
pub const EMOTION_POINT_RADIUS: f32 = 10.0;
/// Size of a channel icon on a card or lane header.
pub const ICON_SIZE: f32 = 14.0;
/// Height of one insight marker line at the bottom of a cell.
pub const MARKER_HEIGHT: f32 = 17.0;
/// Flattest a card's picture frame may be, as height over width: a panorama is cropped to
/// this rather than shrinking to a sliver.
pub const PICTURE_MIN_RATIO: f32 = 0.25;
/// Tallest a card's picture frame may be, as height over width: a phone screenshot is cropped
/// to this rather than making its card (and its lane) several cards tall.
pub const PICTURE_MAX_RATIO: f32 = 1.25;
/// Tallest a card's picture frame may be, in map units, however wide its stage: a wide stage
/// crops its pictures flatter rather than making one card a screen tall.
pub const PICTURE_MAX_HEIGHT: f32 = 480.0;
/// Space between a card's picture and its title.
pub const PICTURE_GAP: f32 = 6.0;

/// Text sizes and line heights, in map units.
pub mod sizes {
    /// Map title.
    pub const TITLE: f32 = 22.0;
    /// Map description under the title.
    pub const SUBTITLE: f32 = 12.5;
    /// Stage names.
    pub const STAGE: f32 = 14.0;
    /// Lane names.
    pub const LANE: f32 = 13.0;
    /// Lane kind under the lane name.
    pub const LANE_KIND: f32 = 10.5;
    /// Card titles.
    pub const CARD_TITLE: f32 = 12.5;
    /// Card body text.
    pub const CARD_BODY: f32 = 11.0;
    /// Footer text (owner) and emotion labels.
    pub const SMALL: f32 = 10.0;
    /// Initials in persona badges.
    pub const BADGE: f32 = 8.5;
    /// Line height as a multiple of the font size.
    pub const LINE_HEIGHT: f32 = 1.32;
}

/// What a layout shows besides the map itself; chosen by the view or by export options.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LayoutOptions {
    /// Lanes left out (View > show/hide lanes).
    pub hidden_lanes: Vec<LaneId>,
    /// Today's journey, the target journey, or both compared.
    pub state: StateView,
    /// Persona filter: cards of other personas are dimmed and each chosen persona gets its own
    /// emotion curve. Empty: no filter.
    pub personas: Vec<PersonaId>,
    /// Cards coloured by owning department, with a legend.
    pub color_by_owner: bool,
    /// Campaign overlaps, and gaps for the chosen personas, marked in their cells.
    pub insights: bool,
    /// Notes listed as numbered footnotes under the map.
    pub footnotes: bool,
    /// Export only: the title block and the persona legend around the map. `None` on the
    /// canvas, which shows the map's heading without them.
    pub export: Option<ExportFrame>,
    /// The stage being presented (View > Present): it is outlined and every other stage is
    /// veiled. `None`: no stage stands out. Drawn by the scene, so it looks the same on the
    /// canvas and in any export that asks for it.
    pub focus_stage: Option<StageId>,
    /// How the touchpoint rows are grouped ([`crate::pivot`]). The layout draws the map it is
    /// given: lay out the pivoted map ([`crate::pivot::pivot`], or [`crate::pivot::draw`]).
    pub rows: crate::pivot::Rows,
    /// The cards that carry the link mark, sorted (the pivot's [`crate::pivot::Pivoted::linked`]).
    pub linked: Vec<TouchpointId>,
}

/// Which state of the journey a view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StateView {
    /// Today's journey: cards marked future-only are left out.
    #[default]
    Current,
    /// The target journey: current-only cards are left out, future values shown.
    Future,
    /// Both: new cards green, dropped cards red and struck through, changed cards amber.
    Compare,
}

impl From<crate::model::JourneyState> for StateView {
    fn from(s: crate::model::JourneyState) -> Self {
        use crate::model::JourneyState as J;
        match s {
            J::Current => StateView::Current,
            J::Future => StateView::Future,
            J::Compare => StateView::Compare,
        }
    }
}

impl From<StateView> for crate::model::JourneyState {
    fn from(s: StateView) -> Self {
        use crate::model::JourneyState as J;
        match s {
            StateView::Current => J::Current,
            StateView::Future => J::Future,
            StateView::Compare => J::Compare,
        }
    }
}

impl LayoutOptions {
    /// What a saved view shows (nothing presented).
    pub fn of_view(view: &crate::model::SavedView) -> Self {
        Self {
            hidden_lanes: view.hidden_lanes.clone(),
            state: view.state.into(),
            personas: view.personas.clone(),
            color_by_owner: view.color_by_owner,
            insights: view.insights,
            footnotes: view.footnotes,
            focus_stage: None,
            export: None,
            rows: view.rows,
            linked: Vec::new(),
        }
    }
}

impl StateView {
    /// Every view, in menu order.
    pub const ALL: [StateView; 3] = [StateView::Current, StateView::Future, StateView::Compare];

    /// Whether the view shows a card at all (the compare view shows every card).
    pub fn shows(self, t: &Touchpoint) -> bool {
        use crate::model::CardState;
        match self {
            StateView::Current => t.state != CardState::Future,
            StateView::Future => t.state != CardState::Current,
            StateView::Compare => true,
        }
    }
}

/// How a card differs between today's and the target journey (compare view).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// New in the target journey.
    Added,
    /// Dropped in the target journey.
    Removed,
    /// Kept, with these fields changed.
    Changed(Vec<&'static str>),
}

/// The marker of a card that has notes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NoteMarker {
    /// The card's top-right corner, where the marker sits.
    pub corner: Point,
    /// Its footnote number when footnotes are listed.
    pub number: Option<u32>,
}

/// The funnel figures of one stage, drawn at the top of a metrics lane cell.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelBox {
    /// Which stage.
    pub stage: StageId,
    /// The whole block.
    pub rect: Rect,
    /// "reached › converted (rate)".
    pub figures: TextBlock,
    /// The full-width track behind the bars.
    pub track: Rect,
    /// Customers reached, scaled to the stage with the most.
    pub reached_bar: Rect,
    /// Customers converted, on the same scale.
    pub converted_bar: Option<Rect>,
    /// Drop-off to the next stage, and whether it is the worst of the journey.
    pub drop: Option<(TextBlock, bool)>,
}

/// What an insight marker points out.
#[derive(Clone, Debug, PartialEq)]
pub enum InsightKind {
    /// Cards of one channel in one stage running the same campaign.
    Overlap {
        /// The campaign.
        campaign: String,
        /// The cards running it.
        cards: Vec<TouchpointId>,
    },
    /// A cell of a channel a persona uses where no card reaches them.
    Gap {
        /// Who is not reached.
        persona: PersonaId,
    },
}

/// An insight marker at the bottom of a cell.
#[derive(Clone, Debug, PartialEq)]
pub struct InsightMarker {
    /// The cell it is about.
    pub cell: Cell,
    /// What it points out.
    pub kind: InsightKind,
    /// The pill it is drawn in.
    pub rect: Rect,
    /// Its words.
    pub label: TextBlock,
}

/// One owner in the colour-by-owner legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// The department.
    pub owner: String,
    /// Its colour swatch.
    pub swatch: Rect,
    /// Its name beside the swatch.
    pub label: TextBlock,
}

/// A numbered note under the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    /// The card it belongs to.
    pub card: TouchpointId,
    /// Its number, as on the card's marker.
    pub number: u32,
    /// The number, then the card title and its notes.
    pub text: TextBlock,
}

/// Positioned lines of one text of one size and weight.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBlock {
    /// Lines, top to bottom.
    pub lines: Vec<PlacedLine>,
    /// Font size.
    pub size: f32,
    /// Font weight.
    pub weight: Option<Weight>,
}

/// One line of text at its place.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLine {
    /// Left end of the baseline.
    pub origin: Point,
    /// The characters (shared with the scene).
    pub text: Arc<str>,
    /// Measured width.
    pub width: f32,
}

/// A stage's header and column.
#[derive(Clone, Debug, PartialEq)]
pub struct StageBox {
    /// Which stage.
    pub id: StageId,
    /// The header cell in the header row.
    pub header: Rect,
    /// The column below the header, across every lane.
    pub column: Rect,
    /// The stage name, centred in the header.
    pub name: TextBlock,
}

/// A lane's header and row.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBox {
    /// Which lane.
    pub id: LaneId,
    /// What the lane holds.
    pub kind: LaneKind,
    /// The header cell in the left column.
    pub header: Rect,
    /// The row right of the header, across every stage.
    pub row: Rect,
    /// The lane name.
    pub name: TextBlock,
    /// The kind (and channel) under the name.
    pub kind_label: TextBlock,
    /// The channel's icon, for channel lanes.
    pub icon: Option<(Rect, Channel)>,
    /// The persona's badge, name and colour stripe, for a lane that belongs to a persona.
    pub persona: Option<LanePersona>,
}

/// How a card is drawn; follows its lane's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardStyle {
    /// A touchpoint card of a channel lane.
    Touchpoint,
    /// Free text without a frame.
    Text,
    /// A point on the emotion curve with its label.
    Emotion,
    /// A pain point: warm, alarming.
    PainPoint,
    /// An opportunity: green, hopeful.
    Opportunity,
    /// An owner / department tag.
    Owner,
    /// Figures.
    Metric,
    /// Backstage step (service blueprint).
    Backstage,
}

impl CardStyle {
    fn of(kind: LaneKind) -> Self {
        match kind {
            LaneKind::Channel => CardStyle::Touchpoint,
            LaneKind::Text => CardStyle::Text,
            LaneKind::Emotion => CardStyle::Emotion,
            LaneKind::PainPoints => CardStyle::PainPoint,
            LaneKind::Opportunities => CardStyle::Opportunity,
            LaneKind::Owners => CardStyle::Owner,
            LaneKind::Metrics => CardStyle::Metric,
            LaneKind::Backstage => CardStyle::Backstage,
            // Picture cards: framed as channel cards, their picture on top.
            LaneKind::Storyboard => CardStyle::Touchpoint,
        }
    }
}

/// A persona badge on a card.
#[derive(Clone, Debug, PartialEq)]
pub struct Badge {
    /// Whose badge.
    pub persona: PersonaId,
    /// Centre of the circle.
    pub center: Point,
    /// The initial, centred in the circle.
    pub initial: PlacedLine,
}

/// The emotion marker of a card in an emotion lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EmotionMarker {
    /// Centre of the point.
    pub center: Point,
    /// Radius of the point (smaller when many share a narrow column).
    pub radius: f32,
    /// The score, `None` when the card has none (drawn hollow on the zero line).
    pub score: Option<i8>,
}

/// Where a card sits and what text it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CardBox {
    /// Which card.
    pub id: TouchpointId,
    /// The cell it sits in.
    pub cell: Cell,
    /// Its outline (for emotion cards: marker and label together).
    pub rect: Rect,
    /// How it is drawn.
    pub style: CardStyle,
    /// The title lines.
    pub title: TextBlock,
    /// Secondary lines (what the customer does, or the figures).
    pub body: TextBlock,
    /// Persona badges along the bottom.
    pub badges: Vec<Badge>,
    /// Small text at the bottom right (the owner).
    pub footer: TextBlock,
    /// The point on the emotion curve, for emotion cards.
    pub marker: Option<EmotionMarker>,
    /// How it differs between the states (compare view only).
    pub change: Option<Change>,
    /// Whether the persona filter dims it.
    pub dimmed: bool,
    /// Its channel's icon in the top right corner.
    pub icon: Option<(Rect, Channel)>,
    /// The notes marker, for cards with notes.
    pub note: Option<NoteMarker>,
    /// "Changes: …" in the compare view.
    pub changes: TextBlock,
    /// "Conflict: title “ours” / “theirs”" while a merge left the card undecided; drawn
    /// under the changes, in the conflict colour.
    pub conflicts: TextBlock,
    /// The card's picture, above its title (boxed: most cards have none, and every card
    /// would carry the frame's ~120 bytes inline).
    pub picture: Option<Box<PictureFrame>>,
    /// Whether the card is one of several drawings of one card (rows pivoted by persona, a
    /// card for two personas): it carries the link mark.
    pub linked: bool,
    /// The hash of everything its box depends on but its top (its cell, place across, width
    /// and what the map says of it; 0 for points on an emotion curve): a later layout that
    /// finds the same key moves the box instead of laying the card out again.
    pub key: u64,
}

impl TextBlock {
    /// Moves every line down by `dy`.
    fn shift_y(&mut self, dy: f32) {
        for l in &mut self.lines {
            l.origin.y += dy;
        }
    }
}

impl CardBox {
    /// Moves the card and everything on it down by `dy` (a lane above it grew by that much).
    pub(crate) fn shift_y(&mut self, dy: f32) {
        self.rect.y += dy;
        self.title.shift_y(dy);
        self.body.shift_y(dy);
        for b in &mut self.badges {
            b.center.y += dy;
            b.initial.origin.y += dy;
        }
        self.footer.shift_y(dy);
        if let Some(m) = &mut self.marker {
            m.center.y += dy;
        }
        if let Some((r, _)) = &mut self.icon {
            r.y += dy;
        }
        if let Some(n) = &mut self.note {
            n.corner.y += dy;
        }
        self.changes.shift_y(dy);
        self.conflicts.shift_y(dy);
        if let Some(p) = &mut self.picture {
            p.rect.y += dy;
            p.label.shift_y(dy);
        }
    }
}

impl ConnectorPath {
    /// Moves the arrow and its label down by `dy` (its cards and lanes moved by that much).
    pub(crate) fn shift_y(&mut self, dy: f32) {
        for p in &mut self.points {
            p.y += dy;
        }
        if let Some((r, text)) = &mut self.label {
            r.y += dy;
            text.shift_y(dy);
        }
    }
}

/// Where a card shows its picture: the card's inner width, as tall as the picture's aspect
/// says (within [`PICTURE_MIN_RATIO`] and [`PICTURE_MAX_RATIO`], and at most
/// [`PICTURE_MAX_HEIGHT`]), above the title.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureFrame {
    /// Where it is drawn, in map units.
    pub rect: Rect,
    /// Which stored picture.
    pub key: PictureKey,
    /// The part of the picture shown, in its own pixels: the centre, cut to the frame's
    /// aspect. Empty when the picture is missing.
    pub crop: Rect,
    /// What it shows, in words (the card's alt text).
    pub alt: Arc<str>,
    /// Whether the map lacks the picture or its data is unreadable: a placeholder is drawn.
    pub missing: bool,
    /// The placeholder's words ("Picture missing"), centred in the frame; empty unless missing.
    pub label: TextBlock,
}

/// The emotion curve of one emotion lane.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionCurve {
    /// Which lane.
    pub lane: LaneId,
    /// Whose curve: `None` for the cards' own scores, a persona for their scores.
    pub persona: Option<PersonaId>,
    /// Whether this is the lane's own curve, through its points (drawn with the guides): the
    /// cards' scores, or in a persona's lane that persona's. The others are the persona
    /// filter's.
    pub own: bool,
    /// The points the curve passes through.
    pub knots: Vec<Point>,
    /// Height of the zero line.
    pub zero_y: f32,
    /// Height of a +2 and a -2 score, for guide lines.
    pub top_y: f32,
    /// Height of -2.
    pub bottom_y: f32,
    /// The smooth curve through the points, flattened, left to right.
    pub points: Vec<Point>,
}

/// The route of an arrow between two cards.
#[derive(Clone, Debug, PartialEq)]
pub struct ConnectorPath {
    /// Which connector.
    pub id: ConnectorId,
    /// Points from the source card's edge to the target card's edge.
    pub points: Vec<Point>,
    /// The label and the box behind it, if the connector has one.
    pub label: Option<(Rect, TextBlock)>,
}

/// Where everything of a map sits. Computed by [`Layout::compute`]; cheap enough to recompute
/// whenever the map changes (a few milliseconds for a thousand cards).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// Width of the whole map.
    pub width: f32,
    /// Height of the whole map.
    pub height: f32,
    /// The map title.
    pub title: TextBlock,
    /// The description under the title.
    pub subtitle: TextBlock,
    /// The band holding the stage headers (the corner cell included).
    pub header_band: Rect,
    /// Stages, left to right.
    pub stages: Vec<StageBox>,
    /// Visible lanes, top to bottom.
    pub lanes: Vec<LaneBox>,
    /// Cards of visible lanes, in map order (sorted by id).
    pub cards: Vec<CardBox>,
    /// One curve per emotion lane.
    pub curves: Vec<EmotionCurve>,
    /// Arrows whose two cards are visible.
    pub connectors: Vec<ConnectorPath>,
    /// Funnel blocks of metrics lanes.
    pub funnel: Vec<FunnelBox>,
    /// Insight markers (when the options ask for them).
    pub markers: Vec<InsightMarker>,
    /// The owner legend (colour by owner).
    pub legend: Vec<LegendEntry>,
    /// The legend's heading.
    pub legend_title: TextBlock,
    /// Numbered notes under the map.
    pub footnotes: Vec<Footnote>,
    /// The title block of an export (its title and description are `title` and `subtitle`).
    pub title_block: Option<TitleBlock>,
    /// The persona legend of an export, under everything else.
    pub persona_legend: Option<PersonaLegend>,
    /// The options this layout was computed with.
    pub options: LayoutOptions,
}

impl Layout {
    /// Lays out every lane of the map.
    pub fn compute(map: &Map) -> Layout {
        Self::compute_with(map, &LayoutOptions::default())
    }

    /// Lays out the map as the options say: lanes hidden, state view, persona filter, and the
    /// insight, owner and footnote extras.
    pub fn compute_with(map: &Map, options: &LayoutOptions) -> Layout {
        let texts = text::TextCache::default();
        Self::compute_incremental(map, options, &texts, &mut LayoutMemo::default(), None)
    }

    /// [`Layout::compute_with`] after an edit: `previous` is the layout of the map before the
    /// edit and `memo` what that layout left ([`LayoutMemo`]); cells the edit did not touch keep
    /// their cards from it, and card texts are broken through `texts`, kept from earlier
    /// layouts. The result is the one [`Layout::compute_with`] gives, to the bit; it costs what
    /// the edit touched. Pass no previous layout (and any memo) for a first layout.
    pub fn compute_incremental(
        map: &Map,
        options: &LayoutOptions,
        texts: &text::TextCache,
        memo: &mut LayoutMemo,
        previous: Option<Layout>,
    ) -> Layout {
        texts.begin_layout();
        let global = reuse::global_key(map, options);
        let mut previous = previous
            .filter(|_| memo.global == global)
            .map(|p| reuse::Previous::new(p, memo));
        memo.cells.clear();
        memo.connectors.clear();
        memo.kept_lanes.clear();
        memo.global = global;
        let layout = Self::place_all(map, options, texts, previous.as_mut(), memo);
        memo.set_reused(previous.map(|p| p.taken).unwrap_or_default());
        texts.end_layout();
        layout
    }

    fn place_all(
        map: &Map,
        options: &LayoutOptions,
        texts: &text::TextCache,
        mut previous: Option<&mut reuse::Previous>,
        memo: &mut LayoutMemo,
    ) -> Layout {
        let mut layout = Layout {
            options: options.clone(),
            ..Layout::default()
        };
        layout.set_width(map);
        let title_bottom = match options.export {
            None => layout.place_title(map),
            Some(frame) if frame.title_block => layout.place_title_block(map, frame.date),
            Some(_) => 0.0,
        };
        let stage_x = layout.place_stages(map, title_bottom);
        let body_top = title_bottom + STAGE_HEADER_HEIGHT;

        // The cards this state view shows, per cell, top to bottom.
        let mut cells: FastMap<Cell, Vec<cells::Shown<'_>>> = FastMap::default();
        for t in &map.touchpoints {
            let Some(shown) = shown(t, options.state) else {
                continue;
            };
            cells
                .entry(Cell {
                    stage: t.stage,
                    lane: t.lane,
                })
                .or_default()
                .push(shown);
        }
        for list in cells.values_mut() {
            list.sort_by_key(|s| s.card.order);
        }
        let visible: Vec<&crate::model::Lane> = map
            .lanes
            .iter()
            .filter(|l| !options.hidden_lanes.contains(&l.id))
            .collect();
        let notes = extras::note_numbers(map, &visible, &cells, options.footnotes);
        // Insights speak of the journey this view shows: its cards, with their shown values.
        let wants_funnel = visible.iter().any(|l| l.kind == LaneKind::Metrics);
        let in_view = (wants_funnel || options.insights).then(|| {
            let mut touchpoints: Vec<Touchpoint> = cells
                .values()
                .flatten()
                .map(|s| Touchpoint::clone(&s.card))
                .collect();
            touchpoints.sort_by_key(|t| t.id);
            Map {
                title: String::new(),
                description: String::new(),
                language: map.language.clone(),
                personas: map.personas.clone(),
                stages: map.stages.clone(),
                lanes: map.lanes.clone(),
                touchpoints,
                connectors: Vec::new(),
                conflicts: Vec::new(),
                views: Vec::new(),
                pictures: Default::default(),
            }
        });
        let funnel = in_view
            .as_ref()
            .filter(|_| wants_funnel)
            .map(crate::insights::funnel);
        let insights = in_view
            .as_ref()
            .map(|m| extras::insights_per_cell(m, options))
            .unwrap_or_default();

        // A lane keeps all its cards only if no stage (and its cells) came or went.
        let same_stages = previous.as_deref().is_some_and(|p| {
            p.stages.len() == layout.stages.len()
                && p.stages
                    .iter()
                    .zip(&layout.stages)
                    .all(|(a, b)| a.id == b.id)
        });
        let mut y = body_top;
        for lane in visible {
            let band = extras::marker_band(&insights, lane.id);
            let cx = cells::LaneContext {
                map,
                lane: lane.id,
                kind: lane.kind,
                channel: lane.channel,
                persona: lane.for_persona().filter(|p| map.persona(*p).is_some()),
                top: y,
                stage_x: &stage_x,
                cells: &cells,
                notes: &notes,
                funnel: funnel.as_ref(),
                marker_band: band,
                texts,
            };
            let (height, kept) = layout.place_lane(&cx, previous.as_deref_mut(), &mut memo.cells);
            if kept && same_stages {
                memo.kept_lanes.push(lane.id);
            }
            let mut lane_box = lane_box(lane, map, y, height, layout.width);
            lane_box.grow_to(persona_lanes::header_height(&lane_box));
            y += lane_box.header.h;
            layout.lanes.push(lane_box);
        }
        let lanes_bottom = y;
        for s in &mut layout.stages {
            s.column = Rect::new(s.header.x, body_top, s.header.w, lanes_bottom - body_top);
        }
        layout.place_markers(map, &insights);
        y = layout.place_legend(map, y);
        y = layout.place_footnotes(map, &notes, y);
        if options.export.is_some_and(|f| f.legend) {
            y = layout.place_persona_legend(map, y);
        }
        layout.height = y;
        layout.cards.sort_unstable_by_key(|c| c.id);
        if !options.linked.is_empty() {
            for c in &mut layout.cards {
                c.linked = options.linked.binary_search(&c.id).is_ok();
            }
        }
        match previous.as_deref_mut() {
            // The merge allocates just what it needs.
            Some(previous) => layout.cards = previous.merge(std::mem::take(&mut layout.cards)),
            // Kept as long as the map is open: no spare capacity (2 MB at 10 000 cards).
            None => layout.cards.shrink_to_fit(),
        }
        (layout.connectors, memo.routed) =
            connectors::route(map, &layout, previous, &mut memo.connectors, texts);
        layout
    }

    /// The map's heading (title and description); returns the top of the stage headers.
    fn place_title(&mut self, map: &Map) -> f32 {
        let x = 16.0;
        let mut y = 14.0;
        let max = self.width - 2.0 * x;
        self.title = block(
            &[text::single_line(
                &map.title,
                max,
                sizes::TITLE,
                Weight::Bold,
            )],
            x,
            y,
            sizes::TITLE,
            Weight::Bold,
        );
        y += line_height(sizes::TITLE);
        if !map.description.trim().is_empty() {
            self.subtitle = block(
                &text::wrap(&map.description, max, sizes::SUBTITLE, Weight::Regular, 2),
                x,
                y,
                sizes::SUBTITLE,
                Weight::Regular,
            );
            y += self.subtitle.lines.len() as f32 * line_height(sizes::SUBTITLE);
        }
        y + 12.0
    }

    /// Places the stage headers; returns each stage's left edge and width.
    fn place_stages(&mut self, map: &Map, top: f32) -> FastMap<StageId, (f32, f32)> {
        self.header_band = Rect::new(0.0, top, self.width, STAGE_HEADER_HEIGHT);
        let mut x = LANE_HEADER_WIDTH;
        let mut out = FastMap::default();
        for s in &map.stages {
            let w = s.width.unwrap_or(DEFAULT_STAGE_WIDTH);
            let header = Rect::new(x, top, w, STAGE_HEADER_HEIGHT);
            let lines = text::wrap(&s.name, w - 20.0, sizes::STAGE, Weight::Bold, 2);
            let name = centered_block(&lines, header, sizes::STAGE, Weight::Bold);
            self.stages.push(StageBox {
                id: s.id,
                header,
                column: header,
                name,
            });
            out.insert(s.id, (x, w));
            x += w;
        }
        out
    }

    /// The card with this id, if its lane is visible.
    pub fn card(&self, id: TouchpointId) -> Option<&CardBox> {
        self.cards
            .binary_search_by_key(&id, |c| c.id)
            .ok()
            .map(|i| &self.cards[i])
    }

    /// The topmost card under a point.
    pub fn card_at(&self, p: Point) -> Option<TouchpointId> {
        self.cards
            .iter()
            .rev()
            .find(|c| c.rect.contains(p))
            .map(|c| c.id)
    }

    /// The cell under a point (not in the headers).
    pub fn cell_at(&self, p: Point) -> Option<Cell> {
        let stage = self.stages.iter().find(|s| s.column.contains(p))?;
        let lane = self.lanes.iter().find(|l| l.row.contains(p))?;
        Some(Cell {
            stage: stage.id,
            lane: lane.id,
        })
    }

    /// The area of a cell.
    pub fn cell_rect(&self, cell: Cell) -> Option<Rect> {
        let s = self.stages.iter().find(|s| s.id == cell.stage)?;
        let l = self.lanes.iter().find(|l| l.id == cell.lane)?;
        Some(Rect::new(s.column.x, l.row.y, s.column.w, l.row.h))
    }

    /// The stage whose header is under a point.
    pub fn stage_header_at(&self, p: Point) -> Option<StageId> {
        self.stages
            .iter()
            .find(|s| s.header.contains(p))
            .map(|s| s.id)
    }

    /// The lane whose header is under a point.
    pub fn lane_header_at(&self, p: Point) -> Option<LaneId> {
        self.lanes
            .iter()
            .find(|l| l.header.contains(p))
            .map(|l| l.id)
    }

    /// Where a card dropped at `p` in `cell` would go: the number of cards of that cell (other
    /// than those in `moving`) whose middle lies above `p`. Emotion lanes count left to right.
    pub fn drop_order(&self, cell: Cell, p: Point, moving: &[TouchpointId]) -> u32 {
        let horizontal = self
            .cards
            .iter()
            .any(|c| c.cell == cell && c.style == CardStyle::Emotion);
        let before = self
            .cards
            .iter()
            .filter(|c| c.cell == cell && !moving.contains(&c.id))
            .filter(|c| {
                let mid = c.rect.center();
                if horizontal { mid.x < p.x } else { mid.y < p.y }
            })
            .count();
        u32::try_from(before).unwrap_or(u32::MAX)
    }

    /// The stage whose right border is within `tolerance` of `p` (in the header row or body),
    /// for resizing columns.
    pub fn stage_border_at(&self, p: Point, tolerance: f32) -> Option<StageId> {
        if p.y < self.header_band.y || p.y > self.height {
            return None;
        }
        self.stages
            .iter()
            .find(|s| (s.header.right() - p.x).abs() <= tolerance)
            .map(|s| s.id)
    }

    /// The emotion score a point at height `y` in an emotion lane stands for, rounded and
    /// clamped to -2..=2 (for dragging an emotion point).
    pub fn emotion_score_at(&self, lane: LaneId, y: f32) -> Option<i8> {
        let curve = self.curves.iter().find(|c| c.lane == lane)?;
        let step = (curve.zero_y - curve.top_y) / 2.0;
        if step <= 0.0 {
            return None;
        }
        let score = ((curve.zero_y - y) / step).round().clamp(-2.0, 2.0);
        Some(score as i8)
    }

    /// The arrow whose line passes within `tolerance` of `p`, or whose label box holds it
    /// (the topmost arrow first), for selecting arrows on the canvas.
    pub fn connector_at(&self, p: Point, tolerance: f32) -> Option<ConnectorId> {
        self.connectors
            .iter()
            .rev()
            .find(|c| {
                c.label.as_ref().is_some_and(|(r, _)| r.contains(p))
                    || c.points
                        .windows(2)
                        .any(|w| distance_to_segment(p, w[0], w[1]) <= tolerance)
            })
            .map(|c| c.id)
    }

    /// The card whose emotion point lies within `tolerance` of `p` (beyond its radius), for
    /// dragging a score up or down.
    /// Points shrink in crowded columns, so each is hit by its own radius and the nearest wins.
    pub fn emotion_marker_at(&self, p: Point, tolerance: f32) -> Option<TouchpointId> {
        self.cards
            .iter()
            .filter_map(|c| {
                let m = c.marker?;
                let d = (m.center.x - p.x).hypot(m.center.y - p.y);
                (d <= m.radius + tolerance).then_some((d, c.id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, id)| id)
    }
}

/// Shortest distance from `p` to the segment `a`–`b`.
fn distance_to_segment(p: Point, a: Point, b: Point) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a.x + t * dx - p.x).hypot(a.y + t * dy - p.y)
}

/// A card as a state view shows it, or `None` when the view leaves it out.
fn shown(t: &Touchpoint, state: StateView) -> Option<cells::Shown<'_>> {
    use crate::model::CardState;
    use cells::ShownCard;
    match state {
        StateView::Current => state.shows(t).then_some(cells::Shown {
            card: ShownCard::Map(t),
            change: None,
        }),
        StateView::Future => t.in_future().map(|f| cells::Shown {
            card: ShownCard::Future(Box::new(f)),
            change: None,
        }),
        StateView::Compare => {
            let change = match t.state {
                CardState::Future => Some(Change::Added),
                CardState::Current => Some(Change::Removed),
                CardState::Both => {
                    let fields = t.changed_fields();
                    (!fields.is_empty()).then_some(Change::Changed(fields))
                }
            };
            Some(cells::Shown {
                card: ShownCard::Map(t),
                change,
            })
        }
    }
}

/// Every vertical offset the layout adds up (line heights, baselines, picture heights) is a
/// multiple of this many map units. Sums of such offsets are exact in `f32` up to 2^19 units
/// (some 30 000 cards in a lane), so a lane's cards shifted down by a whole number of grid
/// steps land exactly where laying them out there afresh puts them: an edit that makes one
/// lane taller moves the lanes below instead of laying them out again (see `reuse`).
pub const GRID: f32 = 1.0 / 16.0;

/// `v` rounded to the nearest multiple of [`GRID`].
pub fn snap(v: f32) -> f32 {
    (v / GRID).round() * GRID
}

fn line_height(size: f32) -> f32 {
    snap(size * sizes::LINE_HEIGHT)
}

/// Distance from the top of a line box to its baseline, so text sits centred in its line.
fn baseline_offset(size: f32, weight: Weight) -> f32 {
    let m = text::metrics(weight);
    let glyph_h = (m.ascender - m.descender) * size;
    snap((line_height(size) - glyph_h) / 2.0 + m.ascender * size)
}

/// Lines placed left-aligned from `(x, top)`.
fn block(lines: &[text::Line], x: f32, top: f32, size: f32, weight: Weight) -> TextBlock {
    let lh = line_height(size);
    let base = baseline_offset(size, weight);
    TextBlock {
        lines: lines
            .iter()
            .enumerate()
            .map(|(i, l)| PlacedLine {
                origin: Point::new(x, top + i as f32 * lh + base),
                text: l.text.clone(),
                width: l.width,
            })
            .collect(),
        size,
        weight: Some(weight),
    }
}

/// Lines centred horizontally in `rect`, stacked from its top.
fn centered_lines(lines: &[text::Line], rect: Rect, size: f32, weight: Weight) -> TextBlock {
    let mut b = block(lines, rect.x, rect.y, size, weight);
    for l in &mut b.lines {
        l.origin.x = rect.x + (rect.w - l.width) / 2.0;
    }
    b
}

/// Lines centred both ways in `rect`.
fn centered_block(lines: &[text::Line], rect: Rect, size: f32, weight: Weight) -> TextBlock {
    let h = lines.len() as f32 * line_height(size);
    let inner = Rect::new(rect.x, rect.y + (rect.h - h) / 2.0, rect.w, h);
    centered_lines(lines, inner, size, weight)
}

fn lane_box(
    lane: &crate::model::Lane,
    map: &Map,
    top: f32,
    height: f32,
    map_width: f32,
) -> LaneBox {
    let header = Rect::new(0.0, top, LANE_HEADER_WIDTH, height);
    let x = 14.0;
    let max = LANE_HEADER_WIDTH - x - 10.0;
    let name_lines = text::wrap(&lane.name, max, sizes::LANE, Weight::Bold, 2);
    let name = block(&name_lines, x, top + 12.0, sizes::LANE, Weight::Bold);
    let w = words::words(&map.language);
    let kind_text = match (lane.kind, lane.channel) {
        (LaneKind::Channel, Some(c)) => format!("{} · {}", w.kind(lane.kind), w.channel(c)),
        (kind, _) => w.kind(kind).to_owned(),
    };
    let kind_top = top + 12.0 + name_lines.len() as f32 * line_height(sizes::LANE) + 2.0;
    // The kind line leaves room on the left for the channel's icon or the kind's colour dot.
    let indent = if lane.channel.is_some() { 18.0 } else { 14.0 };
    let kind_label = block(
        &[text::single_line(
            &kind_text,
            max - indent,
            sizes::LANE_KIND,
            Weight::Regular,
        )],
        x + indent,
        kind_top,
        sizes::LANE_KIND,
        Weight::Regular,
    );
    let icon_size = 13.0;
    let icon = lane
        .channel
        .filter(|_| lane.kind == LaneKind::Channel)
        .map(|c| {
            let mid = kind_top + line_height(sizes::LANE_KIND) / 2.0;
            (Rect::new(x, mid - icon_size / 2.0, icon_size, icon_size), c)
        });
    let kind_bottom = kind_top + line_height(sizes::LANE_KIND);
    let persona = persona_lanes::lane_persona(map, lane, header, kind_bottom);
    LaneBox {
        id: lane.id,
        kind: lane.kind,
        header,
        row: Rect::new(
            LANE_HEADER_WIDTH,
            top,
            map_width - LANE_HEADER_WIDTH,
            height,
        ),
        name,
        kind_label,
        icon,
        persona,
    }
}

#[cfg(test)]
mod hit_tests {
    use super::*;
    use crate::model::{Connector, Lane, Stage};

    fn map() -> Map {
        let mut m = Map::default();
        for i in 1..=2 {
            m.stages.push(Stage::new(StageId(i), &format!("S{i}")));
        }
        m.lanes.push(Lane {
            id: LaneId(1),
            name: "Web".into(),
            kind: LaneKind::Channel,
            channel: None,
            color: None,
            persona: None,
        });
        m.lanes.push(Lane {
            id: LaneId(2),
            name: "Feel".into(),
            kind: LaneKind::Emotion,
            channel: None,
            color: None,
            persona: None,
        });
        m.touchpoints.push(Touchpoint::new(
            TouchpointId(1),
            StageId(1),
            LaneId(1),
            0,
            "A",
        ));
        m.touchpoints.push(Touchpoint::new(
            TouchpointId(2),
            StageId(2),
            LaneId(1),
            0,
            "B",
        ));
        let mut e = Touchpoint::new(TouchpointId(3), StageId(1), LaneId(2), 0, "Happy");
        e.emotion = Some(2);
        m.touchpoints.push(e);
        m.connectors.push(Connector {
            id: ConnectorId(1),
            from: TouchpointId(1),
            to: TouchpointId(2),
            label: String::new(),
        });
        m
    }

    #[test]
    fn arrows_are_found_along_their_line_only() {
        let layout = Layout::compute(&map());
        let path = &layout.connectors[0].points;
        let mid = Point::new((path[0].x + path[1].x) / 2.0, (path[0].y + path[1].y) / 2.0);
        assert_eq!(layout.connector_at(mid, 3.0), Some(ConnectorId(1)));
        let far = Point::new(mid.x, mid.y + 40.0);
        assert_eq!(layout.connector_at(far, 3.0), None);
    }

    #[test]
    fn emotion_points_are_found_by_their_circle() {
        let layout = Layout::compute(&map());
        let marker = layout.card(TouchpointId(3)).unwrap().marker.unwrap();
        assert_eq!(
            layout.emotion_marker_at(marker.center, 0.0),
            Some(TouchpointId(3))
        );
        let off = Point::new(
            marker.center.x + EMOTION_POINT_RADIUS + 6.0,
            marker.center.y,
        );
        assert_eq!(layout.emotion_marker_at(off, 2.0), None);
    }

    #[test]
    fn crowded_emotion_points_are_each_found_at_their_centre() {
        // Six points in a 60-unit column shrink to a few units each.
        let mut m = map();
        m.stages[0].width = Some(60.0);
        for i in 0..6 {
            let t = Touchpoint::new(TouchpointId(10 + i), StageId(1), LaneId(2), i, "p");
            m.touchpoints.push(t);
        }
        m.normalize();
        let layout = Layout::compute(&m);
        for i in 0..6 {
            let id = TouchpointId(10 + i);
            let marker = layout.card(id).unwrap().marker.unwrap();
            assert!(marker.radius < EMOTION_POINT_RADIUS);
            assert_eq!(layout.emotion_marker_at(marker.center, 4.0), Some(id));
        }
    }
}
