//! Dates in prose: every written form recognized from tokens, as a civil date with its span.
