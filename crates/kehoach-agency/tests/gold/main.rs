//! Agreement with the hand-checked gold files: every lead/support string of
//! fixtures/gold, read from the same source text the annotators read.

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
    eprintln!(
        "{what}: {ok}/{total} agree with gold ({:.1}%)",
        100.0 * ok as f64 / total.max(1) as f64
    );
    for m in misses {
        eprintln!("  MISS {m}");
    }
    assert!(
        misses.is_empty(),
        "{what}: {} of {total} differ from gold",
        misses.len()
    );
}

#[test]
fn split_assignment_agrees_with_gold_narrative_lines() {
    let mut misses = Vec::new();
    for (input, lead, support) in ASSIGNMENT_GOLD {
        let got = split_assignment(input);
        let want = Assignment {
            lead: owned(lead),
            support: owned(support),
        };
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
    report(
        "heading_agencies",
        HEADING_GOLD.len() + NOT_HEADING_GOLD.len(),
        &misses,
    );
}

/// The same gold phrases as a careful reader would also accept them:
/// with their label, in capitals or lower case, decomposed (NFD), with
/// sloppy spacing around commas, and (prose) after the heading's agency.
#[test]
fn gold_phrases_read_the_same_in_other_typings() {
    use unicode_normalization::UnicodeNormalization;
    let reg = Registry::embedded();
    let map = |v: &[&str], f: &dyn Fn(&str) -> String| -> Vec<String> {
        v.iter().map(|s| f(s)).collect()
    };
    type Typing<'f> = (&'static str, &'f dyn Fn(&str) -> String);
    let typings: [Typing<'_>; 4] = [
        ("upper", &|s: &str| s.to_uppercase()),
        ("lower", &|s: &str| s.to_lowercase()),
        ("nfd", &|s: &str| s.nfd().collect()),
        ("spacing", &|s: &str| {
            s.replace(", ", " , ").replace("; ", " ;  ")
        }),
    ];
    let nfc = |v: Vec<String>| -> Vec<String> { v.iter().map(|s| s.nfc().collect()).collect() };
    let mut misses = Vec::new();
    let mut total = 0;
    for (name, f) in typings {
        for (input, lead, support) in ASSIGNMENT_GOLD {
            total += 1;
            let got = split_assignment(&f(input));
            let want = Assignment {
                lead: nfc(map(lead, f)),
                support: nfc(map(support, f)),
            };
            if got != want {
                misses.push(format!(
                    "{name} split_assignment({input:?})\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
        for (input, want) in LIST_GOLD {
            total += 1;
            let got = split_list(&f(input));
            let want = nfc(map(want, f));
            if got != want {
                misses.push(format!(
                    "{name} split_list({input:?})\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
        for (input, want) in SUPPORT_GOLD {
            total += 1;
            let got = support_in_text(&f(input), &reg);
            let want = nfc(map(want, f));
            if got != want {
                let short: String = input.chars().take(120).collect();
                misses.push(format!(
                    "{name} support_in_text({short:?})\n    got  {got:?}\n    want {want:?}"
                ));
            }
        }
    }
    for (input, lead, support) in ASSIGNMENT_GOLD {
        total += 1;
        let got = split_assignment(&format!("Cơ quan thực hiện: {input}"));
        if got.lead != owned(lead) || got.support != owned(support) {
            misses.push(format!("labelled split_assignment({input:?}): {got:?}"));
        }
    }
    for (input, want) in SUPPORT_GOLD {
        total += 1;
        let got = support_in_text(&format!("5. Công an tỉnh: {input}"), &reg);
        if got != owned(want) {
            misses.push(format!("after heading support_in_text({input:?}): {got:?}"));
        }
    }
    report("gold phrases in other typings", total, &misses);
}
