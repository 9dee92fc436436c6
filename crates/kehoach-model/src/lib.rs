//! The v1 contract of kehoach: one [`Graph`] per input document.
//!
//! These are the only types in kehoach that derive `Serialize`; every other
//! crate keeps its own internal types and converts at the edge. Field order in
//! the structs is the key order of the JSON output, and downstream systems rely
//! on every key being present (absent values are `null` or `[]`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version string written into every document.
pub const SCHEMA_VERSION: &str = "1.0";

/// A source range: 1-based lines and 0-based byte offsets into the input as
/// decoded to UTF-8, before any normalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    pub start_line: u32,
    pub end_line: u32,
    pub start_byte: u64,
    pub end_byte: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Graph {
    pub schema_version: String,
    pub document: Document,
    pub sections: Vec<Section>,
    pub tasks: Vec<Task>,
    pub agencies: Vec<Agency>,
    pub references: Vec<Reference>,
    pub tables: Vec<Table>,
    pub edges: Vec<Edge>,
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Stable id, derived from number/issuer/date, else from the file name.
    pub id: String,
    pub source: Source,
    /// The "Số:" value, null when blank or absent.
    pub number: Option<String>,
    pub doc_type: Option<String>,
    pub issuer: Option<String>,
    pub place: Option<String>,
    /// ISO 8601 date.
    pub issued_on: Option<String>,
    pub signer: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    pub format: SourceFormat,
    pub encoding: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Markdown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub label: Option<String>,
    pub title: Option<String>,
    pub parent: Option<String>,
    /// What the part is for, as far as kehoach can tell from its title and content.
    pub role: SectionRole,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SectionRole {
    /// "Mục tiêu", "Mục đích, yêu cầu": objectives, never tasks.
    Objectives,
    /// "Nhiệm vụ", "Nội dung", "Giải pháp": the task-assignment part.
    Tasks,
    /// "Tổ chức thực hiện": per-agency responsibilities.
    Organization,
    /// "Kinh phí": funding.
    Funding,
    /// A row group inside an appendix table.
    Table,
    /// Anything else (or a part whose title was lost).
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: String,
    pub origin: Origin,
    pub label: Option<String>,
    pub path: Vec<String>,
    pub section: Option<String>,
    pub text: String,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    /// The assignment as printed: the "Cơ quan thực hiện:" value, the lead cell, or
    /// the per-agency heading. Kept so a reader can check the split.
    pub lead_raw: Option<String>,
    /// The supporting agencies as printed ("Đơn vị phối hợp:" value or cell).
    pub support_raw: Option<String>,
    /// The plan's own issuer when the task names no lead but the plan implies it.
    pub implicit_lead: Option<String>,
    pub deadline: Deadline,
    pub output: Option<String>,
    /// Table columns the contract has no key for, as `[column, value]` pairs.
    pub extra: Vec<[String; 2]>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Narrative,
    Table,
    Responsibility,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub raw: Option<String>,
    pub kind: DeadlineKind,
    pub start: Option<String>,
    pub end: Option<String>,
    /// Only filled for `phased`.
    pub dates: Vec<String>,
}

impl Deadline {
    pub fn none() -> Self {
        Deadline {
            raw: None,
            kind: DeadlineKind::None,
            start: None,
            end: None,
            dates: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    Date,
    FromDate,
    Month,
    Quarter,
    HalfYear,
    Year,
    Range,
    Phased,
    Recurring,
    Event,
    Roadmap,
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: String,
    pub name: String,
    pub mentions: Vec<String>,
    pub level: Option<AgencyLevel>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AgencyLevel {
    Central,
    Province,
    District,
    Commune,
    Group,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    pub number: String,
    pub doc_type: Option<String>,
    pub issued_on: Option<String>,
    pub issuer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: String,
    pub title: Option<String>,
    pub columns: Vec<String>,
    /// Data rows after merging broken rows; repeated headers and section rows excluded.
    pub rows: u32,
    pub section_rows: u32,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub kind: EdgeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    Lead,
    Support,
    PartOf,
    Cites,
    SameAs,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: String,
    pub message: String,
    pub span: Option<Span>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// The JSON Schema of [`Graph`], as published in `schema/kehoach-v1.schema.json`.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Graph);
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}

/// Serialise a graph. Compact output is one line; pretty output ends with a newline.
pub fn to_json(graph: &Graph, pretty: bool) -> String {
    let mut s = if pretty {
        serde_json::to_string_pretty(graph)
    } else {
        serde_json::to_string(graph)
    }
    // Serialising plain structs of strings and numbers cannot fail.
    .unwrap_or_default();
    s.push('\n');
    s
}

/// [`to_json`] written straight to `out`: exactly the same bytes, without the
/// whole text in memory at once (a large plan's JSON is bigger than its input).
///
/// serde writes in many small pieces: they are gathered here in a buffer of
/// this function's own, whose writes are inlined, so that a writer behind
/// `dyn Write` (the command line's) is called once per 64 KiB, not per piece.
pub fn write_json<W: std::io::Write>(graph: &Graph, pretty: bool, out: W) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    if pretty {
        serde_json::to_writer_pretty(&mut out, graph)
    } else {
        serde_json::to_writer(&mut out, graph)
    }
    // Only the writer can fail; its error comes back unchanged.
    .map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Check the rules of the contract that the JSON Schema cannot express, for a
/// graph made from an input that decoded to `decoded_len` bytes. Returns one
/// message per violation, empty when the graph keeps them all:
///
/// - every span lies inside the decoded input, with start ≤ end for both bytes
///   and lines, and lines counted from 1;
/// - ids are unique across sections, tasks, agencies, references and tables
///   (one namespace);
/// - every id an edge, a task's `section`, `lead` or `support`, or a section's
///   `parent` names exists in the graph.
///
/// Used by the tests and the fuzz targets; cheap enough to run on every output.
pub fn check(graph: &Graph, decoded_len: usize) -> Vec<String> {
    use std::collections::HashSet;
    let mut problems = Vec::new();
    let len = decoded_len as u64;
    let mut span = |what: &str, s: &Span| {
        if s.start_byte > s.end_byte || s.end_byte > len {
            problems.push(format!(
                "{what}: bytes {}..{} outside the input (0..{len})",
                s.start_byte, s.end_byte
            ));
        }
        if s.start_line == 0 || s.start_line > s.end_line {
            problems.push(format!(
                "{what}: lines {}..{} are not 1-based and ordered",
                s.start_line, s.end_line
            ));
        }
    };
    for s in &graph.sections {
        span(&format!("section {}", s.id), &s.span);
    }
    for t in &graph.tasks {
        span(&format!("task {}", t.id), &t.span);
    }
    for t in &graph.tables {
        span(&format!("table {}", t.id), &t.span);
    }
    for d in &graph.diagnostics {
        if let Some(s) = &d.span {
            span(&format!("diagnostic {}", d.code), s);
        }
    }

    let mut ids: HashSet<&str> = HashSet::new();
    let all_ids = graph
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .chain(graph.tasks.iter().map(|t| t.id.as_str()))
        .chain(graph.agencies.iter().map(|a| a.id.as_str()))
        .chain(graph.references.iter().map(|r| r.id.as_str()))
        .chain(graph.tables.iter().map(|t| t.id.as_str()));
    for id in all_ids {
        if !ids.insert(id) {
            problems.push(format!("id {id:?} is used twice"));
        }
    }
    let mut resolve = |what: String, id: &str| {
        if !ids.contains(id) {
            problems.push(format!("{what} names {id:?}, which does not exist"));
        }
    };
    for e in &graph.edges {
        resolve(format!("edge {} -> {}", e.from, e.to), &e.from);
        resolve(format!("edge {} -> {}", e.from, e.to), &e.to);
    }
    for t in &graph.tasks {
        if let Some(s) = &t.section {
            resolve(format!("task {} section", t.id), s);
        }
        for a in t.lead.iter().chain(&t.support) {
            resolve(format!("task {} agency", t.id), a);
        }
    }
    for s in &graph.sections {
        if let Some(p) = &s.parent {
            resolve(format!("section {} parent", s.id), p);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(a: u64, b: u64) -> Span {
        Span {
            start_line: 1,
            end_line: 1,
            start_byte: a,
            end_byte: b,
        }
    }

    fn graph() -> Graph {
        Graph {
            schema_version: SCHEMA_VERSION.into(),
            document: Document {
                id: "d".into(),
                source: Source {
                    path: "p".into(),
                    sha256: String::new(),
                    bytes: 10,
                    format: SourceFormat::Text,
                    encoding: "utf-8".into(),
                },
                number: None,
                doc_type: None,
                issuer: None,
                place: None,
                issued_on: None,
                signer: None,
                title: None,
            },
            sections: vec![Section {
                id: "I".into(),
                label: Some("I".into()),
                title: None,
                parent: None,
                role: SectionRole::Tasks,
                span: span(0, 4),
            }],
            tasks: vec![Task {
                id: "I/1".into(),
                origin: Origin::Narrative,
                label: Some("1".into()),
                path: vec!["I".into(), "1".into()],
                section: Some("I".into()),
                text: "x".into(),
                lead: vec!["agency:a".into()],
                support: vec![],
                lead_raw: None,
                support_raw: None,
                implicit_lead: None,
                deadline: Deadline::none(),
                output: None,
                extra: vec![],
                span: span(5, 10),
            }],
            agencies: vec![Agency {
                id: "agency:a".into(),
                name: "A".into(),
                mentions: vec![],
                level: None,
            }],
            references: vec![],
            tables: vec![],
            edges: vec![Edge {
                from: "I/1".into(),
                to: "agency:a".into(),
                kind: EdgeKind::Lead,
            }],
            diagnostics: vec![],
        }
    }

    #[test]
    fn written_json_is_the_json_text() {
        for pretty in [false, true] {
            let mut written = Vec::new();
            assert!(write_json(&graph(), pretty, &mut written).is_ok());
            assert_eq!(written, to_json(&graph(), pretty).into_bytes());
        }
    }

    #[test]
    fn a_sound_graph_passes() {
        assert_eq!(check(&graph(), 10), Vec::<String>::new());
    }

    #[test]
    fn each_broken_rule_is_reported() {
        // Span past the end of the input, and reversed.
        assert_eq!(check(&graph(), 9).len(), 1);
        let mut g = graph();
        g.tasks[0].span = span(6, 5);
        assert_eq!(check(&g, 10).len(), 1);
        g.tasks[0].span.start_line = 0;
        assert_eq!(check(&g, 10).len(), 2);

        // Duplicate id across kinds.
        let mut g = graph();
        g.agencies[0].id = "I".into();
        let p = check(&g, 10);
        assert!(p.iter().any(|m| m.contains("used twice")), "{p:?}");

        // Dangling references of every kind.
        let mut g = graph();
        g.edges[0].to = "agency:b".into();
        g.tasks[0].section = Some("II".into());
        g.tasks[0].support = vec!["agency:c".into()];
        g.sections[0].parent = Some("0".into());
        assert_eq!(check(&g, 10).len(), 4);
    }
}
