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
/// ... and so are syllables found in more rows than this, whatever the share:
/// in a plan with thousands of rows, a wording repeated in hundreds of them
/// picks out no twin, and looking at every such row from every narrative task
/// would make linking grow with the square of the plan. It only matters for
/// tables of more than 256 rows (a quarter of 256 is this number).
const COMMON_SYLLABLE_ROWS: usize = 64;

/// Every task's syllables as sorted, deduplicated ids, with the number of table
/// rows each syllable occurs in. Ids instead of strings because every candidate
/// pair is scored by intersecting two sets, which on sorted ids is one merge.
struct Syllables {
    sets: Vec<Vec<u32>>,
    in_rows: Vec<u32>,
}

fn syllables(tasks: &[Task]) -> Syllables {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut sets = Vec::with_capacity(tasks.len());
    for t in tasks {
        let lower = t.text.to_lowercase();
        let mut set: Vec<u32> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| match ids.get(w) {
                Some(&id) => id,
                None => {
                    let id = ids.len() as u32;
                    ids.insert(w.to_string(), id);
                    id
                }
            })
            .collect();
        set.sort_unstable();
        set.dedup();
        sets.push(set);
    }
    let mut in_rows = vec![0u32; ids.len()];
    for (t, set) in tasks.iter().zip(&sets) {
        if t.origin == Origin::Table {
            for &s in set {
                in_rows[s as usize] += 1;
            }
        }
    }
    Syllables { sets, in_rows }
}

/// Size of the common part of two sorted sets.
fn common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * common(a, b) as f64 / (a.len() + b.len()) as f64
}

/// The syllables of `set` that can find its twins: its rarest ones (fewest
/// rows first, then by id), as many as a pair reaching the score can fail to
/// share, plus one ("prefix filtering"). Two sets that reach the score share
/// at least `o = score·n/(2−score)` syllables when one has `n`, so the rarest
/// syllable they share lies within the first `n − o + 1` of each. And as a pair
/// is only a candidate when it shares a syllable that is not too common, that
/// rarest shared syllable is not too common either: looking up only the rare
/// prefix finds exactly the pairs that looking up every syllable would.
fn prefix(set: &[u32], in_rows: &[u32]) -> Vec<u32> {
    let mut by_rarity = set.to_vec();
    by_rarity.sort_unstable_by_key(|&s| (in_rows[s as usize], s));
    // A little under the score, so rounding can only lengthen the prefix.
    let score = SAME_TASK_MIN_SCORE - 1e-6;
    let overlap = (score * set.len() as f64 / (2.0 - score)).ceil() as usize;
    let keep = (set.len() + 1)
        .saturating_sub(overlap.max(1))
        .min(set.len());
    by_rarity.truncate(keep);
    by_rarity
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
    let Syllables { sets, in_rows } = syllables(tasks);
    let limit = (((table.len() as f64) * COMMON_SYLLABLE_SHARE)
        .ceil()
        .max(3.0) as usize)
        .min(COMMON_SYLLABLE_ROWS);
    let rare = |s: &u32| in_rows[*s as usize] as usize <= limit;
    // Inverted index over the rare prefixes of table rows; rows in ascending order.
    let mut index: HashMap<u32, Vec<usize>> = HashMap::new();
    for &t in &table {
        for s in prefix(&sets[t], &in_rows).iter().filter(|s| rare(s)) {
            index.entry(*s).or_default().push(t);
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut cands: Vec<usize> = Vec::new();
    for &n in &narrative {
        cands.clear();
        for s in prefix(&sets[n], &in_rows).iter().filter(|s| rare(s)) {
            if let Some(rows) = index.get(s) {
                cands.extend(rows.iter().copied());
            }
        }
        cands.sort_unstable();
        cands.dedup();
        for &t in &cands {
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
