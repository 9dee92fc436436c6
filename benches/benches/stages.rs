//! Each pipeline stage alone, on the output of the stages before it:
//! decode → lines → tables → clean lines → clause tree → semantics → JSON.
//! Throughput is reported in bytes of the original input.
//!
//! `cargo bench -p kehoach-benches --bench stages`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kehoach_benches as kb;
use kehoach_synth::Sizes;

fn inputs() -> Vec<(&'static str, Vec<Vec<u8>>)> {
    if kb::full_mode() {
        let corpus = kb::corpus().into_iter().map(|(_, b)| b).collect();
        // About 3 MB of plans from 1 KB to 1 MB.
        let synth = kb::synth_plans(
            24,
            Sizes {
                min: 1_000,
                max: 1_000_000,
            },
        );
        vec![("corpus", corpus), ("synthetic", synth)]
    } else {
        let corpus = kb::corpus().into_iter().take(1).map(|(_, b)| b).collect();
        vec![
            ("corpus", corpus),
            ("synthetic", kb::synth_plans(2, Sizes::exactly(5_000))),
        ]
    }
}

fn stages(c: &mut Criterion) {
    for (name, docs) in inputs() {
        let staged: Vec<kb::Staged> = docs.iter().filter_map(|d| kb::Staged::new(d)).collect();
        let trees: Vec<_> = staged.iter().map(|s| s.tree()).collect();
        let graphs: Vec<_> = docs
            .iter()
            .filter_map(|d| kehoach_extract::convert(d, "bench.txt", &Default::default()).ok())
            .collect();
        let mut g = c.benchmark_group(format!("stages/{name}"));
        g.throughput(Throughput::Bytes(kb::total_bytes(&docs)));
        g.sample_size(10);
        g.warm_up_time(std::time::Duration::from_secs(1));
        g.measurement_time(std::time::Duration::from_secs(3));
        g.bench_function("decode", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| kb::decode(d).map_or(0, |t| t.len()))
                    .sum::<usize>()
            })
        });
        g.bench_function("lines", |b| {
            b.iter(|| {
                staged
                    .iter()
                    .map(|s| kb::split(&s.text).0.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("tables", |b| {
            b.iter(|| {
                staged
                    .iter()
                    .map(|s| kb::find_tables(&s.normalized).0.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("clean", |b| {
            b.iter(|| {
                staged
                    .iter()
                    .map(|s| kb::clean(&s.text, &s.lines, s.format, &s.owned).0.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("tree", |b| {
            b.iter(|| {
                staged
                    .iter()
                    .map(|s| black_box(s.tree()).nodes.len())
                    .sum::<usize>()
            })
        });
        g.bench_function("semantics", |b| {
            b.iter(|| {
                staged
                    .iter()
                    .zip(&trees)
                    .map(|(s, t)| s.semantics(t).1)
                    .sum::<usize>()
            })
        });
        g.bench_function("json", |b| {
            b.iter(|| {
                graphs
                    .iter()
                    .map(|g| kehoach_model::to_json(g, false).len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
