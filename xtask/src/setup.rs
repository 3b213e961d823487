//! `cargo xtask setup`: installs what the build and tests need, pinned, from registries only.
//!
//! Each step checks first and installs only what is missing or at the wrong version, so a
//! second run does nothing and says so. Nothing is downloaded from outside the registries:
//! trunk and wasm-bindgen-cli from crates.io, wasm-opt (binaryen) and axe-core (the browser
//! tests' accessibility checker) from npm, Chromium and ChromeDriver from Debian.

use anyhow::{bail, Context, Result};
use std::path::Path;
use std::time::Instant;

use crate::util::{command, elapsed, output_line, run as run_command, tools_bin};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132.0.0";
pub const AXE_CORE_VERSION: &str = "4.14.1";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// An install action, run only when its step is missing.
type Install<'a> = Box<dyn Fn() -> Result<()> + 'a>;

struct Step {
    name: &'static str,
    /// Some(reason) when the step must install.
    missing: Option<String>,
}

/// Installs what is missing; returns how many things were installed.
pub fn run(root: &Path) -> Result<usize> {
    let start = Instant::now();
    let wasm_bindgen = lockfile_version(root, "wasm-bindgen")?;
    let mut installed = 0;
    let steps: Vec<(Step, Install)> = vec![
        (
            Step { name: "wasm32 target", missing: check_target(root) },
            Box::new(|| {
                run_command({
                    let mut c = command(root, "rustup");
                    c.args(["target", "add", "wasm32-unknown-unknown"]);
                    c
                })
            }),
        ),
        (
            Step {
                name: "trunk",
                missing: check_version(root, "trunk", &["--version"], &format!("trunk {TRUNK_VERSION}")),
            },
            Box::new(|| {
                run_command({
                    let mut c = command(root, "cargo");
                    c.args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]);
                    c
                })
            }),
        ),
        (
            Step {
                name: "wasm-bindgen-cli",
                missing: check_version(root, "wasm-bindgen", &["--version"], &format!("wasm-bindgen {wasm_bindgen}")),
            },
            // Not --locked: its packaged lockfile names a crate version the registry lacks.
            Box::new(|| {
                run_command({
                    let mut c = command(root, "cargo");
                    c.args(["install", "wasm-bindgen-cli", "--version", &wasm_bindgen, "--force"]);
                    c
                })
            }),
        ),
        (Step { name: "wasm-opt (binaryen)", missing: check_wasm_opt(root) }, Box::new(|| install_binaryen(root))),
        (
            Step { name: "axe-core", missing: check_axe_core(root) },
            Box::new(|| npm_install(root, "axe-core", AXE_CORE_VERSION)),
        ),
        (Step { name: "Chromium and ChromeDriver", missing: check_browser(root) }, Box::new(install_browser)),
    ];
    for (step, install) in &steps {
        match &step.missing {
            None => println!("setup: {} is ready", step.name),
            Some(reason) => {
                println!("setup: installing {} ({reason})", step.name);
                let started = Instant::now();
                install().with_context(|| format!("installing {}", step.name))?;
                println!("setup: installed {} in {}", step.name, elapsed(started));
                installed += 1;
            }
        }
    }
    // Trunk runs cargo offline (Trunk.toml), so every crate must be fetched first.
    run_command({
        let mut c = command(root, "cargo");
        c.args(["fetch", "--locked", "--quiet"]);
        c
    })?;
    if installed == 0 {
        println!("setup: nothing to install; everything is in place ({})", elapsed(start));
    } else {
        println!("setup: installed {installed} tools in {}", elapsed(start));
    }
    Ok(installed)
}

/// The version of a crate in Cargo.lock.
pub fn lockfile_version(root: &Path, name: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let needle = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&needle).with_context(|| format!("Cargo.lock has no `{name}`"))? + needle.len();
    let end = lock[start..].find('"').context("Cargo.lock is malformed")? + start;
    Ok(lock[start..end].to_string())
}

fn check_target(root: &Path) -> Option<String> {
    let output = command(root, "rustup").args(["target", "list", "--installed"]).output().ok();
    let installed = output
        .is_some_and(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == "wasm32-unknown-unknown"));
    (!installed).then(|| "not installed".to_string())
}

fn check_version(root: &Path, program: &str, args: &[&str], expected: &str) -> Option<String> {
    match output_line(root, program, args) {
        Some(line) if line.starts_with(expected) => None,
        Some(line) => Some(format!("found `{line}`, need `{expected}`")),
        None => Some("not installed".to_string()),
    }
}

fn check_wasm_opt(root: &Path) -> Option<String> {
    let program = tools_bin(root).join("wasm-opt");
    let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    match output_line(root, &program.to_string_lossy(), &["--version"]) {
        Some(line) if line.contains(&format!("version {major}")) => None,
        Some(line) => Some(format!("found `{line}`, need version {major}")),
        None => Some("not installed".to_string()),
    }
}

fn install_binaryen(root: &Path) -> Result<()> {
    npm_install(root, "binaryen", BINARYEN_VERSION)
}

/// The axe-core script the browser tests inject into each page.
pub fn axe_core_script(root: &Path) -> std::path::PathBuf {
    root.join(".tools/node_modules/axe-core/axe.min.js")
}

fn check_axe_core(root: &Path) -> Option<String> {
    let manifest = root.join(".tools/node_modules/axe-core/package.json");
    let Ok(text) = std::fs::read_to_string(&manifest) else { return Some("not installed".to_string()) };
    let version = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("version").and_then(|v| v.as_str()).map(str::to_string));
    match version {
        Some(version) if version == AXE_CORE_VERSION && axe_core_script(root).exists() => None,
        Some(version) => Some(format!("found {version}, need {AXE_CORE_VERSION}")),
        None => Some(format!("{} has no version", manifest.display())),
    }
}

/// Installs one exact npm package version into `.tools/`, the project's own tool folder.
fn npm_install(root: &Path, package: &str, version: &str) -> Result<()> {
    if output_line(root, "npm", &["--version"]).is_none() {
        bail!("npm is needed to install {package}: install Node.js and npm (Debian: apt-get install nodejs npm)");
    }
    std::fs::create_dir_all(root.join(".tools"))?;
    let mut npm = command(root, "npm");
    npm.args([
        "install",
        "--no-audit",
        "--no-fund",
        "--save-exact",
        "--prefix",
        ".tools",
        &format!("{package}@{version}"),
    ]);
    run_command(npm)
}

fn check_browser(root: &Path) -> Option<String> {
    let chromium = output_line(root, CHROMIUM, &["--version"]);
    let driver = output_line(root, CHROMEDRIVER, &["--version"]);
    match (chromium, driver) {
        (Some(_), Some(_)) => None,
        (None, _) => Some(format!("{CHROMIUM} not found")),
        (_, None) => Some(format!("{CHROMEDRIVER} not found")),
    }
}

fn install_browser() -> Result<()> {
    let apt = |args: &[&str]| {
        let root_user = std::process::Command::new("id")
            .arg("-u")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
            .unwrap_or(false);
        let mut command = if root_user {
            std::process::Command::new("apt-get")
        } else {
            let mut sudo = std::process::Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run_command(command)
    };
    apt(&["update", "-qq"])?;
    apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])
}
