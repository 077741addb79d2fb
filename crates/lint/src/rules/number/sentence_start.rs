//! `number/sentence-start`: a sentence does not open with a figure.

use article_model::Article;
use article_model::text::numbers::{Protection, Traits, capitalize, cardinal_words};

use super::{Place, View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use article_model::body::BlockKind;
use article_model::text::TokenKind;

pub struct SentenceStart;

static META: RuleMeta = RuleMeta {
    code: "number/sentence-start",
    summary: "a sentence (or the first words after the dateline) opens with a figure",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "A sentence should not open with figures: spell the number out or recast \
the sentence (\"A total of 15,000 people marched.\"). AP allows a calendar year at \
the start (`year_may_start_sentence`; the BBC does not). The first sentence after a \
dateline counts as a sentence start. A recipe's lines (\"1 (15-ounce) can chickpeas\"), \
from its first ingredient line or label on, are not sentences. The fix spells out whole numbers below 100 \
(\"Twenty-four\") and is unsafe because the sentence may read better recast; larger \
numbers, money, percentages and ratios (\"1 in 5 homes\") get help only. Protected \
numbers other than years and ratios (dates, times, scores, addresses) and quotations \
are not checked, nor a sentence \
opening with an ordinal name (\"20th Century Studios said\"), nor a list item \
written as a fragment, without a full stop (\"- 24 boats sank\", \"- 2 cups flour\"): \
such bullets are not sentences, and house styles let them open with figures. Nor is \
the last item of a list running on from a colon, its items closed by semicolons (the \
full stop ends the sentence the colon opened), nor a bracketed conversion note \
(\"($1 = 0.9286 euros)\").",
    bad_example: "24 Navy SEALs were sent to the coast.",
    good_example: "Twenty-four Navy SEALs were sent to the coast.",
};

impl Rule for SentenceStart {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let views = Views::of(article);
        let opening_figures = Traits::SENTENCE_START.and(Traits::DIGITS);
        for view in
            views.prose_before_recipe_where(|traits| traits.fits(opening_figures, Traits::NONE))
        {
            for m in view.mentions {
                if !m.traits().fits(
                    Traits::SENTENCE_START.and(Traits::DIGITS),
                    Traits::QUOTED.and(Traits::WORDS),
                ) {
                    continue;
                }
                if opens_list_fragment(&view, m.first_token())
                    || conversion_note(&view, m.first_token())
                    || ends_run_on_list(article, &view, m.first_token())
                {
                    continue;
                }
                // "20th Century Studios released ...", "3rd Infantry Division troops
                // ...": an ordinal before a capitalized word opens a name.
                if m.ordinal
                    && view
                        .word(m.end_token())
                        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                let year = m.protection == Some(Protection::Year);
                let ratio = m.protection == Some(Protection::Ratio);
                match m.protection {
                    // "1 in 5 homes lost power.": a ratio's figures are kept only
                    // inside the sentence.
                    None | Some(Protection::Ratio) => {}
                    Some(Protection::Year) if !style.year_may_start_sentence => {}
                    _ => continue,
                }
                let span = m.full_span(view.tokens);
                let written = view.range_text(m.first_token()..m.end_token());
                let mut diagnostic = finding(
                    &META,
                    format!("the sentence starts with the figure `{written}`"),
                    span,
                )
                .with_label("figure at the start of a sentence");
                let spelled = (!year
                    && !ratio
                    && m.currency.is_none()
                    && m.percent.is_none()
                    && m.is_integer()
                    && !m.ordinal
                    && m.base < 100.0
                    && m.base >= 1.0)
                    .then(|| cardinal_words(m.base as u64))
                    .flatten()
                    .map(|words| {
                        let magnitude = m
                            .magnitude
                            .filter(|mag| !mag.suffix)
                            .map(|mag| format!(" {}", view.token_text(mag.token)));
                        magnitude.map_or_else(
                            || capitalize(&words),
                            |mag| format!("{}{mag}", capitalize(&words)),
                        )
                    })
                    .filter(|_| m.magnitude.is_none_or(|mag| !mag.suffix));
                match spelled.zip(view.edit_span(article, m.tokens.clone())) {
                    Some((words, edit)) => {
                        diagnostic = diagnostic
                            .with_help(format!("spell it out (`{words}`) or recast the sentence"))
                            .with_fix(Fix::unsafe_(
                                format!("replace `{written}` with `{words}`"),
                                edit,
                                words,
                            ));
                    }
                    None => {
                        diagnostic = diagnostic.with_help(if ratio {
                            "spell the ratio out (\"One in five ...\") or recast the sentence".to_owned()
                        } else if year {
                            "the house style does not start a sentence with a year: recast it (\"In 1998, ...\")".to_owned()
                        } else {
                            format!("recast the sentence, e.g. \"A total of {written} ...\"")
                        });
                    }
                }
                out.push(diagnostic);
            }
        }
    }
}

/// Whether token `first` opens a list item's sentence that ends without a full stop,
/// question or exclamation mark: a bullet fragment ("- 24 boats sank", "- 2 cups
/// flour") rather than a sentence.
fn opens_list_fragment(view: &View<'_>, first: usize) -> bool {
    if view.place
        != (Place::Body {
            kind: BlockKind::ListItem,
        })
    {
        return false;
    }
    let Some(sentence) = view.sentence_of(first) else {
        return false;
    };
    // The last token before any closing quotes and brackets.
    let last = (sentence.tokens.start..sentence.tokens.end)
        .rev()
        .find(|&i| {
            !matches!(view.tokens[i].kind, TokenKind::Quote { opening: false })
                && !matches!(view.token_text(i), ")" | "]")
        });
    !last.is_some_and(|i| matches!(view.token_text(i), "." | "!" | "?" | "…"))
}

/// Whether token `first` opens a bracketed conversion note, which is no sentence:
/// Reuters' "($1 = 0.9286 euros)".
fn conversion_note(view: &View<'_>, first: usize) -> bool {
    if first == 0 || view.token_text(first - 1) != "(" {
        return false;
    }
    (first..view.tokens.len())
        .map(|i| view.token_text(i))
        .take_while(|&t| t != ")")
        .any(|t| t == "=")
}

/// Whether token `first` opens the last item of a list that runs on from a colon, its
/// items closed by semicolons ("The figures show that:" / "- 191,813 people had
/// waited a year;" / "- 2,140 patients had waited 18 months."): the full stop ends
/// the sentence the colon opened, so the item is no sentence of its own.
fn ends_run_on_list(article: &Article, view: &View<'_>, first: usize) -> bool {
    let item = Place::Body {
        kind: BlockKind::ListItem,
    };
    if view.place != item || view.sentences.len() != 1 || first != 0 {
        return false;
    }
    let blocks = &article.body.blocks;
    let Some(at) = blocks
        .iter()
        .position(|b| std::ptr::eq(b.text.text(), view.text))
    else {
        return false;
    };
    let ends = |k: usize, marks: &[&str]| {
        let text = blocks[k].text.text().trim_end();
        marks.iter().any(|mark| text.ends_with(mark))
    };
    // The items before, each closed by a semicolon ("; and" too), then the colon.
    let mut k = at;
    while k > 0 && blocks[k - 1].kind == BlockKind::ListItem {
        k -= 1;
        if !ends(k, &[";", "; and", "; or"]) {
            return false;
        }
    }
    k < at && k > 0 && ends(k - 1, &[":"])
}
