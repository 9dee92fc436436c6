//! What a part of a plan is for, read from its title.
//!
//! Objectives are never tasks, funding paragraphs are not tasks, the
//! "Tổ chức thực hiện" part holds per-agency responsibilities. The vocabulary is
//! here, in one place, as title openings (lower case, NFC).

use kehoach_model::SectionRole;

const ROLE_OPENINGS: &[(&str, SectionRole)] = &[
    ("nhiệm vụ", SectionRole::Tasks),
    ("các nhiệm vụ", SectionRole::Tasks),
    ("nội dung", SectionRole::Tasks),
    ("giải pháp", SectionRole::Tasks),
    ("phân công nhiệm vụ", SectionRole::Tasks),
    ("tiến độ", SectionRole::Tasks),
    ("tổ chức thực hiện", SectionRole::Organization),
    ("trách nhiệm", SectionRole::Organization),
    ("phân công trách nhiệm", SectionRole::Organization),
    ("kinh phí", SectionRole::Funding),
    ("nguồn kinh phí", SectionRole::Funding),
    ("mục tiêu", SectionRole::Objectives),
    ("mục đích", SectionRole::Objectives),
    ("yêu cầu", SectionRole::Objectives),
    ("quan điểm", SectionRole::Objectives),
    ("căn cứ", SectionRole::Objectives),
];

pub fn title_role(title: &str) -> Option<SectionRole> {
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let longest = LONGEST.get_or_init(|| {
        ROLE_OPENINGS
            .iter()
            .map(|(w, _)| w.chars().count())
            .max()
            .unwrap_or(0)
    });
    let t =
        crate::fields::lower_opening(title.trim().trim_start_matches(['*', '#', ' ']), *longest);
    ROLE_OPENINGS
        .iter()
        .filter(|(w, _)| t.starts_with(w))
        .max_by_key(|(w, _)| w.len())
        .map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_of_real_plans() {
        let cases = [
            ("NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", Some(SectionRole::Tasks)),
            (
                "NHIỆM VỤ, GIẢI PHÁP, THỜI GIAN THỰC HIỆN",
                Some(SectionRole::Tasks),
            ),
            (
                "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG TRÁCH NHIỆM",
                Some(SectionRole::Tasks),
            ),
            (
                "NHIỆM VỤ TRỌNG TÂM VÀ TIẾN ĐỘ THỰC HIỆN",
                Some(SectionRole::Tasks),
            ),
            ("TỔ CHỨC THỰC HIỆN", Some(SectionRole::Organization)),
            ("KINH PHÍ THỰC HIỆN", Some(SectionRole::Funding)),
            ("MỤC ĐÍCH, YÊU CẦU", Some(SectionRole::Objectives)),
            ("MỤC TIÊU, YÊU CẦU", Some(SectionRole::Objectives)),
            ("Mục tiêu cụ thể", Some(SectionRole::Objectives)),
            ("Phục vụ phát triển kinh tế - xã hội", None),
        ];
        for (t, r) in cases {
            assert_eq!(title_role(t), r, "{t}");
        }
    }
}
