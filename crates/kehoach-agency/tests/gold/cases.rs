//! Every agency string of the hand-checked gold files (fixtures/gold),
//! with the source text it was read from (corpus line given in comments).
//! Generated once from the gold files; edit by hand when the gold changes.

/// Narrative assignment lines ("Cơ quan thực hiện: ...") → (lead, support).
pub const ASSIGNMENT_GOLD: &[(&str, &[&str], &[&str])] = &[
    ("Công an tỉnh chủ trì, phối hợp với các Sở, Ban, ngành, địa phương có liên quan.", &["Công an tỉnh"], &["các Sở, Ban, ngành, địa phương có liên quan"]),
    ("Sở Tài chính chủ trì, phối hợp với Công an tỉnh và các Sở, Ban, ngành, địa phương có liên quan.", &["Sở Tài chính"], &["Công an tỉnh", "các Sở, Ban, ngành, địa phương có liên quan"]),
    ("Các Sở, Ban, ngành, địa phương phối hợp với Công an tỉnh và các đơn vị có liên quan.", &["Các Sở, Ban, ngành, địa phương"], &["Công an tỉnh", "các đơn vị có liên quan"]),
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với Công an tỉnh, các Sở, Ban, ngành, địa phương có liên quan.", &["Sở Khoa học và Công nghệ"], &["Công an tỉnh", "các Sở, Ban, ngành, địa phương có liên quan"]),
    ("Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp Công an tỉnh và các Sở, Ban, ngành, địa phương liên quan.", &["Văn phòng Ủy ban nhân dân tỉnh"], &["Công an tỉnh", "các Sở, Ban, ngành, địa phương liên quan"]),
    ("Công an tỉnh, Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương.", &["Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "các Sở, Ban, ngành, địa phương"], &[]),
    ("Công an tỉnh chủ trì phối hợp với Sở Tư pháp, Văn phòng Ủy ban nhân dân tỉnh và đơn vị có liên quan.", &["Công an tỉnh"], &["Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh", "đơn vị có liên quan"]),
    ("Công an tỉnh chủ trì phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương có dịch vụ công thiết yếu.", &["Công an tỉnh"], &["Văn phòng Ủy ban nhân dân tỉnh", "các Sở, Ban, ngành, địa phương có dịch vụ công thiết yếu"]),
    ("Các Sở, Ban, ngành, địa phương liên quan chủ trì, phối hợp với Văn phòng UBND tỉnh và Trung tâm phục vụ hành chính công tỉnh.", &["Các Sở, Ban, ngành, địa phương liên quan"], &["Văn phòng UBND tỉnh", "Trung tâm phục vụ hành chính công tỉnh"]),
    ("Văn phòng UBND tỉnh chủ trì phối hợp với Công an tỉnh, các Sở, Ban, ngành, địa phương liên quan.", &["Văn phòng UBND tỉnh"], &["Công an tỉnh", "các Sở, Ban, ngành, địa phương liên quan"]),
    ("Công an tỉnh và các cơ quan, tổ chức có liên quan.", &["Công an tỉnh", "các cơ quan, tổ chức có liên quan"], &[]),
    ("Công an tỉnh và các đơn vị liên quan.", &["Công an tỉnh", "các đơn vị liên quan"], &[]),
    ("Công an tỉnh, Tòa án nhân dân tỉnh và các đơn vị liên quan.", &["Công an tỉnh", "Tòa án nhân dân tỉnh", "các đơn vị liên quan"], &[]),
    ("Công an tỉnh, Văn phòng UBND tỉnh và các Sở, Ban, ngành, địa phương.", &["Công an tỉnh", "Văn phòng UBND tỉnh", "các Sở, Ban, ngành, địa phương"], &[]),
    ("Công an tỉnh, các doanh nghiệp và các cơ quan, tổ chức có liên quan.", &["Công an tỉnh", "các doanh nghiệp", "các cơ quan, tổ chức có liên quan"], &[]),
    ("Công an tỉnh chủ trì, phối hợp các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành tỉnh có liên quan.", &["Sở Tài chính"], &["các sở, ban, ngành tỉnh có liên quan"]),
    ("Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], &[]),
    ("Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh chủ trì phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh chủ trì phối hợp với các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã, tổ chức, doanh nghiệp có liên quan.", &["Công an tỉnh"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã", "tổ chức, doanh nghiệp có liên quan"]),
    ("Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã, tổ chức, doanh nghiệp có liên quan.", &["Sở Khoa học và Công nghệ"], &["các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã", "tổ chức, doanh nghiệp có liên quan"]),
    ("Sở Thông tin và Truyền thông tỉnh chủ trì, phối hợp Công an tỉnh và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Sở Thông tin và Truyền thông tỉnh"], &["Công an tỉnh", "các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"]),
    ("Sở Thông tin và Truyền thông tỉnh chủ trì, phối hợp Công an tỉnh và các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Sở Thông tin và Truyền thông tỉnh"], &["Công an tỉnh", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh chủ trì, phối hợp với Sở Tư pháp, Sở Thông tin và Truyền thông và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh"], &["Sở Tư pháp", "Sở Thông tin và Truyền thông", "các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"]),
    ("Sở Thông tin và Truyền thông chủ trì, phối hợp Công an tỉnh và các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Sở Thông tin và Truyền thông"], &["Công an tỉnh", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    ("Công an tỉnh và các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], &[]),
    ("Công an tỉnh và sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh", "sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"], &[]),
    ("Công an tỉnh, Tòa án nhân dân tỉnh và các sở, ban, ngành tỉnh có liên quan.", &["Công an tỉnh", "Tòa án nhân dân tỉnh", "các sở, ban, ngành tỉnh có liên quan"], &[]),
    ("Công an tỉnh, Sở Thông tin và Truyền thông và các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"], &[]),
    ("Các sở, ban, ngành tỉnh và các tổ chức, doanh nghiệp có liên quan.", &["Các sở, ban, ngành tỉnh", "các tổ chức, doanh nghiệp có liên quan"], &[]),
    ("Công an tỉnh, Bảo hiểm xã hội tỉnh.", &["Công an tỉnh", "Bảo hiểm xã hội tỉnh"], &[]),
    ("Công an tỉnh, Sở Kế hoạch và Đầu tư.", &["Công an tỉnh", "Sở Kế hoạch và Đầu tư"], &[]),
    ("Công an tỉnh, Sở Tài nguyên và Môi trường", &["Công an tỉnh", "Sở Tài nguyên và Môi trường"], &[]),
    ("Công an tỉnh, Sở Tài chính.", &["Công an tỉnh", "Sở Tài chính"], &[]),
    ("Công an tỉnh, Thanh tra tỉnh.", &["Công an tỉnh", "Thanh tra tỉnh"], &[]),
    ("Công an tỉnh, Sở Khoa học và Công nghệ", &["Công an tỉnh", "Sở Khoa học và Công nghệ"], &[]),
    ("Công an tỉnh, Sở Nội vụ.", &["Công an tỉnh", "Sở Nội vụ"], &[]),
    ("Công an tỉnh, Cục Thuế tỉnh.", &["Công an tỉnh", "Cục Thuế tỉnh"], &[]),
    ("Công an tỉnh, Sở Y tế.", &["Công an tỉnh", "Sở Y tế"], &[]),
    ("Công an tỉnh, Sở Giao thông vận tải.", &["Công an tỉnh", "Sở Giao thông vận tải"], &[]),
    ("Công an tỉnh, Sở Tư pháp.", &["Công an tỉnh", "Sở Tư pháp"], &[]),
    ("Công an tỉnh, Sở Lao động - Thương binh và Xã hội.", &["Công an tỉnh", "Sở Lao động - Thương binh và Xã hội"], &[]),
    ("Công an tỉnh, Tòa án nhân dân tỉnh.", &["Công an tỉnh", "Tòa án nhân dân tỉnh"], &[]),
    ("Công an tỉnh, Sở Giáo dục và Đào tạo.", &["Công an tỉnh", "Sở Giáo dục và Đào tạo"], &[]),
    ("Công an tỉnh, Viện kiểm sát nhân dân tỉnh.", &["Công an tỉnh", "Viện kiểm sát nhân dân tỉnh"], &[]),
    ("Công an tỉnh, Sở Nông nghiệp và Phát triển nông thôn.", &["Công an tỉnh", "Sở Nông nghiệp và Phát triển nông thôn"], &[]),
    ("Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, Bộ Chỉ huy Bộ đội biên phòng tỉnh, Cục Thi hành án dân sự tỉnh, Sở Tư pháp.", &["Công an tỉnh", "Bộ Chỉ huy quân sự tỉnh", "Bộ Chỉ huy Bộ đội biên phòng tỉnh", "Cục Thi hành án dân sự tỉnh", "Sở Tư pháp"], &[]),
    ("Công an tỉnh, Cục Thống kê tỉnh và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Công an tỉnh", "Cục Thống kê tỉnh", "các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"], &[]),
    ("Sở Thông tin và Truyền thông, Công an tỉnh và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã.", &["Sở Thông tin và Truyền thông", "Công an tỉnh", "các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"], &[]),
];

/// Table cells and "Đơn vị chủ trì:/phối hợp:" values → agencies.
pub const LIST_GOLD: &[(&str, &[&str])] = &[
    // hau-giang-de-an-06-2024:4
    ("Sở, ban, ngành tỉnh có liên quan và địa phương.", &["Sở, ban, ngành tỉnh có liên quan", "địa phương"]),
    // hau-giang-de-an-06-2024:4
    ("Văn phòng UBND tỉnh, Công an tỉnh, Sở Thông tin và Truyền thông.", &["Văn phòng UBND tỉnh", "Công an tỉnh", "Sở Thông tin và Truyền thông"]),
    // hau-giang-de-an-06-2024:8
    ("Sở, ban, ngành tỉnh, địa phương.", &["Sở, ban, ngành tỉnh", "địa phương"]),
    // hau-giang-de-an-06-2024:8
    ("Sở Thông tin và Truyền thông.", &["Sở Thông tin và Truyền thông"]),
    // hau-giang-de-an-06-2024:16
    ("Sở, ban, ngành tỉnh, địa phương có thực hiện 53 dịch vụ công thiết yếu.", &["Sở, ban, ngành tỉnh", "địa phương có thực hiện 53 dịch vụ công thiết yếu"]),
    // hau-giang-de-an-06-2024:16
    ("Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh.", &["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"]),
    // hau-giang-de-an-06-2024:20
    ("Sở, ban, ngành tỉnh.", &["Sở, ban, ngành tỉnh"]),
    // hau-giang-de-an-06-2024:24
    ("Sở Thông tin và Truyền thông, Công an tỉnh.", &["Sở Thông tin và Truyền thông", "Công an tỉnh"]),
    // hau-giang-de-an-06-2024:28
    ("Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa cấp huyện, cấp xã.", &["Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận Một cửa cấp huyện, cấp xã"]),
    // hau-giang-de-an-06-2024:28
    ("Công an tỉnh, Sở Thông tin và Truyền thông.", &["Công an tỉnh", "Sở Thông tin và Truyền thông"]),
    // hau-giang-de-an-06-2024:32
    ("Sở Thông tin và Truyền thông, Công an tỉnh, Văn phòng UBND tỉnh.", &["Sở Thông tin và Truyền thông", "Công an tỉnh", "Văn phòng UBND tỉnh"]),
    // hau-giang-de-an-06-2024:40
    ("Văn phòng UBND tỉnh, Sở Tư pháp, Công an tỉnh.", &["Văn phòng UBND tỉnh", "Sở Tư pháp", "Công an tỉnh"]),
    // hau-giang-de-an-06-2024:48
    ("Công an tỉnh, Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh.", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh"]),
    // hau-giang-de-an-06-2024:53
    ("Công an tỉnh.", &["Công an tỉnh"]),
    // hau-giang-de-an-06-2024:81
    ("Sở Lao động - Thương binh và Xã hội.", &["Sở Lao động - Thương binh và Xã hội"]),
    // hau-giang-de-an-06-2024:85
    ("Ngân hàng Nhà nước, các Ngân hàng thương mại, các tổ chức tín dụng, các doanh nghiệp viễn thông trên địa bàn.", &["Ngân hàng Nhà nước", "các Ngân hàng thương mại", "các tổ chức tín dụng", "các doanh nghiệp viễn thông trên địa bàn"]),
    // hau-giang-de-an-06-2024:90
    ("Địa phương.", &["Địa phương"]),
    // hau-giang-de-an-06-2024:94
    ("Công an tỉnh, Sở Y tế, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh.", &["Công an tỉnh", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"]),
    // hau-giang-de-an-06-2024:99
    ("Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh, Công an tỉnh.", &["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Công an tỉnh"]),
    // hau-giang-de-an-06-2024:129
    ("Các sở, ban, ngành tỉnh có liên quan.", &["Các sở, ban, ngành tỉnh có liên quan"]),
    // hau-giang-de-an-06-2024:134
    ("Sở Nội vụ.", &["Sở Nội vụ"]),
    // hau-giang-de-an-06-2024:138
    ("Công an tỉnh, Văn phòng UBND tỉnh và các sở, ban, ngành tỉnh có liên quan.", &["Công an tỉnh", "Văn phòng UBND tỉnh", "các sở, ban, ngành tỉnh có liên quan"]),
    // hau-giang-de-an-06-2024:142
    ("Sở Tài chính.", &["Sở Tài chính"]),
    // hau-giang-de-an-06-2024:146
    ("Sở Thông tin và truyền thông, Đài Phát thanh và Truyền hình Hậu Giang và Báo Hậu Giang.", &["Sở Thông tin và truyền thông", "Đài Phát thanh và Truyền hình Hậu Giang", "Báo Hậu Giang"]),
    // hau-giang-de-an-06-2024:151
    ("Công an tỉnh, Sở Thông tin và Truyền thông, Sở Tài chính và các doanh nghiệp cung ứng dịch vụ viễn thông, công nghệ thông tin trên địa bàn Tỉnh.", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính", "các doanh nghiệp cung ứng dịch vụ viễn thông, công nghệ thông tin trên địa bàn Tỉnh"]),
    // binh-dinh-qd-ubnd-2023:135
    ("Công an tỉnh", &["Công an tỉnh"]),
    // binh-dinh-qd-ubnd-2023:135
    ("Các sở, ban, ngành", &["Các sở, ban, ngành"]),
    // binh-dinh-qd-ubnd-2023:136
    ("Công an tỉnh, UBND các huyện, thị xã, thành phố", &["Công an tỉnh", "UBND các huyện, thị xã, thành phố"]),
    // binh-dinh-qd-ubnd-2023:136
    ("UBND các xã, phường, thị trấn", &["UBND các xã, phường, thị trấn"]),
    // binh-dinh-qd-ubnd-2023:137
    ("Sở Tài chính, Sở Kế hoạch và Đầu tư", &["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
    // binh-dinh-qd-ubnd-2023:137
    ("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố", &["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]),
    // binh-dinh-qd-ubnd-2023:138
    ("Văn phòng UBND tỉnh", &["Văn phòng UBND tỉnh"]),
    // binh-dinh-qd-ubnd-2023:139
    ("Sở Tài chính", &["Sở Tài chính"]),
    // binh-dinh-qd-ubnd-2023:139
    ("Các sở, ngành có liên quan", &["Các sở, ngành có liên quan"]),
    // binh-dinh-qd-ubnd-2023:143
    ("Sở Tư pháp", &["Sở Tư pháp"]),
    // binh-dinh-qd-ubnd-2023:154
    ("", &[]),
    // binh-dinh-qd-ubnd-2023:156
    ("UBND các huyện, thị xã, thành phố", &["UBND các huyện, thị xã, thành phố"]),
    // binh-dinh-qd-ubnd-2023:156
    ("Sở Tài chính, Sở Thông tin và Truyền thông", &["Sở Tài chính", "Sở Thông tin và Truyền thông"]),
    // binh-dinh-qd-ubnd-2023:157
    ("Các sở, ban, ngành, UBND các huyện, thị xã, thành phố, UBND các xã, phường, thị trấn", &["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "UBND các xã, phường, thị trấn"]),
    // binh-dinh-qd-ubnd-2023:162
    ("Sở Y tế", &["Sở Y tế"]),
    // binh-dinh-qd-ubnd-2023:162
    ("Công an tỉnh, Sở Thông tin và Truyền thông, Sở Tài chính", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính"]),
    // binh-dinh-qd-ubnd-2023:164
    ("Sở Y tế, Sở Du lịch", &["Sở Y tế", "Sở Du lịch"]),
    // binh-dinh-qd-ubnd-2023:165
    ("Sở Giáo dục và Đào tạo", &["Sở Giáo dục và Đào tạo"]),
    // binh-dinh-qd-ubnd-2023:166
    ("Sở Lao động, Thương binh và Xã hội, Bảo hiểm xã hội tỉnh", &["Sở Lao động, Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh"]),
    // binh-dinh-qd-ubnd-2023:166
    ("Ngân hàng Nhà nước tỉnh", &["Ngân hàng Nhà nước tỉnh"]),
    // binh-dinh-qd-ubnd-2023:174
    ("Sở Lao động Thương binh và Xã hội, Sở Y tế, Sở Tài nguyên và Môi trường", &["Sở Lao động Thương binh và Xã hội", "Sở Y tế", "Sở Tài nguyên và Môi trường"]),
    // binh-dinh-qd-ubnd-2023:174
    ("Công an tỉnh, UBND các huyện, thành phố, Tổ công tác triển khai đề án 06 cấp xã", &["Công an tỉnh", "UBND các huyện, thành phố", "Tổ công tác triển khai đề án 06 cấp xã"]),
    // binh-dinh-qd-ubnd-2023:175
    ("Sở Nội vụ", &["Sở Nội vụ"]),
    // binh-dinh-qd-ubnd-2023:179
    ("Sở Thông tin và Truyền thông", &["Sở Thông tin và Truyền thông"]),
    // binh-dinh-qd-ubnd-2023:179
    ("Công an tỉnh, Văn phòng UBND tỉnh, Cục thống kê, Sở Kế hoạch và Đầu tư", &["Công an tỉnh", "Văn phòng UBND tỉnh", "Cục thống kê", "Sở Kế hoạch và Đầu tư"]),
    // binh-dinh-qd-ubnd-2023:180
    ("Các cơ sở khám chữa bệnh trên địa bàn tỉnh", &["Các cơ sở khám chữa bệnh trên địa bàn tỉnh"]),
    // binh-dinh-qd-ubnd-2023:182
    ("Văn phòng UBND tỉnh, UBND các huyện, thị xã, thành phố", &["Văn phòng UBND tỉnh", "UBND các huyện, thị xã, thành phố"]),
    // binh-dinh-qd-ubnd-2023:183
    ("Công an tỉnh, Văn phòng UBND tỉnh, Sở Nội vụ", &["Công an tỉnh", "Văn phòng UBND tỉnh", "Sở Nội vụ"]),
    // binh-dinh-qd-ubnd-2023:187
    ("Sở Văn hóa và Thể thao", &["Sở Văn hóa và Thể thao"]),
    // binh-dinh-qd-ubnd-2023:187
    ("Công an tỉnh, Sở Thông tin và Truyền thông, các sở, ban, ngành", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "các sở, ban, ngành"]),
    // binh-dinh-qd-ubnd-2023:188
    ("Ban Thường vụ Tỉnh đoàn", &["Ban Thường vụ Tỉnh đoàn"]),
    // dak-nong-468-qd-ubnd-2022:606
    ("Văn phòng UBND tỉnh; các Sở, Ban, ngành, địa phương", &["Văn phòng UBND tỉnh", "các Sở, Ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:617
    ("Văn phòng UBND tỉnh, Công an tỉnh", &["Văn phòng UBND tỉnh", "Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:618
    ("Văn phòng UBND tỉnh, Công an tỉnh,", &["Văn phòng UBND tỉnh", "Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:623
    ("Công an tỉnh, Sở Tư pháp, Bảo hiểm xã hội tỉnh và các địa phương", &["Công an tỉnh", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh", "các địa phương"]),
    // dak-nong-468-qd-ubnd-2022:624
    ("Công an tỉnh, Sở Tư pháp, Sở Lao động –Thương binh và Xã hội; Bảo hiểm xã hội tỉnh và các địa phương", &["Công an tỉnh", "Sở Tư pháp", "Sở Lao động –Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh", "các địa phương"]),
    // dak-nong-468-qd-ubnd-2022:625
    ("Bảo hiểm xã hội tỉnh", &["Bảo hiểm xã hội tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:625
    ("Công an tỉnh; Văn phòng UBND tỉnh", &["Công an tỉnh", "Văn phòng UBND tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:628
    ("Sở Tài nguyên và Môi trường", &["Sở Tài nguyên và Môi trường"]),
    // dak-nong-468-qd-ubnd-2022:628
    ("Công an tỉnh; Văn phòng UBND tỉnh và địa phương", &["Công an tỉnh", "Văn phòng UBND tỉnh", "địa phương"]),
    // dak-nong-468-qd-ubnd-2022:629
    ("Sở Giao thông vận tải", &["Sở Giao thông vận tải"]),
    // dak-nong-468-qd-ubnd-2022:629
    ("Văn phòng UBND tỉnh; Công an tỉnh và địa phương", &["Văn phòng UBND tỉnh", "Công an tỉnh", "địa phương"]),
    // dak-nong-468-qd-ubnd-2022:630
    ("Công an tỉnh; Văn phòng UBND tỉnh và các địa phương", &["Công an tỉnh", "Văn phòng UBND tỉnh", "các địa phương"]),
    // dak-nong-468-qd-ubnd-2022:632
    ("Sở Lao động - Thương binh và Xã hội", &["Sở Lao động - Thương binh và Xã hội"]),
    // dak-nong-468-qd-ubnd-2022:632
    ("Công an tỉnh; Văn phòng UBND tỉnh; Bảo hiểm xã hội tỉnh và các địa phương", &["Công an tỉnh", "Văn phòng UBND tỉnh", "Bảo hiểm xã hội tỉnh", "các địa phương"]),
    // dak-nong-468-qd-ubnd-2022:633
    ("Điện lực tỉnh Đắk Nông", &["Điện lực tỉnh Đắk Nông"]),
    // dak-nong-468-qd-ubnd-2022:633
    ("Văn phòng UBND tỉnh; Công an tỉnh", &["Văn phòng UBND tỉnh", "Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:646
    ("Các Sở, Ban, ngành, địa phương liên quan", &["Các Sở, Ban, ngành, địa phương liên quan"]),
    // dak-nong-468-qd-ubnd-2022:647
    ("Các Sở, ban, ngành, địa phương", &["Các Sở, ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:659
    ("Sở khoa học và Công nghệ, Công an tỉnh", &["Sở khoa học và Công nghệ", "Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:659
    ("Các Sở, Ban, ngành, địa phương, tổ chức, doanh nghiệp có liên quan", &["Các Sở, Ban, ngành, địa phương, tổ chức, doanh nghiệp có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:661
    ("Công an tỉnh, các ngành, địa phương có liên quan", &["Công an tỉnh", "các ngành, địa phương có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:663
    ("Công an tỉnh, Văn phòng UBND tỉnh", &["Công an tỉnh", "Văn phòng UBND tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:664
    ("Văn phòng UBND tỉnh và Các Sở, Ban, ngành, địa phương liên quan", &["Văn phòng UBND tỉnh", "Các Sở, Ban, ngành, địa phương liên quan"]),
    // dak-nong-468-qd-ubnd-2022:667
    ("Các Sở, Ban, ngành, địa phương", &["Các Sở, Ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:668
    ("Các Sở, Ban, ngành", &["Các Sở, Ban, ngành"]),
    // dak-nong-468-qd-ubnd-2022:672
    ("Công an tỉnh, Tòa án nhân dân tỉnh", &["Công an tỉnh", "Tòa án nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:680
    ("Công an tỉnh, Sở Kế hoạch và Đầu tư tỉnh", &["Công an tỉnh", "Sở Kế hoạch và Đầu tư tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:680
    ("Văn phòng UBND tỉnh và các Sở, Ban, ngành, địa phương liên quan", &["Văn phòng UBND tỉnh", "các Sở, Ban, ngành, địa phương liên quan"]),
    // dak-nong-468-qd-ubnd-2022:681
    ("Công an tỉnh, Sở Tài nguyên và Môi trường", &["Công an tỉnh", "Sở Tài nguyên và Môi trường"]),
    // dak-nong-468-qd-ubnd-2022:684
    ("Công an tỉnh, Sở Tài Chính", &["Công an tỉnh", "Sở Tài Chính"]),
    // dak-nong-468-qd-ubnd-2022:685
    ("Công an tỉnh, Thanh tra tỉnh", &["Công an tỉnh", "Thanh tra tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:686
    ("Công an tỉnh, Sở Khoa học và công nghệ", &["Công an tỉnh", "Sở Khoa học và công nghệ"]),
    // dak-nong-468-qd-ubnd-2022:687
    ("Công an tỉnh, Sở Nội vụ", &["Công an tỉnh", "Sở Nội vụ"]),
    // dak-nong-468-qd-ubnd-2022:688
    ("Bộ Công an, Cục Thuế tỉnh", &["Bộ Công an", "Cục Thuế tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:689
    ("Công an tỉnh, Sở Y tế", &["Công an tỉnh", "Sở Y tế"]),
    // dak-nong-468-qd-ubnd-2022:690
    ("Công an tỉnh, Sở Giao thông vận tải", &["Công an tỉnh", "Sở Giao thông vận tải"]),
    // dak-nong-468-qd-ubnd-2022:695
    ("Công an tỉnh, Sở Tư pháp", &["Công an tỉnh", "Sở Tư pháp"]),
    // dak-nong-468-qd-ubnd-2022:696
    ("Công an tỉnh, Sở lao động – thương binh và xã hội", &["Công an tỉnh", "Sở lao động – thương binh và xã hội"]),
    // dak-nong-468-qd-ubnd-2022:697
    ("Công an tỉnh và Tòa án nhân dân tỉnh", &["Công an tỉnh", "Tòa án nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:698
    ("Công an tỉnh và Sở Giáo dục và Đào tạo", &["Công an tỉnh", "Sở Giáo dục và Đào tạo"]),
    // dak-nong-468-qd-ubnd-2022:700
    ("Công an tỉnh, Viện Kiểm sát nhân dân tỉnh", &["Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:703
    ("Công an tỉnh, Sở Nông nghiệp và phát triển nông thôn", &["Công an tỉnh", "Sở Nông nghiệp và phát triển nông thôn"]),
    // dak-nong-468-qd-ubnd-2022:704
    ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở Tư pháp", &["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp"]),
    // dak-nong-468-qd-ubnd-2022:706
    ("Công an tỉnh, Sở Kế hoạch và Đầu tư", &["Công an tỉnh", "Sở Kế hoạch và Đầu tư"]),
    // dak-nong-468-qd-ubnd-2022:707
    ("các Sở, Ban, ngành, địa phương liên quan", &["các Sở, Ban, ngành, địa phương liên quan"]),
    // gia-lai-183-kh-ubnd-2022:217
    ("Sở Thông tin và Truyền thông, các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã", &["Sở Thông tin và Truyền thông", "các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:225
    ("Công an tỉnh, Sở Thông tin và Truyền thông, UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:231
    ("Công an tỉnh, Sở Tư pháp, Bảo hiểm xã hội tỉnh và UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:232
    ("Công an tỉnh, Sở Tư pháp, Sở Lao động -Thương binh và Xã hội, Bảo hiểm Xã hội tỉnh và UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Tư pháp", "Sở Lao động -Thương binh và Xã hội", "Bảo hiểm Xã hội tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:233
    ("Công an tỉnh, Sở Thông tin và Truyền thông", &["Công an tỉnh", "Sở Thông tin và Truyền thông"]),
    // gia-lai-183-kh-ubnd-2022:234
    ("Cục Thuế tỉnh", &["Cục Thuế tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:235
    ("Công an tỉnh, Sở Thông tin và Truyền thông và UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:239
    ("Công an tỉnh, Sở Thông tin và Truyền thông, Bảo hiểm Xã hội tỉnh và UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Thông tin và Truyền thông", "Bảo hiểm Xã hội tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:240
    ("Điện lực Gia Lai", &["Điện lực Gia Lai"]),
    // gia-lai-183-kh-ubnd-2022:245
    ("Các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã", &["Các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:246
    ("Các sở, ban, ngành tỉnh có liên quan", &["Các sở, ban, ngành tỉnh có liên quan"]),
    // gia-lai-183-kh-ubnd-2022:247
    ("Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã", &["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:254
    ("Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã tổ chức, doanh nghiệp có liên quan", &["Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã", "tổ chức, doanh nghiệp có liên quan"]),
    // gia-lai-183-kh-ubnd-2022:255
    ("Sở Khoa học và Công nghệ", &["Sở Khoa học và Công nghệ"]),
    // gia-lai-183-kh-ubnd-2022:257
    ("Sở Thông tin và Truyền thông, Công an tỉnh", &["Sở Thông tin và Truyền thông", "Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:259
    ("Công an tỉnh, Sở Tư pháp, Sở Thông tin và Truyền thông, UBND cấp huyện, UBND cấp xã", &["Công an tỉnh", "Sở Tư pháp", "Sở Thông tin và Truyền thông", "UBND cấp huyện", "UBND cấp xã"]),
    // gia-lai-183-kh-ubnd-2022:268
    ("Các sở, ban, ngành tỉnh và các tổ chức, doanh nghiệp có liên quan", &["Các sở, ban, ngành tỉnh", "các tổ chức, doanh nghiệp có liên quan"]),
    // gia-lai-183-kh-ubnd-2022:273
    ("Công an tỉnh, Bảo hiểm xã hội tỉnh", &["Công an tỉnh", "Bảo hiểm xã hội tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:276
    ("Công an tỉnh, Sở Tài chính", &["Công an tỉnh", "Sở Tài chính"]),
    // gia-lai-183-kh-ubnd-2022:278
    ("Công an tỉnh, Sở Khoa học và Công nghệ", &["Công an tỉnh", "Sở Khoa học và Công nghệ"]),
    // gia-lai-183-kh-ubnd-2022:280
    ("Công an tỉnh, Cục thuế tỉnh", &["Công an tỉnh", "Cục thuế tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:284
    ("Công an tỉnh, Sở Lao động - Thương binh và Xã hội", &["Công an tỉnh", "Sở Lao động - Thương binh và Xã hội"]),
    // gia-lai-183-kh-ubnd-2022:287
    ("Công an tỉnh, Sở Giáo dục và Đào tạo", &["Công an tỉnh", "Sở Giáo dục và Đào tạo"]),
    // gia-lai-183-kh-ubnd-2022:289
    ("Công an tỉnh, Viện kiểm sát nhân dân tỉnh", &["Công an tỉnh", "Viện kiểm sát nhân dân tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:291
    ("Công an tỉnh, Sở Nông nghiệp và Phát triển nông thôn", &["Công an tỉnh", "Sở Nông nghiệp và Phát triển nông thôn"]),
    // gia-lai-183-kh-ubnd-2022:292
    ("Công an tỉnh, BCH Quân sự tỉnh, BCH Bộ đội Biên phòng tỉnh, Sở Tư pháp, Cục Thi hành án dân sự tỉnh", &["Công an tỉnh", "BCH Quân sự tỉnh", "BCH Bộ đội Biên phòng tỉnh", "Sở Tư pháp", "Cục Thi hành án dân sự tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:294
    ("Công an tỉnh, Cục Thống kê tỉnh", &["Công an tỉnh", "Cục Thống kê tỉnh"]),
];

/// Responsibility items → supporting agencies named in the text.
pub const SUPPORT_GOLD: &[(&str, &[&str])] = &[
    // binh-dinh-qd-ubnd-2023:88
    ("Thông tin, tuyên truyền, quán triệt việc thực hiện Kế hoạch này gắn với công tác triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 23 tháng 02 năm 2023 của Thủ tướng Chính phủ và Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2023, định hướng đến năm 2025.", &[]),
    // binh-dinh-qd-ubnd-2023:90
    ("Các cơ quan, đơn vị cấp tỉnh xây dựng, ban hành kế hoạch riêng hoặc lồng ghép trong kế hoạch cải cách hành chính hằng năm (riêng Ủy ban nhân dân các huyện, thị xã, thành phố ban hành Kế hoạch riêng) và xây dựng dự toán kinh phí, ưu tiên bố trí nhân lực, cơ sở vật chất đảm bảo cho việc tổ chức triển khai thực hiện đầy đủ các nhiệm vụ được giao. Hoàn thành trong tháng 3 năm 2023.", &[]),
    // binh-dinh-qd-ubnd-2023:92
    ("Phối hợp với Sở Thông tin và Truyền thông và các đơn vị có liên quan tiến hành rà soát, bổ sung, nâng cấp trang thiết bị hạ tầng công nghệ thông tin tại cơ quan, đơn vị và Bộ phận một cửa các cấp đảm bảo điều kiện cần thiết phục vụ cho công tác giải quyết thủ tục hành chính trên môi trường điện tử có sử dụng dữ liệu quốc gia về dân cư và thực hiện các nhiệm vụ khác của Đề án 06.", &["Sở Thông tin và Truyền thông", "các đơn vị có liên quan"]),
    // binh-dinh-qd-ubnd-2023:94
    ("Trên cơ sở nhu cầu thực tế, chủ động phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông báo cáo, đề xuất các Bộ, ngành chức năng ở Trung ương hỗ trợ việc kết nối, tích hợp, chia sẻ các cơ sở dữ liệu chuyên ngành với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh để phục vụ chia sẻ thông tin cung cấp dịch vụ công trực tuyến đảm bảo tiết kiệm, hiệu quả, nhanh chóng, thuận lợi cho người dân, doanh nghiệp.", &["Văn phòng Ủy ban nhân dân tỉnh", "Sở Thông tin và Truyền thông"]),
    // binh-dinh-qd-ubnd-2023:96
    ("Kịp thời động viên, biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc với mô hình mới, cách làm hay, sáng tạo, triển khai thực hiện hiệu quả các nội dung nhiệm vụ tại Kế hoạch này. Đồng thời, xem xét trách nhiệm các cá nhân, tổ chức không hoàn thành hoặc hoàn thành chậm, muộn tiến độ các nhiệm vụ được giao.", &[]),
    // binh-dinh-qd-ubnd-2023:98
    ("Định kỳ vào ngày 15 hàng tháng gửi báo cáo tình hình thực hiện Kế hoạch này về Tổ giúp việc Đề án 06 của tỉnh (qua Phòng Cảnh sát Quản lý hành chính về trật tự xã hội thuộc Công an tỉnh – email: [dean06@binhdinh.gov.vn](mailto:dean06@binhdinh.gov.vn)).", &[]),
    // binh-dinh-qd-ubnd-2023:102
    ("Thực hiện đầy đủ nhiệm vụ của Cơ quan thường trực Ban Chỉ đạo thực hiện Đề án 06 của tỉnh; chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các cơ quan liên quan tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; thường xuyên trao đổi với Cục C06 (Trung tâm dữ liệu quốc gia về dân cư), Bộ Công an, kịp thời tham mưu Ban Chỉ đạo thực hiện Đề án 06 của tỉnh xem xét, giải quyết, tháo gỡ các khó khăn, vướng mắc phát sinh (nếu có).", &["Văn phòng Ủy ban nhân dân tỉnh", "các cơ quan liên quan"]),
    // binh-dinh-qd-ubnd-2023:104
    ("Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các cơ quan, đơn vị liên quan xây dựng dự toán kinh phí cho việc tổ chức triển khai thực hiện Kế hoạch này.", &["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "các cơ quan, đơn vị liên quan"]),
    // binh-dinh-qd-ubnd-2023:106
    ("Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tham mưu thực hiện chế độ báo cáo định kỳ cho Văn phòng Chính phủ, Bộ Công an về tình hình, kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh; tham mưu công tác sơ kết, tổng kết việc tổ chức triển khai thực hiện Kế hoạch này.", &["Văn phòng Ủy ban nhân dân tỉnh"]),
    // binh-dinh-qd-ubnd-2023:110
    ("Phối hợp với các cơ quan chức năng liên quan thường xuyên rà soát, cập nhật, bổ sung, tối ưu hóa các chức năng khai thác, sử dụng thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư thông qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh phục vụ cho công tác giải quyết thủ tục hành chính đáp ứng yêu cầu đẩy mạnh cải cách hành chính gắn với chuyển đổi số.", &["các cơ quan chức năng liên quan"]),
    // binh-dinh-qd-ubnd-2023:112
    ("Phối hợp với Công an tỉnh trong việc tham mưu công tác theo dõi, quản lý, đôn đốc, kiểm tra, báo cáo, sơ kết, tổng kết việc triển khai thực hiện Kế hoạch này.", &["Công an tỉnh"]),
    // binh-dinh-qd-ubnd-2023:116
    ("Phối hợp với Công an tỉnh và các cơ quan, đơn vị liên quan tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này đảm bảo thống nhất, đồng bộ với việc thực hiện Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2023, định hướng đến năm 2025.", &["Công an tỉnh", "các cơ quan, đơn vị liên quan"]),
    // binh-dinh-qd-ubnd-2023:118
    ("Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh và các đơn vị trong công tác kiểm tra, đánh giá an ninh mạng, an toàn thông tin các hệ thống thông tin của tỉnh theo hướng dẫn, yêu cầu của Bộ Thông tin và Truyền thông, Bộ Công an đảm bảo cho việc khai thác Cơ sở dữ liệu quốc gia về dân cư.", &["Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "các đơn vị"]),
    // binh-dinh-qd-ubnd-2023:120
    ("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan bảo đảm trang thiết bị hạ tầng công nghệ thông tin, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh; đảm bảo việc kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ổn định. Phối hợp với Công an tỉnh giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", &["các cơ quan, đơn vị liên quan", "Công an tỉnh"]),
    // binh-dinh-qd-ubnd-2023:122
    ("Phối hợp, chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh thường xuyên thông tin, tuyên truyền về tình hình, kết quả thực hiện các nội dung tại Kế hoạch này.", &[]),
    // binh-dinh-qd-ubnd-2023:126
    ("Phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí để triển khai thực hiện Kế hoạch này; hướng dẫn các cơ quan, đơn vị lập dự toán, bố trí và sử dụng kinh phí theo quy định của pháp luật về ngân sách nhà nước. Trong quá trình triển khai thực hiện có vướng mắc phát sinh, các cơ quan, đơn vị, địa phương kịp thời phản ánh thông tin cho Tổ giúp việc Ban Chỉ đạo thực hiện Đề án 06 của tỉnh (qua Phòng Cảnh sát quản lý hành chính về trật tự xã hội thuộc Công an tỉnh – email: [dean06@binhdinh.gov.vn](mailto:dean06@binhdinh.gov.vn)) để tổng hợp, báo cáo Ban Chỉ đạo xem xét theo quy định./.", &["các cơ quan liên quan"]),
    // dak-nong-468-qd-ubnd-2022:415
    ("Chủ trì phối hợp với Văn phòng Ủy ban nhân dân tỉnh tổ chức triển khai, hướng dẫn các Sở, Ban, ngành, địa phương triển khai các nhiệm vụ của Ủy ban nhân dân theo Đề án.", &["Văn phòng Ủy ban nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:417
    ("Phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương hướng dẫn triển khai kết nối, khai thác, chia sẻ dữ liệu dân cư giữa Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính.", &["Văn phòng Ủy ban nhân dân tỉnh", "các Sở, Ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:419
    ("Chủ trì cùng với Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương triển khai kết nối, tích hợp hệ thống định danh và xác thực điện tử với Cổng Dịch vụ công tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính.", &["Văn phòng Ủy ban nhân dân tỉnh", "các Sở, Ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:421
    ("Phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các huyện, thành phố triển khai xây dựng, cung cấp nhóm dịch vụ công: hai nhóm thủ tục hành chính liên thông: đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí và các thủ tục hành chính khác có liên quan.", &["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh", "Ủy ban nhân dân các huyện, thành phố"]),
    // dak-nong-468-qd-ubnd-2022:425
    ("Phối hợp với Sở Nội vụ kết nối, khai thác, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức; tích hợp thông tin về cán bộ, công chức, viên chức trên thẻ Căn cước công dân.", &["Sở Nội vụ"]),
    // dak-nong-468-qd-ubnd-2022:427
    ("Phối hợp với Sở Tư pháp chủ trì đánh giá rà soát các văn bản pháp luật để triển khai thực hiện tích hợp thông tin các giấy tờ cá nhân vào thẻ Căn cước công dân gắn chíp.", &["Sở Tư pháp"]),
    // dak-nong-468-qd-ubnd-2022:429
    ("Chủ trì phối hợp với các Sở, Ban, ngành, địa phương triển khai hiệu quả Quyết định số 1911/QĐ-TTg ngày 15 tháng 11 năm 2021 của Thủ tướng Chính phủ về việc thực hiện kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành.", &["các Sở, Ban, ngành, địa phương"]),
    // dak-nong-468-qd-ubnd-2022:431
    ("Tham mưu cho Ban Chỉ đạo an toàn, an ninh mạng tỉnh chỉ đạo các Sở, Ban, ngành, địa phương bảo đảm an toàn, an ninh thông tin và trong thực hiện chuyển đổi số, xây dựng Chính phủ điện tử, chính quyền điện tử, đặc biệt là công tác bảo đảm an ninh, an toàn thông tin và bảo vệ bí mật nhà nước.", &[]),
    // dak-nong-468-qd-ubnd-2022:433
    ("Chủ trì, phối hợp với các đơn vị liên quan thực hiện các nhiệm vụ tại Phụ lục kèm theo Đề án.", &["các đơn vị liên quan"]),
    // dak-nong-468-qd-ubnd-2022:435
    ("Tham gia xây dựng, nâng cấp, mở rộng đầu tư hạ tầng công nghệ thông tin của các hệ thống Cơ sở dữ liệu quốc gia về dân cư, Căn cước công dân, định danh và xác thực điện tử, chứng thực chữ ký số để đảm bảo thực hiện các mục tiêu của Đề án. Trong đó, chú trọng vào việc đầu tư mở rộng cho việc thu thập, quản lý toàn diện sinh trắc học về con người để phù hợp với xu hướng và hiệu quả quản lý dân cư.", &[]),
    // dak-nong-468-qd-ubnd-2022:437
    ("Tham gia xây dựng và triển khai giải pháp hỗ trợ các Sở, Ban, ngành chưa có cơ sở dữ liệu có thể lưu chung vào Cơ sở dữ liệu về dân cư và Sở Tư pháp dùng chung hạ tầng của ngành Công an trong việc đăng ký khai sinh, cấp số định danh cá nhân tại cấp xã bảo đảm đồng bộ, hiệu quả.", &[]),
    // dak-nong-468-qd-ubnd-2022:439
    ("Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu báo cáo đề xuất Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư.", &["Sở Tài Chính", "Sở Thông tin và Truyền thông"]),
    // dak-nong-468-qd-ubnd-2022:441
    ("Đôn đốc các Sở, Ban, ngành, địa phương tổ chức triển khai các nhiệm vụ theo Kế hoạch này. Hàng tháng, tổng hợp tình hình kết quả thực hiện trên địa bàn tỉnh để kịp thời chỉ đạo tháo gỡ những khó khăn, vướng mắc trong quá trình triển khai thực hiện tại địa phương.", &[]),
    // dak-nong-468-qd-ubnd-2022:445
    ("Thủ trưởng các Sở, Ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố trực tiếp chỉ đạo triển khai thực hiện có hiệu quả, bảo đảm đúng tiến độ theo Kế hoạch đã đề ra, chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả triển khai.", &[]),
    // dak-nong-468-qd-ubnd-2022:449
    ("Trên cơ sở các chỉ tiêu, nhiệm vụ, giải pháp nêu tại Kế hoạch này, xây dựng Kế hoạch triển khai thực hiện gửi Công an tỉnh và Văn phòng Ủy ban nhân dân tỉnh trước ngày 20/3/2022 để theo dõi, phối hợp thực hiện hoặc lồng ghép các chỉ tiêu, nhiệm vụ, giải pháp vào kế hoạch tổng thể giai đoạn của Sở, Ban, ngành, địa phương để triển khai thực hiện, bảo đảm hiệu quả, đáp ứng yêu cầu, tiến độ được giao.", &[]),
    // dak-nong-468-qd-ubnd-2022:451
    ("Chủ động phối hợp với Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh và các đơn vị có liên quan tiến hành rà soát, nâng cấp hạ tầng công nghệ thông tin; tích hợp, cung cấp 100% các dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia trong năm 2022.", &["Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "các đơn vị có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:453
    ("Trên cơ sở nhu cầu thực tế, chủ động phối hợp với Công an tỉnh báo cáo bộ, ngành ở Trung ương và UBND tỉnh về tình hình thực hiện kết nối, tích hợp, chia sẻ cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư bảo đảm hiệu quả trong khai thác, tiết kiệm trong thực hiện, tránh lãng phí.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:455
    ("Chủ động cân đối, bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc tổ chức thực hiện nhiệm vụ được giao.", &[]),
    // dak-nong-468-qd-ubnd-2022:457
    ("Triển khai cập nhật, chuẩn hóa danh mục tài liệu, hồ sơ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; rà soát, tái cấu trúc quy trình, điện tử hóa mẫu đơn, tờ khai, kết quả giải quyết thủ tục hành chính.", &[]),
    // dak-nong-468-qd-ubnd-2022:459
    ("Tiếp tục thực hiện và đề xuất đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết các thủ tục hành chính và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trong tiếp nhận, giải quyết thủ tục hành chính theo đúng quy định tại Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Thủ tướng Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.", &[]),
    // dak-nong-468-qd-ubnd-2022:461
    ("Tổ chức thực hiện có hiệu quả chỉ đạo của Chính phủ, của Ủy ban nhân dân tỉnh về đơn giản hóa các thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi chức năng quản lý của cơ quan, đơn vị.", &[]),
    // dak-nong-468-qd-ubnd-2022:463
    ("Phối hợp chặt chẽ với Công an tỉnh bảo đảm an ninh, trật tự, an ninh thông tin trong quá trình thực hiện chuyển đổi số trên địa bàn tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:465
    ("Định kỳ ngày 18 hàng tháng báo cáo tình hình, kết quả thực hiện theo chức năng, nhiệm vụ được giao về Văn phòng Ủy ban nhân dân tỉnh và Công an tỉnh để tổng hợp báo cáo Thủ tướng Chính phủ. Qua địa chỉ Email: cchc.congandaknong@gmail.com; số điện thoại: 1900888848. Tổ công tác thực hiện Đề án của tỉnh tham mưu Chủ tịch Ủy ban nhân dân tỉnh báo cáo kết quả về Văn phòng Chính phủ và Bộ Công an trước ngày 22 hàng tháng.", &[]),
    // dak-nong-468-qd-ubnd-2022:469
    ("Chủ trì, phối hợp với Công an tỉnh hướng dẫn các Sở, Ban, ngành, địa phương thực hiện tích hợp, kết nối và chia sẻ dữ liệu dân cư giữa Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công tỉnh phục vụ xác thực, chia sẻ thông tin công dân khi thực hiện thủ tục hành chính theo nguyên tắc không yêu cầu khai báo lại các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:471
    ("Chủ trì cùng với Công an tỉnh triển khai kết nối, tích hợp xác thực, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử do Bộ Công an cung cấp với Cổng Dịch vụ công tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:473
    ("Chủ trì cùng với Công an tỉnh triển khai tích hợp hệ thống định danh và xác thực điện tử qua nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia để sử dụng tài khoản định danh và xác thực điện tử đối với Cổng Dịch vụ công tỉnh và các cơ sở dữ liệu, hệ thống thông tin khác.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:475
    ("Triển khai hướng dẫn chuẩn hóa danh mục tài liệu, quy trình, mã số của giấy tờ số hóa để chia sẻ giữa Cổng Dịch vụ công tỉnh và các cơ sở dữ liệu, hệ thống thông tin khác.", &[]),
    // dak-nong-468-qd-ubnd-2022:477
    ("Triển khai thực hiện chuẩn hóa, tái cấu trúc quy trình nghiệp vụ (đơn giản hóa biểu mẫu, giấy tờ) các thủ tục hành chính khi đã kết nối với Cơ sở dữ liệu quốc gia về dân cư; việc tích hợp, kết nối, chia sẻ dữ liệu với Trung tâm thông tin, chỉ đạo điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh hỗ trợ Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh ra quyết định và tương tác trực tuyến với các Sở, Ban, ngành, địa phương.", &[]),
    // dak-nong-468-qd-ubnd-2022:479
    ("Đôn đốc, hướng dẫn các Sở, Ban, ngành, địa phương thực hiện việc đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính theo quy định tại Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 và Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021.", &[]),
    // dak-nong-468-qd-ubnd-2022:483
    ("Chủ trì, phối hợp với Công an tỉnh và các đơn vị có liên quan triển khai kết nối, khai thác dữ liệu Cơ sở dữ liệu hộ tịch điện tử toàn quốc với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực hộ tịch phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh", "các đơn vị có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:487
    ("Phối hợp với Công an tỉnh trong việc kết nối Cơ sở dữ liệu quốc gia cán bộ, công chức, viên chức kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:489
    ("Chủ trì phối hợp với Công an tỉnh khai thác, tận dụng thông tin từ Cơ sở dữ liệu quốc gia về dân cư bảo đảm tránh thu thập trùng lặp nhiều thông tin để phục vụ quản lý cán bộ, công chức, viên chức của các cơ quan nhà nước các cấp; trao đổi thông tin, dữ liệu về cán bộ, công chức, viên chức với Công an tỉnh để tích hợp vào thẻ Căn cước công dân, ứng dụng VNEID.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:495
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về doanh nghiệp với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực doanh nghiệp phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:499
    ("Chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh và các Sở, Ban, ngành có liên quan dự trù kinh phí, báo cáo Chủ tịch Ủy ban nhân dân tỉnh cấp kinh phí thường xuyên trong dự toán ngân sách nhà nước hằng năm để triển khai thực hiện Đề án.", &["Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "các Sở, Ban, ngành có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:501
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về tài chính với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:503
    ("Lập dự toán kinh phí hằng năm trình cấp có thẩm quyền bố trí kinh phí theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành.", &[]),
    // dak-nong-468-qd-ubnd-2022:507
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về thuế với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:511
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, sử dụng Cơ sở dữ liệu quốc gia về dân cư trong xây dựng Cơ sở dữ liệu về đất đai (về chủ sử dụng đất) và các cơ sở dữ liệu tài nguyên môi trường khác (thông tin liên quan đến công dân). Kết nối, khai thác Cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực đất đai phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:515
    ("Chủ trì, phối hợp với Công an tỉnh và các đơn vị có liên quan hoàn thiện hồ sơ, tài liệu kỹ thuật liên quan đến việc kết nối, chia sẻ các hệ thống thông tin dùng chung với Cơ sở dữ liệu quốc gia về dân cư, phục vụ công tác kiểm tra, đánh giá an ninh mạng, an toàn thông tin các hệ thống thông tin của địa phương theo hướng dẫn, yêu cầu của Bộ Thông tin và Truyền thông, Bộ Công an.", &["Công an tỉnh", "các đơn vị có liên quan"]),
    // dak-nong-468-qd-ubnd-2022:517
    ("Bảo đảm hạ tầng kỹ thuật, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); bảo đảm việc kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ổn định; kịp thời tổ chức triển khai nâng cấp, hoàn thiện các hệ thống thông tin dùng chung khác có nhu cầu kết nối với Cơ sở dữ liệu quốc gia về dân cư nhằm đáp ứng yêu cầu kết nối, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính, công tác quản lý nhà nước và phát triển kinh tế - xã hội trên địa bàn tỉnh.", &[]),
    // dak-nong-468-qd-ubnd-2022:523
    ("Điều phối, đôn đốc, đánh giá, kiểm tra việc thực hiện kết nối, chia sẻ dữ liệu, sự tuân thủ quy định về kết nối, chia sẻ dữ liệu của các Sở, Ban, ngành, địa phương theo Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước.", &[]),
    // dak-nong-468-qd-ubnd-2022:525
    ("Phối hợp với Công an tỉnh giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:529
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh hỗ trợ phục vụ các giao dịch hành chính công, thương mại điện tử phục vụ tốt hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:533
    ("Cung cấp chữ số chuyên dùng cho cơ quan, cán bộ, chiến sĩ khi tham gia vào Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh.", &[]),
    // dak-nong-468-qd-ubnd-2022:535
    ("Phối hợp cung cấp mật mã bảo đảm xác thực, bảo mật cho các hệ thống thông tin phục vụ giải quyết thủ tục hành chính.", &[]),
    // dak-nong-468-qd-ubnd-2022:537
    ("Phối hợp tham gia giám sát, bảo đảm an toàn, bảo mật cho các hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.", &[]),
    // dak-nong-468-qd-ubnd-2022:541
    ("Phối hợp với Công an tỉnh tích hợp dữ liệu tiêm chủng phòng ngừa Covid-19, người bị nhiễm virus đã khỏi bệnh, kết quả xét nghiệm theo Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021 của Chính phủ.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:545
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu giấy phép lái xe, đăng kiểm phương tiện với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực giao thông, vận tải phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch UBND tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:549
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thuộc phạm vi quản lý nhà nước của Sở Giáo dục và Đào tạo với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh trong giải quyết thủ tục hành chính lĩnh vực Giáo dục và Đào tạo phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:555
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu cơ sở dữ liệu an sinh xã hội của người dân với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực Lao động - Thương binh và Xã hội phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:559
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu cơ sở dữ liệu quốc gia về khoa học và công nghệ với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh trong lĩnh vực khoa học và công nghệ phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:561
    ("Phối hợp với Công an tỉnh triển khai các nhiệm vụ khoa học về nghiên cứu, chuyên gia công nghệ liên quan đến nền dữ liệu dân cư, định danh điện tử của Bộ Công an khi được Ủy ban nhân dân tỉnh đưa vào danh mục các nhiệm vụ khoa học và công nghệ hằng năm.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:565
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu chuyên ngành nông nghiệp và phát triển nông thôn (như: Kiểm soát thiệt hại sau mưa bão, di dân phòng, chống thiên tai...) với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực Nông nghiệp và Phát triển nông thôn phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:569
    ("Phối hợp với Công an tỉnh kết nối, khai thác hệ thống định danh và xác thực điện tử, Cơ sở dữ liệu quốc gia về dân cư, phát triển và sử dụng các ứng dụng trên thẻ Căn cước công dân và ứng dụng VNEID trên nền tảng công nghệ sinh trắc học để cung cấp các dịch vụ định danh, xác thực điện tử trong thanh toán, mở tài khoản... tạo thuận lợi cho người dân và doanh nghiệp tiếp cận các dịch vụ tài chính, thúc đẩy quá trình chuyển đổi số trong ngành Ngân hàng và phục vụ các hoạt động chỉ đạo, điều hành của Ngân hàng Nhà nước Việt Nam.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:573
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác cơ sở dữ liệu quốc gia về khiếu nại, tố cáo với Cơ sở dữ liệu quốc gia về dân cư phục vụ xác thực, xác minh thông tin công dân thực hiện khiếu nại, tố cáo.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:577
    ("Chủ trì, phối hợp với Công an tỉnh phản ánh với Bảo hiểm xã hội Việt Nam hiệu chỉnh dữ liệu Cơ sở quốc gia về Bảo hiểm đảm bảo trùng khớp với Cơ sở dữ liệu quốc gia về dân cư khi có phát hiện thông tin không trùng khớp dữ liệu, bảo đảm tiêu chí làm giàu Cơ sở dữ liệu quốc gia về dân cư. Là đầu mối xử lý các sự cố liên quan đến việc giải quyết thủ tục hành chính trong lĩnh vực Bảo hiểm xã hội, phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:583
    ("Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thông tin Quyết định thi hành các biện pháp ngăn chặn đối với công dân đang trong quá trình điều tra; Cơ sở dữ liệu thống kê tư pháp, thống kê tội phạm; các Cơ sở dữ liệu khác liên quan đến công tác trong ngành với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực kiểm sát phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:587
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thông tin cơ sở dữ liệu công bố bản án, quyết định của Tòa án với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh trong lĩnh vực tư pháp phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", &["Công an tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:591
    ("Chủ trì, phối hợp với Công an tỉnh khai thác Cơ sở dữ liệu quốc gia về dân cư phục vụ tổng hợp, thống kê, tổng điều tra dân số và nhà ở nhằm giảm chi phí từ nguồn ngân sách nhà nước. Quá trình thực hiện có khó khăn, vướng mắc các Sở, Ban, ngành và các địa phương kịp thời báo cáo về Ủy ban nhân dân tỉnh (qua Công an tỉnh) để được chỉ đạo, xử lý kịp thời. / ngân ---", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:163
    ("Giám đốc các Sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố trực tiếp chỉ đạo triển khai các nhiệm vụ được giao tại Kế hoạch, bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc tổ chức thực hiện và chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả triển khai. Trên cơ sở các chỉ tiêu, nhiệm vụ, giải pháp nêu tại Kế hoạch này, xây dựng Kế hoạch triển khai thực hiện gửi UBND tỉnh (qua Công an tỉnh) để theo dõi, phối hợp thực hiện; đồng thời, lồng ghép các chỉ tiêu, nhiệm vụ, giải pháp vào kế hoạch tổng thể giai đoạn của sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố để triển khai thực hiện, đảm bảo hiệu quả, đáp ứng yêu cầu tiến độ được giao.", &[]),
    // gia-lai-183-kh-ubnd-2022:165
    ("Rà soát nâng cấp, hoàn thiện cơ sở hạ tầng công nghệ thông tin; nâng cấp hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh, cấp huyện, cấp xã trên cơ sở hợp nhất Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử của sở, ngành, UBND cấp huyện, UBND cấp xã; tích hợp, cung cấp 100% các dịch vụ công trực tuyến trên Cổng Dịch vụ công của tỉnh trong năm 2022.", &[]),
    // gia-lai-183-kh-ubnd-2022:166
    ("Thực hiện việc kết nối, tích hợp, chia sẻ cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, Hệ thống thông tin cung cấp dịch vụ công của sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh và làm giàu cơ sở dữ liệu quốc gia về dân cư phục vụ công tác chỉ đạo, điều hành.", &[]),
    // gia-lai-183-kh-ubnd-2022:167
    ("Thực hiện việc đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trong tiếp nhận, giải quyết thủ tục hành chính theo đúng quy định tại Quyết định số 468/QĐ-TTg ngày 27/3/2021, Nghị định số 107/2021/NĐ-CP 06/12/2021 và Quyết định số 258/QĐ-UBND ngày 29/4/2021 của UBND tỉnh. Phối hợp chặt chẽ với Công an tỉnh trong bảo đảm an ninh, trật tự, an ninh thông tin trong quá trình chuyển đổi số.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:168
    ("Tổ chức thực hiện các Nghị quyết của Chính phủ về đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi chức năng quản lý của cơ quan, đơn vị, địa phương mình; rà soát, tái cấu trúc quy trình, điện tử hóa mẫu đơn, tờ khai, kết quả giải quyết thủ tục hành chính. Hoàn thiện các thủ tục hành chính, quy trình xử lý thủ tục hành chính có liên quan đến lĩnh vực phụ trách; hoàn thành cơ sở dữ liệu chuyên ngành, đảm bảo đúng, đủ khi kết nối, chia sẻ với dữ liệu quốc gia về dân cư.", &[]),
    // gia-lai-183-kh-ubnd-2022:169
    ("Định kỳ trước ngày 15 hàng tháng báo cáo tình hình, kết quả thực hiện Kế hoạch theo chức năng, nhiệm vụ được giao về Công an tỉnh để tổng hợp, báo cáo Văn phòng Chính phủ, Bộ Công an, UBND tỉnh.", &[]),
    // gia-lai-183-kh-ubnd-2022:170
    ("Phối hợp với Công an tỉnh tỉnh tổ chức triển khai, hướng dẫn các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã triển khai các nhiệm vụ được giao trong Kế hoạch và các Phụ lục kèm theo; cập nhật, chuẩn hóa danh mục tài liệu, hồ sơ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính theo hướng dẫn của Văn phòng Chính phủ.", &["Công an tỉnh tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:171
    ("Chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức triển khai, hướng dẫn các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã triển khai các nhiệm vụ được giao trong Kế hoạch và các Phụ lục kèm theo. Tham mưu UBND tỉnh chỉ đạo các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã bảo đảm an toàn, an ninh thông tin, bảo vệ bí mật Nhà nước trong thực hiện chuyển đổi số, xây dựng chính quyền điện tử.", &["Văn phòng UBND tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:172
    ("Chủ trì, phối hợp với Sở Thông tin và Truyền thông và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã kết nối, tích hợp Hệ thống định danh và xác thực điện tử với Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp cấp tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính. Phối hợp Sở Thông tin và Truyền thông, Sở Tư pháp, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và UBND các huyện, thị xã, thành phố triển khai, cung cấp nhóm dịch vụ công: Hai nhóm thủ tục hành chính liên thông gồm đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí và các thủ tục hành chính khác có liên quan.", &["Sở Thông tin và Truyền thông", "các sở, ban, ngành tỉnh có liên quan", "UBND cấp huyện", "UBND cấp xã", "Sở Tư pháp", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội tỉnh", "UBND các huyện, thị xã, thành phố"]),
    // gia-lai-183-kh-ubnd-2022:173
    ("Phối hợp các sở, ban, ngành tỉnh có liên quan trong triển khai kết nối, chia sẻ, khai thác dữ liệu với Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu chuyên ngành. Tiếp tục phối hợp xây dựng, triển khai hạ tầng Công nghệ thông tin của các Hệ thống Cơ sở dữ liệu quốc gia về dân cư, Căn cước công dân, định danh và xác thực điện tử, chứng thực chữ ký số để đảm bảo thực hiện các mục tiêu của Kế hoạch; chú trọng mở rộng thu thập thông tin sinh trắc học về con người để phù hợp với xu hướng và hiệu quả quản lý dân cư.", &["các sở, ban, ngành tỉnh có liên quan"]),
    // gia-lai-183-kh-ubnd-2022:174
    ("Thúc đẩy triển khai Quyết định số 1911/QĐ-TTg ngày 15/11/2021 của Thủ tướng Chính phủ về việc thực hiện kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành.", &[]),
    // gia-lai-183-kh-ubnd-2022:175
    ("Khẩn trương triển khai các giải pháp hỗ trợ các sở, ban, ngành tỉnh chưa có cơ sở dữ liệu có thể lưu chung vào Cơ sở dữ liệu về dân cư và phối hợp Sở Tư pháp triển khai dùng chung hạ tầng của Công an tỉnh trong việc đăng ký khai sinh, cấp số định danh cá nhân tại cấp xã đảm bảo đồng bộ, hiệu quả.", &["Sở Tư pháp"]),
    // gia-lai-183-kh-ubnd-2022:176
    ("Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu đề xuất cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư trên địa bàn tỉnh. Chủ trì, tổng hợp, dự toán kinh phí triển khai Đề án trên địa bàn tỉnh, phối hợp Sở Tài chính để tham mưu UBND tỉnh cân đối, bố trí kinh phí trình Hội đồng nhân dân tỉnh xem xét, quyết định.", &["Sở Tài Chính", "Sở Thông tin và Truyền thông"]),
    // gia-lai-183-kh-ubnd-2022:178
    ("Phối hợp Công an tỉnh đề xuất, tham mưu cơ quan có thẩm quyền hoàn thiện thể chế, chính sách theo các nội dung tại Kế hoạch này.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:179
    ("Triển khai, phối hợp với Công an tỉnh, Sở Thông tin và Truyền thông kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu hộ tịch điện tử toàn quốc với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực hộ tịch và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh theo thẩm quyền được giao.", &["Công an tỉnh", "Sở Thông tin và Truyền thông"]),
    // gia-lai-183-kh-ubnd-2022:180
    ("Triển khai, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác các Cơ sở dữ liệu của ngành Tư pháp như: Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính, Cơ sở dữ liệu lý lịch tư pháp, Cơ sở dữ liệu trợ giúp pháp lý, Cơ sở dữ liệu công chứng với Cơ sở dữ liệu quốc gia về dân cư theo thẩm quyền được giao.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:181
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác Cơ sở dữ liệu thi hành án dân sự nói chung với Cơ sở dữ liệu quốc gia về dân cư.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:184
    ("Chủ trì xây dựng Cơ sở dữ liệu quốc gia về cán bộ công chức, viên chức, kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.", &[]),
    // gia-lai-183-kh-ubnd-2022:185
    ("Phối hợp với Công an tỉnh khai thác, tận dụng thông tin từ Cơ sở dữ liệu quốc gia về dân cư bảo đảm tránh thu thập trùng lặp nhiều thông tin để phục vụ quản lý cán bộ, công chức, viên chức của các cơ quan nhà nước các cấp trong tỉnh; trao đổi thông tin, dữ liệu về cán bộ, công chức, viên chức với Công an tỉnh để tích hợp vào thẻ Căn cước công dân, ứng dụng VNeID.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:186
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về doanh nghiệp với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực doanh nghiệp và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:187
    ("Chủ trì, phối hợp với Công an tỉnh sử dụng Cơ sở dữ liệu quốc gia về dân cư để tổng hợp, thống kê, tổng điều tra dân số, nhà ở và một số nội dung khác có liên quan theo yêu cầu của UBND tỉnh và Tổng Cục thống kê nhằm giảm chi phí đầu tư của Nhà nước.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:189
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về tài chính với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh (sau khi có hướng dẫn cụ thể của Bộ Tài chính).", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:190
    ("Phối hợp với Công an tỉnh đề xuất cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư trên địa bàn tỉnh; tham gia góp ý xây dựng và triển khai Thông tư quy định về mức thu, chế độ thu, nộp, quản lý và sử dụng phí được khai thác từ Cơ sở dữ liệu quốc gia về dân cư để mở cơ chế cho phép cơ quan quản lý cung cấp dịch vụ dữ liệu dân cư cho cá nhân, tổ chức có tính phí, tạo nguồn thu để xây dựng, duy trì, quản trị và khai thác dữ liệu; bảo đảm minh bạch, an toàn và đúng quy định pháp luật.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:191
    ("Hàng năm, tại thời điểm xây dựng dự toán, trên cơ sở xây dựng dự toán kinh phí thực hiện Đề án được lập theo đúng quy định của các sở, ban, ngành tỉnh có liên quan, Sở Tài chính tham mưu UBND tỉnh cân đối kinh phí trình Hội đồng nhân dân tỉnh xem xét, quyết định.", &[]),
    // gia-lai-183-kh-ubnd-2022:192
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu thuế với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:193
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, sử dụng Cơ sở dữ liệu quốc gia về dân cư trong xây dựng Cơ sở dữ liệu đất đai và các cơ sở dữ liệu tài nguyên và môi trường khác; kết nối, chia sẻ Cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư; Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực đất đai và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:195
    ("Bảo đảm hạ tầng, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển nền tảng tích hợp, chia sẻ dữ liệu của tỉnh Gia Lai (LGSP) hoạt động ổn định, đáp ứng yêu cầu kết nối, tích hợp, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, Hệ thống thông tin trong cơ quan Nhà nước (thông qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia - NGSP) phục vụ phát triển Chính phủ điện tử, hướng tới Chính phủ số, thúc đẩy chuyển đổi số.", &[]),
    // gia-lai-183-kh-ubnd-2022:196
    ("Phối hợp các đơn vị liên quan để kết nối Cổng dịch vụ công của tỉnh, Hệ thống thông tin một cửa điện tử với Cơ sở dữ liệu quốc gia về dân cư phục vụ xử lý thủ tục hành chính, cung cấp dịch vụ công trực tuyến.", &["các đơn vị liên quan"]),
    // gia-lai-183-kh-ubnd-2022:197
    ("Phối hợp với Công an tỉnh để giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:198
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh hỗ trợ phục vụ các giao dịch hành chính công, thương mại điện tử và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:199
    ("Cung cấp chữ ký số chuyên dùng cho cơ quan, cán bộ, công chức, viên chức khi tham gia vào Cổng Dịch vụ công của tỉnh, Hệ thống thông tin điện tử các cấp; cung cấp giải pháp ứng dụng mật mã đảm bảo xác thực, bảo mật cho các Hệ thống thông tin phục vụ giải quyết các thủ tục hành chính; tham gia giám sát, bảo đảm an toàn, bảo mật cho các Hệ thống thông tin: Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.", &[]),
    // gia-lai-183-kh-ubnd-2022:200
    ("Phối hợp Công an tỉnh khẩn trương tích hợp dữ liệu tiêm chủng phòng ngừa Covid-19, người bị nhiễm virus đã khỏi bệnh, kết quả xét nghiệm theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:201
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu giấy phép lái xe, đăng kiểm phương tiện với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:202
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thuộc phạm vi quản lý Nhà nước thuộc lĩnh vực Giáo dục và Đào tạo với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:203
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu an sinh xã hội của người dân với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:204
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về Khoa học và công nghệ với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh. Phối hợp với Công an tỉnh triển khai các nhiệm vụ nghiên cứu khoa học, chuyển giao công nghệ trên nền dữ liệu dân cư trong khuôn khổ các chương trình khoa học công nghệ trọng điểm cấp tỉnh, cấp quốc gia.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:205
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu chuyên ngành nông nghiệp và phát triển nông thôn (như: Kiểm soát thiệt hại sau bão, di dân phòng chống thiên tai ...) với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:206
    ("Phối hợp với Công an tỉnh kết nối, khai thác với Hệ thống định danh và xác thực điện tử, Cơ sở dữ liệu quốc gia về dân cư, phát triển và sử dụng các ứng dụng trên thẻ Căn cước công dân và ứng dụng VNEID trên nền tảng công nghệ sinh trắc học để cung cấp các dịch vụ định danh, xác thực điện tử trong thanh toán, mở tài khoản... tạo thuận lợi cho người dân tiếp cận các dịch vụ tài chính, thúc đẩy quá trình chuyển đổi số trong ngành Ngân hàng và phục vụ các hoạt động chỉ đạo, điều hành của Ngân hàng Nhà nước Việt Nam.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:207
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác Cơ sở dữ liệu quốc gia về khiếu nại tố cáo với Cơ sở dữ liệu quốc gia về dân cư phục vụ xác thực, xác minh thông tin công dân thực hiện khiếu nại, tố cáo.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:208
    ("Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về bảo hiểm xã hội với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực bảo hiểm xã hội và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:209
    ("Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thông tin Quyết định thi hành các biện pháp ngăn chặn đối với công dân đang trong quá trình điều tra; Cơ sở dữ liệu thống kê tư pháp, thống kê tội phạm; các Cơ sở dữ liệu khác liên quan đến công chức, viên chức trong ngành với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:210
    ("Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thông tin Cơ sở dữ liệu công bố bản án, quyết định của Tòa án với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", &["Công an tỉnh"]),
    // son-ninh-12-kh-cax-2022:29
    ("Phối hợp với Văn phòng UBND xã tham mưu UNBD xã ban hành Kế hoạch và Quyết định thành lập Tổ công tác triển khai thực hiện Đề án 06 trên địa bàn xã (*hoàn thành trong tháng 03/2022*):", &["Văn phòng UBND xã"]),
    // son-ninh-12-kh-cax-2022:39
    ("Chủ trì, phối hợp Văn phòng UBND xã, các ban, ngành, đoàn thể trong triển khai thực hiện kết nối, tích hợp chia sẻ dữ liệu dân cư giữa CSDLQG về DC và hệ thống thông tin giải quyết các thủ tục hành chính cấp xã phục vụ xác thực, chia sẻ thông tin công dân về dân cư, cơ sở dữ liệu căn cước công dân và cơ sở dữ liệu quốc gia về xuất nhập cảnh. *Hoàn thành trong quý I/2022.*", &["Văn phòng UBND xã", "các ban, ngành, đoàn thể"]),
];

/// Headings of "Tổ chức thực hiện" parts (text before any ':') → leads.
pub const HEADING_GOLD: &[(&str, &[&str])] = &[
    // binh-dinh-qd-ubnd-2023:86
    ("Các sở, ban, ngành, đơn vị sự nghiệp, đơn vị cung cấp dịch vụ công ích thuộc Ủy ban nhân dân tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố, Ủy ban nhân dân các xã, phường, thị trấn; các cơ quan, đơn vị có liên quan", &["Các sở, ban, ngành, đơn vị sự nghiệp, đơn vị cung cấp dịch vụ công ích thuộc Ủy ban nhân dân tỉnh", "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân các xã, phường, thị trấn", "các cơ quan, đơn vị có liên quan"]),
    // binh-dinh-qd-ubnd-2023:100
    ("Công an tỉnh", &["Công an tỉnh"]),
    // binh-dinh-qd-ubnd-2023:108
    ("Văn phòng Ủy ban nhân dân tỉnh", &["Văn phòng Ủy ban nhân dân tỉnh"]),
    // binh-dinh-qd-ubnd-2023:114
    ("Sở Thông tin và Truyền thông", &["Sở Thông tin và Truyền thông"]),
    // binh-dinh-qd-ubnd-2023:124
    ("Sở Tài chính, Sở Kế hoạch và Đầu tư", &["Sở Tài chính", "Sở Kế hoạch và Đầu tư"]),
    // dak-nong-468-qd-ubnd-2022:443
    ("Các Sở, Ban, ngành thuộc Ủy ban nhân dân tỉnh; Ủy ban nhân dân các huyện, thành phố", &["Các Sở, Ban, ngành thuộc Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các huyện, thành phố"]),
    // dak-nong-468-qd-ubnd-2022:481
    ("Sở Tư pháp", &["Sở Tư pháp"]),
    // dak-nong-468-qd-ubnd-2022:485
    ("Sở Nội vụ", &["Sở Nội vụ"]),
    // dak-nong-468-qd-ubnd-2022:491
    ("Sở Kế hoạch và Đầu tư", &["Sở Kế hoạch và Đầu tư"]),
    // dak-nong-468-qd-ubnd-2022:497
    ("Sở Tài Chính", &["Sở Tài Chính"]),
    // dak-nong-468-qd-ubnd-2022:505
    ("Cục Thuế tỉnh", &["Cục Thuế tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:509
    ("Sở Tài nguyên và Môi trường", &["Sở Tài nguyên và Môi trường"]),
    // dak-nong-468-qd-ubnd-2022:527
    ("Sở Công thương", &["Sở Công thương"]),
    // dak-nong-468-qd-ubnd-2022:531
    ("Bộ Chỉ huy Quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh", &["Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:539
    ("Sở Y tế", &["Sở Y tế"]),
    // dak-nong-468-qd-ubnd-2022:543
    ("Sở Giao thông vận tải", &["Sở Giao thông vận tải"]),
    // dak-nong-468-qd-ubnd-2022:547
    ("Sở Giáo dục và Đào tạo", &["Sở Giáo dục và Đào tạo"]),
    // dak-nong-468-qd-ubnd-2022:553
    ("Sở Lao động - Thương binh và Xã hội", &["Sở Lao động - Thương binh và Xã hội"]),
    // dak-nong-468-qd-ubnd-2022:557
    ("Sở Khoa học và Công nghệ", &["Sở Khoa học và Công nghệ"]),
    // dak-nong-468-qd-ubnd-2022:563
    ("Sở Nông nghiệp và Phát triển nông thôn", &["Sở Nông nghiệp và Phát triển nông thôn"]),
    // dak-nong-468-qd-ubnd-2022:567
    ("Ngân hàng Nhà nước tỉnh", &["Ngân hàng Nhà nước tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:571
    ("Thanh tra tỉnh", &["Thanh tra tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:575
    ("Bảo hiểm xã hội tỉnh", &["Bảo hiểm xã hội tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:581
    ("Viện Kiểm sát nhân dân tỉnh", &["Viện Kiểm sát nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:585
    ("Tòa án nhân dân tỉnh", &["Tòa án nhân dân tỉnh"]),
    // dak-nong-468-qd-ubnd-2022:589
    ("Cục Thống kê tỉnh", &["Cục Thống kê tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:163
    ("Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố", &["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"]),
    // gia-lai-183-kh-ubnd-2022:170
    ("Văn phòng UBND tỉnh", &["Văn phòng UBND tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:181
    ("Cục Thi hành án dân sự tỉnh", &["Cục Thi hành án dân sự tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:188
    ("Sở Tài chính", &["Sở Tài chính"]),
    // gia-lai-183-kh-ubnd-2022:198
    ("Sở Công Thương", &["Sở Công Thương"]),
    // gia-lai-183-kh-ubnd-2022:199
    ("Bộ Chỉ huy Quân sự tỉnh và Bộ chỉ huy Bộ đội biên phòng tỉnh", &["Bộ Chỉ huy Quân sự tỉnh", "Bộ chỉ huy Bộ đội biên phòng tỉnh"]),
    // gia-lai-183-kh-ubnd-2022:206
    ("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai", &["Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai"]),
    // gia-lai-183-kh-ubnd-2022:209
    ("Viện kiểm sát nhân dân tỉnh", &["Viện kiểm sát nhân dân tỉnh"]),
];

/// Numbered items of those parts that are not agency headings.
pub const NOT_HEADING_GOLD: &[&str] = &[
    // gia-lai-183-kh-ubnd-2022:159
    "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chỉ đạo, điều hành toàn diện hoạt động trong thực hiện Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, phân công đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực Công nghệ thông tin giúp Chủ tịch UBND tỉnh trực tiếp chỉ đạo thực hiện các nội dung của Kế hoạch; xem xét, giải quyết các công việc thường xuyên trong quá trình triển khai thực hiện.",
    // gia-lai-183-kh-ubnd-2022:160
    "Thành lập Tổ công tác triển khai Kế hoạch (Tổ công tác) do Giám đốc Công an tỉnh làm Tổ trưởng, Chánh Văn phòng UBND tỉnh làm Tổ phó, Đồng chí Phó Giám đốc Công an tỉnh phụ trách công tác Quản lý hành chính về trật tự xã hội làm Tổ phó thường trực. Thành viên là đại diện lãnh đạo các sở, ngành",
    // son-ninh-12-kh-cax-2022:123
    "Thành lập “Tổ Công tác triển khai thực hiện Đề án số 06 trong Công an xã Sơn Ninh” (sau đây viết tắt là Tổ Công tác 06 Công an xã) do đồng chí Trưởng Công an xã làm Tổ trưởng, Phó trưởng Công an xã làm Tổ phó. Thành viên là cán bộ phụ trách công tác QLHC về TTXH. Thành lập Tổ giúp việc gồm các cán bộ trong Công an xã, Công an viên các thôn. Tổ trưởng, Tổ phó Tổ giúp việc là cán bộ Công an xã. Thành viên là Công an viên các thôn.",
    // son-ninh-12-kh-cax-2022:127
    "Căn cứ kế hoạch này các đồng chí Công an xã triển khai thực hiện nghiêm túc, phân công cán bộ, chiến sỹ trực tiếp thực hiện nhiệm vụ; kiểm tra đánh giá kết quả thực hiện theo từng giai đoạn để tổng hợp, báo cáo.",
    // son-ninh-12-kh-cax-2022:129
    "Căn cứ các mốc thời gian của từng nhóm nhiệm vụ và chỉ tiêu đội QLHC giao, cán bộ Công an xã thực hiện chỉ tiêu theo từng giai đoạn để kịp thời báo cáo lãnh đạo đơn vị biết. Giao đồng chí Thiếu úy Hồ Khánh Tài tổng hợp kết quả báo cáo Công an huyện (qua đội QLHC) theo quy định./.",
    // dak-nong-468-qd-ubnd-2022:407
    "Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác. Hàng năm, căn cứ nhiệm vụ được giao tại Kế hoạch, các Sở, ngành, Ủy ban nhân dân các huyện, thành phố có liên quan có trách nhiệm lập dự toán kinh phí thực hiện Đề án và tổng hợp chung vào dự toán của đơn vị đề trình cấp có thẩm quyền bố trí kinh phí theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành.",
    // dak-nong-468-qd-ubnd-2022:409
    "Sở Kế hoạch và Đầu tư, Sở Tài chính ưu tiên bố trí kinh phí giao Công an tỉnh và các đơn vị có liên quan để thực hiện các nhiệm vụ trong Kế hoạch.",
];
