//! `kehoach db`: convert plans and store them in an SQLite database
//! (`kehoach_emit::sqlite`), for questions across many plans.
//!
//! Inputs are converted in parallel as `convert` does, and stored one
//! transaction per document in input order, so the database ends up with the
//! same rows in the same order whatever the thread count, and a document that
//! fails leaves the database as it was. Inputs are handed to the workers in
//! input order, and the documents converted but not yet stored are bounded by
//! the same byte budget as `convert`'s (`budget::InOrder`).

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Instant;

use clap::Args;
use kehoach_emit::sqlite;
use kehoach_model::Graph;

use super::{
    convert_owned, load_options, read_input, report_error, run_budget, shown, Failure,
    DEFAULT_MAX_BYTES, EXIT_FAILED, EXIT_OK, EXIT_USAGE,
};
use crate::budget;
use crate::inputs::{self, Input};

pub const DB_HELP: &str = "\
Converts every input (directories are searched recursively for .txt and .md files,
as for `convert -o`) and stores it in DATABASE, an SQLite file created if missing.
Documents are keyed by the SHA-256 of their bytes: storing the same content again
replaces it, never duplicates it; an edited file is a new document (the earlier
version stays, with a warning). Each document is stored in its own transaction,
so a failing input leaves the database unchanged. Standard error gets one line
per input, in input order, then a summary. The tables and example queries are in
the README (\"Output formats\").

Exit codes:
  0  every input was stored
  1  at least one input failed (the others were stored)
  2  usage error, or nothing could be done (e.g. DATABASE cannot be opened or
     is not a kehoach database)";

#[derive(Args, Debug)]
pub struct DbArgs {
    /// Plan files or directories; `-` reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// The SQLite database to create or add to.
    #[arg(short = 'o', long = "out", value_name = "DATABASE", required = true)]
    out: PathBuf,

    /// Extra agency registry entries (TOML), merged over the built-in registry.
    #[arg(long, value_name = "FILE")]
    registry: Option<PathBuf>,

    /// Refuse inputs larger than N bytes.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

/// Messages go to standard error with the same "kehoach: " prefix as
/// `convert`; a failing standard error is ignored for the same reason.
fn say(args: fmt::Arguments<'_>) {
    let _ = writeln!(io::stderr().lock(), "kehoach: {args}");
}

pub fn run(args: DbArgs) -> u8 {
    let started = Instant::now();
    let options = match load_options(args.registry.as_deref()) {
        Ok(options) => options,
        Err(message) => {
            say(format_args!("error: {message}"));
            return EXIT_USAGE;
        }
    };
    if args.inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        say(format_args!(
            "error: `-` (standard input) can be given only once"
        ));
        return EXIT_USAGE;
    }
    let db_shown = shown(&inputs::display(&args.out));
    let mut conn = match sqlite::open(&args.out) {
        Ok(conn) => conn,
        Err(e) => {
            say(format_args!("error: {db_shown}: {e}"));
            return EXIT_USAGE;
        }
    };

    let (inputs, warnings) = inputs::collect(&args.inputs);
    for warning in &warnings {
        say(format_args!("warning: {}", shown(warning)));
    }
    if inputs.is_empty() {
        say(format_args!(
            "error: nothing to store: no .txt or .md files found"
        ));
        return EXIT_USAGE;
    }

    let mut totals = Totals {
        files: inputs.len(),
        ..Totals::default()
    };
    // Storing is slower than converting, so converted documents wait for the
    // writer; each holds its share of the budget until it is stored, which
    // bounds how many wait (see `budget::InOrder`).
    let (budget, sizes) = run_budget(inputs.iter(), args.max_bytes);
    let queue = budget::InOrder::new(&budget, sizes);
    let (sender, receiver) = mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            rayon::broadcast(|_| {
                while let Some((index, share)) = queue.next() {
                    let input = &inputs[index];
                    let result = read_input(input, args.max_bytes)
                        .and_then(|bytes| convert_owned(bytes, &input.display, &options));
                    // The receiver outlives every sender; a failed send cannot happen.
                    let _ = sender.send((index, result, share));
                }
            });
            drop(sender);
        });
        // SQLite has one writer: documents are stored here, one at a time, in
        // input order as soon as each next one is converted.
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, result, share) in &receiver {
            pending.insert(index, (result, share));
            while let Some((result, share)) = pending.remove(&next) {
                store(&mut conn, &inputs[next], result, &db_shown, &mut totals);
                drop(share);
                next += 1;
            }
        }
    });

    let held = sqlite::document_count(&conn)
        .map(|n| format!("; {db_shown} holds {n} documents"))
        .unwrap_or_default();
    say(format_args!(
        "{} files, {} stored ({} replaced), {} failed, {} tasks in {:.2}s{held}",
        totals.files,
        totals.stored,
        totals.replaced,
        totals.failed,
        totals.tasks,
        started.elapsed().as_secs_f64()
    ));
    if totals.failed > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    }
}

#[derive(Default)]
struct Totals {
    files: usize,
    stored: usize,
    replaced: usize,
    failed: usize,
    tasks: usize,
}

fn store(
    conn: &mut sqlite::rusqlite::Connection,
    input: &Input,
    result: Result<Graph, Failure>,
    db_shown: &str,
    totals: &mut Totals,
) {
    let name = shown(&input.display);
    let stored = result.and_then(|graph| {
        sqlite::store(conn, &graph)
            .map(|stored| (graph.tasks.len(), stored))
            .map_err(|e| Failure::new(format!("cannot store in {db_shown}: {e}")))
    });
    match stored {
        Ok((tasks, stored)) => {
            totals.stored += 1;
            totals.tasks += tasks;
            if stored.replaced {
                totals.replaced += 1;
                say(format_args!(
                    "replaced: {name} -> {db_shown} ({tasks} tasks; the same content was stored before)"
                ));
            } else {
                say(format_args!("stored: {name} -> {db_shown} ({tasks} tasks)"));
            }
            for sha in &stored.other_versions {
                say(format_args!(
                    "warning: {name}: {db_shown} also holds another version of this file (sha256 {sha}); both are kept"
                ));
            }
        }
        Err(failure) => {
            totals.failed += 1;
            report_error(&input.display, &failure);
            say(format_args!("failed: {name}"));
        }
    }
}
