//! Time expressions (TimeML TIMEX3) as found in a document.

use super::{DateValue, DayInterval, Precision};
use serde::{Deserialize, Serialize};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How a relative or underspecified expression was placed in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// The expression names its own calendar position ("May 7, 2020").
    Absolute,
    /// Resolved against the document creation time ("last week" in news).
    Dct,
    /// Resolved against the latest date the text itself established ("On July 21" after "May 7, 2020").
    Narrative,
    /// Not placed: no anchor was available, or the expression has no position (durations).
    None,
}

/// One time expression: its span, TimeML annotation and calendar interval.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte offsets into the document's cleaned text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TimeML value: `2020-07-21`, `2025-02`, `P3D`, `PRESENT_REF` …
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    pub precision: Precision,
    /// Earliest and latest day, for DATE and TIME values with a calendar position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<DayInterval>,
    pub anchor: Anchor,
}

impl Timex {
    /// The date part of this expression, as events and the timeline carry it.
    pub fn date_value(&self) -> DateValue {
        DateValue {
            value: self.value.clone(),
            precision: self.precision,
            modifier: self.modifier.clone(),
            interval: self.interval,
        }
    }
}
