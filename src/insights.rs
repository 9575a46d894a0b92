//! Answers to a marketer's questions, computed from the map alone: where do we lose customers
//! (the funnel), where do campaigns overlap, which cells does a persona never reach, and how to
//! write numbers in the map's language.
//!
//! Pure functions of the map; the layout places what they find and the scene draws it. Nothing
//! here changes a map or knows how anything is drawn.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Cell, LaneKind, Map, PersonaId, StageId, Touchpoint, TouchpointId};

/// Figures of one stage of the funnel.
#[derive(Clone, Debug, PartialEq)]
pub struct StageFigures {
    /// Which stage.
    pub stage: StageId,
    /// Customers who entered the stage (entered on the stage, or summed from its cards).
    pub reached: Option<u64>,
    /// Customers who went on.
    pub converted: Option<u64>,
    /// `converted / reached`.
    pub conversion: Option<f64>,
    /// Share of this stage's customers that the next stage does not reach:
    /// `1 - next.reached / reached`. `None` for the last stage or missing figures.
    pub drop_off: Option<f64>,
}

/// The journey as a funnel, stage by stage, left to right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Funnel {
    /// One entry per stage, in map order.
    pub stages: Vec<StageFigures>,
    /// Index (into `stages`) of the stage with the largest drop-off to the next.
    pub worst_drop: Option<usize>,
    /// The largest `reached` of any stage, to scale bars by.
    pub max_reached: u64,
}

/// Works out the funnel: a stage's own figures win, else the sums of its cards' figures.
pub fn funnel(map: &Map) -> Funnel {
    funnel_of(map, |_| true)
}

/// The funnel of the cards `counts` keeps (the cards a view shows): a stage's own figures win,
/// else the sums of those cards' figures.
pub fn funnel_of(map: &Map, counts: impl Fn(&Touchpoint) -> bool) -> Funnel {
    let mut sums: HashMap<StageId, (Option<u64>, Option<u64>)> = HashMap::new();
    for t in map.touchpoints.iter().filter(|t| counts(t)) {
        let e = sums.entry(t.stage).or_default();
        if let Some(r) = t.reached {
            e.0 = Some(e.0.unwrap_or(0).saturating_add(r));
        }
        if let Some(c) = t.converted {
            e.1 = Some(e.1.unwrap_or(0).saturating_add(c));
        }
    }
    let mut stages: Vec<StageFigures> = map
        .stages
        .iter()
        .map(|s| {
            let (sr, sc) = sums.get(&s.id).copied().unwrap_or_default();
            let reached = s.reached.or(sr);
            let converted = s.converted.or(sc);
            let conversion = match (reached, converted) {
                (Some(r), Some(c)) if r > 0 => Some(c as f64 / r as f64),
                _ => None,
            };
            StageFigures {
                stage: s.id,
                reached,
                converted,
                conversion,
                drop_off: None,
            }
        })
        .collect();
    for i in 0..stages.len().saturating_sub(1) {
        if let (Some(r), Some(next)) = (stages[i].reached, stages[i + 1].reached)
            && r > 0
        {
            stages[i].drop_off = Some((1.0 - next as f64 / r as f64).max(0.0));
        }
    }
    let worst_drop = stages
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.drop_off.filter(|d| *d > 0.0).map(|d| (i, d)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    let max_reached = stages.iter().filter_map(|s| s.reached).max().unwrap_or(0);
    Funnel {
        stages,
        worst_drop,
        max_reached,
    }
}

/// Two or more cards of one channel in one stage running the same campaign: possibly paying
/// twice to tell a customer the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    /// The cell (a stage of a channel lane).
    pub cell: Cell,
    /// The campaign's name.
    pub campaign: String,
    /// The cards that run it, in map order.
    pub cards: Vec<TouchpointId>,
}

/// Every campaign overlap of the map, in stage then lane order. Campaign names match
/// regardless of case and surrounding spaces; the first card's spelling is shown.
pub fn overlaps(map: &Map) -> Vec<Overlap> {
    type Key = (usize, usize, String);
    let mut found: BTreeMap<Key, (String, Vec<TouchpointId>)> = BTreeMap::new();
    for t in &map.touchpoints {
        let (Some(si), Some(li)) = (map.stage_index(t.stage), map.lane_index(t.lane)) else {
            continue;
        };
        if map.lanes[li].kind != LaneKind::Channel {
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        for c in &t.campaigns {
            let key = c.trim().to_lowercase();
            if key.is_empty() || seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            found
                .entry((si, li, key))
                .or_insert_with(|| (c.trim().to_owned(), Vec::new()))
                .1
                .push(t.id);
        }
    }
    found
        .into_iter()
        .filter(|(_, (_, cards))| cards.len() >= 2)
        .map(|((si, li, _), (campaign, cards))| Overlap {
            cell: Cell {
                stage: map.stages[si].id,
                lane: map.lanes[li].id,
            },
            campaign,
            cards,
        })
        .collect()
}

/// A channel cell where a persona is not reached although they should be: they use that
/// channel elsewhere in the journey, and in this stage either the channel speaks to other
/// customers or nothing at all speaks to this persona. Empty cells of quiet stages are not
/// gaps: not every channel has to be busy in every stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// The empty-for-them cell.
    pub cell: Cell,
    /// Who is not reached.
    pub persona: PersonaId,
}

/// Whether a card speaks to a persona (a card naming no persona speaks to everyone).
pub fn reaches(t: &crate::model::Touchpoint, persona: PersonaId) -> bool {
    t.personas.is_empty() || t.personas.contains(&persona)
}

/// Every gap for the given personas, in stage then lane order.
pub fn gaps(map: &Map, personas: &[PersonaId]) -> Vec<Gap> {
    let channel_lanes: Vec<&crate::model::Lane> = map
        .lanes
        .iter()
        .filter(|l| l.kind == LaneKind::Channel)
        .collect();
    let mut out = Vec::new();
    for &p in personas {
        // Per channel cell: (any card, a card reaching p).
        let mut cells: HashMap<Cell, (bool, bool)> = HashMap::new();
        for t in &map.touchpoints {
            let e = cells
                .entry(Cell {
                    stage: t.stage,
                    lane: t.lane,
                })
                .or_default();
            e.0 = true;
            e.1 |= reaches(t, p);
        }
        let reached = |cell: Cell| cells.get(&cell).is_some_and(|c| c.1);
        let busy = |cell: Cell| cells.get(&cell).is_some_and(|c| c.0);
        for stage in &map.stages {
            let stage_reaches = channel_lanes.iter().any(|l| {
                reached(Cell {
                    stage: stage.id,
                    lane: l.id,
                })
            });
            for lane in &channel_lanes {
                let cell = Cell {
                    stage: stage.id,
                    lane: lane.id,
                };
                let uses_channel = map.stages.iter().any(|s| {
                    reached(Cell {
                        stage: s.id,
                        lane: lane.id,
                    })
                });
                if uses_channel && !reached(cell) && (busy(cell) || !stage_reaches) {
                    out.push(Gap { cell, persona: p });
                }
            }
        }
    }
    out.sort_by_key(|g| {
        (
            map.stage_index(g.cell.stage),
            map.lane_index(g.cell.lane),
            g.persona,
        )
    });
    out
}

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three digits.
    pub group: &'static str,
    /// Between whole and fraction.
    pub decimal: char,
    /// Between a number and `%`.
    pub percent_space: &'static str,
}

/// The number style of a BCP 47 language tag: English "1,234.5%", German "1.234,5 %", Polish,
/// Swedish, Norwegian and Danish "1 234,5 %" (with no-break spaces, so a number never wraps).
pub fn number_style(language: &str) -> NumberStyle {
    match crate::model::primary_language(language).as_str() {
        "de" => NumberStyle {
            group: ".",
            decimal: ',',
            percent_space: "\u{A0}",
        },
        "pl" | "sv" | "nb" | "nn" | "no" | "da" | "fi" | "fr" => NumberStyle {
            group: "\u{A0}",
            decimal: ',',
            percent_space: "\u{A0}",
        },
        _ => NumberStyle {
            group: ",",
            decimal: '.',
            percent_space: "",
        },
    }
}

/// A whole number with grouped thousands, e.g. "12,400" or "12 400".
pub fn format_count(n: u64, language: &str) -> String {
    let style = number_style(language);
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(style.group);
        }
        out.push(c);
    }
    out
}

/// A share (0.25 = 25 %) as a percentage with one decimal where it matters: "25%", "1,234.5%",
/// "2,5 %".
pub fn format_percent(share: f64, language: &str) -> String {
    let style = number_style(language);
    let pct = share * 100.0;
    let tenths = (pct * 10.0).round();
    if !tenths.is_finite() {
        return "–".to_owned();
    }
    let negative = tenths < 0.0;
    let tenths = tenths.abs() as u64;
    let (whole, frac) = (tenths / 10, tenths % 10);
    let mut s = String::new();
    if negative {
        s.push('–');
    }
    s.push_str(&format_count(whole, language));
    if frac != 0 {
        s.push(style.decimal);
        s.push(char::from(b'0' + frac as u8));
    }
    s.push_str(style.percent_space);
    s.push('%');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Lane, LaneId, Persona, Stage, Touchpoint, TouchpointId};

    /// Two stages, two channel lanes; persona 1 is on both channels in stage 1.
    fn map() -> Map {
        let mut m = Map {
            stages: vec![
                Stage::new(StageId(1), "A"),
                Stage::new(StageId(2), "B"),
                Stage::new(StageId(3), "C"),
            ],
            lanes: vec![
                Lane::new(LaneId(1), "Web", LaneKind::Channel),
                Lane::new(LaneId(2), "Mail", LaneKind::Channel),
            ],
            ..Map::default()
        };
        for id in [1, 2] {
            m.personas.push(Persona {
                id: PersonaId(id),
                name: format!("P{id}"),
                color: crate::model::Color::BLACK,
                description: String::new(),
            });
        }
        let card = |id: u32, stage: u32, lane: u32, persona: u32, campaign: &str| {
            let mut t = Touchpoint::new(TouchpointId(id), StageId(stage), LaneId(lane), 0, "c");
            t.personas = vec![PersonaId(persona)];
            t.campaigns = vec![campaign.to_owned()];
            t
        };
        m.touchpoints = vec![
            card(1, 1, 1, 1, "Spring"),
            card(2, 1, 2, 1, "Spring"),
            // Stage 2: the web speaks to persona 2 only; mail is quiet.
            card(3, 2, 1, 2, "Spring"),
            // Stage 3: two web cards run the same campaign.
            card(4, 3, 1, 1, " spring "),
            card(5, 3, 1, 2, "Spring"),
        ];
        m.normalize();
        m
    }

    #[test]
    fn gaps_are_busy_cells_or_whole_stages_without_the_persona() {
        let m = map();
        let gaps = gaps(&m, &[PersonaId(1)]);
        let cells: Vec<(u32, u32)> = gaps
            .iter()
            .map(|g| (g.cell.stage.0, g.cell.lane.0))
            .collect();
        // Stage 2: web is busy without P1 (gap) and P1 is reached nowhere, so mail is a gap too.
        // Stage 3: P1 is reached on the web; quiet mail is not a gap.
        assert_eq!(cells, [(2, 1), (2, 2)]);
    }

    #[test]
    fn overlaps_match_campaigns_ignoring_case_and_spaces() {
        let o = overlaps(&map());
        assert_eq!(o.len(), 1);
        assert_eq!((o[0].cell.stage.0, o[0].cell.lane.0), (3, 1));
        assert_eq!(o[0].campaign, "spring");
        assert_eq!(o[0].cards, [TouchpointId(4), TouchpointId(5)]);
    }

    #[test]
    fn funnel_uses_stage_figures_then_card_sums_and_finds_the_worst_drop() {
        let mut m = map();
        m.stages[0].reached = Some(1000);
        m.stages[0].converted = Some(400);
        m.touchpoints[2].reached = Some(300);
        m.touchpoints[3].reached = Some(200);
        m.touchpoints[4].reached = Some(40);
        let f = funnel(&m);
        assert_eq!(f.stages[0].conversion, Some(0.4));
        assert_eq!(f.stages[1].reached, Some(300));
        assert_eq!(f.stages[2].reached, Some(240));
        assert!((f.stages[0].drop_off.unwrap() - 0.7).abs() < 1e-9);
        assert!((f.stages[1].drop_off.unwrap() - 0.2).abs() < 1e-9);
        assert_eq!(f.stages[2].drop_off, None);
        assert_eq!(f.worst_drop, Some(0));
        assert_eq!(f.max_reached, 1000);
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format_percent(12.345, "en"), "1,234.5%");
        assert_eq!(format_percent(12.345, "de"), "1.234,5\u{A0}%");
        assert_eq!(format_percent(12.345, "pl"), "1\u{A0}234,5\u{A0}%");
        assert_eq!(format_percent(12.345, "nb-NO"), "1\u{A0}234,5\u{A0}%");
        assert_eq!(format_percent(0.25, "en"), "25%");
        assert_eq!(format_count(1_234_567, "sv"), "1\u{A0}234\u{A0}567");
        assert_eq!(format_count(999, "de"), "999");
        assert_eq!(format_count(1000, ""), "1,000");
    }
}
