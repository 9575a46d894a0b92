//! The command line's own parts besides argument parsing: its English words for conflicts and
//! changes, `git-setup` and `import`.

pub mod git;
pub mod import;
pub mod words;
