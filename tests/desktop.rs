//! `trailmap install-desktop` as a user runs it, into a temporary HOME and XDG_DATA_HOME: what
//! it writes, that the files are valid for the desktop's own tools, and that `--uninstall`
//! takes it all away again.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{output_text as text, run_tool};

/// Every file under `dir`, relative to it, sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().to_owned());
            }
        }
    }
    out.sort();
    out
}

fn install(home: &Path, data: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_trailmap"));
    cmd.arg("install-desktop").args(args).env("HOME", home);
    match data {
        Some(d) => cmd.env("XDG_DATA_HOME", d),
        None => cmd.env_remove("XDG_DATA_HOME"),
    };
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    let out = cmd.output().expect("run trailmap");
    assert!(
        out.status.success(),
        "install-desktop {args:?} failed:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// The files we install, relative to the data folder.
const OURS: [&str; 4] = [
    "applications/trailmap.desktop",
    "icons/hicolor/256x256/apps/trailmap.png",
    "icons/hicolor/scalable/apps/trailmap.svg",
    "mime/packages/trailmap.xml",
];

#[test]
fn install_writes_the_launcher_icons_and_file_type_and_uninstall_removes_them() {
    let home = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = install(home.path(), Some(data.path()), &[]);
    let said = text(&out.stdout);

    // The binary, a runnable copy of this one, in ~/.local/bin.
    let binary = home.path().join(".local/bin/trailmap");
    assert!(said.contains(&binary.display().to_string()), "{said}");
    let version = Command::new(&binary).arg("--version").output().unwrap();
    assert!(version.status.success());
    assert!(text(&version.stdout).starts_with("trailmap "));

    let files = files_under(data.path());
    for f in OURS {
        assert!(
            files.contains(&PathBuf::from(f)),
            "{f} missing in {files:?}"
        );
    }
    // Nothing was written to ~/.local/share: XDG_DATA_HOME wins.
    assert!(!home.path().join(".local/share").exists());

    // The launcher names the installed binary and the journey type.
    let desktop = data.path().join(OURS[0]);
    let entry = std::fs::read_to_string(&desktop).unwrap();
    assert!(
        entry.contains(&format!("\nExec={} %f\n", binary.display())),
        "{entry}"
    );
    assert!(entry.contains("\nMimeType=application/x-trailmap-journey;\n"));
    assert!(entry.contains("\nIcon=trailmap\n"));
    if let Some(out) = run_tool("desktop-file-validate", &[&desktop]) {
        common::assert_ok("desktop-file-validate", &out);
        assert_eq!(text(&out.stdout), "", "desktop-file-validate has remarks");
    }

    // The icons are the bundled SVG and a 256 px PNG.
    let svg = std::fs::read_to_string(data.path().join(OURS[2])).unwrap();
    assert_eq!(svg, trailmap::app_icon::SVG);
    let png = std::fs::read(data.path().join(OURS[1])).unwrap();
    let reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .unwrap();
    assert_eq!((reader.info().width, reader.info().height), (256, 256));

    // The MIME database, when its tool is installed, now knows *.journey.ron.
    let xml = std::fs::read_to_string(data.path().join(OURS[3])).unwrap();
    assert!(xml.contains("<mime-type type=\"application/x-trailmap-journey\">"));
    assert!(xml.contains("<glob pattern=\"*.journey.ron\""));
    assert!(xml.contains("<comment>Trailmap journey map</comment>"));
    let globs = data.path().join("mime/globs2");
    if said.contains("Ran update-mime-database") {
        let globs = std::fs::read_to_string(&globs).unwrap();
        assert!(
            globs.contains("application/x-trailmap-journey:*.journey.ron"),
            "{globs}"
        );
    }

    // Uninstall: none of our files is left, and the databases forgot the type.
    let out = install(home.path(), Some(data.path()), &["--uninstall"]);
    let said = text(&out.stdout);
    assert!(!binary.exists());
    let left = files_under(data.path());
    for f in OURS {
        assert!(!left.contains(&PathBuf::from(f)), "{f} left behind");
    }
    assert!(
        files_under(home.path()).is_empty(),
        "left in HOME: {:?}",
        files_under(home.path())
    );
    for f in &left {
        let content = std::fs::read(data.path().join(f)).unwrap();
        assert!(
            !String::from_utf8_lossy(&content).contains("trailmap"),
            "{} still mentions trailmap",
            f.display()
        );
    }
    if said.contains("Ran update-mime-database") {
        assert!(!std::fs::read_to_string(&globs).unwrap().contains("journey"));
    }
    // A second uninstall says there is nothing to do.
    let again = install(home.path(), Some(data.path()), &["--uninstall"]);
    assert!(text(&again.stdout).contains("Nothing to remove"));
}

#[test]
fn without_xdg_data_home_it_uses_local_share_and_prefix_moves_the_binary() {
    let home = tempfile::tempdir().unwrap();
    let prefix = tempfile::tempdir().unwrap();
    let prefix_arg = prefix.path().to_str().unwrap();
    install(home.path(), None, &["--prefix", prefix_arg]);
    assert!(prefix.path().join("bin/trailmap").is_file());
    assert!(!home.path().join(".local/bin").exists());
    let share = home.path().join(".local/share");
    for f in OURS {
        assert!(share.join(f).is_file(), "{f} missing");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(prefix.path().join("bin/trailmap"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o111, 0o111, "the binary is executable: {mode:o}");
    }
    install(home.path(), None, &["--prefix", prefix_arg, "--uninstall"]);
    assert!(files_under(prefix.path()).is_empty());
    for f in OURS {
        assert!(!share.join(f).exists(), "{f} left behind");
    }
}
