//! `article-schema`: validates article front matter against a JSON Schema (the bundled
//! default or a newsroom's own) and maps every error back to a source span with a
//! plain-words message.
//!
//! The schema is compiled once ([`ArticleSchema::bundled`] or
//! [`ArticleSchema::from_path`]) and reused for every file ([`ArticleSchema::validate`]).
//! It never touches the network: `$ref`s to local files are read from disk, and any
//! `http(s)` `$ref` is a load error.

mod error;
mod report;
mod retrieve;
mod words;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use article_model::{Span, SpanIndex};
use jsonschema::error::ValidationErrorKind;
use serde_json::Value;

pub use error::SchemaLoadError;
use retrieve::{DocumentCache, LocalRetriever, RetrieveError, file_uri, percent_decode};

/// The bundled default schema, as JSON text.
pub const BUNDLED_SCHEMA_JSON: &str = include_str!("../../../schemas/article.schema.json");

/// The `$id` of the bundled schema. User schemas may `$ref` it (to extend the default)
/// without network access: it is served from the copy built into the binary.
pub const BUNDLED_SCHEMA_ID: &str =
    "https://raw.githubusercontent.com/article-lint/article-lint/main/schemas/article.schema.json";

/// The root-schema keyword listing recommended-but-optional properties.
pub const RECOMMENDED_KEYWORD: &str = "x-recommended";

/// A subschema keyword mapping a validation keyword to the phrase used in its message,
/// e.g. `"x-error-messages": {"pattern": "must be lowercase words joined by hyphens"}`.
pub const ERROR_MESSAGES_KEYWORD: &str = "x-error-messages";

pub(crate) fn bundled_schema_value() -> Value {
    serde_json::from_str(BUNDLED_SCHEMA_JSON).expect("the bundled schema is valid JSON")
}

/// A custom `format`: a date and time without a UTC offset (`2026-02-06T09:30:00`).
/// The bundled schema accepts it for `published`/`updated`, and the `date/timezone`
/// rule warns about it: the day is then read in the site time zone (`--timezone`).
pub const LOCAL_DATE_TIME_FORMAT: &str = "local-date-time";

fn is_local_date_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    // RFC 3339's shape without the offset: date, `T` (or `t`/space), hh:mm[:ss[.frac]].
    bytes.len() >= 16
        && matches!(bytes.get(10), Some(b'T' | b't' | b' '))
        && text.is_char_boundary(10)
        && text[..10].parse::<jiff::civil::Date>().is_ok()
        && text[11..].parse::<jiff::civil::Time>().is_ok()
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingSeverity {
    Error,
    Warning,
}

/// A secondary place that explains a finding (e.g. the first copy of a repeated tag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedSpan {
    pub span: Span,
    pub label: String,
}

/// One schema violation (or a missing recommended field), mapped to the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaFinding {
    /// `schema/<keyword-in-kebab-case>`: `schema/required`, `schema/max-length`, …, and
    /// `schema/recommended` for a missing `x-recommended` field.
    pub code: String,
    pub severity: FindingSeverity,
    /// A full sentence in plain words.
    pub message: String,
    /// The text at fault: the offending value, the offending key (unknown fields), the
    /// parent mapping (missing fields; the opening `---` for top-level fields).
    pub span: Span,
    /// A short label for `span`.
    pub label: String,
    /// JSON pointer of the instance at fault: the value, the unknown key, or the missing
    /// field (`/section`, `/author/0/name`).
    pub pointer: String,
    /// What to do, from the schema's `description`/`examples` where available.
    pub help: Option<String>,
    /// For experts: `schema keyword path: /properties/published/anyOf`.
    pub note: Option<String>,
    /// Other places that explain the finding.
    pub related: Vec<RelatedSpan>,
}

/// A compiled article schema: build once, validate every file with it. Cheap to clone.
#[derive(Clone)]
pub struct ArticleSchema {
    inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) validator: jsonschema::Validator,
    /// The root schema document.
    pub(crate) root: Value,
    /// URIs (percent-decoded, without fragment) that name the root document; the one
    /// references resolve against first.
    pub(crate) root_uris: Vec<String>,
    /// The root schema's `file:` URI (percent-decoded), when it has one.
    pub(crate) root_file_uri: Option<String>,
    /// Other documents read through `$ref`, by percent-decoded URI.
    pub(crate) documents: HashMap<String, Value>,
    pub(crate) recommended: Vec<String>,
    pub(crate) origin: Option<PathBuf>,
}

impl std::fmt::Debug for ArticleSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArticleSchema")
            .field("origin", &self.inner.origin)
            .field("recommended", &self.inner.recommended)
            .finish_non_exhaustive()
    }
}

impl ArticleSchema {
    /// The default schema, built into the binary (`schemas/article.schema.json`).
    pub fn bundled() -> Self {
        Self::compile(bundled_schema_value(), None, None).expect("the bundled schema compiles")
    }

    /// A user schema file. Relative `$ref`s resolve against the file's folder and are
    /// read from disk; remote (`http(s)`, …) `$ref`s are refused.
    pub fn from_path(path: &Path) -> Result<Self, SchemaLoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| SchemaLoadError::Read {
            path: path.to_owned(),
            source,
        })?;
        let value: Value = serde_json::from_str(&text).map_err(|error| SchemaLoadError::Json {
            path: path.to_owned(),
            line: error.line(),
            column: error.column(),
            message: retrieve::json_error_message(&error),
        })?;
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        Self::compile(value, Some(absolute.clone()), Some(absolute))
    }

    /// A schema given as a value; relative `$ref`s resolve against `base_dir`.
    pub fn from_value(schema: Value, base_dir: &Path) -> Result<Self, SchemaLoadError> {
        let base_dir = std::path::absolute(base_dir).unwrap_or_else(|_| base_dir.to_owned());
        Self::compile(schema, Some(base_dir.join("schema.json")), None)
    }

    /// The schema file this was loaded from (`None` for the bundled schema).
    pub fn origin(&self) -> Option<&Path> {
        self.inner.origin.as_deref()
    }

    /// The root schema document.
    pub fn schema(&self) -> &Value {
        &self.inner.root
    }

    /// The root schema's `x-recommended` property names.
    pub fn recommended(&self) -> &[String] {
        &self.inner.recommended
    }

    /// Every violation in `value` (not only the first), plus a warning per missing
    /// `x-recommended` field, ordered by span start, then code.
    ///
    /// `spans` maps JSON pointers into `value` to source spans; `root` is where findings
    /// about the top-level mapping point (the opening `---` delimiter).
    pub fn validate(&self, value: &Value, spans: &SpanIndex, root: Span) -> Vec<SchemaFinding> {
        report::validate(&self.inner, value, spans, root)
    }

    /// `file`: where the schema is taken to live (relative `$ref`s resolve against its
    /// folder); `origin`: the file it was actually read from.
    fn compile(
        schema: Value,
        file: Option<PathBuf>,
        origin: Option<PathBuf>,
    ) -> Result<Self, SchemaLoadError> {
        let display_path = origin.clone().unwrap_or_else(|| match &file {
            Some(_) => PathBuf::from("<inline schema>"),
            None => PathBuf::from("schemas/article.schema.json"),
        });
        let own_id = schema
            .get("$id")
            .and_then(Value::as_str)
            .map(|id| id.split('#').next().unwrap_or(id).to_owned());
        let folder = file
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        let id_folder = match (&own_id, &folder) {
            (Some(id), Some(folder)) if id.starts_with("http://") || id.starts_with("https://") => {
                id.rfind('/')
                    .map(|slash| (id[..=slash].to_owned(), folder.clone()))
            }
            _ => None,
        };
        let cache = DocumentCache::default();
        let retriever = LocalRetriever {
            id_folder,
            cache: cache.clone(),
        };
        let mut options = jsonschema::options()
            .should_validate_formats(true)
            .with_format(LOCAL_DATE_TIME_FORMAT, is_local_date_time)
            .with_retriever(retriever);
        if schema.get("$schema").is_none() {
            options = options.with_draft(jsonschema::Draft::Draft202012);
        }
        let base_uri = file.as_deref().map(file_uri);
        if let Some(uri) = &base_uri {
            options = options.with_base_uri(uri.clone());
        }
        let validator = options
            .build(&schema)
            .map_err(|error| load_error(&display_path, &error))?;

        // The `$id` (when absolute) is what references resolve against; list it first.
        let mut root_uris: Vec<String> = Vec::new();
        root_uris.extend(
            own_id
                .as_deref()
                .filter(|id| retrieve::has_scheme(id))
                .map(percent_decode),
        );
        root_uris.extend(base_uri.as_deref().map(percent_decode));
        let documents = cache.lock().map(|cache| cache.clone()).unwrap_or_default();
        let recommended = schema
            .get(RECOMMENDED_KEYWORD)
            .and_then(Value::as_array)
            .map(|names| {
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Ok(Self {
            inner: Arc::new(Inner {
                validator,
                root: schema,
                root_file_uri: base_uri.as_deref().map(percent_decode),
                root_uris,
                documents,
                recommended,
                origin,
            }),
        })
    }
}

fn load_error(path: &Path, error: &jsonschema::ValidationError<'_>) -> SchemaLoadError {
    let path = path.to_owned();
    match error.kind() {
        ValidationErrorKind::Referencing(jsonschema::ReferencingError::Unretrievable {
            uri,
            source,
        }) => match source.downcast_ref::<RetrieveError>() {
            Some(RetrieveError::Remote { uri }) => SchemaLoadError::RemoteRef {
                path,
                uri: uri.clone(),
            },
            Some(RetrieveError::Json {
                path: ref_path,
                line,
                column,
                message,
            }) => SchemaLoadError::Json {
                path: ref_path.clone(),
                line: *line,
                column: *column,
                message: message.clone(),
            },
            Some(other) => SchemaLoadError::UnreadableRef {
                path,
                uri: uri.clone(),
                message: other.to_string(),
            },
            None => SchemaLoadError::UnreadableRef {
                path,
                uri: uri.clone(),
                message: source.to_string(),
            },
        },
        ValidationErrorKind::Referencing(other) => SchemaLoadError::BrokenRef {
            path,
            message: other.to_string(),
        },
        _ => SchemaLoadError::Invalid {
            path,
            location: error.instance_path().as_str().to_owned(),
            message: error.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn the_schema_is_shareable_across_threads() {
        assert_send_sync::<ArticleSchema>();
    }

    #[test]
    fn the_bundled_schema_compiles_and_lists_recommended_fields() {
        let schema = ArticleSchema::bundled();
        assert_eq!(
            schema.recommended(),
            ["subtitle", "tags", "slug", "language", "dateline"]
        );
        assert_eq!(schema.schema()["$id"], BUNDLED_SCHEMA_ID);
        assert!(schema.origin().is_none());
    }
}
