//! The two charts of a plan, as inline SVG inside ordinary HTML tables and
//! lists, so that the numbers are there for screen readers and for reading
//! without the picture. Sizes are SVG attributes (never `style`), which the
//! page's Content-Security-Policy allows.

use std::collections::BTreeMap;
use std::fmt::Write;

use kehoach_model::{DeadlineKind, Graph};

use crate::html::esc;

/// Workload: for every agency, the tasks it leads and supports, as a table
/// with a bar per row. Sorted by tasks led, then supported, then name.
pub fn workload(out: &mut String, graph: &Graph, plan: usize) {
    let mut counts: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for t in &graph.tasks {
        for a in &t.lead {
            counts.entry(a.as_str()).or_default().0 += 1;
        }
        for a in &t.support {
            counts.entry(a.as_str()).or_default().1 += 1;
        }
    }
    let names: BTreeMap<&str, &str> = graph
        .agencies
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let mut rows: Vec<(&str, &str, u32, u32)> = counts
        .into_iter()
        .map(|(id, (lead, support))| (id, names.get(id).copied().unwrap_or(id), lead, support))
        .collect();
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(b.3.cmp(&a.3)).then(a.1.cmp(b.1)));
    if rows.is_empty() {
        out.push_str(
            "<p class=\"none\">Không có cơ quan nào được ghi tên trong các nhiệm vụ.</p>\n",
        );
        implicit_note(out, graph);
        return;
    }
    let max = rows.iter().map(|r| r.2 + r.3).max().unwrap_or(1).max(1);
    let _ = write!(
        out,
        "<figure>\n<figcaption id=\"workload-{plan}\">Số nhiệm vụ mỗi cơ quan chủ trì và phối hợp</figcaption>\n\
<p class=\"legend\" aria-hidden=\"true\"><span><span class=\"swatch lead\"></span>Chủ trì</span><span><span class=\"swatch support\"></span>Phối hợp</span></p>\n\
<div class=\"table-wrap\"><table class=\"workload\" aria-labelledby=\"workload-{plan}\">\n\
<thead><tr><th scope=\"col\">Cơ quan</th><th scope=\"col\" class=\"num\">Chủ trì</th><th scope=\"col\" class=\"num\">Phối hợp</th><th scope=\"col\"><span class=\"visually-hidden\">Biểu đồ</span></th></tr></thead>\n<tbody>\n"
    );
    for (_, name, lead, support) in rows {
        let scale = 100.0 / f64::from(max);
        let lw = f64::from(lead) * scale;
        let sw = f64::from(support) * scale;
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\">{lead}</td><td class=\"num\">{support}</td>\
<td class=\"bar\"><svg width=\"100%\" height=\"14\" viewBox=\"0 0 100 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">\
<rect class=\"lead\" x=\"0\" y=\"1\" width=\"{lw:.2}\" height=\"12\"/><rect class=\"support\" x=\"{lw:.2}\" y=\"1\" width=\"{sw:.2}\" height=\"12\"/></svg></td></tr>",
            esc(name)
        );
    }
    out.push_str("</tbody></table></div>\n");
    implicit_note(out, graph);
    out.push_str("</figure>\n");
}

/// Tasks that name no lead but that the plan gives to its own issuer are
/// not in the workload table (the issuer is a name, not an agency of the
/// graph); say how many there are.
fn implicit_note(out: &mut String, graph: &Graph) {
    let implicit = graph
        .tasks
        .iter()
        .filter(|t| t.lead.is_empty() && t.implicit_lead.is_some())
        .count();
    if implicit > 0 {
        let issuer = graph
            .tasks
            .iter()
            .find_map(|t| t.implicit_lead.as_deref())
            .unwrap_or("");
        let _ = writeln!(
            out,
            "<p class=\"lines\">Ngoài ra {implicit} nhiệm vụ không ghi cơ quan chủ trì; kế hoạch ngầm giao cho {}.</p>",
            esc(issuer)
        );
    }
}

/// A period of the timeline: (year, index within the year), with how long
/// a period is in months.
fn period(due: &str, months: u32) -> Option<(i32, u32)> {
    let year: i32 = due.get(0..4)?.parse().ok()?;
    let month: u32 = due.get(5..7)?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    Some((year, (month - 1) / months))
}

fn period_label(p: (i32, u32), months: u32) -> String {
    match months {
        1 => format!("{:02}/{}", p.1 + 1, p.0),
        3 => format!("Q{}/{}", p.1 + 1, p.0),
        _ => p.0.to_string(),
    }
}

/// Periods shown when bins are contiguous up to this many; beyond it only
/// periods that have tasks are drawn (a stray year 1900 in a hand-edited JSON
/// must not make a chart of 1500 empty bars).
const MAX_CONTIGUOUS: usize = 60;

/// Deadline timeline: dated tasks per month (per quarter when the plan spans
/// more than three years, per year beyond twelve), and beside it the tasks
/// that have no date: recurring, event-driven, roadmap, none.
pub fn timeline(out: &mut String, graph: &Graph, plan: usize) {
    let dues: Vec<String> = graph
        .tasks
        .iter()
        .filter_map(|t| kehoach_compare::due_date(&t.deadline))
        .collect();
    let span_months = {
        let ps: Vec<(i32, u32)> = dues.iter().filter_map(|d| period(d, 1)).collect();
        match (ps.iter().min(), ps.iter().max()) {
            (Some(a), Some(b)) => {
                (i64::from(b.0) - i64::from(a.0)) * 12 + i64::from(b.1) - i64::from(a.1) + 1
            }
            _ => 0,
        }
    };
    let months = if span_months <= 36 {
        1
    } else if span_months <= 144 {
        3
    } else {
        12
    };
    let mut bins: BTreeMap<(i32, u32), u32> = BTreeMap::new();
    for d in &dues {
        if let Some(p) = period(d, months) {
            *bins.entry(p).or_default() += 1;
        }
    }
    // Fill the gaps between the first and last period with empty bars.
    if let (Some(&first), Some(&last)) = (bins.keys().next(), bins.keys().next_back()) {
        let per_year = 12 / months;
        let mut p = first;
        let mut filled = Vec::new();
        while p <= last && filled.len() <= MAX_CONTIGUOUS {
            filled.push(p);
            p = if p.1 + 1 >= per_year {
                (p.0.saturating_add(1), 0)
            } else {
                (p.0, p.1 + 1)
            };
        }
        if filled.len() <= MAX_CONTIGUOUS {
            for f in filled {
                bins.entry(f).or_insert(0);
            }
        }
    }

    let unit = match months {
        1 => "tháng",
        3 => "quý",
        _ => "năm",
    };
    let _ = write!(
        out,
        "<figure>\n<figcaption id=\"timeline-{plan}\">Nhiệm vụ có hạn cụ thể, theo {unit} đến hạn ({} nhiệm vụ)</figcaption>\n",
        dues.len()
    );
    if bins.is_empty() {
        out.push_str("<p class=\"none\">Không có nhiệm vụ nào có hạn cụ thể.</p>\n");
    } else {
        let max = bins.values().copied().max().unwrap_or(1).max(1);
        let n = bins.len();
        let bar = if n <= 12 {
            40
        } else if n <= 30 {
            24
        } else {
            16
        };
        // Room on the left and below for the slanted period labels.
        let (left, top, chart_h, bottom) = (48, 18, 140, 48);
        let width = left * 2 + n * bar;
        let height = top + chart_h + bottom;
        let _ = writeln!(
            out,
            "<svg class=\"timeline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"timeline-{plan}\">"
        );
        let _ = writeln!(
            out,
            "<line class=\"axis\" x1=\"{left}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\"/>",
            y = top + chart_h,
            x2 = width - left
        );
        let label_every = (n / 24).max(1);
        for (i, (p, count)) in bins.iter().enumerate() {
            let h = (f64::from(*count) / f64::from(max) * chart_h as f64).round() as usize;
            let x = left + i * bar + 2;
            let y = top + chart_h - h;
            let label = period_label(*p, months);
            let _ = write!(
                out,
                "<g><title>{label}: {count} nhiệm vụ</title><rect class=\"dated\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\"/>",
                w = bar - 4
            );
            if *count > 0 {
                let _ = write!(
                    out,
                    "<text class=\"count\" x=\"{cx}\" y=\"{ty}\" text-anchor=\"middle\">{count}</text>",
                    cx = x + (bar - 4) / 2,
                    ty = y.saturating_sub(4)
                );
            }
            if i % label_every == 0 {
                let lx = x + (bar - 4) / 2;
                let ly = top + chart_h + 12;
                let _ = write!(
                    out,
                    "<text class=\"label\" x=\"{lx}\" y=\"{ly}\" text-anchor=\"end\" transform=\"rotate(-45 {lx} {ly})\">{label}</text>"
                );
            }
            out.push_str("</g>\n");
        }
        out.push_str("</svg>\n");
        let _ = write!(
            out,
            "<details><summary>Số liệu theo {unit}</summary>\n<table class=\"timeline-data\"><thead><tr><th scope=\"col\">Kỳ</th><th scope=\"col\">Số nhiệm vụ</th></tr></thead><tbody>\n"
        );
        for (p, count) in &bins {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{count}</td></tr>",
                period_label(*p, months)
            );
        }
        out.push_str("</tbody></table></details>\n");
    }
    out.push_str("</figure>\n");

    // Tasks without a date, shown apart: they are not late or early, they are another kind.
    let undated = |kinds: &[DeadlineKind]| {
        graph
            .tasks
            .iter()
            .filter(|t| {
                kinds.contains(&t.deadline.kind) && kehoach_compare::due_date(&t.deadline).is_none()
            })
            .count()
    };
    let recurring = undated(&[DeadlineKind::Recurring]);
    let event = undated(&[DeadlineKind::Event]);
    let roadmap = undated(&[DeadlineKind::Roadmap]);
    let dated_total = dues.len();
    let none = graph
        .tasks
        .len()
        .saturating_sub(dated_total + recurring + event + roadmap);
    let _ = write!(
        out,
        "<p>Nhiệm vụ không có ngày cụ thể:</p>\n<ul class=\"undated\">\
<li>Thường xuyên: <b>{recurring}</b></li>\
<li>Theo sự kiện (sau khi văn bản ban hành…): <b>{event}</b></li>\
<li>Theo lộ trình, hướng dẫn: <b>{roadmap}</b></li>\
<li>Không ghi thời hạn: <b>{none}</b></li></ul>\n"
    );
}
