//! Sets of lowercase keywords looked up by hashing, built at compile time.
//!
//! The number analysis tests the words around every mention against lists of
//! keywords (units, designators, qualifiers). Written as a `match` over strings, a
//! list of two hundred words compiles to kilobytes of comparisons, taken one after
//! another in an order no branch predictor can learn, and pushes the rest of the
//! analysis out of the instruction cache. A [`Keywords`] set is data instead: a hash
//! of the word's length and three of its bytes picks a slot, and nearly every look-up
//! compares one word at most.

/// A set of lowercase keywords in an open-addressing table of `SLOTS` entries
/// (a power of two, at least four times the number of words, so that most slots are
/// empty and a look-up nearly always stops at its first slot).
pub(crate) struct Keywords<const SLOTS: usize> {
    words: &'static [&'static str],
    /// Index + 1 of the word in each slot; 0 for an empty slot.
    slots: [u16; SLOTS],
}

impl<const SLOTS: usize> Keywords<SLOTS> {
    /// The set of `words`. Fails to compile (a panic in a constant) when the table is
    /// too small, a word has an ASCII capital or is listed twice.
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(SLOTS.is_power_of_two() && words.len() * 4 <= SLOTS);
        assert!(words.len() < u16::MAX as usize);
        let mut slots = [0u16; SLOTS];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty());
            let mut b = 0;
            while b < word.len() {
                assert!(!word[b].is_ascii_uppercase());
                b += 1;
            }
            let mut slot = hash(word) & (SLOTS - 1);
            while slots[slot] != 0 {
                assert!(!bytes_eq(words[slots[slot] as usize - 1].as_bytes(), word));
                slot = (slot + 1) & (SLOTS - 1);
            }
            slots[slot] = k as u16 + 1;
            k += 1;
        }
        Self { words, slots }
    }

    /// Whether `word` (compared as it is: lowercase it first) is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() {
            return false;
        }
        let mut slot = hash(bytes) & (SLOTS - 1);
        // At most `SLOTS` probes; the table is three quarters empty, so it ends at the
        // first empty slot long before.
        for _ in 0..SLOTS {
            match self.slots[slot] {
                0 => return false,
                index => {
                    if self.words.get(usize::from(index) - 1) == Some(&word) {
                        return true;
                    }
                }
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        false
    }

    /// The words of the set, in the order given.
    #[cfg(test)]
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// A hash of a non-empty word's length, first, middle and last bytes: no loop, so no
/// branch that depends on the word.
const fn hash(word: &[u8]) -> usize {
    let len = word.len();
    let first = word[0] as usize;
    let middle = word[len / 2] as usize;
    let last = word[len - 1] as usize;
    let mixed =
        (first.wrapping_mul(0x9e37) ^ middle.wrapping_mul(0x85eb) ^ last.wrapping_mul(0xc2b3))
            .wrapping_add(len.wrapping_mul(0x27d5));
    mixed ^ (mixed >> 7)
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    static SMALL: Keywords<16> = Keywords::new(&["km", "miles", "kg", "m"]);

    #[test]
    fn finds_every_word_and_nothing_else() {
        for word in SMALL.words() {
            assert!(SMALL.contains(word), "{word}");
        }
        for word in ["", "k", "KM", "mile", "milesx", "kgs", "mm", "ḿ", "the"] {
            assert!(!SMALL.contains(word), "{word}");
        }
    }
}
