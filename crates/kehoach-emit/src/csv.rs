//! Two CSV tables, tasks and agencies, each with a `document` column so the
//! tables of many plans can be stacked and joined.
//!
//! RFC 4180: comma-separated, fields quoted when they contain a comma, quote
//! or line break, records ended by CRLF. The bytes start with a UTF-8 byte
//! order mark: without it Excel reads the file in the local ANSI code page and
//! Vietnamese letters come out garbled. Values are written exactly as in the
//! graph; several values in one cell (agency names, ids, milestone dates,
//! mentions) are joined with [`NAME_SEPARATOR`](crate::NAME_SEPARATOR).

use std::io::Write;

use kehoach_model::Graph;

use crate::rows::{self, TaskRow};
use crate::Error;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Columns of the tasks table, in order.
pub const TASK_COLUMNS: [&str; 20] = [
    "document",
    "source",
    "id",
    "origin",
    "label",
    "path",
    "section",
    "text",
    "lead",
    "support",
    "lead_ids",
    "support_ids",
    "implicit_lead",
    "deadline_raw",
    "deadline_kind",
    "deadline_start",
    "deadline_end",
    "deadline_dates",
    "output",
    "line",
];

/// Columns of the agencies table, in order. `lead_tasks` and `support_tasks`
/// count the distinct tasks of the document that name the agency.
pub const AGENCY_COLUMNS: [&str; 8] = [
    "document",
    "source",
    "id",
    "name",
    "level",
    "mentions",
    "lead_tasks",
    "support_tasks",
];

/// The tasks table of the given graphs, in the order given, one header row.
pub fn tasks(graphs: &[Graph]) -> Result<Vec<u8>, Error> {
    let mut table = Table::tasks(Vec::new())?;
    for graph in graphs {
        table.add(graph)?;
    }
    table.finish()
}

/// The agencies table of the given graphs, in the order given, one header row.
pub fn agencies(graphs: &[Graph]) -> Result<Vec<u8>, Error> {
    let mut table = Table::agencies(Vec::new())?;
    for graph in graphs {
        table.add(graph)?;
    }
    table.finish()
}

/// One table written as graphs arrive, so that a run of any length holds
/// only the graph being added (bulk `convert --format csv`).
pub struct Table<W: Write> {
    writer: ::csv::Writer<W>,
    rows: fn(&mut ::csv::Writer<W>, &Graph) -> Result<(), Error>,
}

impl<W: Write> Table<W> {
    /// The tasks table: the byte order mark and the header row are written now.
    pub fn tasks(out: W) -> Result<Table<W>, Error> {
        Table::start(out, &TASK_COLUMNS, task_rows)
    }

    /// The agencies table: the byte order mark and the header row are written now.
    pub fn agencies(out: W) -> Result<Table<W>, Error> {
        Table::start(out, &AGENCY_COLUMNS, agency_rows)
    }

    fn start(
        mut out: W,
        columns: &[&str],
        rows: fn(&mut ::csv::Writer<W>, &Graph) -> Result<(), Error>,
    ) -> Result<Table<W>, Error> {
        out.write_all(UTF8_BOM).map_err(::csv::Error::from)?;
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .quote_style(::csv::QuoteStyle::Necessary)
            .from_writer(out);
        writer.write_record(columns)?;
        Ok(Table { writer, rows })
    }

    /// Append the rows of one graph.
    pub fn add(&mut self, graph: &Graph) -> Result<(), Error> {
        (self.rows)(&mut self.writer, graph)
    }

    /// Flush what is buffered and hand back the destination.
    pub fn finish(self) -> Result<W, Error> {
        self.writer
            .into_inner()
            .map_err(|e| Error::Csv(::csv::Error::from(e.into_error())))
    }
}

fn task_rows<W: Write>(writer: &mut ::csv::Writer<W>, graph: &Graph) -> Result<(), Error> {
    for row in TaskRow::all(graph) {
        let task = row.task;
        let deadline = &task.deadline;
        let line = task.span.start_line.to_string();
        writer.write_record([
            graph.document.id.as_str(),
            graph.document.source.path.as_str(),
            task.id.as_str(),
            rows::origin_name(task.origin),
            opt(&task.label),
            &row.path(),
            opt(&task.section),
            task.text.as_str(),
            &row.lead_names(),
            &row.support_names(),
            &row.lead_ids(),
            &row.support_ids(),
            opt(&task.implicit_lead),
            opt(&deadline.raw),
            rows::deadline_kind_name(deadline.kind),
            opt(&deadline.start),
            opt(&deadline.end),
            &row.deadline_dates(),
            opt(&task.output),
            &line,
        ])?;
    }
    Ok(())
}

fn agency_rows<W: Write>(writer: &mut ::csv::Writer<W>, graph: &Graph) -> Result<(), Error> {
    let workload = rows::workload(graph);
    for agency in &graph.agencies {
        let (lead, support) = workload.get(agency.id.as_str()).copied().unwrap_or((0, 0));
        writer.write_record([
            graph.document.id.as_str(),
            graph.document.source.path.as_str(),
            agency.id.as_str(),
            agency.name.as_str(),
            agency.level.map(rows::level_name).unwrap_or(""),
            &rows::join(agency.mentions.iter().map(String::as_str)),
            &lead.to_string(),
            &support.to_string(),
        ])?;
    }
    Ok(())
}

/// An absent value is an empty field, as spreadsheets and `COPY … CSV` expect.
fn opt(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}
