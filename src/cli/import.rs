//! `trailmap import`: a spreadsheet or Mermaid diagram becomes a map file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use trailmap::interchange::{self, ImportOptions};

/// `trailmap import FILE -o MAP.journey.ron`.
#[derive(clap::Args)]
pub struct ImportArgs {
    /// The file to import: .csv, .tsv, .tab, .txt, .xlsx, .mmd or .mermaid (the content decides
    /// where the extension does not).
    pub file: PathBuf,
    /// Where to write the new map.
    #[arg(short, long, value_name = "MAP")]
    pub output: PathBuf,
    /// Replace MAP if it exists.
    #[arg(long)]
    pub force: bool,
    /// The workbook sheet to read (its name); default: the first sheet.
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Language of the new map's words when the file's column names do not show one: en, de,
    /// pl, sv or nb (also a locale such as de_DE.UTF-8); default: the desktop's language.
    #[arg(long, short, value_parser = super::super::parse_language)]
    pub language: Option<&'static str>,
}

/// Runs `trailmap import`: exit 0 with the map written, 1 with nothing written.
pub fn run(args: &ImportArgs) -> ExitCode {
    let out = &args.output;
    if !args.force && std::fs::symlink_metadata(out).is_ok() {
        return fail(&format!(
            "will not replace a file that exists (add --force to replace it): {}",
            out.display()
        ));
    }
    let language = args.language.map_or_else(
        || trailmap::app::i18n::Language::from_env().tag().to_owned(),
        str::to_owned,
    );
    let options = ImportOptions {
        sheet: args.sheet.clone(),
        language,
    };
    let imported = match interchange::import(&args.file, &options) {
        Ok(imported) => imported,
        Err(e) => return fail(&format!("{}: {e}", args.file.display())),
    };
    for warning in &imported.warnings {
        eprintln!("{}: warning: {warning}", args.file.display());
    }
    let map = &imported.map;
    if let Err(e) = trailmap::file::save(map, out) {
        return fail(&e.to_string());
    }
    println!(
        "{}: {} cards in {} stages and {} lanes, written to {}",
        args.file.display(),
        map.touchpoints.len(),
        map.stages.len(),
        map.lanes.len(),
        out.display()
    );
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("trailmap: {message}");
    ExitCode::FAILURE
}

/// Whether `path` names a data format (spreadsheet, Mermaid) rather than a picture.
pub fn data_format(path: &Path) -> Option<interchange::Format> {
    interchange::Format::from_path(path)
}
