//! The SQLite database: what it holds for the corpus, the README's questions
//! answered against the JSON, replacement by content hash, and that a
//! document which cannot be stored leaves the database exactly as it was.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::OnceLock;

use kehoach_emit::sqlite::rusqlite::{types as rusqlite_value, Connection};
use kehoach_emit::sqlite::{self, questions};
use kehoach_model::Graph;
use serde_json::Value;

/// The corpus graphs, converted once per test binary (conversion dominates
/// the run time in debug builds).
fn corpus() -> Vec<Graph> {
    static GRAPHS: OnceLock<Vec<Graph>> = OnceLock::new();
    GRAPHS.get_or_init(convert_corpus).clone()
}

fn convert_corpus() -> Vec<Graph> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "the corpus has at least five plans");
    paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("read corpus file");
            let name = format!(
                "corpus/{}",
                path.file_name().expect("file name").to_string_lossy()
            );
            kehoach_extract::convert(&bytes, &name, &kehoach_extract::Options::default())
                .unwrap_or_else(|e| panic!("{name}: {}", e.reason))
        })
        .collect()
}

/// The graphs as the JSON documents users get, which the answers are checked against.
fn json(graphs: &[Graph]) -> Vec<Value> {
    graphs
        .iter()
        .map(|g| serde_json::from_str(&kehoach_model::to_json(g, false)).expect("JSON"))
        .collect()
}

fn memory_db() -> Connection {
    let conn = Connection::open_in_memory().expect("in-memory database");
    sqlite::prepare(&conn).expect("prepare");
    conn
}

fn stored_corpus() -> (Connection, Vec<Graph>) {
    let graphs = corpus();
    let mut conn = memory_db();
    for g in &graphs {
        let stored = sqlite::store(&mut conn, g).expect("store");
        assert!(!stored.replaced);
    }
    (conn, graphs)
}

fn count(conn: &Connection, sql: &str) -> usize {
    let n: i64 = conn.query_row(sql, [], |r| r.get(0)).expect(sql);
    usize::try_from(n).expect("count")
}

/// Every row of every table, in a fixed order, as text: equal dumps mean
/// equal databases.
fn dump(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for table in sqlite::TABLES {
        let mut statement = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .expect("select");
        let columns = statement.column_count();
        let rows = statement
            .query_map([], |row| {
                let mut cells = Vec::new();
                for i in 0..columns {
                    let value: rusqlite_value::Value = row.get(i)?;
                    cells.push(format!("{value:?}"));
                }
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
fn every_table_holds_what_the_json_holds() {
    let (conn, graphs) = stored_corpus();
    let docs = json(&graphs);
    let sum = |key: &str| -> usize {
        docs.iter()
            .map(|d| d[key].as_array().map_or(0, Vec::len))
            .sum()
    };
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM documents"), docs.len());
    for (table, key) in [
        ("sections", "sections"),
        ("tasks", "tasks"),
        ("deadlines", "tasks"),
        ("agencies", "agencies"),
        ("refs", "references"),
        ("tables", "tables"),
        ("edges", "edges"),
        ("diagnostics", "diagnostics"),
    ] {
        assert_eq!(
            count(&conn, &format!("SELECT COUNT(*) FROM {table}")),
            sum(key),
            "{table} vs {key}"
        );
    }
    let assignments: usize = docs
        .iter()
        .flat_map(|d| d["tasks"].as_array().into_iter().flatten())
        .map(|t| {
            t["lead"].as_array().map_or(0, Vec::len) + t["support"].as_array().map_or(0, Vec::len)
        })
        .sum();
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM task_agencies"),
        assignments
    );

    // Every foreign key holds.
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM pragma_foreign_key_check"),
        0
    );

    // A task row keeps its text, deadline and span exactly.
    let doc = &docs[2];
    let sha = doc["document"]["source"]["sha256"].as_str().expect("sha");
    let task = &doc["tasks"][5];
    let id = task["id"].as_str().expect("id");
    let (text, kind, end, line): (String, String, Option<String>, i64) = conn
        .query_row(
            "SELECT t.text, d.kind, d.end_date, t.start_line FROM tasks t
             JOIN deadlines d ON d.document = t.document AND d.task = t.id
             WHERE t.document = ?1 AND t.id = ?2",
            [sha, id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .expect("task row");
    assert_eq!(text, task["text"].as_str().expect("text"));
    assert_eq!(kind, task["deadline"]["kind"].as_str().expect("kind"));
    assert_eq!(end.as_deref(), task["deadline"]["end"].as_str());
    assert_eq!(Some(line), task["span"]["start_line"].as_i64());
}

/// The README's "Output formats" section shows these queries verbatim.
#[test]
fn readme_shows_the_questions_verbatim() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .expect("README.md");
    for q in [
        questions::WORKLOAD_PER_AGENCY,
        questions::TASKS_DUE_PER_QUARTER,
        questions::PLANS_CITING_DECISION,
    ] {
        assert!(
            readme.contains(q),
            "README.md does not show this query verbatim:\n{q}"
        );
    }
}

#[test]
fn workload_per_agency_agrees_with_the_json() {
    let (conn, graphs) = stored_corpus();
    // (agency name, issuer) -> (tasks led, tasks supported), counted from the JSON.
    type Key = (String, Option<String>);
    type Tasks = BTreeSet<String>;
    let mut want: BTreeMap<Key, (Tasks, Tasks)> = BTreeMap::new();
    for doc in json(&graphs) {
        let issuer = doc["document"]["issuer"].as_str().map(str::to_string);
        let sha = doc["document"]["source"]["sha256"]
            .as_str()
            .expect("sha")
            .to_string();
        let names: BTreeMap<&str, &str> = doc["agencies"]
            .as_array()
            .expect("agencies")
            .iter()
            .map(|a| {
                (
                    a["id"].as_str().expect("id"),
                    a["name"].as_str().expect("name"),
                )
            })
            .collect();
        for task in doc["tasks"].as_array().expect("tasks") {
            let key = format!("{sha}/{}", task["id"].as_str().expect("id"));
            for (role, lead) in [("lead", true), ("support", false)] {
                for agency in task[role].as_array().expect("ids") {
                    let name = names[agency.as_str().expect("id")].to_string();
                    let entry = want.entry((name, issuer.clone())).or_default();
                    let set = if lead { &mut entry.0 } else { &mut entry.1 };
                    set.insert(key.clone());
                }
            }
        }
    }
    let mut statement = conn.prepare(questions::WORKLOAD_PER_AGENCY).expect("query");
    let got: Vec<(String, Option<String>, i64, i64)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("run")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert_eq!(got.len(), want.len());
    for (agency, issuer, leads, supports) in &got {
        let (l, s) = &want[&(agency.clone(), issuer.clone())];
        assert_eq!(
            (*leads, *supports),
            (l.len() as i64, s.len() as i64),
            "{agency} / {issuer:?}"
        );
    }
    // Busiest first.
    assert!(got.windows(2).all(|w| w[0].2 >= w[1].2));
    // The corpus's busiest agency: the provincial police in Gia Lai.
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_deref()),
        ("Công an tỉnh", Some("UBND tỉnh Gia Lai"))
    );
}

#[test]
fn tasks_due_per_quarter_agree_with_the_json() {
    let (conn, graphs) = stored_corpus();
    let mut want: BTreeMap<String, (i64, BTreeSet<String>)> = BTreeMap::new();
    for doc in json(&graphs) {
        let sha = doc["document"]["source"]["sha256"]
            .as_str()
            .expect("sha")
            .to_string();
        for task in doc["tasks"].as_array().expect("tasks") {
            let Some(end) = task["deadline"]["end"].as_str() else {
                continue;
            };
            let year = &end[..4];
            let month: i64 = end[5..7].parse().expect("month");
            let entry = want
                .entry(format!("{year}-Q{}", (month + 2) / 3))
                .or_default();
            entry.0 += 1;
            entry.1.insert(sha.clone());
        }
    }
    let mut statement = conn
        .prepare(questions::TASKS_DUE_PER_QUARTER)
        .expect("query");
    let got: Vec<(String, i64, i64)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .expect("run")
        .collect::<Result<_, _>>()
        .expect("rows");
    let want: Vec<(String, i64, i64)> = want
        .into_iter()
        .map(|(q, (n, plans))| (q, n, plans.len() as i64))
        .collect();
    assert_eq!(got, want);
    assert!(!got.is_empty());
}

#[test]
fn plans_citing_a_decision_agree_with_the_json() {
    let (conn, graphs) = stored_corpus();
    let mut want: Vec<(String, i64)> = Vec::new();
    for doc in json(&graphs) {
        for r in doc["references"].as_array().expect("references") {
            if r["number"] == "06/QĐ-TTg" {
                let citing = doc["edges"]
                    .as_array()
                    .expect("edges")
                    .iter()
                    .filter(|e| e["kind"] == "cites" && e["to"] == r["id"])
                    .count();
                want.push((
                    doc["document"]["id"].as_str().expect("id").to_string(),
                    citing as i64,
                ));
            }
        }
    }
    let mut statement = conn
        .prepare(questions::PLANS_CITING_DECISION)
        .expect("query");
    let mut got: Vec<(String, i64)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(3)?)))
        .expect("run")
        .collect::<Result<_, _>>()
        .expect("rows");
    got.sort();
    want.sort();
    assert_eq!(got, want);
    assert!(got.len() >= 2, "several corpus plans cite 06/QĐ-TTg");
}

#[test]
fn storing_again_replaces_and_never_duplicates() {
    let (mut conn, graphs) = stored_corpus();
    let before = dump(&conn);
    for g in &graphs {
        let stored = sqlite::store(&mut conn, g).expect("store again");
        assert!(stored.replaced);
        assert!(stored.other_versions.is_empty());
    }
    assert_eq!(dump(&conn).len(), before.len());
    assert_eq!(count(&conn, "SELECT COUNT(*) FROM documents"), graphs.len());
    assert_eq!(
        count(&conn, "SELECT COUNT(*) FROM tasks"),
        graphs.iter().map(|g| g.tasks.len()).sum::<usize>()
    );

    // An edited file is another document; the earlier version is named.
    let mut edited = graphs[0].clone();
    edited.document.source.sha256 = "0".repeat(64);
    let stored = sqlite::store(&mut conn, &edited).expect("store edited");
    assert!(!stored.replaced);
    assert_eq!(
        stored.other_versions,
        vec![graphs[0].document.source.sha256.clone()]
    );
}

#[test]
fn a_document_that_cannot_be_stored_leaves_the_database_unchanged() {
    let (mut conn, graphs) = stored_corpus();
    let before = dump(&conn);

    // Same content hash as a stored document, so storing it first deletes the
    // stored copy; then a task names an agency the graph does not have, which
    // the deferred foreign key refuses at commit. The deletion must be undone.
    let mut dangling = graphs[1].clone();
    dangling.tasks[0].lead.push("agency:khong-co".to_string());
    assert!(sqlite::store(&mut conn, &dangling).is_err());
    assert_eq!(dump(&conn), before);

    // Two tasks with one id fail at once, half-way through the inserts.
    let mut duplicate = graphs[2].clone();
    let first = duplicate.tasks[0].clone();
    duplicate.tasks.push(first);
    assert!(sqlite::store(&mut conn, &duplicate).is_err());
    assert_eq!(dump(&conn), before);

    // A new document (new hash) that fails leaves nothing behind either.
    let mut new_and_broken = graphs[3].clone();
    new_and_broken.document.source.sha256 = "f".repeat(64);
    new_and_broken.tasks[0].section = Some("khong-co".to_string());
    assert!(sqlite::store(&mut conn, &new_and_broken).is_err());
    assert_eq!(dump(&conn), before);

    // The connection is still usable afterwards.
    sqlite::store(&mut conn, &graphs[1]).expect("store after failures");
    assert_eq!(dump(&conn).len(), before.len());
}

#[test]
fn foreign_or_other_layout_databases_are_refused() {
    let foreign = Connection::open_in_memory().expect("db");
    foreign
        .execute_batch("CREATE TABLE accounts (id INTEGER PRIMARY KEY);")
        .expect("foreign table");
    let err = sqlite::prepare(&foreign).expect_err("foreign database");
    assert!(err.to_string().contains("not a kehoach database"), "{err}");

    let newer = memory_db();
    newer
        .execute_batch("PRAGMA user_version = 99;")
        .expect("version");
    let err = sqlite::prepare(&newer).expect_err("other layout");
    assert!(err.to_string().contains("layout 99"), "{err}");

    // Preparing twice is harmless.
    let conn = memory_db();
    sqlite::prepare(&conn).expect("prepare again");
}

#[test]
fn a_file_that_is_not_sqlite_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plans.sqlite");
    std::fs::write(&path, "Kế hoạch số 12/KH-UBND\n".repeat(100)).expect("write");
    assert!(sqlite::open(&path).is_err());
    // And it is left as it was.
    assert!(std::fs::read_to_string(&path)
        .expect("read")
        .starts_with("Kế hoạch"));
}
