//! `tightrope timex`: time expressions as JSON (the benchmark's interface).

pub fn run(args: &[String]) -> Result<(), String> {
    let _ = args;
    Err("timex is not built yet".into())
}
