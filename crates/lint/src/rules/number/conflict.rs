//! `number/conflict`: the same quantity stated with two values.

use std::borrow::Cow;

use article_model::text::dates::{month_word, weekday_word};
use article_model::text::is_capitalized;
use article_model::text::numbers::{NumberMention, Protection, Traits, keyword_form};
use article_model::{Article, Span};
use jiff::civil::Weekday;

use super::{Place, View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level, Severity};
use crate::rule::{FixKind, Rule, RuleMeta};
use crate::rules::date::analysis::publication_day;

pub struct Conflict;

static META: RuleMeta = RuleMeta {
    code: "number/conflict",
    summary: "the same quantity stated with different values (\"12 killed\" in the headline, \"killing 13\" in the body)",
    default_level: Level::Warning,
    fix: FixKind::None,
    docs: "A wrong number is worse than a badly written one. The rule keys each count \
by what it counts — the casualty verb (killed, dead, injured, arrested, displaced) \
and the counted noun (\"civilians\", \"suspects\"), with the currency for sums — and \
reports a key stated with two values: a warning within the body, an error between \
the headline or dek and the body. It stays silent when a qualifier explains the \
difference (\"at least\", \"more than\", \"about\", \"rose to\", \"revised\", \
\"initially\"; a \"new\", \"more\" or \"additional\" right after another count that counts \
something else qualifies only that one: \"500 police officers and 12 new recreation \
centers\" is compared, and so is \"killing 13 people and injuring dozens more\"), for different subjects (\"12 soldiers and 13 civilians\"; a different name right before \
the verb: \"Boeing delivers 53 jets\" … \"European rival Airbus delivered 72 jets\", unless both \
names open their sentences, where \"Police\" and \"Officers\" are no names), for a part of the toll \
(\"14 were injured seriously\", \"of those killed\", \"the remaining 12\", \"the two \
suspects who were released\"), for the total of a part (\"won 17 of the 30 seats\", \"close \
35 of its 1,914 stores\", \"two of Seattle's three homers\": the part counts the total's \
noun and is compared, \"won 16 of the 30 seats\" contradicts \"17 seats\"; the total \
never contradicts its part's value), for a sentence scoped to a place, a moment or another \
event (\"In Franklin, three people were killed\", \"In the southern city of Odesa, ...\", \
\"By Wednesday, ...\", \"On Nov. 3, ...\", \"On Sunday, six people were killed\" when the other \
count's sentence names no Sunday, not before a verb of saying: \"On Sunday, police said ...\" is \
compared; \"In 2019, ...\" or any year other than the article's, but for a year in a clause of \
its own after the count: \"killing 12 people in a region still rebuilding from the quakes of \
2023\", \"in a province that was hit in 2019\", \"a second blast\", \"in a \
separate case\", \"the worst such storm\", \"in a neighboring county\"), for a running \
total (\"this year\", \"so far\", \"to date\", \"this season\", \"this postseason\", \
\"in the Series\", \"in the playoffs\", \"on the season\", \"in his career\": \"Ortiz has \
three homers in the Series\" is no count of the headline's game; not \"the series of \
attacks\" nor \"a career-high 16 rebounds\"), for counts of different places (both \
sentences name places and share none: \"killed 14 people in Jamaica\" … \"23 people in \
Haiti\"; or a body count's subject is scoped to a place the other does not name: \"A \
train crash in India killed 40\", \"The San Diego sector made 2,615 arrests\"; a place \
before a verb of saying is the speaker's, \"Police in Quetta said 13 ...\" is compared), \
for a sum of counts told before (\"In all, 35 ...\", \"All told, ...\", \"26 \
altogether\") or of counts beside it (\"Tornadoes kill 7\" … \"killed five people in Kentucky and \
two in Tennessee\"), inside quotations, and when a key has three or more values in the \
body (counts by place or day). The headline and dek are contradicted only when the body \
never restates their value (a qualified \"at least four\" restates it too): then the body's first differing count is reported. In the \
body, counts are compared only with a casualty verb or a definite article (\"the \
seven suspects\" … \"the eight suspects\"); sums only when they count the same noun \
(\"the $4.2 billion loan\" … \"the $4.5 billion loan\"). Values below 100 must match \
exactly, larger ones within 2%. The message names the count by the plural written \
after it (\"9,740 arrests\": the arrest count), else by its verb. There is no fix: either value may be the wrong one.",
    bad_example: "---\ntitle: Blast in Quetta market kills 12\nsubtitle: Police say the bomb was hidden in a parked motorcycle near the fruit stalls\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [example]\nslug: example\nlanguage: en\n---\n\nA bomb exploded in a crowded market on Friday, killing 13 people.\n",
    good_example: "---\ntitle: Blast in Quetta market kills 12\nsubtitle: Police say the bomb was hidden in a parked motorcycle near the fruit stalls\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [example]\nslug: example\nlanguage: en\n---\n\nA bomb exploded in a crowded market on Friday, killing 12 people. The toll later rose to 13.\n",
};

fn is_generic(noun: &str) -> bool {
    matches!(
        noun,
        "people" | "persons" | "person" | "individuals" | "others" | "residents"
    )
}

fn is_time_noun(noun: &str) -> bool {
    matches!(
        noun,
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "time"
            | "decade"
            | "century"
            | "night"
            | "round"
            | "stage"
            | "point"
            | "game"
            | "match"
            | "percent"
            | "per"
    )
}
/// What a word (in lowercase) may tell of the counts of its sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Signal {
    None,
    /// A change or a subgroup: every count of the sentence.
    Shift,
    /// A change, unless it qualifies another count right before it ("12 new
    /// recreation centers"): see [`qualifies_other_count`].
    Modifier,
    /// Maybe a running total's period: see [`opens_period`].
    Period,
}

/// Words that signal a change or a subgroup in a sentence, in one `match` (the scan
/// asks it of every word of the sentences of repeated keys).
fn signal(lowercase: &str) -> Signal {
    match lowercase {
        "new" | "additional" | "more" | "further" => Signal::Modifier,
        "this" | "so" | "to" | "in" | "on" | "career" => Signal::Period,
        "rose"
            | "risen"
            | "rise"
            | "rising"
            | "climbed"
            | "increased"
            | "revised"
            | "initially"
            | "earlier"
            | "later"
            | "updated"
            | "jumped"
            | "reached"
            | "another"
            | "total"
            | "including"
            | "among"
            | "whom"
            | "previously"
            | "originally"
            | "first"
            | "now"
            | "then"
            | "since"
            | "last"
            | "next"
            | "each"
            | "per"
            | "every"
            // A part or another event: "in Malatya province alone", "of those
            // killed", "a second blast", "in a separate case".
            | "alone"
            | "those"
            | "second"
            | "separate"
            | "previous"
            | "prior"
            | "similar"
            | "remaining"
            | "rest"
            // A sum of counts told before: "35 people were arrested altogether".
            | "altogether"
            | "overall"
            | "combined"
            | "cumulative"
            // Another place or event: "In neighbouring India, ...", "Officers in a
            // nearby county ...", "The worst such accident ...", "the deadliest
            // storm since 2011".
            | "neighboring"
            | "neighbouring"
            | "nearby"
            | "worst"
            | "deadliest" => Signal::Shift,
        _ => Signal::None,
    }
}

/// Whether the word at `index` (`lowercase`) opens a running total's period ("this
/// year", "so far", "to date", "this postseason", "in the Series", "on the season", a
/// "career"): "Storms have killed 23 people this year" is not the toll of Friday's
/// storm, nor "Ortiz has three homers in the Series" his homers of the game. Most
/// words are told apart by the one `match`.
fn opens_period(view: &View<'_>, index: usize, lowercase: &str) -> bool {
    let word_is = |i: usize, words: &[&str]| {
        view.word(i)
            .is_some_and(|word| words.contains(&keyword_form(word, &mut [0; 24])))
    };
    // "the series of attacks" is an event, not a running total.
    let not_of = |i: usize| view.word(i) != Some("of");
    match lowercase {
        "this" => {
            word_is(
                index + 1,
                &[
                    "year",
                    "month",
                    "season",
                    "decade",
                    "postseason",
                    "tournament",
                    "campaign",
                ],
            ) || (word_is(index + 1, &["series"]) && not_of(index + 2))
        }
        "so" => view.word(index + 1) == Some("far"),
        "to" => view.word(index + 1) == Some("date"),
        // "in the Series", "in the playoffs".
        "in" => {
            view.word(index + 1) == Some("the")
                && word_is(
                    index + 2,
                    &["series", "postseason", "playoffs", "tournament"],
                )
                && not_of(index + 3)
        }
        // "on the season", "on the year".
        "on" => view.word(index + 1) == Some("the") && word_is(index + 2, &["season", "year"]),
        // "his career", "career homers"; not "a career-high 41 points", the game's.
        "career" => view.token_text(index + 1) != "-",
        _ => false,
    }
}

/// A noun naming a part of a country or of an agency's area, after its name: "the San
/// Diego sector", "Orange County", "Sindh province".
fn is_part_noun(word: &str) -> bool {
    matches!(
        keyword_form(word, &mut [0; 24]),
        "sector"
            | "county"
            | "province"
            | "district"
            | "state"
            | "region"
            | "division"
            | "precinct"
            | "borough"
            | "prefecture"
            | "governorate"
            | "municipality"
            | "parish"
    )
}

/// The places named in tokens `range`, each with its first token: a capitalized name
/// after "in" ("in Haiti", "in the Philippines"; not a month or a weekday, "in
/// October"), or before the noun of a part ("The San Diego sector", "Orange County").
fn places<'a>(
    view: View<'a>,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = (usize, &'a str)> {
    let end = range.end;
    let lower = range.start;
    range.filter_map(move |i| {
        let word = view.word(i)?;
        let (start, stop) = if word.eq_ignore_ascii_case("in") {
            let start = i + 1 + usize::from(view.word(i + 1) == Some("the"));
            let first = view.word(start).filter(|w| is_capitalized(w))?;
            if month_word(first).is_some() || weekday_word(first).is_some() {
                return None;
            }
            let stop = (start..end)
                .find(|&j| !view.word(j).is_some_and(is_capitalized))
                .unwrap_or(end);
            (start, stop)
        } else if is_part_noun(word) {
            let mut start = i;
            while start > lower && view.word(start - 1).is_some_and(is_capitalized) {
                start -= 1;
            }
            // "The San Diego sector" at the start of a sentence.
            if start < i && matches!(view.word(start), Some("The" | "A" | "An")) {
                start += 1;
            }
            (start, i)
        } else {
            return None;
        };
        let name = view.range_text(start..stop);
        let name = name
            .strip_suffix("’s")
            .or_else(|| name.strip_suffix("'s"))
            .unwrap_or(name);
        (!name.is_empty()).then_some((start, name))
    })
}

/// The tokens of the sentence of `k` (the whole text when it has none).
fn sentence_tokens(k: &Keyed<'_>) -> std::ops::Range<usize> {
    k.view
        .sentence_of(k.mention.tokens.start)
        .map_or(0..k.view.tokens.len(), |sentence| sentence.tokens.clone())
}

/// Whether counts `a` and `b` are told of different places: both sentences name
/// places and share none ("killed 14 people in Jamaica" … "killed 23 people in
/// Haiti"), or a count of the body has a subject scoped to a place the other does not
/// name ("A train crash in India killed 40 people", "The San Diego sector made 2,615
/// arrests": another event, a part). Only for a conflict about to be reported.
fn different_places(a: &Keyed<'_>, b: &Keyed<'_>) -> bool {
    let (a_tokens, b_tokens) = (sentence_tokens(a), sentence_tokens(b));
    let a_text = a.view.range_text(a_tokens.clone());
    let b_text = b.view.range_text(b_tokens.clone());
    // The headline and dek name the story's place before its count ("Blast in Quetta
    // market kills 12"): only a body sentence is scoped by its subject. A place before
    // a verb of saying is where the speaker is ("Police in Quetta said 13 people were
    // killed"), not the count's scope.
    let scoped_before = |k: &Keyed<'_>, tokens: std::ops::Range<usize>, other: &str| {
        let count = k.mention.first_token();
        !k.place.is_front_matter()
            && places(k.view, tokens).any(|(at, name)| {
                at < count
                    && !other.contains(name)
                    && !(at..count)
                        .any(|i| matches!(k.view.word(i), Some("said" | "says" | "told")))
            })
    };
    if scoped_before(a, a_tokens.clone(), b_text) || scoped_before(b, b_tokens.clone(), a_text) {
        return true;
    }
    places(a.view, a_tokens.clone()).next().is_some()
        && places(b.view, b_tokens.clone()).next().is_some()
        && !places(a.view, a_tokens).any(|(_, name)| b_text.contains(name))
        && !places(b.view, b_tokens).any(|(_, name)| a_text.contains(name))
}

/// Verbs of saying: "On Wednesday, officials said 171 people were killed" is the toll
/// as told that day, not another day's event.
fn is_saying(word: &str) -> bool {
    matches!(
        keyword_form(word, &mut [0; 24]),
        "said"
            | "says"
            | "say"
            | "told"
            | "reported"
            | "announced"
            | "confirmed"
            | "estimated"
            | "according"
            | "added"
            | "stated"
    )
}

/// The weekday of an opening "On Sunday," before the count `m` with no verb of saying
/// between: "On Sunday, six people were killed when a truck overturned" tells of
/// Sunday's event. Asked only of counts of repeated keys.
fn opening_day(view: &View<'_>, m: &NumberMention) -> Option<Weekday> {
    let tokens = view.sentence_of(m.tokens.start)?.tokens.clone();
    let first = tokens.start;
    if view.word(first) != Some("On") || view.token_text(first + 2) != "," {
        return None;
    }
    let (day, _) = weekday_word(view.word(first + 1)?)?;
    let count = m.first_token();
    if count <= first + 2 || (first + 3..count).any(|i| view.word(i).is_some_and(is_saying)) {
        return None;
    }
    Some(day)
}

/// Whether the sentence of `k` names the weekday `day`.
fn names_day(k: &Keyed<'_>, day: Weekday) -> bool {
    sentence_tokens(k).any(|i| {
        k.view
            .word(i)
            .and_then(weekday_word)
            .is_some_and(|(named, _)| named == day)
    })
}

/// Whether counts `a` and `b` are told of different days: one opens with its own day
/// ("On Sunday, six people were killed") that the other's sentence does not name
/// ("killed 14 people on Wednesday"). Only for a conflict about to be reported.
fn different_days(a: &Keyed<'_>, b: &Keyed<'_>) -> bool {
    a.day.is_some_and(|day| !names_day(b, day)) || b.day.is_some_and(|day| !names_day(a, day))
}

/// The named subject of the count `k` and whether it opens its sentence: a capitalized
/// name right before the verb before the count ("Boeing delivered 53 jets", "European
/// rival Airbus delivered 72 jets", "Airbus also delivered 72 jets"). None for a common
/// noun ("The quake killed 13"), a pronoun, or a verb of saying ("Police said 13 ...":
/// the speaker).
fn named_subject<'a>(k: &Keyed<'a>) -> Option<(&'a str, bool)> {
    let view = &k.view;
    let sentence = sentence_tokens(k);
    let verb = k.mention.first_token().checked_sub(1)?;
    let verb_word = view.word(verb)?;
    // In the body a verb is in lower case; a headline may be in title case.
    if (!k.place.is_front_matter() && is_capitalized(verb_word))
        || is_saying(verb_word)
        || matches!(
            keyword_form(verb_word, &mut [0; 24]),
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "of"
                | "and"
                | "or"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "than"
                | "as"
                | "about"
        )
    {
        return None;
    }
    let mut end = verb;
    if end > sentence.start
        && view.word(end - 1).is_some_and(|w| {
            !is_capitalized(w) && (matches!(w, "also" | "only" | "reportedly") || w.ends_with("ly"))
        })
    {
        end -= 1;
    }
    let mut start = end;
    while start > sentence.start && view.word(start - 1).is_some_and(is_capitalized) {
        start -= 1;
    }
    if start == end {
        return None;
    }
    let name = view.range_text(start..end);
    let opens = start == sentence.start;
    let common = opens
        && end - start == 1
        && matches!(
            name,
            "The"
                | "A"
                | "An"
                | "It"
                | "They"
                | "He"
                | "She"
                | "We"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "Its"
                | "Their"
        );
    let calendar = view
        .word(end - 1)
        .is_some_and(|w| month_word(w).is_some() || weekday_word(w).is_some());
    (!common && !calendar).then_some((name, opens))
}

/// Whether counts `a` and `b` have different named subjects ("Boeing delivers 53 jets"
/// … "European rival Airbus delivered 72 jets"): different quantities. At least one
/// name must stand inside its sentence, where a capital marks a name (at the start of a
/// sentence, "Police" and "Officers" are common nouns). Only for a conflict about to be
/// reported.
fn different_subjects(a: &Keyed<'_>, b: &Keyed<'_>) -> bool {
    match (named_subject(a), named_subject(b)) {
        (Some((a_name, a_opens)), Some((b_name, b_opens))) => {
            let both_open = a_opens && b_opens;
            !both_open && !a_name.eq_ignore_ascii_case(b_name)
        }
        _ => false,
    }
}

/// An adverb after a casualty verb that tells a part of the toll ("injured seriously").
fn is_severity(word: &str) -> bool {
    matches!(
        keyword_form(word, &mut [0; 24]),
        "seriously" | "critically" | "severely" | "slightly" | "badly" | "gravely" | "mildly"
    )
}

fn verb_family(word: &str) -> Option<&'static str> {
    // Most words are rejected on their first letter before being lowercased.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(
        first,
        b'k' | b'd' | b'm' | b's' | b'i' | b'w' | b'h' | b'a' | b'r'
    ) {
        return None;
    }
    Some(match keyword_form(word, &mut [0; 24]) {
        "killed" | "kills" | "kill" | "killing" | "dead" | "died" | "dies" | "deaths"
        | "martyred" | "slain" => "killed",
        "injured" | "injuring" | "injures" | "wounded" | "wounding" | "hurt" => "injured",
        "arrested" | "arresting" | "arrests" | "detained" | "detaining" => "arrested",
        "displaced" | "displacing" | "homeless" => "displaced",
        "missing" => "missing",
        "rescued" => "rescued",
        _ => return None,
    })
}

/// Mentions that are no count to compare: quoted, casual ("one of"), ordinal, an age,
/// a percentage, a measurement or protected (a year, a date, a score...).
const NOT_A_COUNT: Traits = Traits::QUOTED
    .and(Traits::CASUAL)
    .and(Traits::ORDINAL)
    .and(Traits::AGE)
    .and(Traits::PERCENT)
    .and(Traits::UNIT)
    .and(Traits::PROTECTED);

/// What a count counts.
/// Its words are borrowed from the text: a lowercase noun is keyed as written (less
/// a plural "s"), and only a capitalized one is copied.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key<'a> {
    verb: Option<&'static str>,
    noun: Option<Cow<'a, str>>,
    currency: Option<&'a str>,
}

impl Key<'_> {
    /// A hash of the key (FNV-1a), so that most keys are told apart by one comparison.
    fn fingerprint(&self) -> u64 {
        let parts = [
            self.verb.unwrap_or(""),
            self.noun.as_deref().unwrap_or(""),
            self.currency.unwrap_or(""),
        ];
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for part in parts {
            for &byte in part.as_bytes().iter().chain(&[0xff]) {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        hash
    }
}

struct Keyed<'a> {
    key: Key<'a>,
    fingerprint: u64,
    view: View<'a>,
    mention: &'a NumberMention,
    value: f64,
    span: Span,
    place: Place,
    text: &'a str,
    definite: bool,
    /// In a sentence of change, of a part, or of another place, moment or year.
    shifted: bool,
    /// The weekday of an opening "On Sunday, six people were killed": another day's
    /// event, unless the other count's sentence names the same day.
    day: Option<Weekday>,
    /// Followed by a relative clause ("the two suspects who were released"): after
    /// the group, such a count picks out a part of it, so it is never the later count
    /// of a conflict (it may be the first: "the seven suspects who blocked the road").
    restricted: bool,
}

impl Keyed<'_> {
    fn same_key(&self, other: &Keyed<'_>) -> bool {
        self.fingerprint == other.fingerprint && self.key == other.key
    }
}

fn singular(noun: &str) -> Cow<'_, str> {
    // Lowercase, less a plural "s" (not the "ss" of "witness"). Most nouns are
    // lowercase already: they are keyed as a slice of the text, without a copy.
    let bytes = noun.as_bytes();
    let plural = bytes.len() > 3
        && bytes[bytes.len() - 1].eq_ignore_ascii_case(&b's')
        && !bytes[bytes.len() - 2].eq_ignore_ascii_case(&b's');
    // The "s" is one byte: cutting it leaves a valid `str`.
    let stem = if plural {
        &noun[..noun.len() - 1]
    } else {
        noun
    };
    if stem.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(stem.to_ascii_lowercase())
    } else {
        Cow::Borrowed(stem)
    }
}

/// What `m` counts, if it is a count to compare. A qualified count ("at least four")
/// is keyed only when `qualified` is asked for: it never conflicts, it only restates.
fn key_of<'a>(view: &View<'a>, m: &NumberMention, qualified: bool) -> Option<Key<'a>> {
    let qualifier = if qualified {
        Traits::NONE
    } else {
        Traits::QUALIFIED
    };
    if !m.traits().fits(Traits::NONE, qualifier.and(NOT_A_COUNT)) || m.value <= 0.0 {
        return None;
    }
    // "12 killed": the word after the number is the casualty verb, not a counted noun,
    // so that it keys like "killing 13 people".
    let noun = m
        .noun
        .map(|n| view.token_text(n))
        .filter(|word| verb_family(word).is_none())
        .map(singular);
    if noun.as_deref().is_some_and(is_time_noun) {
        return None;
    }
    // The casualty verb: right before ("killing 13"), or after within a few words
    // ("12 killed", "13 people were killed").
    // "killing at least four": past the qualifier's words.
    let mut before = m.first_token();
    while let Some(i) = before.checked_sub(1)
        && m.qualified
        && view.word(i).is_some_and(|w| {
            matches!(
                w,
                "at" | "least"
                    | "more"
                    | "than"
                    | "about"
                    | "nearly"
                    | "almost"
                    | "some"
                    | "around"
                    | "over"
                    | "up"
                    | "to"
                    | "an"
                    | "estimated"
                    | "roughly"
            )
        })
        && m.first_token() - i <= 3
    {
        before = i;
    }
    let mut verb = before
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .and_then(verb_family);
    if verb.is_none() {
        for i in m.end_token()..m.end_token() + 4 {
            let Some(word) = view.word(i) else { break };
            if let Some(family) = verb_family(word) {
                // "14 were injured seriously and 16 slightly": a part of the count.
                if view.word(i + 1).is_some_and(is_severity) {
                    return None;
                }
                verb = Some(family);
                break;
            }
            if !(Some(i) == m.noun
                || matches!(
                    word,
                    "were" | "was" | "have" | "had" | "been" | "are" | "is" | "reportedly"
                ))
            {
                break;
            }
        }
    }
    let currency = m
        .currency
        .as_ref()
        .map(|c| view.range_text(c.tokens.clone()));
    let mut noun = noun.filter(|n| !is_generic(n));
    // "won 17 of the 30 seats": the part counts the total's noun (a part with a
    // casualty verb keeps its key: "arrested 14 of the 20 people").
    if verb.is_none()
        && m.noun.is_none()
        && let Some(total) = total_after(view, m)
    {
        noun = total
            .noun
            .map(|n| view.token_text(n))
            .filter(|word| verb_family(word).is_none())
            .map(singular)
            .filter(|n| !is_generic(n) && !is_time_noun(n));
    }
    if currency.is_some() && noun.is_none() {
        return None;
    }
    if verb.is_none() && noun.is_none() {
        return None;
    }
    Some(Key {
        verb,
        noun,
        currency,
    })
}

/// The tokens after "of" that open the total of a part: none ("17 of 30 seats"), a
/// determiner ("of the 30 seats", "of its 1,914 stores") or a possessive ("of the
/// state's 30 seats", "of Seattle's three homers", "of the Mariners' three homers").
fn total_opening(view: &View<'_>, of: usize) -> usize {
    let apostrophe = |i: usize| matches!(view.token_text(i), "'" | "’");
    let possessive = |word: &str| word.ends_with("'s") || word.ends_with("’s");
    match view.word(of + 1) {
        Some("the" | "its" | "their" | "his" | "her" | "our") => {
            // "of the state's 30 seats", "of the Mariners' three homers".
            if view.word(of + 2).is_some_and(possessive) {
                2
            } else if view.word(of + 2).is_some_and(is_capitalized) && apostrophe(of + 3) {
                3
            } else {
                1
            }
        }
        Some(word) if is_capitalized(word) && possessive(word) => 1,
        Some(word) if is_capitalized(word) && word.ends_with('s') && apostrophe(of + 2) => 2,
        _ => 0,
    }
}

/// The total after the part `part` ("17 of the 30 seats": the 30 seats), a larger
/// count with a noun; neither is a sum, a percentage or a measure. Asked only of a
/// count with no noun of its own, followed by "of".
fn total_after<'a>(view: &View<'a>, part: &NumberMention) -> Option<&'a NumberMention> {
    let of = part.end_token();
    if view.word(of) != Some("of") {
        return None;
    }
    let start = of + 1 + total_opening(view, of);
    let at = view.mentions.partition_point(|m| m.tokens.start < start);
    let total = view.mentions.get(at)?;
    (total.first_token() == start
        && total.noun.is_some()
        && total.value > part.value
        && [part, total]
            .iter()
            .all(|m| m.currency.is_none() && m.percent.is_none() && m.unit.is_none()))
    .then_some(total)
}

/// The part before the total `total` ("17" of "17 of the 30 seats"), if it is one.
/// Only for a conflict about to be reported.
fn part_before<'a>(view: &View<'a>, total: &NumberMention) -> Option<&'a NumberMention> {
    let at = view
        .mentions
        .partition_point(|m| m.tokens.start < total.tokens.start);
    let part = view.mentions[..at].last()?;
    total_after(view, part)
        .is_some_and(|found| std::ptr::eq(found, total))
        .then_some(part)
}

/// Whether `k` is the total of a part that has the value `value`: "won 17 of the 30
/// seats" restates "17 seats", and its 30 contradicts nothing.
fn total_of_part_valued(k: &Keyed<'_>, value: f64) -> bool {
    part_before(&k.view, k.mention).is_some_and(|part| !differ(part.value, value))
}

/// Whether the sentence of `m` signals a change or a subgroup ("rose to", "including",
/// "another"), is scoped to a place or a moment ("In Franklin, ...", "By Wednesday,
/// ..."), or tells of another year than the article's ("In 2019, 27 people were
/// killed"): then its count is not comparable. The costliest test (a scan of the
/// whole sentence), so it runs only for keys stated more than once.
fn in_shifted_sentence(
    view: &View<'_>,
    m: &NumberMention,
    key: &Key,
    publication_year: Option<i16>,
) -> bool {
    let Some(sentence) = view.sentence_of(m.tokens.start) else {
        return false;
    };
    let tokens = sentence.tokens.clone();
    // The view's mentions are in reading order: those of the sentence follow the
    // first that starts in it.
    let from = view
        .mentions
        .partition_point(|other| other.tokens.start < tokens.start);
    let to = view
        .mentions
        .partition_point(|other| other.tokens.start < tokens.end);
    let in_sentence = &view.mentions[from..to.max(from)];
    let shift_word = tokens.clone().any(|i| {
        view.word(i).is_some_and(|w| {
            let mut buffer = [0; 24];
            let lowercase = keyword_form(w, &mut buffer);
            match signal(lowercase) {
                Signal::None => false,
                Signal::Shift => true,
                Signal::Modifier => {
                    !qualifies_other_count(view, i, m, key, in_sentence)
                        && !closes_vague_count(view, i)
                }
                Signal::Period => opens_period(view, i, lowercase),
            }
        })
    });
    let other_year = in_sentence.iter().any(|other| {
        other.protection == Some(Protection::Year)
            && other.figure.is_some()
            && (1800.0..=2100.0).contains(&other.value)
            && publication_year.is_none_or(|year| other.value != f64::from(year))
            && !in_background(view, m, other)
    });
    shift_word || other_year || opens_with_scope(view, tokens)
}

/// Whether the year `year` is told after the count `m` in a clause of its own, a
/// background to the count: a relative clause ("in a region that was devastated in
/// 2023") or a participle with "from" or "after" ("in a region still rebuilding from the
/// quakes of 2023"). Not "killed in 2019", nor "killed in the floods of 2019".
fn in_background(view: &View<'_>, m: &NumberMention, year: &NumberMention) -> bool {
    let (from, to) = (m.end_token(), year.first_token());
    from < to
        && (from..to).any(|i| {
            view.word(i).is_some_and(|w| {
                matches!(w, "which" | "that" | "who" | "whose" | "where")
                    || (w.len() > 5
                        && w.ends_with("ing")
                        && !matches!(w, "during" | "including")
                        && matches!(view.word(i + 1), Some("from" | "after")))
            })
        })
}

/// Whether the modifier at `index` closes a vague count of its own: "killing 13
/// people and injuring dozens more" tells of the injured, not of a change in the
/// toll.
fn closes_vague_count(view: &View<'_>, index: usize) -> bool {
    index
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| {
            matches!(
                w,
                "dozens" | "hundreds" | "thousands" | "scores" | "several" | "many" | "others"
            )
        })
        && view.word(index + 1).is_none()
}

/// Whether the modifier at `index` ("new", "more") qualifies only the count right
/// before it, which counts something else than `key`: "500 police officers and 12 new
/// recreation centers" tells of new centers, not of a change in the officers' count.
/// Only for a count keyed by its noun alone: a toll's change is told with many nouns
/// ("three more bodies", "two new deaths", "30 more people"), so there the word keeps
/// marking the sentence.
fn qualifies_other_count(
    view: &View<'_>,
    index: usize,
    m: &NumberMention,
    key: &Key,
    in_sentence: &[NumberMention],
) -> bool {
    if key.verb.is_some() {
        return false;
    }
    let Some(other) = in_sentence
        .iter()
        .find(|other| other.end_token() == index && !std::ptr::eq(*other, m))
    else {
        return false;
    };
    if other.noun != Some(index)
        && let Some(other_key) = key_of(view, other, true)
    {
        return other_key != *key;
    }
    // The word stands between the count and its noun, which tells what is new ("12 new
    // police officers" is a change in the officers' count).
    view.word(index + 1).is_some_and(|noun| {
        let noun_singular = singular(noun);
        verb_family(noun).is_none()
            && !is_generic(&noun_singular)
            && key.noun.as_ref() != Some(&noun_singular)
    })
}

/// Whether the sentence of `tokens` opens with an adverbial that scopes its counts:
/// a sum ("In all, 35 ...", "All told, ..."), a place ("In Franklin, three people ..."), a deadline ("By Wednesday, 214 ...", "As
/// of noon, ..."), a date ("On Nov. 3, ..."), or a day with the past perfect ("On Monday, officials said 161
/// people had been killed": the toll as it stood then).
fn opens_with_scope(view: &View<'_>, tokens: std::ops::Range<usize>) -> bool {
    let first = tokens.start;
    let comma_soon = (first + 1..tokens.end.min(first + 7)).any(|i| view.token_text(i) == ",");
    if !comma_soon {
        // "In the eastern Ukrainian city of Kharkiv, ..." may close its comma later.
        return view.word(first) == Some("In") && opens_with_named_place(view, tokens);
    }
    let next_is_name = view
        .word(first + 1)
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    match view.word(first) {
        // "In all, 35 people were arrested": the sum of the counts told before.
        Some("In") => {
            next_is_name
                || matches!(view.word(first + 1), Some("all" | "total"))
                || opens_with_named_place(view, tokens)
        }
        Some("All") => view.word(first + 1) == Some("told"),
        Some("By") => true,
        Some("As") => view.word(first + 1) == Some("of"),
        // "On Nov. 3, 16 people died": a dated event, older than the week of the
        // story (AP names the weekday within it).
        Some("On") => {
            view.word(first + 1).and_then(month_word).is_some()
                || tokens.clone().any(|i| view.word(i) == Some("had"))
        }
        _ => false,
    }
}

/// Nouns of a place named after "of" ("the southern city of Odesa").
fn is_place_kind(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "port"
            | "capital"
            | "province"
            | "region"
            | "state"
            | "district"
            | "county"
            | "prefecture"
            | "governorate"
            | "municipality"
            | "territory"
            | "island"
            | "enclave"
    )
}
/// Whether the sentence of `tokens` opens with a place described and named before a
/// comma: "In the southern city of Odesa, ...", "In the northern province of Kunduz,
/// ...", "In the eastern Ukrainian city of Kharkiv, ..." (a place as "In Odesa, ...").
fn opens_with_named_place(view: &View<'_>, tokens: std::ops::Range<usize>) -> bool {
    let first = tokens.start;
    if view.word(first + 1) != Some("the") {
        return false;
    }
    // Up to three words before the noun of the place ("eastern Ukrainian port city").
    let Some(kind) = (first + 2..first + 6).find(|&i| {
        view.word(i)
            .is_some_and(|w| is_place_kind(keyword_form(w, &mut [0; 24])))
            && view.word(i + 1) == Some("of")
    }) else {
        return false;
    };
    if !(first + 2..kind).all(|i| view.word(i).is_some()) {
        return false;
    }
    let name = kind + 2;
    let after = (name..tokens.end)
        .find(|&i| !view.word(i).is_some_and(is_capitalized))
        .unwrap_or(tokens.end);
    after > name && after < tokens.end && after - name <= 4 && view.token_text(after) == ","
}

fn differ(a: f64, b: f64) -> bool {
    if a < 100.0 || b < 100.0 {
        a != b
    } else {
        (a - b).abs() / a.max(b) > 0.02
    }
}

impl Rule for Conflict {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        let publication_year = publication_day(article, ctx).map(|day| day.year());
        let mut keyed: Vec<Keyed> = Vec::with_capacity(views.mention_count());
        for view in views.iter() {
            if !(view.place.is_prose() || view.place.is_front_matter()) {
                continue;
            }
            for m in view.mentions {
                let Some(key) = key_of(&view, m, false) else {
                    continue;
                };
                let before = m.first_token().checked_sub(1).and_then(|i| view.word(i));
                keyed.push(Keyed {
                    fingerprint: key.fingerprint(),
                    key,
                    view,
                    mention: m,
                    value: m.value,
                    span: m.full_span(view.tokens),
                    place: view.place,
                    text: view.range_text(m.first_token()..m.end_token()),
                    definite: before.is_some_and(|w| w.eq_ignore_ascii_case("the")),
                    shifted: false,
                    day: None,
                    restricted: m.noun.is_some_and(|n| {
                        view.word(n + 1).is_some_and(|w| {
                            matches!(w, "who" | "that" | "which" | "whose" | "whom")
                        })
                    }),
                });
            }
        }
        // A key stated once cannot conflict, so only keys stated more than once pay for
        // the sentence scan that marks counts in a sentence of change.
        let mut repeated = vec![false; keyed.len()];
        for index in 0..keyed.len() {
            repeated[index] = keyed
                .iter()
                .filter(|other| other.same_key(&keyed[index]))
                .nth(1)
                .is_some();
            if repeated[index] {
                let k = &keyed[index];
                let shifted = in_shifted_sentence(&k.view, k.mention, &k.key, publication_year);
                let day = opening_day(&k.view, k.mention);
                keyed[index].shifted |= shifted;
                keyed[index].day = day;
            }
        }
        // Each repeated key once, its counts split into headline/dek and body.
        let mut done = vec![false; keyed.len()];
        let (mut front, mut body): (Vec<&Keyed>, Vec<&Keyed>) = (Vec::new(), Vec::new());
        for first in 0..keyed.len() {
            if done[first] || !repeated[first] {
                continue;
            }
            front.clear();
            body.clear();
            for (index, k) in keyed.iter().enumerate().skip(first) {
                if k.same_key(&keyed[first]) {
                    done[index] = true;
                    if k.place.is_front_matter() {
                        front.push(k);
                    } else {
                        body.push(k);
                    }
                }
            }
            // A qualified count of the body ("killing at least four people") may
            // restate the headline's: looked for only when a conflict is found (rare).
            if let Some(pair) = across_conflict(&front, &body)
                && !restated_with_qualifier(&views, pair.0)
            {
                out.push(diagnostic(pair, true));
            }
            for side in [&front, &body] {
                if let Some(pair) = same_side_conflict(side) {
                    out.push(diagnostic(pair, false));
                }
            }
        }
    }
}

/// The headline or dek against the body: the first count up top whose value the body
/// never states, with the first count of the body that differs. A body that restates
/// the headline's value also gives parts and other tolls ("In Franklin, three people
/// were killed"), which are not the headline's count.
fn across_conflict<'k, 'a>(
    front: &[&'k Keyed<'a>],
    body: &[&'k Keyed<'a>],
) -> Option<(&'k Keyed<'a>, &'k Keyed<'a>)> {
    let top = front.iter().find(|k| !k.shifted)?;
    if body.iter().any(|k| !differ(k.value, top.value)) {
        return None;
    }
    let later = body.iter().find(|k| {
        !k.shifted
            && !k.restricted
            && differ(k.value, top.value)
            && !different_places(top, k)
            && !different_days(top, k)
            && !different_subjects(top, k)
            && !total_of_part_valued(k, top.value)
    })?;
    // The headline's total told in parts ("Tornadoes kill 7" … "killed five people in
    // Kentucky and two in Tennessee"): looked for only when a conflict is found (rare).
    if body.iter().any(|k| adds_up_to(k, top.value)) {
        return None;
    }
    Some((top, later))
}

/// Whether `part` and the counts beside it (in its sentence and the next) add up to
/// `total`: "five people in Kentucky and two in Tennessee" restate a total of seven.
/// The counts summed are consecutive, `part` among them, and none counts something
/// else ("injuring two", "two days", "2%") or is the total of a part ("of its 2,000
/// jobs").
fn adds_up_to(part: &Keyed<'_>, total: f64) -> bool {
    let view = &part.view;
    let Some(sentence) = view.sentence_of(part.mention.tokens.start) else {
        return false;
    };
    let next = view
        .sentences
        .partition_point(|next| next.tokens.start < sentence.tokens.end);
    let end = view
        .sentences
        .get(next)
        .map_or(sentence.tokens.end, |next| next.tokens.end);
    let from = view
        .mentions
        .partition_point(|m| m.tokens.start < sentence.tokens.start);
    let to = view.mentions.partition_point(|m| m.tokens.start < end);
    let window = &view.mentions[from..to];
    let Some(at) = window.iter().position(|m| std::ptr::eq(m, part.mention)) else {
        return false;
    };
    // A total of a part is no part of the sum: "300 of its 2,000 jobs in Ohio and 200
    // in Texas" cut 500.
    let counts = |i: &usize| {
        *i == at
            || (counts_toward(view, &window[*i], &part.key)
                && part_before(view, &window[*i]).is_none())
    };
    for start in (0..=at).filter(counts) {
        let mut sum = 0.0;
        for (members, i) in (start..window.len()).filter(counts).enumerate() {
            sum += window[i].value;
            if i >= at && members >= 1 && !differ(sum, total) {
                return true;
            }
            if sum > total && differ(sum, total) {
                break;
            }
        }
    }
    false
}

/// Whether `m` may be a part of a count keyed `key`: a count, not a percentage,
/// age, unit, year or quotation, with no other casualty verb, counted noun or
/// currency ("two in Tennessee", "two people", not "injuring two" nor "two days").
fn counts_toward(view: &View<'_>, m: &NumberMention, key: &Key) -> bool {
    if !m.traits().fits(Traits::NONE, NOT_A_COUNT) || m.value <= 0.0 {
        return false;
    }
    let currency = m
        .currency
        .as_ref()
        .map(|c| view.range_text(c.tokens.clone()));
    if currency != key.currency {
        return false;
    }
    match key_of(view, m, true) {
        Some(other) => {
            other
                .verb
                .is_none_or(|verb| key.verb.is_none_or(|own| own == verb))
                && other
                    .noun
                    .is_none_or(|noun| key.noun.as_ref().is_none_or(|own| *own == noun))
        }
        // Unkeyed: no verb and no counted noun ("two in Tennessee"), or a span of time.
        None => !m
            .noun
            .map(|n| singular(view.token_text(n)))
            .is_some_and(|noun| is_time_noun(&noun)),
    }
}

/// Whether a qualified count of the body has the key and value of `top`.
fn restated_with_qualifier(views: &Views<'_>, top: &Keyed<'_>) -> bool {
    views
        .iter()
        .filter(|view| view.place.is_prose())
        .any(|view| {
            view.mentions.iter().any(|m| {
                m.qualified
                    && !differ(m.value, top.value)
                    && key_of(&view, m, true).is_some_and(|key| key == top.key)
            })
        })
}

/// Two counts on one side (within the body, or headline against dek): exactly two
/// values, compared with a casualty verb or a definite article on both ("the seven
/// suspects" ... "the eight suspects"); three or more values are counts by place or
/// day.
fn same_side_conflict<'k, 'a>(side: &[&'k Keyed<'a>]) -> Option<(&'k Keyed<'a>, &'k Keyed<'a>)> {
    let mut counts = side.iter().copied().filter(|k| !k.shifted);
    let first = counts.next()?;
    // Exactly one other value.
    let mut other: Option<f64> = None;
    for k in counts.clone() {
        if !differ(k.value, first.value) {
            continue;
        }
        match other {
            None => other = Some(k.value),
            Some(value) if differ(value, k.value) => return None,
            Some(_) => {}
        }
    }
    other?;
    let later = counts.find(|k| {
        differ(k.value, first.value)
            && !k.restricted
            && (first.place.is_front_matter()
                || first.key.verb.is_some()
                || (first.definite && k.definite))
            && !different_places(first, k)
            && !different_days(first, k)
            && !different_subjects(first, k)
            && !total_of_part_valued(k, first.value)
    })?;
    // One count told in parts beside the other ("injured 30 people" … "18 in Kentucky
    // and 12 in Tennessee").
    if adds_up_to(first, later.value) || adds_up_to(later, first.value) {
        return None;
    }
    Some((first, later))
}

/// The finding on the later count, with a label on the earlier; an error when one is
/// in the headline or dek and the other in the body.
fn diagnostic<'a>((first, later): (&Keyed<'a>, &Keyed<'a>), across: bool) -> Diagnostic {
    // A count keyed by its verb family is named by the plural written after it when
    // there is one ("9,740 arrests": the arrest count, not the "arrested" count).
    let written_plural = |k: &Keyed<'a>| -> Option<Cow<'a, str>> {
        k.mention
            .noun
            .map(|n| k.view.token_text(n))
            .filter(|word| word.ends_with('s') && !word.ends_with("ss"))
            .map(singular)
            .filter(|noun| !is_generic(noun))
    };
    let what = first
        .key
        .noun
        .clone()
        .or_else(|| written_plural(later))
        .or_else(|| written_plural(first))
        .or(first.key.verb.map(Cow::Borrowed))
        .unwrap_or_default();
    let mut diagnostic = finding(
        &META,
        format!(
            "`{}` here but `{}` in the {}: the same {what} count with two values",
            later.text,
            first.text,
            first.place.name()
        ),
        later.span,
    )
    .with_label("this value")
    .with_secondary(first.span, format!("stated as `{}` here", first.text))
    .with_help(
        "check which figure is right; if the count changed, say so (\"rose to\", \"at least\", \"revised\")",
    );
    if across {
        diagnostic.severity = Severity::Error;
    }
    diagnostic
}
