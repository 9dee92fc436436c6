use super::*;

mod gold;
mod scratch;

fn d(s: &str) -> Date {
    let mut it = s.split('-').map(|p| p.parse::<i64>().unwrap_or(0));
    let (y, m, dd) = (it.next().unwrap_or(0), it.next().unwrap_or(0), it.next().unwrap_or(0));
    Date { year: y as i32, month: m as u32, day: dd as u32 }
}

fn ctx(y: i32) -> Context {
    Context { plan_year: Some(y) }
}

#[test]
fn gold_phrases() {
    let mut bad = Vec::new();
    for &(phrase, kind, start, end) in gold::GOLD_PHRASES {
        let p = parse(phrase, &Context::default());
        if p.kind != kind || p.start != start.map(d) || p.end != end.map(d) {
            bad.push(format!("{phrase:?}: got {:?} {:?} {:?}, want {kind:?} {start:?} {end:?}", p.kind, p.start, p.end));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn gold_texts() {
    let mut bad = Vec::new();
    for &(year, text, raw, kind) in gold::GOLD_TEXTS {
        let f = find_in_text(text, &ctx(year));
        let got_raw = f.as_ref().map(|f| f.raw.as_str());
        let got_kind = f.as_ref().map_or(Kind::None, |f| f.parsed.kind);
        if got_raw != raw || got_kind != kind {
            bad.push(format!("{:.80?}...: got {got_raw:?} {got_kind:?}, want {raw:?} {kind:?}", text));
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad.join("\n"));
}
