//! Work grows linearly with the input, for ordinary and hostile inputs alike.
//!
//! Each input is converted at size n and 2n, and the work of the two runs is
//! compared: the pipeline's own counts ([`kehoach_extract::Stats`]: lines, clean
//! bytes, tree nodes, table cells, drafts, tasks, edges, diagnostics) and the
//! number and total size of heap allocations, counted by an instrumented global
//! allocator. Every measure must grow by at most `MAX_RATIO` when the input
//! doubles. Counting work instead of timing it keeps the test exact on a busy
//! machine; the sizes are small so that debug builds finish in seconds (the
//! benchmarks time the full sizes).
//!
//! This file is its own test binary with a single test, so no other thread
//! allocates while a conversion is measured.

use kehoach_extract::{convert_with_stats, Options, Stats};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allowed growth of any measure when the input doubles (2 for linear work;
/// the rest absorbs fixed costs and vector growth).
const MAX_RATIO: f64 = 2.3;
/// Measures this small at size n are fixed costs, not growth.
const NOISE: usize = 64;

struct Work {
    stats: Stats,
    allocations: usize,
    allocated_bytes: usize,
}

fn measure(bytes: &[u8]) -> Work {
    let region = Region::new(GLOBAL);
    let result = convert_with_stats(bytes, "input.txt", &Options::default());
    let change = region.change();
    let stats = match result {
        Ok((_, stats)) => stats,
        Err(e) => panic!("conversion failed: {e}"),
    };
    Work {
        stats,
        allocations: change.allocations + change.reallocations,
        allocated_bytes: change.bytes_allocated + change.bytes_reallocated.max(0) as usize,
    }
}

fn measures(w: &Work) -> Vec<(&'static str, usize)> {
    let mut v: Vec<(&'static str, usize)> = w.stats.named().to_vec();
    v.push(("allocations", w.allocations));
    v.push(("allocated bytes", w.allocated_bytes));
    v
}

/// Every measure of the 2n run against the n run; a list of the violations.
fn superlinear(name: &str, small: &[u8], large: &[u8]) -> Vec<String> {
    let (a, b) = (measure(small), measure(large));
    let mut out = Vec::new();
    for ((what, x), (_, y)) in measures(&a).into_iter().zip(measures(&b)) {
        if y > NOISE && y as f64 > MAX_RATIO * (x.max(NOISE / 2)) as f64 {
            out.push(format!(
                "{name}: {what} grows from {x} to {y} ({:.2}×) when the input doubles",
                y as f64 / x.max(1) as f64
            ));
        }
    }
    out
}

fn corpus_plan() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpus/gia-lai-183-kh-ubnd-2022.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {path}: {e}"),
    }
}

/// The measure itself must see quadratic work: joining every prefix of a text
/// (the classic accidental quadratic) grows 4× when the text doubles.
fn quadratic_is_caught() -> bool {
    let run = |n: usize| {
        let region = Region::new(GLOBAL);
        let mut joined = 0;
        let line = "x".repeat(n);
        for i in 0..n {
            joined += std::hint::black_box(line[..i].to_string()).len();
        }
        let c = region.change();
        (c.bytes_allocated, joined)
    };
    let ((a, _), (b, _)) = (run(2000), run(4000));
    b as f64 > MAX_RATIO * a as f64
}

#[test]
fn work_grows_linearly() {
    assert!(
        quadratic_is_caught(),
        "the allocation count cannot see quadratic work"
    );
    // Warm up once-only state (the embedded agency registry) outside the measurement.
    let _ = convert_with_stats(b"KE HOACH\n1. x\n", "warm-up.txt", &Options::default());

    let mut failures = Vec::new();
    // An ordinary plan, repeated: many parts, tables and tasks.
    let plan = corpus_plan();
    failures.extend(superlinear(
        "plan repeated",
        plan.repeat(2).as_bytes(),
        plan.repeat(4).as_bytes(),
    ));
    // Hostile shapes, at n = 32 KiB and 64 KiB.
    const N: usize = 32 << 10;
    for ((name, small), (_, large)) in kehoach_synth::adversarial::all(N)
        .into_iter()
        .zip(kehoach_synth::adversarial::all(2 * N))
    {
        failures.extend(superlinear(name, &small, &large));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
