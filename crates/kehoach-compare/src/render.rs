//! A comparison for people: a terminal table, and CSV for spreadsheets and
//! statistics packages.
//!
//! Task text comes from untrusted plans. In the table, control characters
//! (which could drive the terminal) are shown escaped and line breaks become
//! spaces. In CSV, a cell that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.

use crate::{Comparison, DeadlineRelation, Group, Member, TaskSummary};

/// Column letters for plans: A … Z, AA, AB, …
pub fn plan_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// One line of terminal-safe text.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.extend(c.escape_default()),
            // Bidirectional overrides could reorder what the terminal shows.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truncate(s: &str, width: usize) -> String {
    let count = s.chars().count();
    if count <= width {
        return s.to_string();
    }
    let mut out: String = s.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Cut from the middle: near-identical tasks ("Kết nối, chia sẻ dữ liệu giữa
/// … với Cơ sở dữ liệu thuế.") differ at their end, so both ends are kept.
fn truncate_middle(s: &str, width: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= width || width < 12 {
        return truncate(s, width);
    }
    // " … " takes three columns; cut at spaces where one is near.
    let mut head = (width - 3) * 2 / 5;
    let mut tail_start = chars.len() - (width - 3 - head);
    if let Some(space) = (head.saturating_sub(8)..head)
        .rev()
        .find(|&i| chars[i] == ' ')
    {
        head = space;
    }
    if let Some(space) = (tail_start..(tail_start + 8).min(chars.len())).find(|&i| chars[i] == ' ')
    {
        tail_start = space + 1;
    }
    let mut out: String = chars[..head].iter().collect();
    out.push_str(" … ");
    out.extend(&chars[tail_start..]);
    out
}

fn pad(s: &str, width: usize) -> String {
    let count = s.chars().count();
    let mut out = s.to_string();
    out.push_str(&" ".repeat(width.saturating_sub(count)));
    out
}

/// What differs in a group, in a few words: "lead support deadline output".
pub fn differing_fields(group: &Group) -> Vec<&'static str> {
    let d = &group.differences;
    let mut out = Vec::new();
    if d.lead.differs {
        out.push("lead");
    }
    if d.support.differs {
        out.push("support");
    }
    if d.deadline.differs {
        out.push("deadline");
    }
    if d.output.differs {
        out.push("output");
    }
    out
}

fn member_cell(member: Option<&Member>) -> String {
    match member {
        None => "-".to_string(),
        Some(m) if m.tasks.len() > 1 => format!("{} +{}", m.primary, m.tasks.len() - 1),
        Some(m) => m.primary.clone(),
    }
}

/// Width of the task text column.
const TEXT_WIDTH: usize = 72;
/// Widest a plan column may get before task ids are cut.
const ID_WIDTH: usize = 22;

/// The comparison as a plain-text table: a legend of the plans, one row per
/// aligned group, then the unmatched tasks of each plan.
pub fn table(c: &Comparison) -> String {
    let mut out = String::new();
    let aligned: u32 = c.plans.iter().map(|p| p.aligned_tasks).sum();
    let unmatched: u32 = c.plans.iter().map(|p| p.unmatched_tasks).sum();
    out.push_str(&format!(
        "{} plans, {} aligned groups ({} tasks), {} unmatched tasks, threshold {:.2}\n\n",
        c.plans.len(),
        c.groups.len(),
        aligned,
        unmatched,
        c.threshold
    ));
    out.push_str("PLANS\n");
    for (i, p) in c.plans.iter().enumerate() {
        let mut facts = vec![clean(&p.key)];
        facts.extend(p.number.as_deref().map(clean));
        facts.extend(p.issuer.as_deref().map(clean));
        facts.extend(p.issued_on.as_deref().map(clean));
        out.push_str(&format!(
            "  {}  {}  ({} tasks: {} aligned, {} unmatched)\n",
            plan_letter(i),
            facts.join("  "),
            p.tasks,
            p.aligned_tasks,
            p.unmatched_tasks
        ));
    }
    out.push('\n');

    // Rows first, to size the columns.
    let mut header = vec!["GROUP".to_string(), "SCORE".to_string()];
    header.extend((0..c.plans.len()).map(plan_letter));
    header.push("DIFFERS".to_string());
    header.push("TASK".to_string());
    let mut rows = vec![header];
    for g in &c.groups {
        let mut row = vec![g.id.clone(), format!("{:.2}", g.score)];
        for p in &c.plans {
            let m = g.members.iter().find(|m| m.plan == p.key);
            row.push(truncate(&clean(&member_cell(m)), ID_WIDTH));
        }
        let mut differs: Vec<String> = differing_fields(g).iter().map(|s| s.to_string()).collect();
        if g.differences.deadline.differs {
            if let Some(earliest) = earliest_plans(c, g) {
                if let Some(d) = differs.iter_mut().find(|d| *d == "deadline") {
                    *d = format!("deadline({earliest} first)");
                }
            }
        }
        row.push(if differs.is_empty() {
            "-".to_string()
        } else {
            differs.join(" ")
        });
        row.push(truncate_middle(&clean(&g.representative), TEXT_WIDTH));
        rows.push(row);
    }
    let columns = rows[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if i + 1 == columns {
                    cell.clone()
                } else {
                    pad(cell, widths[i])
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    if c.groups.is_empty() {
        out.push_str("(no aligned groups)\n");
    }

    out.push_str("\nUNMATCHED\n");
    for (i, u) in c.unmatched.iter().enumerate() {
        out.push_str(&format!(
            "  {}  {} ({} tasks)\n",
            plan_letter(i),
            clean(&u.plan),
            u.tasks.len()
        ));
        let width = u
            .tasks
            .iter()
            .map(|t| clean(&t.id).chars().count().min(ID_WIDTH))
            .max()
            .unwrap_or(0);
        for t in &u.tasks {
            out.push_str(&format!(
                "     {}  {}\n",
                pad(&truncate(&clean(&t.id), ID_WIDTH), width),
                truncate_middle(&clean(&t.text), TEXT_WIDTH)
            ));
        }
    }
    out
}

/// Letters of the plans with the earliest due date, when the deadline differs.
fn earliest_plans(c: &Comparison, g: &Group) -> Option<String> {
    let letters: Vec<String> = g
        .differences
        .deadline
        .by_plan
        .iter()
        .filter(|d| d.relation == DeadlineRelation::Earliest)
        .filter_map(|d| c.plans.iter().position(|p| p.key == d.plan))
        .map(plan_letter)
        .collect();
    (!letters.is_empty()).then(|| letters.join(","))
}

/// A cell a spreadsheet will show as text, never evaluate.
fn csv_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

const CSV_HEADER: [&str; 26] = [
    "status",
    "group_id",
    "group_score",
    "representative",
    "plan",
    "task_id",
    "origin",
    "label",
    "primary",
    "member_score",
    "text",
    "lead",
    "support",
    "implicit_lead",
    "deadline_raw",
    "deadline_kind",
    "deadline_due",
    "output",
    "lead_differs",
    "support_differs",
    "deadline_differs",
    "deadline_relation",
    "output_differs",
    "start_line",
    "end_line",
    "section",
];

fn json_word<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn task_cells(c: &Comparison, t: &TaskSummary) -> Vec<String> {
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| c.agency_name(id).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    vec![
        t.id.clone(),
        json_word(&t.origin),
        t.label.clone().unwrap_or_default(),
    ]
    .into_iter()
    .chain([
        String::new(), // primary, filled by the caller
        String::new(), // member_score, filled by the caller
        t.text.clone(),
        names(&t.lead),
        names(&t.support),
        t.implicit_lead.clone().unwrap_or_default(),
        t.deadline.raw.clone().unwrap_or_default(),
        json_word(&t.deadline.kind),
        crate::due_date(&t.deadline).unwrap_or_default(),
        t.output.clone().unwrap_or_default(),
    ])
    .collect()
}

/// The comparison as CSV, one row per task: every task of every aligned group
/// (status `aligned`, with the group's differences repeated on each row), then
/// every unmatched task (status `unmatched`). Agencies are given by name,
/// several joined with "; ".
pub fn csv(c: &Comparison) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = Vec::new();
    let flag = |b: bool| if b { "yes" } else { "no" }.to_string();
    for g in &c.groups {
        let d = &g.differences;
        for m in &g.members {
            let relation = d
                .deadline
                .by_plan
                .iter()
                .find(|x| x.plan == m.plan)
                .map(|x| json_word(&x.relation))
                .unwrap_or_default();
            for t in &m.tasks {
                let mut cells = task_cells(c, t);
                cells[3] = flag(t.id == m.primary);
                cells[4] = format!("{:.3}", m.score);
                let mut row = vec![
                    "aligned".to_string(),
                    g.id.clone(),
                    format!("{:.3}", g.score),
                    g.representative.clone(),
                    m.plan.clone(),
                ];
                row.extend(cells);
                row.extend([
                    flag(d.lead.differs),
                    flag(d.support.differs),
                    flag(d.deadline.differs),
                    relation.clone(),
                    flag(d.output.differs),
                    t.span.start_line.to_string(),
                    t.span.end_line.to_string(),
                    t.section.clone().unwrap_or_default(),
                ]);
                rows.push(row);
            }
        }
    }
    for u in &c.unmatched {
        for t in &u.tasks {
            let mut row = vec![
                "unmatched".to_string(),
                String::new(),
                String::new(),
                String::new(),
                u.plan.clone(),
            ];
            row.extend(task_cells(c, t));
            row.extend([
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                t.span.start_line.to_string(),
                t.span.end_line.to_string(),
                t.section.clone().unwrap_or_default(),
            ]);
            rows.push(row);
        }
    }
    // Writing to memory cannot fail; a failure would only lose rows, never panic.
    let _ = writer.write_record(CSV_HEADER);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| csv_cell(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(plan_letter(0), "A");
        assert_eq!(plan_letter(25), "Z");
        assert_eq!(plan_letter(26), "AA");
        assert_eq!(plan_letter(27), "AB");
    }

    #[test]
    fn terminal_text_is_defused() {
        assert_eq!(clean("a\x1b[31mb\nc"), "a\\u{1b}[31mb c");
        assert_eq!(clean("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(truncate("abcdef", 4), "abc…");
        let cut = truncate_middle(
            "Kết nối, chia sẻ dữ liệu giữa hai cơ sở dữ liệu với Cơ sở dữ liệu thuế.",
            30,
        );
        assert!(cut.chars().count() <= 30, "{cut}");
        assert!(
            cut.starts_with("Kết nối") && cut.ends_with("dữ liệu thuế."),
            "{cut}"
        );
    }

    #[test]
    fn spreadsheet_formulas_are_defused() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("Kết nối"), "Kết nối");
    }
}
