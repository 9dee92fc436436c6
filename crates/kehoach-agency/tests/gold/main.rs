//! Agreement with the hand-checked gold files: every lead/support string of
//! /work/shared/gold, read from the same source text the annotators read.

mod cases;

use cases::{ASSIGNMENT_GOLD, HEADING_GOLD, LIST_GOLD, NOT_HEADING_GOLD, SUPPORT_GOLD};
use kehoach_agency::{
    heading_agencies, split_assignment, split_list, support_in_text, Assignment, Registry,
};

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Prints the agreement rate and every miss, then fails if there was one.
fn report(what: &str, total: usize, misses: &[String]) {
    let ok = total - misses.len();
    eprintln!("{what}: {ok}/{total} agree with gold ({:.1}%)", 100.0 * ok as f64 / total.max(1) as f64);
    for m in misses {
        eprintln!("  MISS {m}");
    }
    assert!(misses.is_empty(), "{what}: {} of {total} differ from gold", misses.len());
}

#[test]
fn split_assignment_agrees_with_gold_narrative_lines() {
    let mut misses = Vec::new();
    for (input, lead, support) in ASSIGNMENT_GOLD {
        let got = split_assignment(input);
        let want = Assignment { lead: owned(lead), support: owned(support) };
        if got != want {
            misses.push(format!("{input:?}\n    got  {got:?}\n    want {want:?}"));
        }
    }
    report("split_assignment", ASSIGNMENT_GOLD.len(), &misses);
}

#[test]
fn split_list_agrees_with_gold_cells() {
    let mut misses = Vec::new();
    for (input, want) in LIST_GOLD {
        let got = split_list(input);
        if got != owned(want) {
            misses.push(format!("{input:?}\n    got  {got:?}\n    want {want:?}"));
        }
    }
    report("split_list", LIST_GOLD.len(), &misses);
}

#[test]
fn support_in_text_agrees_with_gold_responsibilities() {
    let reg = Registry::embedded();
    let mut misses = Vec::new();
    for (input, want) in SUPPORT_GOLD {
        let got = support_in_text(input, &reg);
        if got != owned(want) {
            let short: String = input.chars().take(160).collect();
            misses.push(format!("{short:?}\n    got  {got:?}\n    want {want:?}"));
        }
    }
    report("support_in_text", SUPPORT_GOLD.len(), &misses);
}

#[test]
fn heading_agencies_agrees_with_gold_headings() {
    let reg = Registry::embedded();
    let mut misses = Vec::new();
    for (input, want) in HEADING_GOLD {
        let got = heading_agencies(input, &reg);
        if got != Some(owned(want)) {
            misses.push(format!("{input:?}\n    got  {got:?}\n    want {want:?}"));
        }
    }
    for input in NOT_HEADING_GOLD {
        let got = heading_agencies(input, &reg);
        if got.is_some() {
            misses.push(format!("{input:?}\n    got  {got:?}\n    want None"));
        }
    }
    report("heading_agencies", HEADING_GOLD.len() + NOT_HEADING_GOLD.len(), &misses);
}
