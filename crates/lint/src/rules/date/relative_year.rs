//! `date/relative-year`: "last year" beside a year that is not last year.

use article_model::Article;
use article_model::Span;
use article_model::body::Block;
use article_model::text::dates::MentionKind;
use article_model::text::{Grouping, TokenKind};

use super::analysis::{analysis, finding, publication_day};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct RelativeYear;

static META: RuleMeta = RuleMeta {
    code: "date/relative-year",
    summary: "\"last year\", \"this year\", \"next year\" beside an explicit year that contradicts the publication year",
    default_level: Level::Error,
    fix: FixKind::None,
    docs: "In a story published in 2026, \"last year\" is 2025, \"this year\" 2026 and \"next \
year\" 2027. When an explicit year stands right beside the phrase and says otherwise, one of \
the two is wrong: \"in August 2026 last year\", \"this year (2025)\", \"last year's vote in \
2024\". Only these tight pairings are checked (a month and year just before the phrase, a year \
in parentheses just after it, \"last year's <noun> in <year>\"), so an unrelated year elsewhere \
in the sentence is never compared. \"In August last year\" has no explicit year and is fine; \
\"the last year\" (a span of time) is not a relative year.",
    bad_example: "The group was added to the list in August 2024 last year, the department said.",
    good_example: "The group was added to the list in August last year, the department said.",
};

impl Rule for RelativeYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(p) = publication_day(article, ctx) else {
            return;
        };
        let analysis = analysis(article);
        for (k, found) in analysis.found.iter().enumerate() {
            let MentionKind::RelativeYear { offset, possessive } = found.mention.kind else {
                continue;
            };
            let expected = p.year() + i16::from(offset);
            let block = &article.body.blocks[found.block];
            let start = found.mention.tokens.start;
            // A month and year just before: "in August 2026 last year".
            let mut explicit: Option<(i16, Span)> = None;
            if k > 0 {
                let prev = &analysis.found[k - 1];
                if prev.block == found.block && prev.mention.tokens.end == start {
                    explicit = match &prev.mention.kind {
                        MentionKind::MonthYear { year, .. } => Some((year.year, year.span)),
                        MentionKind::Written(w) => w.year.map(|y| (y.year, y.span)),
                        _ => None,
                    };
                }
            }
            let end = found.mention.tokens.end;
            let text = block.text.text();
            let is = |i: usize, s: &str| block.tokens.get(i).is_some_and(|t| t.as_str(text) == s);
            // "this year (2025)".
            if explicit.is_none() && is(end, "(") && is(end + 2, ")") {
                explicit = year_at(block, end + 1);
            }
            // "last year's vote in 2024": up to three words, then "in" and a year.
            if explicit.is_none() && possessive {
                let mut i = end;
                while i < end + 3
                    && block.tokens.get(i).is_some_and(|t| t.is_word())
                    && !is(i, "in")
                {
                    i += 1;
                }
                if i > end && is(i, "in") {
                    explicit = year_at(block, i + 1);
                }
            }
            let Some((year, year_span)) = explicit else {
                continue;
            };
            if year == expected {
                continue;
            }
            let phrase = article.source.slice(found.mention.span);
            out.push(
                finding(
                    &META,
                    format!(
                        "\"{phrase}\" is {expected} in a story published in {}, but the year beside it is {year}",
                        p.year()
                    ),
                    found.mention.span,
                )
                .with_label(format!("means {expected}"))
                .with_secondary(year_span, format!("says {year}"))
                .with_help(format!(
                    "keep one of the two: write {expected}, or drop \"{phrase}\" if {year} is right"
                )),
            );
        }
    }
}

/// A plain four-digit year token at `i`, not glued to what follows.
fn year_at(block: &Block, i: usize) -> Option<(i16, Span)> {
    let token = block.tokens.get(i)?;
    let TokenKind::Number(n) = token.kind else {
        return None;
    };
    let ok = n.is_integer()
        && n.grouping == Grouping::None
        && n.integer_digits == 4
        && (1900.0..=2100.0).contains(&n.value);
    let glued_after = block
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.glued() && t.is_word());
    (ok && !glued_after).then_some((n.value as i16, token.span))
}
