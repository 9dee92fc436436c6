//! The comparison's JSON contract, and behaviour on small and hostile inputs.

use std::path::Path;

use kehoach_compare::{
    compare, json_schema, render, Comparison, DeadlineRelation, Options, PlanRef,
};
use kehoach_model::{
    Agency, AgencyLevel, Deadline, DeadlineKind, Document, Edge, EdgeKind, Graph, Origin, Source,
    SourceFormat, Span, Task,
};

#[test]
fn committed_schema_matches_the_code() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/kehoach-compare-v1.schema.json");
    let committed = std::fs::read_to_string(&path).expect("committed schema");
    let mut generated = serde_json::to_string_pretty(&json_schema()).expect("schema");
    generated.push('\n');
    assert!(
        committed == generated,
        "schema/kehoach-compare-v1.schema.json is out of date; regenerate it with\n  \
         cargo run -q -p kehoach-cli -- compare --print-schema > schema/kehoach-compare-v1.schema.json"
    );
}

fn span(line: u32) -> Span {
    Span {
        start_line: line,
        end_line: line,
        start_byte: 0,
        end_byte: 0,
    }
}

fn month(m: &str) -> Deadline {
    Deadline {
        raw: Some(format!("Tháng {m}")),
        kind: DeadlineKind::Month,
        start: Some(format!("{m}-01")),
        end: Some(format!("{m}-28")),
        dates: vec![],
    }
}

fn task(id: &str, origin: Origin, text: &str, lead: &[&str], deadline: Deadline) -> Task {
    Task {
        id: id.into(),
        origin,
        label: None,
        path: vec![],
        section: None,
        text: text.into(),
        lead: lead.iter().map(|s| s.to_string()).collect(),
        support: vec![],
        lead_raw: None,
        support_raw: None,
        implicit_lead: None,
        deadline,
        output: None,
        extra: vec![],
        span: span(1),
    }
}

fn graph(id: &str, tasks: Vec<Task>, edges: Vec<Edge>) -> Graph {
    let mut agencies: Vec<Agency> = Vec::new();
    for t in &tasks {
        for a in t.lead.iter().chain(&t.support) {
            if !agencies.iter().any(|x| &x.id == a) {
                agencies.push(Agency {
                    id: a.clone(),
                    name: format!("Tên {a}"),
                    mentions: vec![],
                    level: Some(if a.contains("cac-") {
                        AgencyLevel::Group
                    } else {
                        AgencyLevel::Province
                    }),
                });
            }
        }
    }
    Graph {
        schema_version: "1.0".into(),
        document: Document {
            id: id.into(),
            source: Source {
                path: format!("{id}.txt"),
                sha256: String::new(),
                bytes: 0,
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
        sections: vec![],
        tasks,
        agencies,
        references: vec![],
        tables: vec![],
        edges,
        diagnostics: vec![],
    }
}

fn two_plans() -> (Graph, Graph) {
    let a = graph(
        "a",
        vec![
            task(
                "1/a",
                Origin::Narrative,
                "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Cơ sở dữ liệu đất đai.",
                &["agency:cong-an-tinh", "agency:so-tai-nguyen"],
                month("2022-06"),
            ),
            task(
                "1/b",
                Origin::Narrative,
                "Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với Cơ sở dữ liệu thuế.",
                &["agency:cong-an-tinh", "agency:cuc-thue"],
                month("2022-03"),
            ),
            task(
                "appendix-1/row-1",
                Origin::Table,
                "Kết nối, chia sẻ dữ liệu giữa CSDLQG về DC với Cơ sở dữ liệu đất đai.",
                &["agency:cong-an-tinh", "agency:so-tai-nguyen"],
                month("2022-06"),
            ),
            task(
                "1/c",
                Origin::Narrative,
                "Tuyên truyền, phổ biến Đề án tới người dân.",
                &["agency:so-thong-tin"],
                Deadline::none(),
            ),
        ],
        vec![Edge {
            from: "1/a".into(),
            to: "appendix-1/row-1".into(),
            kind: EdgeKind::SameAs,
        }],
    );
    let b = graph(
        "b",
        vec![
            task(
                "2/x",
                Origin::Narrative,
                "Kết nối, khai thác, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu thuế.",
                &["agency:cong-an-tinh", "agency:cuc-thue"],
                month("2022-05"),
            ),
            task(
                "2/y",
                Origin::Narrative,
                "Kết nối, khai thác, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu đất đai.",
                &["agency:so-tai-nguyen"],
                month("2022-06"),
            ),
            task(
                "2/z",
                Origin::Narrative,
                "Xây dựng nền tảng ký số cho doanh nghiệp.",
                &["agency:cong-an-tinh"],
                Deadline::none(),
            ),
        ],
        vec![],
    );
    (a, b)
}

fn run(a: &Graph, b: &Graph) -> Comparison {
    compare(
        &[
            PlanRef { key: "a", graph: a },
            PlanRef { key: "b", graph: b },
        ],
        &Options::default(),
    )
}

#[test]
fn near_identical_tasks_pair_by_their_distinguishing_words() {
    let (a, b) = two_plans();
    let c = run(&a, &b);
    let pairs: Vec<(Vec<String>, Vec<String>)> = c
        .groups
        .iter()
        .map(|g| {
            let ids = |k: &str| {
                g.members
                    .iter()
                    .filter(|m| m.plan == k)
                    .flat_map(|m| m.tasks.iter().map(|t| t.id.clone()))
                    .collect::<Vec<_>>()
            };
            (ids("a"), ids("b"))
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            (
                vec!["1/a".to_string(), "appendix-1/row-1".to_string()],
                vec!["2/y".to_string()]
            ),
            (vec!["1/b".to_string()], vec!["2/x".to_string()]),
        ]
    );
    let unmatched: Vec<Vec<&str>> = c
        .unmatched
        .iter()
        .map(|u| u.tasks.iter().map(|t| t.id.as_str()).collect())
        .collect();
    assert_eq!(unmatched, vec![vec!["1/c"], vec!["2/z"]]);
    assert_eq!(c.plans[0].aligned_tasks, 3);
    assert_eq!(c.plans[1].unmatched_tasks, 1);
}

#[test]
fn differences_name_what_changed() {
    let (a, b) = two_plans();
    let c = run(&a, &b);
    let land = &c.groups[0];
    assert!(land.differences.lead.differs);
    assert_eq!(land.differences.lead.common, vec!["agency:so-tai-nguyen"]);
    assert_eq!(
        land.differences.lead.by_plan[0].only,
        vec!["agency:cong-an-tinh"]
    );
    assert!(!land.differences.deadline.differs);
    assert_eq!(land.members[0].primary, "1/a");

    let tax = &c.groups[1];
    assert!(!tax.differences.lead.differs);
    assert!(tax.differences.deadline.differs);
    assert_eq!(tax.differences.deadline.spread_days, Some(61));
    let relations: Vec<DeadlineRelation> = tax
        .differences
        .deadline
        .by_plan
        .iter()
        .map(|d| d.relation)
        .collect();
    assert_eq!(
        relations,
        [DeadlineRelation::Earliest, DeadlineRelation::Latest]
    );
    assert_eq!(render::differing_fields(tax), ["deadline"]);
}

#[test]
fn renderings_are_complete_and_json_round_trips() {
    let (a, b) = two_plans();
    let c = run(&a, &b);
    let json = c.to_json(true);
    let back: Comparison = serde_json::from_str(&json).expect("round trip");
    assert_eq!(back, c);

    let table = render::table(&c);
    assert!(table.contains(&c.groups[0].id));
    assert!(table.contains("UNMATCHED"));
    assert!(table.contains("deadline(A first)"), "{table}");

    let csv = render::csv(&c);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    // Five aligned task rows (2 + 1 and 1 + 1), then two unmatched.
    assert_eq!(rows.len(), 7);
    assert_eq!(&rows[0][0], "aligned");
    assert_eq!(&rows[6][0], "unmatched");
    assert!(rows[0]
        .iter()
        .any(|cell| cell.contains("Tên agency:so-tai-nguyen")));
}

#[test]
fn hostile_text_is_defused_in_table_and_csv() {
    let mut a = graph(
        "a",
        vec![task(
            "=1+1",
            Origin::Narrative,
            "=HYPERLINK(\"http://x\") \u{1b}[2J xóa màn hình",
            &[],
            Deadline::none(),
        )],
        vec![],
    );
    a.document.number = Some("\u{1b}]0;title\u{7}".into());
    let b = graph("b", vec![], vec![]);
    let c = run(&a, &b);
    let table = render::table(&c);
    assert!(!table.contains('\u{1b}'), "{table:?}");
    assert!(!table.contains('\u{7}'));
    let csv = render::csv(&c);
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("'=1+1"), "{csv}");
}

#[test]
fn degenerate_inputs_do_not_panic() {
    let empty = graph("e", vec![], vec![]);
    let c = compare(&[], &Options::default());
    assert!(c.groups.is_empty() && c.plans.is_empty());
    let c = compare(
        &[PlanRef {
            key: "e",
            graph: &empty,
        }],
        &Options::default(),
    );
    assert!(c.groups.is_empty());
    let odd = graph(
        "o",
        vec![
            task("x", Origin::Table, "", &[], Deadline::none()),
            task(
                "x",
                Origin::Table,
                "....",
                &["agency:nowhere"],
                Deadline::none(),
            ),
            task("y", Origin::Narrative, "12/34 56", &[], month("9999-99")),
        ],
        vec![Edge {
            from: "x".into(),
            to: "missing".into(),
            kind: EdgeKind::SameAs,
        }],
    );
    for threshold in [0.0, 1.0, f64::NAN, -3.0] {
        let c = compare(
            &[
                PlanRef {
                    key: "o",
                    graph: &odd,
                },
                PlanRef {
                    key: "o",
                    graph: &odd,
                },
            ],
            &Options { threshold },
        );
        let _ = render::table(&c);
        let _ = render::csv(&c);
        let _ = c.to_json(false);
    }
}
