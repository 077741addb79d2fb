//! Style knobs from configuration: `style: {preset: ap, order: day-month, ...}`.
//!
//! Knobs arrive as a generic JSON map (so the config format does not depend on each
//! rule family's struct) and are set on [`Style`] by name. Date knobs may also be
//! nested under `dates:` and number knobs under `numbers:`.

use serde_json::{Map, Value};

use crate::rules::date::{DayOrder, MonthNames};
use crate::rules::number::{PercentStyle, ThousandsSeparator};
use crate::style::Style;

/// Every knob name `apply_knobs` understands (for "did you mean" and the docs).
pub const DATE_KNOBS: &[&str] = &[
    "order",
    "months",
    "ordinals",
    "comma_before_year",
    "comma_after_year",
    "weekday_comma",
    "weekday_window",
    "flag_yesterday_tomorrow",
    "flag_today",
    "flag_last_next_weekday",
];

/// Every number knob `apply_knobs` understands.
pub const NUMBER_KNOBS: &[&str] = &[
    "spell_max",
    "percent",
    "thousands_separator",
    "thousands_from",
    "ages_in_figures",
    "year_may_start_sentence",
    "indian_grouping",
    "series_consistency",
];

/// A knob that could not be set: its JSON pointer inside the style mapping (for the
/// span) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnobError {
    /// Pointer relative to the style mapping, e.g. `/dates/order`.
    pub pointer: String,
    pub message: String,
    pub help: Option<String>,
}

impl Style {
    /// Sets the knobs in `knobs` by name (`preset` is skipped: it is applied first by
    /// the caller). Returns every unknown knob or bad value; the known ones are set.
    pub fn apply_knobs(&mut self, knobs: &Map<String, Value>) -> Result<(), Vec<KnobError>> {
        let mut errors = Vec::new();
        for (name, value) in knobs {
            let pointer = format!("/{}", crate::config::escape(name));
            match name.as_str() {
                "preset" => {}
                "dates" | "numbers" => match value {
                    Value::Object(inner) => {
                        let family = if name == "dates" {
                            DATE_KNOBS
                        } else {
                            NUMBER_KNOBS
                        };
                        for (inner_name, inner_value) in inner {
                            let inner_pointer =
                                format!("{pointer}/{}", crate::config::escape(inner_name));
                            if !family.contains(&inner_name.as_str()) {
                                errors.push(unknown(inner_pointer, inner_name, family));
                            } else if let Err(message) = self.set_knob(inner_name, inner_value) {
                                errors.push(bad(inner_pointer, message));
                            }
                        }
                    }
                    _ => errors.push(bad(pointer, format!("`{name}` must be a mapping of knobs"))),
                },
                _ => {
                    let all: Vec<&str> = DATE_KNOBS.iter().chain(NUMBER_KNOBS).copied().collect();
                    if !all.contains(&name.as_str()) {
                        errors.push(unknown(pointer, name, &all));
                    } else if let Err(message) = self.set_knob(name, value) {
                        errors.push(bad(pointer, message));
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Sets one known knob.
    fn set_knob(&mut self, name: &str, value: &Value) -> Result<(), String> {
        let dates = &mut self.dates;
        match name {
            "order" => {
                dates.order = match value.as_str() {
                    Some("month-day") => DayOrder::MonthDay,
                    Some("day-month") => DayOrder::DayMonth,
                    Some("consistent") => DayOrder::Consistent,
                    _ => return Err(expected(name, "`month-day`, `day-month` or `consistent`")),
                }
            }
            "months" => {
                dates.months = match value.as_str() {
                    Some("ap") => MonthNames::Ap,
                    Some("full") => MonthNames::Full,
                    _ => return Err(expected(name, "`ap` or `full`")),
                }
            }
            "ordinals" => dates.ordinals = boolean(name, value)?,
            "comma_before_year" => dates.comma_before_year = boolean(name, value)?,
            "comma_after_year" => dates.comma_after_year = boolean(name, value)?,
            "weekday_comma" => dates.weekday_comma = boolean(name, value)?,
            "flag_yesterday_tomorrow" => dates.flag_yesterday_tomorrow = boolean(name, value)?,
            "flag_today" => dates.flag_today = boolean(name, value)?,
            "flag_last_next_weekday" => dates.flag_last_next_weekday = boolean(name, value)?,
            "weekday_window" => {
                dates.weekday_window = match value {
                    Value::Null | Value::Bool(false) => None,
                    _ => Some(
                        value
                            .as_u64()
                            .and_then(|days| u8::try_from(days).ok())
                            .ok_or_else(|| {
                                expected(name, "a number of days from 0 to 255, or `null`")
                            })?,
                    ),
                }
            }
            _ => return self.set_number_knob(name, value),
        }
        Ok(())
    }
}

impl Style {
    fn set_number_knob(&mut self, name: &str, value: &Value) -> Result<(), String> {
        let numbers = &mut self.numbers;
        match name {
            "spell_max" => numbers.spell_max = small(name, value)?,
            "thousands_from" => numbers.thousands_from = small(name, value)?,
            "percent" => {
                numbers.percent = match value.as_str() {
                    Some("sign" | "%") => PercentStyle::Sign,
                    Some("percent") => PercentStyle::Percent,
                    Some("per-cent" | "per cent") => PercentStyle::PerCent,
                    Some("consistent") => PercentStyle::Consistent,
                    _ => {
                        return Err(expected(
                            name,
                            "`sign`, `percent`, `per-cent` or `consistent`",
                        ));
                    }
                }
            }
            "thousands_separator" => {
                numbers.thousands_separator = match value.as_str() {
                    Some("comma" | ",") => ThousandsSeparator::Comma,
                    Some("thin-space" | "space" | " " | "\u{202F}") => {
                        ThousandsSeparator::ThinSpace
                    }
                    Some("none" | "") => ThousandsSeparator::None,
                    _ => return Err(expected(name, "`comma`, `thin-space` or `none`")),
                }
            }
            "ages_in_figures" => numbers.ages_in_figures = boolean(name, value)?,
            "year_may_start_sentence" => numbers.year_may_start_sentence = boolean(name, value)?,
            "indian_grouping" => numbers.indian_grouping = boolean(name, value)?,
            "series_consistency" => numbers.series_consistency = boolean(name, value)?,
            _ => return Err(format!("unknown style knob `{name}`")),
        }
        Ok(())
    }
}

fn small(name: &str, value: &Value) -> Result<u32, String> {
    value
        .as_u64()
        .and_then(|number| u32::try_from(number).ok())
        .ok_or_else(|| expected(name, &format!("a whole number from 0 to {}", u32::MAX)))
}

fn boolean(name: &str, value: &Value) -> Result<bool, String> {
    value
        .as_bool()
        .ok_or_else(|| expected(name, "`true` or `false`"))
}

fn expected(name: &str, what: &str) -> String {
    format!("style knob `{name}` must be {what}")
}

fn bad(pointer: String, message: String) -> KnobError {
    KnobError {
        pointer,
        message,
        help: None,
    }
}

fn unknown(pointer: String, name: &str, known: &[&str]) -> KnobError {
    let help = crate::config::closest(name, known.iter().copied())
        .map(|best| format!("did you mean `{best}`?"))
        .or_else(|| (!known.is_empty()).then(|| format!("known knobs: {}", known.join(", "))));
    KnobError {
        pointer,
        message: format!("unknown style knob `{name}`"),
        help,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Preset;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn known_knobs_are_set_flat_or_nested() {
        let mut style = Style::preset(Preset::Ap);
        style
            .apply_knobs(&map(serde_json::json!({
                "order": "day-month",
                "dates": {"weekday_window": null, "flag_today": true}
            })))
            .unwrap();
        assert_eq!(style.dates.order, DayOrder::DayMonth);
        assert_eq!(style.dates.weekday_window, None);
        assert!(style.dates.flag_today);
    }

    #[test]
    fn unknown_knobs_and_bad_values_are_reported() {
        let mut style = Style::default();
        let errors = style
            .apply_knobs(&map(serde_json::json!({"ordr": "x", "ordinals": 3})))
            .unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].pointer, "/ordr");
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `order`?"));
        assert!(errors[1].message.contains("`true` or `false`"));
    }

    #[test]
    fn a_number_knob_too_large_says_the_bound() {
        let mut style = Style::default();
        for value in [
            serde_json::json!(1_000_000_000_000u64),
            serde_json::json!("nine"),
        ] {
            let errors = style
                .apply_knobs(&map(serde_json::json!({ "spell_max": value })))
                .unwrap_err();
            assert_eq!(
                errors[0].message,
                "style knob `spell_max` must be a whole number from 0 to 4294967295"
            );
        }
    }
}
