//! Plain-words pieces of messages.

use jsonschema::JsonType;
use serde_json::Value;

/// How a field is named in messages: `` `title` ``, `` `author[0].name` ``, or "the
/// front matter" for the root.
pub(crate) fn subject(pointer: &str) -> String {
    if pointer.is_empty() {
        return "the front matter".to_owned();
    }
    format!("`{}`", field_path(pointer))
}

/// `/author/0/name` → `author[0].name`.
pub(crate) fn field_path(pointer: &str) -> String {
    let mut out = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            out.push('[');
            out.push_str(&segment);
            out.push(']');
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&segment);
        }
    }
    out
}

/// The last segment of a pointer, unescaped.
pub(crate) fn last_segment(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
}

/// The parent pointer (`/a/b` → `/a`, `/a` → ``).
pub(crate) fn parent_pointer(pointer: &str) -> &str {
    pointer.rfind('/').map_or("", |slash| &pointer[..slash])
}

pub(crate) fn type_name(kind: JsonType) -> &'static str {
    match kind {
        JsonType::String => "text",
        JsonType::Number => "a number",
        JsonType::Integer => "a whole number",
        JsonType::Boolean => "true or false",
        JsonType::Array => "a list",
        JsonType::Object => "a mapping (key: value pairs)",
        JsonType::Null => "empty",
    }
}

/// "text", "text or a list", "text, a number or a list".
pub(crate) fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The offending value in a message: `"06/02/2026"`, `the number 5`, `true`, `a list`.
pub(crate) fn found(value: &Value) -> String {
    match value {
        Value::String(text) => quoted(text),
        Value::Number(number) => format!("the number {number}"),
        Value::Bool(flag) => flag.to_string(),
        Value::Null => "an empty value".to_owned(),
        Value::Array(items) if items.is_empty() => "an empty list".to_owned(),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "a mapping".to_owned(),
    }
}

/// A string in double quotes, escaped like JSON, shortened to 60 characters.
pub(crate) fn quoted(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() > MAX {
        let head: String = text.chars().take(MAX - 1).collect();
        let json = serde_json::to_string(&head).unwrap_or_default();
        format!("{}…\"", &json[..json.len() - 1])
    } else {
        serde_json::to_string(text).unwrap_or_default()
    }
}

/// A value as it would be written inline in YAML/JSON: `world`, `2026-02-06`,
/// `["floods", "pakistan"]`.
pub(crate) fn inline(value: &Value) -> String {
    match value {
        Value::String(text)
            if !text.is_empty()
                && text
                    .chars()
                    .all(|c| c.is_alphanumeric() || " -_.:/+@".contains(c))
                && !text.starts_with([' ', '-', ':'])
                && !text.ends_with(' ') =>
        {
            text.clone()
        }
        other => other.to_string(),
    }
}

/// A phrase for a `format` value, with an example.
pub(crate) fn format_phrase(format: &str) -> String {
    match format {
        "date" => "a date such as 2026-02-06".to_owned(),
        "date-time" => "a date and time such as 2026-02-06T09:30:00+05:00".to_owned(),
        "local-date-time" => "a date and time without offset".to_owned(),
        "time" => "a time such as 09:30:00+05:00".to_owned(),
        "duration" => "a duration such as PT1H30M".to_owned(),
        "email" | "idn-email" => "an email address such as desk@example.com".to_owned(),
        "uri" | "iri" => "a full URL such as https://example.com/page".to_owned(),
        "uri-reference" | "iri-reference" => "a URL or a relative link".to_owned(),
        "hostname" | "idn-hostname" => "a host name such as example.com".to_owned(),
        "ipv4" => "an IPv4 address such as 192.0.2.1".to_owned(),
        "ipv6" => "an IPv6 address such as 2001:db8::1".to_owned(),
        "uuid" => "a UUID such as 123e4567-e89b-12d3-a456-426614174000".to_owned(),
        "regex" => "a regular expression".to_owned(),
        "json-pointer" => "a JSON pointer such as /author/0".to_owned(),
        other => format!("in the `{other}` format"),
    }
}

/// A short noun for a `format`, for labels: "a date", "an email address".
pub(crate) fn format_noun(format: &str) -> String {
    let phrase = format_phrase(format);
    match phrase.find(" such as ") {
        Some(at) => phrase[..at].to_owned(),
        None => phrase,
    }
}

/// `maxLength` → `max-length`, `$ref` → `ref`.
pub(crate) fn kebab(keyword: &str) -> String {
    let mut out = String::new();
    for c in keyword.trim_start_matches('$').chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub(crate) fn plural(count: u64, one: &str, many: &str) -> String {
    if count == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

/// The closest candidate within a small edit distance (for "did you mean").
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let limit = (word.chars().count() / 3).clamp(1, 3);
    candidates
        .into_iter()
        .map(|candidate| {
            (
                edit_distance(&word_lower, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, candidate)| (*distance, *candidate))
        .map(|(_, candidate)| candidate)
}

/// Edit distance counting a swap of two neighbouring letters as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1)
                .min(table[i][j - 1] + 1)
                .min(table[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_read_as_field_paths() {
        assert_eq!(subject(""), "the front matter");
        assert_eq!(subject("/title"), "`title`");
        assert_eq!(subject("/author/0/name"), "`author[0].name`");
        assert_eq!(subject("/a~1b/c~0d"), "`a/b.c~d`");
        assert_eq!(last_segment("/a/x~1y"), "x/y");
        assert_eq!(parent_pointer("/a/b"), "/a");
        assert_eq!(parent_pointer("/a"), "");
    }

    #[test]
    fn values_are_described_in_plain_words() {
        assert_eq!(found(&json!("en_US")), "\"en_US\"");
        assert_eq!(found(&json!(5)), "the number 5");
        assert_eq!(found(&json!(null)), "an empty value");
        assert_eq!(found(&json!([])), "an empty list");
        let long = "x".repeat(100);
        assert_eq!(quoted(&long).chars().count(), 62);
        assert!(quoted(&long).ends_with("x…\""));
        assert_eq!(quoted("a\nb"), "\"a\\nb\"");
    }

    #[test]
    fn keywords_become_kebab_codes() {
        assert_eq!(kebab("maxLength"), "max-length");
        assert_eq!(kebab("uniqueItems"), "unique-items");
        assert_eq!(kebab("anyOf"), "any-of");
        assert_eq!(kebab("$ref"), "ref");
        assert_eq!(kebab("x-foo"), "x-foo");
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        let names = ["title", "published", "author"];
        assert_eq!(closest("titel", names), Some("title"));
        assert_eq!(closest("publishd", names), Some("published"));
        assert_eq!(closest("zzz", names), None);
        assert_eq!(closest("sprot", ["sport", "world"]), Some("sport"));
        assert_eq!(edit_distance("titel", "title"), 1);
    }

    #[test]
    fn lists_join_with_or() {
        let items = [
            "text".to_owned(),
            "a list".to_owned(),
            "a number".to_owned(),
        ];
        assert_eq!(join_or(&items[..1]), "text");
        assert_eq!(join_or(&items[..2]), "text or a list");
        assert_eq!(join_or(&items), "text, a list or a number");
    }
}
