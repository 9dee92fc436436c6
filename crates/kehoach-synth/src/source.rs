//! Cutting real plans into the pieces a synthetic plan is rebuilt from.
//!
//! A plan reads as: a head (issuer, number, date, title, and for a decision its
//! articles), then numbered parts ("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ" …), a
//! closing ("Nơi nhận:" and the signature) and appendices ("PHỤ LỤC I", "DANH
//! MỤC …", usually tables). Those boundaries are found by their printed form
//! only, the same way for every input, so any plan in the same style can feed
//! the generator.

/// One piece of a plan: its first line is the one that starts it (a part's
/// numbered heading, an appendix title, "Nơi nhận:").
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub lines: Vec<String>,
}

/// Every piece of every input, pooled.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pieces {
    pub heads: Vec<Vec<String>>,
    pub parts: Vec<Unit>,
    pub closings: Vec<Unit>,
    pub appendices: Vec<Unit>,
}

/// Markup that may wrap a line: Markdown headings and emphasis, HTML bold.
/// Returns the length of the leading markup.
pub(crate) fn markup_prefix(line: &str) -> usize {
    let mut rest = line;
    loop {
        let before = rest.len();
        rest = rest.trim_start_matches('#');
        rest = rest.trim_start_matches('*');
        rest = rest.trim_start_matches(' ');
        if let Some(r) = rest.strip_prefix("<b>") {
            rest = r;
        }
        if rest.len() == before {
            break;
        }
    }
    line.len() - rest.len()
}

/// A table row: tab-separated, or cells between pipes.
pub(crate) fn is_table_line(line: &str) -> bool {
    if line.contains('\t') {
        return true;
    }
    let t = line.trim();
    t.contains('|') && (t.starts_with('|') || t.ends_with('|') || t.contains(" | "))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numbering {
    Roman,
    Arabic,
}

/// Length of a part's number ("IV" in "IV. TỔ CHỨC", "3" in "3. Phục vụ …") when the
/// line (without markup) starts a part numbered in `style`.
pub(crate) fn part_number(inner: &str, style: Numbering) -> Option<usize> {
    let b = inner.as_bytes();
    let n = match style {
        Numbering::Roman => b
            .iter()
            .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
            .count(),
        Numbering::Arabic => b.iter().take_while(|c| c.is_ascii_digit()).count(),
    };
    if n == 0 || (style == Numbering::Arabic && n > 2) {
        return None;
    }
    let after = inner.get(n..)?;
    let sep = [". ", ") ", " - ", " – ", ": "]
        .iter()
        .find(|s| after.starts_with(**s))?;
    let text = after.get(sep.len()..)?.trim_start();
    let first = text.chars().next()?;
    // Arabic numbers also number ordinary items; only a capitalised title reads as a part.
    if style == Numbering::Arabic && !first.is_uppercase() {
        return None;
    }
    Some(n)
}

fn starts_appendix(inner: &str) -> bool {
    inner.starts_with("PHỤ LỤC") || inner.starts_with("DANH MỤC")
}

fn starts_closing(inner: &str) -> bool {
    inner.starts_with("Nơi nhận")
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Part,
    Closing,
    Appendix,
}

/// Cut one plan into pieces and add them to the pool. A plan without numbered
/// parts gives only its head.
pub(crate) fn add_plan(text: &str, pieces: &mut Pieces) {
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let inner = |l: &str| -> String { l[markup_prefix(l)..].to_string() };
    let is_part = |l: &str, style| !is_table_line(l) && part_number(&inner(l), style).is_some();
    let style = if lines.iter().any(|l| is_part(l, Numbering::Roman)) {
        Numbering::Roman
    } else {
        Numbering::Arabic
    };
    let Some(first) = lines.iter().position(|l| is_part(l, style)) else {
        if lines.iter().any(|l| !l.trim().is_empty()) {
            pieces
                .heads
                .push(lines.iter().map(|l| l.to_string()).collect());
        }
        return;
    };
    if first > 0 {
        pieces
            .heads
            .push(lines[..first].iter().map(|l| l.to_string()).collect());
    }
    let mut current: Option<(Kind, Vec<String>)> = None;
    let flush = |unit: Option<(Kind, Vec<String>)>, pieces: &mut Pieces| {
        if let Some((kind, lines)) = unit {
            let unit = Unit { lines };
            match kind {
                Kind::Part => pieces.parts.push(unit),
                Kind::Closing => pieces.closings.push(unit),
                Kind::Appendix => pieces.appendices.push(unit),
            }
        }
    };
    for l in &lines[first..] {
        let kind = if is_table_line(l) {
            None
        } else {
            let i = inner(l);
            if part_number(&i, style).is_some() {
                Some(Kind::Part)
            } else if starts_appendix(&i) {
                Some(Kind::Appendix)
            } else if starts_closing(&i) {
                Some(Kind::Closing)
            } else {
                None
            }
        };
        // An appendix's own numbered groups ("I. VỀ CÔNG TÁC …") stay in the appendix.
        let inside_appendix = matches!(current, Some((Kind::Appendix, _)));
        match kind {
            Some(Kind::Part) if inside_appendix => {}
            Some(k) => {
                flush(current.take(), pieces);
                current = Some((k, Vec::new()));
            }
            None => {}
        }
        if let Some((_, unit)) = current.as_mut() {
            unit.push(l.to_string());
        }
    }
    flush(current.take(), pieces);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_part_headings_through_markup() {
        for (line, style) in [
            ("I. MỤC ĐÍCH, YÊU CẦU", Numbering::Roman),
            ("### II. NHIỆM VỤ", Numbering::Roman),
            ("**III. KINH PHÍ THỰC HIỆN**", Numbering::Roman),
            ("3. Phục vụ phát triển kinh tế", Numbering::Arabic),
        ] {
            let inner = &line[markup_prefix(line)..];
            assert!(part_number(inner, style).is_some(), "{line}");
        }
        assert!(part_number("3. phục vụ", Numbering::Arabic).is_none());
        assert!(part_number("Ban hành", Numbering::Roman).is_none());
        assert!(is_table_line("1 | Nhiệm vụ | Sở Tài chính |"));
        assert!(is_table_line("1\tNhiệm vụ\tSở Tài chính"));
        assert!(!is_table_line("Thời gian: 2023|2024"));
    }

    #[test]
    fn cuts_head_parts_closing_and_appendix() {
        let plan = "ỦY BAN NHÂN DÂN\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Một\nII. NHIỆM VỤ\n- Hai\n\
                    Nơi nhận:\n- Như trên;\nPHỤ LỤC I\nTT\tNhiệm vụ\n1\tBa\n";
        let mut p = Pieces::default();
        add_plan(plan, &mut p);
        assert_eq!(p.heads.len(), 1);
        assert_eq!(p.heads[0], ["ỦY BAN NHÂN DÂN", "KẾ HOẠCH"]);
        assert_eq!(p.parts.len(), 2);
        assert_eq!(p.closings.len(), 1);
        assert_eq!(p.appendices.len(), 1);
        assert_eq!(p.appendices[0].lines.len(), 4);
    }
}
