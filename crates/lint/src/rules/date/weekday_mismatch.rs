//! `date/weekday-mismatch`: a weekday that disagrees with its date.

use article_model::text::dates::{
    DAY_EVENTS, MentionKind, WeekdayRelation, WrittenDate, month_word, weekday_name,
};
use article_model::{Article, Span};

use jiff::civil::{Date, Weekday};

use super::analysis::{
    Found, NamedYear, analysis, context_years, describe, finding, named_years, publication_day,
};
use super::render::weekday_like;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct WeekdayMismatch;

/// The first year whose dates are Gregorian in the English-speaking world: Britain and
/// its colonies followed the Julian calendar until September 1752 (Catholic Europe
/// switched in 1582, Russia in 1918). History copy gives earlier dates as they were
/// written at the time ("Friday, Oct. 12, 1492"), so their weekdays and leap days are
/// not checked against the proleptic Gregorian calendar.
pub(super) const GREGORIAN_EVERYWHERE: i16 = 1753;

static META: RuleMeta = RuleMeta {
    code: "date/weekday-mismatch",
    summary: "A weekday attached to a date disagrees with the calendar",
    default_level: Level::Error,
    fix: FixKind::Unsafe,
    docs: "A weekday written with a date must be that date's weekday: \"Thursday, Feb. 6, \
2026\", \"Feb. 6 (Thursday)\", \"Thursday 6 February\", \"on Thursday, Feb. 6\", \"Fri Feb 05 \
2026\", \"Thursday night, Feb. 6\" (morning, afternoon, evening, night), \"Feb. 6, a \
Thursday\" (not \"by Feb. 6, a Thursday deadline\"), \"Feb. 6 (a Thursday)\", and a date in \
apposition to a weekday's event (\"Thursday's game, Feb. 6, drew 50,000 fans\": an event noun \
such as game, vote, meeting or hearing, then the date between commas; not a list of dates). A date without a year is taken in the year closest to the publication date, or in \
the publication year if the weekday fits that (\"Saturday, Dec. 5\" in a story of \
Feb. 6, 2026) and the sentence is not told in the future (\"will open on Sunday, Jan. 4\" \
in a story of November is next January's), and skipped when there is no publication date; in a sentence that names a year (\"In \
1976, the election fell on Tuesday, Nov. 2\", or \"Last year,\" opening it) it is read in \
that year; a year compared with (\"up 1.4 million from last year\") does not date the day. \
A sentence that names no year takes the year an earlier sentence of its paragraph, or of the \
paragraph before, sets after a month or as its opening (\"in April 1912\", \"In 1912,\"; not \
\"the highest since 2017\") (\"The Titanic sank in April 1912. The Carpathia reached New York on \
Thursday, 18 April.\"). \
When the weekday fits neither reading, the finding is given in the year an opening \
\"In 1976,\" names, else in the publication year with no fix (\"Services will be held \
Sunday, Feb. 7 ... her husband, who died in 2005\"). Dates \
before 1753 are not checked: until 1752 Britain and its colonies used the Julian calendar \
(Catholic Europe until 1582), and history copy gives such dates as written at the time \
(\"Friday, Oct. 12, 1492\"). Quoted text is checked too: a wrong weekday is a fact error \
wherever it is. The help names the right weekday; the fix replaces the weekday, and is unsafe \
because the date may be the part that is wrong.",
    bad_example: "The bureau issued its statement on Thursday, Feb. 6, officials said.",
    good_example: "The bureau issued its statement on Friday, Feb. 6, officials said.",
};

impl Rule for WeekdayMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let p = publication_day(article, ctx);
        let all = &analysis(article).found;
        for (k, found) in all.iter().enumerate() {
            let Some(written) = found.mention.written() else {
                continue;
            };
            let weekday = match &written.weekday {
                Some(weekday) => Some((weekday.weekday, weekday.span)),
                // "Saturday's game, Nov. 27,": the weekday of the event the date
                // stands beside.
                None => k
                    .checked_sub(1)
                    .and_then(|j| possessive_before(article, &all[j], found)),
            };
            if let Some((weekday, span)) = weekday
                && let Some(diagnostic) = mismatch(article, p, found, written, weekday, span)
            {
                out.push(diagnostic);
            }
        }
    }
}

/// The weekday of a possessive that a date stands in apposition to: "Saturday's game,
/// Nov. 27, drew 50,000 fans", "Friday's home game, Nov. 27." (an event noun, with one
/// word before it at most, then the date between commas or before the end of the
/// sentence; not a list "Saturday's game, Nov. 27, Dec. 4 and ..."). The weekday and
/// its span without "'s".
pub(super) fn possessive_before(
    article: &Article,
    prev: &Found,
    found: &Found,
) -> Option<(Weekday, Span)> {
    let MentionKind::Weekday(phrase) = &prev.mention.kind else {
        return None;
    };
    if !phrase.possessive
        || phrase.relation != WeekdayRelation::Plain
        || prev.block != found.block
        || prev.mention.quoted
    {
        return None;
    }
    let block = &article.body.blocks[found.block];
    let text = block.text.text();
    let tokens = &block.tokens;
    let str_at = |i: usize| tokens.get(i).map_or("", |t| t.as_str(text));
    let lower_word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.as_str(text))
            .filter(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    };
    let event = |i: usize| lower_word(i).is_some_and(|w| DAY_EVENTS.contains(&w));
    let noun = prev.mention.tokens.end;
    let comma = if event(noun) {
        noun + 1
    } else if lower_word(noun).is_some() && event(noun + 1) {
        noun + 2
    } else {
        return None;
    };
    if str_at(comma) != "," || found.mention.tokens.start != comma + 1 {
        return None;
    }
    let after = found.mention.tokens.end;
    let closes = match str_at(after) {
        "" => after >= tokens.len(),
        "." | ")" | ";" | "—" => true,
        // Not a list of dates: "Saturday's game, Nov. 27, Dec. 4 and Dec. 11".
        "," => {
            !(str_at(after + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
                || month_word(str_at(after + 1)).is_some())
        }
        _ => false,
    };
    if !closes {
        return None;
    }
    let source = article.source.text();
    let word = source.get(phrase.weekday_span.range())?;
    let base = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))?;
    let span = Span {
        start: phrase.weekday_span.start,
        end: phrase.weekday_span.start + base.len(),
    };
    Some((phrase.weekday, span))
}

/// The finding for `weekday` (written at `span`) beside the date `written`, if they
/// disagree.
fn mismatch(
    article: &Article,
    p: Option<Date>,
    found: &Found,
    written: &WrittenDate,
    weekday: Weekday,
    span: Span,
) -> Option<Diagnostic> {
    let source = article.source.text();
    let mut date = written.date(p)?;
    if date.weekday() == weekday || date.year() < GREGORIAN_EVERYWHERE {
        return None;
    }
    // A year-less date may mean the publication year (AP writes the year only
    // for other years): "Saturday, Dec. 5" in a story of Feb. 6, 2026 is right
    // for December 2026, though last December is nearer.
    // But a day already past is no reading for the future: "Britain will open their
    // campaign on Sunday 4 January" in a story of November is next January's.
    if p.and_then(|p| written.in_year_of(p))
        .is_some_and(|this_year| {
            this_year.weekday() == weekday
                && !(p.is_some_and(|p| this_year < p && date > p) && told_in_future(article, found))
        })
    {
        return None;
    }
    // "In 1976, the election fell on Tuesday, Nov. 2": the sentence gives a
    // year-less date its year. Asked only of a date about to be reported.
    let mut other_year = None;
    let mut from_context = false;
    if written.year.is_none()
        && let (Some(p), Some(sentence)) = (p, found.sentence)
    {
        let block = &article.body.blocks[found.block];
        let named = named_years(
            block,
            block.sentences[sentence].tokens.clone(),
            found.mention.tokens.clone(),
            p.year(),
            1000,
        );
        let in_year = |y: i16| Date::new(y, written.month.month, written.day.day).ok();
        // "up 1.4 million from last year" compares; it does not date the day.
        let mut named: Vec<NamedYear> = named
            .into_iter()
            .filter_map(|n| match n {
                NamedYear::Relative { year, opening } => opening.then_some(NamedYear::Known(year)),
                other => Some(other),
            })
            .collect();
        // "The Titanic sank in April 1912. The Carpathia reached New York on Thursday,
        // 18 April.": a sentence that names no year takes the one named before it in
        // its paragraph, or in the paragraph before.
        if named.is_empty() {
            // The publication year is the reading already tried.
            named = context_years(article, found, p.year(), 1000);
            named.retain(|n| *n != NamedYear::Known(p.year()));
            from_context = !named.is_empty();
        }
        let fits = named.iter().any(|n| match n {
            NamedYear::Known(y) => {
                *y < GREGORIAN_EVERYWHERE || in_year(*y).is_some_and(|d| d.weekday() == weekday)
            }
            NamedYear::Relative { .. } => false,
            // Another year, not fixed by the words: cannot tell.
            NamedYear::Other => true,
        });
        if fits {
            return None;
        }
        // Wrong in both readings. A year opening the sentence ("In 1976, ...") is
        // the date's year: reported in it. Elsewhere the year meant is unclear
        // ("Services will be held Sunday, March 21 ... she died in 2005"): reported
        // in the publication year, as without it, but with no fix.
        let tokens = block.sentences[sentence].tokens.clone();
        let opening_year = (tokens.start + 1 < tokens.end
            && block.tokens[tokens.start].is_word()
            && block.token_text(tokens.start).eq_ignore_ascii_case("in"))
        .then(|| block.tokens[tokens.start + 1].number())
        .flatten()
        .filter(|n| n.is_integer() && n.integer_digits == 4)
        .map(|n| n.value as i16);
        match opening_year.filter(|_| !from_context).and_then(in_year) {
            Some(that_year) => date = that_year,
            None => {
                other_year = named.iter().find_map(|n| match n {
                    NamedYear::Known(y) => Some(*y),
                    _ => None,
                });
            }
        }
    }
    let actual = date.weekday();
    let wrong = source.get(span.range()).unwrap_or("");
    let right = weekday_like(wrong, actual);
    let date_span = written.month.span.cover(written.day.span);
    let date_span = written.year.map_or(date_span, |y| date_span.cover(y.span));
    let diagnostic = finding(
        &META,
        format!(
            "{} does not match the date: {} is a {}",
            weekday_name(weekday),
            describe(date).split_once(", ").map_or("", |(_, d)| d),
            weekday_name(actual)
        ),
        span,
    )
    .with_label(format!("should be {}", weekday_name(actual)))
    .with_secondary(date_span, format!("this is a {}", weekday_name(actual)));
    Some(match other_year {
        Some(year) => diagnostic.with_help(format!(
            "the {} also names {year}, in which the weekday does not fit either: \
             check the date, its year and the weekday",
            if from_context {
                "text before it"
            } else {
                "sentence"
            }
        )),
        None => diagnostic
            .with_help(format!(
                "write {right}, or correct the date if the weekday is right"
            ))
            .with_fix(Fix::unsafe_(
                format!("replace `{wrong}` with `{right}`"),
                span,
                right,
            )),
    })
}

/// Whether the sentence of `found` is told in the future up to the date: its last tense
/// word before the date is "will" or "shall" ("Britain will open their campaign against
/// Spain on Sunday 4 January"), not a past one ("said", "was").
fn told_in_future(article: &Article, found: &Found) -> bool {
    let Some(sentence) = found.sentence else {
        return false;
    };
    let block = &article.body.blocks[found.block];
    let start = block.sentences[sentence].tokens.start;
    (start..found.mention.tokens.start)
        .rev()
        .filter(|&i| block.tokens[i].is_word())
        .map(|i| block.token_text(i).to_ascii_lowercase())
        .find_map(|w| match w.as_str() {
            "will" | "shall" | "'ll" | "’ll" => Some(true),
            "was" | "were" | "had" | "did" | "said" | "says" | "would" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}
