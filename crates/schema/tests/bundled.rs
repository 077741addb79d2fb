//! The bundled schema on real front matter (parsed by the model crate).

mod common;

use article_schema::{ArticleSchema, FindingSeverity};
use common::{COMPLETE, check, complete_with};

#[test]
fn a_complete_article_has_no_findings() {
    let checked = check(COMPLETE);
    assert!(checked.findings.is_empty(), "{}", checked.render());
}

#[test]
fn every_optional_field_in_its_valid_form_passes() {
    let yaml = format!(
        "{COMPLETE}\
updated: 2026-02-07T14:05:00+05:00
source: Reuters
summary: Floodwater has cut off dozens of villages in Sindh.
draft: false
canonical_url: https://example.com/world/pakistan-floods-2026
lint:
  ignore: [schema/recommended, style]
newsroom_desk_id: 42
"
    );
    let checked = check(&yaml);
    assert!(checked.findings.is_empty(), "{}", checked.render());
}

#[test]
fn authors_may_be_a_name_or_a_list_of_names_and_people() {
    let yaml = complete_with(
        "author",
        "author:\n  - Amina Khan\n  - name: Bilal Ahmed\n    url: https://example.com/staff/bilal-ahmed\n    email: bilal.ahmed@example.com",
    );
    let checked = check(&yaml);
    assert!(checked.findings.is_empty(), "{}", checked.render());
}

#[test]
fn a_missing_required_field_points_at_the_opening_delimiter() {
    let checked = check(&complete_with("section", ""));
    let finding = checked.one("schema/required");
    assert_eq!(finding.severity, FindingSeverity::Error);
    assert_eq!(finding.message, "missing required field `section`");
    assert_eq!(finding.label, "missing `section`");
    assert_eq!(finding.pointer, "/section");
    assert_eq!(finding.span.range(), 0..3);
    assert_eq!(
        finding.help.as_deref(),
        Some("The desk or section the article belongs to. For example: `section: world`")
    );
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /required")
    );
}

#[test]
fn every_missing_required_field_is_reported() {
    let checked = check("subtitle: Only a subtitle here\n");
    let required: Vec<_> = checked
        .findings
        .iter()
        .filter(|f| f.code == "schema/required")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        required,
        [
            "missing required field `author`",
            "missing required field `published`",
            "missing required field `section`",
            "missing required field `title`",
        ]
    );
}

#[test]
fn a_missing_nested_required_field_points_at_its_mapping() {
    let yaml = complete_with(
        "author",
        "author:\n  - url: https://example.com/staff/bilal-ahmed",
    );
    let checked = check(&yaml);
    let finding = checked.one("schema/required");
    assert_eq!(
        finding.message,
        "`author[0]` is missing required field `name`"
    );
    assert_eq!(finding.label, "missing `name`");
    assert_eq!(finding.pointer, "/author/0/name");
    assert_eq!(
        checked.slice(finding.span),
        "url: https://example.com/staff/bilal-ahmed"
    );
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /$defs/person/required")
    );
    assert_eq!(checked.errors().len(), 1, "{}", checked.render());
}

#[test]
fn a_wrong_type_points_at_the_value() {
    let checked = check(&complete_with("draft", "draft: yes"));
    let finding = checked.one("schema/type");
    assert_eq!(
        finding.message,
        "`draft` must be true or false, found \"yes\""
    );
    assert_eq!(finding.label, "expected true or false");
    assert_eq!(finding.pointer, "/draft");
    assert_eq!(checked.slice(finding.span), "yes");
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /properties/draft/type")
    );

    let checked = check(&complete_with("tags", "tags: floods"));
    let finding = checked.one("schema/type");
    assert_eq!(finding.message, "`tags` must be a list, found \"floods\"");
    assert_eq!(checked.slice(finding.span), "floods");
}

#[test]
fn an_author_of_the_wrong_type_gets_one_finding_naming_both_forms() {
    let checked = check(&complete_with("author", "author: 42"));
    assert_eq!(checked.findings.len(), 1, "{}", checked.render());
    let finding = checked.one("schema/type");
    assert_eq!(
        finding.message,
        "`author` must be text or a list, found the number 42"
    );
    assert_eq!(checked.slice(finding.span), "42");
    assert!(
        finding
            .help
            .as_deref()
            .unwrap()
            .starts_with("Who wrote the article")
    );
}

#[test]
fn an_empty_author_list_is_too_short_not_the_wrong_type() {
    let checked = check(&complete_with("author", "author: []"));
    assert_eq!(checked.codes(), ["schema/min-items"]);
    let finding = checked.one("schema/min-items");
    assert_eq!(
        finding.message,
        "`author` must have at least 1 item, found 0"
    );
    assert_eq!(checked.slice(finding.span), "[]");
}

#[test]
fn a_bad_author_item_is_reported_at_the_item() {
    let yaml = complete_with(
        "author",
        "author:\n  - Amina Khan\n  - 7\n  - name: Bilal\n    email: 12",
    );
    let checked = check(&yaml);
    insta::assert_snapshot!(checked.render(), @r#"
    schema/type Error "7" @148 "/author/1": `author[1]` must be text or a mapping (key: value pairs), found the number 7 [expected text or a mapping (key: value pairs)]
        note: schema keyword path: /properties/author/anyOf/1/items/anyOf
    schema/type Error "12" @177 "/author/2/email": `author[2].email` must be text, found the number 12 [expected text]
        note: schema keyword path: /$defs/person/properties/email/type
    "#);
}

#[test]
fn dates_must_be_real_iso_dates() {
    for good in ["2026-02-06", "2024-02-29", "\"2026-02-06\""] {
        let checked = check(&complete_with("published", &format!("published: {good}")));
        assert!(checked.findings.is_empty(), "{good}: {}", checked.render());
    }
    let checked = check(&complete_with("published", "published: 06/02/2026"));
    let finding = checked.one("schema/format");
    assert_eq!(
        finding.message,
        "`published` must be a date such as 2026-02-06 or a date and time such as \
         2026-02-06T09:30:00+05:00, found \"06/02/2026\""
    );
    assert_eq!(checked.slice(finding.span), "06/02/2026");
    assert_eq!(finding.pointer, "/published");
    assert_eq!(finding.label, "not a date or a date and time");
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /properties/published/anyOf")
    );
    assert!(
        finding
            .help
            .as_deref()
            .unwrap()
            .starts_with("write the date as year-month-day")
    );

    let checked = check(&complete_with("published", "published: 2026-02-30"));
    let finding = checked.one("schema/format");
    assert_eq!(checked.slice(finding.span), "2026-02-30");
    assert_eq!(
        finding.help.as_deref(),
        Some("there is no such day as 2026-02-30 in the calendar")
    );
    assert_eq!(checked.errors().len(), 1);
}

#[test]
fn date_times_with_or_without_offset_are_valid_dates_that_are_not_are_not() {
    for good in [
        "2026-02-06T09:30:00+05:00",
        "2026-02-06T09:30:00Z",
        "2026-02-06T09:30:00.250-03:00",
    ] {
        let checked = check(&complete_with("published", &format!("published: {good}")));
        assert!(checked.findings.is_empty(), "{good}: {}", checked.render());
    }
    // Without an offset the schema accepts it; `date/timezone` (a rule) warns.
    let checked = check(&complete_with("updated", "updated: 2026-02-06T09:30:00"));
    assert!(checked.findings.is_empty(), "{}", checked.render());
    for bad in [
        "2026-02-06T25:30:00",
        "2026-02-30T09:30:00",
        "2026-02-06T09",
    ] {
        let checked = check(&complete_with("updated", &format!("updated: {bad}")));
        let finding = checked.one("schema/format");
        assert_eq!(finding.pointer, "/updated");
        assert_eq!(checked.slice(finding.span), bad);
        // The local form is tolerated, not advertised.
        assert!(
            !finding.message.contains("without offset"),
            "{}",
            finding.message
        );
    }
}

#[test]
fn a_date_of_the_wrong_type_is_still_a_format_finding() {
    let checked = check(&complete_with("published", "published: 20260206"));
    let finding = checked.one("schema/format");
    assert!(
        finding.message.ends_with("found the number 20260206"),
        "{}",
        finding.message
    );
    assert_eq!(checked.errors().len(), 1);
}

#[test]
fn title_length_is_counted_in_characters() {
    let nine = "Nine char";
    let ten = "Ten chars!";
    let max = "é".repeat(110);
    let over = "a".repeat(111);
    for good in [ten, max.as_str()] {
        let checked = check(&complete_with("title", &format!("title: {good}")));
        assert!(checked.findings.is_empty(), "{good}: {}", checked.render());
    }
    let checked = check(&complete_with("title", &format!("title: {nine}")));
    let finding = checked.one("schema/min-length");
    assert_eq!(
        finding.message,
        "`title` must be at least 10 characters, found 9"
    );
    assert_eq!(finding.label, "9 characters, too short");
    assert_eq!(checked.slice(finding.span), nine);

    let checked = check(&complete_with("title", &format!("title: {over}")));
    let finding = checked.one("schema/max-length");
    assert_eq!(
        finding.message,
        "`title` must be at most 110 characters, found 111"
    );
    assert_eq!(checked.slice(finding.span), over);
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /properties/title/maxLength")
    );
}

#[test]
fn titles_are_one_line_without_a_trailing_period() {
    let checked = check(&complete_with(
        "title",
        "title: Floods displace thousands across Pakistan.",
    ));
    let finding = checked.one("schema/pattern");
    assert_eq!(
        finding.message,
        "`title` must not end with a period, found \"Floods displace thousands across Pakistan.\""
    );
    assert_eq!(finding.label, "must not end with a period");
    assert_eq!(finding.help, None);

    let checked = check(&complete_with(
        "title",
        "title: |\n  Floods displace thousands\n  across southern Pakistan",
    ));
    let finding = checked.one("schema/pattern");
    assert_eq!(
        finding.message,
        "`title` must be a single line, found \"Floods displace thousands\\nacross southern Pakistan\\n\""
    );
    assert!(checked.slice(finding.span).starts_with("Floods displace"));
}

#[test]
fn slug_and_language_patterns_have_plain_messages() {
    let checked = check(&complete_with("slug", "slug: Pakistan_Floods"));
    let finding = checked.one("schema/pattern");
    assert_eq!(
        finding.message,
        "`slug` must be lowercase words joined by hyphens (like `pakistan-floods-2026`), found \"Pakistan_Floods\""
    );
    assert_eq!(checked.slice(finding.span), "Pakistan_Floods");

    for good in ["en", "en-PK", "zh-Hant-TW", "es-419", "ur"] {
        let checked = check(&complete_with("language", &format!("language: {good}")));
        assert!(checked.findings.is_empty(), "{good}: {}", checked.render());
    }
    for bad in ["en_US", "english", "e", "en-"] {
        let checked = check(&complete_with("language", &format!("language: {bad}")));
        let finding = checked.one("schema/pattern");
        assert_eq!(
            finding.message,
            format!("`language` must be a BCP 47 tag such as `en` or `en-PK`, found \"{bad}\"")
        );
        assert_eq!(checked.slice(finding.span), bad);
    }
}

#[test]
fn a_repeated_tag_points_at_the_repeat_and_the_first_copy() {
    let checked = check(&complete_with("tags", "tags: [floods, rain, floods]"));
    let finding = checked.one("schema/unique-items");
    assert_eq!(
        finding.message,
        "`tags` must not repeat items: \"floods\" appears more than once"
    );
    assert_eq!(finding.pointer, "/tags/2");
    let tags = checked.text.find("tags: ").unwrap();
    let repeat = tags + checked.text[tags..].find(", floods]").unwrap() + 2;
    assert_eq!(finding.span.range(), repeat..repeat + 6);
    assert_eq!(finding.related.len(), 1);
    let first = checked.text.find("[floods").unwrap() + 1;
    assert_eq!(finding.related[0].span.range(), first..first + 6);
    assert_eq!(finding.related[0].label, "first here");
}

#[test]
fn tag_counts_are_limited() {
    let eleven: Vec<String> = (1..=11).map(|i| format!("tag{i}")).collect();
    let checked = check(&complete_with(
        "tags",
        &format!("tags: [{}]", eleven.join(", ")),
    ));
    let finding = checked.one("schema/max-items");
    assert_eq!(
        finding.message,
        "`tags` must have at most 10 items, found 11"
    );
    assert!(checked.slice(finding.span).starts_with("[tag1"));

    let checked = check(&complete_with("tags", "tags: []"));
    assert_eq!(
        checked.one("schema/min-items").message,
        "`tags` must have at least 1 item, found 0"
    );
}

#[test]
fn a_typo_in_the_lint_mapping_is_an_unknown_field_at_the_key() {
    let checked = check(&format!("{COMPLETE}lint:\n  ignroe: [style]\n"));
    let finding = checked.one("schema/additional-properties");
    assert_eq!(finding.message, "`lint` has unknown field `ignroe`");
    assert_eq!(checked.slice(finding.span), "ignroe");
    assert_eq!(finding.pointer, "/lint/ignroe");
    assert_eq!(finding.help.as_deref(), Some("did you mean `ignore`?"));
}

#[test]
fn unknown_top_level_fields_are_allowed() {
    let checked = check(&format!("{COMPLETE}desk_code: WRL-7\nprint_page: 3\n"));
    assert!(checked.findings.is_empty(), "{}", checked.render());
}

#[test]
fn missing_recommended_fields_are_warnings_at_the_opening_delimiter() {
    let yaml = "title: Floods displace thousands across southern Pakistan\nauthor: Amina Khan\npublished: 2026-02-06\nsection: world\n";
    let checked = check(yaml);
    let names: Vec<_> = checked
        .findings
        .iter()
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "recommended field `dateline` is missing",
            "recommended field `language` is missing",
            "recommended field `slug` is missing",
            "recommended field `subtitle` is missing",
            "recommended field `tags` is missing",
        ]
    );
    for finding in &checked.findings {
        assert_eq!(finding.code, "schema/recommended");
        assert_eq!(finding.severity, FindingSeverity::Warning);
        assert_eq!(finding.span.range(), 0..3);
        assert!(finding.help.is_some());
    }
    let slug = &checked.findings[2];
    assert_eq!(slug.pointer, "/slug");
    assert_eq!(slug.label, "no `slug`");
    assert_eq!(
        slug.note.as_deref(),
        Some("schema keyword path: /x-recommended")
    );
}

#[test]
fn every_error_is_reported_not_only_the_first() {
    let yaml = complete_with("published", "published: 06/02/2026");
    let yaml = yaml.replace("slug: pakistan-floods-2026", "slug: Pakistan_Floods");
    let yaml = format!("{yaml}draft: maybe\n");
    let checked = check(&yaml);
    assert_eq!(
        checked.codes(),
        ["schema/format", "schema/pattern", "schema/type"],
        "{}",
        checked.render()
    );
}

#[test]
fn findings_are_ordered_by_position_then_code() {
    let yaml = "draft: 1\ntitle: Short.\ntags: [a, a]\npublished: soon\n";
    let checked = check(yaml);
    insta::assert_snapshot!(checked.render(), @r#"
    schema/recommended Warning "---" @0 "/dateline": recommended field `dateline` is missing [no `dateline`]
        help: The place the story was reported from, as printed at the start of the first paragraph. For example: `dateline: KARACHI`
        note: schema keyword path: /x-recommended
    schema/recommended Warning "---" @0 "/language": recommended field `language` is missing [no `language`]
        help: The language of the article as a BCP 47 tag: a language, then optionally a script and a region, joined by hyphens. For example: `language: en`
        note: schema keyword path: /x-recommended
    schema/recommended Warning "---" @0 "/slug": recommended field `slug` is missing [no `slug`]
        help: The URL name of the article: lowercase letters and digits in words joined by single hyphens, at most 80 characters. For example: `slug: pakistan-floods-2026`
        note: schema keyword path: /x-recommended
    schema/recommended Warning "---" @0 "/subtitle": recommended field `subtitle` is missing [no `subtitle`]
        help: The standfirst or deck: one or two sentences under the headline. For example: `subtitle: Rescue teams reach villages cut off by the Indus as water levels keep rising`
        note: schema keyword path: /x-recommended
    schema/required Error "---" @0 "/author": missing required field `author` [missing `author`]
        help: Who wrote the article: a name, or a list of names and/or people with a `name` and an optional `url` and `email`. For example: `author: Amina Khan`
        note: schema keyword path: /required
    schema/required Error "---" @0 "/section": missing required field `section` [missing `section`]
        help: The desk or section the article belongs to. For example: `section: world`
        note: schema keyword path: /required
    schema/type Error "1" @11 "/draft": `draft` must be true or false, found the number 1 [expected true or false]
        note: schema keyword path: /properties/draft/type
    schema/min-length Error "Short." @20 "/title": `title` must be at least 10 characters, found 6 [6 characters, too short]
        note: schema keyword path: /properties/title/minLength
    schema/pattern Error "Short." @20 "/title": `title` must not end with a period, found "Short." [must not end with a period]
        note: schema keyword path: /properties/title/allOf/1/pattern
    schema/unique-items Error "a" @37 "/tags/1": `tags` must not repeat items: "a" appears more than once [repeated]
        help: remove the repeated item
        note: schema keyword path: /properties/tags/uniqueItems
        related: "a" [first here]
    schema/format Error "soon" @51 "/published": `published` must be a date such as 2026-02-06 or a date and time such as 2026-02-06T09:30:00+05:00, found "soon" [not a date or a date and time]
        help: write the date as year-month-day (2026-02-06), optionally followed by a time and a UTC offset (2026-02-06T09:30:00+05:00)
        note: schema keyword path: /properties/published/anyOf
    "#);
    let keys: Vec<_> = checked
        .findings
        .iter()
        .map(|f| (f.span.start, f.code.clone()))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn one_compiled_schema_serves_many_threads() {
    let schema = ArticleSchema::bundled();
    std::thread::scope(|scope| {
        for i in 0..4 {
            let schema = &schema;
            scope.spawn(move || {
                let yaml = complete_with("section", if i % 2 == 0 { "section: world" } else { "" });
                let checked = common::check_with(schema, &yaml);
                assert_eq!(checked.findings.len(), i % 2);
            });
        }
    });
}
