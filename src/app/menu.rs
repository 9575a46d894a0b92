//! The menu bar. Entries come from the command table ([`UICommand`]); clicking one queues the
//! command, which the app runs after drawing, the same way a shortcut does.

use super::TrailmapApp;
use super::commands::{Menu, UICommand};
use super::examples::EXAMPLES;
use super::files::Pending;
use super::i18n::{Language, words};
use crate::layout::StateView;
use crate::model::LaneKind;
use crate::tr;

impl TrailmapApp {
    /// The menu bar at the top of the window.
    ///
    /// egui walks it by keyboard: Tab reaches the menus, Enter or Space opens one, the arrow
    /// keys move in it (Right opens a submenu, Left leaves it), Enter picks an entry. F10
    /// ([`UICommand::FocusMenuBar`]) brings the keyboard here from anywhere, and Esc in an open
    /// menu keeps the keyboard on its menu's name rather than dropping it.
    pub(crate) fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            let file = ui.menu_button(tr!("menu-file"), |ui| self.file_menu_ui(ui));
            if std::mem::take(&mut self.focus_menu_bar) {
                file.response.request_focus();
                egui::Popup::open_id(ui.ctx(), egui::Popup::default_response_id(&file.response));
            }
            keep_focus_on_escape(ui, &file);
            let edit = ui.menu_button(tr!("menu-edit"), |ui| self.commands_of_ui(ui, Menu::Edit));
            keep_focus_on_escape(ui, &edit);
            let view = ui.menu_button(tr!("menu-view"), |ui| self.view_menu_ui(ui));
            keep_focus_on_escape(ui, &view);
            let insert = ui.menu_button(tr!("menu-insert"), |ui| self.insert_menu_ui(ui));
            keep_focus_on_escape(ui, &insert);
            let help = ui.menu_button(tr!("menu-help"), |ui| self.commands_of_ui(ui, Menu::Help));
            keep_focus_on_escape(ui, &help);
        });
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        self.command_button_ui(ui, UICommand::New);
        self.new_from_template_menu_ui(ui);
        ui.menu_button(tr!("menu-new-from-example"), |ui| {
            for (i, example) in EXAMPLES.iter().enumerate() {
                if ui.button(example.name()).clicked() {
                    self.request(Pending::NewFromExample(i));
                    ui.close();
                }
            }
        });
        self.command_button_ui(ui, UICommand::Open);
        self.recent_menu_ui(ui);
        self.command_button_ui(ui, UICommand::Import);
        ui.separator();
        self.command_button_ui(ui, UICommand::Save);
        self.command_button_ui(ui, UICommand::SaveAs);
        ui.menu_button(tr!("menu-export"), |ui| {
            for format in super::exporting::ExportFormat::ALL {
                if format == super::exporting::ExportFormat::Data(crate::interchange::Format::Csv) {
                    ui.separator();
                }
                self.command_button_ui(ui, UICommand::Export(format));
            }
        });
        ui.separator();
        self.command_button_ui(ui, UICommand::Close);
        self.command_button_ui(ui, UICommand::Quit);
    }

    fn recent_menu_ui(&mut self, ui: &mut egui::Ui) {
        let paths = self.recent.paths().to_vec();
        ui.add_enabled_ui(!paths.is_empty(), |ui| {
            ui.menu_button(tr!("menu-open-recent"), |ui| {
                for path in &paths {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into(),
                    );
                    let button = ui.button(name).on_hover_text(path.display().to_string());
                    if button.clicked() {
                        self.request(Pending::OpenPath(path.clone()));
                        ui.close();
                    }
                }
                ui.separator();
                if ui.button(tr!("menu-clear-recent")).clicked() {
                    if let Err(msg) = self.recent.clear() {
                        self.error(msg);
                    }
                    ui.close();
                }
            });
        });
    }

    fn view_menu_ui(&mut self, ui: &mut egui::Ui) {
        for cmd in [
            UICommand::ZoomIn,
            UICommand::ZoomOut,
            UICommand::ZoomReset,
            UICommand::ZoomFit,
        ] {
            self.command_button_ui(ui, cmd);
        }
        ui.separator();
        let lanes: Vec<_> = self
            .doc
            .map()
            .lanes
            .iter()
            .map(|l| (l.id, l.name.clone()))
            .collect();
        ui.add_enabled_ui(!lanes.is_empty(), |ui| {
            ui.menu_button(tr!("menu-lanes"), |ui| {
                for (id, name) in lanes {
                    let mut shown = !self.view.hidden_lanes.contains(&id);
                    let name = if name.trim().is_empty() {
                        tr!("menu-unnamed-lane")
                    } else {
                        name
                    };
                    if ui.checkbox(&mut shown, name).changed() {
                        if shown {
                            self.view.hidden_lanes.remove(&id);
                        } else {
                            self.view.hidden_lanes.insert(id);
                        }
                    }
                }
                ui.separator();
                if ui.button(tr!("menu-show-all-lanes")).clicked() {
                    self.view.hidden_lanes.clear();
                    ui.close();
                }
            });
        });
        self.journey_view_ui(ui);
        ui.separator();
        self.toggle_entry_ui(ui, UICommand::ToggleInspector, self.show_inspector);
        ui.separator();
        self.saved_views_menu_ui(ui);
        self.command_button_ui(ui, UICommand::Present);
        ui.separator();
        self.language_menu_ui(ui);
    }

    /// View > Language: the system's language or one of ours, each named in itself so a
    /// user lost in a foreign menu still finds their own; applies at once.
    fn language_menu_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr!("menu-language"), |ui| {
            let system = tr!(
                "menu-language-system",
                language = self.options.system_language.native_name()
            );
            let choice = self.language_choice;
            if ui
                .add(egui::Button::selectable(choice.is_none(), system))
                .on_hover_text(tr!("menu-language-tip"))
                .clicked()
            {
                self.set_language(None);
                ui.close();
            }
            ui.separator();
            for language in Language::ALL {
                let on = choice == Some(language);
                if ui
                    .add(egui::Button::selectable(on, language.native_name()))
                    .clicked()
                {
                    self.set_language(Some(language));
                    ui.close();
                }
            }
        })
        .response
        .on_hover_text(tr!("menu-language-tip"));
    }

    /// A menu entry that shows or hides something: ticked while it is shown, with its shortcut.
    fn toggle_entry_ui(&mut self, ui: &mut egui::Ui, cmd: UICommand, on: bool) {
        let shortcut = cmd
            .shortcut()
            .map(|s| crate::app::i18n::format_shortcut(ui.ctx(), &s))
            .unwrap_or_default();
        let button = egui::Button::selectable(on, cmd.text()).shortcut_text(shortcut);
        if ui.add(button).on_hover_text(cmd.tooltip()).clicked() {
            self.queue(cmd);
            ui.close();
        }
    }

    /// The persona filter (View > Personas, and the insights panel): everyone, or the ticked
    /// personas, whose cards stay bright and whose gaps the insights list.
    pub(crate) fn persona_filter_ui(&mut self, ui: &mut egui::Ui) {
        let personas: Vec<_> = self
            .doc
            .map()
            .personas
            .iter()
            .map(|p| (p.id, p.name.clone()))
            .collect();
        if ui
            .add(egui::Button::selectable(
                self.view.personas.is_empty(),
                tr!("menu-everyone"),
            ))
            .clicked()
        {
            self.view.personas.clear();
            ui.close();
        }
        ui.separator();
        for (id, name) in personas {
            let mut on = self.view.personas.contains(&id);
            if ui
                .checkbox(&mut on, name)
                .on_hover_text(tr!("menu-persona-filter-tip"))
                .changed()
            {
                if on {
                    self.view.personas.push(id);
                } else {
                    self.view.personas.retain(|p| *p != id);
                }
            }
        }
    }

    /// What the map shows: current or future journey, personas, owner colours, insights.
    fn journey_view_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(tr!("menu-journey"), |ui| {
            for state in StateView::ALL {
                if ui
                    .add(egui::Button::selectable(
                        self.view.state == state,
                        words::state_view(state),
                    ))
                    .clicked()
                {
                    self.view.state = state;
                    ui.close();
                }
            }
        });
        ui.menu_button(tr!("menu-rows"), |ui| {
            for rows in crate::pivot::Rows::ALL {
                if ui
                    .add(egui::Button::selectable(
                        self.view.rows == rows,
                        words::rows(rows),
                    ))
                    .on_hover_text(words::rows_tip(rows))
                    .clicked()
                {
                    self.view.rows = rows;
                    ui.close();
                }
            }
        });
        let has_personas = !self.doc.map().personas.is_empty();
        ui.add_enabled_ui(has_personas, |ui| {
            ui.menu_button(tr!("menu-personas"), |ui| self.persona_filter_ui(ui));
        });
        ui.checkbox(&mut self.view.color_by_owner, tr!("menu-colour-by-owner"))
            .on_hover_text(tr!("menu-colour-by-owner-tip"));
        self.toggle_entry_ui(ui, UICommand::ToggleInsights, self.view.insights);
        ui.checkbox(&mut self.view.footnotes, tr!("menu-footnotes"))
            .on_hover_text(tr!("menu-footnotes-tip"));
    }

    fn insert_menu_ui(&mut self, ui: &mut egui::Ui) {
        self.command_button_ui(ui, UICommand::InsertStage);
        ui.menu_button(tr!("menu-lane"), |ui| {
            for kind in LaneKind::ALL {
                self.command_button_ui(ui, UICommand::InsertLane(kind));
            }
        });
        self.command_button_ui(ui, UICommand::InsertTouchpoint);
        self.command_button_ui(ui, UICommand::InsertPersona);
        ui.separator();
        self.command_button_ui(ui, UICommand::Connect);
    }

    fn commands_of_ui(&mut self, ui: &mut egui::Ui, menu: Menu) {
        for cmd in UICommand::all().into_iter().filter(|c| c.menu() == menu) {
            if cmd == UICommand::Cut || cmd == UICommand::SelectAll {
                ui.separator();
            }
            self.command_button_ui(ui, cmd);
        }
    }

    /// One menu entry for a command: its name (Undo names what it undoes), its shortcut, and
    /// greyed out when it cannot run now.
    pub(crate) fn command_button_ui(&mut self, ui: &mut egui::Ui, cmd: UICommand) {
        self.command_button_named_ui(ui, cmd, None);
    }

    /// A menu entry for a command under another name (context menus say "Add stage" where the
    /// Insert menu says "Stage").
    pub(crate) fn command_button_named_ui(
        &mut self,
        ui: &mut egui::Ui,
        cmd: UICommand,
        name: Option<&str>,
    ) {
        let text = match cmd {
            _ if name.is_some() => name.unwrap_or_default().to_owned(),
            UICommand::Undo => match self.doc.history().undo_label() {
                Some(label) => tr!("cmd-undo-step", step = super::i18n::undo_step(label)),
                None => tr!("cmd-undo"),
            },
            UICommand::Redo => match self.doc.history().redo_label() {
                Some(label) => tr!("cmd-redo-step", step = super::i18n::undo_step(label)),
                None => tr!("cmd-redo"),
            },
            _ => cmd.text(),
        };
        let mut button = egui::Button::new(text);
        if let Some(shortcut) = cmd.shortcut() {
            button = button.shortcut_text(crate::app::i18n::format_shortcut(ui.ctx(), &shortcut));
        }
        let response = ui
            .add_enabled(self.can_run(cmd), button)
            .on_hover_text(cmd.tooltip());
        if response.clicked() {
            self.queue(cmd);
            ui.close();
        }
    }
}

/// Esc closes an open menu (egui drops the keyboard then): give it back to the menu's name in
/// the bar, so Left and Right walk on to the next menu and Enter opens this one again.
fn keep_focus_on_escape<R>(ui: &egui::Ui, menu: &egui::InnerResponse<Option<R>>) {
    if menu.inner.is_some() && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        menu.response.request_focus();
    }
}
