//! Numbers in context: words, magnitudes, units, currencies and protection.
//!
//! [`find_numbers`] reads a block's tokens once and returns every number mention:
//! figures ("216", "25,000", "3.1"), words ("twenty-five", "a thousand"), mixed forms
//! ("3 million", "1.5bn", "£5m"), ordinals ("21st", "first"), with what is attached
//! (currency, percent, unit, "-year-old"), whether it opens a sentence, the counted
//! noun, and whether it is protected (a year, "F-16", "Section 219", "10 a.m.",
//! "January 31", "1600 Pennsylvania Ave.", "a 5-4 decision", "1 in 4"…). Style rules
//! never judge protected numbers; every number rule reads this one analysis.

use std::ops::Range;

use super::keywords::Keywords;
use super::{Grouping, Number, Sentence, Token, TokenCursor, TokenKind, is_capitalized};
use crate::Span;

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// Digits only: "216", "25,000", "3.1", "21st".
    Figures,
    /// Words only: "twenty-five", "three million", "first".
    Words,
    /// Digits with a magnitude word or suffix: "3 million", "1.5bn", "£5m".
    Mixed,
}

/// The digit grouping of a figure, thin-space grouping included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    None,
    Comma,
    /// Lakh/crore commas: "10,00,000".
    Indian,
    /// Thin or no-break space every three digits: "25 000".
    Thin,
    /// Commas in other places ("3,5", "10,0000").
    Irregular,
}

/// Why a number is left alone by the style rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protection {
    /// A calendar year ("in 1998") or a decade ("the 1990s").
    Year,
    /// Glued to letters or hyphens: "F-16", "COVID-19", "G7", "63-A", "5G".
    Glued,
    /// After a designator: "Section 219", "No. 1", "page 1233", "Room 4".
    Designator,
    /// After a capitalized name: "Boeing 737", "Apollo 11", "Windows 7".
    Name,
    /// A clock time: "10 a.m.", "7 p.m.".
    Time,
    /// A day of a date: "January 31", "31 January", "Feb. 6".
    Date,
    /// A street number: "1600 Pennsylvania Ave.".
    Address,
    /// A phone number: "555-0123".
    Phone,
    /// A score, vote or numeric pair: "won 3-2", "a 5-4 decision", "20-30".
    Pair,
    /// A ratio: "1 in 4", "9 out of 10", "2-to-1".
    Ratio,
    /// A label: "(1)", "#3".
    Label,
    /// Part of a fraction: "2 1/2".
    Fraction,
}

/// How a percentage is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentForm {
    /// "3.1%".
    Sign,
    /// "3.1 %".
    SpacedSign,
    /// "3.1 percent".
    Percent,
    /// "3.1 per cent".
    PerCent,
    /// "3.1 pct".
    Pct,
}

/// A percent sign or word after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentMark {
    pub form: PercentForm,
    /// The tokens of the sign or word(s).
    pub tokens: Range<usize>,
}

/// A currency before a number: "$", "US$", "£", "Rs", "Rs.", "PKR".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencyMark {
    /// The tokens of the notation ("Rs." is two tokens).
    pub tokens: Range<usize>,
    /// Whether the number follows the notation without a space ("$5", "Rs5").
    pub glued: bool,
}

/// A magnitude after a figure or number words: "million", "bn", "m", "lakh".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Magnitude {
    pub token: usize,
    pub factor: f64,
    /// Written as a glued suffix ("1.5bn", "£5m").
    pub suffix: bool,
}

/// One number in a block.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// The tokens of the number itself: digits or words, magnitude and ordinal suffix
    /// (not the currency or percent mark).
    pub tokens: Range<usize>,
    /// The token holding the digits, for figures.
    pub figure: Option<usize>,
    /// The digits' parse, for figures (merged for thin-space grouping).
    pub number: Option<Number>,
    /// The value as written without its magnitude ("3 million" → 3).
    pub base: f64,
    /// The full value ("3 million" → 3000000).
    pub value: f64,
    pub form: NumberForm,
    pub separator: Separator,
    pub magnitude: Option<Magnitude>,
    /// An ordinal: "21st" (the suffix token) or "first".
    pub ordinal: bool,
    /// The token of the ordinal suffix ("st" of "21st").
    pub ordinal_suffix: Option<usize>,
    pub currency: Option<CurrencyMark>,
    pub percent: Option<PercentMark>,
    /// The token of a unit after the number ("tonnes", "km", "degrees").
    pub unit: Option<usize>,
    /// An age: "a 6-year-old", "the boy, 5,", "aged 7".
    pub age: bool,
    /// Casual use of words: "a thousand times", "one of them".
    pub casual: bool,
    /// Opens its sentence (after the dateline too), currency included.
    pub sentence_start: bool,
    pub protection: Option<Protection>,
    /// Inside quotation marks.
    pub quoted: bool,
    /// The counted noun right after the number ("216 terrorists" → "terrorists").
    pub noun: Option<usize>,
    /// A qualifier before it: "at least", "more than", "about", "nearly", "up to".
    pub qualified: bool,
    /// The yes-or-no fields above as bits, read once the mention is complete.
    traits: Traits,
}

impl NumberMention {
    /// The first token of the mention, currency included.
    #[inline]
    pub fn first_token(&self) -> usize {
        self.currency
            .as_ref()
            .map_or(self.tokens.start, |c| c.tokens.start.min(self.tokens.start))
    }

    /// The token after the mention, percent mark included.
    #[inline]
    pub fn end_token(&self) -> usize {
        self.percent
            .as_ref()
            .map_or(self.tokens.end, |p| p.tokens.end.max(self.tokens.end))
    }

    /// The source span of the number's own tokens.
    pub fn span(&self, tokens: &[Token]) -> Span {
        span_of(tokens, self.tokens.clone())
    }

    /// The source span of the whole mention (currency and percent included).
    pub fn full_span(&self, tokens: &[Token]) -> Span {
        span_of(tokens, self.first_token()..self.end_token())
    }

    /// A plain cardinal: figures or words, no currency, percent, unit, magnitude,
    /// ordinal or age, not protected and not quoted.
    pub fn is_bare(&self) -> bool {
        // Every field is read, with `&` rather than `&&`: one branch instead of eight
        // whose outcomes vary from mention to mention.
        self.currency.is_none()
            & self.percent.is_none()
            & self.unit.is_none()
            & self.magnitude.is_none()
            & !self.ordinal
            & !self.age
            & self.protection.is_none()
            & !self.quoted
    }

    /// A whole number.
    #[inline]
    pub fn is_integer(&self) -> bool {
        self.number.is_none_or(|n| n.is_integer())
    }
}

impl NumberMention {
    /// What the mention is and carries, one bit each (see [`Traits`]), as
    /// [`find_numbers`] found it.
    #[inline]
    pub fn traits(&self) -> Traits {
        self.traits
    }

    /// Reads [`NumberMention::traits`] off the fields, without a branch.
    fn read_traits(&self) -> Traits {
        #[inline(always)]
        fn bit(on: bool, traits: Traits) -> u32 {
            u32::from(on) * traits.0
        }
        Traits(
            bit(self.form == NumberForm::Figures, Traits::FIGURES)
                | bit(self.form == NumberForm::Words, Traits::WORDS)
                | bit(self.form == NumberForm::Mixed, Traits::MIXED)
                | bit(self.figure.is_some(), Traits::DIGITS)
                | bit(self.currency.is_some(), Traits::CURRENCY)
                | bit(self.percent.is_some(), Traits::PERCENT)
                | bit(self.unit.is_some(), Traits::UNIT)
                | bit(self.magnitude.is_some(), Traits::MAGNITUDE)
                | bit(self.ordinal, Traits::ORDINAL)
                | bit(self.age, Traits::AGE)
                | bit(self.casual, Traits::CASUAL)
                | bit(self.sentence_start, Traits::SENTENCE_START)
                | bit(self.protection.is_some(), Traits::PROTECTED)
                | bit(self.quoted, Traits::QUOTED)
                | bit(self.noun.is_some(), Traits::NOUN)
                | bit(self.qualified, Traits::QUALIFIED)
                | bit(!self.is_integer(), Traits::FRACTION)
                | bit(self.separator != Separator::None, Traits::SEPARATED),
        )
    }
}

/// The yes-or-no facts of a [`NumberMention`], one bit each. Every number rule walks
/// every mention of an article and judges few of them; testing its conditions field by
/// field is a chain of branches that go either way from one mention to the next, which
/// is slow on any processor. [`Traits::fits`] turns a mention away in one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Traits(u32);

impl Traits {
    /// Digits only (`NumberForm::Figures`).
    pub const FIGURES: Traits = Traits(1);
    /// Words only (`NumberForm::Words`).
    pub const WORDS: Traits = Traits(1 << 1);
    /// Digits with a magnitude (`NumberForm::Mixed`).
    pub const MIXED: Traits = Traits(1 << 2);
    /// Has a figure token (figures or mixed).
    pub const DIGITS: Traits = Traits(1 << 3);
    pub const CURRENCY: Traits = Traits(1 << 4);
    pub const PERCENT: Traits = Traits(1 << 5);
    pub const UNIT: Traits = Traits(1 << 6);
    pub const MAGNITUDE: Traits = Traits(1 << 7);
    pub const ORDINAL: Traits = Traits(1 << 8);
    pub const AGE: Traits = Traits(1 << 9);
    pub const CASUAL: Traits = Traits(1 << 10);
    pub const SENTENCE_START: Traits = Traits(1 << 11);
    pub const PROTECTED: Traits = Traits(1 << 12);
    pub const QUOTED: Traits = Traits(1 << 13);
    /// Has a counted noun.
    pub const NOUN: Traits = Traits(1 << 14);
    pub const QUALIFIED: Traits = Traits(1 << 15);
    /// Not a whole number as written ("3.5").
    pub const FRACTION: Traits = Traits(1 << 16);
    /// Digits grouped by any separator ("25,000", "25 000").
    pub const SEPARATED: Traits = Traits(1 << 17);
    /// No trait.
    pub const NONE: Traits = Traits(0);

    /// Both sets of traits.
    pub const fn and(self, other: Traits) -> Traits {
        Traits(self.0 | other.0)
    }

    /// Whether every trait of `required` is there and none of `excluded`.
    #[inline]
    pub fn fits(self, required: Traits, excluded: Traits) -> bool {
        self.0 & (required.0 | excluded.0) == required.0
    }

    /// Whether any trait of `any` is there.
    #[inline]
    pub fn has_any(self, any: Traits) -> bool {
        self.0 & any.0 != 0
    }
}

/// The source span covering tokens `range` (empty at 0 when out of bounds).
#[inline]
pub fn span_of(tokens: &[Token], range: Range<usize>) -> Span {
    match (
        tokens.get(range.start),
        range.end.checked_sub(1).and_then(|i| tokens.get(i)),
    ) {
        (Some(first), Some(last)) if range.start < range.end => first.span.cover(last.span),
        (Some(first), _) => Span::empty(first.span.start),
        _ => Span::default(),
    }
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const SMALL_ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORDINALS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

const MONTHS: &[&str] = &[
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
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Words after which a number is a designation, compared case-insensitively.
static DESIGNATORS: Keywords<512> = Keywords::new(&[
    "account",
    "act",
    "annex",
    "annexure",
    "apartment",
    "apt",
    "art",
    "article",
    "articles",
    "block",
    "box",
    "bus",
    "case",
    "category",
    "ch",
    "channel",
    "chapter",
    "clause",
    "code",
    "constituency",
    "district",
    "episode",
    "exit",
    "fig",
    "figure",
    "flat",
    "flight",
    "gate",
    "grade",
    "grades",
    "highway",
    "house",
    "h.r",
    "hr",
    "heat",
    "hole",
    "interstate",
    "item",
    "junction",
    "junctions",
    "lane",
    "level",
    "magnitude",
    "marker",
    "model",
    "na",
    "no",
    "nos",
    "number",
    "p",
    "page",
    "pages",
    "par",
    "para",
    "paragraph",
    "phase",
    "pier",
    "pin",
    "platform",
    "plot",
    "postcode",
    "pp",
    "ps",
    "road",
    "room",
    "round",
    "route",
    "row",
    "s",
    "rule",
    "schedule",
    "season",
    "seat",
    "sec",
    "section",
    "sections",
    "sector",
    "serial",
    "series",
    "size",
    "sizes",
    "stage",
    "step",
    "street",
    "suite",
    "table",
    "terminal",
    "ticket",
    "tier",
    "track",
    "train",
    "type",
    "unit",
    "v",
    "verse",
    "version",
    "vol",
    "volume",
    "ward",
    // A school year: "pupils in year 9".
    "year",
    "zip",
    "zone",
]);

/// The parts of a book, a play, a poem, a periodical or a statute that Chicago and
/// legal citations number in figures (see [`DESIGNATORS`] for the unambiguous
/// ones).
static WORK_LOCATORS: Keywords<128> = Keywords::new(&[
    "appendix", "endnote", "footnote", "book", "books", "canto", "chapters", "column", "columns",
    "figures", "issue", "issues", "line", "lines", "note", "notes", "op", "opus", "part", "parts",
    "plate", "plates", "poem", "scene", "scenes", "stanza", "stanzas", "tables", "verses", "vols",
    "volumes",
]);

/// A determiner, before which a noun names a thing rather than a place in a work.
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "each"
            | "every"
            | "The"
            | "A"
            | "This"
    )
}

/// Words that count, so a capitalized one before a number is not a name. Compared
/// lowercase.
static COUNT_LEADERS: Keywords<512> = Keywords::new(&[
    "a",
    "about",
    "after",
    "all",
    "almost",
    "among",
    "an",
    "and",
    "another",
    "approximately",
    "around",
    "as",
    "at",
    "before",
    "between",
    "but",
    "by",
    "each",
    "every",
    "exactly",
    "fewer",
    "for",
    "from",
    "he",
    "her",
    "here",
    "his",
    "how",
    "if",
    "in",
    "including",
    "injuring",
    "it",
    "its",
    "just",
    "killed",
    "killing",
    "least",
    "leaving",
    "less",
    "more",
    "most",
    "nearly",
    "nor",
    "of",
    "on",
    "only",
    "or",
    "our",
    "over",
    "per",
    "roughly",
    "she",
    "since",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "until",
    "up",
    "we",
    "what",
    "when",
    "which",
    "while",
    "who",
    "why",
    "with",
    "within",
    "yet",
]);

/// Words beyond the count leaders that open a sentence before a count ("Now 5 people
/// live there", "Even 3 judges agreed"), compared in lowercase: capitalized only by
/// their place, they are not names.
static SENTENCE_OPENERS: Keywords<512> = Keywords::new(&[
    "also",
    "again",
    "already",
    "altogether",
    "although",
    "amid",
    "apparently",
    "barely",
    "because",
    "besides",
    "both",
    "combined",
    "currently",
    "despite",
    "during",
    "earlier",
    "even",
    "eventually",
    "few",
    "finally",
    "fully",
    "however",
    "initially",
    "instead",
    "last",
    "later",
    "like",
    "many",
    "maybe",
    "meanwhile",
    "merely",
    "next",
    "now",
    "officially",
    "once",
    "originally",
    "overall",
    "perhaps",
    "plus",
    "possibly",
    "precisely",
    "previously",
    "probably",
    "recently",
    "reportedly",
    "several",
    "still",
    "though",
    "today",
    "together",
    "tonight",
    "ultimately",
    "unlike",
    "upon",
    "whereas",
    "without",
    "yesterday",
]);

/// Whether a token after a number makes it a clock time (a `match`, which compiles to
/// a length switch: cheaper than scanning a slice).
fn is_time_word(token: &str) -> bool {
    matches!(
        token,
        "a.m."
            | "p.m."
            | "a.m"
            | "p.m"
            | "am"
            | "pm"
            | "AM"
            | "PM"
            | "A.M."
            | "P.M."
            | "GMT"
            | "UTC"
            | "PST"
            | "EST"
            | "PKT"
            | "IST"
            | "BST"
            | "CET"
            | "hrs"
            | "o'clock"
            | "o’clock"
    )
}

/// Street suffixes for addresses.
const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Way",
    "Place",
    "Pl",
    "Court",
    "Ct",
    "Square",
    "Highway",
    "Parkway",
    "Terrace",
    "Loop",
    "Plaza",
];

/// Units of measure (lowercase comparison), after which figures are the rule, and the
/// names of currencies written after an amount ("5 cents", "8 dollars": money takes
/// figures, so they are never spelled out). Compared lowercase.
static UNITS: Keywords<1024> = Keywords::new(&[
    "acre",
    "acres",
    "amps",
    "astronomical",
    "au",
    "calories",
    "db",
    "decibel",
    "decibels",
    "gbps",
    "gigabit",
    "gigabits",
    "hz",
    "joules",
    "kbps",
    "kcal",
    "kelvin",
    "kelvins",
    "khz",
    "kilobit",
    "kilobits",
    "mah",
    "mbps",
    "megabit",
    "megabits",
    "micrometer",
    "micrometers",
    "micrometre",
    "micrometres",
    "micron",
    "microns",
    "microsecond",
    "microseconds",
    "millibars",
    "millisecond",
    "milliseconds",
    "nanometer",
    "nanometers",
    "nanometre",
    "nanometres",
    "nanosecond",
    "nanoseconds",
    "nm",
    "ohms",
    "parsecs",
    "psi",
    "rpm",
    "µm",
    "afghanis",
    "baht",
    "barrel",
    "barrels",
    "basis",
    "billionth",
    "bpd",
    "bps",
    "celsius",
    "centimeter",
    "centimeters",
    "centimetre",
    "centimetres",
    "cent",
    "cents",
    "cm",
    "cubic",
    "cup",
    "cups",
    "degree",
    "degrees",
    "dirham",
    "dirhams",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "fahrenheit",
    "feet",
    "foot",
    "francs",
    "ft",
    "g",
    "gallon",
    "gallons",
    "gb",
    "ghz",
    "gigawatt",
    "gigawatts",
    "gigabyte",
    "gigabytes",
    "gram",
    "grams",
    "gw",
    "ha",
    "hectare",
    "hectares",
    "inch",
    "inches",
    "kanal",
    "kanals",
    "kb",
    "kg",
    "kgs",
    "kilogram",
    "kilograms",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "kilowatt",
    "kilowatts",
    "kilobyte",
    "kilobytes",
    "km",
    "kmph",
    "kms",
    "knots",
    "kph",
    "kw",
    "kwh",
    "l",
    "lb",
    "lbs",
    "lira",
    "liter",
    "liters",
    "litre",
    "litres",
    "m",
    "magnitude",
    "marla",
    "marlas",
    "maunds",
    "mb",
    "megawatt",
    "megawatts",
    "megabyte",
    "megabytes",
    "meter",
    "meters",
    "metre",
    "metres",
    "mg",
    "mhz",
    "microgram",
    "micrograms",
    "milligram",
    "milligrams",
    "milliliter",
    "milliliters",
    "millilitre",
    "millilitres",
    "millimeter",
    "millimeters",
    "millimetre",
    "millimetres",
    "mile",
    "miles",
    "millionth",
    "ml",
    "mm",
    "mmcfd",
    "mph",
    "mw",
    "mwh",
    "naira",
    "ounce",
    "ounces",
    "oz",
    "paisa",
    "pence",
    "percentage",
    "pesos",
    "petabyte",
    "petabytes",
    "pint",
    "pints",
    "point",
    "points",
    "quart",
    "quarts",
    "riyal",
    "riyals",
    "roubles",
    "rubles",
    "rupee",
    "rupees",
    "shillings",
    "sq",
    "square",
    "taka",
    "tablespoon",
    "tablespoons",
    "tbsp",
    "teaspoon",
    "teaspoons",
    "terabyte",
    "terabytes",
    "tsp",
    "tb",
    "ton",
    "tonne",
    "tonnes",
    "tons",
    "trillionth",
    "volt",
    "volts",
    "watt",
    "watts",
    "x",
    "yard",
    "yards",
    "yen",
    "yuan",
    "°",
    "°c",
    "°f",
]);

/// Currency words before a number.
const CURRENCY_WORDS: &[&str] = &[
    "Rs", "PKR", "INR", "USD", "EUR", "GBP", "Rp", "Tk", "Dh", "AED", "SAR", "CNY", "RMB", "JPY",
    "Rupees", "US", "C", "A", "HK", "NZ", "S", "R",
];
/// Whether `word` is a currency code written before a number ("Rs", "PKR", "USD").
fn is_currency_code(word: &str) -> bool {
    // Every code is two or three letters starting with a capital: most words fail here.
    (2..=3).contains(&word.len())
        && word.as_bytes()[0].is_ascii_uppercase()
        && matches!(
            word,
            "Rs" | "PKR"
                | "INR"
                | "USD"
                | "EUR"
                | "GBP"
                | "Rp"
                | "Tk"
                | "AED"
                | "SAR"
                | "CNY"
                | "RMB"
                | "JPY"
        )
}

/// Currency symbols before a number.
const CURRENCY_SYMBOLS: &[&str] = &["$", "£", "€", "₹", "¥", "₨", "₩", "₽"];

/// Magnitude words and suffixes, with their factors.
fn magnitude_factor(word: &str, suffix: bool) -> Option<f64> {
    // Runs on the word after every figure: most are rejected on their first letter
    // (every magnitude starts with m, b, t, l, c or k) before being lowercased.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(first, b'm' | b'b' | b't' | b'l' | b'c' | b'k') {
        return None;
    }
    let mut buf = [0; 24];
    let factor = match keyword_form(word, &mut buf) {
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        "lakh" | "lakhs" | "lac" => 1e5,
        "crore" | "crores" => 1e7,
        "mn" => 1e6,
        "bn" => 1e9,
        "tn" | "trn" => 1e12,
        "m" if suffix => 1e6,
        "b" if suffix => 1e9,
        "k" if suffix => 1e3,
        "thousand" if !suffix => 1e3,
        _ => return None,
    };
    Some(factor)
}

fn is_ordinal_suffix(word: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|suffix| word.eq_ignore_ascii_case(suffix))
}

/// The correct ordinal suffix of `n`: "st", "nd", "rd" or "th".
pub fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// `word` as the keyword look-ups below compare it: lowercased when it starts with an
/// ASCII capital ("Section", "PERCENT"), as it is otherwise, borrowing `buf` instead
/// of allocating. A word with capitals only inside ("iPhone") equals no lowercase
/// keyword either way, so its bytes are not scanned: the look-ups run for every
/// mention, and a scan that stops at the first capital ends at a different byte from
/// one word to the next, a branch the processor mispredicts for most words. A word
/// longer than `buf` is returned as it is: it is longer than every keyword.
pub fn keyword_form<'a>(word: &'a str, buf: &'a mut [u8; 24]) -> &'a str {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) || bytes.len() > buf.len() {
        return word;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    // Lowercasing ASCII bytes keeps UTF-8 valid, so this never falls back.
    std::str::from_utf8(lower).unwrap_or(word)
}

/// Whether `word` is in `capitalized_words`, a list of words that all start with an
/// ASCII capital: a lowercase word, the usual case, is rejected without a scan.
fn in_capitalized(capitalized_words: &[&str], word: &str) -> bool {
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) && capitalized_words.contains(&word)
}

fn is_month(word: &str) -> bool {
    in_capitalized(MONTHS, word)
}

fn is_weekday(word: &str) -> bool {
    in_capitalized(WEEKDAYS, word)
}

fn is_currency_word(word: &str) -> bool {
    in_capitalized(CURRENCY_WORDS, word)
}

fn is_street_word(word: &str) -> bool {
    in_capitalized(STREET_WORDS, word)
}

// ---------------------------------------------------------------------------
// Writing numbers
// ---------------------------------------------------------------------------

/// `n` in words ("twenty-five", "one hundred twelve"), for 0 to 999,999.
pub fn cardinal_words(n: u64) -> Option<String> {
    if n >= 1_000_000 {
        return None;
    }
    let mut out = String::new();
    let thousands = n / 1000;
    let rest = n % 1000;
    if thousands > 0 {
        out.push_str(&below_thousand(thousands));
        out.push_str(" thousand");
        if rest > 0 {
            out.push(' ');
        }
    }
    if rest > 0 || n == 0 {
        out.push_str(&below_thousand(rest));
    }
    Some(out)
}

fn below_thousand(n: u64) -> String {
    let hundreds = n / 100;
    let rest = n % 100;
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(SMALL[hundreds as usize]);
        out.push_str(" hundred");
        if rest > 0 {
            out.push(' ');
        }
    }
    if rest > 0 || n == 0 {
        if rest < 20 {
            out.push_str(SMALL[rest as usize]);
        } else {
            out.push_str(TENS[(rest / 10) as usize]);
            if !rest.is_multiple_of(10) {
                out.push('-');
                out.push_str(SMALL[(rest % 10) as usize]);
            }
        }
    }
    out
}

/// `n` as an ordinal in words ("first", "twenty-first"), for 1 to 99.
pub fn ordinal_words(n: u64) -> Option<String> {
    match n {
        1..=19 => Some(SMALL_ORDINALS[n as usize].to_owned()),
        20..=99 if n.is_multiple_of(10) => Some(TENS_ORDINALS[(n / 10) as usize].to_owned()),
        20..=99 => Some(format!(
            "{}-{}",
            TENS[(n / 10) as usize],
            SMALL_ORDINALS[(n % 10) as usize]
        )),
        _ => None,
    }
}

/// Capitalizes the first letter ("twenty-four" → "Twenty-four").
pub fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The digits of a whole number grouped by `separator` every three digits
/// ("25000", "," → "25,000").
pub fn group_digits(digits: &str, separator: &str) -> String {
    let digits: Vec<char> = digits.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(*c);
    }
    out
}

/// A value in figures with at most two decimals and no trailing zeros
/// ("2.50" → "2.5", 3.0 → "3"); `None` when it is not representable that way.
pub fn short_decimal(value: f64) -> Option<String> {
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let hundredths = (value * 100.0).round();
    if (hundredths / 100.0 - value).abs() > 1e-9 * value.max(1.0) {
        return None;
    }
    let hundredths = hundredths as u64;
    let whole = hundredths / 100;
    let frac = hundredths % 100;
    Some(if frac == 0 {
        whole.to_string()
    } else if frac.is_multiple_of(10) {
        format!("{whole}.{}", frac / 10)
    } else {
        format!("{whole}.{frac:02}")
    })
}

// ---------------------------------------------------------------------------
// Reading number words
// ---------------------------------------------------------------------------

/// One number word: its value, whether it multiplies, whether it is an ordinal.
#[derive(Clone, Copy)]
enum NumberWord {
    Unit(u64),
    Tens(u64),
    Hundred,
    Scale(f64),
}

/// Every number word, bucketed by first letter.
type WordEntry = (&'static str, NumberWord, bool);

/// The number words that multiply what comes before them.
const MULTIPLIER_WORDS: [WordEntry; 10] = [
    ("hundred", NumberWord::Hundred, false),
    ("hundredth", NumberWord::Hundred, true),
    ("thousand", NumberWord::Scale(1e3), false),
    ("thousandth", NumberWord::Scale(1e3), true),
    ("million", NumberWord::Scale(1e6), false),
    ("millionth", NumberWord::Scale(1e6), true),
    ("billion", NumberWord::Scale(1e9), false),
    ("trillion", NumberWord::Scale(1e12), false),
    ("lakh", NumberWord::Scale(1e5), false),
    ("crore", NumberWord::Scale(1e7), false),
];

/// For each pair of first and last letter, one bit per length of a number word of
/// that shape ("twenty": t…y, 6). `number_word` runs on nearly every word of the body;
/// this rejects almost all of them ("the", "said", "that") before the table look-up.
/// Indexed by [`LETTER_SLOTS`]: row and column 26 (not a letter) stay empty, so the
/// test needs no branch on the bytes.
static NUMBER_WORD_SHAPES: [u16; 27 * 27] = number_word_shapes();

/// Each byte's letter slot: 0 to 25 for `a`…`z` and `A`…`Z`, 26 for any other byte.
static LETTER_SLOTS: [u8; 256] = letter_slots();

const fn letter_slots() -> [u8; 256] {
    let mut slots = [26u8; 256];
    let mut k = 0;
    while k < 26 {
        slots[b'a' as usize + k] = k as u8;
        slots[b'A' as usize + k] = k as u8;
        k += 1;
    }
    slots
}

const fn number_word_shapes() -> [u16; 27 * 27] {
    let mut shapes = [0u16; 27 * 27];
    let lists: [&[&str]; 4] = [&SMALL, &SMALL_ORDINALS, &TENS, &TENS_ORDINALS];
    let mut list = 0;
    while list < lists.len() {
        let mut k = 0;
        while k < lists[list].len() {
            add_number_word_shape(&mut shapes, lists[list][k]);
            k += 1;
        }
        list += 1;
    }
    let mut k = 0;
    while k < MULTIPLIER_WORDS.len() {
        add_number_word_shape(&mut shapes, MULTIPLIER_WORDS[k].0);
        k += 1;
    }
    shapes
}

const fn add_number_word_shape(shapes: &mut [u16; 27 * 27], word: &str) {
    let bytes = word.as_bytes();
    // The empty entries of TENS and TENS_ORDINALS are placeholders, not words.
    if !bytes.is_empty() {
        shapes[number_word_shape(bytes[0], bytes[bytes.len() - 1])] |= 1 << bytes.len();
    }
}

/// The index in [`NUMBER_WORD_SHAPES`] of a word's first and last byte.
const fn number_word_shape(first: u8, last: u8) -> usize {
    LETTER_SLOTS[first as usize] as usize * 27 + LETTER_SLOTS[last as usize] as usize
}

static NUMBER_WORDS: std::sync::LazyLock<[Vec<WordEntry>; 26]> = std::sync::LazyLock::new(|| {
    let mut words: Vec<(&'static str, NumberWord, bool)> = Vec::new();
    let small = |n: usize| {
        if n < 10 {
            NumberWord::Unit(n as u64)
        } else {
            NumberWord::Tens(n as u64)
        }
    };
    for (n, w) in SMALL.iter().enumerate() {
        words.push((w, small(n), false));
    }
    for (n, w) in SMALL_ORDINALS.iter().enumerate() {
        words.push((w, small(n), true));
    }
    for (n, w) in TENS.iter().enumerate().filter(|(_, w)| !w.is_empty()) {
        words.push((w, NumberWord::Tens(n as u64 * 10), false));
    }
    for (n, w) in TENS_ORDINALS
        .iter()
        .enumerate()
        .filter(|(_, w)| !w.is_empty())
    {
        words.push((w, NumberWord::Tens(n as u64 * 10), true));
    }
    words.extend(MULTIPLIER_WORDS);
    let mut buckets: [Vec<WordEntry>; 26] = Default::default();
    for entry in words {
        buckets[usize::from(entry.0.as_bytes()[0] - b'a')].push(entry);
    }
    buckets
});

/// Whether `word` has the length, first and last letter of a number word: a cheap
/// test that rejects almost every other word.
fn has_number_word_shape(bytes: &[u8]) -> bool {
    match bytes {
        [first, .., last] => has_shape(&NUMBER_WORD_SHAPES, *first, *last, bytes.len()),
        _ => false,
    }
}

/// Whether a word of `len` bytes from `first` to `last` has one of the shapes in
/// `shapes` (see [`NUMBER_WORD_SHAPES`]). Table look-ups only, no branch: it runs on
/// every token.
#[inline(always)]
fn has_shape(shapes: &[u16; 27 * 27], first: u8, last: u8, len: usize) -> bool {
    // No listed word is 15 letters long, so longer words land on an empty bit.
    (shapes[number_word_shape(first, last)] >> len.min(15)) & 1 != 0
}

fn number_word(word: &str) -> Option<(NumberWord, bool)> {
    // Number words are ASCII, 3 to 12 letters: most words fail here cheaply.
    if !has_number_word_shape(word.as_bytes()) {
        return None;
    }
    let bytes = word.as_bytes();
    let mut key = [0u8; 12];
    for (k, b) in key.iter_mut().zip(bytes) {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        *k = b.to_ascii_lowercase();
    }
    let key = &key[..bytes.len()];
    NUMBER_WORDS[usize::from(key[0] - b'a')]
        .iter()
        .find(|entry| entry.0.len() == key.len() && entry.0.as_bytes() == key)
        .map(|entry| (entry.1, entry.2))
}

/// Parses number words starting at token `start`: returns the end token, the value,
/// whether it is an ordinal, and the first magnitude word (million…) if any.
fn parse_words(tokens: &[Token], text: &str, start: usize) -> Option<WordsParse> {
    let word_at = |i: usize| -> Option<&str> {
        tokens
            .get(i)
            .filter(|t| t.is_word())
            .map(|t| t.as_str(text))
    };
    let mut total = 0.0f64;
    let mut current = 0.0f64;
    let mut i = start;
    let mut end = start;
    let mut ordinal = false;
    let mut last: Option<NumberWord> = None;
    let mut magnitude: Option<(usize, f64)> = None;
    let mut saw_small = false;
    while let Some(word) = word_at(i) {
        // Words after the first must be separated by a space, or by a glued hyphen
        // between tens and units ("twenty-five").
        let Some((kind, is_ordinal)) = number_word(word) else {
            break;
        };
        if i > start && tokens[i].glued() {
            break;
        }
        match (last, kind) {
            (None, NumberWord::Hundred | NumberWord::Scale(_)) => return None,
            // "twenty five" without its hyphen is still 25 (read as 20, a fix to "20"
            // would leave "20 five").
            (Some(NumberWord::Tens(tens)), NumberWord::Unit(unit))
                if tens >= 20 && tens % 10 == 0 && unit > 0 => {}
            (Some(NumberWord::Unit(_) | NumberWord::Tens(_)), NumberWord::Unit(_))
            | (Some(NumberWord::Tens(_) | NumberWord::Unit(_)), NumberWord::Tens(_)) => break,
            _ => {}
        }
        match kind {
            NumberWord::Unit(n) | NumberWord::Tens(n) => {
                current += n as f64;
                saw_small = true;
            }
            NumberWord::Hundred => {
                current = current.max(1.0) * 100.0;
            }
            NumberWord::Scale(f) => {
                if magnitude.is_none() && f >= 1e5 {
                    magnitude = Some((i, f));
                }
                total += current.max(1.0) * f;
                current = 0.0;
            }
        }
        last = Some(kind);
        end = i + 1;
        ordinal = is_ordinal;
        if is_ordinal {
            break;
        }
        // "twenty-five": a glued hyphen then a unit word.
        if let NumberWord::Tens(n) = kind
            && n >= 20
            && n % 10 == 0
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.glued() && t.as_str(text) == "-")
            && tokens.get(i + 2).is_some_and(|t| t.glued())
            && let Some(next) = word_at(i + 2)
            && let Some((NumberWord::Unit(u), ord)) = number_word(next)
            && u > 0
        {
            current += u as f64;
            end = i + 3;
            i += 3;
            last = Some(NumberWord::Unit(u));
            ordinal = ord;
            if ord {
                break;
            }
            continue;
        }
        // "one hundred and twenty".
        if matches!(kind, NumberWord::Hundred | NumberWord::Scale(_))
            && word_at(i + 1) == Some("and")
            && word_at(i + 2).is_some_and(|w| {
                matches!(
                    number_word(w),
                    Some((NumberWord::Unit(_) | NumberWord::Tens(_), _))
                )
            })
        {
            i += 2;
            continue;
        }
        i += 1;
    }
    if end == start || !saw_small {
        return None;
    }
    Some(WordsParse {
        end,
        value: total + current,
        ordinal,
        magnitude,
    })
}

struct WordsParse {
    end: usize,
    value: f64,
    ordinal: bool,
    magnitude: Option<(usize, f64)>,
}

// ---------------------------------------------------------------------------
// The analysis
// ---------------------------------------------------------------------------

/// A cursor over one block's tokens, with the number readers.
struct Cursor<'a>(TokenCursor<'a>);

impl<'a> std::ops::Deref for Cursor<'a> {
    type Target = TokenCursor<'a>;

    fn deref(&self) -> &TokenCursor<'a> {
        &self.0
    }
}

impl<'a> Cursor<'a> {
    /// The word before token `i` (`None` at the start or after punctuation).
    fn prev_word(&self, i: usize) -> Option<&'a str> {
        i.checked_sub(1).and_then(|p| self.word(p))
    }
    /// Whether the text between token `i - 1` and token `i` is exactly one thin or
    /// no-break space.
    fn thin_space_before(&self, i: usize) -> bool {
        let (Some(prev), Some(this)) = (
            i.checked_sub(1).and_then(|p| self.tokens.get(p)),
            self.tokens.get(i),
        ) else {
            return false;
        };
        matches!(
            self.text.get(prev.text.end..this.text.start),
            Some("\u{2009}" | "\u{202F}" | "\u{00A0}")
        )
    }
}

/// Whether a mention can open at `token`: figures or a number word ("a thousand" is
/// found from its multiplier: see [`casual_a_before`]). Runs on every token of the
/// body, so it reads the token's bytes by its range (no string slicing) and tests
/// words on their length and end letters by table look-ups combined without
/// branching: in running prose words, numbers and marks follow each other in no order
/// a branch predictor could learn. It may let through a token that opens no mention
/// (the caller reads each candidate); it never turns one away.
#[inline(always)]
fn may_open_mention(token: &Token, bytes: &[u8]) -> bool {
    let is_figure = matches!(token.kind, TokenKind::Number(_));
    let (start, end) = (token.text.start, token.text.end);
    let len = end.wrapping_sub(start);
    let first = bytes.get(start).copied().unwrap_or(0);
    let last = bytes.get(end.wrapping_sub(1)).copied().unwrap_or(0);
    // Only a word starts with a letter (the tokenizer's rule), and only a letter has a
    // row in the table: no test of the token's kind is needed. The shift takes the
    // length modulo 32, which the processor does anyway: lengths 16 to 31 land on the
    // empty upper half, and a word of 32 letters or more that lands on a number word's
    // bit only costs a look-up that finds nothing.
    let shape = u32::from(NUMBER_WORD_SHAPES[number_word_shape(first, last)]);
    is_figure | ((shape >> (len & 31)) & 1 != 0)
}

/// Whether the word at `i`, which [`may_open_mention`] let through, is a multiplier
/// after a one-letter "a" ("a hundred", "a million"): the mention opens at the "a".
/// Found from the multiplier rather than from every "a" of the text, one of its most
/// frequent words.
fn casual_a_before(tokens: &[Token], i: usize, bytes: &[u8]) -> bool {
    i > 0
        && tokens.get(i).is_some_and(|token| {
            matches!(
                bytes.get(token.text.clone()),
                Some(b"hundred" | b"thousand" | b"million" | b"billion")
            )
        })
        && tokens
            .get(i - 1)
            .is_some_and(|a| a.is_word() && matches!(bytes.get(a.text.clone()), Some(b"a" | b"A")))
}

/// Where the sentences of a block start, read from its sentences (sorted by their
/// first token). Mentions are read in order and each asks of its own sentence a few
/// times, so the sentence of the last question is tried first; a binary search finds
/// any other.
struct SentenceStarts<'a> {
    sentences: &'a [Sentence],
    last: std::cell::Cell<usize>,
}

impl<'a> SentenceStarts<'a> {
    fn new(sentences: &'a [Sentence]) -> Self {
        Self {
            sentences,
            last: std::cell::Cell::new(0),
        }
    }

    /// The sentence that holds token `i`: the last one that starts at or before it.
    fn sentence_of(&self, i: usize) -> Option<&'a Sentence> {
        let last = self.last.get();
        let starts_by = |k: usize| self.sentences.get(k).is_some_and(|s| s.tokens.start <= i);
        if starts_by(last) && !starts_by(last + 1) {
            return self.sentences.get(last);
        }
        let k = self
            .sentences
            .partition_point(|s| s.tokens.start <= i)
            .checked_sub(1)?;
        self.last.set(k);
        self.sentences.get(k)
    }

    /// The first token of the sentence that holds token `i`.
    fn first_of(&self, i: usize) -> Option<usize> {
        self.sentence_of(i).map(|s| s.tokens.start)
    }

    /// Whether token `i` is the first token of a sentence.
    fn is_first(&self, i: usize) -> bool {
        self.sentence_of(i).is_some_and(|s| s.tokens.start == i)
    }

    /// Whether token `i` opens its sentence: the first token after any opening quotes
    /// and brackets.
    fn is_opening(&self, c: &Cursor, i: usize) -> bool {
        let Some(sentence) = self.sentence_of(i) else {
            return false;
        };
        let mut k = sentence.tokens.start;
        while k < sentence.tokens.end
            && (matches!(c.tokens[k].kind, TokenKind::Quote { opening: true })
                || c.punct(k, "(")
                || c.punct(k, "[")
                || c.punct(k, "'")
                || c.punct(k, "‘"))
        {
            k += 1;
        }
        k == i
    }
}

/// Verbs that open the steps of a recipe ("Cook, stirring, until soft, 6 to 8 minutes").
fn is_cooking_verb(word: &str) -> bool {
    // Capitalized as the first word of a step; lowered for the look-up.
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && COOKING_VERBS.contains(keyword_form(word, &mut [0; 24]))
}

static COOKING_VERBS: Keywords<256> = Keywords::new(&[
    "add",
    "arrange",
    "bake",
    "baste",
    "beat",
    "blend",
    "boil",
    "braise",
    "bring",
    "broil",
    "brown",
    "chill",
    "combine",
    "cook",
    "cool",
    "cover",
    "drain",
    "drizzle",
    "flip",
    "fold",
    "freeze",
    "fry",
    "grill",
    "heat",
    "knead",
    "let",
    "marinate",
    "melt",
    "microwave",
    "mix",
    "poach",
    "pour",
    "preheat",
    "pulse",
    "puree",
    "purée",
    "reduce",
    "refrigerate",
    "remove",
    "rest",
    "return",
    "roast",
    "saute",
    "sauté",
    "scatter",
    "sear",
    "season",
    "simmer",
    "soak",
    "spoon",
    "spread",
    "sprinkle",
    "steam",
    "steep",
    "stir",
    "toast",
    "toss",
    "transfer",
    "turn",
    "whisk",
]);

/// Words that open a recipe's yield and time lines: "Servings: 6", "Serves 4 to 6",
/// "Makes 12", "Start to finish: 1 hour", "Prep time: 5 minutes".
fn is_recipe_label(word: &str) -> bool {
    matches!(
        word,
        "Servings" | "Serves" | "Makes" | "Yield" | "Start" | "Prep" | "Active" | "Total"
    )
}

/// AP gives a recipe's cooking times and yields in figures: a time in a sentence that
/// opens with a cooking verb ("Add the garlic and cook for 1 minute") counts as a
/// measurement, and a number in a short yield or time line ("Servings: 6", "Serves 4
/// to 6") as a label.
fn recipe_figure(c: &Cursor, m: &mut NumberMention, starts: &SentenceStarts) {
    let start = m.first_token();
    let end = m.end_token();
    let Some(prev) = start.checked_sub(1) else {
        return;
    };
    // Most figures are neither: the sentence (a search) is looked up only for a time
    // or after a colon, "to" or a label word.
    let time_after = matches!(
        c.word(end),
        Some("minute" | "minutes" | "hour" | "hours" | "second" | "seconds")
    );
    let label_before = c.punct(prev, ":")
        || c.word(prev)
            .is_some_and(|w| matches!(w, "to" | "Serves" | "Makes"));
    if !(time_after || label_before) {
        return;
    }
    let Some(first) = starts.first_of(start).filter(|&first| first < start) else {
        return;
    };
    let Some(opener) = c.word(first) else {
        return;
    };
    if time_after && is_cooking_verb(opener) {
        m.unit = Some(end);
    } else if label_before && is_recipe_label(opener) && start - first <= 6 {
        m.protection = Some(Protection::Label);
    }
}

/// Every number mention in a block's tokens. `sentences` are the block's sentences;
/// tokens before the first sentence (a dateline) are skipped.
pub fn find_numbers(tokens: &[Token], text: &str, sentences: &[Sentence]) -> Vec<NumberMention> {
    let mut mentions = Vec::new();
    find_numbers_into(tokens, text, sentences, &mut mentions);
    mentions
}

/// [`find_numbers`], appending to `mentions`: an article's mentions can then share one
/// allocation, laid out in reading order for the rules that walk them all.
pub fn find_numbers_into(
    tokens: &[Token],
    text: &str,
    sentences: &[Sentence],
    mentions: &mut Vec<NumberMention>,
) {
    let c = Cursor(TokenCursor::new(tokens, text));
    let from = sentences.first().map_or(0, |s| s.tokens.start);
    let starts = SentenceStarts::new(sentences);
    let first_of_block = mentions.len();
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(skipped) = tokens
        .get(i..)
        .and_then(|rest| rest.iter().position(|token| may_open_mention(token, bytes)))
    {
        // Nearly every token is skipped in the tight loop above.
        let scanned_from = i;
        i += skipped;
        // Each mention is completed in its place in the list: a mention is 200 bytes,
        // not copied from one place to the next.
        let opened = match &tokens[i].kind {
            TokenKind::Number(number) => {
                push_figure_mention(&c, i, *number, mentions);
                true
            }
            TokenKind::Word => {
                let at = if i > scanned_from && casual_a_before(tokens, i, bytes) {
                    i - 1
                } else {
                    i
                };
                push_words_mention(&c, at, &starts, mentions).is_some()
            }
            _ => false,
        };
        if !opened {
            i += 1;
            continue;
        }
        let Some(mention) = mentions.last_mut() else {
            break;
        };
        attach(&c, mention);
        if mention.figure.is_some() && mention.is_bare() {
            recipe_figure(&c, mention, &starts);
        }
        let first = mention.first_token();
        mention.sentence_start = starts.is_opening(&c, first);
        mention.quoted = tokens[mention.tokens.start].quoted;
        if mention.protection.is_none() {
            mention.protection = protection(&c, mention, &starts);
        }
        i = mention.end_token().max(i + 1);
    }
    mark_pairs(&c, &mut mentions[first_of_block..]);
    for mention in &mut mentions[first_of_block..] {
        mention.traits = mention.read_traits();
    }
}

fn base_mention(tokens: Range<usize>, value: f64, form: NumberForm) -> NumberMention {
    NumberMention {
        tokens,
        figure: None,
        number: None,
        base: value,
        value,
        form,
        separator: Separator::None,
        magnitude: None,
        ordinal: false,
        ordinal_suffix: None,
        currency: None,
        percent: None,
        unit: None,
        age: false,
        casual: false,
        sentence_start: false,
        protection: None,
        quoted: false,
        noun: None,
        qualified: false,
        traits: Traits::NONE,
    }
}

/// Pushes the mention of the figure at token `i`, built in its place in `out`.
fn push_figure_mention(c: &Cursor, i: usize, number: Number, out: &mut Vec<NumberMention>) {
    let mut number = number;
    let mut end = i + 1;
    let mut separator = match number.grouping {
        Grouping::None => Separator::None,
        Grouping::Comma => Separator::Comma,
        Grouping::Indian => Separator::Indian,
        Grouping::Irregular => Separator::Irregular,
    };
    // Thin-space grouping: "25 000", "1 250 000".
    if number.grouping == Grouping::None && number.is_integer() && number.integer_digits <= 3 {
        let mut j = i + 1;
        let mut value = number.value;
        let mut digits = number.integer_digits;
        while c.thin_space_before(j)
            && let Some(next) = c.tokens.get(j).and_then(Token::number)
            && next.grouping == Grouping::None
            && next.integer_digits == 3
            && c.str(j).len() >= 3
            && c.str(j).as_bytes()[..3].iter().all(u8::is_ascii_digit)
        {
            let whole = next.value.trunc();
            value = value * 1000.0 + whole + (next.value - whole);
            digits = digits.saturating_add(3);
            number.decimals = next.decimals;
            j += 1;
        }
        if j > i + 1 {
            number.value = value;
            number.integer_digits = digits;
            separator = Separator::Thin;
            end = j;
        }
    }
    out.push(base_mention(i..end, number.value, NumberForm::Figures));
    let Some(mention) = out.last_mut() else {
        return;
    };
    mention.figure = Some(i);
    mention.number = Some(number);
    mention.separator = separator;
    // Glued suffix: ordinal, magnitude, decade, or other letters.
    if c.glued(end)
        && let Some(word) = c.word(end)
    {
        if is_ordinal_suffix(word) && number.is_integer() {
            mention.ordinal = true;
            mention.ordinal_suffix = Some(end);
            mention.tokens.end = end + 1;
        } else if let Some(factor) = magnitude_factor(word, true) {
            mention.magnitude = Some(Magnitude {
                token: end,
                factor,
                suffix: true,
            });
            mention.form = NumberForm::Mixed;
            mention.value = number.value * factor;
            mention.tokens.end = end + 1;
        } else if word == "s" {
            mention.protection = Some(Protection::Year);
            mention.tokens.end = end + 1;
        } else {
            mention.protection = Some(Protection::Glued);
        }
    } else if !c.glued(end)
        && let Some(word) = c.word(end)
        && let Some(factor) = magnitude_factor(word, false)
    {
        mention.magnitude = Some(Magnitude {
            token: end,
            factor,
            suffix: false,
        });
        mention.form = NumberForm::Mixed;
        mention.value = number.value * factor;
        mention.tokens.end = end + 1;
    }
}

/// Pushes the mention of the number words from token `i` onto `out`, built in its
/// place there; `None` when the words are no mention.
fn push_words_mention(
    c: &Cursor,
    i: usize,
    starts: &SentenceStarts,
    out: &mut Vec<NumberMention>,
) -> Option<()> {
    let word = c.word(i)?;
    // Words glued to a previous word or hyphen ("forty-niners" aside) are not numbers.
    if c.glued(i)
        && i > 0
        && !c.is_numeric(i - 1)
        && !matches!(c.str(i - 1), "(" | "[" | "\"" | "“")
    {
        return None;
    }
    let (casual_a, start) = if word.eq_ignore_ascii_case("a")
        && c.word(i + 1)
            .is_some_and(|w| matches!(w, "hundred" | "thousand" | "million" | "billion" | "dozen"))
    {
        (true, i + 1)
    } else {
        (false, i)
    };
    let parse = if casual_a {
        let w = c.word(start)?;
        let (kind, ordinal) = number_word(w)?;
        let value = match kind {
            NumberWord::Hundred => 100.0,
            NumberWord::Scale(f) => f,
            _ => return None,
        };
        WordsParse {
            end: start + 1,
            value,
            ordinal,
            magnitude: None,
        }
    } else {
        parse_words(c.tokens, c.text, start)?
    };
    out.push(base_mention(i..parse.end, parse.value, NumberForm::Words));
    let mention = out.last_mut()?;
    mention.ordinal = parse.ordinal;
    mention.casual = casual_a;
    if let Some((token, factor)) = parse.magnitude {
        mention.magnitude = Some(Magnitude {
            token,
            factor,
            suffix: false,
        });
        mention.base = parse.value / factor;
    }
    // "one of", "one another", "the one": casual.
    if word.eq_ignore_ascii_case("one")
        && (c.word(parse.end).is_some_and(|w| {
            matches!(
                w,
                "of" | "another" | "day" | "time" | "way" | "who" | "that" | "which"
            )
        }) || c.prev_word(i).is_some_and(|w| {
            matches!(w, "the" | "no" | "any" | "every" | "some" | "this" | "that")
        }))
    {
        mention.casual = true;
    }
    // Cricket's fifty, an innings of 50 runs or more, is a noun: "his 40th Test fifty",
    // "a maiden fifty", "fifties".
    if word.eq_ignore_ascii_case("fifty")
        && parse.end == i + 1
        && c.word(parse.end)
            .is_none_or(|w| matches!(w, "in" | "off" | "from" | "and" | "as"))
        && c.prev_word(i).is_some_and(|w| {
            matches!(
                w,
                "a" | "his"
                    | "her"
                    | "their"
                    | "another"
                    | "maiden"
                    | "Test"
                    | "ODI"
                    | "T20"
                    | "quickfire"
                    | "unbeaten"
                    | "patient"
                    | "fine"
                    | "brisk"
            )
        })
    {
        mention.casual = true;
    }
    // Capitalized words mid-sentence are names ("Group of Twenty", "Ocean's Eleven").
    if is_capitalized(word) && !starts.is_first(i) {
        let after_opening =
            i > 0 && matches!(c.tokens[i - 1].kind, TokenKind::Quote { opening: true });
        if !after_opening {
            mention.protection = Some(Protection::Name);
        }
    }
    // A compound adjective ("twelve-member"): left alone.
    if c.punct(parse.end, "-") && c.glued(parse.end) && !is_age_after(c, parse.end) {
        mention.protection = Some(Protection::Glued);
    }
    Some(())
}

/// "-year-old", "-month-old", "-week-old", "-day-old" starting at the hyphen `i`.
fn is_age_after(c: &Cursor, i: usize) -> bool {
    c.punct(i, "-")
        && c.glued(i)
        && c.word(i + 1)
            .is_some_and(|w| is_age_unit(keyword_form(w, &mut [0; 24])))
        && c.punct(i + 2, "-")
        && c.word(i + 3).is_some_and(|w| {
            w.eq_ignore_ascii_case("old") || matches!(w, "olds" | "old's" | "old’s")
        })
}

/// An age told as a predicate, the clause ending with it: "her son turned 7", "the girl
/// is 5 and her brother is 8", "she was 9 when the war began". After "is" or "was" the
/// subject must be a person ("the toll was 5" is a count).
fn is_predicate_age(
    c: &Cursor,
    start: usize,
    prev_word: Option<&str>,
    after_word: Option<&str>,
) -> bool {
    // "when she was just 3": past the adverb.
    if matches!(prev_word, Some("just" | "only" | "barely")) && start >= 1 {
        return is_predicate_age(c, start - 1, c.prev_word(start - 1), after_word);
    }
    if !after_word.is_none_or(|w| {
        matches!(
            w,
            "when" | "and" | "on" | "in" | "last" | "this" | "at" | "next"
        )
    }) {
        return false;
    }
    match prev_word {
        Some("turned" | "turns" | "turning" | "turn") => true,
        Some("is" | "was") => start
            .checked_sub(2)
            .and_then(|i| c.word(i))
            .is_some_and(|w| {
                matches!(
                    keyword_form(w, &mut [0; 24]),
                    // "a girl who was 6": "who" stands for a person.
                    "he" | "she"
                        | "who"
                        | "girl"
                        | "boy"
                        | "son"
                        | "daughter"
                        | "child"
                        | "baby"
                        | "brother"
                        | "sister"
                        | "toddler"
                        | "grandson"
                        | "granddaughter"
                        | "victim"
                        | "infant"
                )
            }),
        _ => false,
    }
}

/// An age told by the words before the number at `start` (`prev_word` is the word
/// right before it): "aged 7", "ages 5", "aged between 6 and 9", "children under 5".
fn is_age_before(c: &Cursor, start: usize, prev_word: Option<&str>) -> bool {
    let two_back = || start.checked_sub(2).and_then(|i| c.word(i));
    match prev_word {
        Some("aged" | "age" | "ages" | "Aged") => true,
        Some("between") => {
            two_back().is_some_and(|w| matches!(w, "aged" | "age" | "ages" | "Aged"))
        }
        // "children under 5": the age of the young, a health-story staple.
        Some("under" | "over") => two_back().is_some_and(is_young),
        // "children younger than 5", "at the age of 5", "a child of 5".
        Some("than") => two_back().is_some_and(|w| matches!(w, "younger" | "older")),
        // "as young as 2", "as old as 90".
        Some("as") => two_back().is_some_and(|w| matches!(w, "young" | "old")),
        Some("of") => two_back().is_some_and(|w| {
            w == "age" || is_young(w) || matches!(w, "child" | "boy" | "girl" | "baby")
        }),
        _ => false,
    }
}

/// An age told in months or years, after the number or after the other end of its
/// range: "everyone 6 months and older", "the second dose at 4 to 6 years", or with
/// "age" shortly before in the clause ("ranged in age from 2 months to 71 years",
/// "children ages 6 months through 8 years").
fn is_age_in_units(
    c: &Cursor,
    start: usize,
    end: usize,
    prev_word: Option<&str>,
    after_word: Option<&str>,
) -> bool {
    let is_unit_at = |i: usize| {
        c.word(i)
            .is_some_and(|w| is_age_unit(keyword_form(w, &mut [0; 24])))
    };
    let unit_at = if is_unit_at(end) {
        end
    } else if matches!(after_word, Some("to" | "through"))
        && c.tokens
            .get(end + 1)
            .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))
        && is_unit_at(end + 2)
    {
        end + 2
    } else {
        return false;
    };
    if matches!(c.word(unit_at + 1), Some("and" | "or"))
        && matches!(
            c.word(unit_at + 2),
            Some("older" | "younger" | "up" | "over" | "under")
        )
    {
        return true;
    }
    if prev_word == Some("at") {
        return true;
    }
    // Back through the clause, at most six tokens: "age", or "at" before the range.
    for i in (start.saturating_sub(6)..start).rev() {
        let found = match c.word(i) {
            Some("age" | "ages" | "aged" | "Ages" | "Aged") => true,
            // "at 4 to 6 years": "at", the range's first end, "to", this number.
            Some("at") => {
                i + 3 == start
                    && matches!(prev_word, Some("to" | "through"))
                    && c.tokens
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))
            }
            _ => false,
        };
        if found {
            return true;
        }
        if is_clause_end(c, i) {
            return false;
        }
    }
    false
}

/// Whether token `i` ends a clause: a comma, semicolon, closing bracket or point, or
/// the end of the text.
fn is_clause_end(c: &Cursor, i: usize) -> bool {
    c.tokens
        .get(i)
        .is_none_or(|_| c.punct(i, ",") || c.punct(i, ";") || c.punct(i, ")") || c.punct(i, "."))
}

/// Whether a word names children or kin, whose numbers in apposition are ages ("her two
/// sons, 4 and 7").
fn is_kin(word: &str) -> bool {
    is_young(word)
        || matches!(
            keyword_form(word, &mut [0; 24]),
            "sons"
                | "daughters"
                | "brothers"
                | "sisters"
                | "twins"
                | "siblings"
                | "grandchildren"
                | "grandsons"
                | "granddaughters"
        )
}

/// Whether a word names the young, whose number is an age: "children under 5".
fn is_young(word: &str) -> bool {
    matches!(
        keyword_form(word, &mut [0; 24]),
        "children" | "kids" | "babies" | "infants" | "toddlers" | "boys" | "girls"
    )
}

/// Lowercase words after a number that are not the noun it counts: function words,
/// "percent", magnitudes (see [`attach`]).
static NOT_COUNTED_NOUNS: Keywords<256> = Keywords::new(&[
    "of", "and", "or", "to", "in", "on", "at", "per", "more", "other", "a", "an", "the", "by",
    "for", "from", "with", "percent", "than", "as", "is", "was", "were", "are", "had", "have",
    "has", "who", "which", "that", "out", "into", "million", "billion", "after", "before",
    "against", "off", "when", "while",
]);

/// Words before a number that qualify it ("at least 12", "about 5", "another 3"):
/// a count so qualified does not conflict with another (see [`attach`]). Compared
/// lowercase.
static QUALIFIERS: Keywords<256> = Keywords::new(&[
    "least",
    "than",
    "over",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "estimated",
    "under",
    "another",
    "additional",
    "to",
    "by",
    "from",
    "total",
    "toll",
    "reportedly",
    "possibly",
    "initially",
    "revised",
    "updated",
    "up",
    "only",
    "just",
    "over.",
    "upwards",
    "exceeding",
    "beyond",
    "below",
    "above",
    "circa",
    "approx",
]);

/// Currency, percent, unit, age, noun and qualifier around a mention.
fn attach(c: &Cursor, m: &mut NumberMention) {
    let start = m.tokens.start;
    // The words on either side are read once: most of the tests below look at them.
    let prev_word = c.prev_word(start);
    // Currency before.
    if let Some(p) = start.checked_sub(1) {
        if prev_word.is_some_and(is_currency_code) {
            m.currency = Some(CurrencyMark {
                tokens: p..p + 1,
                glued: c.glued(start),
            });
        } else if c.tokens[p].kind == TokenKind::Punct {
            let ptext = c.str(p);
            if CURRENCY_SYMBOLS.contains(&ptext) {
                let mut first = p;
                if p > 0 && c.glued(p) && c.word(p - 1).is_some_and(is_currency_word) {
                    first = p - 1;
                }
                m.currency = Some(CurrencyMark {
                    tokens: first..p + 1,
                    glued: c.glued(start),
                });
            } else if ptext == "." && c.glued(p) && p > 0 && c.word(p - 1) == Some("Rs") {
                m.currency = Some(CurrencyMark {
                    tokens: p - 1..p + 1,
                    glued: c.glued(start),
                });
            }
        }
    }
    // A capital letter glued after a bare figure names something ("3M Co.", "a 5K
    // run", "4K screens"); only a sum writes millions that way ("$3M").
    if m.currency.is_none()
        && let Some(magnitude) = m.magnitude
        && magnitude.suffix
        && matches!(c.str(magnitude.token), "M" | "B" | "K")
    {
        m.magnitude = None;
        m.form = NumberForm::Figures;
        m.value = m.base;
        m.tokens.end = magnitude.token;
        m.protection = Some(Protection::Glued);
    }
    let end = m.tokens.end;
    let after_word = c.word(end);
    // Glued to a word or hyphen before (not a currency): protected.
    if m.currency.is_none() && m.figure.is_some() && c.glued(start) && start > 0 {
        let p = start - 1;
        let glued_word = prev_word.is_some()
            || ((c.punct(p, "-") || c.punct(p, "–") || c.punct(p, "/"))
                && p > 0
                && c.glued(p)
                && c.word(p - 1).is_some());
        if glued_word {
            m.protection = Some(Protection::Glued);
        } else if c.punct(p, "#") {
            m.protection = Some(Protection::Label);
        } else if c.punct(p, "^") {
            // An exponent: "10^9".
            m.protection = Some(Protection::Glued);
        } else if c.punct(p, "'") || c.punct(p, "’") {
            // "'90s": a decade.
            m.protection = Some(Protection::Year);
        } else if c.tokens[p].kind == TokenKind::Numeric || c.punct(p, ".") || c.punct(p, ":") {
            m.protection = Some(Protection::Glued);
        }
    }
    // Percent after.
    let after = end;
    if c.punct(after, "%") {
        m.percent = Some(PercentMark {
            form: if c.glued(after) {
                PercentForm::Sign
            } else {
                PercentForm::SpacedSign
            },
            tokens: after..after + 1,
        });
    } else if let Some(w) = after_word {
        let mut buf = [0; 24];
        let lower = keyword_form(w, &mut buf);
        if lower == "percent" {
            m.percent = Some(PercentMark {
                form: PercentForm::Percent,
                tokens: after..after + 1,
            });
        } else if lower == "per"
            && c.word(after + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("cent"))
        {
            m.percent = Some(PercentMark {
                form: PercentForm::PerCent,
                tokens: after..after + 2,
            });
        } else if lower == "pct" {
            m.percent = Some(PercentMark {
                form: PercentForm::Pct,
                tokens: after..after + 1,
            });
        } else if c.glued(after) && m.figure.is_some() && lower != "s" {
            // Letters glued after: handled as protection in push_figure_mention.
        } else if UNITS.contains(lower) && !(lower == "m" && m.magnitude.is_some()) {
            // "pounds" is a currency or a weight; either way figures are right.
            m.unit = Some(after);
        } else if matches!(lower, "pounds" | "pound" | "kilos" | "kilo")
            // "4 light-years away".
            || (lower == "light"
                && c.punct(after + 1, "-")
                && c.word(after + 2).is_some_and(|w| w.starts_with("year")))
        {
            m.unit = Some(after);
        } else if matches!(w, "F" | "C") && m.figure.is_some() {
            // A temperature with its scale's capital: "86 F", "minus 15 C".
            m.unit = Some(after);
        }
    } else if c.punct(after, "°") {
        m.unit = Some(after);
    }
    // Age.
    if is_age_after(c, end)
        // "5 years old", "2 months old", "8 weeks old", "4 days old".
        || (after_word.is_some_and(is_age_unit) && c.word(end + 1) == Some("old"))
        // "children 5 and older", "ages 12 and up".
        || (after_word == Some("and")
            && matches!(c.word(end + 1), Some("older" | "younger" | "up" | "under" | "over"))
            && prev_word.is_some_and(is_young))
        || is_age_before(c, start, prev_word)
        || is_predicate_age(c, start, prev_word, after_word)
        // A cheap first-letter test before the unit look-up: "years", "months", "weeks",
        // "days", or "to"/"through" before the range's other end.
        || (m.figure.is_some()
            && after_word.is_some_and(|w| matches!(w.as_bytes()[0], b'y' | b'm' | b'w' | b'd' | b't'))
            && is_age_in_units(c, start, end, prev_word, after_word))
    {
        m.age = true;
    } else if m.figure.is_some()
        && start >= 2
        && ((c.punct(start - 1, ",") && c.word(start - 2).is_some())
            // "Her daughter, now 7, was unhurt."
            || (matches!(prev_word, Some("now" | "then"))
                && start >= 3
                && c.punct(start - 2, ",")
                && c.word(start - 3).is_some()))
        && (c.punct(end, ",") || c.punct(end, ";") || c.punct(end, ")") || c.punct(end, "."))
        && m.currency.is_none()
        && m.percent.is_none()
        && m.unit.is_none()
        && m.magnitude.is_none()
        && !m.ordinal
    {
        // "the boy, 5," / "Ali Khan, 34, said".
        m.age = true;
    }
    // Counted noun: the next lowercase word.
    let noun_at = m.end_token();
    let word_after_mention = if noun_at == end {
        after_word
    } else {
        c.word(noun_at)
    };
    if !c.glued(noun_at)
        && let Some(w) = word_after_mention
        && w.chars().next().is_some_and(char::is_lowercase)
        && !NOT_COUNTED_NOUNS.contains(w)
    {
        m.noun = Some(noun_at);
    }
    // Qualifiers.
    let q = m.first_token();
    let (mut buf1, mut buf2) = ([0; 24], [0; 24]);
    let word_before_mention = if q == start {
        prev_word
    } else {
        q.checked_sub(1).and_then(|p| c.word(p))
    };
    let b1 = word_before_mention.map(|w| keyword_form(w, &mut buf1));
    let b2 = q
        .checked_sub(2)
        .and_then(|p| c.word(p))
        .map(|w| keyword_form(w, &mut buf2));
    m.qualified = b1.is_some_and(|w| QUALIFIERS.contains(w))
        || matches!(b2, Some("up" | "rose" | "risen" | "climbed" | "reached"))
        || word_after_mention
            .is_some_and(|w| matches!(w, "more" | "other" | "additional" | "or" | "plus"))
        || c.punct(m.end_token(), "+");
}

/// Why the mention is protected, if it is. Called once per mention from one place:
/// inlined, as the compiler did on its own until the name test grew (a call of its
/// own measured 0.4 million more instructions on 300 files).
#[inline(always)]
fn protection(c: &Cursor, m: &NumberMention, starts: &SentenceStarts) -> Option<Protection> {
    let start = m.first_token();
    let end = m.end_token();
    let figure = m.figure.is_some();
    // The word right after the number: the date, ratio and time tests all read it.
    let end_word = c.word(end);
    // Nothing before a sentence's first token belongs to it ("Monday. 24 unions").
    let looks_back = !starts.is_first(start);
    // The word right before, read once for the tests below that want it.
    let prev = if looks_back { c.prev_word(start) } else { None };
    // An ordinal word as a fraction: "the poorest tenth of households", "a twentieth to
    // his mistress".
    if m.ordinal
        && !figure
        && m.value >= 3.0
        && (end_word == Some("of")
            || prev.is_some_and(|w| {
                matches!(w, "a" | "one" | "One" | "A" | "top" | "bottom") || w.ends_with("est")
            }))
    {
        return Some(Protection::Fraction);
    }
    // Years: four digits, no grouping, 1800 to 2100, nothing attached.
    if let Some(n) = m.number
        && figure
        && is_year_shaped(&n)
        && m.currency.is_none()
        && m.percent.is_none()
        && m.unit.is_none()
        && m.magnitude.is_none()
        && !m.ordinal
    {
        return Some(Protection::Year);
    }
    if let Some(n) = m.number
        && figure
        && n.grouping == Grouping::None
        && n.is_integer()
        && n.integer_digits <= 4
    {
        // A year of an era: "1500 B.C.", "300 BCE", "A.D. 79", "AD 1066" ("AD" and
        // "CE" after the year too).
        if is_era(c, end) || (looks_back && is_era_before(c, start)) {
            return Some(Protection::Year);
        }
        // A year before 1800, told by its context (a count in that range would be
        // grouped "1,692", and a wrong guess here gives a fix that changes meaning).
        if n.integer_digits == 4
            && n.value < 1800.0
            && n.value >= 1000.0
            && looks_back
            && m.currency.is_none()
            && m.percent.is_none()
            && m.unit.is_none()
            && m.magnitude.is_none()
            && is_early_year(c, start, end, end_word)
        {
            return Some(Protection::Year);
        }
        // Military time: "at 1430 hours" (not "worked 1500 hours").
        if n.integer_digits == 4
            && end_word == Some("hours")
            && c.prev_word(start).is_some_and(|w| {
                matches!(
                    w,
                    "at" | "by" | "until" | "till" | "before" | "after" | "since"
                )
            })
            && n.value % 100.0 < 60.0
            && n.value < 2400.0
        {
            return Some(Protection::Time);
        }
    }
    // Most numbers are followed by a space: one test for the two cases below.
    if figure && c.glued(end) {
        // A name glued on by a hyphen: "7-Eleven", "4-H" ("2-year-old", "3-2" go on).
        if c.punct(end, "-") && c.glued(end + 1) && c.word(end + 1).is_some_and(is_capitalized) {
            return Some(Protection::Name);
        }
        // A code with a glued bracketed letter: "401(k)", "501(c)(3)".
        if c.punct(end, "(")
            && c.word(end + 1).is_some_and(|w| w.len() == 1)
            && c.punct(end + 2, ")")
        {
            return Some(Protection::Glued);
        }
    }
    // Fractions: "2 1/2", "3½".
    if c.tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Numeric && t.as_str(c.text).contains('/'))
        || (figure && c.glued(end) && c.str(end).starts_with(is_vulgar_fraction))
    {
        return Some(Protection::Fraction);
    }
    // Labels: "(1)".
    if start > 0
        && c.punct(start - 1, "(")
        && c.glued(start)
        && c.punct(end, ")")
        && c.glued(end)
        && m.currency.is_none()
        && m.percent.is_none()
    {
        return Some(Protection::Label);
    }
    // Clock times.
    if figure {
        let next = c.str(end);
        if is_time_word(next)
            || (next == "a" && c.punct(end + 1, ".") && c.glued(end + 1))
            || next == "o"
        {
            return Some(Protection::Time);
        }
        // "doors open at 9", "began singing at 5": an hour or an age, figures either
        // way.
        if prev == Some("at")
            && m.is_bare()
            && m.is_integer()
            && m.value <= 12.0
            && end_word.is_none_or(|w| matches!(w, "when" | "and" | "or" | "on" | "in"))
        {
            return Some(Protection::Time);
        }
        // "scored a 5 on the exam", "a 3 or higher": a bare figure after "a" is a
        // mark or a grade, not a count ("a five-day trip" takes words).
        if matches!(prev, Some("a" | "an"))
            && m.is_bare()
            && m.is_integer()
            && !c.glued(end)
            && end_word.is_none_or(|w| matches!(w, "on" | "or" | "and" | "at" | "for"))
        {
            return Some(Protection::Label);
        }
        // Basketball's noun for a 3-pointer: "a step-back 3 from the left wing", "hit
        // another 3.", "his go-ahead 3 with 20 seconds left".
        if m.value == 3.0
            && m.is_bare()
            && !(c.glued(end) && c.punct(end, "-"))
            && end_word
                .is_none_or(|w| matches!(w, "from" | "with" | "to" | "that" | "and" | "as" | "in"))
            && c.prev_word(start).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "another"
                        | "his"
                        | "her"
                        | "back"
                        | "up"
                        | "corner"
                        | "deep"
                        | "ahead"
                        | "tying"
                        | "contested"
                        | "open"
                        | "fadeaway"
                )
            })
        {
            return Some(Protection::Label);
        }
        // Golf: "shot 3 under", "4 under par", "finished 2 over".
        if matches!(end_word, Some("under" | "over"))
            && m.is_bare()
            && c.word(end + 1)
                .is_none_or(|w| matches!(w, "par" | "for" | "after" | "with" | "and" | "on"))
        {
            return Some(Protection::Pair);
        }
    }
    // Chapter and verse: the end of a verse range, "Philippians 4:6-7", "Luke
    // 21:1-13"; a numbered book before its chapter, "1 Peter 2:1", "2 Timothy 1:7".
    let chapter_and_verse = |i: usize| {
        c.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Numeric && c.str(i).contains(':'))
    };
    if figure
        && m.is_bare()
        && start >= 2
        && (c.punct(start - 1, "-") || c.punct(start - 1, "–"))
        && c.glued(start)
        && c.glued(start - 1)
        && chapter_and_verse(start - 2)
    {
        return Some(Protection::Pair);
    }
    if figure && m.is_bare() && end_word.is_some_and(is_capitalized) && chapter_and_verse(end + 1) {
        return Some(Protection::Name);
    }
    // Constant dollars: "$5 billion in 2020 dollars", "in 1990 prices".
    if figure
        && m.currency.is_none()
        && m.separator == Separator::None
        && m.is_integer()
        && (1800.0..=2100.0).contains(&m.value)
        && matches!(prev, Some("in" | "of"))
        && matches!(
            end_word,
            Some("dollars" | "dollar" | "prices" | "euros" | "pounds")
        )
    {
        return Some(Protection::Year);
    }
    // A wind force: "gale force 8", "force 7 on the Beaufort scale", "a force 9 gale".
    if figure
        && m.value <= 12.0
        && m.is_bare()
        && prev.is_some_and(|w| w.eq_ignore_ascii_case("force"))
        && (start >= 2 && c.prev_word(start - 1) == Some("gale")
            || matches!(end_word, Some("gale" | "gales" | "winds" | "storm" | "on")))
    {
        return Some(Protection::Designator);
    }
    // The title or volume before a legal code or reporter: "42 U.S.C. § 2000d", "78
    // Stat. 241", "40 C.F.R. 52".
    if figure
        && m.is_bare()
        && end_word.is_some_and(|w| {
            matches!(
                w.trim_end_matches('.'),
                "U.S.C" | "USC" | "Stat" | "C.F.R" | "CFR"
            )
        })
    {
        return Some(Protection::Designator);
    }
    // Dates: a month before or after, a weekday before.
    if m.currency.is_none() && m.percent.is_none() && m.value <= 31.0 && m.is_integer() {
        let prev = if !looks_back {
            None
        } else if start >= 2 && c.punct(start - 1, ".") && c.glued(start - 1) {
            c.word(start - 2).filter(|w| w.len() <= 4)
        } else {
            c.prev_word(start)
        };
        if prev.is_some_and(|w| is_month(w) || is_weekday(w)) {
            return Some(Protection::Date);
        }
        if end_word.is_some_and(is_month)
            || (end_word == Some("of") && c.word(end + 1).is_some_and(is_month))
        {
            return Some(Protection::Date);
        }
    }
    // Designators: "Section 219", "No. 1", "page 1233", "#3".
    if start > 0 && looks_back {
        let p = start - 1;
        let designator = if c.punct(p, ".") && c.glued(p) && p > 0 {
            c.word(p - 1)
        } else {
            c.word(p)
        };
        if let Some(d) = designator {
            let mut buf = [0; 24];
            // Few words end in a point: the trim is called only for those.
            let stem = if d.ends_with('.') {
                d.trim_end_matches('.')
            } else {
                d
            };
            let lower = keyword_form(stem, &mut buf);
            if DESIGNATORS.contains(lower)
                && (lower != "no" || is_capitalized(d) || c.punct(p, "."))
            {
                return Some(Protection::Designator);
            }
            // Locators of a work: "see note 4", "line 14 of the sonnet", "act 3, scene
            // 1", "plate 12 in appendix 2", "op. 67". Words that also name a thing
            // ("the line 5 people formed") count as locators only without a
            // determiner before them.
            if WORK_LOCATORS.contains(lower)
                && !(p > 0 && c.word(p - 1).is_some_and(is_determiner) && !c.punct(p, "."))
                // "took part 3 times".
                && !(lower == "part"
                    && p > 0
                    && c.word(p - 1)
                        .is_some_and(|w| matches!(w, "take" | "takes" | "took" | "taken" | "taking")))
            {
                return Some(Protection::Designator);
            }
            // A capitalized name right before: "Boeing 737", "Apollo 11". A word that
            // opens the sentence is capitalized anyway: there, a common opener ("Now
            // 5 people", "Even 3 judges") is not a name, any other word ("Formula 1
            // teams", "Windows 7 sold well") is taken for one.
            let name_start = if c.punct(p, ".") { p - 1 } else { p };
            // Tested in this order: most words before a number are lowercase.
            let is_name = |d: &str| {
                let mut lower_buf = [0; 24];
                let lower = keyword_form(d, &mut lower_buf);
                if COUNT_LEADERS.contains(lower) {
                    return false;
                }
                // Capitalized only by its place: "Now 5 people", "Sadly 3 people died"
                // (an adverb in -ly; "Italy" is a name).
                let adverb = lower.len() >= 5 && lower.ends_with("ly") && !lower.ends_with("aly");
                !(starts.is_first(name_start) && (SENTENCE_OPENERS.contains(lower) || adverb))
            };
            if figure
                && is_capitalized(d)
                && is_name(d)
                && !is_month(d)
                && !is_weekday(d)
                && !d.ends_with("’s")
                && !d.ends_with("'s")
                && !is_currency_word(d)
                && !c.punct(p, ".")
                && m.currency.is_none()
                && m.percent.is_none()
            {
                return Some(Protection::Name);
            }
        }
        if c.punct(p, "#") {
            return Some(Protection::Label);
        }
        // "a magnitude of 5", "a category of 4": the scale named before "of".
        if c.word(p) == Some("of")
            && p > 0
            && c.word(p - 1).is_some_and(|w| {
                matches!(
                    keyword_form(w, &mut [0; 24]),
                    "magnitude" | "category" | "grade" | "level" | "size" | "ph"
                )
            })
        {
            return Some(Protection::Designator);
        }
    }
    // Street addresses: "1600 Pennsylvania Ave.", "10 Downing Street", and "the 2400
    // block of Main Street".
    if figure && m.currency.is_none() && m.percent.is_none() && m.magnitude.is_none() {
        if end_word == Some("block") && c.word(end + 1) == Some("of") {
            return Some(Protection::Address);
        }
        // "2 W. 42nd St.": a compass point with its period, and an ordinal street
        // name, may stand between the number and the street word.
        let mut j = end;
        if matches!(end_word, Some("N" | "S" | "E" | "W")) && c.punct(end + 1, ".") {
            j = end + 2;
        }
        if c.is_number(j)
            && c.glued(j + 1)
            && c.word(j + 1).is_some_and(is_ordinal_suffix)
            && c.word(j + 2).is_some_and(is_street_word)
        {
            return Some(Protection::Address);
        }
        let mut words = 0;
        while let Some(w) = c.word(j) {
            if !is_capitalized(w) || words >= 4 {
                break;
            }
            if words > 0 && is_street_word(w) {
                return Some(Protection::Address);
            }
            words += 1;
            j += 1;
        }
        if words >= 1 && m.is_bare() && is_title_after(c, end) {
            return Some(Protection::Name);
        }
    }
    // A win-loss record told in a line: "played 10, lost 8, drawn 2", "14 matches, 8
    // won, 3 lost".
    if figure && m.value <= 200.0 && m.is_bare() && in_record_line(c, prev, start, end) {
        return Some(Protection::Pair);
    }
    // Golf: a round against par or a match-play standing, "6 under through 10 holes",
    // "was 2 down after nine holes", "won 1 up"; and a match-play result, "won 4 and
    // 3", "beat Rahm 3 and 2".
    if figure && m.value <= 20.0 && m.is_bare() {
        let after = c.word(end + 1);
        let clause_end = is_clause_end(c, end + 1);
        let par = matches!(end_word, Some("under" | "over"))
            && (clause_end || matches!(after, Some("through" | "after" | "in" | "with" | "on")));
        let standing = matches!(end_word, Some("up" | "down"))
            && matches!(
                prev,
                Some("won" | "was" | "went" | "is" | "were" | "finished" | "stood" | "lost")
            )
            && (clause_end || matches!(after, Some("through" | "after" | "with" | "on")));
        let result_pair = |a_start: usize| {
            c.prev_word(a_start)
                .is_some_and(|w| matches!(w, "won" | "wins" | "win"))
                || (a_start >= 2
                    && c.prev_word(a_start).is_some_and(is_capitalized)
                    && c.prev_word(a_start - 1)
                        .is_some_and(|w| matches!(w, "beat" | "beats" | "defeated")))
        };
        let first_of_result = m.noun.is_none()
            && end_word == Some("and")
            && c.is_number(end + 1)
            && is_clause_end(c, end + 2)
            && result_pair(start);
        let second_of_result = start >= 3
            && prev == Some("and")
            && c.is_number(start - 2)
            && is_clause_end(c, end)
            && result_pair(start - 2);
        if par || standing || first_of_result || second_of_result {
            return Some(Protection::Pair);
        }
    }
    // A batsman's score: "caught at gully for 4", "was out for 7".
    if figure
        && m.is_bare()
        && m.noun.is_none()
        && prev == Some("for")
        && (2..=5).any(|n| {
            start
                .checked_sub(n)
                .and_then(|i| c.word(i))
                .is_some_and(|w| {
                    matches!(
                        w,
                        "caught" | "bowled" | "lbw" | "stumped" | "out" | "dismissed"
                    )
                })
        })
        && is_clause_end(c, end)
    {
        return Some(Protection::Pair);
    }
    // Ratios: "1 in 4", "9 out of 10", "2-to-1", "7 of every 10", "1-in-4".
    if figure {
        // Not "fell to 1 in 2021.": a year ending the clause is a time, not a base.
        if end_word == Some("in") && c.is_number(end + 1) && !is_closing_year(c, end + 1) {
            return Some(Protection::Ratio);
        }
        if matches!(end_word, Some("in" | "of"))
            && c.word(end + 1) == Some("every")
            && c.is_number(end + 2)
        {
            return Some(Protection::Ratio);
        }
        if end_word == Some("out") && c.word(end + 1) == Some("of") && c.is_number(end + 2) {
            return Some(Protection::Ratio);
        }
        // Arithmetic, "2 times 4", "3 plus 5", "9 minus 2": figures on both sides,
        // unlike a count of times ("sacked 4 times"), which the style rules judge.
        if matches!(end_word, Some("times" | "plus" | "minus")) && c.is_number(end + 1) {
            return Some(Protection::Ratio);
        }
        // "4 squared", "2 cubed".
        if matches!(end_word, Some("divided" | "multiplied"))
            && c.word(end + 1) == Some("by")
            && c.is_number(end + 2)
        {
            return Some(Protection::Ratio);
        }
        if matches!(end_word, Some("squared" | "cubed")) {
            return Some(Protection::Ratio);
        }
        // Dimensions and grids: "9 by 12 feet", "a 2×4 grid", "a 3 x 3 grid".
        if (end_word == Some("by") || c.punct(end, "×") || end_word == Some("x"))
            && c.is_number(end + 1)
        {
            return Some(Protection::Pair);
        }
        if c.punct(end, "-") && c.glued(end) && c.word(end + 1) == Some("to") {
            return Some(Protection::Ratio);
        }
        // "a 1-in-4 chance", "a 1-in-100-year flood".
        if c.punct(end, "-")
            && c.glued(end)
            && c.word(end + 1) == Some("in")
            && c.punct(end + 2, "-")
            && c.is_number(end + 3)
        {
            return Some(Protection::Ratio);
        }
        if !looks_back {
            return None;
        }
        if start >= 2 && prev == Some("in") && c.is_number(start - 2) {
            return Some(Protection::Ratio);
        }
        if start >= 3 && prev == Some("of") && c.word(start - 2) == Some("out") {
            return Some(Protection::Ratio);
        }
        if start >= 2 && matches!(prev, Some("times" | "plus" | "minus")) && c.is_number(start - 2)
        {
            return Some(Protection::Ratio);
        }
        if start >= 2
            && (prev == Some("by") || c.punct(start - 1, "×") || prev == Some("x"))
            && c.is_number(start - 2)
        {
            return Some(Protection::Pair);
        }
        // "multiply by 4", "divided by 2", "the square root of 9".
        if start >= 2
            && prev == Some("by")
            && c.word(start - 2).is_some_and(|w| {
                matches!(
                    keyword_form(w, &mut [0; 24]),
                    "multiply" | "multiplied" | "divide" | "divided"
                )
            })
        {
            return Some(Protection::Ratio);
        }
        if start >= 3 && prev == Some("of") && c.word(start - 2) == Some("root") {
            return Some(Protection::Ratio);
        }
        // The result: "2 times 4 equals 8", "3 plus 5 equals 8", "The square root of 9
        // is 3", "2 times 4, is 8".
        if start >= 4
            && matches!(prev, Some("equals" | "is" | "makes" | "equal"))
            && (c.word(start - 2) == Some("equals")
                || (1..=4).any(|n| {
                    start.checked_sub(n + 1).is_some_and(|i| {
                        c.is_number(i)
                            && i >= 1
                            && matches!(
                                c.word(i - 1),
                                Some("times" | "plus" | "minus" | "by" | "of")
                            )
                    })
                }))
        {
            return Some(Protection::Ratio);
        }
        if start >= 3
            && prev == Some("every")
            && matches!(c.word(start - 2), Some("in" | "of"))
            && c.is_number(start - 3)
        {
            return Some(Protection::Ratio);
        }
        if start >= 2 && c.punct(start - 1, "-") && c.word(start - 2) == Some("to") {
            return Some(Protection::Ratio);
        }
    }
    None
}

/// Whether the capitalized words from `i` on, with the figure before them, read as a
/// name or a title: "5 Seconds of Summer took the stage", "3 Doors Down played".
/// Two capitalized words at least ("of", "the" and "and" may join them), not ending in
/// a plural ("3 Grammy Awards"), and then a verb or the end of the clause: before a
/// lowercase noun the capitals are a modifier of a count ("9 Supreme Court justices").
fn is_title_after(c: &Cursor, i: usize) -> bool {
    let mut j = i;
    let mut capitals = 0;
    let mut last = "";
    while let Some(w) = c.word(j) {
        if is_capitalized(w) {
            capitals += 1;
            last = w;
        } else if !(capitals > 0
            && matches!(w, "of" | "the" | "and")
            && c.word(j + 1).is_some_and(is_capitalized))
        {
            break;
        }
        j += 1;
    }
    if capitals < 2 {
        return false;
    }
    // A possessive name: "3 Doors Down's \"Kryptonite\"" (not a plural count: "3
    // Democrats'").
    if let Some(stem) = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")) {
        return !stem.ends_with('s');
    }
    if last.ends_with('s') {
        return false;
    }
    c.word(j).is_none_or(|w| {
        w.ends_with("ed")
            || matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "has"
                    | "have"
                    | "had"
                    | "took"
                    | "won"
                    | "sang"
                    | "said"
                    | "says"
                    | "made"
                    | "began"
                    | "became"
                    | "sold"
                    | "topped"
            )
    })
}

/// Four digits without grouping, 1800 to 2100: a figure that reads as a year.
fn is_year_shaped(n: &Number) -> bool {
    n.grouping == Grouping::None
        && n.is_integer()
        && n.integer_digits == 4
        && (1800.0..=2100.0).contains(&n.value)
}

/// Whether a four-digit figure from 1000 to 1799 at token `start`, followed by the
/// word `next` (if any), reads as a year: after a word that takes a year ("in 1783",
/// "circa 1750", "dates from 1776", "a mill by 1790", "from about 1650"), or between
/// an article and a singular word ("the 1692 witch trials"). A plural word after it
/// makes it a count ("in 1500 homes", "the 1500 workers"), as does "by" after a verb
/// of change ("rose by 1500").
fn is_early_year(c: &Cursor, start: usize, end: usize, next: Option<&str>) -> bool {
    let plural = |w: &str| {
        (w.len() > 2 && w.ends_with('s') && w.starts_with(|ch: char| ch.is_ascii_lowercase()))
            || matches!(
                w,
                "people"
                    | "children"
                    | "men"
                    | "women"
                    | "police"
                    | "personnel"
                    | "staff"
                    | "cattle"
                    | "sheep"
                    | "fish"
                    | "feet"
            )
    };
    // "circa 1750", "c. 1750", "ca. 1690": a year whatever follows.
    if c.prev_word(start) == Some("circa")
        || (start >= 2 && c.punct(start - 1, ".") && matches!(c.word(start - 2), Some("c" | "ca")))
    {
        return true;
    }
    // "in 1500 homes", and the first end of "from 1200 to 1500 people".
    if next.is_some_and(plural)
        || (matches!(next, Some("to" | "and" | "or"))
            && c.tokens
                .get(end + 1)
                .is_some_and(|t| matches!(t.kind, TokenKind::Number(_)))
            && c.word(end + 2).is_some_and(plural))
    {
        return false;
    }
    let Some(before) = c.prev_word(start) else {
        return false;
    };
    let mut buf = [0u8; 24];
    let before = keyword_form(before, &mut buf);
    let before_that = || {
        start
            .checked_sub(1)
            .and_then(|p| c.prev_word(p))
            .map(|w| w.to_ascii_lowercase())
    };
    match before {
        "in" | "circa" | "since" | "until" | "till" | "from" | "before" | "after" | "during" => {
            true
        }
        "by" => !before_that().is_some_and(|w| {
            matches!(
                w.as_str(),
                "rose"
                    | "risen"
                    | "fell"
                    | "fallen"
                    | "grew"
                    | "grown"
                    | "increased"
                    | "decreased"
                    | "dropped"
                    | "declined"
                    | "climbed"
                    | "jumped"
                    | "cut"
                    | "raised"
                    | "reduced"
                    | "gained"
                    | "lost"
                    | "up"
                    | "down"
                    | "more"
                    | "fewer"
                    | "less"
                    | "outnumbered"
                    | "won"
                    | "led"
            )
        }),
        "about" | "around" => before_that()
            .is_some_and(|w| matches!(w.as_str(), "in" | "from" | "since" | "until" | "by")),
        // "The Great Fire of 1666", "the witch trials of 1692", "the census of 1790"
        // ("a total of 1500 were" is a count: a name or an event before "of").
        "of" => start
            .checked_sub(2)
            .and_then(|p| c.word(p))
            .is_some_and(|w| {
                w.starts_with(|ch: char| ch.is_ascii_uppercase())
                    || matches!(
                        w,
                        "trials"
                            | "census"
                            | "war"
                            | "summer"
                            | "winter"
                            | "spring"
                            | "autumn"
                            | "fall"
                            | "class"
                            | "revolution"
                            | "treaty"
                            | "act"
                            | "charter"
                            | "flood"
                            | "fire"
                            | "plague"
                            | "battle"
                            | "siege"
                            | "earthquake"
                            | "election"
                            | "uprising"
                            | "rebellion"
                            | "storm"
                            | "epidemic"
                    )
            }),
        // "dates to 1750", "from 1775 to 1783".
        "to" => {
            before_that()
                .is_some_and(|w| matches!(w.as_str(), "dates" | "dating" | "dated" | "back"))
                || (start >= 3
                    && c.tokens[start - 2].number().is_some_and(|n| {
                        n.integer_digits == 4
                            && n.grouping == Grouping::None
                            && (1000.0..=2100.0).contains(&n.value)
                    })
                    && c.word(start - 3)
                        .is_some_and(|w| w.eq_ignore_ascii_case("from")))
        }
        "the" => next.is_some_and(|w| w.starts_with(|ch: char| ch.is_ascii_lowercase())),
        _ => false,
    }
}

/// Whether token `i` is a year-shaped figure (four digits, 1800 to 2100, no grouping)
/// with punctuation or nothing after it: "in 2021." or "in 2021, ..." ("1 in 2000
/// births" is left a ratio).
fn is_closing_year(c: &Cursor, i: usize) -> bool {
    c.tokens
        .get(i)
        .and_then(Token::number)
        .is_some_and(is_year_shaped)
        && c.tokens
            .get(i + 1)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct | TokenKind::Quote { .. }))
}

/// Whether token `i` is an era's abbreviation after a year: "BC", "BCE", "CE", or
/// the dotted "B.C.", "B.C.E.", "C.E." (one token with its final point).
fn is_era(c: &Cursor, i: usize) -> bool {
    matches!(
        c.word(i),
        Some("BC" | "BCE" | "CE" | "AD" | "B.C." | "B.C.E." | "C.E." | "A.D.")
    )
}

/// Whether "AD" or "A.D." stands right before the number at `start`.
fn is_era_before(c: &Cursor, start: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|p| matches!(c.word(p), Some("AD" | "A.D.")))
}

/// Whether one of the three words before token `first` tells of a vote or a score
/// ("The vote was 6 to 3", "voted 7 to 2", "won 3 to 1"), with no punctuation between.
fn after_vote_word(c: &Cursor, first: usize) -> bool {
    (1..=3)
        .map_while(|back| first.checked_sub(back).and_then(|i| c.word(i)))
        .any(|w| {
            matches!(
                keyword_form(w, &mut [0; 24]),
                "vote"
                    | "votes"
                    | "voted"
                    | "won"
                    | "win"
                    | "wins"
                    | "lost"
                    | "beat"
                    | "defeated"
                    | "ruled"
                    | "decision"
                    | "ruling"
                    | "margin"
                    | "tally"
                    | "score"
                    | "approved"
                    | "rejected"
                    | "passed"
            )
        })
}

/// Numbers joined by glued hyphens or dashes ("won 3-2", "20-30", "555-0123"):
/// pairs, phone numbers; numbers glued after a closing number likewise.
fn mark_pairs(c: &Cursor, mentions: &mut [NumberMention]) {
    for k in 1..mentions.len() {
        let (left, right) = mentions.split_at_mut(k);
        let a = &mut left[k - 1];
        let b = &mut right[0];
        let a_end = a.end_token();
        let b_start = b.first_token();
        // Every pairing below joins mentions one word apart ("6-3", "6 to 3"), or two
        // past an age unit ("2 months to 3 years"): most neighbours are further apart.
        if b_start > a_end + 2 || a.figure.is_none() || b.figure.is_none() {
            continue;
        }
        let joined = b_start == a_end + 1
            && (c.punct(a_end, "-") || c.punct(a_end, "–") || c.punct(a_end, "—"))
            && c.glued(a_end)
            && c.glued(b_start);
        if !joined {
            // The near end of an age pair: "were 2 and 4 years old", "children 6
            // months to 4 years old".
            let a_joiner = if c.word(a_end).is_some_and(is_age_unit) {
                a_end + 1
            } else {
                a_end
            };
            if b.age
                && b_start == a_joiner + 1
                && matches!(c.word(a_joiner), Some("to" | "and" | "or"))
                && a.is_bare()
            {
                a.age = true;
            }
            // Ages in apposition to people: "her two sons, 4 and 7", "Two boys, 6 and
            // 9, were rescued".
            if b_start == a_end + 1
                && c.word(a_end) == Some("and")
                && a.is_bare()
                && b.is_bare()
                && is_clause_end(c, b.end_token())
                && a.first_token() >= 2
                && c.punct(a.first_token() - 1, ",")
                && c.word(a.first_token() - 2).is_some_and(is_kin)
            {
                a.age = true;
                b.age = true;
            }
            // The far end of an age range or list: "aged 5 to 9", "aged between 6 and
            // 9", "aged 8 months to 3 years", "ages 2, 5 and 8".
            if a.age {
                b.age |= b_start == a_joiner + 1
                    && (matches!(c.word(a_joiner), Some("to" | "and" | "or"))
                        || (c.punct(a_joiner, ",") && b.is_bare() && b.noun.is_none()));
            }
            // "outnumbered them by more than 2 to 1", "a ratio of 4.5 to 1".
            if b_start == a_end + 1
                && c.word(a_end) == Some("to")
                && b.value == 1.0
                && b.noun.is_none()
                && (!a.is_integer() || {
                    // "by nearly 2 to 1", "by almost 3 to 1": past the qualifier.
                    let first = a.first_token();
                    let before = c.prev_word(first).and_then(|w| {
                        if matches!(w, "nearly" | "almost" | "roughly" | "about" | "some") {
                            first.checked_sub(1).and_then(|i| c.prev_word(i))
                        } else {
                            Some(w)
                        }
                    });
                    before.is_some_and(|w| {
                        matches!(w, "by" | "than" | "of" | "is" | "was" | "are" | "were")
                    })
                })
            {
                a.protection = Some(Protection::Ratio);
                b.protection = Some(Protection::Ratio);
                continue;
            }
            // "The vote was 6 to 3", "won 3 to 1": a vote or score, like "6-3".
            if b_start == a_end + 1
                && c.word(a_end) == Some("to")
                && a.is_integer()
                && b.is_integer()
                && after_vote_word(c, a.first_token())
            {
                a.protection = Some(Protection::Pair);
                b.protection = Some(Protection::Pair);
            } else if a.protection == Some(Protection::Designator)
                && b.protection.is_none()
                && b_start == a_end + 1
                && matches!(c.word(a_end), Some("to" | "and" | "or" | "through"))
            {
                // "pages 1200 to 1300", "Sections 12 and 13": both ends are labels.
                b.protection = Some(Protection::Designator);
            } else if let Some(kind @ (Protection::Name | Protection::Date)) = a.protection
                && b.protection.is_none()
                && b.is_bare()
                && (kind == Protection::Name || b.noun.is_none())
                && b_start == a_end + 1
                && (matches!(c.word(a_end), Some("and" | "or"))
                    // "Aug. 3 through 7", "from Oct. 1 to 3", "Dec. 3, 4 and 5" (a
                    // comma only inside a list that goes on: not "On Dec. 3, 4 people").
                    || (kind == Protection::Date
                        && b.is_integer()
                        && b.value > a.value
                        && b.value <= 31.0
                        && (matches!(c.word(a_end), Some("through" | "to"))
                            || (c.punct(a_end, ",")
                                && (c.punct(b.end_token(), ",")
                                    || matches!(c.word(b.end_token()), Some("and" | "or")))
                                && c.is_number(b.end_token() + 1)))))
            {
                // "Units 3 and 4", "Games 6 or 7", "Feb. 3 and 4": the name or the
                // month is shared.
                b.protection = Some(kind);
            } else if b_start == a_end + 1
                && c.word(a_end) == Some("of")
                && a.is_bare()
                && b.is_bare()
                && a.is_integer()
                && b.is_integer()
                && a.value <= b.value
                && is_shooting_line(c, a.first_token(), b)
            {
                // A shooting line: "went 9 of 33 from 3-point range", "made 8 of 14
                // attempts", "was 4 of 9 from the field".
                a.protection = Some(Protection::Pair);
                b.protection = Some(Protection::Pair);
            } else if b_start == a_end + 1
                && c.word(a_end) == Some("for")
                && a.is_bare()
                && a.is_integer()
                && b.is_integer()
                // "took 4 for 58 in 21 overs": "58 in 21" is no ratio there.
                && (b.is_bare() || b.protection == Some(Protection::Ratio))
                // "521 for 8 declared", "97 for 2 shortly after tea".
                && b.noun.is_none_or(|n| {
                    c.word(n)
                        .is_some_and(|w| matches!(w, "declared" | "dec") || w.ends_with("ly"))
                })
            {
                // A score: "286 for 7", "took 4 for 52", "went 2 for 4". Not when the far
                // end counts something ("jailed 3 for 5 years", "2 for $10").
                a.protection = Some(Protection::Pair);
                b.protection = Some(Protection::Pair);
            }
            continue;
        }
        let digits = |m: &NumberMention| m.number.map_or(0, |n| n.integer_digits);
        let phone = digits(a) >= 3 && digits(b) >= 3 && digits(a) + digits(b) >= 6;
        let protection = if phone {
            Protection::Phone
        } else {
            Protection::Pair
        };
        // A year range ("2019-2021") stays a year.
        if a.protection != Some(Protection::Year) || phone {
            a.protection = Some(protection);
        }
        if b.protection != Some(Protection::Year) || phone {
            b.protection = Some(protection);
        }
    }
    mark_day_first_pairs(c, mentions);
}

/// Day-first dates share their month with the days before them: "on 3 and 4
/// December", "between 3 and 5 December", "from 3 to 5 July", "on 6 or 7 March",
/// "on 2, 4 and 6 December". Read from the last day back, so that a list passes the
/// month along; a comma joins only a day that itself took the month from a later
/// one, so that "won 2, 4 December" keeps its count.
fn mark_day_first_pairs(c: &Cursor, mentions: &mut [NumberMention]) {
    let mut passed_on = false;
    for k in (1..mentions.len()).rev() {
        let (left, right) = mentions.split_at_mut(k);
        let (a, b) = (&mut left[k - 1], &right[0]);
        if b.protection != Some(Protection::Date) {
            passed_on = false;
            continue;
        }
        let a_end = a.end_token();
        let joiner_ok = match c.word(a_end) {
            Some("and" | "or" | "to" | "through") => true,
            _ => passed_on && c.punct(a_end, ","),
        };
        let takes_month = b.protection == Some(Protection::Date)
            && b.figure.is_some()
            && a.figure.is_some()
            && a.protection.is_none()
            && a.is_bare()
            && a.is_integer()
            && a.noun.is_none()
            && (1.0..=31.0).contains(&a.value)
            && a.value < b.value
            && b.first_token() == a_end + 1
            && joiner_ok
            && (passed_on || c.word(b.end_token()).is_some_and(is_month));
        if takes_month {
            a.protection = Some(Protection::Date);
        }
        passed_on = takes_month;
    }
}

/// Whether "A of B" (B given, A starting at token `a_start`) is a shooting or passing
/// line: after a verb of the box score ("went", "was", "made", "hit", "shot"...) or
/// before what was tried ("attempts", "shots", "from the field").
fn is_shooting_line(c: &Cursor, a_start: usize, b: &NumberMention) -> bool {
    let verb_before = c.prev_word(a_start).is_some_and(|w| {
        matches!(
            w,
            "went"
                | "was"
                | "is"
                | "were"
                | "made"
                | "hit"
                | "shot"
                | "shooting"
                | "going"
                | "finished"
                | "completed"
                | "converted"
                | "connected"
        )
    });
    let tries_after = c.word(b.end_token()).is_some_and(|w| {
        matches!(
            w,
            "from" | "attempts" | "shots" | "passes" | "tries" | "kicks" | "on" | "shooting"
        )
    });
    verb_before || tries_after
}

/// Whether the figure at `start..end` is one entry of a win-loss record with a
/// record word beside it, next to another such entry: "played 10, lost 8, drawn 2",
/// "14 matches, 8 won, 3 lost". A lone "lost 8" may count anything.
fn in_record_line(c: &Cursor, prev: Option<&str>, start: usize, end: usize) -> bool {
    let record = |w: &str| matches!(w, "won" | "lost" | "drawn" | "drew" | "tied" | "played");
    let is_record = |i: usize| c.word(i).is_some_and(record);
    if prev.is_some_and(record) {
        // "lost 8" after "played 10," or before ", drawn 2".
        (start >= 3 && c.punct(start - 2, ",") && c.is_number(start - 3))
            || (c.punct(end, ",") && is_record(end + 1) && c.is_number(end + 2))
    } else if is_record(end) {
        // "8 won" before ", 3 lost" or after "3 lost,".
        (c.punct(end + 1, ",") && c.is_number(end + 2) && is_record(end + 3))
            || (start >= 3
                && c.punct(start - 1, ",")
                && is_record(start - 2)
                && c.is_number(start - 3))
    } else {
        false
    }
}

/// A vulgar fraction character: "½", "¼", "¾", "⅓", "⅛"...
fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '¼'..='¾' | '⅐'..='⅞')
}

/// Units of an age: "8 months to 3 years".
fn is_age_unit(word: &str) -> bool {
    matches!(
        word,
        "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
    )
}

/// Whether `text` may hold a number mention: a digit, or a run of ASCII letters shaped
/// like a number word ("twelve", "Million") or "dozen". A quick test on the raw text, so
/// that a headline without a number is not tokenized for nothing: a mention in words is
/// a token of ASCII letters only, which is such a run, so this never misses one.
pub fn may_hold_number(text: &str) -> bool {
    let may_be_number_word =
        |word: &[u8]| has_number_word_shape(word) || word.eq_ignore_ascii_case(b"dozen");
    // One pass over the bytes, each run of letters tested where it ends.
    let bytes = text.as_bytes();
    let mut word_start = 0;
    for (k, byte) in bytes.iter().enumerate() {
        if byte.is_ascii_alphabetic() {
            continue;
        }
        if byte.is_ascii_digit() || may_be_number_word(&bytes[word_start..k]) {
            return true;
        }
        word_start = k + 1;
    }
    may_be_number_word(&bytes[word_start..])
}

/// Reads the first number of `text` (figures, words or mixed), for tests and fix
/// checks: "25,000" → 25000, "twenty-five" → 25, "$3 million" → 3000000.
pub fn first_value(text: &str) -> Option<f64> {
    let buf = super::TextBuf::verbatim(text, 0);
    let tokens = super::tokenize(&buf);
    find_numbers(&tokens, buf.text(), &[])
        .first()
        .map(|m| m.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{TextBuf, split_sentences, tokenize};

    fn mentions(text: &str) -> Vec<(String, f64, Option<Protection>)> {
        let buf = TextBuf::verbatim(text, 0);
        let tokens = tokenize(&buf);
        let sentences = split_sentences(&tokens, buf.text(), 0);
        find_numbers(&tokens, buf.text(), &sentences)
            .into_iter()
            .map(|m| {
                (
                    text[m.full_span(&tokens).range()].to_owned(),
                    m.value,
                    m.protection,
                )
            })
            .collect()
    }

    fn mention_traits(text: &str) -> Vec<Traits> {
        let buf = TextBuf::verbatim(text, 0);
        let tokens = tokenize(&buf);
        let sentences = split_sentences(&tokens, buf.text(), 0);
        find_numbers(&tokens, buf.text(), &sentences)
            .iter()
            .map(NumberMention::traits)
            .collect()
    }

    #[test]
    fn a_before_a_multiplier_opens_a_casual_mention() {
        let buf = TextBuf::verbatim(
            "A hundred came, a thousand left and a million watched; a few stayed, a dozen ran.",
            0,
        );
        let tokens = tokenize(&buf);
        let sentences = split_sentences(&tokens, buf.text(), 0);
        let found = find_numbers(&tokens, buf.text(), &sentences);
        let read: Vec<(&str, f64, bool)> = found
            .iter()
            .map(|m| (&buf.text()[m.full_span(&tokens).range()], m.value, m.casual))
            .collect();
        assert_eq!(
            read,
            [
                ("A hundred", 100.0, true),
                ("a thousand", 1e3, true),
                ("a million", 1e6, true),
            ]
        );
        // A multiplier alone opens no mention; after a number word it is part of it.
        assert!(mentions("hundreds came").is_empty());
        assert_eq!(mentions("two hundred came")[0].1, 200.0);
    }

    #[test]
    fn keyword_sets_hold_their_words() {
        fn holds_all<const N: usize>(set: &Keywords<N>) {
            // Every look-up reads this many slots: a few, the tables being three
            // quarters empty.
            assert!(set.probes() <= 6, "{} probes", set.probes());
            for word in set.words() {
                assert!(set.contains(word), "{word}");
                // Only a lowercase form is looked up.
                assert_eq!(keyword_form(word, &mut [0; 24]), *word);
            }
        }
        holds_all(&UNITS);
        holds_all(&DESIGNATORS);
        holds_all(&WORK_LOCATORS);
        holds_all(&COUNT_LEADERS);
        holds_all(&SENTENCE_OPENERS);
        holds_all(&NOT_COUNTED_NOUNS);
        holds_all(&QUALIFIERS);
        holds_all(&COOKING_VERBS);
        // A step opens with its verb, capitalized.
        assert!(is_cooking_verb("Bake") && is_cooking_verb("Sauté"));
        assert!(!is_cooking_verb("bake") && !is_cooking_verb("Baker"));
        assert!(!UNITS.contains("people") && !DESIGNATORS.contains("the"));
        assert!(!QUALIFIERS.contains("About"), "capitals are lowered first");
    }

    #[test]
    fn traits_mirror_the_fields() {
        let found = mention_traits(
            "Police said \"twelve suspects\", aged 7, paid $5 million, 3.5% more than 25,000 people in 1998.",
        );
        assert_eq!(found.len(), 6);
        let [twelve, seven, money, percent, people, year] = found[..] else {
            unreachable!()
        };
        assert!(twelve.fits(
            Traits::WORDS.and(Traits::QUOTED).and(Traits::NOUN),
            Traits::DIGITS
        ));
        assert!(seven.fits(
            Traits::FIGURES.and(Traits::DIGITS).and(Traits::AGE),
            Traits::QUOTED
        ));
        assert!(money.fits(
            Traits::MIXED.and(Traits::CURRENCY).and(Traits::MAGNITUDE),
            Traits::FIGURES.and(Traits::PERCENT)
        ));
        assert!(percent.fits(Traits::PERCENT.and(Traits::FRACTION), Traits::CURRENCY));
        assert!(people.fits(
            Traits::SEPARATED.and(Traits::NOUN).and(Traits::QUALIFIED),
            Traits::PROTECTED.and(Traits::FRACTION)
        ));
        assert!(year.fits(Traits::PROTECTED, Traits::SENTENCE_START));
        assert!(year.has_any(Traits::PROTECTED.and(Traits::QUOTED)));
        assert!(!year.has_any(Traits::QUOTED.and(Traits::AGE)));
    }

    #[test]
    fn ages_and_money_words() {
        // Both ends of an age range are ages, however it is written.
        for text in [
            "children aged 5 to 9 came",
            "girls aged between 6 and 9 were hurt",
            "babies aged 8 months to 3 years were seen",
        ] {
            let found = mention_traits(text);
            assert_eq!(found.len(), 2, "{text}");
            assert!(found.iter().all(|t| t.has_any(Traits::AGE)), "{text}");
        }
        for text in ["children under 5 got drops", "Kids under 3 ride free"] {
            assert!(mention_traits(text)[0].has_any(Traits::AGE), "{text}");
        }
        // Ages told around the number: "children 5 and older", "younger than 5",
        // "at the age of 5", "a child of 5".
        for text in [
            "children 5 and older pay",
            "children younger than 5 ride",
            "at the age of 5 she",
            "a child of 5 was",
        ] {
            assert!(mention_traits(text)[0].has_any(Traits::AGE), "{text}");
        }
        // An age as a predicate, and the near end of an age pair.
        for text in [
            "the girl is 5 and her brother is 8.",
            "her son turned 7 on Friday",
            "she was 9 when the war began",
            "the victims were 2 and 4 years old",
        ] {
            let found = mention_traits(text);
            assert!(!found.is_empty(), "{text}");
            assert!(found.iter().all(|t| t.has_any(Traits::AGE)), "{text}");
        }
        // Not ages: a plain range, or "under" after anything but the young.
        for text in [
            "between 6 and 9 people came",
            "prices rose from 5 to 9 rupees",
            "it fell under 5 points",
            "rescuers under 3 commanders",
            "the toll was 5 on Friday",
            "the number is 4.",
            "police turned 3 pages",
            "he was 5 points behind",
        ] {
            assert!(
                mention_traits(text).iter().all(|t| !t.has_any(Traits::AGE)),
                "{text}"
            );
        }
        // Money named after the amount is money, as good as a unit: "5 cents".
        for text in [
            "costs 5 cents",
            "paid 8 dollars",
            "lent 3 euros",
            "9 rupees",
            "2 pence",
        ] {
            assert!(mention_traits(text)[0].has_any(Traits::UNIT), "{text}");
        }
        // An ordinal of a magnitude keeps its figure: "its 3 billionth iPhone".
        assert!(mention_traits("sold its 3 billionth iPhone")[0].has_any(Traits::UNIT));
    }

    #[test]
    fn sentence_starts_answer_questions_in_any_order() {
        let sentence = |tokens: Range<usize>| Sentence {
            tokens,
            span: Span::new(0, 0),
        };
        let sentences = [sentence(2..5), sentence(5..9), sentence(9..12)];
        let starts = SentenceStarts::new(&sentences);
        // Forward, as mentions come; then back to an earlier sentence, before the
        // first one (a dateline) and past the last.
        let asked = [6, 8, 10, 3, 5, 1, 14, 9];
        let firsts: Vec<Option<usize>> = asked.iter().map(|&i| starts.first_of(i)).collect();
        assert_eq!(
            firsts,
            [
                Some(5),
                Some(5),
                Some(9),
                Some(2),
                Some(5),
                None,
                Some(9),
                Some(9)
            ]
        );
        let opening: Vec<usize> = (0..14).filter(|&i| starts.is_first(i)).collect();
        assert_eq!(opening, [2, 5, 9]);
        assert!(SentenceStarts::new(&[]).first_of(3).is_none());
    }

    #[test]
    fn long_words_shaped_like_number_words_are_no_mentions() {
        // The scan reads a length modulo 32: 35 letters from "o" to "e" land on the bit
        // of "one". The candidate is read and dropped.
        let long = format!("o{}e", "x".repeat(33));
        assert_eq!(long.len() % 32, "one".len());
        assert_eq!(
            mentions(&format!("The {long} stood by one door.")),
            [("one".to_owned(), 1.0, None)]
        );
        // Lengths 16 to 31 fall on no bit at all.
        let sixteen = format!("o{}e", "x".repeat(14));
        assert!(mentions(&format!("The {sixteen} stood.")).is_empty());
    }

    #[test]
    fn words_and_magnitudes() {
        let found =
            mentions("twenty-five people, three hundred and twelve cars, 3 million, 1.5bn, £5m");
        let values: Vec<f64> = found.iter().map(|m| m.1).collect();
        assert_eq!(values, [25.0, 312.0, 3e6, 1.5e9, 5e6]);
        // A capital suffix is a magnitude only on a sum: "$3M", not "3M Co.".
        let found = mentions("raised $3M and $10K");
        assert_eq!(found.iter().map(|m| m.1).collect::<Vec<_>>(), [3e6, 1e4]);
        assert!(found.iter().all(|m| m.2.is_none()), "{found:?}");
        // Without the hyphen, one number; "ten five" and "twenty fifteen" are two.
        let values: Vec<f64> = mentions("twenty five teachers")
            .iter()
            .map(|m| m.1)
            .collect();
        assert_eq!(values, [25.0]);
        let values: Vec<f64> = mentions("ten five, twenty fifteen")
            .iter()
            .map(|m| m.1)
            .collect();
        assert_eq!(values, [10.0, 5.0, 20.0, 15.0]);
    }

    #[test]
    fn protections() {
        for (text, protection) in [
            ("the F-16 jets", Protection::Glued),
            ("COVID-19 cases", Protection::Glued),
            ("under Section 219 of", Protection::Designator),
            ("wears size 8 shoes", Protection::Designator),
            ("read verse 2 aloud", Protection::Designator),
            ("it was in 1998 that", Protection::Year),
            ("the treaty in 1783 ended", Protection::Year),
            ("built circa 1750, and", Protection::Year),
            ("the 1692 witch trials", Protection::Year),
            ("at 10 a.m. on", Protection::Time),
            ("attacks on January 31 that", Protection::Date),
            ("at 1600 Pennsylvania Ave. in", Protection::Address),
            ("the 2400 block of Main Street", Protection::Address),
            ("ranked No. 1 in", Protection::Designator),
            ("the Boeing 737 jet", Protection::Name),
            ("Formula 1 teams arrived", Protection::Name),
            ("Windows 7 sold well", Protection::Name),
            ("7-Eleven opened a store", Protection::Name),
            ("401(k) plans are popular", Protection::Glued),
            ("3M Co. said", Protection::Glued),
            ("ran a 5K race", Protection::Glued),
            ("when 3 Doors Down played", Protection::Name),
            ("as 5 Seconds of Summer took the stage", Protection::Name),
        ] {
            let found = mentions(text);
            assert_eq!(found[0].2, Some(protection), "{text}: {found:?}");
        }
        // Capitalized only because they open the sentence: not names.
        for text in [
            "Now 5 people live there",
            "Even 3 judges agreed",
            "Only 2 came",
            "Sadly 3 people died",
            "2-year-old twins",
        ] {
            let found = mentions(text);
            assert_eq!(found[0].2, None, "{text}: {found:?}");
        }
        assert!(
            mentions("a 5-4 decision")
                .iter()
                .all(|m| m.2 == Some(Protection::Pair))
        );
        for text in [
            "The vote was 6 to 3",
            "the court voted 7 to 2 on",
            "won 3 to 1",
            "voters approved it 6 to 3",
            // Scores written with "for".
            "Australia were 286 for 7 after",
            "Afridi took 4 for 52 in his spell",
            "He went 2 for 4 at the plate",
        ] {
            assert!(
                mentions(text).iter().all(|m| m.2 == Some(Protection::Pair)),
                "{text}"
            );
        }
        // Not scores: the far end counts something of its own.
        for text in [
            "the court jailed 3 for 5 years",
            "police held 3 for 2 murders",
            "sold 3 for 5 dollars",
        ] {
            assert_eq!(mentions(text)[0].2, None, "{text}");
        }
        // Both ends of a range of labels are labels.
        assert!(
            mentions("pages 1200 to 1300 were missing")
                .iter()
                .all(|m| m.2 == Some(Protection::Designator))
        );
        // A range is not a vote: "from 6 to 9", "rose 3 to 5 points".
        for text in ["prices rose from 6 to 9 rupees", "the toll rose 3 to 5"] {
            assert!(mentions(text).iter().all(|m| m.2.is_none()), "{text}");
        }
        for text in ["the river rose 3½ feet", "he ate 2¼ pies"] {
            assert_eq!(mentions(text)[0].2, Some(Protection::Fraction), "{text}");
        }
        for text in [
            "1 in 4 adults",
            "7 of every 10 phones",
            "3 in every 5 homes",
        ] {
            assert!(
                mentions(text)
                    .iter()
                    .all(|m| m.2 == Some(Protection::Ratio)),
                "{text}"
            );
        }
        // A year closing the clause is not a ratio's base.
        for text in [
            "the toll fell to 1 in 2021.",
            "it fell to 1 in 2021, from 5",
        ] {
            assert_eq!(mentions(text)[0].2, None, "{text}");
        }
        assert_eq!(
            mentions("about 1 in 2000 births")[0].2,
            Some(Protection::Ratio)
        );
        // The second number of a pair shares the name or the month: "Units 3 and 4".
        for (text, kind) in [
            ("Vogtle Units 3 and 4 cost more", Protection::Name),
            ("the series went to Games 6 and 7.", Protection::Name),
            (
                "talks were held on Feb. 3 and 4 in Geneva",
                Protection::Date,
            ),
        ] {
            let found = mentions(text);
            assert_eq!(found.len(), 2, "{text}");
            assert!(found.iter().all(|m| m.2 == Some(kind)), "{text}: {found:?}");
        }
        // Not when the second number counts something after a date.
        assert_eq!(mentions("on Feb. 3 and 4 people died")[1].2, None);
        // Golf scores, addresses with a compass point, an hour or age after "at".
        for (text, kind) in [
            ("he shot 3 under par", Protection::Pair),
            ("tied at 6 under.", Protection::Pair),
            ("finished 2 over, one back", Protection::Pair),
            ("the par 3 hole", Protection::Designator),
            ("the bakery at 2 W. 42nd St. opened", Protection::Address),
            ("based at 1 Infinite Loop in", Protection::Address),
            ("doors open at 9.", Protection::Time),
            ("she began singing at 5 when", Protection::Time),
        ] {
            assert_eq!(mentions(text)[0].2, Some(kind), "{text}");
        }
        assert_eq!(
            mentions("a quake with a magnitude of 5 struck")[0].2,
            Some(Protection::Designator)
        );
        for text in ["she scored a 5 on the exam", "needs a 3 or higher"] {
            assert_eq!(mentions(text)[0].2, Some(Protection::Label), "{text}");
        }
        for text in ["sent 3 over the border", "aimed at 5 targets"] {
            assert_eq!(mentions(text)[0].2, None, "{text}");
        }
        // Ratios told with "to 1".
        for text in [
            "outnumbered births by more than 2 to 1.",
            "a ratio of 4.5 to 1",
        ] {
            assert!(
                mentions(text)
                    .iter()
                    .all(|m| m.2 == Some(Protection::Ratio)),
                "{text}"
            );
        }
        assert_eq!(mentions("the toll fell from 2 to 1.")[1].2, None);
        // Years of an era, military time.
        for text in [
            "settled about 1500 B.C., they said",
            "built in 300 BCE",
            "Vesuvius erupted in A.D. 79",
            "in AD 1066",
            "from 500 C.E. on",
        ] {
            assert_eq!(mentions(text)[0].2, Some(Protection::Year), "{text}");
        }
        assert_eq!(mentions("left at 1430 hours")[0].2, Some(Protection::Time));
        assert_eq!(mentions("worked 1500 hours")[0].2, None);
        for text in ["a 1-in-4 chance", "a 1-in-100-year flood"] {
            assert_eq!(mentions(text)[0].2, Some(Protection::Ratio), "{text}");
        }
        assert!(
            mentions("Operation Radd-ul-Fitna-1 ended")
                .iter()
                .all(|m| m.2 == Some(Protection::Glued))
        );
    }

    #[test]
    fn may_hold_number_never_misses_a_mention() {
        let texts = [
            "Blast kills 12 in Quetta",
            "Twenty-five hurt as bus overturns",
            "A dozen arrested, a thousand displaced",
            "Flood toll rises to one hundred",
            "Third day of protests",
            "F-16 jets fly over the capital",
            "Rs5bn package approved",
            "Ministers meet in Islamabad",
            "Tonight’s weather: clear and cold",
            "Élections: les électeurs votent",
            "",
        ];
        for text in texts {
            let buf = TextBuf::verbatim(text, 0);
            let tokens = tokenize(&buf);
            let sentences = split_sentences(&tokens, buf.text(), 0);
            if !find_numbers(&tokens, buf.text(), &sentences).is_empty() {
                assert!(may_hold_number(text), "{text}");
            }
        }
        for text in [
            "Ministers meet in Islamabad",
            "Tonight’s weather: clear and cold",
            "",
        ] {
            assert!(!may_hold_number(text), "{text}");
        }
        assert!(may_hold_number("A dozen arrested"));
        // A figure or a number word at either end of the text.
        for text in [
            "Toll climbs to 12",
            "Toll climbs to twelve",
            "12 dead",
            "Seven dead",
        ] {
            assert!(may_hold_number(text), "{text}");
        }
    }

    #[test]
    fn number_word_shapes_admit_every_number_word() {
        for (word, _, _) in NUMBER_WORDS.iter().flatten() {
            assert!(has_number_word_shape(word.as_bytes()), "{word}");
            assert!(number_word(word).is_some(), "{word}");
            assert!(number_word(&capitalize(word)).is_some(), "{word}");
            assert!(number_word(&word.to_ascii_uppercase()).is_some(), "{word}");
        }
        for word in ["the", "said", "that", "Friday", "a", "tens", "fivefold"] {
            assert!(number_word(word).is_none(), "{word}");
        }
    }

    #[test]
    fn capitalized_lists_start_with_a_capital() {
        for list in [MONTHS, WEEKDAYS, CURRENCY_WORDS, STREET_WORDS] {
            for word in list {
                assert!(in_capitalized(list, word), "{word}");
            }
        }
    }

    #[test]
    fn keyword_form_lowercases_words_that_start_with_a_capital() {
        let mut buf = [0; 24];
        assert_eq!(keyword_form("Section", &mut buf), "section");
        assert_eq!(keyword_form("ÜBER", &mut buf), "ÜBER");
        assert_eq!(keyword_form("PERCENT", &mut buf), "percent");
        assert_eq!(keyword_form("iPhone", &mut buf), "iPhone");
        let long = "Abcdefghijklmnopqrstuvwxyz";
        assert_eq!(keyword_form(long, &mut buf), long);
    }

    #[test]
    fn writing() {
        assert_eq!(cardinal_words(24).unwrap(), "twenty-four");
        assert_eq!(cardinal_words(7).unwrap(), "seven");
        assert_eq!(ordinal_words(21).unwrap(), "twenty-first");
        assert_eq!(ordinal_suffix(13), "th");
        assert_eq!(ordinal_suffix(22), "nd");
        assert_eq!(group_digits("2500000", ","), "2,500,000");
        assert_eq!(short_decimal(2.5).unwrap(), "2.5");
        assert_eq!(first_value("twenty-five"), Some(25.0));
    }
}
