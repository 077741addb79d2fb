//! Every diagnostic code article-lint can emit: parse errors, schema keywords and
//! rules. Used for "did you mean", `rules` and the docs.

use article_model::ParseErrorKind;

use crate::rules;

/// Schema codes (`schema/<keyword>` in kebab case) the bundled and user schemas emit.
pub const SCHEMA_CODES: &[&str] = &[
    "schema/required",
    "schema/type",
    "schema/format",
    "schema/pattern",
    "schema/min-length",
    "schema/max-length",
    "schema/minimum",
    "schema/maximum",
    "schema/enum",
    "schema/const",
    "schema/unique-items",
    "schema/min-items",
    "schema/max-items",
    "schema/additional-properties",
    "schema/any-of",
    "schema/one-of",
    "schema/recommended",
    // Keywords the bundled schema does not use but a user schema may: every keyword
    // the validator reports has its code, so each can be set or ignored like the rest.
    "schema/not",
    "schema/contains",
    "schema/property-names",
    "schema/min-properties",
    "schema/max-properties",
    "schema/false-schema",
    "schema/multiple-of",
    "schema/exclusive-minimum",
    "schema/exclusive-maximum",
    "schema/unevaluated-properties",
    "schema/unevaluated-items",
    "schema/additional-items",
    "schema/content-encoding",
    "schema/content-media-type",
    "schema/ref",
];

/// Codes about the run rather than an article's content.
pub const RUN_CODES: &[&str] = &[
    "io/read",
    "config/invalid",
    "config/unknown-rule",
    "lint/unused-suppression",
    "lint/unknown-code",
];

pub fn all_codes() -> impl Iterator<Item = &'static str> {
    ParseErrorKind::ALL
        .iter()
        .map(|kind| kind.code())
        .chain(SCHEMA_CODES.iter().copied())
        .chain(RUN_CODES.iter().copied())
        .chain(rules::all().iter().map(|rule| rule.meta().code))
}

/// Documentation of a code that is not a [`crate::rule::Rule`]: parse errors, schema
/// keywords and run problems. `rules`, `explain` and docs/rules.md show these beside
/// the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    pub code: &'static str,
    pub default_level: crate::diagnostic::Level,
    /// One line: what the finding means.
    pub summary: &'static str,
}

/// The metadata of every non-rule code (a test keeps it complete).
pub const BUILTIN_CODES: &[CodeInfo] = {
    use crate::diagnostic::Level::{Error, Info, Warning};
    const fn info(
        code: &'static str,
        default_level: crate::diagnostic::Level,
        summary: &'static str,
    ) -> CodeInfo {
        CodeInfo {
            code,
            default_level,
            summary,
        }
    }
    &[
        info(
            "parse/utf8",
            Error,
            "The file is not valid UTF-8 (the byte offset of the first bad byte is reported).",
        ),
        info(
            "parse/empty",
            Error,
            "The file is empty (or holds only a byte order mark or whitespace).",
        ),
        info(
            "parse/binary",
            Error,
            "The file looks binary (it contains NUL bytes).",
        ),
        info(
            "parse/too-large",
            Error,
            "The file is larger than the size limit for one article.",
        ),
        info(
            "parse/front-matter-missing",
            Error,
            "The file does not open with a `---` front matter line.",
        ),
        info(
            "parse/front-matter-unterminated",
            Error,
            "The opening `---` has no closing `---` or `...` line.",
        ),
        info("parse/yaml", Error, "The front matter is not valid YAML."),
        info(
            "parse/front-matter-not-mapping",
            Error,
            "The front matter is valid YAML but not a mapping of keys to values.",
        ),
        info(
            "parse/duplicate-key",
            Error,
            "The same key appears twice in one mapping of the front matter.",
        ),
        info(
            "parse/yaml-limits",
            Error,
            "Alias expansion, nesting depth or node count of the front matter went past the bounds.",
        ),
        info(
            "schema/required",
            Error,
            "A property the schema requires is missing.",
        ),
        info(
            "schema/type",
            Error,
            "A value has the wrong type (for example a list where a string is expected).",
        ),
        info(
            "schema/format",
            Error,
            "A string is not in the expected format (date, date-time, email, uri).",
        ),
        info(
            "schema/pattern",
            Error,
            "A string does not match the schema's pattern.",
        ),
        info(
            "schema/min-length",
            Error,
            "A string is shorter than the schema allows.",
        ),
        info(
            "schema/max-length",
            Error,
            "A string is longer than the schema allows.",
        ),
        info(
            "schema/minimum",
            Error,
            "A number is below the schema's minimum.",
        ),
        info(
            "schema/maximum",
            Error,
            "A number is above the schema's maximum.",
        ),
        info(
            "schema/enum",
            Error,
            "A value is not one of the values the schema allows.",
        ),
        info(
            "schema/const",
            Error,
            "A value differs from the one value the schema allows.",
        ),
        info(
            "schema/unique-items",
            Error,
            "A list holds the same item twice.",
        ),
        info(
            "schema/min-items",
            Error,
            "A list has fewer items than the schema allows.",
        ),
        info(
            "schema/max-items",
            Error,
            "A list has more items than the schema allows.",
        ),
        info(
            "schema/additional-properties",
            Error,
            "A property is not one the schema knows.",
        ),
        info(
            "schema/any-of",
            Error,
            "A value matches none of the alternatives the schema allows.",
        ),
        info(
            "schema/one-of",
            Error,
            "A value matches none, or more than one, of the schema's exclusive alternatives.",
        ),
        info(
            "schema/recommended",
            Warning,
            "A recommended property (listed under the schema's `x-recommended`) is missing.",
        ),
        info(
            "schema/not",
            Error,
            "A value matches a schema it must not match (`not`).",
        ),
        info(
            "schema/contains",
            Error,
            "A list has no item of the kind the schema requires (`contains`, `minContains`, `maxContains`).",
        ),
        info(
            "schema/property-names",
            Error,
            "A mapping has a key the schema does not allow as a name (`propertyNames`).",
        ),
        info(
            "schema/min-properties",
            Error,
            "A mapping has fewer keys than the schema's `minProperties`.",
        ),
        info(
            "schema/max-properties",
            Error,
            "A mapping has more keys than the schema's `maxProperties`.",
        ),
        info(
            "schema/false-schema",
            Error,
            "A value is present where the schema allows nothing (a `false` schema).",
        ),
        info(
            "schema/multiple-of",
            Error,
            "A number is not a multiple of the schema's `multipleOf`.",
        ),
        info(
            "schema/exclusive-minimum",
            Error,
            "A number is not above the schema's `exclusiveMinimum`.",
        ),
        info(
            "schema/exclusive-maximum",
            Error,
            "A number is not below the schema's `exclusiveMaximum`.",
        ),
        info(
            "schema/unevaluated-properties",
            Error,
            "A mapping has keys that no part of the schema describes (`unevaluatedProperties`).",
        ),
        info(
            "schema/unevaluated-items",
            Error,
            "A list has items that no part of the schema describes (`unevaluatedItems`).",
        ),
        info(
            "schema/additional-items",
            Error,
            "A list has more items than the schema's `items` list allows (`additionalItems`).",
        ),
        info(
            "schema/content-encoding",
            Error,
            "A string is not in the schema's `contentEncoding` (such as base64).",
        ),
        info(
            "schema/content-media-type",
            Error,
            "A string is not of the schema's `contentMediaType` (such as JSON).",
        ),
        info(
            "schema/ref",
            Error,
            "A `$ref` of the schema cannot be followed while checking a value.",
        ),
        info(
            "io/read",
            Error,
            "A file, or a folder met while walking, could not be read (missing, unreadable, or a permission problem); everything else is still checked.",
        ),
        info(
            "config/invalid",
            Error,
            "A configuration file cannot be used (invalid YAML, a duplicate key, not a mapping, or a bad glob, time zone, day or style knob); the run stops with exit 2.",
        ),
        info(
            "config/unknown-rule",
            Error,
            "A configuration `rules:` entry names no known code or family; the closest one is suggested and the run stops with exit 2.",
        ),
        info(
            "lint/unused-suppression",
            Info,
            "An `article-lint-disable` comment or `lint: {ignore: [...]}` entry that hid no finding (remove it).",
        ),
        info(
            "lint/unknown-code",
            Warning,
            "A suppression names no known code or family; the closest one is suggested.",
        ),
    ]
};

/// The metadata of a non-rule code.
pub fn builtin(code: &str) -> Option<&'static CodeInfo> {
    BUILTIN_CODES.iter().find(|info| info.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_non_rule_code_is_documented() {
        let non_rule = ParseErrorKind::ALL
            .iter()
            .map(|kind| kind.code())
            .chain(SCHEMA_CODES.iter().copied())
            .chain(RUN_CODES.iter().copied());
        for code in non_rule {
            assert!(
                builtin(code).is_some(),
                "{code} has no entry in BUILTIN_CODES"
            );
        }
        for info in BUILTIN_CODES {
            assert!(
                all_codes().any(|code| code == info.code),
                "{} is documented but never emitted",
                info.code
            );
        }
    }
}
