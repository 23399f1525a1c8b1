//! A global allocator that counts live bytes and their peak, so the benchmarks can report
//! the peak memory of one operation.
//!
//! It counts only inside [`peak_during`]: elsewhere each call costs the system allocator's
//! and one relaxed load. Counting takes two locked read-modify-writes per allocation, which
//! would charge the timed runs about 10 ns for each of their allocations, and the more a way
//! allocates, the more (a user's program has no such allocator).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};

pub struct Counting;

static COUNTING: AtomicBool = AtomicBool::new(false);
static CURRENT: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn grow(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        let by = by as isize;
        let now = CURRENT.fetch_add(by, Ordering::Relaxed) + by;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

fn shrink(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        CURRENT.fetch_sub(by as isize, Ordering::Relaxed);
    }
}

// SAFETY: every call forwards to the system allocator unchanged; only counters are updated.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrink(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            shrink(layout.size());
            grow(new_size);
        }
        p
    }
}

/// Runs `f` and returns its result and the peak of live bytes above the level before it.
/// Memory freed during `f` that was allocated before it counts below zero (the peak starts at
/// zero, so it is the most live at once of what `f` allocated, above what it freed).
pub fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
    CURRENT.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let r = f();
    COUNTING.store(false, Ordering::Relaxed);
    (r, PEAK.load(Ordering::Relaxed).max(0) as usize)
}

/// The median wall time of `runs` calls of `f`, in milliseconds.
pub fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    median((0..runs).map(|_| time_ms(&mut f)).collect())
}

/// The wall time of one call of `f`, in milliseconds.
pub fn time_ms(f: impl FnOnce()) -> f64 {
    timed(f).0
}

/// The wall time of one call of `f`, in milliseconds, and what it returned (to be dropped
/// after the clock stopped).
pub fn timed<R>(f: impl FnOnce() -> R) -> (f64, R) {
    let start = std::time::Instant::now();
    let r = f();
    (start.elapsed().as_secs_f64() * 1000.0, r)
}

/// The median of `times` (not empty).
pub fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
