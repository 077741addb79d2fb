//! Rule examples as articles: the docs show them, the tests run them.

use article_model::{Article, Source};

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::style::Style;

/// The clean front matter a body-only example is wrapped in: published Friday
/// 6 February 2026, every recommended field present.
pub const EXAMPLE_FRONT_MATTER: &str = "---
title: Example headline for a rule's documentation
subtitle: A dek that explains what the example article is about
author: Staff Reporter
published: 2026-02-06
section: World
tags: [example]
slug: example
language: en
---
";

/// The reference day examples are checked against.
pub const EXAMPLE_TODAY: jiff::civil::Date = jiff::civil::date(2026, 2, 10);

/// The first line of an example may name the file it is checked as, for rules that
/// read the file name: `<!-- file: 2026-02-05-border-operation.md -->`.
const FILE_DIRECTIVE: (&str, &str) = ("<!-- file: ", " -->");

/// The file name an example is checked as (`example.md` unless it says otherwise).
pub fn example_file_name(example: &str) -> &str {
    split_file_directive(example).0.unwrap_or("example.md")
}

fn split_file_directive(example: &str) -> (Option<&str>, &str) {
    let (open, close) = FILE_DIRECTIVE;
    if let Some(rest) = example.strip_prefix(open)
        && let Some((name, after)) = rest.split_once('\n')
        && let Some(name) = name.strip_suffix(close)
    {
        return (Some(name.trim()), after);
    }
    (None, example)
}

/// An example as a full article text (body snippets get [`EXAMPLE_FRONT_MATTER`]; a
/// file-name line is left out).
pub fn example_text(example: &str) -> String {
    let example = split_file_directive(example).1;
    if example.starts_with("---") {
        example.to_owned()
    } else {
        format!("{EXAMPLE_FRONT_MATTER}\n{example}\n")
    }
}

/// Parses an example into an article (examples are always valid articles).
pub fn example_article(example: &str) -> Article {
    Article::parse(Source::new(
        example_file_name(example),
        example_text(example),
    ))
    .unwrap_or_else(|rejected| panic!("example does not parse: {}", rejected.error))
}

/// The context examples run in: AP style, [`EXAMPLE_TODAY`].
pub fn example_context() -> Context {
    let mut context = Context::new(EXAMPLE_TODAY, Style::default());
    // The example front matter's section is allowed (for `front-matter/section`).
    context.sections = Some(vec!["World".into(), "Business".into(), "Sport".into()]);
    context
}

/// Runs one rule (by code) on an example, in [`example_context`].
pub fn run_rule_on(code: &str, example: &str) -> Vec<Diagnostic> {
    let rule = crate::rules::by_code(code).unwrap_or_else(|| panic!("no rule {code}"));
    let article = example_article(example);
    let mut out = Vec::new();
    rule.check(&article, &example_context(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_directive_names_the_file_and_is_left_out() {
        let example = "<!-- file: 2026-02-05-x.md -->\n---\ntitle: t\n---\n";
        assert_eq!(example_file_name(example), "2026-02-05-x.md");
        assert_eq!(example_text(example), "---\ntitle: t\n---\n");
        assert_eq!(example_file_name("Body text."), "example.md");
        assert!(example_text("Body text.").starts_with(EXAMPLE_FRONT_MATTER));
    }
}
