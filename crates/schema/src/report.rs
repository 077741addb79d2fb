//! Turning the validator's errors into findings: codes, spans, plain-words messages.

use article_model::{Span, SpanIndex, child_pointer};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;

use crate::retrieve::{join_uri, path_from_file_uri, percent_decode};
use crate::words::{
    closest, format_noun, format_phrase, found, inline, join_or, kebab, last_segment,
    parent_pointer, plural, subject, type_name,
};
use crate::{
    ERROR_MESSAGES_KEYWORD, FindingSeverity, Inner, RECOMMENDED_KEYWORD, RelatedSpan, SchemaFinding,
};

pub(crate) fn validate(
    inner: &Inner,
    value: &Value,
    spans: &SpanIndex,
    root: Span,
) -> Vec<SchemaFinding> {
    let reporter = Reporter {
        inner,
        value,
        spans,
        root,
    };
    let mut findings = Vec::new();
    for error in inner.validator.iter_errors(value) {
        reporter.report(&error, &mut findings);
    }
    reporter.recommended(&mut findings);
    findings.sort_by(|a, b| {
        (a.span.start, &a.code, a.span.end, &a.pointer, &a.message).cmp(&(
            b.span.start,
            &b.code,
            b.span.end,
            &b.pointer,
            &b.message,
        ))
    });
    findings.dedup();
    findings
}

struct Reporter<'a> {
    inner: &'a Inner,
    value: &'a Value,
    spans: &'a SpanIndex,
    root: Span,
}

/// Where a failing keyword sits: its document and its JSON pointer there.
struct KeywordAt<'a> {
    /// The document's URI (percent-decoded), when known.
    uri: Option<String>,
    document: Option<&'a Value>,
    pointer: String,
    /// How to show the location to experts.
    shown: String,
}

impl<'a> KeywordAt<'a> {
    /// The subschema holding the keyword.
    fn schema(&self) -> Option<&'a Value> {
        self.document?.pointer(parent_pointer(&self.pointer))
    }

    /// The nearest schema (the holder, or an enclosing `anyOf`/`allOf`/… holder for the
    /// same instance) with a `description` or `examples`.
    fn described(&self) -> Option<&'a Value> {
        let document = self.document?;
        let mut pointer = parent_pointer(&self.pointer).to_owned();
        loop {
            let node = document.pointer(&pointer)?;
            if node.get("description").is_some() || node.get("examples").is_some() {
                return Some(node);
            }
            let segments: Vec<&str> = pointer.split('/').collect();
            let n = segments.len();
            if n >= 3
                && matches!(segments[n - 2], "anyOf" | "oneOf" | "allOf")
                && segments[n - 1].parse::<usize>().is_ok()
            {
                pointer = segments[..n - 2].join("/");
            } else if n >= 2 && matches!(segments[n - 1], "not" | "if" | "then" | "else") {
                pointer = segments[..n - 1].join("/");
            } else {
                return None;
            }
        }
    }

    fn note(&self) -> Option<String> {
        Some(format!("schema keyword path: {}", self.shown))
    }
}

/// "The desk or section the article belongs to. For example: `section: world`".
fn property_help(name: &str, schema: Option<&Value>) -> Option<String> {
    let schema = schema?;
    let description = schema.get("description").and_then(Value::as_str);
    let example = schema
        .get("examples")
        .and_then(Value::as_array)
        .and_then(|examples| examples.first());
    let mut help = String::new();
    if let Some(description) = description {
        help.push_str(description.trim());
        if !help.ends_with(['.', '!', '?']) {
            help.push('.');
        }
    }
    if let Some(example) = example {
        if !help.is_empty() {
            help.push(' ');
        }
        help.push_str(&format!("For example: `{name}: {}`", inline(example)));
    }
    (!help.is_empty()).then_some(help)
}

fn first_example(schema: Option<&Value>) -> Option<&Value> {
    schema?
        .get("examples")?
        .as_array()?
        .first()
        .filter(|example| !example.is_object() && !example.is_array())
}

fn char_count(value: &Value) -> u64 {
    value.as_str().map_or(0, |text| text.chars().count() as u64)
}

fn item_count(value: &Value) -> u64 {
    value.as_array().map_or(0, |items| items.len() as u64)
}

fn property_count(value: &Value) -> u64 {
    value.as_object().map_or(0, |map| map.len() as u64)
}

/// The kinds `error` wanted, in plain words, when it failed because `instance` is of
/// another kind: a `type` miss, or an `enum`/`const` with no value of the instance's
/// kind. Empty when it failed for another reason.
fn kind_misses(error: &ValidationError<'_>, instance: &Value) -> Vec<String> {
    let kinds_of = |values: &[Value]| -> Vec<String> {
        if values.iter().any(|value| same_kind(value, instance)) {
            return Vec::new();
        }
        let mut kinds: Vec<JsonType> = Vec::new();
        for value in values {
            let kind = json_type(value);
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        kinds.sort_by_key(|kind| *kind == JsonType::Null);
        kinds.into_iter().map(|k| type_name(k).to_owned()).collect()
    };
    match error.kind() {
        ValidationErrorKind::Type { kind } => type_names(kind),
        ValidationErrorKind::Enum { options } => options
            .as_array()
            .map_or_else(Vec::new, |options| kinds_of(options)),
        ValidationErrorKind::Constant { expected_value } => {
            kinds_of(std::slice::from_ref(&**expected_value))
        }
        _ => Vec::new(),
    }
}

/// Whether two values are of one JSON kind (every number is one kind).
fn same_kind(a: &Value, b: &Value) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The JSON type of a value (a whole number is an integer).
fn json_type(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(number) if number.is_f64() => JsonType::Number,
        Value::Number(_) => JsonType::Integer,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

/// Type names in plain words, "empty" last.
fn type_names(kind: &TypeKind) -> Vec<String> {
    let mut kinds: Vec<JsonType> = match kind {
        TypeKind::Single(kind) => vec![*kind],
        TypeKind::Multiple(kinds) => kinds.iter().collect(),
    };
    kinds.sort_by_key(|kind| *kind == JsonType::Null);
    kinds.into_iter().map(|k| type_name(k).to_owned()).collect()
}

/// Help for a value that is not a valid date/date-time.
fn date_help(formats: &[String], value: &Value) -> Option<String> {
    let has_date = formats.iter().any(|f| f == "date");
    let has_date_time = formats.iter().any(|f| f == "date-time");
    if !has_date && !has_date_time {
        return None;
    }
    if let Some(text) = value.as_str() {
        let bytes = text.as_bytes();
        let shaped = bytes.len() >= 10
            && bytes[..10].iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if shaped {
            let date = &text[..10];
            let month: u32 = date[5..7].parse().unwrap_or(0);
            let day: u32 = date[8..10].parse().unwrap_or(0);
            let year: u32 = date[..4].parse().unwrap_or(0);
            let leap =
                (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
            let days = match month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => 0,
            };
            if day == 0 || day > days {
                return Some(format!("there is no such day as {date} in the calendar"));
            }
            if has_date_time && text.len() > 10 {
                return Some(
                    "write a time as HH:MM:SS after a `T`, with a UTC offset such as +05:00 or Z: 2026-02-06T09:30:00+05:00"
                        .to_owned(),
                );
            }
        }
    }
    Some(if has_date_time && has_date {
        "write the date as year-month-day (2026-02-06), optionally followed by a time and a UTC offset (2026-02-06T09:30:00+05:00)".to_owned()
    } else if has_date {
        "write the date as year-month-day: 2026-02-06".to_owned()
    } else {
        "write the date and time as year-month-day, `T`, the time and a UTC offset: 2026-02-06T09:30:00+05:00".to_owned()
    })
}

impl<'a> Reporter<'a> {
    fn keyword_at(&self, error: &ValidationError<'_>) -> KeywordAt<'a> {
        let schema_path = error.schema_path().as_str().to_owned();
        let Some(uri) = error.absolute_keyword_location() else {
            return KeywordAt {
                uri: self.inner.root_uris.first().cloned(),
                document: Some(&self.inner.root),
                shown: schema_path.clone(),
                pointer: schema_path,
            };
        };
        let text = uri.as_str();
        let (document_uri, fragment) = text.split_once('#').unwrap_or((text, ""));
        let document_uri = percent_decode(document_uri);
        let pointer = percent_decode(fragment);
        let is_root = self.inner.root_uris.contains(&document_uri);
        let shown = if is_root {
            pointer.clone()
        } else {
            format!("{}#{pointer}", self.shown_document(&document_uri))
        };
        KeywordAt {
            document: self.document(&document_uri),
            uri: Some(document_uri),
            shown,
            pointer,
        }
    }

    /// A document by its (percent-decoded) URI: the root or one read through `$ref`.
    fn document(&self, uri: &str) -> Option<&'a Value> {
        if self.inner.root_uris.iter().any(|root| root == uri) {
            Some(&self.inner.root)
        } else {
            self.inner.documents.get(uri)
        }
    }

    /// A local document's path relative to the root schema's folder (or absolute);
    /// other documents by URI.
    fn shown_document(&self, uri: &str) -> String {
        let Some(path) = path_from_file_uri(uri) else {
            return uri.to_owned();
        };
        let folder = self
            .inner
            .root_file_uri
            .as_deref()
            .and_then(path_from_file_uri)
            .and_then(|root| root.parent().map(std::path::Path::to_path_buf));
        match folder
            .as_deref()
            .and_then(|folder| path.strip_prefix(folder).ok())
        {
            Some(relative) => relative.to_string_lossy().replace('\\', "/"),
            None => path.to_string_lossy().into_owned(),
        }
    }

    /// Follows `$ref`s (within the document or to documents read while compiling).
    fn resolve(&self, uri: Option<&str>, document: &'a Value, schema: &'a Value) -> &'a Value {
        let mut uri = uri.map(str::to_owned);
        let mut document = document;
        let mut schema = schema;
        for _ in 0..8 {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let (target, fragment) = reference.split_once('#').unwrap_or((reference, ""));
            if !target.is_empty() {
                let Some(absolute) = uri
                    .as_deref()
                    .and_then(|base| join_uri(base, &percent_decode(target)))
                else {
                    break;
                };
                let Some(next) = self.document(&absolute) else {
                    break;
                };
                document = next;
                uri = Some(absolute);
            }
            match document.pointer(&percent_decode(fragment)) {
                Some(next) => schema = next,
                None => break,
            }
        }
        schema
    }

    /// The schema of property `name` of the object schema holding the keyword at `at`.
    fn property_schema(&self, at: &KeywordAt<'a>, name: &str) -> Option<&'a Value> {
        let holder = at.schema()?;
        let property = holder.get("properties")?.get(name)?;
        Some(self.resolve(at.uri.as_deref(), at.document?, property))
    }

    /// The span of the value at `pointer`, else of its nearest ancestor, else the root.
    fn value_span(&self, pointer: &str) -> Span {
        if let Some(node) = self.spans.get(pointer) {
            return node.value;
        }
        if pointer.is_empty() {
            return self.root;
        }
        self.spans
            .nearest(pointer)
            .map_or(self.root, |(_, node)| node.value)
    }

    /// The span of the key at `pointer` (its value, or an ancestor, when it has none).
    fn key_span(&self, pointer: &str) -> Span {
        match self.spans.get(pointer) {
            Some(node) => node.key.unwrap_or(node.value),
            None => self.value_span(pointer),
        }
    }

    /// The span a finding about the mapping at `pointer` points at.
    fn mapping_span(&self, pointer: &str) -> Span {
        if pointer.is_empty() {
            self.root
        } else {
            self.value_span(pointer)
        }
    }

    fn report(&self, error: &ValidationError<'_>, out: &mut Vec<SchemaFinding>) {
        match error.kind() {
            ValidationErrorKind::AnyOf { context } => {
                self.alternatives(error, context, "anyOf", out);
            }
            ValidationErrorKind::OneOfNotValid { context } => {
                self.alternatives(error, context, "oneOf", out);
            }
            ValidationErrorKind::Required { property } => self.required(error, property, out),
            ValidationErrorKind::AdditionalProperties { unexpected }
            | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
                let keyword = error.kind().keyword().to_owned();
                self.unexpected_properties(error, &keyword, unexpected, out);
            }
            ValidationErrorKind::FalseSchema => {
                // `additionalProperties: false` without `properties` reports a false
                // schema at the mapping (first key only): list every unknown key.
                if let Some((keyword, unexpected)) = self.closed_mapping_keys(error) {
                    self.unexpected_properties(error, keyword, &unexpected, out);
                } else {
                    out.push(self.single(error));
                }
            }
            ValidationErrorKind::UniqueItems => self.unique_items(error, out),
            ValidationErrorKind::PropertyNames { error: inner } => {
                self.property_names(error, inner, out);
            }
            _ => out.push(self.single(error)),
        }
    }

    fn finding(
        &self,
        error: &ValidationError<'_>,
        keyword: &str,
        pointer: String,
        span: Span,
        message: String,
        label: String,
    ) -> SchemaFinding {
        SchemaFinding {
            code: format!("schema/{}", kebab(keyword)),
            severity: FindingSeverity::Error,
            message,
            span,
            label,
            pointer,
            help: None,
            note: self.keyword_at(error).note(),
            related: Vec::new(),
        }
    }

    /// An error about one value.
    fn single(&self, error: &ValidationError<'_>) -> SchemaFinding {
        let pointer = error.instance_path().as_str().to_owned();
        let instance: &Value = error.instance();
        let at = self.keyword_at(error);
        let keyword = error.kind().keyword().to_owned();
        let who = subject(&pointer);
        let what = found(instance);
        let mut help = None;
        let (message, label) = match error.kind() {
            ValidationErrorKind::Type { kind } => {
                let names = join_or(&type_names(kind));
                (
                    format!("{who} must be {names}, found {what}"),
                    format!("expected {names}"),
                )
            }
            ValidationErrorKind::Format { format } => {
                help = date_help(std::slice::from_ref(format), instance);
                (
                    format!("{who} must be {}, found {what}", format_phrase(format)),
                    format!("not {}", format_noun(format)),
                )
            }
            ValidationErrorKind::Pattern { pattern } => {
                if let Some(example) = first_example(at.described()) {
                    help = Some(format!("for example: `{}`", inline(example)));
                }
                (
                    format!(
                        "{who} does not have the required form (pattern `{pattern}`), found {what}"
                    ),
                    "does not match the pattern".to_owned(),
                )
            }
            ValidationErrorKind::MinLength { limit } => {
                let count = char_count(instance);
                (
                    format!(
                        "{who} must be at least {}, found {count}",
                        plural(*limit, "character", "characters")
                    ),
                    format!("{}, too short", plural(count, "character", "characters")),
                )
            }
            ValidationErrorKind::MaxLength { limit } => {
                let count = char_count(instance);
                (
                    format!(
                        "{who} must be at most {}, found {count}",
                        plural(*limit, "character", "characters")
                    ),
                    format!("{}, too long", plural(count, "character", "characters")),
                )
            }
            ValidationErrorKind::MinItems { limit } => {
                let count = item_count(instance);
                (
                    format!(
                        "{who} must have at least {}, found {count}",
                        plural(*limit, "item", "items")
                    ),
                    format!("{}, too few", plural(count, "item", "items")),
                )
            }
            ValidationErrorKind::MaxItems { limit } => {
                let count = item_count(instance);
                (
                    format!(
                        "{who} must have at most {}, found {count}",
                        plural(*limit, "item", "items")
                    ),
                    format!("{}, too many", plural(count, "item", "items")),
                )
            }
            ValidationErrorKind::AdditionalItems { limit } => (
                format!(
                    "{who} must have at most {}, found {}",
                    plural(*limit as u64, "item", "items"),
                    item_count(instance)
                ),
                "too many items".to_owned(),
            ),
            ValidationErrorKind::MinProperties { limit } => (
                format!(
                    "{who} must have at least {}, found {}",
                    plural(*limit, "field", "fields"),
                    property_count(instance)
                ),
                "too few fields".to_owned(),
            ),
            ValidationErrorKind::MaxProperties { limit } => (
                format!(
                    "{who} must have at most {}, found {}",
                    plural(*limit, "field", "fields"),
                    property_count(instance)
                ),
                "too many fields".to_owned(),
            ),
            ValidationErrorKind::Enum { options } => {
                let options: Vec<&Value> = options
                    .as_array()
                    .map(|items| items.iter().collect())
                    .unwrap_or_default();
                let mut shown: Vec<String> = options
                    .iter()
                    .take(12)
                    .map(|option| format!("`{}`", inline(option)))
                    .collect();
                if options.len() > 12 {
                    shown.push(format!("{} more", options.len() - 12));
                }
                if let Some(text) = instance.as_str() {
                    let candidates = options.iter().filter_map(|option| option.as_str());
                    if let Some(near) = closest(text, candidates) {
                        help = Some(format!("did you mean `{near}`?"));
                    }
                }
                (
                    format!("{who} must be one of {}, found {what}", join_or(&shown)),
                    "not one of the allowed values".to_owned(),
                )
            }
            ValidationErrorKind::Constant { expected_value } => {
                let expected = inline(expected_value);
                (
                    format!("{who} must be `{expected}`, found {what}"),
                    format!("expected `{expected}`"),
                )
            }
            ValidationErrorKind::Minimum { limit } => (
                format!("{who} must be at least {limit}, found {instance}"),
                format!("less than {limit}"),
            ),
            ValidationErrorKind::Maximum { limit } => (
                format!("{who} must be at most {limit}, found {instance}"),
                format!("more than {limit}"),
            ),
            ValidationErrorKind::ExclusiveMinimum { limit } => (
                format!("{who} must be more than {limit}, found {instance}"),
                format!("not more than {limit}"),
            ),
            ValidationErrorKind::ExclusiveMaximum { limit } => (
                format!("{who} must be less than {limit}, found {instance}"),
                format!("not less than {limit}"),
            ),
            ValidationErrorKind::MultipleOf { multiple_of } => (
                format!("{who} must be a multiple of {multiple_of}, found {instance}"),
                format!("not a multiple of {multiple_of}"),
            ),
            ValidationErrorKind::Contains => (
                format!("{who} must contain at least one item of the required kind"),
                "no matching item".to_owned(),
            ),
            ValidationErrorKind::Not { .. } => (
                format!("{who} has a form the schema forbids, found {what}"),
                "not allowed".to_owned(),
            ),
            ValidationErrorKind::FalseSchema => {
                if pointer.is_empty() {
                    (
                        "the schema accepts no front matter at all".to_owned(),
                        "not allowed".to_owned(),
                    )
                } else {
                    (
                        format!("{who} is not allowed here"),
                        "not allowed".to_owned(),
                    )
                }
            }
            ValidationErrorKind::OneOfMultipleValid { .. } => (
                format!(
                    "{who} matches more than one of the allowed forms; it must match exactly one"
                ),
                "ambiguous".to_owned(),
            ),
            ValidationErrorKind::Custom { message, .. } => {
                (format!("{who}: {message}"), message.clone())
            }
            _ => (format!("{who}: {error}"), "invalid".to_owned()),
        };
        // The schema's own phrase (`x-error-messages`) replaces the generic one.
        let (message, label) = match custom_phrase(at.schema(), &keyword) {
            Some(phrase) => {
                if matches!(error.kind(), ValidationErrorKind::Pattern { .. }) {
                    help = None;
                }
                (format!("{who} {phrase}, found {what}"), phrase)
            }
            None => (message, label),
        };
        let span = if matches!(error.kind(), ValidationErrorKind::FalseSchema) {
            self.key_span(&pointer)
        } else {
            self.value_span(&pointer)
        };
        let mut finding = self.finding(error, &keyword, pointer, span, message, label);
        finding.help = help;
        finding
    }

    fn required(
        &self,
        error: &ValidationError<'_>,
        property: &Value,
        out: &mut Vec<SchemaFinding>,
    ) {
        let here = error.instance_path().as_str();
        let name = property
            .as_str()
            .map_or_else(|| property.to_string(), str::to_owned);
        let at = self.keyword_at(error);
        let message = if here.is_empty() {
            format!("missing required field `{name}`")
        } else {
            format!("{} is missing required field `{name}`", subject(here))
        };
        let property_schema = self.property_schema(&at, &name);
        let mut finding = self.finding(
            error,
            "required",
            child_pointer(here, &name),
            self.mapping_span(here),
            message,
            format!("missing `{name}`"),
        );
        finding.help = property_help(&name, property_schema);
        out.push(finding);
    }

    /// For a false schema reached through `additionalProperties`/`unevaluatedProperties`:
    /// that keyword and the keys of the mapping no `properties` entry names.
    fn closed_mapping_keys(
        &self,
        error: &ValidationError<'_>,
    ) -> Option<(&'static str, Vec<String>)> {
        let at = self.keyword_at(error);
        let keyword = ["additionalProperties", "unevaluatedProperties"]
            .into_iter()
            .find(|keyword| at.pointer.ends_with(&format!("/{keyword}")))?;
        let holder = at.schema()?;
        if holder.get("patternProperties").is_some() {
            return None;
        }
        let known = holder.get("properties").and_then(Value::as_object);
        let map = self
            .value
            .pointer(error.instance_path().as_str())?
            .as_object()?;
        let unexpected: Vec<String> = map
            .keys()
            .filter(|key| known.is_none_or(|known| !known.contains_key(*key)))
            .cloned()
            .collect();
        (!unexpected.is_empty()).then_some((keyword, unexpected))
    }

    fn unexpected_properties(
        &self,
        error: &ValidationError<'_>,
        keyword: &str,
        unexpected: &[String],
        out: &mut Vec<SchemaFinding>,
    ) {
        let here = error.instance_path().as_str();
        let at = self.keyword_at(error);
        let allowed: Vec<&str> = at
            .schema()
            .and_then(|schema| schema.get("properties"))
            .and_then(Value::as_object)
            .map(|properties| properties.keys().map(String::as_str).collect())
            .unwrap_or_default();
        for name in unexpected {
            let pointer = child_pointer(here, name);
            let message = if here.is_empty() {
                format!("unknown field `{name}`")
            } else {
                format!("{} has unknown field `{name}`", subject(here))
            };
            let span = self.key_span(&pointer);
            let mut finding = self.finding(
                error,
                keyword,
                pointer,
                span,
                message,
                "not allowed by the schema".to_owned(),
            );
            let present = |candidate: &&str| {
                self.value
                    .pointer(here)
                    .and_then(Value::as_object)
                    .is_none_or(|map| !map.contains_key(*candidate))
            };
            finding.help = if let Some(near) =
                closest(name, allowed.iter().copied().filter(present))
            {
                Some(format!("did you mean `{near}`?"))
            } else if !allowed.is_empty() && allowed.len() <= 20 {
                let names: Vec<String> = allowed.iter().map(|name| format!("`{name}`")).collect();
                Some(format!("the fields allowed here are {}", names.join(", ")))
            } else {
                None
            };
            out.push(finding);
        }
    }

    fn unique_items(&self, error: &ValidationError<'_>, out: &mut Vec<SchemaFinding>) {
        let here = error.instance_path().as_str().to_owned();
        let items = error.instance().as_array().cloned().unwrap_or_default();
        let duplicate = (1..items.len()).find_map(|later| {
            (0..later)
                .find(|&earlier| items[earlier] == items[later])
                .map(|earlier| (earlier, later))
        });
        let Some((first, repeat)) = duplicate else {
            let span = self.value_span(&here);
            let message = format!("{} must not repeat items", subject(&here));
            out.push(self.finding(
                error,
                "uniqueItems",
                here,
                span,
                message,
                "repeated items".to_owned(),
            ));
            return;
        };
        let first_pointer = format!("{here}/{first}");
        let repeat_pointer = format!("{here}/{repeat}");
        let message = format!(
            "{} must not repeat items: {} appears more than once",
            subject(&here),
            found(&items[repeat])
        );
        let span = self.value_span(&repeat_pointer);
        let mut finding = self.finding(
            error,
            "uniqueItems",
            repeat_pointer,
            span,
            message,
            "repeated".to_owned(),
        );
        if let Some(node) = self.spans.get(&first_pointer) {
            finding.related.push(RelatedSpan {
                span: node.value,
                label: "first here".to_owned(),
            });
        }
        finding.help = Some("remove the repeated item".to_owned());
        out.push(finding);
    }

    fn property_names(
        &self,
        error: &ValidationError<'_>,
        inner: &ValidationError<'static>,
        out: &mut Vec<SchemaFinding>,
    ) {
        let here = error.instance_path().as_str();
        let name = inner
            .instance()
            .as_str()
            .map_or_else(|| inner.instance().to_string(), str::to_owned);
        let pointer = child_pointer(here, &name);
        let detail = self.single(inner).message;
        let detail = detail
            .strip_prefix(&subject(""))
            .map(str::trim_start)
            .unwrap_or(&detail)
            .to_owned();
        let message = format!("field name `{name}` is not allowed: it {detail}");
        let span = self.key_span(&pointer);
        out.push(self.finding(
            error,
            "propertyNames",
            pointer,
            span,
            message,
            "field name not allowed".to_owned(),
        ));
    }

    /// `anyOf`/`oneOf` with no matching branch: collapse into the one message that helps.
    fn alternatives(
        &self,
        error: &ValidationError<'_>,
        context: &[Vec<ValidationError<'static>>],
        keyword: &str,
        out: &mut Vec<SchemaFinding>,
    ) {
        let here = error.instance_path().as_str();
        let instance: &Value = error.instance();
        let at = self.keyword_at(error);

        // Alternatives that are all formats (`date` or `date-time`): one format finding.
        let all_local_format_or_type = context.iter().all(|branch| {
            branch.iter().all(|e| {
                e.instance_path().as_str() == here
                    && matches!(
                        e.kind(),
                        ValidationErrorKind::Format { .. } | ValidationErrorKind::Type { .. }
                    )
            })
        });
        if all_local_format_or_type && let Some(formats) = self.branch_formats(&at) {
            // A local date-time is tolerated beside a date-time, not recommended: the
            // message names only the forms to write.
            let shown: Vec<&String> = if formats.iter().any(|f| f == "date-time") {
                formats.iter().filter(|f| *f != "local-date-time").collect()
            } else {
                formats.iter().collect()
            };
            let phrases: Vec<String> = shown.iter().map(|f| format_phrase(f)).collect();
            let nouns: Vec<String> = shown.iter().map(|f| format_noun(f)).collect();
            let who = subject(here);
            let message = format!(
                "{who} must be {}, found {}",
                join_or(&phrases),
                found(instance)
            );
            let span = self.value_span(here);
            let mut finding = self.finding(
                error,
                "format",
                here.to_owned(),
                span,
                message,
                format!("not {}", join_or(&nouns)),
            );
            finding.help = date_help(&formats, instance);
            out.push(finding);
            return;
        }

        // A branch that cannot fit a value of this kind: a type miss, or an `enum` or
        // `const` with no value of the instance's kind (a list of preset names for a
        // mapping).
        let type_miss = |e: &ValidationError<'static>| {
            e.instance_path().as_str() == here && !kind_misses(e, instance).is_empty()
        };
        let viable: Vec<&Vec<ValidationError<'static>>> = context
            .iter()
            .filter(|branch| !branch.iter().any(type_miss))
            .collect();
        if let [branch] = viable.as_slice() {
            for inner in branch.iter() {
                self.report(inner, out);
            }
            return;
        }
        let who = subject(here);
        let span = self.value_span(here);
        if viable.is_empty() {
            let mut names: Vec<String> = Vec::new();
            for e in context.iter().flatten() {
                if e.instance_path().as_str() == here {
                    for name in kind_misses(e, instance) {
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                }
            }
            let names = join_or(&names);
            let message = format!("{who} must be {names}, found {}", found(instance));
            let mut finding = self.finding(
                error,
                "type",
                here.to_owned(),
                span,
                message,
                format!("expected {names}"),
            );
            // For a top-level field, say what it is and show an example.
            if here.matches('/').count() == 1 {
                finding.help = property_help(&last_segment(here), at.described());
            }
            out.push(finding);
            return;
        }
        let mut options = Vec::new();
        for branch in &viable {
            let mut inner = Vec::new();
            for e in branch.iter() {
                self.report(e, &mut inner);
            }
            if let Some(first) = inner.first() {
                options.push(first.message.clone());
            }
        }
        let message = format!(
            "{who} does not match any of the allowed forms, found {}",
            found(instance)
        );
        let mut finding = self.finding(
            error,
            keyword,
            here.to_owned(),
            span,
            message,
            "matches none of the allowed forms".to_owned(),
        );
        if !options.is_empty() {
            let numbered: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(i, option)| format!("({}) {option}", i + 1))
                .collect();
            finding.help = Some(format!("fix one of these: {}", numbered.join("; ")));
        }
        out.push(finding);
    }

    /// The `format` of every branch of the `anyOf`/`oneOf` at `at`, if each has one.
    fn branch_formats(&self, at: &KeywordAt<'_>) -> Option<Vec<String>> {
        let document = at.document?;
        let branches = document.pointer(&at.pointer)?.as_array()?;
        let mut formats: Vec<String> = Vec::new();
        for branch in branches {
            let format = self
                .resolve(at.uri.as_deref(), document, branch)
                .get("format")?
                .as_str()?;
            if !formats.iter().any(|f| f == format) {
                formats.push(format.to_owned());
            }
        }
        (!formats.is_empty()).then_some(formats)
    }

    fn recommended(&self, out: &mut Vec<SchemaFinding>) {
        let Some(map) = self.value.as_object() else {
            return;
        };
        for name in &self.inner.recommended {
            if map.contains_key(name) {
                continue;
            }
            let root = KeywordAt {
                uri: self.inner.root_uris.first().cloned(),
                document: Some(&self.inner.root),
                pointer: format!("/{RECOMMENDED_KEYWORD}"),
                shown: String::new(),
            };
            let property = self.property_schema(&root, name);
            out.push(SchemaFinding {
                code: "schema/recommended".to_owned(),
                severity: FindingSeverity::Warning,
                message: format!("recommended field `{name}` is missing"),
                span: self.root,
                label: format!("no `{name}`"),
                pointer: child_pointer("", name),
                help: property_help(name, property),
                note: Some(format!("schema keyword path: /{RECOMMENDED_KEYWORD}")),
                related: Vec::new(),
            });
        }
    }
}

/// The schema's own phrase for a failing keyword (`x-error-messages`).
fn custom_phrase(schema: Option<&Value>, keyword: &str) -> Option<String> {
    schema?
        .get(ERROR_MESSAGES_KEYWORD)?
        .get(keyword)?
        .as_str()
        .map(str::to_owned)
}
