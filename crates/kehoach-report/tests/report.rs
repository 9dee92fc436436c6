//! The report's promises that can be checked without a browser: complete,
//! self-contained, escaped, deterministic, every task linked to its lines.

mod support;

use kehoach_model::{
    Agency, AgencyLevel, Deadline, Diagnostic, Document, Graph, Origin, Severity, Source,
    SourceFormat, Span, Task,
};
use kehoach_report::{render, ReportPlan};
use sha2::{Digest, Sha256};

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn every_task_is_a_row_linked_to_its_source_lines() {
    let plans = support::pair();
    let html = support::render(&plans);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    let total: usize = plans.iter().map(|p| p.graph.tasks.len()).sum();
    assert_eq!(count(&html, "<tr id=\"p"), total);
    for (i, p) in plans.iter().enumerate() {
        let n = i + 1;
        let lines = kehoach_segment_lines(&p.source);
        for (k, t) in p.graph.tasks.iter().enumerate() {
            let row_start = html
                .find(&format!("<tr id=\"p{n}-t{k}\""))
                .unwrap_or_else(|| panic!("row of {}", t.id));
            let row = &html[row_start
                ..html[row_start..]
                    .find("</tr>")
                    .map_or(html.len(), |e| row_start + e)];
            let link = format!("href=\"#p{n}-L{}\"", t.span.start_line);
            assert!(
                row.contains(&link),
                "{} has no link to its line: {row}",
                t.id
            );
            assert!((t.span.start_line as usize) <= lines);
            assert!(html.contains(&format!("id=\"p{n}-L{}\"", t.span.start_line)));
        }
        assert_eq!(
            count(&html, &format!("<div class=\"ln\" id=\"p{n}-L")),
            lines
        );
    }
    // The comparison view is there, with every aligned group.
    let c = support::comparison(&plans);
    assert!(html.contains("id=\"compare\""));
    for g in &c.groups {
        assert!(html.contains(&format!("<tr id=\"{}\"", g.id)));
    }
}

fn kehoach_segment_lines(text: &str) -> usize {
    // The same rule as the converter: "\n", "\r\n" and a lone "\r" end a line.
    let mut lines = 0;
    let mut chars = text.chars().peekable();
    let mut open = false;
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                lines += 1;
                open = false;
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines += 1;
                open = false;
            }
            _ => open = true,
        }
    }
    lines + usize::from(open)
}

#[test]
fn the_page_is_self_contained_and_its_policy_allows_only_its_own_code() {
    let html = support::render(&support::pair());
    // Plan text may quote web addresses; only markup that would load them matters.
    for banned in [
        "<link",
        "@import",
        "url(",
        " src=",
        "href=\"http",
        "href=\"//",
        "<iframe",
        "<img",
        "<object",
        "<embed",
    ] {
        assert!(!html.contains(banned), "report contains {banned:?}");
    }
    assert_eq!(count(&html, "<script"), 1);
    assert_eq!(count(&html, "<style"), 1);
    let between = |open: &str, close: &str| {
        let start = html.find(open).expect(open) + open.len();
        let end = start + html[start..].find(close).expect(close);
        &html[start..end]
    };
    let hash = |text: &str| {
        let digest = Sha256::digest(text.as_bytes());
        format!("'sha256-{}'", kehoach_report::html::base64(&digest))
    };
    let style = between("<style>", "</style>");
    let script = between("<script>", "</script>");
    let csp = between("http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(csp.contains(&format!("style-src {}", hash(style))), "{csp}");
    assert!(
        csp.contains(&format!("script-src {}", hash(script))),
        "{csp}"
    );
}

#[test]
fn the_same_plans_give_the_same_bytes() {
    let plans = support::pair();
    assert_eq!(support::render(&plans), support::render(&plans));
}

fn hostile_graph() -> Graph {
    let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'\u{0}\u{1b}";
    let span = Span {
        start_line: 2,
        end_line: 3,
        start_byte: 0,
        end_byte: 10,
    };
    Graph {
        schema_version: "1.0".into(),
        document: Document {
            id: evil.into(),
            source: Source {
                path: evil.into(),
                sha256: evil.into(),
                bytes: 1,
                format: SourceFormat::Text,
                encoding: "utf-8".into(),
            },
            number: Some(evil.into()),
            doc_type: Some(evil.into()),
            issuer: Some(evil.into()),
            place: Some(evil.into()),
            issued_on: Some(evil.into()),
            signer: Some(evil.into()),
            title: Some(evil.into()),
        },
        sections: vec![],
        tasks: vec![Task {
            id: evil.into(),
            origin: Origin::Narrative,
            label: Some(evil.into()),
            path: vec![],
            section: Some(evil.into()),
            text: evil.into(),
            lead: vec![evil.into()],
            support: vec!["agency:x".into()],
            lead_raw: Some(evil.into()),
            support_raw: None,
            implicit_lead: Some(evil.into()),
            deadline: Deadline {
                raw: Some(evil.into()),
                kind: kehoach_model::DeadlineKind::Date,
                start: Some(evil.into()),
                end: Some("2022-13-45".into()),
                dates: vec![],
            },
            output: Some(evil.into()),
            extra: vec![],
            span,
        }],
        agencies: vec![
            Agency {
                id: evil.into(),
                name: evil.into(),
                mentions: vec![],
                level: Some(AgencyLevel::Province),
            },
            Agency {
                id: "agency:x".into(),
                name: evil.into(),
                mentions: vec![],
                level: None,
            },
        ],
        references: vec![],
        tables: vec![],
        edges: vec![],
        diagnostics: vec![Diagnostic {
            severity: Severity::Warning,
            code: evil.into(),
            message: evil.into(),
            span: Some(span),
        }],
    }
}

#[test]
fn nothing_from_a_plan_can_inject_markup_or_script() {
    let graph = hostile_graph();
    let source = "line one\n</div><script>alert(3)</script>\n<!-- -->\u{0}";
    let plans = [
        ReportPlan {
            key: "<script>k</script>",
            graph: &graph,
            source: Some(source),
        },
        ReportPlan {
            key: "\"><u>",
            graph: &graph,
            source: None,
        },
    ];
    let refs: Vec<kehoach_compare::PlanRef> = plans
        .iter()
        .map(|p| kehoach_compare::PlanRef {
            key: p.key,
            graph: p.graph,
        })
        .collect();
    let c = kehoach_compare::compare(&refs, &kehoach_compare::Options::default());
    assert!(
        !c.groups.is_empty(),
        "the two copies should align, so the comparison view is tested too"
    );
    let html = render(&plans, Some(&c));
    assert_eq!(count(&html, "<script"), 1, "only the report's own script");
    for bad in [
        "<img",
        "<u>",
        "</div><script>",
        "<!-- -->",
        "\u{0}",
        "\u{1b}",
    ] {
        assert!(!html.contains(bad), "unescaped {bad:?} in the report");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // The second plan has no source: its tasks are not links, and the page says why.
    assert!(html.contains("đầu vào là tệp JSON"));
}

#[test]
fn empty_and_odd_graphs_render() {
    let mut graph = hostile_graph();
    graph.tasks.clear();
    graph.diagnostics.clear();
    let html = render(
        &[ReportPlan {
            key: "",
            graph: &graph,
            source: Some(""),
        }],
        None,
    );
    assert!(html.ends_with("</html>\n"));
    let html = render(&[], None);
    assert!(html.contains("0 kế hoạch"));
}
