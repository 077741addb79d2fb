//! `number/thousands-separator`: "25,000", not "25000", "25.000" or "2,50,00".

use article_model::Article;
use article_model::text::numbers::{NumberMention, Separator, Traits, group_digits};

use super::{ThousandsSeparator, View, Views, figure_range, finding, large_round};
use crate::context::Context;
use crate::diagnostic::{Applicability, Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct ThousandsSeparatorRule;

static META: RuleMeta = RuleMeta {
    code: "number/thousands-separator",
    summary: "a number of 1,000 or more without the house thousands separator, or with a wrong one",
    default_level: Level::Warning,
    fix: FixKind::Sometimes,
    docs: "Numbers of 1,000 or more take the house separator: a comma (AP, Reuters, \
BBC), a narrow no-break space (SI), or none; `thousands_from` moves the threshold to \
10,000 (\"1500 tonnes\" but \"15,000 tonnes\"). Indian grouping (\"10,00,000\") is \
accepted only with `indian_grouping`. Years, addresses, page, room, serial and phone \
numbers and every protected number are never flagged, and a four-digit number only \
when it counts something (\"1500 tonnes\", \"$2500\"), so \"in 1998\" and \"page 1233\" \
stay clean. Years before 1800 are told by the words before them (\"in 1783\", \"circa \
1750\", \"c. 1750\", \"dates from 1776\", \"dates to 1750\", \"by 1790\", \"the 1692 witch \
trials\", \"the Great Fire of 1666\", \"the census of 1790\", \"from 1775 to 1783\"), and a figure \
from 1000 to 1799 that is still flagged (\"the 1692 trials\") gets an unsafe fix, \
since it may be a year. A whole number of five digits or more is never a year, so it is flagged \
with nothing counted after it too (\"a crowd of 53400.\", \"Attendance was 53400,\"), \
unless it starts with a zero, is followed by a capitalized word (\"the 90210 ZIP \
code\"), or one of the three words before it names an identifier (\"ZIP code\", \
\"account number\", \"bib\", \"call\", \"order\"...). A noun that names a code is not \
counted (\"1099 forms\", \"the 90011 area\"), nor a singular noun after a determiner \
(\"a 1031 exchange\", \"its 1611 replica edition\"; a count takes a plural: \"its 1500 \
employees\"), and a race is no distance (\"the 5000m\", \"the 3000m steeplechase\", \"1500m \
gold\"; but \"a 5000m climb\"). Commas in odd places (\"10,0000\") are flagged without a fix, since the \
intended value is unclear. A point grouping thousands (\"1.000 buses\", \"25.500 \
people\": three decimals before a plural noun, nothing else attached; not a \
timing, \"2.135 seconds\") gets an unsafe \
fix to the house separator, since the point may be a decimal point after all.",
    bad_example: "Officials said 25000 people were displaced by the floods.",
    good_example: "Officials said 25,000 people were displaced by the floods.",
};

impl Rule for ThousandsSeparatorRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.numbers;
        let views = Views::of(article);
        for view in views.prose() {
            check_view(&view, article, style, out);
        }
    }
}

/// What makes a figure count something.
const COUNTS: Traits = Traits::CURRENCY
    .and(Traits::UNIT)
    .and(Traits::PERCENT)
    .and(Traits::MAGNITUDE)
    .and(Traits::NOUN)
    .and(Traits::QUALIFIED);

fn check_view(
    view: &View<'_>,
    article: &Article,
    style: &super::NumberStyle,
    out: &mut Vec<Diagnostic>,
) {
    for m in view.mentions {
        if super::point_as_thousands(view, m) {
            point_for_comma(view, article, m, style, out);
            continue;
        }
        let traits = m.traits();
        // Four digits or more, not protected, quoted, in words or an age: tested
        // without short-circuiting, as one rarely taken branch. Then it must count
        // something (money, a unit, a percentage, a magnitude or a noun), or be a
        // count on its own (below).
        let long = m.number.is_some_and(|n| n.integer_digits >= 4);
        let excluded = Traits::PROTECTED
            .and(Traits::QUOTED)
            .and(Traits::WORDS)
            .and(Traits::AGE);
        if !(long & traits.fits(Traits::DIGITS, excluded)) {
            continue;
        }
        // A figure that counts nothing named is still a count from five digits on
        // ("a crowd of 53400.", "Attendance was 53400,"): no year has five digits.
        // Four digits may be a year or a code, so they must count something.
        if !traits.has_any(COUNTS) && !uncounted_count(view, m) {
            continue;
        }
        // "their 1099 forms", "the 90011 area": the noun names what the number is (a
        // form, a ZIP code's area), not what it counts.
        if traits.fits(
            Traits::NOUN,
            Traits::CURRENCY.and(Traits::UNIT).and(Traits::MAGNITUDE),
        ) && m
            .noun
            .is_some_and(|noun| names_a_code(view.token_text(noun)))
        {
            continue;
        }
        if names_an_event(view, m) || modifies_a_name(view, m) {
            continue;
        }
        let Some(range) = figure_range(m) else {
            continue;
        };
        // Left to number/large-round, whose fix is better.
        if large_round::short_form(m, style).is_some() {
            continue;
        }
        let written = view.range_text(range.clone());
        let (integer, fraction) = match written.find('.') {
            Some(dot) => written.split_at(dot),
            None => (written, ""),
        };
        if m.separator == Separator::Irregular {
            // "3,5" is a decimal comma (number/decimal); "10,0000" is a typo.
            let last = integer.rsplit(',').next().unwrap_or("");
            if last.len() == 3 || last.len() < 3 {
                continue;
            }
            out.push(
                finding(
                    &META,
                    format!("`{written}` has a thousands separator in the wrong place"),
                    view.span(range.clone()),
                )
                .with_label("misplaced comma")
                .with_help("check the figure and group its digits in threes, e.g. \"25,000\""),
            );
            continue;
        }
        let separator = house_separator(style, m.number.map_or(0.0, |n| n.value.trunc()));
        let ok = match (m.separator, separator) {
            (Separator::Indian, _) if style.indian_grouping => true,
            (Separator::Comma, ThousandsSeparator::Comma) => true,
            (Separator::Thin, ThousandsSeparator::ThinSpace) => true,
            (Separator::None, ThousandsSeparator::None) => true,
            _ => false,
        };
        if ok {
            continue;
        }
        let replacement = format!("{}{fraction}", group_digits(integer, separator.as_str()));
        if replacement == written {
            continue;
        }
        let shown = replacement.replace('\u{202F}', "\u{2009}");
        let mut diagnostic = finding(
            &META,
            match separator {
                ThousandsSeparator::None => format!("write `{written}` without a separator"),
                _ => format!("write `{written}` as `{shown}`"),
            },
            view.span(range.clone()),
        )
        .with_label(match m.separator {
            Separator::None => "no thousands separator",
            Separator::Indian => "Indian grouping",
            _ => "wrong thousands separator",
        })
        .with_help(match separator {
            ThousandsSeparator::Comma => {
                "the house style groups thousands with commas from 1,000 (10,000 with `thousands_from`)"
            }
            ThousandsSeparator::ThinSpace => "the house style groups thousands with a narrow space",
            ThousandsSeparator::None => "the house style writes this number without a separator",
        });
        if let Some(edit) = view.edit_span(article, range) {
            let message = format!("replace `{written}` with `{shown}`");
            // "the 1692 trials": a figure from 1000 to 1799 without a separator may
            // be a year the analysis could not tell, so the fix waits for review.
            let maybe_year = m.separator == Separator::None
                && m.is_integer()
                && m.number
                    .is_some_and(|n| (1000.0..1800.0).contains(&n.value));
            diagnostic = diagnostic.with_fix(if maybe_year {
                Fix::unsafe_(message, edit, replacement)
            } else {
                Fix::safe(message, edit, replacement)
            });
        }
        out.push(diagnostic);
    }
}

/// Whether mention `m`, which counts nothing named, is still a count: a whole number
/// of five digits or more, written without separators (so not "10,0000"), not
/// starting with a zero (phone numbers, codes), not followed by a capitalized word
/// (an address or a name: "12345 Elm"), and with no identifier word among the three
/// words before it in its sentence ("ZIP code 90210", "the account number is
/// 123456789", "bib 12345"). When in doubt it is not.
fn uncounted_count(view: &View<'_>, m: &NumberMention) -> bool {
    let Some(figure) = m.figure else { return false };
    if m.number.is_none_or(|n| n.integer_digits < 5)
        || !m.is_integer()
        || m.separator != Separator::None
        || view.token_text(figure).starts_with('0')
    {
        return false;
    }
    if view
        .word(m.end_token())
        .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        return false;
    }
    let sentence_start = view.sentence_of(figure).map_or(0, |s| s.tokens.start);
    !(sentence_start..m.first_token())
        .rev()
        .filter_map(|i| view.word(i))
        .take(3)
        .any(names_an_identifier)
}

/// Words before a number that make it an identifier rather than a count (read only
/// for the rare figure of five digits or more that counts nothing named).
const IDENTIFIER_WORDS: &[&str] = &[
    "account",
    "badge",
    "barcode",
    "batch",
    "bib",
    "bus",
    "call",
    "card",
    "case",
    "catalog",
    "catalogue",
    "cell",
    "channel",
    "claim",
    "code",
    "codes",
    "dial",
    "docket",
    "employee",
    "ext",
    "extension",
    "fax",
    "file",
    "flight",
    "frequency",
    "helpline",
    "hotline",
    "id",
    "ids",
    "invoice",
    "item",
    "licence",
    "license",
    "line",
    "lot",
    "member",
    "mobile",
    "model",
    "no",
    "nos",
    "number",
    "numbers",
    "order",
    "part",
    "passport",
    "password",
    "patent",
    "permit",
    "phone",
    "pin",
    "pincode",
    "plate",
    "policy",
    "postal",
    "postcode",
    "ref",
    "reference",
    "registration",
    "roll",
    "room",
    "route",
    "seat",
    "serial",
    "sku",
    "tail",
    "tel",
    "telephone",
    "text",
    "ticket",
    "tracking",
    "train",
    "unit",
    "version",
    "whatsapp",
    "year",
    "zip",
    "zipcode",
];

/// Nouns after a number that say it is a code: "1099 forms", "the 90011 area", "the
/// 2700 series".
fn names_a_code(noun: &str) -> bool {
    matches!(
        noun,
        "form" | "forms" | "area" | "code" | "codes" | "model" | "models" | "series"
    )
}

/// Words after a race distance that make it an event: "the 3000m steeplechase",
/// "1500m gold", "the 5000m final".
const EVENT_WORDS: &[&str] = &[
    "steeplechase",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "relay",
    "hurdles",
    "walk",
    "final",
    "finals",
    "semi-final",
    "semi-finals",
    "semifinal",
    "semifinals",
    "heat",
    "heats",
    "race",
    "title",
    "titles",
    "gold",
    "silver",
    "bronze",
    "medal",
    "champion",
    "record",
    "event",
];

/// Words that may follow an event named with "the" ("silver in the 5000m behind the
/// Kenyan"): not a noun the distance would measure ("the 5000m climb").
const AFTER_AN_EVENT: &[&str] = &[
    "after", "and", "at", "before", "behind", "but", "by", "for", "in", "is", "on", "or", "since",
    "to", "was", "when", "where", "while", "with",
];

/// Whether mention `m` names a race ("the 5000m", "the 3000m steeplechase", "1500m
/// gold"): an event distance of four digits glued to "m", before an event word, or
/// after "the" (also "men's", "women's") at the end of a clause or before a word that
/// no measured noun would be. "a 5000m climb" is a distance.
fn names_an_event(view: &View<'_>, m: &NumberMention) -> bool {
    let Some(figure) = m.figure else { return false };
    let event_distance = matches!(
        view.token_text(figure),
        "1000" | "1500" | "2000" | "3000" | "5000"
    );
    let metres = figure + 1;
    if !event_distance
        || view.token_text(metres) != "m"
        || !view.tokens.get(metres).is_some_and(|t| t.glued())
        || m.first_token() != figure
    {
        return false;
    }
    let next = view.word(metres + 1);
    if next.is_some_and(|w| EVENT_WORDS.iter().any(|e| w.eq_ignore_ascii_case(e))) {
        return true;
    }
    let named = figure
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| {
            ["the", "men's", "women's", "men’s", "women’s"]
                .iter()
                .any(|e| w.eq_ignore_ascii_case(e))
        });
    named
        && match view.tokens.get(metres + 1) {
            None => true,
            Some(t) if !t.is_word() => {
                matches!(t.as_str(view.text), "." | "," | ";" | ":" | ")" | "!" | "?")
            }
            Some(_) => next.is_some_and(|w| AFTER_AN_EVENT.contains(&w)),
        }
}

/// Nouns with no "-s" in the plural, which a count may take: "the 1200 staff".
const INVARIANT_PLURALS: &[&str] = &[
    "aircraft",
    "cattle",
    "children",
    "clergy",
    "crew",
    "deer",
    "feet",
    "fish",
    "livestock",
    "men",
    "offspring",
    "people",
    "personnel",
    "police",
    "sheep",
    "staff",
    "swine",
    "women",
    "youth",
];

/// Whether four-digit mention `m` modifies a singular noun after a determiner: "a
/// 1031 exchange" (a tax-code section), "its 1611 replica edition" (a year). A count
/// above one counts a plural ("its 1500 employees", "the 1200 staff").
fn modifies_a_name(view: &View<'_>, m: &NumberMention) -> bool {
    let Some(noun) = m.noun else { return false };
    if !m.traits().fits(
        Traits::NOUN,
        Traits::CURRENCY
            .and(Traits::UNIT)
            .and(Traits::MAGNITUDE)
            .and(Traits::PERCENT)
            .and(Traits::QUALIFIED)
            .and(Traits::SEPARATED),
    ) || m.number.is_none_or(|n| n.integer_digits != 4)
        || !m.is_integer()
    {
        return false;
    }
    let determiner = m
        .first_token()
        .checked_sub(1)
        .and_then(|i| view.word(i))
        .is_some_and(|w| {
            [
                "a", "an", "its", "his", "her", "their", "our", "my", "your", "the", "this", "that",
            ]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
        });
    let word = view.token_text(noun);
    let singular = word.chars().all(|c| c.is_ascii_lowercase())
        && (!word.ends_with('s') || word.ends_with("ss"))
        && !INVARIANT_PLURALS.contains(&word);
    determiner && singular
}

fn names_an_identifier(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    IDENTIFIER_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// "1.000 buses": the point groups thousands, as in continental copy. The fix is
/// unsafe: the point may be a decimal point after all.
fn point_for_comma(
    view: &View<'_>,
    article: &Article,
    m: &NumberMention,
    style: &super::NumberStyle,
    out: &mut Vec<Diagnostic>,
) {
    let Some(figure) = m.figure else { return };
    let written = view.token_text(figure);
    let Some((thousands, units)) = written.split_once('.') else {
        return;
    };
    let separator = house_separator(style, m.value * 1000.0);
    let replacement = format!("{thousands}{}{units}", separator.as_str());
    let shown = replacement.replace('\u{202F}', "\u{2009}");
    let mut diagnostic = finding(
        &META,
        format!("`{written}` groups thousands with a point: write `{shown}`"),
        view.span(figure..figure + 1),
    )
    .with_label("point as a thousands separator")
    .with_help("English copy uses the point for decimals only; a count of whole things has no three decimals");
    diagnostic = diagnostic.with_optional_fix(view.replacement_fix(
        article,
        figure..figure + 1,
        replacement,
        Applicability::Unsafe,
    ));
    out.push(diagnostic);
}

/// The separator the house style wants in a whole number of `value`: none below
/// `thousands_from`.
fn house_separator(style: &super::NumberStyle, value: f64) -> ThousandsSeparator {
    if value >= f64::from(style.thousands_from) {
        style.thousands_separator
    } else {
        ThousandsSeparator::None
    }
}
