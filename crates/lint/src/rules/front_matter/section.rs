//! `front-matter/section`: `section` is one of the configured sections.

use article_model::Article;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Section;

static META: RuleMeta = RuleMeta {
    code: "front-matter/section",
    summary: "`section` is not one of the configured `sections`",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "When the configuration lists the site's sections (`sections: [World, Business, \
Sport]`), the front matter `section` must be one of them, written exactly the same way: a \
misspelled or retired section sends the story to a page nobody reads. The closest allowed \
name is suggested. Without `sections` in the configuration the rule is silent.",
    bad_example: "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-06
section: Wrold
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
section: World
tags: [example]
slug: example
language: en
---

Officials met in the capital to discuss the security operation.
",
};

impl Rule for Section {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(allowed) = &ctx.sections else {
            return;
        };
        let front_matter = &article.front_matter;
        // A non-string section is the schema's business.
        let Some(section) = front_matter.value.get("section").and_then(|v| v.as_str()) else {
            return;
        };
        if allowed.iter().any(|name| name == section) {
            return;
        }
        let Some(spans) = front_matter.spans.get("/section") else {
            return;
        };
        let mut diagnostic = Diagnostic::new(
            META.code,
            META.default_severity(),
            format!("`{section}` is not one of the configured sections"),
            spans.value,
        )
        .with_label("unknown section");
        let case_match = allowed
            .iter()
            .find(|name| name.to_lowercase() == section.to_lowercase());
        let suggestion = case_match
            .map(String::as_str)
            .or_else(|| crate::config::closest(section, allowed.iter().map(String::as_str)));
        diagnostic.help = Some(match suggestion {
            Some(name) => format!("did you mean `{name}`?"),
            None => format!("allowed sections: {}", allowed.join(", ")),
        });
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::examples::{example_article, example_context};

    use super::*;

    fn run(example: &str, sections: Option<Vec<String>>) -> Vec<Diagnostic> {
        let mut ctx = example_context();
        ctx.sections = sections;
        let mut out = Vec::new();
        Section.check(&example_article(example), &ctx, &mut out);
        out
    }

    fn sections() -> Option<Vec<String>> {
        Some(vec!["World".into(), "Business".into()])
    }

    #[test]
    fn unknown_section_is_flagged_with_a_suggestion() {
        let found = run(META.bad_example, sections());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].help.as_deref(), Some("did you mean `World`?"));
        let text = crate::examples::example_text(META.bad_example);
        assert_eq!(&text[found[0].span.range()], "Wrold");
    }

    #[test]
    fn allowed_section_and_no_taxonomy_pass() {
        assert!(run(META.good_example, sections()).is_empty());
        assert!(run(META.bad_example, None).is_empty());
    }
}
