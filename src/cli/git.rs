//! `trailmap git-setup`: teaches the git repository around the current folder to merge maps
//! with `trailmap merge` and to show them in `git diff` through `trailmap diff --textconv`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The line `.gitattributes` needs.
pub const ATTRIBUTES: &str = "*.journey.ron merge=trailmap diff=trailmap";

/// Why the setup could not be done, in words for the command line.
pub type SetupError = String;

/// What the setup did, one sentence per line.
pub fn setup() -> Result<Vec<String>, SetupError> {
    let top = top_level()?;
    let mut said = Vec::new();
    let attributes = top.join(".gitattributes");
    let existing = match std::fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("could not read {}: {e}", attributes.display())),
    };
    let has_line = existing.lines().any(|l| {
        let mut words = l.split_whitespace();
        words.next() == Some("*.journey.ron")
            && l.contains("merge=trailmap")
            && l.contains("diff=trailmap")
    });
    if has_line {
        said.push(format!(
            "{} already names the trailmap driver",
            attributes.display()
        ));
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTES);
        text.push('\n');
        trailmap::file::write_atomically(&attributes, text.as_bytes())
            .map_err(|e| e.to_string())?;
        said.push(format!(
            "Added “{ATTRIBUTES}” to {}: commit it yourself, so everyone who clones gets it",
            attributes.display()
        ));
    }
    let program = program();
    let settings = [
        (
            "merge.trailmap.name",
            "Trailmap journey map merge".to_owned(),
        ),
        ("merge.trailmap.driver", format!("{program} merge %O %A %B")),
        (
            "diff.trailmap.textconv",
            format!("{program} diff --textconv"),
        ),
    ];
    for (key, value) in settings {
        git(&top, &["config", key, &value])?;
        said.push(format!("Set {key} = {value}"));
    }
    Ok(said)
}

/// `trailmap` when the shell finds this very program by that name, else its absolute path
/// (quoted for the shell git runs the driver with).
fn program() -> String {
    let me = std::env::current_exe().ok();
    let me_real = me.as_ref().and_then(|p| p.canonicalize().ok());
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("trailmap"))
            .find(|p| p.is_file())
    });
    if let Some(found) = on_path
        && (me_real.is_none() || found.canonicalize().ok() == me_real)
    {
        return "trailmap".to_owned();
    }
    match me_real.or(me) {
        Some(path) => shell_quote(&path),
        None => "trailmap".to_owned(),
    }
}

fn shell_quote(path: &Path) -> String {
    let s = path.to_string_lossy();
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        s.into_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

fn top_level() -> Result<PathBuf, SetupError> {
    let dir = std::env::current_dir().map_err(|e| format!("no current folder: {e}"))?;
    let out = Command::new("git")
        .args(["rev-parse", "--show-toplevel"])
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("could not run git ({e}); is git installed?"))?;
    if !out.status.success() {
        return Err(format!(
            "{} is not inside a git repository (run git init first)",
            dir.display()
        ));
    }
    let top = String::from_utf8_lossy(&out.stdout);
    Ok(PathBuf::from(top.trim_end_matches(['\n', '\r'])))
}

fn git(dir: &Path, args: &[&str]) -> Result<String, SetupError> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| format!("could not run git ({e}); is git installed?"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
