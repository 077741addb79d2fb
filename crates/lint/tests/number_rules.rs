//! The number rules: examples, fixtures (trip and pass, snapshotted), the known false
//! positives of other linters, the seed article's facts, house-style presets, and
//! property tests of the fixes.

use std::fmt::Write as _;
use std::path::Path;

use article_model::text::numbers::find_numbers;
use article_model::text::{TextBuf, split_sentences, tokenize};
use article_model::{Article, Source};
use lint::context::Context;
use lint::diagnostic::{Applicability, Diagnostic};
use lint::examples::{EXAMPLE_TODAY, example_article, example_context, example_text};
use lint::rules::number::{RULES, check_all};
use lint::style::{Preset, Style};
use proptest::prelude::*;

fn article(text: &str) -> Article {
    Article::parse(Source::new("test.md", example_text(text)))
        .unwrap_or_else(|rejected| panic!("does not parse: {}", rejected.error))
}

fn check(text: &str) -> Vec<Diagnostic> {
    check_all(&article(text), &example_context())
}

fn check_with(text: &str, preset: Preset) -> Vec<Diagnostic> {
    check_all(
        &article(text),
        &Context::new(EXAMPLE_TODAY, Style::preset(preset)),
    )
}

/// The messages of the findings of `code`, in order.
fn messages<'a>(found: &'a [Diagnostic], code: &str) -> Vec<&'a str> {
    found
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.message.as_str())
        .collect()
}

/// Asserts that each of `texts` passes clean in `preset`.
fn assert_clean_with(preset: Preset, texts: &[&str]) {
    for text in texts {
        let found = check_with(text, preset);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

/// One line a finding: position, code, severity, message, fix.
fn render(article: &Article, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let at = article.source.line_col(d.span.start);
        let _ = write!(
            out,
            "{}:{} {} {} `{}`: {}",
            at.line,
            at.column,
            d.code,
            d.severity,
            article.source.slice(d.span),
            d.message
        );
        for label in &d.labels {
            let _ = write!(
                out,
                " [label `{}`: {}]",
                article.source.slice(label.span),
                label.message
            );
        }
        if let Some(fix) = &d.fix {
            let edits: Vec<String> = fix
                .edits
                .iter()
                .map(|e| format!("{:?}→{:?}", article.source.slice(e.span), e.replacement))
                .collect();
            let _ = write!(out, " (fix {:?}: {})", fix.applicability, edits.join(", "));
        }
        out.push('\n');
    }
    out
}

/// Applies the safe fixes (sorted, overlapping edits after the first dropped).
fn apply_safe(text: &str, diagnostics: &[Diagnostic]) -> String {
    let mut edits: Vec<_> = diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe)
        .flat_map(|f| f.edits.iter())
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::new();
    let mut at = 0;
    for edit in edits {
        if edit.span.start < at {
            continue;
        }
        out.push_str(&text[at..edit.span.start]);
        out.push_str(&edit.replacement);
        at = edit.span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[test]
fn every_rule_has_metadata_and_its_examples_hold() {
    assert_eq!(RULES.len(), 14);
    for rule in RULES {
        let meta = rule.meta();
        assert!(meta.code.starts_with("number/"), "{}", meta.code);
        assert!(!meta.docs.is_empty() && !meta.summary.is_empty());
        let bad = lint::examples::run_rule_on(meta.code, meta.bad_example);
        assert!(
            bad.iter().any(|d| d.code == meta.code),
            "{}: the bad example does not trip it",
            meta.code
        );
        let good = lint::examples::run_rule_on(meta.code, meta.good_example);
        assert!(
            good.is_empty(),
            "{}: the good example trips it:\n{}",
            meta.code,
            render(&example_article(meta.good_example), &good)
        );
    }
}

#[test]
fn fixtures_trip_and_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/number");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for name in names {
        let text = std::fs::read_to_string(dir.join(&name)).unwrap();
        let article = article(&text);
        let found = check_all(&article, &example_context());
        let rule = name.split('.').next().unwrap();
        // "conflict.trip-verb-after.md": a further case of the rule, its own snapshot.
        let variant = name
            .trim_end_matches(".md")
            .split_once(".trip-")
            .map_or("", |(_, variant)| variant);
        if name.contains(".pass") || name == "seed-facts.md" {
            assert!(
                found.is_empty(),
                "{name} must pass clean:\n{}",
                render(&article, &found)
            );
        } else {
            let code = format!("number/{rule}");
            assert!(
                found.iter().any(|d| d.code == code),
                "{name} must trip {code}:\n{}",
                render(&article, &found)
            );
            let snapshot = if variant.is_empty() {
                format!("fixture_{rule}")
            } else {
                format!("fixture_{rule}-{variant}")
            };
            insta::assert_snapshot!(snapshot, render(&article, &found));
        }
    }
}

/// The false positives reported against other linters, each in a sentence.
const FALSE_POSITIVES: &[&str] = &[
    "Organizers expected 5,000 visitors at the fair.",
    "A cup of tea cost £3.50 at the stall.",
    "The server was upgraded to release 6.6.0 last week.",
    "The city has 8 million residents.",
    "The court issued a 5-4 decision on Tuesday.",
    "The home side won 3-2 on Sunday.",
    "An F-16 flew low over the valley.",
    "Officials reported new COVID-19 cases in the district.",
    "The figure appears on page 1233 of the report.",
    "The dam was completed in 1998.",
    "Protesters gathered outside 1600 Pennsylvania Ave. on Monday.",
    "The boy, 5, was treated at a hospital.",
    "Doctors treated a 6-year-old for burns.",
    "Prices rose 3.1% in March.",
    "The team is ranked No. 1 in the region.",
    "Ships of the 7th Fleet sailed south.",
    "The meeting began at 10:30 a.m. on Friday.",
    "A bus ticket costs $2.50 in the city.",
];

#[test]
fn known_false_positives_pass_clean_in_every_preset() {
    for text in FALSE_POSITIVES {
        for preset in Preset::ALL {
            let found: Vec<_> = check_with(text, preset)
                .into_iter()
                .filter(|d| {
                    // Other house styles write ages in words and percent as words:
                    // those findings follow the preset, not a misreading.
                    let styled = matches!(
                        preset,
                        Preset::British | Preset::Chicago | Preset::Economist
                    ) && ((d.code == "number/spell-out"
                        && (text.contains("boy, 5") || text.contains("6-year-old")))
                        || (d.code == "number/percent" && text.contains('%')));
                    !styled
                })
                .collect();
            assert!(
                found.is_empty(),
                "{preset}: {text:?} trips:\n{}",
                render(&article(text), &found)
            );
        }
    }
}

#[test]
fn cents_are_an_ap_and_reuters_rule() {
    let text = "The company earned $0.47 a share.";
    for (preset, expected) in [
        (Preset::Ap, true),
        (Preset::Reuters, true),
        (Preset::British, false),
        (Preset::Chicago, false),
    ] {
        let found = check_with(text, preset);
        assert_eq!(
            found.iter().any(|d| d.code == "number/money"),
            expected,
            "{preset:?}"
        );
    }
}

#[test]
fn ages_in_words_take_figures_only_where_ages_do() {
    let text = "A five-year-old girl was hurt.";
    let figures = |preset| {
        check_with(text, preset)
            .iter()
            .any(|d| d.code == "number/figures")
    };
    assert!(figures(Preset::Ap));
    assert!(!figures(Preset::British));
}

#[test]
fn ap_figures_for_labels_and_measures_in_ap_and_reuters_only() {
    let text = "The storm became a Category Two hurricane with nine mph winds.";
    for (preset, expected) in [
        (Preset::Ap, 2),
        (Preset::Reuters, 2),
        (Preset::British, 0),
        (Preset::Chicago, 0),
    ] {
        let found = check_with(text, preset);
        let count = found.iter().filter(|d| d.code == "number/figures").count();
        assert_eq!(count, expected, "{preset:?}");
    }
}

#[test]
fn british_ages_take_words() {
    let found = check_with("The boy, 5, was treated at a hospital.", Preset::British);
    assert!(found.iter().any(|d| d.code == "number/spell-out"));
    // The hyphenated form too, which AP keeps in figures.
    let text = "A 3-year-old boy was treated at a hospital.";
    let british = check_with(text, Preset::British);
    assert!(
        british.iter().any(|d| d.code == "number/spell-out"),
        "{british:?}"
    );
    let ap = check_with(text, Preset::Ap);
    assert!(ap.iter().all(|d| d.code != "number/spell-out"), "{ap:?}");
}

/// Chicago spells out to one hundred, but not the numbers that locate a part of a
/// work or a citation.
#[test]
fn chicago_locators_keep_figures() {
    let text = "The reference is to line 14, at column 28, plate 12 and poem 73, and the \
                law sits at 42 U.S.C. § 2000d. The line 14 witnesses formed was long.";
    let found = check_with(text, Preset::Chicago);
    let flagged = messages(&found, "number/spell-out");
    assert_eq!(flagged, ["spell out `14` as `fourteen`"], "{found:?}");
}

/// British dates put the day first, so the first days of a pair, range or list share
/// the month after the last one: "on 3 and 4 December" holds no count.
#[test]
fn british_day_pairs_are_dates() {
    let text = "Ministers meet on 3 and 4 December, then between 3 and 5 July, and again \
                on 2, 4 and 6 March. The side won 2, 4 December fixtures excepted.";
    let found = check_with(text, Preset::British);
    let flagged = messages(&found, "number/spell-out");
    assert_eq!(flagged, ["spell out `2` as `two`"], "{found:?}");
}

/// The far end of a range lends its percent sign, unit or currency to the near one:
/// "2 to 3 percent" is a percentage, so its "2" stays a figure (number/percent may
/// still ask for the house form); "2 or 3 people" is a count.
#[test]
fn range_ends_share_what_is_attached() {
    for text in [
        "Prices fell 2 to 3 percent in March.",
        "Tickets cost 5 to 8 dollars at the gate.",
        "The road is 2 to 3 km long.",
    ] {
        let found = check(text);
        assert!(
            found.iter().all(|d| d.code != "number/spell-out"),
            "{text}\n{}",
            render(&article(text), &found)
        );
    }
    let found = check("Some 2 or 3 people came to the meeting.");
    assert_eq!(
        found
            .iter()
            .filter(|d| d.code == "number/spell-out")
            .count(),
        2
    );
}

#[test]
fn seed_facts_raise_nothing() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/number/seed-facts.md"),
    )
    .unwrap();
    for preset in [Preset::Ap, Preset::Reuters] {
        let found = check_with(&text, preset);
        assert!(
            found.is_empty(),
            "{preset}:\n{}",
            render(&article(&text), &found)
        );
    }
}

#[test]
fn headline_body_conflict_is_an_error_with_a_label() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/number/conflict.trip.md"),
    )
    .unwrap();
    let article = article(&text);
    let found: Vec<_> = check_all(&article, &example_context())
        .into_iter()
        .filter(|d| d.code == "number/conflict")
        .collect();
    assert_eq!(found.len(), 2, "{}", render(&article, &found));
    assert_eq!(found[0].severity, lint::diagnostic::Severity::Error);
    assert_eq!(article.source.slice(found[0].span), "14");
    assert_eq!(article.source.slice(found[0].labels[0].span), "12");
    assert_eq!(found[1].severity, lint::diagnostic::Severity::Warning);
}

/// Each pair: a later count that scopes itself (a place, a moment, another event, a
/// part of the group) and the same count without the scope, which conflicts.
#[test]
fn conflict_leaves_scoped_counts_alone() {
    let conflicts = |text: &str| {
        check(text)
            .into_iter()
            .filter(|d| d.code == "number/conflict")
            .count()
    };
    let lead = "The quake killed 214 people, officials said Friday.";
    for (scoped, plain) in [
        (
            "In Malatya, 171 people were killed.",
            "Officials said 171 people were killed.",
        ),
        (
            "Of those killed, 171 died in Malatya.",
            "Officials said 171 died in Malatya.",
        ),
        (
            "By Thursday, 171 people had been killed.",
            "Thursday, 171 people had been killed.",
        ),
        (
            "On Wednesday, officials said 171 people had been killed.",
            "On Wednesday, officials said 171 people were killed.",
        ),
        (
            "On Nov. 3, 171 people died in a landslide.",
            "Officials said 171 people died in a landslide on Nov. 3.",
        ),
        (
            "In 2023, a quake killed 171 people.",
            "Officials said a quake killed 171 people.",
        ),
        (
            "A second quake killed 171 people.",
            "A quake killed 171 people.",
        ),
        (
            "The remaining 171 died in hospitals.",
            "Officials said 171 died in hospitals.",
        ),
    ] {
        assert_eq!(conflicts(&format!("{lead} {plain}")), 1, "{plain}");
        assert_eq!(conflicts(&format!("{lead} {scoped}")), 0, "{scoped}");
    }
    // A relative clause after the group picks out a part of it.
    let group = "Police charged the four suspects on Friday.";
    assert_eq!(
        conflicts(&format!("{group} The two suspects must report weekly.")),
        1
    );
    assert_eq!(
        conflicts(&format!(
            "{group} The two suspects who were released must report weekly."
        )),
        0
    );
}

/// The headline's count restated in the body makes the body's other counts parts or
/// other tolls, not a contradiction of the headline; unconfirmed, the first differing
/// count of the body contradicts it, even when the body holds three values.
#[test]
fn conflict_with_the_headline_needs_an_unconfirmed_headline() {
    let story = |body: &str| {
        format!(
            "---\ntitle: Storm kills 4 in Tennessee\nsubtitle: Thousands of residents fled to shelters overnight as rivers rose\nauthor: Staff Reporter\npublished: 2026-02-06\nsection: World\ntags: [example]\nslug: example\nlanguage: en\n---\n\n{body}\n"
        )
    };
    let errors = |body: &str| {
        check(&story(body))
            .into_iter()
            .filter(|d| {
                d.code == "number/conflict" && d.severity == lint::diagnostic::Severity::Error
            })
            .map(|d| d.message)
            .collect::<Vec<_>>()
    };
    assert!(
        errors(
            "A storm killed four people. Police said three people were killed when a creek flooded."
        )
        .is_empty()
    );
    // A qualified count restates the headline too: "killing at least four people".
    assert!(
        errors("Storms swept the state, killing at least four people. Two people died when a tree fell on their home.")
            .is_empty()
    );
    let found = errors(
        "A storm killed five people. Police said three people were killed when a creek flooded.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("`five` here but `4` in the headline"),
        "{found:?}"
    );
}

#[test]
fn presets_change_the_knobs() {
    let chicago = check_with("Prices rose 3.1% in March.", Preset::Chicago);
    assert!(chicago.iter().any(|d| d.code == "number/percent"
        && d.fix.as_ref().unwrap().edits[0].replacement == "3.1 percent"));
    let economist = check_with("Prices rose 3.1 per cent in March.", Preset::Economist);
    assert!(
        economist
            .iter()
            .any(|d| d.fix.as_ref().unwrap().edits[0].replacement == "3.1%")
    );
    let british = check_with("1998 was a good year for the mills.", Preset::British);
    assert!(british.iter().any(|d| d.code == "number/sentence-start"));
    assert!(check_with("1998 was a good year for the mills.", Preset::Ap).is_empty());
    let chicago_small = check_with("Police said 12 people were hurt.", Preset::Chicago);
    assert!(chicago_small.iter().all(|d| d.code != "number/figures"));
}

#[test]
fn chicago_series_fixes_settle() {
    // Chicago spells out to one hundred but gives a series with a larger member in
    // figures: spell-out must not ask for "ninety-seven" while mixed-forms asks for "6".
    let text = "The shelter took in 110 dogs, six cats and 97 fish.";
    let found = check_with(text, Preset::Chicago);
    let codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["number/mixed-forms"], "{found:?}");
    let fixed = check_with(
        "The shelter took in 110 dogs, 6 cats and 97 fish.",
        Preset::Chicago,
    );
    assert!(fixed.is_empty(), "{fixed:?}");
    // Outside a series the limit holds: "ninety-seven".
    let alone = check_with("The shelter took in 97 fish.", Preset::Chicago);
    assert!(
        alone.iter().any(|d| d.code == "number/spell-out"),
        "{alone:?}"
    );
}

#[test]
fn indian_grouping_knob() {
    let text = "The scheme paid 10,00,000 rupees to 1,20,000 farmers.";
    let found = check(text);
    assert!(found.iter().any(|d| d.code == "number/thousands-separator"));
    let mut ctx = example_context();
    ctx.style.numbers.indian_grouping = true;
    let found = check_all(&article(text), &ctx);
    assert!(found.is_empty(), "{}", render(&article(text), &found));
}

#[test]
fn fixes_are_idempotent_on_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/number");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = example_text(&std::fs::read_to_string(&path).unwrap());
        let once = apply_safe(&text, &check_all(&parse(&text), &example_context()));
        let twice = apply_safe(&once, &check_all(&parse(&once), &example_context()));
        assert_eq!(once, twice, "{}", path.display());
    }
}

fn parse(text: &str) -> Article {
    Article::parse(Source::new("t.md", text.to_owned())).unwrap()
}

/// Number values of a body text, in order.
fn values(text: &str) -> Vec<f64> {
    let buf = TextBuf::verbatim(text, 0);
    let tokens = tokenize(&buf);
    let sentences = split_sentences(&tokens, buf.text(), 0);
    find_numbers(&tokens, buf.text(), &sentences)
        .iter()
        .map(|m| m.value)
        .collect()
}

fn sentence() -> impl Strategy<Value = String> {
    let n = 1u64..3_000_000_000;
    let small = 1u64..10;
    prop_oneof![
        n.clone()
            .prop_map(|n| format!("Officials said {n} people were displaced.")),
        small
            .clone()
            .prop_map(|n| format!("Police said {n} people were hurt.")),
        (10u64..100).prop_map(|n| format!(
            "Rescuers found {} boats.",
            article_model::text::numbers::cardinal_words(n).unwrap()
        )),
        (1u64..100, 0u64..10).prop_map(|(a, b)| format!("Prices rose {a}.{b} percent in March.")),
        (1u64..10).prop_map(|n| format!("Exports fell .{n}% last year.")),
        (1u64..200).prop_map(|n| format!(
            "It was the {n}{} attempt.",
            ["th", "st", "nd", "rd"][(n % 4) as usize]
        )),
        (1u64..1000).prop_map(|n| format!("A ticket costs ${n}.00 at the gate.")),
        (1u64..1000).prop_map(|n| format!("A meal costs $ {n} in the city.")),
        (1u64..10).prop_map(|n| format!("The fare is ${n} dollars now.")),
        (1u64..10).prop_map(|n| format!("The tremor measured .{n} on the scale.")),
        (190u64..202).prop_map(|n| format!("It grew in the {n}0's.")),
        (1u64..3000).prop_map(|n| format!("They paid ${},000,000 for it.", n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn fixes_keep_values_and_settle(body in prop::collection::vec(sentence(), 1..4)) {
        let body = body.join(" ");
        let text = example_text(&body);
        let article = parse(&text);
        let found = check_all(&article, &example_context());
        let fixed = apply_safe(&text, &found);
        let body_start = text.len() - body.len() - 1;
        let fixed_body = &fixed[body_start..fixed.len() - 1];
        prop_assert_eq!(values(&body), values(fixed_body), "{} => {}", body, fixed_body);
        let again = apply_safe(&fixed, &check_all(&parse(&fixed), &example_context()));
        prop_assert_eq!(&fixed, &again);
    }
}

#[test]
fn economist_writes_percentages_with_the_sign() {
    // The Economist gives percentages in figures: "grew by 0.3%", "4%".
    assert_clean_with(
        Preset::Economist,
        &[
            "Inflation fell to 2.6% in October.",
            "The economy grew by 0.3% in the third quarter.",
        ],
    );
}

#[test]
fn economist_sets_of_numerals_keep_figures() {
    // "Use figures in sets of numerals some of which are higher than ten."
    assert_clean_with(
        Preset::Economist,
        &[
            "Deaths from this cause in the past three years were 14, 9 and 6.",
            "The rates were 14, 9 and 6 per 100,000.",
            "There were 14, 9 and 6 deaths.",
            "The shelter took in 110 dogs, 6 cats and 97 fish.",
        ],
    );
    let found = check_with("There were 14, 9 and six deaths.", Preset::Economist);
    let codes: Vec<&str> = found.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["number/mixed-forms"], "{found:?}");
    // Not a series: a count after a comma, or after a lone "and".
    assert_clean_with(
        Preset::Economist,
        &[
            "Of the 14, nine people died.",
            "The death toll rose to 14 and six people are missing.",
        ],
    );
}

#[test]
fn economist_days_of_date_pairs_keep_figures() {
    // The Economist dates take figures with suffixes: the second day of a pair or
    // range is a day too, not an ordinal to spell out ("from October 8th to tenth").
    for text in [
        "Ministers are to meet on December 3rd and 4th in Brussels.",
        "The fair runs between June 1st and 5th this year.",
        "The show runs from October 8th to 10th in Paris.",
        "Talks are set for December 3rd, 4th and 5th.",
    ] {
        let found: Vec<_> = check_with(text, Preset::Economist)
            .into_iter()
            .filter(|d| d.code == "number/ordinal")
            .collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A place after a date is an ordinal.
    let found = check_with(
        "On December 3rd, 4th place went to Spain.",
        Preset::Economist,
    );
    assert!(
        found.iter().any(|d| d.code == "number/ordinal"),
        "{found:?}"
    );
}

#[test]
fn british_age_ranges_keep_their_forms() {
    // The BBC writes ages in words up to nine: "aged seven to 11".
    for text in [
        "The scheme is open to children aged five to 11.",
        "The scheme is open to children aged between four and 11.",
        "The clubs take ages six to 12.",
    ] {
        let found = check_with(text, Preset::British);
        assert!(found.is_empty(), "{text:?}: {found:?}");
        // AP gives ages in figures.
        let found = check_with(text, Preset::Ap);
        assert!(
            found.iter().any(|d| d.code == "number/mixed-forms"),
            "{text:?}: {found:?}"
        );
    }
    let found = check_with(
        "Between five and 12 families left the village.",
        Preset::British,
    );
    assert!(
        found.iter().any(|d| d.code == "number/mixed-forms"),
        "{found:?}"
    );
}

/// The Economist's sets of figures take in only members of one list: not a
/// comparison after it ("one fewer") nor a duration told in parts.
#[test]
fn economist_series_leave_out_comparisons_and_durations() {
    for text in [
        "Republicans kept their majority, winning 52 of the 100 seats, one fewer than before.",
        "He began serving a sentence of 27 years and three months for plotting a coup.",
    ] {
        let found = check_with(text, Preset::Economist);
        assert!(
            found.iter().all(|d| d.code != "number/mixed-forms"),
            "{text}\n{found:?}"
        );
    }
}

/// Chicago spells out numbers to one hundred but gives percentages in figures
/// ("41 percent"); a sentence may still open with both in words.
#[test]
fn chicago_percentages_take_figures() {
    let found = check_with(
        "Only forty-one percent voted. Ten percent of the seats were empty.",
        Preset::Chicago,
    );
    let messages = messages(&found, "number/percent");
    assert_eq!(
        messages,
        ["write `forty-one percent` as `41 percent`"],
        "{found:?}"
    );
}

/// A wrong suffix on the day of a date is reported once, by date/format with the
/// date's house form; elsewhere number/ordinal reports it.
#[test]
fn wrong_suffix_on_a_date_is_reported_once() {
    let text = "The summit ends on November 21th, his 21th in a row.";
    let found = check_with(text, Preset::Economist);
    let ordinal: Vec<_> = found
        .iter()
        .filter(|d| d.code == "number/ordinal")
        .collect();
    assert_eq!(ordinal.len(), 1, "{found:?}");
    // The one reported is "his 21th": the later of the two.
    let source = example_text(text);
    let his = source.find("his 21th").unwrap();
    assert_eq!(ordinal[0].span.start, his + "his 21".len(), "{found:?}");
}

/// British copy: a wind force keeps its figure, and a percentage in words opening a
/// sentence keeps "per cent".
#[test]
fn british_wind_forces_and_opening_per_cent() {
    let found = check_with(
        "Sixty-five per cent of sailors stayed in port. Winds reached gale force 8, and a \
         force 9 gale is forecast.",
        Preset::British,
    );
    let codes: Vec<&str> = found
        .iter()
        .map(|d| d.code.as_str())
        .filter(|c| c.starts_with("number/"))
        .collect();
    assert!(codes.is_empty(), "{found:?}");
}
