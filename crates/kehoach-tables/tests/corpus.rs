//! The corpus tables, checked against the hand-made gold answers
//! (fixtures/gold/*.gold.json): row counts, section rows, merged broken rows.
//! Line numbers in this file are 1-based, as in the gold files; `l()` converts.

mod common;

use common::{cell, codes, l, owned, row_at, tables_of};
use kehoach_tables::{ColumnRole::*, TableFormat};

const GIA_LAI: &str = include_str!("../../../corpus/gia-lai-183-kh-ubnd-2022.txt");
const DAK_NONG: &str = include_str!("../../../corpus/dak-nong-468-qd-ubnd-2022.txt");
const BINH_DINH: &str = include_str!("../../../corpus/binh-dinh-qd-ubnd-2023.txt");
const HAU_GIANG: &str = include_str!("../../../corpus/hau-giang-de-an-06-2024.txt");
const SON_NINH: &str = include_str!("../../../corpus/son-ninh-12-kh-cax-2022.txt");

#[test]
fn gia_lai_finds_two_tables_and_leaves_layout_lines_alone() {
    let (_, tables) = tables_of(GIA_LAI);
    let headers: Vec<usize> = tables.iter().map(|t| t.header_line).collect();
    assert_eq!(headers, [l(216), l(244)]);
    // Letterhead (9-10) and signature (213) pipe lines are layout, not tables.
    let owned = owned(&tables);
    for line in [9, 10, 213] {
        assert!(!owned.contains(&l(line)), "line {line} must stay unowned");
    }
}

#[test]
fn gia_lai_table_216_procedures() {
    let (_, tables) = tables_of(GIA_LAI);
    let t = &tables[0];
    assert_eq!(t.format, TableFormat::Pipe);
    assert_eq!(
        t.columns,
        [
            "TT",
            "Thủ tục hành chính",
            "Cấp độ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện"
        ]
    );
    assert_eq!(t.roles, [Number, Text, Level, Lead, Support, Deadline]);
    assert_eq!(t.rows.len(), 25);
    assert!(t.sections.is_empty());
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    // Title block: "DANH MỤC …" (214) and "(Kèm theo …)" (215).
    assert_eq!(t.first_line, l(214));
    assert_eq!(t.appendix_number, None);
    assert!(t
        .title
        .as_deref()
        .unwrap_or("")
        .starts_with("DANH MỤC CÁC THỦ TỤC HÀNH CHÍNH THIẾT YẾU"));
    assert_eq!(t.last_line, l(241));

    let r = row_at(t, 218);
    assert_eq!(
        r.cells,
        [
            "2",
            "Cấp lại, đổi thẻ căn cước công dân",
            "3",
            "Công an tỉnh",
            "Sở Thông tin và Truyền thông",
            "Tháng 3/2022"
        ]
    );
    let r = row_at(t, 225);
    assert_eq!(r.label.as_deref(), Some("9"));
    assert_eq!(cell(t, r, Lead), "Sở Tư pháp");
    assert_eq!(
        cell(t, r, Support),
        "Công an tỉnh, Sở Thông tin và Truyền thông, UBND cấp huyện, UBND cấp xã"
    );
    let r = row_at(t, 241);
    assert_eq!(r.label.as_deref(), Some("25"));
    assert_eq!(cell(t, r, Deadline), "Tháng 5/2022");
}

#[test]
fn gia_lai_table_244_tasks_with_lost_sections_and_broken_rows() {
    let (_, tables) = tables_of(GIA_LAI);
    let t = &tables[1];
    assert_eq!(
        t.columns,
        [
            "TT",
            "Nhiệm vụ, giải pháp",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện"
        ]
    );
    assert_eq!(t.rows.len(), 46);
    assert_eq!(t.printed_section_count(), 2);
    let labels: Vec<&str> = t
        .sections
        .iter()
        .map(|s| s.label.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(labels, ["I", "II", "III", "IV", "V", "VI"]);
    let printed: Vec<Option<usize>> = t.sections.iter().map(|s| s.line).collect();
    assert_eq!(
        printed,
        [None, Some(l(256)), None, None, Some(l(272)), None]
    );
    assert_eq!(
        t.sections[1].title.as_deref(),
        Some("Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến")
    );

    // Inferred sections are reported as information, at the first row of the section.
    let inferred: Vec<(Option<usize>, bool)> = t
        .diagnostics
        .iter()
        .filter(|d| d.code == "table-section-inferred")
        .map(|d| (d.line, d.warning))
        .collect();
    assert_eq!(
        inferred,
        [
            (Some(l(245)), false),
            (Some(l(268)), false),
            (Some(l(269)), false),
            (Some(l(294)), false)
        ]
    );
    assert_eq!(codes(t).len(), 4, "{:?}", t.diagnostics);

    // Rows land in the right sections, including the inferred ones.
    for (line, label) in [
        (245, "I"),
        (255, "I"),
        (257, "II"),
        (268, "III"),
        (269, "IV"),
        (270, "IV"),
        (273, "V"),
        (294, "VI"),
    ] {
        let r = row_at(t, line);
        assert_eq!(
            t.section_of(r).and_then(|s| s.label.as_deref()),
            Some(label),
            "row at {line}"
        );
    }

    // Broken rows: "| Tháng …/… |" supplies the LAST cell; the support cell stays empty.
    for (first, second, lead, deadline) in [
        (
            270,
            271,
            "Các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã",
            "Tháng 6/2023",
        ),
        (
            285,
            286,
            "Công an tỉnh, Tòa án nhân dân tỉnh",
            "Tháng 4/2022",
        ),
        (
            289,
            290,
            "Công an tỉnh, Viện kiểm sát nhân dân tỉnh",
            "Tháng 12/2022",
        ),
    ] {
        let r = row_at(t, first);
        assert_eq!(r.lines, [l(first), l(second)]);
        assert_eq!(r.last_line, l(second));
        assert_eq!(cell(t, r, Lead), lead);
        assert_eq!(cell(t, r, Support), "");
        assert_eq!(cell(t, r, Deadline), deadline);
    }
    let r = row_at(t, 270);
    assert_eq!(r.label.as_deref(), Some("2"));
    assert!(cell(t, r, Text).starts_with("Phối hợp xây dựng, nâng cấp, mở rộng đầu tư"));

    let r = row_at(t, 293);
    assert_eq!(r.cells[0], "19");
    assert_eq!(cell(t, r, Deadline), "Thường xuyên");
    assert_eq!(t.last_line, l(295));
}

#[test]
fn dak_nong_table_605_procedures_across_blank_lines() {
    let (_, tables) = tables_of(DAK_NONG);
    assert_eq!(tables.len(), 2);
    let t = &tables[0];
    assert_eq!(t.format, TableFormat::Tab);
    assert_eq!(t.header_line, l(605));
    assert_eq!(t.roles, [Number, Text, Level, Lead, Support, Deadline]);
    assert_eq!(t.rows.len(), 25);
    assert!(t.sections.is_empty());
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);
    assert_eq!(t.appendix_number, Some(1));
    assert_eq!(t.first_line, l(599)); // "## PHỤ LỤC I"
    assert!(t
        .title
        .as_deref()
        .unwrap_or("")
        .starts_with("Danh mục các thủ tục hành chính thiết yếu"));

    let r = row_at(t, 606);
    assert_eq!(
        r.cells[4],
        "Văn phòng UBND tỉnh; các Sở, Ban, ngành, địa phương"
    );
    let r = row_at(t, 616); // after three blank lines
    assert_eq!(r.label.as_deref(), Some("8"));
    let r = row_at(t, 618);
    assert_eq!(cell(t, r, Support), "Văn phòng UBND tỉnh, Công an tỉnh,");
    // Blank lines between parts, and the "noRan" debris after the table, are owned.
    for line in [613, 614, 615, 627, 636] {
        assert!(t.lines.contains(&l(line)), "line {line}");
    }
    assert_eq!(t.last_line, l(636));
}

#[test]
fn dak_nong_table_644_sections_and_page_broken_rows() {
    let (_, tables) = tables_of(DAK_NONG);
    let t = &tables[1];
    assert_eq!(t.header_line, l(644));
    assert_eq!(t.first_line, l(638)); // "## PHỤ LỤC II"
    assert_eq!(t.appendix_number, Some(2));
    assert_eq!(
        t.columns,
        [
            "TT",
            "Nhiệm vụ, giải pháp",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian thực hiện"
        ]
    );
    assert_eq!(t.rows.len(), 44);
    assert_eq!(t.sections.len(), 5);
    assert_eq!(t.printed_section_count(), 5);
    let sections: Vec<(Option<usize>, &str)> = t
        .sections
        .iter()
        .map(|s| (s.line, s.label.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        sections,
        [
            (Some(l(645)), "I"),
            (Some(l(660)), "II"),
            (Some(l(676)), "III"),
            (Some(l(678)), "IV"),
            (Some(l(705)), "V")
        ]
    );
    assert_eq!(
        t.sections[0].title.as_deref(),
        Some("Hoàn thiện chính sách, pháp luật về phát triển, cung cấp ứng dụng, dịch vụ số liên quan đến thông tin dân cư")
    );
    // "<b>II Phục vụ …</b>" (label and title in one bold cell, no dot).
    assert_eq!(
        t.sections[1].title.as_deref(),
        Some("Phục vụ giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến")
    );
    assert!(t.diagnostics.is_empty(), "{:?}", t.diagnostics);

    let r = row_at(t, 652);
    assert_eq!(r.lines, [l(652), l(656)]);
    assert_eq!(r.label.as_deref(), Some("7"));
    assert_eq!(r.cells[0], "7.");
    assert!(cell(t, r, Text).ends_with(
        "những khó khăn, vướng mắc, tạo điều kiện phát triển Chính phủ số trong thời gian tới."
    ));
    assert_eq!(cell(t, r, Lead), "Công an tỉnh");
    assert_eq!(
        cell(t, r, Support),
        "Các Sở, Ban, ngành, địa phương liên quan"
    );
    assert_eq!(cell(t, r, Deadline), "Theo hướng dẫn của các Bộ, ngành");

    let r = row_at(t, 664);
    assert_eq!(r.lines, [l(664), l(666)]);
    assert!(cell(t, r, Text)
        .ends_with("cấp số định danh cá nhân tại cấp xã bảo đảm đồng bộ, hiệu quả."));
    assert_eq!(
        cell(t, r, Support),
        "Văn phòng UBND tỉnh và Các Sở, Ban, ngành, địa phương liên quan"
    );
    assert_eq!(cell(t, r, Deadline), "Tháng 6/2022");

    for (first, second, lead) in [
        (681, 683, "Công an tỉnh, Sở Tài nguyên và Môi trường"),
        (690, 694, "Công an tỉnh, Sở Giao thông vận tải"),
        (700, 702, "Công an tỉnh, Viện Kiểm sát nhân dân tỉnh"),
    ] {
        let r = row_at(t, first);
        assert_eq!(r.lines, [l(first), l(second)]);
        assert_eq!(cell(t, r, Lead), lead);
        assert_eq!(
            cell(t, r, Support),
            "Văn phòng UBND tỉnh và các Sở, Ban, ngành, địa phương liên quan"
        );
    }
    let r = row_at(t, 700);
    assert!(cell(t, r, Text)
        .contains("biện pháp ngăn chặn đối với công dân đang trong quá trình điều tra"));

    let r = row_at(t, 677);
    assert_eq!(
        t.section_of(r).and_then(|s| s.label.as_deref()),
        Some("III")
    );
    // The trailing "*Nhật An*" is page debris owned by the table.
    assert_eq!(t.last_line, l(710));
}

#[test]
fn binh_dinh_table_133_repeated_headers_and_breaks_across_them() {
    let (_, tables) = tables_of(BINH_DINH);
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.header_line, l(133));
    assert_eq!(t.first_line, l(130)); // "**PHỤ LỤC  "
    assert_eq!(t.appendix_number, None);
    assert_eq!(
        t.title.as_deref(),
        Some(
            "DANH MỤC 34 NHIỆM VỤ TRIỂN KHAI THỰC HIỆN “ĐỀ ÁN 06” TRÊN ĐỊA BÀN TỈNH TRONG NĂM 2023"
        )
    );
    assert_eq!(t.roles, [Number, Text, Lead, Support, Output, Deadline]);
    assert_eq!(t.rows.len(), 33);
    assert_eq!(t.sections.len(), 7);
    assert_eq!(t.printed_section_count(), 7);
    let lines: Vec<Option<usize>> = t.sections.iter().map(|s| s.line).collect();
    assert_eq!(
        lines,
        [134, 144, 161, 169, 172, 181, 186].map(|n| Some(l(n)))
    );
    assert_eq!(
        t.sections[1].title.as_deref(),
        Some("VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN")
    );
    assert_eq!(t.sections[6].label.as_deref(), Some("VII"));

    // The title announces 34, the table has 33.
    assert_eq!(t.declared_rows, Some(34));
    assert_eq!(codes(t), ["table-count-mismatch"]);
    assert!(t.diagnostics[0].warning);
    assert_eq!(t.diagnostics[0].line, Some(l(131)));

    // Repeated headers are owned, never rows.
    for line in [141, 151, 159, 168, 177, 185] {
        assert!(t.lines.contains(&l(line)));
        assert!(t.rows.iter().all(|r| !r.lines.contains(&l(line))));
    }

    // Row 10 breaks across a repeated header (147 + 152).
    let r = row_at(t, 147);
    assert_eq!(r.lines, [l(147), l(152)]);
    assert_eq!(r.label.as_deref(), Some("10"));
    assert!(cell(t, r, Text).starts_with("Rà soát, cải tiến quy trình tiếp nhận, hướng dẫn hỗ trợ người dân, doanh nghiệp tại Bộ phận Một cửa"));
    assert_eq!(
        cell(t, r, Lead),
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"
    );
    assert_eq!(cell(t, r, Support), "Văn phòng UBND tỉnh");
    assert_eq!(cell(t, r, Deadline), "Tháng 6/2023");

    let r = row_at(t, 157);
    assert_eq!(r.lines, [l(157), l(160)]);
    assert_eq!(
        cell(t, r, Support),
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn"
    );
    assert_eq!(
        cell(t, r, Output),
        "Kế hoạch tập huấn, hướng dẫn việc số hóa"
    );
    assert_eq!(cell(t, r, Deadline), "");
    assert!(cell(t, r, Text).ends_with("Bộ phận một cửa cấp huyện, Bộ phận một cửa cấp xã."));

    let r = row_at(t, 175);
    assert_eq!(r.lines, [l(175), l(178)]);
    assert_eq!(
        cell(t, r, Support),
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn"
    );
    assert_eq!(cell(t, r, Deadline), "Tháng 05/2023");

    let r = row_at(t, 153);
    assert_eq!(
        cell(t, r, Output),
        "- Công khai danh sách giải quyết hồ sơ chậm, muộn - Kế hoạch triển khai thực hiện TTHC phi địa giới"
    );
    // <i> stripped, text kept.
    let r = row_at(t, 187);
    assert!(cell(t, r, Text).contains("dưới nhiều hình thức ( pano, áp pich, video hướng dẫn"));
    // The file ends without a newline on row 33.
    let r = row_at(t, 190);
    assert_eq!(r.label.as_deref(), Some("33"));
    assert_eq!(cell(t, r, Deadline), "Thực hiện thường xuyên");
    assert_eq!(t.last_line, l(190));
}

#[test]
fn documents_without_tables() {
    for doc in [HAU_GIANG, SON_NINH] {
        let (_, tables) = tables_of(doc);
        assert!(tables.is_empty(), "{tables:?}");
    }
}
