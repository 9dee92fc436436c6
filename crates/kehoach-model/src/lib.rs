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
