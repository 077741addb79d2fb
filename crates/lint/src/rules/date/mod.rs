//! `date/*`: every date in an article agrees with the calendar, the publication date
//! and the house style.
//!
//! The body's date mentions are recognized once per article ([`analysis::analysis`],
//! from `article_model::text::dates`) and shared by every rule.

pub(crate) mod analysis;
mod render;
mod style;

mod dateline;
mod display_date;
mod filename;
mod format;
mod future;
mod invalid;
mod numeric;
mod order;
mod relative_day;
mod relative_year;
mod tense;
mod timezone;
mod two_digit_year;
mod weekday_mismatch;
mod weekday_window;

pub use filename::parse_file_name;
pub use style::{DateStyle, DayOrder, MonthNames};

use crate::rule::Rule;

/// The date rules.
pub static RULES: &[&dyn Rule] = &[
    &invalid::Invalid,
    &future::Future,
    &order::Order,
    &weekday_mismatch::WeekdayMismatch,
    &display_date::DisplayDate,
    &relative_year::RelativeYear,
    &tense::Tense,
    &weekday_window::WeekdayWindow,
    &relative_day::RelativeDay,
    &format::Format,
    &numeric::Numeric,
    &two_digit_year::TwoDigitYear,
    &filename::Filename,
    &dateline::Dateline,
    &timezone::Timezone,
];
