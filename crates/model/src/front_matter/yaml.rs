//! One walk over the YAML parser's events builds the JSON value tree and the span index.
//!
//! The event parser (`granit_parser`, re-exported by `serde-saphyr`) is used rather than
//! a deserializer so that every key and value keeps its exact source span, duplicate keys
//! are reported with both positions, and the cost of alias expansion is bounded before
//! anything is cloned.
//!
//! Scalars are resolved with the YAML 1.2 core schema, plain scalars only: `true` /
//! `false` are booleans, `null` / `~` / empty are null, decimal / `0o` / `0x` integers
//! and decimal floats are numbers, and everything else (`yes`, `no`, `on`, dates,
//! `.inf`, `.nan`) is a string. Quoted and block scalars are always strings unless an
//! explicit core tag (`!!int`, `!!bool`, ...) says otherwise.

use std::collections::HashMap;

use serde_json::{Map, Number, Value};
use serde_saphyr::granit_parser::{
    ErrorKind, Event, Marker, Options, Parser, ScalarStyle, ScanError, Span as YamlSpan, Tag,
};

use crate::limits::{MAX_YAML_DEPTH, MAX_YAML_NODES};
use crate::{NodeSpans, ParseError, ParseErrorKind, Source, Span, SpanIndex, child_pointer};

/// Parses the front matter YAML at `content` (a span of `source`) into a JSON value
/// (always an object) and the spans of every node, as offsets in the full source text.
pub(crate) fn parse_yaml(source: &Source, content: Span) -> Result<(Value, SpanIndex), ParseError> {
    let Some(text) = source.text().get(content.range()) else {
        return Err(ParseError::new(
            ParseErrorKind::Yaml,
            "the front matter could not be read",
            content,
        ));
    };
    Builder::new(text, content.start).run()
}

/// A collection being built.
enum Container {
    Sequence(Vec<Value>),
    Mapping {
        map: Map<String, Value>,
        /// The key read, waiting for its value: text, span.
        pending_key: Option<(String, Span)>,
        /// The span of each key already in the mapping (for duplicate reports).
        key_spans: HashMap<String, Span>,
    },
}

/// An open collection on the builder's stack.
struct Frame {
    container: Container,
    /// JSON pointer of this collection.
    pointer: String,
    /// Span of the key naming it in its parent mapping.
    key: Option<Span>,
    /// Where it starts (the `[`, `{`, `-` or first key).
    start: usize,
    /// The end of the last thing read in it (a child value, or the closing bracket).
    end: usize,
    /// Anchor ID defined on it (0: none).
    anchor: usize,
    /// The node count before this collection was opened.
    nodes_before: usize,
    /// The deepest nesting among its children (0 when all children are scalars).
    child_height: usize,
}

/// A node whose anchor was defined, kept for its aliases.
struct Anchored {
    value: Value,
    /// Nodes in it (keys included, aliases expanded).
    size: usize,
    /// Nesting levels of collections in it (0 for a scalar).
    height: usize,
}

/// Where the next node will go.
enum Slot {
    /// The document root.
    Root,
    /// A key of the mapping on top of the stack.
    Key,
    /// A value (sequence item or mapping value) at this pointer.
    Value { pointer: String, key: Option<Span> },
}

struct Builder<'a> {
    text: &'a str,
    base: usize,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Anchored>,
    index: SpanIndex,
    nodes: usize,
    root: Option<Map<String, Value>>,
    /// Char index → byte offset table, built only if the parser gives char offsets.
    char_offsets: Option<Vec<usize>>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, base: usize) -> Self {
        Self {
            text,
            base,
            stack: Vec::new(),
            anchors: HashMap::new(),
            index: SpanIndex::default(),
            nodes: 0,
            root: None,
            char_offsets: None,
        }
    }

    fn run(mut self) -> Result<(Value, SpanIndex), ParseError> {
        // The parser's own nesting limits stop a deep document early, while scanning;
        // the builder checks the combined depth (and alias expansion) itself.
        let mut options = Options::default();
        options.flow_nesting_limit = MAX_YAML_DEPTH + 1;
        options.block_nesting_limit = MAX_YAML_DEPTH + 1;
        let mut parser = Parser::new_from_str_with_options(self.text, options);
        let mut documents = 0usize;
        while let Some(result) = parser.next_event() {
            let (event, span) = result.map_err(|error| self.syntax_error(&error))?;
            match event {
                Event::DocumentStart(..) => {
                    documents += 1;
                    if documents > 1 {
                        let at = self.span(&span);
                        return Err(ParseError::new(
                            ParseErrorKind::Yaml,
                            "the front matter holds more than one YAML document",
                            at,
                        )
                        .with_label("a second document starts here")
                        .with_help(
                            "keep a single YAML mapping between the `---` lines; remove the extra document marker",
                        ));
                    }
                }
                Event::Scalar(value, style, anchor, tag) => {
                    self.scalar(&value, style, anchor, tag.as_deref(), &span)?;
                }
                Event::Alias(id) => self.alias(id, &span)?,
                Event::SequenceStart(_, anchor, _) => {
                    self.open(Container::Sequence(Vec::new()), anchor, &span)?;
                }
                Event::MappingStart(_, anchor, _) => {
                    let container = Container::Mapping {
                        map: Map::new(),
                        pending_key: None,
                        key_spans: HashMap::new(),
                    };
                    self.open(container, anchor, &span)?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.close(&span)?,
                _ => {}
            }
        }
        let root = match self.root.take() {
            Some(map) => Value::Object(map),
            None => {
                // Empty, whitespace-only or comment-only front matter: an empty mapping.
                let trimmed = self.text.trim_end().len();
                let span = Span::new(self.base, self.base + trimmed);
                self.index.insert(
                    String::new(),
                    NodeSpans {
                        key: None,
                        value: span,
                    },
                );
                Value::Object(Map::new())
            }
        };
        Ok((root, self.index))
    }

    /// Byte offset in the full source of a parser marker.
    fn offset(&mut self, marker: &Marker) -> usize {
        let local = match marker.byte_offset() {
            Some(bytes) => bytes,
            None => {
                let text = self.text;
                let table = self.char_offsets.get_or_insert_with(|| {
                    text.char_indices()
                        .map(|(i, _)| i)
                        .chain(std::iter::once(text.len()))
                        .collect()
                });
                table
                    .get(marker.index())
                    .copied()
                    .unwrap_or(self.text.len())
            }
        };
        let mut local = local.min(self.text.len());
        while !self.text.is_char_boundary(local) {
            local -= 1;
        }
        self.base + local
    }

    fn span(&mut self, span: &YamlSpan) -> Span {
        let start = self.offset(&span.start);
        let end = self.offset(&span.end).max(start);
        Span::new(start, end)
    }

    /// Where the next node goes, and its pointer.
    fn slot(&self) -> Slot {
        match self.stack.last() {
            None => Slot::Root,
            Some(frame) => match &frame.container {
                Container::Sequence(items) => Slot::Value {
                    pointer: child_pointer(&frame.pointer, &items.len().to_string()),
                    key: None,
                },
                Container::Mapping {
                    pending_key: None, ..
                } => Slot::Key,
                Container::Mapping {
                    pending_key: Some((key, key_span)),
                    ..
                } => Slot::Value {
                    pointer: child_pointer(&frame.pointer, key),
                    key: Some(*key_span),
                },
            },
        }
    }

    /// Counts `count` more nodes, failing past the limit.
    fn count(&mut self, count: usize, at: Span) -> Result<(), ParseError> {
        self.nodes = self.nodes.saturating_add(count);
        if self.nodes > MAX_YAML_NODES {
            return Err(ParseError::new(
                ParseErrorKind::YamlLimits,
                format!(
                    "the front matter has more than {MAX_YAML_NODES} YAML nodes (aliases expanded)"
                ),
                at,
            )
            .with_label("the limit is crossed here")
            .with_help(
                "front matter is a short list of keys; remove the repeated aliases or the generated data",
            ));
        }
        Ok(())
    }

    fn too_deep(at: Span) -> ParseError {
        ParseError::new(
            ParseErrorKind::YamlLimits,
            format!("the front matter nests collections more than {MAX_YAML_DEPTH} levels deep"),
            at,
        )
        .with_label("too deep here")
        .with_help("flatten the front matter: nest lists and mappings only a few levels")
    }

    fn scalar(
        &mut self,
        text: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        span: &YamlSpan,
    ) -> Result<(), ParseError> {
        let mut at = self.span(span);
        if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded) {
            // End the span at the last character of the text, not after its line break.
            let trimmed = self.slice(at).trim_end().len();
            at = Span::new(at.start, at.start + trimmed);
        }
        self.count(1, at)?;
        match self.slot() {
            Slot::Key => {
                self.key(text.to_owned(), at)?;
                if anchor != 0 {
                    self.anchors.insert(
                        anchor,
                        Anchored {
                            value: Value::String(text.to_owned()),
                            size: 1,
                            height: 0,
                        },
                    );
                }
                Ok(())
            }
            slot => {
                let value = resolve_scalar(text, style, tag);
                if anchor != 0 {
                    self.anchors.insert(
                        anchor,
                        Anchored {
                            value: value.clone(),
                            size: 1,
                            height: 0,
                        },
                    );
                }
                self.place(slot, value, at, 0)
            }
        }
    }

    fn alias(&mut self, id: usize, span: &YamlSpan) -> Result<(), ParseError> {
        let at = self.span(span);
        let Some(anchored) = self.anchors.get(&id) else {
            return Err(ParseError::new(
                ParseErrorKind::Yaml,
                format!(
                    "invalid YAML in the front matter: the alias `{}` refers to a node that is not finished (a node cannot contain an alias to itself)",
                    self.slice(at)
                ),
                at,
            ));
        };
        let (size, height) = (anchored.size, anchored.height);
        // Check the cost before cloning anything.
        if self.stack.len() + height > MAX_YAML_DEPTH {
            return Err(Self::too_deep(at));
        }
        self.count(size, at)?;
        let value = self
            .anchors
            .get(&id)
            .map_or(Value::Null, |a| a.value.clone());
        match self.slot() {
            Slot::Key => {
                let key = match value {
                    Value::String(s) => s,
                    Value::Null => "null".to_owned(),
                    Value::Bool(b) => b.to_string(),
                    Value::Number(n) => n.to_string(),
                    Value::Array(_) | Value::Object(_) => return Err(non_scalar_key(at)),
                };
                self.key(key, at)
            }
            slot => self.place(slot, value, at, height),
        }
    }

    fn open(
        &mut self,
        container: Container,
        anchor: usize,
        span: &YamlSpan,
    ) -> Result<(), ParseError> {
        let at = self.span(span);
        let (pointer, key) = match self.slot() {
            Slot::Root => (String::new(), None),
            Slot::Key => return Err(non_scalar_key(at)),
            Slot::Value { pointer, key } => (pointer, key),
        };
        if self.stack.len() >= MAX_YAML_DEPTH {
            return Err(Self::too_deep(at));
        }
        let nodes_before = self.nodes;
        self.count(1, at)?;
        self.stack.push(Frame {
            container,
            pointer,
            key,
            start: at.start,
            end: at.end,
            anchor,
            nodes_before,
            child_height: 0,
        });
        Ok(())
    }

    fn close(&mut self, span: &YamlSpan) -> Result<(), ParseError> {
        let at = self.span(span);
        let Some(frame) = self.stack.pop() else {
            return Ok(());
        };
        // A flow collection ends at its closing bracket; a block one at its last child.
        let end = if self.slice(at).is_empty() {
            frame.end
        } else {
            at.end.max(frame.end)
        };
        let value_span = Span::new(frame.start, end.max(frame.start));
        let value = match frame.container {
            Container::Sequence(items) => Value::Array(items),
            Container::Mapping { map, .. } => Value::Object(map),
        };
        let height = frame.child_height + 1;
        if frame.anchor != 0 {
            self.anchors.insert(
                frame.anchor,
                Anchored {
                    value: value.clone(),
                    size: self.nodes - frame.nodes_before,
                    height,
                },
            );
        }
        self.index.insert(
            frame.pointer,
            NodeSpans {
                key: frame.key,
                value: value_span,
            },
        );
        match self.stack.last_mut() {
            None => match value {
                Value::Object(map) => {
                    self.root = Some(map);
                    Ok(())
                }
                _ => Err(not_mapping(value_span)),
            },
            Some(parent) => {
                attach(parent, value, value_span, height);
                Ok(())
            }
        }
    }

    /// Records a mapping key, reporting duplicates.
    fn key(&mut self, key: String, at: Span) -> Result<(), ParseError> {
        let Some(Frame {
            container:
                Container::Mapping {
                    pending_key,
                    key_spans,
                    ..
                },
            end,
            ..
        }) = self.stack.last_mut()
        else {
            return Ok(());
        };
        if let Some(first) = key_spans.get(&key) {
            return Err(ParseError::new(
                ParseErrorKind::DuplicateKey,
                format!("duplicate key `{key}` in the front matter"),
                at,
            )
            .with_label("defined again here")
            .with_related(*first, "first defined here")
            .with_help("keep one of the two entries"));
        }
        key_spans.insert(key.clone(), at);
        *end = (*end).max(at.end);
        *pending_key = Some((key, at));
        Ok(())
    }

    /// Puts a finished scalar or alias value in its slot.
    fn place(
        &mut self,
        slot: Slot,
        value: Value,
        at: Span,
        height: usize,
    ) -> Result<(), ParseError> {
        match slot {
            Slot::Root => Err(not_mapping(at)),
            Slot::Key => Err(non_scalar_key(at)),
            Slot::Value { pointer, key } => {
                self.index.insert(pointer, NodeSpans { key, value: at });
                if let Some(parent) = self.stack.last_mut() {
                    attach(parent, value, at, height);
                }
                Ok(())
            }
        }
    }

    fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start - self.base..span.end - self.base)
            .unwrap_or("")
    }

    fn syntax_error(&mut self, error: &ScanError) -> ParseError {
        let mut offset = self.offset(error.marker());
        let mut local = offset - self.base;
        // A tab error may be marked at the end of the scalar before it ("section:
        // World" on the line above "\tpublished:"): point at the tab itself.
        if is_tab_error(error.kind())
            && let Some(tab) = self.text[local..].find('\t')
        {
            local += tab;
            offset += tab;
        }
        // Point at the offending character, unless it is a line break or the end.
        let width = self.text[local..]
            .chars()
            .next()
            .filter(|c| *c != '\n' && *c != '\r')
            .map_or(0, char::len_utf8);
        let at = Span::new(offset, offset + width);
        if matches!(error.kind(), ErrorKind::RecursionLimitExceeded) {
            return Self::too_deep(at);
        }
        let mut words = error.info();
        if words.is_empty() {
            words = "syntax error".to_owned();
        }
        let words = plain_words(&words);
        let mut parse_error = ParseError::new(
            ParseErrorKind::Yaml,
            format!("invalid YAML in the front matter: {words}"),
            at,
        );
        if let Some(help) = help_for(error.kind()) {
            parse_error = parse_error.with_help(help);
        }
        parse_error
    }
}

/// Adds a finished child to its parent collection.
fn attach(parent: &mut Frame, value: Value, at: Span, height: usize) {
    parent.end = parent.end.max(at.end);
    parent.child_height = parent.child_height.max(height);
    match &mut parent.container {
        Container::Sequence(items) => items.push(value),
        Container::Mapping {
            map, pending_key, ..
        } => {
            if let Some((key, _)) = pending_key.take() {
                map.insert(key, value);
            }
        }
    }
}

fn not_mapping(at: Span) -> ParseError {
    ParseError::new(
        ParseErrorKind::FrontMatterNotMapping,
        "the front matter is not a mapping of keys to values",
        at,
    )
    .with_label("expected `key: value` lines")
    .with_help("write the front matter as `key: value` lines, e.g. `title: ...`")
}

fn non_scalar_key(at: Span) -> ParseError {
    ParseError::new(
        ParseErrorKind::Yaml,
        "invalid YAML in the front matter: a mapping key must be a plain value, not a list or a mapping",
        at,
    )
    .with_label("this key is a collection")
}

/// Rewrites the parser's wording for readers who do not know YAML's grammar terms.
fn plain_words(words: &str) -> String {
    words
        .replace("unexpected EOF", "unexpected end of the front matter")
        .replace("unexpected eof", "unexpected end of the front matter")
        .replace("EOF", "the end of the front matter")
}

fn is_tab_error(kind: &ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::TabInIndentation
            | ErrorKind::TabInBlockIndentation
            | ErrorKind::TabNotAllowed
            | ErrorKind::TabInPlainScalar
    )
}

fn help_for(kind: &ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::MappingValueNotAllowed => {
            "quote a value that contains `: `, e.g. `title: \"Budget: what changes\"`; if this line is a new key, start it in the same column as the other keys"
        }
        ErrorKind::UnclosedQuotedScalar => {
            "close the quoted value with the same quote it opens with"
        }
        ErrorKind::InvalidTrailingSingleQuotedScalar => {
            "inside single quotes write a quote twice (`'it''s'`), or use double quotes"
        }
        ErrorKind::InvalidTrailingDoubleQuotedScalar => {
            "inside double quotes escape a quote as `\\\"`, or use single quotes"
        }
        ErrorKind::TabInIndentation
        | ErrorKind::TabInBlockIndentation
        | ErrorKind::TabNotAllowed
        | ErrorKind::TabInPlainScalar => "indent the front matter with spaces, not tabs",
        ErrorKind::UnknownAnchor => "define the anchor (`&name`) before using the alias (`*name`)",
        ErrorKind::UnclosedFlowCollection { .. } => {
            "close the list with `]` (or the mapping with `}`) on the same value"
        }
        ErrorKind::ExpectedBlockMappingKey | ErrorKind::InvalidIndentation => {
            "check the indentation: keys of one mapping must start in the same column"
        }
        _ => return None,
    })
}

/// Resolves a scalar to a JSON value (YAML 1.2 core schema for plain scalars).
fn resolve_scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(suffix) = tag.and_then(Tag::core_suffix) {
        let resolved = match suffix {
            "null" => Some(Value::Null),
            "bool" => resolve_bool(text).map(Value::Bool),
            "int" => resolve_int(text).map(Value::Number),
            "float" => resolve_int(text)
                .or_else(|| resolve_float(text))
                .map(Value::Number),
            _ => None,
        };
        return resolved.unwrap_or_else(|| Value::String(text.to_owned()));
    }
    if style != ScalarStyle::Plain || tag.is_some() {
        return Value::String(text.to_owned());
    }
    resolve_plain(text)
}

/// YAML 1.2 core schema resolution of a plain scalar.
pub(crate) fn resolve_plain(text: &str) -> Value {
    if matches!(text, "" | "~" | "null" | "Null" | "NULL") {
        return Value::Null;
    }
    if let Some(b) = resolve_bool(text) {
        return Value::Bool(b);
    }
    if let Some(n) = resolve_int(text).or_else(|| resolve_float(text)) {
        return Value::Number(n);
    }
    Value::String(text.to_owned())
}

fn resolve_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`. Integers that do not fit 64 bits stay
/// strings (JSON numbers here cannot hold them exactly).
fn resolve_int(text: &str) -> Option<Number> {
    let radix = |digits: &str, radix: u32| -> Option<Number> {
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        u64::from_str_radix(digits, radix).ok().map(Number::from)
    };
    if let Some(octal) = text.strip_prefix("0o") {
        return radix(octal, 8);
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return radix(hex, 16);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if text.starts_with('-') {
        text.parse::<i64>().ok().map(Number::from)
    } else {
        digits.parse::<u64>().ok().map(Number::from)
    }
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`; `.inf` and `.nan` are not
/// numbers in JSON and stay strings.
fn resolve_float(text: &str) -> Option<Number> {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'-' | b'+')));
    let digits_from = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int_digits = digits_from(&mut i);
    let mut frac_digits = 0;
    let has_dot = bytes.get(i) == Some(&b'.');
    if has_dot {
        i += 1;
        frac_digits = digits_from(&mut i);
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    let has_exponent = matches!(bytes.get(i), Some(b'e' | b'E'));
    if !has_dot && !has_exponent {
        // An integer too large for 64 bits: kept as written.
        return None;
    }
    if has_exponent {
        i += 1;
        if matches!(bytes.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        if digits_from(&mut i) == 0 {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    let float: f64 = text.parse().ok()?;
    Number::from_f64(float)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(yaml: &str) -> Result<(Value, SpanIndex, Source), ParseError> {
        let source = Source::new("a.md", format!("---\n{yaml}---\n"));
        let content = Span::new(4, 4 + yaml.len());
        parse_yaml(&source, content).map(|(v, i)| (v, i, source))
    }

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        for (text, expected) in [
            ("true", json!(true)),
            ("False", json!(false)),
            ("TRUE", json!(true)),
            ("yes", json!("yes")),
            ("no", json!("no")),
            ("on", json!("on")),
            ("off", json!("off")),
            ("~", json!(null)),
            ("", json!(null)),
            ("NULL", json!(null)),
            ("12", json!(12)),
            ("-12", json!(-12)),
            ("+7", json!(7)),
            ("0o17", json!(15)),
            ("0x1F", json!(31)),
            ("1.5", json!(1.5)),
            (".5", json!(0.5)),
            ("1e3", json!(1000.0)),
            ("-2.5E-1", json!(-0.25)),
            (".inf", json!(".inf")),
            (".nan", json!(".nan")),
            ("1_000", json!("1_000")),
            ("2026-02-06", json!("2026-02-06")),
            (
                "2026-02-06T10:00:00+05:00",
                json!("2026-02-06T10:00:00+05:00"),
            ),
            ("99999999999999999999999", json!("99999999999999999999999")),
            ("0x", json!("0x")),
            (".", json!(".")),
            ("-", json!("-")),
        ] {
            assert_eq!(resolve_plain(text), expected, "{text:?}");
        }
    }

    #[test]
    fn quoted_block_and_tagged_scalars() {
        let (value, _, _) = parse(
            "a: \"true\"\nb: '12'\nc: |\n  true\nd: !!str 12\ne: !!int \"12\"\nf: !!bool 'true'\ng: !custom 5\n",
        )
        .unwrap();
        assert_eq!(
            value,
            json!({"a": "true", "b": "12", "c": "true\n", "d": "12", "e": 12, "f": true, "g": "5"})
        );
    }

    #[test]
    fn keys_become_strings_and_nested_spans_are_recorded() {
        let (value, index, source) = parse("1: x\ntrue: y\nm:\n  - a\n  - {b: [c]}\n").unwrap();
        assert_eq!(
            value,
            json!({"1": "x", "true": "y", "m": ["a", {"b": ["c"]}]})
        );
        let spans = |p: &str| {
            let n = index.get(p).unwrap();
            (n.key.map(|k| source.slice(k)), source.slice(n.value))
        };
        assert_eq!(spans("/m/1/b/0"), (None, "c"));
        assert_eq!(spans("/m/1/b"), (Some("b"), "[c]"));
        assert_eq!(spans("/m/1"), (None, "{b: [c]}"));
        assert_eq!(spans("/m"), (Some("m"), "- a\n  - {b: [c]}"));
        assert_eq!(spans(""), (None, "1: x\ntrue: y\nm:\n  - a\n  - {b: [c]}"));
    }

    #[test]
    fn block_scalar_span_ends_at_its_text() {
        let (_, index, source) = parse("summary: >\n  one\n  two\n\ntitle: x\n").unwrap();
        assert_eq!(
            source.slice(index.get("/summary").unwrap().value),
            "one\n  two"
        );
    }

    #[test]
    fn empty_and_comment_only_front_matter_is_an_empty_mapping() {
        for yaml in ["", "\n\n", "# just a comment\n"] {
            let (value, index, _) = parse(yaml).unwrap();
            assert_eq!(value, json!({}));
            assert!(index.get("").is_some());
        }
    }

    #[test]
    fn aliases_expand_with_the_alias_span() {
        let (value, index, source) = parse("a: &x {k: [1, 2]}\nb: *x\n").unwrap();
        assert_eq!(value, json!({"a": {"k": [1, 2]}, "b": {"k": [1, 2]}}));
        assert_eq!(source.slice(index.get("/b").unwrap().value), "*x");
        assert_eq!(index.nearest("/b/k/0").unwrap().0, "/b");
    }

    #[test]
    fn alias_as_key() {
        let (value, _, _) = parse("a: &k name\n*k : x\n").unwrap();
        assert_eq!(value, json!({"a": "name", "name": "x"}));
        let error = parse("a: &k [1]\n*k : x\n").unwrap_err();
        assert_eq!(error.kind, ParseErrorKind::Yaml);
    }

    #[test]
    fn collection_keys_are_rejected() {
        let error = parse("? [a]\n: x\n").unwrap_err();
        assert_eq!(error.kind, ParseErrorKind::Yaml);
        assert!(error.message.contains("key"), "{}", error.message);
    }

    #[test]
    fn second_document_is_rejected() {
        let error = parse("a: 1\n--- b\n").unwrap_err();
        assert_eq!(error.kind, ParseErrorKind::Yaml);
        assert!(error.message.contains("more than one"));
    }

    #[test]
    fn deep_alias_expansion_counts_toward_depth() {
        // An anchored 40-deep list, aliased 40 levels deep: 80 levels once expanded.
        let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
        let nested = format!("{}*d{}", "[".repeat(39), "]".repeat(39));
        let error = parse(&format!("a: &d {deep}\nb: {nested}\n")).unwrap_err();
        assert_eq!(error.kind, ParseErrorKind::YamlLimits);
    }

    #[test]
    fn self_referencing_alias_does_not_panic() {
        for yaml in ["a: &x [*x]\n", "a: *nope\n", "a: &x {b: *x}\n"] {
            assert_eq!(
                parse(yaml).unwrap_err().kind,
                ParseErrorKind::Yaml,
                "{yaml}"
            );
        }
    }
}
