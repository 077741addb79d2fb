//! `number/conflict`: the same quantity stated with two values.

use article_model::text::numbers::{NumberMention, Traits, ascii_lowercase};
use article_model::{Article, Span};

use super::{Place, View, Views, finding};
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level, Severity};
use crate::rule::{FixKind, Rule, RuleMeta};

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
\"initially\"), for different subjects (\"12 soldiers and 13 civilians\"), for a part of the toll \
(\"14 were injured seriously\"), inside \
quotations, and when a key has three or more values (counts by place or day). In the \
body, counts are compared only with a casualty verb or a definite article (\"the \
seven suspects\" … \"the eight suspects\"); sums only when they count the same noun \
(\"the $4.2 billion loan\" … \"the $4.5 billion loan\"). Values below 100 must match \
exactly, larger ones within 2%. There is no fix: either value may be the wrong one.",
    bad_example: "---\ntitle: Blast in Quetta market kills 12\nsubtitle: Police say the bomb was hidden in a parked motorcycle near the fruit stalls\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [example]\nslug: example\nlanguage: en\n---\n\nA bomb exploded in a crowded market on Friday, killing 13 people.\n",
    good_example: "---\ntitle: Blast in Quetta market kills 12\nsubtitle: Police say the bomb was hidden in a parked motorcycle near the fruit stalls\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [example]\nslug: example\nlanguage: en\n---\n\nA bomb exploded in a crowded market on Friday, killing 12 people. The toll later rose to 13.\n",
};

const GENERIC: &[&str] = &[
    "people",
    "persons",
    "person",
    "individuals",
    "others",
    "residents",
];
const TIME_NOUNS: &[&str] = &[
    "year", "month", "week", "day", "hour", "minute", "second", "time", "decade", "century",
    "night", "round", "stage", "point", "game", "match", "percent", "per",
];
/// Words that signal a change or a subgroup in a sentence, compared in lowercase.
fn is_shift_word(lowercase: &str) -> bool {
    matches!(
        lowercase,
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
            | "new"
            | "additional"
            | "more"
            | "further"
            | "then"
            | "since"
            | "last"
            | "next"
            | "each"
            | "per"
            | "every"
    )
}

/// An adverb after a casualty verb that tells a part of the toll ("injured seriously").
fn is_severity(word: &str) -> bool {
    matches!(
        ascii_lowercase(word, &mut [0; 24]),
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
    Some(match ascii_lowercase(word, &mut [0; 24]) {
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

/// What a count counts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    verb: Option<&'static str>,
    noun: Option<String>,
    currency: Option<String>,
}

impl Key {
    /// A hash of the key (FNV-1a), so that most keys are told apart by one comparison.
    fn fingerprint(&self) -> u64 {
        let parts = [
            self.verb.unwrap_or(""),
            self.noun.as_deref().unwrap_or(""),
            self.currency.as_deref().unwrap_or(""),
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
    key: Key,
    fingerprint: u64,
    view: View<'a>,
    mention: &'a NumberMention,
    value: f64,
    span: Span,
    place: Place,
    text: &'a str,
    definite: bool,
}

impl Keyed<'_> {
    fn same_key(&self, other: &Keyed<'_>) -> bool {
        self.fingerprint == other.fingerprint && self.key == other.key
    }
}

fn singular(noun: &str) -> String {
    let mut lower = noun.to_ascii_lowercase();
    if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        lower.pop();
    }
    lower
}

fn key_of(view: &View<'_>, m: &NumberMention) -> Option<Key> {
    let excluded = Traits::QUOTED
        .and(Traits::QUALIFIED)
        .and(Traits::CASUAL)
        .and(Traits::ORDINAL)
        .and(Traits::AGE)
        .and(Traits::PERCENT)
        .and(Traits::UNIT)
        .and(Traits::PROTECTED);
    if !m.traits().fits(Traits::NONE, excluded) || m.value <= 0.0 {
        return None;
    }
    // "12 killed": the word after the number is the casualty verb, not a counted noun,
    // so that it keys like "killing 13 people".
    let noun = m
        .noun
        .map(|n| view.token_text(n))
        .filter(|word| verb_family(word).is_none())
        .map(singular);
    if noun.as_deref().is_some_and(|n| TIME_NOUNS.contains(&n)) {
        return None;
    }
    // The casualty verb: right before ("killing 13"), or after within a few words
    // ("12 killed", "13 people were killed").
    let mut verb = m
        .first_token()
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
        .map(|c| view.range_text(c.tokens.clone()).to_owned());
    let noun = noun.filter(|n| !GENERIC.contains(&n.as_str()));
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

/// Whether the sentence of `m` signals a change or a subgroup ("rose to", "including",
/// "another"): then its count is not comparable. The costliest test (a scan of the
/// whole sentence), so it runs only for keys stated more than once.
fn in_shifted_sentence(view: &View<'_>, m: &NumberMention) -> bool {
    view.sentence_of(m.tokens.start).is_some_and(|sentence| {
        sentence.tokens.clone().any(|i| {
            view.word(i)
                .is_some_and(|w| is_shift_word(ascii_lowercase(w, &mut [0; 24])))
        })
    })
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

    fn check(&self, article: &Article, _ctx: &Context, out: &mut Vec<Diagnostic>) {
        let views = Views::of(article);
        let mut keyed: Vec<Keyed> = Vec::new();
        for view in views.iter() {
            if !(view.place.is_prose() || view.place.is_front_matter()) {
                continue;
            }
            for m in view.mentions {
                let Some(key) = key_of(&view, m) else {
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
                });
            }
        }
        // A key stated once cannot conflict, so only keys stated more than once pay for
        // the sentence scan that drops counts in a sentence of change.
        let repeated: Vec<bool> = keyed
            .iter()
            .map(|k| {
                keyed
                    .iter()
                    .filter(|other| other.same_key(k))
                    .nth(1)
                    .is_some()
            })
            .collect();
        let mut index = 0;
        keyed.retain(|k| {
            let keep = !repeated[index] || !in_shifted_sentence(&k.view, k.mention);
            index += 1;
            keep
        });
        let mut done: Vec<&Keyed> = Vec::new();
        for (i, first) in keyed.iter().enumerate() {
            if done.iter().any(|d| d.same_key(first)) {
                continue;
            }
            done.push(first);
            let same: Vec<&Keyed> = keyed[i..].iter().filter(|k| k.same_key(first)).collect();
            let mut values: Vec<f64> = Vec::new();
            for k in &same {
                if !values.iter().any(|v| !differ(*v, k.value)) {
                    values.push(k.value);
                }
            }
            if values.len() != 2 {
                continue;
            }
            let Some(later) = same.iter().skip(1).find(|k| {
                differ(k.value, first.value)
                    && (first.place.is_front_matter()
                        || k.place.is_front_matter()
                        || first.key.verb.is_some()
                        || (first.definite && k.definite))
            }) else {
                continue;
            };
            let across = first.place.is_front_matter() != later.place.is_front_matter();
            let what = first
                .key
                .noun
                .clone()
                .or(first.key.verb.map(str::to_owned))
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
            .with_help("check which figure is right; if the count changed, say so (\"rose to\", \"at least\", \"revised\")");
            if across {
                diagnostic.severity = Severity::Error;
            }
            out.push(diagnostic);
        }
    }
}
