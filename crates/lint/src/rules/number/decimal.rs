//! `number/decimal`: "0.7", not ".7"; "3.5", not "3,5"; at most two decimals.

use article_model::Article;

use super::{View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use article_model::text::numbers::{NumberMention, Separator, Traits};

pub struct Decimal;

static META: RuleMeta = RuleMeta {
    code: "number/decimal",
    summary: "a decimal without its leading zero, with a decimal comma, or with more than two places",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "Decimals take a leading zero (\"0.7\", safe fix), a point rather than a comma \
in English copy (\"3,5%\" → \"3.5%\", \"1,5 million\" → \"1.5 million\"; the fix is unsafe because the comma might be a \
typo for something else), and at most two places outside measurements (no fix: \
rounding changes the value; \"1.000\" may be a European thousands separator). \
Percentages are left to `number/percent` (and may have three places: a \
\"4.125%\" coupon); calibres (\".22-caliber\"), numbers with \
units (but index points: \"1.2345 points\"; three places there may be a thousands \
point), batting and winning averages (\".312\", \"a .500 \
record\") and sports rates of one or more named in the sentence (\"a 1.112 OPS\", \"a \
1.000 fielding percentage\"), statistics below one (\"p below 0.001\", \"a hazard ratio of 0.734\"), \
exchange rates (\"7.1235 Chinese yuan\", \"$1.0845\", \"trading at 1.1643 against the \
dollar\"), index levels (\"the dollar index rose 0.25% to 106.432\"), gymnastics scores \
(\"scored 15.533 on the pommel horse\"), \
protected numbers and quotations are not checked.",
    bad_example: "The tremor measured .7 on the local scale, and the index gained 1.2345 points.",
    good_example: "The tremor measured 0.7 on the local scale, and the index gained 1.23 points.",
};

impl Rule for Decimal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, _ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        for view in views.prose() {
            check_view(&view, article, out);
        }
    }
}

fn check_view(view: &View<'_>, article: &Article, out: &mut Vec<Diagnostic>) {
    for m in view.mentions {
        // Each check below needs one of these, read from the parse before the text: a
        // leading point (no integer digits), a comma that is not a thousands separator,
        // or more than two decimals. Few mentions have one, so the tests are combined
        // without short-circuiting into one rarely taken branch.
        let (integer_digits, decimals) = m
            .number
            .map_or((u8::MAX, 0), |n| (n.integer_digits, n.decimals));
        let candidate =
            (integer_digits == 0) | (m.separator == Separator::Irregular) | (decimals > 2);
        if !(candidate
            & m.traits()
                .fits(Traits::DIGITS, Traits::QUOTED.and(Traits::PROTECTED)))
        {
            continue;
        }
        let (Some(figure), Some(number)) = (m.figure, m.number) else {
            continue;
        };
        let written = view.token_text(figure);
        let next = view.token_text(figure + 1);
        let calibre = matches!(next, "caliber" | "calibre" | "-");
        // ".312", "a .500 record": a batting or winning average, which sports copy
        // writes without the zero.
        let average = written.starts_with('.')
            && number.decimals == 3
            && m.unit.is_none()
            && m.currency.is_none();
        if average || is_rate_statistic(view, m) {
            continue;
        }
        // ".7": missing leading zero (percentages: number/percent; "$.50" is left to
        // number/money, which writes "50 cents").
        if written.starts_with('.')
            && m.percent.is_none()
            && !calibre
            && !(m.currency.is_some() && number.decimals == 2)
        {
            let replacement = format!("0{written}");
            out.push(
                finding(
                    &META,
                    format!("write `{written}` with a leading zero: `{replacement}`"),
                    view.span(figure..figure + 1),
                )
                .with_label("missing leading zero")
                .with_help("a decimal below one takes a zero before the point")
                .with_optional_fix(view.replacement_fix(
                    article,
                    figure..figure + 1,
                    replacement,
                    Applicability::Safe,
                )),
            );
            continue;
        }
        // "3,5%": a decimal comma.
        if m.separator == Separator::Irregular
            && (m.percent.is_some()
                || m.unit.is_some()
                || m.currency.is_some()
                // "1,5 million": no grouping leaves one digit before a magnitude.
                || m.magnitude.is_some())
            && let Some((int, frac)) = written.split_once(',')
            && !frac.contains(',')
            && !written.contains('.')
            && (1..=3).contains(&int.len())
            && (1..=2).contains(&frac.len())
        {
            let replacement = format!("{int}.{frac}");
            out.push(
                finding(
                    &META,
                    format!("`{written}` uses a decimal comma: write `{replacement}`"),
                    view.span(figure..figure + 1),
                )
                .with_label("decimal comma")
                .with_help("English copy uses a point for decimals")
                .with_optional_fix(view.replacement_fix(
                    article,
                    figure..figure + 1,
                    replacement,
                    Applicability::Unsafe,
                )),
            );
            continue;
        }
        // More than two places, outside measurements and rates (a bond's "4.125%"
        // coupon is exact).
        // Points of an index are a count of steps, not a measurement: "1.2345 points"
        // has too many places; "1.234 points" may be 1,234 with a European point, so
        // it is left alone.
        let points = m
            .unit
            .is_some_and(|unit| matches!(view.token_text(unit), "point" | "points"));
        let measurement = m.unit.is_some() && !points;
        // Below one, extra places are a statistic's precision ("p below 0.001", "a
        // hazard ratio of 0.734"), not a count rounded too finely.
        let statistic = written.starts_with("0.");
        let exempt = statistic || measurement || (points && number.decimals == 3);
        if number.decimals > 2
            && !exempt
            && m.currency.is_none()
            && m.percent.is_none()
            && !super::point_as_thousands(view, m)
        {
            let context = |i: usize| view.word(i).map(str::to_ascii_lowercase);
            let measured = [
                context(m.tokens.end),
                context(m.first_token().wrapping_sub(1)),
            ]
            .iter()
            .flatten()
            .any(|w| {
                matches!(
                    w.as_str(),
                    "blood"
                        | "alcohol"
                        | "bac"
                        | "average"
                        | "gpa"
                        | "latitude"
                        | "longitude"
                        | "seconds"
                        | "second"
                )
            });
            // An exchange rate: "7.1235 Chinese yuan", "rose to 151.27 Japanese yen".
            let exchange_rate = view
                .word(m.tokens.end)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
                && context(m.tokens.end + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "yuan"
                            | "yen"
                            | "dollars"
                            | "dollar"
                            | "rupees"
                            | "rupee"
                            | "pesos"
                            | "francs"
                            | "krona"
                            | "kronor"
                            | "won"
                            | "rubles"
                            | "lira"
                            | "real"
                    )
                });
            if measured
                || exchange_rate
                || quoted_against_a_currency(view, m)
                || is_index_level(view, m)
                || is_gymnastics_score(view, m)
            {
                continue;
            }
            out.push(
                finding(
                    &META,
                    format!("`{written}` has {} decimal places", number.decimals),
                    view.span(figure..figure + 1),
                )
                .with_label("more than two decimals")
                .with_help("round to at most two decimal places unless the precision matters; if the point separates thousands, write a comma (\"1,000\")"),
            );
        }
    }
}

/// Whether mention `m` is a sports rate of one or more, written to three places like a
/// batting average: "a 1.112 OPS", "a 1.000 fielding percentage", "his winning
/// percentage is 1.000" (a figure below 10 with three decimals, and a rate's name in
/// its sentence).
fn is_rate_statistic(view: &View<'_>, m: &NumberMention) -> bool {
    let Some(number) = m.number else { return false };
    if number.decimals != 3 || number.integer_digits != 1 || m.unit.is_some() {
        return false;
    }
    view.sentence_of(m.first_token()).is_some_and(|sentence| {
        sentence.tokens.clone().any(|i| {
            view.word(i).is_some_and(|w| {
                matches!(
                    w,
                    "OPS" | "OBP" | "SLG" | "slugging" | "fielding" | "percentage" | "average"
                )
            })
        })
    })
}

/// Currency names a rate is quoted against.
const CURRENCIES: &[&str] = &[
    "dollar",
    "dollars",
    "greenback",
    "euro",
    "euros",
    "pound",
    "pounds",
    "sterling",
    "yen",
    "yuan",
    "renminbi",
    "franc",
    "francs",
    "rupee",
    "rupees",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "peso",
    "pesos",
    "won",
    "lira",
    "real",
    "krona",
    "krone",
    "kronor",
    "rand",
    "ringgit",
    "baht",
    "shekel",
    "zloty",
    "forint",
];

/// Whether mention `m` is an exchange rate quoted against another currency to four
/// places, as rates below 100 are: "trading at 1.1643 against the dollar", "7.2512
/// per U.S. dollar". A rate in the hundreds is quoted to two places: "slipped to
/// 278.4512 against the dollar" is rounded too finely.
fn quoted_against_a_currency(view: &View<'_>, m: &NumberMention) -> bool {
    let after = m.end_token();
    if m.number.is_none_or(|n| n.integer_digits > 2)
        || !view
            .word(after)
            .is_some_and(|w| matches!(w, "against" | "per" | "to" | "versus" | "vs"))
    {
        return false;
    }
    // "against the U.S. dollar", "per one euro": up to three words before the currency.
    (after + 1..after + 6)
        .take_while(|&i| view.tokens.get(i).is_some())
        .filter_map(|i| view.word(i))
        .take(3)
        .any(|w| CURRENCIES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether mention `m` is the level of an index named before it in its sentence: "The
/// dollar index rose 0.25% to 106.432", "the index closed at 4,512.125".
fn is_index_level(view: &View<'_>, m: &NumberMention) -> bool {
    let start = m.first_token();
    if !start
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| {
            matches!(
                w,
                "to" | "at" | "from" | "of" | "near" | "around" | "above" | "below"
            )
        })
    {
        return false;
    }
    view.sentence_of(start).is_some_and(|sentence| {
        (sentence.tokens.start..start).any(|i| {
            view.word(i)
                .is_some_and(|w| matches!(w, "index" | "Index" | "indices" | "indexes"))
        })
    })
}

/// Whether mention `m` is a gymnastics score, given to three places: "scored 15.533
/// on the pommel horse" (below 100, and an apparatus or the sport named in its
/// sentence).
fn is_gymnastics_score(view: &View<'_>, m: &NumberMention) -> bool {
    let Some(number) = m.number else { return false };
    if number.decimals != 3 || number.integer_digits > 2 || m.unit.is_some() {
        return false;
    }
    view.sentence_of(m.first_token()).is_some_and(|sentence| {
        sentence.tokens.clone().any(|i| {
            view.word(i).is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "pommel"
                        | "vault"
                        | "rings"
                        | "beam"
                        | "bars"
                        | "floor"
                        | "all-around"
                        | "all-round"
                        | "gymnast"
                        | "gymnasts"
                        | "gymnastics"
                        | "trampoline"
                )
            })
        })
    })
}
