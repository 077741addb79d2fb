//! `date/numeric`: all-numeric dates in prose.

use article_model::Article;
use article_model::text::dates::{MentionKind, month_name};
use jiff::civil::Date;

use super::analysis::{analysis, finding};
use super::render::ap_month;
use super::style::{DateStyle, DayOrder, MonthNames};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Numeric;

static META: RuleMeta = RuleMeta {
    code: "date/numeric",
    summary: "An all-numeric date in prose (\"03/04/2026\" is March 4 or 3 April)",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "\"03/04/2026\" is March 4 in the United States and 3 April almost everywhere \
else; \"3-4-26\" and \"3.4.2026\" are no better. Write the month as a word. ISO dates \
(`2026-02-06`) belong in the front matter, not in prose. When only one reading is a real \
date (\"31/1/2026\", ISO) the fix (safe) writes it in the house style; when both readings \
are possible there is no fix. Versions (6.6.0), scores (3-2), times (10:30), fractions (1/2) \
and fiscal years (2025/26) are not dates. Impossible numeric dates are left to \
`date/invalid`; quoted text and the printed date line are not checked.",
    bad_example: "The province imposed a curfew on 03/04/2025 after the attacks.",
    good_example: "The province imposed a curfew on March 4, 2025, after the attacks.",
};

/// A date in the house style, with its year.
pub fn house_date(date: Date, style: &DateStyle) -> String {
    let day = date.day();
    let suffix = if style.ordinals {
        super::render::ordinal_suffix(day)
    } else {
        ""
    };
    let month = match style.months {
        MonthNames::Ap => ap_month(date.month()),
        MonthNames::Full => month_name(date.month()),
    };
    if style.order == DayOrder::DayMonth {
        format!("{day}{suffix} {} {}", month_name(date.month()), date.year())
    } else if style.comma_before_year {
        format!("{month} {day}{suffix}, {}", date.year())
    } else {
        format!("{month} {day}{suffix} {}", date.year())
    }
}

impl Rule for Numeric {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for found in &analysis(article).found {
            let MentionKind::Numeric(numeric) = &found.mention.kind else {
                continue;
            };
            if found.mention.quoted || found.display.is_some() || numeric.is_impossible() {
                continue;
            }
            let span = found.mention.span;
            let written = article.source.slice(span);
            let dates = numeric.valid_dates();
            let mut diagnostic = if numeric.iso {
                finding(
                    &META,
                    format!("ISO date `{written}` in prose: ISO dates belong in the front matter"),
                    span,
                )
            } else if dates.len() > 1 {
                finding(
                    &META,
                    format!(
                        "`{written}` is ambiguous: {} {} or {} {}",
                        month_name(dates[0].month()),
                        dates[0].day(),
                        dates[1].day(),
                        month_name(dates[1].month())
                    ),
                    span,
                )
            } else {
                finding(
                    &META,
                    format!("all-numeric date `{written}` in prose"),
                    span,
                )
            }
            .with_label("numeric date");
            if let [date] = dates.as_slice()
                && !numeric.two_digit_year()
            {
                let expected = house_date(*date, &ctx.style.dates);
                diagnostic = diagnostic
                    .with_help(format!("write {expected}"))
                    .with_fix(Fix::safe(format!("write `{expected}`"), span, expected));
            } else {
                diagnostic = diagnostic.with_help("write the month as a word, e.g. March 4, 2026");
            }
            out.push(diagnostic);
        }
    }
}
