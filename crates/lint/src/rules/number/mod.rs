//! `number/*`: house-style figures
//! with few false positives.

mod style;

pub use style::NumberStyle;

use crate::rule::Rule;

/// The number rules.
pub static RULES: &[&dyn Rule] = &[];
