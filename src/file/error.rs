//! What can go wrong reading or writing a map file, as data: where (line:column), what (the
//! field and block names as the file spells them, the numbers), never UI words. `Display` is
//! English for `trailmap check` and the command line; the window words these in its language.

use std::fmt;
use std::path::PathBuf;

use crate::model::Problem;

/// A place in a file, 1-based like every editor shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// One thing wrong with a file's content, with where it is.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{at}: {kind}")]
pub struct FileProblem {
    /// Where in the file.
    pub at: Location,
    /// What is wrong.
    pub kind: FileProblemKind,
}

/// What is wrong with a file, as data; `Display` is the English `trailmap check` prints.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FileProblemKind {
    /// The text is not RON or does not have the shape of a map.
    #[error(transparent)]
    Syntax(#[from] SyntaxProblem),
    /// The map breaks one of its rules (dangling reference, duplicate id, out-of-range value).
    #[error(transparent)]
    Invalid(#[from] Problem),
    /// The file is something else: a spreadsheet, an image, a document.
    #[error("{}", not_a_map(*.looks))]
    NotAMap {
        /// What it looks like.
        looks: crate::file::Looks,
    },
    /// The file was written by a newer Trailmap.
    #[error(
        "the file is in format {found}, but this Trailmap reads format {supported} and older: \
         update Trailmap to open it"
    )]
    NewerFormat {
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The file is larger than any real map.
    #[error("the file is {size} bytes; a map file may be at most {limit} bytes")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file could not be read.
    #[error("could not read the file: {detail}")]
    Unreadable {
        /// What kind of failure the OS reported.
        kind: std::io::ErrorKind,
        /// What the OS said, in its words.
        detail: String,
    },
}

/// A punctuation mark the RON grammar expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token {
    /// `(`, opening a block.
    OpenParen,
    /// `)`, closing a block.
    CloseParen,
    /// `[`, opening a list.
    OpenBracket,
    /// `]`, closing a list.
    CloseBracket,
    /// `{`, opening a dictionary.
    OpenBrace,
    /// `}`, closing a dictionary.
    CloseBrace,
    /// `,` between entries.
    Comma,
    /// `:` after a field name.
    Colon,
    /// `"` closing a text.
    Quote,
}

impl Token {
    /// The mark as it is typed.
    pub fn symbol(self) -> &'static str {
        match self {
            Token::OpenParen => "(",
            Token::CloseParen => ")",
            Token::OpenBracket => "[",
            Token::CloseBracket => "]",
            Token::OpenBrace => "{",
            Token::CloseBrace => "}",
            Token::Comma => ",",
            Token::Colon => ":",
            Token::Quote => "\"",
        }
    }
}

/// A kind of value in a file, for "expected a number, found text".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueKind {
    /// A whole number (ids, scores, counts).
    Integer,
    /// A number with a fraction (widths).
    Number,
    /// Text in quotes.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A list in `[…]`.
    List,
    /// A block of fields in `(…)`.
    Block,
    /// One of a fixed set of names (`Channel`, `Emotion`).
    Choice,
    /// A field or choice name.
    Name,
    /// `Some(…)` or `None`.
    Optional,
    /// Nothing, `()`.
    Nothing,
    /// Anything else, as serde describes it.
    Other(String),
}

impl ValueKind {
    /// The kind of value serde's English description names ("i8", "a string", "struct
    /// Touchpoint", "the unsigned integer `300`").
    pub fn from_serde(description: &str) -> ValueKind {
        let d = description.trim();
        let first = d.split([' ', '`']).next().unwrap_or_default();
        match first {
            "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128"
            | "usize" | "isize" => return ValueKind::Integer,
            "f32" | "f64" => return ValueKind::Number,
            "char" => return ValueKind::Text,
            "option" => return ValueKind::Optional,
            "struct" | "tuple" => return ValueKind::Block,
            "enum" | "variant" => return ValueKind::Choice,
            "unit" => return ValueKind::Nothing,
            _ => {}
        }
        let rest = d
            .strip_prefix("the ")
            .or_else(|| d.strip_prefix("an "))
            .or_else(|| d.strip_prefix("a "))
            .unwrap_or(d);
        let words = |prefix: &str| rest.starts_with(prefix);
        if words("unsigned integer") || words("signed integer") || words("integer") {
            ValueKind::Integer
        } else if words("floating point") || words("float") {
            ValueKind::Number
        } else if words("string") || words("UTF-8 character") || words("borrowed str") {
            ValueKind::Text
        } else if words("boolean") {
            ValueKind::Boolean
        } else if words("sequence") {
            ValueKind::List
        } else if words("map") || words("newtype struct") || words("struct") {
            ValueKind::Block
        } else if words("enum") || words("unit variant") || words("variant") {
            ValueKind::Choice
        } else if words("optional value") {
            ValueKind::Optional
        } else if words("unit value") {
            ValueKind::Nothing
        } else if words("identifier") {
            ValueKind::Name
        } else {
            ValueKind::Other(d.to_owned())
        }
    }
}

impl fmt::Display for ValueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ValueKind::Integer => "a whole number",
            ValueKind::Number => "a number",
            ValueKind::Text => "text in quotes",
            ValueKind::Boolean => "true or false",
            ValueKind::List => "a list in […]",
            ValueKind::Block => "a block in (…)",
            ValueKind::Choice => "one of the allowed names",
            ValueKind::Name => "a name",
            ValueKind::Optional => "Some(…) or None",
            ValueKind::Nothing => "()",
            ValueKind::Other(s) => s,
        })
    }
}

/// Why the text of a file is not a map, as data: the names of fields and blocks stay as the
/// file spells them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxProblem {
    /// The file holds nothing but white space.
    #[error("the file is empty; a map file starts with `(format: 1,`")]
    Empty,
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text; is it a map file?")]
    NotText,
    /// The file says `format: 0`.
    #[error("format 0 does not exist; the first version is 1")]
    FormatZero,
    /// The file nests deeper than the parser goes.
    #[error("the file nests deeper than a map ever does; it is not a map file")]
    TooDeep,
    /// The text stops in the middle of the map.
    #[error("the file ends too early; was it cut off?")]
    UnexpectedEnd,
    /// A punctuation mark is missing.
    #[error("expected `{}`", .0.symbol())]
    Expected(Token),
    /// Another kind of value is written where a value of this kind belongs.
    #[error("expected {0}")]
    ExpectedValue(ValueKind),
    /// A value of another kind is written where one kind was expected.
    #[error("expected {expected} but found {found}")]
    WrongType {
        /// What the field takes.
        expected: ValueKind,
        /// What the file has.
        found: ValueKind,
    },
    /// A number does not fit the field.
    #[error("the number is too large or too small for this field")]
    NumberOutOfRange,
    /// A list or tuple has the wrong number of entries.
    #[error("expected {expected} but found {found} entries")]
    WrongLength {
        /// What the field takes, as serde describes it.
        expected: String,
        /// How many entries the file has.
        found: usize,
    },
    /// A field that the block does not have.
    #[error(
        "unknown field `{field}`{}; the fields are {}",
        within(.block),
        names(.allowed)
    )]
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields the block has.
        allowed: &'static [&'static str],
        /// The block it is in (`Touchpoint`), if known.
        block: Option<String>,
    },
    /// A name that is not one of the allowed choices.
    #[error(
        "unknown value `{name}`{}; choose one of {}",
        within(.block),
        names(.allowed)
    )]
    UnknownChoice {
        /// The name as written.
        name: String,
        /// The names allowed.
        allowed: &'static [&'static str],
        /// The field or block it is in, if known.
        block: Option<String>,
    },
    /// A field that must be there is not.
    #[error("the field `{field}` is missing{}", within(.block))]
    MissingField {
        /// The missing field.
        field: &'static str,
        /// The block it is missing from, if known.
        block: Option<String>,
    },
    /// A field is written twice.
    #[error("the field `{field}` is written twice{}", within(.block))]
    DuplicateField {
        /// The field.
        field: &'static str,
        /// The block, if known.
        block: Option<String>,
    },
    /// A character that cannot start anything here.
    #[error("unexpected character {0:?}")]
    UnexpectedChar(char),
    /// Text after the end of the map.
    #[error("there is more text after the end of the map")]
    TrailingText,
    /// A text is not a colour.
    #[error("“{0}” is not a colour: write it as \"#RRGGBB\" or \"#RRGGBBAA\", e.g. \"#3B82F6\"")]
    BadColor(String),
    /// Anything else the parser reports, in its (English) words.
    #[error("{0}")]
    Other(String),
}

fn within(block: &Option<String>) -> String {
    block
        .as_deref()
        .map(|b| format!(" in {b}"))
        .unwrap_or_default()
}

fn names(list: &[&str]) -> String {
    if list.is_empty() {
        return "none".to_owned();
    }
    list.iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Why a map could not be loaded. The map that was open before stays open.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("could not read the file: {source}")]
    Io {
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than any real map.
    #[error("the file is {size} bytes; a map file may be at most {limit} bytes")]
    TooLarge {
        /// Size of the file.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file was written by a newer Trailmap.
    #[error(
        "the file is in format {found}, but this Trailmap reads format {supported} and older: \
         update Trailmap to open it"
    )]
    NewerFormat {
        /// Where the version is written.
        at: Location,
        /// Version in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },
    /// The file is not valid RON or does not have the shape of a map.
    #[error("{at}: {problem}")]
    Syntax {
        /// Where the parser stopped.
        at: Location,
        /// What is wrong there.
        problem: SyntaxProblem,
    },
    /// The file is something else: a spreadsheet, an image, a document.
    #[error("{}", not_a_map(*.looks))]
    NotAMap {
        /// What it looks like.
        looks: crate::file::Looks,
    },
    /// The file parses but its content breaks the map's rules (dangling references, duplicate
    /// ids, out-of-range values).
    #[error("{}", problems_text(.0))]
    Invalid(Vec<FileProblem>),
}

fn not_a_map(looks: crate::file::Looks) -> String {
    if looks.importable() {
        format!("this is not a Trailmap map but {looks}; import it with `trailmap import`")
    } else {
        format!("this is not a Trailmap map but {looks}")
    }
}

fn problems_text(problems: &[FileProblem]) -> String {
    let mut text = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&p.to_string());
    }
    text
}

impl LoadError {
    /// Every problem with its location, as `check` prints them (`line:col: message`); errors
    /// without a place in the file are at 1:1.
    pub fn problems(&self) -> Vec<FileProblem> {
        let start = Location { line: 1, column: 1 };
        let at = |at: Location, kind: FileProblemKind| vec![FileProblem { at, kind }];
        match self {
            LoadError::Invalid(list) => list.clone(),
            LoadError::Syntax { at: loc, problem } => at(*loc, problem.clone().into()),
            LoadError::NewerFormat {
                at: loc,
                found,
                supported,
            } => at(
                *loc,
                FileProblemKind::NewerFormat {
                    found: *found,
                    supported: *supported,
                },
            ),
            LoadError::NotAMap { looks } => at(start, FileProblemKind::NotAMap { looks: *looks }),
            LoadError::TooLarge { size, limit } => at(
                start,
                FileProblemKind::TooLarge {
                    size: *size,
                    limit: *limit,
                },
            ),
            LoadError::Io { source } => at(
                start,
                FileProblemKind::Unreadable {
                    kind: source.kind(),
                    detail: source.to_string(),
                },
            ),
        }
    }
}

/// Why a map could not be saved. The file on disk is unchanged.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The map could not be written as RON (should not happen for a valid map).
    #[error("could not encode the map: {0}")]
    Encode(String),
    /// Writing, syncing or renaming failed.
    #[error("could not save the map ({source}): {}", .path.display())]
    Io {
        /// The file that was to be written.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
}
