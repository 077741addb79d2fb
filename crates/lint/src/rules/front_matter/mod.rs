//! `front-matter/*`: front matter values checked against the configuration (what a
//! JSON Schema shared by every site cannot know).

mod section;

use crate::rule::Rule;

/// The front matter rules.
pub static RULES: &[&dyn Rule] = &[&section::Section];
