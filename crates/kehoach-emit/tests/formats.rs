//! NDJSON, CSV and the workbook, each read back by a real reader (serde_json,
//! the csv crate, calamine and the workbook's own XML) and compared with the
//! JSON graph of every corpus plan.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::sync::OnceLock;

use calamine::{Data, Reader, Xlsx};
use kehoach_emit::{csv as emit_csv, ndjson, xlsx};
use kehoach_model::{Deadline, DeadlineKind, Graph, Origin, Span, Task};
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

fn json(graph: &Graph) -> Value {
    serde_json::from_str(&kehoach_model::to_json(graph, false)).expect("JSON")
}

/// `{id: name}` of a document's agencies, from its JSON.
fn agency_names(doc: &Value) -> HashMap<String, String> {
    doc["agencies"]
        .as_array()
        .expect("agencies")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().expect("id").to_string(),
                a["name"].as_str().expect("name").to_string(),
            )
        })
        .collect()
}

fn names(doc: &Value, task: &Value, role: &str) -> String {
    let names = agency_names(doc);
    task[role]
        .as_array()
        .expect("ids")
        .iter()
        .map(|id| names[id.as_str().expect("id")].clone())
        .collect::<Vec<_>>()
        .join("; ")
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or("").to_string()
}

#[test]
fn ndjson_has_one_self_contained_line_per_task() {
    for graph in corpus() {
        let doc = json(&graph);
        let bytes = ndjson::tasks(&graph).expect("ndjson");
        let stream = String::from_utf8(bytes).expect("UTF-8");
        assert!(stream.is_empty() || stream.ends_with('\n'));
        let lines: Vec<&str> = stream.lines().collect();
        let tasks = doc["tasks"].as_array().expect("tasks");
        assert_eq!(lines.len(), tasks.len(), "{}", graph.document.id);
        for (line, task) in lines.iter().zip(tasks) {
            let record: Value = serde_json::from_str(line).expect("each line is JSON");
            assert_eq!(record["document"], doc["document"]["id"]);
            assert_eq!(record["sha256"], doc["document"]["source"]["sha256"]);
            assert_eq!(record["source"], doc["document"]["source"]["path"]);
            assert_eq!(record["issuer"], doc["document"]["issuer"]);
            for key in [
                "id",
                "origin",
                "label",
                "path",
                "section",
                "text",
                "lead_raw",
                "support_raw",
                "implicit_lead",
                "deadline",
                "output",
                "extra",
                "span",
            ] {
                assert_eq!(record[key], task[key], "{key}");
            }
            let agencies = agency_names(&doc);
            for role in ["lead", "support"] {
                let ids: Vec<&Value> = task[role].as_array().expect("ids").iter().collect();
                let got = record[role].as_array().expect("resolved");
                assert_eq!(got.len(), ids.len());
                for (g, id) in got.iter().zip(ids) {
                    assert_eq!(&g["id"], id);
                    assert_eq!(text(&g["name"]), agencies[id.as_str().expect("id")]);
                }
            }
            // Keys come in a documented, fixed order.
            let keys: Vec<&str> = record
                .as_object()
                .expect("object")
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys.len(), 19);
            assert!(line.starts_with("{\"document\":"));
        }
    }
}

#[test]
fn ndjson_of_several_documents_is_their_concatenation() {
    let graphs = corpus();
    let all = ndjson::tasks_of_all(&graphs).expect("ndjson");
    let parts: Vec<u8> = graphs
        .iter()
        .flat_map(|g| ndjson::tasks(g).expect("ndjson"))
        .collect();
    assert_eq!(all, parts);
}

fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
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

#[test]
fn csv_tasks_table_reads_back_as_the_json() {
    let graphs = corpus();
    let bytes = emit_csv::tasks(&graphs).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark");
    assert!(bytes.ends_with(b"\r\n"), "RFC 4180 records end in CRLF");
    let (headers, rows) = read_csv(&bytes);
    assert_eq!(headers, emit_csv::TASK_COLUMNS);
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);

    let docs: Vec<Value> = graphs.iter().map(json).collect();
    let tasks: Vec<(&Value, &Value)> = docs
        .iter()
        .flat_map(|d| {
            d["tasks"]
                .as_array()
                .expect("tasks")
                .iter()
                .map(move |t| (d, t))
        })
        .collect();
    assert_eq!(rows.len(), tasks.len());
    for (row, (doc, task)) in rows.iter().zip(&tasks) {
        assert_eq!(row.len(), headers.len());
        assert_eq!(row[col("document")], text(&doc["document"]["id"]));
        assert_eq!(row[col("source")], text(&doc["document"]["source"]["path"]));
        assert_eq!(row[col("id")], text(&task["id"]));
        assert_eq!(row[col("origin")], text(&task["origin"]));
        assert_eq!(row[col("text")], text(&task["text"]));
        assert_eq!(row[col("lead")], names(doc, task, "lead"));
        assert_eq!(row[col("support")], names(doc, task, "support"));
        let path: Vec<String> = task["path"]
            .as_array()
            .expect("path")
            .iter()
            .map(text)
            .collect();
        assert_eq!(row[col("path")], path.join("/"));
        let deadline = &task["deadline"];
        assert_eq!(row[col("deadline_raw")], text(&deadline["raw"]));
        assert_eq!(row[col("deadline_kind")], text(&deadline["kind"]));
        assert_eq!(row[col("deadline_start")], text(&deadline["start"]));
        assert_eq!(row[col("deadline_end")], text(&deadline["end"]));
        assert_eq!(row[col("output")], text(&task["output"]));
        assert_eq!(
            row[col("line")],
            task["span"]["start_line"].to_string(),
            "source line"
        );
    }
}

#[test]
fn csv_agencies_table_reads_back_as_the_json() {
    let graphs = corpus();
    let (headers, rows) = read_csv(&emit_csv::agencies(&graphs).expect("csv"));
    assert_eq!(headers, emit_csv::AGENCY_COLUMNS);
    let docs: Vec<Value> = graphs.iter().map(json).collect();
    let agencies: Vec<(&Value, &Value)> = docs
        .iter()
        .flat_map(|d| {
            d["agencies"]
                .as_array()
                .expect("agencies")
                .iter()
                .map(move |a| (d, a))
        })
        .collect();
    assert_eq!(rows.len(), agencies.len());
    for (row, (doc, agency)) in rows.iter().zip(&agencies) {
        assert_eq!(row[0], text(&doc["document"]["id"]));
        assert_eq!(row[2], text(&agency["id"]));
        assert_eq!(row[3], text(&agency["name"]));
        assert_eq!(row[4], text(&agency["level"]));
        let leads = doc["tasks"]
            .as_array()
            .expect("tasks")
            .iter()
            .filter(|t| t["lead"].as_array().expect("lead").contains(&agency["id"]))
            .count();
        assert_eq!(row[6], leads.to_string(), "{}", row[3]);
    }
}

/// A graph with one task whose strings try everything a writer can get wrong.
fn hostile() -> Graph {
    let mut graph = corpus().swap_remove(4);
    let task = Task {
        id: "x/1".to_string(),
        origin: Origin::Narrative,
        label: Some("-".to_string()),
        path: vec!["x".to_string(), "1".to_string()],
        section: None,
        text: "=HYPERLINK(\"http://x\";\"y\"), \"trích dẫn\"\r\nxuống dòng\u{1}\u{7f}; ;"
            .to_string(),
        lead: vec!["agency:khong-co".to_string()],
        support: vec![],
        lead_raw: None,
        support_raw: None,
        implicit_lead: None,
        deadline: Deadline {
            raw: Some("ngày 30/02/2024".to_string()),
            kind: DeadlineKind::Date,
            start: Some("2024-02-30".to_string()),
            end: Some("không phải ngày".to_string()),
            dates: vec![],
        },
        output: Some("𝕏".repeat(40_000)),
        extra: vec![["Cột".to_string(), "giá trị, \"có\" dấu".to_string()]],
        span: Span {
            start_line: 1,
            end_line: 1,
            start_byte: 0,
            end_byte: 1,
        },
    };
    graph.tasks.push(task);
    graph
}

#[test]
fn hostile_values_round_trip_through_csv_and_ndjson() {
    let graph = hostile();
    let task = graph.tasks.last().expect("task");
    let (headers, rows) = read_csv(&emit_csv::tasks(std::slice::from_ref(&graph)).expect("csv"));
    let row = rows.last().expect("row");
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    assert_eq!(row[col("text")], task.text, "CSV keeps values exactly");
    assert_eq!(row[col("output")], task.output.clone().unwrap_or_default());
    // An id the graph has no agency for is shown as the id, never dropped.
    assert_eq!(row[col("lead")], "agency:khong-co");

    let lines = ndjson::tasks(&graph).expect("ndjson");
    let last = String::from_utf8(lines)
        .expect("UTF-8")
        .lines()
        .last()
        .map(str::to_string)
        .expect("line");
    let record: Value = serde_json::from_str(&last).expect("JSON");
    assert_eq!(record["text"], task.text.as_str());
    assert_eq!(record["lead"][0]["name"], Value::Null);
}

#[test]
fn empty_inputs_give_empty_but_valid_outputs() {
    let mut graph = corpus().swap_remove(0);
    graph.tasks.clear();
    graph.agencies.clear();
    assert!(ndjson::tasks(&graph).expect("ndjson").is_empty());
    let (headers, rows) = read_csv(&emit_csv::tasks(&[graph.clone()]).expect("csv"));
    assert_eq!(headers.len(), emit_csv::TASK_COLUMNS.len());
    assert!(rows.is_empty());
    let (_, rows) = read_csv(&emit_csv::tasks(&[]).expect("csv"));
    assert!(rows.is_empty());
    let book = open_book(&xlsx::workbook(&[]).expect("xlsx"));
    assert_eq!(book.sheet_names(), xlsx::SHEETS);
}

fn open_book(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook")
}

fn zip_entry(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut file = archive.by_name(name).expect(name);
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 entry");
    text
}

fn cell_text(data: Option<&Data>) -> String {
    match data {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => format!("{other:?}"),
    }
}

/// Days since 1899-12-30, Excel's day count for dates after February 1900.
fn excel_serial(iso: &str) -> f64 {
    let y: i64 = iso[..4].parse().expect("year");
    let m: i64 = iso[5..7].parse().expect("month");
    let d: i64 = iso[8..10].parse().expect("day");
    // Days from civil (Howard Hinnant's algorithm), then shifted to Excel's epoch.
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let unix_days = era * 146_097 + doe - 719_468;
    (unix_days + 25_569) as f64
}

#[test]
fn workbook_reads_back_as_the_json() {
    let graphs = corpus();
    let bytes = xlsx::workbook(&graphs).expect("xlsx");
    let mut book = open_book(&bytes);
    assert_eq!(book.sheet_names(), xlsx::SHEETS);

    let docs: Vec<Value> = graphs.iter().map(json).collect();
    let tasks: Vec<(&Value, &Value)> = docs
        .iter()
        .flat_map(|d| {
            d["tasks"]
                .as_array()
                .expect("tasks")
                .iter()
                .map(move |t| (d, t))
        })
        .collect();
    let sheet = book.worksheet_range("Tasks").expect("Tasks sheet");
    assert_eq!(
        sheet.height(),
        tasks.len() + 1,
        "a header row, then one row per task"
    );
    let headers: Vec<String> = (0..xlsx::TASK_HEADERS.len())
        .map(|c| cell_text(sheet.get((0, c))))
        .collect();
    assert_eq!(headers, xlsx::TASK_HEADERS);
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let mut dates = 0;
    for (i, (doc, task)) in tasks.iter().enumerate() {
        let row = i + 1;
        let at = |name: &str| sheet.get((row, col(name)));
        assert_eq!(cell_text(at("Văn bản")), text(&doc["document"]["id"]));
        assert_eq!(cell_text(at("Mã nhiệm vụ")), text(&task["id"]));
        assert_eq!(cell_text(at("Nội dung nhiệm vụ")), text(&task["text"]));
        assert_eq!(cell_text(at("Cơ quan chủ trì")), names(doc, task, "lead"));
        assert_eq!(
            cell_text(at("Cơ quan phối hợp")),
            names(doc, task, "support")
        );
        assert_eq!(
            cell_text(at("Loại thời hạn")),
            text(&task["deadline"]["kind"])
        );
        for (header, key) in [("Từ ngày", "start"), ("Đến ngày", "end")] {
            match task["deadline"][key].as_str() {
                Some(iso) => {
                    let Some(Data::DateTime(date)) = at(header) else {
                        panic!(
                            "{header} of {} is not an Excel date: {:?}",
                            task["id"],
                            at(header)
                        );
                    };
                    assert!(date.is_datetime());
                    assert_eq!(date.as_f64(), excel_serial(iso), "{iso}");
                    dates += 1;
                }
                None => assert!(matches!(at(header), None | Some(Data::Empty))),
            }
        }
        match at("Dòng") {
            Some(Data::Float(line)) => {
                assert_eq!(Some(*line as i64), task["span"]["start_line"].as_i64())
            }
            other => panic!("line number is not a number: {other:?}"),
        }
    }
    assert!(dates > 100, "the corpus has many dated deadlines");

    for (sheet_name, key) in [
        ("Agencies", "agencies"),
        ("Tables", "tables"),
        ("Diagnostics", "diagnostics"),
    ] {
        let range = book.worksheet_range(sheet_name).expect(sheet_name);
        let want: usize = docs
            .iter()
            .map(|d| d[key].as_array().map_or(0, Vec::len))
            .sum();
        assert_eq!(range.height(), want + 1, "{sheet_name}");
    }
    let documents = book.worksheet_range("Documents").expect("Documents");
    assert_eq!(documents.height(), docs.len() + 1);
}

#[test]
fn workbook_sheets_are_frozen_filtered_sized_and_reproducible() {
    let graphs = corpus();
    let bytes = xlsx::workbook(&graphs).expect("xlsx");
    for n in 1..=xlsx::SHEETS.len() {
        let sheet = zip_entry(&bytes, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            sheet.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "sheet {n}: header row frozen"
        );
        assert!(
            sheet.contains("<autoFilter ref=\"A1:"),
            "sheet {n}: autofilter"
        );
        assert!(
            sheet.contains("customWidth=\"1\""),
            "sheet {n}: column widths"
        );
    }
    let core = zip_entry(&bytes, "docProps/core.xml");
    assert!(
        core.contains("1980-01-01T00:00:00Z"),
        "fixed creation time: {core}"
    );
    // Same graphs, same bytes, even a second later.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(xlsx::workbook(&graphs).expect("xlsx"), bytes);
}

#[test]
fn hostile_values_stay_text_in_the_workbook() {
    let graph = hostile();
    let task = graph.tasks.last().expect("task");
    let bytes = xlsx::workbook(std::slice::from_ref(&graph)).expect("xlsx");
    let mut book = open_book(&bytes);
    let sheet = book.worksheet_range("Tasks").expect("Tasks");
    let row = sheet.height() - 1;
    let col = |name: &str| {
        xlsx::TASK_HEADERS
            .iter()
            .position(|h| *h == name)
            .expect(name)
    };
    // A formula-looking value is a string cell, not a formula.
    assert_eq!(
        cell_text(sheet.get((row, col("Nội dung nhiệm vụ")))),
        task.text
    );
    let formulas = book.worksheet_formula("Tasks").expect("formulas");
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
    // Invalid dates stay the text they are.
    assert_eq!(cell_text(sheet.get((row, col("Từ ngày")))), "2024-02-30");
    assert_eq!(
        cell_text(sheet.get((row, col("Đến ngày")))),
        "không phải ngày"
    );
    // An overlong value is cut to what Excel holds, and says so.
    let output = cell_text(sheet.get((row, col("Sản phẩm"))));
    assert!(output.encode_utf16().count() <= 32_767);
    assert!(output.ends_with('…'));
}

/// A destination that takes `room` bytes and then fails, like a full disk.
struct FullAfter {
    room: usize,
    taken: Vec<u8>,
}

impl std::io::Write for FullAfter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.taken.len() + buf.len() > self.room {
            return Err(std::io::Error::other("no space left"));
        }
        self.taken.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Streamed lines are the same bytes as the lines built in memory, written
/// whole; a failing destination is an error, never a silently short file.
#[test]
fn streamed_ndjson_is_the_same_lines_and_reports_a_failing_destination() {
    for graph in corpus() {
        let whole = ndjson::tasks(&graph).expect("ndjson");
        let mut roomy = FullAfter {
            room: usize::MAX,
            taken: Vec::new(),
        };
        ndjson::write_tasks(&graph, &mut roomy).expect("ndjson");
        assert!(roomy.taken == whole);
        if whole.is_empty() {
            continue;
        }
        let mut full = FullAfter {
            room: whole.len() / 2,
            taken: Vec::new(),
        };
        let result = ndjson::write_tasks(&graph, &mut full);
        assert!(matches!(result, Err(kehoach_emit::Error::Io(_))));
        assert!(
            full.taken.ends_with(b"\n"),
            "lines are written one at a time"
        );
    }
}
