//! `date/future`: a story stamped after today.

use article_model::Article;

use super::analysis::{finding, publication_day, value_span};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Future;

static META: RuleMeta = RuleMeta {
    code: "date/future",
    summary: "`published` after today (unless `draft: true`), or `updated` after today",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "A story whose `published` day (in the article's own offset) is after today \
(`--today`, default the real today) would be dated in the future; drafts (`draft: true`) are \
exempt. An `updated` day after today is reported too, drafts or not.",
    bad_example: "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-12
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
published: 2026-02-12
section: World
tags: [example]
slug: example
language: en
draft: true
---

Officials met in the capital to discuss the security operation.
",
};

impl Rule for Future {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let fields = &article.front_matter.fields;
        let draft = fields.draft == Some(true);
        if !draft
            && let Some(p) = publication_day(article, ctx)
            && p > ctx.today
            && let Some(span) = value_span(article, "/published")
        {
            out.push(
                finding(
                    &META,
                    format!("`published` ({p}) is after today ({})", ctx.today),
                    span,
                )
                .with_label("in the future")
                .with_help(
                    "set `published` to the day the story goes out, or mark it `draft: true`",
                ),
            );
        }
        if let Some(updated) = &fields.updated
            && let Some(u) = updated.civil_date(&ctx.timezone)
            && u > ctx.today
            && let Some(span) = value_span(article, "/updated")
        {
            out.push(
                finding(
                    &META,
                    format!("`updated` ({u}) is after today ({})", ctx.today),
                    span,
                )
                .with_label("in the future")
                .with_help("set `updated` to the day of the last change"),
            );
        }
    }
}
