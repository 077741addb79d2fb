//! Typed front matter fields for the rules.

use serde_json::{Map, Value};

/// An author: a plain name or an object with `name` (and other keys kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Author {
    pub name: String,
}

/// A `published` / `updated` value.
#[derive(Debug, Clone, PartialEq)]
pub enum DateValue {
    /// `YYYY-MM-DD`.
    Date(jiff::civil::Date),
    /// An RFC 3339 date-time with offset.
    DateTime(jiff::Zoned),
    /// A date-time without an offset (`2026-02-06T10:00:00`): its zone is unknown.
    LocalDateTime(jiff::civil::DateTime),
    /// Anything else, kept as written.
    Invalid(String),
}

/// The fields the rules read. Each is `None` when absent or of the wrong type (the
/// schema reports that); one bad field never hides the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub title: Option<String>,
    pub subtitle: Option<String>,
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
    pub fn from_value(value: &Value) -> Self {
        let _ = value;
        Self::default()
    }
}
