//! The performance targets of the README, measured in one run and printed as
//! a table. Bulk numbers come from the real `kehoach` binary; the linear growth
//! and adversarial numbers from in-process conversions.
//!
//! ```sh
//! cargo build --release -p kehoach-cli
//! cargo bench -p kehoach-benches --bench targets
//! ```
//!
//! Under `cargo test` the same steps run on tiny inputs (and the bulk steps are
//! skipped when no `kehoach` binary has been built next to this one).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kehoach_benches as kb;
use kehoach_synth::Sizes;

const MB: f64 = 1e6;

struct Run {
    secs: f64,
    /// CPU time (user + system) of the process: unlike wall time, barely
    /// affected by other work on the machine (0 when it could not be read).
    cpu_secs: f64,
    /// Peak resident memory of the process, bytes (0 when it could not be read).
    peak_rss: u64,
    ok: bool,
}

/// The `kehoach` binary of the same build profile as this harness.
fn kehoach_bin() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KEHOACH_BIN") {
        return Some(PathBuf::from(p));
    }
    let exe = std::env::current_exe().ok()?;
    // target/<profile>/deps/targets-<hash> → target/<profile>/kehoach
    let bin = exe.parent()?.parent()?.join("kehoach");
    bin.is_file().then_some(bin)
}

/// Peak resident set of a running process, from /proc (Linux); 0 elsewhere.
fn vm_hwm(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// CPU seconds (user + system) a running process has used, from /proc (Linux,
/// where the clock tick is 1/100 s); 0 elsewhere.
fn cpu_time(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the line, 11 and 12 after ")".
    (ticks(11) + ticks(12)) as f64 / 100.0
}

/// Run a command to completion, sampling its peak resident memory as it goes.
fn run(cmd: &mut Command) -> Run {
    let start = Instant::now();
    let Ok(mut child) = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn() else {
        return Run {
            secs: 0.0,
            cpu_secs: 0.0,
            peak_rss: 0,
            ok: false,
        };
    };
    let (mut peak, mut cpu) = (0, 0.0f64);
    let status = loop {
        // VmHWM and CPU time only grow, so the last sample before exit is the
        // total, give or take the process's last few milliseconds.
        peak = peak.max(vm_hwm(child.id()));
        cpu = cpu.max(cpu_time(child.id()));
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    Run {
        secs: start.elapsed().as_secs_f64(),
        cpu_secs: cpu,
        peak_rss: peak,
        ok: status.is_some_and(|s| s.success()),
    }
}

fn bulk(bin: &Path, input: &Path, out: &Path, threads: usize) -> Run {
    let _ = std::fs::remove_dir_all(out);
    run(Command::new(bin)
        .arg("convert")
        .arg(input)
        .arg("-o")
        .arg(out)
        .env("RAYON_NUM_THREADS", threads.to_string()))
}

/// Write plans of `sizes` until there are `files` of them or `bytes` in all.
/// Returns (total bytes, largest plan, file count).
fn write_corpus(dir: &Path, sizes: Sizes, files: u64, bytes: u64) -> (u64, u64, u64) {
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::create_dir_all(dir);
    let synth = kb::synth();
    let (mut total, mut largest, mut n) = (0u64, 0u64, 0u64);
    while n < files && total < bytes {
        let plan = synth.item(7, n, sizes);
        let _ = std::fs::write(dir.join(format!("plan-{:06}.txt", n + 1)), &plan);
        total += plan.len() as u64;
        largest = largest.max(plan.len() as u64);
        n += 1;
    }
    (total, largest, n)
}

fn plan_paths(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Best of `n` timings of an in-process conversion.
fn best_of(n: usize, doc: &[u8]) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(kb::end_to_end(doc));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let full = kb::full_mode();
    let work = std::env::temp_dir().join(format!("kehoach-targets-{}", std::process::id()));
    println!(
        "kehoach performance targets ({} mode)",
        if full { "full" } else { "smoke" }
    );
    if !full {
        println!("(smoke mode: tiny inputs and a debug build; the numbers mean nothing)");
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "load average at start: {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("{:<46} {:>14}  target", "measure", "value");
    let row =
        |name: &str, value: String, target: &str| println!("{name:<46} {value:>14}  {target}");

    match kehoach_bin() {
        None if full => {
            eprintln!("no kehoach binary: run `cargo build --release -p kehoach-cli` first (or set KEHOACH_BIN)");
            std::process::exit(1);
        }
        None => println!("bulk runs skipped: no kehoach binary next to this harness"),
        Some(bin) => {
            // Throughput and scaling over threads: ≥ 1,000 plans of 1 KB – 1 MB.
            let input = work.join("synthetic");
            let (files, sizes) = if full {
                (
                    1_000,
                    Sizes {
                        min: 1_000,
                        max: 1_000_000,
                    },
                )
            } else {
                (
                    6,
                    Sizes {
                        min: 1_000,
                        max: 20_000,
                    },
                )
            };
            let (bytes, _, n) = write_corpus(&input, sizes, files, u64::MAX);
            let one = bulk(&bin, &input, &work.join("out1"), 1);
            let two = bulk(&bin, &input, &work.join("out2"), 2);
            assert!(one.ok && two.ok, "kehoach failed on the synthetic corpus");
            row(
                &format!("bulk, {n} plans, {:.0} MB, 1 thread", bytes as f64 / MB),
                format!("{:.1} MB/s", bytes as f64 / MB / one.secs),
                "≥ 100 MB/s",
            );
            if one.cpu_secs > 0.0 {
                row(
                    "  same run, per CPU second (load-independent)",
                    format!("{:.1} MB/s", bytes as f64 / MB / one.cpu_secs),
                    "",
                );
            }
            row(
                "bulk, same plans, 2 threads vs 1",
                format!("{:.2}×", one.secs / two.secs),
                "≥ 1.7×",
            );
            if one.cpu_secs > 0.0 && two.cpu_secs > 0.0 {
                // On a busy machine the wall-time ratio says little; the CPU time
                // the second thread adds is what would stop it from scaling.
                row(
                    "  CPU time, 2 threads vs 1",
                    format!("{:.2}×", two.cpu_secs / one.cpu_secs),
                    "(≈ 1.0: no parallel overhead)",
                );
            }
            // The floor: a plain line count over the same bytes.
            let paths = plan_paths(&input);
            let wc = run(Command::new("wc").arg("-l").args(&paths));
            if wc.ok {
                row(
                    "  `wc -l` over the same files",
                    format!("{:.0} MB/s", bytes as f64 / MB / wc.secs),
                    "",
                );
                row(
                    "kehoach (1 thread) / `wc -l` time",
                    format!("{:.0}×", one.secs / wc.secs),
                    "aim ≤ 10×",
                );
            }
            // Memory: a bulk run of 500 MB, sizes up to 50 MB.
            let big = work.join("mixed");
            let (sizes, limit) = if full {
                (
                    Sizes {
                        min: 1_000,
                        max: 50_000_000,
                    },
                    500_000_000,
                )
            } else {
                (
                    Sizes {
                        min: 1_000,
                        max: 100_000,
                    },
                    300_000,
                )
            };
            let (bytes, largest, n) = write_corpus(&big, sizes, u64::MAX, limit);
            let mixed = bulk(&bin, &big, &work.join("out3"), 2);
            assert!(mixed.ok, "kehoach failed on the mixed corpus");
            row(
                &format!(
                    "bulk, {n} plans, {:.0} MB, largest {:.1} MB: peak RSS",
                    bytes as f64 / MB,
                    largest as f64 / MB
                ),
                format!("{:.0} MB", mixed.peak_rss as f64 / MB),
                &format!("≤ {:.0} MB", (64e6 + 4.0 * largest as f64) / MB),
            );
            row(
                "  same run, 2 threads",
                format!("{:.1} MB/s", bytes as f64 / MB / mixed.secs),
                "",
            );
        }
    }

    // Linear growth, in process.
    let (small, large) = if full {
        (1_000_000, 10_000_000)
    } else {
        (10_000, 100_000)
    };
    let synth = kb::synth();
    let (a, b) = (
        synth.plan(7, small).into_bytes(),
        synth.plan(7, large).into_bytes(),
    );
    let (ta, tb) = (best_of(3, &a), best_of(if full { 2 } else { 1 }, &b));
    row(
        &format!(
            "one plan of {} KB vs {} KB: time ratio",
            large / 1000,
            small / 1000
        ),
        format!("{:.1}×", tb / ta),
        "≤ 12×",
    );

    // Adversarial inputs at their stated sizes.
    let scale = if full { 1.0 } else { 0.0001 };
    for (name, doc) in kb::adversarial(scale) {
        // Small inputs get a second run: one timing right after a 100 MB input
        // can include the allocator giving that memory back.
        let t = best_of(if doc.len() < 20_000_000 { 3 } else { 1 }, &doc);
        row(
            &format!("adversarial {name} ({:.1} MB)", doc.len() as f64 / MB),
            format!("{:.2} s/100MB", t / (doc.len() as f64 / 100e6)),
            "≤ 2 s/100MB",
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}
