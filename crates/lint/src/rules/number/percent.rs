//! `number/percent`: percentages in the house form ("3.1%", "3.1 percent", "3.1 per cent").

use article_model::Article;
use article_model::text::numbers::{NumberForm, PercentForm, Separator, Traits};

use super::{PercentStyle, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use crate::style::Preset;

pub struct Percent;

static META: RuleMeta = RuleMeta {
    code: "number/percent",
    summary: "a percentage not in the house form",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Percentages take one form throughout an article. The `percent` knob sets \
the form: `%` (\"3.1%\", AP since 2019 and Reuters: their presets' default; BBC; The \
Economist), `percent` (Chicago), `per cent` (Commonwealth papers; no preset), or `consistent` — either, as long as the \
article sticks to its first one (for archives written before AP's 2019 change). Always: no \
space before the sign, a leading zero below one (\"0.6%\"), \"pct\" spelled out; \
numbers in words take figures in every style (\"five percent\" → \"5%\", Chicago's \
\"forty-one percent\" → \"41 percent\"), except the casual \"zero percent\" and \"a hundred \
percent sure\", and a sentence start, where AP spells out both (\"Ten \
percent of the budget\"; the British and Economist presets keep \"Sixty-five per cent\" there). \"Percentage points\" are left alone, as are quotations.",
    bad_example: "Inflation eased to 3.1 percent in January, while food prices rose 4%.",
    good_example: "Inflation eased to 3.1% in January, while food prices rose 4%.",
};

impl Rule for Percent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let configured = ctx.style.numbers.percent;
        let views = Views::of(article);
        // With `Consistent`, the first form in the article is the house form.
        let mut first: Option<(PercentStyle, article_model::Span)> = None;
        for view in views.prose_where(|traits| traits.has_any(Traits::PERCENT)) {
            for m in view.mentions {
                if !m
                    .traits()
                    .fits(Traits::PERCENT, Traits::QUOTED.and(Traits::PROTECTED))
                {
                    continue;
                }
                let Some(mark) = &m.percent else { continue };
                // "12,5 percent": the decimal comma comes first (number/decimal); a fix
                // here would keep it ("12,5%") on the span that rule rewrites.
                if m.separator == Separator::Irregular {
                    continue;
                }
                let written_form = match mark.form {
                    PercentForm::Sign | PercentForm::SpacedSign | PercentForm::Pct => {
                        PercentStyle::Sign
                    }
                    PercentForm::Percent => PercentStyle::Percent,
                    PercentForm::PerCent => PercentStyle::PerCent,
                };
                // AP: a sentence opens with the number and "percent" both spelled out
                // ("Ten percent of the budget"), not with "10%". Such a mention does
                // not set the article's form either.
                let spelled_start = m.form == NumberForm::Words && m.sentence_start;
                let house = match configured {
                    PercentStyle::Consistent => match first {
                        Some((form, _)) => form,
                        None if spelled_start => written_form,
                        None => {
                            first =
                                Some((written_form, view.span(m.tokens.start..mark.tokens.end)));
                            written_form
                        }
                    },
                    other => other,
                };
                // British styles keep their own words there: "Sixty-five per cent".
                let house = if spelled_start && house == PercentStyle::Sign {
                    if matches!(ctx.style.preset, Preset::British | Preset::Economist) {
                        PercentStyle::PerCent
                    } else {
                        PercentStyle::Percent
                    }
                } else {
                    house
                };
                let earlier = first
                    .filter(|_| configured == PercentStyle::Consistent && house != written_form)
                    .map(|f| f.1);
                let number_text = view.range_text(m.tokens.clone());
                let leading_dot = number_text.starts_with('.');
                // Every style gives percentages in figures ("5%", Chicago's "41
                // percent", "5 per cent"), but at a sentence start.
                let words_to_figures = !spelled_start
                    && !m.casual
                    && !view.token_text(m.tokens.start).eq_ignore_ascii_case("a")
                    && m.form == NumberForm::Words
                    && m.value >= 1.0
                    && m.value <= 100.0
                    && m.magnitude.is_none()
                    && !m.ordinal;
                let form_ok = matches!(
                    (mark.form, house),
                    (PercentForm::Sign, PercentStyle::Sign)
                        | (PercentForm::Percent, PercentStyle::Percent)
                        | (PercentForm::PerCent, PercentStyle::PerCent)
                );
                if form_ok && !leading_dot && !words_to_figures {
                    continue;
                }
                // Words the sign cannot take ("zero percent financing", "a hundred
                // percent"... beyond 1 to 100 as figures) keep "percent".
                if m.form == NumberForm::Words
                    && !words_to_figures
                    && (form_ok || house == PercentStyle::Sign)
                {
                    continue;
                }
                let new_number = if words_to_figures {
                    format!("{}", m.value as u64)
                } else if leading_dot {
                    format!("0{number_text}")
                } else {
                    number_text.to_owned()
                };
                // Words keep their own spacing ("five percent" in a non-sign style).
                let replacement = format!("{new_number}{}", house.mark());
                let range = m.tokens.start..mark.tokens.end;
                let written = view.range_text(range.clone());
                if replacement == written {
                    continue;
                }
                let (message, label) = if leading_dot && form_ok {
                    (
                        format!("`{written}` needs a zero before the decimal point"),
                        "missing leading zero",
                    )
                } else if mark.form == PercentForm::SpacedSign && house == PercentStyle::Sign {
                    (
                        format!("no space before the percent sign in `{written}`"),
                        "space before %",
                    )
                } else {
                    (
                        format!("write `{written}` as `{replacement}`"),
                        "percent not in the house form",
                    )
                };
                let mut diagnostic = finding(&META, message, view.span(range.clone()));
                if let Some(span) = earlier {
                    diagnostic = diagnostic
                        .with_secondary(span, "the article's first percentage is written this way");
                }
                let mut diagnostic = diagnostic.with_label(label).with_help(format!(
                    "write percentages one way throughout, as \"3.1{}\"",
                    house.mark()
                ));
                diagnostic = diagnostic.with_optional_fix(view.replacement_fix(
                    article,
                    range,
                    replacement,
                    Applicability::Safe,
                ));
                out.push(diagnostic);
            }
        }
    }
}
