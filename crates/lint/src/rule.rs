//! What every rule is: metadata beside a check over the parsed article.

use article_model::Article;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Level, Severity};

/// Which fixes a rule can offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixKind {
    None,
    /// Always safe.
    Safe,
    /// Always unsafe.
    Unsafe,
    /// Safe in some cases, unsafe in others, or only sometimes available.
    Sometimes,
}

impl FixKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Safe => "safe",
            Self::Unsafe => "unsafe",
            Self::Sometimes => "sometimes",
        }
    }
}

/// A rule's metadata. `article-lint rules`, `article-lint explain`, docs/rules.md and
/// the example tests are all generated from this.
#[derive(Debug)]
pub struct RuleMeta {
    /// `family/rule-name`.
    pub code: &'static str,
    /// One line: what it checks.
    pub summary: &'static str,
    pub default_level: Level,
    pub fix: FixKind,
    /// The long documentation (Markdown): what, why, style knobs, exceptions.
    pub docs: &'static str,
    /// An example that must trip exactly this rule. A body snippet, wrapped in the
    /// clean example front matter unless it starts with `---`.
    pub bad_example: &'static str,
    /// An example close to the bad one that must not trip it.
    pub good_example: &'static str,
}

impl RuleMeta {
    pub fn family(&self) -> &'static str {
        self.code.split_once('/').map_or(self.code, |(f, _)| f)
    }

    /// The severity this rule's findings have by default (`Warning` for rules off by
    /// default, used when a user turns them on without a level).
    pub fn default_severity(&self) -> Severity {
        self.default_level.severity().unwrap_or(Severity::Warning)
    }
}

/// A check over one article.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;

    /// Appends this rule's findings for `article` to `out`.
    fn check(&self, article: &Article, ctx: &Context, out: &mut Vec<Diagnostic>);
}
