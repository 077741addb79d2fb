//! `number/range`: "between 10 and 20", "from 2019 to 2021", units on both ends.

use article_model::text::numbers::{NumberMention, PercentForm, Protection, Traits};
use article_model::{Article, Span};

use super::{View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use crate::style::Preset;

pub struct Range;

static META: RuleMeta = RuleMeta {
    code: "number/range",
    summary: "a range written with mismatched words (\"between 10-20\"), a spaced dash, or a unit on one end only",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "A range reads \"between 10 and 20\" or \"from 2019 to 2021\" — never \
\"between 10-20\" or \"from 2019-2021\" (but a score after \"from\" is no range: \"came \
back from 3-1 down\", \"from 3-3\"; the first number not below the second, or \"down\", \
\"up\", \"behind\", \"ahead\" or \"to\" after it: \"went from 2-10 to 8-4\") (the fix writes a short year in full: \"from \
2019-21\" → \"from 2019 to 2021\"). A dash range takes no spaces: \"20 - 30 \
people\", \"£10 – £20\" and \"2019 – 2021\" are closed up (\"20-30 people\", \"£10–£20\", \"2019–2021\"; a hyphen becomes the house \
dash, Chicago's an en dash \"20–30\", and an en dash stays one). A spaced en dash is \
left alone when the sentence holds another spaced dash, the pair around an aside \
(\"won 12 – 20 if friendlies are counted – titles\"), and so are protected numbers \
(\"Boeing 737 – 800\"). A unit or magnitude goes on both ends when leaving it \
off one end changes the reading: \"$4 million to $5 million\", not \"$4 to $5 \
million\"; \"80% to 90%\", not \"80 to 90%\" (\"and\" joins a range only after \"between\": \
\"11 shots to Arsenal's 19 and 41% of possession\" is no range). Quotations are not checked.",
    bad_example: "Between 10-20 families and from $4 to $5 million in aid were reported.",
    good_example: "Between 10 and 20 families and from $4 million to $5 million in aid were reported.",
};

impl Rule for Range {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let dash = if ctx.style.preset == Preset::Chicago {
            "–"
        } else {
            "-"
        };
        let views = Views::of(article);
        for view in views.prose() {
            for pair in view.mentions.windows(2) {
                check_pair(&view, article, &pair[0], &pair[1], dash, out);
            }
        }
    }
}

fn check_pair(
    view: &View<'_>,
    article: &Article,
    a: &NumberMention,
    b: &NumberMention,
    dash: &str,
    out: &mut Vec<Diagnostic>,
) {
    // Adjacent mentions first (the rare part), then figures on both sides, unquoted.
    let gap = a.end_token();
    if b.first_token() != gap + 1 {
        return;
    }
    let figures = |m: &NumberMention| m.traits().fits(Traits::DIGITS, Traits::QUOTED);
    if !figures(a) || !figures(b) {
        return;
    }
    let joiner = view.token_text(gap);
    let lead = view
        .word(a.first_token().wrapping_sub(1))
        .map(str::to_ascii_lowercase);
    let is_dash = matches!(joiner, "-" | "–" | "—");
    let source = article.source.text();
    let gap_span = Span::new(
        view.span(a.tokens.start..a.end_token()).end,
        view.span(b.first_token()..b.end_token()).start,
    );
    let edit_ok = |span: Span| {
        view.edit_span(article, gap..gap + 1).is_some()
            && source.get(span.range()).is_some_and(|t| t.trim() == joiner)
    };
    // "between 10-20", "from 2019-2021"; not a score ("came back from 3-1 down").
    if is_dash
        && matches!(lead.as_deref(), Some("between" | "from"))
        && !(lead.as_deref() == Some("from") && is_score(view, a, b))
    {
        let word = if lead.as_deref() == Some("between") {
            "and"
        } else {
            "to"
        };
        let replacement = format!(" {word} ");
        let mut diagnostic = finding(
            &META,
            format!(
                "write \"{} … {word} …\", not a dash",
                lead.as_deref().unwrap_or("")
            ),
            gap_span,
        )
        .with_label("dash in a worded range")
        .with_help(format!(
            "\"{}\" pairs with \"{word}\"",
            lead.as_deref().unwrap_or("")
        ));
        // "from 2019-21": the short end of a year range is written in full once the
        // dash gives way to a word ("from 2019 to 2021", not "from 2019 to 21").
        let short_year_end = (a.protection == Some(Protection::Year)
            && a.is_integer()
            && b.is_integer()
            && view.token_text(b.first_token()).len() == 2)
            .then(|| {
                let century = (a.value as u32 / 100) * 100;
                let mut full = century + b.value as u32;
                if full <= a.value as u32 {
                    full += 100;
                }
                full
            });
        match short_year_end {
            Some(full) => {
                let b_span = view.span(b.first_token()..b.end_token());
                let span = Span::new(gap_span.start, b_span.end);
                if edit_ok(gap_span) && view.edit_span(article, b.tokens.clone()).is_some() {
                    diagnostic = diagnostic.with_fix(Fix::safe(
                        format!("replace the dash with `{word}` and write the year in full"),
                        span,
                        format!(" {word} {full}"),
                    ));
                }
            }
            None if edit_ok(gap_span) => {
                diagnostic = diagnostic.with_fix(Fix::safe(
                    format!("replace the dash with `{word}`"),
                    gap_span,
                    replacement,
                ));
            }
            None => {}
        }
        out.push(diagnostic);
        return;
    }
    // " - " or " – " as a range dash: "20 - 30 people", "£10 – £20", "2019 – 2021".
    // Not a spaced en dash that opens or closes an aside ("20 – 30 of them children –"):
    // British copy writes its parenthetical dashes so, and then the sentence holds
    // another one.
    if spaced_range_dash(view, gap, b)
        && a.is_integer()
        && b.is_integer()
        && b.value > a.value
        && (joiner == "-" || !other_spaced_dash(view, gap))
        && (b.noun.is_some()
            || b.unit.is_some()
            || b.percent.is_some()
            || (a.currency.is_some() && b.currency.is_some())
            || [a, b]
                .iter()
                .all(|m| m.protection == Some(Protection::Year)))
        && [a, b]
            .iter()
            .all(|m| matches!(m.protection, None | Some(Protection::Year)))
    {
        let mut diagnostic = finding(&META, "a range dash takes no spaces", gap_span)
            .with_label("spaced dash")
            .with_help(format!(
                "write the range closed up, e.g. \"20{dash}30\", or \"20 to 30\""
            ));
        // A hyphen becomes the house dash; an en dash stays one, closed up ("20–30"
        // is right in every preset).
        let closed = if joiner == "–" { joiner } else { dash };
        if edit_ok(gap_span) {
            diagnostic =
                diagnostic.with_fix(Fix::safe("close up the range", gap_span, closed.to_owned()));
        }
        out.push(diagnostic);
        return;
    }
    // "and" makes a range only after "between": "11 shots to Arsenal's 19 and 41% of
    // possession" lists two figures.
    let is_range_joiner = match joiner {
        "to" | "-" | "–" => true,
        "and" => lead.as_deref() == Some("between"),
        _ => false,
    };
    if !is_range_joiner {
        return;
    }
    // "80 to 90%": percent sign on one end.
    if a.percent.is_none()
        && b.percent
            .as_ref()
            .is_some_and(|p| p.form == PercentForm::Sign)
        && a.currency.is_none()
        && a.unit.is_none()
        && a.magnitude.is_none()
        && a.protection.is_none()
        && !is_dash
    {
        let at = view.span(a.tokens.clone()).end;
        if view.edit_span(article, a.tokens.clone()).is_some() {
            out.push(
                finding(
                    &META,
                    "put the percent sign on both ends of the range",
                    view.span(a.tokens.clone()),
                )
                .with_label("no percent sign")
                .with_secondary(
                    view.span(b.first_token()..b.end_token()),
                    "the other end has one",
                )
                .with_help("write \"80% to 90%\"")
                .with_fix(Fix::safe("add `%`", Span::empty(at), "%")),
            );
        }
        return;
    }
    // "$4 to $5 million": a magnitude on one end.
    if let (Some(_), Some(_), None, Some(mag)) =
        (&a.currency, &b.currency, a.magnitude, b.magnitude)
        && !is_dash
        && a.value < b.value
    {
        let word = view.token_text(mag.token);
        let insertion = if mag.suffix {
            word.to_owned()
        } else {
            format!(" {word}")
        };
        let at = view.span(a.tokens.clone()).end;
        let mut diagnostic = finding(
            &META,
            format!(
                "write the magnitude on both ends: `{}{insertion}`",
                view.range_text(a.first_token()..a.end_token())
            ),
            view.span(a.first_token()..a.end_token()),
        )
        .with_label(format!(
            "reads as {}",
            view.range_text(a.first_token()..a.end_token())
        ))
        .with_secondary(
            view.span(b.first_token()..b.end_token()),
            "the magnitude is only here",
        )
        .with_help(format!(
            "\"$4 to $5 {word}\" literally starts at $4; write \"$4 {word} to $5 {word}\""
        ));
        if view.edit_span(article, a.tokens.clone()).is_some() {
            diagnostic = diagnostic.with_fix(Fix::safe(
                format!("add `{}`", insertion.trim()),
                Span::empty(at),
                insertion,
            ));
        }
        out.push(diagnostic);
    }
}

/// Whether token `gap`, between two numbers, is a hyphen or en dash with white space
/// on both sides ("20 - 30", "20 – 30"; not "20-30", "20–30" nor "20 —30").
fn spaced_range_dash(view: &View<'_>, gap: usize, b: &NumberMention) -> bool {
    matches!(view.token_text(gap), "-" | "–")
        && view.tokens[gap].space_before
        && view.tokens[b.first_token()].space_before
}

/// Whether the sentence of token `gap` holds another spaced dash that is not itself
/// between two numbers: the other dash of an aside.
fn other_spaced_dash(view: &View<'_>, gap: usize) -> bool {
    let Some(sentence) = view.sentence_of(gap) else {
        return true;
    };
    let between_numbers = |i: usize| {
        view.mentions
            .windows(2)
            .any(|pair| pair[0].end_token() == i && pair[1].first_token() == i + 1)
    };
    sentence.tokens.clone().any(|i| {
        i != gap
            && matches!(view.token_text(i), "-" | "–")
            && view.tokens[i].space_before
            && view.tokens.get(i + 1).is_some_and(|t| t.space_before)
            && !between_numbers(i)
    })
}

/// Whether "from A-B" is a score rather than a range: two bare whole numbers (no
/// year, money, unit or percentage) where the first is not below the second ("from
/// 3-1 down", "won the last four points from 3-3"; a range climbs) or where "down",
/// "up", "behind", "ahead" or "to" follows ("came back from 2-3 down", "went from 2-10
/// to 8-4").
fn is_score(view: &View<'_>, a: &NumberMention, b: &NumberMention) -> bool {
    let bare = |m: &NumberMention| {
        m.is_integer()
            && m.currency.is_none()
            && m.percent.is_none()
            && m.unit.is_none()
            && m.magnitude.is_none()
            && !m.ordinal
            && m.protection != Some(Protection::Year)
    };
    if !(bare(a) && bare(b)) {
        return false;
    }
    // "went from 2-10 to 8-4", "rallied from 0-2 to win": a range would read "from 2
    // to 10", so "to" after the pair makes the pair one thing, a record or a score.
    a.value >= b.value
        || view
            .word(b.end_token())
            .is_some_and(|w| matches!(w, "down" | "up" | "behind" | "ahead" | "to"))
}
