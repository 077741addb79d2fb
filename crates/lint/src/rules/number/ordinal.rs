//! `number/ordinal`: "first" to "ninth" in words, "10th" on in figures, right suffixes.

use article_model::Article;
use article_model::text::numbers::{
    NumberForm, Protection, Traits, capitalize, ordinal_suffix, ordinal_words,
};

use super::{View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level, Severity};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Ordinal;

static META: RuleMeta = RuleMeta {
    code: "number/ordinal",
    summary: "an ordinal in the wrong form, or with a wrong suffix (\"21th\")",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Ordinals follow the cardinal rule: \"first\" to \"ninth\" in words, \"10th\" \
and up in figures (`spell_max`). A wrong suffix (\"21th\", \"2th\", \"11st\") is an \
error: the suffix follows the last two digits (11th–13th, else 1st, 2nd, 3rd, \
otherwise th); on the day of a date (\"November 21th\") `date/format` reports it with the \
date's house form, so the slip is reported once. Military, political and street designations keep figures (\"7th \
Fleet\", \"2nd District\", \"5th Avenue\", \"Elm and 6th streets\"): an ordinal before a capitalized word is \
not checked for form, except before \"Amendment\" (\"1st Amendment\" → \"First \
Amendment\", as AP writes it), nor fractions (\"the poorest tenth of households\", \"the \
richest tenth\", \"a twentieth\"), nor dates (left to the date rules), also the \
other days of a pair or range of dates (\"December 3rd and 4th\", \"from October 8th to \
10th\"), headings, tables or \
quotations.",
    bad_example: "The team finished 3rd in the provincial league, its twenty-first season.",
    good_example: "The team finished third in the provincial league, its 21st season, with the 7th Fleet watching.",
};

impl Rule for Ordinal {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let spell_max = f64::from(ctx.style.numbers.spell_max);
        let views = Views::of(article);
        for view in views.having_any(Traits::ORDINAL) {
            check_view(&view, article, spell_max, out);
        }
    }
}

fn check_view(view: &View<'_>, article: &Article, spell_max: f64, out: &mut Vec<Diagnostic>) {
    for (k, m) in view.mentions.iter().enumerate() {
        if !m.traits().fits(Traits::ORDINAL, Traits::FRACTION) || m.value < 0.0 || m.value >= 1e15 {
            continue;
        }
        let n = m.value as u64;
        let next = view.word(m.tokens.end);
        // AP numbers amendments like other ordinals ("First Amendment", "19th
        // Amendment"), unlike designations ("7th Fleet").
        let amendment = matches!(next, Some("Amendment" | "Amendments"));
        let checks_form = view.place.is_prose()
            && !m.quoted
            && m.protection.is_none()
            && !m.sentence_start
            && !in_date_list(view, k)
            && (amendment
                || !next.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase)))
            // "Elm and 6th streets": two street names sharing a plural, lowercase.
            && !next.is_some_and(|w| matches!(w, "streets" | "avenues" | "roads"));
        // A wrong suffix: everywhere, it is a typo.
        if let Some(suffix) = m.ordinal_suffix {
            let written = view.token_text(suffix);
            let correct = ordinal_suffix(n);
            // The day of a date ("November 21th") is date/format's to report, with
            // the date's house form: one finding for one slip.
            if !written.eq_ignore_ascii_case(correct)
                && !matches!(m.protection, Some(Protection::Glued | Protection::Date))
            {
                let correct = if written.chars().all(|c| c.is_ascii_uppercase()) {
                    correct.to_ascii_uppercase()
                } else {
                    correct.to_owned()
                };
                // Small ordinals go straight to words ("3th" → "third").
                let words = (checks_form && m.value >= 1.0 && m.value <= spell_max)
                    .then(|| ordinal_words(n))
                    .flatten();
                let whole = view.range_text(m.tokens.clone());
                let mut diagnostic = finding(
                    &META,
                    format!("`{whole}` has the wrong suffix: write `{n}{correct}`"),
                    view.span(suffix..suffix + 1),
                )
                .with_label("wrong ordinal suffix")
                .with_help(
                    "ordinals end in -st, -nd, -rd after 1, 2, 3 (but 11th, 12th, 13th), else -th",
                );
                diagnostic.severity = Severity::Error;
                if let Some(words) = words
                    && let Some(edit) = view.edit_span(article, m.tokens.clone())
                {
                    diagnostic = diagnostic.with_fix(Fix::safe(
                        format!("replace `{whole}` with `{words}`"),
                        edit,
                        words,
                    ));
                } else if let Some(edit) = view.edit_span(article, suffix..suffix + 1) {
                    diagnostic = diagnostic.with_fix(Fix::safe(
                        format!("replace `{written}` with `{correct}`"),
                        edit,
                        correct,
                    ));
                }
                out.push(diagnostic);
                continue;
            }
        }
        // Designations ("7th Fleet", "2nd District", "Fifth Avenue") keep their form.
        if !checks_form {
            continue;
        }
        let whole = view.range_text(m.tokens.clone());
        let (replacement, message) = match m.form {
            NumberForm::Figures if m.value >= 1.0 && m.value <= spell_max => {
                let Some(words) = ordinal_words(n) else {
                    continue;
                };
                let words = if amendment { capitalize(&words) } else { words };
                let message = format!("spell out `{whole}` as `{words}`");
                (words, message)
            }
            NumberForm::Words if m.value > spell_max && m.value < 100.0 => {
                // "a tenth of" is a fraction.
                if view.word(m.tokens.end) == Some("of")
                    && view
                        .word(m.tokens.start.wrapping_sub(1))
                        .is_some_and(|w| matches!(w, "a" | "one" | "A" | "One"))
                {
                    continue;
                }
                let figures = format!("{n}{}", ordinal_suffix(n));
                let message = format!("write `{whole}` in figures: `{figures}`");
                (figures, message)
            }
            _ => continue,
        };
        let mut diagnostic = finding(&META, message, view.span(m.tokens.clone()))
            .with_label("ordinal in the wrong form")
            .with_help(
                "ordinals follow the number rule: first to ninth in words, 10th and up in figures",
            );
        if let Some(edit) = view.edit_span(article, m.tokens.clone()) {
            diagnostic = diagnostic.with_fix(Fix::safe(
                format!("replace `{whole}` with `{replacement}`"),
                edit,
                replacement,
            ));
        }
        out.push(diagnostic);
    }
}

/// Whether ordinal `k` in figures is a day in a list or range of days with a date:
/// "December 3rd and 4th", "between June 1st and 5th", "from October 8th to 10th",
/// "December 3rd, 4th and 5th", "3rd and 4th December". Days of dates keep their
/// figures. A comma joins days only in a list closed by "and" or "or" ("On
/// December 3rd, 4th place went to Spain" is no list).
fn in_date_list(view: &View<'_>, k: usize) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Join {
        Comma,
        Word,
    }
    let mentions = view.mentions;
    let day = |j: usize| {
        let m = &mentions[j];
        m.ordinal_suffix.is_some() && m.form == NumberForm::Figures
    };
    let date = |j: usize| mentions[j].protection == Some(Protection::Date);
    if !day(k) || date(k) {
        return false;
    }
    let joined = |a: usize, b: usize| {
        let between: Vec<&str> = (mentions[a].end_token()..mentions[b].first_token())
            .map(|i| view.token_text(i))
            .collect();
        match between.as_slice() {
            [","] => Some(Join::Comma),
            ["and" | "or" | "to" | "through" | "until" | "till" | "-" | "–"]
            | [",", "and" | "or"] => Some(Join::Word),
            _ => None,
        }
    };
    // The days joined around `k`, a date closing the chain on either side.
    let mut lo = k;
    while lo > 0 && day(lo - 1) && joined(lo - 1, lo).is_some() {
        lo -= 1;
        if date(lo) {
            break;
        }
    }
    let mut hi = k;
    while hi + 1 < mentions.len() && day(hi + 1) && joined(hi, hi + 1).is_some() {
        hi += 1;
        if date(hi) {
            break;
        }
    }
    // A list ends at its last "and", "or", "to" or dash.
    let Some(last_word) = (lo..hi)
        .rev()
        .find(|&j| joined(j, j + 1) == Some(Join::Word))
    else {
        return false;
    };
    let hi = last_word + 1;
    k <= hi && (lo..=hi).any(date)
}
