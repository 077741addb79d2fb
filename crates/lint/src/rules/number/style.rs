//! The number knobs of a house style.

use crate::style::Preset;

/// How a percentage is written (`percent` knob).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentStyle {
    /// "3.1%" (AP since 2019, Reuters, BBC, The Economist).
    Sign,
    /// "3.1 percent" (Chicago, pre-2019 AP).
    Percent,
    /// "3.1 per cent" (Commonwealth papers).
    PerCent,
    /// Either "%" or "percent", one form per article: the first one used wins.
    Consistent,
}

impl PercentStyle {
    /// The mark as written after a number, with its leading space.
    pub const fn mark(self) -> &'static str {
        match self {
            Self::Sign => "%",
            Self::Percent => " percent",
            Self::PerCent => " per cent",
            Self::Consistent => "%",
        }
    }
}

/// The thousands separator (`thousands_separator` knob).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThousandsSeparator {
    /// "25,000".
    Comma,
    /// "25 000" with a narrow no-break space (SI/ISO).
    ThinSpace,
    /// "25000".
    None,
}

impl ThousandsSeparator {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Comma => ",",
            Self::ThinSpace => "\u{202F}",
            Self::None => "",
        }
    }
}

/// How numbers are written in the house style. Every knob defaults from the preset
/// and can be overridden one by one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberStyle {
    pub preset: Preset,
    /// `spell_max`: whole numbers up to this are spelled out (AP 9, Economist 10,
    /// Chicago 100; 0 for figures everywhere).
    pub spell_max: u32,
    /// `percent`: `%`, `percent` or `per cent`.
    pub percent: PercentStyle,
    /// `thousands_separator`: `,`, thin space or none.
    pub thousands_separator: ThousandsSeparator,
    /// `thousands_from`: the first number that takes a separator (1,000 or 10,000).
    pub thousands_from: u32,
    /// `ages_in_figures`: "a 6-year-old" (AP) rather than "a six-year-old" (British).
    pub ages_in_figures: bool,
    /// `year_may_start_sentence`: "1998 was a good year." is fine (AP) or not (BBC).
    pub year_may_start_sentence: bool,
    /// `indian_grouping`: lakh and crore grouping ("10,00,000") is accepted.
    pub indian_grouping: bool,
    /// `series_consistency`: numbers in one series share a form ("10 dogs, 6 cats and
    /// 97 fish"; Chicago, The Economist) rather than each following the rule (AP).
    pub series_consistency: bool,
}

impl NumberStyle {
    pub fn for_preset(preset: Preset) -> Self {
        let ap = Self {
            preset,
            spell_max: 9,
            percent: PercentStyle::Sign,
            thousands_separator: ThousandsSeparator::Comma,
            thousands_from: 1000,
            ages_in_figures: true,
            year_may_start_sentence: true,
            indian_grouping: false,
            series_consistency: false,
        };
        match preset {
            // AP writes "3.1%" since 2019. Archives that still say "percent" can set
            // `percent: consistent` (one form per article) instead.
            Preset::Ap | Preset::Reuters => ap,
            Preset::British => Self {
                percent: PercentStyle::Sign,
                ages_in_figures: false,
                year_may_start_sentence: false,
                ..ap
            },
            Preset::Chicago => Self {
                spell_max: 100,
                percent: PercentStyle::Percent,
                ages_in_figures: false,
                year_may_start_sentence: false,
                series_consistency: true,
                ..ap
            },
            // The Economist gives percentages in figures with the sign ("grew by
            // 0.3%"; its style guide: "4%").
            Preset::Economist => Self {
                spell_max: 10,
                percent: PercentStyle::Sign,
                thousands_separator: ThousandsSeparator::Comma,
                ages_in_figures: false,
                year_may_start_sentence: false,
                // "Use figures in sets of numerals some of which are higher than ten:
                // 14, 9 and 6 per 100,000."
                series_consistency: true,
                ..ap
            },
        }
    }
}

impl Default for NumberStyle {
    fn default() -> Self {
        Self::for_preset(Preset::Ap)
    }
}
