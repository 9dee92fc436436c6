//! Shared by the report tests: corpus plans converted and decoded as the CLI does.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use kehoach_compare::{Comparison, PlanRef};
use kehoach_model::Graph;
use kehoach_report::ReportPlan;

pub struct Plan {
    pub key: String,
    pub graph: Graph,
    pub source: String,
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn plan(rel: &str) -> Plan {
    let bytes = std::fs::read(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let graph = kehoach_extract::convert(&bytes, rel, &kehoach_extract::Options::default())
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    let source = kehoach_decode::decode(&bytes).expect("decodes").text;
    let key = Path::new(rel)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Plan { key, graph, source }
}

/// The two corpus plans of the same programme that the README shows.
pub fn pair() -> Vec<Plan> {
    vec![
        plan("corpus/gia-lai-183-kh-ubnd-2022.txt"),
        plan("corpus/dak-nong-468-qd-ubnd-2022.txt"),
    ]
}

pub fn comparison(plans: &[Plan]) -> Comparison {
    let refs: Vec<PlanRef> = plans
        .iter()
        .map(|p| PlanRef {
            key: &p.key,
            graph: &p.graph,
        })
        .collect();
    kehoach_compare::compare(&refs, &kehoach_compare::Options::default())
}

pub fn render(plans: &[Plan]) -> String {
    let c = comparison(plans);
    let refs: Vec<ReportPlan> = plans
        .iter()
        .map(|p| ReportPlan {
            key: &p.key,
            graph: &p.graph,
            source: Some(&p.source),
        })
        .collect();
    kehoach_report::render(&refs, Some(&c))
}
