//! `number/spell-out`: one to nine in words ("injured three people").

use article_model::Article;
use article_model::text::TokenKind;
use article_model::text::numbers::{NumberMention, Protection, Traits, cardinal_words};

use super::{View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct SpellOut;

static META: RuleMeta = RuleMeta {
    code: "number/spell-out",
    summary: "a whole number from one to nine written in figures in running text",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Most newsroom styles spell out small whole numbers in running text: AP \
and Reuters one to nine, The Economist one to ten, Chicago up to one hundred (the \
`spell_max` knob). Figures stay for ages (\"aged between 6 and 9\", \"children \
under 5\", \"children 5 and older\", \"a child of 5\", \"her son turned 7\", \"the girl is 5\", \"2 and 4 years old\", \"her two sons, 4 \
and 7\", \"her daughter, now 7,\", \"ages 2, 5 and 8\", \"as young as 2\", \"a girl who was 6\", \"when she was just 3\", \"the child, then 2,\", \"who was 4 at the time\", \"once they turn 5\", \"will turn 5 next month\", \
\"everyone 6 months and older\", \"the second dose at 4 to 6 years\", \"ranged in age \
from 2 months to 71 years\", \"a daughter 2 months old\", \"a 4-hour-old foal\"; unless \
`ages_in_figures` is off), durations told in parts (\"2 hours, 5 minutes and 9 \
seconds\"), percentages, money (\"5 cents\", \"8 \
dollars\"), measurements with units, also at the near end of a range (\"2 to 3 \
percent\", \"2 to 3 km\", \"between 3 and 5 p.m.\"; also \"2 cups\", \"8 gigabytes\", \
\"5 F\"), fractions (\"3½\"), temperatures (\"minus 5\"), times, dates, scores \
and votes (\"took 4 for 52\", \"521 for 8 declared\", \"caught at gully for 4\", \"played \
10, lost 8, drawn 2\", golf's \"6 under through 10 holes\", \"was 2 down\", \"won 4 and 3\"), box-score lines (\"went 9 of 33 from 3-point range\", \
\"a step-back 3\"), ratios (\"by more than 2 to 1\"), arithmetic (\"2 times 4 equals 8\", \"3 plus 5\", \"multiply by 4\", \"4 squared\"; dimensions, \
\"9 by 12 feet\", \"a 2×4 grid\"; wind forces, \"gale force 8\"; a count of times is a \
count: \"sacked 4 times\" is \"sacked four times\"), ranks such as \"No. 1\" \
and \"magnitude 6\", a recipe's times and yields (\"Cook until soft, 6 to 8 minutes\", \
\"Servings: 6\", \"Serves 4 to 6\"; from a recipe's first ingredient line (with another right \
after it) or its label (\"Start to finish:\", \"Ingredients:\") to the end of the article, every figure), labels (\"type 2 diabetes\", \"exit 4\", \"par 3\", \"junctions 4 and \
5\", \"year 9\", \"round 3\", \"hole 7\"), units of science and tech (\"2 nm\", \"4 \
light-years\", \"5 megabits\", \"a pH of 7\"), exponents (\"10^9\"), golf scores \
(\"3 under par\"), test scores (\"scored 3 or higher\"), heights (\"6'4\\\"\", \"6 foot 5\"), weights (\"1 pound of turkey\"), \
temperatures by their reading (\"the overnight low was 5\"), index readings (\"the UV index \
was forecast to reach 7\"), a game clock (\"with 3 seconds left\"), the end of a range beside \
a fraction (\"4 1/2 to 5 hours\"), \
the top of a designated scale (\"Level 3 of 4\"), a lottery draw (\"4, 17, 29, 48 and 61, \
with a Powerball of 9\"), an hour or age after \"at\" (\"doors open at 9\"), codes with a leading zero (\"007\"), and every protected \
number (years, \"F-16\", \"3M\", \"Section 2\", \"see note 4\", \"act 3, scene 1\", \
\"42 U.S.C.\", \"Philippians 4:6-7\", \"1 Peter 2:1\", \"Boeing 737\", names such as \"3 Doors \
Down played\", and the second number of \
\"Units 3 and 4\" or \"Feb. 3 and 4\", \"Dec. 3, 4 and 5\", \"Aug. 3 through 7\", and the first days of \"on 3 and 4 December\", \
\"from 3 to 5 July\", \"on 2, 4 and 6 March\"). With `series_consistency` (Chicago), a member of a series with a number above \
the limit (\"110 dogs, 6 cats and 97 fish\") keeps figures, as `number/mixed-forms` asks. \
A counted compound modifier is a count: \"a 3-year contract\", \"a 7-game streak\", \"a 4-star \
general\", \"a 3-shot lead\", \"a 2-minute video\" take words (\"a three-year contract\"); race times (\"the 4-minute mile\"), \
dimensions (\"a 5-foot wall\") and points (\"a 2-point conversion\") keep figures. \
Headings, table cells and quotations are not checked; \
a number at the start of a sentence is left to `number/sentence-start`, and one end \
of a range whose other end is in figures to `number/mixed-forms`.",
    bad_example: "Police said 3 people were injured in the blast.",
    good_example: "Police said three people were injured in the blast, including a 6-year-old.",
};

impl Rule for SpellOut {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let views = Views::of(article);
        for view in views.prose_before_recipe() {
            check_view(&view, article, style, out);
        }
    }
}

/// What makes a figure more than a plain count, or not this rule's to judge.
const NOT_BARE: Traits = Traits::CURRENCY
    .and(Traits::PERCENT)
    .and(Traits::UNIT)
    .and(Traits::MAGNITUDE)
    .and(Traits::ORDINAL)
    .and(Traits::PROTECTED)
    .and(Traits::QUOTED)
    .and(Traits::SEPARATED)
    .and(Traits::FRACTION)
    .and(Traits::SENTENCE_START);

/// What the far end of a range lends to the near one ("2 to 3 percent").
const SHARED_BY_A_RANGE: Traits = Traits::PERCENT
    .and(Traits::UNIT)
    .and(Traits::CURRENCY)
    .and(Traits::MAGNITUDE);

fn check_view(
    view: &View<'_>,
    article: &Article,
    style: &super::NumberStyle,
    out: &mut Vec<Diagnostic>,
) {
    for (k, m) in view.mentions.iter().enumerate() {
        // A bare whole number in ungrouped figures, not opening its sentence.
        if !m
            .traits()
            .fits(Traits::FIGURES.and(Traits::DIGITS), NOT_BARE)
        {
            continue;
        }
        let Some(figure) = m.figure else { continue };
        if (m.age && style.ages_in_figures)
            || !(1.0..=f64::from(style.spell_max)).contains(&m.value)
        {
            continue;
        }
        // "fell to minus 5": a temperature, which the styles write in figures.
        if view
            .word(m.first_token().wrapping_sub(1))
            .is_some_and(|w| w.eq_ignore_ascii_case("minus"))
        {
            continue;
        }
        // One end of a range whose other end stays in figures (number/mixed-forms),
        // or carries what applies to both ends: "2 to 3 percent", "5 to 8 dollars",
        // "2 to 3 km" are a percentage, money and a measurement, "between 3 and 5
        // p.m." a time.
        if view
            .range_partner(k)
            .is_some_and(|p| view.mentions[p].value > f64::from(style.spell_max))
        {
            continue;
        }
        // A series with a member above the limit takes figures throughout where the
        // style wants series alike (Chicago: "110 dogs, 6 cats and 97 fish"), as
        // number/mixed-forms asks: the two rules must not undo each other's fixes.
        if style.series_consistency
            && super::mixed_forms::series_partner(view, k, f64::from(style.spell_max)).is_some()
        {
            continue;
        }
        if let Some(partner) = view.joined_partner(k).map(|p| &view.mentions[p])
            && (partner.traits().has_any(SHARED_BY_A_RANGE)
                || partner.protection == Some(Protection::Time))
        {
            continue;
        }
        // One end of a range whose other end holds a fraction ("4 1/2 to 5 hours", "3
        // to 3 3/4 hours"): amounts with fractions stay in figures, and so does the
        // end beside one, as number/mixed-forms asks.
        if fraction_beside(view, k) {
            continue;
        }
        // A time told in parts, as results give it: "in 2 hours, 5 minutes and 9
        // seconds", "lasted 3 hours, 12 minutes".
        if in_compound_duration(view, k) {
            continue;
        }
        // A number with a mark glued after it ("3/4", "3x", "3-", "5$ million", "3:")
        // is not a plain count: only sentence punctuation may follow it, or the
        // hyphen of a counted compound modifier ("a 3-year contract").
        if view.tokens.get(m.tokens.end).is_some_and(|t| {
            t.glued()
                && !matches!(
                    t.as_str(view.text),
                    "," | "." | ";" | ")" | "]" | "!" | "?" | "”" | "\"" | "’" | "'" | "…" | "—"
                )
        }) && !opens_counted_compound(view, k)
        {
            continue;
        }
        // A leading zero makes a code, not a count: "007", "0001".
        if view.token_text(figure).starts_with('0') {
            continue;
        }
        let value = m.value as u64;
        let Some(words) = cardinal_words(value) else {
            continue;
        };
        // Read only for a number about to be reported (few).
        if is_label_or_measure(view, k) {
            continue;
        }
        let span = view.span(m.tokens.clone());
        let figure_text = view.token_text(figure);
        let mut diagnostic = finding(
            &META,
            format!("spell out `{figure_text}` as `{words}`"),
            span,
        )
        .with_label("small number in figures")
        .with_help(format!(
            "the house style spells out whole numbers up to {} in running text",
            style.spell_max
        ));
        if let Some(edit) = view.edit_span(article, m.tokens.clone()) {
            diagnostic = diagnostic.with_fix(Fix::safe(
                format!("replace `{figure_text}` with `{words}`"),
                edit,
                words,
            ));
        }
        out.push(diagnostic);
    }
}

/// Nouns that a small number counts in a compound modifier the styles spell out: "a
/// three-year contract", "a seven-game series", "a four-star general", "a nine-member
/// jury", "a two-shot lead", "a two-minute video". Not a race's time ("the 4-minute
/// mile"), measures ("a 5-foot man", "a 9-mm pistol") or points ("a 2-point
/// conversion"), which sports and dimensions keep in figures.
const COUNTED_COMPOUND_NOUNS: &[&str] = &[
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "game",
    "match",
    "set",
    "time",
    "way",
    "part",
    "story",
    "storey",
    "member",
    "seat",
    "judge",
    "star",
    "page",
    "door",
    "bedroom",
    "lane",
    "nation",
    "team",
    "party",
    "person",
    "man",
    "woman",
    "shot",
    "stroke",
    "run",
    "alarm",
    "passenger",
    "speed",
    "minute",
    "second",
];

/// Whether mention `k` opens a compound modifier whose noun it counts ("a 3-year
/// contract", "a 3-year-old", an age that `ages_in_figures` judges): figure, hyphen,
/// one of [`COUNTED_COMPOUND_NOUNS`] in lowercase, then nothing glued but "-old" or
/// "-long". Not the far end of a suspended pair ("3- to 5-year terms"), whose near
/// end keeps the form it has.
fn opens_counted_compound(view: &View<'_>, k: usize) -> bool {
    let m = &view.mentions[k];
    let hyphen = m.tokens.end;
    let glued_word = |i: usize| view.word(i).filter(|_| view.tokens[i].glued());
    if view.token_text(hyphen) != "-"
        || !glued_word(hyphen + 1).is_some_and(|noun| COUNTED_COMPOUND_NOUNS.contains(&noun))
    {
        return false;
    }
    // "the 4-minute mile": a race's time.
    let noun = view.word(hyphen + 1).unwrap_or("");
    if matches!(noun, "minute" | "second")
        && view.word(hyphen + 2).is_some_and(|w| {
            matches!(
                w,
                "mile"
                    | "miles"
                    | "marathon"
                    | "lap"
                    | "laps"
                    | "barrier"
                    | "mark"
                    | "pace"
                    | "kilometer"
                    | "kilometre"
                    | "km"
            )
        })
    {
        return false;
    }
    let then_glued = view.tokens.get(hyphen + 2).is_some_and(|t| t.glued());
    if then_glued
        && !(view.token_text(hyphen + 2) == "-"
            && glued_word(hyphen + 3)
                .is_some_and(|w| matches!(w, "old" | "olds" | "old's" | "old’s" | "long")))
    {
        return false;
    }
    let first = m.first_token();
    let suspended = first >= 2
        && matches!(view.word(first - 1), Some("to" | "and" | "or"))
        && view.token_text(first - 2) == "-";
    !suspended
}

/// Whether mention `k`, a small bare figure, is a label or a measure that stays in
/// figures though nothing is attached to it: a height in feet and inches ("6'4\"",
/// "6 foot 5"), the top of a scale after a designated level ("Level 3 of 4"), a
/// test score ("scored 3 or higher", "a score of 4"), or a lottery draw ("4, 17, 29,
/// 48 and 61, with a Powerball of 9").
fn is_label_or_measure(view: &View<'_>, k: usize) -> bool {
    let m = &view.mentions[k];
    let (first, end) = (m.first_token(), m.end_token());
    let word_before = |n: usize| first.checked_sub(n).and_then(|i| view.word(i));
    let is_number = |i: usize| {
        view.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))
    };
    // 6'4": feet and inches.
    if matches!(view.token_text(end), "'" | "′" | "’")
        && view.tokens.get(end).is_some_and(|t| t.glued())
        && view.tokens.get(end + 1).is_some_and(|t| t.glued())
        && is_number(end + 1)
    {
        return true;
    }
    // "6 foot 5", "5 feet 4": the inches after the feet.
    if matches!(word_before(1), Some("foot" | "feet")) && first >= 2 && is_number(first - 2) {
        return true;
    }
    // "Level 3 of 4", "Category 2 of 5": the scale of a designated level.
    if word_before(1) == Some("of")
        && k > 0
        && view.mentions[k - 1].end_token() + 1 == first
        && view.mentions[k - 1].protection == Some(Protection::Designator)
    {
        return true;
    }
    // "scored 3 or higher", "a score of 4": a test score.
    let scored = matches!(
        word_before(1),
        Some("scored" | "scoring" | "scores" | "score")
    ) || (word_before(1) == Some("of") && matches!(word_before(2), Some("score")));
    if scored
        && (word_before(1) == Some("of")
            || (view.word(end) == Some("or")
                && matches!(
                    view.word(end + 1),
                    Some("higher" | "better" | "above" | "lower" | "below")
                )))
    {
        return true;
    }
    // A temperature named by its reading: "The overnight low was 5", "a high of 8".
    if matches!(
        word_before(1),
        Some("was" | "of" | "near" | "around" | "reached" | "hit" | "is")
    ) && matches!(
        word_before(2),
        Some("low" | "high" | "lows" | "highs" | "temperature" | "temperatures")
    ) {
        return true;
    }
    // A reading on an index: "The UV index was forecast to reach 7", "an air quality
    // index of 4". Only a bare number, with "index" a few words before.
    if m.noun.is_none() && (1..=6).any(|n| word_before(n) == Some("index")) {
        return true;
    }
    // A game clock: "with 3 seconds left", "4 minutes remaining", "2 minutes to play".
    if m.noun.is_some_and(|noun| {
        matches!(
            view.token_text(noun),
            "second" | "seconds" | "minute" | "minutes"
        ) && (matches!(view.word(noun + 1), Some("left" | "remaining"))
            || (view.word(noun + 1) == Some("to")
                && matches!(view.word(noun + 2), Some("play" | "go"))))
    }) {
        return true;
    }
    // A lottery draw: its numbers are the labels on the balls.
    view.sentence_of(first).is_some_and(|sentence| {
        sentence.tokens.clone().any(|i| {
            view.word(i).is_some_and(|w| {
                matches!(w, "Powerball" | "Megaball")
                    || (w == "Mega" && view.word(i + 1) == Some("Ball"))
                    || (w == "numbers" && view.word(i + 1) == Some("drawn"))
                    || (w == "winning" && view.word(i + 1) == Some("numbers"))
            })
        })
    })
}

/// Whether mention `k` and a mention with a fraction are the two ends of a range,
/// with only "to", "or", "and" or a dash between them (the fraction's own "1/2"
/// aside).
fn fraction_beside(view: &View<'_>, k: usize) -> bool {
    let has_fraction = |o: &NumberMention| {
        o.protection == Some(Protection::Fraction) || o.traits().has_any(Traits::FRACTION)
    };
    let only_a_joiner = |from: usize, to: usize| {
        let mut words = (from..to).filter(|&i| {
            !(view.tokens[i].kind == TokenKind::Numeric && view.token_text(i).contains('/'))
        });
        words
            .next()
            .is_some_and(|i| matches!(view.token_text(i), "to" | "or" | "and" | "-" | "–"))
            && words.next().is_none()
    };
    let m = &view.mentions[k];
    let before = k
        .checked_sub(1)
        .map(|j| &view.mentions[j])
        .is_some_and(|o| has_fraction(o) && only_a_joiner(o.end_token(), m.first_token()));
    let after = view
        .mentions
        .get(k + 1)
        .is_some_and(|o| has_fraction(o) && only_a_joiner(m.end_token(), o.first_token()));
    before || after
}

/// Whether mention `k` counts hours, minutes or seconds next to another mention that
/// does, with only a comma or "and" between them.
fn in_compound_duration(view: &View<'_>, k: usize) -> bool {
    let part_of_time = |m: &NumberMention| {
        m.noun.is_some_and(|noun| {
            matches!(
                view.token_text(noun),
                "hour" | "hours" | "minute" | "minutes" | "second" | "seconds"
            )
        })
    };
    let joined = |a: &NumberMention, b: &NumberMention| {
        part_of_time(a)
            && part_of_time(b)
            && a.noun.is_some_and(|noun| {
                let between = noun + 1..b.first_token();
                !between.is_empty()
                    && between.len() <= 2
                    && between
                        .clone()
                        .all(|i| matches!(view.token_text(i), "," | "and"))
            })
    };
    let m = &view.mentions[k];
    view.mentions.get(k + 1).is_some_and(|next| joined(m, next))
        || k.checked_sub(1)
            .and_then(|p| view.mentions.get(p))
            .is_some_and(|prev| joined(prev, m))
}
