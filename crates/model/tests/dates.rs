//! The prose date recognizer on its own: forms, parts, and numbers that are not dates.

use article_model::text::dates::{
    DateOrder, MentionKind, MonthForm, WeekdayPosition, WeekdayRelation, find_dates,
};
use article_model::text::{TextBuf, tokenize};
use jiff::civil::{Date, date};

fn find(text: &str) -> Vec<article_model::text::dates::DateMention> {
    let buf = TextBuf::verbatim(text, 0);
    let tokens = tokenize(&buf);
    find_dates(&tokens, buf.text(), 0)
}

const P: Date = date(2026, 2, 6);

#[test]
fn every_written_form_names_its_day() {
    let cases: &[(&str, Date)] = &[
        ("Feb. 6, 2026", P),
        ("February 6, 2026", P),
        ("6 February 2026", P),
        ("Feb 6", P),
        ("January 31", date(2026, 1, 31)),
        ("Friday, Feb. 6", P),
        ("Thursday 6 February", P),
        ("Feb. 6 (Thursday)", P),
        ("Fri Feb 06 2026", P),
        ("2026-02-06", P),
        ("Feb. 6th", P),
        ("Sept. 30, 2025", date(2025, 9, 30)),
        ("December 28", date(2025, 12, 28)),
        ("31/1/2026", date(2026, 1, 31)),
        ("FEB 6 2026", P),
    ];
    for &(text, expected) in cases {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].date(Some(P)), Some(expected), "{text}");
        assert_eq!(found[0].span.range(), 0..text.len(), "{text}");
    }
}

#[test]
fn parts_are_described() {
    let found = find("on Thursday, Feb. 6, 2026, the bureau");
    let w = found[0].written().unwrap();
    assert_eq!(w.order, DateOrder::MonthDay);
    assert_eq!(w.month.form, MonthForm::Abbreviated { period: true });
    assert!(w.year.unwrap().comma_before && w.year.unwrap().comma_after);
    assert_eq!(
        w.weekday.unwrap().position,
        WeekdayPosition::Before { comma: true }
    );
    let found = find("6th of February");
    let w = found[0].written().unwrap();
    assert!(w.of && w.day.ordinal);
    assert_eq!(w.order, DateOrder::DayMonth);
}

#[test]
fn month_years_weekdays_and_relative_words() {
    let found =
        find("In August 2025 and on Friday, Friday's vote, last Friday, last year, tomorrow.");
    let kinds: Vec<_> = found.iter().map(|m| &m.kind).collect();
    assert!(matches!(kinds[0], MentionKind::MonthYear { .. }));
    assert!(matches!(kinds[1], MentionKind::Weekday(w) if w.relation == WeekdayRelation::Plain));
    assert!(matches!(kinds[2], MentionKind::Weekday(w) if w.possessive));
    assert!(matches!(kinds[3], MentionKind::Weekday(w) if w.relation == WeekdayRelation::Last));
    assert!(matches!(
        kinds[4],
        MentionKind::RelativeYear { offset: -1, .. }
    ));
    assert!(matches!(
        kinds[5],
        MentionKind::RelativeDay { offset: 1, .. }
    ));
}

#[test]
fn quoted_dates_are_marked() {
    let found = find("He said “the vote was on Feb. 6” and left on Feb. 7.");
    assert!(found[0].quoted);
    assert!(!found[1].quoted);
}

#[test]
fn look_alikes_are_not_dates() {
    for text in [
        "Linux 6.6.0 and Python 3.12.1",
        "a 3-2 win and a 2-1-0 record",
        "Section 219 and Article 6",
        "10:30 p.m.",
        "$3.50, £2.1bn and 1/2",
        "2025/26 and 2025-26",
        "the '90s",
        "May I ask? They march on.",
        "over the last year",
        "USA Today",
        "Black Friday sales",
        "call 555-123-4567",
        "F-16 jets and COVID-19",
    ] {
        assert!(find(text).is_empty(), "{text}: {:#?}", find(text));
    }
}

#[test]
fn impossible_days_are_kept_for_the_rules() {
    let found = find("Feb. 30, April 31 and 31/11/2026");
    assert_eq!(found.len(), 3);
    assert!(found[0].written().unwrap().is_impossible(Some(P)));
    assert!(found[1].written().unwrap().is_impossible(None));
    assert!(matches!(&found[2].kind, MentionKind::Numeric(n) if n.is_impossible()));
    assert_eq!(found[0].date(Some(P)), None);
}
