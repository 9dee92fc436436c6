//! Compare plans that implement the same programme: which tasks of one plan
//! are the tasks of another (aligned groups), what each plan has that the
//! others lack (unmatched tasks), and, for every aligned group, how the plans
//! differ where it matters: lead and supporting agencies, deadline, output.
//!
//! [`compare`] is pure: graphs in, a [`Comparison`] out. The comparison is
//! serialised as JSON (schema: [`json_schema`], committed as
//! `schema/kehoach-compare-v1.schema.json`), or rendered as a terminal table
//! ([`render::table`]) or CSV ([`render::csv`]).
//!
//! Unlike the rest of kehoach, this crate's output types derive `Serialize`:
//! the comparison is its own documented output, not part of the v1 task graph.

mod align;
mod diff;
pub mod normalize;
pub mod render;

pub use align::{AGENCY_WEIGHT, DEFAULT_THRESHOLD, SECTION_WEIGHT};
pub use diff::{days_between, due_date};

use kehoach_model::{Deadline, DeadlineKind, Graph, Origin, Span};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// Written into every comparison as `compare_version`.
pub const COMPARE_VERSION: &str = "1.0";

/// One plan to compare: a short key naming it in the output (a file stem,
/// say) and its graph.
#[derive(Debug, Clone, Copy)]
pub struct PlanRef<'a> {
    pub key: &'a str,
    pub graph: &'a Graph,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Score (0–1) at and above which two tasks are taken to be the same task.
    pub threshold: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: DEFAULT_THRESHOLD,
        }
    }
}

/// The result of comparing plans. Every key is always present; absent values
/// are `null` or `[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// "1.0".
    pub compare_version: String,
    /// The score at and above which tasks were aligned.
    pub threshold: f64,
    /// The plans, in input order.
    pub plans: Vec<PlanSummary>,
    /// Name of every agency id used below, sorted by id.
    pub agencies: Vec<AgencyName>,
    /// Aligned groups: tasks of at least two plans taken to be the same task,
    /// in document order of the first plan that has them.
    pub groups: Vec<Group>,
    /// Per plan (input order), the tasks in no group.
    pub unmatched: Vec<Unmatched>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanSummary {
    /// The key the caller gave the plan (kehoach uses the input file stem).
    pub key: String,
    /// `document.id` of the plan's graph.
    pub document_id: String,
    /// `document.source.path`.
    pub path: String,
    pub number: Option<String>,
    pub title: Option<String>,
    pub issuer: Option<String>,
    /// ISO 8601 date.
    pub issued_on: Option<String>,
    pub tasks: u32,
    /// Tasks in some aligned group.
    pub aligned_tasks: u32,
    pub unmatched_tasks: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgencyName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// "g-" and 10 hex digits of a hash of the members (document id and task
    /// id of each): the same tasks always get the same id, whatever the input
    /// order.
    pub id: String,
    /// The text of the member closest to the other plans' members.
    pub representative: String,
    pub representative_task: TaskRef,
    /// Mean score (0–1) between the members of different plans.
    pub score: f64,
    /// One member per plan in the group, in input order.
    pub members: Vec<Member>,
    pub differences: Differences,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskRef {
    /// Plan key.
    pub plan: String,
    /// Task id within that plan.
    pub task: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Plan key.
    pub plan: String,
    /// Mean score of this plan's tasks against the other plans' tasks in the group.
    pub score: f64,
    /// The task the differences are read from: the first narrative task, else
    /// the first appendix row, else the first responsibility task.
    pub primary: String,
    /// All of this plan's tasks in the group (a narrative task and its appendix
    /// printing are both here), in document order.
    pub tasks: Vec<TaskSummary>,
}

/// A task as the comparison shows it; the fields mean what they mean in the
/// v1 task graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaskSummary {
    pub id: String,
    pub origin: Origin,
    pub label: Option<String>,
    pub section: Option<String>,
    pub text: String,
    pub lead: Vec<String>,
    pub support: Vec<String>,
    pub implicit_lead: Option<String>,
    pub deadline: Deadline,
    pub output: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Differences {
    pub lead: AgencyDifference,
    pub support: AgencyDifference,
    pub deadline: DeadlineDifference,
    pub output: OutputDifference,
}

/// Agencies of each plan's primary task. Only named agencies make a
/// difference: collective ones ("các sở, ban, ngành có liên quan") are
/// listed but worded differently by every plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgencyDifference {
    /// True when at least two plans name agencies here and their named
    /// agencies are not the same.
    pub differs: bool,
    /// Named agencies every plan that names any has.
    pub common: Vec<String>,
    pub by_plan: Vec<PlanAgencies>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanAgencies {
    pub plan: String,
    /// Agency ids, named and collective, as the primary task lists them.
    pub agencies: Vec<String>,
    /// Named agencies no other plan names here.
    pub only: Vec<String>,
    /// For lead: the plan's issuer when the task names no lead but the plan
    /// implies it. Not compared (every plan has its own issuer).
    pub implicit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineDifference {
    /// True when the plans' due dates (or, for undated deadlines, their kinds) differ.
    pub differs: bool,
    /// Days between the earliest and the latest due date, when two plans have one.
    pub spread_days: Option<i64>,
    pub by_plan: Vec<PlanDeadline>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanDeadline {
    pub plan: String,
    pub raw: Option<String>,
    pub kind: DeadlineKind,
    /// The date the task is due by: the deadline's end, else its start.
    pub due: Option<String>,
    pub relation: DeadlineRelation,
}

/// Where a plan's due date stands among the group's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineRelation {
    /// Every dated plan has this due date.
    Same,
    Earliest,
    Latest,
    Between,
    /// No due date (recurring, event-driven, roadmap or none).
    Undated,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutputDifference {
    /// True when some plan names an output and the plans' outputs are not all the same.
    pub differs: bool,
    pub by_plan: Vec<PlanOutput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanOutput {
    pub plan: String,
    pub output: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unmatched {
    pub plan: String,
    pub tasks: Vec<TaskSummary>,
}

fn summary(graph: &Graph, task: usize) -> TaskSummary {
    let t = &graph.tasks[task];
    TaskSummary {
        id: t.id.clone(),
        origin: t.origin,
        label: t.label.clone(),
        section: t.section.clone(),
        text: t.text.clone(),
        lead: t.lead.clone(),
        support: t.support.clone(),
        implicit_lead: t.implicit_lead.clone(),
        deadline: t.deadline.clone(),
        output: t.output.clone(),
        span: t.span,
    }
}

/// Rounded to three decimals: scores are read by people, and the JSON stays short.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn group_id(plans: &[PlanRef], members: &[(usize, Vec<usize>, f64)]) -> String {
    let mut keys: Vec<String> = members
        .iter()
        .flat_map(|(p, tasks, _)| {
            tasks.iter().map(move |&t| {
                format!(
                    "{}\u{1f}{}",
                    plans[*p].graph.document.id, plans[*p].graph.tasks[t].id
                )
            })
        })
        .collect();
    keys.sort();
    let digest = Sha256::digest(keys.join("\n").as_bytes());
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    format!("g-{hex}")
}

/// Compare `plans`. Pure and deterministic: the same plans in the same order
/// give the same comparison. Fewer than two plans give no groups (every task
/// unmatched).
pub fn compare(plans: &[PlanRef], options: &Options) -> Comparison {
    let graphs: Vec<&Graph> = plans.iter().map(|p| p.graph).collect();
    let threshold = if options.threshold.is_finite() {
        options.threshold.clamp(0.0, 1.0)
    } else {
        DEFAULT_THRESHOLD
    };
    let alignment = align::align(&graphs, threshold);

    let mut used_ids: BTreeSet<String> = BTreeSet::new();
    let mut groups = Vec::new();
    let mut aligned_count = vec![0u32; plans.len()];
    for raw in &alignment.groups {
        let mut id = group_id(plans, &raw.members);
        // Two groups cannot share members, so a clash needs a hash collision
        // or one document given twice; keep ids unique all the same.
        if used_ids.contains(&id) {
            let base = id.clone();
            let mut n = 2;
            while used_ids.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
        }
        used_ids.insert(id.clone());
        let members: Vec<Member> = raw
            .members
            .iter()
            .map(|(p, tasks, score)| {
                aligned_count[*p] += tasks.len() as u32;
                let graph = plans[*p].graph;
                let primary = diff::primary(graph, tasks);
                Member {
                    plan: plans[*p].key.to_string(),
                    score: round3(*score),
                    primary: graph.tasks[primary].id.clone(),
                    tasks: tasks.iter().map(|&t| summary(graph, t)).collect(),
                }
            })
            .collect();
        let (rp, rt) = raw.representative;
        groups.push(Group {
            id,
            representative: plans[rp].graph.tasks[rt].text.clone(),
            representative_task: TaskRef {
                plan: plans[rp].key.to_string(),
                task: plans[rp].graph.tasks[rt].id.clone(),
            },
            score: round3(raw.score),
            differences: diff::differences(plans, &raw.members),
            members,
        });
    }

    let unmatched: Vec<Unmatched> = alignment
        .unmatched
        .iter()
        .enumerate()
        .map(|(p, tasks)| Unmatched {
            plan: plans[p].key.to_string(),
            tasks: tasks.iter().map(|&t| summary(plans[p].graph, t)).collect(),
        })
        .collect();

    let summaries = plans
        .iter()
        .enumerate()
        .map(|(p, plan)| {
            let d = &plan.graph.document;
            PlanSummary {
                key: plan.key.to_string(),
                document_id: d.id.clone(),
                path: d.source.path.clone(),
                number: d.number.clone(),
                title: d.title.clone(),
                issuer: d.issuer.clone(),
                issued_on: d.issued_on.clone(),
                tasks: plan.graph.tasks.len() as u32,
                aligned_tasks: aligned_count[p],
                unmatched_tasks: alignment.unmatched[p].len() as u32,
            }
        })
        .collect();

    // Agency names for everything the output mentions, first plan's name winning.
    let mut mentioned: BTreeSet<&str> = BTreeSet::new();
    let all_tasks = groups
        .iter()
        .flat_map(|g| g.members.iter().flat_map(|m| m.tasks.iter()))
        .chain(unmatched.iter().flat_map(|u| u.tasks.iter()));
    for t in all_tasks {
        mentioned.extend(t.lead.iter().map(String::as_str));
        mentioned.extend(t.support.iter().map(String::as_str));
    }
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for plan in plans {
        for a in &plan.graph.agencies {
            if mentioned.contains(a.id.as_str()) && !names.contains_key(&a.id) {
                names.insert(a.id.clone(), a.name.clone());
            }
        }
    }
    // An id a task names without an agency entry (a hand-edited JSON) still gets a name.
    for id in mentioned {
        names
            .entry(id.to_string())
            .or_insert_with(|| id.strip_prefix("agency:").unwrap_or(id).to_string());
    }

    Comparison {
        compare_version: COMPARE_VERSION.to_string(),
        threshold: round3(threshold),
        plans: summaries,
        agencies: names
            .into_iter()
            .map(|(id, name)| AgencyName { id, name })
            .collect(),
        groups,
        unmatched,
    }
}

impl Comparison {
    /// The name of an agency id, or the id itself.
    pub fn agency_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.agencies
            .binary_search_by(|a| a.id.as_str().cmp(id))
            .map(|i| self.agencies[i].name.as_str())
            .unwrap_or(id)
    }

    /// JSON text; pretty output ends with a newline, compact output is one line plus newline.
    pub fn to_json(&self, pretty: bool) -> String {
        let mut s = if pretty {
            serde_json::to_string_pretty(self)
        } else {
            serde_json::to_string(self)
        }
        // Plain structs of strings and numbers (all finite) always serialise.
        .unwrap_or_default();
        s.push('\n');
        s
    }
}

/// The JSON Schema of [`Comparison`], as committed in `schema/kehoach-compare-v1.schema.json`.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Comparison);
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}
