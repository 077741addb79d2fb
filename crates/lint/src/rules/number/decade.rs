//! `number/decade`: "the 1990s" and "the '90s", not "1990's" or "90's".

use article_model::Article;
use article_model::text::numbers::Traits;

use super::{Views, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Decade;

static META: RuleMeta = RuleMeta {
    code: "number/decade",
    summary: "a decade written with an apostrophe before the s (\"1990's\", \"90's\")",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Decades take no apostrophe before the s: \"the 1990s\"; a shortened decade \
takes one in front: \"the '90s\". Ages by decade drop it too: \"in her 40s\". Only \
decades after \"the\", \"early\", \"late\", \"mid-\", a possessive pronoun or similar \
are checked, so a year's possessive (\"1990's budget\") is left alone. Quotations are \
not checked.",
    bad_example: "Pakistan's cricket team dominated the 1990's.",
    good_example: "Pakistan's cricket team dominated the 1990s and the early '90s.",
};

const LEADERS: &[&str] = &[
    "the",
    "The",
    "early",
    "late",
    "mid",
    "through",
    "throughout",
    "since",
    "until",
    "and",
    "or",
    "to",
];
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our", "its"];

impl Rule for Decade {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, _ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        for view in views.prose() {
            for m in view.mentions {
                // The apostrophe of "1990's" first: it is the rare part. Most figures
                // have a space after them, read before the text.
                let apostrophe = m.figure.map_or(usize::MAX, |figure| figure + 1);
                if !view.tokens.get(apostrophe).is_some_and(|t| t.glued())
                    || !matches!(view.token_text(apostrophe), "'" | "’")
                    || !m
                        .traits()
                        .fits(Traits::DIGITS, Traits::QUOTED.and(Traits::FRACTION))
                {
                    continue;
                }
                let (Some(figure), Some(number)) = (m.figure, m.number) else {
                    continue;
                };
                let s = figure + 2;
                if !view.tokens.get(apostrophe).is_some_and(|t| t.glued())
                    || view.word(s) != Some("s")
                    || !view.tokens.get(s).is_some_and(|t| t.glued())
                    || !matches!(number.integer_digits, 2 | 4)
                    || !(number.value as u64).is_multiple_of(10)
                {
                    continue;
                }
                let digits = view.token_text(figure);
                let before = figure.checked_sub(1);
                let shortened = before.is_some_and(|b| {
                    matches!(view.token_text(b), "'" | "’") && view.tokens[figure].glued()
                });
                let leader = before.and_then(|b| view.word(b));
                let after_hyphen = before
                    .is_some_and(|b| view.token_text(b) == "-" && view.tokens[figure].glued());
                let replacement = if shortened || leader.is_some_and(|w| POSSESSIVES.contains(&w)) {
                    format!("{digits}s")
                } else if leader.is_some_and(|w| LEADERS.contains(&w)) || after_hyphen {
                    if number.integer_digits == 2 {
                        format!("'{digits}s")
                    } else {
                        format!("{digits}s")
                    }
                } else {
                    continue;
                };
                let range = figure..s + 1;
                let written = view.range_text(range.clone());
                out.push(
                    finding(
                        &META,
                        format!("write the decade `{written}` as `{replacement}`"),
                        view.span(range.clone()),
                    )
                    .with_label("apostrophe in a decade")
                    .with_help(
                        "decades take no apostrophe before the s: \"the 1990s\", \"the '90s\"",
                    )
                    .with_optional_fix(view.replacement_fix(
                        article,
                        range,
                        replacement,
                        Applicability::Safe,
                    )),
                );
            }
        }
    }
}
