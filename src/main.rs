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
        None => editor(cli.file),
    }
}

/// Opens the editor window on `file`, or on the bundled example.
fn editor(file: Option<PathBuf>) -> ExitCode {
    use trailmap::app::{AppOptions, Startup, TrailmapApp};
    let startup = match file {
        Some(path) => Startup::File(path),
        None => Startup::Example,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Trailmap")
            .with_app_id("trailmap")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Trailmap",
        options,
        Box::new(move |cc| {
            Ok(Box::new(TrailmapApp::new(
                cc,
                AppOptions::default(),
                startup,
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("trailmap: could not open the window: {e}");
            ExitCode::FAILURE
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
