//! article-lint.
