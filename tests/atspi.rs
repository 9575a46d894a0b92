//! The real editor as a screen reader on Linux reads it: the debug `trailmap` binary runs on a
//! bundled template under Xvfb, with its own D-Bus session bus and AT-SPI bus (at-spi2-core),
//! and tests/atspi_probe.py walks its tree with pyatspi, as Orca would, and presses "click" on
//! a card. Each test starts its own X server and buses, each process in a process group that
//! the test ends on every path, pass or fail, and that ends itself after three minutes should
//! the test be killed.
//!
//! Needs Xvfb (xvfb), dbus-daemon (dbus-daemon), gdbus (libglib2.0-bin), at-spi-bus-launcher
//! (at-spi2-core) and Debian's /usr/bin/python3 with pyatspi (python3-pyatspi); scripts/deps.sh
//! installs them. Without them the tests say SKIPPED, unless `CI=true` or
//! `TRAILMAP_REQUIRE_ATSPI=1` is set, which makes a missing tool a failure.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use trailmap::model::Map;

/// How long the window may take to appear on the accessibility bus with its whole map: a debug
/// build on a loaded two-core machine with software rendering takes 3-8 s.
const APP_TIMEOUT: Duration = Duration::from_secs(40);
/// How long Xvfb, the buses and one gdbus call may take.
const TOOL_TIMEOUT: Duration = Duration::from_secs(10);

fn launcher() -> Option<PathBuf> {
    [
        "/usr/libexec/at-spi-bus-launcher",
        "/usr/lib/at-spi2-core/at-spi-bus-launcher",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The at-spi-bus-launcher, or `None` (after saying SKIPPED) when a tool is missing; panics
/// then instead when CI or `TRAILMAP_REQUIRE_ATSPI` asks for the test to run.
fn tools() -> Option<PathBuf> {
    let mut missing = Vec::new();
    for (program, args, package) in [
        ("Xvfb", &["-help"][..], "xvfb"),
        ("dbus-daemon", &["--version"][..], "dbus-daemon"),
        ("gdbus", &["help"][..], "libglib2.0-bin"),
        (
            "/usr/bin/python3",
            &["-c", "import pyatspi"][..],
            "python3-pyatspi",
        ),
    ] {
        if !runs(program, args) {
            missing.push(format!("{program} ({package})"));
        }
    }
    let launcher = launcher();
    if launcher.is_none() {
        missing.push("at-spi-bus-launcher (at-spi2-core)".to_owned());
    }
    if missing.is_empty() {
        return launcher;
    }
    let required = std::env::var_os("TRAILMAP_REQUIRE_ATSPI").is_some()
        || std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(
        !required,
        "the AT-SPI test needs {} (scripts/deps.sh test installs them)",
        missing.join(", ")
    );
    eprintln!("SKIPPED: the AT-SPI test needs {}", missing.join(", "));
    None
}

/// How long any process of a session may live, even if the test itself is killed and cannot
/// end them: a run takes about 10 s and gives up after about 80.
const LIFETIME: &str = "180";

/// An X server, two buses, the editor and the probe, each in a process group of its own (with
/// whatever it starts itself) that ends with this value, or after [`LIFETIME`] at the latest.
struct Session {
    dir: tempfile::TempDir,
    /// Each process by name; its id is its process group's.
    children: Vec<(String, Child)>,
    display: String,
    bus: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        // The groups also hold what the processes started themselves: the accessibility bus's
        // own dbus-daemon and at-spi2-registryd. TERM first so Xvfb removes its lock file.
        for (_, child) in &self.children {
            signal_group("TERM", child.id());
        }
        let until = Instant::now() + Duration::from_secs(3);
        while Instant::now() < until
            && self
                .children
                .iter_mut()
                .any(|(_, c)| matches!(c.try_wait(), Ok(None)))
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        for (_, child) in &mut self.children {
            signal_group("KILL", child.id());
            let _ = child.wait();
        }
    }
}

fn signal_group(signal: &str, group: u32) {
    // The shell's kill: std cannot signal a process group, and `kill` needs no extra package.
    let _ = Command::new("sh")
        .args(["-c", "kill -s \"$1\" -- \"-$2\" 2>/dev/null", "sh", signal])
        .arg(group.to_string())
        .status();
}

/// Polls `step` every 50 ms until it gives `Some`, at most `limit`.
fn wait_for<T>(limit: Duration, mut step: impl FnMut() -> Option<T>) -> Option<T> {
    let until = Instant::now() + limit;
    loop {
        if let Some(found) = step() {
            return Some(found);
        }
        if Instant::now() >= until {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

impl Session {
    fn new() -> Session {
        Session {
            dir: tempfile::tempdir().expect("a temporary folder"),
            children: Vec::new(),
            display: String::new(),
            bus: String::new(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A command with a clean environment: only PATH, a HOME of its own, and the display and
    /// session bus once they exist, and an XDG_RUNTIME_DIR of its own (never the caller's DISPLAY,
    /// Wayland or accessibility bus).
    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_RUNTIME_DIR", self.path("runtime"))
            .env("LANG", "C.UTF-8");
        if !self.display.is_empty() {
            cmd.env("DISPLAY", &self.display);
        }
        if !self.bus.is_empty() {
            cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.bus);
        }
        cmd
    }

    /// [`Session::command`] for a process that runs beside the test: under coreutils'
    /// `timeout`, which kills it and its process group after [`LIFETIME`] seconds.
    fn lasting(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = self.command("timeout");
        cmd.args(["-s", "KILL", LIFETIME]).arg(program);
        cmd
    }

    /// Starts `cmd` (from [`Session::lasting`]) in a new process group, its output into files
    /// named after `name`.
    fn spawn(&mut self, name: &str, mut cmd: Command) {
        let out = File::create(self.path(&format!("{name}.out"))).expect("an output file");
        let err = File::create(self.path(&format!("{name}.err"))).expect("an output file");
        // timeout makes its own group too; doing it here means the group exists from the start.
        cmd.stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .process_group(0);
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        self.children.push((name.to_owned(), child));
    }

    /// What a started process wrote, both streams.
    fn output(&self, name: &str) -> String {
        let read = |ext| std::fs::read_to_string(self.path(&format!("{name}.{ext}")));
        format!(
            "{}{}",
            read("out").unwrap_or_default(),
            read("err").unwrap_or_default()
        )
    }

    fn exited(&mut self, name: &str) -> Option<std::process::ExitStatus> {
        let (_, child) = self.children.iter_mut().find(|(n, _)| n == name)?;
        child.try_wait().ok().flatten()
    }

    /// The first line `name` printed, once it has printed a whole one.
    fn first_line(&mut self, name: &str) -> String {
        let line = wait_for(TOOL_TIMEOUT, || {
            if let Some(status) = self.exited(name) {
                panic!(
                    "{name} ended ({status}) before it was ready:\n{}",
                    self.output(name)
                );
            }
            let text = std::fs::read_to_string(self.path(&format!("{name}.out"))).ok()?;
            text.split_once('\n')
                .map(|(line, _)| line.trim().to_owned())
        });
        line.unwrap_or_else(|| {
            panic!(
                "{name} was not ready within {TOOL_TIMEOUT:?}:\n{}",
                self.output(name)
            )
        })
    }

    fn gdbus(&self, args: &[&str]) -> Result<String, String> {
        let mut cmd = self.command("gdbus");
        cmd.args(["call", "--session", "--timeout", "2"]).args(args);
        let out = cmd.output().map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// Xvfb, a session bus, and the accessibility bus switched on, as a desktop with a screen
    /// reader running has them.
    fn start_desktop(&mut self, launcher: &Path) {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::create_dir_all(self.path("home")).expect("a HOME");
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(self.path("runtime"))
            .expect("an XDG_RUNTIME_DIR");
        let mut xvfb = self.lasting("Xvfb");
        // -displayfd: Xvfb picks a free display itself and prints its number when it is ready.
        xvfb.args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ]);
        self.spawn("xvfb", xvfb);
        self.display = format!(":{}", self.first_line("xvfb"));

        let mut dbus = self.lasting("dbus-daemon");
        dbus.args(["--session", "--nofork", "--nopidfile", "--print-address=1"]);
        self.spawn("dbus", dbus);
        self.bus = self.first_line("dbus");

        let mut a11y = self.lasting(launcher);
        a11y.arg("--launch-immediately");
        self.spawn("at-spi-bus-launcher", a11y);
        let bus_call = [
            "--dest",
            "org.a11y.Bus",
            "--object-path",
            "/org/a11y/bus",
            "--method",
        ];
        let mut last = String::new();
        let ready = wait_for(TOOL_TIMEOUT, || {
            let mut args = bus_call.to_vec();
            args.push("org.a11y.Bus.GetAddress");
            self.gdbus(&args).map_err(|e| last = e).ok()
        });
        assert!(
            ready.is_some(),
            "the accessibility bus did not come up within {TOOL_TIMEOUT:?}: {last}\n{}",
            self.output("at-spi-bus-launcher")
        );
        // What a screen reader does when it starts: tell applications to expose their tree.
        let mut args = bus_call.to_vec();
        args.extend([
            "org.freedesktop.DBus.Properties.Set",
            "org.a11y.Status",
            "IsEnabled",
            "<true>",
        ]);
        if let Err(e) = self.gdbus(&args) {
            panic!("cannot switch the accessibility bus on: {e}");
        }
    }

    /// Starts the editor on `map` with the window in `language` (a `LANG` value), its settings
    /// and state in fresh folders (no recovery dialog, no remembered language).
    fn start_editor(&mut self, map: &Path, language: &str) {
        let mut app = self.lasting(env!("CARGO_BIN_EXE_trailmap"));
        for var in [
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
        ] {
            let dir = self.path(&var.to_ascii_lowercase());
            std::fs::create_dir_all(&dir).expect("a state folder");
            app.env(var, dir);
        }
        app.env("LANG", language)
            .env("RUST_BACKTRACE", "1")
            .arg(map);
        self.spawn("trailmap", app);
    }

    /// Runs tests/atspi_probe.py: waits for `card` in the tree, prints it, clicks `click`.
    fn probe(&mut self, card: &str, click: &str) -> Probe {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/atspi_probe.py");
        let mut py = self.lasting("/usr/bin/python3");
        let limit = APP_TIMEOUT.as_secs().to_string();
        py.args([script, "trailmap", card, click, &limit]);
        self.spawn("probe", py);
        let status = wait_for(APP_TIMEOUT + TOOL_TIMEOUT, || self.exited("probe"));
        let probe = Probe::parse(&self.output("probe"));
        if status.is_none_or(|s| !s.success()) {
            panic!(
                "the AT-SPI probe failed ({}):\n{}\n---- trailmap's output ----\n{}",
                status.map_or("still running, stopped".to_owned(), |s| s.to_string()),
                probe.dump,
                self.output("trailmap")
            );
        }
        probe
    }
}

/// One AT-SPI node as the probe printed it.
#[derive(Clone, Debug)]
struct Node {
    depth: usize,
    role: String,
    name: String,
    description: String,
    states: Vec<String>,
    actions: Vec<String>,
    /// x, y, width, height on the screen.
    extents: Option<[i32; 4]>,
    text: String,
}

impl Node {
    fn contains(&self, other: &Node) -> bool {
        let (Some([x, y, w, h]), Some([a, b, c, d])) = (self.extents, other.extents) else {
            return false;
        };
        // A pixel of slack for rounding between points and pixels.
        a >= x - 1 && b >= y - 1 && a + c <= x + w + 1 && b + d <= y + h + 1
    }

    fn centre(&self) -> Option<(i32, i32)> {
        let [x, y, w, h] = self.extents?;
        Some((x + w / 2, y + h / 2))
    }
}

/// The trees the probe printed (before and after the click), and its whole output.
struct Probe {
    trees: Vec<(String, Vec<Node>)>,
    dump: String,
}

fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The probe's output for a person: its trees indented, one node a line, as
/// scripts/a11y-tree.sh prints them.
fn render(raw: &str) -> String {
    let mut out = String::new();
    for line in raw.lines() {
        let f: Vec<String> = line.split('\t').map(unescape).collect();
        if f[0] != "NODE" || f.len() != 9 {
            out.push_str(&line.replace('\t', " "));
            out.push('\n');
            continue;
        }
        let depth: usize = f[1].parse().unwrap_or(0);
        out.push_str(&format!("{}[{}] {:?}", "  ".repeat(depth), f[2], f[3]));
        if !f[4].is_empty() {
            out.push_str(&format!(" - {}", f[4]));
        }
        if !f[8].is_empty() && f[8] != f[3] {
            out.push_str(&format!(" text {:?}", f[8]));
        }
        out.push_str(&format!(" @{} ({}) {{{}}}\n", f[7], f[6], f[5]));
    }
    out
}

impl Probe {
    fn parse(raw: &str) -> Probe {
        let mut trees: Vec<(String, Vec<Node>)> = Vec::new();
        for line in raw.lines() {
            let f: Vec<String> = line.split('\t').map(unescape).collect();
            match f.first().map(String::as_str) {
                Some("TREE") => trees.push((f.get(1).cloned().unwrap_or_default(), Vec::new())),
                Some("NODE") if f.len() == 9 => {
                    let list = |s: &str| {
                        s.split(',')
                            .filter(|x| !x.is_empty())
                            .map(str::to_owned)
                            .collect()
                    };
                    let extents: Vec<i32> =
                        f[7].split(',').filter_map(|n| n.parse().ok()).collect();
                    let node = Node {
                        depth: f[1].parse().unwrap_or(0),
                        role: f[2].clone(),
                        name: f[3].clone(),
                        description: f[4].clone(),
                        states: list(&f[5]),
                        actions: list(&f[6]),
                        extents: extents.try_into().ok(),
                        text: f[8].clone(),
                    };
                    if let Some((_, nodes)) = trees.last_mut() {
                        nodes.push(node);
                    }
                }
                _ => {}
            }
        }
        Probe {
            trees,
            dump: render(raw),
        }
    }

    fn tree(&self, label: &str) -> Tree<'_> {
        let nodes = self
            .trees
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, n)| n.as_slice())
            .unwrap_or_else(|| panic!("the probe printed no tree {label:?}:\n{}", self.dump));
        Tree {
            nodes,
            dump: &self.dump,
        }
    }
}

/// A tree in reading order (parents before children, depth first).
struct Tree<'a> {
    nodes: &'a [Node],
    dump: &'a str,
}

impl<'a> Tree<'a> {
    /// The nodes under node `i` (its descendants).
    fn under(&self, i: usize) -> impl Iterator<Item = (usize, &'a Node)> + 'a {
        let depth = self.nodes[i].depth;
        self.nodes
            .iter()
            .enumerate()
            .skip(i + 1)
            .take_while(move |(_, n)| n.depth > depth)
    }

    /// The nearest ancestor of node `i` of the given depth.
    fn ancestor(&self, i: usize, depth: usize) -> Option<&'a Node> {
        self.nodes[..i].iter().rev().find(|n| n.depth == depth)
    }

    fn find(&self, role: &str, name: &str) -> Option<(usize, &'a Node)> {
        self.nodes
            .iter()
            .enumerate()
            .find(|(_, n)| n.role == role && n.name == name)
    }

    /// Fails the test with `message` and the whole dump.
    fn fail(&self, message: &str) -> ! {
        panic!(
            "{message}\n---- what the screen reader saw ----\n{}",
            self.dump
        )
    }

    fn expect(&self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.fail(&message());
        }
    }
}

/// The words a screen reader user hears, in one window language.
struct Words {
    lang: &'static str,
    canvas: &'static str,
    file_menu: &'static str,
    not_this_file_menu: &'static str,
    stage: &'static str,
    lane: &'static str,
}

const ENGLISH: Words = Words {
    lang: "en_GB.UTF-8",
    canvas: "Journey map",
    file_menu: "File",
    not_this_file_menu: "Datei",
    stage: "Stage",
    lane: "Lane",
};

const GERMAN: Words = Words {
    lang: "de_DE.UTF-8",
    canvas: "Customer Journey Map",
    file_menu: "Datei",
    not_this_file_menu: "File",
    stage: "Phase",
    lane: "Zeile",
};

fn template(name: &str) -> (PathBuf, Map) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/templates")
        .join(name);
    let map = trailmap::file::load(&path).expect("the template loads");
    (path, map)
}

/// Opens `template` with the window in `words.lang` and checks what a screen reader user finds:
/// the window, the map's stages, lanes and every card with its stage and lane, and that
/// "click" on a card selects it.
fn screen_reader_reads(template_name: &str, words: &Words) {
    let Some(launcher) = tools() else {
        return;
    };
    let (source, map) = template(template_name);
    let mut session = Session::new();
    // A copy, so nothing the editor might write lands in assets/.
    let path = session.path(template_name);
    std::fs::copy(&source, &path).expect("the template copies");
    let started = Instant::now();
    session.start_desktop(&launcher);
    session.start_editor(&path, words.lang);
    // Touchpoint 8 is "Checkout" (Purchase, Website) in every language's classic template.
    let target = map
        .touchpoints
        .iter()
        .find(|t| t.id.0 == 8)
        .expect("the template has touchpoint 8");
    let probe = session.probe(&target.title, &target.title);
    let waits: Vec<&str> = probe
        .dump
        .lines()
        .filter(|l| l.starts_with("WAITED"))
        .collect();
    eprintln!(
        "{template_name}: read and clicked in {:.1?} ({})",
        started.elapsed(),
        waits.join("; ").replace('\t', " ")
    );

    let tree = probe.tree("before");
    let nodes = tree.nodes;
    tree.expect(
        nodes.first().is_some_and(|n| n.role == "application"),
        || "the tree does not start with the application".into(),
    );
    // The window: a frame named as the window manager's title, by the map's title.
    let frame = nodes.iter().find(|n| n.depth == 1 && n.role == "frame");
    let window_title = format!("{} — Trailmap", map.title);
    tree.expect(frame.is_some_and(|f| f.name == window_title), || {
        format!("no frame named {window_title:?}")
    });
    let frame = frame.expect("checked");
    tree.expect(
        frame
            .extents
            .is_some_and(|[_, _, w, h]| w >= 640 && h >= 400),
        || {
            format!(
                "the window's extents {:?} are not a window's",
                frame.extents
            )
        },
    );

    // The menu bar speaks the window's language.
    tree.expect(tree.find("push button", words.file_menu).is_some(), || {
        format!("no menu {:?}", words.file_menu)
    });
    tree.expect(
        tree.find("push button", words.not_this_file_menu).is_none(),
        || {
            format!(
                "a menu {:?} in the wrong language",
                words.not_this_file_menu
            )
        },
    );

    // The canvas, inside the window.
    let Some((canvas_at, canvas)) = tree.find("canvas", words.canvas) else {
        tree.fail(&format!("no canvas named {:?}", words.canvas));
    };
    tree.expect(frame.contains(canvas), || {
        format!(
            "the canvas {:?} lies outside the window {:?}",
            canvas.extents, frame.extents
        )
    });
    let under: Vec<(usize, &Node)> = tree.under(canvas_at).collect();
    let group_depth = canvas.depth + 1;
    let in_canvas = |role: &str, name: &str| {
        under
            .iter()
            .find(|(_, n)| n.role == role && n.name == name)
            .copied()
    };

    for stage in &map.stages {
        let Some((_, header)) = in_canvas("column header", &stage.name) else {
            tree.fail(&format!("no column header for stage {:?}", stage.name));
        };
        tree.expect(header.actions.iter().any(|a| a == "click"), || {
            format!("stage header {:?} has no click action", stage.name)
        });
    }
    for lane in &map.lanes {
        let Some((at, _)) = in_canvas("row header", &lane.name) else {
            tree.fail(&format!("no row header for lane {:?}", lane.name));
        };
        let group = tree.ancestor(at, group_depth);
        tree.expect(group.is_some_and(|g| g.name.contains(&lane.name)), || {
            format!(
                "lane {:?}'s header is not in a group named after it",
                lane.name
            )
        });
    }

    let mut cards_inside_canvas = 0;
    for t in &map.touchpoints {
        let (Some(stage), Some(lane)) = (map.stage(t.stage), map.lane(t.lane)) else {
            continue;
        };
        let Some((at, card)) = in_canvas("push button", &t.title) else {
            tree.fail(&format!("no card named {:?}", t.title));
        };
        let who = &t.title;
        tree.expect(
            card.description.contains(&format!("{}: {}", words.stage, stage.name))
                && card
                    .description
                    .contains(&format!("{}: {}", words.lane, lane.name)),
            || {
                format!(
                    "card {who:?} is described as {:?}, which does not say \"{}: {}\" and \"{}: {}\"",
                    card.description, words.stage, stage.name, words.lane, lane.name
                )
            },
        );
        tree.expect(card.actions.iter().any(|a| a == "click"), || {
            format!("card {who:?} has no click action: {:?}", card.actions)
        });
        tree.expect(
            tree.ancestor(at, group_depth)
                .is_some_and(|g| g.name.contains(&lane.name)),
            || format!("card {who:?} is not in its lane's group {:?}", lane.name),
        );
        // Where a screen reader (or a magnifier) shows the card: in its stage's column and its
        // lane's row, as the headers are, whatever the scroll and zoom.
        let (Some((cx, cy)), Some(column), Some(row)) = (
            card.centre(),
            in_canvas("column header", &stage.name).and_then(|(_, n)| n.extents),
            in_canvas("row header", &lane.name).and_then(|(_, n)| n.extents),
        ) else {
            tree.fail(&format!("card {who:?} or its headers have no extents"));
        };
        let [_, _, w, h] = card.extents.expect("checked");
        tree.expect(
            w > 0
                && h > 0
                && (column[0]..=column[0] + column[2]).contains(&cx)
                && (row[1]..=row[1] + row[3]).contains(&cy),
            || {
                format!(
                    "card {who:?} at {:?} is not in the column of stage {:?} at {column:?} \
                     and the row of lane {:?} at {row:?}",
                    card.extents, stage.name, lane.name
                )
            },
        );
        if canvas.contains(card) {
            cards_inside_canvas += 1;
        }
    }
    tree.expect(cards_inside_canvas > 0, || {
        "no card lies inside the canvas on screen".into()
    });
    tree.expect(
        !nodes
            .iter()
            .any(|n| n.role == "entry" && n.text == target.title),
        || format!("an entry already shows {:?} before the click", target.title),
    );

    // "click" on the card selected it, and the inspector shows it.
    let after = probe.tree("after click");
    let Some((_, clicked)) = after.find("push button", &target.title) else {
        after.fail(&format!("card {:?} is gone after the click", target.title));
    };
    after.expect(clicked.states.iter().any(|s| s == "selected"), || {
        format!(
            "card {:?} is not selected after the click: {:?}",
            target.title, clicked.states
        )
    });
    after.expect(
        after
            .nodes
            .iter()
            .any(|n| n.role == "entry" && n.text == target.title),
        || {
            format!(
                "no inspector field shows {:?} after the click",
                target.title
            )
        },
    );
}

#[test]
fn a_screen_reader_reads_the_map_and_clicks_a_card() {
    screen_reader_reads("classic.en.journey.ron", &ENGLISH);
}

#[test]
fn a_screen_reader_reads_the_map_in_german() {
    screen_reader_reads("classic.de.journey.ron", &GERMAN);
}
