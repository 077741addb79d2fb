//! House styles: a preset (`--style ap|reuters|british|chicago|economist`) and the
//! knobs each rule family reads, which configuration can override one by one.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use crate::rules::date::DateStyle;
pub use crate::rules::number::NumberStyle;

/// A newsroom style guide whose conventions set every knob's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// Associated Press (the default).
    #[default]
    Ap,
    /// Reuters: AP dates, no "yesterday"/"today"/"tomorrow".
    Reuters,
    /// BBC / Guardian: "6 February 2026", no commas, no abbreviations.
    British,
    /// Chicago Manual of Style: "February 6, 2026".
    Chicago,
    /// The Economist: "February 6th 2026", spell out up to ten.
    Economist,
}

impl Preset {
    /// Whether the preset follows the AP Stylebook's number rules (AP, and Reuters,
    /// which takes AP's): cents below a dollar, figures for labels and measures.
    pub fn follows_ap_numbers(self) -> bool {
        matches!(self, Preset::Ap | Preset::Reuters)
    }

    pub const ALL: [Preset; 5] = [
        Preset::Ap,
        Preset::Reuters,
        Preset::British,
        Preset::Chicago,
        Preset::Economist,
    ];

    /// The name people write: "AP", "Reuters", "British", "Chicago", "Economist".
    pub const fn label(self) -> &'static str {
        match self {
            Self::Ap => "AP",
            Self::Reuters => "Reuters",
            Self::British => "British",
            Self::Chicago => "Chicago",
            Self::Economist => "Economist",
        }
    }

    pub const fn name(self) -> &'static str {
        match self {
            Self::Ap => "ap",
            Self::Reuters => "reuters",
            Self::British => "british",
            Self::Chicago => "chicago",
            Self::Economist => "economist",
        }
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Preset {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|preset| preset.name() == text)
            .ok_or_else(|| {
                format!("unknown style `{text}`; expected one of ap, reuters, british, chicago, economist")
            })
    }
}

/// The full style in force: the preset and every knob.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    pub preset: Preset,
    pub dates: DateStyle,
    pub numbers: NumberStyle,
}

impl Style {
    pub fn preset(preset: Preset) -> Self {
        Self {
            preset,
            dates: DateStyle::for_preset(preset),
            numbers: NumberStyle::for_preset(preset),
        }
    }
}

impl Default for Style {
    fn default() -> Self {
        Self::preset(Preset::Ap)
    }
}
