//! Phrase tables: the examples of the brief and of SPEC.md, plus the
//! variants a careful reader of administrative Vietnamese expects to be
//! read the same way (case, dashes, spacing, abbreviations, NFD input,
//! tone placement, missing commas). The gold files are in tests/gold.

use unicode_normalization::UnicodeNormalization;

use super::*;

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

fn nfd(s: &str) -> String {
    s.nfd().collect()
}

// ------------------------------------------------------- split_assignment --

const ASSIGNMENT_CASES: &[(&str, &[&str], &[&str])] = &[
    // marker forms
    ("Công an tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Nội vụ", &["Công an tỉnh"], &["Sở Tư pháp", "Sở Nội vụ"]),
    ("Công an tỉnh chủ trì phối hợp với Sở Tư pháp", &["Công an tỉnh"], &["Sở Tư pháp"]),
    ("Công an tỉnh chủ trì, phối hợp Sở Tư pháp", &["Công an tỉnh"], &["Sở Tư pháp"]),
    ("Công an tỉnh chủ trì phối hợp Sở Tư pháp.", &["Công an tỉnh"], &["Sở Tư pháp"]),
    ("Công an tỉnh chủ trì; phối hợp với Sở Tư pháp;", &["Công an tỉnh"], &["Sở Tư pháp"]),
    ("Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Công an tỉnh và các Sở, Ban, ngành, địa phương liên quan.", &["Văn phòng Ủy ban nhân dân tỉnh"], &["Công an tỉnh", "các Sở, Ban, ngành, địa phương liên quan"]),
    ("Sở Y tế phối hợp với Bảo hiểm xã hội tỉnh", &["Sở Y tế"], &["Bảo hiểm xã hội tỉnh"]),
    ("Sở Y tế chủ trì, phối hợp chặt chẽ với Bảo hiểm xã hội tỉnh", &["Sở Y tế"], &["Bảo hiểm xã hội tỉnh"]),
    ("Sở Y tế chủ trì cùng với Bảo hiểm xã hội tỉnh", &["Sở Y tế"], &["Bảo hiểm xã hội tỉnh"]),
    ("Sở Y tế chủ trì cùng Bảo hiểm xã hội tỉnh", &["Sở Y tế"], &["Bảo hiểm xã hội tỉnh"]),
    ("Công an tỉnh chủ trì; Sở Tư pháp, Sở Nội vụ phối hợp.", &["Công an tỉnh"], &["Sở Tư pháp", "Sở Nội vụ"]),
    ("Công an tỉnh chủ trì", &["Công an tỉnh"], &[]),
    ("Công an tỉnh chủ trì thực hiện.", &["Công an tỉnh"], &[]),
    ("Phối hợp với Công an tỉnh", &[], &["Công an tỉnh"]),
    ("Đề nghị chủ trì, phối hợp với Công an tỉnh", &[], &["Công an tỉnh"]),
    ("Đề nghị Tòa án nhân dân tỉnh chủ trì, phối hợp với Công an tỉnh", &["Tòa án nhân dân tỉnh"], &["Công an tỉnh"]),
    // no marker: everyone leads
    ("Công an tỉnh, Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương", &["Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "các Sở, Ban, ngành, địa phương"], &[]),
    ("Công an tỉnh, Sở Tư pháp.", &["Công an tỉnh", "Sở Tư pháp"], &[]),
    ("Công an tỉnh và Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"], &[]),
    ("Các Sở, Ban, ngành, địa phương phối hợp với Công an tỉnh và các đơn vị có liên quan", &["Các Sở, Ban, ngành, địa phương"], &["Công an tỉnh", "các đơn vị có liên quan"]),
    // labels
    ("Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Công an tỉnh.", &["Sở Tư pháp"], &["Công an tỉnh"]),
    ("Cơ quan chủ trì: Công an tỉnh", &["Công an tỉnh"], &[]),
    ("Cơ quan phối hợp: Công an tỉnh", &[], &["Công an tỉnh"]),
    ("Chủ trì: Sở Y tế. Phối hợp: BHXH tỉnh", &["Sở Y tế"], &["BHXH tỉnh"]),
    ("Đơn vị chủ trì: Sở, ban, ngành tỉnh, địa phương.", &["Sở, ban, ngành tỉnh", "địa phương"], &[]),
    ("Đơn vị thực hiện: Công an tỉnh", &["Công an tỉnh"], &[]),
    ("Đơn vị phối hợp: Sở Tư pháp, Công an tỉnh", &[], &["Sở Tư pháp", "Công an tỉnh"]),
    ("Chủ trì: Công an tỉnh; phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh", &["Công an tỉnh"], &["Sở Tư pháp", "Văn phòng UBND tỉnh"]),
    ("Đơn vị chủ trì: Công an tỉnh; Đơn vị phối hợp: Sở Tư pháp", &["Công an tỉnh"], &["Sở Tư pháp"]),
    // roles in parentheses
    ("Công an tỉnh (chủ trì), Sở Tư pháp (phối hợp)", &["Công an tỉnh"], &["Sở Tư pháp"]),
    ("Công an tỉnh (cơ quan thường trực), Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"], &[]),
    // case, dashes, spacing, abbreviations
    ("CÔNG AN TỈNH CHỦ TRÌ, PHỐI HỢP VỚI SỞ TƯ PHÁP", &["CÔNG AN TỈNH"], &["SỞ TƯ PHÁP"]),
    ("công an tỉnh chủ trì, phối hợp với sở tư pháp", &["công an tỉnh"], &["sở tư pháp"]),
    ("CA tỉnh chủ trì,phối hợp với VP UBND tỉnh,BCH Quân sự tỉnh", &["CA tỉnh"], &["VP UBND tỉnh", "BCH Quân sự tỉnh"]),
    ("Sở LĐ-TB&XH chủ trì, phối hợp với BHXH tỉnh", &["Sở LĐ-TB&XH"], &["BHXH tỉnh"]),
    ("Sở Lao động – Thương binh và Xã hội chủ trì,  phối hợp  với  Sở Y tế", &["Sở Lao động – Thương binh và Xã hội"], &["Sở Y tế"]),
    ("Uỷ ban nhân dân cấp huyện chủ trì, phối hợp với Công an huyện", &["Uỷ ban nhân dân cấp huyện"], &["Công an huyện"]),
    ("**Công an tỉnh** chủ trì, phối hợp với *Sở Tư pháp*", &["Công an tỉnh"], &["Sở Tư pháp"]),
    // missing comma after the lead marker and inside the support list
    ("Công an tỉnh chủ trì phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện UBND cấp xã", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("", &[], &[]),
    ("chủ trì, phối hợp", &[], &[]),
];

#[test]
fn split_assignment_cases() {
    for (input, lead, support) in ASSIGNMENT_CASES {
        let want = Assignment {
            lead: owned(lead),
            support: owned(support),
        };
        assert_eq!(split_assignment(input), want, "split_assignment({input:?})");
    }
}

#[test]
fn split_assignment_reads_nfd_input() {
    for (input, lead, support) in ASSIGNMENT_CASES {
        let want = Assignment {
            lead: lead.iter().map(|s| nfc(s)).collect(),
            support: support.iter().map(|s| nfc(s)).collect(),
        };
        assert_eq!(
            split_assignment(&nfd(input)),
            want,
            "NFD split_assignment({input:?})"
        );
    }
}

// ------------------------------------------------------------- split_list --

const LIST_CASES: &[(&str, &[&str])] = &[
    // group names with commas are one entry
    ("các sở, ban, ngành tỉnh có liên quan", &["các sở, ban, ngành tỉnh có liên quan"]),
    ("các sở, ban, ngành tỉnh (có liên quan)", &["các sở, ban, ngành tỉnh (có liên quan)"]),
    ("Các sở, ban, ngành", &["Các sở, ban, ngành"]),
    ("Sở, ban, ngành tỉnh", &["Sở, ban, ngành tỉnh"]),
    ("các cơ quan, đơn vị có liên quan", &["các cơ quan, đơn vị có liên quan"]),
    ("(các) tổ chức, doanh nghiệp có liên quan", &["(các) tổ chức, doanh nghiệp có liên quan"]),
    ("tổ chức, doanh nghiệp có liên quan", &["tổ chức, doanh nghiệp có liên quan"]),
    ("các ban, ngành, đoàn thể", &["các ban, ngành, đoàn thể"]),
    ("UBND các huyện, thị xã, thành phố", &["UBND các huyện, thị xã, thành phố"]),
    ("UBND các xã, phường, thị trấn", &["UBND các xã, phường, thị trấn"]),
    ("Ủy ban nhân dân các huyện, thị xã và thành phố", &["Ủy ban nhân dân các huyện, thị xã và thành phố"]),
    ("Bộ phận Một cửa cấp huyện, cấp xã", &["Bộ phận Một cửa cấp huyện, cấp xã"]),
    ("Các Sở, Ban, ngành, địa phương, tổ chức, doanh nghiệp có liên quan", &["Các Sở, Ban, ngành, địa phương, tổ chức, doanh nghiệp có liên quan"]),
    ("các Sở, Ban, ngành, địa phương liên quan", &["các Sở, Ban, ngành, địa phương liên quan"]),
    ("các cơ quan, đơn vị, địa phương", &["các cơ quan, đơn vị, địa phương"]),
    ("các xã, phường, thị trấn", &["các xã, phường, thị trấn"]),
    // a scope word closes the group
    ("Sở, ban, ngành tỉnh, địa phương", &["Sở, ban, ngành tỉnh", "địa phương"]),
    ("Sở, ban, ngành tỉnh, địa phương có thực hiện 53 dịch vụ công thiết yếu", &["Sở, ban, ngành tỉnh", "địa phương có thực hiện 53 dịch vụ công thiết yếu"]),
    ("Sở, ban, ngành tỉnh có liên quan và địa phương.", &["Sở, ban, ngành tỉnh có liên quan", "địa phương"]),
    // a named body starts a new entry
    ("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", &["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn"]),
    ("Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã tổ chức, doanh nghiệp có liên quan", &["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã", "tổ chức, doanh nghiệp có liên quan"]),
    ("Công an tỉnh và các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh, các doanh nghiệp và các cơ quan, tổ chức có liên quan", &["Công an tỉnh", "các doanh nghiệp", "các cơ quan, tổ chức có liên quan"]),
    ("Công an tỉnh, UBND các huyện, thành phố, Tổ công tác triển khai đề án 06 cấp xã", &["Công an tỉnh", "UBND các huyện, thành phố", "Tổ công tác triển khai đề án 06 cấp xã"]),
    // commas and "và" inside known names
    ("Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh", &["Sở Lao động, Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"]),
    ("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế", &["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
    ("Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh", &["Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    ("Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa cấp huyện, cấp xã", &["Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận Một cửa cấp huyện, cấp xã"]),
    ("Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Hậu Giang và Báo Hậu Giang", &["Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình Hậu Giang", "Báo Hậu Giang"]),
    ("Sở Lao động - Thương binh và Xã hội", &["Sở Lao động - Thương binh và Xã hội"]),
    ("Sở Lao động –Thương binh và Xã hội", &["Sở Lao động –Thương binh và Xã hội"]),
    ("Sở lao động – thương binh và xã hội", &["Sở lao động – thương binh và xã hội"]),
    ("Sở Lao động—Thương binh và Xã hội", &["Sở Lao động—Thương binh và Xã hội"]),
    ("Sở Lao động Thương binh và Xã hội, Sở Y tế", &["Sở Lao động Thương binh và Xã hội", "Sở Y tế"]),
    ("Sở Tài nguyên và Môi trường và Sở Giáo dục và Đào tạo", &["Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo"]),
    ("Sở Giao thông vận tải, Sở Kế hoạch và Đầu tư", &["Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư"]),
    ("Sở Nông nghiệp và Phát triển nông thôn và các địa phương", &["Sở Nông nghiệp và Phát triển nông thôn", "các địa phương"]),
    ("Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ", &["Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Nội vụ"]),
    // lists of single bodies
    ("Ngân hàng Nhà nước, các Ngân hàng thương mại, các tổ chức tín dụng, các doanh nghiệp viễn thông trên địa bàn", &["Ngân hàng Nhà nước", "các Ngân hàng thương mại", "các tổ chức tín dụng", "các doanh nghiệp viễn thông trên địa bàn"]),
    ("Công an tỉnh; Văn phòng UBND tỉnh; Bảo hiểm xã hội tỉnh và các địa phương", &["Công an tỉnh", "Văn phòng UBND tỉnh", "Bảo hiểm xã hội tỉnh", "các địa phương"]),
    ("Công an tỉnh, Sở Thông tin và Truyền thông, Sở Tài chính và các doanh nghiệp cung ứng dịch vụ viễn thông, công nghệ thông tin trên địa bàn Tỉnh.", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính", "các doanh nghiệp cung ứng dịch vụ viễn thông, công nghệ thông tin trên địa bàn Tỉnh"]),
    ("Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh", &["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh"]),
    ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội", &["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội"]),
    ("Công an tỉnh, Viettel Hậu Giang, VNPT Hậu Giang", &["Công an tỉnh", "Viettel Hậu Giang", "VNPT Hậu Giang"]),
    ("Công an tỉnh, Cục C06", &["Công an tỉnh", "Cục C06"]),
    ("Công an tỉnh, Abc Việt Nam", &["Công an tỉnh", "Abc Việt Nam"]),
    // Ambiguous, kept whole: after a group, what follows a comma may be a
    // modifier ("... viễn thông, công nghệ thông tin trên địa bàn").
    ("các doanh nghiệp, Abc Việt Nam", &["các doanh nghiệp, Abc Việt Nam"]),
    ("Sở Tư pháp / Sở Nội vụ", &["Sở Tư pháp", "Sở Nội vụ"]),
    ("Sở Tư pháp chủ trì; các sở, ngành, địa phương phối hợp", &["Sở Tư pháp", "các sở, ngành, địa phương"]),
    ("Các Sở, ban, ngành, UBND các huyện, thành phố và các đơn vị liên quan", &["Các Sở, ban, ngành", "UBND các huyện, thành phố", "các đơn vị liên quan"]),
    ("UBND các huyện, thị xã, thành phố; các sở, ngành liên quan", &["UBND các huyện, thị xã, thành phố", "các sở, ngành liên quan"]),
    ("Công an các huyện, thị xã, thành phố; Công an các xã, phường, thị trấn", &["Công an các huyện, thị xã, thành phố", "Công an các xã, phường, thị trấn"]),
    ("Công an tỉnh, Công an cấp huyện, Công an cấp xã", &["Công an tỉnh", "Công an cấp huyện", "Công an cấp xã"]),
    ("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh", &["Mặt trận Tổ quốc", "các đoàn thể chính trị - xã hội tỉnh"]),
    ("Sở Y tế và các bệnh viện, trung tâm y tế", &["Sở Y tế", "các bệnh viện, trung tâm y tế"]),
    ("Cục Thuế tỉnh, Chi cục Thuế khu vực", &["Cục Thuế tỉnh", "Chi cục Thuế khu vực"]),
    ("Điện lực Gia Lai, Viettel Gia Lai, VNPT Gia Lai, Bưu điện tỉnh", &["Điện lực Gia Lai", "Viettel Gia Lai", "VNPT Gia Lai", "Bưu điện tỉnh"]),
    ("Sở GD&ĐT, Sở KH&CN, Sở NN&PTNT", &["Sở GD&ĐT", "Sở KH&CN", "Sở NN&PTNT"]),
    // parentheses never split
    ("Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)", &["Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"]),
    ("Sở Nội vụ (Ban Thi đua - Khen thưởng), Sở Tư pháp", &["Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Sở Tư pháp"]),
    // missing separators, doubled words, stray punctuation
    ("Công an tỉnh Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"]),
    ("Công an tỉnh tỉnh, Sở Tư pháp", &["Công an tỉnh tỉnh", "Sở Tư pháp"]),
    ("Văn phòng UBND tỉnh, Công an tỉnh,", &["Văn phòng UBND tỉnh", "Công an tỉnh"]),
    ("- Công an tỉnh; - Sở Tư pháp.", &["Công an tỉnh", "Sở Tư pháp"]),
    ("Công an tỉnh ,Sở Tư pháp ; Sở Nội vụ", &["Công an tỉnh", "Sở Tư pháp", "Sở Nội vụ"]),
    ("Công an tỉnh, và Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"]),
    ("với Công an tỉnh", &["Công an tỉnh"]),
    ("Công an tỉnh (chủ trì), Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"]),
    // abbreviations and case kept as printed
    ("CA tỉnh, VP UBND tỉnh và BCH Quân sự tỉnh", &["CA tỉnh", "VP UBND tỉnh", "BCH Quân sự tỉnh"]),
    ("Sở LĐ-TB&XH, Sở TT&TT", &["Sở LĐ-TB&XH", "Sở TT&TT"]),
    ("TAND tỉnh, VKSND tỉnh và Cục THADS tỉnh", &["TAND tỉnh", "VKSND tỉnh", "Cục THADS tỉnh"]),
    ("CÔNG AN TỈNH, SỞ TƯ PHÁP", &["CÔNG AN TỈNH", "SỞ TƯ PHÁP"]),
    ("Sở khoa học và Công nghệ, Công an tỉnh", &["Sở khoa học và Công nghệ", "Công an tỉnh"]),
    // tone placement
    ("Uỷ ban nhân dân các huyện, thị xã, thành phố", &["Uỷ ban nhân dân các huyện, thị xã, thành phố"]),
    ("Sở Văn hoá, Thể thao và Du lịch, Sở Y tế", &["Sở Văn hoá, Thể thao và Du lịch", "Sở Y tế"]),
    // nothing
    ("", &[]),
    ("   ,;. ", &[]),
    ("và", &[]),
    ("(", &[]),
];

#[test]
fn split_list_cases() {
    for (input, want) in LIST_CASES {
        assert_eq!(split_list(input), owned(want), "split_list({input:?})");
    }
}

#[test]
fn split_list_reads_nfd_input() {
    for (input, want) in LIST_CASES {
        let want: Vec<String> = want.iter().map(|s| nfc(s)).collect();
        assert_eq!(split_list(&nfd(input)), want, "NFD split_list({input:?})");
    }
}

#[test]
fn split_list_uses_runtime_registry_entries() {
    // A body whose name has a comma and a head word inside: unknown, it splits;
    // registered, it stays whole.
    let input = "Ban Quản lý dự án, Trung tâm Công nghệ thông tin, Sở Tư pháp";
    assert_eq!(split_list(input).len(), 3);
    let extra = Registry::from_toml(
        "[[agency]]\nname = \"Ban Quản lý dự án, Trung tâm Công nghệ thông tin\"\nlevel = \"province\"\n",
    )
    .expect("valid registry");
    let mut reg = Registry::embedded();
    reg.extend(extra);
    assert_eq!(
        split_list_with(input, &reg),
        owned(&[
            "Ban Quản lý dự án, Trung tâm Công nghệ thông tin",
            "Sở Tư pháp"
        ])
    );
}

// ------------------------------------------------------- heading_agencies --

/// Headings are remembered per thread, but per registry contents: the same
/// heading read with a registry that knows more gives that registry's answer,
/// and asking again gives the same answers as the first time.
#[test]
fn remembered_headings_follow_the_registry() {
    let heading = "Ban Quản lý dự án, Trung tâm Công nghệ thông tin";
    let embedded = Registry::embedded();
    let plain = heading_agencies(heading, &embedded);
    assert_eq!(
        plain,
        Some(owned(&[
            "Ban Quản lý dự án",
            "Trung tâm Công nghệ thông tin"
        ]))
    );
    let extra = Registry::from_toml(
        "[[agency]]\nname = \"Ban Quản lý dự án, Trung tâm Công nghệ thông tin\"\nlevel = \"province\"\n",
    )
    .expect("valid registry");
    let mut extended = Registry::embedded();
    extended.extend(extra);
    let whole = Some(owned(&[heading]));
    assert_eq!(heading_agencies(heading, &extended), whole);
    assert_eq!(heading_agencies(heading, &embedded), plain);
    assert_eq!(heading_agencies(heading, &extended), whole);
}

const HEADING_CASES: &[(&str, Option<&[&str]>)] = &[
    ("Sở Tư pháp", Some(&["Sở Tư pháp"])),
    ("6. Sở Tư pháp", Some(&["Sở Tư pháp"])),
    ("**9. Sở Kế hoạch và Đầu tư**", Some(&["Sở Kế hoạch và Đầu tư"])),
    ("### **12. Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh**", Some(&["Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])),
    ("a) Sở Y tế", Some(&["Sở Y tế"])),
    ("IV. Công an tỉnh", Some(&["Công an tỉnh"])),
    ("Sở Kế hoạch và Đầu tư: Chủ trì, phối hợp với Công an tỉnh", Some(&["Sở Kế hoạch và Đầu tư"])),
    ("Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", Some(&["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"])),
    ("Các Sở, Ban, ngành thuộc Ủy ban nhân dân tỉnh; Ủy ban nhân dân các huyện, thành phố", Some(&["Các Sở, Ban, ngành thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện, thành phố"])),
    ("Bộ Chỉ huy Quân sự tỉnh và Bộ chỉ huy Bộ đội biên phòng tỉnh", Some(&["Bộ Chỉ huy Quân sự tỉnh", "Bộ chỉ huy Bộ đội biên phòng tỉnh"])),
    ("Sở Tài chính, Sở Kế hoạch và Đầu tư", Some(&["Sở Tài chính", "Sở Kế hoạch và Đầu tư"])),
    ("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai", Some(&["Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai"])),
    ("Ngân hàng Nhà nước tỉnh", Some(&["Ngân hàng Nhà nước tỉnh"])),
    ("Cục Thi hành án dân sự tỉnh", Some(&["Cục Thi hành án dân sự tỉnh"])),
    (
        "Các sở, ban, ngành, đơn vị sự nghiệp, đơn vị cung cấp dịch vụ công ích thuộc Ủy ban nhân dân tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố, Ủy ban nhân dân các xã, phường, thị trấn; các cơ quan, đơn vị có liên quan",
        Some(&[
            "Các sở, ban, ngành, đơn vị sự nghiệp, đơn vị cung cấp dịch vụ công ích thuộc Ủy ban nhân dân tỉnh",
            "các cơ quan Trung ương đóng trên địa bàn tỉnh",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            "Ủy ban nhân dân các xã, phường, thị trấn",
            "các cơ quan, đơn vị có liên quan",
        ]),
    ),
    ("Công an tỉnh (Cơ quan thường trực)", Some(&["Công an tỉnh"])),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", Some(&["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"])),
    ("Các cơ quan báo chí", Some(&["Các cơ quan báo chí"])),
    ("UBND cấp xã", Some(&["UBND cấp xã"])),
    ("Uỷ ban nhân dân các huyện, thị xã, thành phố", Some(&["Uỷ ban nhân dân các huyện, thị xã, thành phố"])),
    // not agencies
    ("Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chỉ đạo, điều hành toàn diện hoạt động", None),
    ("Thành lập Tổ công tác triển khai Kế hoạch (Tổ công tác) do Giám đốc Công an tỉnh làm Tổ trưởng", None),
    ("Căn cứ kế hoạch này các đồng chí Công an xã triển khai thực hiện nghiêm túc", None),
    ("Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm", None),
    ("Kinh phí thực hiện", None),
    ("Sở Kế hoạch và Đầu tư, Sở Tài chính ưu tiên bố trí kinh phí giao Công an tỉnh", None),
    ("Công an tỉnh chủ trì tổ chức thực hiện", None),
    ("Giám đốc các Sở, Thủ trưởng các ban, ngành", None),
    ("Trách nhiệm của các cơ quan", None),
    ("Chế độ báo cáo", None),
    ("Tổ chức thực hiện", None),
    ("Tổ công tác Đề án 06 tỉnh", Some(&["Tổ công tác Đề án 06 tỉnh"])),
    ("Ban Chỉ đạo Đề án 06 tỉnh", Some(&["Ban Chỉ đạo Đề án 06 tỉnh"])),
    ("", None),
    ("1.", None),
];

#[test]
fn heading_agencies_cases() {
    let reg = Registry::embedded();
    for (input, want) in HEADING_CASES {
        assert_eq!(
            heading_agencies(input, &reg),
            want.map(owned),
            "heading_agencies({input:?})"
        );
    }
}

// -------------------------------------------------------- support_in_text --

const SUPPORT_CASES: &[(&str, &[&str])] = &[
    ("Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu đề xuất cơ chế", &["Sở Tài Chính", "Sở Thông tin và Truyền thông"]),
    ("Phối hợp với Công an tỉnh tỉnh tổ chức triển khai, hướng dẫn các sở, ban, ngành tỉnh", &["Công an tỉnh tỉnh"]),
    ("Phối hợp các đơn vị liên quan để kết nối Cổng dịch vụ công của tỉnh", &["các đơn vị liên quan"]),
    ("Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các cơ quan, đơn vị liên quan xây dựng dự toán", &["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các cơ quan, đơn vị liên quan"]),
    ("Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh và các đơn vị trong công tác kiểm tra", &["Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "các đơn vị"]),
    ("Phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các huyện, thành phố triển khai", &["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh", "Ủy ban nhân dân các huyện, thành phố"]),
    ("Chủ trì cùng với Công an tỉnh triển khai kết nối", &["Công an tỉnh"]),
    ("Phối hợp với Sở Tư pháp chủ trì đánh giá rà soát", &["Sở Tư pháp"]),
    ("Phối hợp chặt chẽ với Công an tỉnh bảo đảm an ninh, trật tự", &["Công an tỉnh"]),
    ("Phối hợp, chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh thường xuyên thông tin", &[]),
    ("Chủ trì phối hợp với Văn phòng Ủy ban nhân dân tỉnh tổ chức triển khai, hướng dẫn các Sở, Ban, ngành, địa phương", &["Văn phòng Ủy ban nhân dân tỉnh"]),
    ("xây dựng Kế hoạch gửi Công an tỉnh và Văn phòng Ủy ban nhân dân tỉnh trước ngày 20/3/2022 để theo dõi, phối hợp thực hiện", &[]),
    ("báo cáo kết quả về Văn phòng UBND tỉnh và Công an tỉnh", &[]),
    ("gửi UBND tỉnh (qua Công an tỉnh) để theo dõi, phối hợp thực hiện", &[]),
    ("Tham mưu cho Ban Chỉ đạo an toàn, an ninh mạng tỉnh chỉ đạo các Sở, Ban, ngành, địa phương", &[]),
    // second sentence, repeated agency in another spelling
    ("Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu. Chủ trì, tổng hợp, phối hợp Sở Tài chính để tham mưu", &["Sở Tài Chính", "Sở Thông tin và Truyền thông"]),
    ("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan bảo đảm trang thiết bị. Phối hợp với Công an tỉnh hướng dẫn", &["các cơ quan, đơn vị liên quan", "Công an tỉnh"]),
    // both "UBND cấp huyện" and "UBND các huyện, ..." are printed: both kept
    ("phối hợp với UBND cấp huyện, UBND cấp xã kết nối. Phối hợp UBND các huyện, thị xã, thành phố triển khai", &["UBND cấp huyện", "UBND cấp xã", "UBND các huyện, thị xã, thành phố"]),
    ("Phối hợp với Văn phòng UBND xã tham mưu UBND xã ban hành Kế hoạch", &["Văn phòng UBND xã"]),
    ("Chủ trì, phối hợp Văn phòng UBND xã, các ban, ngành, đoàn thể trong triển khai thực hiện", &["Văn phòng UBND xã", "các ban, ngành, đoàn thể"]),
    // unknown names: head word + capitalised words, "và" + capital, place names
    ("phối hợp với Cục C06 hướng dẫn", &["Cục C06"]),
    ("phối hợp với Ban Chỉ đạo chuyển đổi số tỉnh triển khai", &["Ban Chỉ đạo chuyển đổi số tỉnh"]),
    ("phối hợp với Báo Gia Lai và Đài Phát thanh và Truyền hình tỉnh tuyên truyền", &["Báo Gia Lai", "Đài Phát thanh và Truyền hình tỉnh"]),
    ("phối hợp với UBND tỉnh Gia Lai triển khai", &["UBND tỉnh Gia Lai"]),
    ("Phối hợp với Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai kết nối", &["Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai"]),
    ("phối hợp với Hội Nông dân tỉnh vận động hội viên", &["Hội Nông dân tỉnh"]),
    ("phối hợp với Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh triển khai", &["Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh"]),
    ("phối hợp với Bộ Công an, Bộ Tư pháp hướng dẫn", &["Bộ Công an", "Bộ Tư pháp"]),
    ("phối hợp với các doanh nghiệp viễn thông trên địa bàn tỉnh triển khai", &["các doanh nghiệp viễn thông trên địa bàn tỉnh"]),
    ("phối hợp với các cơ quan chức năng liên quan thường xuyên rà soát", &["các cơ quan chức năng liên quan"]),
    ("phối hợp với các Sở, Ban, ngành thuộc UBND tỉnh triển khai", &["các Sở, Ban, ngành thuộc UBND tỉnh"]),
    ("với sự phối hợp của Sở Tư pháp, thực hiện", &["Sở Tư pháp"]),
    ("cùng với Sở Y tế và Bảo hiểm xã hội tỉnh tổ chức", &["Sở Y tế", "Bảo hiểm xã hội tỉnh"]),
    ("phối hợp với Tổ công tác Đề án 06 tỉnh triển khai", &["Tổ công tác Đề án 06 tỉnh"]),
    ("phối hợp với Tổ công tác triển khai", &["Tổ công tác"]),
    ("phối hợp với Trung tâm Công nghệ thông tin và Truyền thông tỉnh triển khai", &["Trung tâm Công nghệ thông tin và Truyền thông tỉnh"]),
    ("phối hợp với Văn phòng Đăng ký đất đai tỉnh cập nhật", &["Văn phòng Đăng ký đất đai tỉnh"]),
    ("phối hợp với Chi cục Kiểm lâm tỉnh tuần tra", &["Chi cục Kiểm lâm tỉnh"]),
    ("phối hợp với Báo Gia Lai đưa tin", &["Báo Gia Lai"]),
    ("phối hợp với Sở Du lịch và Thể thao tỉnh quảng bá", &["Sở Du lịch và Thể thao tỉnh"]),
    ("phối hợp với ngành Công an triển khai", &["ngành Công an"]),
    ("Phối hợp với các Bộ, ngành Trung ương hướng dẫn", &["các Bộ, ngành Trung ương"]),
    ("phối hợp với UBND các huyện, thị xã, thành phố và các cơ quan liên quan triển khai", &["UBND các huyện, thị xã, thành phố", "các cơ quan liên quan"]),
    ("phối hợp với Viettel, VNPT, Bưu điện tỉnh cung cấp", &["Viettel", "VNPT", "Bưu điện tỉnh"]),
    ("phối hợp với Bộ Công an (Cục C06) triển khai", &["Bộ Công an"]),
    ("phối hợp với Công an tỉnh và triển khai", &["Công an tỉnh"]),
    ("phối hợp cùng các sở, ngành", &["các sở, ngành"]),
    ("có sự phối hợp của các cơ quan báo chí", &["các cơ quan báo chí"]),
    // variants
    ("PHỐI HỢP VỚI CÔNG AN TỈNH", &["CÔNG AN TỈNH"]),
    ("phối hợp với CA tỉnh, VP UBND tỉnh triển khai", &["CA tỉnh", "VP UBND tỉnh"]),
    ("phối hợp với Sở LĐ-TB&XH và BHXH tỉnh rà soát", &["Sở LĐ-TB&XH", "BHXH tỉnh"]),
    ("phối hợp với Sở Lao động–Thương binh và Xã hội rà soát", &["Sở Lao động–Thương binh và Xã hội"]),
    ("phối hợp  với   Uỷ ban nhân dân cấp xã rà soát", &["Uỷ ban nhân dân cấp xã"]),
    ("phối hợp với Công an tỉnh Sở Tư pháp rà soát", &["Công an tỉnh"]),
    ("phối hợp thực hiện", &[]),
    ("Tiếp tục phối hợp xây dựng, triển khai hạ tầng", &[]),
    ("", &[]),
    ("phối hợp với", &[]),
];

#[test]
fn support_in_text_cases() {
    let reg = Registry::embedded();
    for (input, want) in SUPPORT_CASES {
        assert_eq!(
            support_in_text(input, &reg),
            owned(want),
            "support_in_text({input:?})"
        );
    }
}

#[test]
fn support_in_text_reads_nfd_input() {
    let reg = Registry::embedded();
    for (input, want) in SUPPORT_CASES {
        let want: Vec<String> = want.iter().map(|s| nfc(s)).collect();
        assert_eq!(
            support_in_text(&nfd(input), &reg),
            want,
            "NFD support_in_text({input:?})"
        );
    }
}

// --------------------------------------------------------------- registry --

const RESOLVE_CASES: &[(&str, &str, &str, Option<Level>)] = &[
    (
        "Công an tỉnh",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "CA tỉnh",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "Công an tỉnh tỉnh",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "Công an tỉnh Gia Lai",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "với Công an tỉnh.",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "CÔNG AN TỈNH",
        "cong-an-tinh",
        "Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "Sở Thông tin và Truyền thông tỉnh",
        "so-thong-tin-va-truyen-thong",
        "Sở Thông tin và Truyền thông",
        Some(Level::Province),
    ),
    (
        "Sở TT&TT",
        "so-thong-tin-va-truyen-thong",
        "Sở Thông tin và Truyền thông",
        Some(Level::Province),
    ),
    (
        "Sở Tài Chính",
        "so-tai-chinh",
        "Sở Tài chính",
        Some(Level::Province),
    ),
    (
        "Sở Lao động - Thương binh và Xã hội",
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        Some(Level::Province),
    ),
    (
        "Sở Lao động, Thương binh và Xã hội",
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        Some(Level::Province),
    ),
    (
        "Sở Lao động Thương binh và Xã hội",
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        Some(Level::Province),
    ),
    (
        "Sở lao động – thương binh và xã hội",
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        Some(Level::Province),
    ),
    (
        "Sở LĐTB&XH",
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        Some(Level::Province),
    ),
    (
        "Sở Văn hoá, Thể thao và Du lịch",
        "so-van-hoa-the-thao-va-du-lich",
        "Sở Văn hóa, Thể thao và Du lịch",
        Some(Level::Province),
    ),
    (
        "Văn phòng UBND tỉnh",
        "van-phong-ubnd-tinh",
        "Văn phòng Ủy ban nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "VP UBND tỉnh",
        "van-phong-ubnd-tinh",
        "Văn phòng Ủy ban nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "Uỷ ban nhân dân tỉnh",
        "ubnd-tinh",
        "Ủy ban nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "UBND tỉnh Gia Lai",
        "ubnd-tinh",
        "Ủy ban nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "BCH Quân sự tỉnh",
        "bo-chi-huy-quan-su-tinh",
        "Bộ Chỉ huy Quân sự tỉnh",
        Some(Level::Province),
    ),
    (
        "Bộ Chỉ huy Quân sự",
        "bo-chi-huy-quan-su-tinh",
        "Bộ Chỉ huy Quân sự tỉnh",
        Some(Level::Province),
    ),
    (
        "Bộ chỉ huy Bộ đội biên phòng tỉnh",
        "bo-chi-huy-bo-doi-bien-phong-tinh",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        Some(Level::Province),
    ),
    (
        "TAND tỉnh",
        "toa-an-nhan-dan-tinh",
        "Tòa án nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "Viện Kiểm sát nhân dân tỉnh",
        "vien-kiem-sat-nhan-dan-tinh",
        "Viện kiểm sát nhân dân tỉnh",
        Some(Level::Province),
    ),
    (
        "BHXH tỉnh",
        "bao-hiem-xa-hoi-tinh",
        "Bảo hiểm xã hội tỉnh",
        Some(Level::Province),
    ),
    (
        "Bảo hiểm Xã hội tỉnh",
        "bao-hiem-xa-hoi-tinh",
        "Bảo hiểm xã hội tỉnh",
        Some(Level::Province),
    ),
    (
        "Cục thuế tỉnh",
        "cuc-thue-tinh",
        "Cục Thuế tỉnh",
        Some(Level::Province),
    ),
    (
        "Cục thống kê",
        "cuc-thong-ke-tinh",
        "Cục Thống kê tỉnh",
        Some(Level::Province),
    ),
    (
        "Ngân hàng Nhà nước tỉnh",
        "ngan-hang-nha-nuoc-chi-nhanh-tinh",
        "Ngân hàng Nhà nước chi nhánh tỉnh",
        Some(Level::Province),
    ),
    (
        "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai",
        "ngan-hang-nha-nuoc-chi-nhanh-tinh",
        "Ngân hàng Nhà nước chi nhánh tỉnh",
        Some(Level::Province),
    ),
    (
        "Ngân hàng Nhà nước Việt Nam",
        "ngan-hang-nha-nuoc-viet-nam",
        "Ngân hàng Nhà nước Việt Nam",
        Some(Level::Central),
    ),
    (
        "Đài Phát thanh và Truyền hình Hậu Giang",
        "dai-phat-thanh-va-truyen-hinh-tinh",
        "Đài Phát thanh và Truyền hình tỉnh",
        Some(Level::Province),
    ),
    (
        "Viettel Hậu Giang",
        "viettel-tinh",
        "Viettel tỉnh",
        Some(Level::Province),
    ),
    (
        "Trung tâm phục vụ hành chính công tỉnh",
        "trung-tam-phuc-vu-hanh-chinh-cong-tinh",
        "Trung tâm Phục vụ hành chính công tỉnh",
        Some(Level::Province),
    ),
    ("Tỉnh Đoàn", "tinh-doan", "Tỉnh đoàn", Some(Level::Province)),
    (
        "Bộ Công an",
        "bo-cong-an",
        "Bộ Công an",
        Some(Level::Central),
    ),
    (
        "Thủ tướng Chính phủ",
        "thu-tuong-chinh-phu",
        "Thủ tướng Chính phủ",
        Some(Level::Central),
    ),
    (
        "Cục C06",
        "cuc-canh-sat-quan-ly-hanh-chinh-ve-trat-tu-xa-hoi",
        "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        Some(Level::Central),
    ),
    (
        "UBND cấp huyện",
        "ubnd-cap-huyen",
        "Ủy ban nhân dân cấp huyện",
        Some(Level::District),
    ),
    (
        "UBND các huyện, thị xã, thành phố",
        "ubnd-cap-huyen",
        "Ủy ban nhân dân cấp huyện",
        Some(Level::District),
    ),
    (
        "Ủy ban nhân dân các huyện, thành phố",
        "ubnd-cap-huyen",
        "Ủy ban nhân dân cấp huyện",
        Some(Level::District),
    ),
    (
        "UBND cấp xã",
        "ubnd-cap-xa",
        "Ủy ban nhân dân cấp xã",
        Some(Level::Commune),
    ),
    (
        "UBND các xã, phường, thị trấn",
        "ubnd-cap-xa",
        "Ủy ban nhân dân cấp xã",
        Some(Level::Commune),
    ),
    (
        "Công an xã",
        "cong-an-cap-xa",
        "Công an cấp xã",
        Some(Level::Commune),
    ),
    (
        "Công an xã Sơn Ninh",
        "cong-an-xa-son-ninh",
        "Công an xã Sơn Ninh",
        Some(Level::Commune),
    ),
    (
        "Văn phòng UBND xã",
        "van-phong-ubnd-cap-xa",
        "Văn phòng Ủy ban nhân dân cấp xã",
        Some(Level::Commune),
    ),
    (
        "Bộ phận Một cửa cấp huyện",
        "bo-phan-mot-cua-cap-huyen",
        "Bộ phận Một cửa cấp huyện",
        Some(Level::District),
    ),
    (
        "Sở, ban, ngành tỉnh",
        "cac-so-ban-nganh-tinh",
        "Các sở, ban, ngành tỉnh",
        Some(Level::Group),
    ),
    (
        "các Sở, Ban, ngành",
        "cac-so-ban-nganh-tinh",
        "Các sở, ban, ngành tỉnh",
        Some(Level::Group),
    ),
    (
        "các đơn vị liên quan",
        "cac-don-vi-co-lien-quan",
        "Các đơn vị có liên quan",
        Some(Level::Group),
    ),
    // unknown mentions: stable id from the key, display name expanded
    ("Báo Hậu Giang", "bao-hau-giang", "Báo Hậu Giang", None),
    (
        "Tổ công tác triển khai đề án 06 cấp xã",
        "to-cong-tac-trien-khai-de-an-06-cap-xa",
        "Tổ công tác triển khai đề án 06 cấp xã",
        Some(Level::Commune),
    ),
    (
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "ban-chi-dao-chuyen-doi-so-tinh",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        Some(Level::Province),
    ),
    (
        "địa phương có thực hiện 53 dịch vụ công thiết yếu",
        "dia-phuong-co-thuc-hien-53-dich-vu-cong-thiet-yeu",
        "Địa phương có thực hiện 53 dịch vụ công thiết yếu",
        Some(Level::Group),
    ),
    (
        "tổ chức, doanh nghiệp có liên quan",
        "cac-to-chuc-doanh-nghiep-co-lien-quan",
        "Các tổ chức, doanh nghiệp có liên quan",
        Some(Level::Group),
    ),
    (
        "các cơ quan thông tấn, báo chí",
        "co-quan-thong-tan-bao-chi",
        "Các cơ quan thông tấn, báo chí",
        Some(Level::Group),
    ),
    (
        "các doanh nghiệp viễn thông trên địa bàn",
        "doanh-nghiep-vien-thong-tren-dia-ban",
        "Các doanh nghiệp viễn thông trên địa bàn",
        Some(Level::Group),
    ),
    (
        "Phòng PC06 Công an tỉnh",
        "phong-pc06-cong-an-tinh",
        "Phòng PC06 Công an tỉnh",
        Some(Level::Province),
    ),
    (
        "UBND huyện Sơn Hà",
        "ubnd-huyen-son-ha",
        "Ủy ban nhân dân huyện Sơn Hà",
        Some(Level::District),
    ),
    (
        // A registry entry since the district departments were added.
        "VP HĐND và UBND huyện",
        "van-phong-hdnd-va-ubnd-cap-huyen",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp huyện",
        Some(Level::District),
    ),
    (
        "Bộ Ngoại giao Việt Nam",
        "bo-ngoai-giao",
        "Bộ Ngoại giao",
        Some(Level::Central),
    ),
    (
        "Sở Ngoại vụ",
        "so-ngoai-vu",
        "Sở Ngoại vụ",
        Some(Level::Province),
    ),
    (
        "Sở Du lịch Quảng Nam",
        "so-du-lich",
        "Sở Du lịch",
        Some(Level::Province),
    ),
    ("**Báo** Hậu  Giang", "bao-hau-giang", "Báo Hậu Giang", None),
    ("", "unknown", "", None),
];

#[test]
fn resolve_cases() {
    let reg = Registry::embedded();
    for (mention, id, name, level) in RESOLVE_CASES {
        let got = reg.resolve(mention);
        let want = Resolved {
            id: id.to_string(),
            name: name.to_string(),
            level: *level,
        };
        assert_eq!(got, want, "resolve({mention:?})");
    }
}

#[test]
fn resolve_is_stable_across_spellings() {
    let reg = Registry::embedded();
    let groups: &[&[&str]] = &[
        &[
            "Ủy ban nhân dân tỉnh",
            "UBND tỉnh",
            "Uỷ ban nhân dân tỉnh",
            "UBND TỈNH",
            &nfd("Uỷ ban nhân dân tỉnh"),
        ],
        &[
            "Bộ phận Một cửa cấp xã",
            "Bộ phận một cửa cấp xã",
            "bộ phận  một  cửa cấp xã.",
        ],
        &[
            "Phòng Cảnh sát QLHC",
            "phòng cảnh sát qlhc",
            "Phòng  Cảnh sát QLHC;",
        ],
    ];
    for spellings in groups {
        let first = reg.resolve(spellings[0]).id;
        for s in spellings.iter() {
            assert_eq!(reg.resolve(s).id, first, "{s:?} vs {:?}", spellings[0]);
        }
    }
}

#[test]
fn registry_extend_lets_the_newcomer_win() {
    let mut reg = Registry::embedded();
    let extra = Registry::from_toml(
        r#"
[[agency]]
id = "cong-an-tinh"
name = "Công an tỉnh (Cơ quan thường trực Đề án 06)"
level = "province"
aliases = ["CAT"]

[[agency]]
name = "Trung tâm Chuyển đổi số tỉnh"
level = "province"
aliases = ["Trung tâm CĐS tỉnh"]
"#,
    )
    .expect("valid registry");
    reg.extend(extra);
    assert_eq!(
        reg.resolve("CA tỉnh").name,
        "Công an tỉnh (Cơ quan thường trực Đề án 06)"
    );
    assert_eq!(reg.resolve("CAT").id, "cong-an-tinh");
    let r = reg.resolve("Trung tâm CĐS tỉnh");
    assert_eq!(
        (r.id.as_str(), r.level),
        ("trung-tam-chuyen-doi-so-tinh", Some(Level::Province))
    );
    // ... and the grammar now knows the new name in prose.
    assert_eq!(
        support_in_text("phối hợp với Trung tâm CĐS tỉnh rà soát", &reg),
        owned(&["Trung tâm CĐS tỉnh"])
    );
}

#[test]
fn normalize_key_is_public_and_unifies_spellings() {
    let k = normalize_key("Sở Lao động - Thương binh và Xã hội");
    for v in [
        "Sở Lao động – Thương binh và Xã hội",
        "sở lao động‐thương binh và xã hội",
        "SỞ LAO ĐỘNG — THƯƠNG BINH VÀ XÃ HỘI",
        "Sở LĐ-TB&XH",
    ] {
        assert_eq!(normalize_key(v), k, "{v}");
    }
    assert_eq!(
        normalize_key("các Uỷ ban nhân dân cấp xã."),
        "ủy ban nhân dân cấp xã"
    );
    assert_eq!(normalize_key(&nfd("Khoẻ")), "khỏe");
    assert_eq!(normalize_key("Sở “Tư pháp”"), "sở tư pháp");
    assert_eq!(
        normalize_key("Công an tỉnh (Cơ quan thường trực)."),
        "công an tỉnh (cơ quan thường trực)"
    );
}

// ------------------------------------------------------------- robustness --

/// Inputs that have broken naive parsers: empty, punctuation only, unbalanced
/// parentheses, lone combining marks, multi-byte text cut anywhere.
const HOSTILE: &[&str] = &[
    "",
    " ",
    ",",
    ";;;;",
    "((((",
    "))))",
    "( các",
    "và và và",
    "các",
    "những các",
    "UBND",
    "CA",
    "-",
    "–—‐",
    ":",
    "Cơ quan thực hiện:",
    "chủ trì",
    "phối hợp với",
    "chủ trì cùng với",
    "Đề nghị",
    "\u{301}\u{301}",
    "\u{feff}Sở",
    "🙂 Sở Tư pháp 🙂",
    "Sở, , , ,ban",
    "(các",
    "Công an tỉnh (chủ trì",
    "1.",
    "a)",
    "IV.",
];

fn run_everything(input: &str, reg: &Registry) {
    let _ = split_assignment(input);
    let _ = split_list(input);
    let _ = heading_agencies(input, reg);
    let _ = support_in_text(input, reg);
    let _ = reg.resolve(input);
    let _ = normalize_key(input);
}

#[test]
fn hostile_inputs_do_not_panic() {
    let reg = Registry::embedded();
    for input in HOSTILE {
        run_everything(input, &reg);
        run_everything(&nfd(input), &reg);
    }
    let long = "Sở, ".repeat(3000);
    run_everything(&long, &reg);
    for unit in [
        "Ngành ",
        "Sở ",
        "Ban, ",
        "các ",
        "UBND các huyện, ",
        "Trung tâm Abc và ",
        "( ",
    ] {
        let long = format!("phối hợp với các cơ quan {}", unit.repeat(1000));
        run_everything(&long, &reg);
    }
    let long = "phối hợp với Công an tỉnh và ".repeat(500);
    assert_eq!(support_in_text(&long, &reg), owned(&["Công an tỉnh"]));
}

#[test]
fn every_prefix_of_a_line_is_safe() {
    let reg = Registry::embedded();
    let line = "Cơ quan thực hiện: Sở Lao động –Thương binh và Xã hội chủ trì, phối hợp với Uỷ ban nhân dân các huyện, thị xã (có liên quan); BCH Quân sự tỉnh.";
    for (cut, _) in line.char_indices() {
        run_everything(&line[..cut], &reg);
        run_everything(&line[cut..], &reg);
    }
    let decomposed = nfd(line);
    for (cut, _) in decomposed.char_indices().step_by(3) {
        run_everything(&decomposed[..cut], &reg);
    }
}

#[test]
fn corpus_lines_do_not_panic() {
    let reg = Registry::embedded();
    // The workspace's sample plans; skipped when the crate is built alone.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        for line in text.lines() {
            run_everything(line, &reg);
        }
    }
}

#[test]
fn committee_names_and_unit_heads_are_agency_headings() {
    let reg = Registry::embedded();
    for (heading, want) in [
        (
            "Ban Quản lý xây dựng nông thôn mới xã",
            vec!["Ban Quản lý xây dựng nông thôn mới xã"],
        ),
        (
            "Ban Chỉ đạo chuyển đổi số tỉnh",
            vec!["Ban Chỉ đạo chuyển đổi số tỉnh"],
        ),
        ("Vụ Giáo dục Tiểu học", vec!["Vụ Giáo dục Tiểu học"]),
        ("Hạt Quản lý đê Hải Hậu", vec!["Hạt Quản lý đê Hải Hậu"]),
        ("Đồn Biên phòng Hải Lý", vec!["Đồn Biên phòng Hải Lý"]),
    ] {
        assert_eq!(
            heading_agencies(heading, &reg),
            Some(want.iter().map(|s| s.to_string()).collect()),
            "{heading}"
        );
    }
    // "các" must be followed by a group noun.
    assert_eq!(
        heading_agencies("Các thông tin cơ bản của công dân được cập nhật", &reg),
        None
    );
    // A department's name followed by what it does is still a sentence.
    assert_eq!(
        heading_agencies(
            "Sở Kế hoạch và Đầu tư, Sở Tài chính ưu tiên bố trí kinh phí",
            &reg
        ),
        None
    );
}
