//! The Tightrope viewer: renders the corpus JSON embedded at build time.

fn main() {
    let json = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));
    let _ = json;
}
