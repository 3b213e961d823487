//! Word lists of English time expressions: months, weekdays, number words, units, seasons.

/// Calendar and clock units an expression can count or shift by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TimeML duration letter(s), and whether the unit is a clock unit (written after `T`).
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
        }
    }
}

/// How a holiday's day is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holiday {
    Fixed {
        month: u32,
        day: u32,
    },
    /// The `nth` given weekday of a month counting from its day `from`; a negative `nth`
    /// counts back from the month's end ("the last Monday of May").
    Nth {
        month: u32,
        weekday: u32,
        nth: i32,
        from: u32,
    },
    /// Some days from Easter Sunday.
    Easter {
        offset: i32,
    },
}

impl Holiday {
    /// The month the holiday falls in, or about (Easter moves between March and April).
    pub fn month(self) -> u32 {
        match self {
            Holiday::Fixed { month, .. } | Holiday::Nth { month, .. } => month,
            Holiday::Easter { .. } => 4,
        }
    }
}

/// Holidays with a calendar position, by their words (an apostrophe or a full stop is skipped:
/// "New Year's Day" is `new year s day`). Longer names come before their beginnings.
#[rustfmt::skip]
pub const HOLIDAYS: &[(&[&str], Holiday)] = &[
    (&["christmas", "eve"], Holiday::Fixed { month: 12, day: 24 }),
    (&["christmas", "day"], Holiday::Fixed { month: 12, day: 25 }),
    (&["christmas"], Holiday::Fixed { month: 12, day: 25 }),
    (&["boxing", "day"], Holiday::Fixed { month: 12, day: 26 }),
    (&["new", "year", "s", "day"], Holiday::Fixed { month: 1, day: 1 }),
    (&["new", "year", "s", "eve"], Holiday::Fixed { month: 12, day: 31 }),
    (&["halloween"], Holiday::Fixed { month: 10, day: 31 }),
    (&["valentine", "s", "day"], Holiday::Fixed { month: 2, day: 14 }),
    (&["independence", "day"], Holiday::Fixed { month: 7, day: 4 }),
    (&["veterans", "day"], Holiday::Fixed { month: 11, day: 11 }),
    (&["armistice", "day"], Holiday::Fixed { month: 11, day: 11 }),
    (&["remembrance", "day"], Holiday::Fixed { month: 11, day: 11 }),
    (&["bastille", "day"], Holiday::Fixed { month: 7, day: 14 }),
    (&["may", "day"], Holiday::Fixed { month: 5, day: 1 }),
    (&["thanksgiving", "day"], Holiday::Nth { month: 11, weekday: 4, nth: 4, from: 1 }),
    (&["thanksgiving"], Holiday::Nth { month: 11, weekday: 4, nth: 4, from: 1 }),
    (&["labor", "day"], Holiday::Nth { month: 9, weekday: 1, nth: 1, from: 1 }),
    (&["memorial", "day"], Holiday::Nth { month: 5, weekday: 1, nth: -1, from: 1 }),
    (&["presidents", "day"], Holiday::Nth { month: 2, weekday: 1, nth: 3, from: 1 }),
    (&["columbus", "day"], Holiday::Nth { month: 10, weekday: 1, nth: 2, from: 1 }),
    (&["martin", "luther", "king", "jr", "day"], Holiday::Nth { month: 1, weekday: 1, nth: 3, from: 1 }),
    (&["martin", "luther", "king", "day"], Holiday::Nth { month: 1, weekday: 1, nth: 3, from: 1 }),
    (&["mother", "s", "day"], Holiday::Nth { month: 5, weekday: 7, nth: 2, from: 1 }),
    (&["father", "s", "day"], Holiday::Nth { month: 6, weekday: 7, nth: 3, from: 1 }),
    // US federal elections: the Tuesday after the first Monday of November.
    (&["election", "day"], Holiday::Nth { month: 11, weekday: 2, nth: 1, from: 2 }),
    (&["easter", "sunday"], Holiday::Easter { offset: 0 }),
    (&["easter", "monday"], Holiday::Easter { offset: 1 }),
    (&["easter"], Holiday::Easter { offset: 0 }),
    (&["good", "friday"], Holiday::Easter { offset: -2 }),
    (&["palm", "sunday"], Holiday::Easter { offset: -7 }),
    (&["ash", "wednesday"], Holiday::Easter { offset: -46 }),
    (&["pentecost"], Holiday::Easter { offset: 49 }),
    (&["maundy", "thursday"], Holiday::Easter { offset: -3 }),
    (&["shrove", "tuesday"], Holiday::Easter { offset: -47 }),
    // The day after Thanksgiving: the fourth Friday counted from November 2.
    (&["black", "friday"], Holiday::Nth { month: 11, weekday: 5, nth: 4, from: 2 }),
];

/// True for a word that can open a holiday's name, so the table is read only there.
pub fn opens_holiday(word: &str) -> bool {
    matches!(
        word,
        "christmas"
            | "boxing"
            | "new"
            | "halloween"
            | "valentine"
            | "independence"
            | "veterans"
            | "armistice"
            | "remembrance"
            | "bastille"
            | "may"
            | "thanksgiving"
            | "labor"
            | "memorial"
            | "presidents"
            | "columbus"
            | "martin"
            | "mother"
            | "father"
            | "election"
            | "easter"
            | "good"
            | "palm"
            | "ash"
            | "pentecost"
            | "maundy"
            | "shrove"
            | "black"
    )
}

/// A month number for a month name or its abbreviation ("sept", "aug").
pub fn month(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// True for a month's full name (not an abbreviation that may take a full stop).
pub fn is_full_month(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// True for month names that are also common English words and need context to count.
pub fn month_is_ambiguous(word: &str) -> bool {
    matches!(word, "may" | "march" | "mar" | "jan" | "jun" | "jul" | "sep" | "dec" | "august")
}

/// The ISO weekday (Monday = 1) of a weekday name or abbreviation.
pub fn weekday(word: &str) -> Option<u32> {
    Some(match word {
        "monday" | "mon" => 1,
        "tuesday" | "tue" | "tues" => 2,
        "wednesday" | "wed" => 3,
        "thursday" | "thu" | "thur" | "thurs" => 4,
        "friday" | "fri" => 5,
        "saturday" | "sat" => 6,
        "sunday" | "sun" => 7,
        _ => None?,
    })
}

/// Plural weekday names, which in "on Fridays" make a set.
pub fn weekday_plural(word: &str) -> Option<u32> {
    let stem = word.strip_suffix('s')?;
    if stem.len() > 5 {
        weekday(stem)
    } else {
        None
    }
}

/// A cardinal number word ("three", "twenty", "a").
pub fn cardinal(word: &str) -> Option<u32> {
    Some(match word {
        "zero" => 0,
        "one" | "a" | "an" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// An ordinal word ("third") or a digit ordinal suffix's word form.
pub fn ordinal(word: &str) -> Option<u32> {
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// Suffixes written after a digit ordinal ("21st", "3rd").
pub fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th")
}

/// A unit word, singular or plural; the flag says it was plural.
pub fn unit(word: &str) -> Option<(Unit, bool)> {
    let (unit, plural) = match word {
        "second" => (Unit::Second, false),
        "seconds" | "secs" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        _ => return None,
    };
    Some((unit, plural))
}

/// The TimeML season code and its first month for a season word.
pub fn season(word: &str) -> Option<(&'static str, u32)> {
    Some(match word {
        "spring" => ("SP", 3),
        "summer" => ("SU", 6),
        "fall" | "autumn" => ("FA", 9),
        "winter" => ("WI", 12),
        _ => return None,
    })
}

/// The TimeML part-of-day code for a part-of-day word.
pub fn day_part(word: &str) -> Option<&'static str> {
    Some(match word {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Words that place a date vaguely in the past, present or future on their own.
pub fn reference_word(word: &str) -> Option<&'static str> {
    Some(match word {
        "now" | "currently" | "current" | "nowadays" | "presently" => "PRESENT_REF",
        "recently" | "recent" | "lately" => "PAST_REF",
        _ => return None,
    })
}

/// Numeric modifiers that make an amount approximate or bounded; the TimeML mod they give.
pub fn amount_modifier(words: &[&str]) -> Option<(usize, &'static str)> {
    let first = *words.first()?;
    let second = words.get(1).copied().unwrap_or("");
    let third = words.get(2).copied().unwrap_or("");
    Some(match (first, second, third) {
        ("no", "more", "than") => (3, "EQUAL_OR_LESS"),
        ("no", "less", "than") => (3, "EQUAL_OR_MORE"),
        ("more", "than", _) => (2, "MORE_THAN"),
        ("less", "than", _) | ("fewer", "than", _) => (2, "LESS_THAN"),
        ("at", "least", _) => (2, "EQUAL_OR_MORE"),
        ("at", "most", _) | ("up", "to", _) => (2, "EQUAL_OR_LESS"),
        ("about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some", _, _) => (1, "APPROX"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_calendar_words() {
        assert_eq!(month("sept"), Some(9));
        assert_eq!(weekday("thurs"), Some(4));
        assert_eq!(weekday_plural("fridays"), Some(5));
        assert_eq!(weekday_plural("suns"), None);
        assert_eq!(unit("quarters"), Some((Unit::Quarter, true)));
        assert_eq!(season("autumn"), Some(("FA", 9)));
        assert_eq!(cardinal("twenty"), Some(20));
        assert_eq!(ordinal("third"), Some(3));
    }

    #[test]
    fn every_holiday_opens_with_a_gated_word() {
        for (words, _) in HOLIDAYS {
            assert!(opens_holiday(words[0]), "{words:?}");
        }
    }

    #[test]
    fn reads_amount_modifiers() {
        assert_eq!(amount_modifier(&["more", "than", "four"]), Some((2, "MORE_THAN")));
        assert_eq!(amount_modifier(&["no", "more", "than"]), Some((3, "EQUAL_OR_LESS")));
        assert_eq!(amount_modifier(&["nearly"]), Some((1, "APPROX")));
        assert_eq!(amount_modifier(&["the"]), None);
    }
}
