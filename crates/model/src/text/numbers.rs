//! Numbers in context: words, magnitudes, units, currencies and protection.
