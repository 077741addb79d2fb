//! Resolving `$ref`s to other documents without the network: local files only.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use jsonschema::{Retrieve, Uri};
use serde_json::Value;

use crate::{BUNDLED_SCHEMA_ID, bundled_schema_value};

/// Documents read while compiling a schema, by URI (fragment-less, percent-decoded).
pub(crate) type DocumentCache = Arc<Mutex<HashMap<String, Value>>>;

/// Why a referenced document could not be retrieved.
#[derive(Debug)]
pub(crate) enum RetrieveError {
    Remote {
        uri: String,
    },
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

impl fmt::Display for RetrieveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetrieveError::Remote { uri } => write!(f, "remote $ref {uri} is not fetched"),
            RetrieveError::Read { path, source } => {
                write!(f, "cannot read {}: {source}", path.display())
            }
            RetrieveError::Json {
                path,
                line,
                column,
                message,
            } => write!(
                f,
                "{} is not valid JSON: {message} (line {line}, column {column})",
                path.display()
            ),
        }
    }
}

impl std::error::Error for RetrieveError {}

/// Reads `file:` URIs from disk, serves the bundled article schema by its `$id`, maps
/// URIs under the root schema's own `http(s)` `$id` folder to the schema's folder, and
/// refuses everything else.
pub(crate) struct LocalRetriever {
    /// `(http(s) prefix ending in '/', local folder)`: the root schema's `$id` folder.
    pub(crate) id_folder: Option<(String, PathBuf)>,
    pub(crate) cache: DocumentCache,
}

impl LocalRetriever {
    fn fetch(&self, uri: &str) -> Result<Value, RetrieveError> {
        let uri = uri.split('#').next().unwrap_or(uri);
        let value = if uri == BUNDLED_SCHEMA_ID {
            bundled_schema_value()
        } else {
            self.read(uri)?
        };
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(percent_decode(uri), value.clone());
        }
        Ok(value)
    }

    fn read(&self, uri: &str) -> Result<Value, RetrieveError> {
        let path = if let Some(path) = path_from_file_uri(uri) {
            path
        } else if let Some((prefix, folder)) = &self.id_folder
            && let Some(rest) = uri.strip_prefix(prefix.as_str())
            && !rest.contains(['?', '#'])
        {
            folder.join(percent_decode(rest))
        } else {
            return Err(RetrieveError::Remote {
                uri: uri.to_owned(),
            });
        };
        let text = std::fs::read_to_string(&path).map_err(|source| RetrieveError::Read {
            path: path.clone(),
            source,
        })?;
        serde_json::from_str(&text).map_err(|error| RetrieveError::Json {
            path,
            line: error.line(),
            column: error.column(),
            message: json_error_message(&error),
        })
    }
}

impl Retrieve for LocalRetriever {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        self.fetch(uri.as_str())
            .map_err(|error| Box::new(error) as _)
    }
}

/// Whether `uri` starts with a scheme (`https:`, `file:`, `urn:`).
pub(crate) fn has_scheme(uri: &str) -> bool {
    let Some(colon) = uri.find(':') else {
        return false;
    };
    let scheme = &uri[..colon];
    !scheme.is_empty()
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// Resolves a fragment-less `reference` against `base` (RFC 3986, simplified: enough
/// for `file:` and `http(s):` documents).
pub(crate) fn join_uri(base: &str, reference: &str) -> Option<String> {
    if has_scheme(reference) {
        return Some(reference.to_owned());
    }
    let base = base.split('#').next().unwrap_or(base);
    let scheme_end = base.find("://")? + 3;
    let path_start = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let (origin, base_path) = base.split_at(path_start);
    if let Some(rest) = reference.strip_prefix("//") {
        return Some(format!("{}//{rest}", &base[..scheme_end - 2]));
    }
    let joined = if reference.starts_with('/') {
        reference.to_owned()
    } else {
        let folder = base_path
            .rfind('/')
            .map_or("/", |slash| &base_path[..=slash]);
        format!("{folder}{reference}")
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/').skip(1) {
        match segment {
            "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    Some(format!("{origin}/{}", segments.join("/")))
}

/// serde_json's message without its " at line L column C" suffix.
pub(crate) fn json_error_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// `file:///a%20b/c.json` → `/a b/c.json` (`None` for other schemes).
pub(crate) fn path_from_file_uri(uri: &str) -> Option<PathBuf> {
    let rest = uri
        .strip_prefix("file://")
        .or_else(|| uri.strip_prefix("FILE://"))?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let decoded = percent_decode(rest);
    // `/C:/x` on Windows.
    let bytes = decoded.as_bytes();
    if cfg!(windows) && bytes.len() > 2 && bytes[0] == b'/' && bytes[2] == b':' {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

/// An absolute path as a `file:` URI, percent-encoding what a URI path may not hold.
pub(crate) fn file_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file://");
    if !text.starts_with('/') {
        uri.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// Decodes `%XX` escapes (invalid escapes are kept as they are).
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(high * 16 + low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_round_trip() {
        let path = Path::new("/tmp/my schemas/ärticle.json");
        let uri = file_uri(path);
        assert_eq!(uri, "file:///tmp/my%20schemas/%C3%A4rticle.json");
        assert_eq!(path_from_file_uri(&uri).unwrap(), path);
        assert_eq!(path_from_file_uri("https://example.com/x.json"), None);
    }

    #[test]
    fn references_join_against_their_document() {
        let base = "file:///s/news/article.json";
        assert_eq!(
            join_uri(base, "defs.json").unwrap(),
            "file:///s/news/defs.json"
        );
        assert_eq!(
            join_uri(base, "../desks.json").unwrap(),
            "file:///s/desks.json"
        );
        assert_eq!(
            join_uri(base, "./a/./b.json").unwrap(),
            "file:///s/news/a/b.json"
        );
        assert_eq!(join_uri(base, "/abs.json").unwrap(), "file:///abs.json");
        assert_eq!(
            join_uri("https://example.com/a/b.json", "c.json").unwrap(),
            "https://example.com/a/c.json"
        );
        assert_eq!(
            join_uri(base, "https://example.com/x.json").unwrap(),
            "https://example.com/x.json"
        );
        assert!(has_scheme("urn:x") && !has_scheme("a/b:c") && !has_scheme("defs.json"));
    }

    #[test]
    fn percent_decoding_keeps_broken_escapes() {
        assert_eq!(percent_decode("a%2Fb%zz%4"), "a/b%zz%4");
    }

    #[test]
    fn remote_uris_are_refused_without_any_request() {
        let retriever = LocalRetriever {
            id_folder: None,
            cache: DocumentCache::default(),
        };
        let error = retriever.fetch("https://example.com/x.json").unwrap_err();
        assert!(
            matches!(error, RetrieveError::Remote { ref uri } if uri == "https://example.com/x.json")
        );
    }

    #[test]
    fn the_bundled_schema_is_served_by_its_id() {
        let retriever = LocalRetriever {
            id_folder: None,
            cache: DocumentCache::default(),
        };
        let value = retriever.fetch(BUNDLED_SCHEMA_ID).unwrap();
        assert_eq!(value["$id"], BUNDLED_SCHEMA_ID);
    }
}
