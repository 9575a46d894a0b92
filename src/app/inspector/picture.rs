//! A card's picture in the inspector: "Add picture…", and once it has one a preview (from the
//! canvas's textures, never decoded on this thread), "Replace…", "Remove picture", its alt text
//! and how it is cropped. Each change is one undo step; typing the alt text is one step per
//! visit of the field, as every text field.

use egui::RichText;

use super::field_id;
use crate::app::TrailmapApp;
use crate::app::files::PathPurpose;
use crate::edit::{Command, TouchpointField};
use crate::model::{Aspect, Touchpoint};
use crate::tr;

/// Widest preview, points.
const PREVIEW_WIDTH: f32 = 240.0;

/// An aspect's name as the inspector offers it.
fn aspect_name(aspect: Aspect) -> String {
    match aspect {
        Aspect::Original => tr!("inspector-aspect-original"),
        other => other.key().to_owned(),
    }
}

impl TrailmapApp {
    /// The picture section of a card's inspector.
    pub(super) fn card_picture_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let id = t.id;
        ui.add_space(4.0);
        let Some(card_picture) = t.picture.clone() else {
            if ui
                .button(tr!("inspector-add-picture"))
                .on_hover_text(tr!("inspector-add-picture-tip"))
                .clicked()
            {
                self.pick_path(PathPurpose::Picture(id));
            }
            return;
        };
        // Only above a picture: a lone label before "Add picture…" made the AT-SPI bridge
        // report a Text interface it then did not serve (tests/atspi.rs), and the button says
        // it all.
        ui.label(tr!("inspector-picture"));
        self.picture_preview_ui(ui, t);
        ui.horizontal(|ui| {
            if ui
                .button(tr!("inspector-replace-picture"))
                .on_hover_text(tr!("inspector-replace-picture-tip"))
                .clicked()
            {
                self.pick_path(PathPurpose::Picture(id));
            }
            if ui.button(tr!("inspector-remove-picture")).clicked() {
                self.remove_card_picture(id);
            }
        });
        let set = move |field| Command::SetTouchpoint { id, field };
        self.text_field_ui(
            ui,
            field_id(id, "picture alt"),
            &tr!("inspector-picture-alt"),
            &card_picture.alt,
            false,
            "Edit alt text",
            |v| set(TouchpointField::PictureAlt(v)),
        )
        .on_hover_text(tr!("inspector-picture-alt-tip"));
        // The shapes are named by their own words ("16:9"); the line above says what they set.
        ui.label(tr!("inspector-picture-aspect"));
        ui.horizontal_wrapped(|ui| {
            for aspect in Aspect::ALL {
                let on = card_picture.aspect == aspect;
                let response = ui
                    .selectable_label(on, aspect_name(aspect))
                    .on_hover_text(tr!("inspector-picture-aspect-tip"));
                if response.clicked() && !on {
                    self.apply(set(TouchpointField::PictureAspect(aspect)));
                }
            }
        });
    }

    /// The card's picture as the card crops it, or a grey frame while it decodes (or when the
    /// map's copy of it is missing or damaged, with words saying so).
    fn picture_preview_ui(&mut self, ui: &mut egui::Ui, t: &Touchpoint) {
        let Some(card_picture) = &t.picture else {
            return;
        };
        let stored = self.doc.map().pictures.get(&card_picture.key).cloned();
        let width = ui.available_width().min(PREVIEW_WIDTH);
        // Cropped as the card crops it: the layout's frame (its shape, within the clamps).
        let frame = self
            .canvas
            .picture_frame(&self.doc, &self.view, t.id)
            .map(|f| (f.rect.h / f.rect.w.max(1.0), f.crop));
        let ratio = frame.map_or(9.0 / 16.0, |(ratio, _)| ratio);
        let size = egui::vec2(width, width * ratio);
        let ctx = ui.ctx().clone();
        let pixels = width * ctx.pixels_per_point();
        let texture = stored.as_ref().zip(frame).and_then(|(p, (_, crop))| {
            let texture = self
                .canvas
                .textures
                .texture(&ctx, &card_picture.key, p, pixels)?;
            Some((texture.id(), crate::app::canvas::picture_uv(&crop, p)))
        });
        match texture {
            Some((texture, uv)) => {
                let alt = if card_picture.alt.is_empty() {
                    tr!("inspector-picture")
                } else {
                    card_picture.alt.clone()
                };
                ui.add(
                    egui::Image::from_texture(egui::load::SizedTexture::new(texture, size))
                        .uv(uv)
                        .alt_text(alt),
                );
            }
            None => {
                let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
                let missing =
                    stored.is_none() || self.canvas.textures.is_missing(&card_picture.key);
                if missing {
                    ui.label(RichText::new(tr!("inspector-picture-missing")).weak());
                }
            }
        }
    }
}
