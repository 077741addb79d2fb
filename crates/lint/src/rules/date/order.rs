//! `date/order`: an update older than the story.

use article_model::Article;

use super::analysis::{finding, value_span};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Order;

static META: RuleMeta = RuleMeta {
    code: "date/order",
    summary: "`updated` before `published`",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "`updated` must not be earlier than `published`. When both carry a time they are \
compared as instants (offsets applied); otherwise as calendar days, each in its own offset. \
The finding points at `updated`, with a label on `published`.",
    bad_example: "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-06
updated: 2026-02-05
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
published: 2026-02-06
updated: 2026-02-07
section: World
tags: [example]
slug: example
language: en
---

Officials met in the capital to discuss the security operation.
",
};

impl Rule for Order {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let fields = &article.front_matter.fields;
        let (Some(published), Some(updated)) = (&fields.published, &fields.updated) else {
            return;
        };
        let tz = &ctx.timezone;
        let before = if published.has_time() && updated.has_time() {
            match (published.timestamp(tz), updated.timestamp(tz)) {
                (Some(p), Some(u)) => u < p,
                _ => false,
            }
        } else {
            match (published.civil_date(tz), updated.civil_date(tz)) {
                (Some(p), Some(u)) => u < p,
                _ => false,
            }
        };
        if !before {
            return;
        }
        let (Some(u_span), Some(p_span)) = (
            value_span(article, "/updated"),
            value_span(article, "/published"),
        ) else {
            return;
        };
        let source = &article.source;
        out.push(
            finding(
                &META,
                format!(
                    "`updated` ({}) is before `published` ({})",
                    source.slice(u_span).trim_matches(['"', '\'']),
                    source.slice(p_span).trim_matches(['"', '\''])
                ),
                u_span,
            )
            .with_label("earlier than the publication")
            .with_secondary(p_span, "published here")
            .with_help("an update comes after the story: correct `updated` (or `published`)"),
        );
    }
}
