//! Bounds on what a file may cost to read. Each limit is documented in the README.

use crate::{ParseError, ParseErrorKind, Span};

/// Largest file read (8 MiB): a news article is a few kilobytes; anything this big is
/// a mistake (a dump, a binary) and is reported, not read.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Deepest nesting of front matter collections (the root mapping is level 1; an alias
/// counts at the depth its expanded value reaches). Real front matter nests two or
/// three levels; the bound keeps recursive consumers (schema validation, dropping the
/// value tree) far from stack exhaustion. Past it: `parse/yaml-limits`.
pub const MAX_YAML_DEPTH: usize = 64;
/// Most YAML nodes built: every scalar, key and collection, with each alias counted at
/// the full size of the value it expands to (checked before the value is copied, so a
/// billion-laughs file stops here after little work). Past it: `parse/yaml-limits`.
pub const MAX_YAML_NODES: usize = 100_000;

/// The error for a file of `size` bytes, over [`MAX_FILE_BYTES`]. Readers check the
/// size before reading, so a huge file is never loaded.
pub fn too_large(size: u64) -> ParseError {
    ParseError::new(
        ParseErrorKind::TooLarge,
        format!("the file is {size} bytes, more than the limit of {MAX_FILE_BYTES} bytes"),
        Span::empty(0),
    )
    .with_help("an article is a few kilobytes; check that this is the file you meant")
}

/// Why the bytes are not an article's text: the error and, for invalid UTF-8, the
/// text with the bad bytes replaced.
#[derive(Debug)]
pub struct Unreadable(pub ParseError, pub Option<String>);

/// Checks size, binary content and UTF-8, and returns the text.
///
/// On error, returns the error and, for invalid UTF-8, the text with the bad bytes
/// replaced (see [`lossy_text`]) so the error can be shown in context.
pub fn check_bytes(bytes: Vec<u8>) -> Result<String, Box<Unreadable>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Box::new(Unreadable(too_large(bytes.len() as u64), None)));
    }
    if let Some(position) = bytes.iter().position(|&b| b == 0) {
        return Err(Box::new(Unreadable(
            ParseError::new(
                ParseErrorKind::Binary,
                format!("the file looks binary (a NUL byte at byte offset {position})"),
                Span::empty(position),
            ),
            None,
        )));
    }
    String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let bad_len = error.utf8_error().error_len().unwrap_or(1);
        let lossy = lossy_text(error.as_bytes());
        let error = ParseError::new(
            ParseErrorKind::Utf8,
            format!("the file is not valid UTF-8: invalid byte sequence at byte offset {offset}"),
            Span::new(offset, offset + bad_len),
        )
        .with_label("not UTF-8")
        .with_help("save the file as UTF-8");
        Box::new(Unreadable(error, Some(lossy)))
    })
}

/// The text of a file that is not valid UTF-8, for showing where the bad bytes are:
/// invalid sequences become U+FFFD. Offsets before the first bad byte are unchanged,
/// so a [`ParseErrorKind::Utf8`] error's span still points at it.
pub fn lossy_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
