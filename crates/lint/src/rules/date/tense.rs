//! `date/tense`: a past-tense event dated after publication, or a future one before it.

use article_model::body::Block;
use article_model::text::TokenKind;
use article_model::{Article, Span};
use jiff::civil::Date;
use std::ops::Range;

use super::analysis::{
    Found, NamedYear, analysis, context_years, describe, finding, named_years, publication_day,
};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Tense;

static META: RuleMeta = RuleMeta {
    code: "date/tense",
    summary: "A past-tense statement dated after publication, or a future-tense one dated before it",
    default_level: Level::Warning,
    fix: FixKind::None,
    docs: "In one sentence, a verb in the past (was, were, had, said, did, a verb in -ed) \
shortly before a date after the publication date (\"was arrested on Feb. 9\" in a story of \
Feb. 6), or a future marker (will, is to, is due, scheduled, expected, plans to) before a date \
earlier than publication (\"will meet on Feb. 2\"), means the tense or the date is wrong. \
The nearest marker before the date decides, within six words and the same clause; no marker, \
no finding. A participle after \"be\" or \"is\" is passive, not past: in \"will be held on \
Feb. 20\" \"will\" decides, and \"had been held\" is past. A date after a to-infinitive \
belongs to the infinitive (\"agreed to testify on Dec. 3\", \"voted to hold the election on \
Dec. 8\", \"were ordered to appear in court on Dec. 7\"): not checked, unless \"to\" follows \
\"is\"/\"are\" or a present future marker (\"is to be held\", \"is scheduled to start\"). \
\"scheduled\", \"expected\", \"due\", \"slated\", \"set\" mark the future only after \
\"is\"/\"are\": after a past auxiliary (\"had been scheduled to start on Sept. 8\", \"was \
due to testify\", \"had expected the report on Jan. 20\", \"was to be held\") they are the \
past's future, and alone (\"the talks, scheduled to open on Jan. 14, were postponed\") the \
tense is set elsewhere; neither is checked. Dates after \"until\", \"by\", \"to\", \"for\", \"since\" and the like (\"was \
postponed until Feb. 20\") and dates used as modifiers (\"the Jan. 31 attacks\") are not \
checked, nor is quoted speech. After \"for\" or \"of\" and a noun the date belongs to \
that noun, an event of its own (\"Registration opened Monday for the marathon on Dec. 6\", \
\"went on sale for concerts on Dec. 12\"), and a prediction (\"snow was likely on Dec. 2\", \
\"possible\", \"forecast\", \"projected\") is told in the past about a later day: neither is \
checked. \"to\" before a name, a number, a determiner or a plural noun is a preposition (\"will \
send the report to lawmakers on Nov. 2\"), and its phrase does not count towards the six words \
(\"will reopen the highway to Chiapas on Nov. 2\" is checked); nor does a region in \
apposition after a place (\"concluded in Antalya, Turkey, on Nov. 21\" is checked). A date without a year may mean the current year (as \
AP writes them): \"is due on Dec. 5\" in a story of Feb. 6 is read as this December; \
in a sentence that names another year (\"Last year, the festival was held Dec. 5\", \"In \
2025, ...\", \"a year ago\", \"Last season, ...\", \"last offseason\") it is that year's, and \
not checked, unless the tense clashes in that year too (\"concluded on Nov. 21 with a \
pledge to triple funding by 2035\" is checked); so too after an earlier sentence of its paragraph, or of the paragraph before, \
that sets another year after a month or as its opening (\"The Titanic sank in April 1912. The survivors were picked up by \
the Carpathia, which arrived in New York on 18 April.\"). A past-tense date up to the `updated` day is consistent (\"This story was \
updated on May 6\"). The noun \"plans\"/\"plan\" (after a determiner or possessive, or \
before \"on\"/\"for\": \"unveiled its plans on March 2\") is no future marker, and the search \
goes on past it (\"will review the plan on March 2\" is checked). A participle after its noun, \
or a relative clause right after it, in a clause whose verb is future or modal has no tense \
of its own: \"Ballots postmarked Dec. 3 will not be counted\", \"Tickets purchased Dec. 5 \
or later will not be refunded\", \"Members who ordered on Dec. 22 would still receive \
their items\" pass in a story of Nov. 20; \"counted the ballots on Dec. 4 and will \
certify\" and \"the company, which merged on Dec. 3, will\" do not. A participle that \
completes \"keep\", \"leave\" or \"get\" and its object (\"paid to keep Windows 10 \
patched on Oct. 13\") has no tense either, and a date right after an -ing participle \
belongs to it (\"a flight departing Dec. 23\"). A clock time between \
the verb and the date is passed over (\"was celebrated at 10 a.m. Saturday, March 21\", AP's \
time-day-date order). \"called\" is a past verb (\"The AP called the race on Nov. 5\") \
unless it names (\"a group called Hamas\", \"so-called\") or an event that is called stands \
near it: \"a meeting called for Nov. 5\", \"called a strike on Nov. 5\" may give the \
event's day, and are not checked.",
    bad_example: "Provincial officials will meet on Jan. 20 to review the operation.",
    good_example: "Provincial officials met on Jan. 20 to review the operation.",
};

const FUTURE: &[&str] = &[
    "will",
    "shall",
    "scheduled",
    "expected",
    "due",
    "slated",
    "plans",
    "plan",
    "planned",
    "set",
    "'ll",
    "’ll",
];
const PAST: &[&str] = &[
    "was", "were", "had", "said", "did", "took", "met", "came", "went", "began", "held", "told",
    "died", "fled", "left", "saw", "gave", "made", "won", "lost", "fell",
];
/// Words that end a search (another verb form decides, or a new clause starts). After
/// "for" or "of" the date belongs to the noun between ("opened Monday for the marathon
/// on Dec. 6", "the start of the trial on Dec. 6"): it dates that event, not the verb.
const NEUTRAL: &[&str] = &[
    "would", "could", "should", "might", "may", "can", "must", "is", "are", "am", "has", "have",
    "be", "being", "been", "that", "which", "who", "whom", "when", "where", "while", "if",
    "because", "after", "before", "as", "of", "for",
];
/// Words of a prediction: "snow was likely on Dec. 2", "rain was forecast on Dec. 2" tell
/// in the past what was foreseen for a later day, so no tense is set.
const PREDICTION: &[&str] = &[
    "likely",
    "unlikely",
    "possible",
    "probable",
    "forecast",
    "forecasted",
    "predicted",
    "projected",
];
/// Words right before a date that make it not the time of the verb.
const NOT_EVENT: &[&str] = &[
    "until",
    "till",
    "to",
    "for",
    "by",
    "through",
    "from",
    "before",
    "after",
    "since",
    "between",
    "and",
    "or",
    "than",
    "of",
    "the",
    "a",
    "an",
    "last",
    "next",
    "this",
    "that",
    "ahead",
    "starting",
    "beginning",
    "ending",
    "around",
    "early",
    "late",
    "mid",
    "from",
    "into",
    "past",
    "like",
    "about",
    "against",
    "over",
    "with",
];
/// Words in -ed that are not past-tense verbs here.
const ED_EXCEPTIONS: &[&str] = &[
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "delayed",
    "postponed",
    "rescheduled",
    "anticipated",
    "intended",
    "slated",
    "needed",
    "based",
    "united",
    "hundred",
    "red",
    "bed",
    "need",
    "speed",
    "seed",
    "feed",
    "indeed",
    "succeed",
    "proceed",
    "exceed",
    "limited",
    "related",
    "armed",
    "wounded",
    "detailed",
    "advanced",
    "alleged",
    "reported",
    "so-called",
    "called",
    "named",
    "designated",
    "listed",
    "concerned",
    "interested",
    "renewed",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    Past,
    Future,
}

impl Rule for Tense {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(p) = publication_day(article, ctx) else {
            return;
        };
        for found in &analysis(article).found {
            let Some(TenseClash {
                marker,
                marker_index,
                date,
                what,
                written_span,
            }) = tense_clash(article, ctx, p, found)
            else {
                continue;
            };
            let block = &article.body.blocks[found.block];
            let marker_span = block.tokens[marker_index].span;
            let marker_text = article.source.slice(marker_span);
            out.push(
                finding(
                    &META,
                    format!(
                        "{what}: \"{marker_text}\" with {} (the story is dated {})",
                        describe(date),
                        describe(p)
                    ),
                    written_span,
                )
                .with_label(if marker == Marker::Past {
                    "after publication"
                } else {
                    "before publication"
                })
                .with_secondary(marker_span, "tense set here")
                .with_help(if marker == Marker::Past {
                    "check the date, or put the verb in the future"
                } else {
                    "check the date, or put the verb in the past"
                }),
            );
        }
    }
}

/// A date whose tense contradicts it: the marker that sets the tense (its token in the
/// block), the date as read, and what is wrong.
pub(super) struct TenseClash {
    marker: Marker,
    marker_index: usize,
    date: Date,
    what: &'static str,
    /// The date as written.
    written_span: Span,
}

/// The clash between `found` and the tense of its verb in a story of day `p`, if any.
/// Also asked by `date/weekday-window`, which keeps silent on such a date.
pub(super) fn tense_clash(
    article: &Article,
    ctx: &Context,
    p: Date,
    found: &Found,
) -> Option<TenseClash> {
    let mention = &found.mention;
    let (Some(written), Some(sentence)) = (mention.written(), found.sentence) else {
        return None;
    };
    if mention.quoted || found.display.is_some() {
        return None;
    }
    let date = written.date(Some(p)).filter(|&date| date != p)?;
    let block = &article.body.blocks[found.block];
    let first = block.sentences[sentence].tokens.start;
    let (marker, marker_index) = marker_before(block, first, mention.tokens.start)?;
    let what = clash(marker, date, p)?;
    // Without a year the date is read in the year nearest publication, but AP leaves
    // the year out for dates of the current year: "a ruling is due on Dec. 5" in a
    // story of Feb. 6 means this December, not the last. The tense is wrong only if
    // that reading clashes with it too.
    if written
        .in_year_of(p)
        .is_some_and(|this_year| clash(marker, this_year, p).is_none())
    {
        return None;
    }
    // Whether a year named near the date could be its year, with no clash: another
    // year than the story's in which the tense fits ("by 2035" does not date a past
    // "concluded on Nov. 21"), or one the words do not fix.
    let could_be_its_year = |named: NamedYear| match named {
        NamedYear::Known(y) | NamedYear::Relative { year: y, .. } => {
            y != p.year()
                && Date::new(y, written.month.month, written.day.day)
                    .map_or(true, |d| clash(marker, d, p).is_none())
        }
        NamedYear::Other => true,
    };
    // "Last year, the festival was held Dec. 5", "In 2025, ...": the sentence gives a
    // yearless date its year, which is not the story's.
    if written.year.is_none()
        && named_years(
            block,
            block.sentences[sentence].tokens.clone(),
            mention.tokens.clone(),
            p.year(),
            1800,
        )
        .into_iter()
        .any(could_be_its_year)
    {
        return None;
    }
    // "The Titanic sank in April 1912. The survivors were picked up by the Carpathia,
    // which arrived in New York on 18 April.": a history told over several sentences
    // names its year once. A year-less date after a sentence of its paragraph (or the
    // paragraph before) that names another year may be of that year: not checked.
    if written.year.is_none()
        && context_years(article, found, p.year(), 1000)
            .into_iter()
            .any(could_be_its_year)
    {
        return None;
    }
    // The story was revised on its `updated` day: what it tells in the past up to that
    // day is consistent ("This story was updated on May 6", "counted the last ballots
    // on Nov. 4" in a live story updated Nov. 4).
    if marker == Marker::Past
        && article
            .front_matter
            .fields
            .updated
            .as_ref()
            .and_then(|u| u.civil_date(&ctx.timezone))
            .is_some_and(|updated| date <= updated)
    {
        return None;
    }
    // "Ballots postmarked Nov. 3 will not be counted": a participle after its noun,
    // in a clause whose verb is future or modal, has no tense of its own.
    if marker == Marker::Past
        && participle_of_noun(
            block,
            block.sentences[sentence].tokens.clone(),
            marker_index,
            mention.tokens.end,
        )
    {
        return None;
    }
    Some(TenseClash {
        marker,
        marker_index,
        date,
        what,
        written_span: written.core,
    })
}

/// Whether the sentence at `sentence` names a year other than `year`, outside the date
/// at `skip`: a year in figures ("In 2025, ..."), in words ("last year", "a year ago",
/// "the previous year"), or a past sports season ("Last season, ...").
pub(super) fn names_another_year(
    block: &Block,
    sentence: Range<usize>,
    skip: Range<usize>,
    year: i16,
) -> bool {
    named_years(block, sentence, skip, year, 1800)
        .into_iter()
        .any(|named| named != NamedYear::Known(year))
}

/// Words before a participle that make it a verb of a clause, not a modifier of a noun.
const NOT_A_NOUN: &[&str] = &[
    "i",
    "we",
    "you",
    "he",
    "she",
    "it",
    "they",
    "who",
    "that",
    "which",
    "and",
    "or",
    "but",
    "then",
    "also",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "not",
    "never",
    "just",
    "only",
    "already",
    "later",
    "first",
    "finally",
    "officials",
    "police",
];
/// Relative pronouns that open a restrictive clause after a noun ("members who ordered").
const RELATIVE: &[&str] = &["who", "that", "which"];
/// Future and modal verbs.
const MODALS: &[&str] = &[
    "will", "would", "can", "could", "must", "shall", "may", "might", "should", "'ll", "’ll",
];
/// Words before a modal that give it a subject or a clause of its own ("and will",
/// "it will", "that will"): the modal is not the verb of the participle's noun.
const NEW_CLAUSE: &[&str] = &[
    "and",
    "or",
    "but",
    "then",
    "that",
    "which",
    "who",
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "officials",
    "police",
];

/// Whether the past marker at `marker` is a participle modifying the noun before it,
/// in a clause whose verb is future or modal ("Ballots postmarked Nov. 3 ... will not be
/// counted", "Tickets purchased Dec. 5 or later will not be refunded"): the first modal
/// after the date (at `after`) in the sentence has no subject or conjunction of its own
/// before it. Asked only of a date about to be reported.
fn participle_of_noun(block: &Block, sentence: Range<usize>, marker: usize, after: usize) -> bool {
    let text = block.text.text();
    let lower = |i: usize| block.tokens[i].as_str(text).to_lowercase();
    let noun_like = |i: usize| {
        let word = lower(i);
        block.tokens[i].is_word() && !NOT_A_NOUN.contains(&word.as_str()) && !word.ends_with("ly")
    };
    let Some(mut noun) = marker.checked_sub(1).filter(|&i| sentence.contains(&i)) else {
        return false;
    };
    // "Prime members who ordered on Dec. 22 would still receive ...": a restrictive
    // relative clause (no comma before "who") is part of its noun, the subject of the
    // modal, as a participle is.
    if RELATIVE.contains(&lower(noun).as_str())
        && let Some(head) = noun.checked_sub(1).filter(|&i| sentence.contains(&i))
    {
        noun = head;
    }
    if !noun_like(noun) {
        return false;
    }
    let Some(modal) = (after..sentence.end)
        .find(|&i| block.tokens[i].is_word() && MODALS.contains(&lower(i).as_str()))
    else {
        return false;
    };
    // "Ballots postmarked Dec. 3 will not be counted": the modal right after the date.
    if modal == after {
        return true;
    }
    let before = &block.tokens[modal - 1];
    before.is_word() && !NEW_CLAUSE.contains(&lower(modal - 1).as_str())
}

/// What is wrong when a verb of tense `marker` goes with `date` in a story of day `p`.
fn clash(marker: Marker, date: Date, p: Date) -> Option<&'static str> {
    match marker {
        Marker::Past if date > p => Some("past tense, dated after publication"),
        Marker::Future if date < p => Some("future tense, dated before publication"),
        _ => None,
    }
}

/// Words right before a past participle that make it passive or perfect ("will be
/// held", "is to be held", "has been held"): the participle is no past tense there.
const BEFORE_PARTICIPLE: &[&str] = &["be", "being", "been", "is", "are", "am", "to"];
/// Auxiliaries that put a future marker in the past: "had been scheduled to start",
/// "was due to testify", "had expected the report", "was expected to dock".
const PAST_AUXILIARY: &[&str] = &["had", "was", "were", "been"];
/// Words after "to" that make it a preposition ("sent to prison on Feb. 20"), not an
/// infinitive ("agreed to testify on Dec. 3").
const AFTER_PREPOSITION_TO: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "each", "all", "both", "him", "them", "us", "me", "you", "it", "court",
    "prison", "jail", "hospital", "death", "power", "office", "safety", "trial", "life", "school",
    "work", "custody", "town", "war",
];

/// Whether a lowercase word after "to" is a plural noun ("to lawmakers", "to residents"),
/// not an infinitive: a verb's base form never ends in a single "s" ("to discuss", "to
/// focus", "to pass" end in "ss" or "us").
fn is_plural_noun(word: &str) -> bool {
    word.len() > 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
}

/// The nearest tense marker before the date at `date_start`, in its clause.
///
/// A date after a to-infinitive belongs to the infinitive ("agreed to testify on Dec. 3",
/// "voted to hold the election on Dec. 8"): the verb governing it does not date it, so
/// the search stops there, unless "to" follows a present "is", "are" or future marker
/// ("is to be held", "is scheduled to start"). A future marker under a past auxiliary
/// ("had been scheduled to", "was due to", "had expected") is the past's future: either
/// date is right, so no marker. A participle after "be"/"been"/"is" is passive, not past
/// ("will be held": "will" decides).
fn marker_before(
    block: &Block,
    sentence_start: usize,
    date_start: usize,
) -> Option<(Marker, usize)> {
    let text = block.text.text();
    let tokens = &block.tokens;
    // "was celebrated at 10 a.m. Saturday, March 21": AP puts the time before the
    // date; the verb reaches over it.
    let date_start = time_before(block, sentence_start, date_start);
    let prev = date_start.checked_sub(1)?;
    if prev < sentence_start || !tokens[prev].is_word() {
        return None;
    }
    let lower = |i: usize| tokens[i].as_str(text).to_ascii_lowercase();
    if NOT_EVENT.contains(&lower(prev).as_str()) {
        return None;
    }
    // The word at `i` (in the sentence) is one of `words`.
    let is = |i: Option<usize>, words: &[&str]| {
        i.filter(|&i| i >= sentence_start && tokens[i].is_word())
            .is_some_and(|i| words.contains(&lower(i).as_str()))
    };
    // Whether the future word `w` marks the future, given the word before it: "will",
    // "plans" always; "plan" (also a noun) and a participle or adjective ("scheduled",
    // "expected", "due", "set") only after "is"/"are" ("is scheduled to start"), not
    // after a past auxiliary ("had been scheduled to start", "was due to testify": the
    // past's future) nor alone ("the talks, scheduled to start on Jan. 20, were
    // delayed": the tense is elsewhere).
    let future_marker = |w: &str, aux: Option<usize>| -> Option<()> {
        if is(aux, PAST_AUXILIARY) {
            return None;
        }
        let needs_aux = matches!(
            w,
            "scheduled" | "expected" | "due" | "slated" | "set" | "plan" | "planned"
        );
        (!needs_aux || is(aux, &["is", "are", "am"])).then_some(())
    };
    let mut words: usize = 0;
    let mut i = date_start;
    while i > sentence_start && words < 6 {
        i -= 1;
        let token = &tokens[i];
        match token.kind {
            TokenKind::Word => {}
            TokenKind::Punct if token.as_str(text) == "-" => continue,
            // "concluded in Antalya, Turkey, on Nov. 21": the region after a place
            // stands aside, as "to Chiapas" does.
            TokenKind::Punct if token.as_str(text) == "," => {
                match place_apposition(block, sentence_start, i) {
                    Some(city) => {
                        i = city + 1;
                        continue;
                    }
                    None => return None,
                }
            }
            _ => return None,
        }
        words += 1;
        let word = lower(i);
        let before_index = (i > sentence_start).then(|| i - 1);
        let before = before_index.map(lower);
        if word == "to" {
            // "sent to prison", "went to Karachi", "rose to 5", "send the report to
            // lawmakers": a preposition.
            let next = tokens.get(i + 1).filter(|_| i + 1 < date_start);
            let preposition = next.is_some_and(|t| {
                !t.is_word() || {
                    let w = t.as_str(text);
                    w.chars().next().is_some_and(char::is_uppercase)
                        || AFTER_PREPOSITION_TO
                            .iter()
                            .any(|x| x.eq_ignore_ascii_case(w))
                        || is_plural_noun(w)
                }
            });
            if preposition {
                // "will reopen the highway to Chiapas on Nov. 2": the phrase "to
                // Chiapas" stands aside; it does not count towards the verb's reach.
                words = words.saturating_sub(2);
                continue;
            }
            // A to-infinitive: what governs it decides, or nothing does.
            return match before.as_deref() {
                Some("is" | "are" | "am") => Some((Marker::Future, i)),
                Some(w) if FUTURE.contains(&w) => {
                    let governing = i - 1;
                    future_marker(w, governing.checked_sub(1)).map(|()| (Marker::Future, governing))
                }
                _ => None,
            };
        }
        if word == "be" {
            // "will be held on Feb. 20", "is to be held": the future decides.
            return match before.as_deref() {
                Some("will" | "shall" | "'ll" | "’ll") => {
                    before_index.map(|b| (Marker::Future, b))
                }
                Some("to") => continue,
                _ => None,
            };
        }
        if word == "been" && before.as_deref() == Some("had") {
            return before_index.map(|b| (Marker::Past, b));
        }
        // "unveiled its plans on March 2", "will review the plan on March 2",
        // "expansion plans on March 2": the noun, not the verb "plans to".
        if matches!(word.as_str(), "plan" | "plans")
            && (is_determiner(before.as_deref())
                || matches!(
                    before.as_deref(),
                    Some("my" | "your" | "these" | "those" | "new")
                )
                || before
                    .as_deref()
                    .is_some_and(|b| b.ends_with("'s") || b.ends_with("’s"))
                || (i + 1 < date_start
                    && matches!(lower(i + 1).as_str(), "on" | "for" | "at" | "in")))
        {
            continue;
        }
        if FUTURE.contains(&word.as_str()) {
            return future_marker(&word, before_index).map(|()| (Marker::Future, i));
        }
        // "a flight departing Dec. 23": the date belongs to the participle right before
        // it, not to a verb further back ("was meeting on Dec. 3" keeps its auxiliary).
        let next_to_date = i + 1 == date_start || (i + 2 == date_start && lower(i + 1) == "on");
        if next_to_date
            && word.len() >= 5
            && word.ends_with("ing")
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !is(
                before_index,
                &["was", "were", "is", "are", "am", "be", "been", "will"],
            )
        {
            return None;
        }
        if PAST.contains(&word.as_str()) {
            // "will be held", "has been held": a participle, not the past tense.
            if is(before_index, BEFORE_PARTICIPLE) {
                continue;
            }
            return Some((Marker::Past, i));
        }
        if NEUTRAL.contains(&word.as_str()) || PREDICTION.contains(&word.as_str()) {
            return None;
        }
        if word == "called" {
            match called(block, sentence_start, i, date_start) {
                Called::Past => return Some((Marker::Past, i)),
                Called::Unclear => return None,
                Called::NotAVerb => continue,
            }
        }
        if word.len() >= 5
            && word.ends_with("ed")
            && !ED_EXCEPTIONS.contains(&word.as_str())
            && word.chars().all(|c| c.is_ascii_lowercase())
            && !is_determiner(before.as_deref())
            && !matches!(
                before.as_deref(),
                Some("to" | "be" | "being" | "been" | "is" | "are")
            )
        {
            // "paid to keep Windows 10 patched on Oct. 13, 2027": the participle
            // completes "keep" and its object; it has no tense, and the search goes on.
            if complement_of_keep(block, sentence_start, i) {
                continue;
            }
            return Some((Marker::Past, i));
        }
    }
    None
}

/// Verbs whose object takes a participle as its complement ("keep Windows 10 patched",
/// "leave the door locked", "get the roof repaired").
const KEEP: &[&str] = &[
    "keep", "keeps", "keeping", "kept", "leave", "leaves", "leaving", "get", "gets", "getting",
];

/// Whether the participle at `at` completes a verb of [`KEEP`] and its object: such a
/// verb within the four tokens before it, with no punctuation between.
fn complement_of_keep(block: &Block, sentence_start: usize, at: usize) -> bool {
    let text = block.text.text();
    let tokens = &block.tokens;
    (at.saturating_sub(4).max(sentence_start)..at)
        .rev()
        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
        .any(|i| {
            tokens[i].is_word()
                && KEEP
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(tokens[i].as_str(text)))
        })
}

/// The index of the place before a region in apposition that ends with the comma at
/// `comma`: "in Antalya, Turkey," (a preposition of place, a capitalized word, a comma,
/// one to three capitalized words, the comma).
fn place_apposition(block: &Block, sentence_start: usize, comma: usize) -> Option<usize> {
    let text = block.text.text();
    let tokens = &block.tokens;
    let capitalized = |i: usize| {
        tokens[i].is_word()
            && tokens[i]
                .as_str(text)
                .starts_with(|c: char| c.is_uppercase())
    };
    let mut k = comma.checked_sub(1)?;
    let mut region = 0;
    while k > sentence_start && capitalized(k) && region < 3 {
        k -= 1;
        region += 1;
    }
    let city = k.checked_sub(1)?;
    let preposition = city.checked_sub(1)?;
    (region > 0
        && tokens[k].kind == TokenKind::Punct
        && tokens[k].as_str(text) == ","
        && preposition >= sentence_start
        && capitalized(city)
        && tokens[preposition].is_word()
        && ["in", "at", "near", "outside"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(tokens[preposition].as_str(text))))
    .then_some(city)
}

/// Whether `word` is an article, a possessive or a demonstrative: the word after it
/// is a noun ("the plans", "its revised"), not a verb.
fn is_determiner(word: Option<&str>) -> bool {
    matches!(
        word,
        Some("the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that")
    )
}

/// Nouns of an event that is called for a day ("a meeting called for Nov. 5", "called a
/// snap election on Dec. 8"): the date after "called" may be the event's, not the call's.
const CALLED_EVENTS: &[&str] = &[
    "meeting",
    "meetings",
    "session",
    "sessions",
    "election",
    "elections",
    "vote",
    "votes",
    "referendum",
    "runoff",
    "poll",
    "caucus",
    "assembly",
    "strike",
    "strikes",
    "walkout",
    "boycott",
    "hearing",
    "hearings",
    "summit",
    "conference",
    "rally",
    "protest",
    "protests",
    "march",
    "recess",
    "shutdown",
    "lockdown",
    "curfew",
];

/// What "called" is before a date.
enum Called {
    /// The past tense: "The AP called the race on Nov. 5", "called it Nov. 5".
    Past,
    /// An event is called, and the date may be its day ("a meeting called on Nov. 5",
    /// "called a strike on Nov. 5"): cannot tell.
    Unclear,
    /// Naming ("a group called Hamas", "the so-called"), or a participle after a
    /// determiner or "be" ("the called strike", "was to be called"): look further.
    NotAVerb,
}

/// Whether "called" at `at` is the past tense of the verb dating the date at
/// `date_start`: no determiner, "be" or hyphen before it ("so-called"); no capitalized
/// word between it and the date (naming: "a group called the Proud Boys"); and no event
/// noun among the words between or the three before it (the event may be on that day).
fn called(block: &Block, sentence_start: usize, at: usize, date_start: usize) -> Called {
    let text = block.text.text();
    let tokens = &block.tokens;
    let lower = |i: usize| tokens[i].as_str(text).to_ascii_lowercase();
    let is_event = |i: usize| tokens[i].is_word() && CALLED_EVENTS.contains(&lower(i).as_str());
    let before = (at > sentence_start).then(|| at - 1);
    if before.is_some_and(|b| {
        tokens[b].as_str(text) == "-"
            || [
                "the", "a", "an", "its", "their", "his", "her", "our", "to", "be", "being", "been",
                "is", "are", "this", "that", "so",
            ]
            .contains(&lower(b).as_str())
    }) {
        return Called::NotAVerb;
    }
    let naming = (at + 1..date_start).any(|i| {
        !tokens[i].is_word()
            || tokens[i]
                .as_str(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    });
    if naming {
        return Called::NotAVerb;
    }
    let from = at.saturating_sub(3).max(sentence_start);
    if (from..at).chain(at + 1..date_start).any(is_event) {
        return Called::Unclear;
    }
    Called::Past
}

/// The start of a clock time right before the date at `date_start` ("at 10 a.m.",
/// "8:30 p.m.", "around noon"), or `date_start` when there is none.
fn time_before(block: &Block, sentence_start: usize, date_start: usize) -> usize {
    let text = block.text.text();
    let tokens = &block.tokens;
    let in_sentence = |i: usize| i >= sentence_start;
    let word_is = |i: usize, words: &[&str]| {
        in_sentence(i)
            && tokens[i].is_word()
            && words
                .iter()
                .any(|w| w.eq_ignore_ascii_case(tokens[i].as_str(text)))
    };
    let Some(last) = date_start.checked_sub(1) else {
        return date_start;
    };
    let mut start = if word_is(last, &["a.m.", "p.m.", "am", "pm"]) {
        match last.checked_sub(1) {
            Some(n)
                if in_sentence(n)
                    && matches!(tokens[n].kind, TokenKind::Number(_) | TokenKind::Numeric) =>
            {
                n
            }
            _ => return date_start,
        }
    } else if word_is(last, &["noon", "midnight"]) {
        last
    } else {
        return date_start;
    };
    if start > 0 && word_is(start - 1, &["at", "around", "about"]) {
        start -= 1;
    }
    start
}
