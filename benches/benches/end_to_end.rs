//! Whole conversions in one thread: bytes → graph → compact JSON, on the
//! corpus and on the synthetic corpus; file → JSON on disk; one synthetic
//! plan at two sizes (growth should be linear); the adversarial inputs.
//!
//! `cargo bench -p kehoach-benches --bench end_to_end`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kehoach_benches as kb;
use kehoach_synth::Sizes;

fn corpora(c: &mut Criterion) {
    let full = kb::full_mode();
    let corpus: Vec<Vec<u8>> = kb::corpus()
        .into_iter()
        .take(if full { usize::MAX } else { 1 })
        .map(|(_, b)| b)
        .collect();
    let synth = if full {
        kb::synth_plans(
            24,
            Sizes {
                min: 1_000,
                max: 1_000_000,
            },
        )
    } else {
        kb::synth_plans(2, Sizes::exactly(5_000))
    };
    let mut g = c.benchmark_group("end_to_end");
    g.sample_size(10);
    for (name, docs) in [("corpus", &corpus), ("synthetic", &synth)] {
        g.throughput(Throughput::Bytes(kb::total_bytes(docs)));
        g.bench_function(name, |b| {
            b.iter(|| docs.iter().map(|d| kb::end_to_end(d)).sum::<usize>())
        });
    }
    // File → JSON on disk, as one bulk worker does it.
    let dir = std::env::temp_dir().join(format!("kehoach-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let paths: Vec<_> = synth
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let p = dir.join(format!("plan-{i}.txt"));
            let _ = std::fs::write(&p, d);
            p
        })
        .collect();
    g.throughput(Throughput::Bytes(kb::total_bytes(&synth)));
    g.bench_function("synthetic_file_to_disk", |b| {
        b.iter(|| {
            for p in &paths {
                let bytes = std::fs::read(p).unwrap_or_default();
                let g = kehoach_extract::convert(&bytes, "plan.txt", &Default::default());
                if let Ok(g) = g {
                    let _ =
                        std::fs::write(p.with_extension("json"), kehoach_model::to_json(&g, false));
                }
            }
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

fn scaling(c: &mut Criterion) {
    let sizes: &[usize] = if kb::full_mode() {
        &[1_000_000, 10_000_000]
    } else {
        &[10_000, 100_000]
    };
    let s = kb::synth();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for &size in sizes {
        let doc = s.plan(7, size).into_bytes();
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(format!("{}KB", size / 1000), |b| {
            b.iter(|| kb::end_to_end(black_box(&doc)))
        });
    }
    g.finish();
}

fn adversarial(c: &mut Criterion) {
    // A tenth of the stated sizes: the target is per 100 MB, and the `targets`
    // harness runs the full sizes once.
    let scale = if kb::full_mode() { 0.1 } else { 0.0001 };
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for (name, doc) in kb::adversarial(scale) {
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(name, |b| b.iter(|| kb::end_to_end(black_box(&doc))));
    }
    g.finish();
}

criterion_group!(benches, corpora, scaling, adversarial);
criterion_main!(benches);
