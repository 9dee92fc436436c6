//! End-to-end tests of `kehoach compare` and `kehoach report`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn kehoach() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kehoach"));
    cmd.env_remove("RAYON_NUM_THREADS");
    cmd.current_dir(root());
    cmd
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const A: &str = "corpus/gia-lai-183-kh-ubnd-2022.txt";
const B: &str = "corpus/dak-nong-468-qd-ubnd-2022.txt";

fn run(args: &[&str]) -> Output {
    kehoach().args(args).output().expect("run kehoach")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn validate(comparison: &Value) {
    let path = root().join("schema/kehoach-compare-v1.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("schema JSON");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    // Loaded from memory: validation never reaches out for anything.
    let url = "urn:kehoach:compare-v1-schema";
    compiler.add_resource(url, schema).expect("schema resource");
    let index = compiler
        .compile(url, &mut schemas)
        .unwrap_or_else(|e| panic!("schema does not compile: {e:#}"));
    if let Err(e) = schemas.validate(comparison, index) {
        panic!("comparison does not validate: {e:#}");
    }
}

#[test]
fn compare_prints_a_table_json_and_csv() {
    let out = run(&["compare", A, B]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.starts_with("2 plans, "), "{table}");
    assert!(table.contains("UNMATCHED"));

    let out = run(&["compare", A, B, "-f", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    validate(&json);
    assert_eq!(json["plans"][0]["key"], "gia-lai-183-kh-ubnd-2022");
    assert!(json["groups"].as_array().expect("groups").len() > 50);

    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("out.csv");
    let out = kehoach()
        .args(["compare", A, B, "-f", "csv", "-o"])
        .arg(&csv)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&csv).expect("csv written");
    assert!(written.starts_with("status,group_id,group_score,representative,plan,task_id,"));
}

#[test]
fn json_inputs_compare_like_their_plans_and_output_is_deterministic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = kehoach()
        .args(["convert", A, B, "-o"])
        .arg(dir.path())
        .output()
        .expect("convert");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ja = dir.path().join("gia-lai-183-kh-ubnd-2022.json");
    let jb = dir.path().join("dak-nong-468-qd-ubnd-2022.json");
    let from_json = kehoach()
        .args(["compare", "-f", "json"])
        .arg(&ja)
        .arg(&jb)
        .output()
        .expect("compare JSON");
    assert_eq!(
        from_json.status.code(),
        Some(0),
        "{}",
        text(&from_json.stderr)
    );
    let from_plans = run(&["compare", A, B, "-f", "json"]);
    assert_eq!(from_plans.stdout, from_json.stdout);
    assert_eq!(
        run(&["compare", A, B, "-f", "json"]).stdout,
        from_plans.stdout
    );
}

#[test]
fn a_bad_input_costs_only_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, b"{\"not\": \"a graph\"}").expect("write");
    let out = kehoach()
        .args(["compare", A, B, "-f", "json"])
        .arg(&bad)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("not a kehoach JSON graph"));
    let json: Value = serde_json::from_slice(&out.stdout).expect("still written");
    assert_eq!(json["plans"].as_array().map(Vec::len), Some(2));

    let out = kehoach().args(["compare"]).arg(&bad).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let out = run(&["compare", A, "--threshold", "2"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn report_writes_one_self_contained_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let html = dir.path().join("report.html");
    let out = kehoach()
        .args(["report", A, B, "-o"])
        .arg(&html)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = std::fs::read_to_string(&html).expect("report written");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(page.contains("id=\"compare\""));
    assert!(
        page.contains("id=\"p1-L1\""),
        "the source panel of a plan given as text"
    );
    // Nothing but the report was written.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["report.html"]);

    let again = kehoach().args(["report", A, B]).output().expect("run");
    assert_eq!(again.stdout, page.as_bytes(), "same inputs, same bytes");
}
