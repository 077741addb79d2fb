//! `date/invalid`: a date that does not exist.

use article_model::Article;
use article_model::Span;
use article_model::front_matter::DateValue;
use article_model::text::TokenKind;
use article_model::text::dates::{DateOrder, MentionKind, WrittenDate, days_in_month, month_name};
use jiff::civil::Date;

use super::analysis::{
    Found, NamedYear, analysis, finding, named_years, publication_day, value_span,
};
use super::weekday_mismatch::GREGORIAN_EVERYWHERE;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Invalid;

static META: RuleMeta = RuleMeta {
    code: "date/invalid",
    summary: "A date that does not exist: Feb. 30, April 31, Feb. 29 in a common year, 31/11/2026",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "Checks every date in the front matter (`published`, `updated`) and in the text, \
quoted or not, against the calendar. A day past the end of its month (\"Feb. 30\", \"April 31\", \
`2026-02-30`; also \"Jan. 32\" to \"Jan. 39\" where the number cannot be a count: after \"on\" \
or before punctuation, not \"in March 32 people\"; and so \"Jan. 0, 2026\"), Feb. 29 in a year that \
is not a leap year, and all-numeric dates that are not a real day whichever way they are \
read (\"31/11/2026\", and an ISO-shaped `2026-13-45`) are reported. The end of a day range after \
a month is checked too: \"Nov. 30-31\", \"June 29–31\", \"Feb. 27-30\", \"from June 29 to 31\", \
\"between Sept. 29 and 31\" (not \"from June 29 to 31 July\" nor \"to 31 people\"); a range \
ending Feb. 29 only beside a common year (\"Feb. 27-29, 2026\"). A date without a year is \
checked in the year closest to the publication date; a year-less \"Feb. 29\" is not \
reported when it is generic (\"the next Feb. 29\", \"born on Feb. 29\", a sentence about \
leap years) or its sentence names a leap year (\"The next Feb. 29 will come in 2028\"). Feb. \
29 and Feb. 30 before 1753 (also a year-less one in a sentence naming such a year) are not \
reported: until 1752 Britain and its colonies used the \
Julian calendar, where 1700 was a leap year (and Sweden had a Feb. 30, 1712). No fix: only the writer knows which day \
was meant.",
    bad_example: "The ceasefire talks were first held on April 31, 2025, officials said.",
    good_example: "The ceasefire talks were first held on April 30, 2025, officials said.",
};

impl Rule for Invalid {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let fields = &article.front_matter.fields;
        for (key, value) in [
            ("published", &fields.published),
            ("updated", &fields.updated),
        ] {
            if let Some(DateValue::Invalid(raw)) = value
                && let Some((y, m, d)) = date_shape(raw)
                && let Some(span) = value_span(article, &format!("/{key}"))
            {
                let (message, help) = if !(1..=12).contains(&m) {
                    (
                        format!("`{key}` has month {m}, which does not exist"),
                        "months run from 01 to 12".to_owned(),
                    )
                } else {
                    (
                        format!(
                            "`{key}` is {} {d}, {y}, which does not exist",
                            month_name(m as i8)
                        ),
                        format!(
                            "{} {y} has {} days",
                            month_name(m as i8),
                            days_in_month(y as i16, m as i8)
                        ),
                    )
                };
                out.push(
                    finding(&META, message, span)
                        .with_label("no such day")
                        .with_help(help),
                );
            }
        }
        let p = publication_day(article, ctx);
        let source = article.source.text();
        for found in &analysis(article).found {
            let mention = &found.mention;
            match &mention.kind {
                MentionKind::Written(date)
                    if date.is_impossible(p) && !leap_day_in_doubt(article, found, date, p) =>
                {
                    let (m, d) = (date.month.month, date.day.day);
                    let name = month_name(m);
                    let max = days_in_month(2024, m);
                    let (message, help) = match date.year.map(|y| y.full_year(p)) {
                        Some(year) if d < 1 => (
                            format!("{name} {d}, {year} does not exist"),
                            "days of the month are numbered from 1".to_owned(),
                        ),
                        None if d < 1 => (
                            format!("{name} {d} does not exist"),
                            "days of the month are numbered from 1".to_owned(),
                        ),
                        Some(year) => (
                            format!("{name} {d}, {year} does not exist"),
                            format!("{name} {year} has {} days", days_in_month(year, m)),
                        ),
                        None if d > max => (
                            format!("{name} {d} does not exist"),
                            format!("{name} has at most {max} days"),
                        ),
                        None => (
                            format!(
                                "{name} {d} does not exist in the years around the publication date"
                            ),
                            "February 29 exists only in leap years; give the year if another one is meant"
                                .to_owned(),
                        ),
                    };
                    out.push(
                        finding(&META, message, date.core)
                            .with_label("no such day")
                            .with_help(help),
                    );
                }
                MentionKind::Written(date) => {
                    if let Some((end, span)) = impossible_range_end(article, found, date) {
                        let name = month_name(date.month.month);
                        let max = days_in_month(2024, date.month.month);
                        let help = if end > max {
                            format!("{name} has at most {max} days")
                        } else {
                            "February 29 exists only in leap years".to_owned()
                        };
                        out.push(
                            finding(
                                &META,
                                format!("the range ends on {name} {end}, which does not exist"),
                                span,
                            )
                            .with_label("no such day")
                            .with_help(help),
                        );
                    }
                }
                MentionKind::Numeric(numeric) if numeric.is_impossible() => {
                    let written = source.get(mention.span.range()).unwrap_or("");
                    let help = if numeric.iso {
                        "ISO dates are year-month-day; check the month and the day".to_owned()
                    } else {
                        "read as month/day/year or as day/month/year, neither is a real day"
                            .to_owned()
                    };
                    out.push(
                        finding(
                            &META,
                            format!("`{written}` is not a real date"),
                            mention.span,
                        )
                        .with_label("no such day")
                        .with_help(help),
                    );
                }
                _ => {}
            }
        }
    }
}

/// Whether "Feb. 29" or "Feb. 30", reported as impossible, may be right after all.
/// Before 1753 the date may be Julian (every fourth year a leap year; Sweden's Feb. 30,
/// 1712). Without a year, "Feb. 29" may be any leap year's: a generic mention ("the
/// next Feb. 29", "born on Feb. 29"), or one in a sentence about leap years or naming one
/// ("The next Feb. 29 will come in 2028"). Asked only of a date about to be reported.
fn leap_day_in_doubt(
    article: &Article,
    found: &Found,
    date: &WrittenDate,
    p: Option<Date>,
) -> bool {
    if date.month.month != 2 || !(29..=30).contains(&date.day.day) {
        return false;
    }
    if let Some(year) = date.year {
        return year.full_year(p) < GREGORIAN_EVERYWHERE;
    }
    let (Some(p), Some(sentence)) = (p, found.sentence) else {
        return date.day.day == 29;
    };
    let block = &article.body.blocks[found.block];
    let text = block.text.text();
    let sentence = block.sentences[sentence].tokens.clone();
    let named = named_years(
        block,
        sentence.clone(),
        found.mention.tokens.clone(),
        p.year(),
        1000,
    );
    if date.day.day == 30 {
        // "Feb. 30, 1712, is the only Feb. 30 in the records": only beside a year that
        // may be Julian.
        return named
            .iter()
            .any(|n| matches!(n, NamedYear::Known(y) if *y < GREGORIAN_EVERYWHERE));
    }
    let word_is = |i: usize, words: &[&str]| {
        block.tokens.get(i).is_some_and(|t| {
            t.is_word() && {
                let w = t.as_str(text);
                words.iter().any(|x| x.eq_ignore_ascii_case(w))
            }
        })
    };
    let generic = found.mention.tokens.start.checked_sub(1).is_some_and(|i| {
        sentence.contains(&i)
            && word_is(
                i,
                &[
                    "the", "a", "an", "every", "each", "next", "this", "that", "no", "any",
                ],
            )
    });
    let leap_words = sentence.clone().any(|i| {
        word_is(
            i,
            &[
                "leap",
                "leaplings",
                "leapling",
                "leapers",
                "born",
                "birthday",
                "birthdays",
            ],
        )
    });
    let leap_year_named = named.iter().any(|n| {
        matches!(n, NamedYear::Known(y) | NamedYear::Relative { year: y, .. }
                if Date::new(*y, 2, 29).is_ok() || *y < GREGORIAN_EVERYWHERE)
    });
    generic || leap_words || leap_year_named
}

/// Words that may follow the end day of a range written with words ("from June 29 to 31
/// in Denver"): a number before anything else may count it ("to 31 people").
const AFTER_RANGE_END: &[&str] = &["in", "at", "and", "or", "but", "with", "when", "while"];

/// The last day of a range after a month-first date, when that day does not exist in
/// the month: "Nov. 30-31", "June 29–31", "Feb. 27-30", "from June 29 to 31", "between
/// June 29 and 31". Feb. 29 ends it wrongly only beside a common year after 1752 ("Feb.
/// 27-29, 2026"); a year-less one may be any leap year's. The day and the span of the
/// whole range. Asked of every month-first date: the first test (what follows the
/// date) fails fast.
fn impossible_range_end(
    article: &Article,
    found: &Found,
    date: &WrittenDate,
) -> Option<(i8, Span)> {
    let mention = &found.mention;
    if date.order != DateOrder::MonthDay
        || date.year.is_some()
        || mention.tokens.end != date.core_tokens.end
    {
        return None;
    }
    let block = &article.body.blocks[found.block];
    let text = block.text.text();
    let tokens = &block.tokens;
    let at = mention.tokens.end;
    let str_at = |i: usize| tokens.get(i).map_or("", |t| t.as_str(text));
    let glued = |i: usize| tokens.get(i).is_some_and(|t| t.glued());
    let word_is = |i: Option<usize>, words: &[&str]| {
        i.and_then(|i| tokens.get(i)).is_some_and(|t| {
            t.is_word() && words.iter().any(|w| w.eq_ignore_ascii_case(t.as_str(text)))
        })
    };
    let before = mention.tokens.start.checked_sub(1);
    let in_words = !glued(at)
        && ((word_is(Some(at), &["to", "through", "thru", "until", "till"])
            && word_is(before, &["from"]))
            || (word_is(Some(at), &["and"]) && word_is(before, &["between"])));
    let dashed = matches!(str_at(at), "-" | "–") && glued(at) && glued(at + 1);
    if !in_words && !dashed {
        return None;
    }
    let end_at = at + 1;
    let end = tokens
        .get(end_at)
        .and_then(|t| t.number())
        .filter(|n| n.is_integer() && n.integer_digits <= 2 && (1.0..=31.0).contains(&n.value))
        .map(|n| n.value as i8)?;
    if end <= date.day.day {
        return None;
    }
    // What follows the end day: the end of the text, punctuation, a closing quote, or
    // (after words) a preposition or conjunction.
    let after = end_at + 1;
    let ends_cleanly = match tokens.get(after) {
        None => true,
        Some(t) if t.kind == TokenKind::Quote { opening: false } => true,
        Some(t) if t.kind == TokenKind::Punct => {
            matches!(str_at(after), "," | "." | ";" | ":" | ")" | "?" | "!")
        }
        // "Nov. 30-31 in Denver": a day range glued to a month is no count.
        Some(_) => !glued(after) && (dashed || word_is(Some(after), AFTER_RANGE_END)),
    };
    if !ends_cleanly {
        return None;
    }
    let (m, max) = (date.month.month, days_in_month(2024, date.month.month));
    let impossible = end > max
        || (m == 2 && end == 29 && {
            // "Feb. 27-29, 2026": a common year written after the range.
            str_at(after) == ","
                && tokens
                    .get(after + 1)
                    .and_then(|t| t.number())
                    .filter(|n| n.is_integer() && n.integer_digits == 4)
                    .is_some_and(|n| {
                        let y = n.value as i16;
                        y >= GREGORIAN_EVERYWHERE && Date::new(y, 2, 29).is_err()
                    })
        });
    impossible.then(|| (end, date.core.cover(tokens[end_at].span)))
}

/// `YYYY-MM-DD` at the start of a value (a date or a date-time): its three numbers.
fn date_shape(raw: &str) -> Option<(i32, i32, i32)> {
    let b = raw.as_bytes();
    if b.len() < 10
        || b[4] != b'-'
        || b[7] != b'-'
        || (b.len() > 10 && !matches!(b[10], b'T' | b't' | b' '))
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i32> {
        let s = raw.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    (d >= 1 && m >= 1 && (m > 12 || d > days_in_month(y as i16, m as i8) as i32))
        .then_some((y, m, d))
}
