//! `kehoach convert --format`: which bytes a run writes, and under which names.
//!
//! JSON and NDJSON are written per input (`OUTDIR/<stem>.json`,
//! `OUTDIR/<stem>.ndjson`): a document's lines stand alone, so per-input files
//! concatenate into one stream. CSV and Excel are written once per run
//! (`OUTDIR/tasks.csv` + `OUTDIR/agencies.csv`, `OUTDIR/kehoach.xlsx`):
//! a table has one header, and people want one table or workbook for the
//! whole batch, with a document column, not one per plan.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use kehoach_model::Graph;

use crate::inputs;
use crate::output::{self, AtomicFile};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The v1 JSON graph, one document per input.
    Json,
    /// One JSON line per task, with document id, agency names and deadline.
    Ndjson,
    /// A tasks table and an agencies table (UTF-8 with BOM, for Excel too).
    Csv,
    /// One Excel workbook: Tasks, Agencies, Tables, Diagnostics, Documents.
    Xlsx,
}

/// File names of the formats written once per run.
pub const CSV_TASKS: &str = "tasks.csv";
pub const CSV_AGENCIES: &str = "agencies.csv";
pub const WORKBOOK: &str = "kehoach.xlsx";

impl Format {
    /// The extension of the file written per input, or `None` when the run
    /// writes one set of files for all inputs.
    pub fn per_input_extension(self) -> Option<&'static str> {
        match self {
            Format::Json => Some("json"),
            Format::Ndjson => Some("ndjson"),
            Format::Csv | Format::Xlsx => None,
        }
    }

    /// The bytes for one document on standard output. CSV gives the tasks
    /// table only: one stream holds one table.
    pub fn one(self, graph: &Graph, pretty: bool) -> Result<Vec<u8>, String> {
        let graphs = std::slice::from_ref(graph);
        let bytes = match self {
            Format::Json => return Ok(kehoach_model::to_json(graph, pretty).into_bytes()),
            Format::Ndjson => kehoach_emit::ndjson::tasks(graph),
            Format::Csv => kehoach_emit::csv::tasks(graphs),
            Format::Xlsx => kehoach_emit::xlsx::workbook(graphs),
        };
        bytes.map_err(|e| e.to_string())
    }
}

/// Refuse option combinations that would silently do something else than
/// asked: JSON layout flags on other formats, a workbook sent to a terminal.
pub fn check(format: Format, pretty: bool, compact: bool, to_stdout: bool) -> Result<(), String> {
    if format != Format::Json && (pretty || compact) {
        return Err("--pretty and --compact apply to --format json only".to_string());
    }
    if format == Format::Xlsx && to_stdout && std::io::stdout().is_terminal() {
        return Err(
            "--format xlsx writes a binary workbook; redirect standard output to a file or give -o OUTDIR"
                .to_string(),
        );
    }
    Ok(())
}

/// Write one document's per-input file; `Ok(None)` for formats written per run.
pub fn write_one(
    format: Format,
    out_dir: &Path,
    stem: &str,
    graph: &Graph,
    pretty: bool,
) -> Result<Option<PathBuf>, String> {
    let Some(extension) = format.per_input_extension() else {
        return Ok(None);
    };
    let name = format!("{stem}.{extension}");
    let written = match format {
        // Streamed: a large plan's JSON or NDJSON is never built whole in memory.
        Format::Json => output::write_file_atomic_with(out_dir, &name, |out| {
            kehoach_model::write_json(graph, pretty, out)
        }),
        Format::Ndjson => output::write_file_atomic_with(out_dir, &name, |out| {
            kehoach_emit::ndjson::write_tasks(graph, out).map_err(|e| match e {
                kehoach_emit::Error::Io(e) => e,
                other => std::io::Error::other(other.to_string()),
            })
        }),
        _ => {
            let bytes = format.one(graph, pretty)?;
            output::write_file_atomic(out_dir, &name, &bytes)
        }
    };
    written.map(Some).map_err(|e| {
        format!(
            "cannot write {}: {e}",
            inputs::display(&out_dir.join(&name))
        )
    })
}

/// The files of a format written once per run, filled in input order as
/// documents arrive. CSV rows are written as each document comes, so a run
/// holds only the documents not yet written; a workbook is built whole at the
/// end (a worksheet holds at most about a million rows anyway).
pub enum RunWriter {
    /// JSON and NDJSON: every document has its own file.
    None,
    /// Boxed: a CSV writer holds its buffers inline.
    Csv {
        tasks: Box<kehoach_emit::csv::Table<AtomicFile>>,
        agencies: Box<kehoach_emit::csv::Table<AtomicFile>>,
    },
    Xlsx(Vec<Graph>),
}

impl RunWriter {
    /// Start the run's files (temporary until [`RunWriter::finish`]).
    pub fn start(format: Format, out_dir: &Path) -> Result<RunWriter, String> {
        let open = |name: &str| {
            AtomicFile::create(out_dir, name)
                .map_err(|e| format!("cannot write {}: {e}", inputs::display(&out_dir.join(name))))
        };
        let table = |e: kehoach_emit::Error| e.to_string();
        Ok(match format {
            Format::Json | Format::Ndjson => RunWriter::None,
            Format::Csv => RunWriter::Csv {
                tasks: Box::new(kehoach_emit::csv::Table::tasks(open(CSV_TASKS)?).map_err(table)?),
                agencies: Box::new(
                    kehoach_emit::csv::Table::agencies(open(CSV_AGENCIES)?).map_err(table)?,
                ),
            },
            Format::Xlsx => RunWriter::Xlsx(Vec::new()),
        })
    }

    /// Add the next document in input order.
    pub fn add(&mut self, graph: Graph) -> Result<(), String> {
        match self {
            RunWriter::None => Ok(()),
            RunWriter::Csv { tasks, agencies } => tasks
                .add(&graph)
                .and_then(|()| agencies.add(&graph))
                .map_err(|e| e.to_string()),
            RunWriter::Xlsx(graphs) => {
                graphs.push(graph);
                Ok(())
            }
        }
    }

    /// Complete the run's files; the paths written, in order.
    pub fn finish(self, out_dir: &Path) -> Result<Vec<PathBuf>, String> {
        let committed = |file: Result<AtomicFile, kehoach_emit::Error>, name: &str| {
            file.map_err(|e| e.to_string())?
                .commit()
                .map_err(|e| format!("cannot write {}: {e}", inputs::display(&out_dir.join(name))))
        };
        match self {
            RunWriter::None => Ok(Vec::new()),
            RunWriter::Csv { tasks, agencies } => Ok(vec![
                committed(tasks.finish(), CSV_TASKS)?,
                committed(agencies.finish(), CSV_AGENCIES)?,
            ]),
            RunWriter::Xlsx(graphs) => {
                let bytes = kehoach_emit::xlsx::workbook(&graphs).map_err(|e| e.to_string())?;
                let path = output::write_file_atomic(out_dir, WORKBOOK, &bytes).map_err(|e| {
                    format!(
                        "cannot write {}: {e}",
                        inputs::display(&out_dir.join(WORKBOOK))
                    )
                })?;
                Ok(vec![path])
            }
        }
    }
}
