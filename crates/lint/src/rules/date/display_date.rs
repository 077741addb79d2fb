//! `date/display-date`: the printed date line differs from `published`.

use article_model::Article;
use article_model::text::dates::MentionKind;

use super::analysis::{DisplayKind, analysis, describe, finding, publication_day, value_span};
use super::render::retarget;
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct DisplayDate;

static META: RuleMeta = RuleMeta {
    code: "date/display-date",
    summary: "A line that is only a date (the printed date under a headline) differs from `published`",
    default_level: Level::Error,
    fix: FixKind::Unsafe,
    docs: "A paragraph or line that holds nothing but a date, with an optional label and time \
(\"Fri Feb 06 2026\", \"Published: 6 February 2026\", \"Feb. 6, 2026 10:30 PKT\"), is the \
date printed under the headline. It must be the publication day; a line labelled \
\"Updated\" must be the `updated` day. The fix (unsafe: either may be wrong) rewrites the line \
to the front matter date, keeping its format.",
    bad_example: "Thu Feb 05 2026\n\nOfficials met in the capital to discuss the security operation.",
    good_example: "Fri Feb 06 2026\n\nOfficials met in the capital to discuss the security operation.",
};

impl Rule for DisplayDate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(p) = publication_day(article, ctx) else {
            return;
        };
        let updated = article
            .front_matter
            .fields
            .updated
            .as_ref()
            .and_then(|u| u.civil_date(&ctx.timezone));
        let source = article.source.text();
        for found in &analysis(article).found {
            let Some(kind) = found.display else {
                continue;
            };
            let (expected, key) = match kind {
                DisplayKind::Published => (p, "published"),
                DisplayKind::Updated => match updated {
                    Some(u) => (u, "updated"),
                    None => continue,
                },
            };
            let mention = &found.mention;
            let Some(shown) = mention.date(Some(expected)) else {
                continue;
            };
            if shown == expected {
                continue;
            }
            let written_span = match &mention.kind {
                MentionKind::Written(w) => w.core,
                _ => mention.span,
            };
            let mut diagnostic = finding(
                &META,
                format!(
                    "the date line says {} but `{key}` is {}",
                    describe(shown),
                    describe(expected)
                ),
                written_span,
            )
            .with_label(format!("should be {}", describe(expected)))
            .with_help(format!(
                "print the `{key}` date ({expected}), or correct `{key}` if the line is right"
            ));
            if let Some(span) = value_span(article, &format!("/{key}")) {
                diagnostic = diagnostic.with_secondary(span, format!("`{key}` is {expected}"));
            }
            if let MentionKind::Written(w) = &mention.kind {
                let edits = retarget(w, expected, source);
                if !edits.is_empty() {
                    diagnostic = diagnostic.with_fix(Fix {
                        applicability: Applicability::Unsafe,
                        message: format!("print {}", describe(expected)),
                        edits,
                    });
                }
            }
            out.push(diagnostic);
        }
    }
}
