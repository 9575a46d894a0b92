//! The inspector's field widgets: a text field, a name field that takes the keyboard when an
//! item is new, parsed fields (lists, hex colours) and the colour palette. Each turns an edit
//! into a command and keeps one visit to a field as one undo step.

use egui::{Id, Response, RichText};

use super::super::TrailmapApp;
use super::super::actions::PALETTE;
use super::super::document::GroupOwner;
use super::super::theme::color32;
use crate::edit::Command;
use crate::model::Color;
use crate::tr;

impl TrailmapApp {
    /// Opens this field's undo group when it takes the keyboard or the pointer.
    pub(super) fn track_session(&mut self, response: &Response, label: &'static str) {
        let owner = GroupOwner::Field(response.id);
        if (response.has_focus() || response.dragged()) && self.doc.group_owner() != Some(owner) {
            self.doc.begin_group(owner, label);
        }
    }

    /// A labelled text field showing `value`; an edit applies `make(new text)`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn text_field_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: Id,
        label: &str,
        value: &str,
        multiline: bool,
        undo_label: &'static str,
        make: impl FnOnce(String) -> Command,
    ) -> Response {
        let label = ui.label(label);
        let mut text = value.to_owned();
        if multiline {
            self.guard_multiline_enter(ui, id);
        }
        let edit = if multiline {
            egui::TextEdit::multiline(&mut text).desired_rows(3)
        } else {
            egui::TextEdit::singleline(&mut text)
        };
        let response = ui
            .add(edit.id(id).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        self.track_session(&response, undo_label);
        if multiline
            && (response.changed() || response.clicked() || response.is_pointer_button_down_on())
        {
            self.inspector.editing = Some(id);
        }
        if response.changed() {
            self.apply(make(text));
        }
        response
    }

    /// A multi-line field reached with Tab is only visited: the first Enter starts editing it
    /// (and inserts nothing), so Tab then Enter never changes the map. Clicking or typing in it
    /// starts editing too; after that Enter is a new line.
    fn guard_multiline_enter(&mut self, ui: &egui::Ui, id: Id) {
        if !ui.memory(|m| m.has_focus(id)) {
            if self.inspector.editing == Some(id) {
                self.inspector.editing = None;
            }
            return;
        }
        if self.inspector.editing != Some(id)
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter))
        {
            self.inspector.editing = Some(id);
        }
    }

    /// The first text field of an item: takes the keyboard with its text selected when the item
    /// was just created.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn name_field_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: Id,
        label: &str,
        value: &str,
        undo_label: &'static str,
        make: impl FnOnce(String) -> Command,
    ) -> Response {
        if self.inspector.focus_name {
            let mut state = egui::TextEdit::load_state(ui.ctx(), id).unwrap_or_default();
            state
                .cursor
                .set_char_range(Some(egui::text::CCursorRange::select_all_str(value)));
            state.store(ui.ctx(), id);
            ui.memory_mut(|m| m.request_focus(id));
        }
        self.text_field_ui(ui, id, label, value, false, undo_label, make)
    }

    /// A text field whose text is parsed (a list, a colour): shows what is typed while it has the
    /// keyboard, applies what parses, explains what does not.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn parsed_field_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: Id,
        label: &str,
        model_text: String,
        hint: &str,
        undo_label: &'static str,
        parse: impl FnOnce(&str) -> Result<Option<Command>, String>,
    ) {
        let label = ui.label(label);
        let mut text = self
            .inspector
            .buffers
            .get(&id)
            .cloned()
            .unwrap_or(model_text);
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id(id)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        self.track_session(&response, undo_label);
        if response.changed() {
            self.inspector.buffers.insert(id, text.clone());
            match parse(&text) {
                Ok(Some(command)) => {
                    self.inspector.errors.remove(&id);
                    self.apply(command);
                }
                Ok(None) => {
                    self.inspector.errors.remove(&id);
                }
                Err(msg) => {
                    self.inspector.errors.insert(id, msg);
                }
            }
        }
        if !response.has_focus() {
            self.inspector.errors.remove(&id);
        }
        if let Some(msg) = self.inspector.errors.get(&id) {
            ui.label(
                RichText::new(msg)
                    .small()
                    .color(ui.visuals().error_fg_color),
            );
        }
    }

    /// Palette swatches, "Default" (when `allow_none`) and a hex field. Returns the new colour.
    pub(super) fn color_ui(
        &mut self,
        ui: &mut egui::Ui,
        id: Id,
        label: &str,
        current: Option<Color>,
        allow_none: bool,
        make: impl Fn(Option<Color>) -> Command,
    ) {
        ui.label(label);
        let mut chosen: Option<Option<Color>> = None;
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
            if allow_none
                && ui
                    .add(egui::Button::selectable(
                        current.is_none(),
                        tr!("inspector-default-colour"),
                    ))
                    .on_hover_text(tr!("inspector-default-colour-tip"))
                    .clicked()
            {
                chosen = Some(None);
            }
            for c in PALETTE {
                if swatch_ui(ui, c, current == Some(c)).clicked() {
                    chosen = Some(Some(c));
                }
            }
        });
        if let Some(c) = chosen
            && c != current
        {
            self.apply(make(c));
        }
        let hex_id = id.with("hex");
        let model_text = current.map(|c| c.to_string()).unwrap_or_default();
        self.parsed_field_ui(
            ui,
            hex_id,
            &tr!("inspector-hex-colour"),
            model_text,
            &if allow_none {
                tr!("inspector-hex-colour-default-hint")
            } else {
                "#RRGGBB".to_owned()
            },
            "Edit colour",
            |text| {
                let text = text.trim();
                if text.is_empty() {
                    return if allow_none && current.is_some() {
                        Ok(Some(make(None)))
                    } else {
                        Ok(None)
                    };
                }
                let c: Color = text.parse().map_err(|e: crate::model::ParseColorError| {
                    tr!("inspector-not-a-colour", text = e.0)
                })?;
                Ok((Some(c) != current).then(|| make(Some(c))))
            },
        );
    }
}

/// A panel's heading: bold, a size above the fields it heads.
pub(crate) fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(
        RichText::new(text)
            .family(super::super::theme::bold_family())
            .size(15.0),
    );
    ui.add_space(2.0);
}

/// One colour swatch button, named by its hex code for screen readers and tests.
pub(super) fn swatch_ui(ui: &mut egui::Ui, color: Color, selected: bool) -> Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::click());
    let name = color.to_string();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let painter = ui.painter();
    painter.rect_filled(rect.shrink(1.0), 4.0, color32(color));
    if selected {
        painter.rect_stroke(
            rect,
            4.0,
            egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
            egui::StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect,
            4.0,
            egui::Stroke::new(1.0, ui.visuals().text_color()),
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_text(name)
}

/// The Channel dropdown: `none` first, then every channel. It opens scrolled to the current
/// value; without that the list reopens where it was last scrolled (for another card), and a
/// click picks a channel the user never saw.
pub(super) fn channel_choice_ui(
    ui: &mut egui::Ui,
    channel: &mut Option<crate::model::Channel>,
    none: &str,
) {
    let shown = Id::unique("channel dropdown shown");
    let was_open = ui.data(|d| d.get_temp::<u8>(shown)).unwrap_or(0);
    let current = *channel;
    let open = egui::ComboBox::from_label(tr!("inspector-channel"))
        .selected_text(current.map_or_else(|| none.to_owned(), crate::app::i18n::words::channel))
        .show_ui(ui, |ui| {
            let mut choice = |ui: &mut egui::Ui, value: Option<crate::model::Channel>, text| {
                let r = ui.selectable_value(channel, value, text);
                // The popup's first frames lay it out; keep the current value in view through
                // them, then leave the scrolling to the user.
                if value == current && was_open < 2 {
                    r.scroll_to_me(Some(egui::Align::Center));
                }
            };
            choice(ui, None, none.to_owned());
            for c in crate::model::Channel::ALL {
                choice(ui, Some(c), crate::app::i18n::words::channel(c).to_owned());
            }
        })
        .inner
        .is_some();
    let next = if open { was_open.saturating_add(1) } else { 0 };
    ui.data_mut(|d| d.insert_temp(shown, next));
}
