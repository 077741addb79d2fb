//! `date/weekday-mismatch`: a weekday that disagrees with its date.

use article_model::Article;
use article_model::text::dates::weekday_name;

use super::analysis::{analysis, describe, finding, publication_day};
use super::render::weekday_like;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct WeekdayMismatch;

static META: RuleMeta = RuleMeta {
    code: "date/weekday-mismatch",
    summary: "A weekday attached to a date disagrees with the calendar",
    default_level: Level::Error,
    fix: FixKind::Unsafe,
    docs: "A weekday written with a date must be that date's weekday: \"Thursday, Feb. 6, \
2026\", \"Feb. 6 (Thursday)\", \"Thursday 6 February\", \"on Thursday, Feb. 6\", \"Fri Feb 05 \
2026\", \"Thursday night, Feb. 6\" (morning, afternoon, evening, night), \"Feb. 6, a \
Thursday\" (not \"by Feb. 6, a Thursday deadline\"). A date without a year is taken in the year closest to the publication date, or in \
the publication year if the weekday fits that (\"Saturday, Dec. 5\" in a story of \
Feb. 6, 2026), and skipped when there is no publication date. Quoted text is checked too: a wrong weekday is a fact error \
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
        let source = article.source.text();
        for found in &analysis(article).found {
            let Some(written) = found.mention.written() else {
                continue;
            };
            let (Some(weekday), Some(date)) = (&written.weekday, written.date(p)) else {
                continue;
            };
            let actual = date.weekday();
            if weekday.weekday == actual {
                continue;
            }
            // A year-less date may mean the publication year (AP writes the year only
            // for other years): "Saturday, Dec. 5" in a story of Feb. 6, 2026 is right
            // for December 2026, though last December is nearer.
            if p.and_then(|p| written.in_year_of(p))
                .is_some_and(|this_year| this_year.weekday() == weekday.weekday)
            {
                continue;
            }
            let wrong = source.get(weekday.span.range()).unwrap_or("");
            let right = weekday_like(wrong, actual);
            let date_span = written.month.span.cover(written.day.span);
            let date_span = written.year.map_or(date_span, |y| date_span.cover(y.span));
            out.push(
                finding(
                    &META,
                    format!(
                        "{} does not match the date: {} is a {}",
                        weekday_name(weekday.weekday),
                        describe(date).split_once(", ").map_or("", |(_, d)| d),
                        weekday_name(actual)
                    ),
                    weekday.span,
                )
                .with_label(format!("should be {}", weekday_name(actual)))
                .with_secondary(date_span, format!("this is a {}", weekday_name(actual)))
                .with_help(format!(
                    "write {right}, or correct the date if the weekday is right"
                ))
                .with_fix(Fix::unsafe_(
                    format!("replace `{wrong}` with `{right}`"),
                    weekday.span,
                    right,
                )),
            );
        }
    }
}
