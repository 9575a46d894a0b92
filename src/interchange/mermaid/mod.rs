//! Mermaid `journey` diagrams <-> Map.
//!
//! The import follows Mermaid's own reading of a diagram (its preprocessing, the lexer rules of
//! `journey.jison` and `journeyDb`): front matter, `%%{…}%%` directives, `%%` comments, `#`
//! comments, entity codes such as `#58;`, keywords in any case, any indentation, CRLF. Where
//! Mermaid refuses a diagram we refuse it too, with the line; where Mermaid draws something odd
//! (a score of 0 or 3.5, a score that is not a number) we make a card and say what we did.
//!
//! Decisions (the README's Mermaid section says the same to users):
//! - sections are stages, in file order (an empty section too); tasks before any section go
//!   into a first stage with an empty name (Mermaid draws them without a section header); all
//!   cards go into ONE emotion lane named with the map language's word for it
//!   (`layout::words`), so the map's curve shows the scores; no sections: a map with no stages
//!   and that one lane;
//! - score 1..5 is emotion -2..+2; a fraction is rounded to the nearest whole score, a number
//!   outside 1..5 is clamped to it, anything else (text, empty) gives a card without emotion;
//!   each with a warning, never an error, because Mermaid itself draws such diagrams;
//! - actors are personas, created by name in order of first appearance (each once per card),
//!   coloured from [`PERSONA_COLORS`]; `accTitle` and `accDescr` (in that order, one line
//!   each) become the map's description; the diagram's `title` wins over front matter's;
//! - where Mermaid refuses a diagram (a task without `: score`, `;` outside a description, a
//!   statement starting with the word `journey`, an `accDescr {` never closed) we refuse it,
//!   with the line; one known, deliberate difference: an empty `accTitle:` or `accDescr:` as
//!   the very last thing in the file is accepted;
//! - the export writes characters that would end or break a statement as Mermaid's own entity
//!   codes (`:` `#58;`, `;` `#59;`, `#` `#35;`, CR `#13;`, `,` in actor names `#44;`, `}` in
//!   the description `#125;`, the first `%` of `%%` `#37;`, the `<` of a literal `<br>`
//!   `#60;`), which Mermaid draws as the character itself; line breaks in stage and card
//!   names as `<br>`, in the title and actor names as `#10;`; a card name that Mermaid would
//!   read as a keyword or comment (`journey…`, `title …`, `section …`, `accDescr {`, `%…`)
//!   gets its first letter as an entity code; an empty name is `#32;`. So a map survives the
//!   trip out and back exactly, apart from spaces at either end of a text and blank lines and
//!   indentation in the description, which Mermaid does not keep. Tests check the exports
//!   with the parser of the mermaid npm package itself when node is installed.
//!
//! Nothing here panics, hangs or allocates beyond a small multiple of the input on any bytes.

mod export;
mod import;
mod text;

use crate::model::Color;

pub use export::export;
pub use import::import;

/// Colours of the personas an import creates, in order, taken from the personas of the
/// bundled templates; the 11th persona starts again with the first colour.
pub const PERSONA_COLORS: [Color; 10] = [
    Color::rgb(0x2E, 0x86, 0xAB),
    Color::rgb(0xE4, 0x57, 0x2E),
    Color::rgb(0x6C, 0x5C, 0xE7),
    Color::rgb(0x00, 0x89, 0x7B),
    Color::rgb(0xF3, 0x9C, 0x12),
    Color::rgb(0xC0, 0x39, 0x2B),
    Color::rgb(0xD8, 0x1B, 0x60),
    Color::rgb(0x2A, 0x9D, 0x8F),
    Color::rgb(0x1E, 0x88, 0xE5),
    Color::rgb(0xE7, 0x6F, 0x51),
];

/// The most warnings about single lines one import reports; the rest are counted in
/// [`MermaidWarning::MoreWarnings`].
pub const MAX_LINE_WARNINGS: usize = 100;

/// What is wrong with a Mermaid diagram, as data. The import error carries the line
/// (`Place::Line`) where there is one.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum MermaidProblem {
    /// The text is a Mermaid diagram of another kind, or no Mermaid at all.
    #[error(
        "this is not a Mermaid journey diagram: it starts with “{starts}”, a journey starts \
         with “journey”"
    )]
    NotAJourney {
        /// The first word of the first statement, shortened.
        starts: String,
    },
    /// Nothing but blank lines, comments or front matter.
    #[error("the file holds no Mermaid diagram")]
    Empty,
    /// The bytes are not UTF-8 text.
    #[error("the text is not UTF-8; save the diagram as UTF-8 and import it again")]
    NotUtf8,
    /// Front matter opened with `---` is never closed.
    #[error("the front matter that starts with “---” here is never closed with “---”")]
    UnclosedFrontMatter,
    /// A statement starts with `journey` after the header (Mermaid reads it as a keyword).
    #[error(
        "a line starts with “journey” again; Mermaid reads that word as the diagram's header, \
         so a task or section name cannot begin with it"
    )]
    JourneyAgain,
    /// An `accDescr {` block with no closing `}` (Mermaid refuses it too).
    #[error("the “accDescr {{” block that starts here is never closed with “}}”")]
    UnclosedDescription,
    /// A task name with no `: score` after it.
    #[error("the task “{task}” has no score; a task is written “{task}: 5: actor, actor”")]
    TaskWithoutScore {
        /// The task's name, shortened.
        task: String,
    },
    /// A `: score` with no task name before it (also after a section name on the same line).
    #[error("a score with no task name before it; a task is written “name: 5: actor, actor”")]
    ScoreWithoutTask,
    /// A character Mermaid does not allow where it stands (`;`, or a lone `:`).
    #[error("Mermaid does not allow “{found}” here")]
    Unexpected {
        /// The character.
        found: char,
    },
}

/// What a Mermaid import changed or ignored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum MermaidWarning {
    /// A score that is not a number (or is empty): the card has no emotion.
    #[error(
        "line {line}: the score “{score}” of “{task}” is not a number; the card has no emotion"
    )]
    ScoreNotANumber {
        /// The line, from 1.
        line: usize,
        /// The task, shortened.
        task: String,
        /// The score as written, shortened.
        score: String,
    },
    /// A score outside 1..5, clamped.
    #[error("line {line}: the score {score} of “{task}” is outside 1 to 5; it became {used}")]
    ScoreOutOfRange {
        /// The line, from 1.
        line: usize,
        /// The task, shortened.
        task: String,
        /// The score as written.
        score: String,
        /// The score used, 1..=5.
        used: u8,
    },
    /// A score between whole numbers, rounded.
    #[error("line {line}: the score {score} of “{task}” is not a whole number; it became {used}")]
    ScoreRounded {
        /// The line, from 1.
        line: usize,
        /// The task, shortened.
        task: String,
        /// The score as written.
        score: String,
        /// The score used, 1..=5.
        used: u8,
    },
    /// Text after the actors (a third `:`), which Mermaid ignores too.
    #[error("line {line}: “{text}” after the actors of “{task}” was ignored")]
    IgnoredText {
        /// The line, from 1.
        line: usize,
        /// The task, shortened.
        task: String,
        /// The ignored text, shortened.
        text: String,
    },
    /// A `%%{` directive that is never closed: as in Mermaid, the rest of the file became part
    /// of it and was ignored.
    #[error(
        "line {line}: “{opener}” is never closed, so the rest of the file became part of it and was ignored"
    )]
    Unclosed {
        /// The line it opens on, from 1.
        line: usize,
        /// What opens it: `%%{`.
        opener: String,
    },
    /// More warnings about single lines than [`MAX_LINE_WARNINGS`]; they are not listed.
    #[error("{count} more lines had warnings like these")]
    MoreWarnings {
        /// How many were not listed.
        count: usize,
    },
}
