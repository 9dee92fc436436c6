//! A relational copy of the graphs, for questions across many plans.
//!
//! Every row belongs to one document, keyed by the SHA-256 of the input bytes
//! (`document.source.sha256`). Storing a document replaces whatever the
//! database held under that hash (its rows go by `ON DELETE CASCADE`), so
//! storing the same files again never duplicates them. Each document is
//! stored in one transaction: a document that cannot be stored leaves the
//! database exactly as it was, including an earlier copy of the same content.
//!
//! Tables (every one but `documents` starts with `document`, the hash):
//!
//! | table | one row per | key |
//! | --- | --- | --- |
//! | `documents` | input document | `sha256` |
//! | `sections` | section | `document, id` |
//! | `tasks` | task | `document, id` |
//! | `agencies` | agency of a document | `document, id` |
//! | `task_agencies` | agency a task names, `role` `lead` or `support` | `document, task, role, position` |
//! | `deadlines` | task (its deadline, `kind` `none` when it has none) | `document, task` |
//! | `refs` | cited document (the graph's `references`; `REFERENCES` is an SQL keyword) | `document, id` |
//! | `tables` | appendix table | `document, id` |
//! | `edges` | edge | `document, position` |
//! | `diagnostics` | diagnostic | `document, position` |
//!
//! Lists inside a row (`tasks.extra`, `agencies.mentions`, `deadlines.dates`,
//! `tables.columns`) are JSON arrays, readable with SQLite's `json_each`.
//! Dates are ISO `YYYY-MM-DD` text, which sorts and compares as dates and
//! works with SQLite's date functions. `position` columns keep document order.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, TransactionBehavior};

use kehoach_model::{Graph, Span};

use crate::rows;
use crate::Error;

pub use rusqlite;

/// `PRAGMA application_id` of kehoach databases ("kHoa"), so that kehoach
/// never writes into an SQLite file that some other program owns.
pub const APPLICATION_ID: i32 = 0x6b48_6f61;
/// `PRAGMA user_version`: the version of the table layout below.
pub const SCHEMA_VERSION: i32 = 1;

/// The table layout. Foreign keys inside a document are deferred to the end
/// of the document's transaction, so rows can go in in any order and a graph
/// that breaks its own references fails as a whole.
pub const SCHEMA: &str = r#"
CREATE TABLE documents (
    sha256         TEXT PRIMARY KEY,
    id             TEXT NOT NULL,
    source_path    TEXT NOT NULL,
    bytes          INTEGER NOT NULL,
    format         TEXT NOT NULL,
    encoding       TEXT NOT NULL,
    number         TEXT,
    doc_type       TEXT,
    issuer         TEXT,
    place          TEXT,
    issued_on      TEXT,
    signer         TEXT,
    title          TEXT,
    schema_version TEXT NOT NULL
);
CREATE INDEX documents_by_id ON documents(id);
CREATE INDEX documents_by_source_path ON documents(source_path);
CREATE INDEX documents_by_issuer ON documents(issuer);

CREATE TABLE sections (
    document   TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    label      TEXT,
    title      TEXT,
    parent     TEXT,
    role       TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line   INTEGER NOT NULL,
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    PRIMARY KEY (document, id),
    FOREIGN KEY (document, parent) REFERENCES sections(document, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX sections_by_parent ON sections(document, parent);

CREATE TABLE tasks (
    document      TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    position      INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    label         TEXT,
    path          TEXT NOT NULL,
    section       TEXT,
    text          TEXT NOT NULL,
    lead_raw      TEXT,
    support_raw   TEXT,
    implicit_lead TEXT,
    output        TEXT,
    extra         TEXT NOT NULL,
    start_line    INTEGER NOT NULL,
    end_line      INTEGER NOT NULL,
    start_byte    INTEGER NOT NULL,
    end_byte      INTEGER NOT NULL,
    PRIMARY KEY (document, id),
    FOREIGN KEY (document, section) REFERENCES sections(document, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX tasks_by_section ON tasks(document, section);

CREATE TABLE agencies (
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    level    TEXT,
    mentions TEXT NOT NULL,
    PRIMARY KEY (document, id)
);
CREATE INDEX agencies_by_name ON agencies(name);

CREATE TABLE task_agencies (
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    task     TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('lead', 'support')),
    position INTEGER NOT NULL,
    agency   TEXT NOT NULL,
    PRIMARY KEY (document, task, role, position),
    FOREIGN KEY (document, task) REFERENCES tasks(document, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (document, agency) REFERENCES agencies(document, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX task_agencies_by_agency ON task_agencies(document, agency, role);

CREATE TABLE deadlines (
    document   TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    task       TEXT NOT NULL,
    raw        TEXT,
    kind       TEXT NOT NULL,
    start_date TEXT,
    end_date   TEXT,
    dates      TEXT NOT NULL,
    PRIMARY KEY (document, task),
    FOREIGN KEY (document, task) REFERENCES tasks(document, id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX deadlines_by_end_date ON deadlines(end_date);

CREATE TABLE refs (
    document  TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    position  INTEGER NOT NULL,
    number    TEXT NOT NULL,
    doc_type  TEXT,
    issued_on TEXT,
    issuer    TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX refs_by_number ON refs(number);

CREATE TABLE tables (
    document          TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    id                TEXT NOT NULL,
    position          INTEGER NOT NULL,
    title             TEXT,
    columns           TEXT NOT NULL,
    row_count         INTEGER NOT NULL,
    section_row_count INTEGER NOT NULL,
    start_line        INTEGER NOT NULL,
    end_line          INTEGER NOT NULL,
    start_byte        INTEGER NOT NULL,
    end_byte          INTEGER NOT NULL,
    PRIMARY KEY (document, id)
);

CREATE TABLE edges (
    document TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    from_id  TEXT NOT NULL,
    to_id    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    PRIMARY KEY (document, position)
);
CREATE INDEX edges_by_from ON edges(document, from_id);
CREATE INDEX edges_by_to ON edges(document, to_id);
CREATE INDEX edges_by_kind ON edges(kind, to_id);

CREATE TABLE diagnostics (
    document   TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    severity   TEXT NOT NULL,
    code       TEXT NOT NULL,
    message    TEXT NOT NULL,
    start_line INTEGER,
    end_line   INTEGER,
    start_byte INTEGER,
    end_byte   INTEGER,
    PRIMARY KEY (document, position)
);
"#;

/// Tables in the order [`SCHEMA`] creates them.
pub const TABLES: [&str; 10] = [
    "documents",
    "sections",
    "tasks",
    "agencies",
    "task_agencies",
    "deadlines",
    "refs",
    "tables",
    "edges",
    "diagnostics",
];

/// Questions researchers ask of a database of plans; the README shows them
/// and the tests run them on the corpus.
pub mod questions {
    /// How many tasks each agency leads and supports, per issuing authority
    /// (province, district …), busiest first.
    pub const WORKLOAD_PER_AGENCY: &str = "\
SELECT a.name AS agency,
       d.issuer,
       COUNT(DISTINCT CASE WHEN ta.role = 'lead' THEN ta.task END) AS leads,
       COUNT(DISTINCT CASE WHEN ta.role = 'support' THEN ta.task END) AS supports
FROM task_agencies ta
JOIN agencies a ON a.document = ta.document AND a.id = ta.agency
JOIN documents d ON d.sha256 = ta.document
GROUP BY a.name, d.issuer
ORDER BY leads DESC, supports DESC, agency, d.issuer;";

    /// How many tasks fall due in each quarter (by the end of their deadline).
    pub const TASKS_DUE_PER_QUARTER: &str = "\
SELECT strftime('%Y', dl.end_date) || '-Q' ||
         ((CAST(strftime('%m', dl.end_date) AS INTEGER) + 2) / 3) AS quarter,
       COUNT(*) AS tasks,
       COUNT(DISTINCT dl.document) AS plans
FROM deadlines dl
WHERE dl.end_date IS NOT NULL
GROUP BY quarter
ORDER BY quarter;";

    /// Which plans cite Decision 06/QĐ-TTg, and from how many of their parts.
    pub const PLANS_CITING_DECISION: &str = "\
SELECT d.id, d.issuer, d.issued_on,
       (SELECT COUNT(*) FROM edges e
         WHERE e.document = r.document AND e.kind = 'cites' AND e.to_id = r.id) AS citing_parts
FROM refs r
JOIN documents d ON d.sha256 = r.document
WHERE r.number = '06/QĐ-TTg'
ORDER BY d.issued_on, d.id;";
}

/// Open (creating if missing) a kehoach database at `path`, ready for
/// [`store`]. Refuses a file that is not SQLite, or an SQLite database that
/// kehoach did not make or made with another table layout.
pub fn open(path: &Path) -> Result<Connection, Error> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    prepare(&conn)?;
    Ok(conn)
}

/// Make `conn` a kehoach database: create the tables in an empty database,
/// check the layout of an existing one, and turn on foreign keys (SQLite
/// leaves them off for every new connection).
pub fn prepare(conn: &Connection) -> Result<(), Error> {
    // A busy database (another program holding a lock) is waited for briefly
    // rather than failing at once.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    let application_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let user_version: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if application_id == APPLICATION_ID {
        if user_version == SCHEMA_VERSION {
            return Ok(());
        }
        return Err(Error::Database(format!(
            "the database has kehoach table layout {user_version}; this kehoach writes layout {SCHEMA_VERSION} (use a new database file)"
        )));
    }
    let objects: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if application_id != 0 || objects > 0 {
        return Err(Error::Database(
            "not a kehoach database: it already holds tables of another program".to_string(),
        ));
    }
    // The layout and its marks go in together, so a database is either empty
    // or complete.
    conn.execute_batch(&format!(
        "BEGIN IMMEDIATE;
         {SCHEMA}
         PRAGMA application_id = {APPLICATION_ID};
         PRAGMA user_version = {SCHEMA_VERSION};
         COMMIT;"
    ))
    .inspect_err(|_| {
        let _ = conn.execute_batch("ROLLBACK");
    })?;
    Ok(())
}

/// What storing one document did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stored {
    /// The database already held a document with this content, now replaced.
    pub replaced: bool,
    /// Hashes of other documents stored from the same source path: earlier
    /// versions of an edited file, which are kept (see the README).
    pub other_versions: Vec<String>,
}

/// Store one graph in one transaction, replacing any document with the same
/// content hash. On error nothing of the graph is stored and nothing already
/// stored is lost.
pub fn store(conn: &mut Connection, graph: &Graph) -> Result<Stored, Error> {
    // IMMEDIATE takes the write lock at once, so a concurrent writer makes
    // this fail before any work rather than at commit.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let stored = insert(&tx, graph)?;
    // Deferred foreign keys are checked here; a failing commit drops `tx`,
    // which rolls everything back.
    tx.commit()?;
    Ok(stored)
}

fn insert(conn: &Connection, graph: &Graph) -> Result<Stored, Error> {
    let document = &graph.document;
    let sha = document.source.sha256.as_str();
    let replaced = conn.execute("DELETE FROM documents WHERE sha256 = ?1", [sha])? > 0;
    let other_versions = {
        let mut statement = conn.prepare(
            "SELECT sha256 FROM documents WHERE source_path = ?1 AND sha256 <> ?2 ORDER BY sha256",
        )?;
        let found = statement
            .query_map(params![document.source.path, sha], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        found
    };

    conn.execute(
        "INSERT INTO documents (sha256, id, source_path, bytes, format, encoding, number,
             doc_type, issuer, place, issued_on, signer, title, schema_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            sha,
            document.id,
            document.source.path,
            // SQLite integers are i64; a size beyond that is not a real file.
            i64::try_from(document.source.bytes).unwrap_or(i64::MAX),
            rows::format_name(document.source.format),
            document.source.encoding,
            document.number,
            document.doc_type,
            document.issuer,
            document.place,
            document.issued_on,
            document.signer,
            document.title,
            graph.schema_version,
        ],
    )?;

    let mut statement = conn.prepare(
        "INSERT INTO sections (document, id, position, label, title, parent, role,
             start_line, end_line, start_byte, end_byte)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (position, s) in graph.sections.iter().enumerate() {
        let [a, b, c, d] = span(&s.span);
        statement.execute(params![
            sha,
            s.id,
            pos(position),
            s.label,
            s.title,
            s.parent,
            rows::role_name(s.role),
            a,
            b,
            c,
            d
        ])?;
    }

    let mut statement = conn.prepare(
        "INSERT INTO agencies (document, id, position, name, level, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, a) in graph.agencies.iter().enumerate() {
        statement.execute(params![
            sha,
            a.id,
            pos(position),
            a.name,
            a.level.map(rows::level_name),
            serde_json::to_string(&a.mentions)?,
        ])?;
    }

    let mut task_statement = conn.prepare(
        "INSERT INTO tasks (document, id, position, origin, label, path, section, text,
             lead_raw, support_raw, implicit_lead, output, extra,
             start_line, end_line, start_byte, end_byte)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    let mut agency_statement = conn.prepare(
        "INSERT INTO task_agencies (document, task, role, position, agency)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut deadline_statement = conn.prepare(
        "INSERT INTO deadlines (document, task, raw, kind, start_date, end_date, dates)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, t) in graph.tasks.iter().enumerate() {
        let [a, b, c, d] = span(&t.span);
        task_statement.execute(params![
            sha,
            t.id,
            pos(position),
            rows::origin_name(t.origin),
            t.label,
            t.path.join("/"),
            t.section,
            t.text,
            t.lead_raw,
            t.support_raw,
            t.implicit_lead,
            t.output,
            serde_json::to_string(&t.extra)?,
            a,
            b,
            c,
            d
        ])?;
        for (role, ids) in [("lead", &t.lead), ("support", &t.support)] {
            for (position, agency) in ids.iter().enumerate() {
                agency_statement.execute(params![sha, t.id, role, pos(position), agency])?;
            }
        }
        let dl = &t.deadline;
        deadline_statement.execute(params![
            sha,
            t.id,
            dl.raw,
            rows::deadline_kind_name(dl.kind),
            dl.start,
            dl.end,
            serde_json::to_string(&dl.dates)?,
        ])?;
    }

    let mut statement = conn.prepare(
        "INSERT INTO refs (document, id, position, number, doc_type, issued_on, issuer)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, r) in graph.references.iter().enumerate() {
        statement.execute(params![
            sha,
            r.id,
            pos(position),
            r.number,
            r.doc_type,
            r.issued_on,
            r.issuer
        ])?;
    }

    let mut statement = conn.prepare(
        "INSERT INTO tables (document, id, position, title, columns, row_count, section_row_count,
             start_line, end_line, start_byte, end_byte)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (position, t) in graph.tables.iter().enumerate() {
        let [a, b, c, d] = span(&t.span);
        statement.execute(params![
            sha,
            t.id,
            pos(position),
            t.title,
            serde_json::to_string(&t.columns)?,
            t.rows,
            t.section_rows,
            a,
            b,
            c,
            d
        ])?;
    }

    let mut statement = conn.prepare(
        "INSERT INTO edges (document, position, from_id, to_id, kind) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, e) in graph.edges.iter().enumerate() {
        statement.execute(params![
            sha,
            pos(position),
            e.from,
            e.to,
            rows::edge_kind_name(e.kind)
        ])?;
    }

    let mut statement = conn.prepare(
        "INSERT INTO diagnostics (document, position, severity, code, message,
             start_line, end_line, start_byte, end_byte)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for (position, d) in graph.diagnostics.iter().enumerate() {
        let [a, b, c, e] = match &d.span {
            Some(s) => span(s).map(Some),
            None => [None; 4],
        };
        statement.execute(params![
            sha,
            pos(position),
            rows::severity_name(d.severity),
            d.code,
            d.message,
            a,
            b,
            c,
            e
        ])?;
    }

    Ok(Stored {
        replaced,
        other_versions,
    })
}

/// A position in a list as an SQLite integer.
fn pos(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A span as four SQLite integers.
fn span(s: &Span) -> [i64; 4] {
    let big = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    [
        i64::from(s.start_line),
        i64::from(s.end_line),
        big(s.start_byte),
        big(s.end_byte),
    ]
}

/// The number of documents the database holds.
pub fn document_count(conn: &Connection) -> Result<u64, Error> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}
