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
];

/// Codes about the run rather than an article's content.
pub const RUN_CODES: &[&str] = &["io/read"];

pub fn all_codes() -> impl Iterator<Item = &'static str> {
    ParseErrorKind::ALL
        .iter()
        .map(|kind| kind.code())
        .chain(SCHEMA_CODES.iter().copied())
        .chain(RUN_CODES.iter().copied())
        .chain(rules::all().iter().map(|rule| rule.meta().code))
}
