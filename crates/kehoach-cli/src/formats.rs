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

use crate::{inputs, output};

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

    /// The files written once for the whole run, with their bytes.
    fn per_run(self, graphs: &[Graph]) -> Result<Vec<(&'static str, Vec<u8>)>, String> {
        let text = |e: kehoach_emit::Error| e.to_string();
        Ok(match self {
            Format::Json | Format::Ndjson => Vec::new(),
            Format::Csv => vec![
                (CSV_TASKS, kehoach_emit::csv::tasks(graphs).map_err(text)?),
                (
                    CSV_AGENCIES,
                    kehoach_emit::csv::agencies(graphs).map_err(text)?,
                ),
            ],
            Format::Xlsx => vec![(
                WORKBOOK,
                kehoach_emit::xlsx::workbook(graphs).map_err(text)?,
            )],
        })
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
        // Streamed: a large plan's JSON is never built whole in memory.
        Format::Json => output::write_file_atomic_with(out_dir, &name, |out| {
            kehoach_model::write_json(graph, pretty, out)
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

/// Write the run's files of a per-run format, each atomically; the paths
/// written, in order.
pub fn write_run(format: Format, out_dir: &Path, graphs: &[Graph]) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for (name, bytes) in format.per_run(graphs)? {
        let path = output::write_file_atomic(out_dir, name, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", inputs::display(&out_dir.join(name))))?;
        written.push(path);
    }
    Ok(written)
}
