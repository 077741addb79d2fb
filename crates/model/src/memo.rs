//! Per-article memo: analyses that several rules share (the date mentions, the number
//! context) are computed on first use and kept with the article, so each is built once
//! per article whatever the number of rules reading it.

use std::any::{Any, TypeId};
use std::sync::{Arc, Mutex};

/// A type-keyed store of values derived from one article.
#[derive(Default)]
pub struct Memo {
    slots: Mutex<Vec<(TypeId, Arc<dyn Any + Send + Sync>)>>,
}

impl Memo {
    /// The value of type `T`, computed by `compute` the first time it is asked for.
    ///
    /// `compute` runs without the lock held, so it may itself read other memoized
    /// values; if two threads race, the first value stored wins.
    pub fn get_or_insert_with<T: Any + Send + Sync>(&self, compute: impl FnOnce() -> T) -> Arc<T> {
        if let Some(found) = self.get::<T>() {
            return found;
        }
        let computed: Arc<dyn Any + Send + Sync> = Arc::new(compute());
        let mut slots = self
            .slots
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let stored = match slots.iter().find(|(id, _)| *id == TypeId::of::<T>()) {
            Some((_, existing)) => Arc::clone(existing),
            None => {
                slots.push((TypeId::of::<T>(), Arc::clone(&computed)));
                computed
            }
        };
        stored
            .downcast::<T>()
            .unwrap_or_else(|_| unreachable!("slots are keyed by their value's TypeId"))
    }

    fn get<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        let slots = self
            .slots
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (_, value) = slots.iter().find(|(id, _)| *id == TypeId::of::<T>())?;
        Arc::clone(value).downcast::<T>().ok()
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
        let count = self.slots.lock().map(|slots| slots.len()).unwrap_or(0);
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
}
