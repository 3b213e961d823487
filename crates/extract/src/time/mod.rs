//! Stage 4: time expressions. Finds English temporal expressions, normalises them to TimeML
//! TIMEX3 values and resolves relative ones against the document date or the narrative time.

use tightrope_core::{Day, Timex};

/// What a document offers to anchor its relative expressions.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeContext {
    /// The document creation time, if known.
    pub dct: Option<Day>,
}

/// Tags every time expression in `text`; offsets are byte offsets into `text`.
pub fn tag(text: &str, context: &TimeContext) -> Vec<Timex> {
    let _ = (text, context);
    Vec::new()
}
