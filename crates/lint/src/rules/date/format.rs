//! `date/format`: dates written the house way.

use article_model::Article;
use article_model::text::dates::{DateOrder, MentionKind, MonthForm, month_name};

use super::analysis::{analysis, finding};
use super::render::house_form;
use super::style::DayOrder;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};
use crate::style::Preset;

pub struct Format;

static META: RuleMeta = RuleMeta {
    code: "date/format",
    summary: "A date not written in the house style (\"January 31\" → \"Jan. 31\" in AP)",
    default_level: Level::Warning,
    fix: FixKind::Safe,
    docs: "Dates follow the house style of the `style` preset:\n\n\
- ap, reuters: \"Feb. 6, 2026\", \"Friday, Feb. 6\"; Jan., Feb., Aug., Sept., Oct., Nov., Dec. \
abbreviated with a day, March to July never; a comma after the year mid-sentence;\n\
- british: \"6 February 2026\", \"Friday 6 February\": no commas, no abbreviations;\n\
- chicago: \"February 6, 2026\";\n\
- economist: \"February 6th 2026\".\n\n\
In every style: no ordinal suffix unless the style wants one, no zero-padded day (\"Feb. 06\"), \
weekdays spelled out, and a month with a year but no day takes no comma and no \"of\" \
(\"February 2026\"). Mixing month-day and day-month orders is flagged in every style (knob \
`order`: `month-day`, `day-month`, or `consistent` to follow the article's first date). \
Knobs: `order`, `months`, `ordinals`, `comma_before_year`, `comma_after_year`, \
`weekday_comma`. Quoted text, the dateline and the printed date line are not checked. The \
fix rewrites the date in the house form and is safe: the day stays the same.",
    bad_example: "The attacks on January 13 disrupted daily life in several districts.",
    good_example: "The attacks on Jan. 13 disrupted daily life in several districts.",
};

/// Words after a year that do not need a comma before them ("Feb. 6, 2026 to March 1").
const NO_COMMA_BEFORE: &[&str] = &["and", "or", "to", "through", "until", "till", "thru"];

impl Rule for Format {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let style = &ctx.style.dates;
        let analysis = analysis(article);
        let checked = || {
            analysis
                .found
                .iter()
                .filter(|f| !f.mention.quoted && f.display.is_none() && f.sentence.is_some())
        };
        let order = match style.order {
            DayOrder::MonthDay => DateOrder::MonthDay,
            DayOrder::DayMonth => DateOrder::DayMonth,
            DayOrder::Consistent => checked()
                .find_map(|f| f.mention.written().map(|w| w.order))
                .unwrap_or(DateOrder::MonthDay),
        };
        let source = article.source.text();
        let preset = style.preset.label();
        for found in checked() {
            let block = &article.body.blocks[found.block];
            let text = block.text.text();
            match &found.mention.kind {
                MentionKind::Written(written) => {
                    let year_text = written
                        .year
                        .map(|y| source.get(y.span.range()).unwrap_or("").to_owned());
                    let mut expected = house_form(written, style, order, year_text.as_deref());
                    let range = written.core_tokens.clone();
                    let as_written = normalize(
                        &text[block.tokens[range.start].text.start
                            ..block.tokens[range.end - 1].text.end],
                    );
                    let mut comma_missing = false;
                    if style.comma_after_year
                        && order == DateOrder::MonthDay
                        && let Some(year) = written.year
                        && !year.comma_after
                        && !year.two_digit
                    {
                        let next = found.mention.tokens.end;
                        comma_missing = block.tokens.get(next).is_some_and(|t| {
                            t.is_word()
                                && !t.glued()
                                && !NO_COMMA_BEFORE
                                    .iter()
                                    .any(|w| t.as_str(text).eq_ignore_ascii_case(w))
                        }) && found.mention.tokens.end == range.end;
                    }
                    if expected == as_written && !comma_missing {
                        continue;
                    }
                    if comma_missing {
                        expected.push(',');
                    }
                    let source_text = normalize(source.get(written.core.range()).unwrap_or(""));
                    let mut diagnostic = finding(
                        &META,
                        if expected.trim_end_matches(',') == as_written {
                            format!("{preset} style puts a comma after the year of a full date mid-sentence")
                        } else {
                            format!("write \"{as_written}\" as \"{}\" in {preset} style", expected.trim_end_matches(','))
                        },
                        written.core,
                    )
                    .with_label(format!("write {expected}"))
                    .with_help(house_form_help(style.preset));
                    if source_text == as_written {
                        diagnostic = diagnostic.with_fix(Fix::safe(
                            format!("write `{expected}`"),
                            written.core,
                            expected,
                        ));
                    }
                    out.push(diagnostic);
                }
                MentionKind::MonthYear { month, year, of } => {
                    let comma = year.comma_before;
                    let abbreviated = matches!(month.form, MonthForm::Abbreviated { .. });
                    if !comma && !of && !abbreviated {
                        continue;
                    }
                    let year_text = source.get(year.span.range()).unwrap_or("");
                    let expected = format!("{} {year_text}", month_name(month.month));
                    let span = month.span.cover(year.span);
                    let why = if *of {
                        "a month and year take no \"of\""
                    } else if comma {
                        "a month and year take no comma"
                    } else {
                        "a month without a day is spelled out"
                    };
                    out.push(
                        finding(&META, why.to_owned(), span)
                            .with_label(format!("write {expected}"))
                            .with_help(format!("write {expected}"))
                            .with_fix(Fix::safe(format!("write `{expected}`"), span, expected)),
                    );
                }
                _ => {}
            }
        }
    }
}

/// Runs of white space as one space.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The house date form in one line, for help.
fn house_form_help(preset: Preset) -> &'static str {
    match preset {
        Preset::Ap | Preset::Reuters => {
            "the house form is \"Feb. 6, 2026\": Jan., Feb., Aug., Sept., Oct., Nov. and Dec. are \
             abbreviated with a day, March to July never; no ordinals; a comma after the year \
             mid-sentence"
        }
        Preset::British => {
            "the house form is \"6 February 2026\" and \"Friday 6 February\": full month names, \
             no commas, no ordinals"
        }
        Preset::Chicago => "the house form is \"February 6, 2026\": full month names, no ordinals",
        Preset::Economist => "the house form is \"February 6th 2026\": full month names, no commas",
    }
}
