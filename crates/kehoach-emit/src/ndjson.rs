//! One JSON object per task, one task per line.
//!
//! Each line stands on its own, so lines can be streamed into a database or a
//! log pipeline without the rest of the graph: it names its document (id,
//! content hash, source path, issuer), carries agency names next to their ids
//! and the deadline exactly as the v1 contract writes it. Files of several
//! documents concatenate into a valid stream.
//!
//! A line's keys, in order: `document`, `sha256`, `source`, `issuer`, `id`,
//! `origin`, `label`, `path`, `section`, `text`, `lead`, `support`,
//! `lead_raw`, `support_raw`, `implicit_lead`, `deadline`, `output`, `extra`,
//! `span`. `lead` and `support` are arrays of `{"id", "name"}`; every other
//! value has the type and spelling of the same key in the JSON graph.

use std::io::Write;

use serde::Serialize;

use kehoach_model::Graph;

use crate::rows::{AgencyRef, TaskRow};
use crate::Error;

/// The NDJSON lines of one graph: one per task, each ending in `\n`; empty
/// when the plan assigns no task.
pub fn tasks(graph: &Graph) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    write_tasks(graph, &mut out)?;
    Ok(out)
}

/// [`tasks`] written line by line into `out`, so that a large plan's lines
/// are never held in memory all at once.
pub fn write_tasks(graph: &Graph, out: &mut dyn Write) -> Result<(), Error> {
    let mut buffer = Vec::new();
    for row in TaskRow::all(graph) {
        buffer.clear();
        line(&mut buffer, &row)?;
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// The NDJSON lines of several graphs, in the order given.
pub fn tasks_of_all(graphs: &[Graph]) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    for graph in graphs {
        out.extend(tasks(graph)?);
    }
    Ok(out)
}

fn line(out: &mut Vec<u8>, row: &TaskRow<'_>) -> Result<(), Error> {
    let document = &row.graph.document;
    let task = row.task;
    // Keys are written in a fixed order by hand: a serde_json map would sort
    // them, and deriving a second serialisable type would duplicate the
    // contract's field spellings.
    let mut object = Object::new(out);
    object.field("document", &document.id)?;
    object.field("sha256", &document.source.sha256)?;
    object.field("source", &document.source.path)?;
    object.field("issuer", &document.issuer)?;
    object.field("id", &task.id)?;
    object.field("origin", &task.origin)?;
    object.field("label", &task.label)?;
    object.field("path", &task.path)?;
    object.field("section", &task.section)?;
    object.field("text", &task.text)?;
    object.field("lead", &Agencies(&row.lead))?;
    object.field("support", &Agencies(&row.support))?;
    object.field("lead_raw", &task.lead_raw)?;
    object.field("support_raw", &task.support_raw)?;
    object.field("implicit_lead", &task.implicit_lead)?;
    object.field("deadline", &task.deadline)?;
    object.field("output", &task.output)?;
    object.field("extra", &task.extra)?;
    object.field("span", &task.span)?;
    object.end();
    Ok(())
}

/// A JSON object written key by key into a buffer.
struct Object<'o> {
    out: &'o mut Vec<u8>,
    first: bool,
}

impl<'o> Object<'o> {
    fn new(out: &'o mut Vec<u8>) -> Self {
        out.push(b'{');
        Object { out, first: true }
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        serde_json::to_writer(&mut *self.out, key)?;
        self.out.push(b':');
        serde_json::to_writer(&mut *self.out, value)?;
        Ok(())
    }

    fn end(self) {
        self.out.extend_from_slice(b"}\n");
    }
}

/// `[{"id": …, "name": …}, …]` for a task's lead or support agencies.
struct Agencies<'r, 'a>(&'r [AgencyRef<'a>]);

impl Serialize for Agencies<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        struct One<'r, 'a>(&'r AgencyRef<'a>);
        impl Serialize for One<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("id", self.0.id)?;
                map.serialize_entry("name", &self.0.name)?;
                map.end()
            }
        }
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for agency in self.0 {
            seq.serialize_element(&One(agency))?;
        }
        seq.end()
    }
}
