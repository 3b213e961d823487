//! Unit tests of history dating: hand-written history sentences, one group per rule family.

use super::*;

fn dct(y: i32, m: u32, d: u32) -> DocTime {
    DocTime::news(Day::new(y, m, d).unwrap())
}

/// A history with the day it was written as DCT, read in its own time.
fn written(y: i32, m: u32, d: u32) -> DocTime {
    DocTime { style: Style::Narrative, ..dct(y, m, d) }
}

/// `(text, value)` of every expression found.
fn values(text: &str, context: &DocTime) -> Vec<(String, String)> {
    tag_doc(text, context).into_iter().map(|t| (t.text, t.value)).collect()
}

/// The value given to the first expression written `words`.
fn value_of(found: &[(String, String)], words: &str) -> Option<String> {
    found.iter().find(|(t, _)| t == words).map(|(_, v)| v.clone())
}

#[test]
fn a_recent_history_reaching_its_own_year_is_still_a_history() {
    // Written in 2009 about 2003–2009: the years next to the DCT are no sign of news.
    let c = DocTime { style: Style::Auto, ..dct(2009, 12, 19) };
    let text = "The invasion began in March 2003. Baghdad fell on April 9. Elections followed in January \
                2005, a constitution in October 2005 and a new government in 2006. The surge came in 2007; \
                by 2008 violence had fallen, and in 2009 the troops left the cities. In May, talks resumed.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "April 9").as_deref(), Some("2003-04-09"));
    assert_eq!(value_of(&found, "May").as_deref(), Some("2009-05"));
}

#[test]
fn a_history_stays_in_its_own_time_after_an_aside_about_today() {
    let c = written(2009, 12, 19);
    let text = "The offensive began on 8 August 1918. Ludendorff called this day the Black Day. Today it is \
                remembered as a turning point. On 10 August the line broke. The armistice of 11 November \
                took effect at 11:00, though shelling went on until 10:58.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "this day").as_deref(), Some("1918-08-08"));
    assert_eq!(value_of(&found, "Today").as_deref(), Some("2009-12-19"));
    assert_eq!(value_of(&found, "10 August").as_deref(), Some("1918-08-10"));
    assert_eq!(value_of(&found, "10:58").as_deref(), Some("1918-11-11T10:58"));
}
