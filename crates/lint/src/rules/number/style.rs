//! The number knobs of a house style.

use crate::style::Preset;

/// How numbers are written in the house style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    pub preset: Preset,
}

impl NumberStyle {
    pub fn for_preset(preset: Preset) -> Self {
        Self { preset }
    }
}
