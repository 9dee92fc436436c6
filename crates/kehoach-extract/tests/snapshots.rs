//! Snapshot tests generated per input file: every plan in `corpus/` and every
//! fixture in `fixtures/` gets an outline of its graph stored under `snapshots/`.
//! Review a changed snapshot (`cargo insta review`) before accepting it.
//!
//! `fixtures/ok/` inputs must convert without error diagnostics;
//! `fixtures/err/` inputs must fail, or carry at least one error diagnostic.

use kehoach_extract::{convert, Options};
use kehoach_model::{Graph, Severity};
use std::fmt::Write;

fn short(s: &str, n: usize) -> String {
    let one_line = s.replace('\n', " ⏎ ");
    let mut out: String = one_line.chars().take(n).collect();
    if one_line.chars().count() > n {
        out.push('…');
    }
    out
}

/// A reviewable rendering of a graph: the tree of sections and tasks in document
/// order with the facts a reviewer checks, instead of the full JSON.
fn outline(g: &Graph) -> String {
    let names = |ids: &[String]| -> String {
        let v: Vec<String> = ids
            .iter()
            .map(|id| {
                g.agencies
                    .iter()
                    .find(|a| &a.id == id)
                    .map(|a| a.name.clone())
                    .unwrap_or_else(|| format!("?{id}"))
            })
            .collect();
        format!("[{}]", v.join("; "))
    };
    let d = &g.document;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "document {} | {} | number={:?} type={:?} issuer={:?} place={:?} date={:?} signer={:?}",
        d.id,
        serde_json::to_string(&d.source.format).unwrap_or_default(),
        d.number,
        d.doc_type,
        d.issuer,
        d.place,
        d.issued_on,
        d.signer
    );
    let mut items: Vec<(u32, u8, String)> = Vec::new();
    for sec in &g.sections {
        let depth = sec.id.matches('/').count();
        items.push((
            sec.span.start_line,
            0,
            format!(
                "{}§ {} {:?} [{}] L{}-{}",
                "  ".repeat(depth),
                sec.id,
                short(sec.title.as_deref().unwrap_or(""), 60),
                serde_json::to_string(&sec.role)
                    .unwrap_or_default()
                    .trim_matches('"'),
                sec.span.start_line,
                sec.span.end_line
            ),
        ));
    }
    for t in &g.tasks {
        let depth = t.id.matches('/').count();
        let dl = &t.deadline;
        items.push((
            t.span.start_line,
            1,
            format!(
                "{}- {} {} L{}-{} lead={} support={} deadline={} {:?} {}..{}{} text={:?}",
                "  ".repeat(depth),
                t.id,
                serde_json::to_string(&t.origin)
                    .unwrap_or_default()
                    .trim_matches('"'),
                t.span.start_line,
                t.span.end_line,
                names(&t.lead),
                names(&t.support),
                serde_json::to_string(&dl.kind)
                    .unwrap_or_default()
                    .trim_matches('"'),
                dl.raw.as_deref().map(|r| short(r, 50)).unwrap_or_default(),
                dl.start.as_deref().unwrap_or(""),
                dl.end.as_deref().unwrap_or(""),
                t.output
                    .as_deref()
                    .map(|o| format!(" output={:?}", short(o, 30)))
                    .unwrap_or_default(),
                short(&t.text, 60)
            ),
        ));
    }
    items.sort_by_key(|(l, k, _)| (*l, *k));
    for (_, _, line) in items {
        let _ = writeln!(s, "{line}");
    }
    for t in &g.tables {
        let _ = writeln!(
            s,
            "table {} L{} rows={} section_rows={} columns={:?}",
            t.id, t.span.start_line, t.rows, t.section_rows, t.columns
        );
    }
    for a in &g.agencies {
        let _ = writeln!(
            s,
            "agency {} {:?} {:?} mentions={:?}",
            a.id, a.name, a.level, a.mentions
        );
    }
    for r in &g.references {
        let _ = writeln!(
            s,
            "reference {} {:?} {:?} {:?}",
            r.id, r.doc_type, r.issued_on, r.issuer
        );
    }
    for d in &g.diagnostics {
        let _ = writeln!(
            s,
            "{:?} {} L{} {}",
            d.severity,
            d.code,
            d.span.map(|s| s.start_line).unwrap_or(0),
            d.message
        );
    }
    let _ = writeln!(s, "edges {}", g.edges.len());
    s
}

fn render(path: &std::path::Path) -> Result<Graph, String> {
    // Snapshots must not depend on where the repository is checked out: files are
    // named by their file name only.
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))?;
    convert(&bytes, &name, &Options::default())
        .map_err(|e| format!("error (line {:?}): {}", e.line, e.reason))
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../../../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    s
}

#[test]
fn corpus() {
    settings().bind(|| {
        insta::glob!("../../../corpus", "*.{txt,md}", |path| {
            let g = render(path).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                !g.diagnostics.iter().any(|d| d.severity == Severity::Error),
                "error diagnostics in {}",
                path.display()
            );
            insta::assert_snapshot!(outline(&g));
        });
    });
}

#[test]
fn fixtures_ok() {
    settings().bind(|| {
        insta::glob!("../../../fixtures/ok", "*.{txt,md}", |path| {
            let g = render(path).unwrap_or_else(|e| panic!("{e}"));
            let errors: Vec<_> = g
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .collect();
            assert!(
                errors.is_empty(),
                "error diagnostics in {}: {errors:?}",
                path.display()
            );
            insta::assert_snapshot!(outline(&g));
        });
    });
}

#[test]
fn fixtures_err() {
    settings().bind(|| {
        insta::glob!("../../../fixtures/err", "*.*", |path| {
            // The pattern names files only; a directory here would be a mistake
            // in the fixtures, not an input.
            assert!(path.is_file(), "{} is not a file", path.display());
            let rendered = match render(path) {
                Ok(g) => {
                    assert!(
                        g.diagnostics.iter().any(|d| d.severity == Severity::Error),
                        "{} converted without an error diagnostic",
                        path.display()
                    );
                    outline(&g)
                }
                Err(e) => e,
            };
            insta::assert_snapshot!(rendered);
        });
    });
}

#[test]
fn citations_are_found_across_line_breaks_and_in_table_cells() {
    let src = "II. NHIỆM VỤ\n\
a) Triển khai Quyết định số 06/QĐ-TTg\n\
ngày 06/01/2022 của Thủ tướng Chính phủ.\n\
Cơ quan thực hiện: Công an tỉnh.\n\
Thời gian hoàn thành: Năm 2022.\n\
\n\
TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n\
1 | Thực hiện Nghị định số 137/2015/NĐ-CP | Công an tỉnh | Sở Tư pháp | Năm 2023 |\n\
2 | Kết nối dữ liệu | Sở Y tế | Công an tỉnh | Năm 2023 |\n";
    let g = convert(src.as_bytes(), "x.txt", &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    let refs: Vec<(&str, Option<&str>)> = g
        .references
        .iter()
        .map(|r| (r.id.as_str(), r.issued_on.as_deref()))
        .collect();
    assert!(
        refs.contains(&("ref:06/QĐ-TTg", Some("2022-01-06"))),
        "{refs:?}"
    );
    assert!(
        refs.iter().any(|(id, _)| *id == "ref:137/2015/NĐ-CP"),
        "{refs:?}"
    );
    let cites: Vec<(&str, &str)> = g
        .edges
        .iter()
        .filter(|e| e.kind == kehoach_model::EdgeKind::Cites)
        .map(|e| (e.from.as_str(), e.to.as_str()))
        .collect();
    assert!(cites.contains(&("II/a", "ref:06/QĐ-TTg")), "{cites:?}");
    assert!(
        cites
            .iter()
            .any(|(from, to)| from.ends_with("/row-1") && *to == "ref:137/2015/NĐ-CP"),
        "{cites:?}"
    );
}
