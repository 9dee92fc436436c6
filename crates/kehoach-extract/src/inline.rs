//! Assignments written into an item's sentence instead of a labelled line:
//! "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nông nghiệp ...",
//! "(Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với ...; hoàn thành ...)",
//! "Hạt Quản lý đê chủ trì, phối hợp với UBND các xã ... thực hiện trước ngày ...",
//! "Giao Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện thực hiện".
//! The doer must read as a list of agencies (the heading grammar decides), so a
//! sentence that merely mentions "chủ trì" does not make one up.

use kehoach_agency::{heading_agencies, support_in_text, Assignment, Registry};

/// Words that hand a task to someone ("Giao X ...", "Đề nghị X ...").
const ASSIGNING_OPENERS: &[&str] = &["giao ", "đề nghị ", "yêu cầu "];
/// Verbs that end the doer in "Giao X <verb>".
const DOER_VERBS: &[&str] = &[
    " chủ trì",
    " thực hiện",
    " triển khai",
    " tham mưu",
    " tổ chức",
    " phụ trách",
];

fn clauses(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', ';', '(', ')', '\n'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// The clause without its assigning word.
fn strip_opener(clause: &str) -> &str {
    let longest = ASSIGNING_OPENERS.iter().map(|o| o.chars().count()).max();
    let lower = crate::fields::lower_opening(clause, longest.unwrap_or(0));
    for o in ASSIGNING_OPENERS {
        if lower.starts_with(o) && clause.is_char_boundary(o.len()) {
            return clause[o.len()..].trim_start();
        }
    }
    clause
}

/// Where the doer ends: at the first " chủ trì", else at the first of the other
/// doer verbs. Every verb opens with a space, so only the spaces are looked at
/// (a search per verb would prepare a searcher per verb for every clause).
fn doer_end(body: &str) -> Option<usize> {
    // The byte after the space rules most verbs out before a comparison.
    let opens = |rest: &str, verb: &str| {
        rest.as_bytes().get(1) == verb.as_bytes().get(1) && rest.starts_with(verb)
    };
    let mut first_verb = None;
    for (k, _) in body.match_indices(' ') {
        let rest = body.get(k..).unwrap_or("");
        if opens(rest, " chủ trì") {
            return Some(k);
        }
        if first_verb.is_none() && DOER_VERBS.iter().any(|v| opens(rest, v)) {
            first_verb = Some(k);
        }
    }
    first_verb
}

pub fn assignment_in_text(text: &str, registry: &Registry) -> Option<Assignment> {
    for clause in clauses(text) {
        let body = strip_opener(clause);
        // "X chủ trì" anywhere; otherwise "[Giao] X thực hiện": the doer must then
        // be the whole clause opening, which the agency check below enforces.
        let Some(end) = doer_end(body) else { continue };
        let mut doer = body[..end].trim().trim_end_matches(',').trim();
        if let Some((_, after)) = doer.rsplit_once(':') {
            // A colon mostly introduces a list of things ("... gồm: ..."), not a
            // doer. Only "chủ trì" after it names one: a task titled before the
            // colon and handed over after it ("Nhiệm vụ 5: Sở Tư pháp chủ trì").
            if !body[end..].starts_with(" chủ trì") {
                continue;
            }
            doer = after.trim();
        }
        if doer.is_empty() {
            continue;
        }
        if let Some(lead) = heading_agencies(doer, registry) {
            let support = support_in_text(&body[end..], registry);
            return Some(Assignment { lead, support });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Option<(Vec<String>, Vec<String>)> {
        assignment_in_text(text, &Registry::embedded()).map(|a| (a.lead, a.support))
    }

    #[test]
    fn assignments_inside_sentences() {
        let (lead, support) = run("Kiện toàn Ban Chỉ huy. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Nội vụ tham mưu thực hiện.")
            .unwrap_or_default();
        assert_eq!(lead, ["Phòng Tài chính - Kế hoạch"]);
        assert_eq!(support, ["Phòng Nội vụ"]);
        let (lead, support) =
            run("Rà soát phương án sơ tán (Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công an huyện; hoàn thành trong tháng 4/2023).")
                .unwrap_or_default();
        assert_eq!(lead, ["Phòng Nông nghiệp và Phát triển nông thôn"]);
        assert_eq!(support, ["Công an huyện"]);
        let (lead, _) = run(
            "Vận động nhân dân. Giao Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện thực hiện.",
        )
        .unwrap_or_default();
        assert_eq!(lead, ["Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"]);
        let (lead, _) = run(
            "Tổ chức trực ban 24/24 giờ; Văn phòng Sở Tư pháp thực hiện trong suốt mùa mưa bão.",
        )
        .unwrap_or_default();
        assert_eq!(lead, ["Văn phòng Sở Tư pháp"]);
    }

    #[test]
    fn doer_end_is_the_first_verb_found() {
        // What `doer_end` computes, by one search per verb.
        let by_search = |body: &str| {
            body.find(" chủ trì")
                .or_else(|| DOER_VERBS.iter().filter_map(|v| body.find(v)).min())
        };
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let mut bodies: Vec<String> = [
            "Sở Tư pháp tổ chức, chủ trì thực hiện",
            "Giao Sở Y tế thực hiện, Sở Tài chính chủ trì",
            " chủ trì",
            "chủ trì",
            "Phòng Nội vụ  tham mưu tổ chức",
            "",
        ]
        .map(String::from)
        .to_vec();
        // The workspace's sample plans; absent when the crate is built alone.
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    bodies.extend(clauses(&text).map(String::from));
                }
            }
        }
        for b in &bodies {
            assert_eq!(doer_end(b), by_search(b), "{b:?}");
        }
    }

    #[test]
    fn a_doer_after_a_title_and_colon_leads_only_with_chu_tri() {
        let (lead, support) =
            run("Xây dựng cơ sở dữ liệu hộ tịch: Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, hoàn thành trong tháng 3 năm 2024.")
                .unwrap_or_default();
        assert_eq!(lead, ["Sở Tư pháp"]);
        assert_eq!(support, ["Công an tỉnh"]);
        // Other verbs after a colon follow a list of things, not a doer.
        assert_eq!(
            run("Thành phần gồm: Sở Nội vụ, Sở Tài chính thực hiện rà soát."),
            None
        );
        // A colon inside what precedes "chủ trì" that leaves no agency names none.
        assert_eq!(run("Nội dung: chủ trì các cuộc họp định kỳ."), None);
    }

    #[test]
    fn sentences_without_a_doer_give_nothing() {
        assert_eq!(
            run("Chủ trì, phối hợp với Văn phòng UBND xã rà soát hồ sơ."),
            None
        );
        assert_eq!(
            run("Tăng cường vai trò chủ trì của cơ quan thường trực."),
            None
        );
        assert_eq!(run("Giao nhiệm vụ cụ thể cho từng cán bộ thực hiện."), None);
        assert_eq!(
            run("Kiểm tra hiện trạng đê điều thực hiện theo quy định."),
            None
        );
    }
}
