//! The `trailmap` command: the editor window, or headless tools (`check`, `export`, `new`,
//! `merge`, `diff`, `git-setup`, `install-desktop`) that need no display.

mod cli;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use trailmap::export::{self, Background, ExportOptions, Format, Paper, TextMode};
use trailmap::layout::{LayoutOptions, StateView};
use trailmap::model::Map;

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
    /// Validate map files: prints each problem as `path:line:col: message`, exits 1 on any;
    /// warns (still exiting 0) about characters no bundled font can draw.
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Export a map as SVG, PNG or PDF, as a PowerPoint deck of editable shapes (.pptx), or its
    /// data as CSV, TSV, Excel (.xlsx) or Mermaid (.mmd), without opening a window (format from
    /// each extension).
    Export(ExportArgs),
    /// Make a map from a spreadsheet (.csv, .tsv, .txt, .xlsx) or a Mermaid journey (.mmd).
    Import(cli::import::ImportArgs),
    /// Start a new map from a bundled template, in English, German, Polish, Swedish or
    /// Norwegian.
    New(NewArgs),
    /// Three-way merge of a map, as git's merge driver (`trailmap merge %O %A %B`): writes the
    /// result to OURS (or OUT); exits 0 when clean, 1 when conflicts are left in the map, 2 on
    /// an error.
    Merge {
        /// The common ancestor.
        base: PathBuf,
        /// Our version; the result replaces it unless -o is given.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Write the result here instead of OURS.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// What changed from OLD to NEW, one change per line by name; exits 0 when equal, 1 when
    /// different, 2 on an error. With --textconv FILE: the map as stable text for git diff.
    Diff(DiffArgs),
    /// Make the git repository around this folder merge maps with trailmap and show them in
    /// git diff: adds a line to .gitattributes and sets the merge and diff drivers.
    GitSetup,
    /// Install Trailmap for this user as a desktop application: the binary in ~/.local/bin
    /// (or PREFIX/bin), its launcher, icon and the journey map file type under
    /// $XDG_DATA_HOME (default ~/.local/share), so file managers open maps by double-click.
    InstallDesktop(cli::desktop::DesktopArgs),
    /// Write a generated map with N touchpoints (for benchmarks).
    #[command(hide = true)]
    Synthetic {
        /// Number of touchpoints.
        cards: usize,
        /// Where to write the map.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The map to export.
    map: PathBuf,
    /// Output file: .svg, .png, .pdf, .pptx, .csv, .tsv, .xlsx or .mmd; repeat for several at
    /// once.
    #[arg(short, long = "output", required = true, value_name = "OUT")]
    outputs: Vec<PathBuf>,
    /// PNG pixels per map unit, 1 to 4.
    #[arg(long, default_value_t = export::DEFAULT_SCALE)]
    scale: f32,
    /// What lies behind the map: white, transparent or a colour like "#F5F5F0".
    #[arg(long, default_value = "white", value_parser = parse_background)]
    background: Background,
    /// How text is written: outlines (needs no font; default for SVG) or text (selectable,
    /// fonts embedded; default for PDF and PNG).
    #[arg(long, value_enum)]
    text: Option<TextArg>,
    /// PDF page: fit (one page the size of the map), a4, a3 or letter (landscape).
    #[arg(long, value_enum, default_value_t = PaperArg::Fit)]
    paper: PaperArg,
    /// Space around the map, in map units.
    #[arg(long, default_value_t = export::DEFAULT_MARGIN)]
    margin: f32,
    /// Show the map as the saved view with this name shows it (View > Saved views; case is
    /// ignored, a unique start of the name is enough). --persona, --state and --hide-lane
    /// given as well replace that part of the view; --insights, --colour-by-owner and
    /// --footnotes turn their part on.
    #[arg(long, value_name = "NAME")]
    view: Option<String>,
    /// Leave out the lane with this name; repeat for several.
    #[arg(long = "hide-lane", value_name = "NAME")]
    hide_lanes: Vec<String>,
    /// Persona filter: dim other personas' cards and draw this persona's emotion curve;
    /// repeat for several.
    #[arg(long = "persona", value_name = "NAME")]
    personas: Vec<String>,
    /// One export per persona, each filtered to it: OUT.png becomes OUT-<persona>.png.
    #[arg(long, conflicts_with = "personas")]
    each_persona: bool,
    /// Which journey to show: current, future, or compare (new green, dropped red, changed amber).
    /// Default: current for pictures; every card with its state for .csv, .tsv, .xlsx, .mmd.
    #[arg(long, value_enum)]
    state: Option<StateArg>,
    /// Group the touchpoint rows: lanes (as drawn), persona (one row per persona, and one for
    /// cards that name none) or channel (one row per channel). Other lanes stay below as drawn.
    #[arg(long, value_enum)]
    rows: Option<RowsArg>,
    /// Mark campaign overlaps, and cells the chosen personas are not reached in.
    #[arg(long)]
    insights: bool,
    /// Colour cards by their owning department, with a legend.
    #[arg(long, alias = "color-by-owner")]
    colour_by_owner: bool,
    /// List card notes as numbered footnotes under the map.
    #[arg(long)]
    footnotes: bool,
    /// Leave out the persona legend under the map (SVG, PNG, PDF).
    #[arg(long)]
    no_legend: bool,
    /// Leave out the title block above the map: title, description, view and date (SVG, PNG,
    /// PDF).
    #[arg(long)]
    no_title: bool,
    /// The date the title block shows, as YYYY-MM-DD (default: today, UTC), for exports that
    /// must come out the same every day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<trailmap::layout::Date>,
    /// PowerPoint slides: map (one slide, the whole map) or stages (the whole map, then one
    /// slide per stage with the lane headers repeated).
    #[arg(long, value_enum, default_value_t = SlidesArg::Map)]
    slides: SlidesArg,
    /// PowerPoint slide size: 16:9, 4:3 or a4 (landscape).
    #[arg(long, value_enum, default_value_t = SlideSizeArg::Wide)]
    slide_size: SlideSizeArg,
}

#[derive(Clone, Copy, ValueEnum)]
enum SlidesArg {
    Map,
    Stages,
}

#[derive(Clone, Copy, ValueEnum)]
enum SlideSizeArg {
    #[value(name = "16:9")]
    Wide,
    #[value(name = "4:3")]
    Standard,
    #[value(name = "a4", alias = "A4")]
    A4,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// OLD and NEW maps (one FILE with --textconv).
    #[arg(required = true, num_args = 1..=2, value_name = "MAP")]
    maps: Vec<PathBuf>,
    /// How to print the changes: text (a sentence per line) or json (for tools).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Print one map as stable text, one line per item (git's textconv).
    #[arg(long)]
    textconv: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(clap::Args)]
struct NewArgs {
    /// Which template: classic, classic-personas, ecommerce, b2b or service-blueprint (see
    /// --list).
    #[arg(
        long,
        short,
        default_value = trailmap::templates::DEFAULT_TEMPLATE,
        value_parser = parse_template
    )]
    template: &'static str,
    /// Language of the map's words: en, de, pl, sv or nb (also a locale such as de_DE.UTF-8;
    /// no and nn give Norwegian Bokmål).
    #[arg(
        long,
        short,
        default_value = trailmap::templates::FALLBACK_LANGUAGE,
        value_parser = parse_language
    )]
    language: &'static str,
    /// Where to write the new map.
    #[arg(short, long, value_name = "FILE", required_unless_present = "list")]
    output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long)]
    force: bool,
    /// List the templates and languages, and write nothing.
    #[arg(long, conflicts_with_all = ["output", "force"])]
    list: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum StateArg {
    Current,
    Future,
    Compare,
}

#[derive(Clone, Copy, ValueEnum)]
enum RowsArg {
    Lanes,
    Persona,
    Channel,
}

#[derive(Clone, Copy, ValueEnum)]
enum TextArg {
    Outlines,
    Text,
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    Fit,
    A4,
    A3,
    Letter,
}

fn parse_background(s: &str) -> Result<Background, String> {
    match s.to_ascii_lowercase().as_str() {
        "white" => Ok(Background::White),
        "transparent" | "none" => Ok(Background::Transparent),
        _ => s
            .parse()
            .map(Background::Color)
            .map_err(|e| format!("{e}, or write white or transparent")),
    }
}

fn parse_template(s: &str) -> Result<&'static str, String> {
    let ids = trailmap::templates::ids();
    ids.iter()
        .find(|id| id.eq_ignore_ascii_case(s.trim()))
        .copied()
        .ok_or_else(|| format!("no template is called “{s}”; choose {}", ids.join(", ")))
}

fn parse_language(s: &str) -> Result<&'static str, String> {
    trailmap::templates::supported_language(s).ok_or_else(|| {
        format!(
            "the templates are not written in “{s}”; choose {}",
            trailmap::templates::languages().join(", ")
        )
    })
}

fn main() -> ExitCode {
    // A mistyped command ("trailmap mrege a b c") would reach clap as a file name followed by
    // arguments it cannot place; name the commands instead.
    if let Some(first) = std::env::args_os().nth(1)
        && !first.to_string_lossy().starts_with('-')
        && !VERBS
            .iter()
            .chain(&["help", "synthetic"])
            .any(|v| first == *v)
        && looks_like_a_verb(Path::new(&first))
    {
        return unknown_verb(Path::new(&first));
    }
    let cli = Cli::parse();
    match cli.command {
        Some(Tool::Check { files }) => check(&files),
        Some(Tool::Export(args)) => run_export(&args),
        Some(Tool::Import(args)) => cli::import::run(&args),
        Some(Tool::New(args)) => new_map(&args),
        Some(Tool::Synthetic { cards, output }) => {
            let map = trailmap::model::synthetic_map(cards);
            match trailmap::file::save(&map, &output) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e.to_string()),
            }
        }
        Some(Tool::Merge {
            base,
            ours,
            theirs,
            output,
        }) => merge(&base, &ours, &theirs, output.as_deref()),
        Some(Tool::Diff(args)) => diff(&args),
        Some(Tool::GitSetup) => match cli::git::setup() {
            Ok(said) => {
                for line in said {
                    println!("{line}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Some(Tool::InstallDesktop(args)) => match cli::desktop::run(&args) {
            Ok(said) => {
                for line in said {
                    println!("{line}");
                }
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        None => match cli.file {
            Some(path) if looks_like_a_verb(&path) => unknown_verb(&path),
            file => editor(file),
        },
    }
}

fn unknown_verb(word: &Path) -> ExitCode {
    eprintln!(
        "trailmap: “{}” is neither a command nor a file; the commands are {}",
        word.display(),
        VERBS.join(", ")
    );
    ExitCode::from(2)
}

/// The commands that need no window.
const VERBS: [&str; 8] = [
    "check",
    "export",
    "import",
    "new",
    "merge",
    "diff",
    "git-setup",
    "install-desktop",
];

/// A word that is not a file and has no folder or extension in it is a mistyped command, not a
/// map to open ("trailmap mrege").
fn looks_like_a_verb(path: &Path) -> bool {
    let s = path.to_string_lossy();
    !path.exists()
        && !s.contains(['/', '\\', '.'])
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Whether a window can open: on Linux and the BSDs it needs an X or Wayland display.
fn has_display() -> bool {
    if cfg!(any(target_os = "macos", target_os = "windows")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
}

/// Loads a map for a tool, printing its problems to stderr when it cannot.
fn load_for_tool(path: &Path) -> Option<Map> {
    match trailmap::file::load(path) {
        Ok(map) => Some(map),
        Err(e) => {
            print_load_error(path, &e, true);
            None
        }
    }
}

/// `trailmap merge`: exit 0 clean, 1 with conflicts, 2 on an error (git treats any non-zero
/// exit of a merge driver as a conflict and keeps the file as written).
fn merge(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> ExitCode {
    let (Some(b), Some(o), Some(t)) = (
        load_for_tool(base),
        load_for_tool(ours),
        load_for_tool(theirs),
    ) else {
        return ExitCode::from(2);
    };
    let merged = trailmap::merge::merge(&b, &o, &t);
    let out = output.unwrap_or(ours);
    if let Err(e) = trailmap::file::save(&merged.map, out) {
        eprintln!("trailmap: {e}");
        return ExitCode::from(2);
    }
    for c in &merged.map.conflicts {
        eprintln!(
            "{}: {}",
            out.display(),
            cli::words::conflict(&merged.map, c)
        );
    }
    if merged.map.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        let n = merged.map.conflicts.len();
        eprintln!(
            "trailmap: {n} {} kept in {} with our values; pick in the window or edit the \
             conflicts list, then run trailmap check",
            if n == 1 { "conflict" } else { "conflicts" },
            out.display()
        );
        ExitCode::FAILURE
    }
}

/// `trailmap diff`: exit 0 when equal, 1 when different, 2 on an error.
fn diff(args: &DiffArgs) -> ExitCode {
    if args.textconv {
        let [path] = args.maps.as_slice() else {
            eprintln!("trailmap: diff --textconv takes one map");
            return ExitCode::from(2);
        };
        return textconv(path);
    }
    let [old, new] = args.maps.as_slice() else {
        eprintln!("trailmap: diff takes two maps, OLD and NEW");
        return ExitCode::from(2);
    };
    let (Some(a), Some(b)) = (load_for_tool(old), load_for_tool(new)) else {
        return ExitCode::from(2);
    };
    let changes = trailmap::merge::diff(&a, &b);
    match args.format {
        DiffFormat::Text => {
            for c in &changes {
                println!("{}", cli::words::change(&b, c));
            }
        }
        DiffFormat::Json => match serde_json::to_string_pretty(&changes) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("trailmap: {e}");
                return ExitCode::from(2);
            }
        },
    }
    if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// git's textconv: the map as stable text. A file that does not load is printed as it is (with
/// the problem on stderr), so `git diff` still works on a half-edited map.
fn textconv(path: &Path) -> ExitCode {
    match trailmap::file::load(path) {
        Ok(map) => {
            print!("{}", cli::words::textconv(&map));
            ExitCode::SUCCESS
        }
        Err(e) => {
            print_load_error(path, &e, true);
            match std::fs::read(path) {
                Ok(bytes) => {
                    use std::io::Write;
                    let _ = std::io::stdout().write_all(&bytes);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("trailmap: {e}: {}", path.display());
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// Opens the editor window on `file`, or on the bundled example.
fn editor(file: Option<PathBuf>) -> ExitCode {
    use trailmap::app::{AppOptions, Startup, TrailmapApp};
    if !has_display() {
        let (last, rest) = VERBS.split_last().unwrap_or((&"help", &[]));
        eprintln!(
            "trailmap: the editor needs a desktop (neither DISPLAY nor WAYLAND_DISPLAY is set); \
             without one, use trailmap {} or {last} (see trailmap --help)",
            rest.join(", ")
        );
        return ExitCode::FAILURE;
    }
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
            .with_drag_and_drop(true)
            .with_icon(window_icon()),
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

/// Trailmap's own icon for the window (and the task bar), rendered from the bundled SVG.
fn window_icon() -> egui::IconData {
    const SIZE: u32 = 128;
    match trailmap::app_icon::rgba(SIZE) {
        Some(rgba) => egui::IconData {
            rgba,
            width: SIZE,
            height: SIZE,
        },
        None => egui::IconData::default(),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("trailmap: {message}");
    ExitCode::FAILURE
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut ok = true;
    for path in files {
        match trailmap::file::load(path) {
            // Boxes instead of letters are worth a warning, not a failure.
            Ok(map) => {
                for warning in undrawable_warnings(path, &map) {
                    println!("{warning}");
                }
                if !map.conflicts.is_empty() {
                    ok = false;
                    print_conflicts(path, &map);
                }
                if !print_picture_problems(path, &map) {
                    ok = false;
                }
            }
            Err(e) => {
                ok = false;
                print_load_error(path, &e, false);
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// One `path:line:col: touchpoint N “…” has a picture (…) that …` line per card whose picture
/// is missing or damaged (the map opens with it shown as missing); `true` when there is none.
fn print_picture_problems(path: &Path, map: &Map) -> bool {
    let mut problems: Vec<_> = map
        .problems()
        .into_iter()
        .filter(|p| p.kind.opens_anyway())
        .collect();
    problems.extend(map.picture_decode_problems());
    if problems.is_empty() {
        return true;
    }
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for p in &problems {
        let at = trailmap::file::locate_problem(&text, p);
        println!("{}:{at}: {}", path.display(), p.kind);
    }
    false
}

/// One `path:line:col: unresolved merge conflict: …` line per conflict the map carries.
fn print_conflicts(path: &Path, map: &Map) {
    let at = std::fs::read_to_string(path)
        .map(|text| trailmap::file::conflict_locations(&text))
        .unwrap_or_default();
    for (i, c) in map.conflicts.iter().enumerate() {
        let place = at
            .get(i)
            .map_or_else(|| "1:1".to_owned(), |a| a.to_string());
        println!(
            "{}:{place}: {}",
            path.display(),
            cli::words::conflict(map, c)
        );
    }
}

fn print_load_error(path: &Path, e: &trailmap::file::LoadError, to_stderr: bool) {
    for p in e.problems() {
        let line = match p.kind {
            // No line or column means anything when the whole file is something else.
            trailmap::file::FileProblemKind::NotAMap { .. } => {
                format!("{}: {}", path.display(), p.kind)
            }
            _ => format!("{}:{}: {}", path.display(), p.at, p.kind),
        };
        if to_stderr {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
}

/// One line per item of the map whose text holds characters no bundled font can draw:
/// `path: warning: card "…" (id N) has characters no bundled font can draw: א (U+05D0), …`.
fn undrawable_warnings(path: &Path, map: &Map) -> Vec<String> {
    use trailmap::model::{ItemRef, short};
    let named = |what: &str, name: &str, id: u32| {
        if name.trim().is_empty() {
            format!("{what} (id {id})")
        } else {
            format!("{what} \"{}\" (id {id})", short(name))
        }
    };
    trailmap::fonts::undrawable_texts(map)
        .into_iter()
        .map(|found| {
            let item = match found.item {
                ItemRef::Map => format!("map \"{}\"", short(&map.title)),
                ItemRef::Persona(id) => {
                    named("persona", map.persona(id).map_or("", |p| &p.name), id.0)
                }
                ItemRef::Stage(id) => named("stage", map.stage(id).map_or("", |s| &s.name), id.0),
                ItemRef::Lane(id) => named("lane", map.lane(id).map_or("", |l| &l.name), id.0),
                ItemRef::Touchpoint(id) => {
                    named("card", map.touchpoint(id).map_or("", |t| &t.title), id.0)
                }
                ItemRef::Connector(id) => {
                    let label = map.connectors.iter().find(|c| c.id == id);
                    named("connector", label.map_or("", |c| &c.label), id.0)
                }
            };
            let chars: Vec<String> = found
                .chars
                .iter()
                .map(|c| format!("{c} (U+{:04X})", u32::from(*c)))
                .collect();
            format!(
                "{}: warning: {item} has characters no bundled font can draw: {}",
                path.display(),
                chars.join(", ")
            )
        })
        .collect()
}

/// Writes a template as a new map file, or lists the templates.
fn new_map(args: &NewArgs) -> ExitCode {
    use trailmap::templates;
    if args.list {
        print_templates();
        return ExitCode::SUCCESS;
    }
    let Some(path) = &args.output else {
        return fail("name the new file with -o FILE");
    };
    if !args.force && std::fs::symlink_metadata(path).is_ok() {
        return fail(&format!(
            "will not replace a file that exists (add --force to replace it): {}",
            path.display()
        ));
    }
    let map = match templates::load(args.template, args.language) {
        Ok(map) => map,
        Err(e) => return fail(&e.to_string()),
    };
    match trailmap::file::save(&map, path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e.to_string()),
    }
}

/// `trailmap new --list`: each template with its English title, then the languages.
fn print_templates() {
    use trailmap::templates;
    println!("Templates (--template NAME):");
    for id in templates::ids() {
        let title = templates::load(id, templates::FALLBACK_LANGUAGE)
            .map(|m| m.title)
            .unwrap_or_default();
        println!("  {id:<18} {title}");
    }
    println!("Languages (--language TAG):");
    for language in templates::languages() {
        let name = match language {
            "en" => "English",
            "de" => "German (Deutsch)",
            "pl" => "Polish (polski)",
            "sv" => "Swedish (svenska)",
            "nb" => "Norwegian Bokmål (norsk bokmål); also no, nn",
            _ => "",
        };
        println!("  {language:<18} {name}");
    }
}

fn run_export(args: &ExportArgs) -> ExitCode {
    let map = match trailmap::file::load(&args.map) {
        Ok(map) => map,
        Err(e) => {
            print_load_error(&args.map, &e, true);
            return ExitCode::FAILURE;
        }
    };
    for warning in undrawable_warnings(&args.map, &map) {
        eprintln!("{warning}");
    }
    let saved = match args
        .view
        .as_deref()
        .map(|name| find_view(&map, name))
        .transpose()
    {
        Ok(v) => v,
        Err(message) => return fail(&message),
    };
    let mut hidden = match hidden_lanes(&map, &args.hide_lanes) {
        Ok(h) => h,
        Err(message) => return fail(&message),
    };
    let mut personas = match find_personas(&map, &args.personas) {
        Ok(p) => p,
        Err(message) => return fail(&message),
    };
    // A saved view is the starting point; flags given as well replace its part.
    if let Some(v) = saved {
        if args.hide_lanes.is_empty() {
            hidden = v.hidden_lanes.clone();
        }
        if args.personas.is_empty() {
            personas = v.personas.clone();
        }
    }
    // Check every output name before writing anything, so a typo doesn't leave half an export.
    let mut formats = Vec::new();
    for out in &args.outputs {
        if export::pptx::is_pptx_path(out) {
            formats.push(Output::Slides);
            continue;
        }
        match cli::import::data_format(out) {
            Some(data) => formats.push(Output::Data(data)),
            None => match Format::from_path(out) {
                Ok(f) => formats.push(Output::Picture(f)),
                Err(e) => return fail(&e.to_string()),
            },
        }
    }
    let state = args
        .state
        .map(|s| match s {
            StateArg::Current => StateView::Current,
            StateArg::Future => StateView::Future,
            StateArg::Compare => StateView::Compare,
        })
        .or(saved.map(|v| v.state.into()));
    let base = LayoutOptions {
        hidden_lanes: hidden,
        state: state.unwrap_or_default(),
        personas,
        color_by_owner: args.colour_by_owner || saved.is_some_and(|v| v.color_by_owner),
        insights: args.insights || saved.is_some_and(|v| v.insights),
        footnotes: args.footnotes || saved.is_some_and(|v| v.footnotes),
        focus_stage: None,
        rows: args
            .rows
            .map(|r| match r {
                RowsArg::Lanes => trailmap::pivot::Rows::Lanes,
                RowsArg::Persona => trailmap::pivot::Rows::Personas,
                RowsArg::Channel => trailmap::pivot::Rows::Channels,
            })
            .or(saved.map(|v| v.rows))
            .unwrap_or_default(),
        linked: Vec::new(),
        export: Some(trailmap::layout::ExportFrame {
            title_block: !args.no_title,
            legend: !args.no_legend,
            date: args.date.unwrap_or_else(export::today),
        }),
    };
    if args.each_persona && map.personas.is_empty() {
        return fail("--each-persona: the map has no personas");
    }
    let runs = export::views(&map, &base, args.each_persona);
    let mut status = ExitCode::SUCCESS;
    for (layout_options, persona) in runs {
        let drawn = formats
            .iter()
            .any(|f| matches!(f, Output::Picture(_) | Output::Slides))
            .then(|| trailmap::pivot::draw(&map, &layout_options));
        let scene = drawn.as_ref().map(|d| &d.scene);
        for (out, format) in args.outputs.iter().zip(&formats) {
            let path = match persona {
                Some(p) => export::persona_path(out, p),
                None => out.clone(),
            };
            let written = match (format, scene) {
                (Output::Data(data), _) => {
                    let view = trailmap::interchange::View {
                        state,
                        personas: layout_options.personas.clone(),
                        hidden_lanes: layout_options.hidden_lanes.clone(),
                    };
                    let shown = trailmap::interchange::view_map(&map, &view);
                    data.export(&shown)
                        .map_err(|e| e.to_string())
                        .and_then(|bytes| {
                            trailmap::file::write_atomically(&path, &bytes)
                                .map_err(|e| e.to_string())
                        })
                }
                (Output::Picture(format), Some(scene)) => {
                    let options = ExportOptions {
                        text: match args.text {
                            Some(TextArg::Outlines) => TextMode::Outlines,
                            Some(TextArg::Text) => TextMode::Text,
                            None => format.default_text_mode(),
                        },
                        background: args.background,
                        scale: args.scale,
                        margin: args.margin,
                        paper: match args.paper {
                            PaperArg::Fit => Paper::Fit,
                            PaperArg::A4 => Paper::A4,
                            PaperArg::A3 => Paper::A3,
                            PaperArg::Letter => Paper::Letter,
                        },
                    };
                    export::save(scene, &path, &options)
                        .map(|_| ())
                        .map_err(|e| e.to_string())
                }
                (Output::Slides, Some(scene)) => {
                    let options = export::pptx::PptxOptions {
                        slides: match args.slides {
                            SlidesArg::Map => export::pptx::Slides::Map,
                            SlidesArg::Stages => export::pptx::Slides::Stages,
                        },
                        size: match args.slide_size {
                            SlideSizeArg::Wide => export::pptx::SlideSize::Wide,
                            SlideSizeArg::Standard => export::pptx::SlideSize::Standard,
                            SlideSizeArg::A4 => export::pptx::SlideSize::A4,
                        },
                    };
                    // The deck's notes come from the map as drawn (rows pivoted or not).
                    let drawn_map = drawn.as_ref().map_or(&map, |d| &*d.pivoted.map);
                    export::pptx::save(scene, drawn_map, &path, &options).map_err(|e| e.to_string())
                }
                (Output::Picture(_) | Output::Slides, None) => Ok(()),
            };
            if let Err(message) = written {
                status = fail(&message);
            }
        }
    }
    status
}

/// What one `-o` file of `trailmap export` is.
enum Output {
    /// A picture of the map, drawn from its Scene.
    Picture(Format),
    /// A PowerPoint deck of native shapes, drawn from the same Scene.
    Slides,
    /// The map's data in another program's format.
    Data(trailmap::interchange::Format),
}

/// `2026-12-01` as a date.
fn parse_date(s: &str) -> Result<trailmap::layout::Date, String> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (y.parse(), m.parse(), d.parse()) {
            (Ok(y), Ok(m), Ok(d)) => trailmap::layout::Date::new(y, m, d),
            _ => None,
        },
        _ => None,
    };
    parsed.ok_or_else(|| format!("“{s}” is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01"))
}

fn find_personas(map: &Map, names: &[String]) -> Result<Vec<trailmap::model::PersonaId>, String> {
    let personas: Vec<(&str, trailmap::model::PersonaId)> = map
        .personas
        .iter()
        .map(|p| (p.name.as_str(), p.id))
        .collect();
    names
        .iter()
        .map(|n| find_by_name(&personas, n, "persona"))
        .collect()
}

/// The saved view `--view NAME` names, matched like `--persona`.
fn find_view<'m>(map: &'m Map, name: &str) -> Result<&'m trailmap::model::SavedView, String> {
    if map.views.is_empty() {
        return Err(format!(
            "--view “{name}”: the map has no saved views (save one with View › Saved views › Save view)"
        ));
    }
    let views: Vec<(&str, usize)> = map
        .views
        .iter()
        .enumerate()
        .map(|(i, v)| (v.name.as_str(), i))
        .collect();
    let i = find_by_name(&views, name, "view")?;
    map.views
        .get(i)
        .ok_or_else(|| format!("the map has no view called “{name}”"))
}

fn hidden_lanes(map: &Map, names: &[String]) -> Result<Vec<trailmap::model::LaneId>, String> {
    let lanes: Vec<(&str, trailmap::model::LaneId)> =
        map.lanes.iter().map(|l| (l.name.as_str(), l.id)).collect();
    names
        .iter()
        .map(|n| find_by_name(&lanes, n, "lane"))
        .collect()
}

/// The item whose name is `wanted` (ignoring case), or else the only one whose name starts
/// with it, so `--persona maya` finds "Maya, Gen-Z sneakerhead".
fn find_by_name<T: Copy>(items: &[(&str, T)], wanted: &str, what: &str) -> Result<T, String> {
    let w = wanted.trim().to_lowercase();
    if let Some((_, id)) = items.iter().find(|(n, _)| n.trim().to_lowercase() == w) {
        return Ok(*id);
    }
    let starts: Vec<&(&str, T)> = items
        .iter()
        .filter(|(n, _)| n.trim().to_lowercase().starts_with(&w))
        .collect();
    match starts.as_slice() {
        [(_, id)] => Ok(*id),
        _ => {
            let known: Vec<String> = items.iter().map(|(n, _)| format!("“{n}”")).collect();
            let how = if starts.is_empty() {
                "no"
            } else {
                "more than one"
            };
            Err(format!(
                "the map has {how} {what} called “{wanted}”; its {what}s are: {}",
                known.join(", ")
            ))
        }
    }
}
