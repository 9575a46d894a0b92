//! The window's words for the core's errors: the only place that turns a `LoadError`,
//! `SaveError`, `EditError` or `ExportError` into text a person reads (the inspector words
//! its own colour field's `ParseColorError`).
//!
//! The core hands over data (ids, names, numbers, line and column); this module picks a whole
//! sentence per case from `assets/locales/*/trailmap.ftl` (the `## Errors` section, ids
//! `error-…`) and fills in the data, in the window's language. Each sentence says what
//! happened, where, and what to do. The command line keeps the core's English `Display`.
//!
//! Limits: words the core got from other libraries (what the OS said about a failed write,
//! a PNG encoder's or PDF writer's reason) stay as those libraries wrote them, inside a
//! translated sentence.

use std::io::ErrorKind;

use crate::app::i18n::{self, Arg, Language};
use crate::edit::{EditError, Within};
use crate::export::ExportError;
use crate::file::{
    FileProblem, FileProblemKind, LoadError, Looks, SaveError, SyntaxProblem, Token, ValueKind,
};
use crate::model::{Field, ItemKind, ItemRef, Link, ProblemKind, ViewIssue};
use crate::tr;

/// One sentence: a message id and its arguments, formatted when shown.
#[derive(Clone, Debug)]
pub(crate) struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg<'static>)>,
}

impl Words {
    fn new(id: &'static str) -> Self {
        Words {
            id,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<Arg<'static>>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The sentence in the window's language.
    pub fn text(&self) -> String {
        i18n::text(self.id, &self.args)
    }
}

/// Every problem of a file that could not be opened, one per line, each with its line and
/// column when it has a place in the file ("Line 3, column 12: …").
pub fn load_error(e: &LoadError) -> String {
    load_problems(e).join("\n")
}

/// [`load_error`] as one entry per problem, for a list.
pub fn load_problems(e: &LoadError) -> Vec<String> {
    e.problems().iter().map(file_problem).collect()
}

/// One problem of a file, with its place in the file when it has one.
pub fn file_problem(p: &FileProblem) -> String {
    let words = file_problem_words(&p.kind).text();
    if has_place(&p.kind) {
        tr!(
            "error-at",
            line = p.at.line,
            column = p.at.column,
            problem = words
        )
    } else {
        words
    }
}

/// Why a map could not be saved, ending in the path.
pub fn save_error(e: &SaveError) -> String {
    save_words(e).text()
}

/// Why a change was refused, for "Could not do that: …".
pub fn edit_error(e: &EditError) -> String {
    edit_words(e).text()
}

/// Why an export failed.
pub fn export_error(e: &ExportError) -> String {
    export_words(e).text()
}

/// [`export_error`] in `language`, for the export thread (each thread speaks its own).
pub fn export_error_in(language: Language, e: &ExportError) -> String {
    in_language(language, || export_error(e))
}

/// Words made in `language`, for threads other than the window's (each speaks its own).
pub fn in_language(language: Language, words: impl FnOnce() -> String) -> String {
    let before = i18n::language();
    i18n::set_language(language);
    let text = words();
    i18n::set_language(before);
    text
}

/// Why a spreadsheet or Mermaid export could not be made.
pub fn data_export_error(e: &crate::interchange::ExportProblem) -> String {
    match e {
        crate::interchange::ExportProblem::Xlsx(detail) => {
            tr!("error-export-xlsx", detail = detail.as_str())
        }
    }
}

/// Whether the line and column mean something: a file that could not be read, or is too
/// large, has no place in it to point at.
fn has_place(kind: &FileProblemKind) -> bool {
    !matches!(
        kind,
        FileProblemKind::TooLarge { .. }
            | FileProblemKind::Unreadable { .. }
            | FileProblemKind::NotAMap { .. }
    )
}

pub(crate) fn file_problem_words(kind: &FileProblemKind) -> Words {
    match kind {
        FileProblemKind::Syntax(s) => syntax_words(s),
        FileProblemKind::Invalid(p) => problem_words(&p.kind),
        FileProblemKind::NewerFormat { found, supported } => Words::new("error-newer-format")
            .with("found", *found)
            .with("supported", *supported),
        FileProblemKind::NotAMap { looks } => Words::new(if looks.importable() {
            "error-not-a-map-importable"
        } else {
            "error-not-a-map"
        })
        .with("what", looks_words(*looks)),
        FileProblemKind::TooLarge { size, limit } => Words::new("error-too-large")
            .with("size", megabytes(*size))
            .with("limit", megabytes(*limit)),
        FileProblemKind::Unreadable { kind, detail } => match kind {
            ErrorKind::NotFound => Words::new("error-unreadable-not-found"),
            ErrorKind::PermissionDenied => Words::new("error-unreadable-permission"),
            ErrorKind::IsADirectory => Words::new("error-unreadable-folder"),
            _ => Words::new("error-unreadable").with("detail", detail.clone()),
        },
    }
}

/// What a file looks like, as a noun phrase of the window's language ("a CSV spreadsheet").
pub(crate) fn looks_words(looks: Looks) -> String {
    i18n::text(
        match looks {
            Looks::Empty => "looks-empty",
            Looks::Map => "looks-map",
            Looks::Csv => "looks-csv",
            Looks::Tsv => "looks-tsv",
            Looks::Xlsx => "looks-xlsx",
            Looks::LegacyOffice => "looks-legacy-office",
            Looks::Word => "looks-word",
            Looks::PowerPoint => "looks-powerpoint",
            Looks::OpenDocument => "looks-opendocument",
            Looks::Zip => "looks-zip",
            Looks::Mermaid => "looks-mermaid",
            Looks::OtherMermaid => "looks-other-mermaid",
            Looks::Image => "looks-image",
            Looks::Svg => "looks-svg",
            Looks::Pdf => "looks-pdf",
            Looks::Html => "looks-html",
            Looks::Xml => "looks-xml",
            Looks::Json => "looks-json",
            Looks::Markdown => "looks-markdown",
            Looks::Text => "looks-text",
            Looks::Binary => "looks-binary",
        },
        &[],
    )
}

/// Whole megabytes, rounded up, so "51 MB" is never shown as "50 MB".
fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

pub(crate) fn syntax_words(s: &SyntaxProblem) -> Words {
    match s {
        SyntaxProblem::Empty => Words::new("error-syntax-empty"),
        SyntaxProblem::NotText => Words::new("error-syntax-not-text"),
        SyntaxProblem::FormatZero => Words::new("error-syntax-format-zero"),
        SyntaxProblem::TooDeep => Words::new("error-syntax-too-deep"),
        SyntaxProblem::UnexpectedEnd => Words::new("error-syntax-unexpected-end"),
        SyntaxProblem::Expected(token) => {
            Words::new("error-syntax-expected").with("symbol", token_symbol(*token))
        }
        SyntaxProblem::ExpectedValue(kind) => {
            Words::new("error-syntax-expected-value").with("expected", value_key(kind))
        }
        SyntaxProblem::WrongType { expected, found } => Words::new("error-syntax-wrong-type")
            .with("expected", value_key(expected))
            .with("found", value_key(found)),
        SyntaxProblem::NumberOutOfRange => Words::new("error-syntax-number-out-of-range"),
        SyntaxProblem::WrongLength { found, .. } => {
            Words::new("error-syntax-wrong-length").with("found", *found)
        }
        SyntaxProblem::UnknownField { field, allowed, .. } => {
            Words::new("error-syntax-unknown-field")
                .with("field", field.clone())
                .with("allowed", allowed.join(", "))
        }
        SyntaxProblem::UnknownChoice { name, allowed, .. } => {
            Words::new("error-syntax-unknown-choice")
                .with("name", name.clone())
                .with("allowed", allowed.join(", "))
        }
        SyntaxProblem::MissingField { field, .. } => {
            Words::new("error-syntax-missing-field").with("field", *field)
        }
        SyntaxProblem::DuplicateField { field, .. } => {
            Words::new("error-syntax-duplicate-field").with("field", *field)
        }
        SyntaxProblem::UnexpectedChar(c) => {
            Words::new("error-syntax-unexpected-char").with("char", c.to_string())
        }
        SyntaxProblem::TrailingText => Words::new("error-syntax-trailing-text"),
        SyntaxProblem::BadColor(text) => {
            Words::new("error-syntax-bad-color").with("text", text.clone())
        }
        SyntaxProblem::Other(detail) => {
            Words::new("error-syntax-other").with("detail", detail.clone())
        }
    }
}

fn token_symbol(token: Token) -> &'static str {
    token.symbol()
}

/// The selector key the messages pick a value kind's words by.
fn value_key(kind: &ValueKind) -> &'static str {
    match kind {
        ValueKind::Integer => "integer",
        ValueKind::Number => "number",
        ValueKind::Text => "text",
        ValueKind::Boolean => "boolean",
        ValueKind::List => "list",
        ValueKind::Block => "block",
        ValueKind::Choice => "choice",
        ValueKind::Name => "name",
        ValueKind::Optional => "optional",
        ValueKind::Nothing => "nothing",
        ValueKind::Other(_) => "other",
    }
}

/// The selector key the messages pick an item kind's words by.
fn kind_key(kind: Option<ItemKind>) -> &'static str {
    match kind {
        None => "map",
        Some(ItemKind::Stage) => "stage",
        Some(ItemKind::Lane) => "lane",
        Some(ItemKind::Touchpoint) => "touchpoint",
        Some(ItemKind::Persona) => "persona",
        Some(ItemKind::Connector) => "connector",
    }
}

/// A field's name as the inspector shows it, in the window's language.
fn field_name(field: Field, future: bool) -> String {
    let name = tr!(field_id(field));
    if future {
        tr!("error-field-future", field = name)
    } else {
        name
    }
}

pub(crate) fn field_id(field: Field) -> &'static str {
    match field {
        Field::Title => "error-field-title",
        Field::Description => "error-field-description",
        Field::Name => "error-field-name",
        Field::CustomerAction => "error-field-customer-action",
        Field::BusinessResponse => "error-field-business-response",
        Field::Owner => "error-field-owner",
        Field::Notes => "error-field-notes",
        Field::Campaigns => "error-field-campaigns",
        Field::Tags => "error-field-tags",
        Field::Personas => "error-field-personas",
        Field::PersonaEmotions => "error-field-persona-emotions",
        Field::Label => "error-field-label",
        Field::Alt => "picture-field-alt",
    }
}

pub(crate) fn problem_words(kind: &ProblemKind) -> Words {
    match kind {
        ProblemKind::TooMany { what, count, max } => Words::new("error-too-many")
            .with("what", kind_key(Some(*what)))
            .with("count", *count)
            .with("max", *max),
        ProblemKind::TextTooLong {
            field,
            future,
            chars,
            max,
        } => Words::new("error-text-too-long")
            .with("field", field_name(*field, *future))
            .with("chars", *chars)
            .with("max", *max),
        ProblemKind::ListTooLong {
            card,
            name,
            field,
            future,
            count,
            max,
        } => Words::new("error-list-too-long")
            .with("card", card.0)
            .with("name", name.clone())
            .with("field", field_name(*field, *future))
            .with("count", *count)
            .with("max", *max),
        ProblemKind::LanguageTooLong { .. } => Words::new("error-language-too-long"),
        ProblemKind::DuplicateId { item } => Words::new("error-duplicate-id")
            .with("kind", kind_key(item.kind()))
            .with("id", item.number()),
        ProblemKind::StageWidth {
            stage,
            name,
            width,
            min,
            max,
        } => Words::new("error-stage-width")
            .with("stage", stage.0)
            .with("name", name.clone())
            .with("width", width.to_string())
            .with("min", f64::from(*min))
            .with("max", f64::from(*max)),
        ProblemKind::DanglingReference {
            from,
            name,
            link,
            to,
        } => {
            let id = match (link, to) {
                (Link::In, ItemRef::Lane(_)) => "error-card-in-missing-lane",
                (Link::In, _) => "error-card-in-missing-stage",
                (Link::Names, _) => "error-card-names-missing-persona",
                (Link::Scores, _) => "error-card-scores-missing-persona",
                (Link::PointsAt, _) => "error-connector-to-missing-card",
                (Link::BelongsTo, _) => "error-lane-for-missing-persona",
            };
            Words::new(id)
                .with("from", from.number())
                .with("name", name.clone())
                .with("id", to.number())
        }
        ProblemKind::EmotionOutOfRange {
            card,
            name,
            value,
            persona,
            future,
            min,
            max,
        } => {
            let words = match (persona, future) {
                (Some(p), _) => {
                    Words::new("error-persona-emotion-out-of-range").with("persona", p.0)
                }
                (None, true) => Words::new("error-future-emotion-out-of-range"),
                (None, false) => Words::new("error-emotion-out-of-range"),
            };
            words
                .with("card", card.0)
                .with("name", name.clone())
                .with("value", i64::from(*value))
                .with("min", i64::from(*min))
                .with("max", i64::from(*max))
        }
        ProblemKind::ConnectorLoop { connector, card } => Words::new("error-connector-loop")
            .with("connector", connector.0)
            .with("card", card.0),
        ProblemKind::View { view, name, issue } => {
            let words = match issue {
                ViewIssue::MissingPersona(p) => {
                    Words::new("error-view-shows-missing-persona").with("id", p.0)
                }
                ViewIssue::MissingLane(l) => {
                    Words::new("error-view-hides-missing-lane").with("id", l.0)
                }
                ViewIssue::DefinedTwice => Words::new("error-view-defined-twice"),
                ViewIssue::NameTooLong { chars, max } => Words::new("error-view-name-too-long")
                    .with("chars", *chars)
                    .with("max", *max),
                ViewIssue::ListTooLong { count, max } => Words::new("error-view-list-too-long")
                    .with("count", *count)
                    .with("max", *max),
                ViewIssue::TooMany { count, max } => Words::new("error-view-too-many")
                    .with("count", *count)
                    .with("max", *max),
            };
            words.with("from", view.0).with("name", name.clone())
        }
        ProblemKind::TooManyPictures { count, max } => Words::new("picture-error-too-many")
            .with("count", *count)
            .with("max", *max),
        ProblemKind::PicturesTooLarge { bytes, max } => Words::new("picture-error-too-large")
            .with("mb", crate::model::mb(*bytes))
            .with("max", crate::model::mb(*max)),
        ProblemKind::Picture {
            card,
            name,
            key,
            issue,
        } => {
            use crate::model::PictureIssue as I;
            let words = match issue {
                I::Missing => Words::new("picture-error-missing"),
                I::Unreadable => Words::new("picture-error-unreadable"),
                I::SizeDiffers {
                    width,
                    height,
                    found_width,
                    found_height,
                } => Words::new("picture-error-size-differs")
                    .with("width", *width)
                    .with("height", *height)
                    .with("found_width", *found_width)
                    .with("found_height", *found_height),
                I::BadSize { width, height, max } => Words::new("picture-error-bad-size")
                    .with("width", *width)
                    .with("height", *height)
                    .with("max", *max),
            };
            words
                .with("card", card.0)
                .with("name", name.clone())
                .with("key", key.short().to_owned())
        }
        ProblemKind::CardsUnsorted => Words::new("error-cards-unsorted"),
        ProblemKind::CellMisnumbered { stage, lane, .. } => Words::new("error-cell-misnumbered")
            .with("stage", stage.0)
            .with("lane", lane.0),
    }
}

pub(crate) fn save_words(e: &SaveError) -> Words {
    match e {
        SaveError::Encode(detail) => Words::new("error-save-encode").with("detail", detail.clone()),
        SaveError::Io { path, source } => {
            let id = match source.kind() {
                ErrorKind::NotFound => "error-save-no-folder",
                ErrorKind::PermissionDenied => "error-save-permission",
                ErrorKind::ReadOnlyFilesystem => "error-save-read-only",
                ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "error-save-disk-full",
                ErrorKind::IsADirectory => "error-save-is-folder",
                _ => "error-save-io",
            };
            Words::new(id)
                .with("detail", source.to_string())
                .with("path", path.display().to_string())
        }
    }
}

pub(crate) fn edit_words(e: &EditError) -> Words {
    match e {
        EditError::Missing(item) => Words::new("error-edit-missing")
            .with("kind", kind_key(item.kind()))
            .with("id", item.number()),
        EditError::DuplicateId(item) => Words::new("error-edit-duplicate")
            .with("kind", kind_key(item.kind()))
            .with("id", item.number()),
        EditError::BadPosition { within, index, len } => Words::new("error-edit-position")
            .with(
                "within",
                match within {
                    Within::Stages => "stages",
                    Within::Lanes => "lanes",
                    Within::Personas => "personas",
                    Within::Views => "views",
                    Within::Cell => "cell",
                },
            )
            .with("index", *index)
            .with("len", *len),
        EditError::TextTooLong { field, max } => Words::new("error-edit-text-too-long")
            .with("field", field_name(*field, false))
            .with("max", *max),
        EditError::ListTooLong { field, max } => Words::new("error-edit-list-too-long")
            .with("field", field_name(*field, false))
            .with("max", *max),
        EditError::EmotionOutOfRange { value, min, max } => Words::new("error-edit-emotion")
            .with("value", i64::from(*value))
            .with("min", i64::from(*min))
            .with("max", i64::from(*max)),
        EditError::StageWidth { min, max, .. } => Words::new("error-edit-stage-width")
            .with("min", f64::from(*min))
            .with("max", f64::from(*max)),
        EditError::LanguageTooLong { .. } => Words::new("error-edit-language"),
        EditError::ConnectorLoop => Words::new("error-edit-connector-loop"),
        EditError::MissingView(id) => Words::new("error-edit-missing-view").with("id", id.0),
        EditError::MissingPicture(key) => {
            Words::new("picture-edit-missing").with("key", key.short().to_owned())
        }
        EditError::PictureInUse(key) => {
            Words::new("picture-edit-in-use").with("key", key.short().to_owned())
        }
        EditError::NoPicture(card) => Words::new("picture-edit-no-picture").with("card", card.0),
        EditError::PictureLimit(limit) => limit_words(limit),
        EditError::ViewExists(id) => Words::new("error-edit-view-exists").with("id", id.0),
    }
}

/// A map with no room for another picture.
pub(crate) fn limit_words(limit: &crate::model::PictureLimit) -> Words {
    use crate::model::{PictureLimit, mb};
    match limit {
        PictureLimit::TooMany { count, max } => Words::new("picture-limit-count")
            .with("count", *count)
            .with("max", *max),
        PictureLimit::TooManyBytes { bytes, max } => Words::new("picture-limit-bytes")
            .with("mb", mb(*bytes))
            .with("max", mb(*max)),
    }
}

pub(crate) fn export_words(e: &ExportError) -> Words {
    match e {
        ExportError::UnsupportedFormat { extension, path } => {
            Words::new("error-export-unsupported")
                .with("extension", extension.clone())
                .with("path", path.display().to_string())
        }
        ExportError::NoExtension { path } => {
            Words::new("error-export-no-extension").with("path", path.display().to_string())
        }
        ExportError::ScaleOutOfRange(scale) => {
            Words::new("error-export-scale").with("scale", scale.to_string())
        }
        ExportError::InvalidMargin(margin) => Words::new("error-export-margin")
            .with("margin", margin.to_string())
            .with("max", f64::from(crate::export::MAX_MARGIN)),
        ExportError::InvalidSize { width, height } => Words::new("error-export-no-size")
            .with("width", width.to_string())
            .with("height", height.to_string()),
        ExportError::ImageTooLarge { width, height } => Words::new("error-export-too-large")
            .with("width", *width)
            .with("height", *height)
            .with("max", crate::export::MAX_PNG_PIXELS / 1_000_000),
        ExportError::Font(name) => Words::new("error-export-font").with("font", *name),
        ExportError::Svg(detail) => Words::new("error-export-svg").with("detail", detail.clone()),
        ExportError::Png(e) => Words::new("error-export-png").with("detail", e.to_string()),
        ExportError::Pdf(detail) => Words::new("error-export-pdf").with("detail", detail.clone()),
        ExportError::Pptx(detail) => Words::new("export-pptx-error").with("detail", detail.clone()),
        ExportError::Save(e) => save_words(e),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::file::Location;
    use crate::model::{ConnectorId, LaneId, PersonaId, Problem, StageId, TouchpointId};

    fn syntax_samples() -> Vec<SyntaxProblem> {
        let mut out = vec![
            SyntaxProblem::Empty,
            SyntaxProblem::NotText,
            SyntaxProblem::FormatZero,
            SyntaxProblem::TooDeep,
            SyntaxProblem::UnexpectedEnd,
            SyntaxProblem::NumberOutOfRange,
            SyntaxProblem::WrongLength {
                expected: "a tuple of size 2".into(),
                found: 3,
            },
            SyntaxProblem::UnknownField {
                field: "titel".into(),
                allowed: &["id", "title"],
                block: Some("Touchpoint".into()),
            },
            SyntaxProblem::UnknownChoice {
                name: "Magic".into(),
                allowed: &["Channel", "Text"],
                block: None,
            },
            SyntaxProblem::MissingField {
                field: "format",
                block: None,
            },
            SyntaxProblem::DuplicateField {
                field: "id",
                block: Some("Stage".into()),
            },
            SyntaxProblem::UnexpectedChar('<'),
            SyntaxProblem::TrailingText,
            SyntaxProblem::BadColor("red".into()),
            SyntaxProblem::Other("Invalid escape sequence".into()),
        ];
        let tokens = [
            Token::OpenParen,
            Token::CloseParen,
            Token::OpenBracket,
            Token::CloseBracket,
            Token::OpenBrace,
            Token::CloseBrace,
            Token::Comma,
            Token::Colon,
            Token::Quote,
        ];
        out.extend(tokens.map(SyntaxProblem::Expected));
        let kinds = [
            ValueKind::Integer,
            ValueKind::Number,
            ValueKind::Text,
            ValueKind::Boolean,
            ValueKind::List,
            ValueKind::Block,
            ValueKind::Choice,
            ValueKind::Name,
            ValueKind::Optional,
            ValueKind::Nothing,
            ValueKind::Other("a tuple".into()),
        ];
        for k in &kinds {
            out.push(SyntaxProblem::ExpectedValue(k.clone()));
            for f in &kinds {
                out.push(SyntaxProblem::WrongType {
                    expected: k.clone(),
                    found: f.clone(),
                });
            }
        }
        out
    }

    fn problem_samples() -> Vec<ProblemKind> {
        let name = || "Checkout".to_owned();
        let mut out = vec![
            ProblemKind::LanguageTooLong { len: 40, max: 35 },
            ProblemKind::StageWidth {
                stage: StageId(2),
                name: name(),
                width: f32::NAN,
                min: 60.0,
                max: 4000.0,
            },
            ProblemKind::ConnectorLoop {
                connector: ConnectorId(3),
                card: TouchpointId(1),
            },
            ProblemKind::CardsUnsorted,
            ProblemKind::TooManyPictures {
                count: 201,
                max: 200,
            },
            ProblemKind::PicturesTooLarge {
                bytes: 31 << 20,
                max: 30 << 20,
            },
        ];
        for issue in [
            crate::model::PictureIssue::Missing,
            crate::model::PictureIssue::Unreadable,
            crate::model::PictureIssue::SizeDiffers {
                width: 800,
                height: 600,
                found_width: 10,
                found_height: 10,
            },
            crate::model::PictureIssue::BadSize {
                width: 100_000,
                height: 100_000,
                max: 1600,
            },
        ] {
            out.push(ProblemKind::Picture {
                card: TouchpointId(7),
                name: name(),
                key: crate::model::PictureKey("0123456789abcdef".into()),
                issue,
            });
        }
        for issue in [
            ViewIssue::MissingPersona(PersonaId(9)),
            ViewIssue::MissingLane(LaneId(9)),
            ViewIssue::DefinedTwice,
            ViewIssue::NameTooLong {
                chars: 100_001,
                max: 100_000,
            },
            ViewIssue::ListTooLong {
                count: 1001,
                max: 1000,
            },
            ViewIssue::TooMany {
                count: 1001,
                max: 1000,
            },
        ] {
            out.push(ProblemKind::View {
                view: crate::model::ViewId(2),
                name: name(),
                issue,
            });
        }
        out.extend([ProblemKind::CellMisnumbered {
            stage: StageId(1),
            lane: LaneId(2),
            count: 3,
        }]);
        let items = [
            ItemRef::Stage(StageId(4)),
            ItemRef::Lane(LaneId(4)),
            ItemRef::Touchpoint(TouchpointId(4)),
            ItemRef::Persona(PersonaId(4)),
            ItemRef::Connector(ConnectorId(4)),
        ];
        for item in items {
            out.push(ProblemKind::DuplicateId { item });
            if let Some(what) = item.kind() {
                out.push(ProblemKind::TooMany {
                    what,
                    count: 1001,
                    max: 1000,
                });
            }
        }
        for (link, to) in [
            (Link::In, ItemRef::Stage(StageId(42))),
            (Link::In, ItemRef::Lane(LaneId(42))),
            (Link::Names, ItemRef::Persona(PersonaId(9))),
            (Link::Scores, ItemRef::Persona(PersonaId(9))),
            (Link::PointsAt, ItemRef::Touchpoint(TouchpointId(77))),
            (Link::BelongsTo, ItemRef::Persona(PersonaId(9))),
        ] {
            out.push(ProblemKind::DanglingReference {
                from: ItemRef::Touchpoint(TouchpointId(7)),
                name: name(),
                link,
                to,
            });
        }
        for (persona, future) in [(None, false), (None, true), (Some(PersonaId(1)), false)] {
            out.push(ProblemKind::EmotionOutOfRange {
                card: TouchpointId(7),
                name: name(),
                value: 7,
                persona,
                future,
                min: -2,
                max: 2,
            });
        }
        for field in ALL_FIELDS {
            for future in [false, true] {
                out.push(ProblemKind::TextTooLong {
                    field,
                    future,
                    chars: 100_001,
                    max: 100_000,
                });
                out.push(ProblemKind::ListTooLong {
                    card: TouchpointId(7),
                    name: name(),
                    field,
                    future,
                    count: 1002,
                    max: 1000,
                });
            }
        }
        out
    }

    const ALL_FIELDS: [Field; 13] = [
        Field::Title,
        Field::Description,
        Field::Name,
        Field::CustomerAction,
        Field::BusinessResponse,
        Field::Owner,
        Field::Notes,
        Field::Campaigns,
        Field::Tags,
        Field::Personas,
        Field::PersonaEmotions,
        Field::Label,
        Field::Alt,
    ];

    fn io(kind: ErrorKind) -> std::io::Error {
        std::io::Error::from(kind)
    }

    const IO_KINDS: [ErrorKind; 7] = [
        ErrorKind::NotFound,
        ErrorKind::PermissionDenied,
        ErrorKind::ReadOnlyFilesystem,
        ErrorKind::StorageFull,
        ErrorKind::QuotaExceeded,
        ErrorKind::IsADirectory,
        ErrorKind::Interrupted,
    ];

    fn save_samples() -> Vec<SaveError> {
        let mut out = vec![SaveError::Encode("depth".into())];
        out.extend(IO_KINDS.map(|kind| SaveError::Io {
            path: PathBuf::from("/tmp/karte.journey.ron"),
            source: io(kind),
        }));
        out
    }

    fn edit_samples() -> Vec<EditError> {
        let mut out = vec![
            EditError::EmotionOutOfRange {
                value: 5,
                min: -2,
                max: 2,
            },
            EditError::StageWidth {
                width: 10.0,
                min: 60.0,
                max: 4000.0,
            },
            EditError::LanguageTooLong { max: 35 },
            EditError::ConnectorLoop,
            EditError::MissingView(crate::model::ViewId(3)),
            EditError::ViewExists(crate::model::ViewId(3)),
            EditError::MissingPicture(crate::model::PictureKey("0123456789abcdef".into())),
            EditError::PictureInUse(crate::model::PictureKey("0123456789abcdef".into())),
            EditError::NoPicture(TouchpointId(4)),
            EditError::PictureLimit(crate::model::PictureLimit::TooMany {
                count: 200,
                max: 200,
            }),
            EditError::PictureLimit(crate::model::PictureLimit::TooManyBytes {
                bytes: 31 << 20,
                max: 30 << 20,
            }),
        ];
        for item in [
            ItemRef::Stage(StageId(4)),
            ItemRef::Lane(LaneId(4)),
            ItemRef::Touchpoint(TouchpointId(4)),
            ItemRef::Persona(PersonaId(4)),
            ItemRef::Connector(ConnectorId(4)),
        ] {
            out.push(EditError::Missing(item));
            out.push(EditError::DuplicateId(item));
        }
        for within in [
            Within::Stages,
            Within::Lanes,
            Within::Personas,
            Within::Views,
            Within::Cell,
        ] {
            out.push(EditError::BadPosition {
                within,
                index: 9,
                len: 3,
            });
        }
        for field in ALL_FIELDS {
            out.push(EditError::TextTooLong {
                field,
                max: 100_000,
            });
            out.push(EditError::ListTooLong { field, max: 1000 });
        }
        out
    }

    fn export_samples() -> Vec<ExportError> {
        let path = || PathBuf::from("/tmp/karte.docx");
        let mut out = vec![
            ExportError::UnsupportedFormat {
                extension: "docx".into(),
                path: path(),
            },
            ExportError::NoExtension { path: path() },
            ExportError::ScaleOutOfRange(9.0),
            ExportError::InvalidMargin(-1.0),
            ExportError::InvalidSize {
                width: 0.0,
                height: 0.0,
            },
            ExportError::ImageTooLarge {
                width: 40_000,
                height: 40_000,
            },
            ExportError::Font("NotoSans-Regular.ttf"),
            ExportError::Svg("bad tree".into()),
            ExportError::Png(::png::EncodingError::from(io(ErrorKind::Other))),
            ExportError::Pdf("bad page".into()),
            ExportError::Pptx("bad part".into()),
        ];
        out.extend(save_samples().into_iter().map(ExportError::Save));
        out
    }

    fn file_samples() -> Vec<FileProblemKind> {
        let mut out: Vec<FileProblemKind> = syntax_samples().into_iter().map(Into::into).collect();
        out.extend(problem_samples().into_iter().map(|kind| {
            FileProblemKind::Invalid(Problem {
                item: ItemRef::Map,
                kind,
            })
        }));
        out.push(FileProblemKind::NewerFormat {
            found: 3,
            supported: 2,
        });
        out.push(FileProblemKind::TooLarge {
            size: 60 * 1024 * 1024,
            limit: 50 * 1024 * 1024,
        });
        out.extend(IO_KINDS.map(|kind| FileProblemKind::Unreadable {
            kind,
            detail: io(kind).to_string(),
        }));
        out
    }

    /// Every sample error's sentence in `language`, each formatted strictly (a missing
    /// message or a misspelt variable is an error), with what it came from.
    fn sentences(language: Language) -> Vec<(String, Result<String, String>)> {
        i18n::set_language(language);
        let mut words: Vec<(String, Words)> = Vec::new();
        words.extend(
            file_samples()
                .iter()
                .map(|k| (format!("{k:?}"), file_problem_words(k))),
        );
        words.extend(
            edit_samples()
                .iter()
                .map(|e| (format!("{e:?}"), edit_words(e))),
        );
        words.extend(
            save_samples()
                .iter()
                .map(|e| (format!("{e:?}"), save_words(e))),
        );
        words.extend(
            export_samples()
                .iter()
                .map(|e| (format!("{e:?}"), export_words(e))),
        );
        let out = words
            .into_iter()
            .map(|(what, w)| (what, i18n::check_message(language, w.id, &w.args)))
            .collect();
        i18n::set_language(Language::English);
        out
    }

    #[test]
    fn every_error_kind_words_in_every_language_without_leftover_ids() {
        let mut report = String::new();
        let english = sentences(Language::English);
        for language in Language::ALL {
            let theirs = sentences(language);
            for ((what, text), (_, en)) in theirs.iter().zip(&english) {
                match text {
                    Err(e) => report.push_str(&format!("{}: {what}: {e}\n", language.tag())),
                    // A `{` alone is fine (“{” is missing here); Fluent shows a missing
                    // variable as `{$name}`.
                    Ok(t) if t.contains("error-") || t.contains('$') => {
                        report.push_str(&format!("{}: {what}: leftover in {t:?}\n", language.tag()))
                    }
                    Ok(t) if language != Language::English && Ok(t) == en.as_ref() => report
                        .push_str(&format!("{}: {what}: still English: {t}\n", language.tag())),
                    Ok(_) => {}
                }
            }
        }
        assert!(report.is_empty(), "{report}");
    }

    #[test]
    fn field_names_exist_in_every_language() {
        for language in Language::ALL {
            for field in ALL_FIELDS {
                let id = field_id(field);
                assert!(
                    i18n::check_message(language, id, &[]).is_ok(),
                    "{language:?} {id}"
                );
            }
            let future =
                i18n::check_message(language, "error-field-future", &[("field", Arg::from("x"))]);
            assert!(future.is_ok(), "{language:?}");
        }
    }

    #[test]
    fn a_load_error_gives_each_problem_its_line_and_column_in_the_window_language() {
        let text = crate::file::to_string(&crate::model::synthetic_map(20)).unwrap_or_default();
        let broken = text.replacen("stage: 1,", "stage: 99,", 1);
        let Err(e) = crate::file::load_str(&broken) else {
            panic!("a card in stage 99 must not load");
        };
        let at: Location = e.problems()[0].at;
        i18n::set_language(Language::German);
        let german = load_error(&e);
        i18n::set_language(Language::English);
        let english = load_error(&e);
        assert!(
            german.starts_with(&format!(
                "Zeile {}, Spalte {}: Der Touchpoint ",
                at.line, at.column
            )),
            "{german}"
        );
        assert!(
            german.contains("in der Phase 99, die es nicht gibt"),
            "{german}"
        );
        assert!(
            english.starts_with(&format!(
                "Line {}, column {}: The touchpoint ",
                at.line, at.column
            )),
            "{english}"
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_has_no_line_and_column() {
        let e = LoadError::Io {
            source: io(ErrorKind::NotFound),
        };
        i18n::set_language(Language::Swedish);
        let text = load_error(&e);
        i18n::set_language(Language::English);
        assert_eq!(
            text,
            "Filen finns inte. Har den flyttats, bytt namn eller tagits bort?"
        );
    }

    #[test]
    fn the_export_thread_words_errors_in_the_window_language() {
        let e = ExportError::ScaleOutOfRange(9.0);
        let text = std::thread::spawn(move || export_error_in(Language::Norwegian, &e))
            .join()
            .unwrap_or_default();
        assert_eq!(text, "PNG-skalaen må være mellom 1 og 4, ikke 9.");
    }
}
