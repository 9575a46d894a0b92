//! The editor window driven as a user drives it (egui_kittest): one test binary for all of
//! them, so CI links one program instead of one per file. Each module is one topic.

#[path = "app_support/mod.rs"]
mod app_support;

#[path = "app_access.rs"]
mod app_access;

#[path = "app_close.rs"]
mod app_close;

#[path = "app_conflicts.rs"]
mod app_conflicts;

#[path = "app_dialog_languages.rs"]
mod app_dialog_languages;

#[path = "app_errors.rs"]
mod app_errors;

#[path = "app_export_frame.rs"]
mod app_export_frame;

#[path = "app_flows.rs"]
mod app_flows;

#[path = "app_insights.rs"]
mod app_insights;

#[path = "app_inspector_languages.rs"]
mod app_inspector_languages;

#[path = "app_interchange.rs"]
mod app_interchange;

#[path = "app_keyboard.rs"]
mod app_keyboard;

#[path = "app_keyboard_menus.rs"]
mod app_keyboard_menus;

#[path = "app_languages.rs"]
mod app_languages;

#[path = "app_persona_lanes.rs"]
mod app_persona_lanes;

#[path = "app_pictures.rs"]
mod app_pictures;

#[path = "app_pivot.rs"]
mod app_pivot;

#[path = "app_pptx.rs"]
mod app_pptx;

#[path = "app_present.rs"]
mod app_present;

#[path = "app_recovery.rs"]
mod app_recovery;

#[path = "app_rough_edges.rs"]
mod app_rough_edges;

#[path = "app_snapshots.rs"]
mod app_snapshots;

#[path = "app_templates.rs"]
mod app_templates;

#[path = "app_views.rs"]
mod app_views;

#[path = "app_watch.rs"]
mod app_watch;
