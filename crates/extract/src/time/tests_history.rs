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

#[test]
fn a_date_named_in_passing_does_not_move_the_story() {
    let c = written(2009, 12, 19);
    // A leap the text does not follow, and the end of a stretch, are asides.
    let text = "On 2 August 1964, the destroyer was attacked. A report published in 2005 questioned the \
                account. In the same month, Congress passed the resolution. On 10 March 1975, the offensive \
                began, well before the campaign planned for 1976. The town fell on 11 March. The siege went on \
                until February 1945 in the north. In June 1944, the Allies landed. By the start of July, \
                they held Normandy.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "the same month").as_deref(), Some("1964-08"));
    assert_eq!(value_of(&found, "11 March").as_deref(), Some("1975-03-11"));
    assert_eq!(value_of(&found, "the start of July").as_deref(), Some("1944-07"));
    // A date opening its sentence sets the scene; a sentence going on in the leap's time follows it.
    let text = "The war began in 1914. In 1916, Romania joined. Fighting ended in 1918. Encouraged by the \
                landings in April 1915, Italy declared war on May 23.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "May 23").as_deref(), Some("1915-05-23"));
    // "that year" points back to the year named last, even in passing.
    let text = "On 11 May 1941, the bombing stopped. In Asia the war was stalemated by 1940. In August of \
                that year, an offensive began.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "August of that year").as_deref(), Some("1940-08"));
}

#[test]
fn a_yearless_month_goes_on_into_the_next_year_from_late_in_a_year() {
    let c = written(2009, 12, 19);
    let text = "Pearl Harbor was attacked on December 7, 1941. In January, the Allies formed a command. \
                In May 1958 the crisis began. In August the offensive stalled. On 20 October 1944 Belgrade \
                fell. By the start of July, the Allies held Normandy.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "January").as_deref(), Some("1942-01"));
    assert_eq!(value_of(&found, "August").as_deref(), Some("1958-08"));
    assert_eq!(value_of(&found, "the start of July").as_deref(), Some("1944-07"));
}

#[test]
fn a_history_before_christ_counts_in_its_own_years() {
    let c = written(2009, 12, 19);
    let text = "The revolt broke out in 499 BC. The following year, Athens sent ships. In the autumn of 481 BC \
                the envoys returned, and in April 480 BC the army marched. In mid-August the fleets met. \
                The following decade was quiet.";
    let found = values(text, &c);
    assert_eq!(value_of(&found, "The following year").as_deref(), Some("BC0498"));
    assert_eq!(value_of(&found, "the autumn of 481 BC").as_deref(), Some("BC0481-FA"));
    assert_eq!(value_of(&found, "April 480 BC").as_deref(), Some("BC0480-04"));
    assert_eq!(value_of(&found, "mid-August").as_deref(), Some("BC0480-08"));
    assert_eq!(value_of(&found, "The following decade").as_deref(), Some("BC047"));
    // Days are counted from AD 1: a date before it has a value and no interval.
    assert!(tag_doc(text, &c).iter().all(|t| t.interval.is_none()));
}

#[test]
fn a_history_names_its_winters_by_the_year_of_their_january() {
    let c = written(2009, 12, 19);
    let text = "The offensive stalled in October 1914, and the armies dug in for the winter. In February \
                1915 the snow lay deep; the winter was the hardest in memory.";
    let found = values(text, &c);
    let winters: Vec<&str> = found.iter().filter(|(t, _)| t == "the winter").map(|(_, v)| v.as_str()).collect();
    assert_eq!(winters, ["1915-WI", "1915-WI"]);
}

#[test]
fn a_history_keeps_the_part_of_the_day_it_names() {
    let text = "On the night of 20 June 1791, the king fled. He was caught the next day. On the morning of \
                April 19 the militia gathered.";
    let found = values(text, &written(2009, 12, 19));
    assert_eq!(value_of(&found, "the night of 20 June 1791").as_deref(), Some("1791-06-20TNI"));
    assert_eq!(value_of(&found, "the next day").as_deref(), Some("1791-06-21"));
    assert_eq!(value_of(&found, "the morning of April 19").as_deref(), Some("1791-04-19TMO"));
    // News annotators date the day alone.
    let found = values("He was shot on the night of Oct. 23 in his home.", &dct(1998, 11, 21));
    assert_eq!(found, [("Oct. 23".to_string(), "1998-10-23".to_string())]);
}

#[test]
fn a_two_digit_year_in_a_history_is_in_the_story_s_century() {
    let text = "In August 1914 the armies marched, singing the songs of '99 again.";
    assert_eq!(value_of(&values(text, &written(2009, 12, 19)), "'99").as_deref(), Some("1899"));
    let text = "The invasion began in March 2003, five years after the crisis of '98 had ended.";
    assert_eq!(value_of(&values(text, &written(2009, 12, 19)), "'98").as_deref(), Some("1998"));
}
