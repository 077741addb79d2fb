//! JSON pointer → source spans of the key and the value it names.

use std::collections::HashMap;

use crate::Span;

/// Where one front matter node sits in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpans {
    /// The mapping key (`None` for sequence items and the root).
    pub key: Option<Span>,
    /// The value: a scalar's text (quotes included), or a collection from its first to
    /// its last character.
    pub value: Span,
}

/// Spans of every node of the front matter, by RFC 6901 JSON pointer (`""` is the root
/// mapping, `/author/0/name` a nested key; `~` and `/` in keys escape as `~0`, `~1`).
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    nodes: HashMap<String, NodeSpans>,
}

impl SpanIndex {
    pub fn insert(&mut self, pointer: String, spans: NodeSpans) {
        self.nodes.insert(pointer, spans);
    }

    pub fn get(&self, pointer: &str) -> Option<&NodeSpans> {
        self.nodes.get(pointer)
    }

    /// The node at `pointer`, or its closest ancestor that has spans.
    pub fn nearest(&self, pointer: &str) -> Option<(&str, &NodeSpans)> {
        let mut current = pointer;
        loop {
            if let Some((stored, spans)) = self.nodes.get_key_value(current) {
                return Some((stored.as_str(), spans));
            }
            if current.is_empty() {
                return None;
            }
            current = current.rfind('/').map_or("", |slash| &current[..slash]);
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &NodeSpans)> {
        self.nodes.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// `parent` + `/` + escaped `segment`.
pub fn child_pointer(parent: &str, segment: &str) -> String {
    format!("{parent}/{}", escape_pointer_segment(segment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_walks_up_to_an_ancestor() {
        let mut index = SpanIndex::default();
        index.insert(
            String::new(),
            NodeSpans {
                key: None,
                value: Span::new(0, 10),
            },
        );
        index.insert(
            "/author".into(),
            NodeSpans {
                key: Some(Span::new(0, 6)),
                value: Span::new(8, 10),
            },
        );
        assert_eq!(index.nearest("/author/0/name").unwrap().0, "/author");
        assert_eq!(index.nearest("/title").unwrap().0, "");
    }

    #[test]
    fn pointer_segments_escape_tilde_and_slash() {
        assert_eq!(child_pointer("/a", "x/y~z"), "/a/x~1y~0z");
    }
}
