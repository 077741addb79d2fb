//! `number/money`: "$5", not "$5.00", "$ 5" or "$5 dollars"; one currency notation.

use article_model::Article;
use article_model::text::numbers::{NumberMention, Traits};

use super::{View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Money;

static META: RuleMeta = RuleMeta {
    code: "number/money",
    summary: "a sum written against the house money style",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Money is written \"$5\", \"$2.50\", \"Rs500\", \"$5 million\": no \".00\" on \
whole amounts, with or without a magnitude (\"$5.00\", \"$5.00 million\"), except to match \
the other end of a range (\"$12.50 to $13.00\"; not a percentage, \"fell 5.2% to $5.00\"); a single zero before a magnitude \
(\"$2.0 billion\") states precision, as financial copy does, and is left alone. No \
space between a currency symbol and the figure, no currency word repeating the \
symbol (\"$5 dollars\"). One article uses one notation for a currency: \"Rs\", \"Rs.\" \
or \"PKR\" for rupees, \"£\" or \"GBP\", \"€\" or \"EUR\" — the first one used wins. \
In the AP and Reuters presets a magnitude is spelled out in running text (\"$100M\" → \"$100 \
million\", \"$2.5bn\" → \"$2.5 billion\"; headlines may keep the short form), a dollar sum takes the sign (\"20 dollars\" → \"$20\", \
\"4.2 million dollars\" → \"$4.2 million\"; not \"12 Canadian dollars\", \"five dollars\", \
\"5 to 8 dollars\", \"50 dollars' worth\", rates and sums in cents (\"the euro bought 1.1643 dollars\", \
\"traded at 1.3 dollars\"), constant dollars (\"in 2020 dollars\"), the modifier \
(\"12 dollar stores\", \"15 dollar-denominated bonds\")), and a dollar sum below one dollar is written in cents \
(\"$0.47\" → \"47 cents\", \"$.50\" → \"50 cents\", \"$0.01\" → \"1 cent\", \"a $0.50 fee\" → \
\"a 50-cent fee\", \"$0.5\" → \"50 cents\", \"from $0.47 to $0.89\" → \"from 47 cents \
to 89 cents\"; not in a range to a dollar or more, nor with a magnitude; no fix in a compound such as \
\"a $0.47-a-share dividend\"). Quotations are not checked.",
    bad_example: "The fare rose to $5.00 and a ticket to Rs 500, or PKR 500 at the counter.",
    good_example: "The fare rose to $5 and a ticket to Rs 500, or Rs 800 at the counter.",
};

/// The currency family of a notation, for the one-notation check.
fn family(notation: &str) -> Option<&'static str> {
    Some(match notation {
        "Rs" | "Rs." | "PKR" | "₨" => "rupee",
        "£" | "GBP" => "pound",
        "€" | "EUR" => "euro",
        _ => return None,
    })
}

/// Words that repeat a currency symbol.
fn repeats(notation: &str, word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    match notation {
        "$" | "US$" | "USD" => matches!(word.as_str(), "dollar" | "dollars"),
        "£" | "GBP" => matches!(word.as_str(), "pound" | "pounds"),
        "€" | "EUR" => matches!(word.as_str(), "euro" | "euros"),
        "Rs" | "Rs." | "PKR" | "₨" | "₹" | "INR" => matches!(word.as_str(), "rupee" | "rupees"),
        _ => false,
    }
}

impl Rule for Money {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        // AP and Reuters write sums below a dollar in cents ("47 cents").
        let cents_style = ctx.style.preset.follows_ap_numbers();
        // The first notation of each family, with whether it is glued.
        let mut first: Vec<(&'static str, &str, bool, article_model::Span)> = Vec::new();
        // Sums, and (AP, Reuters) amounts with a unit that may be "dollars".
        let judged = |traits: Traits| {
            traits.has_any(Traits::CURRENCY)
                || (cents_style && traits.fits(Traits::UNIT.and(Traits::DIGITS), Traits::NONE))
        };
        for view in views.prose_where(judged) {
            for (k, m) in view.mentions.iter().enumerate() {
                if cents_style
                    && m.traits()
                        .fits(Traits::UNIT.and(Traits::DIGITS), Traits::QUOTED)
                {
                    check_dollar_word(&view, article, k, out);
                }
                if !m.traits().fits(Traits::CURRENCY, Traits::QUOTED) {
                    continue;
                }
                let Some(currency) = &m.currency else {
                    continue;
                };
                let notation = view.range_text(currency.tokens.clone());
                check_sum(&view, article, k, notation, out);
                if cents_style {
                    check_cents(&view, article, k, notation, out);
                    check_magnitude_suffix(&view, article, k, out);
                }
                let Some(fam) = family(notation) else {
                    continue;
                };
                let notation_span = view.span(currency.tokens.clone());
                match first.iter().find(|f| f.0 == fam) {
                    None => first.push((fam, notation, currency.glued, notation_span)),
                    Some((_, chosen, glued, chosen_span)) if *chosen != notation => {
                        let separator = if *glued { "" } else { " " };
                        let replacement = format!("{chosen}{separator}");
                        let span = view.span(currency.tokens.clone());
                        let mut diagnostic = finding(
                            &META,
                            format!(
                                "this article writes the currency as `{chosen}`, not `{notation}`"
                            ),
                            span,
                        )
                        .with_label("second currency notation")
                        .with_secondary(*chosen_span, format!("first written `{chosen}` here"))
                        .with_help("use one notation for a currency throughout an article");
                        if let Some(number_edit) = view.edit_span(article, m.tokens.clone())
                            && let Some(notation_edit) =
                                view.edit_span(article, currency.tokens.clone())
                        {
                            let edit =
                                article_model::Span::new(notation_edit.start, number_edit.start);
                            if article.source.text()[notation_edit.end..number_edit.start]
                                .chars()
                                .all(char::is_whitespace)
                            {
                                diagnostic = diagnostic.with_fix(Fix::safe(
                                    format!("replace `{notation}` with `{chosen}`"),
                                    edit,
                                    replacement,
                                ));
                            }
                        }
                        out.push(diagnostic);
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

/// "$0.47", "$.50": a dollar sum below one dollar, which AP and Reuters write in cents
/// ("47 cents", "50 cents"). One or two places, no magnitude, no range to a dollar
/// or more.
fn check_cents(
    view: &View<'_>,
    article: &Article,
    k: usize,
    notation: &str,
    out: &mut Vec<Diagnostic>,
) {
    let m = &view.mentions[k];
    let (Some(currency), Some(number)) = (&m.currency, m.number) else {
        return;
    };
    // "$0.47", "$0.5"; the ends of a range only when both are cents ("from $0.47 to
    // $0.89" → "from 47 cents to 89 cents", not "from 47 cents to $1.25").
    let in_cents = |m: &NumberMention| {
        m.currency
            .as_ref()
            .is_some_and(|c| c.glued && view.range_text(c.tokens.clone()) == "$")
            && m.magnitude.is_none()
            && m.figure.is_some_and(|f| m.tokens.end == f + 1)
            && m.number
                .is_some_and(|n| matches!(n.decimals, 1 | 2) && n.value > 0.0 && n.value < 1.0)
    };
    if notation != "$"
        || !in_cents(m)
        || view
            .joined_partner(k)
            .is_some_and(|p| !in_cents(&view.mentions[p]))
    {
        return;
    }
    let written = view.range_text(currency.tokens.start..m.tokens.end);
    let cents = (number.value * 100.0).round() as u64;
    // Before a noun, after an article, the amount is an adjective: "a 50-cent fee".
    let before = currency
        .tokens
        .start
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .map(str::to_ascii_lowercase);
    let adjective = m.noun.is_some() && matches!(before.as_deref(), Some("a" | "an" | "the"));
    let replacement = match (adjective, cents) {
        (true, _) => format!("{cents}-cent"),
        (false, 1) => "1 cent".to_owned(),
        (false, _) => format!("{cents} cents"),
    };
    // "a $0.47-a-share dividend": a compound the fix cannot rewrite well.
    let compound = view.token_text(m.tokens.end) == "-"
        && view.tokens.get(m.tokens.end).is_some_and(|t| t.glued());
    let span = view.span(currency.tokens.start..m.tokens.end);
    let mut diagnostic = finding(&META, format!("write `{written}` as `{replacement}`"), span)
        .with_label("a sum below a dollar")
        .with_help("amounts under a dollar are written in cents: \"5 cents\", \"47 cents\"");
    if let (false, Some(notation_edit), Some(number_edit)) = (
        compound,
        view.edit_span(article, currency.tokens.clone()),
        view.edit_span(article, m.tokens.clone()),
    ) {
        diagnostic = diagnostic.with_fix(Fix::safe(
            format!("replace `{written}` with `{replacement}`"),
            article_model::Span::new(notation_edit.start, number_edit.end),
            replacement,
        ));
    }
    out.push(diagnostic);
}

/// "$100M", "$2.5bn": AP and Reuters spell the magnitude out in running text ("$100
/// million", "$2.5 billion"), keeping the short form for headlines (which this rule
/// does not read). Not thousands ("$50K"), which want figures in full.
fn check_magnitude_suffix(view: &View<'_>, article: &Article, k: usize, out: &mut Vec<Diagnostic>) {
    let m = &view.mentions[k];
    let Some(magnitude) = m.magnitude.filter(|mag| mag.suffix) else {
        return;
    };
    let suffix = view.token_text(magnitude.token);
    let word = match suffix {
        "M" | "m" | "mn" | "mln" => "million",
        "B" | "bn" | "b" => "billion",
        "T" | "tn" | "trn" => "trillion",
        _ => return,
    };
    let written = view.range_text(m.first_token()..magnitude.token + 1);
    let replacement = format!(" {word}");
    let span = view.span(magnitude.token..magnitude.token + 1);
    let mut diagnostic = finding(
        &META,
        format!("write `{written}` with `{word}` spelled out"),
        view.span(m.first_token()..magnitude.token + 1),
    )
    .with_label("abbreviated magnitude")
    .with_help("AP spells out million, billion and trillion in running text: \"$100 million\"");
    if view
        .edit_span(article, magnitude.token..magnitude.token + 1)
        .is_some()
    {
        diagnostic = diagnostic.with_fix(Fix::safe(
            format!("replace `{suffix}` with `{replacement}`"),
            span,
            replacement,
        ));
    }
    out.push(diagnostic);
}

/// "20 dollars", "4.2 million dollars": AP and Reuters give dollar sums with the sign
/// ("$20", "$4.2 million"). Only a figure with the bare word right after it: not
/// "20 Canadian dollars", "five dollars", a range ("5 to 8 dollars"), a sentence's
/// opening figure (number/sentence-start's), or "20 dollars' worth", which the
/// sign would not read well in.
fn check_dollar_word(view: &View<'_>, article: &Article, k: usize, out: &mut Vec<Diagnostic>) {
    let m = &view.mentions[k];
    let Some(unit) = m.unit else { return };
    // "The euro bought 1.1643 dollars": an exchange rate, quoted in more places than
    // a sum has and after another currency.
    let other_currency_before = (1..=4).any(|n| {
        m.tokens
            .start
            .checked_sub(n)
            .and_then(|i| view.word(i))
            .is_some_and(|w| {
                matches!(
                    w,
                    "euro"
                        | "euros"
                        | "pound"
                        | "pounds"
                        | "sterling"
                        | "yen"
                        | "yuan"
                        | "franc"
                        | "francs"
                        | "rupee"
                        | "rupees"
                        | "peso"
                        | "pesos"
                        | "rouble"
                        | "ruble"
                        | "lira"
                )
            })
    });
    // Only a sum: a whole amount ("20 dollars") or one with a magnitude ("4.2 million
    // dollars"). Not rates ("Sterling traded at 1.3 dollars", "fell to 0.99
    // dollars"), constant dollars ("in 2020 dollars"), the singular modifier ("12
    // dollar stores"), nor a compound ("15 dollar-denominated bonds").
    let Some(number) = m.number else { return };
    let whole = number.decimals == 0 && m.value >= 1.0;
    let year_like = m.magnitude.is_none()
        && m.separator == article_model::text::numbers::Separator::None
        && (1800.0..=2100.0).contains(&m.value);
    let word_ok = match view.word(unit) {
        Some("dollars") => true,
        Some("dollar") => m.value == 1.0,
        _ => false,
    };
    if unit != m.tokens.end
        || !word_ok
        || !(whole || m.magnitude.is_some())
        || year_like
        || other_currency_before
        || view
            .tokens
            .get(unit + 1)
            .is_some_and(|t| t.glued() && t.as_str(view.text) == "-")
        || m.currency.is_some()
        || m.sentence_start
        || m.protection.is_some()
        || view.joined_partner(k).is_some()
        || view
            .tokens
            .get(unit + 1)
            .is_some_and(|t| t.glued() && matches!(t.as_str(view.text), "'" | "’"))
    {
        return;
    }
    let written = view.range_text(m.tokens.start..unit + 1);
    let replacement = format!("${}", view.range_text(m.tokens.clone()));
    let mut diagnostic = finding(
        &META,
        format!("write `{written}` as `{replacement}`"),
        view.span(m.tokens.start..unit + 1),
    )
    .with_label("a dollar sum without the sign")
    .with_help("dollar sums take the sign and figures: \"$20\", \"$4.2 million\"");
    if let Some(fix) = view.replacement_fix(
        article,
        m.tokens.start..unit + 1,
        replacement,
        crate::diagnostic::Applicability::Safe,
    ) {
        diagnostic = diagnostic.with_fix(fix);
    }
    out.push(diagnostic);
}

/// The sum at mention `k` of `view`, written with `notation`.
fn check_sum(
    view: &View<'_>,
    article: &Article,
    k: usize,
    notation: &str,
    out: &mut Vec<Diagnostic>,
) {
    let m = &view.mentions[k];
    let Some(currency) = &m.currency else { return };
    let Some(figure) = m.figure else { return };
    let symbol = notation
        .chars()
        .last()
        .is_some_and(|c| !c.is_alphanumeric() && c != '.');
    // "$ 20": a space after a symbol.
    if symbol && !currency.glued {
        let notation_span = view.span(currency.tokens.clone());
        let number_span = view.span(m.tokens.clone());
        let gap = article_model::Span::new(notation_span.end, number_span.start);
        let gap_text = article.source.text().get(gap.range()).unwrap_or("x");
        let mut diagnostic = finding(
            &META,
            format!("no space between `{notation}` and the amount"),
            gap.cover(notation_span),
        )
        .with_label("space after the currency symbol")
        .with_help(format!(
            "write `{notation}{}`",
            view.range_text(m.tokens.clone())
        ));
        if !gap_text.is_empty() && gap_text.chars().all(char::is_whitespace) {
            diagnostic = diagnostic.with_fix(Fix::safe("remove the space", gap, ""));
        }
        out.push(diagnostic);
    }
    // "$5.00", "$5.00 million": cents on a whole amount. With a magnitude, one zero
    // decimal ("$5.0 billion") states precision, as financial copy does; two are cents.
    let written = view.token_text(figure);
    if let Some(number) = m.number
        && number.decimals > 0
        && (m.magnitude.is_none() || number.decimals >= 2)
        && number.value.fract() == 0.0
        && let Some((whole, cents)) = written.split_once('.')
        && cents.chars().all(|c| c == '0')
        // "$12.50 to $13.00": the cents match the other end of the range.
        // Not "fell 5.2% to $5.00": the other end must be a sum too.
        && !view.range_partner(k).is_some_and(|p| {
            view.mentions[p].currency.is_some() && view.mentions[p].base.fract() != 0.0
        })
    {
        // The amount as written and as it should read, magnitude included.
        let amount = view.range_text(figure..m.tokens.end);
        let rest = amount.strip_prefix(written).unwrap_or("");
        let mut diagnostic = finding(
            &META,
            format!("drop the `.{cents}` from `{notation}{amount}`"),
            view.span(figure..figure + 1),
        )
        .with_label("whole amount with cents")
        .with_help(format!(
            "whole amounts take no decimals: `{notation}{whole}{rest}`"
        ));
        if let Some(edit) = view.edit_span(article, figure..figure + 1) {
            diagnostic = diagnostic.with_fix(Fix::safe(
                format!("replace `{written}` with `{whole}`"),
                edit,
                whole.to_owned(),
            ));
        }
        out.push(diagnostic);
    }
    // "$5 dollars".
    let after = m.tokens.end;
    if let Some(word) = view.word(after)
        && repeats(notation, word)
        && m.percent.is_none()
    {
        let number_span = view.span(m.tokens.clone());
        let word_span = view.span(after..after + 1);
        let removal = article_model::Span::new(number_span.end, word_span.end);
        let mut diagnostic = finding(
            &META,
            format!("`{word}` repeats the currency symbol `{notation}`"),
            word_span,
        )
        .with_label("currency stated twice")
        .with_help(format!(
            "write `{notation}{}` alone",
            view.range_text(m.tokens.clone())
        ));
        let between = article
            .source
            .text()
            .get(number_span.end..word_span.start)
            .unwrap_or("x");
        if view.edit_span(article, after..after + 1).is_some()
            && between.chars().all(char::is_whitespace)
        {
            diagnostic = diagnostic.with_fix(Fix::safe(format!("remove `{word}`"), removal, ""));
        }
        out.push(diagnostic);
    }
}
