//! What differs between the members of an aligned group: lead and supporting
//! agencies, deadline, output. Read from each plan's *primary* task, the one a
//! reader of that plan would take as the assignment.

use kehoach_model::{AgencyLevel, Deadline, Graph, Origin};
use std::collections::BTreeSet;

use crate::{
    AgencyDifference, DeadlineDifference, DeadlineRelation, Differences, OutputDifference,
    PlanAgencies, PlanDeadline, PlanOutput, PlanRef,
};

/// The task of a member the differences are read from: narrative text is the
/// plan's own wording, an appendix row the next best, a per-agency
/// responsibility item the last resort.
pub fn primary(graph: &Graph, tasks: &[usize]) -> usize {
    for wanted in [Origin::Narrative, Origin::Table, Origin::Responsibility] {
        if let Some(&t) = tasks.iter().find(|&&t| graph.tasks[t].origin == wanted) {
            return t;
        }
    }
    tasks.first().copied().unwrap_or(0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// "YYYY-MM-DD" → day number, or `None` for anything else (never trusted blindly:
/// a hand-edited JSON may hold any string).
fn parse_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Days from `a` to `b` (ISO dates), if both are dates.
pub fn days_between(a: &str, b: &str) -> Option<i64> {
    Some(parse_date(b)? - parse_date(a)?)
}

/// The date a task is due by: the deadline's end, else its start (a month
/// deadline is due at the month's end, "from 1 June" is anchored on 1 June).
/// `None` for recurring, event-driven and other undated deadlines.
pub fn due_date(deadline: &Deadline) -> Option<String> {
    deadline
        .end
        .iter()
        .chain(deadline.start.iter())
        .find(|d| parse_date(d).is_some())
        .cloned()
}

fn agency_difference(
    plans: &[PlanRef],
    members: &[(usize, Vec<usize>, f64)],
    lead: bool,
) -> AgencyDifference {
    let mut rows = Vec::new();
    let mut named_sets: Vec<Option<BTreeSet<String>>> = Vec::new();
    for (p, tasks, _) in members {
        let graph = plans[*p].graph;
        let task = &graph.tasks[primary(graph, tasks)];
        let agencies = if lead { &task.lead } else { &task.support };
        let collective: BTreeSet<&str> = graph
            .agencies
            .iter()
            .filter(|a| a.level == Some(AgencyLevel::Group))
            .map(|a| a.id.as_str())
            .collect();
        let named: BTreeSet<String> = agencies
            .iter()
            .filter(|a| !collective.contains(a.as_str()))
            .cloned()
            .collect();
        named_sets.push(if agencies.is_empty() {
            None
        } else {
            Some(named)
        });
        rows.push(PlanAgencies {
            plan: plans[*p].key.to_string(),
            agencies: agencies.clone(),
            only: Vec::new(),
            implicit: if lead && task.lead.is_empty() {
                task.implicit_lead.clone()
            } else {
                None
            },
        });
    }
    let present: Vec<&BTreeSet<String>> = named_sets.iter().flatten().collect();
    let common: BTreeSet<String> = match present.split_first() {
        Some((first, rest)) => first
            .iter()
            .filter(|a| rest.iter().all(|s| s.contains(*a)))
            .cloned()
            .collect(),
        None => BTreeSet::new(),
    };
    let differs = present.len() >= 2 && present.iter().any(|s| *s != present[0]);
    for (i, row) in rows.iter_mut().enumerate() {
        if let Some(mine) = &named_sets[i] {
            row.only = mine
                .iter()
                .filter(|a| {
                    named_sets
                        .iter()
                        .enumerate()
                        .filter(|(j, s)| *j != i && s.is_some())
                        .all(|(_, s)| s.as_ref().is_some_and(|s| !s.contains(*a)))
                })
                .filter(|_| present.len() >= 2)
                .cloned()
                .collect();
        }
    }
    AgencyDifference {
        differs,
        common: common.into_iter().collect(),
        by_plan: rows,
    }
}

fn deadline_difference(
    plans: &[PlanRef],
    members: &[(usize, Vec<usize>, f64)],
) -> DeadlineDifference {
    let mut rows = Vec::new();
    let mut days: Vec<Option<i64>> = Vec::new();
    for (p, tasks, _) in members {
        let graph = plans[*p].graph;
        let d = &graph.tasks[primary(graph, tasks)].deadline;
        let due = due_date(d);
        days.push(due.as_deref().and_then(parse_date));
        rows.push(PlanDeadline {
            plan: plans[*p].key.to_string(),
            raw: d.raw.clone(),
            kind: d.kind,
            due,
            relation: DeadlineRelation::Undated,
        });
    }
    let dated: Vec<i64> = days.iter().flatten().copied().collect();
    let (min, max) = (dated.iter().min().copied(), dated.iter().max().copied());
    for (row, day) in rows.iter_mut().zip(&days) {
        row.relation = match (day, min, max) {
            (None, _, _) => DeadlineRelation::Undated,
            (Some(_), Some(lo), Some(hi)) if lo == hi => DeadlineRelation::Same,
            (Some(d), Some(lo), _) if *d == lo => DeadlineRelation::Earliest,
            (Some(d), _, Some(hi)) if *d == hi => DeadlineRelation::Latest,
            _ => DeadlineRelation::Between,
        };
    }
    // Undated deadlines compare by kind: "thường xuyên" against "sau khi … ban hành" differs.
    let distinct: BTreeSet<String> = rows
        .iter()
        .zip(&days)
        .map(|(row, day)| match day {
            Some(d) => d.to_string(),
            None => format!("{:?}", row.kind),
        })
        .collect();
    DeadlineDifference {
        differs: distinct.len() > 1,
        spread_days: match (min, max) {
            (Some(lo), Some(hi)) if dated.len() >= 2 => Some(hi - lo),
            _ => None,
        },
        by_plan: rows,
    }
}

/// Outputs compare without case and surrounding space.
fn output_difference(plans: &[PlanRef], members: &[(usize, Vec<usize>, f64)]) -> OutputDifference {
    let rows: Vec<PlanOutput> = members
        .iter()
        .map(|(p, tasks, _)| {
            let graph = plans[*p].graph;
            PlanOutput {
                plan: plans[*p].key.to_string(),
                output: graph.tasks[primary(graph, tasks)].output.clone(),
            }
        })
        .collect();
    let distinct: BTreeSet<Option<String>> = rows
        .iter()
        .map(|r| {
            r.output
                .as_ref()
                .map(|o| o.trim().to_lowercase())
                .filter(|o| !o.is_empty())
        })
        .collect();
    OutputDifference {
        differs: distinct.len() > 1 && distinct.iter().any(Option::is_some),
        by_plan: rows,
    }
}

pub fn differences(plans: &[PlanRef], members: &[(usize, Vec<usize>, f64)]) -> Differences {
    Differences {
        lead: agency_difference(plans, members, true),
        support: agency_difference(plans, members, false),
        deadline: deadline_difference(plans, members),
        output: output_difference(plans, members),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(days_between("2022-03-31", "2022-06-30"), Some(91));
        assert_eq!(days_between("2024-02-28", "2024-03-01"), Some(2));
        assert_eq!(days_between("2022-3-31", "2022-06-30"), None);
        assert_eq!(days_between("2022-13-01", "2022-06-30"), None);
        assert_eq!(days_between("2022-0٣-01", "2022-06-30"), None);
        assert_eq!(parse_date("1970-01-01"), Some(0));
    }
}
