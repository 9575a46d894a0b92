//! The `trailmap` command: the editor window, or headless tools (`check`, `export`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Trailmap: a local-first editor for customer journey maps.
#[derive(Parser)]
#[command(name = "trailmap", version, about)]
struct Cli {
    /// Map to open in the editor (a `.journey.ron` file).
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Tool>,
}

#[derive(Subcommand)]
enum Tool {
    /// Validate map files: prints each problem as `path:line:col: message`, exits 1 on any.
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Tool::Check { files }) => check(&files),
        None => {
            eprintln!(
                "trailmap: the editor window is not part of this build yet; \
                 use `trailmap check FILE...`"
            );
            ExitCode::from(2)
        }
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        if let Err(e) = trailmap::file::load(path) {
            ok = false;
            for p in e.problems() {
                println!("{}:{}: {}", path.display(), p.at, p.message);
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
