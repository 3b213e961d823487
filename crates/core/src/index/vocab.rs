//! The values events are faceted by: QuadClass, CAMEO root, date precision, each with a URL slug.

use crate::model::{Event, Precision};

/// CAMEO's four QuadClasses, derived from an event's root code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    pub const ALL: [QuadClass; 4] = [
        QuadClass::VerbalCooperation,
        QuadClass::MaterialCooperation,
        QuadClass::VerbalConflict,
        QuadClass::MaterialConflict,
    ];

    /// The QuadClass of the corpus JSON's `quad` number (1–4).
    pub fn from_number(quad: u8) -> Option<QuadClass> {
        QuadClass::ALL.get(usize::from(quad).checked_sub(1)?).copied()
    }

    /// The corpus JSON's `quad` number, 1–4.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    pub fn of(event: &Event) -> Option<QuadClass> {
        QuadClass::from_number(event.quad?)
    }

    pub fn label(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }

    /// The snake_case name used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal_cooperation",
            QuadClass::MaterialCooperation => "material_cooperation",
            QuadClass::VerbalConflict => "verbal_conflict",
            QuadClass::MaterialConflict => "material_conflict",
        }
    }

    /// Reads a slug or the number 1–4.
    pub fn from_slug(slug: &str) -> Option<QuadClass> {
        QuadClass::ALL
            .into_iter()
            .find(|q| q.slug() == slug)
            .or_else(|| slug.parse().ok().and_then(QuadClass::from_number))
    }
}

/// Every precision, finest first: the order of the precision facet.
pub const PRECISIONS: [Precision; 9] = [
    Precision::Day,
    Precision::Week,
    Precision::Month,
    Precision::Season,
    Precision::Quarter,
    Precision::Year,
    Precision::Decade,
    Precision::Century,
    Precision::Vague,
];

/// The position of a precision in [`PRECISIONS`].
pub fn precision_ix(precision: Precision) -> usize {
    PRECISIONS.iter().position(|p| *p == precision).unwrap_or(PRECISIONS.len() - 1)
}

/// Reads a precision's label (`day`, `month` …), as URLs carry it.
pub fn precision_from_label(label: &str) -> Option<Precision> {
    PRECISIONS.into_iter().find(|p| p.label() == label)
}

/// A category root as the category facet lists it: a CAMEO root ("19", "Fight") or one of our
/// own categories, which is its own root ("ELECT").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryRoot {
    pub code: String,
    pub name: String,
}

/// The CAMEO root of a code ("163" → "16"); our own categories are their own root.
/// The same rule as the pipeline's `events::merge::root`.
pub fn category_root(code: &str) -> &str {
    if code.len() >= 2 && code.bytes().all(|b| b.is_ascii_digit()) {
        &code[..2]
    } else {
        code
    }
}

/// The name of a CAMEO root code (CAMEO 1.1b3), `None` for other codes.
pub fn cameo_root_name(root: &str) -> Option<&'static str> {
    Some(match root {
        "01" => "Make public statement",
        "02" => "Appeal",
        "03" => "Express intent to cooperate",
        "04" => "Consult",
        "05" => "Engage in diplomatic cooperation",
        "06" => "Engage in material cooperation",
        "07" => "Provide aid",
        "08" => "Yield",
        "09" => "Investigate",
        "10" => "Demand",
        "11" => "Disapprove",
        "12" => "Reject",
        "13" => "Threaten",
        "14" => "Protest",
        "15" => "Exhibit force posture",
        "16" => "Reduce relations",
        "17" => "Coerce",
        "18" => "Assault",
        "19" => "Fight",
        "20" => "Use unconventional mass violence",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_read_slugs_and_numbers() {
        for quad in QuadClass::ALL {
            assert_eq!(QuadClass::from_slug(quad.slug()), Some(quad));
            assert_eq!(QuadClass::from_number(quad.number()), Some(quad));
        }
        assert_eq!(QuadClass::from_slug("4"), Some(QuadClass::MaterialConflict));
        assert_eq!(QuadClass::from_slug("0"), None);
        assert_eq!(QuadClass::from_slug("5"), None);
        assert_eq!(QuadClass::from_number(0), None);
    }

    #[test]
    fn roots_follow_the_pipeline_rule() {
        assert_eq!(category_root("163"), "16");
        assert_eq!(category_root("0874"), "08");
        assert_eq!(category_root("ELECT"), "ELECT");
        assert_eq!(category_root("1"), "1");
        assert_eq!(cameo_root_name("19"), Some("Fight"));
        assert_eq!(cameo_root_name("21"), None);
    }

    #[test]
    fn precisions_read_their_labels() {
        for precision in PRECISIONS {
            assert_eq!(precision_from_label(precision.label()), Some(precision));
            assert_eq!(PRECISIONS[precision_ix(precision)], precision);
        }
    }
}
