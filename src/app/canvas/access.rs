//! The canvas for screen readers: every stage header, lane header, card, emotion point and arrow
//! of the whole map (not only what is painted) is an AccessKit node with a role and a name, the
//! cards grouped per lane. A card is named by its title; its description says its stage, lane,
//! personas, emotion and owner in the window's language.
//!
//! egui rebuilds its accessibility tree every frame, so the nodes are built once per state of
//! the map (layout key and language) and only copied, placed and marked selected each frame.
//! The selected item is the canvas's active descendant, which screen readers treat as focused.
//! A screen reader's "click" on an item selects it; "focus" selects it and gives the canvas the
//! keyboard.

use egui::accesskit::{Action, Node, Role};
use egui::{Id, Rect, Sense};

use super::super::view::Selected;
use super::viewport::Viewport;
use super::{CanvasState, TrailmapApp};
use crate::layout::{Layout, LayoutOptions};
use crate::model::{Map, TouchpointId};
use crate::tr;

/// One item on the canvas for screen readers.
#[derive(Clone, Debug)]
pub(super) struct Item {
    /// Its node id.
    pub id: Id,
    /// What selecting it selects (`None`: an emotion point, which selects its card).
    pub what: Option<Selected>,
    /// Where it lies on the map.
    pub rect: crate::geom::Rect,
    /// Its node without its place on screen.
    pub node: Node,
}

/// A group of items: the stage headers, one lane with its cards, the arrows.
#[derive(Clone, Debug)]
pub(super) struct Group {
    /// The group's name.
    pub label: String,
    /// Its role.
    pub role: Role,
    /// Its salt (the group's Ui id).
    pub salt: u64,
    /// Its items, in reading order.
    pub items: Vec<Item>,
}

/// The accessibility nodes of one state of the map.
pub(super) struct AccessTree {
    key: ((u64, u64), LayoutOptions, super::super::i18n::Language),
    pub groups: Vec<Group>,
}

/// The node id of a map item.
pub(super) fn item_id(what: Selected) -> Id {
    Id::unique(("trailmap canvas item", what))
}

fn emotion_id(card: TouchpointId) -> Id {
    Id::unique(("trailmap canvas emotion point", card))
}

fn node(role: Role, label: &str, actions: &[Action]) -> Node {
    let mut n = Node::new(role);
    n.set_label(label);
    for a in actions {
        n.add_action(*a);
    }
    n
}

/// Builds the groups for a map and its layout (what the canvas shows: hidden lanes are left
/// out, as they are off the canvas).
pub(super) fn build_groups(map: &Map, layout: &Layout) -> Vec<Group> {
    let select = [Action::Click, Action::Focus];
    let mut groups = Vec::new();
    let stage_name = |id| map.stage(id).map(|s| s.name.clone()).unwrap_or_default();
    let lane_name = |id| map.lane(id).map(|l| l.name.clone()).unwrap_or_default();
    let unnamed = |s: String| {
        if s.trim().is_empty() {
            tr!("a11y-unnamed")
        } else {
            s
        }
    };

    groups.push(Group {
        label: tr!("a11y-stages"),
        role: Role::Row,
        salt: 0,
        items: layout
            .stages
            .iter()
            .map(|s| Item {
                id: item_id(Selected::Stage(s.id)),
                what: Some(Selected::Stage(s.id)),
                rect: s.header,
                node: node(Role::ColumnHeader, &unnamed(stage_name(s.id)), &select),
            })
            .collect(),
    });

    let cards_order = super::keyboard::card_order(layout, true);
    for (i, lane) in layout.lanes.iter().enumerate() {
        let name = unnamed(lane_name(lane.id));
        let mut items = vec![Item {
            id: item_id(Selected::Lane(lane.id)),
            what: Some(Selected::Lane(lane.id)),
            rect: lane.header,
            node: node(Role::RowHeader, &name, &select),
        }];
        for &id in &cards_order {
            let (Some(card), Some(t)) = (layout.card(id), map.touchpoint(id)) else {
                continue;
            };
            if card.cell.lane != lane.id {
                continue;
            }
            let personas = if t.personas.is_empty() {
                tr!("a11y-all-personas")
            } else {
                t.personas
                    .iter()
                    .filter_map(|p| map.personas.iter().find(|q| q.id == *p))
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let emotion = match t.emotion {
                Some(e) => e.to_string(),
                None => tr!("a11y-none"),
            };
            let owner = if t.owner.trim().is_empty() {
                tr!("a11y-none")
            } else {
                t.owner.clone()
            };
            let mut n = node(Role::Button, &unnamed(t.title.clone()), &select);
            n.set_description(tr!(
                "a11y-card-description",
                stage = unnamed(stage_name(t.stage)),
                lane = name.clone(),
                personas = personas,
                emotion = emotion,
                owner = owner
            ));
            items.push(Item {
                id: item_id(Selected::Touchpoint(id)),
                what: Some(Selected::Touchpoint(id)),
                rect: card.rect,
                node: n,
            });
            if let Some(marker) = &card.marker
                && let Some(score) = marker.score
            {
                let r = marker.radius;
                items.push(Item {
                    id: emotion_id(id),
                    what: Some(Selected::Touchpoint(id)),
                    rect: crate::geom::Rect::new(
                        marker.center.x - r,
                        marker.center.y - r,
                        2.0 * r,
                        2.0 * r,
                    ),
                    node: node(
                        Role::Image,
                        &tr!(
                            "a11y-emotion-point",
                            card = unnamed(t.title.clone()),
                            score = score.to_string()
                        ),
                        &select,
                    ),
                });
            }
        }
        groups.push(Group {
            label: tr!("a11y-lane", lane = name),
            role: Role::Row,
            salt: 1 + i as u64,
            items,
        });
    }

    let title = |id| {
        map.touchpoint(id)
            .map(|t| unnamed(t.title.clone()))
            .unwrap_or_default()
    };
    let arrows: Vec<Item> = layout
        .connectors
        .iter()
        .filter_map(|c| {
            let conn = map.connectors.iter().find(|k| k.id == c.id)?;
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for p in &c.points {
                (x0, y0, x1, y1) = (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y));
            }
            if c.points.is_empty() {
                return None;
            }
            let mut label = tr!("a11y-arrow", from = title(conn.from), to = title(conn.to));
            if !conn.label.trim().is_empty() {
                label = format!("{label}: {}", conn.label);
            }
            Some(Item {
                id: item_id(Selected::Connector(c.id)),
                what: Some(Selected::Connector(c.id)),
                rect: crate::geom::Rect::new(x0, y0, x1 - x0, y1 - y0),
                node: node(Role::Link, &label, &select),
            })
        })
        .collect();
    if !arrows.is_empty() {
        groups.push(Group {
            label: tr!("a11y-arrows"),
            role: Role::List,
            salt: u64::MAX,
            items: arrows,
        });
    }
    groups
}

impl CanvasState {
    /// Brings the accessibility nodes up to date with the layout (cheap when nothing changed).
    fn refresh_access(&mut self, map: &Map) {
        let Some(laid) = &self.laid else {
            return;
        };
        let key = (
            laid.key.0,
            laid.key.1.clone(),
            super::super::i18n::language(),
        );
        if self.access.as_ref().is_some_and(|a| a.key == key) {
            return;
        }
        let groups = build_groups(map, &laid.layout);
        self.access = Some(AccessTree { key, groups });
    }
}

impl TrailmapApp {
    /// Puts the map's items into the accessibility tree under the canvas's node and acts on a
    /// screen reader's click or focus request.
    pub(super) fn canvas_access_ui(
        &mut self,
        ui: &mut egui::Ui,
        canvas: &egui::Response,
        vp: Viewport,
    ) {
        let ctx = ui.ctx().clone();
        // Nothing to do while no assistive technology (or test) listens.
        if ctx.accesskit_node_builder(canvas.id, |_| ()).is_none() {
            return;
        }
        self.canvas.refresh_access(self.doc.map());
        let Some(tree) = &self.canvas.access else {
            return;
        };
        let selected = self.view.selection.single();
        let mut requested: Option<(Selected, bool)> = None;
        let requests: Vec<(egui::accesskit::NodeId, Action)> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::AccessKitActionRequest(r)
                        if matches!(r.action, Action::Click | Action::Focus) =>
                    {
                        Some((r.target_node, r.action))
                    }
                    _ => None,
                })
                .collect()
        });
        for group in &tree.groups {
            let group_ui = ui.new_child(
                egui::UiBuilder::new()
                    .id_salt(("trailmap canvas group", group.salt))
                    .max_rect(vp.rect)
                    .accessibility_parent(canvas.id)
                    .accessibility_role(group.role)
                    .accessibility_label(group.label.clone()),
            );
            for item in &group.items {
                let rect: Rect = vp.rect_to_screen(item.rect);
                group_ui.interact(rect, item.id, Sense::empty());
                let is_selected = item.what.is_some() && item.what == selected;
                ctx.accesskit_node_builder(item.id, |n| {
                    *n = item.node.clone();
                    n.set_bounds(egui::accesskit::Rect {
                        x0: rect.min.x.into(),
                        y0: rect.min.y.into(),
                        x1: rect.max.x.into(),
                        y1: rect.max.y.into(),
                    });
                    if is_selected {
                        n.set_selected(true);
                    }
                });
                if let Some(what) = item.what {
                    for (target, action) in &requests {
                        if *target == item.id.accesskit_id() {
                            requested = Some((what, *action == Action::Focus));
                        }
                    }
                }
            }
        }
        if let Some(what) = selected {
            let active = item_id(what);
            ctx.accesskit_node_builder(canvas.id, |n| {
                n.set_active_descendant(active.accesskit_id());
            });
        }
        if let Some((what, focus)) = requested {
            self.view.selection.set(what);
            if let Selected::Touchpoint(id) = what
                && let Some(t) = self.doc.map().touchpoint(id)
            {
                self.view.selection.cell = Some(crate::model::Cell {
                    stage: t.stage,
                    lane: t.lane,
                });
            }
            self.canvas.reveal(what);
            if focus {
                canvas.request_focus();
            }
        }
    }
}
