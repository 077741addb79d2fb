//! `date/timezone`: date-times without an offset.

use article_model::Article;
use article_model::front_matter::DateValue;

use super::analysis::{finding, value_span};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use article_model::Span;

pub struct Timezone;

static META: RuleMeta = RuleMeta {
    code: "date/timezone",
    summary: "`published`/`updated` date-times without a UTC offset",
    default_level: Level::Warning,
    fix: FixKind::Unsafe,
    docs: "A date-time without an offset (`2026-02-06T10:00:00`) names no instant: readers, \
feeds and search engines (Google asks for ISO 8601 with time zone information) cannot place \
it. Add the offset (`+05:00`) or `Z` for UTC. Plain dates (`2026-02-06`) are fine. The fix \
appends the offset of the configured site time zone (default UTC) and is unsafe: the story \
may have been dated in another zone.",
    bad_example: "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-06T10:00:00
section: World
tags: [example]
slug: example
language: en
---

Officials met in the capital to discuss the security operation.
",
    good_example: "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-06T10:00:00+05:00
section: World
tags: [example]
slug: example
language: en
---

Officials met in the capital to discuss the security operation.
",
};

impl Rule for Timezone {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let fields = &article.front_matter.fields;
        for (key, value) in [
            ("published", &fields.published),
            ("updated", &fields.updated),
        ] {
            let Some(DateValue::LocalDateTime(datetime)) = value else {
                continue;
            };
            let Some(span) = value_span(article, &format!("/{key}")) else {
                continue;
            };
            let mut diagnostic = finding(
                &META,
                format!("`{key}` has a time but no UTC offset"),
                span,
            )
            .with_label("no offset")
            .with_help(format!(
                "add the offset of the zone the time is in, e.g. `{datetime}+05:00`, or `Z` for UTC"
            ));
            let raw = article.front_matter.value.get(key).and_then(|v| v.as_str());
            let slice = article.source.slice(span);
            if let Some(raw) = raw
                && let Some(at) = slice.find(raw)
                && let Ok(zoned) = datetime.to_zoned(ctx.timezone.clone())
            {
                let seconds = zoned.offset().seconds();
                let offset = if seconds == 0 {
                    "Z".to_owned()
                } else {
                    let sign = if seconds < 0 { '-' } else { '+' };
                    let s = seconds.unsigned_abs();
                    format!("{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
                };
                let end = span.start + at + raw.len();
                diagnostic = diagnostic.with_fix(Fix {
                    applicability: Applicability::Unsafe,
                    message: format!("append `{offset}` (the site time zone)"),
                    edits: vec![Edit {
                        span: Span::empty(end),
                        replacement: offset,
                    }],
                });
            }
            out.push(diagnostic);
        }
    }
}
