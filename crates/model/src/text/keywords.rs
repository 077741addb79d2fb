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
/// (a power of two, at least four times the number of words, so that probe sequences
/// stay short).
///
/// Most look-ups are misses (the words around a number are rarely units or
/// designators), and a miss that stops at the first empty slot takes a branch that
/// goes either way at random, as a quarter of the slots are full. Instead each slot
/// keeps a one-byte tag of its word's hash, and a look-up reads the same number of
/// slots every time (the longest probe sequence of the set, known when it is built),
/// comparing tags: a miss almost never matches one, so its only branches are the
/// loop's, the same on every call. A word is compared only on a matching tag.
pub(crate) struct Keywords<const SLOTS: usize> {
    words: &'static [&'static str],
    /// Index + 1 of the word in each slot; 0 for an empty slot.
    slots: [u16; SLOTS],
    /// The tag of the word in each slot (never 0); 0 for an empty slot.
    tags: [u8; SLOTS],
    /// How many slots from its hash's slot the farthest word sits, plus one.
    probes: usize,
}

impl<const SLOTS: usize> Keywords<SLOTS> {
    /// The set of `words`. Fails to compile (a panic in a constant) when the table is
    /// too small, a word has an ASCII capital or is listed twice.
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(SLOTS.is_power_of_two() && words.len() * 4 <= SLOTS);
        assert!(words.len() < u16::MAX as usize);
        let mut slots = [0u16; SLOTS];
        let mut tags = [0u8; SLOTS];
        let mut probes = 1;
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty());
            let mut b = 0;
            while b < word.len() {
                assert!(!word[b].is_ascii_uppercase());
                b += 1;
            }
            let hashed = hash(word);
            let mut slot = hashed & (SLOTS - 1);
            let mut distance = 1;
            while slots[slot] != 0 {
                assert!(!bytes_eq(words[slots[slot] as usize - 1].as_bytes(), word));
                slot = (slot + 1) & (SLOTS - 1);
                distance += 1;
            }
            slots[slot] = k as u16 + 1;
            tags[slot] = tag(hashed);
            if distance > probes {
                probes = distance;
            }
            k += 1;
        }
        Self {
            words,
            slots,
            tags,
            probes,
        }
    }

    /// Whether `word` (compared as it is: lowercase it first) is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() {
            return false;
        }
        let hashed = hash(bytes);
        let tag = tag(hashed);
        let mut slot = hashed & (SLOTS - 1);
        for _ in 0..self.probes {
            if self.tags[slot] == tag
                && let Some(index) = usize::from(self.slots[slot]).checked_sub(1)
                && self.words.get(index) == Some(&word)
            {
                return true;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        false
    }

    /// How many slots every look-up reads.
    #[cfg(test)]
    pub(crate) fn probes(&self) -> usize {
        self.probes
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

/// A word's tag: eight bits of its hash above those that pick a slot (for tables of
/// up to 1,024 slots), never 0, which marks an empty slot.
const fn tag(hashed: usize) -> u8 {
    ((hashed >> 10) as u8) | 1
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

    #[test]
    fn words_sharing_a_hash_are_all_found() {
        // Same length, first, middle and last byte: one hash, one tag, consecutive
        // slots; each is found past the others and told from them by its bytes.
        static TWINS: Keywords<16> = Keywords::new(&["axbcd", "aybcd", "azbcd"]);
        assert_eq!(hash(b"axbcd"), hash(b"azbcd"));
        assert_eq!(TWINS.probes(), 3);
        for word in TWINS.words() {
            assert!(TWINS.contains(word), "{word}");
        }
        assert!(!TWINS.contains("awbcd") && !TWINS.contains("abcd"));
    }
}
