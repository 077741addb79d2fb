//! `date/format`: dates written the house way.

use std::ops::Range;

use article_model::Article;
use article_model::body::{Block, BlockKind};
use article_model::text::TokenCursor;
use article_model::text::dates::{
    DateOrder, MentionKind, MonthForm, WeekdayPosition, WrittenDate, month_name,
};
use article_model::text::numbers::ordinal_words;
use article_model::text::{Token, TokenKind};

use super::analysis::{analysis, finding};
use super::render::{house_form, house_form_with_days};
use super::style::DayOrder;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use crate::style::Preset;

pub struct Format;

static META: RuleMeta = RuleMeta {
    code: "date/format",
    summary: "A date not written in the house style (\"January 31\" → \"Jan. 31\" in AP)",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Dates follow the house style of the `style` preset:\n\n\
- ap, reuters: \"Feb. 6, 2026\", \"Friday, Feb. 6\"; Jan., Feb., Aug., Sept., Oct., Nov., Dec. \
abbreviated with a day, March to July never; a comma after the year mid-sentence, also \
before \"and\"/\"or\" and a clause (\"took effect Jan. 1, 2025, and was repealed\"), not before \
\"to\"/\"through\"/\"until\" nor between two dates (\"between Jan. 1, 2025 and March 3, 2026\"); \
a comma after a date that follows its weekday before a verb or a relative clause (\"The hearing \
on Friday, Dec. 4, was delayed\", \"Friday, Dec. 3, when the accident occurred\"; not at the \
end of a clause, nor before \"and\", \"to\" or \"at\");\n\
- british: \"6 February 2026\", \"Friday 6 February\": no commas, no abbreviations;\n\
- chicago: \"February 6, 2026\";\n\
- economist: \"February 6th 2026\".\n\n\
In every style: no ordinal suffix unless the style wants one, no zero-padded day (\"Feb. 06\"), \
weekdays spelled out, and a month with a year but no day takes no comma and no \"of\" \
(\"February 2026\"; not after a spelled day, \"the sixth of February, 1952\", a full date). Mixing month-day and day-month orders is flagged in every style (knob \
`order`: `month-day`, `day-month`, or `consistent` to follow the article's first date). \
In a table cell, AP's tabular forms are accepted as they are: \
three-letter months and weekdays without periods (\"Sat, Sep 5\", \"Nov 27\", a month \
and year in a column head, \"Oct 2026\"); the calendar rules still check them. Knobs: `order`, `months`, `ordinals`, `comma_before_year`, `comma_after_year`, \
`weekday_comma`. Quoted text, the dateline and the printed date line are not checked. The \
fix rewrites the date in the house form and is safe: the day stays the same. A day range is \
rewritten whole (\"taken 3-5 March\" → \"March 3-5\" in AP, \"January 7-9\" → \"7-9 January\" \
in british); a range the house form cannot take (\"3rd-5th March\", ordinal styles, \"March \
3-5, 2026\" turned day first) is reported without a fix.",
    bad_example: "The attacks on January 13 disrupted daily life in several districts.",
    good_example: "The attacks on Jan. 13 disrupted daily life in several districts.",
};

/// Words after a year that do not need a comma before them ("Feb. 6, 2026 to March 1").
const NO_COMMA_BEFORE: &[&str] = &["to", "through", "until", "till", "thru"];
/// Words after "Friday, Dec. 4" that go on with the sentence, so that a comma closes the
/// date: a verb ("was delayed") or a relative clause ("when the accident occurred").
const AFTER_DATE_CLAUSE: &[&str] = &[
    "was", "were", "is", "are", "will", "would", "has", "had", "have", "could", "should", "can",
    "may", "might", "must", "did", "does", "when", "where", "which", "who",
];
/// Conjunctions after a year that need no comma only between two dates ("between Feb. 6,
/// 2026 and March 1"); before a clause they do ("took effect Jan. 1, 2025, and was
/// repealed").
const CONJUNCTIONS: &[&str] = &["and", "or"];

impl Rule for Format {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.dates;
        let analysis = analysis(article);
        let checked = || {
            analysis
                .found
                .iter()
                .filter(|f| !f.mention.quoted && f.display.is_none() && f.sentence.is_some())
        };
        let order = match style.order {
            DayOrder::MonthDay => DateOrder::MonthDay,
            DayOrder::DayMonth => DateOrder::DayMonth,
            DayOrder::Consistent => checked()
                .find_map(|f| f.mention.written().map(|w| w.order))
                .unwrap_or(DateOrder::MonthDay),
        };
        let source = article.source.text();
        let preset = style.preset.label();
        for found in checked() {
            let block = &article.body.blocks[found.block];
            let text = block.text.text();
            match &found.mention.kind {
                MentionKind::Written(written) => {
                    if block.kind == BlockKind::TableCell && is_tabular(written, source) {
                        continue;
                    }
                    let year_text = written
                        .year
                        .map(|y| source.get(y.span.range()).unwrap_or("").to_owned());
                    let day_range = day_range(block, written, order, style.ordinals);
                    let (mut expected, range) = match &day_range {
                        DayRange::Clean { tokens, days } => (
                            house_form_with_days(written, style, order, year_text.as_deref(), days),
                            tokens.clone(),
                        ),
                        _ => (
                            house_form(written, style, order, year_text.as_deref()),
                            written.core_tokens.clone(),
                        ),
                    };
                    let span = block.tokens[range.start]
                        .span
                        .cover(block.tokens[range.end - 1].span);
                    let as_written = normalize(
                        &text[block.tokens[range.start].text.start
                            ..block.tokens[range.end - 1].text.end],
                    );
                    let mut comma_missing = false;
                    if style.comma_after_year
                        && order == DateOrder::MonthDay
                        && let Some(year) = written.year
                        && !year.comma_after
                        && !year.two_digit
                    {
                        let next = found.mention.tokens.end;
                        let is_one_of = |t: &Token, words: &[&str]| {
                            words.iter().any(|w| t.as_str(text).eq_ignore_ascii_case(w))
                        };
                        let date_follows = || {
                            analysis.found.iter().any(|other| {
                                other.block == found.block && other.mention.tokens.start == next + 1
                            })
                        };
                        comma_missing = block.tokens.get(next).is_some_and(|t| {
                            let between_dates = is_one_of(t, CONJUNCTIONS) && date_follows();
                            t.is_word()
                                && !t.glued()
                                && !is_one_of(t, NO_COMMA_BEFORE)
                                && !between_dates
                        }) && found.mention.tokens.end == written.core_tokens.end;
                    }
                    // "The hearing on Friday, Dec. 4, was delayed": a date after its
                    // weekday is set off like the year ("Friday, Dec. 3, when the
                    // accident occurred"), before a verb or a relative clause.
                    let weekday_comma_missing = !comma_missing
                        && style.weekday_comma
                        && style.comma_after_year
                        && order == DateOrder::MonthDay
                        && written.order == DateOrder::MonthDay
                        && written.year.is_none()
                        && matches!(day_range, DayRange::None)
                        && written
                            .weekday
                            .is_some_and(|w| w.position == WeekdayPosition::Before { comma: true })
                        && found.mention.tokens.end == written.core_tokens.end
                        && block.tokens.get(found.mention.tokens.end).is_some_and(|t| {
                            t.is_word() && !t.glued() && AFTER_DATE_CLAUSE.contains(&t.as_str(text))
                        });
                    comma_missing |= weekday_comma_missing;
                    if expected == as_written && !comma_missing {
                        continue;
                    }
                    if comma_missing {
                        expected.push(',');
                    }
                    let source_text = normalize(source.get(span.range()).unwrap_or(""));
                    let mut diagnostic = finding(
                        &META,
                        if weekday_comma_missing && expected.trim_end_matches(',') == as_written {
                            format!("{preset} style puts a comma after a date that follows its weekday")
                        } else if expected.trim_end_matches(',') == as_written {
                            format!("{preset} style puts a comma after the year of a full date mid-sentence")
                        } else {
                            format!("write \"{as_written}\" as \"{}\" in {preset} style", expected.trim_end_matches(','))
                        },
                        span,
                    )
                    .with_label(format!("write {expected}"))
                    .with_help(if weekday_comma_missing {
                        "a date after its weekday is set off by commas: \"Friday, Dec. 3, when the \
                         accident occurred\""
                    } else {
                        house_form_help(style.preset)
                    });
                    if source_text == as_written && !matches!(day_range, DayRange::Unclear) {
                        diagnostic = diagnostic.with_fix(Fix::safe(
                            format!("write `{expected}`"),
                            span,
                            expected,
                        ));
                    }
                    out.push(diagnostic);
                }
                MentionKind::MonthYear { month, year, of } => {
                    // "the sixth of February, 1952": a full date with its day spelled,
                    // not a month and year.
                    if spelled_day_before(block, found.mention.tokens.start) {
                        continue;
                    }
                    let comma = year.comma_before;
                    // "Oct 2026" in a table cell: AP's tabular three-letter month.
                    let abbreviated = matches!(month.form, MonthForm::Abbreviated { .. })
                        && !(block.kind == BlockKind::TableCell
                            && month.form == (MonthForm::Abbreviated { period: false })
                            && is_three_letters(month.span, source));
                    if !comma && !of && !abbreviated {
                        continue;
                    }
                    let year_text = source.get(year.span.range()).unwrap_or("");
                    let expected = format!("{} {year_text}", month_name(month.month));
                    let span = month.span.cover(year.span);
                    let why = if *of {
                        "a month and year take no \"of\""
                    } else if comma {
                        "a month and year take no comma"
                    } else {
                        "a month without a day is spelled out"
                    };
                    out.push(
                        finding(&META, why.to_owned(), span)
                            .with_label(format!("write {expected}"))
                            .with_help(format!("write {expected}"))
                            .with_fix(Fix::safe(format!("write `{expected}`"), span, expected)),
                    );
                }
                _ => {}
            }
        }
    }
}

/// Whether a date in a table cell is in the three-letter forms AP prescribes for tabular
/// matter ("Sat, Sep 5", "Nov 27", "Thu, May 7, 2026"): months and weekdays in three
/// letters without a period, the day plain.
fn is_tabular(written: &WrittenDate, source: &str) -> bool {
    let three_letters = |span: article_model::Span| is_three_letters(span, source);
    let month_ok = matches!(
        written.month.form,
        MonthForm::Abbreviated { period: false } | MonthForm::Full
    ) && three_letters(written.month.span);
    let weekday_ok = written
        .weekday
        .is_none_or(|w| !w.full && three_letters(w.span));
    written.order == DateOrder::MonthDay
        && month_ok
        && weekday_ok
        && !written.day.ordinal
        && !written.day.zero_padded
}

/// Whether the month at token `month` follows a spelled day and "of" ("the sixth of
/// February", "the twenty-first of May").
fn spelled_day_before(block: &Block, month: usize) -> bool {
    let text = block.text.text();
    let cursor = TokenCursor::new(&block.tokens, text);
    let word = |i: usize| cursor.word(i);
    month >= 2
        && word(month - 1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
        // A day of the month in words ("sixth", "twenty-first"), or the last part of one.
        && word(month - 2).is_some_and(|w| {
            (1..=31).any(|day| {
                ordinal_words(day).is_some_and(|o| {
                    o.eq_ignore_ascii_case(w) || o.rsplit('-').next() == Some(&w.to_ascii_lowercase())
                })
            })
        })
}

/// Whether `span` holds three letters ("Sep", "Sat").
fn is_three_letters(span: article_model::Span, source: &str) -> bool {
    source
        .get(span.range())
        .is_some_and(|s| s.len() == 3 && s.chars().all(|c| c.is_ascii_alphabetic()))
}

/// A day range around a written date's day: the recognizer reads "3-5 March" as the
/// date "5 March" and "March 3-5" as "March 3".
enum DayRange {
    /// No dash glued to the day.
    None,
    /// "3-5 March", "March 3-5": the tokens of the whole range and its days as the house
    /// writes them ("3-5").
    Clean { tokens: Range<usize>, days: String },
    /// A dash glued to the day with something else on its other side ("3rd-5th March",
    /// "2025-5 March"), or a range the house form cannot take (ordinals, a year after
    /// "March 3-5" that would have to move): reported, not rewritten.
    Unclear,
}

/// The day range of `written`, if its day is glued to a dash.
fn day_range(block: &Block, written: &WrittenDate, order: DateOrder, ordinals: bool) -> DayRange {
    let tokens = &block.tokens;
    let text = block.text.text();
    let is_dash = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.as_str(text), "-" | "–"))
    };
    let glued = |i: usize| tokens.get(i).is_some_and(|t| t.glued());
    // A day number on the other side of the dash: 1–31, at most two digits.
    let other_day = |i: usize| {
        tokens
            .get(i)
            .and_then(|t| t.number())
            .filter(|n| n.is_integer() && n.integer_digits <= 2 && (1.0..=31.0).contains(&n.value))
            .map(|n| n.value as i8)
    };
    let Some(first) = written
        .core_tokens
        .clone()
        .find(|&i| tokens[i].span.start == written.day.span.start)
    else {
        return DayRange::None;
    };
    let after = (first..written.core_tokens.end)
        .find(|&i| tokens[i].span.start >= written.day.span.end)
        .unwrap_or(written.core_tokens.end);
    let day = written.day.day;
    match written.order {
        // "3-5 March": the date is "5 March", "3-" before it.
        DateOrder::DayMonth => {
            if !(first >= 1 && is_dash(first - 1) && glued(first)) {
                return DayRange::None;
            }
            let start = first.wrapping_sub(2);
            let clean = first >= 2
                && glued(first - 1)
                && written.weekday.is_none()
                && !ordinals
                && other_day(start).is_some_and(|d| d < day)
                && (!glued(start)
                    || start == 0
                    || matches!(tokens[start - 1].kind, TokenKind::Quote { .. })
                    || matches!(tokens[start - 1].as_str(text), "(" | "["));
            if !clean {
                return DayRange::Unclear;
            }
            let days = format!(
                "{}{}{day}",
                other_day(start).unwrap_or(day),
                tokens[first - 1].as_str(text)
            );
            DayRange::Clean {
                tokens: start..written.core_tokens.end,
                days,
            }
        }
        // "March 3-5": the date is "March 3", "-5" after it.
        DateOrder::MonthDay => {
            if after != written.core_tokens.end || !(is_dash(after) && glued(after)) {
                return DayRange::None;
            }
            let end = after + 2;
            let ends_cleanly = !glued(end)
                || tokens.get(end).is_some_and(|t| {
                    matches!(t.as_str(text), "," | "." | ";" | ":" | ")" | "?" | "!")
                        || matches!(t.kind, TokenKind::Quote { opening: false })
                });
            // "March 3-5, 2026" would leave ", 2026" behind a day-month rewrite.
            let year_follows = order == DateOrder::DayMonth
                && tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Punct && t.as_str(text) == ",")
                && tokens
                    .get(end + 1)
                    .and_then(|t| t.number())
                    .is_some_and(|n| n.integer_digits == 4);
            let clean = glued(after + 1)
                && !ordinals
                && written.year.is_none()
                && other_day(after + 1).is_some_and(|d| d > day)
                && ends_cleanly
                && !year_follows;
            if !clean {
                return DayRange::Unclear;
            }
            let days = format!(
                "{day}{}{}",
                tokens[after].as_str(text),
                other_day(after + 1).unwrap_or(day)
            );
            DayRange::Clean {
                tokens: written.core_tokens.start..end,
                days,
            }
        }
    }
}

/// Runs of white space as one space.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The house date form in one line, for help.
fn house_form_help(preset: Preset) -> &'static str {
    match preset {
        Preset::Ap | Preset::Reuters => {
            "the house form is \"Feb. 6, 2026\": Jan., Feb., Aug., Sept., Oct., Nov. and Dec. are \
             abbreviated with a day, March to July never; no ordinals; a comma after the year \
             mid-sentence"
        }
        Preset::British => {
            "the house form is \"6 February 2026\" and \"Friday 6 February\": full month names, \
             no commas, no ordinals"
        }
        Preset::Chicago => "the house form is \"February 6, 2026\": full month names, no ordinals",
        Preset::Economist => "the house form is \"February 6th 2026\": full month names, no commas",
    }
}
