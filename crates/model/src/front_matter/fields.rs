//! Typed front matter fields for the rules.
//!
//! The fields are read from the JSON value tree (already resolved with the YAML 1.2 core
//! schema), one field at a time: a field of the wrong type is `None` and the others are
//! unaffected, so one mistyped key never hides the rest. The schema reports the type
//! errors; the rules read what is usable.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};
use serde_json::{Map, Value};

/// An author: a plain name (`author: Jane Doe`) or an object with a string `name`
/// (`author: [{name: Jane Doe, email: ...}]`). Other keys of the object stay in the
/// JSON value tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Author {
    pub name: String,
}

/// A `published` / `updated` value.
#[derive(Debug, Clone, PartialEq)]
pub enum DateValue {
    /// `YYYY-MM-DD`.
    Date(jiff::civil::Date),
    /// An RFC 3339 date-time with offset, in a fixed-offset zone of that offset (so
    /// `.date()` is the calendar day where the article was dated).
    DateTime(jiff::Zoned),
    /// A date-time without an offset (`2026-02-06T10:00:00`): its zone is unknown.
    LocalDateTime(jiff::civil::DateTime),
    /// Anything else, kept as written (including impossible dates like `2026-02-30`).
    Invalid(String),
}

impl DateValue {
    /// Reads a date or date-time string.
    ///
    /// Accepted shapes: `YYYY-MM-DD`; `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z`
    /// or `±HH:MM` (a date-time with offset) or by nothing (a local date-time). `t`, `z`
    /// and a space instead of `T` are accepted as RFC 3339 allows; a leap second `:60`
    /// reads as `:59`. Everything else, and any out-of-range part, is `Invalid`.
    pub fn parse(raw: &str) -> DateValue {
        parse_date_value(raw).unwrap_or_else(|| DateValue::Invalid(raw.to_owned()))
    }

    /// The calendar day: a `Date` as is, a `DateTime` in its own offset (so
    /// `2026-02-06T01:00:00+05:00` is Feb 6 and `2026-02-05T23:30:00-05:00` Feb 5), a
    /// `LocalDateTime`'s date. `None` for `Invalid`.
    ///
    /// `default_tz` is the zone assumed for values without an offset; a date or local
    /// date-time is taken to be in that zone, so its calendar day does not change.
    pub fn civil_date(&self, default_tz: &TimeZone) -> Option<Date> {
        let _ = default_tz;
        match self {
            DateValue::Date(date) => Some(*date),
            DateValue::DateTime(zoned) => Some(zoned.date()),
            DateValue::LocalDateTime(datetime) => Some(datetime.date()),
            DateValue::Invalid(_) => None,
        }
    }

    /// The instant, for ordering `published` and `updated`: a `DateTime` as written; a
    /// `LocalDateTime` in `default_tz`; a `Date` at the start of that day in
    /// `default_tz`. `None` for `Invalid` (or a local time that cannot be placed).
    pub fn timestamp(&self, default_tz: &TimeZone) -> Option<jiff::Timestamp> {
        match self {
            DateValue::Date(date) => default_tz
                .to_timestamp(date.to_datetime(Time::midnight()))
                .ok(),
            DateValue::DateTime(zoned) => Some(zoned.timestamp()),
            DateValue::LocalDateTime(datetime) => default_tz.to_timestamp(*datetime).ok(),
            DateValue::Invalid(_) => None,
        }
    }

    /// Whether it has a time of day (`DateTime` or `LocalDateTime`).
    pub fn has_time(&self) -> bool {
        matches!(self, DateValue::DateTime(_) | DateValue::LocalDateTime(_))
    }

    /// Whether it is a readable date or date-time.
    pub fn is_valid(&self) -> bool {
        !matches!(self, DateValue::Invalid(_))
    }
}

/// A small cursor over ASCII bytes.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    /// Exactly `count` ASCII digits as a number.
    fn digits(&mut self, count: usize) -> Option<i32> {
        let digits = self.bytes.get(self.at..self.at + count)?;
        let mut value = 0i32;
        for &b in digits {
            if !b.is_ascii_digit() {
                return None;
            }
            value = value * 10 + i32::from(b - b'0');
        }
        self.at += count;
        Some(value)
    }

    fn eat(&mut self, accepted: &[u8]) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        if accepted.contains(&b) {
            self.at += 1;
            Some(b)
        } else {
            None
        }
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

fn parse_date_value(raw: &str) -> Option<DateValue> {
    let mut c = Cursor {
        bytes: raw.as_bytes(),
        at: 0,
    };
    let year = c.digits(4)?;
    c.eat(b"-")?;
    let month = c.digits(2)?;
    c.eat(b"-")?;
    let day = c.digits(2)?;
    let date = Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    if c.done() {
        return Some(DateValue::Date(date));
    }
    c.eat(b"Tt ")?;
    let hour = c.digits(2)?;
    c.eat(b":")?;
    let minute = c.digits(2)?;
    let mut second = 0;
    let mut nanos = 0;
    if c.eat(b":").is_some() {
        second = match c.digits(2)? {
            60 => 59,
            s => s,
        };
        if c.eat(b".").is_some() {
            let mut count = 0;
            while let Some(d) = c.digits(1) {
                count += 1;
                if count <= 9 {
                    nanos = nanos * 10 + d;
                }
            }
            if count == 0 {
                return None;
            }
            for _ in count..9 {
                nanos *= 10;
            }
        }
    }
    let time = Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second).ok()?,
        nanos,
    )
    .ok()?;
    let datetime = DateTime::from_parts(date, time);
    if c.done() {
        return Some(DateValue::LocalDateTime(datetime));
    }
    let offset_seconds = if c.eat(b"Zz").is_some() {
        0
    } else {
        let sign = if c.eat(b"+-")? == b'-' { -1 } else { 1 };
        let hours = c.digits(2)?;
        c.eat(b":")?;
        let minutes = c.digits(2)?;
        if hours > 23 || minutes > 59 {
            return None;
        }
        sign * (hours * 3600 + minutes * 60)
    };
    if !c.done() {
        return None;
    }
    let offset = Offset::from_seconds(offset_seconds).ok()?;
    let zoned = datetime.to_zoned(TimeZone::fixed(offset)).ok()?;
    Some(DateValue::DateTime(zoned))
}

/// The fields the rules read. Each is `None` when absent or of the wrong type (the
/// schema reports that); one bad field never hides the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    /// From the `author` key.
    pub authors: Option<Vec<Author>>,
    pub published: Option<DateValue>,
    pub updated: Option<DateValue>,
    pub dateline: Option<String>,
    pub section: Option<String>,
    pub tags: Option<Vec<String>>,
    pub slug: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub summary: Option<String>,
    pub draft: Option<bool>,
    /// Every other key, as written.
    pub extra: Map<String, Value>,
}

impl Fields {
    /// The front matter keys read into typed fields; every other key goes to
    /// [`Fields::extra`]. The authors are read from `author`.
    pub const KNOWN_KEYS: [&'static str; 13] = [
        "title",
        "subtitle",
        "author",
        "published",
        "updated",
        "dateline",
        "section",
        "tags",
        "slug",
        "source",
        "language",
        "summary",
        "draft",
    ];

    /// Reads the typed fields from the front matter's JSON value (an object; anything
    /// else gives all `None`).
    ///
    /// - strings (`title`, `subtitle`, `dateline`, `section`, `slug`, `source`,
    ///   `language`, `summary`): a JSON string, else `None`;
    /// - `author`: a string (one author), or a list whose items are each a string or an
    ///   object with a string `name`; anything else is `None`;
    /// - `published`, `updated`: a string read by [`DateValue::parse`]; a non-string is
    ///   `None`;
    /// - `tags`: a list of strings, else `None`;
    /// - `draft`: a boolean (`true` / `false` only; `yes` is a string), else `None`.
    pub fn from_value(value: &Value) -> Self {
        let Some(map) = value.as_object() else {
            return Self::default();
        };
        let string = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
        let date = |key: &str| map.get(key).and_then(Value::as_str).map(DateValue::parse);
        Fields {
            title: string("title"),
            subtitle: string("subtitle"),
            authors: map.get("author").and_then(authors),
            published: date("published"),
            updated: date("updated"),
            dateline: string("dateline"),
            section: string("section"),
            tags: map.get("tags").and_then(string_list),
            slug: string("slug"),
            source: string("source"),
            language: string("language"),
            summary: string("summary"),
            draft: map.get("draft").and_then(Value::as_bool),
            extra: map
                .iter()
                .filter(|(key, _)| !Self::KNOWN_KEYS.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect(),
        }
    }
}

fn authors(value: &Value) -> Option<Vec<Author>> {
    let one = |item: &Value| -> Option<Author> {
        let name = match item {
            Value::String(name) => name,
            Value::Object(object) => object.get("name")?.as_str()?,
            _ => return None,
        };
        Some(Author {
            name: name.to_owned(),
        })
    };
    match value {
        Value::String(_) => Some(vec![one(value)?]),
        Value::Array(items) => items.iter().map(one).collect(),
        _ => None,
    }
}

fn string_list(value: &Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|item| item.as_str().map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn date(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    #[test]
    fn dates_of_each_kind() {
        assert_eq!(
            DateValue::parse("2026-02-06"),
            DateValue::Date(date(2026, 2, 6))
        );
        let DateValue::DateTime(zoned) = DateValue::parse("2026-02-06T01:00:00+05:00") else {
            panic!("not a date-time");
        };
        assert_eq!(zoned.date(), date(2026, 2, 6));
        assert_eq!(zoned.offset(), Offset::from_seconds(5 * 3600).unwrap());
        assert_eq!(
            zoned.timestamp().to_string(),
            "2026-02-05T20:00:00Z",
            "the instant is kept"
        );
        assert!(matches!(
            DateValue::parse("2026-02-06T10:00:00Z"),
            DateValue::DateTime(_)
        ));
        assert!(matches!(
            DateValue::parse("2026-02-06t10:00:00.123456789z"),
            DateValue::DateTime(_)
        ));
        assert_eq!(
            DateValue::parse("2026-02-06T10:00:00"),
            DateValue::LocalDateTime(date(2026, 2, 6).at(10, 0, 0, 0))
        );
        assert_eq!(
            DateValue::parse("2026-02-06 10:30"),
            DateValue::LocalDateTime(date(2026, 2, 6).at(10, 30, 0, 0))
        );
        assert_eq!(
            DateValue::parse("2026-02-06T10:00:00.5"),
            DateValue::LocalDateTime(date(2026, 2, 6).at(10, 0, 0, 500_000_000))
        );
        for raw in [
            "2026-02-30",
            "2026-13-01",
            "06/02/2026",
            "2026-2-6",
            "2026-02-06T25:00:00Z",
            "2026-02-06T10:00:00+24:00",
            "2026-02-06T10:00:00+0500",
            "2026-02-06T10:00:00Z[Europe/Paris]",
            "2026-02-06T10:00:00.Z",
            " 2026-02-06",
            "yesterday",
            "",
            "２０２６-02-06",
        ] {
            assert_eq!(
                DateValue::parse(raw),
                DateValue::Invalid(raw.to_owned()),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn leap_second_reads_as_59() {
        assert_eq!(
            DateValue::parse("2016-12-31T23:59:60"),
            DateValue::LocalDateTime(date(2016, 12, 31).at(23, 59, 59, 0))
        );
    }

    #[test]
    fn civil_date_uses_the_article_offset() {
        let utc = TimeZone::UTC;
        let day = |raw: &str| DateValue::parse(raw).civil_date(&utc);
        assert_eq!(day("2026-02-06T01:00:00+05:00"), Some(date(2026, 2, 6)));
        assert_eq!(day("2026-02-05T23:30:00-05:00"), Some(date(2026, 2, 5)));
        assert_eq!(day("2026-02-06"), Some(date(2026, 2, 6)));
        assert_eq!(day("2026-02-06T23:00:00"), Some(date(2026, 2, 6)));
        assert_eq!(day("nope"), None);
    }

    #[test]
    fn timestamps_order_mixed_kinds() {
        let utc = TimeZone::UTC;
        let ts = |raw: &str| DateValue::parse(raw).timestamp(&utc).unwrap();
        assert!(ts("2026-02-06") < ts("2026-02-06T01:00:00Z"));
        assert!(ts("2026-02-06T01:00:00+05:00") < ts("2026-02-06"));
        assert_eq!(ts("2026-02-06T10:00:00"), ts("2026-02-06T10:00:00Z"));
        assert!(DateValue::parse("x").timestamp(&utc).is_none());
    }

    #[test]
    fn reads_every_field() {
        let fields = Fields::from_value(&json!({
            "title": "A title",
            "subtitle": "Sub",
            "author": [{"name": "Ana", "email": "a@x"}, "Bo"],
            "published": "2026-02-06",
            "updated": "2026-02-07T08:00:00Z",
            "dateline": "PARIS",
            "section": "World",
            "tags": ["a", "b"],
            "slug": "a-title",
            "source": "Wire",
            "language": "en",
            "summary": "Short.",
            "draft": false,
            "custom": {"x": 1},
        }));
        assert_eq!(fields.title.as_deref(), Some("A title"));
        assert_eq!(fields.subtitle.as_deref(), Some("Sub"));
        let names: Vec<_> = fields
            .authors
            .unwrap()
            .into_iter()
            .map(|a| a.name)
            .collect();
        assert_eq!(names, ["Ana", "Bo"]);
        assert_eq!(fields.published, Some(DateValue::Date(date(2026, 2, 6))));
        assert!(matches!(fields.updated, Some(DateValue::DateTime(_))));
        assert_eq!(fields.dateline.as_deref(), Some("PARIS"));
        assert_eq!(fields.section.as_deref(), Some("World"));
        assert_eq!(fields.tags, Some(vec!["a".to_owned(), "b".to_owned()]));
        assert_eq!(fields.slug.as_deref(), Some("a-title"));
        assert_eq!(fields.source.as_deref(), Some("Wire"));
        assert_eq!(fields.language.as_deref(), Some("en"));
        assert_eq!(fields.summary.as_deref(), Some("Short."));
        assert_eq!(fields.draft, Some(false));
        assert_eq!(fields.extra.len(), 1);
        assert_eq!(fields.extra["custom"], json!({"x": 1}));
    }

    #[test]
    fn wrong_types_are_none_and_hide_nothing() {
        let fields = Fields::from_value(&json!({
            "title": 2026,
            "author": [{"email": "a@x"}],
            "published": 20260206,
            "updated": "2026-02-30",
            "tags": ["a", 1],
            "draft": "yes",
            "section": "World",
        }));
        assert_eq!(fields.title, None);
        assert_eq!(fields.authors, None);
        assert_eq!(fields.published, None);
        assert_eq!(
            fields.updated,
            Some(DateValue::Invalid("2026-02-30".to_owned()))
        );
        assert_eq!(fields.tags, None);
        assert_eq!(fields.draft, None);
        assert_eq!(fields.section.as_deref(), Some("World"));
        assert!(fields.extra.is_empty());
    }

    #[test]
    fn author_shapes() {
        let authors = |v: Value| Fields::from_value(&json!({ "author": v })).authors;
        assert_eq!(
            authors(json!("Ana")),
            Some(vec![Author { name: "Ana".into() }])
        );
        assert_eq!(authors(json!([])), Some(vec![]));
        assert_eq!(authors(json!({"name": "Ana"})), None);
        assert_eq!(authors(json!(["Ana", 3])), None);
        assert_eq!(authors(json!([{"name": 3}])), None);
        assert_eq!(authors(json!(null)), None);
    }

    #[test]
    fn non_object_gives_defaults() {
        assert_eq!(Fields::from_value(&json!([1])), Fields::default());
    }
}
