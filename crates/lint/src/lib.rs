//! `article-lint`: checks news articles before they are merged or published.
//!
//! The flow is one-way: discover paths → read bytes → parse (`article-model`) →
//! validate (`article-schema`) → rules → diagnostics → report.

pub mod baseline;
pub mod changed;
pub mod cli;
pub mod codes;
pub mod config;
pub mod context;
pub mod diagnostic;
pub mod discover;
pub mod docs;
pub mod engine;
pub mod examples;
pub mod fix;
pub mod levels;
pub mod report;
pub mod rule;
pub mod rules;
pub mod style;
pub mod suppress;
