//! `kehoach compare`: align the tasks of several plans (`kehoach_compare`) and
//! print the groups, their differences and the unmatched tasks as a table,
//! JSON or CSV. Also home of the input loading `kehoach report` shares: plans
//! are converted, kehoach JSON files are read as they are.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use rayon::prelude::*;

use kehoach_compare::PlanRef;
use kehoach_model::Graph;

use super::{
    convert_bytes, load_options, read_input, report_error, shown, write_stdout, Failure,
    DEFAULT_MAX_BYTES, EXIT_FAILED, EXIT_OK, EXIT_USAGE,
};
use crate::inputs::{self, Input, Kind};
use crate::{names, output};

pub const COMPARE_HELP: &str = "\
Each INPUT is a plan (.txt, .md, or `-` for standard input), converted first, or a
kehoach JSON file (.json) as `kehoach convert` writes it. A directory contributes its
.txt and .md plans, as for `convert -o`; give JSON files by name (e.g. out/*.json).
Plans are named in the output by their file stem.

Tasks of different plans are aligned on their normalised wording, agencies and
section; each aligned group gets a stable id, a representative text and a score,
with what differs between the plans (lead, support, deadline, output). Tasks that
match nothing are listed per plan. The JSON form is described by
schema/kehoach-compare-v1.schema.json (`kehoach compare --print-schema`).

Exit codes:
  0  every input was read and the comparison written
  1  at least one input failed (the comparison of the others was written)
  2  usage error, or nothing could be done (no readable input, output not writable)";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A plain-text table for the terminal.
    Table,
    /// The comparison as JSON (schema/kehoach-compare-v1.schema.json).
    Json,
    /// One row per task, for spreadsheets and statistics packages.
    Csv,
}

#[derive(Args, Debug)]
pub struct CompareArgs {
    /// Plans (.txt, .md, `-`), kehoach JSON files (.json) or directories of plans.
    #[arg(value_name = "INPUT", required_unless_present = "print_schema")]
    inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(short = 'f', long, value_enum, default_value_t = CompareFormat::Table)]
    format: CompareFormat,

    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,

    /// Score (0 to 1) at and above which two tasks are the same task.
    #[arg(long, value_name = "SCORE", default_value_t = kehoach_compare::DEFAULT_THRESHOLD)]
    threshold: f64,

    /// One line of JSON instead of indented JSON.
    #[arg(long)]
    compact: bool,

    /// Print the JSON Schema of the comparison and exit.
    #[arg(long)]
    print_schema: bool,

    #[command(flatten)]
    pub load: LoadArgs,
}

/// Options for reading inputs, shared with `kehoach report`.
#[derive(Args, Debug)]
pub struct LoadArgs {
    /// Extra agency registry entries (TOML), merged over the built-in registry.
    #[arg(long, value_name = "FILE")]
    registry: Option<PathBuf>,

    /// Refuse inputs larger than N bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

/// Messages go to standard error with the "kehoach: " prefix of every command.
pub fn say(args: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "kehoach: {args}");
}

/// One input ready for comparison or a report.
pub struct Loaded {
    /// Unique short name: the file stem, made safe, "-2" … on a clash.
    pub key: String,
    pub graph: Graph,
    /// The decoded text when the input was a plan; a JSON input has none.
    pub source: Option<String>,
}

/// Inputs read, and whether any failed.
pub struct LoadResult {
    pub loaded: Vec<Loaded>,
    pub failed: usize,
}

fn is_json_path(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// A kehoach JSON graph, or why not.
fn parse_graph(bytes: &[u8]) -> Result<Graph, Failure> {
    serde_json::from_slice::<Graph>(bytes)
        .map_err(|e| Failure::new(format!("not a kehoach JSON graph: {e}")))
}

fn load_one(
    input: &Input,
    args: &LoadArgs,
    options: &kehoach_extract::Options,
) -> Result<(Graph, Option<String>), Failure> {
    let bytes = read_input(input, args.max_bytes)?;
    let json = match &input.kind {
        Kind::File(path) => is_json_path(path),
        // Standard input has no name to go by: a JSON graph starts with "{",
        // a plan never does.
        _ => bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
    };
    if json {
        return Ok((parse_graph(&bytes)?, None));
    }
    let graph = convert_bytes(&bytes, &input.display, options)?;
    // The same decoding the converter did, for the report's source panel.
    let source = kehoach_decode::decode(&bytes).ok().map(|d| d.text);
    Ok((graph, source))
}

/// Read every input (plans converted in parallel, results in input order);
/// each failure is reported on standard error and skipped.
pub fn load(paths: &[PathBuf], args: &LoadArgs) -> Result<LoadResult, u8> {
    let options = load_options(args.registry.as_deref()).map_err(|message| {
        say(format_args!("error: {message}"));
        EXIT_USAGE
    })?;
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        say(format_args!(
            "error: `-` (standard input) can be given only once"
        ));
        return Err(EXIT_USAGE);
    }
    let (inputs, warnings) = inputs::collect(paths);
    for warning in &warnings {
        say(format_args!("warning: {}", shown(warning)));
    }
    if inputs.is_empty() {
        say(format_args!(
            "error: nothing to compare: no plans or JSON files found"
        ));
        return Err(EXIT_USAGE);
    }
    let results: Vec<Result<(Graph, Option<String>), Failure>> = inputs
        .par_iter()
        .map(|input| load_one(input, args, &options))
        .collect();

    let mut used: HashSet<String> = HashSet::new();
    let mut loaded = Vec::new();
    let mut failed = 0;
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok((graph, source)) => {
                let stem = match &input.kind {
                    Kind::File(path) => path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    _ => "stdin".to_string(),
                };
                let base = names::sanitise(&stem);
                let mut key = base.clone();
                let mut n = 2;
                while !used.insert(key.to_lowercase()) {
                    key = format!("{base}-{n}");
                    n += 1;
                }
                loaded.push(Loaded { key, graph, source });
            }
            Err(failure) => {
                failed += 1;
                report_error(&input.display, &failure);
            }
        }
    }
    if loaded.is_empty() {
        say(format_args!("error: no input could be read"));
        return Err(EXIT_USAGE);
    }
    Ok(LoadResult { loaded, failed })
}

/// Write `data` to FILE (atomically, through a temporary file beside it) or
/// to standard output.
pub fn write_output(path: Option<&Path>, data: &[u8]) -> Result<(), String> {
    let Some(path) = path else {
        return write_stdout(data).map_err(|e| format!("cannot write to standard output: {e}"));
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| format!("{}: not a file name", shown(&inputs::display(path))))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    output::write_file_atomic(&dir, &name, data)
        .map(|_| ())
        .map_err(|e| format!("cannot write {}: {e}", shown(&inputs::display(path))))
}

/// Align the loaded plans (shared by `compare` and `report`).
pub fn compare_loaded(loaded: &[Loaded], threshold: f64) -> kehoach_compare::Comparison {
    let plans: Vec<PlanRef> = loaded
        .iter()
        .map(|l| PlanRef {
            key: &l.key,
            graph: &l.graph,
        })
        .collect();
    kehoach_compare::compare(&plans, &kehoach_compare::Options { threshold })
}

pub fn run(args: CompareArgs) -> u8 {
    if args.print_schema {
        let mut text =
            serde_json::to_string_pretty(&kehoach_compare::json_schema()).unwrap_or_default();
        text.push('\n');
        return match write_stdout(text.as_bytes()) {
            Ok(()) => EXIT_OK,
            Err(e) => {
                say(format_args!("error: cannot write to standard output: {e}"));
                EXIT_USAGE
            }
        };
    }
    if !(0.0..=1.0).contains(&args.threshold) {
        say(format_args!("error: --threshold must be between 0 and 1"));
        return EXIT_USAGE;
    }
    let result = match load(&args.inputs, &args.load) {
        Ok(result) => result,
        Err(code) => return code,
    };
    let comparison = compare_loaded(&result.loaded, args.threshold);
    let text = match args.format {
        CompareFormat::Table => kehoach_compare::render::table(&comparison),
        CompareFormat::Json => comparison.to_json(!args.compact),
        CompareFormat::Csv => kehoach_compare::render::csv(&comparison),
    };
    if let Err(message) = write_output(args.output.as_deref(), text.as_bytes()) {
        say(format_args!("error: {message}"));
        return EXIT_USAGE;
    }
    if result.failed > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}
