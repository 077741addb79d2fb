//! Per-article memo: analyses that several rules share (the date mentions, the number
//! context) are computed on first use and kept with the article, so each is built once
//! per article whatever the number of rules reading it.

use std::any::Any;
use std::ops::Deref;
use std::sync::OnceLock;

/// How many values of distinct types a memo keeps. The rule families memoize one
/// analysis each (two today); a value of a type beyond these is computed again on each
/// request rather than kept.
const SLOTS: usize = 8;

type Value = Box<dyn Any + Send + Sync>;

/// A type-keyed store of values derived from one article.
///
/// Every rule of a family asks for its analysis, so the look-up runs a dozen times per
/// article: it is a few plain loads, with no lock and no reference count to update (a
/// mutex and an `Arc` here cost the number rules over a point of their time).
#[derive(Default)]
pub struct Memo {
    slots: [OnceLock<Value>; SLOTS],
}

/// A memoized value, borrowed from the memo; owned only when every slot is taken.
pub enum Memoized<'a, T> {
    Kept(&'a T),
    Computed(Box<T>),
}

impl<T> Deref for Memoized<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        match self {
            Memoized::Kept(value) => value,
            Memoized::Computed(value) => value,
        }
    }
}

impl Memo {
    /// The value of type `T`, computed by `compute` the first time it is asked for.
    ///
    /// `compute` runs with nothing locked, so it may itself read other memoized values;
    /// if two threads race, the first value stored wins.
    pub fn get_or_insert_with<T: Any + Send + Sync>(
        &self,
        compute: impl FnOnce() -> T,
    ) -> Memoized<'_, T> {
        // Slots fill from the front and are never emptied: the first empty one ends
        // the search.
        for slot in &self.slots {
            match slot.get() {
                Some(value) => {
                    if let Some(found) = value.downcast_ref::<T>() {
                        return Memoized::Kept(found);
                    }
                }
                None => break,
            }
        }
        // Store it in the first empty slot; a slot another thread filled meanwhile may
        // hold this very type (then its value wins) or another (then try the next).
        let mut pending: Option<Value> = Some(Box::new(compute()));
        for slot in &self.slots {
            if let Some(value) = pending.take()
                && let Err(back) = slot.set(value)
            {
                pending = Some(back);
            }
            if let Some(found) = slot.get().and_then(|value| value.downcast_ref::<T>()) {
                return Memoized::Kept(found);
            }
        }
        // Every slot holds another type: `pending` is still this call's value.
        match pending.map(|value| value.downcast::<T>()) {
            Some(Ok(value)) => Memoized::Computed(value),
            _ => unreachable!("a value stored in a slot is found there on the same pass"),
        }
    }
}

impl Clone for Memo {
    /// A clone starts empty: memoized values belong to the article they came from.
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.slots.iter().filter(|s| s.get().is_some()).count();
        f.debug_struct("Memo").field("values", &count).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn computes_once_per_type() {
        let memo = Memo::default();
        let calls = AtomicUsize::new(0);
        let first = memo.get_or_insert_with(|| {
            calls.fetch_add(1, Ordering::SeqCst);
            41_u32
        });
        let second = memo.get_or_insert_with(|| {
            calls.fetch_add(1, Ordering::SeqCst);
            0_u32
        });
        assert_eq!((*first, *second), (41, 41));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(
            *memo.get_or_insert_with(|| String::from("other type")),
            "other type"
        );
    }

    #[test]
    fn a_clone_starts_empty() {
        let memo = Memo::default();
        memo.get_or_insert_with(|| 1_u8);
        assert_eq!(*memo.clone().get_or_insert_with(|| 2_u8), 2);
    }

    #[test]
    fn values_beyond_the_slots_are_computed_each_time() {
        struct Nth<const N: usize>(usize);
        let memo = Memo::default();
        macro_rules! fill {
            ($($n:literal)*) => {$(
                assert_eq!(memo.get_or_insert_with(|| Nth::<$n>($n)).0, $n);
            )*};
        }
        fill!(0 1 2 3 4 5 6 7);
        let calls = AtomicUsize::new(0);
        for _ in 0..2 {
            let ninth = memo.get_or_insert_with(|| {
                calls.fetch_add(1, Ordering::SeqCst);
                Nth::<8>(8)
            });
            assert!(matches!(ninth, Memoized::Computed(_)));
            assert_eq!(ninth.0, 8);
        }
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        // The first eight are still kept.
        assert!(matches!(
            memo.get_or_insert_with(|| Nth::<3>(99)),
            Memoized::Kept(Nth(3))
        ));
    }

    #[test]
    fn threads_racing_share_one_value() {
        let memo = Memo::default();
        let memo = &memo;
        let values: Vec<u64> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|k| scope.spawn(move || *memo.get_or_insert_with(move || k as u64)))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(values.iter().all(|v| *v == values[0]));
    }
}
