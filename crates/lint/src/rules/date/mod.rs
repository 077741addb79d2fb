//! `date/*`: every date in an article agrees with the calendar, the publication date
//! and the house style.

mod style;

pub use style::DateStyle;

use crate::rule::Rule;

/// The date rules.
pub static RULES: &[&dyn Rule] = &[];
