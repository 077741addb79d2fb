//! The date knobs of a house style.

use crate::style::Preset;

/// Which order a month name and a day are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    /// "Feb. 6" (AP, Reuters, Chicago, Economist).
    MonthDay,
    /// "6 February" (British).
    DayMonth,
    /// Either, as long as the article sticks to the order of its first date.
    Consistent,
}

/// How a month with a day is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthNames {
    /// AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated with a day; March to
    /// July spelled out; every month spelled out without a day.
    Ap,
    /// Always spelled out.
    Full,
}

/// How dates are written in the house style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateStyle {
    pub preset: Preset,
    /// `order`: month–day or day–month.
    pub order: DayOrder,
    /// `months`: abbreviations with a day.
    pub months: MonthNames,
    /// `ordinals`: "6th" required (`true`, Economist) or forbidden (`false`).
    pub ordinals: bool,
    /// `comma_before_year`: "Feb. 6, 2026" (`true`) or "6 February 2026" (`false`).
    pub comma_before_year: bool,
    /// `comma_after_year`: a comma after the year of a full date mid-sentence
    /// ("Feb. 6, 2026, was the day").
    pub comma_after_year: bool,
    /// `weekday_comma`: "Friday, Feb. 6" (`true`) or "Friday 6 February" (`false`).
    pub weekday_comma: bool,
    /// `weekday_window`: days around the publication date within which a weekday is
    /// preferred to the date (AP: 7); `None` turns `date/weekday-window` off.
    pub weekday_window: Option<u8>,
    /// `flag_yesterday_tomorrow`: "yesterday" and "tomorrow" are flagged.
    pub flag_yesterday_tomorrow: bool,
    /// `flag_today`: "today" is flagged too.
    pub flag_today: bool,
    /// `flag_last_next_weekday`: "last Friday" and "next Friday" are flagged (AP: the
    /// tense tells which Friday).
    pub flag_last_next_weekday: bool,
}

impl DateStyle {
    pub fn for_preset(preset: Preset) -> Self {
        let ap = Self {
            preset,
            order: DayOrder::MonthDay,
            months: MonthNames::Ap,
            ordinals: false,
            comma_before_year: true,
            comma_after_year: true,
            weekday_comma: true,
            weekday_window: Some(7),
            flag_yesterday_tomorrow: true,
            flag_today: false,
            flag_last_next_weekday: true,
        };
        match preset {
            Preset::Ap => ap,
            Preset::Reuters => Self {
                weekday_window: None,
                flag_today: true,
                flag_last_next_weekday: false,
                ..ap
            },
            Preset::British => Self {
                order: DayOrder::DayMonth,
                months: MonthNames::Full,
                comma_before_year: false,
                comma_after_year: false,
                weekday_comma: false,
                weekday_window: None,
                flag_today: true,
                flag_last_next_weekday: false,
                ..ap
            },
            Preset::Chicago => Self {
                months: MonthNames::Full,
                weekday_window: None,
                flag_yesterday_tomorrow: false,
                flag_last_next_weekday: false,
                ..ap
            },
            Preset::Economist => Self {
                months: MonthNames::Full,
                ordinals: true,
                comma_before_year: false,
                comma_after_year: false,
                weekday_comma: false,
                weekday_window: None,
                flag_yesterday_tomorrow: false,
                flag_last_next_weekday: false,
                ..ap
            },
        }
    }
}
