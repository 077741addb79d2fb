//! Span mapping on a hand-built value + span index (independent of the YAML parser).

use article_model::{NodeSpans, Span, SpanIndex};
use article_schema::ArticleSchema;
use serde_json::{Value, json};

const ROOT: Span = Span::new(0, 3);

fn node(key: Option<(usize, usize)>, value: (usize, usize)) -> NodeSpans {
    NodeSpans {
        key: key.map(|(start, end)| Span::new(start, end)),
        value: Span::new(value.0, value.1),
    }
}

/// Spans of an imaginary file; only the offsets matter.
fn index(entries: &[(&str, NodeSpans)]) -> SpanIndex {
    let mut index = SpanIndex::default();
    for (pointer, spans) in entries {
        index.insert((*pointer).to_owned(), *spans);
    }
    index
}

fn complete() -> Value {
    json!({
        "title": "Floods displace thousands across southern Pakistan",
        "subtitle": "Rescue teams reach villages",
        "author": "Amina Khan",
        "published": "2026-02-06",
        "section": "world",
        "tags": ["floods"],
        "slug": "pakistan-floods-2026",
        "language": "en",
        "dateline": "KARACHI"
    })
}

#[test]
fn value_errors_point_at_the_value_and_missing_fields_at_the_root_span() {
    let mut value = complete();
    value["published"] = json!("06/02/2026");
    value.as_object_mut().unwrap().remove("section");
    let spans = index(&[
        ("", node(None, (4, 200))),
        ("/published", node(Some((60, 69)), (71, 81))),
    ]);
    let findings = ArticleSchema::bundled().validate(&value, &spans, ROOT);
    let summary: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.span, f.pointer.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            ("schema/required", ROOT, "/section"),
            ("schema/format", Span::new(71, 81), "/published"),
        ]
    );
}

#[test]
fn nested_missing_fields_point_at_the_parent_mapping() {
    let mut value = complete();
    value["author"] = json!([{"url": "https://example.com/a"}]);
    let spans = index(&[
        ("", node(None, (4, 200))),
        ("/author", node(Some((10, 16)), (20, 60))),
        ("/author/0", node(None, (22, 60))),
        ("/author/0/url", node(Some((22, 25)), (27, 60))),
    ]);
    let findings = ArticleSchema::bundled().validate(&value, &spans, ROOT);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code, "schema/required");
    assert_eq!(findings[0].span, Span::new(22, 60));
    assert_eq!(findings[0].pointer, "/author/0/name");
}

#[test]
fn unknown_fields_point_at_their_key() {
    let schema = ArticleSchema::from_value(
        json!({"properties": {"lint": {"additionalProperties": false}}}),
        std::path::Path::new("."),
    )
    .unwrap();
    let value = json!({"lint": {"ignroe": []}});
    let spans = index(&[
        ("", node(None, (4, 30))),
        ("/lint", node(Some((4, 8)), (12, 30))),
        ("/lint/ignroe", node(Some((12, 18)), (20, 22))),
    ]);
    let findings = schema.validate(&value, &spans, ROOT);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code, "schema/additional-properties");
    assert_eq!(findings[0].message, "`lint` has unknown field `ignroe`");
    assert_eq!(findings[0].span, Span::new(12, 18));
}

#[test]
fn a_mapping_closed_without_properties_lists_every_unknown_key() {
    let schema = ArticleSchema::from_value(
        json!({"properties": {"lint": {"additionalProperties": false}, "embargo": false}}),
        std::path::Path::new("."),
    )
    .unwrap();
    let value = json!({"lint": {"a": 1, "b": 2}, "embargo": "x"});
    let spans = index(&[
        ("", node(None, (4, 60))),
        ("/lint", node(Some((4, 8)), (12, 30))),
        ("/lint/a", node(Some((12, 13)), (15, 16))),
        ("/lint/b", node(Some((20, 21)), (23, 24))),
        ("/embargo", node(Some((31, 38)), (40, 41))),
    ]);
    let findings = schema.validate(&value, &spans, ROOT);
    let summary: Vec<_> = findings
        .iter()
        .map(|f| (f.code.as_str(), f.span.start, f.message.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "schema/additional-properties",
                12,
                "`lint` has unknown field `a`"
            ),
            (
                "schema/additional-properties",
                20,
                "`lint` has unknown field `b`"
            ),
            ("schema/false-schema", 31, "`embargo` is not allowed here"),
        ]
    );
}

#[test]
fn a_node_without_spans_falls_back_to_its_nearest_ancestor() {
    let mut value = complete();
    value["author"] = json!([{"name": 5}]);
    let spans = index(&[
        ("", node(None, (4, 200))),
        ("/author", node(Some((10, 16)), (20, 60))),
    ]);
    let findings = ArticleSchema::bundled().validate(&value, &spans, ROOT);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].pointer, "/author/0/name");
    assert_eq!(findings[0].span, Span::new(20, 60));

    // Nothing indexed at all: the root span.
    let findings = ArticleSchema::bundled().validate(&value, &SpanIndex::default(), ROOT);
    assert_eq!(findings[0].span, ROOT);
}

#[test]
fn the_front_matter_must_be_a_mapping() {
    let value = json!(["a", "b"]);
    let spans = index(&[("", node(None, (4, 12)))]);
    let findings = ArticleSchema::bundled().validate(&value, &spans, ROOT);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].code, "schema/type");
    assert_eq!(
        findings[0].message,
        "the front matter must be a mapping (key: value pairs), found a list"
    );
    assert_eq!(findings[0].span, Span::new(4, 12));
    assert_eq!(findings[0].pointer, "");
}

#[test]
fn every_bundled_property_is_documented_and_its_examples_are_valid() {
    let schema = ArticleSchema::bundled();
    let properties = schema.schema()["properties"].as_object().unwrap();
    for (name, property) in properties {
        let description = property.get("description").and_then(Value::as_str);
        assert!(description.is_some_and(|d| !d.is_empty()), "{name}");
        let examples = property.get("examples").and_then(Value::as_array);
        assert!(examples.is_some_and(|e| !e.is_empty()), "{name}");
        for example in examples.unwrap() {
            let mut value = complete();
            value[name] = example.clone();
            let findings = schema.validate(&value, &SpanIndex::default(), ROOT);
            assert!(findings.is_empty(), "{name}: {example}: {findings:#?}");
        }
    }
    for name in schema.recommended() {
        assert!(properties.contains_key(name), "{name}");
    }
}
