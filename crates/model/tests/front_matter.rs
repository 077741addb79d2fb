//! Front matter: YAML → JSON value + span index + typed fields, through the public API.

use std::time::{Duration, Instant};

use article_model::front_matter::{DateValue, FrontMatter, parse_front_matter};
use article_model::{ParseError, ParseErrorKind, Source};
use jiff::civil::date;
use jiff::tz::TimeZone;
use serde_json::json;

fn parse(text: &str) -> (Source, Result<FrontMatter, ParseError>) {
    let source = Source::new("article.md", text);
    let result = parse_front_matter(&source).map(|(front_matter, _)| front_matter);
    (source, result)
}

fn ok(text: &str) -> (Source, FrontMatter) {
    let (source, result) = parse(text);
    (source, result.unwrap_or_else(|e| panic!("{e}")))
}

fn err(text: &str) -> (Source, ParseError) {
    let (source, result) = parse(text);
    match result {
        Ok(front_matter) => panic!("parsed: {:?}", front_matter.value),
        Err(error) => (source, error),
    }
}

/// (key text, value text) at a pointer.
fn at<'s>(source: &'s Source, fm: &FrontMatter, pointer: &str) -> (Option<&'s str>, &'s str) {
    let spans = fm
        .spans
        .get(pointer)
        .unwrap_or_else(|| panic!("no spans for {pointer:?}"));
    (
        spans.key.map(|k| source.slice(k)),
        source.slice(spans.value),
    )
}

const ARTICLE: &str = "---
title: \"Budget: what changes\"
author:
  - name: Zoë Ångström
    role: reporter
  - Bob
meta:
  seo: {description: 'Short', keywords: [a, b]}
a/b: slash
c~d: tilde
summary: |
  Line one.
  Line two.
---
Body text.
";

#[test]
fn spans_of_keys_and_values() {
    let (source, fm) = ok(ARTICLE);
    assert_eq!(
        at(&source, &fm, "/title"),
        (Some("title"), "\"Budget: what changes\"")
    );
    assert_eq!(
        at(&source, &fm, "/author/0/name"),
        (Some("name"), "Zoë Ångström")
    );
    assert_eq!(
        at(&source, &fm, "/author/0/role"),
        (Some("role"), "reporter")
    );
    assert_eq!(at(&source, &fm, "/author/1"), (None, "Bob"));
    assert_eq!(
        at(&source, &fm, "/author/0"),
        (None, "name: Zoë Ångström\n    role: reporter")
    );
    assert_eq!(at(&source, &fm, "/author").0, Some("author"));
    assert!(at(&source, &fm, "/author").1.starts_with("- name"));
    assert!(at(&source, &fm, "/author").1.ends_with("- Bob"));
    assert_eq!(
        at(&source, &fm, "/meta/seo"),
        (Some("seo"), "{description: 'Short', keywords: [a, b]}")
    );
    assert_eq!(
        at(&source, &fm, "/meta/seo/description"),
        (Some("description"), "'Short'")
    );
    assert_eq!(
        at(&source, &fm, "/meta/seo/keywords"),
        (Some("keywords"), "[a, b]")
    );
    assert_eq!(at(&source, &fm, "/meta/seo/keywords/1"), (None, "b"));
    assert_eq!(at(&source, &fm, "/a~1b"), (Some("a/b"), "slash"));
    assert_eq!(at(&source, &fm, "/c~0d"), (Some("c~d"), "tilde"));
    assert_eq!(
        at(&source, &fm, "/summary"),
        (Some("summary"), "Line one.\n  Line two.")
    );
    let root = fm.spans.get("").unwrap();
    assert_eq!(root.key, None);
    assert!(source.slice(root.value).starts_with("title:"));
    assert!(source.slice(root.value).ends_with("Line two."));
    assert_eq!(fm.value["summary"], json!("Line one.\nLine two.\n"));
    assert_eq!(fm.value["a/b"], json!("slash"));
}

#[test]
fn spans_with_bom_crlf_and_multibyte_text() {
    let text = "\u{feff}---\r\nkicker: « Café » — l’été\r\ntitle: Zoë’s day\r\ntags:\r\n  - été\r\n---\r\nBody\r\n";
    let (source, fm) = ok(text);
    assert_eq!(
        at(&source, &fm, "/kicker"),
        (Some("kicker"), "« Café » — l’été")
    );
    assert_eq!(at(&source, &fm, "/title"), (Some("title"), "Zoë’s day"));
    assert_eq!(at(&source, &fm, "/tags/0"), (None, "été"));
    assert_eq!(fm.value["title"], json!("Zoë’s day"));
    assert_eq!(fm.fields.title.as_deref(), Some("Zoë’s day"));
}

#[test]
fn every_span_is_inside_the_front_matter() {
    let (source, fm) = ok(ARTICLE);
    let content = fm.delimiters.content;
    assert!(fm.spans.len() > 10);
    for (pointer, spans) in fm.spans.iter() {
        assert!(content.contains_span(spans.value), "{pointer}");
        if let Some(key) = spans.key {
            assert!(content.contains_span(key), "{pointer}");
            assert!(key.end <= spans.value.start, "{pointer}");
        }
        assert!(
            source.text().get(spans.value.range()).is_some(),
            "{pointer}"
        );
    }
}

#[test]
fn scalars_follow_yaml_1_2() {
    let (_, fm) = ok("---
published: 2026-02-06
updated: 2026-02-06T10:00:00+05:00
a: no
b: yes
c: on
d: true
e: \"true\"
f: 'false'
g: ~
h:
i: 3
j: 2.5
k: 010
---
");
    assert_eq!(
        fm.value,
        json!({
            "published": "2026-02-06",
            "updated": "2026-02-06T10:00:00+05:00",
            "a": "no", "b": "yes", "c": "on",
            "d": true, "e": "true", "f": "false",
            "g": null, "h": null, "i": 3, "j": 2.5, "k": 10,
        })
    );
}

#[test]
fn duplicate_key_points_at_both() {
    let (source, error) = err("---\ntitle: One\nsection: x\ntitle: Two\n---\n");
    assert_eq!(error.kind, ParseErrorKind::DuplicateKey);
    assert_eq!(error.message, "duplicate key `title` in the front matter");
    assert_eq!(source.slice(error.span), "title");
    assert_eq!(source.line_col(error.span.start).line, 4);
    assert_eq!(error.related.len(), 1);
    let (first, label) = &error.related[0];
    assert_eq!(source.slice(*first), "title");
    assert_eq!(source.line_col(first.start).line, 2);
    assert_eq!(label, "first defined here");
}

#[test]
fn nested_duplicate_keys_and_same_key_in_sibling_mappings() {
    let (source, error) = err("---\nauthor:\n  - name: A\n    name: B\n---\n");
    assert_eq!(error.kind, ParseErrorKind::DuplicateKey);
    assert_eq!(source.line_col(error.span.start).line, 4);
    // The same key in two different mappings is fine.
    ok("---\nauthor:\n  - name: A\n  - name: B\n---\n");
}

#[test]
fn invalid_yaml_is_located() {
    let (source, error) = err("---\ntitle: ok\nsummary: Budget: what changes\nsection: x\n---\n");
    assert_eq!(error.kind, ParseErrorKind::Yaml);
    assert_eq!(
        error.message,
        "invalid YAML in the front matter: mapping values are not allowed in this context"
    );
    assert_eq!(source.line_col(error.span.start).line, 3);
    assert!(error.help.is_some());

    let (source, error) = err("---\ntitle: x\nsummary: \"never closed\nsection: x\n---\n");
    assert_eq!(error.kind, ParseErrorKind::Yaml);
    assert!(source.line_col(error.span.start).line >= 3);

    let (source, error) = err("---\ntags: [a, b\n---\n");
    assert_eq!(error.kind, ParseErrorKind::Yaml);
    assert!(source.line_col(error.span.start).line >= 2);

    // A tab that indents a key: the error points at the tab, not at the line above.
    let (source, error) = err("---\ntitle: x\nsection: World\n\tpublished: 2026-02-06\n---\n");
    assert_eq!(error.kind, ParseErrorKind::Yaml);
    assert_eq!(source.slice(error.span), "\t", "{error}");
    assert_eq!(source.line_col(error.span.start).line, 4);
    assert!(error.help.is_some_and(|help| help.contains("tabs")));
}

#[test]
fn root_must_be_a_mapping() {
    let (source, error) = err("---\njust a sentence\n---\n");
    assert_eq!(error.kind, ParseErrorKind::FrontMatterNotMapping);
    assert_eq!(source.slice(error.span), "just a sentence");

    let (source, error) = err("---\n- a\n- b\n---\n");
    assert_eq!(error.kind, ParseErrorKind::FrontMatterNotMapping);
    assert_eq!(source.slice(error.span), "- a\n- b");
}

#[test]
fn empty_front_matter_is_an_empty_mapping() {
    for text in [
        "---\n---\nBody\n",
        "---\n\n   \n---\n",
        "---\n# nothing yet\n---\n",
    ] {
        let (_, fm) = ok(text);
        assert_eq!(fm.value, json!({}), "{text:?}");
        assert!(fm.spans.get("").is_some());
        assert_eq!(fm.fields.title, None);
    }
}

#[test]
fn billion_laughs_is_rejected_fast() {
    let mut yaml = String::from("---\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..=9 {
        let prev = level - 1;
        let items = vec![format!("*a{prev}"); 9].join(", ");
        yaml.push_str(&format!("a{level}: &a{level} [{items}]\n"));
    }
    yaml.push_str("---\n");
    let started = Instant::now();
    let (source, error) = err(&yaml);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(error.kind, ParseErrorKind::YamlLimits);
    assert!(
        source.slice(error.span).starts_with("*a"),
        "{}",
        source.slice(error.span)
    );
    assert!(error.message.contains("100000"), "{}", error.message);
}

#[test]
fn depth_bomb_is_rejected() {
    let yaml = format!("---\nx: {}{}\n---\n", "[".repeat(1000), "]".repeat(1000));
    let (_, error) = err(&yaml);
    assert_eq!(error.kind, ParseErrorKind::YamlLimits, "{error}");
    let yaml = format!(
        "---\nx: {}1{}\n---\n",
        "{a: ".repeat(1000),
        "}".repeat(1000)
    );
    let (_, error) = err(&yaml);
    assert_eq!(error.kind, ParseErrorKind::YamlLimits, "{error}");
    // Block nesting too.
    let mut yaml = String::from("---\n");
    for depth in 0..200 {
        yaml.push_str(&format!("{}k:\n", "  ".repeat(depth)));
    }
    yaml.push_str("---\n");
    let (_, error) = err(&yaml);
    assert!(
        matches!(
            error.kind,
            ParseErrorKind::YamlLimits | ParseErrorKind::Yaml
        ),
        "{error}"
    );
}

#[test]
fn moderate_nesting_and_aliases_are_fine() {
    let yaml = format!("---\nx: {}1{}\n---\n", "[".repeat(30), "]".repeat(30));
    ok(&yaml);
    let (source, fm) = ok("---\nbase: &b {name: Ana}\nauthor:\n  - *b\n---\n");
    assert_eq!(fm.value["author"], json!([{"name": "Ana"}]));
    assert_eq!(at(&source, &fm, "/author/0"), (None, "*b"));
    assert_eq!(fm.fields.authors.unwrap()[0].name, "Ana");
}

#[test]
fn typed_fields_from_the_value_tree() {
    let (_, fm) = ok("---
title: 2026
author: Ana Lima
published: 2026-02-06T01:00:00+05:00
updated: 2026-02-05T23:30:00-05:00
section: World
tags: [economy, budget]
draft: yes
extra_key: 1
---
");
    let f = &fm.fields;
    assert_eq!(f.title, None, "a number is not a title");
    assert_eq!(f.authors.as_ref().unwrap()[0].name, "Ana Lima");
    assert_eq!(f.section.as_deref(), Some("World"));
    assert_eq!(
        f.tags.as_deref(),
        Some(&["economy".to_owned(), "budget".to_owned()][..])
    );
    assert_eq!(f.draft, None, "`yes` is a string in YAML 1.2");
    assert_eq!(f.extra.get("extra_key"), Some(&json!(1)));
    let utc = TimeZone::UTC;
    let published = f.published.as_ref().unwrap();
    assert!(matches!(published, DateValue::DateTime(_)));
    assert_eq!(published.civil_date(&utc), Some(date(2026, 2, 6)));
    let updated = f.updated.as_ref().unwrap();
    assert_eq!(updated.civil_date(&utc), Some(date(2026, 2, 5)));
    // Same instant order regardless of the calendar days.
    assert!(published.timestamp(&utc) < updated.timestamp(&utc));
}

#[test]
fn date_kinds_through_front_matter() {
    let (_, fm) = ok("---\npublished: 2026-02-06\nupdated: 2026-02-06T10:00:00\n---\n");
    assert_eq!(fm.fields.published, Some(DateValue::Date(date(2026, 2, 6))));
    assert_eq!(
        fm.fields.updated,
        Some(DateValue::LocalDateTime(date(2026, 2, 6).at(10, 0, 0, 0)))
    );
    let (_, fm) = ok("---\npublished: 2026-02-30\nupdated: \"2026-02-06\"\n---\n");
    assert_eq!(
        fm.fields.published,
        Some(DateValue::Invalid("2026-02-30".to_owned()))
    );
    assert_eq!(fm.fields.updated, Some(DateValue::Date(date(2026, 2, 6))));
}

#[test]
fn odd_inputs_never_panic() {
    let samples = [
        "---\n\t- x\n---\n",
        "---\na: \"\\uD800\"\n---\n",
        "---\n: x\n---\n",
        "---\n? \n---\n",
        "---\n&a\n---\n",
        "---\n*a\n---\n",
        "---\n!!map\n---\n",
        "---\na: !!int x\n---\n",
        "---\n%YAML 1.2\n---\n",
        "---\n'é\n---\n",
        "---\né: [é, {é: é}]\n---\n",
        "---\n{a: 1}\n---\n",
        "---\na: 1\n... \n---\n",
        "---\n\u{feff}a: 1\n---\n",
        "---\na: |\n---\n",
        "---\n- é\n  é: x\n---\n",
    ];
    for text in samples {
        let _ = parse(text);
    }
    // Every prefix of a rich article, cut at each char boundary.
    for (i, _) in ARTICLE.char_indices() {
        let cut = format!("{}\n---\n", &ARTICLE[..i]);
        let _ = parse(&cut);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    #[test]
    fn arbitrary_yaml_never_panics_and_spans_are_valid(
        yaml in "([a-zé’ :\\-\\[\\]{},&*!|>'\"#?~\\t\\n]|  |\r\n){0,80}"
    ) {
        let (source, result) = parse(&format!("---\n{yaml}\n---\n"));
        match result {
            Ok(fm) => {
                proptest::prop_assert!(fm.value.is_object());
                for (_, spans) in fm.spans.iter() {
                    proptest::prop_assert!(source.text().get(spans.value.range()).is_some());
                    if let Some(key) = spans.key {
                        proptest::prop_assert!(source.text().get(key.range()).is_some());
                    }
                }
            }
            Err(error) => {
                proptest::prop_assert!(source.text().get(error.span.range()).is_some());
                for (span, _) in &error.related {
                    proptest::prop_assert!(source.text().get(span.range()).is_some());
                }
            }
        }
    }
}
