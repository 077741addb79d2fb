//! `number/figures`: 10 and up in figures ("12 shops", not "twelve shops").

use article_model::Article;
use article_model::text::numbers::{NumberForm, NumberMention, Traits, group_digits};

use super::{NumberStyle, View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Figures;

static META: RuleMeta = RuleMeta {
    code: "number/figures",
    summary: "a whole number of 10 or more spelled out",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Above the spell-out limit (`spell_max`: AP 9, Economist 10, Chicago 100) \
whole numbers take figures: \"12 shops\", \"25 villages\", \"3 million people\". \
Where ages take figures (`ages_in_figures`: AP, Reuters), an age in words told by its \
unit takes figures below the limit too: \"a five-year-old\" → \"a 5-year-old\", \"is \
seven years old\" → \"is 7 years old\" (not at a sentence start). In the AP and \
Reuters presets, so do the small numbers AP always gives in figures: labels after \
\"Category\", \"Game\" or \"Level\" (\"Category Two\" → \"Category 2\") and measures \
before \"mph\", \"kph\", \"miles per hour\", \"cents\", \"percentage points\" or \
\"degrees\" with a scale (\"nine mph\" → \"9 mph\"; not \"three degrees from Yale\"). Not \
checked: a number opening a sentence (spelled out there on purpose), casual use \
(\"a thousand times\", \"one of\"), capitalized names (\"the Group of Twenty\"), \
compound adjectives (\"twelve-member\"), a year read aloud (\"Nineteen \
ninety-nine\"; not after an ordinal: \"the first ten months\" counts ten), cricket's noun \"fifty\" (\"his 40th Test fifty\"), percentages (left to `number/percent`), \
ordinals (`number/ordinal`), Chicago's round numbers (\"two thousand\"), headings, \
tables and quotations.",
    bad_example: "Floods damaged twelve shops in the old market.",
    good_example: "Floods damaged 12 shops in the old market. Twelve more were closed.",
};

/// The figures for a words mention: "twenty-five" → "25", "three million" → "3 million".
pub(crate) fn as_figures(m: &NumberMention, style: &NumberStyle) -> Option<String> {
    if m.value.fract() != 0.0 || m.value < 0.0 || m.value >= 1e15 {
        return None;
    }
    match m.magnitude {
        Some(_) if m.base.fract() == 0.0 && m.base >= 1.0 => {
            let word = if m.value >= 1e12 && m.value / 1e12 == m.base {
                "trillion"
            } else if m.value >= 1e9 && m.value / 1e9 == m.base {
                "billion"
            } else if m.value / 1e6 == m.base {
                "million"
            } else {
                return None;
            };
            Some(format!("{} {word}", m.base as u64))
        }
        Some(_) => None,
        None => {
            let digits = (m.value as u64).to_string();
            let separator = if m.value >= f64::from(style.thousands_from) {
                style.thousands_separator.as_str()
            } else {
                ""
            };
            Some(group_digits(&digits, separator))
        }
    }
}

/// Words this rule leaves as they are: casual, ordinal, quoted, protected, opening a
/// sentence, or a percentage (`number/percent`).
const NOT_A_COUNT: Traits = Traits::CASUAL
    .and(Traits::ORDINAL)
    .and(Traits::QUOTED)
    .and(Traits::PROTECTED)
    .and(Traits::SENTENCE_START)
    .and(Traits::PERCENT);

/// [`NOT_A_COUNT`] less protection: "Category Two" is protected as a designation.
const NOT_A_COUNT_NOR_LABEL: Traits = Traits::CASUAL
    .and(Traits::ORDINAL)
    .and(Traits::QUOTED)
    .and(Traits::SENTENCE_START)
    .and(Traits::PERCENT);

/// Why a number in words is reported.
#[derive(Clone, Copy)]
enum Kind {
    AboveLimit,
    Age,
    Label,
    Measure,
}

/// Whether the small number in words at `m` is one AP always gives in figures: after
/// "Category", "Game" or "Level", or before "mph", "kph", "miles per hour", "cents",
/// "percentage point(s)" or "degrees" with a scale.
fn always_in_figures(view: &View<'_>, m: &NumberMention) -> Option<Kind> {
    let first = m.first_token();
    if first
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| matches!(w, "Category" | "Game" | "Level"))
    {
        return Some(Kind::Label);
    }
    let end = m.end_token();
    let next = |n: usize| view.word(end + n);
    let measure = match next(0)? {
        "mph" | "kph" | "cents" => true,
        "miles" => next(1) == Some("per") && next(2) == Some("hour"),
        "percentage" => matches!(next(1), Some("point" | "points")),
        "degrees" => matches!(next(1), Some("Fahrenheit" | "Celsius" | "F" | "C")),
        _ => false,
    };
    measure.then_some(Kind::Measure)
}

impl Rule for Figures {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let spell_max = f64::from(style.spell_max);
        let ap_figures = ctx.style.preset.follows_ap_numbers();
        let views = Views::of(article);
        // Both findings below are of numbers in words.
        for view in views.prose_where(|traits| traits.has_any(Traits::WORDS)) {
            for (k, m) in view.mentions.iter().enumerate() {
                // One test without short-circuiting: most mentions fail it. An age
                // in words is judged below the limit too where ages take figures
                // ("a five-year-old" is "a 5-year-old" in AP), when the unit tells it
                // (not a list of ages, "aged four, nine and 12", half of which would
                // stay in words).
                // Where AP's figures rules apply (AP, Reuters), a small number in
                // words that AP always gives in figures: "Category Two", "nine mph",
                // "seven percentage points", "five cents", "three degrees Fahrenheit".
                let traits = m.traits();
                let over = m.value > spell_max;
                let young_age =
                    style.ages_in_figures & traits.has_any(Traits::AGE) & (m.value >= 1.0);
                let kind = if traits.fits(Traits::WORDS, NOT_A_COUNT) & (over | young_age) {
                    if over && spell_max >= 100.0 && m.value % 100.0 == 0.0 {
                        continue;
                    }
                    if over {
                        Kind::AboveLimit
                    } else if age_told_by_unit(&view, m) {
                        Kind::Age
                    } else {
                        continue;
                    }
                } else if ap_figures
                    && traits.fits(Traits::WORDS, NOT_A_COUNT_NOR_LABEL)
                    && m.value >= 1.0
                    && !over
                    && m.is_integer()
                    && let Some(kind) = always_in_figures(&view, m)
                {
                    kind
                } else {
                    continue;
                };
                // Right after another number in words: a year read aloud ("Nineteen
                // ninety-nine was a good year"), not a count of its own.
                if k.checked_sub(1)
                    .and_then(|p| view.mentions.get(p))
                    .is_some_and(|prev| {
                        // Not an ordinal: "the first ten months" counts ten.
                        prev.form == NumberForm::Words
                            && !prev.ordinal
                            && prev.end_token() == m.first_token()
                    })
                {
                    continue;
                }
                // "one of the twelve", "the two" are fine; "twelve" followed by
                // "of them" too.
                let Some(figures) = as_figures(m, style) else {
                    continue;
                };
                let written = view.range_text(m.tokens.clone());
                out.push(
                    finding(
                        &META,
                        format!("write `{written}` in figures: `{figures}`"),
                        view.span(m.tokens.clone()),
                    )
                    .with_label(match kind {
                        Kind::AboveLimit => "number spelled out",
                        Kind::Age => "age spelled out",
                        Kind::Label => "label spelled out",
                        Kind::Measure => "measure spelled out",
                    })
                    .with_help(match kind {
                        Kind::AboveLimit => format!(
                            "the house style uses figures for numbers above {}",
                            style.spell_max
                        ),
                        Kind::Age => "the house style gives ages in figures".to_owned(),
                        Kind::Label => {
                            "AP gives categories, games and levels in figures: \"Category 2\""
                                .to_owned()
                        }
                        Kind::Measure => "AP gives speeds, temperatures, cents and percentage \
                            points in figures: \"9 mph\", \"5 cents\""
                            .to_owned(),
                    })
                    .with_optional_fix(view.replacement_fix(
                        article,
                        m.tokens.clone(),
                        figures,
                        Applicability::Safe,
                    )),
                );
            }
        }
    }
}

/// Whether the age at mention `m` is told by its unit right after it: "five-year-old",
/// "seven years old", "six-month-old".
fn age_told_by_unit(view: &View<'_>, m: &NumberMention) -> bool {
    let end = m.end_token();
    let unit = |i: usize| {
        view.word(i).is_some_and(|w| {
            matches!(
                w,
                "year" | "years" | "month" | "months" | "week" | "weeks" | "day" | "days"
            )
        })
    };
    let glued_hyphen =
        |i: usize| view.token_text(i) == "-" && view.tokens.get(i).is_some_and(|t| t.glued());
    // "one- and three-year-old": the suspended hyphen's other numbers stay as written,
    // so this one is left alone too (a fix would mix the forms).
    let first = m.first_token();
    let suspended = first >= 2
        && matches!(view.word(first - 1), Some("and" | "or" | "to"))
        && view.token_text(first - 2) == "-";
    !suspended
        && ((glued_hyphen(end)
            && unit(end + 1)
            && glued_hyphen(end + 2)
            && matches!(view.word(end + 3), Some("old" | "olds" | "old's" | "old’s")))
            || (unit(end) && view.word(end + 1) == Some("old")))
}
