//! How the allocator gives memory back, chosen per run from its largest input.
//!
//! mimalloc returns freed memory to the system after a short delay (10 ms by
//! default), so that memory freed and soon needed again is not faulted in
//! anew. Converting a large document frees one stage's structures and builds
//! the next stage's within that delay, and both then count in the resident
//! peak: a 50 MB plan peaked at 243–269 MB with the delay and at 223 MB
//! without it. Without the delay, a run of many small documents spends more
//! time in the kernel instead (system time 0.09 → 0.23 s on 200 plans of up to
//! 1 MB, about 7% of the run), for a peak that is small either way. So memory
//! is given back at once only in runs that read a large input.

/// The input size from which a run gives freed memory back at once.
pub const LARGE_INPUT: u64 = 16 << 20;

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v2): milliseconds before
/// freed memory is given back; 0 is at once. libmimalloc-sys names no
/// constant for it.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Whether a run whose largest input has `bytes` bytes gives memory back at once.
pub fn purges_at_once(bytes: u64) -> bool {
    bytes >= LARGE_INPUT
}

/// Set the allocator for a run whose largest input has `bytes` bytes. Must be
/// called before the run starts any thread.
pub fn prepare_for_largest_input(bytes: u64) {
    if purges_at_once(bytes) {
        // SAFETY: `mi_option_set` stores one option value and is safe to call
        // at any time; it is not synchronised, which is why this runs before
        // the run's threads exist (the caller's contract). Measured reason for
        // the FFI call: see the module comment.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) }
    }
}

/// The allocator's current purge delay, for tests.
#[cfg(test)]
fn purge_delay() -> std::ffi::c_long {
    // SAFETY: reads one option value.
    unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_large_runs_purge_at_once() {
        assert!(!purges_at_once(0));
        assert!(!purges_at_once(LARGE_INPUT - 1));
        assert!(purges_at_once(LARGE_INPUT));
        assert!(purges_at_once(u64::MAX));
    }

    /// The option number is mimalloc's purge delay: its default is 10 ms, and
    /// after preparing for a large input it reads 0. (A wrong number would set
    /// some other option and leave the delay at 10.)
    #[test]
    fn large_input_sets_the_purge_delay_to_zero() {
        prepare_for_largest_input(1);
        assert_eq!(purge_delay(), 10);
        prepare_for_largest_input(LARGE_INPUT);
        assert_eq!(purge_delay(), 0);
    }
}
