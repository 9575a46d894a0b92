//! The command line's own parts besides argument parsing: its English words for conflicts and
//! changes, `git-setup`, `import` and `install-desktop`.

pub mod desktop;
pub mod git;
pub mod import;
pub mod words;
