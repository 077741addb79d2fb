//! `date/weekday-window`: AP uses the weekday for dates within a week of publication.

use std::ops::Range;

use article_model::Article;
use article_model::body::Block;
use article_model::text::dates::{days_between, weekday_name, weekday_word};
use jiff::civil::Weekday;

use super::analysis::Found;
use super::analysis::{analysis, describe, finding, publication_day};
use super::tense::{names_another_year, tense_clash};
use super::weekday_mismatch::possessive_before;
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
\"the week of Nov. 9\", \"the quarter that ended Nov. 22\"). The ends of a range \
(\"from Feb. 1 to Feb. 28\", \"between Nov. 24 and Nov. 30\", \"June 1 to Nov. 30\", \"Nov. \
24-30\"), the dates of a correction (\"voted on April 28, not April 29\", and any date in a \
note that opens \"Correction\", \"Clarification\", \"Editor's note\" or \"An earlier \
version\") and a date used as a label (\"- Oct. 6: Last day to register\"), a date in a sentence that names another year (\"after Nov. 10 since records \
began in 1851\": an annual date), and a date in a run of schedule changes (\"first \
scheduled to start on Jan. 12, then moved to May 4 and again to Sept. 14\": after \"to\", with \
an earlier date and a verb such as moved, postponed or pushed), and a date in apposition to a \
weekday's event (\"Saturday's game, Nov. 27,\"), and a date in a sentence that names its \
day of the calendar (\"Cyber Monday, which falls on Dec. 1 this year\", \"Black Friday\", \
\"Super Tuesday\", \"Super Bowl Sunday\") are left alone too: no weekday can stand there. A date that `date/tense` reports (\"will sign the budget on Nov. 20\" in a \
story of Monday, Nov. 23) is left to it: its weekday would change the meaning. The fix (unsafe: the reader may need the date) replaces \"on Feb. 3\" with \
\"on Tuesday\"; the first of a pair of days (\"on Feb. 23 and 24\") is reported without a \
fix, since its weekday alone would leave \"on Monday and 24\".",
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
        let all = &analysis(article).found;
        for (k, found) in all.iter().enumerate() {
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
                || tense_clash(article, ctx, p, found).is_some()
            {
                continue;
            }
            // A range, a correction, a contrast or an annual date: no weekday fits.
            let place = place_in_text(block, found, all);
            if place == Place::Silent
                || in_correction_note(block)
                || found.sentence.is_some_and(|s| {
                    names_another_year(
                        block,
                        block.sentences[s].tokens.clone(),
                        mention.tokens.clone(),
                        date.year(),
                    )
                })
            {
                continue;
            }
            // "Saturday's game, Nov. 27,", "Cyber Monday, which falls on Dec. 1": the
            // weekday is there already.
            if rescheduled(block, found, all)
                || found
                    .sentence
                    .is_some_and(|s| names_weekday_day(block, s, date.weekday()))
                || k.checked_sub(1)
                    .is_some_and(|j| possessive_before(article, &all[j], found).is_some())
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
            // "on Feb. 23 and 24": the weekday for the first day alone would leave "on
            // Monday and 24".
            if after_on && place == Place::Plain {
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
/// Words between the two ends of a range: "from June 1 to Nov. 30", "Nov. 24-30".
const RANGE_WORDS: &[&str] = &["to", "through", "thru", "until", "till", "-", "–", "—"];

/// Where a date stands among the dates around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// On its own.
    Plain,
    /// The first of a pair of days sharing the month ("on Feb. 23 and 24"): reported,
    /// but its weekday alone would break the pair, so no fix.
    PairStart,
    /// An end of a range ("from Feb. 1 to Feb. 28", "between Nov. 24 and Nov. 30",
    /// "June 1 to Nov. 30", "Nov. 24-30"), or a date set against another in a
    /// correction ("voted on April 28, not April 29"): a weekday cannot stand there.
    Silent,
}

/// Where `found` stands: alone, opening a pair of days, or in a range or a contrast.
/// Asked only of a date about to be reported.
fn place_in_text(block: &Block, found: &Found, all: &[Found]) -> Place {
    let text = block.text.text();
    let tokens = &block.tokens;
    let m = &found.mention;
    let str_at = |i: usize| tokens.get(i).map_or("", |t| t.as_str(text));
    let is = |i: Option<usize>, words: &[&str]| {
        i.is_some_and(|i| {
            tokens.get(i).is_some_and(|t| {
                let s = t.as_str(text);
                words.iter().any(|w| w.eq_ignore_ascii_case(s))
            })
        })
    };
    let day_number = |i: usize| {
        tokens
            .get(i)
            .and_then(|t| t.number())
            .is_some_and(|n| n.is_integer() && n.integer_digits <= 2 && n.value <= 31.0)
    };
    let date_at = |i: usize| {
        all.iter()
            .any(|f| f.block == found.block && f.mention.tokens.start == i)
    };
    let date_ends_at = |end: usize| {
        all.iter()
            .find(|f| f.block == found.block && f.mention.tokens.end == end)
    };
    let (start, end) = (m.tokens.start, m.tokens.end);
    let before = start.checked_sub(1);
    // "Nov. 24-30", "24-30 Nov.": a day range glued to the date.
    let glued_dash = |i: usize| is(Some(i), &["-", "–", "—"]) && tokens[i].glued();
    if (glued_dash(end) && day_number(end + 1) && tokens.get(end + 1).is_some_and(|t| t.glued()))
        || (start >= 2 && glued_dash(start - 1) && day_number(start - 2))
    {
        return Place::Silent;
    }
    // "June 1 to Nov. 30", "from Nov. 1 to 21": the start of a range.
    if is(Some(end), RANGE_WORDS) && (date_at(end + 1) || day_number(end + 1)) {
        return Place::Silent;
    }
    // "... to Nov. 30", "between Nov. 24 and Nov. 30": the end of a range.
    if is(before, RANGE_WORDS) && before.and_then(date_ends_at).is_some() {
        return Place::Silent;
    }
    if is(before, &["between"]) && is(Some(end), &["and"]) {
        return Place::Silent;
    }
    if is(before, &["and"])
        && before
            .and_then(date_ends_at)
            .is_some_and(|first| is(first.mention.tokens.start.checked_sub(1), &["between"]))
    {
        return Place::Silent;
    }
    // "- Oct. 6: Last day to register": a label in a calendar of dates.
    if str_at(end) == ":" {
        return Place::Silent;
    }
    // "voted on April 28, not April 29", "on April 29 rather than April 28".
    let contrast_after = (str_at(end) == "," && is(Some(end + 1), &["not"]))
        || is(Some(end), &["not"])
        || (is(Some(end), &["rather", "instead"]) && is(Some(end + 1), &["than", "of"]));
    let contrast_before = is(before, &["not"])
        || (is(before, &["than", "of"]) && is(start.checked_sub(2), &["rather", "instead"]));
    if contrast_after || contrast_before {
        return Place::Silent;
    }
    if is(Some(end), &["and", "or", "&"]) && day_number(end + 1) {
        return Place::PairStart;
    }
    Place::Plain
}

/// Whether a block is a correction or an editor's note ("Correction: ...", "Editor's
/// note: ...", "An earlier version of this story ..."): it states the exact dates that
/// were wrong and right, and a weekday would blur them.
fn in_correction_note(block: &Block) -> bool {
    let text = block
        .text
        .text()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let head: String = text.chars().take(32).collect::<String>().to_lowercase();
    [
        "correction",
        "clarification",
        "editor's note",
        "editor’s note",
        "editors' note",
        "editors’ note",
        "an earlier version",
    ]
    .iter()
    .any(|prefix| head.starts_with(prefix))
}

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
    // "the week ending Nov. 12", and with a relative clause "the quarter that ended
    // Nov. 22", "the three months which end Nov. 30".
    let label = [
        "ending",
        "ended",
        "ends",
        "end",
        "beginning",
        "began",
        "begins",
        "starting",
        "started",
        "starts",
        "of",
    ];
    let period_label = is(before, &label)
        && (is(before_that, PERIODS)
            || (is(before_that, &["that", "which"]) && is(tokens.start.checked_sub(3), PERIODS)));
    (modifies_noun && (is(before, DETERMINERS) || is(Some(tokens.end), EVENT_NOUNS)))
        || period_label
}

/// Verbs that move a date: "then moved to May 4 and again to Sept. 14".
const RESCHEDULE_VERBS: &[&str] = &[
    "moved",
    "pushed",
    "postponed",
    "delayed",
    "rescheduled",
    "reset",
    "shifted",
    "bumped",
    "changed",
];

/// Whether `found` is one date in a run of schedule changes: after "to" ("again to"), in
/// a sentence with a verb that moves a date and an earlier date ("The trial was first
/// scheduled to start on Jan. 12, then moved to May 4 and again to Sept. 14"). The date
/// was once set, nothing happened that day, and a weekday would break the run. Asked
/// only of a date about to be reported.
fn rescheduled(block: &Block, found: &Found, all: &[Found]) -> bool {
    let Some(sentence) = found.sentence else {
        return false;
    };
    let tokens = &block.tokens;
    let text = block.text.text();
    let start = found.mention.tokens.start;
    let is = |i: usize, words: &[&str]| {
        tokens.get(i).is_some_and(|t| {
            t.is_word() && words.iter().any(|w| w.eq_ignore_ascii_case(t.as_str(text)))
        })
    };
    if !start.checked_sub(1).is_some_and(|i| is(i, &["to"])) {
        return false;
    }
    let first = block.sentences[sentence].tokens.start;
    let earlier_date = all.iter().any(|f| {
        f.block == found.block
            && f.mention.written().is_some()
            && f.mention.tokens.end <= start
            && f.mention.tokens.start >= first
    });
    earlier_date && (first..start).any(|i| is(i, RESCHEDULE_VERBS))
}

/// Words that make a weekday the name of a day in the calendar: "Cyber Monday", "Black
/// Friday", "Giving Tuesday", "Super Tuesday", "Super Bowl Sunday", "Good Friday".
const NAMED_DAY_WORDS: &[&str] = &[
    "cyber", "black", "giving", "super", "bowl", "good", "easter", "ash", "holy", "maundy", "palm",
    "shrove", "whit", "business", "blue", "travel", "election",
];

/// Whether the sentence `sentence` of `block` names a day of the calendar on `weekday`
/// ("Cyber Monday, which falls on Dec. 1 this year"): the weekday is written already.
fn names_weekday_day(block: &Block, sentence: usize, weekday: Weekday) -> bool {
    let text = block.text.text();
    let tokens = &block.tokens;
    let range = block.sentences[sentence].tokens.clone();
    (range.start + 1..range.end).any(|i| {
        let t = &tokens[i];
        let prev = &tokens[i - 1];
        t.is_word()
            && weekday_word(t.as_str(text)).is_some_and(|(d, full)| full && d == weekday)
            && prev.is_word()
            && prev.as_str(text).starts_with(|c: char| c.is_uppercase())
            && NAMED_DAY_WORDS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(prev.as_str(text)))
    })
}
