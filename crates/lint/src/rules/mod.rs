//! Every rule, by family (one folder a family, one file a rule).

pub mod date;
pub mod front_matter;
pub mod number;

use std::sync::OnceLock;

use crate::rule::Rule;

/// Every rule, in code order.
pub fn all() -> &'static [&'static dyn Rule] {
    static ALL: OnceLock<Vec<&'static dyn Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut rules: Vec<&'static dyn Rule> = Vec::new();
        rules.extend_from_slice(date::RULES);
        rules.extend_from_slice(front_matter::RULES);
        rules.extend_from_slice(number::RULES);
        rules.sort_by_key(|rule| rule.meta().code);
        rules
    })
}

/// The rule with this code.
pub fn by_code(code: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|rule| rule.meta().code == code)
}
