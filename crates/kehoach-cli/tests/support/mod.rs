//! Helpers for running the real `kehoach` binary and checking its output
//! against the v1 contract (the rules in README.md "Output") and the committed schema.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub fn kehoach() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kehoach"));
    // Tests must not depend on the caller's thread setting unless they set it.
    cmd.env_remove("RAYON_NUM_THREADS");
    cmd
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled corpus, as a path relative to this crate (tests run the binary
/// from the crate directory).
pub const CORPUS: &str = "../../corpus";

pub fn committed_schema_path() -> PathBuf {
    manifest_dir().join("../../schema/kehoach-v1.schema.json")
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Lines of standard error without the summary line (it carries a timing).
pub fn report_lines(out: &Output) -> Vec<String> {
    stderr(out)
        .lines()
        .filter(|l| !is_summary(l))
        .map(str::to_string)
        .collect()
}

pub fn is_summary(line: &str) -> bool {
    line.starts_with("kehoach: ") && line.contains(" files, ") && line.contains(" converted (")
}

pub fn summary(out: &Output) -> String {
    let text = stderr(out);
    let lines: Vec<&str> = text.lines().filter(|l| is_summary(l)).collect();
    assert_eq!(
        lines.len(),
        1,
        "expected exactly one summary line in:\n{text}"
    );
    lines[0].to_string()
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

/// Sorted names of the entries of a directory.
pub fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

/// The committed schema, compiled once per call.
pub struct SchemaValidator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
    pub schema: Value,
}

impl SchemaValidator {
    pub fn committed() -> Self {
        let schema = read_json(&committed_schema_path());
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        // Loaded from memory: validation must never reach out for anything.
        let url = "urn:kehoach:v1-schema";
        compiler
            .add_resource(url, schema.clone())
            .expect("schema resource");
        let index = compiler
            .compile(url, &mut schemas)
            .unwrap_or_else(|e| panic!("schema does not compile: {e:#}"));
        SchemaValidator {
            schemas,
            index,
            schema,
        }
    }

    pub fn errors(&self, instance: &Value) -> Option<String> {
        self.schemas
            .validate(instance, self.index)
            .err()
            .map(|e| format!("{e}"))
    }
}

/// Keys schema-v1.md lists for each kind of object. Other keys may be added;
/// these may never be missing.
const CONTRACT_KEYS: &[(&str, &[&str])] = &[
    (
        "graph",
        &[
            "schema_version",
            "document",
            "sections",
            "tasks",
            "agencies",
            "references",
            "tables",
            "edges",
            "diagnostics",
        ],
    ),
    (
        "document",
        &[
            "id",
            "source",
            "number",
            "doc_type",
            "issuer",
            "place",
            "issued_on",
            "signer",
            "title",
        ],
    ),
    ("source", &["path", "sha256", "bytes", "format", "encoding"]),
    ("section", &["id", "label", "title", "parent", "span"]),
    (
        "task",
        &[
            "id", "origin", "label", "path", "section", "text", "lead", "support", "deadline",
            "output", "span",
        ],
    ),
    ("deadline", &["raw", "kind", "start", "end", "dates"]),
    ("agency", &["id", "name", "mentions", "level"]),
    (
        "reference",
        &["id", "number", "doc_type", "issued_on", "issuer"],
    ),
    ("table", &["id", "title", "columns", "rows", "span"]),
    ("edge", &["from", "to", "kind"]),
    ("diagnostic", &["severity", "code", "message", "span"]),
    (
        "span",
        &["start_line", "end_line", "start_byte", "end_byte"],
    ),
];

fn contract_keys(kind: &str) -> &'static [&'static str] {
    CONTRACT_KEYS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, keys)| *keys)
        .unwrap_or(&[])
}

fn require_keys(value: &Value, kind: &str, at: &str, problems: &mut Vec<String>) {
    let Some(object) = value.as_object() else {
        problems.push(format!("{at}: expected an object ({kind})"));
        return;
    };
    for key in contract_keys(kind) {
        if !object.contains_key(*key) {
            problems.push(format!("{at}: missing key {key:?} ({kind})"));
        }
    }
}

fn array<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn span_at(value: &Value, key: &str, at: &str, problems: &mut Vec<String>) {
    match value.get(key) {
        Some(Value::Null) | None => {}
        Some(span) => require_keys(span, "span", &format!("{at}.{key}"), problems),
    }
}

/// Violations of the contract rules of schema-v1.md that a JSON Schema does
/// not express: every key present (also those the schema leaves optional),
/// ids unique within the document, every id an edge or a task names exists.
pub fn contract_violations(graph: &Value, schema: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    require_keys(graph, "graph", "$", &mut problems);
    every_schema_key_present(graph, schema, schema, "$", &mut problems);
    if let Some(document) = graph.get("document") {
        require_keys(document, "document", "$.document", &mut problems);
        if let Some(source) = document.get("source") {
            require_keys(source, "source", "$.document.source", &mut problems);
        }
    }

    // Ids share one namespace: an edge names its ends by id alone.
    let mut ids: std::collections::HashMap<String, &str> = Default::default();
    let mut by_kind: std::collections::HashMap<&str, HashSet<String>> = Default::default();
    for (collection, kind) in [
        ("sections", "section"),
        ("tasks", "task"),
        ("agencies", "agency"),
        ("references", "reference"),
        ("tables", "table"),
    ] {
        for (i, item) in array(graph, collection).iter().enumerate() {
            let at = format!("$.{collection}[{i}]");
            require_keys(item, kind, &at, &mut problems);
            span_at(item, "span", &at, &mut problems);
            if kind == "task" {
                if let Some(deadline) = item.get("deadline") {
                    require_keys(
                        deadline,
                        "deadline",
                        &format!("{at}.deadline"),
                        &mut problems,
                    );
                }
            }
            let Some(id) = item.get("id").and_then(Value::as_str) else {
                problems.push(format!("{at}: id is not a string"));
                continue;
            };
            if let Some(first) = ids.insert(id.to_string(), kind) {
                problems.push(format!(
                    "{at}: duplicate id {id:?} (already used by a {first})"
                ));
            }
            by_kind.entry(kind).or_default().insert(id.to_string());
        }
    }
    let known = |kind: &str, id: &str| by_kind.get(kind).is_some_and(|s| s.contains(id));

    for (i, section) in array(graph, "sections").iter().enumerate() {
        if let Some(parent) = section.get("parent").and_then(Value::as_str) {
            if !known("section", parent) {
                problems.push(format!(
                    "$.sections[{i}].parent names unknown section {parent:?}"
                ));
            }
        }
    }
    for (i, task) in array(graph, "tasks").iter().enumerate() {
        if let Some(section) = task.get("section").and_then(Value::as_str) {
            if !known("section", section) {
                problems.push(format!(
                    "$.tasks[{i}].section names unknown section {section:?}"
                ));
            }
        }
        for role in ["lead", "support"] {
            for agency in array(task, role).iter().filter_map(Value::as_str) {
                if !known("agency", agency) {
                    problems.push(format!(
                        "$.tasks[{i}].{role} names unknown agency {agency:?}"
                    ));
                }
            }
        }
    }
    for (i, edge) in array(graph, "edges").iter().enumerate() {
        require_keys(edge, "edge", &format!("$.edges[{i}]"), &mut problems);
        for end in ["from", "to"] {
            match edge.get(end).and_then(Value::as_str) {
                Some(id) if ids.contains_key(id) => {}
                Some(id) => problems.push(format!("$.edges[{i}].{end} names unknown id {id:?}")),
                None => problems.push(format!("$.edges[{i}].{end} is not a string")),
            }
        }
    }
    for (i, diagnostic) in array(graph, "diagnostics").iter().enumerate() {
        let at = format!("$.diagnostics[{i}]");
        require_keys(diagnostic, "diagnostic", &at, &mut problems);
        span_at(diagnostic, "span", &at, &mut problems);
    }
    problems
}

/// Walk `value` alongside its schema and report every property the schema
/// declares that the value leaves out. The generated schema marks `Option`
/// fields as not required, but the contract says keys are always present.
fn every_schema_key_present(
    value: &Value,
    sub: &Value,
    root: &Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    let sub = resolve(sub, root);
    if let Some(options) = sub
        .get("anyOf")
        .or_else(|| sub.get("oneOf"))
        .and_then(Value::as_array)
    {
        // Follow the alternative that describes this kind of value.
        for option in options {
            let option = resolve(option, root);
            let fits = match value {
                Value::Object(_) => {
                    option.get("properties").is_some() || option.get("anyOf").is_some()
                }
                Value::Array(_) => option.get("items").is_some(),
                _ => false,
            };
            if fits {
                every_schema_key_present(value, option, root, at, problems);
            }
        }
        return;
    }
    match value {
        Value::Object(object) => {
            let Some(properties) = sub.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (key, property) in properties {
                match object.get(key) {
                    None => problems.push(format!("{at}: missing key {key:?}")),
                    Some(child) => every_schema_key_present(
                        child,
                        property,
                        root,
                        &format!("{at}.{key}"),
                        problems,
                    ),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = sub.get("items") {
                for (i, item) in items.iter().enumerate() {
                    every_schema_key_present(
                        item,
                        item_schema,
                        root,
                        &format!("{at}[{i}]"),
                        problems,
                    );
                }
            }
        }
        _ => {}
    }
}

fn resolve<'a>(mut sub: &'a Value, root: &'a Value) -> &'a Value {
    // Local references only ("#/$defs/Task"); a bounded loop guards against cycles.
    for _ in 0..16 {
        let Some(reference) = sub.get("$ref").and_then(Value::as_str) else {
            return sub;
        };
        let Some(pointer) = reference.strip_prefix('#') else {
            return sub;
        };
        match root.pointer(pointer) {
            Some(target) => sub = target,
            None => return sub,
        }
    }
    sub
}
