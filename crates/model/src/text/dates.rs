//! Dates in prose: every written form recognized from tokens, as a civil date with its span.
//!
//! [`find_dates`] scans the tokens of one block once and returns every date mention in
//! order, each with the spans of its parts (weekday, month, day, year) and how they were
//! written, so that rules can check calendar facts (the date exists, the weekday
//! matches) and style (abbreviations, order, commas) without re-reading the text.
//!
//! Recognized forms:
//!
//! - month–day: "Feb. 6, 2026", "February 6, 2026", "Feb 6", "January 31", "Feb. 6th",
//!   "Fri Feb 06 2026", "Friday, Feb. 6", "Feb. 6 (Thursday)", "Dec. 10 (a Thursday)",
//!   "Feb. 6, '26",
//!   "Monday night, Oct. 13", "Oct. 14, a Tuesday", a label "June 30: Filing deadline";
//! - day–month: "6 February 2026", "Thursday 6 February", "6th of February";
//! - month–year: "August 2025", "February, 2026", "February of 2026";
//! - all-numeric: "03/04/2026", "3-4-26", "3.4.2026", "31/11/2026", ISO "2026-02-06";
//! - weekday phrases: "on Friday", "Friday's vote", "last Friday", "next Friday";
//! - relative years ("last year", "this year", "next year") and days ("yesterday",
//!   "today", "tomorrow").
//!
//! Not dates: version numbers ("6.6.0"), scores ("3-2"), times ("10:30"), fractions
//! ("1/2"), money, section numbers, fiscal years ("2025/26"), decades ("the '90s").
//! Month names count only when capitalized ("may" and "march" are verbs).

use std::ops::Range;

use jiff::civil::{Date, Weekday};

use super::{Grouping, Token, TokenCursor, TokenKind, is_capitalized};
use crate::Span;

/// Full month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Full weekday names, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Month words (lower case) → month number, and whether the word is the full name.
const MONTH_WORDS: &[(&str, i8, bool)] = &[
    ("january", 1, true),
    ("jan", 1, false),
    ("february", 2, true),
    ("feb", 2, false),
    ("march", 3, true),
    ("mar", 3, false),
    ("april", 4, true),
    ("apr", 4, false),
    ("may", 5, true),
    ("june", 6, true),
    ("jun", 6, false),
    ("july", 7, true),
    ("jul", 7, false),
    ("august", 8, true),
    ("aug", 8, false),
    ("september", 9, true),
    ("sept", 9, false),
    ("sep", 9, false),
    ("october", 10, true),
    ("oct", 10, false),
    ("november", 11, true),
    ("nov", 11, false),
    ("december", 12, true),
    ("dec", 12, false),
];

/// Words between a weekday and its date: "Monday night, Oct. 13".
const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Words before "about tomorrow" that make it the future, not a day ("not to worry
/// about tomorrow").
const WORRY: &[&str] = &[
    "worry", "worries", "worried", "worrying", "fret", "fretting", "anxious",
];

/// Nouns after "today's" that make it nowadays: a country or an institution ("today's
/// NHS", "today's Britain") or a generic noun ("today's young people", "in today's
/// money").
const NOWADAYS_NOUNS: &[&str] = &[
    "world",
    "society",
    "generation",
    "youth",
    "young",
    "youngsters",
    "children",
    "teenagers",
    "kids",
    "parents",
    "families",
    "consumers",
    "workforce",
    "workplace",
    "standards",
    "money",
    "terms",
    "values",
    "technology",
    "culture",
    "politics",
    "nhs",
    "britain",
    "england",
    "scotland",
    "wales",
    "europe",
    "america",
    "china",
    "russia",
    "india",
    "labour",
    "tories",
    "church",
    "army",
    "military",
    "media",
    "internet",
];

/// Nouns of the day's news after "today's NHS", "today's Labour": the day, not nowadays.
const DAY_NEWS: &[&str] = &[
    "figures",
    "data",
    "statistics",
    "report",
    "results",
    "numbers",
    "statement",
    "news",
];

/// Words before "today" at the end of a clause that, after "still", "widely",
/// "commonly" or "even", tell the present ("are still used today").
const STILL_TODAY: &[&str] = &[
    "used",
    "use",
    "practised",
    "practiced",
    "spoken",
    "sung",
    "known",
    "remembered",
    "celebrated",
    "recognised",
    "recognized",
    "exist",
    "exists",
    "survive",
    "survives",
    "popular",
    "relevant",
];

/// Words before "today" at the end of a clause that, after "would", compare with the
/// past ("a goal that would not be allowed today").
const WOULD_TODAY: &[&str] = &[
    "allowed",
    "permitted",
    "tolerated",
    "acceptable",
    "unacceptable",
    "unthinkable",
    "impossible",
    "illegal",
    "banned",
    "given",
    "awarded",
];

/// Words of reported speech or of the future: "would" is then the future of the past
/// ("Police said fans would not be allowed today"), and "today" the day.
const REPORTED_OR_FUTURE: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "announced",
    "confirmed",
    "warned",
    "added",
    "insisted",
    "stated",
    "according",
    "will",
    "shall",
    "'ll",
    "’ll",
];

/// Nouns after "tomorrow's" that make it a day: "tomorrow's vote", "tomorrow's match"
/// ("tomorrow's leaders", "tomorrow's jobs" mean the future).
pub const DAY_EVENTS: &[&str] = &[
    "vote",
    "voting",
    "votes",
    "meeting",
    "meetings",
    "match",
    "matches",
    "game",
    "games",
    "session",
    "sessions",
    "sitting",
    "hearing",
    "hearings",
    "trial",
    "verdict",
    "ruling",
    "sentencing",
    "deadline",
    "rally",
    "rallies",
    "strike",
    "strikes",
    "protest",
    "protests",
    "demonstration",
    "march",
    "walkout",
    "shutdown",
    "election",
    "elections",
    "poll",
    "polls",
    "polling",
    "runoff",
    "referendum",
    "primary",
    "talks",
    "visit",
    "debate",
    "summit",
    "conference",
    "briefing",
    "announcement",
    "decision",
    "speech",
    "address",
    "budget",
    "launch",
    "ceremony",
    "inauguration",
    "funeral",
    "parade",
    "prayers",
    "service",
    "event",
    "events",
    "final",
    "semifinal",
    "race",
    "fixture",
    "opener",
    "round",
    "fight",
    "concert",
    "show",
    "performance",
    "premiere",
    "broadcast",
    "episode",
    "edition",
    "papers",
    "newspapers",
    "forecast",
    "weather",
    "flight",
    "flights",
    "departure",
    "arrival",
    "exam",
    "exams",
    "test",
    "count",
    "auction",
    "release",
    "holiday",
    "opening",
];

/// Weekday words (lower case) → index from Monday = 0, and whether full.
const WEEKDAY_WORDS: &[(&str, u8, bool)] = &[
    ("monday", 0, true),
    ("mon", 0, false),
    ("tuesday", 1, true),
    ("tue", 1, false),
    ("tues", 1, false),
    ("wednesday", 2, true),
    ("wed", 2, false),
    ("thursday", 3, true),
    ("thu", 3, false),
    ("thur", 3, false),
    ("thurs", 3, false),
    ("friday", 4, true),
    ("fri", 4, false),
    ("saturday", 5, true),
    ("sat", 5, false),
    ("sunday", 6, true),
    ("sun", 6, false),
];

/// The weekday with index `i` from Monday = 0.
pub fn weekday_from_index(i: u8) -> Weekday {
    match i % 7 {
        0 => Weekday::Monday,
        1 => Weekday::Tuesday,
        2 => Weekday::Wednesday,
        3 => Weekday::Thursday,
        4 => Weekday::Friday,
        5 => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// The full English name of a weekday.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    WEEKDAY_NAMES[weekday.to_monday_zero_offset() as usize]
}

/// The full English name of month `month` (1–12).
pub fn month_name(month: i8) -> &'static str {
    MONTH_NAMES[(month.clamp(1, 12) - 1) as usize]
}

/// Whether `word` opens with an ASCII capital among `initials` and has 3 to 9 bytes,
/// as every month and weekday word does: most words fail here, before a table scan.
/// (A word opening with another capital, ASCII or not, cannot equal an ASCII name
/// ignoring ASCII case.)
fn may_be_name(word: &str, initials: &[u8]) -> bool {
    (3..=9).contains(&word.len()) && initials.contains(&word.as_bytes()[0])
}

/// Month number and whether the full name, for a capitalized month word.
pub fn month_word(word: &str) -> Option<(i8, bool)> {
    if !may_be_name(word, b"JFMASOND") {
        return None;
    }
    MONTH_WORDS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, m, full)| (m, full))
}

/// Weekday and whether the full name, for a capitalized weekday word.
pub fn weekday_word(word: &str) -> Option<(Weekday, bool)> {
    if !may_be_name(word, b"MTWFS") {
        return None;
    }
    WEEKDAY_WORDS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, d, full)| (weekday_from_index(d), full))
}

/// How a month was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthForm {
    /// "February".
    Full,
    /// "Feb" / "Feb." / "Sept.".
    Abbreviated { period: bool },
}

/// The month of a written date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthPart {
    pub month: i8,
    pub form: MonthForm,
    /// The month word, with its period when there is one.
    pub span: Span,
}

/// The day of a written date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayPart {
    pub day: i8,
    /// "6th": the ordinal suffix is part of the span.
    pub ordinal: bool,
    /// "06".
    pub zero_padded: bool,
    pub span: Span,
}

/// The year of a written date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearPart {
    pub year: i16,
    /// Written with two digits ("'26").
    pub two_digit: bool,
    /// A comma separates it from what comes before ("Feb. 6, 2026", "February, 2026").
    pub comma_before: bool,
    /// A comma follows it.
    pub comma_after: bool,
    pub span: Span,
}

/// Where a weekday attached to a date stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayPosition {
    /// "Friday, Feb. 6" (`comma`) or "Friday 6 February".
    Before { comma: bool },
    /// "Feb. 6 (Friday)", "Feb. 6 (a Friday)".
    AfterInParentheses,
    /// "Monday night, Oct. 13": a time of day between the weekday and the date. The
    /// weekday stays outside the date's [`WrittenDate::core`].
    BeforeWithTime,
    /// "Oct. 14, a Tuesday".
    AfterApposition,
}

impl YearPart {
    /// The full year, a two-digit year read near `p` ([`full_two_digit_year`]); without
    /// `p`, a two-digit year is read as 20xx.
    pub fn full_year(&self, p: Option<Date>) -> i16 {
        match p {
            Some(p) if self.two_digit => full_two_digit_year(self.year.rem_euclid(100), p.year()),
            _ => self.year,
        }
    }
}

/// The full year that a two-digit year `yy` (0–99) stands for in a story of year `near`:
/// the year ending in those digits that is nearest `near` without being more than ten
/// years after it. In 2026, "'27" is 2027, "'36" is 2036, "'37" is 1937 and "'98" is
/// 1998.
pub fn full_two_digit_year(yy: i16, near: i16) -> i16 {
    let yy = yy.rem_euclid(100);
    let latest = near.saturating_add(10);
    let candidate = latest - latest.rem_euclid(100) + yy;
    if candidate > latest {
        candidate - 100
    } else {
        candidate
    }
}

/// A weekday attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayPart {
    pub weekday: Weekday,
    /// Written in full ("Friday") rather than abbreviated ("Fri", "Fri.").
    pub full: bool,
    pub position: WeekdayPosition,
    /// The weekday word, with a period after an abbreviation.
    pub span: Span,
}

/// The order of a written date's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// "Feb. 6".
    MonthDay,
    /// "6 February".
    DayMonth,
}

/// A date written with a month name and a day: "Friday, Feb. 6, 2026".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenDate {
    pub order: DateOrder,
    pub month: MonthPart,
    pub day: DayPart,
    pub year: Option<YearPart>,
    pub weekday: Option<WeekdayPart>,
    /// "6th of February".
    pub of: bool,
    /// From the weekday written right before the date (if any) to the last part of the
    /// date (year, month or day), excluding a weekday after it ("(Thursday)", ", a
    /// Thursday") or before a time of day ("Monday night, "): the text a style fix
    /// rewrites.
    pub core: Span,
    /// Tokens of [`WrittenDate::core`].
    pub core_tokens: Range<usize>,
}

/// An all-numeric date: "03/04/2026", "3-4-26", "3.4.2026", "2026-02-06".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumericDate {
    /// The three numbers as written, in order.
    pub parts: [u32; 3],
    /// How many digits each part has.
    pub digits: [u8; 3],
    /// `/`, `-` or `.`.
    pub separator: char,
    /// Year first: `2026-02-06`.
    pub iso: bool,
}

impl NumericDate {
    /// The year as a full year (two-digit years are 20xx).
    fn full_year(&self, index: usize) -> Option<i16> {
        let raw = self.parts[index];
        let year = if self.digits[index] == 2 {
            2000 + raw
        } else {
            raw
        };
        i16::try_from(year).ok()
    }

    /// Every (year, month, day) reading whose month is 1–12 and day 1–31, whether or not
    /// the day exists in that month: ISO is year-month-day; otherwise month-day-year and
    /// day-month-year.
    pub fn readings(&self) -> Vec<(i16, i8, i8)> {
        let [a, b, c] = self.parts;
        let plausible = |m: u32, d: u32| (1..=12).contains(&m) && (1..=31).contains(&d);
        let mut out = Vec::new();
        if self.iso {
            if let Some(y) = self.full_year(0)
                && plausible(b, c)
            {
                out.push((y, b as i8, c as i8));
            }
            return out;
        }
        let Some(y) = self.full_year(2) else {
            return out;
        };
        if plausible(a, b) {
            out.push((y, a as i8, b as i8));
        }
        if a != b && plausible(b, a) {
            out.push((y, b as i8, a as i8));
        }
        out
    }

    /// The real dates among the readings.
    pub fn valid_dates(&self) -> Vec<Date> {
        self.readings()
            .into_iter()
            .filter_map(|(y, m, d)| Date::new(y, m, d).ok())
            .collect()
    }

    /// The date when exactly one reading is a real date.
    pub fn date(&self) -> Option<Date> {
        let dates = self.valid_dates();
        (dates.len() == 1).then(|| dates[0])
    }

    /// No reading is a real date ("31/11/2026", "2026-02-30").
    pub fn is_impossible(&self) -> bool {
        self.valid_dates().is_empty()
    }

    /// The year is written with two digits ("3/4/26").
    pub fn two_digit_year(&self) -> bool {
        !self.iso && self.digits[2] == 2
    }
}

/// Words that put a bare weekday in relation to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayRelation {
    /// "last Friday".
    Last,
    /// "next Friday".
    Next,
    /// "this Friday".
    This,
    /// "on Friday", "Friday's vote", "said Friday".
    Plain,
}

/// A weekday without a date: "on Friday", "Friday's vote", "last Friday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayPhrase {
    pub weekday: Weekday,
    pub relation: WeekdayRelation,
    /// "Friday's".
    pub possessive: bool,
    /// The weekday word.
    pub weekday_span: Span,
}

/// What a date mention is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A month name with a day, year optional.
    Written(WrittenDate),
    /// A month with a year and no day: "August 2025".
    MonthYear {
        month: MonthPart,
        year: YearPart,
        /// "February of 2026".
        of: bool,
    },
    /// All figures: "03/04/2026", "2026-02-06".
    Numeric(NumericDate),
    /// A bare weekday.
    Weekday(WeekdayPhrase),
    /// "last year" (-1), "this year" (0), "next year" (1).
    RelativeYear { offset: i8, possessive: bool },
    /// "yesterday" (-1), "today" (0), "tomorrow" (1).
    RelativeDay { offset: i8, possessive: bool },
    /// A year written with an apostrophe and two digits: "'26" (not a decade "'90s",
    /// "'90's"). `last_two` is the number written (26); [`full_two_digit_year`] reads
    /// it near a given year.
    ShortYear { last_two: i16 },
}

/// One date mention in a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub kind: MentionKind,
    /// The whole mention in the source.
    pub span: Span,
    /// Its tokens in the block.
    pub tokens: Range<usize>,
    /// Inside quotation marks.
    pub quoted: bool,
}

impl DateMention {
    /// The written date, for [`MentionKind::Written`].
    pub fn written(&self) -> Option<&WrittenDate> {
        match &self.kind {
            MentionKind::Written(date) => Some(date),
            _ => None,
        }
    }

    /// The calendar date this mention names, when it names one day: a written date
    /// (a year-less one takes the year closest to `p`; `None` without `p`), an
    /// unambiguous numeric date. `None` for dates that do not exist.
    pub fn date(&self, p: Option<Date>) -> Option<Date> {
        match &self.kind {
            MentionKind::Written(written) => written.date(p),
            MentionKind::Numeric(numeric) => numeric.date(),
            _ => None,
        }
    }
}

impl WrittenDate {
    /// The date: with its written year, or the year closest to `p`. `None` when the day
    /// does not exist in that year (or, for a year-less date, in any year near `p`), or
    /// when there is no year and no `p`.
    pub fn date(&self, p: Option<Date>) -> Option<Date> {
        match self.year {
            Some(year) => Date::new(year.full_year(p), self.month.month, self.day.day).ok(),
            None => closest_to(self.month.month, self.day.day, p?),
        }
    }

    /// For a date written without a year, the date in the year of `p`: the reading AP
    /// intends (it writes the year only for other years), which can differ from the
    /// nearest ("Dec. 5" in a story of Feb. 6 is nearest last December). `None` when a
    /// year is written or the day does not exist in that year.
    pub fn in_year_of(&self, p: Date) -> Option<Date> {
        match self.year {
            Some(_) => None,
            None => Date::new(p.year(), self.month.month, self.day.day).ok(),
        }
    }

    /// The day does not exist: in its written year, in no year at all ("April 31"), or
    /// (year-less, given `p`) in none of the years next to `p` ("Feb. 29" in 2026).
    pub fn is_impossible(&self, p: Option<Date>) -> bool {
        let (m, d) = (self.month.month, self.day.day);
        if d < 1 || d > days_in_month(2024, m) {
            return true;
        }
        match self.year {
            Some(year) => Date::new(year.full_year(p), m, d).is_err(),
            None => p.is_some_and(|p| closest_to(m, d, p).is_none()),
        }
    }
}

/// Days in month `m` of year `y` (31 for a month out of range).
pub fn days_in_month(y: i16, m: i8) -> i8 {
    Date::new(y, m.clamp(1, 12), 1).map_or(31, |d| d.days_in_month())
}

/// Whole days from `a` to `b` (negative when `b` is before `a`).
pub fn days_between(a: Date, b: Date) -> i64 {
    b.duration_since(a).as_secs() / 86_400
}

/// The date with month `m` and day `d` whose year (p.year − 1, p.year, p.year + 1) puts
/// it closest to `p`; `None` when the day exists in none of those years.
pub fn closest_to(m: i8, d: i8, p: Date) -> Option<Date> {
    (-1..=1)
        .filter_map(|delta| {
            let year = p.year().checked_add(delta)?;
            Date::new(year, m, d).ok()
        })
        .min_by_key(|date| days_between(p, *date).abs())
}

/// The latest `weekday` on or before `p` (`past`), or the next on or after it.
pub fn resolve_weekday(weekday: Weekday, p: Date, past: bool) -> Date {
    let from = p.weekday().to_monday_zero_offset() as i64;
    let to = weekday.to_monday_zero_offset() as i64;
    let days = if past {
        -((from - to).rem_euclid(7))
    } else {
        (to - from).rem_euclid(7)
    };
    p.checked_add(jiff::Span::new().days(days)).unwrap_or(p)
}

/// A cursor over one block's tokens, with the date readers.
struct Cursor<'a>(TokenCursor<'a>);

impl<'a> std::ops::Deref for Cursor<'a> {
    type Target = TokenCursor<'a>;

    fn deref(&self) -> &TokenCursor<'a> {
        &self.0
    }
}

impl Cursor<'_> {
    fn lower_word_is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    }

    /// A plain integer token (no grouping, no decimals) and its digit count.
    fn integer(&self, i: usize) -> Option<(u32, u8)> {
        let n = self.tokens.get(i)?.number()?;
        (n.is_integer() && n.grouping == Grouping::None && n.value < 100_000.0)
            .then_some((n.value as u32, n.integer_digits))
    }

    /// A month word at `i` (with a glued period after an abbreviation): the part and
    /// the index after it.
    fn month(&self, i: usize) -> Option<(MonthPart, usize)> {
        let (month, full) = month_word(self.word(i)?)?;
        let period = !full && self.punct(i + 1, ".") && self.glued(i + 1);
        let end = if period { i + 2 } else { i + 1 };
        let form = if full {
            MonthForm::Full
        } else {
            MonthForm::Abbreviated { period }
        };
        Some((
            MonthPart {
                month,
                form,
                span: self.span(i, end - 1),
            },
            end,
        ))
    }

    /// A day number at `i` ("6", "06", "6th"): the part and the index after it.
    fn day(&self, i: usize) -> Option<(DayPart, usize)> {
        let (value, digits) = self.integer(i)?;
        if !(1..=31).contains(&value) || digits > 2 {
            return None;
        }
        let mut end = i + 1;
        let mut ordinal = false;
        if self.glued(end)
            && self.lower_word_is(end, &["st", "nd", "rd", "th"])
            && self.tokens[end].is_word()
        {
            ordinal = true;
            end += 1;
        }
        // Glued to something else: "6:30", "6%", "6-7" (a range keeps its first day),
        // "6F".
        if self.glued(end) && end < self.tokens.len() {
            let next = self.str(end);
            // A colon ends a date used as a label ("June 30: Filing deadline"), not a
            // time ("6:30"): a space or the end follows it.
            let label_colon = next == ":" && !self.glued(end + 1);
            let allowed = matches!(next, "," | "." | ")" | ";" | "–" | "-" | "—" | "?" | "!")
                || label_colon
                || matches!(self.tokens[end].kind, TokenKind::Quote { opening: false });
            if !allowed {
                return None;
            }
            // "6.5" is a number, so a glued "." here is a full stop.
        }
        Some((
            DayPart {
                day: value as i8,
                ordinal,
                zero_padded: digits == 2 && value < 10,
                span: self.span(i, end - 1),
            },
            end,
        ))
    }

    /// A day 0 or from 32 to 39 at `i`, after the month at `month_at` ("Jan. 32", "Dec.
    /// 32, 2026", "Jan. 0, 2026"): a date that does not exist, kept for the rules, read
    /// only where the number cannot count something ("in March 32 people" is no date):
    /// after "on" ("on Jan. 32 in"), or before the end, a closing parenthesis or quote,
    /// ";", a full stop, or a comma (after a full month name only before a year: "March
    /// 32, 2026").
    fn day_out_of_range(
        &self,
        month_at: usize,
        form: MonthForm,
        i: usize,
    ) -> Option<(DayPart, usize)> {
        let (value, digits) = self.integer(i)?;
        let past_31 = (32..=39).contains(&value) && digits == 2;
        if !past_31 && value != 0 {
            return None;
        }
        let end = i + 1;
        let after_on = month_at > 0 && self.lower_word_is(month_at - 1, &["on"]);
        let ends = match self.tokens.get(end) {
            None => true,
            Some(t) => match t.kind {
                TokenKind::Quote { opening: false } => true,
                TokenKind::Punct => match t.as_str(self.text) {
                    "." | ";" | ")" => true,
                    ":" => !self.glued(end + 1),
                    "," => {
                        matches!(form, MonthForm::Abbreviated { .. })
                            || self.integer(end + 1).is_some_and(|(_, d)| d == 4)
                    }
                    _ => false,
                },
                _ => false,
            },
        };
        if !ends && (!after_on || self.glued(end)) {
            return None;
        }
        Some((
            DayPart {
                day: value as i8,
                ordinal: false,
                zero_padded: false,
                span: self.span(i, i),
            },
            end,
        ))
    }

    /// A four-digit year (or "'26") at `i`, with or without a comma before it at
    /// `i`: returns the part and the index after it.
    fn year(&self, i: usize) -> Option<(YearPart, usize)> {
        let mut at = i;
        let comma_before = self.punct(at, ",");
        if comma_before {
            at += 1;
        }
        let (year, two_digit, first, last) = if let Some((value, digits)) = self.integer(at) {
            if digits != 4 || !(1000..=2999).contains(&value) {
                return None;
            }
            // Outside 1900–2100, "Feb. 6, 1500 people": only before punctuation or the end.
            let next_is_word = self
                .tokens
                .get(at + 1)
                .is_some_and(|t| !matches!(t.kind, TokenKind::Punct | TokenKind::Quote { .. }));
            if !(1900..=2100).contains(&value) && next_is_word {
                return None;
            }
            (value as i16, false, at, at)
        } else {
            let first = at;
            if !self.is_apostrophe(at) || !self.glued(at + 1) {
                return None;
            }
            let (value, digits) = self.integer(at + 1)?;
            if digits != 2 || self.decade_suffix(at + 2) {
                return None;
            }
            (2000 + value as i16, true, first, at + 1)
        };
        let end = last + 1;
        if self.glued(end)
            && !matches!(self.str(end), "," | "." | ")" | ";" | ":" | "?" | "!")
            && !matches!(
                self.tokens.get(end).map(|t| t.kind),
                Some(TokenKind::Quote { opening: false })
            )
        {
            return None;
        }
        Some((
            YearPart {
                year,
                two_digit,
                comma_before,
                comma_after: self.punct(end, ","),
                span: self.span(first, last),
            },
            end,
        ))
    }

    /// Whether the letters glued after the digits of "'90" make a decade or another
    /// word: "'90s", "'90's", "’90’s", "'26ers".
    fn decade_suffix(&self, i: usize) -> bool {
        if !self.glued(i) {
            return false;
        }
        self.word(i).is_some()
            || (self.is_apostrophe(i)
                && self.glued(i + 1)
                && self
                    .word(i + 1)
                    .is_some_and(|w| w.eq_ignore_ascii_case("s")))
    }

    fn is_apostrophe(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Punct | TokenKind::Quote { opening: true }
            ) && matches!(t.as_str(self.text), "'" | "’" | "‘")
        })
    }

    /// A weekday word at `i` (with a glued period after an abbreviation).
    fn weekday(&self, i: usize) -> Option<(Weekday, bool, usize)> {
        let (weekday, full) = weekday_word(self.word(i)?)?;
        let end = if !full && self.punct(i + 1, ".") && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((weekday, full, end))
    }

    /// A date with a month name and a day starting at `i` (no weekday before it).
    fn month_day(&self, i: usize) -> Option<(DateOrder, MonthPart, DayPart, bool, usize)> {
        // Month first: "Feb. 6", "February 6th" (or "Jan. 32", which does not exist).
        if let Some((month, after)) = self.month(i)
            && !self.glued(after)
            && let Some((day, end)) = self
                .day(after)
                .or_else(|| self.day_out_of_range(i, month.form, after))
        {
            return Some((DateOrder::MonthDay, month, day, false, end));
        }
        // Day first: "6 February", "6th of February".
        let (day, after) = self.day(i)?;
        let mut at = after;
        let of = self.lower_word_is(at, &["of"]);
        if of {
            at += 1;
        }
        let (month, end) = self.month(at)?;
        if self.glued(at) {
            return None;
        }
        Some((DateOrder::DayMonth, month, day, of, end))
    }

    /// A written date at `i`, with an optional weekday before or after it.
    fn written(&self, i: usize) -> Option<(WrittenDate, usize)> {
        let mut weekday = None;
        let mut start = i;
        let mut core_start = i;
        if let Some((wd, full, after)) = self.weekday(i) {
            let comma = self.punct(after, ",");
            let date_at = if comma { after + 1 } else { after };
            if self.month_day(date_at).is_some() {
                weekday = Some(WeekdayPart {
                    weekday: wd,
                    full,
                    position: WeekdayPosition::Before { comma },
                    span: self.span(i, after - 1),
                });
                start = date_at;
            } else if full
                && self.lower_word_is(after, TIMES_OF_DAY)
                && self.punct(after + 1, ",")
                && self.month_day(after + 2).is_some()
            {
                // "Monday night, Oct. 13".
                weekday = Some(WeekdayPart {
                    weekday: wd,
                    full,
                    position: WeekdayPosition::BeforeWithTime,
                    span: self.span(i, i),
                });
                start = after + 2;
                core_start = start;
            } else {
                return None;
            }
        }
        let (order, month, day, of, mut end) = self.month_day(start)?;
        let mut year = None;
        if let Some((y, after)) = self.year(end) {
            year = Some(y);
            end = after;
        }
        let core_end = end;
        // "Feb. 6 (Thursday)", "Dec. 10 (a Friday)".
        let article = self.lower_word_is(end + 1, &["a"]);
        let weekday_at = if article { end + 2 } else { end + 1 };
        if weekday.is_none()
            && self.punct(end, "(")
            && let Some((wd, full, after)) = self.weekday(weekday_at)
            && (full || !article)
            && self.punct(after, ")")
        {
            weekday = Some(WeekdayPart {
                weekday: wd,
                full,
                position: WeekdayPosition::AfterInParentheses,
                span: self.span(weekday_at, after - 1),
            });
            end = after + 1;
        }
        // "Oct. 14, a Tuesday" (not "Oct. 14, a Tuesday deadline").
        if weekday.is_none()
            && self.punct(end, ",")
            && self.lower_word_is(end + 1, &["a"])
            && let Some((wd, true, after)) = self.weekday(end + 2)
            && self.tokens.get(after).is_none_or(|t| {
                matches!(
                    t.kind,
                    TokenKind::Punct | TokenKind::Quote { opening: false }
                ) && !matches!(t.as_str(self.text), "-" | "'" | "’")
            })
        {
            weekday = Some(WeekdayPart {
                weekday: wd,
                full: true,
                position: WeekdayPosition::AfterApposition,
                span: self.span(end + 2, after - 1),
            });
            end = after;
        }
        Some((
            WrittenDate {
                order,
                month,
                day,
                year,
                weekday,
                of,
                core: self.span(core_start, core_end - 1),
                core_tokens: core_start..core_end,
            },
            end,
        ))
    }

    /// "August 2025", "February, 2026", "February of 2026".
    fn month_year(&self, i: usize) -> Option<(MentionKind, usize)> {
        let (month, after) = self.month(i)?;
        let of = self.lower_word_is(after, &["of"]);
        let at = if of { after + 1 } else { after };
        let (year, end) = self.year(at)?;
        if year.two_digit {
            return None;
        }
        Some((MentionKind::MonthYear { month, year, of }, end))
    }

    /// An all-numeric date at `i`.
    fn numeric(&self, i: usize) -> Option<(NumericDate, usize)> {
        let token = self.tokens.get(i)?;
        // Not glued to a word or symbol before it ("v3.4.2026", "#3/4/26", "$1.2.2026").
        if i > 0
            && token.glued()
            && !matches!(self.tokens[i - 1].kind, TokenKind::Quote { .. })
            && !matches!(self.str(i - 1), "(" | "[")
        {
            return None;
        }
        let (parts, digits, separator, end) = if token.kind == TokenKind::Numeric {
            let raw = token.as_str(self.text);
            let separator = if raw.contains('/') {
                '/'
            } else if raw.contains('.') {
                '.'
            } else {
                return None;
            };
            let pieces: Vec<&str> = raw.split(separator).collect();
            if pieces.len() != 3
                || pieces
                    .iter()
                    .any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
            {
                return None;
            }
            let mut parts = [0u32; 3];
            let mut digits = [0u8; 3];
            for (k, p) in pieces.iter().enumerate() {
                parts[k] = p.parse().ok()?;
                digits[k] = p.len() as u8;
            }
            (parts, digits, separator, i + 1)
        } else {
            // "3-4-26", "2026-02-06": number, glued hyphen, number, glued hyphen, number.
            let (a, da) = self.integer(i)?;
            if !(self.punct(i + 1, "-") && self.glued(i + 1) && self.glued(i + 2)) {
                return None;
            }
            let (b, db) = self.integer(i + 2)?;
            if !(self.punct(i + 3, "-") && self.glued(i + 3) && self.glued(i + 4)) {
                return None;
            }
            let (c, dc) = self.integer(i + 4)?;
            ([a, b, c], [da, db, dc], '-', i + 5)
        };
        // Glued to more after it: "3/4/2026/5", "1-2-3-4".
        if self.glued(end)
            && end < self.tokens.len()
            && !matches!(self.str(end), "," | "." | ")" | ";" | ":" | "?" | "!")
            && !matches!(self.tokens[end].kind, TokenKind::Quote { opening: false })
        {
            return None;
        }
        let iso = digits[0] == 4;
        let shape_ok = if iso {
            digits[1] <= 2 && digits[2] <= 2 && digits[1] >= 1
        } else {
            let year_ok = digits[2] == 4 || (digits[2] == 2 && separator != '.');
            year_ok && digits[0] <= 2 && digits[1] <= 2
        };
        if !shape_ok || (iso && separator != '-') {
            return None;
        }
        let date = NumericDate {
            parts,
            digits,
            separator,
            iso,
        };
        // "2026-13-45": year, month and day in two digits each, the year plausible, is a
        // date in ISO form however wrong its month or day; kept (without a reading) so
        // that it can be reported as impossible.
        let iso_shaped =
            iso && separator == '-' && digits == [4, 2, 2] && (1800..=2100).contains(&parts[0]);
        (iso_shaped || !date.readings().is_empty()).then_some((date, end))
    }

    /// "last year", "this year", "next year" (not "the last year", a span of time).
    fn relative_year(&self, i: usize) -> Option<(MentionKind, usize)> {
        let word = self.word(i)?;
        let offset = if word.eq_ignore_ascii_case("last") {
            -1
        } else if word.eq_ignore_ascii_case("this") {
            0
        } else if word.eq_ignore_ascii_case("next") {
            1
        } else {
            return None;
        };
        let year_word = self.word(i + 1)?;
        let possessive = matches!(year_word, "year's" | "year’s");
        if year_word != "year" && !possessive {
            return None;
        }
        if i > 0
            && self.lower_word_is(
                i - 1,
                &["the", "a", "that", "over", "past", "every", "each"],
            )
        {
            return None;
        }
        Some((MentionKind::RelativeYear { offset, possessive }, i + 2))
    }

    /// "yesterday", "today", "tomorrow" as ordinary words (not "USA Today").
    fn relative_day(&self, i: usize) -> Option<(MentionKind, usize)> {
        let word = self.word(i)?;
        let (base, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
        {
            Some(base) => (base, true),
            None => (word, false),
        };
        let offset = if base.eq_ignore_ascii_case("yesterday") {
            -1
        } else if base.eq_ignore_ascii_case("today") {
            0
        } else if base.eq_ignore_ascii_case("tomorrow") {
            1
        } else {
            return None;
        };
        if is_capitalized(base) && !self.starts_clause(i) {
            return None;
        }
        if base.chars().skip(1).any(char::is_uppercase) {
            return None;
        }
        if offset == 1
            && (self.figurative_tomorrow(i, possessive) || self.idiomatic_tomorrow(i, possessive))
        {
            return None;
        }
        if offset == 0 && self.nowadays(i, possessive) {
            return None;
        }
        if self.hypothetical_scene(i) {
            return None;
        }
        // "Print is yesterday's news": the idiom names no day.
        if offset == -1 && possessive && self.lower_word_is(i + 1, &["news"]) {
            return None;
        }
        Some((MentionKind::RelativeDay { offset, possessive }, i + 1))
    }

    /// "tomorrow" at `i` meaning the future rather than the next day: after "of" ("the
    /// leaders of tomorrow", "the world of tomorrow"; not "the end of tomorrow", "as of
    /// tomorrow"), possessive before anything but an event ("tomorrow's jobs",
    /// "tomorrow's leaders"; not "tomorrow's vote", "tomorrow's key match"), or after
    /// "a" or a possessive ("a better tomorrow", "our tomorrow").
    fn figurative_tomorrow(&self, i: usize, possessive: bool) -> bool {
        if possessive {
            let event = |j: usize| self.lower_word_is(j, DAY_EVENTS);
            let adjective_then_event = self
                .word(i + 1)
                .is_some_and(|w| w.chars().all(char::is_lowercase))
                && event(i + 2);
            return !(event(i + 1) || adjective_then_event);
        }
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        if self.lower_word_is(before, &["of"]) {
            return !before.checked_sub(1).is_some_and(|j| {
                self.lower_word_is(
                    j,
                    &[
                        "end",
                        "morning",
                        "afternoon",
                        "evening",
                        "night",
                        "noon",
                        "start",
                        "beginning",
                        "close",
                        "rest",
                        "middle",
                        "day",
                        "as",
                    ],
                )
            });
        }
        if self.lower_word_is(before, &["a", "an", "our", "their", "your", "my"]) {
            return true;
        }
        before.checked_sub(1).is_some_and(|j| {
            self.lower_word_is(j, &["a", "an"])
                && self.lower_word_is(
                    before,
                    &[
                        "better",
                        "brighter",
                        "bright",
                        "new",
                        "different",
                        "greener",
                        "safer",
                        "hopeful",
                        "peaceful",
                        "prosperous",
                    ],
                )
        })
    }

    /// "tomorrow" at `i` in an idiom that names no day: "as if there were no tomorrow",
    /// "not to worry about tomorrow".
    fn idiomatic_tomorrow(&self, i: usize, possessive: bool) -> bool {
        if possessive {
            return false;
        }
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        self.lower_word_is(before, &["no"])
            || (self.lower_word_is(before, &["about"])
                && before
                    .checked_sub(1)
                    .is_some_and(|j| self.lower_word_is(j, WORRY)))
    }

    /// "today" at `i` meaning nowadays, not the day of the story: "today's" before a
    /// country, an institution or a generic noun ("today's NHS", "today's young people",
    /// "in today's money"), or "today" ending a clause in a statement about the present
    /// ("are still used today", "remains popular even today", "a goal that would not be
    /// allowed today"), in a sentence that reports no speech and tells no future.
    fn nowadays(&self, i: usize, possessive: bool) -> bool {
        if possessive {
            // "today's NHS figures", "today's Labour conference": the day's news.
            let news =
                |j: usize| self.lower_word_is(j, DAY_EVENTS) || self.lower_word_is(j, DAY_NEWS);
            let generic = |j: usize| self.lower_word_is(j, NOWADAYS_NOUNS) && !news(j + 1);
            let adjective_then_generic = self
                .word(i + 1)
                .is_some_and(|w| w.chars().all(char::is_lowercase))
                && generic(i + 2);
            return generic(i + 1) || adjective_then_generic;
        }
        let clause_end = self.tokens.get(i + 1).is_none_or(|t| match t.kind {
            TokenKind::Punct => matches!(
                t.as_str(self.text),
                "." | "," | ";" | ":" | "!" | "?" | ")" | "—" | "–"
            ),
            TokenKind::Quote { opening } => !opening,
            _ => false,
        });
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        if !clause_end || !self.is_word(before) {
            return false;
        }
        // The words of the clause before "today", nearest first, at most five.
        let clause: Vec<usize> = (before.saturating_sub(5)..before)
            .rev()
            .take_while(|&j| self.is_word(j))
            .collect();
        let has = |words: &[&str]| clause.iter().any(|&j| self.lower_word_is(j, words));
        let nowadays = self.lower_word_is(before, &["even"])
            || (self.lower_word_is(before, STILL_TODAY)
                && has(&["still", "widely", "commonly", "even"]))
            || (self.lower_word_is(before, WOULD_TODAY) && has(&["would"]));
        nowadays && !self.sentence_has(i, REPORTED_OR_FUTURE)
    }

    /// Whether the sentence around token `i` has one of `words`.
    fn sentence_has(&self, i: usize, words: &[&str]) -> bool {
        let ends = |j: &usize| {
            self.tokens[*j].kind == TokenKind::Punct
                && matches!(self.tokens[*j].as_str(self.text), "." | "!" | "?")
        };
        let start = (0..i).rev().find(ends).map_or(0, |j| j + 1);
        let end = (i..self.tokens.len())
            .find(ends)
            .unwrap_or(self.tokens.len());
        (start..end).any(|j| self.lower_word_is(j, words))
    }

    /// Whether the relative day at `i` is in a scene the reader is asked to imagine:
    /// its sentence opens with "Imagine" or "Picture", or goes on after "the feeling:"
    /// ("Every parent knows the feeling: It is 9 p.m., the bake sale is tomorrow
    /// morning, and you promised to bring something").
    fn hypothetical_scene(&self, i: usize) -> bool {
        let ends = |j: usize| {
            self.tokens[j].kind == TokenKind::Punct
                && matches!(self.tokens[j].as_str(self.text), "." | "!" | "?")
        };
        let start = (0..i).rev().find(|&j| ends(j)).map_or(0, |j| j + 1);
        let opening = (start..i).find(|&j| self.is_word(j));
        opening.is_some_and(|j| self.lower_word_is(j, &["imagine", "picture"]))
            || (start + 1..i).any(|j| {
                self.punct(j, ":") && self.lower_word_is(j - 1, &["feeling", "scenario", "scene"])
            })
    }

    /// Whether token `i` opens a sentence or a quotation.
    fn starts_clause(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let prev = &self.tokens[i - 1];
        matches!(prev.kind, TokenKind::Quote { opening: true })
            || (prev.kind == TokenKind::Punct
                && matches!(
                    prev.as_str(self.text),
                    "." | "!" | "?" | ":" | "—" | "–" | "("
                ))
    }

    /// A bare weekday: "on Friday", "Friday's vote", "last Friday".
    fn weekday_phrase(&self, i: usize) -> Option<(MentionKind, usize, usize)> {
        let word = self.word(i)?;
        let (base, possessive) = match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
        {
            Some(base) => (base, true),
            None => (word, false),
        };
        let (weekday, full) = weekday_word(base)?;
        if !full {
            return None;
        }
        // "Good Friday", "Black Friday", "Ash Wednesday", "Super Tuesday".
        if i > 0
            && self.lower_word_is(
                i - 1,
                &[
                    "good", "black", "ash", "holy", "super", "cyber", "bloody", "maundy", "palm",
                    "easter", "shrove", "blue", "giving", "great", "spy",
                ],
            )
        {
            return None;
        }
        let before = if i > 0 { self.word(i - 1) } else { None };
        let is = |w: &str| before.is_some_and(|b| b.eq_ignore_ascii_case(w));
        let (relation, start) = if is("last") {
            (WeekdayRelation::Last, i - 1)
        } else if is("next") {
            (WeekdayRelation::Next, i - 1)
        } else if is("this") {
            (WeekdayRelation::This, i - 1)
        } else {
            (WeekdayRelation::Plain, i)
        };
        Some((
            MentionKind::Weekday(WeekdayPhrase {
                weekday,
                relation,
                possessive,
                weekday_span: self.tokens[i].span,
            }),
            start,
            i + 1,
        ))
    }
}

/// Every date mention in `tokens[from..]` (one block's tokens), in order.
pub fn find_dates(tokens: &[Token], text: &str, from: usize) -> Vec<DateMention> {
    let c = Cursor(TokenCursor::new(tokens, text));
    let mut out = Vec::new();
    let mut i = from;
    while i < tokens.len() {
        let found = match tokens[i].kind {
            TokenKind::Word if !may_start_date(tokens[i].as_str(text)) => None,
            // Written dates, month-years and weekday phrases open with a month or
            // weekday name: other words go straight to the relative forms.
            TokenKind::Word if !names_month_or_weekday(tokens[i].as_str(text)) => c
                .relative_year(i)
                .map(|(k, end)| (k, i, end))
                .or_else(|| c.relative_day(i).map(|(k, end)| (k, i, end))),
            TokenKind::Word => c
                .written(i)
                .map(|(d, end)| (MentionKind::Written(d), i, end))
                .or_else(|| c.month_year(i).map(|(k, end)| (k, i, end)))
                .or_else(|| c.relative_year(i).map(|(k, end)| (k, i, end)))
                .or_else(|| c.relative_day(i).map(|(k, end)| (k, i, end)))
                .or_else(|| c.weekday_phrase(i)),
            TokenKind::Number(_) => c
                .written(i)
                .map(|(d, end)| (MentionKind::Written(d), i, end))
                .or_else(|| {
                    c.numeric(i)
                        .map(|(n, end)| (MentionKind::Numeric(n), i, end))
                }),
            TokenKind::Numeric => c
                .numeric(i)
                .map(|(n, end)| (MentionKind::Numeric(n), i, end)),
            TokenKind::Punct | TokenKind::Quote { .. } => short_year(&c, i),
        };
        match found {
            Some((kind, start, end)) if end > start => {
                // A weekday phrase may start one token back ("last Friday"); drop an
                // overlapping earlier mention ("next year" cannot overlap in practice).
                if out
                    .last()
                    .is_some_and(|m: &DateMention| m.tokens.end > start)
                {
                    i += 1;
                    continue;
                }
                out.push(DateMention {
                    kind,
                    span: c.span(start, end - 1),
                    tokens: start..end,
                    quoted: tokens[start].quoted,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a word is a month or weekday name, possessive weekdays ("Friday's")
/// included.
fn names_month_or_weekday(word: &str) -> bool {
    month_word(word).is_some()
        || weekday_word(word).is_some()
        || word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .is_some_and(|base| weekday_word(base).is_some())
}

/// Whether a word can open a date mention: a capitalized month or weekday, or
/// last/this/next, yesterday/today/tomorrow (checked cheaply before any table look-up).
fn may_start_date(word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_uppercase() {
        return matches!(
            first,
            'J' | 'F' | 'M' | 'A' | 'S' | 'O' | 'N' | 'D' | 'T' | 'W' | 'L' | 'Y'
        ) && word.len() <= 13;
    }
    matches!(first, 'l' | 't' | 'n' | 'y') && (4..=13).contains(&word.len())
}

/// "'26" on its own (not "the '90s", not glued to a word before it).
fn short_year(c: &Cursor<'_>, i: usize) -> Option<(MentionKind, usize, usize)> {
    if !c.is_apostrophe(i) || !c.glued(i + 1) {
        return None;
    }
    if i > 0 && c.glued(i) && c.word(i - 1).is_some() {
        return None;
    }
    let (value, digits) = c.integer(i + 1)?;
    if digits != 2 {
        return None;
    }
    // "'90s", "'90's", "'26ers".
    if c.decade_suffix(i + 2) {
        return None;
    }
    Some((
        MentionKind::ShortYear {
            last_two: value as i16,
        },
        i,
        i + 2,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{TextBuf, tokenize};

    fn mentions(text: &str) -> Vec<DateMention> {
        let buf = TextBuf::verbatim(text, 0);
        let tokens = tokenize(&buf);
        find_dates(&tokens, buf.text(), 0)
    }

    fn p() -> Date {
        Date::new(2026, 2, 6).unwrap()
    }

    fn one_date(text: &str) -> Date {
        let found = mentions(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found[0].date(Some(p())).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn written_forms() {
        let feb6 = p();
        for text in [
            "on Feb. 6, 2026, the bureau said",
            "February 6, 2026",
            "6 February 2026",
            "Feb 6",
            "Friday, Feb. 6",
            "Thursday 6 February",
            "Feb. 6 (Thursday)",
            "Feb. 6 (a Thursday)",
            "Fri Feb 06 2026",
            "Feb. 6th",
            "6th of February",
            "Feb. 6, '26",
        ] {
            assert_eq!(one_date(text), feb6, "{text}");
        }
        assert_eq!(one_date("January 31"), Date::new(2026, 1, 31).unwrap());
        assert_eq!(one_date("Dec. 30"), Date::new(2025, 12, 30).unwrap());
        // The publication year's reading, for year-less dates only.
        let in_year_of = |text: &str| mentions(text)[0].written().and_then(|w| w.in_year_of(p()));
        assert_eq!(
            in_year_of("Dec. 30"),
            Some(Date::new(2026, 12, 30).unwrap())
        );
        assert_eq!(in_year_of("Dec. 30, 2025"), None);
        assert_eq!(in_year_of("Feb. 29"), None);
        assert_eq!(one_date("2026-02-06"), feb6);
        assert_eq!(one_date("31/1/2026"), Date::new(2026, 1, 31).unwrap());
    }

    #[test]
    fn parts_and_spans() {
        let text = "Fri Feb 06 2026";
        let m = &mentions(text)[0];
        let w = m.written().unwrap();
        assert_eq!(&text[w.weekday.unwrap().span.range()], "Fri");
        assert_eq!(&text[w.month.span.range()], "Feb");
        assert_eq!(&text[w.day.span.range()], "06");
        assert!(w.day.zero_padded);
        assert_eq!(&text[w.year.unwrap().span.range()], "2026");
        assert_eq!(&text[w.core.range()], text);
        let text = "It met Feb. 6 (Thursday) again";
        let m = &mentions(text)[0];
        assert_eq!(&text[m.span.range()], "Feb. 6 (Thursday)");
        assert_eq!(&text[m.written().unwrap().core.range()], "Feb. 6");
        let text = "The rematch is Dec. 10 (a Friday).";
        let m = &mentions(text)[0];
        assert_eq!(&text[m.span.range()], "Dec. 10 (a Friday)");
        let weekday = m.written().unwrap().weekday.unwrap();
        assert_eq!(weekday.position, WeekdayPosition::AfterInParentheses);
        assert_eq!(&text[weekday.span.range()], "Friday");
        // "(a Fri)" is no weekday written out.
        assert!(
            mentions("Dec. 10 (a Fri)")[0]
                .written()
                .unwrap()
                .weekday
                .is_none()
        );
    }

    #[test]
    fn weekdays_with_a_time_of_day_or_in_apposition() {
        let text = "The storm hit Monday night, Oct. 13, and voters went on Oct. 14, a Monday.";
        let found = mentions(text);
        assert_eq!(found.len(), 2, "{found:#?}");
        let first = found[0].written().unwrap();
        let weekday = first.weekday.unwrap();
        assert_eq!(weekday.position, WeekdayPosition::BeforeWithTime);
        assert_eq!(&text[weekday.span.range()], "Monday");
        assert_eq!(&text[found[0].span.range()], "Monday night, Oct. 13");
        assert_eq!(&text[first.core.range()], "Oct. 13");
        let second = found[1].written().unwrap();
        let weekday = second.weekday.unwrap();
        assert_eq!(weekday.position, WeekdayPosition::AfterApposition);
        assert_eq!(&text[found[1].span.range()], "Oct. 14, a Monday");
        assert_eq!(&text[second.core.range()], "Oct. 14");
        // A weekday used as a modifier is no apposition.
        for text in ["by Oct. 14, a Monday deadline", "Monday night Oct. 13"] {
            let found = mentions(text);
            assert!(
                found
                    .iter()
                    .all(|m| m.written().is_none_or(|w| w.weekday.is_none())),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn days_past_31() {
        for text in [
            "held on Jan. 32.",
            "on Jan. 0, 2026, officials said",
            "on Dec. 32, officials said",
            "on March 32 in Karachi",
            "by March 32, 2026",
            "(Oct. 35)",
            "- Dec. 32: Property tax bills are due",
        ] {
            let found = mentions(text);
            assert_eq!(found.len(), 1, "{text}: {found:#?}");
            let w = found[0].written().unwrap();
            assert!(w.is_impossible(Some(p())), "{text}");
            assert_eq!(found[0].date(Some(p())), None, "{text}");
        }
        for text in [
            "in March 32 people died",
            "in March 32, a record",
            "Jan. 32nd",
            "Jan. 32-5",
            "March 40.",
            "March 320.",
            "in March 0 people died",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:#?}", mentions(text));
        }
    }

    #[test]
    fn impossible_dates_are_recognized() {
        for text in ["Feb. 30", "April 31", "Feb. 29, 2025"] {
            let m = &mentions(text)[0];
            assert!(m.written().unwrap().is_impossible(Some(p())), "{text}");
        }
        let MentionKind::Numeric(n) = &mentions("31/11/2026")[0].kind else {
            panic!()
        };
        assert!(n.is_impossible());
        let MentionKind::Numeric(n) = &mentions("a meeting on 2026-13-45.")[0].kind else {
            panic!()
        };
        assert!(n.is_impossible());
        assert!(mentions("call 0300-13-45").is_empty());
        assert!(
            !mentions("Feb. 29, 2024")[0]
                .written()
                .unwrap()
                .is_impossible(None)
        );
    }

    #[test]
    fn other_kinds() {
        let kinds: Vec<MentionKind> = mentions(
            "The group was listed in August 2025, last year's vote came on Friday and Friday's count, last Friday, yesterday, in '26.",
        )
        .into_iter()
        .map(|m| m.kind)
        .collect();
        assert!(matches!(kinds[0], MentionKind::MonthYear { .. }));
        assert!(matches!(
            kinds[1],
            MentionKind::RelativeYear {
                offset: -1,
                possessive: true
            }
        ));
        assert!(matches!(
            kinds[2],
            MentionKind::Weekday(WeekdayPhrase {
                relation: WeekdayRelation::Plain,
                ..
            })
        ));
        assert!(matches!(
            kinds[3],
            MentionKind::Weekday(WeekdayPhrase {
                possessive: true,
                ..
            })
        ));
        assert!(matches!(
            kinds[4],
            MentionKind::Weekday(WeekdayPhrase {
                relation: WeekdayRelation::Last,
                ..
            })
        ));
        assert!(matches!(
            kinds[5],
            MentionKind::RelativeDay { offset: -1, .. }
        ));
        assert!(matches!(kinds[6], MentionKind::ShortYear { last_two: 26 }));
        assert_eq!(kinds.len(), 7);
    }

    #[test]
    fn numbers_that_are_not_dates() {
        for text in [
            "version 6.6.0 shipped",
            "won 3-2 at home",
            "Section 219 of the act",
            "at 10:30 a.m.",
            "cost $3.50 and 1/2 a cup",
            "the 2025/26 budget",
            "the '90s",
            "since the '90's",
            "the ’90’s",
            "over the last year",
            "USA Today reported",
            "the leaders of tomorrow",
            "the world of tomorrow said",
            "Tomorrow's jobs need skills",
            "tomorrow's young leaders",
            "a better tomorrow",
            "may 6 people",
            "Good Friday prayers",
            "216 terrorists in 2026",
            "call 555-123-4567",
            "rule 1.2.3",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:#?}", mentions(text));
        }
    }

    #[test]
    fn tomorrow_as_a_day() {
        for text in [
            "tomorrow's vote",
            "Tomorrow's key match",
            "by the end of tomorrow",
            "as of tomorrow",
            "will leave tomorrow",
            "a meeting tomorrow",
        ] {
            let found = mentions(text);
            assert!(
                matches!(
                    found.as_slice(),
                    [DateMention {
                        kind: MentionKind::RelativeDay { offset: 1, .. },
                        ..
                    }]
                ),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn relative_days_that_name_no_day() {
        for text in [
            "spending as if there were no tomorrow.",
            "tells his followers not to worry about tomorrow.",
            "Every parent knows the feeling: It is 9 p.m., the bake sale is tomorrow morning.",
            "Imagine the exam is tomorrow and the notes are lost.",
            "Many of the techniques he developed are still used today.",
            "The hymn remains popular even today.",
            "a goal that would certainly not be allowed today.",
            "The report looks at the challenges facing today's NHS.",
            "It cost £5m in today's money.",
            "Today's young people read less.",
        ] {
            assert!(mentions(text).is_empty(), "{text}: {:#?}", mentions(text));
        }
    }

    #[test]
    fn relative_days_that_name_the_day() {
        for text in [
            "There will be no school tomorrow.",
            "Reporters asked about tomorrow.",
            "Fans worry about tomorrow's vote.",
            "Schools are still closed today.",
            "The bridge is still used today, officials said.",
            "Police said fans would not be allowed today.",
            "Fans will not be allowed today.",
            "The pitch was used today.",
            "Today's NHS figures show a rise.",
            "today's meeting",
            "Today's Labour conference opened.",
            "the minister said today.",
        ] {
            let found = mentions(text);
            assert!(
                matches!(
                    found.as_slice(),
                    [DateMention {
                        kind: MentionKind::RelativeDay { .. },
                        ..
                    }]
                ),
                "{text}: {found:#?}"
            );
        }
    }

    #[test]
    fn two_digit_years_are_read_near_the_story() {
        for (yy, near, full) in [
            (26, 2026, 2026),
            (27, 2026, 2027),
            (36, 2026, 2036),
            (37, 2026, 1937),
            (98, 2026, 1998),
            (2, 2026, 2002),
            (62, 2026, 1962),
            (3, 2095, 2103),
            (98, 2095, 2098),
        ] {
            assert_eq!(full_two_digit_year(yy, near), full, "'{yy:02} near {near}");
        }
        // A written date's two-digit year is read near the publication day.
        let m = &mentions("Feb. 6, '98")[0];
        assert_eq!(m.date(Some(p())), Some(Date::new(1998, 2, 6).unwrap()));
        assert_eq!(m.date(None), Some(Date::new(2098, 2, 6).unwrap()));
    }

    #[test]
    fn weekday_resolution() {
        assert_eq!(resolve_weekday(Weekday::Friday, p(), true), p());
        assert_eq!(
            resolve_weekday(Weekday::Monday, p(), true),
            Date::new(2026, 2, 2).unwrap()
        );
        assert_eq!(
            resolve_weekday(Weekday::Monday, p(), false),
            Date::new(2026, 2, 9).unwrap()
        );
    }
}
