//! `trailmap install-desktop`: makes Trailmap a desktop application for the current user. It
//! copies the running binary to `~/.local/bin` (or `PREFIX/bin`) and writes, under
//! `$XDG_DATA_HOME` (default `~/.local/share`), the launcher (`applications/trailmap.desktop`),
//! the icon in the hicolor theme (scalable SVG and 256 px PNG) and the shared-mime-info type
//! `application/x-trailmap-journey` for `*.journey.ron`, then refreshes the desktop and MIME
//! databases when their tools are installed. `--uninstall` removes exactly those files.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The launcher, with `Exec=trailmap` replaced by the installed binary's path.
const DESKTOP: &str = include_str!("../../assets/desktop/trailmap.desktop");
/// The MIME type declaration.
const MIME: &str = include_str!("../../assets/desktop/trailmap.xml");
/// The PNG icon's size in pixels.
const PNG_SIZE: u32 = 256;

#[derive(clap::Args)]
pub struct DesktopArgs {
    /// Install the binary into PREFIX/bin instead of ~/.local/bin.
    #[arg(long, value_name = "PREFIX")]
    prefix: Option<PathBuf>,
    /// Remove what install-desktop installed.
    #[arg(long)]
    uninstall: bool,
}

/// The files install-desktop writes, where.
struct Places {
    binary: PathBuf,
    desktop: PathBuf,
    svg: PathBuf,
    png: PathBuf,
    mime: PathBuf,
    data: PathBuf,
}

fn places(args: &DesktopArgs) -> Result<Places, String> {
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from);
    let data = match std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        // The XDG spec ignores a relative path here.
        Some(d) if Path::new(&d).is_absolute() => PathBuf::from(d),
        _ => home
            .as_ref()
            .ok_or("neither XDG_DATA_HOME nor HOME is set")?
            .join(".local/share"),
    };
    let bin = match &args.prefix {
        // The launcher names the binary by its full path: a relative prefix would not work.
        Some(prefix) => std::path::absolute(prefix)
            .map_err(|e| format!("cannot use {}: {e}", prefix.display()))?
            .join("bin"),
        None => home
            .as_ref()
            .ok_or("HOME is not set; give --prefix")?
            .join(".local/bin"),
    };
    let icons = data.join("icons/hicolor");
    Ok(Places {
        binary: bin.join("trailmap"),
        desktop: data.join("applications/trailmap.desktop"),
        svg: icons.join("scalable/apps/trailmap.svg"),
        png: icons.join(format!("{PNG_SIZE}x{PNG_SIZE}/apps/trailmap.png")),
        mime: data.join("mime/packages/trailmap.xml"),
        data,
    })
}

/// Runs install-desktop; returns what it did, one sentence per line.
pub fn run(args: &DesktopArgs) -> Result<Vec<String>, String> {
    let p = places(args)?;
    if args.uninstall {
        uninstall(&p)
    } else {
        install(&p)
    }
}

fn install(p: &Places) -> Result<Vec<String>, String> {
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot find the running binary: {e}"))?;
    let bytes = std::fs::read(&exe).map_err(|e| format!("cannot read {}: {e}", exe.display()))?;
    let png = icon_png()?;
    let desktop = desktop_entry(&p.binary);
    let files: [(&Path, &[u8]); 5] = [
        (&p.binary, &bytes),
        (&p.desktop, desktop.as_bytes()),
        (&p.svg, trailmap::app_icon::SVG.as_bytes()),
        (&p.png, &png),
        (&p.mime, MIME.as_bytes()),
    ];
    let mut said = Vec::new();
    for (path, content) in files {
        write(path, content, path == p.binary)?;
        said.push(format!("Wrote {}", path.display()));
    }
    said.extend(refresh(p));
    if !on_path(&p.binary) {
        said.push(format!(
            "{} is not on your PATH: the desktop launcher works anyway; add the folder to PATH \
             to run trailmap from a terminal",
            p.binary.parent().unwrap_or(Path::new("")).display()
        ));
    }
    Ok(said)
}

fn uninstall(p: &Places) -> Result<Vec<String>, String> {
    let mut said = Vec::new();
    for path in [&p.binary, &p.desktop, &p.svg, &p.png, &p.mime] {
        match std::fs::remove_file(path) {
            Ok(()) => said.push(format!("Removed {}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(format!("cannot remove {}: {e}", path.display())),
        }
    }
    if said.is_empty() {
        said.push("Nothing to remove: Trailmap was not installed here".to_owned());
    }
    said.extend(refresh(p));
    Ok(said)
}

fn icon_png() -> Result<Vec<u8>, String> {
    trailmap::app_icon::png(PNG_SIZE).ok_or_else(|| "the bundled icon does not render".to_owned())
}

fn write(path: &Path, content: &[u8], executable: bool) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
    }
    trailmap::file::write_atomically_with(path, |file| {
        use std::io::Write as _;
        file.write_all(content)?;
        #[cfg(unix)]
        if executable {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o755))?;
        }
        #[cfg(not(unix))]
        let _ = executable;
        Ok(())
    })
    .map_err(|e| e.to_string())?;
    Ok(())
}

/// The launcher naming the installed binary, so it works when that folder is not on PATH.
fn desktop_entry(binary: &Path) -> String {
    DESKTOP
        .lines()
        .map(|line| match line.strip_prefix("Exec=trailmap") {
            Some(rest) => format!("Exec={}{rest}", quote_exec(&binary.to_string_lossy())),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// An argument of a desktop entry's Exec key: quoted as the Desktop Entry spec asks when it
/// holds a reserved character, `%` doubled in any case.
fn quote_exec(arg: &str) -> String {
    let arg = arg.replace('%', "%%");
    let reserved = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\''
                    | '\\'
                    | '>'
                    | '<'
                    | '~'
                    | '|'
                    | '&'
                    | ';'
                    | '$'
                    | '*'
                    | '?'
                    | '#'
                    | '('
                    | ')'
                    | '`'
            )
    };
    if !arg.chars().any(reserved) {
        return arg;
    }
    let mut out = String::from("\"");
    for c in arg.chars() {
        if matches!(c, '"' | '`' | '$' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    // The desktop file's own string escaping applies on top: a backslash is written twice.
    out.replace('\\', "\\\\")
}

/// Refreshes the desktop and MIME databases with their tools, when installed.
fn refresh(p: &Places) -> Vec<String> {
    let mut said = Vec::new();
    let jobs = [
        ("update-desktop-database", p.data.join("applications")),
        ("update-mime-database", p.data.join("mime")),
    ];
    for (tool, dir) in jobs {
        if !dir.is_dir() {
            continue;
        }
        match Command::new(tool).arg(&dir).output() {
            Ok(out) if out.status.success() => said.push(format!("Ran {tool} {}", dir.display())),
            Ok(out) => said.push(format!(
                "{tool} failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                said.push(format!("{tool} is not installed; skipped it"));
            }
            Err(e) => said.push(format!("could not run {tool}: {e}")),
        }
    }
    said
}

fn on_path(binary: &Path) -> bool {
    let Some(dir) = binary.parent() else {
        return false;
    };
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|d| d == dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_names_the_binary_quoted_when_it_must_be() {
        assert_eq!(
            quote_exec("/home/a/.local/bin/trailmap"),
            "/home/a/.local/bin/trailmap"
        );
        assert_eq!(quote_exec("/home/a b/trailmap"), "\"/home/a b/trailmap\"");
        assert_eq!(quote_exec("/x/100%/trailmap"), "/x/100%%/trailmap");
        assert_eq!(quote_exec("/x y/$z"), "\"/x y/\\\\$z\"");
        let entry = desktop_entry(Path::new("/opt/t m/bin/trailmap"));
        assert!(
            entry.contains("\nExec=\"/opt/t m/bin/trailmap\" %f\n"),
            "{entry}"
        );
        assert!(entry.contains("MimeType=application/x-trailmap-journey;"));
    }
}
