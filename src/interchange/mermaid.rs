//! Mermaid `journey` diagrams <-> Map. PLACEHOLDER API for the Mermaid helper to implement.

use crate::model::Map;

use super::{ImportError, ImportOptions, Imported};

/// What is wrong with a Mermaid diagram, as data.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum MermaidProblem {
    /// The text is not a `journey` diagram.
    #[error("this is not a Mermaid journey diagram")]
    NotAJourney,
}

/// What a Mermaid import changed or ignored.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum MermaidWarning {
    /// A line the grammar has no place for.
    #[error("line {line}: ignored")]
    Ignored {
        /// The line, from 1.
        line: usize,
    },
}

/// Imports a Mermaid `journey` diagram.
pub fn import(_bytes: &[u8], _options: &ImportOptions) -> Result<Imported, ImportError> {
    todo!()
}

/// The map as a Mermaid `journey` diagram.
pub fn export(_map: &Map) -> String {
    todo!()
}
