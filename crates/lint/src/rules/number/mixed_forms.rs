//! `number/mixed-forms`: both ends of a range, and (Chicago) a series, in one form.

use article_model::Article;
use article_model::text::numbers::{NumberForm, NumberMention, Traits};

use super::{Views, figures::as_figures, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct MixedForms;

static META: RuleMeta = RuleMeta {
    code: "number/mixed-forms",
    summary: "the two ends of a range (or, with `series_consistency`, a series) in different forms",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Both ends of a range take one form: \"between 5 and 12\", not \"between five \
and 12\" (\"and\" makes a range only after \"between\": \"aged four, nine and 12\" is a list); when one end is above the spell-out limit, both take figures; not ages where they \
are written in words (`ages_in_figures` off: \"aged five to 11\", as the BBC writes). With \
`series_consistency` (Chicago, The Economist), numbers in one series of counts \
(\"10 dogs, six cats and 97 fish\", \"14, 9 and 6 deaths\") all take figures when any \
of them is above the limit (not a comparison after the list, \"52 of the 100 seats, one \
fewer\", nor a duration told in parts, \"27 years and three months\"); AP leaves series alone. A rank is not a range end: in \"12 songs in the top 40 and four in the \
top 10\", \"top 40\" names a chart and \"four\" counts songs. Protected numbers and \
quotations are not checked, nor a number spelled out at the start of a sentence \
(\"Ten to 12 people were hurt.\": figures there would break `number/sentence-start`).",
    bad_example: "Between five and 12 families left the village each week.",
    good_example: "Between 5 and 12 families left the village each week.",
};

/// Words this rule leaves as they are.
/// Also a number spelled out because it opens its sentence ("Ten to 12 people were
/// hurt."): in figures it would break `number/sentence-start`, and the two fixes would
/// undo each other.
const NOT_A_COUNT: Traits = Traits::QUOTED
    .and(Traits::CASUAL)
    .and(Traits::ORDINAL)
    .and(Traits::MAGNITUDE)
    .and(Traits::PROTECTED)
    .and(Traits::SENTENCE_START);

impl Rule for MixedForms {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let spell_max = f64::from(style.spell_max);
        let views = Views::of(article);
        for view in views.prose_where(|traits| traits.has_any(Traits::WORDS)) {
            let mentions = view.mentions;
            for (k, m) in mentions.iter().enumerate() {
                if !m.traits().fits(Traits::WORDS, NOT_A_COUNT) {
                    continue;
                }
                // The other end of a range, or (series) any count in the same list.
                // Not a rank ("12 songs in the top 40 and four in the top 10"): "top
                // 40" names a chart, it does not end a range with the next count.
                let partner = view.range_partner(k).filter(|&p| {
                    let other = &mentions[p];
                    !is_rank(&view, p)
                        && !is_rank(&view, k)
                        && other.form == NumberForm::Figures
                        && other.value > spell_max
                        && !other.quoted
                        && other
                            .protection
                            .is_none_or(|_| other.figure.is_some() && other.noun.is_some())
                });
                // British styles write ages in words up to the limit and figures
                // above it: "aged five to 11" (BBC: "aged seven to 11").
                if let Some(p) = partner
                    && !style.ages_in_figures
                    && (m.age || mentions[p].age || is_age_range(&view, k.min(p)))
                {
                    continue;
                }
                let series = if partner.is_none() && style.series_consistency && m.noun.is_some() {
                    series_partner(&view, k, spell_max)
                } else {
                    None
                };
                let Some(other) = partner.or(series) else {
                    continue;
                };
                let Some(figures) = as_figures(m, style) else {
                    continue;
                };
                let written = view.range_text(m.tokens.clone());
                let other_text = view.range_text(mentions[other].tokens.clone());
                let mut diagnostic = finding(
                    &META,
                    format!("write `{written}` in figures like `{other_text}`"),
                    view.span(m.tokens.clone()),
                )
                .with_label(if partner.is_some() {
                    "range end in words"
                } else {
                    "series member in words"
                })
                .with_secondary(
                    view.span(mentions[other].tokens.clone()),
                    "the other number is in figures",
                )
                .with_help(
                    "numbers that go together take one form; above the spell-out limit, figures",
                );
                diagnostic = diagnostic.with_optional_fix(view.replacement_fix(
                    article,
                    m.tokens.clone(),
                    figures,
                    Applicability::Safe,
                ));
                out.push(diagnostic);
            }
        }
    }
}

/// Whether the range opening with mention `k` is of ages: "aged five to 11", "aged
/// between four and 11", "ages six to 12".
fn is_age_range(view: &super::View<'_>, k: usize) -> bool {
    let start = view.mentions[k].first_token();
    let before = |n: usize| start.checked_sub(n).and_then(|i| view.word(i));
    let aged = |w: &str| {
        ["aged", "ages", "age"]
            .iter()
            .any(|a| w.eq_ignore_ascii_case(a))
    };
    before(1).is_some_and(aged)
        || (before(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from"))
            && before(2).is_some_and(aged))
}

/// Whether mention `k` names a rank: "the top 40", "the top five", "the bottom 10".
fn is_rank(view: &super::View<'_>, k: usize) -> bool {
    view.mentions[k]
        .first_token()
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| w.eq_ignore_ascii_case("top") || w.eq_ignore_ascii_case("bottom"))
}

/// A count in figures above the limit in the same list as mention `k` ("10 dogs, six
/// cats and 97 fish"): neighbours joined by a comma, "and" or "or" within a sentence.
/// Members without a noun make a list of bare numbers ("were 14, 9 and 6"), whose
/// last member may carry the noun they share ("14, 9 and 6 deaths").
pub(super) fn series_partner(view: &super::View<'_>, k: usize, spell_max: f64) -> Option<usize> {
    let mentions = view.mentions;
    let sentence = view.sentence_of(mentions[k].tokens.start)?;
    let in_list = |a: usize, b: usize| {
        // b follows a: noun (if any), then ", " / "and" / ", and" / "or".
        let (x, y) = (&mentions[a], &mentions[b]);
        let gap = |x: &NumberMention, y: &NumberMention| -> Vec<&str> {
            let after = x.noun.map_or(x.end_token(), |noun| noun + 1);
            (after..y.first_token())
                .map(|i| view.token_text(i))
                .collect()
        };
        // "52 of the 100 seats, one fewer": a comparison, not a member; "27 years and
        // three months": one duration told in parts, not a series.
        let noun_text = |m: &NumberMention| m.noun.map(|n| view.token_text(n));
        if [noun_text(x), noun_text(y)]
            .iter()
            .any(|n| matches!(n, Some("fewer" | "more" | "less" | "than")))
        {
            return false;
        }
        let is_time_unit = |n: Option<&str>| {
            n.is_some_and(|n| {
                matches!(
                    n.trim_end_matches('s'),
                    "year" | "month" | "week" | "day" | "hour" | "minute" | "second"
                )
            })
        };
        if is_time_unit(noun_text(x)) && is_time_unit(noun_text(y)) {
            return false;
        }
        let between = gap(x, y);
        let separated = matches!(
            between.as_slice(),
            [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"]
        );
        match (x.noun, y.noun) {
            (Some(_), Some(_)) | (None, None) => separated,
            // "14, 9 and 6 deaths": the last member names what the list counts. Only
            // at the end of a list of at least three ("rose to 14 and six people
            // are missing" is no series), after "and" or "or" ("Of the 14, nine
            // people died").
            (None, Some(_)) => {
                separated
                    && between.last() != Some(&",")
                    && a > 0
                    && mentions[a - 1].noun.is_none()
                    && gap(&mentions[a - 1], x).as_slice() == [","]
            }
            (Some(_), None) => false,
        }
    };
    let within = |j: usize| sentence.tokens.contains(&mentions[j].tokens.start);
    let mut found = None;
    let mut j = k;
    while j > 0 && within(j - 1) && in_list(j - 1, j) {
        j -= 1;
        if mentions[j].form == NumberForm::Figures
            && mentions[j].value > spell_max
            && mentions[j].is_bare()
        {
            found = Some(j);
        }
    }
    let mut j = k;
    while j + 1 < mentions.len() && within(j + 1) && in_list(j, j + 1) {
        j += 1;
        if mentions[j].form == NumberForm::Figures
            && mentions[j].value > spell_max
            && mentions[j].is_bare()
        {
            found = found.or(Some(j));
        }
    }
    found
}
