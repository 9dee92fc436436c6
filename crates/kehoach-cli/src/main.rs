//! The `kehoach` command: the only part of kehoach that touches files,
//! threads and the terminal. Everything it converts goes through the pure
//! `kehoach_extract::convert`.

mod budget;
mod compare;
mod db;
mod formats;
mod inputs;
mod memory;
mod names;
mod output;
mod report;

use std::collections::BTreeMap;
use std::fmt::Display;
use std::io::{self, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc};
use std::time::Instant;

use clap::{Args, Parser, Subcommand};

use inputs::{Input, Kind};
use kehoach_extract::Options;
use kehoach_model::{Graph, Severity};

/// mimalloc rather than the system allocator, for the resident memory of bulk
/// runs: glibc's malloc keeps what each thread freed in that thread's arena,
/// so every worker stays at the peak of the largest document it converted and
/// the run's peak adds up over workers. mimalloc gives memory back to the
/// system soon after it is freed, and all of a thread's when the thread ends
/// (each conversion runs on a thread of its own, see [`on_own_thread`]).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Every input converted.
const EXIT_OK: u8 = 0;
/// At least one input failed; the others were converted and written.
const EXIT_FAILED: u8 = 1;
/// Usage error, or nothing could be done at all.
const EXIT_USAGE: u8 = 2;

const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The exit-code table, shared by every `--help` page.
macro_rules! exit_codes_text {
    () => {
        "\
Exit codes:
  0  every input was converted
  1  at least one input failed (the others were converted and written)
  2  usage error, or nothing could be done (e.g. OUTDIR cannot be created)
A closed standard output (e.g. piping into `head`) ends kehoach quietly with 0."
    };
}

const EXIT_CODES: &str = exit_codes_text!();

#[derive(Parser, Debug)]
#[command(
    name = "kehoach",
    version,
    about = "Turn Vietnamese government plans into the kehoach v1 JSON task graph.",
    after_help = EXIT_CODES
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert plans (.txt, .md) to JSON task graphs.
    #[command(after_help = CONVERT_HELP)]
    Convert(ConvertArgs),
    /// Print the JSON Schema of the output (schema/kehoach-v1.schema.json).
    #[command(after_help = EXIT_CODES)]
    Schema,
    /// Convert plans and store them in an SQLite database.
    #[command(after_help = db::DB_HELP)]
    Db(db::DbArgs),
    /// Align the tasks of several plans and show how they differ (table, JSON, CSV).
    #[command(after_help = compare::COMPARE_HELP)]
    Compare(compare::CompareArgs),
    /// Write one self-contained HTML report of plans, with their comparison.
    #[command(after_help = report::REPORT_HELP)]
    Report(report::ReportArgs),
}

const CONVERT_HELP: &str = concat!(
    "\
With one FILE (or `-` for standard input) and no -o, the JSON goes to standard output.
With -o OUTDIR, each input is written to OUTDIR/<stem>.json: directories are searched
recursively for .txt and .md files, taken in sorted path order. File names are made
safe (no separators, control characters or leading dot); inputs sharing a stem get
<stem>-2.json, <stem>-3.json, ... in input order, with a warning. Each file is first
written to OUTDIR/.<stem>.json.tmp and then renamed, so an interrupted run leaves no
partial JSON. Standard error gets one line per input, in input order, then a summary.
--format ndjson writes OUTDIR/<stem>.ndjson per input instead; --format csv writes
OUTDIR/tasks.csv and OUTDIR/agencies.csv, and --format xlsx OUTDIR/kehoach.xlsx, once
for the whole run.

",
    exit_codes_text!()
);

#[derive(Args, Debug)]
struct ConvertArgs {
    /// Plan files or directories; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Write one JSON file per input into OUTDIR (created if missing).
    #[arg(short = 'o', long = "out-dir", value_name = "OUTDIR")]
    out_dir: Option<PathBuf>,

    /// Output format: the v1 JSON graph, one JSON line per task, CSV tables, or
    /// one Excel workbook.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = formats::Format::Json)]
    format: formats::Format,

    /// Indented JSON. Default when writing to standard output.
    #[arg(long, conflicts_with = "compact")]
    pretty: bool,

    /// One line of JSON per document. Default when writing to OUTDIR.
    #[arg(long)]
    compact: bool,

    /// Extra agency registry entries (TOML), merged over the built-in registry.
    #[arg(long, value_name = "FILE")]
    registry: Option<PathBuf>,

    /// Refuse inputs larger than N bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

/// Messages to the user go to standard error with a "kehoach: " prefix. A
/// failing standard error is ignored: there is nowhere left to report it, and
/// it must not abort the conversions.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr().lock(), "kehoach: {}", format_args!($($arg)*));
    }};
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Convert(args) => convert(args),
        Command::Schema => schema(),
        Command::Db(args) => db::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Report(args) => report::run(args),
    };
    ExitCode::from(code)
}

fn schema() -> u8 {
    let mut text = serde_json::to_string_pretty(&kehoach_model::json_schema()).unwrap_or_default();
    text.push('\n');
    match write_stdout(text.as_bytes()) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            say!("error: cannot write to standard output: {e}");
            EXIT_USAGE
        }
    }
}

/// Write everything to standard output. A reader that went away (`| head`) is
/// not an error: the user got what they asked for.
fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    write_stdout_with(|out| out.write_all(bytes))
}

/// [`write_stdout`] for output that `write` streams into a buffered writer.
fn write_stdout_with(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 << 10, io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Terminal-safe form of a name that came from the file system: control
/// characters (which could drive the terminal) are shown escaped.
fn shown(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Why one input produced no output.
struct Failure {
    line: Option<u32>,
    reason: String,
}

impl Failure {
    fn new(reason: impl Display) -> Self {
        Failure {
            line: None,
            reason: reason.to_string(),
        }
    }
}

fn report_error(display: &str, failure: &Failure) {
    match failure.line {
        Some(line) => say!("error: {}:{line}: {}", shown(display), failure.reason),
        None => say!("error: {}: {}", shown(display), failure.reason),
    }
}

fn convert(args: ConvertArgs) -> u8 {
    let options = match load_options(args.registry.as_deref()) {
        Ok(options) => options,
        Err(message) => {
            say!("error: {message}");
            return EXIT_USAGE;
        }
    };
    let stdin_count = args.inputs.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        say!("error: `-` (standard input) can be given only once");
        return EXIT_USAGE;
    }
    let to_stdout = args.out_dir.is_none();
    if let Err(message) = formats::check(args.format, args.pretty, args.compact, to_stdout) {
        say!("error: {message}");
        return EXIT_USAGE;
    }
    let Some(out_dir) = args.out_dir.clone() else {
        return convert_to_stdout(&args, &options);
    };
    convert_bulk(&args, &out_dir, &options)
}

fn load_options(registry: Option<&Path>) -> Result<Options, String> {
    let Some(path) = registry else {
        return Ok(Options::default());
    };
    let shown_path = shown(&inputs::display(path));
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{shown_path}: cannot read registry: {e}"))?;
    let extra =
        kehoach_agency::Registry::from_toml(&text).map_err(|e| format!("{shown_path}: {e}"))?;
    let mut registry = kehoach_agency::Registry::embedded();
    registry.extend(extra);
    Ok(Options {
        registry: Some(Arc::new(registry)),
    })
}

fn convert_to_stdout(args: &ConvertArgs, options: &Options) -> u8 {
    let [arg] = args.inputs.as_slice() else {
        say!(
            "error: {} inputs given; converting several inputs needs -o OUTDIR",
            args.inputs.len()
        );
        return EXIT_USAGE;
    };
    let input = if arg.as_os_str() == "-" {
        Input {
            display: "-".to_string(),
            kind: Kind::Stdin,
        }
    } else if arg.is_dir() {
        say!(
            "error: {} is a directory; give -o OUTDIR to convert the .txt and .md files under it",
            shown(&inputs::display(arg))
        );
        return EXIT_USAGE;
    } else {
        Input {
            display: inputs::display(arg),
            kind: Kind::File(arg.clone()),
        }
    };
    let result = read_input(&input, args.max_bytes).and_then(|bytes| {
        // Still the only thread: the allocator can be set for this input.
        memory::prepare_for_largest_input(bytes.len() as u64);
        convert_owned(bytes, &input.display, options)
    });
    match result {
        Ok(graph) if args.format == formats::Format::Json => {
            // Streamed: a large plan's JSON is never built whole in memory.
            let pretty = !args.compact;
            match write_stdout_with(|out| kehoach_model::write_json(&graph, pretty, out)) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    say!("error: cannot write to standard output: {e}");
                    EXIT_FAILED
                }
            }
        }
        Ok(graph) => {
            let bytes = match args.format.one(&graph, !args.compact) {
                Ok(bytes) => bytes,
                Err(reason) => {
                    report_error(&input.display, &Failure::new(reason));
                    return EXIT_FAILED;
                }
            };
            match write_stdout(&bytes) {
                Ok(()) => EXIT_OK,
                Err(e) => {
                    say!("error: cannot write to standard output: {e}");
                    EXIT_FAILED
                }
            }
        }
        Err(failure) => {
            report_error(&input.display, &failure);
            EXIT_FAILED
        }
    }
}

/// Read one input whole, refusing more than `max_bytes`.
fn read_input(input: &Input, max_bytes: u64) -> Result<Vec<u8>, Failure> {
    open_input(input, max_bytes)?.read(max_bytes)
}

/// An input opened for reading, nothing read yet.
enum Opened {
    Stdin,
    File {
        file: std::fs::File,
        /// The size of a regular file; `None` when the file system cannot
        /// tell (a pipe, a device).
        size: Option<u64>,
    },
}

fn too_large(size: Option<u64>, max_bytes: u64) -> Failure {
    Failure::new(match size {
        Some(size) => {
            format!("too large: {size} bytes, the limit is {max_bytes} (see --max-bytes)")
        }
        None => format!("too large: more than {max_bytes} bytes (see --max-bytes)"),
    })
}

/// Open one input, refusing a file whose size is already over `max_bytes`.
fn open_input(input: &Input, max_bytes: u64) -> Result<Opened, Failure> {
    match &input.kind {
        Kind::Unusable(reason) => Err(Failure::new(reason)),
        Kind::Stdin => Ok(Opened::Stdin),
        Kind::File(path) => {
            let file =
                std::fs::File::open(path).map_err(|e| Failure::new(format!("cannot read: {e}")))?;
            let size = file
                .metadata()
                .ok()
                .filter(|meta| meta.is_file())
                .map(|meta| meta.len());
            if let Some(size) = size.filter(|&size| size > max_bytes) {
                return Err(too_large(Some(size), max_bytes));
            }
            Ok(Opened::File { file, size })
        }
    }
}

impl Opened {
    /// Read the input whole. The limit is checked while reading as well as
    /// against the size on disk, because standard input, pipes and growing
    /// files have no trustworthy size.
    fn read(self, max_bytes: u64) -> Result<Vec<u8>, Failure> {
        let mut bytes = Vec::new();
        let read = match self {
            Opened::Stdin => io::stdin()
                .lock()
                .take(max_bytes.saturating_add(1))
                .read_to_end(&mut bytes),
            Opened::File { file, size } => {
                // Room for the whole file up front: a buffer grown by doubling
                // can hold up to twice the file (peak memory of bulk runs).
                if let Some(size) = size {
                    bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
                }
                file.take(max_bytes.saturating_add(1))
                    .read_to_end(&mut bytes)
            }
        };
        read.map_err(|e| Failure::new(format!("cannot read: {e}")))?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(None, max_bytes));
        }
        Ok(bytes)
    }
}

/// Run the pipeline on one input. A panic in it is a kehoach bug; in a bulk
/// run it must cost only that input, not the whole batch.
fn convert_bytes(bytes: &[u8], path: &str, options: &Options) -> Result<Graph, Failure> {
    guarded(|| kehoach_extract::convert(bytes, path, options))
}

/// [`convert_bytes`] for an input that is not needed afterwards: its buffer
/// becomes the decoded text, so a large input is not held twice.
fn convert_owned(bytes: Vec<u8>, path: &str, options: &Options) -> Result<Graph, Failure> {
    guarded(|| kehoach_extract::convert_owned(bytes, path, options))
}

fn guarded(
    convert: impl FnOnce() -> Result<Graph, kehoach_extract::ConvertError>,
) -> Result<Graph, Failure> {
    match panic::catch_unwind(AssertUnwindSafe(convert)) {
        Ok(Ok(graph)) => Ok(graph),
        Ok(Err(e)) => Err(Failure {
            line: e.line,
            reason: e.reason,
        }),
        Err(_) => Err(Failure::new(
            "internal error while converting (a bug in kehoach; please report it with this input)",
        )),
    }
}

/// The byte budget of a bulk run over `inputs`, and the share each input
/// takes. Sizes are taken before any reading starts; an input that grew since
/// is still read, and a share never exceeds the whole budget. An input of
/// unknown size (standard input, a file that cannot be looked at yet) may be as
/// large as any, so it takes the whole budget; one that will be refused
/// before it is read (unusable, or over `max_bytes`) takes nothing. Sets the
/// allocator for the run, so it must be called before the run starts its
/// workers (see `memory`).
fn run_budget<'a>(
    inputs: impl Iterator<Item = &'a Input>,
    max_bytes: u64,
) -> (budget::Budget, Vec<u64>) {
    let sizes: Vec<Option<u64>> = inputs
        .map(|input| match &input.kind {
            Kind::File(path) => std::fs::metadata(path)
                .ok()
                .filter(|meta| meta.is_file())
                .map(|meta| meta.len()),
            Kind::Stdin => None,
            Kind::Unusable(_) => Some(0),
        })
        .collect();
    // The largest input's size, at least `budget::MIN_CAPACITY`.
    let capacity = budget::capacity_for(sizes.iter().copied(), max_bytes);
    let sizes = sizes
        .into_iter()
        .map(|size| budget::share_for(size, max_bytes))
        .collect();
    memory::prepare_for_largest_input(capacity);
    (budget::Budget::new(capacity), sizes)
}

/// One input of a bulk run, with its output name fixed before any work starts
/// so that names never depend on which conversions succeed or finish first.
struct Job {
    input: Input,
    /// Output stem, without ".json"; `None` for inputs that are unusable anyway.
    stem: Option<String>,
}

enum Outcome {
    Converted {
        /// `None` for formats written once per run.
        written: Option<PathBuf>,
        /// The graph, kept only for formats written once per run (boxed:
        /// a graph is large next to the other variant).
        kept: Option<Box<Graph>>,
        tasks: usize,
        warnings: usize,
        errors: usize,
    },
    Failed(Failure),
}

#[derive(Default)]
struct Totals {
    files: usize,
    converted: usize,
    with_warnings: usize,
    failed: usize,
    tasks: usize,
    warnings: usize,
    errors: usize,
}

fn convert_bulk(args: &ConvertArgs, out_dir: &Path, options: &Options) -> u8 {
    let started = Instant::now();
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        say!(
            "error: cannot create output directory {}: {e}",
            shown(&inputs::display(out_dir))
        );
        return EXIT_USAGE;
    }
    // create_dir_all accepts an existing non-directory in some corner cases
    // (a symbolic link to a file); check what is really there.
    if !out_dir.is_dir() {
        say!(
            "error: cannot create output directory {}: not a directory",
            shown(&inputs::display(out_dir))
        );
        return EXIT_USAGE;
    }

    let (inputs, warnings) = inputs::collect(&args.inputs);
    for warning in &warnings {
        say!("warning: {}", shown(warning));
    }
    if inputs.is_empty() {
        say!("error: nothing to convert: no .txt or .md files found");
        return EXIT_USAGE;
    }

    let mut allocator = names::Allocator::default();
    let mut first_owner: BTreeMap<String, String> = BTreeMap::new();
    let jobs: Vec<Job> = inputs
        .into_iter()
        .map(|input| {
            let raw_stem = match &input.kind {
                Kind::Unusable(_) => return Job { input, stem: None },
                Kind::Stdin => "stdin".to_string(),
                Kind::File(path) => path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            };
            let base = names::sanitise(&raw_stem);
            let (stem, renamed) = allocator.allocate(&base);
            if renamed {
                // Formats written once per run have no per-input names to clash.
                if let Some(ext) = args.format.per_input_extension() {
                    let owner = first_owner
                        .get(&base.to_lowercase())
                        .cloned()
                        .unwrap_or_default();
                    say!(
                        "warning: {}: {} already writes {base}.{ext}; writing {stem}.{ext}",
                        shown(&input.display),
                        shown(&owner)
                    );
                }
            } else {
                first_owner.insert(base.to_lowercase(), input.display.clone());
            }
            Job {
                input,
                stem: Some(stem),
            }
        })
        .collect();

    let pretty = args.pretty && !args.compact;
    // Documents are admitted to conversion by size (see `budget`), so that two
    // of the largest are never converted at once, and handed out in input
    // order (`budget::InOrder`).
    let (budget, sizes) = run_budget(jobs.iter().map(|job| &job.input), args.max_bytes);
    let queue = budget::InOrder::new(&budget, sizes);
    let mut totals = Totals {
        files: jobs.len(),
        ..Totals::default()
    };
    let mut run_failed = false;
    let mut run_files = match formats::RunWriter::start(args.format, out_dir) {
        Ok(writer) => Some(writer),
        Err(reason) => {
            say!("error: {reason}");
            run_failed = true;
            None
        }
    };
    let mut run_documents = 0;
    let (sender, receiver) = mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            rayon::broadcast(|_| {
                while let Some((index, share)) = queue.next() {
                    let outcome = run_job(
                        &jobs[index],
                        out_dir,
                        args.max_bytes,
                        pretty,
                        args.format,
                        options,
                    );
                    // A document kept for the run's files waits for the
                    // writer below and keeps its share until it is written;
                    // the others are done with their memory.
                    let share = match &outcome {
                        Outcome::Converted { kept: Some(_), .. } => Some(share),
                        _ => {
                            drop(share);
                            None
                        }
                    };
                    // The receiver outlives every sender; a failed send cannot happen.
                    let _ = sender.send((index, outcome, share));
                }
            });
            drop(sender);
        });
        // Results arrive in completion order; report them in input order as
        // soon as each next one is known, so the report (and the run's files)
        // are the same whatever the thread count and a long run still shows
        // progress.
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, outcome, share) in &receiver {
            pending.insert(index, (outcome, share));
            while let Some((outcome, share)) = pending.remove(&next) {
                report(&jobs[next], &outcome, &mut totals);
                if let Outcome::Converted {
                    kept: Some(graph), ..
                } = outcome
                {
                    run_documents += 1;
                    if let Some(Err(reason)) = run_files.as_mut().map(|w| w.add(*graph)) {
                        say!("error: {reason}");
                        run_failed = true;
                        run_files = None;
                    }
                }
                drop(share);
                next += 1;
            }
        }
    });
    // Formats written once per run complete their files now.
    if let Some(writer) = run_files {
        match writer.finish(out_dir) {
            Ok(paths) if paths.is_empty() => {}
            Ok(paths) => {
                let paths: Vec<String> = paths.iter().map(|p| shown(&inputs::display(p))).collect();
                say!(
                    "wrote: {} ({} documents, {} tasks)",
                    paths.join(", "),
                    run_documents,
                    totals.tasks
                );
            }
            Err(reason) => {
                say!("error: {reason}");
                run_failed = true;
            }
        }
    }

    say!(
        "{} files, {} converted ({} with warnings), {} failed, {} tasks, {} warnings, {} errors in {:.2}s",
        totals.files,
        totals.converted,
        totals.with_warnings,
        totals.failed,
        totals.tasks,
        totals.warnings,
        totals.errors,
        started.elapsed().as_secs_f64()
    );
    if totals.failed > 0 || run_failed {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

/// Convert one input of a bulk run and write its output. Only the small
/// [`Outcome`] outlives the call (and the graph, for formats written once per
/// run): input, text and graph are freed before the worker takes the next input.
fn run_job(
    job: &Job,
    out_dir: &Path,
    max_bytes: u64,
    pretty: bool,
    format: formats::Format,
    options: &Options,
) -> Outcome {
    let result = (|| {
        // Unusable inputs have no name; opening them reports why they are unusable.
        let opened = open_input(&job.input, max_bytes)?;
        let stem = job
            .stem
            .as_deref()
            .ok_or_else(|| Failure::new("no output name"))?;
        on_own_thread(|| {
            let bytes = opened.read(max_bytes)?;
            let graph = convert_owned(bytes, &job.input.display, options)?;
            let written =
                formats::write_one(format, out_dir, stem, &graph, pretty).map_err(Failure::new)?;
            let count = |severity| {
                graph
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == severity)
                    .count()
            };
            let (tasks, warnings, errors) = (
                graph.tasks.len(),
                count(Severity::Warning),
                count(Severity::Error),
            );
            Ok(Outcome::Converted {
                kept: written.is_none().then(|| Box::new(graph)),
                written,
                tasks,
                warnings,
                errors,
            })
        })
    })();
    result.unwrap_or_else(Outcome::Failed)
}

/// Run `work` on a thread of its own, started for it and ended after it.
///
/// An allocator keeps memory a thread freed for that thread to use again, so
/// a worker that has converted a large document would go on holding the
/// memory while another worker converts the next one, and the run's resident
/// memory would add up over workers. What a thread leaves when it ends goes
/// back to the system. `work` drops what it allocated (but what it returns)
/// before it ends, on its own thread. Starting a thread costs microseconds.
fn on_own_thread<T: Send>(work: impl FnOnce() -> Result<T, Failure> + Send) -> Result<T, Failure> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("kehoach-convert".to_string())
            .spawn_scoped(scope, work)
            .map_err(|e| Failure::new(format!("cannot start a thread: {e}")))?;
        worker.join().unwrap_or_else(|_| {
            Err(Failure::new(
                "internal error while converting (a bug in kehoach; please report it with this input)",
            ))
        })
    })
}

fn report(job: &Job, outcome: &Outcome, totals: &mut Totals) {
    let name = shown(&job.input.display);
    match outcome {
        Outcome::Converted {
            written,
            tasks,
            warnings,
            errors,
            ..
        } => {
            totals.converted += 1;
            totals.tasks += tasks;
            totals.warnings += warnings;
            totals.errors += errors;
            // Formats written once per run report their files after the last input.
            let written = written
                .as_ref()
                .map(|w| format!(" -> {}", shown(&inputs::display(w))))
                .unwrap_or_default();
            if warnings + errors > 0 {
                totals.with_warnings += 1;
                say!(
                    "converted with warnings: {name}{written} ({tasks} tasks, {warnings} warnings, {errors} errors)"
                );
            } else {
                say!("converted: {name}{written} ({tasks} tasks)");
            }
        }
        Outcome::Failed(failure) => {
            totals.failed += 1;
            report_error(&job.input.display, failure);
            say!("failed: {name}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn control_characters_in_names_are_escaped() {
        assert_eq!(shown("corpus/a.txt"), "corpus/a.txt");
        assert_eq!(shown("x\x1b[31m\n.txt"), "x\\u{1b}[31m\\n.txt");
    }
}
