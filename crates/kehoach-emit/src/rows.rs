//! The flat view of a graph that the tabular formats share, so that NDJSON,
//! CSV and the workbook cannot disagree about names, paths or counts.

use std::collections::{BTreeSet, HashMap};

use kehoach_model::{
    Agency, AgencyLevel, DeadlineKind, EdgeKind, Graph, Origin, SectionRole, Severity,
    SourceFormat, Task,
};

/// Joins several names or values in one cell. Agency names contain commas
/// ("Các sở, ban, ngành tỉnh") but no semicolons, so a semicolon keeps them
/// apart for a reader splitting the cell.
pub const NAME_SEPARATOR: &str = "; ";

/// An agency a task names, with its canonical name from the graph's agency list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgencyRef<'a> {
    pub id: &'a str,
    /// `None` only if the graph breaks its own contract (an id with no agency).
    pub name: Option<&'a str>,
}

impl<'a> AgencyRef<'a> {
    /// The name, or the id when the graph has no agency of that id, so that a
    /// cell never silently drops an assignment.
    pub fn shown(&self) -> &'a str {
        self.name.unwrap_or(self.id)
    }
}

/// One task with its agencies resolved.
#[derive(Debug, Clone)]
pub struct TaskRow<'a> {
    pub graph: &'a Graph,
    pub task: &'a Task,
    pub lead: Vec<AgencyRef<'a>>,
    pub support: Vec<AgencyRef<'a>>,
}

impl<'a> TaskRow<'a> {
    /// Every task of `graph`, in document order.
    pub fn all(graph: &'a Graph) -> Vec<TaskRow<'a>> {
        let agencies: HashMap<&str, &Agency> =
            graph.agencies.iter().map(|a| (a.id.as_str(), a)).collect();
        let resolve = |ids: &'a [String]| -> Vec<AgencyRef<'a>> {
            ids.iter()
                .map(|id| AgencyRef {
                    id,
                    name: agencies.get(id.as_str()).map(|a| a.name.as_str()),
                })
                .collect()
        };
        graph
            .tasks
            .iter()
            .map(|task| TaskRow {
                graph,
                task,
                lead: resolve(&task.lead),
                support: resolve(&task.support),
            })
            .collect()
    }

    /// The clause path as one string, "II/1/a" (the same separator task ids use).
    pub fn path(&self) -> String {
        self.task.path.join("/")
    }

    pub fn lead_names(&self) -> String {
        join(self.lead.iter().map(AgencyRef::shown))
    }

    pub fn support_names(&self) -> String {
        join(self.support.iter().map(AgencyRef::shown))
    }

    pub fn lead_ids(&self) -> String {
        join(self.task.lead.iter().map(String::as_str))
    }

    pub fn support_ids(&self) -> String {
        join(self.task.support.iter().map(String::as_str))
    }

    /// The milestones of a phased deadline, "2022-06-01; 2022-12-01".
    pub fn deadline_dates(&self) -> String {
        join(self.task.deadline.dates.iter().map(String::as_str))
    }
}

pub(crate) fn join<'s>(items: impl Iterator<Item = &'s str>) -> String {
    items.collect::<Vec<_>>().join(NAME_SEPARATOR)
}

/// How many distinct tasks each agency leads and supports in one graph.
pub(crate) fn workload(graph: &Graph) -> HashMap<&str, (usize, usize)> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for task in &graph.tasks {
        // A task that names an agency twice still counts once for it.
        let lead: BTreeSet<&str> = task.lead.iter().map(String::as_str).collect();
        let support: BTreeSet<&str> = task.support.iter().map(String::as_str).collect();
        for id in lead {
            counts.entry(id).or_default().0 += 1;
        }
        for id in support {
            counts.entry(id).or_default().1 += 1;
        }
    }
    counts
}

// The names below are the JSON spellings of the contract's enums; a unit test
// checks them against serde so that every format writes the same words.

pub(crate) fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::Narrative => "narrative",
        Origin::Table => "table",
        Origin::Responsibility => "responsibility",
    }
}

pub(crate) fn deadline_kind_name(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::Date => "date",
        DeadlineKind::FromDate => "from_date",
        DeadlineKind::Month => "month",
        DeadlineKind::Quarter => "quarter",
        DeadlineKind::HalfYear => "half_year",
        DeadlineKind::Year => "year",
        DeadlineKind::Range => "range",
        DeadlineKind::Phased => "phased",
        DeadlineKind::Recurring => "recurring",
        DeadlineKind::Event => "event",
        DeadlineKind::Roadmap => "roadmap",
        DeadlineKind::None => "none",
    }
}

pub(crate) fn level_name(level: AgencyLevel) -> &'static str {
    match level {
        AgencyLevel::Central => "central",
        AgencyLevel::Province => "province",
        AgencyLevel::District => "district",
        AgencyLevel::Commune => "commune",
        AgencyLevel::Group => "group",
    }
}

pub(crate) fn role_name(role: SectionRole) -> &'static str {
    match role {
        SectionRole::Objectives => "objectives",
        SectionRole::Tasks => "tasks",
        SectionRole::Organization => "organization",
        SectionRole::Funding => "funding",
        SectionRole::Table => "table",
        SectionRole::Other => "other",
    }
}

pub(crate) fn edge_kind_name(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Lead => "lead",
        EdgeKind::Support => "support",
        EdgeKind::PartOf => "part_of",
        EdgeKind::Cites => "cites",
        EdgeKind::SameAs => "same_as",
    }
}

pub(crate) fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

pub(crate) fn format_name(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::Text => "text",
        SourceFormat::Markdown => "markdown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    fn serde_name<T: Serialize>(value: T) -> String {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::String(s)) => s,
            other => panic!("not a string: {other:?}"),
        }
    }

    #[test]
    fn enum_names_are_the_json_spellings() {
        use DeadlineKind as K;
        for kind in [
            K::Date,
            K::FromDate,
            K::Month,
            K::Quarter,
            K::HalfYear,
            K::Year,
            K::Range,
            K::Phased,
            K::Recurring,
            K::Event,
            K::Roadmap,
            K::None,
        ] {
            assert_eq!(deadline_kind_name(kind), serde_name(kind));
        }
        for o in [Origin::Narrative, Origin::Table, Origin::Responsibility] {
            assert_eq!(origin_name(o), serde_name(o));
        }
        use AgencyLevel as L;
        for l in [L::Central, L::Province, L::District, L::Commune, L::Group] {
            assert_eq!(level_name(l), serde_name(l));
        }
        use SectionRole as R;
        for r in [
            R::Objectives,
            R::Tasks,
            R::Organization,
            R::Funding,
            R::Table,
            R::Other,
        ] {
            assert_eq!(role_name(r), serde_name(r));
        }
        use EdgeKind as E;
        for e in [E::Lead, E::Support, E::PartOf, E::Cites, E::SameAs] {
            assert_eq!(edge_kind_name(e), serde_name(e));
        }
        for s in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(severity_name(s), serde_name(s));
        }
        for f in [SourceFormat::Text, SourceFormat::Markdown] {
            assert_eq!(format_name(f), serde_name(f));
        }
    }
}
