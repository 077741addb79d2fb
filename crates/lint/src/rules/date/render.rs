//! Writing dates: the house form of a date, and a part rewritten in the form it had.

use article_model::Span;
use article_model::text::dates::{
    DateOrder, MonthForm, WeekdayPosition, WrittenDate, month_name, weekday_name,
};
use jiff::civil::{Date, Weekday};

use super::style::{DateStyle, MonthNames};
use crate::diagnostic::Edit;

/// AP's month with a day: Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March–July in full.
pub fn ap_month(month: i8) -> &'static str {
    match month {
        1 => "Jan.",
        2 => "Feb.",
        8 => "Aug.",
        9 => "Sept.",
        10 => "Oct.",
        11 => "Nov.",
        12 => "Dec.",
        m => month_name(m),
    }
}

/// "st", "nd", "rd" or "th".
pub fn ordinal_suffix(day: i8) -> &'static str {
    match (day % 10, day % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    }
}

/// The house form of a written date (its weekday written before it, if any, its month,
/// day and year; `year_text` is the year as written, kept as is), in `order`.
pub fn house_form(
    date: &WrittenDate,
    style: &DateStyle,
    order: DateOrder,
    year_text: Option<&str>,
) -> String {
    let day = date.day.day;
    let day = if style.ordinals {
        format!("{day}{}", ordinal_suffix(day))
    } else {
        day.to_string()
    };
    house_form_with_days(date, style, order, year_text, &day)
}

/// [`house_form`] with `days` written for the day: a day range ("3-5") in the place of
/// the date's one day.
pub fn house_form_with_days(
    date: &WrittenDate,
    style: &DateStyle,
    order: DateOrder,
    year_text: Option<&str>,
    days: &str,
) -> String {
    let month = match style.months {
        MonthNames::Ap => ap_month(date.month.month),
        MonthNames::Full => month_name(date.month.month),
    };
    let day = days;
    let mut out = String::new();
    if let Some(weekday) = &date.weekday
        && matches!(weekday.position, WeekdayPosition::Before { .. })
    {
        out.push_str(weekday_name(weekday.weekday));
        out.push_str(if style.weekday_comma { ", " } else { " " });
    }
    match order {
        DateOrder::MonthDay => {
            out.push_str(month);
            out.push(' ');
            out.push_str(day);
            if let Some(year) = year_text {
                out.push_str(if style.comma_before_year { ", " } else { " " });
                out.push_str(year);
            }
        }
        DateOrder::DayMonth => {
            out.push_str(day);
            out.push(' ');
            out.push_str(month_name(date.month.month));
            if let Some(year) = year_text {
                out.push(' ');
                out.push_str(year);
            }
        }
    }
    out
}

/// A weekday written like `original` ("Thu" → "Fri", "THURSDAY" → "FRIDAY").
pub fn weekday_like(original: &str, weekday: Weekday) -> String {
    let name = weekday_name(weekday);
    let word = original.trim_end_matches('.');
    let period = if original.ends_with('.') { "." } else { "" };
    let base: String = if word.chars().count() >= 6 {
        name.to_owned()
    } else {
        // Abbreviated: as many letters as written (Thu, Thur, Thurs), at least three.
        let n = word.chars().count().max(3);
        match (weekday, n) {
            (Weekday::Tuesday, 4) => "Tues".to_owned(),
            (Weekday::Thursday, 4) => "Thur".to_owned(),
            (Weekday::Thursday, 5) => "Thurs".to_owned(),
            _ => name.chars().take(3).collect(),
        }
    };
    let cased = if word.chars().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
        base.to_uppercase()
    } else {
        base
    };
    format!("{cased}{period}")
}

/// Edits that turn a written date into `new` while keeping how each part was written
/// (weekday form, month abbreviation, zero padding, two-digit year).
pub fn retarget(date: &WrittenDate, new: Date, source: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let slice = |span: Span| source.get(span.range()).unwrap_or("");
    let mut push = |span: Span, replacement: String| {
        if slice(span) != replacement {
            edits.push(Edit { span, replacement });
        }
    };
    if let Some(weekday) = &date.weekday {
        push(
            weekday.span,
            weekday_like(slice(weekday.span), new.weekday()),
        );
    }
    let (month_span, day_span) = (date.month.span, date.day.span);
    let month = month_name(new.month());
    let month_text = match date.month.form {
        MonthForm::Full => month.to_owned(),
        MonthForm::Abbreviated { period } => {
            let written = slice(month_span).trim_end_matches('.');
            let n = written.chars().count().max(3);
            let short: String = if new.month() == 9 && n == 4 {
                "Sept".to_owned()
            } else {
                month.chars().take(3).collect()
            };
            let short = if written.chars().all(|c| !c.is_lowercase()) {
                short.to_uppercase()
            } else {
                short
            };
            if period && new.month() != 5 {
                format!("{short}.")
            } else {
                short
            }
        }
    };
    push(month_span, month_text);
    let day = new.day();
    let mut day_text = if date.day.zero_padded {
        format!("{day:02}")
    } else {
        day.to_string()
    };
    if date.day.ordinal {
        day_text.push_str(ordinal_suffix(day));
    }
    push(day_span, day_text);
    if let Some(year) = &date.year {
        let text = if year.two_digit {
            let written = slice(year.span);
            let apostrophe: String = written.chars().take(1).collect();
            format!("{apostrophe}{:02}", new.year().rem_euclid(100))
        } else {
            new.year().to_string()
        };
        push(year.span, text);
    }
    edits.sort_by_key(|e| e.span.start);
    edits
}
