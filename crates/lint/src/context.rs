//! What a rule knows besides the article: the reference day, the house style, the
//! site time zone and the allowed sections.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::style::Style;

/// Settings shared by every rule during one run.
#[derive(Debug, Clone)]
pub struct Context {
    /// The reference day `T` for "in the future" checks (`--today`, pinned in tests).
    pub today: Date,
    pub style: Style,
    /// The site time zone, used for `published` values without an offset.
    pub timezone: TimeZone,
    /// The allowed `section` values, when configured.
    pub sections: Option<Vec<String>>,
}

impl Context {
    pub fn new(today: Date, style: Style) -> Self {
        Self {
            today,
            style,
            timezone: TimeZone::UTC,
            sections: None,
        }
    }
}
