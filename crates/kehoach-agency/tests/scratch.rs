use kehoach_agency::*;
#[test]
fn scratch() {
    let reg = Registry::embedded();
    let lists = [
        "các sở, ban, ngành tỉnh (có liên quan)",
        "(các) tổ chức, doanh nghiệp có liên quan",
        "các ban, ngành, đoàn thể",
        "UBND các xã, phường, thị trấn",
        "Bộ phận Một cửa cấp huyện, cấp xã",
        "Các Sở, Ban, ngành, địa phương, tổ chức, doanh nghiệp có liên quan",
        "Sở, ban, ngành tỉnh, địa phương",
        "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình Hậu Giang và Báo Hậu Giang",
        "Sở Lao động –Thương binh và Xã hội",
        "Công an tỉnh; Văn phòng UBND tỉnh; Bảo hiểm xã hội tỉnh và các địa phương",
        "CA tỉnh, VP UBND tỉnh và BCH Quân sự tỉnh",
        "Công an tỉnh Sở Tư pháp",
        "Công an tỉnh, Viettel Hậu Giang, VNPT Hậu Giang",
        "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế",
        "Sở Tư pháp / Sở Nội vụ",
        "Uỷ ban nhân dân các huyện, thị xã, thành phố",
        "Sở LĐ-TB&XH, Sở TT&TT",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ",
        "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh",
        "các cơ quan báo chí, Đài Phát thanh - Truyền hình tỉnh",
        "",
        "   ,;. ",
        "và",
        "(",
        "Công an tỉnh (chủ trì), Sở Tư pháp",
        "Ngân hàng Nhà nước chi nhánh tỉnh, các tổ chức tín dụng trên địa bàn tỉnh",
    ];
    for l in lists { println!("LIST {l:?} -> {:?}", split_list(l)); }
    let assigns = [
        "Đề nghị Tòa án nhân dân tỉnh chủ trì, phối hợp với Công an tỉnh",
        "Công an tỉnh chủ trì; Sở Tư pháp, Sở Nội vụ phối hợp.",
        "Chủ trì: Công an tỉnh; phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh",
        "Đơn vị phối hợp: Sở Tư pháp, Công an tỉnh",
        "Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Công an tỉnh.",
        "Phối hợp với Công an tỉnh",
        "Công an tỉnh chủ trì",
        "Sở Y tế chủ trì, phối hợp chặt chẽ với Bảo hiểm xã hội tỉnh",
        "Sở Y tế chủ trì cùng với Bảo hiểm xã hội tỉnh",
        "CÔNG AN TỈNH CHỦ TRÌ, PHỐI HỢP VỚI SỞ TƯ PHÁP",
    ];
    for a in assigns { println!("ASSIGN {a:?} -> {:?}", split_assignment(a)); }
    let heads = [
        "6. Sở Tư pháp", "**9. Sở Kế hoạch và Đầu tư**", "Công an tỉnh (Cơ quan thường trực)",
        "Tổ công tác triển khai Đề án 06 tỉnh", "Kinh phí thực hiện", "Các cơ quan báo chí",
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND cấp xã", "Trách nhiệm của các cơ quan",
        "Công an tỉnh chủ trì tổ chức thực hiện", "Giám đốc các Sở", "Chế độ báo cáo", "Sở Tư pháp tỉnh Bình Định",
    ];
    for h in heads { println!("HEAD {h:?} -> {:?}", heading_agencies(h, &reg)); }
    let texts = [
        "Phối hợp, chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh thường xuyên thông tin",
        "hướng dẫn các Sở, Ban, ngành; gửi Công an tỉnh và Văn phòng UBND tỉnh",
        "phối hợp với Cục C06 hướng dẫn",
        "phối hợp với Trung tâm Phục vụ hành chính công tỉnh, Bưu điện tỉnh triển khai",
        "phối hợp với Hội Nông dân tỉnh vận động",
        "phối hợp với các doanh nghiệp viễn thông trên địa bàn tỉnh triển khai",
        "phối hợp với Ban Chỉ đạo chuyển đổi số tỉnh triển khai",
        "với sự phối hợp của Sở Tư pháp, thực hiện",
        "phối hợp thực hiện",
        "phối hợp với UBND tỉnh Gia Lai triển khai",
        "Phối hợp với Bộ Công an, Bộ Tư pháp hướng dẫn",
        "phối hợp với Đài Phát thanh và Truyền hình tỉnh, Báo Gia Lai tuyên truyền",
        "phối hợp với các cơ quan, đơn vị, địa phương liên quan",
        "phối hợp với Sở Tư pháp và Sở Nội vụ.",
        "Phối hợp với Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai kết nối",
    ];
    for t in texts { println!("TEXT {t:?} -> {:?}", support_in_text(t, &reg)); }
    let res = ["Công an tỉnh", "CA tỉnh", "Công an tỉnh Gia Lai", "Sở Thông tin và Truyền thông tỉnh", "UBND các huyện, thị xã, thành phố",
      "UBND cấp huyện", "Đài Phát thanh và Truyền hình Hậu Giang", "Báo Hậu Giang", "các đơn vị có liên quan", "Sở Lao động, Thương binh và Xã hội",
      "Tổ công tác triển khai đề án 06 cấp xã", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai", "Cục C06", "Sở Du lịch", "Sở, ban, ngành tỉnh", "Công an tỉnh tỉnh",
      "BCH Bộ đội Biên phòng tỉnh", "Uỷ ban nhân dân tỉnh", "Ban Chỉ đạo chuyển đổi số tỉnh", "VKSND tỉnh", "", "  "];
    for r in res { println!("RES {r:?} -> {:?}", reg.resolve(r)); }
    println!("{}", normalize_key("Sở Văn hóa, Thể thao và Du lịch"));
}
