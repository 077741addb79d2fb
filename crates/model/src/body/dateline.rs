//! The dateline that opens a wire or newspaper story: `ISLAMABAD:`, `ISLAMABAD —`,
//! `ISLAMABAD (AP) —`, `ISLAMABAD, Feb 6 (Reuters) -`.
//!
//! The grammar, over tokens:
//!
//! ```text
//! dateline  = cities [ "," region ] [ "," date ] [ "(" agency ")" ] separator
//! cities    = city { "/" city }            (up to three: "WASHINGTON/NEW YORK")
//! city      = 1–4 words (letters, hyphens, periods), e.g. "NEW YORK", "D.I. KHAN"
//! region    = 1–3 capitalized words ("Pakistan", "Calif.")
//! date      = month [ "." ] day           ("Feb 6", "Feb. 6")
//! separator = ":" | "—" | "–" | "-" | "--"
//! ```
//!
//! Without an agency credit the city must be in capitals (and not a label such as
//! `NOTE:` or `UPDATE —`), so ordinary openings ("Note: …", "However — …") are not
//! datelines. With an agency credit a title-case city is accepted too, so the rule on
//! dateline style can point at it.

use crate::Span;
use crate::text::dates::month_word;
use crate::text::{Token, TokenCursor};

/// Which of the common dateline forms was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatelineForm {
    /// `CITY:` (local papers).
    Colon,
    /// `CITY —` / `CITY -`.
    Dash,
    /// `CITY (AP) —`: an agency credit in parentheses.
    Agency,
    /// `CITY, Feb 6 (Reuters) -`: Reuters form with a date.
    Reuters,
}

/// A recognized dateline.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    pub form: DatelineForm,
    /// From the city to the separator (colon or dash) included.
    pub span: Span,
    /// The city as written ("ISLAMABAD", "NEW YORK", "Islamabad"); cities joined by
    /// slashes as one ("WASHINGTON/NEW YORK").
    pub city: String,
    pub city_span: Span,
    /// The agency credit without parentheses ("AP", "Reuters").
    pub agency: Option<String>,
    /// The date of a Reuters dateline as written ("Feb 6") and its span.
    pub date: Option<(String, Span)>,
    /// Index of the first token after the dateline.
    pub end_token: usize,
}

const MAX_CITY_WORDS: usize = 4;
const MAX_REGION_WORDS: usize = 3;
/// Cities joined by slashes in one dateline ("WASHINGTON/NEW YORK").
const MAX_CITIES: usize = 3;
const MAX_AGENCY_TOKENS: usize = 5;

/// Capitalized labels that open a paragraph like a dateline but are not places.
const LABELS: &[&str] = &[
    "NOTE",
    "NOTES",
    "UPDATE",
    "UPDATED",
    "UPDATES",
    "CORRECTION",
    "CLARIFICATION",
    "BREAKING",
    "EXCLUSIVE",
    "WATCH",
    "READ",
    "ALSO",
    "MORE",
    "ADVERTISEMENT",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "EDITOR",
    "FILE",
    "SOURCE",
    "SOURCES",
    "WARNING",
    "DISCLAIMER",
    "SPONSORED",
    "FACT",
    "CHECK",
    "SUMMARY",
    "HIGHLIGHTS",
    "RELATED",
    "BY",
    "AND",
    "THE",
    "IN",
    "FOR",
    "TO",
    "WHAT",
    "WHY",
    "HOW",
    "WHO",
    "WHEN",
    "WHERE",
    "FAQ",
    "QUESTION",
    "ANSWER",
    "TLDR",
    "OK",
];

/// Capitalized names of organizations that open a story as its subject ("NASA: The
/// launch slipped"): without an agency credit, such an opening is not a dateline.
/// ("WHO" is among the [`LABELS`].)
const ORGANIZATIONS: &[&str] = &[
    "NASA", "FBI", "CIA", "NSA", "NATO", "UN", "UNICEF", "UNESCO", "UNHCR", "WTO", "IMF", "OPEC",
    "FIFA", "UEFA", "IOC", "ICC", "NBA", "NFL", "NHL", "MLB", "EU", "ASEAN", "SAARC", "ISPR",
    "FIA", "NAB", "SBP", "SECP", "PCB", "ECP", "NDMA", "PTA", "PTI", "IAEA", "ICJ",
];

/// Lower-case words allowed inside a title-case place name ("Rio de Janeiro").
const CONNECTORS: &[&str] = &[
    "de", "da", "del", "do", "dos", "al", "el", "la", "le", "of", "upon", "am",
];

/// Name prefixes AP keeps in lower case before a capitalized rest in a dateline
/// ("McALLEN", "MacDILL", "LaGRANGE", "DeKALB", "DuBOIS", "VanBUREN").
const NAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "La", "Le", "De", "Di", "Du", "Da", "Van", "Von",
];

/// Whether a dateline word is in capitals as AP writes them: every letter upper case,
/// or a name prefix before capitals ("McALLEN", "DeKALB"). Each part between hyphens,
/// periods and apostrophes is judged alone ("WINSTON-SALEM", "O'FALLON").
pub fn in_capitals(word: &str) -> bool {
    let upper = |s: &str| s.chars().all(|c| !c.is_lowercase());
    word.split(|c: char| !c.is_alphabetic()).all(|part| {
        upper(part)
            || NAME_PREFIXES.iter().any(|prefix| {
                part.strip_prefix(prefix).is_some_and(|rest| {
                    rest.chars().next().is_some_and(char::is_uppercase) && upper(rest)
                })
            })
    })
}

/// A dateline city in capitals as AP writes them: a name prefix before a capital stays
/// as it is ("McAllen" → "McALLEN", "DeKalb" → "DeKALB"), every other letter is upper
/// case ("Macon" → "MACON").
pub fn to_capitals(city: &str) -> String {
    let mut out = String::with_capacity(city.len());
    let mut rest = city;
    while let Some(start) = rest.find(char::is_alphabetic) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        let prefix = NAME_PREFIXES.iter().find(|prefix| {
            word.strip_prefix(**prefix)
                .is_some_and(|after| after.chars().next().is_some_and(char::is_uppercase))
        });
        match prefix {
            Some(prefix) => {
                out.push_str(prefix);
                out.push_str(&word[prefix.len()..].to_uppercase());
            }
            None => out.push_str(&word.to_uppercase()),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A cursor over the paragraph's tokens, with the dateline readers.
struct Cursor<'a>(TokenCursor<'a>);

impl<'a> std::ops::Deref for Cursor<'a> {
    type Target = TokenCursor<'a>;

    fn deref(&self) -> &TokenCursor<'a> {
        &self.0
    }
}

impl Cursor<'_> {
    /// The text from token `first` to token `last` included, as in the buffer.
    fn between(&self, first: usize, last: usize) -> &str {
        &self.text[self.tokens[first].text.start..self.tokens[last].text.end]
    }

    /// A place name from `from`: words joined by spaces, glued hyphens ("WINSTON-SALEM")
    /// or periods ("ST. LOUIS", "Calif."). Returns the end index and the words.
    fn place(&self, from: usize, max_words: usize) -> Option<(usize, Vec<usize>)> {
        if !self.is_word(from) {
            return None;
        }
        let mut words = vec![from];
        let mut i = from + 1;
        loop {
            if self.punct(i, "-") && self.glued(i) && self.is_word(i + 1) && self.glued(i + 1) {
                words.push(i + 1);
                i += 2;
            } else if self.punct(i, ".") && self.glued(i) {
                i += 1;
            } else if self.is_word(i) && !self.glued(i) && words.len() < max_words {
                words.push(i);
                i += 1;
            } else {
                break;
            }
        }
        let letters_only = words.iter().all(|&w| {
            self.text_of(w)
                .is_some_and(|s| s.chars().all(|c| c.is_alphabetic() || c == '.'))
        });
        letters_only.then_some((i, words))
    }

    fn all_caps(&self, words: &[usize]) -> bool {
        words
            .iter()
            .all(|&w| self.text_of(w).is_some_and(in_capitals))
    }

    fn title_case(&self, words: &[usize]) -> bool {
        words.iter().enumerate().all(|(n, &w)| {
            self.text_of(w).is_some_and(|s| {
                s.chars().next().is_some_and(char::is_uppercase)
                    || (n > 0 && CONNECTORS.contains(&s))
            })
        })
    }

    /// A date "Feb 6", "Feb. 6" or, day first, "6 February" from `from`; returns the
    /// end index.
    fn date(&self, from: usize) -> Option<usize> {
        // Day first, as in British copy: "6 February", "6 Feb".
        if self.is_day(from) && !self.glued(from + 1) && self.is_month(from + 1) {
            let end = from + 2;
            return Some(if self.punct(end, ".") && self.glued(end) {
                end + 1
            } else {
                end
            });
        }
        if !self.is_month(from) {
            return None;
        }
        let mut i = from + 1;
        if self.punct(i, ".") && self.glued(i) {
            i += 1;
        }
        (self.is_day(i) && !self.glued(i)).then_some(i + 1)
    }

    fn is_month(&self, i: usize) -> bool {
        self.is_word(i) && self.text_of(i).and_then(month_word).is_some()
    }

    /// A whole number from 1 to 31 at `i`.
    fn is_day(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .and_then(Token::number)
            .is_some_and(|day| day.is_integer() && (1.0..=31.0).contains(&day.value))
    }

    /// An agency credit "(AP)" from the opening parenthesis at `from`; returns the end
    /// index (after the closing parenthesis) and the credit's text.
    fn agency(&self, from: usize) -> Option<(usize, String)> {
        if !self.punct(from, "(") {
            return None;
        }
        let mut i = from + 1;
        while i < self.tokens.len() && !self.punct(i, ")") {
            let ok = self.is_word(i) || ["-", "&", "/", "."].iter().any(|p| self.punct(i, p));
            if !ok || i - from > MAX_AGENCY_TOKENS {
                return None;
            }
            i += 1;
        }
        if !self.punct(i, ")") || i == from + 1 {
            return None;
        }
        let first = self.text_of(from + 1)?;
        if !self.is_word(from + 1) || !first.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        Some((i + 1, self.between(from + 1, i - 1).to_owned()))
    }

    /// The separator at `i`; returns the end index and whether it is a colon.
    fn separator(&self, i: usize) -> Option<(usize, bool)> {
        if self.punct(i, ":") {
            Some((i + 1, true))
        } else if self.punct(i, "-") && self.punct(i + 1, "-") && self.glued(i + 1) {
            Some((i + 2, false))
        } else if ["—", "–", "-"].iter().any(|p| self.punct(i, p)) {
            Some((i + 1, false))
        } else {
            None
        }
    }
}

/// Recognizes a dateline at the start of `tokens` (the first paragraph's).
pub fn find_dateline(tokens: &[Token], text: &str) -> Option<Dateline> {
    let c = Cursor(TokenCursor::new(tokens, text));
    let (mut city_end, mut city_words) = c.place(0, MAX_CITY_WORDS)?;
    // Reuters datelines of stories reported from several cities join them with slashes:
    // "WASHINGTON/NEW YORK, Nov 18 (Reuters) -".
    for _ in 1..MAX_CITIES {
        if !(c.punct(city_end, "/") && c.is_word(city_end + 1)) {
            break;
        }
        let (end, words) = c.place(city_end + 1, MAX_CITY_WORDS)?;
        city_end = end;
        city_words.extend(words);
    }
    let caps = c.all_caps(&city_words);
    if !caps && !c.title_case(&city_words) {
        return None;
    }
    let letters: usize = city_words
        .iter()
        .filter_map(|&w| c.text_of(w))
        .map(|s| s.chars().filter(|ch| ch.is_alphabetic()).count())
        .sum();
    if letters < 3 {
        return None;
    }

    let mut i = city_end;
    let mut date = None;
    if c.punct(i, ",") {
        if let Some(end) = c.date(i + 1) {
            date = Some((i + 1, end));
            i = end;
        } else {
            let (region_end, region_words) = c.place(i + 1, MAX_REGION_WORDS)?;
            if !c.title_case(&region_words) {
                return None;
            }
            i = region_end;
            if c.punct(i, ",") {
                let end = c.date(i + 1)?;
                date = Some((i + 1, end));
                i = end;
            }
        }
    }
    let mut agency = None;
    if let Some((end, credit)) = c.agency(i) {
        agency = Some(credit);
        i = end;
    }
    let (end_token, colon) = c.separator(i)?;
    if end_token >= tokens.len() {
        return None;
    }
    if agency.is_none() {
        let is_label = city_words
            .iter()
            .filter_map(|&w| c.text_of(w))
            .any(|s| LABELS.contains(&s.trim_end_matches('.')));
        // "NASA — the space agency — said": a name and an aside, not a place. A
        // dateline is followed by the start of a sentence, never by a lowercase word.
        let is_aside = c
            .word(end_token)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        let is_organization = city_words.len() == 1
            && city_words
                .first()
                .and_then(|&w| c.text_of(w))
                .is_some_and(|s| ORGANIZATIONS.contains(&s));
        if !caps || is_label || is_aside || is_organization {
            return None;
        }
    }
    let form = match (&agency, &date, colon) {
        (Some(_), Some(_), _) => DatelineForm::Reuters,
        (Some(_), None, _) => DatelineForm::Agency,
        (None, _, true) => DatelineForm::Colon,
        (None, _, false) => DatelineForm::Dash,
    };
    let city_last = city_end - 1;
    Some(Dateline {
        form,
        span: c.span(0, end_token - 1),
        city: c.between(0, city_last).to_owned(),
        city_span: c.span(0, city_last),
        agency,
        date: date
            .map(|(start, end)| (c.between(start, end - 1).to_owned(), c.span(start, end - 1))),
        end_token,
    })
}
