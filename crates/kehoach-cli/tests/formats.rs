//! `kehoach convert --format …` and `kehoach db`, run as the real binary on
//! the corpus, with every output opened by a real reader: serde_json, the csv
//! crate, calamine, SQLite.

use std::collections::BTreeMap;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx};
use kehoach_emit::sqlite::rusqlite::{types::Value as SqlValue, Connection};
use serde_json::Value;

/// The bundled corpus, relative to this crate (the binary runs from here).
const CORPUS: &str = "../../corpus";

fn kehoach() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kehoach"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    // Tests must not depend on the caller's thread setting unless they set it.
    cmd.env_remove("RAYON_NUM_THREADS");
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run kehoach")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Task counts per source path, from the JSON graphs of the corpus.
fn json_task_counts(dir: &Path) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for name in entries(dir) {
        let graph: Value =
            serde_json::from_str(&fs::read_to_string(dir.join(&name)).expect("read"))
                .expect("JSON");
        let path = graph["document"]["source"]["path"]
            .as_str()
            .expect("path")
            .to_string();
        counts.insert(path, graph["tasks"].as_array().expect("tasks").len());
    }
    counts
}

fn convert(format: &str, out_dir: &Path, threads: Option<&str>) -> Output {
    let mut cmd = kehoach();
    cmd.args(["convert", CORPUS, "--format", format, "-o"])
        .arg(out_dir);
    if let Some(n) = threads {
        cmd.env("RAYON_NUM_THREADS", n);
    }
    let out = run(&mut cmd);
    assert_eq!(out.status.code(), Some(0), "{format}:\n{}", stderr(&out));
    out
}

fn csv_rows(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = fs::read(path).expect("read CSV");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader
        .headers()
        .expect("headers")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("record").iter().map(str::to_string).collect())
        .collect();
    (headers, rows)
}

fn count_by(rows: &[Vec<String>], column: usize) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for row in rows {
        *counts.entry(row[column].clone()).or_default() += 1;
    }
    counts
}

fn db(inputs: &[&str], database: &Path) -> Output {
    let mut cmd = kehoach();
    cmd.arg("db").args(inputs).arg("-o").arg(database);
    run(&mut cmd)
}

/// Every row of every table, in insertion order.
fn dump(database: &Path) -> Vec<String> {
    let conn = Connection::open(database).expect("open database");
    let mut out = Vec::new();
    for table in kehoach_emit::sqlite::TABLES {
        let mut statement = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .expect("select");
        let columns = statement.column_count();
        let rows = statement
            .query_map([], |row| {
                let cells = (0..columns)
                    .map(|i| row.get::<_, SqlValue>(i).map(|v| format!("{v:?}")))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .expect("query")
            .collect::<Result<Vec<_>, _>>()
            .expect("rows");
        out.extend(rows);
    }
    out
}

#[test]
fn every_format_agrees_with_the_json_on_the_corpus() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = |name: &str| tmp.path().join(name);
    convert("json", &dir("json"), None);
    let want = json_task_counts(&dir("json"));
    assert!(want.len() >= 5 && want.values().sum::<usize>() > 100);

    // NDJSON: one file per input, one line per task.
    convert("ndjson", &dir("ndjson"), None);
    let json_names: Vec<String> = entries(&dir("json"))
        .iter()
        .map(|n| n.replace(".json", ".ndjson"))
        .collect();
    assert_eq!(entries(&dir("ndjson")), json_names);
    let mut got = BTreeMap::new();
    for name in entries(&dir("ndjson")) {
        for line in fs::read_to_string(dir("ndjson").join(&name))
            .expect("read")
            .lines()
        {
            let record: Value = serde_json::from_str(line).expect("JSON line");
            let source = record["source"].as_str().expect("source").to_string();
            *got.entry(source).or_insert(0) += 1;
        }
    }
    assert_eq!(got, want, "NDJSON");

    // CSV: one tasks table and one agencies table for the run.
    convert("csv", &dir("csv"), None);
    assert_eq!(entries(&dir("csv")), ["agencies.csv", "tasks.csv"]);
    let (headers, rows) = csv_rows(&dir("csv").join("tasks.csv"));
    assert_eq!(headers, kehoach_emit::csv::TASK_COLUMNS);
    assert_eq!(count_by(&rows, 1), want, "CSV");
    let (headers, agencies) = csv_rows(&dir("csv").join("agencies.csv"));
    assert_eq!(headers, kehoach_emit::csv::AGENCY_COLUMNS);
    assert!(!agencies.is_empty());

    // Excel: one workbook for the run.
    convert("xlsx", &dir("xlsx"), None);
    assert_eq!(entries(&dir("xlsx")), ["kehoach.xlsx"]);
    let bytes = fs::read(dir("xlsx").join("kehoach.xlsx")).expect("read workbook");
    let mut book = Xlsx::new(Cursor::new(bytes)).expect("calamine opens it");
    assert_eq!(book.sheet_names(), kehoach_emit::xlsx::SHEETS);
    let sheet = book.worksheet_range("Tasks").expect("Tasks");
    let mut got = BTreeMap::new();
    for row in sheet.rows().skip(1) {
        let Some(Data::String(source)) = row.get(1) else {
            panic!("no source path in {row:?}");
        };
        *got.entry(source.clone()).or_insert(0) += 1;
    }
    assert_eq!(got, want, "xlsx");

    // SQLite.
    let database = dir("plans.sqlite");
    let out = db(&[CORPUS], &database);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let conn = Connection::open(&database).expect("open");
    let mut statement = conn
        .prepare(
            "SELECT d.source_path, COUNT(t.id) FROM documents d
             LEFT JOIN tasks t ON t.document = d.sha256 GROUP BY d.sha256",
        )
        .expect("query");
    let got: BTreeMap<String, usize> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?)))
        .expect("run")
        .map(|r| r.map(|(p, n)| (p, usize::try_from(n).expect("count"))))
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(got, want, "SQLite");
}

#[test]
fn every_format_is_identical_whatever_the_thread_count() {
    for format in ["ndjson", "csv", "xlsx"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
        convert(format, &one, Some("1"));
        convert(format, &two, Some("2"));
        let names = entries(&one);
        assert_eq!(names, entries(&two), "{format}");
        for name in &names {
            assert!(
                fs::read(one.join(name)).expect("read") == fs::read(two.join(name)).expect("read"),
                "{format}: {name} differs between 1 and 2 threads"
            );
        }
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let (one, two) = (tmp.path().join("one.sqlite"), tmp.path().join("two.sqlite"));
    for (path, threads) in [(&one, "1"), (&two, "2")] {
        let mut cmd = kehoach();
        cmd.env("RAYON_NUM_THREADS", threads)
            .args(["db", CORPUS, "-o"])
            .arg(path);
        assert_eq!(run(&mut cmd).status.code(), Some(0));
    }
    assert_eq!(dump(&one), dump(&two), "same rows in the same order");
}

/// A bulk run writes its tasks table as documents arrive, in input order: it
/// is the one-file tables of its inputs stacked, with one header, byte for
/// byte, whatever the thread count.
#[test]
fn the_bulk_tasks_table_is_the_one_file_tables_stacked_in_input_order() {
    let mut inputs: Vec<PathBuf> = fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS))
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 5);
    let bom = b"\xEF\xBB\xBF";
    let mut stacked = bom.to_vec();
    for (i, input) in inputs.iter().enumerate() {
        let mut cmd = kehoach();
        cmd.args(["convert", "--format", "csv"])
            .arg(CORPUS.to_string() + "/" + &input.file_name().expect("name").to_string_lossy());
        let out = run(&mut cmd);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let table = out.stdout.strip_prefix(bom).expect("byte order mark");
        let header_end = table.windows(2).position(|w| w == b"\r\n").expect("header") + 2;
        stacked.extend_from_slice(if i == 0 { table } else { &table[header_end..] });
    }
    for threads in ["1", "2"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        convert("csv", tmp.path(), Some(threads));
        let bulk = fs::read(tmp.path().join("tasks.csv")).expect("tasks.csv");
        assert!(
            bulk == stacked,
            "{threads} threads: tasks.csv is not the tables stacked"
        );
    }
}

#[test]
fn one_file_converts_to_standard_output_in_every_format() {
    let plan = format!("{CORPUS}/son-ninh-12-kh-cax-2022.txt");
    let json = run(kehoach().args(["convert", &plan]));
    assert_eq!(json.status.code(), Some(0));
    let graph: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let tasks = graph["tasks"].as_array().expect("tasks").len();

    let ndjson = run(kehoach().args(["convert", &plan, "--format", "ndjson"]));
    assert_eq!(ndjson.status.code(), Some(0), "{}", stderr(&ndjson));
    assert_eq!(
        String::from_utf8_lossy(&ndjson.stdout).lines().count(),
        tasks
    );

    let csv = run(kehoach().args(["convert", &plan, "--format", "csv"]));
    assert_eq!(csv.status.code(), Some(0), "{}", stderr(&csv));
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    assert_eq!(reader.records().count(), tasks, "the tasks table");

    // Standard output is a pipe here, so the workbook is written.
    let xlsx = run(kehoach().args(["convert", &plan, "--format", "xlsx"]));
    assert_eq!(xlsx.status.code(), Some(0), "{}", stderr(&xlsx));
    let mut book = Xlsx::new(Cursor::new(xlsx.stdout)).expect("calamine opens it");
    assert_eq!(
        book.worksheet_range("Tasks").expect("Tasks").height(),
        tasks + 1
    );

    // JSON layout flags mean nothing for the other formats: refused, not ignored.
    let out = run(kehoach().args(["convert", &plan, "--format", "ndjson", "--pretty"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--format json only"),
        "{}",
        stderr(&out)
    );
    let out = run(kehoach().args(["convert", &plan, "--format", "yaml"]));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_input_costs_only_itself_in_per_run_formats() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bad = tmp.path().join("scan.txt");
    fs::write(&bad, b"\x00\x01binary\x00").expect("write");
    let plan = format!("{CORPUS}/hau-giang-de-an-06-2024.txt");
    let out_dir = tmp.path().join("out");
    let out = run(kehoach()
        .args(["convert", &plan])
        .arg(&bad)
        .args(["--format", "csv", "-o"])
        .arg(&out_dir));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("failed: ") && err.contains("scan.txt"),
        "{err}"
    );
    assert!(err.contains("wrote: "), "{err}");
    // No temporary files are left behind.
    assert_eq!(entries(&out_dir), ["agencies.csv", "tasks.csv"]);
    let (_, rows) = csv_rows(&out_dir.join("tasks.csv"));
    assert_eq!(count_by(&rows, 1).len(), 1, "only the good plan");
}

#[test]
fn same_stems_are_numbered_for_ndjson_and_not_an_issue_for_per_run_formats() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let plan =
        fs::read(PathBuf::from(CORPUS_ABS).join("son-ninh-12-kh-cax-2022.txt")).expect("read");
    for sub in ["a", "b"] {
        fs::create_dir_all(tmp.path().join(sub)).expect("mkdir");
        fs::write(tmp.path().join(sub).join("plan.txt"), &plan).expect("write");
    }
    let out = run(kehoach()
        .arg("convert")
        .arg(tmp.path().join("a/plan.txt"))
        .arg(tmp.path().join("b/plan.txt"))
        .args(["--format", "ndjson", "-o"])
        .arg(tmp.path().join("nd")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        entries(&tmp.path().join("nd")),
        ["plan-2.ndjson", "plan.ndjson"]
    );
    assert!(
        stderr(&out).contains("writing plan-2.ndjson"),
        "{}",
        stderr(&out)
    );

    let out = run(kehoach()
        .arg("convert")
        .arg(tmp.path().join("a/plan.txt"))
        .arg(tmp.path().join("b/plan.txt"))
        .args(["--format", "xlsx", "-o"])
        .arg(tmp.path().join("x")));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("kehoach: warning:"),
        "{}",
        stderr(&out)
    );
    assert_eq!(entries(&tmp.path().join("x")), ["kehoach.xlsx"]);
}

/// The corpus as an absolute path, for tests that read it directly.
const CORPUS_ABS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");

#[test]
fn db_reruns_replace_documents_and_failures_change_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let database = tmp.path().join("plans.sqlite");
    let out = db(&[CORPUS], &database);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("5 stored (0 replaced)"),
        "{}",
        stderr(&out)
    );
    let before = dump(&database);

    // Again, with an input that cannot be converted: the corpus documents are
    // replaced by themselves, the bad one adds nothing.
    let bad = tmp.path().join("scan.txt");
    fs::write(&bad, b"\x00\x01binary\x00").expect("write");
    let out = run(kehoach()
        .args(["db", CORPUS])
        .arg(&bad)
        .arg("-o")
        .arg(&database));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("failed: ") && err.contains("scan.txt"),
        "{err}"
    );
    assert_eq!(err.matches("replaced: ").count(), 5, "{err}");
    assert_eq!(
        dump(&database),
        before,
        "no duplicates, nothing else changed"
    );

    // An edited copy is a new document, and the user is told about the old one.
    let edited = tmp.path().join("plan.txt");
    let original =
        fs::read(PathBuf::from(CORPUS_ABS).join("son-ninh-12-kh-cax-2022.txt")).expect("read");
    fs::write(&edited, &original).expect("write");
    assert_eq!(
        db(&[edited.to_str().expect("utf-8 path")], &database)
            .status
            .code(),
        Some(0)
    );
    fs::write(&edited, [original.as_slice(), b"\n"].concat()).expect("write");
    let out = db(&[edited.to_str().expect("utf-8 path")], &database);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("another version of this file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn db_refuses_files_it_does_not_own() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let not_sqlite = tmp.path().join("notes.sqlite");
    fs::write(&not_sqlite, "ghi chú\n".repeat(200)).expect("write");
    let out = db(&[CORPUS], &not_sqlite);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        fs::read_to_string(&not_sqlite).expect("read"),
        "ghi chú\n".repeat(200)
    );

    let foreign = tmp.path().join("other.sqlite");
    Connection::open(&foreign)
        .expect("create")
        .execute_batch("CREATE TABLE accounts (id INTEGER PRIMARY KEY);")
        .expect("table");
    let out = db(&[CORPUS], &foreign);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a kehoach database"),
        "{}",
        stderr(&out)
    );

    let out = db(&[CORPUS], &tmp.path().join("missing-dir/plans.sqlite"));
    assert_eq!(out.status.code(), Some(2));
}
