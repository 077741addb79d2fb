//! `date/two-digit-year`: "'26", "3/4/26".

use article_model::Article;
use article_model::body::Block;
use article_model::text::TokenCursor;
use article_model::text::dates::{MentionKind, full_two_digit_year, month_word, weekday_word};

use super::analysis::{analysis, finding, publication_day};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct TwoDigitYear;

static META: RuleMeta = RuleMeta {
    code: "date/two-digit-year",
    summary: "A year written with two digits (\"'26\", \"3/4/26\")",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "Years are written in full in news copy: \"2026\", not \"'26\". A two-digit year is \
read in the century that puts it nearest the publication year without being more than ten \
years after it: in a 2026 story \"'27\" is 2027 and \"'98\" is 1998 (without a valid \
`published`, the reference day stands in). Left alone, as AP keeps the apostrophe there: \
\"the class of '62\", \"the Spirit of '76\" and other names of the form \"Capitalized of \
'NN\", a year after a name (\"Woodstock '69\"; not after a month, \"June '26\", nor a \
word such as \"In\" opening the sentence), fiscal and crop years (\"2025/26\", \"2025-26\") \
and decades (\"the '90s\", \"the '90's\": a decade is `number/decade`'s). The fix writes \
the full year; it is safe when that year is within five years of publication (\"'27\" in \
2026), where no other century is plausible, and unsafe otherwise (\"'98\" → 1998 in a 2026 \
story, or any year without `published`): a history story may mean another century. A \
numeric date such as \"3/4/26\" gets no fix here (see `date/numeric`). Quoted text is not \
checked.",
    bad_example: "The province expects to finish the new security wall by '27.",
    good_example: "The province expects to finish the new security wall by 2027.",
};

/// A two-digit year this close to the publication year (either side) has one reading.
const SAFE_YEARS: i16 = 5;

/// Capitalized words that open a sentence before "'98" without naming anything.
const NOT_NAMES: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "since",
    "until",
    "till",
    "before",
    "after",
    "through",
    "during",
    "of",
    "to",
    "and",
    "but",
    "or",
    "nor",
    "so",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "circa",
    "about",
    "around",
    "early",
    "late",
    "mid",
    "back",
    "then",
    "between",
    "as",
    "with",
    "without",
    "like",
    "unlike",
    "last",
    "next",
    "every",
    "each",
    "than",
    "when",
    "because",
    "instead",
    "most",
    "much",
    "all",
    "some",
    "part",
    "half",
    "rest",
    "end",
    "start",
    "beginning",
    "middle",
];

impl Rule for TwoDigitYear {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let p = publication_day(article, ctx);
        let near = p.unwrap_or(ctx.today).year();
        for found in &analysis(article).found {
            if found.mention.quoted {
                continue;
            }
            let (span, year, fixable) = match &found.mention.kind {
                MentionKind::ShortYear { last_two } => {
                    let block = &article.body.blocks[found.block];
                    if kept_apostrophe(block, found.mention.tokens.start) {
                        continue;
                    }
                    (
                        found.mention.span,
                        full_two_digit_year(*last_two, near),
                        true,
                    )
                }
                MentionKind::Written(w) => match w.year {
                    Some(y) if y.two_digit => (y.span, full_two_digit_year(y.year, near), true),
                    _ => continue,
                },
                MentionKind::Numeric(n) if n.two_digit_year() && !n.is_impossible() => (
                    found.mention.span,
                    full_two_digit_year(n.parts[2] as i16, near),
                    false,
                ),
                _ => continue,
            };
            let written = article.source.slice(span);
            let mut diagnostic = finding(&META, format!("two-digit year in `{written}`"), span)
                .with_label("two-digit year")
                .with_help(format!("write the year in full: {year}"));
            if fixable {
                let message = format!("write `{year}`");
                let replacement = year.to_string();
                diagnostic = diagnostic.with_fix(
                    if p.is_some_and(|p| (year - p.year()).abs() <= SAFE_YEARS) {
                        Fix::safe(message, span, replacement)
                    } else {
                        Fix::unsafe_(message, span, replacement)
                    },
                );
            }
            out.push(diagnostic);
        }
    }
}

/// Whether the "'NN" at token `apostrophe` is one AP writes with the apostrophe: "the
/// class of '62", "the Spirit of '76", "Woodstock '69".
fn kept_apostrophe(block: &Block, apostrophe: usize) -> bool {
    let text = block.text.text();
    let cursor = TokenCursor::new(&block.tokens, text);
    let word = |i: usize| cursor.word(i);
    let Some(before) = apostrophe.checked_sub(1).and_then(word) else {
        return false;
    };
    // A capitalized word that is not one opening a sentence ("In", "The", "As").
    let name = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w))
    };
    if before == "of" {
        // "class of '62", "Class of '85", "Spirit of '76", "Summer of '69".
        return apostrophe
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|w| w.eq_ignore_ascii_case("class") || name(w));
    }
    // A name right before: "Woodstock '69", "Expo '86" (not "June '26", nor "In '98").
    name(before)
        && month_word(before.trim_end_matches('.')).is_none()
        && weekday_word(before.trim_end_matches('.')).is_none()
}
