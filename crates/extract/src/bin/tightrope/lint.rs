//! `tightrope lint`: likely duplicate actors and frequent unresolved names.

pub fn run(args: &[String]) -> Result<(), String> {
    let _ = args;
    Err("lint is not built yet".into())
}
