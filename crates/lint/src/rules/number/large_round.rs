//! `number/large-round`: "$3 million", not "$3,000,000".

use article_model::Article;
use article_model::text::numbers::{NumberMention, Separator, Traits, short_decimal};

use super::{NumberStyle, Views, figure_range, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct LargeRound;

static META: RuleMeta = RuleMeta {
    code: "number/large-round",
    summary: "a round figure of a million or more written in full",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Round amounts of a million or more read better with a word: \"$3 million\", \
\"2.5 billion rupees\", \"1.63 million\" (at most two decimals). The rule flags whole \
numbers of a million or more written out in full that can be written that way \
without losing a digit (up to a thousand trillion). Indian grouping (\"10,00,000\") is left alone when \
`indian_grouping` is on. Protected numbers and quotations are not checked.",
    bad_example: "The province received $3,000,000 in emergency aid.",
    good_example: "The province received $3 million in emergency aid.",
};

/// The short form of a round figure of a million or more ("3 million"), if it has one.
pub(crate) fn short_form(m: &NumberMention, style: &NumberStyle) -> Option<String> {
    let excluded = Traits::FRACTION
        .and(Traits::MAGNITUDE)
        .and(Traits::ORDINAL)
        .and(Traits::PROTECTED)
        .and(Traits::QUOTED)
        .and(Traits::PERCENT);
    // One test without short-circuiting: most mentions fail it.
    if !(m
        .traits()
        .fits(Traits::FIGURES.and(Traits::DIGITS), excluded)
        & (m.value >= 1e6))
    {
        return None;
    }
    // A figure without its parse has nothing to shorten (figures always carry one).
    m.number?;
    if (m.separator == Separator::Indian && style.indian_grouping)
        || m.separator == Separator::Irregular
    {
        return None;
    }
    // Past a thousand trillion a figure is not held exactly (nor is it news copy):
    // nothing is shortened there, so no digit can be lost.
    if m.value >= 1e15 || m.value.fract() != 0.0 {
        return None;
    }
    let whole = m.value as u64;
    let (factor, word) = if whole >= 1_000_000_000_000 {
        (1_000_000_000_000, "trillion")
    } else if whole >= 1_000_000_000 {
        (1_000_000_000, "billion")
    } else {
        (1_000_000, "million")
    };
    // Round to two decimals of the word, checked in whole numbers: "1,630,000" is
    // "1.63 million", "1,234,567" has no short form.
    let hundredth = factor / 100;
    if !whole.is_multiple_of(hundredth) {
        return None;
    }
    let short = short_decimal((whole / hundredth) as f64 / 100.0)?;
    Some(format!("{short} {word}"))
}

impl Rule for LargeRound {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let views = Views::of(article);
        for view in views.prose() {
            for m in view.mentions {
                let Some(short) = short_form(m, style) else {
                    continue;
                };
                let Some(range) = figure_range(m) else {
                    continue;
                };
                let written = view.range_text(range.clone());
                out.push(
finding(
                    &META,
                    format!("write `{written}` as `{short}`"),
                    view.span(range.clone()),
                )
                .with_label("round number in full")
                .with_help("round figures of a million or more take a word: \"$3 million\", \"2.5 billion\"")
.with_optional_fix(view.replacement_fix(
                    article,
                    range,
                    short,
                    Applicability::Safe,
                )),
);
            }
        }
    }
}
