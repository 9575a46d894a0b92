//! What can go wrong reading or writing a map file, worded for the person who has to fix it.

use std::fmt;
use std::path::PathBuf;

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileProblem {
    /// Where in the file.
    pub at: Location,
    /// What is wrong and what to do.
    pub message: String,
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
    #[error("{at}: {message}")]
    Syntax {
        /// Where the parser stopped.
        at: Location,
        /// What it expected.
        message: String,
    },
    /// The file parses but its content breaks the map's rules (dangling references, duplicate
    /// ids, out-of-range values).
    #[error("{}", problems_text(.0))]
    Invalid(Vec<FileProblem>),
}

fn problems_text(problems: &[FileProblem]) -> String {
    let mut text = String::new();
    for (i, p) in problems.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&format!("{}: {}", p.at, p.message));
    }
    text
}

impl LoadError {
    /// Every problem with its location, as `check` prints them (`line:col: message`).
    pub fn problems(&self) -> Vec<FileProblem> {
        let start = Location { line: 1, column: 1 };
        match self {
            LoadError::Invalid(list) => list.clone(),
            LoadError::Syntax { at, message } => vec![FileProblem {
                at: *at,
                message: message.clone(),
            }],
            LoadError::NewerFormat { at, .. } => vec![FileProblem {
                at: *at,
                message: self.to_string(),
            }],
            other => vec![FileProblem {
                at: start,
                message: other.to_string(),
            }],
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
