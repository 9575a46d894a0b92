//! The command line's own parts besides argument parsing: its English words for conflicts and
//! changes, and `git-setup`.

pub mod git;
pub mod words;
