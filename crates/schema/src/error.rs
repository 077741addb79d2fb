//! Why a schema could not be loaded.

use std::path::PathBuf;

/// A user schema that cannot be used. Every message names the schema file.
#[derive(Debug, thiserror::Error)]
pub enum SchemaLoadError {
    /// The schema file could not be read.
    #[error("cannot read schema {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The schema file (or a file it refers to) is not JSON.
    #[error("schema {} is not valid JSON: {message} (line {line}, column {column})", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A `$ref` (or `$schema`) names a document on the network.
    #[error("schema {}: remote $ref {uri} is not fetched: article-lint never uses the network; download it and refer to it by a relative path", path.display())]
    RemoteRef { path: PathBuf, uri: String },
    /// A local `$ref` names a file that cannot be read.
    #[error("schema {}: $ref {uri} cannot be read: {message}", path.display())]
    UnreadableRef {
        path: PathBuf,
        uri: String,
        message: String,
    },
    /// A `$ref` points at nothing (a missing `$defs` entry, anchor, …).
    #[error("schema {}: {message}", path.display())]
    BrokenRef { path: PathBuf, message: String },
    /// The JSON is not a valid JSON Schema.
    #[error("schema {} is not a valid JSON Schema: {message}{}", path.display(), location_suffix(.location))]
    Invalid {
        path: PathBuf,
        /// JSON pointer into the schema document where the problem is (`""` for the root).
        location: String,
        message: String,
    },
}

fn location_suffix(location: &str) -> String {
    if location.is_empty() {
        String::new()
    } else {
        format!(" (at {location})")
    }
}
