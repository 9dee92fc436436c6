//! `kehoach-synth`: write a deterministic synthetic corpus of plans.
//!
//! ```sh
//! kehoach-synth --seed 7 --files 1000 --size 50KB -o /tmp/synth
//! kehoach-synth --seed 7 --files 200 --size 1KB..50MB -o /tmp/synth-mixed
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use kehoach_synth::{Corpus, Sizes};

#[derive(Parser, Debug)]
#[command(
    name = "kehoach-synth",
    about = "Write synthetic plans recombined from real ones (for benchmarks and property tests)."
)]
struct Args {
    /// Seed; the same seed, corpus and sizes always give the same files.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// How many plans to write.
    #[arg(long, default_value_t = 100)]
    files: u64,
    /// Size of each plan ("50KB", "2MB"), or a range drawn log-uniformly ("1KB..50MB").
    #[arg(long, default_value = "50KB", value_parser = Sizes::parse)]
    size: Sizes,
    /// Directory of real plans (.txt, .md) to recombine [default: ./corpus, else
    /// the corpus of the kehoach checkout this was built from].
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Output directory (created if missing); plans are written as plan-NNNNNN.txt.
    #[arg(short = 'o', long = "out-dir")]
    out_dir: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let dir = args.corpus.clone().unwrap_or_else(|| {
        let here = PathBuf::from("corpus");
        if here.is_dir() {
            here
        } else {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus"))
        }
    });
    let corpus = match Corpus::from_dir(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("kehoach-synth: error: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.out_dir) {
        eprintln!("kehoach-synth: error: {}: {e}", args.out_dir.display());
        return ExitCode::from(2);
    }
    let mut total = 0usize;
    let mut largest = 0usize;
    // One plan at a time: a run of any length holds one plan in memory.
    for i in 0..args.files {
        let text = corpus.item(args.seed, i, args.size);
        let path = args.out_dir.join(format!("plan-{:06}.txt", i + 1));
        if let Err(e) = std::fs::write(&path, text.as_bytes()) {
            eprintln!("kehoach-synth: error: {}: {e}", path.display());
            return ExitCode::from(1);
        }
        total += text.len();
        largest = largest.max(text.len());
    }
    let _ = writeln!(
        std::io::stderr(),
        "kehoach-synth: {} plans, {total} bytes (largest {largest}) in {}",
        args.files,
        args.out_dir.display()
    );
    ExitCode::SUCCESS
}
