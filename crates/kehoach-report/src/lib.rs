//! One self-contained HTML report of one or more task graphs: per plan a
//! summary (metadata, counts, warnings), an agency workload chart, a deadline
//! timeline and the task table with filters, every task linked to its lines in
//! a source panel; for several plans, the comparison of `kehoach-compare`.
//!
//! The page fetches nothing: CSS, script and charts (SVG) are inline, fonts
//! are the system's, and a Content-Security-Policy that allows only the
//! page's own style and script (by hash) keeps it that way even if a plan's
//! text were to slip through unescaped. It reads without JavaScript; the
//! script only filters rows and highlights source lines. Plans are
//! untrusted: every string from them is escaped ([`html::esc`]).
//!
//! Pure: graphs and source texts in, one HTML string out, the same bytes for
//! the same inputs (no dates, no random ids).

mod charts;
pub mod html;

use std::collections::BTreeMap;
use std::fmt::Write;

use kehoach_compare::{Comparison, DeadlineRelation, TaskSummary};
use kehoach_model::{DeadlineKind, Graph, Origin, Severity, Span, Task};
use sha2::{Digest, Sha256};

use html::{base64, esc, vn_date};

const STYLE: &str = include_str!("assets/report.css");
const SCRIPT: &str = include_str!("assets/report.js");

/// One plan of the report.
#[derive(Debug, Clone, Copy)]
pub struct ReportPlan<'a> {
    /// Short name (the file stem), as in the comparison.
    pub key: &'a str,
    pub graph: &'a Graph,
    /// The decoded text the graph's spans point into; `None` when only the
    /// JSON was given (the report then shows line numbers without the text).
    pub source: Option<&'a str>,
}

fn origin_label(o: Origin) -> &'static str {
    match o {
        Origin::Narrative => "Văn bản",
        Origin::Table => "Phụ lục",
        Origin::Responsibility => "Trách nhiệm",
    }
}

fn origin_value(o: Origin) -> &'static str {
    match o {
        Origin::Narrative => "narrative",
        Origin::Table => "table",
        Origin::Responsibility => "responsibility",
    }
}

fn kind_label(k: DeadlineKind) -> &'static str {
    match k {
        DeadlineKind::Date => "Ngày",
        DeadlineKind::FromDate => "Từ ngày",
        DeadlineKind::Month => "Tháng",
        DeadlineKind::Quarter => "Quý",
        DeadlineKind::HalfYear => "Nửa năm",
        DeadlineKind::Year => "Năm",
        DeadlineKind::Range => "Khoảng thời gian",
        DeadlineKind::Phased => "Theo giai đoạn",
        DeadlineKind::Recurring => "Thường xuyên",
        DeadlineKind::Event => "Theo sự kiện",
        DeadlineKind::Roadmap => "Theo lộ trình",
        DeadlineKind::None => "Không ghi",
    }
}

/// The filter class of a deadline: dated, or one of the undated kinds.
fn when_value(t: &Task) -> &'static str {
    if kehoach_compare::due_date(&t.deadline).is_some() {
        return "dated";
    }
    match t.deadline.kind {
        DeadlineKind::Recurring => "recurring",
        DeadlineKind::Event => "event",
        DeadlineKind::Roadmap => "roadmap",
        _ => "none",
    }
}

fn severity_label(s: Severity) -> (&'static str, &'static str) {
    match s {
        Severity::Error => ("Lỗi", "sev-error"),
        Severity::Warning => ("Cảnh báo", "sev-warning"),
        Severity::Info => ("Thông tin", "sev-info"),
    }
}

/// Where one plan's source lines live in the page.
struct SourceIndex {
    /// 1-based plan number, the `pN` of line ids.
    plan: usize,
    /// Number of lines of the source; 0 when there is no source text.
    lines: usize,
}

impl SourceIndex {
    /// `label` as a link to the span's first line (highlighting through its
    /// last), or as plain text when the source is missing or the span points
    /// outside it.
    fn link(&self, span: &Span, label: &str) -> String {
        let start = span.start_line as usize;
        if start == 0 || start > self.lines {
            return esc(label);
        }
        format!(
            "<a class=\"src-link\" href=\"#p{}-L{start}\" data-end=\"{}\" title=\"Xem dòng {start} trong văn bản nguồn\">{}</a>",
            self.plan,
            span.end_line.max(span.start_line),
            esc(label)
        )
    }
}

fn lines_label(span: &Span) -> String {
    if span.end_line > span.start_line {
        format!("dòng {}–{}", span.start_line, span.end_line)
    } else {
        format!("dòng {}", span.start_line)
    }
}

fn agency_names(graph: &Graph) -> BTreeMap<&str, &str> {
    graph
        .agencies
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect()
}

fn agencies_html(ids: &[String], name: &dyn Fn(&str) -> String) -> String {
    if ids.is_empty() {
        return String::new();
    }
    let items: Vec<String> = ids
        .iter()
        .map(|id| format!("<li>{}</li>", esc(&name(id))))
        .collect();
    format!("<ul class=\"agencies\">{}</ul>", items.join(""))
}

fn deadline_html(raw: Option<&str>, kind: DeadlineKind, due: Option<&str>) -> String {
    let mut s = String::new();
    if let Some(raw) = raw {
        s.push_str(&esc(raw));
        s.push_str("<br>");
    }
    let _ = write!(s, "<span class=\"kind\">{}", kind_label(kind));
    if let Some(due) = due {
        let _ = write!(s, " · hạn {}", esc(&vn_date(due)));
    }
    s.push_str("</span>");
    s
}

fn plan_heading(graph: &Graph, key: &str) -> String {
    let d = &graph.document;
    let mut parts = Vec::new();
    parts.extend(d.doc_type.clone());
    parts.extend(d.number.clone());
    let mut heading = parts.join(" ");
    if let Some(issuer) = &d.issuer {
        if !heading.is_empty() {
            heading.push_str(" — ");
        }
        heading.push_str(issuer);
    }
    if heading.trim().is_empty() {
        heading = key.to_string();
    }
    heading
}

fn plan_section(out: &mut String, index: usize, plan: &ReportPlan) {
    let p = index + 1;
    let graph = plan.graph;
    let d = &graph.document;
    let lines: Vec<&str> = match plan.source {
        Some(text) => kehoach_segment::split_lines(text)
            .iter()
            .map(|l| text.get(l.start..l.end).unwrap_or(""))
            .collect(),
        None => Vec::new(),
    };
    let src = SourceIndex {
        plan: p,
        lines: lines.len(),
    };
    let names = agency_names(graph);
    let name = |id: &str| names.get(id).copied().unwrap_or(id).to_string();

    let _ = write!(
        out,
        "<section class=\"plan\" id=\"plan-{p}\" aria-labelledby=\"plan-{p}-title\" data-key=\"{}\">\n<div class=\"plan-body\">\n<h2 id=\"plan-{p}-title\">{}</h2>\n",
        esc(plan.key),
        esc(&plan_heading(graph, plan.key))
    );
    if let Some(title) = &d.title {
        let _ = writeln!(out, "<p class=\"doc-title\">{}</p>", esc(title));
    }

    // Metadata.
    out.push_str("<dl class=\"meta\">\n");
    let mut meta = |label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", esc(&v));
        }
    };
    meta("Số hiệu", d.number.clone());
    meta("Loại văn bản", d.doc_type.clone());
    meta("Cơ quan ban hành", d.issuer.clone());
    meta("Nơi ban hành", d.place.clone());
    meta("Ngày ban hành", d.issued_on.as_deref().map(vn_date));
    meta("Người ký", d.signer.clone());
    meta("Tệp nguồn", Some(d.source.path.clone()));
    meta(
        "Định dạng",
        Some(format!(
            "{}, {}, {} byte",
            match d.source.format {
                kehoach_model::SourceFormat::Text => "văn bản thuần",
                kehoach_model::SourceFormat::Markdown => "Markdown",
            },
            d.source.encoding,
            d.source.bytes
        )),
    );
    meta("SHA-256", Some(d.source.sha256.clone()));
    meta("Mã tài liệu", Some(d.id.clone()));
    out.push_str("</dl>\n");

    // Counts.
    let count_origin = |o: Origin| graph.tasks.iter().filter(|t| t.origin == o).count();
    let count_sev = |s: Severity| graph.diagnostics.iter().filter(|x| x.severity == s).count();
    let dated = graph
        .tasks
        .iter()
        .filter(|t| kehoach_compare::due_date(&t.deadline).is_some())
        .count();
    let _ = write!(
        out,
        "<h3>Tổng quan</h3>\n<ul class=\"counts\">\
<li><b>{}</b> nhiệm vụ</li><li><b>{}</b> trong văn bản</li><li><b>{}</b> trong phụ lục</li><li><b>{}</b> theo trách nhiệm cơ quan</li>\
<li><b>{dated}</b> có hạn cụ thể</li><li><b>{}</b> cơ quan</li><li><b>{}</b> văn bản dẫn chiếu</li><li><b>{}</b> bảng</li>\
<li><b>{}</b> lỗi</li><li><b>{}</b> cảnh báo</li></ul>\n",
        graph.tasks.len(),
        count_origin(Origin::Narrative),
        count_origin(Origin::Table),
        count_origin(Origin::Responsibility),
        graph.agencies.len(),
        graph.references.len(),
        graph.tables.len(),
        count_sev(Severity::Error),
        count_sev(Severity::Warning),
    );

    // Diagnostics: errors and warnings first, notes after.
    out.push_str("<h3>Cảnh báo khi đọc văn bản</h3>\n");
    let mut diags: Vec<&kehoach_model::Diagnostic> = graph.diagnostics.iter().collect();
    diags.sort_by_key(|d| std::cmp::Reverse(d.severity));
    if diags.is_empty() {
        out.push_str(
            "<p class=\"none\">Không có cảnh báo: kehoach đọc được toàn bộ văn bản.</p>\n",
        );
    } else {
        // A long list would push the tasks far down: show it folded, with its
        // counts, unless there are errors a reader must see.
        let errors = count_sev(Severity::Error);
        let open = if errors > 0 || diags.len() <= 5 {
            " open"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<details class=\"diagnostics\"{open}><summary>{errors} lỗi, {} cảnh báo, {} ghi chú</summary>\n<ul class=\"diagnostics\">\n",
            count_sev(Severity::Warning),
            count_sev(Severity::Info)
        );
        for diag in diags {
            let (label, class) = severity_label(diag.severity);
            let at = diag
                .span
                .as_ref()
                .map(|s| format!(" ({})", src.link(s, &lines_label(s))))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li class=\"{class}\"><span class=\"badge\">{label}</span><code>{}</code>: {}{at}</li>",
                esc(&diag.code),
                esc(&diag.message)
            );
        }
        out.push_str("</ul>\n</details>\n");
    }

    out.push_str("<h3>Khối lượng công việc theo cơ quan</h3>\n");
    charts::workload(out, graph, p);
    out.push_str("<h3>Thời hạn</h3>\n");
    charts::timeline(out, graph, p);

    // Tasks, with filters (shown by the script; without it every row is listed).
    let _ = write!(
        out,
        "<h3 id=\"tasks-{p}-title\">Nhiệm vụ</h3>\n<form class=\"filters task-filters\" data-table=\"tasks-{p}\" hidden aria-label=\"Lọc nhiệm vụ\">\n<label>Cơ quan<select name=\"agency\"><option value=\"\">Tất cả cơ quan</option>"
    );
    let mut used: Vec<(&str, &str)> = Vec::new();
    for t in &graph.tasks {
        for a in t.lead.iter().chain(&t.support) {
            if !used.iter().any(|(id, _)| id == a) {
                used.push((
                    a.as_str(),
                    names.get(a.as_str()).copied().unwrap_or(a.as_str()),
                ));
            }
        }
    }
    used.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)));
    for (id, n) in used {
        let _ = write!(out, "<option value=\"{}\">{}</option>", esc(id), esc(n));
    }
    out.push_str(
        "</select></label>\n<label>Nguồn<select name=\"origin\"><option value=\"\">Tất cả</option>\
<option value=\"narrative\">Văn bản</option><option value=\"table\">Phụ lục</option><option value=\"responsibility\">Trách nhiệm</option></select></label>\n\
<label>Loại thời hạn<select name=\"kind\"><option value=\"\">Tất cả</option><option value=\"dated\">Có hạn cụ thể</option>\
<option value=\"recurring\">Thường xuyên</option><option value=\"event\">Theo sự kiện</option><option value=\"roadmap\">Theo lộ trình</option><option value=\"none\">Không ghi</option></select></label>\n\
<label>Hạn từ tháng<input type=\"month\" name=\"from\"></label>\n<label>đến tháng<input type=\"month\" name=\"to\"></label>\n\
<button type=\"reset\">Bỏ lọc</button>\n<output aria-live=\"polite\"></output>\n</form>\n",
    );
    // Most plans name no outputs; an empty column would only squeeze the others.
    let has_output = graph.tasks.iter().any(|t| t.output.is_some());
    let _ = write!(
        out,
        "<div class=\"table-wrap\"><table class=\"tasks\" id=\"tasks-{p}\" data-total=\"{}\" aria-labelledby=\"tasks-{p}-title\">\n\
<caption>{} nhiệm vụ. Bấm mã nhiệm vụ để xem các dòng tương ứng trong văn bản nguồn.</caption>\n\
<thead><tr><th scope=\"col\">Mã, nguồn</th><th scope=\"col\">Nhiệm vụ</th><th scope=\"col\">Chủ trì</th><th scope=\"col\">Thời hạn</th><th scope=\"col\">Phối hợp</th>{}</tr></thead>\n<tbody>\n",
        graph.tasks.len(),
        graph.tasks.len(),
        if has_output { "<th scope=\"col\">Sản phẩm</th>" } else { "" }
    );
    for (k, t) in graph.tasks.iter().enumerate() {
        let agencies: Vec<String> = t.lead.iter().chain(&t.support).map(|a| esc(a)).collect();
        let due = kehoach_compare::due_date(&t.deadline);
        let mut lead = agencies_html(&t.lead, &name);
        if t.lead.is_empty() {
            if let Some(implicit) = &t.implicit_lead {
                lead = format!(
                    "<span class=\"implicit\">{} (ngầm định)</span>",
                    esc(implicit)
                );
            }
        }
        let _ = writeln!(
            out,
            "<tr id=\"p{p}-t{k}\" data-origin=\"{}\" data-agencies=\"{}\" data-due=\"{}\" data-when=\"{}\">\
<td>{}<br><span class=\"lines\">{} · {}</span></td><td class=\"text\">{}</td><td class=\"who\">{lead}</td><td class=\"when\">{}</td><td class=\"who\">{}</td>{}</tr>",
            origin_value(t.origin),
            agencies.join(" "),
            esc(due.as_deref().unwrap_or("")),
            when_value(t),
            src.link(&t.span, &t.id),
            origin_label(t.origin),
            lines_label(&t.span),
            esc(&t.text),
            deadline_html(t.deadline.raw.as_deref(), t.deadline.kind, due.as_deref()),
            agencies_html(&t.support, &name),
            if has_output {
                format!("<td>{}</td>", esc(t.output.as_deref().unwrap_or("")))
            } else {
                String::new()
            },
        );
    }
    out.push_str("</tbody></table></div>\n</div>\n");

    // The source panel.
    let _ = write!(
        out,
        "<aside class=\"source\" aria-labelledby=\"source-{p}-title\">\n<h3 id=\"source-{p}-title\">Văn bản nguồn</h3>\n"
    );
    if lines.is_empty() {
        out.push_str("<p class=\"none\">Văn bản nguồn không có trong báo cáo này (đầu vào là tệp JSON). Hãy đưa tệp kế hoạch (.txt, .md) để xem văn bản bên cạnh các nhiệm vụ.</p>\n");
    } else {
        out.push_str("<div class=\"src\">\n");
        for (i, line) in lines.iter().enumerate() {
            let n = i + 1;
            let _ = writeln!(
                out,
                "<div class=\"ln\" id=\"p{p}-L{n}\" data-n=\"{n}\">{}</div>",
                esc(line)
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</aside>\n</section>\n");
}

fn relation_label(r: DeadlineRelation) -> Option<&'static str> {
    match r {
        DeadlineRelation::Earliest => Some("sớm nhất"),
        DeadlineRelation::Latest => Some("muộn nhất"),
        DeadlineRelation::Between => Some("ở giữa"),
        DeadlineRelation::Same | DeadlineRelation::Undated => None,
    }
}

fn comparison_section(out: &mut String, c: &Comparison, plans: &[ReportPlan]) {
    let index: BTreeMap<&str, SourceIndex> = plans
        .iter()
        .enumerate()
        .map(|(i, plan)| {
            let lines = plan
                .source
                .map(|s| kehoach_segment::split_lines(s).len())
                .unwrap_or(0);
            (plan.key, SourceIndex { plan: i + 1, lines })
        })
        .collect();
    let no_source = SourceIndex { plan: 0, lines: 0 };
    let source_of = |key: &str| index.get(key).unwrap_or(&no_source);
    let name = |id: &str| c.agency_name(id).to_string();
    let letters: Vec<String> = (0..c.plans.len())
        .map(kehoach_compare::render::plan_letter)
        .collect();
    let letter_of = |key: &str| {
        c.plans
            .iter()
            .position(|p| p.key == key)
            .map(|i| letters[i].clone())
            .unwrap_or_default()
    };

    let with_diff = c
        .groups
        .iter()
        .filter(|g| !kehoach_compare::render::differing_fields(g).is_empty())
        .count();
    let _ = write!(
        out,
        "<section id=\"compare\" aria-labelledby=\"compare-title\">\n<h2 id=\"compare-title\">So sánh các kế hoạch</h2>\n\
<p>Nhiệm vụ của các kế hoạch được ghép theo nội dung (âm tiết đã chuẩn hóa), cơ quan và mục. \
{} nhóm nhiệm vụ tương ứng, trong đó {with_diff} nhóm có khác biệt về cơ quan, thời hạn hoặc sản phẩm. \
Ngưỡng tương đồng: {:.2}.</p>\n",
        c.groups.len(),
        c.threshold
    );
    out.push_str("<div class=\"table-wrap\"><table class=\"plans-summary\"><caption>Các kế hoạch được so sánh</caption>\n<thead><tr><th scope=\"col\">Cột</th><th scope=\"col\">Kế hoạch</th><th scope=\"col\">Nhiệm vụ</th><th scope=\"col\">Đã ghép</th><th scope=\"col\">Chỉ có ở kế hoạch này</th></tr></thead><tbody>\n");
    for (i, p) in c.plans.iter().enumerate() {
        let label = [p.number.clone(), p.issuer.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" — ");
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td><a href=\"#plan-{}\">{}</a><br><span class=\"lines\">{}</span></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            letters[i],
            source_of(&p.key).plan,
            esc(if label.is_empty() { &p.key } else { &label }),
            esc(&p.key),
            p.tasks,
            p.aligned_tasks,
            p.unmatched_tasks
        );
    }
    out.push_str("</tbody></table></div>\n");

    out.push_str("<h3 id=\"groups-title\">Nhiệm vụ tương ứng giữa các kế hoạch</h3>\n");
    out.push_str("<form class=\"filters cmp-filters\" data-table=\"groups\" hidden aria-label=\"Lọc nhóm\">\n<label class=\"check\"><input type=\"checkbox\" name=\"differs\"> Chỉ hiện nhóm có khác biệt</label>\n<output aria-live=\"polite\"></output>\n</form>\n");
    out.push_str("<div class=\"table-wrap\"><table class=\"groups\" id=\"groups\" aria-labelledby=\"groups-title\">\n<thead><tr><th scope=\"col\">Nhóm</th><th scope=\"col\">Nhiệm vụ (đại diện)</th>");
    for (i, p) in c.plans.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\">{}: {}</th>",
            letters[i],
            esc(&p.key)
        );
    }
    out.push_str("<th scope=\"col\">Khác biệt</th></tr></thead>\n<tbody>\n");
    for g in &c.groups {
        let fields = kehoach_compare::render::differing_fields(g);
        let d = &g.differences;
        let _ = write!(
            out,
            "<tr id=\"{}\" data-differs=\"{}\"><td><code>{}</code><br><span class=\"score\">độ khớp {:.2}</span></td><td>{}</td>",
            esc(&g.id),
            fields.join(" "),
            esc(&g.id),
            g.score,
            esc(&g.representative)
        );
        for p in &c.plans {
            let Some(m) = g.members.iter().find(|m| m.plan == p.key) else {
                out.push_str("<td class=\"member-none\">— không có</td>");
                continue;
            };
            let src = source_of(&m.plan);
            let links: Vec<String> = m
                .tasks
                .iter()
                .map(|t: &TaskSummary| src.link(&t.span, &t.id))
                .collect();
            let lead = d.lead.by_plan.iter().find(|x| x.plan == m.plan);
            let support = d.support.by_plan.iter().find(|x| x.plan == m.plan);
            let deadline = d.deadline.by_plan.iter().find(|x| x.plan == m.plan);
            let mut cell = format!("<div>{}</div>", links.join(", "));
            if let Some(lead) = lead {
                let mut who = lead
                    .agencies
                    .iter()
                    .map(|a| esc(&name(a)))
                    .collect::<Vec<_>>()
                    .join(", ");
                if who.is_empty() {
                    who = lead
                        .implicit
                        .as_deref()
                        .map(|i| format!("<span class=\"implicit\">{} (ngầm định)</span>", esc(i)))
                        .unwrap_or_else(|| "<span class=\"none\">không ghi</span>".to_string());
                }
                let only = if d.lead.differs && !lead.only.is_empty() {
                    " <mark>khác</mark>"
                } else {
                    ""
                };
                let _ = write!(
                    cell,
                    "<div class=\"member\"><b>Chủ trì:</b> {who}{only}</div>"
                );
            }
            if let Some(support) = support.filter(|s| !s.agencies.is_empty()) {
                let who = support
                    .agencies
                    .iter()
                    .map(|a| esc(&name(a)))
                    .collect::<Vec<_>>()
                    .join(", ");
                let only = if d.support.differs && !support.only.is_empty() {
                    " <mark>khác</mark>"
                } else {
                    ""
                };
                let _ = write!(
                    cell,
                    "<div class=\"member\"><b>Phối hợp:</b> {who}{only}</div>"
                );
            }
            if let Some(dl) = deadline {
                let when = dl
                    .raw
                    .as_deref()
                    .map(esc)
                    .unwrap_or_else(|| kind_label(dl.kind).to_string());
                let rel = if d.deadline.differs {
                    relation_label(dl.relation)
                        .map(|r| format!(" <mark>{r}</mark>"))
                        .unwrap_or_default()
                } else {
                    String::new()
                };
                let _ = write!(
                    cell,
                    "<div class=\"member\"><b>Thời hạn:</b> {when}{rel}</div>"
                );
            }
            let class = if fields.is_empty() {
                ""
            } else {
                " class=\"diff\""
            };
            let _ = write!(out, "<td{class}>{cell}</td>");
        }
        // The differences in words.
        let mut notes: Vec<String> = Vec::new();
        if d.lead.differs {
            notes.push("Cơ quan chủ trì khác nhau".to_string());
        }
        if d.support.differs {
            notes.push("Cơ quan phối hợp khác nhau".to_string());
        }
        if d.deadline.differs {
            let earliest: Vec<String> = d
                .deadline
                .by_plan
                .iter()
                .filter(|x| x.relation == DeadlineRelation::Earliest)
                .map(|x| letter_of(&x.plan))
                .collect();
            let mut note = "Thời hạn khác nhau".to_string();
            if !earliest.is_empty() {
                let _ = write!(note, ": {} sớm nhất", earliest.join(", "));
            }
            if let Some(days) = d.deadline.spread_days.filter(|d| *d > 0) {
                let _ = write!(note, ", chênh {days} ngày");
            }
            notes.push(note);
        }
        if d.output.differs {
            notes.push("Sản phẩm khác nhau".to_string());
        }
        if notes.is_empty() {
            out.push_str("<td><span class=\"none\">Không</span></td></tr>\n");
        } else {
            let items: Vec<String> = notes
                .iter()
                .map(|n| format!("<li>{}</li>", esc(n)))
                .collect();
            let _ = writeln!(
                out,
                "<td><ul class=\"diffs\">{}</ul></td></tr>",
                items.join("")
            );
        }
    }
    out.push_str("</tbody></table></div>\n");

    out.push_str("<h3>Nhiệm vụ chỉ có ở một kế hoạch</h3>\n");
    for (i, u) in c.unmatched.iter().enumerate() {
        let src = source_of(&u.plan);
        let _ = write!(
            out,
            "<details><summary>{}: {} ({} nhiệm vụ)</summary>\n<ul class=\"unmatched\">\n",
            letters.get(i).cloned().unwrap_or_default(),
            esc(&u.plan),
            u.tasks.len()
        );
        for t in &u.tasks {
            let _ = writeln!(
                out,
                "<li>{} — {}</li>",
                src.link(&t.span, &t.id),
                esc(&t.text)
            );
        }
        out.push_str("</ul></details>\n");
    }
    out.push_str("</section>\n");
}

fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// The report of `plans`, with the comparison view when `comparison` is given
/// (it should be the comparison of these same plans).
pub fn render(plans: &[ReportPlan], comparison: Option<&Comparison>) -> String {
    let mut out = String::with_capacity(
        64 * 1024
            + plans
                .iter()
                .map(|p| p.source.map_or(0, str::len) * 2)
                .sum::<usize>(),
    );
    let total: usize = plans.iter().map(|p| p.graph.tasks.len()).sum();
    let title = match plans {
        [one] => format!("Báo cáo: {}", plan_heading(one.graph, one.key)),
        _ => format!("Báo cáo {} kế hoạch", plans.len()),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {}; script-src {}; img-src data:; base-uri 'none'; form-action 'none'\">\n\
<meta name=\"generator\" content=\"kehoach\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n\
<body data-plans=\"{}\" data-tasks=\"{total}\">\n<a class=\"skip\" href=\"#main\">Bỏ qua, đến nội dung chính</a>\n\
<header class=\"page\">\n<h1>{}</h1>\n<p>{} kế hoạch, {total} nhiệm vụ. Mỗi mã nhiệm vụ dẫn tới các dòng của nó trong văn bản nguồn.</p>\n\
<nav aria-label=\"Mục lục\"><ul>\n",
        csp_hash(STYLE),
        csp_hash(SCRIPT),
        esc(&title),
        plans.len(),
        esc(&title),
        plans.len(),
    );
    for (i, plan) in plans.iter().enumerate() {
        let _ = writeln!(
            out,
            "<li><a href=\"#plan-{}\">{}</a></li>",
            i + 1,
            esc(&plan_heading(plan.graph, plan.key))
        );
    }
    let comparison = comparison.filter(|_| plans.len() >= 2);
    if comparison.is_some() {
        out.push_str("<li><a href=\"#compare\">So sánh các kế hoạch</a></li>\n");
    }
    out.push_str("</ul></nav>\n</header>\n<main id=\"main\">\n");
    for (i, plan) in plans.iter().enumerate() {
        plan_section(&mut out, i, plan);
    }
    if let Some(c) = comparison {
        comparison_section(&mut out, c, plans);
    }
    let _ = write!(
        out,
        "</main>\n<footer class=\"page\"><p>Tạo bởi kehoach. Báo cáo này không tải gì từ mạng; \
bộ lọc cần JavaScript, việc đọc thì không.</p></footer>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}
