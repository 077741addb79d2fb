//! `date/dateline`: the body dateline agrees with the front matter and the date.

use article_model::body::{Block, BlockKind, DatelineForm, in_capitals, to_capitals};
use article_model::text::TokenKind;
use article_model::text::dates::{closest_to, month_name, month_word};
use article_model::{Article, Span};

use super::analysis::{describe, finding, publication_day, value_span};
use super::render::ap_month;
use crate::context::Context;
use crate::diagnostic::{Diagnostic, Fix, Level};
use crate::rule::{FixKind, Rule, RuleMeta};

pub struct Dateline;

static META: RuleMeta = RuleMeta {
    code: "date/dateline",
    summary: "The body dateline disagrees with front matter `dateline`, is not in capitals, or carries a date other than the publication date",
    default_level: Level::Error,
    fix: FixKind::Sometimes,
    docs: "The dateline that opens the story (`ISLAMABAD:`, `ISLAMABAD (AP) —`, \
`ISLAMABAD, Feb 6 (Reuters) -`, or day first `LONDON, 6 February (Reuters) -`) must name \
the same city as the front matter `dateline` (compared without regard to case; a region \
after a comma in the front matter is ignored; cities joined by slashes, \
`WASHINGTON/NEW YORK, Nov 18 (Reuters) -`, match the front matter's if any of them does), be in capitals (safe fix; AP keeps a name \
prefix before capitals: `McALLEN`, `MacDILL`, `LaGRANGE`, `DeKALB`), and, in the \
Reuters form, carry the publication date (unsafe fix: either may be wrong; the fix keeps \
the order and month form as written, and the month word itself when the month stays: \
`7 Sept` becomes `8 Sept`, `Sept. 7` becomes `Sept. 8`). A story that opens with the \
front matter's city in lower case before a separator and a sentence (`London — Britain's \
...` with `dateline: LONDON`) has its dateline in the wrong case, and is reported as well \
(without an agency credit, such an opening is read as a dateline only then).",
    bad_example: "Islamabad (AP) — The United States on Friday backed Pakistan's security operation.",
    good_example: "ISLAMABAD (AP) — The United States on Friday backed Pakistan's security operation.",
};

impl Rule for Dateline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(dateline) = &article.body.dateline else {
            if let Some(field) = &article.front_matter.fields.dateline {
                report_lowercase_opening(article, field, out);
            }
            return;
        };
        let city = dateline.city.as_str();
        if let Some(field) = &article.front_matter.fields.dateline {
            let expected = field.split(',').next().unwrap_or("").trim();
            // "WASHINGTON/NEW YORK": a story reported from several cities is datelined
            // by any of them.
            let same = normalize(expected) == normalize(city)
                || city
                    .split('/')
                    .any(|part| normalize(part) == normalize(expected));
            if !expected.is_empty() && !same {
                let mut diagnostic = finding(
                    &META,
                    format!("the dateline says {city} but the front matter `dateline` is {field}"),
                    dateline.city_span,
                )
                .with_label("dateline city")
                .with_help(format!(
                    "open the story with {}, or correct the front matter `dateline`",
                    to_capitals(expected)
                ));
                if let Some(span) = value_span(article, "/dateline") {
                    diagnostic = diagnostic.with_secondary(span, "front matter dateline");
                }
                out.push(diagnostic);
            }
        }
        if !in_capitals(city) {
            out.push(not_in_capitals(article, city, dateline.city_span));
        }
        if dateline.form == DatelineForm::Reuters
            && let Some((text, span)) = &dateline.date
            && let Some(p) = publication_day(article, ctx)
            && let Some(written) = parse_date(text)
            && let Some(date) = closest_to(written.month, written.day, p)
            && date != p
        {
            let right = written.rewrite(p);
            out.push(
                finding(
                    &META,
                    format!(
                        "the dateline is dated {} but the story is published {}",
                        describe(date),
                        describe(p)
                    ),
                    *span,
                )
                .with_label(format!("should be {right}"))
                .with_help(format!("date the dateline {right}, or correct `published`"))
                .with_fix(Fix::unsafe_(format!("write `{right}`"), *span, right)),
            );
        }
    }
}

/// "`London` is not in capitals", with the fix to capitals when the span holds the city
/// as written.
fn not_in_capitals(article: &Article, city: &str, span: Span) -> Diagnostic {
    let upper = to_capitals(city);
    let diagnostic = finding(
        &META,
        format!("the dateline city `{city}` is not in capitals"),
        span,
    )
    .with_label("not in capitals")
    .with_help(format!("write {upper}"));
    if article.source.slice(span) == city {
        diagnostic.with_fix(Fix::safe(format!("write `{upper}`"), span, upper))
    } else {
        diagnostic
    }
}

/// Separators that end a dateline without an agency credit ("LONDON —", "LONDON:").
const SEPARATORS: &[&str] = &[":", "—", "–", "-"];

/// A story that opens with the front matter's city in lower case and a separator
/// ("London — Prime Minister ..." with `dateline: LONDON`) has a dateline, though not
/// one in capitals: the body's dateline finder takes a title-case city only with an
/// agency credit ("London (AP) —"), so that an ordinary opening is never read as one.
/// Here the front matter names the city, so the opening is the dateline, written in the
/// wrong case. The first three paragraphs are looked at, as by the dateline finder.
fn report_lowercase_opening(article: &Article, field: &str, out: &mut Vec<Diagnostic>) {
    let expected: Vec<&str> = field
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    if expected.is_empty() {
        return;
    }
    let opening = article
        .body
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && !b.in_blockquote)
        .take(3)
        .find_map(|block| opening_city(block, &expected));
    if let Some(span) = opening {
        let city = article.source.slice(span);
        if !in_capitals(city) {
            out.push(not_in_capitals(article, city, span));
        }
    }
}

/// The span of `city` (its words) opening `block` before a dateline separator and the
/// start of a sentence.
fn opening_city(block: &Block, city: &[&str]) -> Option<Span> {
    let n = city.len();
    let tokens = &block.tokens;
    if tokens.len() <= n + 1 {
        return None;
    }
    let city_named = city.iter().enumerate().all(|(i, word)| {
        tokens[i].is_word()
            && (i == 0 || !tokens[i].glued())
            && block.token_text(i).eq_ignore_ascii_case(word)
    });
    let separator = block.token_text(n);
    // "London-based": a glued hyphen is a compound, not a separator.
    let separated = tokens[n].kind == TokenKind::Punct
        && SEPARATORS.contains(&separator)
        && (separator != "-" || !tokens[n].glued());
    // A dateline is followed by the start of a sentence, never by a lowercase word.
    let sentence_follows = block
        .token_text(n + 1)
        .chars()
        .next()
        .is_some_and(|c| !c.is_lowercase());
    (city_named && separated && sentence_follows)
        .then(|| Span::new(tokens[0].span.start, tokens[n - 1].span.end))
}

fn normalize(city: &str) -> String {
    city.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The date of a Reuters dateline as written: "Feb 6", "Feb. 6", or day first, as in
/// British copy, "6 February" / "6 Feb".
struct DatelineDate<'a> {
    month: i8,
    day: i8,
    day_first: bool,
    /// The month in full ("February"), not abbreviated.
    full_month: bool,
    /// The month word as written ("Sept", "Feb.").
    month_text: &'a str,
}

impl DatelineDate<'_> {
    /// `date` written the same way: "Feb 7", or "7 February" / "7 Feb".
    fn rewrite(&self, date: jiff::civil::Date) -> String {
        // The same month keeps the writer's word: "6 Sept" becomes "7 Sept", not "7 Sep".
        let same_month = date.month() == self.month;
        if !self.day_first {
            let month = if same_month {
                self.month_text
            } else {
                ap_month(date.month()).trim_end_matches('.')
            };
            return format!("{month} {}", date.day());
        }
        let name = month_name(date.month());
        let month = if same_month {
            self.month_text
        } else if self.full_month {
            name
        } else {
            name.get(..3).unwrap_or(name)
        };
        format!("{} {month}", date.day())
    }
}

fn parse_date(text: &str) -> Option<DatelineDate<'_>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, second] = words.as_slice() else {
        return None;
    };
    let day_first = first.chars().next().is_some_and(|c| c.is_ascii_digit());
    let (day, month) = if day_first {
        (first, second)
    } else {
        (second, first)
    };
    let month_text = *month;
    let (month, full_month) = month_word(month_text.trim_end_matches('.'))?;
    let day: i8 = day.parse().ok()?;
    (1..=31).contains(&day).then_some(DatelineDate {
        month,
        day,
        day_first,
        full_month,
        month_text,
    })
}
