//! The date knobs of a house style.

use crate::style::Preset;

/// How dates are written in the house style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateStyle {
    pub preset: Preset,
}

impl DateStyle {
    pub fn for_preset(preset: Preset) -> Self {
        Self { preset }
    }
}
