//! The title block above a table: "PHỤ LỤC II", "DANH MỤC …", "(Kèm theo …)".

use crate::text::{clean_cell, fold, is_upper_line, parse_roman};
use crate::{MAX_TITLE_LINES, MAX_TITLE_SCAN};

/// What a line of a title block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// "PHỤ LỤC II", "## PHỤ LỤC I", "**PHỤ LỤC", "Phụ lục 2: Danh mục …".
    Appendix {
        number: Option<u32>,
        inline_title: Option<String>,
    },
    /// "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo Quyết định số …)".
    Attachment,
    /// "DANH MỤC …", "Bảng …", "Biểu …", "### Danh mục …": the descriptive title.
    Descriptive,
    /// A line in capitals: the rest of a title wrapped over lines.
    Upper,
}

/// The markup-free text of a title line ('#' heading marks, bold, tags removed).
pub(crate) fn title_text(line: &str) -> String {
    let t = line.trim_start().trim_start_matches('#');
    clean_cell(t).text
}

/// Classify a line as part of a title block, or `None`.
pub(crate) fn title_kind(line: &str) -> Option<TitleKind> {
    // Table rows are never titles (this also keeps "| TM. ỦY BAN NHÂN DÂN |" out).
    if line.contains('\t') || crate::split::has_pipe(line) {
        return None;
    }
    let text = title_text(line);
    if text.is_empty() {
        return None;
    }
    let folded = fold(&text);
    if let Some(rest) = folded.strip_prefix("phu luc") {
        if rest.is_empty() || rest.starts_with(' ') {
            return Some(appendix(&text, rest.trim_start()));
        }
    }
    if text.starts_with('(') && (folded.contains("kem theo") || folded.starts_with("ban hanh")) {
        return Some(TitleKind::Attachment);
    }
    const DESCRIPTIVE: &[&str] = &["danh muc", "bang ", "bieu ", "tong hop"];
    if DESCRIPTIVE.iter().any(|p| folded.starts_with(p)) {
        return Some(TitleKind::Descriptive);
    }
    // Capitals, not a numbered heading ("IV. TỔ CHỨC THỰC HIỆN") and not a signature
    // ("KT. CHỦ TỊCH": those have a '.' early on).
    if is_upper_line(&text)
        && crate::classify::split_section_label(&text).is_none()
        && !text.chars().take(6).any(|c| c == '.')
        && !text.ends_with(':')
    {
        return Some(TitleKind::Upper);
    }
    None
}

fn appendix(text: &str, folded_rest: &str) -> TitleKind {
    // "phu luc so 2 ..." / "phu luc ii ..." / "phu luc"
    let rest = folded_rest.strip_prefix("so ").unwrap_or(folded_rest);
    let token = rest.split(' ').next().unwrap_or("");
    let number = token
        .parse::<u32>()
        .ok()
        .filter(|_| token.len() <= 4)
        .or_else(|| parse_roman(token));
    // Inline title: whatever follows the number and a separator in the printed text.
    let inline_title = number.and_then(|_| {
        let sep = text.find([':', '–', '-'])?;
        let t = text
            .get(sep..)?
            .trim_start_matches([':', '–', '-', ' '])
            .trim();
        (!t.is_empty()).then(|| t.to_string())
    });
    TitleKind::Appendix {
        number,
        inline_title,
    }
}

/// The title block found above a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TitleBlock {
    /// Topmost line of the block.
    pub first_line: Option<usize>,
    pub title: Option<String>,
    /// The (first) line the title text comes from.
    pub title_line: Option<usize>,
    pub appendix_number: Option<u32>,
}

/// Look upward from `start` (exclusive) for a title block, never above `floor`.
///
/// Lines are collected while they read as title lines; the block is anchored at its
/// "PHỤ LỤC" line or else its lowest descriptive line, so capitals above the anchor (a
/// signature, an authority line, the plan's own heading) are not swallowed. Without an
/// anchor only one line of capitals directly above (and any "(Kèm theo …)" line) is taken.
pub(crate) fn title_above(lines: &[&str], start: usize, floor: usize) -> TitleBlock {
    let mut collected: Vec<(usize, TitleKind)> = Vec::new();
    let mut k = start;
    let mut scanned = 0;
    while k > floor && scanned < MAX_TITLE_SCAN && collected.len() < MAX_TITLE_LINES {
        k -= 1;
        scanned += 1;
        let Some(&line) = lines.get(k) else { break };
        if line.trim().is_empty() {
            continue;
        }
        let Some(kind) = title_kind(line) else { break };
        let stop = matches!(kind, TitleKind::Appendix { .. });
        collected.push((k, kind));
        if stop {
            break;
        }
    }
    collected.reverse(); // top-down
                         // Anchor: the "PHỤ LỤC" line (always the top of a block), else the descriptive line
                         // closest to the table, so a document heading further up ("KẾ HOẠCH" over a blank
                         // line) is not glued onto the title.
    let anchor = collected
        .iter()
        .position(|(_, kind)| matches!(kind, TitleKind::Appendix { .. }))
        .or_else(|| {
            collected
                .iter()
                .rposition(|(_, kind)| *kind == TitleKind::Descriptive)
        });
    let block: Vec<(usize, TitleKind)> = match anchor {
        Some(a) => collected.split_off(a),
        None => {
            // No anchor: keep the bottom run of attachment lines and at most one line of
            // capitals right above them.
            let mut keep = Vec::new();
            for (k, kind) in collected.into_iter().rev() {
                let upper = kind == TitleKind::Upper;
                keep.push((k, kind));
                if upper {
                    break;
                }
            }
            keep.reverse();
            keep
        }
    };
    let mut out = TitleBlock {
        first_line: block.first().map(|(k, _)| *k),
        ..TitleBlock::default()
    };
    let mut parts: Vec<String> = Vec::new();
    let mut inline: Option<(usize, String)> = None;
    for (k, kind) in &block {
        match kind {
            TitleKind::Appendix {
                number,
                inline_title,
            } => {
                out.appendix_number = out.appendix_number.or(*number);
                if let Some(t) = inline_title {
                    inline.get_or_insert((*k, t.clone()));
                }
            }
            TitleKind::Descriptive | TitleKind::Upper => {
                // An upper line only continues a title; alone above an appendix line it
                // is still the best description there is.
                out.title_line.get_or_insert(*k);
                parts.push(title_text(lines.get(*k).copied().unwrap_or("")));
            }
            TitleKind::Attachment => {}
        }
    }
    if parts.is_empty() {
        if let Some((k, t)) = inline {
            out.title_line = Some(k);
            parts.push(t);
        }
    }
    let title = parts.join(" ");
    out.title = (!title.trim().is_empty()).then(|| title.trim().to_string());
    out
}

/// The number of items a title announces: "DANH MỤC 34 NHIỆM VỤ …" → 34.
/// Only a number directly before a noun that counts rows is taken, so years
/// ("GIAI ĐOẠN 2022-2025", "NĂM 2023") and document numbers are not.
pub(crate) fn declared_count(title: &str) -> Option<u32> {
    const NOUNS: &[&str] = &[
        "nhiem vu",
        "thu tuc",
        "tthc",
        "dich vu",
        "noi dung",
        "cong viec",
        "giai phap",
        "du an",
        "de an",
        "chi tieu",
        "hoat dong",
        "chuong trinh",
    ];
    let folded = fold(title);
    let words: Vec<&str> = folded.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let tail = words
            .get(i + 1..(i + 3).min(words.len()))
            .unwrap_or(&[])
            .join(" ");
        if NOUNS
            .iter()
            .any(|n| tail == *n || tail.starts_with(&format!("{n} ")))
        {
            return w.parse().ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(
            title_kind("## PHỤ LỤC II"),
            Some(TitleKind::Appendix {
                number: Some(2),
                inline_title: None
            })
        );
        assert_eq!(
            title_kind("**PHỤ LỤC  "),
            Some(TitleKind::Appendix {
                number: None,
                inline_title: None
            })
        );
        assert_eq!(
            title_kind("Phụ lục 3: Danh mục nhiệm vụ"),
            Some(TitleKind::Appendix {
                number: Some(3),
                inline_title: Some("Danh mục nhiệm vụ".into())
            })
        );
        assert_eq!(
            title_kind("(Kèm theo Kế hoạch số 183/KH-UBND)"),
            Some(TitleKind::Attachment)
        );
        assert_eq!(
            title_kind("### Danh mục các nhiệm vụ"),
            Some(TitleKind::Descriptive)
        );
        assert_eq!(title_kind("| TM. ỦY BAN NHÂN DÂN |"), None);
        assert_eq!(title_kind("IV. TỔ CHỨC THỰC HIỆN"), None);
        assert_eq!(title_kind("KT. CHỦ TỊCH"), None);
    }

    #[test]
    fn counts() {
        assert_eq!(
            declared_count("DANH MỤC 34 NHIỆM VỤ TRIỂN KHAI “ĐỀ ÁN 06” NĂM 2023"),
            Some(34)
        );
        assert_eq!(
            declared_count("DANH MỤC CÁC NHIỆM VỤ GIAI ĐOẠN 2022-2025"),
            None
        );
        assert_eq!(declared_count("Danh mục 25 thủ tục hành chính"), Some(25));
    }
}
