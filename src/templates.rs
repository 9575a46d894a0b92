//! Starting maps bundled into the binary: a few journeys every marketer draws (the classic
//! five stages, the same with one lane per persona, an online shop, a B2B purchase, a service
//! blueprint), each written in every language Trailmap serves, and the words to move a map's
//! untouched default names to another language.
//!
//! Data only: ids, language tags, maps and renames. Nothing here is worded for a window or a
//! terminal (the app and the CLI name templates in their own words), and nothing imports egui.
//! Every template goes through [`crate::file::load_str`], so a broken one is an error naming the
//! template, never a panic.

use std::sync::OnceLock;

use crate::model::{LaneId, Map, StageId, primary_language};

/// A bundled template: one journey in one language.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// Which journey: `classic`, `classic-personas` (the classic stages with one lane of
    /// touchpoints and one emotion curve per persona), `ecommerce`, `b2b` or
    /// `service-blueprint`. The same id in
    /// every language; stages and lanes keep their ids and places across languages.
    pub id: &'static str,
    /// The language its words are in (the map's `language`), a primary subtag like `de`.
    pub language: &'static str,
    /// The text of the `*.journey.ron` file.
    pub text: &'static str,
}

macro_rules! template {
    ($id:literal, $language:literal) => {
        Template {
            id: $id,
            language: $language,
            text: include_str!(concat!(
                "../assets/templates/",
                $id,
                ".",
                $language,
                ".journey.ron"
            )),
        }
    };
}

/// Every bundled template, grouped by id in menu order; within an id, English comes first.
pub const TEMPLATES: &[Template] = &[
    template!("classic", "en"),
    template!("classic", "de"),
    template!("classic", "pl"),
    template!("classic", "sv"),
    template!("classic", "nb"),
    template!("classic-personas", "en"),
    template!("classic-personas", "de"),
    template!("classic-personas", "pl"),
    template!("classic-personas", "sv"),
    template!("classic-personas", "nb"),
    template!("ecommerce", "en"),
    template!("ecommerce", "de"),
    template!("ecommerce", "pl"),
    template!("ecommerce", "sv"),
    template!("ecommerce", "nb"),
    template!("b2b", "en"),
    template!("b2b", "de"),
    template!("b2b", "pl"),
    template!("b2b", "sv"),
    template!("b2b", "nb"),
    template!("service-blueprint", "en"),
    template!("service-blueprint", "de"),
    template!("service-blueprint", "pl"),
    template!("service-blueprint", "sv"),
    template!("service-blueprint", "nb"),
];

/// The template File > New and `trailmap new` use when none is named.
pub const DEFAULT_TEMPLATE: &str = "classic";

/// The language used when a template is asked for in a language it is not written in.
pub const FALLBACK_LANGUAGE: &str = "en";

/// Why a template could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// No template has this id.
    #[error("there is no template called “{id}”")]
    Unknown {
        /// The id asked for.
        id: String,
    },
    /// The bundled file does not load: a defect of this build, reported rather than panicking.
    #[error("the bundled template “{id}” ({language}) is broken: {source}")]
    Broken {
        /// Which template.
        id: &'static str,
        /// In which language.
        language: &'static str,
        /// What the loader found.
        #[source]
        source: crate::file::LoadError,
    },
}

impl Template {
    /// The template as a map, parsed and validated by the file loader.
    pub fn map(&self) -> Result<Map, TemplateError> {
        crate::file::load_str(self.text).map_err(|source| TemplateError::Broken {
            id: self.id,
            language: self.language,
            source,
        })
    }
}

/// The template ids, in menu order.
pub fn ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for t in TEMPLATES {
        if !ids.contains(&t.id) {
            ids.push(t.id);
        }
    }
    ids
}

/// The languages templates are written in, English first.
pub fn languages() -> Vec<&'static str> {
    let mut languages: Vec<&'static str> = Vec::new();
    for t in TEMPLATES {
        if !languages.contains(&t.language) {
            languages.push(t.language);
        }
    }
    languages
}

/// The template language a language tag or locale name asks for, if templates are written in
/// it: `de`, `de-AT`, `de_DE.UTF-8` and `de_DE@euro` give `de`; `nb`, `no` and `nn` give
/// Norwegian Bokmål (`nb`), the only written Norwegian the templates have. An empty tag means
/// English, as it does in a map file. `None` for a language no template is written in.
pub fn supported_language(tag: &str) -> Option<&'static str> {
    let primary = primary_language(tag.split(['.', '@']).next().unwrap_or(""));
    let wanted = match primary.as_str() {
        "" => FALLBACK_LANGUAGE,
        "no" | "nn" => "nb",
        other => other,
    };
    TEMPLATES.iter().map(|t| t.language).find(|l| *l == wanted)
}

/// The template language for a tag, English when no template is written in it.
pub fn language_or_fallback(tag: &str) -> &'static str {
    supported_language(tag).unwrap_or(FALLBACK_LANGUAGE)
}

/// The template `id` in `language` (see [`supported_language`]), or in English when it is not
/// written in that language. `None` when no template has this id.
pub fn find(id: &str, language: &str) -> Option<&'static Template> {
    let language = language_or_fallback(language);
    TEMPLATES
        .iter()
        .find(|t| t.id == id && t.language == language)
        .or_else(|| {
            TEMPLATES
                .iter()
                .find(|t| t.id == id && t.language == FALLBACK_LANGUAGE)
        })
        .or_else(|| TEMPLATES.iter().find(|t| t.id == id))
}

/// The template `id` as a new map in `language`, English when it is not written in that
/// language. The map's `language` is the template's.
pub fn load(id: &str, language: &str) -> Result<Map, TemplateError> {
    find(id, language)
        .ok_or_else(|| TemplateError::Unknown { id: id.to_owned() })?
        .map()
}

/// A named item a rename is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedItem {
    /// A stage (column).
    Stage(StageId),
    /// A lane (row).
    Lane(LaneId),
}

/// A stage or lane whose name is still a template's default word, and that word in another
/// language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    /// Which stage or lane.
    pub item: NamedItem,
    /// Its name now.
    pub from: String,
    /// The same template's name for it in the target language.
    pub to: String,
}

/// The renames that bring a map's untouched default names into `language`.
///
/// A stage or lane counts as untouched when its name is exactly (ignoring surrounding blanks)
/// the name a template gives the stage or lane with the same id, in any language. The map is
/// taken to come from the template whose default names it keeps most of (the first in
/// [`TEMPLATES`] order on a tie), and only that template's words are used, so a name the
/// marketer typed is never touched. Empty when nothing matches, when the names are already in
/// that language, or when no template is written in `language`.
///
/// Limits: stages and lanes only (titles, personas and cards are the marketer's text); a
/// stage added after the map was made has a new id and is never matched.
pub fn default_name_renames(map: &Map, language: &str) -> Vec<Rename> {
    let Some(target) = supported_language(language) else {
        return Vec::new();
    };
    let parsed = parsed_templates();
    let default_of = |t: &(&'static Template, Map), item: NamedItem| -> Option<String> {
        match item {
            NamedItem::Stage(id) => t.1.stage(id).map(|s| s.name.trim().to_owned()),
            NamedItem::Lane(id) => t.1.lane(id).map(|l| l.name.trim().to_owned()),
        }
    };
    let items: Vec<(NamedItem, &str)> = map
        .stages
        .iter()
        .map(|s| (NamedItem::Stage(s.id), s.name.as_str()))
        .chain(
            map.lanes
                .iter()
                .map(|l| (NamedItem::Lane(l.id), l.name.as_str())),
        )
        .collect();
    let is_default = |id: &str, item: NamedItem, name: &str| {
        parsed
            .iter()
            .filter(|t| t.0.id == id)
            .any(|t| default_of(t, item).as_deref() == Some(name.trim()))
    };
    let mut best: Option<(&'static str, usize)> = None;
    for id in ids() {
        let score = items
            .iter()
            .filter(|(item, name)| is_default(id, *item, name))
            .count();
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((id, score));
        }
    }
    let Some((id, _)) = best else {
        return Vec::new();
    };
    let Some(words) = parsed
        .iter()
        .find(|t| t.0.id == id && t.0.language == target)
    else {
        return Vec::new();
    };
    items
        .into_iter()
        .filter(|(item, name)| is_default(id, *item, name))
        .filter_map(|(item, name)| {
            let to = default_of(words, item)?;
            (to != name.trim()).then(|| Rename {
                item,
                from: name.to_owned(),
                to,
            })
        })
        .collect()
}

/// Every template that loads, parsed once (the bundled files are tested; one that fails to
/// load is left out rather than stopping the others).
fn parsed_templates() -> &'static [(&'static Template, Map)] {
    static PARSED: OnceLock<Vec<(&'static Template, Map)>> = OnceLock::new();
    PARSED.get_or_init(|| {
        TEMPLATES
            .iter()
            .filter_map(|t| t.map().ok().map(|m| (t, m)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_and_locales_find_their_templates() {
        assert_eq!(supported_language("de"), Some("de"));
        assert_eq!(supported_language("de_DE.UTF-8"), Some("de"));
        assert_eq!(supported_language("sv-FI"), Some("sv"));
        assert_eq!(supported_language("de@euro"), Some("de"));
        assert_eq!(supported_language("NO"), Some("nb"));
        assert_eq!(supported_language("nn_NO"), Some("nb"));
        assert_eq!(supported_language(""), Some("en"));
        assert_eq!(supported_language("fr"), None);
        assert_eq!(language_or_fallback("fr_FR.UTF-8"), "en");
    }

    #[test]
    fn every_id_is_written_in_every_language() {
        for id in ids() {
            for language in languages() {
                let t = find(id, language).unwrap();
                assert_eq!((t.id, t.language), (id, language));
            }
        }
        assert_eq!(
            ids(),
            [
                "classic",
                "classic-personas",
                "ecommerce",
                "b2b",
                "service-blueprint"
            ]
        );
        assert_eq!(languages(), ["en", "de", "pl", "sv", "nb"]);
    }

    #[test]
    fn unknown_ids_are_an_error_and_unknown_languages_fall_back_to_english() {
        assert!(matches!(
            load("nope", "en"),
            Err(TemplateError::Unknown { .. })
        ));
        assert_eq!(load("b2b", "fr").unwrap().language, "en");
    }
}
