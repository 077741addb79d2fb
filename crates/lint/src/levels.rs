//! Which level each code runs at: rule defaults, overridden by configuration entries
//! for a code (`date/future`), a family (`date/*` or `date`) or everything (`*`).

use std::collections::BTreeMap;

use crate::diagnostic::{Level, Severity, family_of};
use crate::rules;

/// Configured levels. The most specific entry wins: code, then family, then `*`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels {
    entries: BTreeMap<String, Level>,
}

impl Levels {
    /// Sets the level of a code, a family (`date/*` or `date`) or `*`.
    pub fn set(&mut self, selector: &str, level: Level) {
        let key = selector.strip_suffix("/*").unwrap_or(selector);
        self.entries.insert(key.to_owned(), level);
    }

    /// Lays `other` over `self` (its entries win).
    pub fn merge(&mut self, other: &Levels) {
        for (key, level) in &other.entries {
            self.entries.insert(key.clone(), *level);
        }
    }

    fn configured(&self, code: &str) -> Option<Level> {
        self.entries
            .get(code)
            .or_else(|| self.entries.get(family_of(code)))
            .or_else(|| self.entries.get("*"))
            .copied()
    }

    /// Whether a rule runs at all.
    pub fn enabled(&self, code: &str, default: Level) -> bool {
        self.configured(code).unwrap_or(default) != Level::Off
    }

    /// The severity a finding ends up with: the configured level, else what the check
    /// chose; `None` when the code is off.
    pub fn resolve(&self, code: &str, emitted: Severity) -> Option<Severity> {
        match self.configured(code) {
            Some(level) => level.severity(),
            None => Some(emitted),
        }
    }

    /// Whether `selector` names a known code or family (for "did you mean").
    pub fn is_known_selector(selector: &str) -> bool {
        let key = selector.strip_suffix("/*").unwrap_or(selector);
        key == "*" || crate::codes::all_codes().any(|code| code == key || family_of(code) == key)
    }

    /// Why the level of `selector` cannot be changed, when it names run problems
    /// (`io/*`, `config/*`): they always count, so accepting a level for them would
    /// look like it worked.
    pub fn fixed_level_reason(selector: &str) -> Option<&'static str> {
        match family_of(selector) {
            "io" => Some("a file that cannot be read always makes the run exit 2"),
            "config" => Some("a configuration that cannot be used always stops the run (exit 2)"),
            _ => None,
        }
    }

    /// The closest known code or family to a misspelled selector.
    pub fn suggest(selector: &str) -> Option<String> {
        let candidates = crate::codes::all_codes()
            .flat_map(|code| [code.to_owned(), format!("{}/*", family_of(code))]);
        candidates
            .map(|candidate| (edit_distance(selector, &candidate), candidate))
            .filter(|(distance, candidate)| *distance <= candidate.len() / 3 + 1)
            .min()
            .map(|(_, candidate)| candidate)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn rules_enabled(&self) -> impl Iterator<Item = &'static dyn crate::rule::Rule> + '_ {
        rules::all()
            .iter()
            .copied()
            .filter(|rule| self.enabled(rule.meta().code, rule.meta().default_level))
    }
}

/// Levenshtein distance over chars.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_specific_entry_wins() {
        let mut levels = Levels::default();
        levels.set("*", Level::Error);
        levels.set("date/*", Level::Off);
        levels.set("date/future", Level::Warning);
        assert_eq!(
            levels.resolve("date/future", Severity::Error),
            Some(Severity::Warning)
        );
        assert_eq!(levels.resolve("date/order", Severity::Error), None);
        assert_eq!(
            levels.resolve("number/percent", Severity::Info),
            Some(Severity::Error)
        );
        assert!(!levels.enabled("date/order", Level::Error));
    }

    #[test]
    fn unconfigured_codes_keep_their_severity() {
        let levels = Levels::default();
        assert_eq!(
            levels.resolve("schema/type", Severity::Error),
            Some(Severity::Error)
        );
        assert!(!levels.enabled("date/weekday-window", Level::Off));
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("date/futur", "date/future"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
        assert_eq!(edit_distance("", "ab"), 2);
    }
}
