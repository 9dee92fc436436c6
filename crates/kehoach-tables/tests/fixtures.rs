//! One test per table fixture in fixtures/ok/ (one quirk each). Line numbers are 1-based.

mod common;

use common::{cell, codes, l, owned, row_at, tables_of};
use kehoach_tables::{ColumnRole::*, TableFormat};

fn fixture(name: &str) -> &'static str {
    match name {
        "gfm" => include_str!("../../../fixtures/ok/table-gfm.md"),
        "html" => include_str!("../../../fixtures/ok/table-html.md"),
        "unusual" => include_str!("../../../fixtures/ok/table-unusual-columns.txt"),
        "pipe" => include_str!("../../../fixtures/ok/table-pipe-broken-rows.txt"),
        "tab" => include_str!("../../../fixtures/ok/table-tab-page-break.txt"),
        "lost" => include_str!("../../../fixtures/ok/table-lost-sections.txt"),
        "gap" => include_str!("../../../fixtures/ok/table-numbering-gap.txt"),
        "count" => include_str!("../../../fixtures/ok/table-count-mismatch.md"),
        "ragged" => include_str!("../../../fixtures/ok/table-ragged.md"),
        _ => unreachable!(),
    }
}

/// GFM: leading pipes, `|:---:|` delimiter, bold section rows, `\|`, a bordered
/// continuation row, "PHỤ LỤC 2" (Arabic) and an italic "(Ban hành kèm theo …)".
#[test]
fn gfm_pipe_table() {
    let (_, tables) = tables_of(fixture("gfm"));
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.format, TableFormat::Pipe);
    assert_eq!(t.header_line, l(25));
    assert_eq!(t.first_line, l(19));
    assert_eq!(t.appendix_number, Some(2));
    assert_eq!(
        t.title.as_deref(),
        Some("DANH MỤC 5 NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024")
    );
    assert_eq!(t.declared_rows, Some(5));
    assert_eq!(
        t.columns,
        [
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn"
        ]
    );
    assert_eq!(t.roles, [Number, Text, Lead, Support, Deadline]);
    assert_eq!(t.rows.len(), 5);
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let sections: Vec<(Option<usize>, Option<&str>, Option<&str>)> = t
        .sections
        .iter()
        .map(|s| (s.line, s.label.as_deref(), s.title.as_deref()))
        .collect();
    assert_eq!(
        sections,
        [
            (Some(l(27)), Some("I"), Some("Nhóm nhiệm vụ về hạ tầng số")),
            (Some(l(30)), Some("II"), Some("Nhóm nhiệm vụ về dữ liệu số")),
        ]
    );
    // The delimiter row is owned but is not a row.
    assert!(t.lines.contains(&l(26)));
    assert!(t.rows.iter().all(|r| r.first_line != l(26)));
    let r = row_at(t, 29);
    assert_eq!(
        cell(t, r, Text),
        "Triển khai hệ thống quản lý văn bản | điều hành"
    );
    let r = row_at(t, 31);
    assert_eq!(r.lines, [l(31), l(32)]);
    assert_eq!(
        cell(t, r, Support),
        "Các sở, ban, ngành, UBND các huyện, thành phố"
    );
    assert_eq!(t.section_of(r).and_then(|s| s.label.as_deref()), Some("II"));
    let r = row_at(t, 34);
    assert_eq!(
        cell(t, r, Text),
        "Kết nối dữ liệu dân cư với cơ sở dữ liệu chuyên ngành"
    );
    // The signature block after the table is not owned.
    assert_eq!(t.last_line, l(34));
}

/// HTML: a two-row <thead> with rowspan/colspan, <br> and <i> in cells, a rowspan
/// shared by two data rows, a colspan over two deadline columns, colspan section rows.
#[test]
fn html_table_with_spans() {
    let (lines, tables) = tables_of(fixture("html"));
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.format, TableFormat::Html);
    assert_eq!(t.appendix_number, Some(3));
    assert_eq!(
        t.title.as_deref(),
        Some("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
    );
    assert_eq!(t.first_line, l(15));
    assert_eq!(lines[t.last_line].trim(), "</table>");
    assert_eq!(
        t.columns,
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian / Bắt đầu",
            "Thời gian / Hoàn thành"
        ]
    );
    assert_eq!(t.roles, [Number, Text, Lead, Support, Deadline, Deadline]);
    assert_eq!(t.rows.len(), 3);
    assert!(t.rows.iter().all(|r| r.cells.len() == 6));
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let labels: Vec<(&str, &str)> = t
        .sections
        .iter()
        .map(|s| {
            (
                s.label.as_deref().unwrap_or(""),
                s.title.as_deref().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        labels,
        [
            ("I", "CẢI CÁCH THỂ CHẾ"),
            ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
        ]
    );

    let r = &t.rows[0];
    assert_eq!(r.first_line, l(37));
    assert_eq!(r.last_line, l(44));
    assert_eq!(
        r.cells,
        [
            "1",
            "Rà soát văn bản quy phạm pháp luật do tỉnh ban hành",
            "Sở Tư pháp",
            "Các sở, ban, ngành",
            "Tháng 3/2024",
            "Tháng 6/2024"
        ]
    );
    let r = &t.rows[1];
    assert_eq!(
        r.cells,
        [
            "2",
            "Kiểm tra công tác thi hành pháp luật",
            "Sở Tư pháp",
            "UBND các huyện",
            "Năm 2024",
            "Năm 2024"
        ]
    );
    let r = &t.rows[2];
    assert_eq!(
        cell(t, r, Text),
        "Công bố, công khai thủ tục hành chính & quy trình nội bộ"
    );
    assert_eq!(t.section_of(r).and_then(|s| s.label.as_deref()), Some("II"));
}

/// A header in unusual words: "Số TT", "Tên nhiệm vụ", "Mức độ", "Cơ quan/Đơn vị thực
/// hiện", "Phối hợp", "Tiến độ", "Sản phẩm", plus columns kept as Other, and a row of
/// column numbers "(1) … (9)" under the header.
#[test]
fn unusual_column_words() {
    let (_, tables) = tables_of(fixture("unusual"));
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(
        t.roles,
        [Number, Text, Level, Lead, Support, Deadline, Output, Other, Other]
    );
    assert_eq!(t.columns[7], "Kinh phí (triệu đồng)");
    assert_eq!(t.rows.len(), 3);
    assert!(t.lines.contains(&l(11)));
    assert!(
        t.rows.iter().all(|r| r.first_line != l(11)),
        "the column-number row is not data"
    );
    let r = row_at(t, 13);
    assert_eq!(cell(t, r, Lead), "Công an huyện");
    assert_eq!(cell(t, r, Output), "Tài liệu tuyên truyền");
    assert_eq!(r.cells[8], "Thực hiện lồng ghép");
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    assert_eq!(t.last_line, l(14));
}

/// Pipe rows with no delimiter row, a row broken over two lines whose continuation
/// supplies the last cell, and letterhead/signature pipe lines that are not tables.
#[test]
fn pipe_rows_broken_over_two_lines() {
    let (_, tables) = tables_of(fixture("pipe"));
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.header_line, l(10));
    assert_eq!(t.first_line, l(8));
    assert_eq!(t.rows.len(), 3);
    let r = row_at(t, 12);
    assert_eq!(r.lines, [l(12), l(13)]);
    assert_eq!(
        r.cells,
        [
            "2",
            "Rà soát, làm sạch dữ liệu hộ tịch trên địa bàn tỉnh.",
            "Sở Tư pháp, UBND cấp huyện",
            "",
            "Quý IV/2024"
        ]
    );
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    let owned = owned(&tables);
    for line in [1, 2, 7, 15] {
        assert!(!owned.contains(&l(line)), "line {line}");
    }
}

/// Tab rows continued after a page break: debris ("- 2 -", "---"), a repeated header,
/// then a continuation line; a section row that lost its tabs; tags in cells; trailing
/// page debris and no final newline.
#[test]
fn tab_rows_across_a_page_break() {
    let (_, tables) = tables_of(fixture("tab"));
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.format, TableFormat::Tab);
    assert_eq!(t.rows.len(), 3);
    let r = row_at(t, 11);
    assert_eq!(r.lines, [l(11), l(18)]);
    assert_eq!(
        cell(t, r, Text),
        "Ban hành kế hoạch kiểm tra việc triển khai Đề án 06 và tổ chức kiểm tra định kỳ"
    );
    assert_eq!(
        cell(t, r, Support),
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"
    );
    assert_eq!(cell(t, r, Deadline), "Tháng 3/2023");
    let r = row_at(t, 19);
    assert_eq!(cell(t, r, Text), "Bố trí kinh phí thực hiện Đề án1");
    let sections: Vec<(Option<usize>, &str)> = t
        .sections
        .iter()
        .map(|s| (s.line, s.label.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(sections, [(Some(l(10)), "I"), (Some(l(20)), "II")]);
    assert_eq!(
        t.sections[1].title.as_deref(),
        Some("VỀ DỊCH VỤ CÔNG TRỰC TUYẾN")
    );
    // Page debris between the parts and after the last row belongs to the table.
    assert_eq!(t.lines, (l(6)..=l(23)).collect::<Vec<_>>());
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
}

/// Numbering that restarts at 1 marks section rows that were not printed.
#[test]
fn lost_section_rows_are_inferred() {
    let (_, tables) = tables_of(fixture("lost"));
    let t = &tables[0];
    assert_eq!(
        t.title.as_deref(),
        Some("DANH MỤC CÁC NHIỆM VỤ CHUYỂN ĐỔI SỐ")
    );
    assert_eq!(t.rows.len(), 6);
    let sections: Vec<(Option<usize>, &str)> = t
        .sections
        .iter()
        .map(|s| (s.line, s.label.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        sections,
        [
            (None, "I"),
            (None, "II"),
            (Some(l(13)), "III"),
            (None, "IV")
        ]
    );
    let info: Vec<(Option<usize>, &str, bool)> = t
        .diagnostics
        .iter()
        .map(|d| (d.line, d.code, d.warning))
        .collect();
    assert_eq!(
        info,
        [
            (Some(l(9)), "table-section-inferred", false),
            (Some(l(11)), "table-section-inferred", false),
            (Some(l(15)), "table-section-inferred", false),
        ]
    );
    let secs: Vec<Option<usize>> = t.rows.iter().map(|r| r.section).collect();
    assert_eq!(secs, [Some(0), Some(0), Some(1), Some(1), Some(2), Some(3)]);
}

/// Gaps and repeats in the TT column are reported.
#[test]
fn numbering_gap_is_reported() {
    let (_, tables) = tables_of(fixture("gap"));
    let t = &tables[0];
    assert_eq!(t.appendix_number, Some(1));
    assert_eq!(t.rows.len(), 5);
    let gaps: Vec<(Option<usize>, bool)> = t
        .diagnostics
        .iter()
        .filter(|d| d.code == "table-numbering-gap")
        .map(|d| (d.line, d.warning))
        .collect();
    assert_eq!(gaps, [(Some(l(10)), true), (Some(l(12)), true)]);
    assert!(t.sections.is_empty());
}

/// "DANH MỤC 4 NHIỆM VỤ" over three rows; title bold over two lines after "PHỤ LỤC II".
#[test]
fn declared_count_mismatch() {
    let (_, tables) = tables_of(fixture("count"));
    let t = &tables[0];
    assert_eq!(t.appendix_number, Some(2));
    assert_eq!(
        t.title.as_deref(),
        Some("DANH MỤC 4 NHIỆM VỤ TRỌNG TÂM NĂM 2024")
    );
    assert_eq!(t.declared_rows, Some(4));
    assert_eq!(t.rows.len(), 3);
    assert_eq!(codes(t), ["table-count-mismatch"]);
    assert_eq!(t.diagnostics[0].line, Some(l(5)));
    assert!(t.diagnostics[0].warning);
}

/// Rows with too few and too many cells: padded / joined, and reported.
#[test]
fn ragged_rows() {
    let (_, tables) = tables_of(fixture("ragged"));
    let t = &tables[0];
    assert_eq!(t.rows.len(), 4);
    assert!(t.rows.iter().all(|r| r.cells.len() == 5));
    assert_eq!(
        row_at(t, 9).cells,
        [
            "2",
            "Số hóa hồ sơ địa chính",
            "Sở Tài nguyên và Môi trường",
            "",
            ""
        ]
    );
    assert_eq!(
        cell(t, row_at(t, 10), Deadline),
        "Quý III/2024 Đã có kinh phí"
    );
    assert_eq!(cell(t, row_at(t, 11), Deadline), "Tháng 8/2024");
    let found: Vec<(Option<usize>, &str)> =
        t.diagnostics.iter().map(|d| (d.line, d.code)).collect();
    // Row 4's sixth cell is empty: a trailing separator, not worth a warning.
    assert_eq!(
        found,
        [
            (Some(l(9)), "table-cell-count"),
            (Some(l(10)), "table-cell-count")
        ]
    );
}
