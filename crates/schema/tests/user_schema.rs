//! User schemas: loading, local `$ref`s, no network, load errors, generic messages.

mod common;

use std::path::Path;

use article_schema::{ArticleSchema, BUNDLED_SCHEMA_ID, FindingSeverity, SchemaLoadError};
use common::{COMPLETE, check_with, complete_with, fixture};
use serde_json::json;

fn inline_schema(schema: serde_json::Value) -> ArticleSchema {
    ArticleSchema::from_value(schema, Path::new(".")).expect("schema loads")
}

#[test]
fn a_newsroom_schema_extends_the_bundled_one_through_local_refs() {
    let path = fixture("newsroom/article.schema.json");
    let schema = ArticleSchema::from_path(&path).unwrap();
    assert_eq!(
        schema.origin(),
        Some(std::path::absolute(&path).unwrap().as_path())
    );
    assert_eq!(schema.recommended(), ["desk"]);

    let checked = check_with(&schema, &format!("{COMPLETE}desk: KHI\n"));
    assert!(checked.findings.is_empty(), "{}", checked.render());

    // Rules from the bundled schema (reached by its `$id`, offline) still apply.
    let yaml = complete_with("title", "title: Too short");
    let yaml = yaml.replace("section: world", "section: sports");
    let checked = check_with(&schema, &yaml);
    insta::assert_snapshot!(checked.render(), @r#"
    schema/recommended Warning "---" @0 "/desk": recommended field `desk` is missing [no `desk`]
        help: The desk code: three capital letters. For example: `desk: KHI`
        note: schema keyword path: /x-recommended
    schema/min-length Error "Too short" @11 "/title": `title` must be at least 10 characters, found 9 [9 characters, too short]
        note: schema keyword path: https://raw.githubusercontent.com/article-lint/article-lint/main/schemas/article.schema.json#/properties/title/minLength
    schema/enum Error "sports" @130 "/section": `section` must be one of `world`, `business`, `sport` or `opinion`, found "sports" [not one of the allowed values]
        help: did you mean `sport`?
        note: schema keyword path: shared/sections.json#/enum
    "#);
    let finding = checked.one("schema/enum");
    assert_eq!(checked.slice(finding.span), "sports");
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: shared/sections.json#/enum")
    );
}

#[test]
fn messages_from_referenced_files_use_their_own_phrases() {
    let schema = ArticleSchema::from_path(&fixture("newsroom/article.schema.json")).unwrap();
    let checked = check_with(&schema, &format!("{COMPLETE}desk: khi\n"));
    let finding = checked.one("schema/pattern");
    assert_eq!(
        finding.message,
        "`desk` must be three capital letters (like `KHI`), found \"khi\""
    );
    assert_eq!(checked.slice(finding.span), "khi");
}

#[test]
fn refs_under_the_schemas_own_https_id_are_read_from_its_folder() {
    let schema = ArticleSchema::from_path(&fixture("with-id.schema.json")).unwrap();
    let checked = check_with(&schema, "section: opinion\n");
    assert!(checked.findings.is_empty(), "{}", checked.render());
    let checked = check_with(&schema, "section: sprot\n");
    assert_eq!(
        checked.one("schema/enum").help.as_deref(),
        Some("did you mean `sport`?")
    );
}

#[test]
fn a_remote_ref_is_a_load_error_and_nothing_is_fetched() {
    let started = std::time::Instant::now();
    let error = ArticleSchema::from_path(&fixture("remote.schema.json")).unwrap_err();
    assert!(
        matches!(&error, SchemaLoadError::RemoteRef { uri, .. } if uri == "https://example.com/x.json"),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("remote.schema.json"), "{message}");
    assert!(
        message.ends_with(
            "remote $ref https://example.com/x.json is not fetched: article-lint never uses \
             the network; download it and refer to it by a relative path"
        ),
        "{message}"
    );
    // A refusal, not a timed-out request.
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    let error = ArticleSchema::from_value(
        json!({"$ref": "https://example.com/x.json"}),
        Path::new("."),
    )
    .unwrap_err();
    assert!(
        matches!(error, SchemaLoadError::RemoteRef { .. }),
        "{error:?}"
    );
}

#[test]
fn a_remote_ref_inside_a_local_file_is_refused_too() {
    let error = ArticleSchema::from_path(&fixture("remote-via-local.schema.json")).unwrap_err();
    assert!(
        matches!(&error, SchemaLoadError::RemoteRef { uri, .. } if uri == "http://schemas.example.org/section.json"),
        "{error:?}"
    );
}

#[test]
fn the_bundled_schema_can_be_referenced_by_its_id_without_the_network() {
    let schema = inline_schema(json!({"$ref": BUNDLED_SCHEMA_ID}));
    let checked = check_with(&schema, COMPLETE);
    assert!(checked.findings.is_empty(), "{}", checked.render());
    let checked = check_with(&schema, &complete_with("section", ""));
    assert_eq!(checked.codes(), ["schema/required"]);
}

#[test]
fn load_errors_are_clear() {
    let folder = tempfile::tempdir().unwrap();

    let missing = folder.path().join("missing.json");
    let error = ArticleSchema::from_path(&missing).unwrap_err();
    assert!(matches!(error, SchemaLoadError::Read { .. }), "{error:?}");
    assert!(
        error.to_string().starts_with("cannot read schema "),
        "{error}"
    );

    let broken = folder.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"type\": \"object\",\n  \"required\": [\"title\"\n}\n",
    )
    .unwrap();
    let error = ArticleSchema::from_path(&broken).unwrap_err();
    let SchemaLoadError::Json { line, column, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!((*line, *column), (4, 1));
    assert!(error.to_string().contains("(line 4, column 1)"), "{error}");
    assert!(!error.to_string().contains(" at line "), "{error}");

    let invalid = folder.path().join("invalid.json");
    std::fs::write(&invalid, r#"{"properties": {"title": {"type": 5}}}"#).unwrap();
    let error = ArticleSchema::from_path(&invalid).unwrap_err();
    let SchemaLoadError::Invalid { location, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(location, "/properties/title/type");
    assert!(
        error.to_string().contains("is not a valid JSON Schema"),
        "{error}"
    );

    let dangling = folder.path().join("dangling.json");
    std::fs::write(
        &dangling,
        r#"{"properties": {"section": {"$ref": "nowhere.json"}}}"#,
    )
    .unwrap();
    let error = ArticleSchema::from_path(&dangling).unwrap_err();
    assert!(
        matches!(error, SchemaLoadError::UnreadableRef { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("nowhere.json"), "{error}");

    let bad_pointer = folder.path().join("bad-pointer.json");
    std::fs::write(
        &bad_pointer,
        r##"{"properties": {"section": {"$ref": "#/$defs/nope"}}}"##,
    )
    .unwrap();
    let error = ArticleSchema::from_path(&bad_pointer).unwrap_err();
    assert!(
        matches!(error, SchemaLoadError::BrokenRef { .. }),
        "{error:?}"
    );

    std::fs::write(folder.path().join("bad-ref.json"), "{ nope").unwrap();
    let refers = folder.path().join("refers.json");
    std::fs::write(
        &refers,
        r#"{"properties": {"section": {"$ref": "bad-ref.json"}}}"#,
    )
    .unwrap();
    let error = ArticleSchema::from_path(&refers).unwrap_err();
    let SchemaLoadError::Json { path, .. } = &error else {
        panic!("{error:?}");
    };
    assert!(path.ends_with("bad-ref.json"), "{error:?}");
}

#[test]
fn refs_resolve_against_the_schema_folder_with_spaces_in_it() {
    let folder = tempfile::tempdir().unwrap();
    let nested = folder.path().join("my schemas");
    std::fs::create_dir(&nested).unwrap();
    std::fs::write(nested.join("sections.json"), r#"{"enum": ["world"]}"#).unwrap();
    let path = nested.join("article.json");
    std::fs::write(
        &path,
        r#"{"properties": {"section": {"$ref": "sections.json"}}}"#,
    )
    .unwrap();
    let schema = ArticleSchema::from_path(&path).unwrap();
    let checked = check_with(&schema, "section: home\n");
    assert_eq!(
        checked.one("schema/enum").message,
        "`section` must be one of `world`, found \"home\""
    );
}

#[test]
fn unknown_fields_are_reported_at_their_keys_when_the_schema_closes_the_mapping() {
    let schema = inline_schema(json!({
        "type": "object",
        "properties": {"title": {"type": "string"}, "section": {"type": "string"}},
        "additionalProperties": false
    }));
    let checked = check_with(&schema, "titel: Floods\nsection: world\nxyzzy: 1\n");
    assert_eq!(checked.findings.len(), 2, "{}", checked.render());
    let first = &checked.findings[0];
    assert_eq!(first.code, "schema/additional-properties");
    assert_eq!(first.message, "unknown field `titel`");
    assert_eq!(first.label, "not allowed by the schema");
    assert_eq!(first.pointer, "/titel");
    assert_eq!(checked.slice(first.span), "titel");
    assert_eq!(first.help.as_deref(), Some("did you mean `title`?"));
    let second = &checked.findings[1];
    assert_eq!(checked.slice(second.span), "xyzzy");
    assert_eq!(
        second.help.as_deref(),
        Some("the fields allowed here are `title`, `section`")
    );
    assert_eq!(
        second.note.as_deref(),
        Some("schema keyword path: /additionalProperties")
    );
}

#[test]
fn enum_and_const_list_what_is_allowed() {
    let schema = inline_schema(json!({
        "properties": {
            "section": {"enum": ["world", "business", "sport"]},
            "language": {"const": "en"}
        }
    }));
    let checked = check_with(&schema, "section: Sport\nlanguage: ur\n");
    let finding = checked.one("schema/enum");
    assert_eq!(
        finding.message,
        "`section` must be one of `world`, `business` or `sport`, found \"Sport\""
    );
    assert_eq!(finding.help.as_deref(), Some("did you mean `sport`?"));
    assert_eq!(checked.slice(finding.span), "Sport");
    let finding = checked.one("schema/const");
    assert_eq!(finding.message, "`language` must be `en`, found \"ur\"");
    assert_eq!(checked.slice(finding.span), "ur");
}

#[test]
fn generic_patterns_show_the_pattern_and_an_example() {
    let schema = inline_schema(json!({
        "properties": {"desk": {"type": "string", "pattern": "^[A-Z]{3}$", "examples": ["KHI"]}}
    }));
    let checked = check_with(&schema, "desk: karachi\n");
    let finding = checked.one("schema/pattern");
    assert_eq!(
        finding.message,
        "`desk` does not have the required form (pattern `^[A-Z]{3}$`), found \"karachi\""
    );
    assert_eq!(finding.help.as_deref(), Some("for example: `KHI`"));
}

#[test]
fn alternatives_that_all_fit_somewhat_are_one_any_of_finding() {
    let schema = inline_schema(json!({
        "properties": {"embargo": {"anyOf": [
            {"type": "string", "minLength": 5},
            {"type": "string", "pattern": "^none$"}
        ]}}
    }));
    let checked = check_with(&schema, "embargo: abc\n");
    let finding = checked.one("schema/any-of");
    assert_eq!(
        finding.message,
        "`embargo` does not match any of the allowed forms, found \"abc\""
    );
    assert_eq!(
        finding.help.as_deref(),
        Some(
            "fix one of these: (1) `embargo` must be at least 5 characters, found 3; \
             (2) `embargo` does not have the required form (pattern `^none$`), found \"abc\""
        )
    );
    assert_eq!(checked.slice(finding.span), "abc");
    assert_eq!(
        finding.note.as_deref(),
        Some("schema keyword path: /properties/embargo/anyOf")
    );
}

#[test]
fn an_enum_of_other_kinds_is_no_branch_for_the_value() {
    // A preset name or a mapping of knobs: for a mapping, the names cannot apply, so
    // the mapping's own error is the finding, on the knob.
    let schema = inline_schema(json!({
        "properties": {"style": {"anyOf": [
            {"enum": ["ap", "british"]},
            {"type": "object", "properties": {"spell_max": {"type": "integer"}}}
        ]}}
    }));
    let checked = check_with(&schema, "style: {preset: ap, spell_max: nine}\n");
    let finding = checked.one("schema/type");
    assert_eq!(
        finding.message,
        "`style.spell_max` must be a whole number, found \"nine\""
    );
    assert_eq!(checked.slice(finding.span), "nine");

    // A value of neither kind names both.
    let checked = check_with(&schema, "style: 9\n");
    let finding = checked.one("schema/type");
    assert_eq!(
        finding.message,
        "`style` must be text or a mapping (key: value pairs), found the number 9"
    );

    // A name that is not one of them is still the enum's error.
    let checked = check_with(&schema, "style: bbc\n");
    assert!(
        checked.one("schema/enum").message.contains("found \"bbc\""),
        "{}",
        checked.render()
    );
}

#[test]
fn numbers_and_counts_use_plain_words() {
    let schema = inline_schema(json!({
        "properties": {
            "word_count": {"type": "integer", "minimum": 100},
            "lint": {"type": "object", "maxProperties": 1},
            "rating": {"type": ["integer", "null"]}
        }
    }));
    let checked = check_with(
        &schema,
        "word_count: 12\nlint: {a: 1, b: 2}\nrating: high\n",
    );
    assert_eq!(
        checked.one("schema/minimum").message,
        "`word_count` must be at least 100, found 12"
    );
    assert_eq!(
        checked.one("schema/max-properties").message,
        "`lint` must have at most 1 field, found 2"
    );
    assert_eq!(
        checked.one("schema/type").message,
        "`rating` must be a whole number or empty, found \"high\""
    );
}

#[test]
fn a_declared_older_draft_is_honoured_offline() {
    let schema = inline_schema(json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "properties": {"tags": {"items": [{"type": "string"}]}}
    }));
    let checked = check_with(&schema, "tags: [1]\n");
    assert_eq!(checked.codes(), ["schema/type"]);
}

#[test]
fn user_recommended_fields_are_warnings() {
    let schema = inline_schema(json!({"x-recommended": ["photo_credit", "title"]}));
    let checked = check_with(&schema, "title: Floods displace thousands\n");
    let finding = checked.one("schema/recommended");
    assert_eq!(finding.severity, FindingSeverity::Warning);
    assert_eq!(
        finding.message,
        "recommended field `photo_credit` is missing"
    );
    assert_eq!(finding.help, None);
}
