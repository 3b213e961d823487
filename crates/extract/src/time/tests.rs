//! Unit tests of the whole tagger, one group per rule family.

use super::*;

fn dct(y: i32, m: u32, d: u32) -> DocTime {
    DocTime::news(Day::new(y, m, d).unwrap())
}

/// An undated text read as a history.
fn history() -> DocTime {
    DocTime { dct: None, style: Style::Narrative, ..DocTime::default() }
}

/// Asserts that none of `texts` holds a time expression.
fn assert_untagged(texts: &[&str], context: &DocTime) {
    for text in texts {
        let found = tagged(text, context);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// The earliest and latest day of an expression's interval.
fn span(timex: &Timex) -> (String, String) {
    let interval = timex.interval.expect("an interval");
    (interval.earliest.to_string(), interval.latest.to_string())
}

/// `(text, type, value)` of every expression found.
fn tagged(text: &str, context: &DocTime) -> Vec<(String, &'static str, String)> {
    tag_doc(text, context).into_iter().map(|t| (t.text, t.timex_type.as_str(), t.value)).collect()
}

fn one(text: &str, context: &DocTime) -> (String, String) {
    let found = tagged(text, context);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    (found[0].0.clone(), found[0].2.clone())
}

#[test]
fn calendar_dates() {
    let c = dct(1989, 10, 30);
    assert_eq!(one("The notes mature Sept. 30, 1991.", &c), ("Sept. 30, 1991".into(), "1991-09-30".into()));
    assert_eq!(
        one("Kadhimi took office on May 7, 2020, amid crises.", &c),
        ("May 7, 2020".into(), "2020-05-07".into())
    );
    assert_eq!(one("The deal, finalized on August 11th, aims high.", &c).1, "1989-08-11");
    assert_eq!(one("It builds on a March 2023 agreement.", &c).1, "2023-03");
    assert_eq!(one("The bid was extended to Nov. 6.", &c).1, "1989-11-06");
    assert_eq!(one("Thanks to a 2018 decree, the PMF grew.", &c).1, "2018");
    assert_eq!(one("It was signed on 21 July 2020.", &c).1, "2020-07-21");
    assert_eq!(one("Released 2025-09-24 to all", &c).1, "2025-09-24");
    assert_eq!(one("The record is dated 19-Nov-12.", &c).1, "2012-11-19");
    assert_eq!(one("In the 1990s it grew.", &c), ("the 1990s".into(), "199".into()));
}

#[test]
fn ambiguous_month_words_need_context() {
    let c = dct(1989, 10, 30);
    assert!(tagged("Prices may fall and troops march.", &c).is_empty());
    assert_eq!(one("In May, the House passed a plan.", &c).1, "1989-05");
}

#[test]
fn year_parts() {
    let c = dct(1989, 10, 26);
    assert_eq!(one("Profit rose in the third quarter.", &c), ("the third quarter".into(), "1989-Q3".into()));
    assert_eq!(one("Its third-quarter profit rose.", &c), ("third-quarter".into(), "1989-Q3".into()));
    assert_eq!(one("It happened last fall.", &c).1, "1988-FA");
    assert_eq!(one("We hope to finish in the first half of 1990.", &c).1, "1990-H1");
}

#[test]
fn relative_dates() {
    let c = dct(1989, 10, 27);
    assert_eq!(one("A spokesman said yesterday it fell.", &c).1, "1989-10-26");
    assert_eq!(one("Sales fell last year.", &c).1, "1988");
    assert_eq!(one("It was announced last month.", &c).1, "1989-09");
    assert_eq!(one("The company will decide next week.", &c).1, "1989-W44");
    assert_eq!(one("It was founded two years ago.", &c).1, "1987");
    assert_eq!(one("Earnings fell in the quarter.", &c).1, "1989-Q3");
    assert_eq!(one("Shares closed Friday at $29.", &dct(1989, 10, 30)).1, "1989-10-27");
    assert_eq!(one("Orkem said last Wednesday it agreed.", &dct(1989, 11, 1)).1, "1989-10-25");
}

#[test]
fn references_and_durations() {
    let c = dct(1989, 10, 27);
    assert_eq!(tagged("It is now clear.", &c)[0].2, "PRESENT_REF");
    assert_eq!(tagged("He recently left.", &c)[0].2, "PAST_REF");
    assert_eq!(one("The talks lasted two days.", &c), ("two days".into(), "P2D".into()));
    assert_eq!(one("a four-year tightrope walk", &c).1, "P4Y");
    assert_eq!(one("Prices rose over the past two months.", &c), ("the past two months".into(), "P2M".into()));
    assert_eq!(one("He spoke for more than three hours.", &c), ("more than three hours".into(), "PT3H".into()));
    assert_eq!(one("In the nine months, profit rose.", &c).1, "P9M");
}

#[test]
fn times_and_sets() {
    let c = dct(1998, 2, 13);
    assert_eq!(one("Police came at 10 p.m. Wednesday.", &c), ("10 p.m. Wednesday".into(), "1998-02-11T22:00".into()));
    assert_eq!(one("He left this morning.", &c).1, "1998-02-13TMO");
    assert_eq!(one("Oil exports near four million barrels daily.", &c).1, "P1D");
    assert_eq!(one("It meets every Thursday.", &c).1, "XXXX-WXX-4");
}

#[test]
fn modifiers_give_intervals() {
    let c = DocTime { dct: Day::new(2025, 11, 15), ..DocTime::default() };
    let found = tag_doc("Troops should be out by late 2026.", &c);
    assert_eq!(found[0].text, "late 2026");
    assert_eq!(found[0].modifier.as_deref(), Some("END"));
    assert_eq!(found[0].interval.unwrap().earliest.to_string(), "2026-09-01");
    let found = tag_doc("They met in early September 2025.", &c);
    assert_eq!(found[0].interval.unwrap().latest.to_string(), "2025-09-10");
    let found = tag_doc("In July 2025, they agreed to a pullout by December.", &c);
    assert_eq!(found[1].value, "2025-12");
    assert_eq!(found[1].modifier.as_deref(), Some("ON_OR_BEFORE"));
}

#[test]
fn narrative_time_anchors_yearless_dates() {
    let c = history();
    let found = tagged("He took office on May 7, 2020. On July 21, he visited Iran.", &c);
    assert_eq!(found[1].2, "2020-07-21");
    let found = tagged("On July 21, he visited Iran.", &DocTime::default());
    assert_eq!(found[0].2, "XXXX-07-21");
}

#[test]
fn a_month_precise_dct_keeps_its_month() {
    let c = DocTime { dct: Day::new(2025, 9, 24), dct_precision: Precision::Month, style: Style::News };
    assert_eq!(one("The report was published on September 24.", &c).1, "2025-09-24");
    assert_eq!(one("In February, the US sanctioned banks.", &c).1, "2025-02");
    assert_eq!(one("It met in early September.", &c).1, "2025-09");
}

#[test]
fn demonstratives_and_anaphora_follow_the_story() {
    let c = dct(2025, 11, 1);
    let found = tagged("He moved to Paris in 1990. That summer he married. Two years later he left.", &c);
    assert_eq!(found[1].2, "1990-SU");
    assert_eq!(found[2].2, "1992");
    let found = tagged("In 1990 he arrived. The next day he left.", &c);
    assert_eq!(found[1].2, "1990");
}

#[test]
fn measures_and_names_are_not_dates() {
    let c = dct(2025, 11, 1);
    assert!(tagged("the 1400-kilometer border", &c).is_empty());
    assert!(tagged("Ministers met Jan Kavan.", &c).is_empty());
    assert!(tagged("It was signed after the fall of the regime.", &c).is_empty());
    assert!(tagged("He paid $2000 for it.", &c).is_empty());
}

#[test]
fn holidays() {
    let c = dct(1999, 12, 2);
    assert_eq!(one("He vanished on Thanksgiving Day.", &c).1, "1999-11-25");
    assert_eq!(one("They will meet on Christmas Eve.", &c).1, "1999-12-24");
}

#[test]
fn centuries_decades_and_ages() {
    let c = dct(1999, 3, 12);
    assert_eq!(one("the disasters of the 20th century", &c).1, "19");
    assert_eq!(one("a 19th-century house", &c).1, "18");
    assert_eq!(one("music of the '80s", &c).1, "198");
    assert!(tagged("He is 52 years old.", &c).is_empty());
    assert!(tagged("It owns three-quarters of the shares.", &c).is_empty());
}

#[test]
fn coordinated_dates_share_their_year() {
    let c = dct(2025, 11, 1);
    let found = tagged("In calls in February and October 2024, Rubio spoke.", &c);
    assert_eq!(found[0].2, "2024-02");
    let found = tagged("It ran between May 3 and June 9, 2021.", &c);
    assert_eq!(found[0].2, "2021-05-03");
}

#[test]
fn near_months_explicit_directions_and_past_periods() {
    let c = dct(1990, 8, 16);
    // The next month, not the one eleven months back, whatever the verb's tense.
    assert_eq!(one("Saudi Arabia told companies of a cutback in September.", &c).1, "1990-09");
    assert_eq!(one("Sales fell in July.", &c).1, "1990-07");
    // "last" and "next" are said outright: the near-month reading does not apply.
    assert_eq!(one("It changed its fiscal year last September.", &c).1, "1989-09");
    assert_eq!(one("He was shot last Oct. 23 at home.", &c), ("Oct. 23".into(), "1989-10-23".into()));
    let found = tag_doc("Hate groups have grown over the past year.", &c);
    assert_eq!((found[0].timex_type, found[0].value.as_str()), (TimexType::Date, "1989"));
    assert_eq!(found[0].interval.map(|i| i.earliest), Day::new(1989, 8, 16));
    assert_eq!(one("Over the past century, it grew.", &c).1, "P100Y");
}

#[test]
fn business_periods() {
    let c = dct(1989, 11, 1);
    assert_eq!(one("Profit fell in the last half of 1989.", &c).1, "1989-H2");
    assert_eq!(one("It expects losses in the first two quarters of 1990.", &c).1, "1990-H1");
    assert_eq!(one("U.K. sales for last year's quarter were $3 million.", &c).1, "1988-Q3");
    assert_eq!(one("It earned $2 million for the quarter a year ago.", &c).1, "1988-Q3");
    assert_eq!(one("It compares with the corresponding period last year.", &c).1, "1988-Q3");
    assert_eq!(one("Sales for the full year rose.", &c).1, "1989");
    assert_eq!(one("It will close by year-end.", &c).1, "1989");
    assert_eq!(one("A hearing is set for the week of March 6.", &dct(2000, 2, 24)).1, "2000-W10");
    // An outlook does not move the reporting quarter: "the latest quarter" is the one reported.
    let found = tagged("It will take a fourth-quarter charge. Earnings fell in the latest quarter.", &c);
    assert_eq!(found[1].2, "1989-Q3");
    // A quarter named as a comparison does not replace the one reported.
    let found = tagged(
        "Net rose in the third quarter. After a flat second quarter, it gained. The year-earlier period was weak.",
        &c,
    );
    assert_eq!(found[2].2, "1988-Q3");
    // "for the year" is the year reported; "the year ended Sept. 30" a twelve-month period.
    assert_eq!(one("For the year, volume was flat.", &c).1, "1989");
    assert_eq!(tagged("It earned $5 million for the year ended Sept. 30.", &c)[0].2, "P1Y");
    assert_eq!(one("It had been scheduled to expire at midnight Friday.", &dct(1989, 10, 30)).1, "1989-10-27T24:00");
    // "a year-earlier quarter" is one expression, not "a year".
    assert_eq!(one("It compares with a year-earlier loss.", &c).0, "year-earlier");
}

#[test]
fn a_history_is_told_in_its_own_time_and_news_in_the_dct() {
    let history = "The war began on 30 November 1939. In December, the army attacked, and by the end of \
                   the month the offensive had stalled. On 7 January 1940, a new commander arrived. On 12 \
                   March, a treaty was signed, and fighting ended the next day. In 1941 war resumed; it \
                   lasted until September 1944. Today, historians still debate it.";
    let c = dct(2009, 6, 1);
    let found = tagged(history, &DocTime { style: Style::Auto, ..c });
    let value = |text: &str| found.iter().find(|(t, ..)| t == text).map(|(.., v)| v.as_str());
    assert_eq!(value("December"), Some("1939-12"));
    assert_eq!(value("the end of the month"), Some("1939-12"));
    assert_eq!(value("12 March"), Some("1940-03-12"));
    assert_eq!(value("the next day"), Some("1940-03-13"));
    // "Today" is the day of writing, even in a history.
    assert_eq!(value("Today"), Some("2009-06-01"));
    let news = "Shares fell on Tuesday. The next day they rose, and last week they were flat. In 1987 \
                they crashed.";
    let found = tagged(news, &DocTime { style: Style::Auto, ..dct(1989, 10, 27) });
    assert_eq!(found[1], ("The next day".into(), "DATE", "1989-10-25".into()));
    // Without a DCT, a text has only its own time.
    let found = tagged("In 1990, he left. In March, he returned.", &DocTime::default());
    assert_eq!(found[1].2, "1990-03");
}

#[test]
fn narratives_step_through_their_own_time() {
    let c = history();
    let found = tagged(
        "They married in the spring of 1894. The following spring they moved, and in the autumn \
         they returned. On 3 September 1939 war came; on the 17th, the east was invaded. Early in \
         the year, talks failed. Late in 1943 the tide turned; on 22 June, the front broke.",
        &c,
    );
    let values: Vec<&str> = found.iter().map(|(.., v)| v.as_str()).collect();
    assert_eq!(values, ["1894-SP", "1895-SP", "1895-FA", "1939-09-03", "1939-09-17", "1939", "1943", "1943-06-22"]);
    assert_eq!(found[5].0, "Early in the year");
}

#[test]
fn the_tense_of_the_clause_decides_and_adjectives_are_no_verbs() {
    let c = dct(1999, 5, 7);
    assert_eq!(one("Until Thursday, they had not called Kopp a suspect.", &c).1, "1999-05-06");
    assert_eq!(one("Officials postponed until Tuesday any action.", &c).1, "1999-05-11");
    let c = dct(1989, 10, 26);
    assert_eq!(one("It would be paid on a still unspecified date in January.", &c).1, "1990-01");
}

#[test]
fn names_and_titles_are_not_times() {
    let c = dct(1998, 3, 31);
    let texts = [
        "The Winter War was short.",
        "Protests of the Arab Spring spread.",
        "Baker said on ABC's \"This Week\" that it was over.",
        "This is VOA Today.",
        "The film \"High Noon\" is a western.",
    ];
    assert_untagged(&texts, &c);
    assert_eq!(one("\"Today, we rest,\" he said.", &c).1, "1998-03-31");
    assert_eq!(one("In Winter 1940 it was cold.", &c).1, "1940-WI");
}

#[test]
fn dates_counted_from_other_dates() {
    let c = dct(2000, 2, 24);
    assert_eq!(one("The day before last Tuesday's hearing, he went.", &c).1, "2000-02-21");
    assert_eq!(one("Two days after Christmas, they met.", &c).1, "1999-12-27");
    let found = tag_doc("Then, a week or so ago, he chose.", &c);
    assert_eq!((found[0].value.as_str(), found[0].modifier.as_deref()), ("2000-W07", Some("APPROX")));
    let c = dct(1989, 10, 30);
    let found = tagged("Stocks fell on Friday, down 4.5% from the previous Friday.", &c);
    assert_eq!(found[1].2, "1989-10-20");
}

#[test]
fn eras_and_named_years() {
    let c = dct(2010, 5, 1);
    assert_eq!(one("Caesar was killed in 44 BC.", &c), ("44 BC".into(), "BC0044".into()));
    assert_eq!(one("Rome fell in AD 476.", &c).1, "0476");
    assert_eq!(one("It was built in the 5th century BC.", &c).1, "BC04");
    assert_eq!(one("The year 1848 saw revolutions.", &c), ("The year 1848".into(), "1848".into()));
}

#[test]
fn business_rates_and_quarters() {
    let c = dct(1989, 10, 30);
    assert!(tagged("Revenue will rise 8.5% annually.", &c).is_empty());
    assert!(tagged("The average daily volume was 133 million shares.", &c).is_empty());
    let found =
        tagged("It has no estimate of the impact on fourth-quarter results. In the latest quarter, it lost money.", &c);
    assert_eq!(found[1].2, "1989-Q3");
}

#[test]
fn holidays_that_move_and_holidays_in_names() {
    let c = dct(2013, 3, 22);
    assert_eq!(one("Easter falls early.", &c).1, "2013-03-31");
    assert_eq!(one("Stores close on Good Friday.", &c).1, "2013-03-29");
    assert_eq!(one("They rallied on Memorial Day.", &c).1, "2013-05-27");
    assert_eq!(one("Voters went out on Election Day.", &c).1, "2012-11-06");
    assert_eq!(one("Sales peak on Presidents' Day.", &c).1, "2013-02-18");
    assert_eq!(one("The rising came at Easter 1916.", &c).1, "1916-04-23");
    assert_eq!(one("Protesters prayed as Easter week began.", &c).1, "2013-W13");
    assert!(tagged("The Easter Rising failed.", &c).is_empty());
}

#[test]
fn coordinated_days_share_their_month_and_year() {
    let c = dct(1999, 2, 10);
    let found = tagged("The summit will be held on April 24 and 25.", &c);
    assert_eq!(found[1], ("25".into(), "DATE", "1999-04-25".into()));
    let found = tagged("The summit on April 24 and 25, 2001, was short.", &c);
    assert_eq!((found[0].2.as_str(), found[1].2.as_str()), ("2001-04-24", "2001-04-25"));
    assert_eq!(one("It is due by year's end.", &c).1, "1999");
}

#[test]
fn the_following_month_counts_from_the_month_the_story_reached() {
    let c = dct(1989, 10, 27);
    let long_aside = "It also was considering a restructuring to help boost the stock price, and a group \
                      including several members of a Texas family urged the company to take steps to \
                      maximize shareholder value, which analysts welcomed at length. ";
    let text = format!("In March, it received an offer. {long_aside}The following month, it put itself up for sale.");
    let found = tagged(&text, &c);
    assert_eq!(found[1], ("The following month".into(), "DATE", "1989-04".into()));
}

#[test]
fn business_shorthand_for_quarters_halves_and_fiscal_years() {
    let c = dct(2025, 9, 24);
    assert_eq!(one("Q3 2025 earnings rose.", &c), ("Q3 2025".into(), "2025-Q3".into()));
    assert_eq!(one("Guidance for 3Q25 was cut.", &c).1, "2025-Q3");
    assert_eq!(one("Sales in 2024 Q4 fell.", &c).1, "2024-Q4");
    assert_eq!(one("The Q1 FY2026 outlook is weak.", &c).1, "2026-Q1");
    assert_eq!(one("H1 2025 was weak.", &c).1, "2025-H1");
    assert_eq!(one("The FY2024 budget was cut.", &c), ("FY2024".into(), "2024".into()));
    assert_eq!(one("Spending in FY24 rose.", &c).1, "2024");
    // A model name, a virus and a heading are not dates.
    assert!(tagged("The Audi Q3 sold well as H1N1 spread; see H1 below.", &c).is_empty());
}

#[test]
fn a_fiscal_quarter_closed_by_a_date_spans_the_months_that_date_ends() {
    let c = dct(1989, 10, 20);
    let found = tag_doc("Its fourth quarter ended Sept. 30 fell.", &c);
    assert_eq!(found[0].value, "1989-Q4");
    assert_eq!(span(&found[0]), ("1989-07-01".into(), "1989-09-30".into()));
}

#[test]
fn twenty_four_hour_clock_times_and_frequencies() {
    let c = dct(2025, 9, 24);
    assert_eq!(one("Shots were heard at 13:00 GMT.", &c), ("13:00 GMT".into(), "2025-09-24T13:00".into()));
    assert_eq!(one("Talks resume at 09:15.", &c).1, "2025-09-24T09:15");
    assert_eq!(one("The raid began at 1300 hours.", &c).1, "2025-09-24T13:00");
    assert_eq!(one("At 6.30pm the meeting ended.", &c).1, "2025-09-24T18:30");
    assert!(tagged("He quoted John 3:16 after the 2:1 win.", &c).is_empty());
    // A gloss in another zone is the same moment; the day after it is the time's day.
    let found = tagged("The blast came at 10:35 a.m. (0735 GMT) Tuesday.", &c);
    assert_eq!(found.iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["2025-09-23T10:35", "2025-09-23"]);
    assert_eq!(one("The council meets twice a week.", &c), ("twice a week".into(), "P1W".into()));
    assert_eq!(one("It is held three times a year.", &c).1, "P1Y");
}

#[test]
fn halves_of_the_year_and_joined_end_of() {
    let c = dct(2025, 9, 24);
    assert_eq!(one("Growth slowed in the second half of the year.", &c).1, "2025-H2");
    let found = tag_doc("Rates will fall by end-2026.", &c);
    assert_eq!((found[0].value.as_str(), found[0].modifier.as_deref()), ("2026", Some("END")));
    // A time on a day the text leaves open keeps what it knows of the day.
    let history = history();
    let found = tagged("In 1942 the siege went on. That afternoon it rained.", &history);
    assert_eq!(found[1].2, "1942-XX-XXTAF");
}

#[test]
fn names_and_numbers_that_are_not_dates() {
    let c = dct(2025, 9, 24);
    let texts = [
        "The Sunday Times reported it.",
        "They recalled the October Revolution.",
        "It began before the Six-Day War.",
        "Voters went out on Super Tuesday.",
        "The council passed Resolution 1441.",
        "Windows 2000 crashed.",
        "About 2000 soldiers arrived.",
    ];
    assert_untagged(&texts, &c);
    // A date with digits stays one inside a name; a day with a calendar rule is a holiday.
    assert_eq!(one("No one cancelled after the Aug. 7 Embassy bombings.", &c).1, "2025-08-07");
    assert_eq!(one("Stores open early on Black Friday.", &c).1, "2025-11-28");
    assert_eq!(one("In 2000 troops left.", &c).1, "2000");
}

#[test]
fn since_looks_back_and_weekdays_of_a_named_week() {
    let c = dct(2025, 9, 24);
    // Two weeks ahead in the calendar, but "since" puts it behind.
    assert_eq!(one("Since October 7, the war has raged.", &c).1, "2024-10-07");
    assert_eq!(one("Talks resume on Monday next week.", &c), ("Monday next week".into(), "2025-09-29".into()));
    assert_eq!(one("They met on Friday last week.", &c).1, "2025-09-19");
}

#[test]
fn earlier_and_later_in_a_period_run_up_to_or_from_the_anchor() {
    let c = dct(1989, 10, 30);
    let found = tag_doc("Sales were delayed earlier in the year by rains.", &c);
    assert_eq!((found[0].text.as_str(), found[0].value.as_str()), ("earlier in the year", "1989"));
    assert_eq!(span(&found[0]), ("1989-01-01".into(), "1989-10-30".into()));
    assert_eq!(span(&tag_doc("Rates will fall later this month.", &c)[0]), ("1989-10-30".into(), "1989-10-31".into()));
}

#[test]
fn day_ranges_and_counted_decades_in_a_history() {
    let history = history();
    let found = tagged("The attack came on 7–8 December 1941.", &history);
    assert_eq!(found.iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["1941-12-07", "1941-12-08"]);
    // Ten years on from the year the story reached, not the next decade.
    let found = tagged("The war ended in 1944. A decade later, it was a memory.", &history);
    assert_eq!(found[1], ("A decade later".into(), "DATE", "1954".into()));
    let found = tag_doc("In 1942 the siege went on. Earlier that month, talks had failed.", &history);
    assert_eq!(found[1].value, "1942");
    assert_eq!(span(&found[1]), ("1942-01-01".into(), "1942-12-31".into()));
}

#[test]
fn a_clock_time_with_no_day_is_on_the_day_just_named() {
    let c = dct(1998, 8, 9);
    let found = tagged("On Friday, the first blast struck. At 10:40 a.m., a second bomb exploded.", &c);
    assert_eq!(found[1].2, "1998-08-07T10:40");
    assert_eq!(one("The polls close at 8 p.m.", &c).1, "1998-08-09T20:00");
}

#[test]
fn a_stretch_ahead_does_not_move_the_story_and_this_quarter_is_the_reported_one() {
    let c = dct(1989, 11, 2);
    let text = "Sales for the full year rose. The plant will be closed over the next year or so. \
                For the year, volume was flat.";
    let found = tagged(text, &c);
    assert_eq!(found.last().unwrap().2, "1989");
    let found = tagged("It posted a loss for the third quarter. This quarter's loss includes charges.", &c);
    assert_eq!(found[1], ("This quarter".into(), "DATE", "1989-Q3".into()));
    assert_eq!(one("It expects a profit this quarter.", &c).1, "1989-Q4");
}

#[test]
fn a_history_told_in_the_past_moves_forward_through_its_weekdays() {
    let history = history();
    let text = "On Sunday, 3 September 1939, Britain declared war. On Tuesday the first convoys sailed. \
                The following Monday, the cabinet met again.";
    let found = tagged(text, &history);
    assert_eq!(found.iter().map(|f| f.2.as_str()).collect::<Vec<_>>(), ["1939-09-03", "1939-09-05", "1939-09-11"]);
}

#[test]
fn weekdays_of_a_dated_story_are_no_sign_of_news() {
    // A history read with its download date as DCT: its weekdays belong to 1939.
    let c = DocTime { style: Style::Auto, ..dct(2013, 3, 22) };
    let text = "On Sunday, 3 September 1939, Britain declared war. On Tuesday the first convoys sailed. \
                By 1940 the Phoney War was over; in 1941 the Blitz ended and in 1942 the tide turned.";
    let found = tagged(text, &c);
    assert_eq!(found[1], ("Tuesday".into(), "DATE", "1939-09-05".into()));
    // News that names old years far from its weekdays still counts them from its own day.
    let news = "The firm was founded in 1985, merged in 1990, listed in 1995 and split in 2001. \
                Its shares have since been bought by pension funds, insurers and private investors in \
                many countries, and by a handful of banks that hold them for clients. The chief executive \
                said on Tuesday that the firm would cut jobs.";
    assert_eq!(tagged(news, &c).last().unwrap().2, "2013-03-19");
}
