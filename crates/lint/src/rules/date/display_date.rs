//! `date/display-date`: the printed date line differs from `published`.

use article_model::Article;
use article_model::body::BlockKind;
use article_model::text::dates::{MentionKind, days_between};

use super::analysis::{
    DisplayKind, Found, analysis, describe, finding, publication_day, value_span,
};
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
\"Updated\" must be the `updated` day. A date line without a label (\"Published\", \"Updated\", \
\"Posted\", \"Date\") that comes after the story has begun (after the dateline, or without one, after \
a paragraph of prose), or a date heading in an article with two or more (\"### Sunday, Nov. 8\", \
\"## May 19, 2026\"), heads a part of a timeline, not the article, and is not checked. A line that names UTC or \
GMT (\"Nov. 4, 2026, 4:30 a.m. UTC\") gives the day in UTC, and is compared with the front \
matter instant in UTC (a value without a time may be a day off). A line may print both \
stamps (\"Published Nov. 3, 2026, 6 p.m. EST | Updated Nov. 4, 2026, 2:10 a.m. EST\"); a \
labelled stamp may leave out the year (\"Updated Nov. 4\"). The fix (unsafe: either may be wrong) rewrites the line \
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
        let all = &analysis(article).found;
        for found in all {
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
            if shown == expected || (!found.labelled && is_subhead(article, found, all)) {
                continue;
            }
            // "Nov. 4, 2026, 4:30 a.m. UTC" for 11:30 p.m. on Nov. 3 in New York: the line
            // gives the day in the zone it names.
            let mut target = expected;
            if found.utc {
                match utc_day(article, ctx, key) {
                    Some(day) if day == shown => continue,
                    Some(day) => target = day,
                    // No time: the UTC day may be a day off.
                    None if days_between(expected, shown).abs() <= 1 => continue,
                    None => {}
                }
            }
            let zone = if target == expected { "" } else { " in UTC" };
            let written_span = match &mention.kind {
                MentionKind::Written(w) => w.core,
                _ => mention.span,
            };
            let mut diagnostic = finding(
                &META,
                format!(
                    "the date line says {} but `{key}` is {}{zone}",
                    describe(shown),
                    describe(target)
                ),
                written_span,
            )
            .with_label(format!("should be {}", describe(target)))
            .with_help(format!(
                "print the `{key}` date ({target}{zone}), or correct `{key}` if the line is right"
            ));
            if let Some(span) = value_span(article, &format!("/{key}")) {
                diagnostic = diagnostic.with_secondary(span, format!("`{key}` is {expected}"));
            }
            if let MentionKind::Written(w) = &mention.kind {
                let edits = retarget(w, target, source);
                if !edits.is_empty() {
                    diagnostic = diagnostic.with_fix(Fix {
                        applicability: Applicability::Unsafe,
                        message: format!("print {}", describe(target)),
                        edits,
                    });
                }
            }
            out.push(diagnostic);
        }
    }
}

/// The day of the front matter value `key` in UTC, for a value with a time. Asked only
/// of a line that names UTC or GMT and is about to be reported.
fn utc_day(article: &Article, ctx: &Context, key: &str) -> Option<jiff::civil::Date> {
    let fields = &article.front_matter.fields;
    let value = if key == "updated" {
        fields.updated.as_ref()
    } else {
        fields.published.as_ref()
    }?;
    if !value.has_time() {
        return None;
    }
    value
        .timestamp(&ctx.timezone)
        .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// Whether an unlabelled date line heads a part of the story (a timeline's "### Sunday,
/// Nov. 8") rather than printing the article's date under the headline: it comes after
/// the story has begun (after the dateline, or, without one, after a paragraph of
/// prose), or it is a heading and another heading is a date line too (a timeline).
/// Only asked when the line is about to be reported.
fn is_subhead(article: &Article, found: &Found, all: &[Found]) -> bool {
    let body = &article.body;
    let is_heading = |f: &Found| matches!(body.blocks[f.block].kind, BlockKind::Heading { .. });
    let story_began = match body.dateline_block {
        Some(dateline) => dateline < found.block,
        None => body.blocks[..found.block].iter().any(|block| {
            matches!(block.kind, BlockKind::Paragraph)
                && block
                    .text
                    .text()
                    .trim_end_matches(['"', '\'', '”', '’', ')'])
                    .ends_with(['.', '!', '?'])
        }),
    };
    story_began
        || (is_heading(found)
            && all.iter().any(|other| {
                other.block != found.block && other.display.is_some() && is_heading(other)
            }))
}
