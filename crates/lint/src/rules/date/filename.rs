//! `date/filename`: `YYYY-MM-DD-slug.md` agrees with `published` and `slug`.

use article_model::Article;
use jiff::civil::Date;

use super::analysis::{finding, publication_day, value_span};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Filename;

static META: RuleMeta = RuleMeta {
    code: "date/filename",
    summary: "A `YYYY-MM-DD-slug.md` file name whose date or slug differs from the front matter",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "Static site generators (Jekyll; Hugo can too) read the date and slug from file \
names like `2026-02-06-us-backs-pakistan.md`. The date must be the publication day in the \
article's zone, and the slug the `slug` field when there is one. The finding points at the \
front matter value (`published` or `slug`) and names the file's value. Files not named this \
way are not checked. No fix: renaming a file is left to the writer.",
    bad_example: "<!-- file: 2026-02-05-example.md -->
Officials met in the capital to discuss the security operation.",
    good_example: "<!-- file: 2026-02-06-example.md -->
Officials met in the capital to discuss the security operation.",
};

/// The date and slug of a `YYYY-MM-DD-slug.md` file name. The date is returned as
/// written (it may not exist) with the parsed date when it does.
pub fn parse_file_name(name: &str) -> Option<(&str, Option<Date>, &str)> {
    let stem = name
        .strip_suffix(".md")
        .or_else(|| name.strip_suffix(".markdown"))
        .or_else(|| name.strip_suffix(".mdx"))?;
    let b = stem.as_bytes();
    if b.len() < 12 || b[4] != b'-' || b[7] != b'-' || b[10] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| {
        let s = &stem[r];
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<i32>().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let date = Date::new(y as i16, m as i8, d as i8).ok();
    Some((&stem[..10], date, &stem[11..]))
}

impl Rule for Filename {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(name) = article.source.path().file_name().and_then(|n| n.to_str()) else {
            return;
        };
        let Some((written, date, slug)) = parse_file_name(name) else {
            return;
        };
        if let Some(p) = publication_day(article, ctx)
            && date != Some(p)
            && let Some(span) = value_span(article, "/published")
        {
            out.push(
                finding(
                    &META,
                    format!("the file name is dated {written} but `published` is {p}"),
                    span,
                )
                .with_label(format!("file name says {written}"))
                .with_help(format!(
                    "rename the file to {p}-{slug}.md, or correct `published` if the file name is right"
                )),
            );
        }
        if let Some(field) = &article.front_matter.fields.slug
            && field != slug
            && let Some(span) = value_span(article, "/slug")
        {
            out.push(
                finding(
                    &META,
                    format!("the file name's slug is `{slug}` but `slug` is `{field}`"),
                    span,
                )
                .with_label(format!("file name says `{slug}`"))
                .with_help(format!(
                    "rename the file to {written}-{field}.md, or set `slug: {slug}`"
                )),
            );
        }
    }
}
