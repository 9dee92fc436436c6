use super::*;
#[test]
fn scratch() {
    let c = Context { plan_year: Some(2022) };
    let mut segs = std::collections::BTreeSet::new();
    for f in std::fs::read_dir("/work/main/corpus").unwrap() {
        let s = std::fs::read_to_string(f.unwrap().path()).unwrap();
        for line in s.lines() {
            for (i, part) in line.split('*').enumerate() { if i % 2 == 1 && !part.trim().is_empty() { segs.insert(part.to_string()); } }
            let mut depth = 0; let mut start = 0;
            for (k, ch) in line.char_indices() { if ch == '(' { if depth == 0 { start = k; } depth += 1; } if ch == ')' && depth > 0 { depth -= 1; if depth == 0 { segs.insert(line[start..=k].to_string()); } } }
            let t = line.trim_end().trim_end_matches(['.', '*']);
            if let Some(k) = t.rfind(". ") { segs.insert(t[k + 2..].to_string()); }
        }
    }
    for s in &segs {
        if let Some(p) = parse_inline(s, &c) { println!("IN {:?} {:?}", p.kind, s.chars().take(110).collect::<String>()); }
    }
    println!("total segments {}", segs.len());
}
