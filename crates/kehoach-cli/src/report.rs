//! `kehoach report`: one self-contained HTML file (`kehoach_report`) for one or
//! more plans, with the comparison view when there are several.

use std::path::PathBuf;

use clap::Args;

use kehoach_report::ReportPlan;

use super::{EXIT_FAILED, EXIT_OK, EXIT_USAGE};
use crate::compare::{compare_loaded, load, say, write_output, LoadArgs};

pub const REPORT_HELP: &str = "\
Inputs are read as for `kehoach compare`: plans (.txt, .md, `-`) are converted, kehoach
JSON files (.json) are taken as they are, directories contribute their plans. The
report is one HTML file that needs nothing else: no network, no external files. It
shows, per plan, the document's metadata, counts and warnings, an agency workload
chart, a deadline timeline and the task table (with filters when JavaScript is on);
each task links to its lines in the plan's text, shown in a source panel beside the
table (only for plans given as text: a JSON file does not contain the text). With
several plans the comparison of `kehoach compare` follows.

Exit codes:
  0  every input was read and the report written
  1  at least one input failed (the report of the others was written)
  2  usage error, or nothing could be done (no readable input, output not writable)";

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// Plans (.txt, .md, `-`), kehoach JSON files (.json) or directories of plans.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// The HTML file to write; standard output without it.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,

    /// Score (0 to 1) at and above which tasks of different plans are the same task.
    #[arg(long, value_name = "SCORE", default_value_t = kehoach_compare::DEFAULT_THRESHOLD)]
    threshold: f64,

    #[command(flatten)]
    load: LoadArgs,
}

pub fn run(args: ReportArgs) -> u8 {
    if !(0.0..=1.0).contains(&args.threshold) {
        say(format_args!("error: --threshold must be between 0 and 1"));
        return EXIT_USAGE;
    }
    let result = match load(&args.inputs, &args.load) {
        Ok(result) => result,
        Err(code) => return code,
    };
    let comparison =
        (result.loaded.len() >= 2).then(|| compare_loaded(&result.loaded, args.threshold));
    let plans: Vec<ReportPlan> = result
        .loaded
        .iter()
        .map(|l| ReportPlan {
            key: &l.key,
            graph: &l.graph,
            source: l.source.as_deref(),
        })
        .collect();
    let html = kehoach_report::render(&plans, comparison.as_ref());
    if let Err(message) = write_output(args.output.as_deref(), html.as_bytes()) {
        say(format_args!("error: {message}"));
        return EXIT_USAGE;
    }
    if result.failed > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}
