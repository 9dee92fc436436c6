//! ===========================================================================
//! COLUMN VOCABULARY — the one place that decides what a header cell means.
//! ===========================================================================
//!
//! To teach kehoach a new column heading, add a line to [`COLUMN_VOCABULARY`].
//! Phrases are written as printed (with tones); they are folded (no tones, lower case,
//! punctuation as spaces) before matching, so "Cơ quan/Đơn vị thực hiện",
//! "CƠ QUAN, ĐƠN VỊ THỰC HIỆN" and "**Cơ quan đơn vị thực hiện**" all read alike.
//!
//! Entries are tried top to bottom and the first match wins, which is how overlaps are
//! settled: "Thời gian thực hiện" must be a deadline before "… thực hiện" can make it a
//! lead, "Cơ quan phối hợp thực hiện" must be support before lead, and "Kết quả nhiệm vụ"
//! must be an output before "nhiệm vụ" makes it the text column.

use std::sync::OnceLock;

use crate::text::{contains_words, fold};
use crate::ColumnRole;

/// How a vocabulary phrase must occur in a folded header cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The whole cell is the phrase ("TT", "Số"): short words that would match far too
    /// much if they could occur inside other headings.
    Whole,
    /// The phrase occurs on word boundaries anywhere in the cell.
    Words,
}

use ColumnRole::*;
use Match::*;

/// (role, how, phrase) in priority order. See the module comment.
pub const COLUMN_VOCABULARY: &[(ColumnRole, Match, &str)] = &[
    // --- Number -----------------------------------------------------------
    (Number, Whole, "TT"),
    (Number, Whole, "STT"),
    (Number, Whole, "Số TT"),
    (Number, Whole, "Số thứ tự"),
    (Number, Whole, "Thứ tự"),
    (Number, Whole, "Số"),
    (Number, Whole, "No"),
    // --- Deadline (before Lead: "Thời gian thực hiện") -----------------------
    (Deadline, Words, "Thời gian"),
    (Deadline, Words, "Thời hạn"),
    (Deadline, Words, "Tiến độ"),
    (Deadline, Words, "Hạn hoàn thành"),
    (Deadline, Words, "Mốc hoàn thành"),
    (Deadline, Whole, "Hoàn thành"),
    (Deadline, Whole, "Bắt đầu"),
    (Deadline, Whole, "Kết thúc"),
    (Deadline, Whole, "Năm"),
    // --- Output (before Text: "Kết quả nhiệm vụ") ------------------------------
    (Output, Words, "Kết quả"),
    (Output, Words, "Sản phẩm"),
    (Output, Words, "Hình thức văn bản"),
    // --- Level ----------------------------------------------------------------
    (Level, Words, "Cấp độ"),
    (Level, Words, "Mức độ"),
    // --- Support (before Lead: "Cơ quan phối hợp thực hiện") -------------------
    (Support, Words, "Phối hợp"),
    // --- Lead -----------------------------------------------------------------
    (Lead, Words, "Chủ trì"),
    (Lead, Words, "Cơ quan thực hiện"),
    (Lead, Words, "Đơn vị thực hiện"),
    (Lead, Words, "Chịu trách nhiệm"),
    (Lead, Words, "Cơ quan được giao"),
    (Lead, Words, "Đơn vị được giao"),
    (Lead, Whole, "Thực hiện"),
    (Lead, Whole, "Cơ quan"),
    (Lead, Whole, "Đơn vị"),
    // --- Text (last: "nhiệm vụ" and "nội dung" occur inside other headings) ----
    (Text, Words, "Nhiệm vụ"),
    (Text, Words, "Nội dung"),
    (Text, Words, "Giải pháp"),
    (Text, Words, "Thủ tục hành chính"),
    (Text, Words, "Tên thủ tục"),
    (Text, Words, "TTHC"),
    (Text, Words, "Công việc"),
    (Text, Words, "Hoạt động"),
    (Text, Words, "Dịch vụ công"),
    (Text, Words, "Tên dịch vụ"),
    // A criterion is the subject of a row; its target ("Chỉ tiêu") comes second.
    (Text, Words, "Tiêu chí"),
    (Text, Words, "Chỉ tiêu"),
    (Text, Words, "Tên đề án"),
    (Text, Words, "Tên dự án"),
];

/// The role of a header label. Markup ("**…**", "<b>…</b>") is ignored, as are case,
/// tones and punctuation. Unknown headings are [`ColumnRole::Other`]; they are kept as
/// columns all the same.
pub fn role_of(header_cell: &str) -> ColumnRole {
    let folded = fold(&crate::text::clean_cell(header_cell).text);
    if folded.is_empty() {
        return Other;
    }
    for (role, how, phrase) in folded_vocabulary() {
        let hit = match how {
            Whole => folded == *phrase,
            Words => contains_words(&folded, phrase),
        };
        if hit {
            return *role;
        }
    }
    Other
}

/// [`COLUMN_VOCABULARY`] with its phrases folded, computed once: every short row of a
/// table is tested as a possible repeated header, so this runs per cell.
fn folded_vocabulary() -> &'static [(ColumnRole, Match, String)] {
    static FOLDED: OnceLock<Vec<(ColumnRole, Match, String)>> = OnceLock::new();
    FOLDED.get_or_init(|| {
        COLUMN_VOCABULARY
            .iter()
            .map(|&(role, how, phrase)| (role, how, fold(phrase)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_headings() {
        let cases = [
            ("TT", Number),
            ("STT", Number),
            ("Số TT", Number),
            ("Thủ tục hành chính", Text),
            ("Nhiệm vụ, giải pháp", Text),
            ("Nội dung, nhiệm vụ cụ thể", Text),
            ("Tên nhiệm vụ", Text),
            ("Nội dung công việc", Text),
            ("Cấp độ", Level),
            ("Mức độ", Level),
            ("Cơ quan chủ trì", Lead),
            ("Đơn vị chủ trì", Lead),
            ("Chủ trì", Lead),
            ("Cơ quan/Đơn vị thực hiện", Lead),
            ("Cơ quan phối hợp", Support),
            ("Đơn vị phối hợp", Support),
            ("Phối hợp", Support),
            ("Cơ quan phối hợp thực hiện", Support),
            ("Thời gian hoàn thành", Deadline),
            ("Thời gian thực hiện", Deadline),
            ("Thời hạn", Deadline),
            ("Tiến độ", Deadline),
            ("Kết quả sản phẩm", Output),
            ("Sản phẩm", Output),
            ("Kết quả", Output),
            ("Ghi chú", Other),
            ("**THỜI GIAN HOÀN THÀNH**", Deadline),
        ];
        for (cell, role) in cases {
            assert_eq!(role_of(cell), role, "{cell}");
        }
    }
}
