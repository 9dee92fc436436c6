//! Memory admission for bulk runs.
//!
//! Converting a document takes memory in proportion to its size, several
//! times over, until its output is written. Rayon hands each worker the next
//! input as soon as it is free, so without a limit the largest documents of a
//! run could be converted at the same time and the peak would grow with the
//! thread count. Instead a worker takes a share of a byte budget, the size of
//! its document, before reading it, and gives the share back once the output
//! is written: documents that fit together run in parallel, and a document
//! larger than the whole budget runs alone.
//!
//! Shares are handed out first come, first served: a large document waiting
//! for room is never overtaken indefinitely by a stream of small ones.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Smallest budget, in bytes: runs of small documents still convert them
/// several at a time.
pub const MIN_CAPACITY: u64 = 8 << 20;

/// The budget of a run whose inputs have these sizes (as the file system
/// reports them; `None` when unknown): the largest input it will read, at
/// least [`MIN_CAPACITY`]. Inputs over `max_bytes` are refused before they are
/// read, so they take no share and do not count. Documents then run together
/// only while their sizes add up to no more than the largest one, and the
/// run's peak memory is about that of the largest document alone.
pub fn capacity_for(sizes: impl IntoIterator<Item = Option<u64>>, max_bytes: u64) -> u64 {
    sizes
        .into_iter()
        .flatten()
        .filter(|&size| size <= max_bytes)
        .fold(MIN_CAPACITY, u64::max)
}

/// The share an input of `size` bytes (`None`: unknown) asks for: an input
/// of unknown size may be as large as any, so it asks for the whole budget
/// (a share never exceeds it); one over `max_bytes` is refused before it is
/// read and asks for nothing.
pub fn share_for(size: Option<u64>, max_bytes: u64) -> u64 {
    match size {
        Some(size) if size > max_bytes => 0,
        Some(size) => size,
        None => u64::MAX,
    }
}

pub struct Budget {
    capacity: u64,
    state: Mutex<State>,
    /// Signalled whenever a share is granted or given back.
    changed: Condvar,
}

#[derive(Default)]
struct State {
    /// Bytes held by granted shares.
    in_use: u64,
    /// The ticket the next request draws.
    next_ticket: u64,
    /// The ticket whose turn it is; later tickets wait behind it.
    now_serving: u64,
}

/// A granted share, given back when dropped.
pub struct Share<'a> {
    budget: &'a Budget,
    bytes: u64,
}

impl Budget {
    pub fn new(capacity: u64) -> Budget {
        Budget {
            capacity: capacity.max(1),
            state: Mutex::default(),
            changed: Condvar::new(),
        }
    }

    /// The counters are plain numbers, consistent after every update, so a
    /// panic elsewhere while the lock was held leaves nothing to repair.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Wait for a share of `bytes` (the whole budget when `bytes` is more),
    /// after every earlier request has been served.
    pub fn acquire(&self, bytes: u64) -> Share<'_> {
        let bytes = bytes.min(self.capacity);
        let mut state = self.lock();
        let ticket = state.next_ticket;
        state.next_ticket += 1;
        while state.now_serving != ticket || state.in_use + bytes > self.capacity {
            state = self
                .changed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        state.now_serving += 1;
        state.in_use += bytes;
        drop(state);
        // The next request in line may fit beside this one.
        self.changed.notify_all();
        Share {
            budget: self,
            bytes,
        }
    }

    /// [`Budget::acquire`] without waiting: `None` when the share would have
    /// to wait for room or for an earlier request.
    #[cfg(test)]
    fn try_acquire(&self, bytes: u64) -> Option<Share<'_>> {
        let bytes = bytes.min(self.capacity);
        let mut state = self.lock();
        if state.now_serving != state.next_ticket || state.in_use + bytes > self.capacity {
            return None;
        }
        state.next_ticket += 1;
        state.now_serving += 1;
        state.in_use += bytes;
        Some(Share {
            budget: self,
            bytes,
        })
    }

    #[cfg(test)]
    fn in_use(&self) -> u64 {
        self.lock().in_use
    }
}

/// Inputs handed out one at a time in input order, each with its share, for
/// runs that keep a converted document until every earlier one is stored
/// (`kehoach db`: SQLite has one writer, and rows go in in input order).
/// Holding the shares of finished documents until they are stored bounds the
/// documents waiting in memory by the budget, whatever the thread count or
/// how far conversion runs ahead of storing.
///
/// An input's index and its place in the budget's line are drawn together.
/// Drawn apart, a later document could hold the budget while it waits to be
/// stored after an earlier one that waits for room: neither would move. In
/// input order, the earliest document not yet stored always got its share
/// before any later one, so it is being converted or is ready to store.
pub struct InOrder<'a> {
    budget: &'a Budget,
    sizes: Vec<u64>,
    next: Mutex<usize>,
}

impl<'a> InOrder<'a> {
    /// A queue of inputs whose sizes are `sizes` (`u64::MAX` when unknown:
    /// such an input takes the whole budget).
    pub fn new(budget: &'a Budget, sizes: Vec<u64>) -> InOrder<'a> {
        InOrder {
            budget,
            sizes,
            next: Mutex::new(0),
        }
    }

    /// The next input's index and its share, once there is room for it;
    /// `None` when every input has been handed out.
    pub fn next(&self) -> Option<(usize, Share<'a>)> {
        // The lock is held while waiting for room, so that no later input
        // can draw its place in line first (see the type's comment).
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        let index = *next;
        let size = *self.sizes.get(index)?;
        *next += 1;
        Some((index, self.budget.acquire(size)))
    }
}

impl Drop for Share<'_> {
    fn drop(&mut self) {
        let mut state = self.budget.lock();
        state.in_use -= self.bytes;
        drop(state);
        self.budget.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_run_together_only_while_they_fit() {
        let budget = Budget::new(100);
        let a = budget.try_acquire(30);
        let b = budget.try_acquire(60);
        assert!(a.is_some() && b.is_some());
        assert_eq!(budget.in_use(), 90);
        // A third one would take the total past the budget: it waits.
        assert!(budget.try_acquire(20).is_none());
        drop(b);
        assert!(budget.try_acquire(20).is_some());
        drop(a);
        assert_eq!(budget.in_use(), 0);
    }

    #[test]
    fn a_document_larger_than_the_budget_runs_alone() {
        let budget = Budget::new(100);
        let big = budget.try_acquire(500);
        assert!(big.is_some());
        assert_eq!(budget.in_use(), 100);
        assert!(budget.try_acquire(1).is_none());
        drop(big);
        let small = budget.try_acquire(1);
        assert!(small.is_some());
        // ... and waits while anything else runs.
        assert!(budget.try_acquire(500).is_none());
    }

    #[test]
    fn bulk_inputs_never_exceed_the_budget_whatever_the_threads() {
        use std::sync::atomic::{AtomicU64, Ordering};
        // Sizes as in a bulk run: many small documents, a few large ones,
        // one larger than the budget itself.
        let sizes: Vec<u64> = (0..200u64)
            .map(|i| match i % 50 {
                7 => 90,
                31 => 250,
                k => k % 13 + 1,
            })
            .collect();
        let budget = Budget::new(100);
        let held = AtomicU64::new(0);
        let most = AtomicU64::new(0);
        std::thread::scope(|scope| {
            for worker in 0..4 {
                let (budget, held, most, sizes) = (&budget, &held, &most, &sizes);
                scope.spawn(move || {
                    for &size in sizes.iter().skip(worker).step_by(4) {
                        let share = budget.acquire(size);
                        let now = held.fetch_add(size.min(100), Ordering::SeqCst) + size.min(100);
                        most.fetch_max(now, Ordering::SeqCst);
                        held.fetch_sub(size.min(100), Ordering::SeqCst);
                        drop(share);
                    }
                });
            }
        });
        assert!(most.load(Ordering::SeqCst) <= 100);
        assert_eq!(budget.in_use(), 0);
    }

    /// Workers convert out of order and a single writer stores in input
    /// order, giving a share back only once its document is stored. With the
    /// documents handed out in order the run always finishes (drawn out of
    /// order it could stall: see `InOrder`), and finished documents waiting
    /// to be stored never hold more than the budget.
    #[test]
    fn stored_in_order_the_waiting_documents_stay_within_the_budget() {
        use std::sync::atomic::{AtomicU64, Ordering};
        use std::sync::mpsc;
        use std::time::Duration;
        let sizes: Vec<u64> = (0..300u64)
            .map(|i| match i % 40 {
                3 | 22 => 100,
                17 => 70,
                k => k % 9 + 1,
            })
            .collect();
        let count = sizes.len();
        // Threads that are not scoped, so that a stalled run fails the test
        // instead of hanging it; they live as long as the test process.
        let budget: &'static Budget = Box::leak(Box::new(Budget::new(100)));
        let queue: &'static InOrder = Box::leak(Box::new(InOrder::new(budget, sizes)));
        let held: &'static AtomicU64 = Box::leak(Box::new(AtomicU64::new(0)));
        let most: &'static AtomicU64 = Box::leak(Box::new(AtomicU64::new(0)));
        let (tx, rx) = mpsc::channel();
        for worker in 0..4u64 {
            let tx = tx.clone();
            std::thread::spawn(move || {
                while let Some((index, share)) = queue.next() {
                    let size = share.bytes;
                    let now = held.fetch_add(size, Ordering::SeqCst) + size;
                    most.fetch_max(now, Ordering::SeqCst);
                    // Conversions of uneven length finish out of order.
                    if (index as u64 + worker).is_multiple_of(3) {
                        std::thread::sleep(Duration::from_micros(300));
                    }
                    let _ = tx.send((index, share));
                }
            });
        }
        drop(tx);
        let (done_tx, done_rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut pending = std::collections::BTreeMap::new();
            let mut stored = 0;
            for (index, share) in rx {
                pending.insert(index, share);
                while let Some(share) = pending.remove(&stored) {
                    held.fetch_sub(share.bytes, Ordering::SeqCst);
                    drop(share);
                    stored += 1;
                }
            }
            let _ = done_tx.send(stored);
        });
        assert_eq!(done_rx.recv_timeout(Duration::from_secs(60)), Ok(count));
        assert!(most.load(Ordering::SeqCst) <= 100);
        assert_eq!(budget.in_use(), 0);
        assert!(queue.next().is_none());
    }

    #[test]
    fn unknown_sizes_take_the_whole_budget_and_refused_inputs_nothing() {
        let budget = Budget::new(100);
        let unknown = budget.try_acquire(share_for(None, 1000));
        assert!(unknown.is_some());
        assert_eq!(budget.in_use(), 100);
        drop(unknown);
        assert_eq!(share_for(Some(1001), 1000), 0);
        assert_eq!(share_for(Some(1000), 1000), 1000);
        assert_eq!(share_for(Some(0), 1000), 0);
    }

    #[test]
    fn the_budget_is_the_largest_readable_input() {
        let mb = 1 << 20;
        assert_eq!(capacity_for([], 64 * mb), MIN_CAPACITY);
        assert_eq!(capacity_for([Some(1), None], 64 * mb), MIN_CAPACITY);
        assert_eq!(
            capacity_for([Some(3 * mb), Some(50 * mb), Some(9 * mb)], 64 * mb),
            50 * mb
        );
        // Refused before reading: no share needed.
        assert_eq!(
            capacity_for([Some(20 * mb), Some(900 * mb)], 64 * mb),
            20 * mb
        );
    }
}
