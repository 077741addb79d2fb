//! `date/two-digit-year`: "'26", "3/4/26".

use article_model::Article;
use article_model::text::dates::MentionKind;

use super::analysis::{analysis, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct TwoDigitYear;

static META: RuleMeta = RuleMeta {
    code: "date/two-digit-year",
    summary: "A year written with two digits (\"'26\", \"3/4/26\")",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "Years are written in full in news copy: \"2026\", not \"'26\". Two-digit years \
are read as 20xx. Fiscal and crop years (\"2025/26\", \"2025-26\") and decades (\"the '90s\") \
are fine. The fix (safe) writes the full year for \"'26\"; a numeric date such as \"3/4/26\" \
gets no fix here (see `date/numeric`). Quoted text is not checked.",
    bad_example: "The province expects to finish the new security wall by '27.",
    good_example: "The province expects to finish the new security wall by 2027.",
};

impl Rule for TwoDigitYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, _ctx: &Context, out: &mut Vec<Diagnostic>) {
        for found in &analysis(article).found {
            if found.mention.quoted {
                continue;
            }
            let (span, year, fixable) = match &found.mention.kind {
                MentionKind::ShortYear { year } => (found.mention.span, *year, true),
                MentionKind::Written(w) => match w.year {
                    Some(y) if y.two_digit => (y.span, y.year, true),
                    _ => continue,
                },
                MentionKind::Numeric(n) if n.two_digit_year() && !n.is_impossible() => {
                    (found.mention.span, 2000 + n.parts[2] as i16, false)
                }
                _ => continue,
            };
            let written = article.source.slice(span);
            let mut diagnostic = finding(&META, format!("two-digit year in `{written}`"), span)
                .with_label("two-digit year")
                .with_help(format!("write the year in full: {year}"));
            if fixable {
                diagnostic = diagnostic.with_fix(Fix::safe(
                    format!("write `{year}`"),
                    span,
                    year.to_string(),
                ));
            }
            out.push(diagnostic);
        }
    }
}
