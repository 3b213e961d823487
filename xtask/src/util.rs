//! Small helpers: the repository root, running commands, timing.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

/// The project-local tool folder (npm's binaryen lives here).
pub fn tools_bin(root: &Path) -> PathBuf {
    root.join(".tools/node_modules/.bin")
}

/// PATH with the project tools and cargo's bin folder first.
pub fn tool_path(root: &Path) -> String {
    let mut parts = vec![tools_bin(root)];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(parts).expect("paths join").to_string_lossy().into_owned()
}

/// A command with the project's tool PATH and trunk's version check off.
pub fn command(root: &Path, program: &str) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root).env("PATH", tool_path(root)).env("TRUNK_SKIP_VERSION_CHECK", "true");
    command
}

/// Runs a command to completion, failing with its name if it fails.
pub fn run(mut command: Command) -> Result<()> {
    let shown = format!("{command:?}");
    let status = command.status().with_context(|| format!("cannot start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

/// The first line a command prints, or None if it cannot run.
pub fn output_line(root: &Path, program: &str, args: &[&str]) -> Option<String> {
    let output = command(root, program).args(args).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).to_string() + &String::from_utf8_lossy(&output.stderr);
    output.status.success().then(|| text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string())
}

pub fn elapsed(start: Instant) -> String {
    let seconds = start.elapsed().as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1} s")
    } else {
        format!("{:.0} min {:.0} s", (seconds / 60.0).floor(), seconds % 60.0)
    }
}
