//! The date rules (`date/*`) on fixtures, the seed article's date facts, the examples
//! of each rule, and a property test of `date/weekday-mismatch`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use article_model::{Article, Source};
use lint::context::Context;
use lint::diagnostic::{Applicability, Diagnostic};
use lint::examples::{EXAMPLE_TODAY, example_article, example_context};
use lint::rules::date::RULES;
use lint::style::{Preset, Style};

fn context(preset: Preset) -> Context {
    Context::new(EXAMPLE_TODAY, Style::preset(preset))
}

fn check(article: &Article, ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        rule.check(article, ctx, &mut out);
    }
    out.sort_by_key(|d| (d.span.start, d.code.clone()));
    out
}

fn parse(path: impl Into<PathBuf>, text: &str) -> Article {
    Article::parse(Source::new(path, text.to_owned())).unwrap_or_else(|r| panic!("{}", r.error))
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.code.as_str()).collect()
}

/// Diagnostics as text for snapshots: code, severity, place, the text at fault, the
/// message, labels, help and fix.
fn render(article: &Article, diagnostics: &[Diagnostic]) -> String {
    let source = &article.source;
    let mut out = String::new();
    for d in diagnostics {
        let at = source.line_col(d.span.start);
        let _ = writeln!(
            out,
            "{} [{}] {}:{} `{}`: {}",
            d.code,
            d.severity,
            at.line,
            at.column,
            source.slice(d.span),
            d.message
        );
        if let Some(label) = &d.label {
            let _ = writeln!(out, "    label: {label}");
        }
        for label in &d.labels {
            let _ = writeln!(
                out,
                "    also `{}`: {}",
                source.slice(label.span),
                label.message
            );
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "    help: {help}");
        }
        if let Some(fix) = &d.fix {
            let kind = match fix.applicability {
                Applicability::Safe => "safe",
                Applicability::Unsafe => "unsafe",
            };
            let edits: Vec<String> = fix
                .edits
                .iter()
                .map(|e| format!("`{}` -> `{}`", source.slice(e.span), e.replacement))
                .collect();
            let _ = writeln!(out, "    fix ({kind}): {}", edits.join(", "));
        }
    }
    if out.is_empty() {
        out.push_str("(no date findings)\n");
    }
    out
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/date")
}

/// `<rule>.trip*.md` must raise `date/<rule>`; `<rule>.pass*.md` must not.
#[test]
fn fixtures_trip_and_pass() {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 28);
    for path in entries {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let (rule, kind) = name.split_once('.').unwrap();
        let code = format!("date/{rule}");
        let text = std::fs::read_to_string(&path).unwrap();
        let article = parse(&name, &text);
        let found = check(&article, &context(Preset::Ap));
        let tripped = found.iter().any(|d| d.code == code);
        if kind.starts_with("trip") {
            assert!(tripped, "{name} should raise {code}: {found:#?}");
        } else {
            assert!(!tripped, "{name} should not raise {code}: {found:#?}");
        }
        insta::assert_snapshot!(
            format!("date__{}", name.trim_end_matches(".md")),
            render(&article, &found)
        );
    }
}

#[test]
fn filename_fixtures() {
    let dir = fixtures_dir().join("filename");
    let mut all = String::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let article = parse(&name, &text);
        let found = check(&article, &context(Preset::Ap));
        let tripped = found.iter().any(|d| d.code == "date/filename");
        assert_eq!(
            tripped,
            name != "2026-02-06-army-operation-kech.md",
            "{name}: {found:#?}"
        );
        let _ = writeln!(all, "## {name}\n{}", render(&article, &found));
    }
    insta::assert_snapshot!("date__filename", all);
}

/// An original article with the seed's date facts: published Friday 6 February 2026,
/// "on Friday", "January 31", "in August last year", and the display date line.
const SEED_LIKE: &str = "---
title: Washington backs Islamabad after wave of attacks in Balochistan
subtitle: The State Department voices support for Pakistan and for bringing the attackers to account
author: Staff Reporter
published: 2026-02-06
section: World
tags: [pakistan, united-states, security]
slug: washington-backs-islamabad
language: en
---

Fri Feb 06 2026

ISLAMABAD: Washington on Friday voiced firm backing for Pakistan after a series of militant attacks in Balochistan, promising to help find those behind them.

A regional bureau of the State Department called the violence \"appalling\" in a post on social media.

The separatist group blamed for the violence was listed as a terrorist organisation in August last year, an official notice said.

Pakistan's military said its clearance operation followed coordinated attacks on January 31 that shut markets and roads across the province.
";

#[test]
fn seed_like_article_has_no_calendar_finding() {
    let article = parse("washington-backs-islamabad.md", SEED_LIKE);
    let ap = check(&article, &context(Preset::Ap));
    insta::assert_snapshot!("date__seed_like_ap", render(&article, &ap));
    assert_eq!(
        codes(&ap),
        ["date/format", "date/weekday-window"],
        "{ap:#?}"
    );
    let format = &ap[0];
    assert_eq!(article.source.slice(format.span), "January 31");
    assert_eq!(format.fix.as_ref().unwrap().edits[0].replacement, "Jan. 31");
    let chicago = check(&article, &context(Preset::Chicago));
    assert!(chicago.is_empty(), "{chicago:#?}");
    for preset in Preset::ALL {
        let found = check(&article, &context(preset));
        for d in &found {
            assert!(
                matches!(
                    d.code.as_str(),
                    "date/format" | "date/weekday-window" | "date/relative-day"
                ),
                "{preset}: calendar finding {d:#?}"
            );
        }
    }
}

/// "the sixth of February, 1952" is a full date with its day spelled: no month-and-year
/// comma in any style, Chicago's among them.
#[test]
fn spelled_day_of_month_is_no_month_and_year() {
    let body = "She was born on the sixth of February, 1952.\n\nShe left in March, 1970.\n";
    let article = example_article(body);
    for preset in [Preset::Chicago, Preset::Ap] {
        let found: Vec<String> = check(&article, &context(preset))
            .iter()
            .filter(|d| d.code == "date/format")
            .map(|d| article.source.slice(d.span).to_owned())
            .collect();
        assert_eq!(found, ["March, 1970"], "{preset}");
    }
}

#[test]
fn british_and_economist_forms() {
    let body = "Officials met on Feb. 3, 2026, and again on Tuesday, Feb. 3, and 3 February.";
    let article = example_article(body);
    let british = check(&article, &context(Preset::British));
    let fixes: Vec<&str> = british
        .iter()
        .filter(|d| d.code == "date/format")
        .map(|d| d.fix.as_ref().unwrap().edits[0].replacement.as_str())
        .collect();
    assert_eq!(fixes, ["3 February 2026", "Tuesday 3 February"]);
    let economist = check(&article, &context(Preset::Economist));
    let fixes: Vec<&str> = economist
        .iter()
        .filter(|d| d.code == "date/format")
        .map(|d| d.fix.as_ref().unwrap().edits[0].replacement.as_str())
        .collect();
    assert_eq!(
        fixes,
        ["February 3rd 2026", "Tuesday February 3rd", "February 3rd"]
    );
}

/// "3-5 March" is read as the date "5 March" after "3-": the fix rewrites the whole
/// range ("March 3-5"), never the end day alone ("3-March 5").
#[test]
fn day_ranges_are_rewritten_whole() {
    let body = "The survey, taken 3-5 March, was repeated January 7–9 and on 3rd-5th March.";
    let article = example_article(body);
    let fixes = |preset| -> Vec<(String, Option<String>)> {
        check(&article, &context(preset))
            .iter()
            .filter(|d| d.code == "date/format")
            .map(|d| {
                (
                    article.source.slice(d.span).to_owned(),
                    d.fix.as_ref().map(|f| f.edits[0].replacement.clone()),
                )
            })
            .collect()
    };
    let owned = |a: &str, b: Option<&str>| (a.to_owned(), b.map(str::to_owned));
    assert_eq!(
        fixes(Preset::Ap),
        [
            owned("3-5 March", Some("March 3-5")),
            owned("January 7–9", Some("Jan. 7–9")),
            // Not a clean range: reported, not rewritten.
            owned("5th March", None),
        ]
    );
    assert_eq!(
        fixes(Preset::British),
        [
            owned("January 7–9", Some("7–9 January")),
            owned("5th March", None),
        ]
    );
    // The Economist's ordinals cannot be put on a range safely: no fix.
    assert!(
        fixes(Preset::Economist)
            .iter()
            .all(|(_, fix)| fix.is_none())
    );
}

#[test]
fn mixed_orders_are_flagged_when_the_order_is_free() {
    let mut ctx = context(Preset::Chicago);
    ctx.style.dates.order = lint::rules::date::DayOrder::Consistent;
    let article = example_article("Talks began on 3 February and ended on February 5.");
    let found = check(&article, &ctx);
    assert_eq!(codes(&found), ["date/format"]);
    assert_eq!(article.source.slice(found[0].span), "February 5");
}

#[test]
fn no_dates_from_numbers_that_only_look_like_dates() {
    let body = "Version 6.6.0 shipped as the side won 3-2 under Section 219 at 10:30 a.m.; \
it cost $3.50, or 1/2 of the 2025/26 budget, in the '90s style, with 216 dead and 36 hurt.";
    let article = example_article(body);
    let found = check(&article, &example_context());
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn each_rule_example_trips_only_its_bad_example() {
    for rule in RULES {
        let meta = rule.meta();
        let mut bad = Vec::new();
        rule.check(
            &example_article(meta.bad_example),
            &example_context(),
            &mut bad,
        );
        let mut good = Vec::new();
        rule.check(
            &example_article(meta.good_example),
            &example_context(),
            &mut good,
        );
        assert!(good.is_empty(), "{} good example: {good:#?}", meta.code);
        // The good example is clean for every date rule: the docs show it as the way
        // to write it.
        let all_good = check(&example_article(meta.good_example), &example_context());
        assert!(
            all_good.is_empty(),
            "{} good example: {all_good:#?}",
            meta.code
        );
        assert!(!bad.is_empty(), "{} bad example raised nothing", meta.code);
        assert!(bad.iter().all(|d| d.code == meta.code));
        // The bad example trips no other date rule.
        let others: Vec<_> = check(&example_article(meta.bad_example), &example_context())
            .into_iter()
            .filter(|d| d.code != meta.code)
            .collect();
        assert!(others.is_empty(), "{}: {others:#?}", meta.code);
    }
}

#[test]
fn no_panics_on_odd_input() {
    for body in [
        "Feb.",
        "Feb. 31,",
        "Friday,",
        "( Friday",
        "'",
        "'9",
        "1/1/1",
        "0/0/0000",
        "9999-99-99",
        "Feb. 6, 9999",
        "31 February",
        "Monday (",
        "last",
        "year's",
        "2026-02-06T",
        "Friday, 6",
        "Sept. 31st of",
        "‘26",
        "’26",
        "yesterday’s",
    ] {
        for preset in Preset::ALL {
            let article = example_article(body);
            let _ = check(&article, &context(preset));
        }
    }
}

mod weekday_property {
    use super::*;
    use jiff::civil::{Date, Weekday};
    use proptest::prelude::*;

    const FULL: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const AP: [&str; 12] = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec.",
    ];

    /// "WEEKDAY, D" in every supported format.
    fn forms(d: Date, weekday: Weekday) -> Vec<String> {
        let w = FULL[weekday.to_monday_zero_offset() as usize];
        let short = &w[..3];
        let m = MONTHS[d.month() as usize - 1];
        let ap = AP[d.month() as usize - 1];
        let m3 = &m[..3];
        let (day, year) = (d.day(), d.year());
        vec![
            format!("{w}, {ap} {day}, {year}"),
            format!("{w}, {m} {day}, {year}"),
            format!("{w} {day} {m} {year}"),
            format!("{w}, {day} {m} {year}"),
            format!("{short} {m3} {day:02} {year}"),
            format!("{ap} {day}, {year} ({w})"),
            format!("{day} {m} {year} ({w})"),
            format!("on {w}, {ap} {day}, {year}"),
        ]
    }

    fn mismatches(sentence: &str) -> usize {
        let article = example_article(&format!("The council met {sentence} in the capital."));
        let mut out = Vec::new();
        lint::rules::by_code("date/weekday-mismatch")
            .unwrap()
            .check(&article, &example_context(), &mut out);
        out.len()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn right_weekday_never_wrong_weekday_always(days in 0i64..73_000, shift in 1i8..7) {
            let d = Date::new(1900, 1, 1).unwrap()
                .checked_add(jiff::Span::new().days(days)).unwrap();
            for form in forms(d, d.weekday()) {
                prop_assert_eq!(mismatches(&form), 0, "{}", form);
            }
            let wrong = d.weekday().wrapping_add(shift);
            for form in forms(d, wrong) {
                prop_assert_eq!(mismatches(&form), 1, "{}", form);
            }
        }
    }
}

/// "last Friday" and "next Friday" are an AP rule (`flag_last_next_weekday`).
#[test]
fn last_and_next_weekdays_are_flagged_in_ap_only() {
    let text =
        std::fs::read_to_string(fixtures_dir().join("relative-day.trip-last-next.md")).unwrap();
    let article = parse("relative-day.trip-last-next.md", &text);
    let flagged = |preset| {
        check(&article, &context(preset))
            .iter()
            .filter(|d| d.code == "date/relative-day")
            .count()
    };
    assert_eq!(flagged(Preset::Ap), 3);
    for preset in [
        Preset::Reuters,
        Preset::British,
        Preset::Chicago,
        Preset::Economist,
    ] {
        assert_eq!(flagged(preset), 0, "{preset:?}");
    }
}

/// "last **Thursday**": reported, but dropping "last" would take markup with it, so no fix.
#[test]
fn last_friday_across_markup_has_no_fix() {
    let text = "---\ntitle: Council delays vote on the budget\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [politics]\n---\n\nThe council met last **Thursday** and again last Monday.\n";
    let article = parse("markup.md", text);
    let found: Vec<Diagnostic> = check(&article, &context(Preset::Ap))
        .into_iter()
        .filter(|d| d.code == "date/relative-day")
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[0].fix.is_none(), "{:#?}", found[0]);
    assert!(found[1].fix.is_some(), "{:#?}", found[1]);
}

/// "today" meaning nowadays names no day, in the styles that flag "today"; "today" of
/// the story's day is still reported.
#[test]
fn today_meaning_nowadays_is_not_flagged() {
    let flagged = |body: &str| -> Vec<String> {
        let article = example_article(body);
        check(&article, &context(Preset::British))
            .iter()
            .filter(|d| d.code == "date/relative-day")
            .map(|d| article.source.slice(d.span).to_owned())
            .collect()
    };
    for body in [
        "Many of the techniques he developed are still used today.",
        "Lofthouse barged the goalkeeper over the line, a goal that would certainly not be allowed today.",
        "The report looks at the challenges facing today's NHS.",
        "The house was sold for £4,000, about £90,000 in today's money.",
    ] {
        assert_eq!(flagged(body), Vec::<String>::new(), "{body}");
    }
    for body in [
        "Schools in the county are still closed today.",
        "Police said fans would not be allowed today.",
        "Today's NHS figures show a rise in waiting times.",
    ] {
        assert_eq!(flagged(body).len(), 1, "{body}");
    }
}
