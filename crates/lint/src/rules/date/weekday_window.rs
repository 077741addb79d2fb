//! `date/weekday-window`: AP uses the weekday for dates within a week of publication.

use std::ops::Range;

use article_model::Article;
use article_model::body::Block;
use article_model::text::dates::{days_between, weekday_name};

use super::analysis::{analysis, describe, finding, publication_day};
use super::tense::tense_clash;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct WeekdayWindow;

static META: RuleMeta = RuleMeta {
    code: "date/weekday-window",
    summary: "AP: a date within seven days of publication is written as the weekday",
    default_level: Level::Info,
    fix: FixKind::Unsafe,
    docs: "AP style uses the day of the week for events within seven days of the \
publication date (\"on Tuesday\"), and the date beyond. A date in the text that falls within \
the window (knob `weekday_window`, 7 days in ap; off in the other presets) gets the weekday \
as a suggestion. Dates that already carry a weekday, quoted dates and the printed date line \
are left alone, and so are dates that name an event or a period rather than a day: a date \
before a noun after a determiner or before an event noun (\"the Sept. 11 attacks\", \"the \
July 4 holiday\", \"Jan. 6 attack\") and the label of a period (\"the week ending Nov. 12\", \
\"the week of Nov. 9\"). A date that `date/tense` reports (\"will sign the budget on Nov. 20\" in a \
story of Monday, Nov. 23) is left to it: its weekday would change the meaning. The fix (unsafe: the reader may need the date) replaces \"on Feb. 3\" with \
\"on Tuesday\".",
    bad_example: "Security forces began the operation on Feb. 3 in the province.",
    good_example: "Security forces began the operation on Jan. 13 in the province.",
};

impl Rule for WeekdayWindow {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(window) = ctx.style.dates.weekday_window else {
            return;
        };
        let Some(p) = publication_day(article, ctx) else {
            return;
        };
        for found in &analysis(article).found {
            let mention = &found.mention;
            let Some(written) = mention.written() else {
                continue;
            };
            if written.weekday.is_some() || mention.quoted || found.display.is_some() {
                continue;
            }
            let Some(date) = written.date(Some(p)) else {
                continue;
            };
            let distance = days_between(p, date);
            if distance.unsigned_abs() >= u64::from(window) {
                continue;
            }
            let block = &article.body.blocks[found.block];
            // Rare checks, asked only of a date about to be reported. A date that
            // contradicts its verb's tense ("will sign the budget on Nov. 20", a past
            // day) is reported by `date/tense`; a weekday there would change its
            // meaning, not only its form.
            if names_event_or_period(block, &mention.tokens)
                || tense_clash(article, p, found).is_some()
            {
                continue;
            }
            let name = weekday_name(date.weekday());
            let when = match distance {
                0 => "the publication day".to_owned(),
                d if d < 0 => format!("{} days before publication", -d),
                d => format!("{d} days after publication"),
            };
            let written_text = article.source.slice(written.core);
            let mut diagnostic = finding(
                &META,
                format!("{written_text} is within a week of publication; AP uses the weekday"),
                written.core,
            )
            .with_label(format!("{name}, {when}"))
            .with_help(format!("write {name} ({} is {when})", describe(date)));
            let after_on = mention.tokens.start > 0
                && block
                    .token_text(mention.tokens.start - 1)
                    .eq_ignore_ascii_case("on");
            if after_on {
                diagnostic = diagnostic.with_fix(Fix::unsafe_(
                    format!("replace `{written_text}` with `{name}`"),
                    written.core,
                    name,
                ));
            }
            out.push(diagnostic);
        }
    }
}

/// Words before a date that make it a name: "the Sept. 11 attacks", "her May 3 hearing".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my", "your",
];
/// Nouns a date names without a determiner: "since Jan. 6 attack", "July 4 holiday".
const EVENT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "holiday",
    "holidays",
    "weekend",
    "anniversary",
    "riot",
    "insurrection",
    "bombing",
    "bombings",
    "massacre",
];
/// Periods labelled by their last or first day: "the week ending Nov. 12".
const PERIODS: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "period",
    "fortnight",
    "year",
];

/// Whether the date at `tokens` names an event or a period rather than a day to be
/// written as a weekday: a modifier of a noun after a determiner ("the Sept. 11
/// attacks", "the July 4 holiday") or of an event noun ("Jan. 6 attack"), or the label
/// of a period ("the week ending Nov. 12", "the week of Nov. 9").
fn names_event_or_period(block: &Block, tokens: &Range<usize>) -> bool {
    let word = |i: usize| {
        block
            .tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.as_str(block.text.text()))
    };
    let is = |i: Option<usize>, words: &[&str]| {
        i.and_then(word)
            .is_some_and(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
    };
    let before = tokens.start.checked_sub(1);
    let before_that = tokens.start.checked_sub(2);
    let next = word(tokens.end);
    let modifies_noun = next.is_some_and(|w| w.chars().all(|c| c.is_lowercase()));
    (modifies_noun && (is(before, DETERMINERS) || is(Some(tokens.end), EVENT_NOUNS)))
        || (is(before, &["ending", "ended", "beginning", "starting", "of"])
            && is(before_that, PERIODS))
}
