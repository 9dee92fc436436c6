//! The same task printed twice — in the narrative and as an appendix row — is two
//! tasks joined by a `same_as` edge. Pairs are found by wording: the syllables two
//! texts share (Dice coefficient), matched one-to-one, best pairs first.
//! Disagreements between the two printings (lead, deadline) are what an official
//! needs to hear about, so they become warnings.

use kehoach_model::{Diagnostic, Edge, EdgeKind, Origin, Severity, Task};
use std::collections::{HashMap, HashSet};

/// Below this share of common syllables two texts are different tasks.
const SAME_TASK_MIN_SCORE: f64 = 0.72;
/// Syllables found in more tasks than this are too common to find candidates by.
const COMMON_SYLLABLE_SHARE: f64 = 0.25;

fn syllables(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn dice(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count();
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

pub fn link(tasks: &[Task]) -> (Vec<Edge>, Vec<Diagnostic>) {
    let narrative: Vec<usize> = (0..tasks.len())
        .filter(|i| tasks[*i].origin != Origin::Table)
        .collect();
    let table: Vec<usize> = (0..tasks.len())
        .filter(|i| tasks[*i].origin == Origin::Table)
        .collect();
    if narrative.is_empty() || table.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let sets: Vec<HashSet<String>> = tasks.iter().map(|t| syllables(&t.text)).collect();
    // Inverted index over table rows, without the syllables every row shares.
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for &t in &table {
        for s in &sets[t] {
            index.entry(s.as_str()).or_default().push(t);
        }
    }
    let limit = ((table.len() as f64) * COMMON_SYLLABLE_SHARE)
        .ceil()
        .max(3.0) as usize;
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for &n in &narrative {
        let mut candidates: HashSet<usize> = HashSet::new();
        for s in &sets[n] {
            if let Some(rows) = index.get(s.as_str()) {
                if rows.len() <= limit {
                    candidates.extend(rows.iter().copied());
                }
            }
        }
        let mut cands: Vec<usize> = candidates.into_iter().collect();
        cands.sort_unstable();
        for t in cands {
            let score = dice(&sets[n], &sets[t]);
            if score >= SAME_TASK_MIN_SCORE {
                pairs.push((score, n, t));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_n, mut used_t) = (HashSet::new(), HashSet::new());
    let mut matched: Vec<(usize, usize)> = Vec::new();
    for (_, n, t) in pairs {
        if used_n.insert(n) {
            if used_t.insert(t) {
                matched.push((n, t));
            } else {
                used_n.remove(&n);
            }
        }
    }
    matched.sort_unstable();
    let mut edges = Vec::new();
    let mut diags = Vec::new();
    for (n, t) in matched {
        let (a, b) = (&tasks[n], &tasks[t]);
        edges.push(Edge {
            from: a.id.clone(),
            to: b.id.clone(),
            kind: EdgeKind::SameAs,
        });
        let lead_a: HashSet<&String> = a.lead.iter().collect();
        let lead_b: HashSet<&String> = b.lead.iter().collect();
        if !a.lead.is_empty() && !b.lead.is_empty() && lead_a != lead_b {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                code: "same-task-lead-differs".into(),
                message: format!(
                    "{} and {} are the same task with different leads",
                    a.id, b.id
                ),
                span: Some(a.span),
            });
        }
        let (da, db) = (&a.deadline, &b.deadline);
        if (da.kind, &da.start, &da.end) != (db.kind, &db.start, &db.end)
            && da.raw.is_some()
            && db.raw.is_some()
        {
            diags.push(Diagnostic {
                severity: Severity::Warning,
                code: "same-task-deadline-differs".into(),
                message: format!(
                    "{} and {} are the same task with different deadlines ({:?} / {:?})",
                    a.id,
                    b.id,
                    da.raw.clone().unwrap_or_default(),
                    db.raw.clone().unwrap_or_default()
                ),
                span: Some(a.span),
            });
        }
    }
    (edges, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kehoach_model::{Deadline, DeadlineKind, Span};

    fn task(id: &str, origin: Origin, text: &str, lead: &[&str], month: Option<&str>) -> Task {
        let mut deadline = Deadline::none();
        if let Some(m) = month {
            deadline = Deadline {
                raw: Some(m.into()),
                kind: DeadlineKind::Month,
                start: Some(format!("{m}-01")),
                end: None,
                dates: vec![],
            };
        }
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
            span: Span {
                start_line: 1,
                end_line: 1,
                start_byte: 0,
                end_byte: 0,
            },
        }
    }

    #[test]
    fn same_wording_links_and_disagreements_warn() {
        let tasks = vec![
            task(
                "II/1/a",
                Origin::Narrative,
                "Triển khai thi hành Thông tư quy định về danh mục sản phẩm",
                &["agency:a"],
                Some("2022-03"),
            ),
            task(
                "II/1/b",
                Origin::Narrative,
                "Tham gia góp ý xây dựng Luật Bảo vệ dữ liệu cá nhân",
                &["agency:a"],
                None,
            ),
            task(
                "appendix-2/row-1",
                Origin::Table,
                "Triển khai thi hành Thông tư quy định về danh mục, sản phẩm.",
                &["agency:b"],
                Some("2022-06"),
            ),
            task(
                "appendix-2/row-2",
                Origin::Table,
                "Kết nối cơ sở dữ liệu thuế",
                &["agency:a"],
                None,
            ),
        ];
        let (edges, diags) = link(&tasks);
        assert_eq!(
            edges,
            vec![Edge {
                from: "II/1/a".into(),
                to: "appendix-2/row-1".into(),
                kind: EdgeKind::SameAs
            }]
        );
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            ["same-task-lead-differs", "same-task-deadline-differs"]
        );
    }
}
