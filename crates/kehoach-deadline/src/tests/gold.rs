//! Ground truth from fixtures/gold/*.gold.json (generated once, then kept by hand).

use crate::Kind;

/// Every distinct `deadline_raw` of the gold files: (phrase, kind, start, end).
pub const GOLD_PHRASES: &[(&str, Kind, Option<&str>, Option<&str>)] = &[
    ("Hoàn thành trong tháng 3 năm 2023", Kind::Month, Some("2023-03-01"), Some("2023-03-31")),
    ("Định kỳ vào ngày 15 hàng tháng", Kind::Recurring, None, None),
    ("thường xuyên", Kind::Recurring, None, None),
    ("Tháng 3/2023", Kind::Month, Some("2023-03-01"), Some("2023-03-31")),
    ("Thực hiện thường xuyên", Kind::Recurring, None, None),
    ("Quý I/2023", Kind::Quarter, Some("2023-01-01"), Some("2023-03-31")),
    ("Tháng 7/2023", Kind::Month, Some("2023-07-01"), Some("2023-07-31")),
    ("Quý II/2023", Kind::Quarter, Some("2023-04-01"), Some("2023-06-30")),
    ("Tháng 9/2023", Kind::Month, Some("2023-09-01"), Some("2023-09-30")),
    ("Tháng 6/2023", Kind::Month, Some("2023-06-01"), Some("2023-06-30")),
    ("Tháng 4/2023", Kind::Month, Some("2023-04-01"), Some("2023-04-30")),
    ("Lộ trình theo Nghị quyết 50/NQ-CP, ngày 8/4/2022", Kind::Roadmap, None, None),
    ("Từ quý II/2023 và thực hiện thường xuyên", Kind::FromDate, Some("2023-04-01"), None),
    ("Tháng 05/2023", Kind::Month, Some("2023-05-01"), Some("2023-05-31")),
    ("Theo Thông tư của các Bộ, ngành", Kind::Roadmap, None, None),
    ("Thực hiện theo Kế hoạch của các Bộ, ngành", Kind::Roadmap, None, None),
    ("Ngay sau khi Chính phủ ban hành Nghị định", Kind::Event, None, None),
    ("Thực hiện theo hướng dẫn của các Bộ, ngành", Kind::Roadmap, None, None),
    ("Ngay sau khi Luật ban hành", Kind::Event, None, None),
    ("Thường xuyên", Kind::Recurring, None, None),
    ("Trong tháng 03 năm 2022", Kind::Month, Some("2022-03-01"), Some("2022-03-31")),
    ("Trong tháng 3 năm 2022", Kind::Month, Some("2022-03-01"), Some("2022-03-31")),
    ("Trong tháng 6/2022", Kind::Month, Some("2022-06-01"), Some("2022-06-30")),
    ("Trong tháng 6 năm 2022", Kind::Month, Some("2022-06-01"), Some("2022-06-30")),
    ("Tại Trung tâm phục vụ hành chính công tỉnh từ ngày 01 tháng 6 năm 2022; Bộ phận Một cửa cấp huyện từ ngày 01 tháng 12 năm 2022; Bộ phận Một cửa cấp xã từ ngày 01 tháng 6 năm 2023", Kind::Phased, Some("2022-06-01"), Some("2023-06-01")),
    ("Trong năm 2022", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
    ("Trong năm 2023", Kind::Year, Some("2023-01-01"), Some("2023-12-31")),
    ("Trong tháng 9 năm 2022", Kind::Month, Some("2022-09-01"), Some("2022-09-30")),
    ("Trong tháng 01 năm 2023", Kind::Month, Some("2023-01-01"), Some("2023-01-31")),
    ("Trong tháng 6 năm 2023", Kind::Month, Some("2023-06-01"), Some("2023-06-30")),
    ("Hàng tháng", Kind::Recurring, None, None),
    ("trước ngày 20/3/2022", Kind::Date, Some("2022-03-20"), Some("2022-03-20")),
    ("trong năm 2022", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
    ("Định kỳ ngày 18 hàng tháng", Kind::Recurring, None, None),
    ("hằng năm", Kind::Recurring, None, None),
    ("khi được Ủy ban nhân dân tỉnh đưa vào danh mục các nhiệm vụ khoa học và công nghệ hằng năm", Kind::Event, None, None),
    ("khi có phát hiện thông tin không trùng khớp dữ liệu", Kind::Event, None, None),
    ("Tháng 3/2022", Kind::Month, Some("2022-03-01"), Some("2022-03-31")),
    ("Tháng 5/2022", Kind::Month, Some("2022-05-01"), Some("2022-05-31")),
    ("Theo hướng dẫn của các Bộ, ngành", Kind::Roadmap, None, None),
    ("Ngay sau Nghị định ban hành", Kind::Event, None, None),
    ("Tháng 03/2022", Kind::Month, Some("2022-03-01"), Some("2022-03-31")),
    ("Tháng 6/2022", Kind::Month, Some("2022-06-01"), Some("2022-06-30")),
    ("Cấp tỉnh từ ngày 01/6/2022 cấp huyện từ ngày 01/12/2022 cấp xã từ ngày 01/6/2023", Kind::Phased, Some("2022-06-01"), Some("2023-06-01")),
    ("Năm 2022", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
    ("Năm 2023", Kind::Year, Some("2023-01-01"), Some("2023-12-31")),
    ("Tháng 9/2022", Kind::Month, Some("2022-09-01"), Some("2022-09-30")),
    ("Tháng 4/2022", Kind::Month, Some("2022-04-01"), Some("2022-04-30")),
    ("Tháng 12/2022", Kind::Month, Some("2022-12-01"), Some("2022-12-31")),
    ("Tháng 12/2023", Kind::Month, Some("2023-12-01"), Some("2023-12-31")),
    ("Sau khi Bộ Công an ban hành Thông tư", Kind::Event, None, None),
    ("Sau khi Bộ Tài chính ban hành Thông tư", Kind::Event, None, None),
    ("Sau khi Chính phủ ban hành Nghị định", Kind::Event, None, None),
    ("Sau khi Bộ Công an có văn bản đề nghị tham gia góp ý dự thảo xây dựng Nghị định", Kind::Event, None, None),
    ("Sau khi Bộ Công an có văn bản đề nghị tham gia góp ý dự thảo sửa đổi Luật Căn cước công dân và các văn bản hướng dẫn thi hành", Kind::Event, None, None),
    ("Sau khi Bộ Công an có văn bản đề nghị tham gia góp ý xây dựng Luật", Kind::Event, None, None),
    ("Trong tháng 02 năm 2022", Kind::Month, Some("2022-02-01"), Some("2022-02-28")),
    ("Tại Trung tâm Phục vụ hành chính công từ ngày 01/6/2022; tại Bộ phận Tiếp nhận và Trả kết quả cấp huyện từ ngày 01/12/2022; tại Bộ phận Tiếp nhận và Trả kết quả cấp xã từ ngày 01/6/2023", Kind::Phased, Some("2022-06-01"), Some("2023-06-01")),
    ("Trong tháng 4 năm 2022", Kind::Month, Some("2022-04-01"), Some("2022-04-30")),
    ("Trong tháng 12 năm 2022", Kind::Month, Some("2022-12-01"), Some("2022-12-31")),
    ("Trong tháng 12 năm 2023", Kind::Month, Some("2023-12-01"), Some("2023-12-31")),
    ("Định kỳ trước ngày 15 hàng tháng", Kind::Recurring, None, None),
    ("sau khi có hướng dẫn cụ thể của Bộ Tài chính", Kind::Event, None, None),
    ("Hàng năm, tại thời điểm xây dựng dự toán", Kind::Recurring, None, None),
    ("Sau khi Bộ Công an có văn bản đề nghị tham gia góp ý", Kind::Event, None, None),
    ("Tháng 02/2022", Kind::Month, Some("2022-02-01"), Some("2022-02-28")),
    ("Thực hiện theo lộ trình trong năm 2024", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Đề ra lộ trình hoàn thành trong năm 2024 (xác định cụ thể tại Kế hoạch thực hiện của từng cơ quan, đơn vị theo thời gian quy định)", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Tháng 4 năm 2024", Kind::Month, Some("2024-04-01"), Some("2024-04-30")),
    ("Tháng 11 năm 2024", Kind::Month, Some("2024-11-01"), Some("2024-11-30")),
    ("Trong năm 2024", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Đề ra theo lộ trình hoàn thành trong năm 2024 (xác định cụ thể tại Kế hoạch thực hiện của từng cơ quan, đơn vị)", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Thực hiện theo lộ trình của Đề án 06/CP", Kind::Roadmap, None, None),
    ("thực hiện theo lộ trình của Đề án 06/CP", Kind::Roadmap, None, None),
    ("Theo lộ trình Kế hoạch số 82/KH-UBND ngày 10/5/2022", Kind::Roadmap, None, None),
    ("Tháng 6 năm 2024", Kind::Month, Some("2024-06-01"), Some("2024-06-30")),
    ("theo lộ trình yêu cầu phối hợp trong năm 2024", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Theo lộ trình yêu cầu phối hợp của các bộ, ngành Trung ương (trong năm 2024)", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("Theo lộ trình Bộ Công an", Kind::Roadmap, None, None),
    ("Quý IV năm 2024", Kind::Quarter, Some("2024-10-01"), Some("2024-12-31")),
    ("Quý I năm 2024", Kind::Quarter, Some("2024-01-01"), Some("2024-03-31")),
    ("Quý II năm 2024", Kind::Quarter, Some("2024-04-01"), Some("2024-06-30")),
    ("Theo lộ trình của năm 2024", Kind::Year, Some("2024-01-01"), Some("2024-12-31")),
    ("hoàn thành trong tháng 03/2022", Kind::Month, Some("2022-03-01"), Some("2022-03-31")),
    ("thực hiện thường xuyên theo yêu cầu của cơ quan chủ trì soạn thảo", Kind::Recurring, None, None),
    ("Hoàn thành trong quý I/2022", Kind::Quarter, Some("2022-01-01"), Some("2022-03-31")),
    ("Tại Bộ phận một cửa cấp xã từ ngày 01 tháng 6 năm 2023", Kind::FromDate, Some("2023-06-01"), None),
    ("Thực hiện thường xuyên sau khi tung dụng được hoàn thiện", Kind::Recurring, None, None),
    ("Thực hiện trong năm 2022", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
    ("Thực hiện trong Quý I/2023", Kind::Quarter, Some("2023-01-01"), Some("2023-03-31")),
    ("Bắt đầu triển khai từ tháng 06/2022", Kind::FromDate, Some("2022-06-01"), None),
    ("Hoàn thành trong Quý I/2023", Kind::Quarter, Some("2023-01-01"), Some("2023-03-31")),
    ("Thực hiện trong Quý I/2022", Kind::Quarter, Some("2022-01-01"), Some("2022-03-31")),
    ("Theo tiến độ kết nối CSDLQG về DC của Bộ Công an với Cơ sở dữ liệu quốc gia khác", Kind::Roadmap, None, None),
    ("Theo tiến độ kết nối CSDLQG về DC của Bộ Công an với Cơ sở dữ liệu chuyên ngành", Kind::Roadmap, None, None),
    ("Thực hiện theo chỉ đạo của lãnh đạo các cấp sau khi Bộ Công an hoàn thành tích hợp", Kind::Event, None, None),
    ("Thực hiện thường xuyên sau khi CSDLQG về DC kết nối, chia sẻ với CSDL địa phương", Kind::Recurring, None, None),
    ("Hoàn thành các chỉ tiêu cấp Căn cước công dân trong Quý I/2022; bắt đầu từ Quý II/2022 duy trì thực hiện thường xuyên", Kind::Quarter, Some("2022-01-01"), Some("2022-03-31")),
    ("Thực hiện khi có yêu cầu", Kind::Event, None, None),
    ("Thực hiện theo kế hoạch riêng Bộ Công an", Kind::Roadmap, None, None),
    ("Thực hiện theo lộ trình của Bộ Công an, Công an tỉnh, Công an huyện", Kind::Roadmap, None, None),
];

/// The `dates` of the phased gold deadlines.
pub const GOLD_PHASED: &[(&str, &[&str])] = &[
    ("Tại Trung tâm phục vụ hành chính công tỉnh từ ngày 01 tháng 6 năm 2022; Bộ phận Một cửa cấp huyện từ ngày 01 tháng 12 năm 2022; Bộ phận Một cửa cấp xã từ ngày 01 tháng 6 năm 2023", &["2022-06-01", "2022-12-01", "2023-06-01"]),
    ("Cấp tỉnh từ ngày 01/6/2022 cấp huyện từ ngày 01/12/2022 cấp xã từ ngày 01/6/2023", &["2022-06-01", "2022-12-01", "2023-06-01"]),
    ("Tại Trung tâm Phục vụ hành chính công từ ngày 01/6/2022; tại Bộ phận Tiếp nhận và Trả kết quả cấp huyện từ ngày 01/12/2022; tại Bộ phận Tiếp nhận và Trả kết quả cấp xã từ ngày 01/6/2023", &["2022-06-01", "2022-12-01", "2023-06-01"]),
];

/// Every responsibility item of the gold files, as running text:
/// (plan year, item text, gold deadline_raw, gold kind).
pub const GOLD_TEXTS: &[(i32, &str, Option<&str>, Kind)] = &[
    // binh-dinh line 88
    (2023, "- Thông tin, tuyên truyền, quán triệt việc thực hiện Kế hoạch này gắn với công tác triển khai thực hiện Chỉ thị số 05/CT-TTg ngày 23 tháng 02 năm 2023 của Thủ tướng Chính phủ và Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2023, định hướng đến năm 2025.", None, Kind::None),
    // binh-dinh line 90
    (2023, "- Các cơ quan, đơn vị cấp tỉnh xây dựng, ban hành kế hoạch riêng hoặc lồng ghép trong kế hoạch cải cách hành chính hằng năm (riêng Ủy ban nhân dân các huyện, thị xã, thành phố ban hành Kế hoạch riêng) và xây dựng dự toán kinh phí, ưu tiên bố trí nhân lực, cơ sở vật chất đảm bảo cho việc tổ chức triển khai thực hiện đầy đủ các nhiệm vụ được giao. Hoàn thành trong tháng 3 năm 2023.", Some("Hoàn thành trong tháng 3 năm 2023"), Kind::Month),
    // binh-dinh line 92
    (2023, "- Phối hợp với Sở Thông tin và Truyền thông và các đơn vị có liên quan tiến hành rà soát, bổ sung, nâng cấp trang thiết bị hạ tầng công nghệ thông tin tại cơ quan, đơn vị và Bộ phận một cửa các cấp đảm bảo điều kiện cần thiết phục vụ cho công tác giải quyết thủ tục hành chính trên môi trường điện tử có sử dụng dữ liệu quốc gia về dân cư và thực hiện các nhiệm vụ khác của Đề án 06.", None, Kind::None),
    // binh-dinh line 94
    (2023, "- Trên cơ sở nhu cầu thực tế, chủ động phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông báo cáo, đề xuất các Bộ, ngành chức năng ở Trung ương hỗ trợ việc kết nối, tích hợp, chia sẻ các cơ sở dữ liệu chuyên ngành với Hệ thống thông tin giải quyết thủ tục hành chính tỉnh để phục vụ chia sẻ thông tin cung cấp dịch vụ công trực tuyến đảm bảo tiết kiệm, hiệu quả, nhanh chóng, thuận lợi cho người dân, doanh nghiệp.", None, Kind::None),
    // binh-dinh line 96
    (2023, "- Kịp thời động viên, biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc với mô hình mới, cách làm hay, sáng tạo, triển khai thực hiện hiệu quả các nội dung nhiệm vụ tại Kế hoạch này. Đồng thời, xem xét trách nhiệm các cá nhân, tổ chức không hoàn thành hoặc hoàn thành chậm, muộn tiến độ các nhiệm vụ được giao.", None, Kind::None),
    // binh-dinh line 98
    (2023, "- Định kỳ vào ngày 15 hàng tháng gửi báo cáo tình hình thực hiện Kế hoạch này về Tổ giúp việc Đề án 06 của tỉnh (qua Phòng Cảnh sát Quản lý hành chính về trật tự xã hội thuộc Công an tỉnh – email: [dean06@binhdinh.gov.vn](mailto:dean06@binhdinh.gov.vn)).", Some("Định kỳ vào ngày 15 hàng tháng"), Kind::Recurring),
    // binh-dinh line 102
    (2023, "- Thực hiện đầy đủ nhiệm vụ của Cơ quan thường trực Ban Chỉ đạo thực hiện Đề án 06 của tỉnh; chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các cơ quan liên quan tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này; thường xuyên trao đổi với Cục C06 (Trung tâm dữ liệu quốc gia về dân cư), Bộ Công an, kịp thời tham mưu Ban Chỉ đạo thực hiện Đề án 06 của tỉnh xem xét, giải quyết, tháo gỡ các khó khăn, vướng mắc phát sinh (nếu có).", Some("thường xuyên"), Kind::Recurring),
    // binh-dinh line 104
    (2023, "- Chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư và các cơ quan, đơn vị liên quan xây dựng dự toán kinh phí cho việc tổ chức triển khai thực hiện Kế hoạch này.", None, Kind::None),
    // binh-dinh line 106
    (2023, "- Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tham mưu thực hiện chế độ báo cáo định kỳ cho Văn phòng Chính phủ, Bộ Công an về tình hình, kết quả triển khai thực hiện Đề án 06 trên địa bàn tỉnh; tham mưu công tác sơ kết, tổng kết việc tổ chức triển khai thực hiện Kế hoạch này.", None, Kind::None),
    // binh-dinh line 110
    (2023, "- Phối hợp với các cơ quan chức năng liên quan thường xuyên rà soát, cập nhật, bổ sung, tối ưu hóa các chức năng khai thác, sử dụng thông tin công dân từ Cơ sở dữ liệu quốc gia về dân cư thông qua Hệ thống thông tin giải quyết thủ tục hành chính tỉnh phục vụ cho công tác giải quyết thủ tục hành chính đáp ứng yêu cầu đẩy mạnh cải cách hành chính gắn với chuyển đổi số.", Some("thường xuyên"), Kind::Recurring),
    // binh-dinh line 112
    (2023, "- Phối hợp với Công an tỉnh trong việc tham mưu công tác theo dõi, quản lý, đôn đốc, kiểm tra, báo cáo, sơ kết, tổng kết việc triển khai thực hiện Kế hoạch này.", None, Kind::None),
    // binh-dinh line 116
    (2023, "- Phối hợp với Công an tỉnh và các cơ quan, đơn vị liên quan tổ chức triển khai, hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch này đảm bảo thống nhất, đồng bộ với việc thực hiện Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2023, định hướng đến năm 2025.", None, Kind::None),
    // binh-dinh line 118
    (2023, "- Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh và các đơn vị trong công tác kiểm tra, đánh giá an ninh mạng, an toàn thông tin các hệ thống thông tin của tỉnh theo hướng dẫn, yêu cầu của Bộ Thông tin và Truyền thông, Bộ Công an đảm bảo cho việc khai thác Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // binh-dinh line 120
    (2023, "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan bảo đảm trang thiết bị hạ tầng công nghệ thông tin, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh; đảm bảo việc kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ổn định. Phối hợp với Công an tỉnh giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", None, Kind::None),
    // binh-dinh line 122
    (2023, "- Phối hợp, chỉ đạo các cơ quan thông tấn, báo chí trên địa bàn tỉnh thường xuyên thông tin, tuyên truyền về tình hình, kết quả thực hiện các nội dung tại Kế hoạch này.", Some("thường xuyên"), Kind::Recurring),
    // binh-dinh line 126
    (2023, "Phối hợp với các cơ quan liên quan tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí để triển khai thực hiện Kế hoạch này; hướng dẫn các cơ quan, đơn vị lập dự toán, bố trí và sử dụng kinh phí theo quy định của pháp luật về ngân sách nhà nước. Trong quá trình triển khai thực hiện có vướng mắc phát sinh, các cơ quan, đơn vị, địa phương kịp thời phản ánh thông tin cho Tổ giúp việc Ban Chỉ đạo thực hiện Đề án 06 của tỉnh (qua Phòng Cảnh sát quản lý hành chính về trật tự xã hội thuộc Công an tỉnh – email: [dean06@binhdinh.gov.vn](mailto:dean06@binhdinh.gov.vn)) để tổng hợp, báo cáo Ban Chỉ đạo xem xét theo quy định./.", None, Kind::None),
    // dak-nong line 415
    (2022, "a) Chủ trì phối hợp với Văn phòng Ủy ban nhân dân tỉnh tổ chức triển khai, hướng dẫn các Sở, Ban, ngành, địa phương triển khai các nhiệm vụ của Ủy ban nhân dân theo Đề án.", None, Kind::None),
    // dak-nong line 417
    (2022, "b) Phối hợp với Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương hướng dẫn triển khai kết nối, khai thác, chia sẻ dữ liệu dân cư giữa Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính.", None, Kind::None),
    // dak-nong line 419
    (2022, "c) Chủ trì cùng với Văn phòng Ủy ban nhân dân tỉnh và các Sở, Ban, ngành, địa phương triển khai kết nối, tích hợp hệ thống định danh và xác thực điện tử với Cổng Dịch vụ công tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính.", None, Kind::None),
    // dak-nong line 421
    (2022, "d) Phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Sở Tư pháp, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và Ủy ban nhân dân các huyện, thành phố triển khai xây dựng, cung cấp nhóm dịch vụ công: hai nhóm thủ tục hành chính liên thông: đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí và các thủ tục hành chính khác có liên quan.", None, Kind::None),
    // dak-nong line 425
    (2022, "đ) Phối hợp với Sở Nội vụ kết nối, khai thác, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức; tích hợp thông tin về cán bộ, công chức, viên chức trên thẻ Căn cước công dân.", None, Kind::None),
    // dak-nong line 427
    (2022, "e) Phối hợp với Sở Tư pháp chủ trì đánh giá rà soát các văn bản pháp luật để triển khai thực hiện tích hợp thông tin các giấy tờ cá nhân vào thẻ Căn cước công dân gắn chíp.", None, Kind::None),
    // dak-nong line 429
    (2022, "g) Chủ trì phối hợp với các Sở, Ban, ngành, địa phương triển khai hiệu quả Quyết định số 1911/QĐ-TTg ngày 15 tháng 11 năm 2021 của Thủ tướng Chính phủ về việc thực hiện kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành.", None, Kind::None),
    // dak-nong line 431
    (2022, "h) Tham mưu cho Ban Chỉ đạo an toàn, an ninh mạng tỉnh chỉ đạo các Sở, Ban, ngành, địa phương bảo đảm an toàn, an ninh thông tin và trong thực hiện chuyển đổi số, xây dựng Chính phủ điện tử, chính quyền điện tử, đặc biệt là công tác bảo đảm an ninh, an toàn thông tin và bảo vệ bí mật nhà nước.", None, Kind::None),
    // dak-nong line 433
    (2022, "i) Chủ trì, phối hợp với các đơn vị liên quan thực hiện các nhiệm vụ tại Phụ lục kèm theo Đề án.", None, Kind::None),
    // dak-nong line 435
    (2022, "k) Tham gia xây dựng, nâng cấp, mở rộng đầu tư hạ tầng công nghệ thông tin của các hệ thống Cơ sở dữ liệu quốc gia về dân cư, Căn cước công dân, định danh và xác thực điện tử, chứng thực chữ ký số để đảm bảo thực hiện các mục tiêu của Đề án. Trong đó, chú trọng vào việc đầu tư mở rộng cho việc thu thập, quản lý toàn diện sinh trắc học về con người để phù hợp với xu hướng và hiệu quả quản lý dân cư.", None, Kind::None),
    // dak-nong line 437
    (2022, "l) Tham gia xây dựng và triển khai giải pháp hỗ trợ các Sở, Ban, ngành chưa có cơ sở dữ liệu có thể lưu chung vào Cơ sở dữ liệu về dân cư và Sở Tư pháp dùng chung hạ tầng của ngành Công an trong việc đăng ký khai sinh, cấp số định danh cá nhân tại cấp xã bảo đảm đồng bộ, hiệu quả.", None, Kind::None),
    // dak-nong line 439
    (2022, "m) Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu báo cáo đề xuất Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // dak-nong line 441
    (2022, "n) Đôn đốc các Sở, Ban, ngành, địa phương tổ chức triển khai các nhiệm vụ theo Kế hoạch này. Hàng tháng, tổng hợp tình hình kết quả thực hiện trên địa bàn tỉnh để kịp thời chỉ đạo tháo gỡ những khó khăn, vướng mắc trong quá trình triển khai thực hiện tại địa phương.", Some("Hàng tháng"), Kind::Recurring),
    // dak-nong line 445
    (2022, "a) Thủ trưởng các Sở, Ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố trực tiếp chỉ đạo triển khai thực hiện có hiệu quả, bảo đảm đúng tiến độ theo Kế hoạch đã đề ra, chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả triển khai.", None, Kind::None),
    // dak-nong line 449
    (2022, "b) Trên cơ sở các chỉ tiêu, nhiệm vụ, giải pháp nêu tại Kế hoạch này, xây dựng Kế hoạch triển khai thực hiện gửi Công an tỉnh và Văn phòng Ủy ban nhân dân tỉnh trước ngày 20/3/2022 để theo dõi, phối hợp thực hiện hoặc lồng ghép các chỉ tiêu, nhiệm vụ, giải pháp vào kế hoạch tổng thể giai đoạn của Sở, Ban, ngành, địa phương để triển khai thực hiện, bảo đảm hiệu quả, đáp ứng yêu cầu, tiến độ được giao.", Some("trước ngày 20/3/2022"), Kind::Date),
    // dak-nong line 451
    (2022, "c) Chủ động phối hợp với Sở Thông tin và Truyền thông, Văn phòng UBND tỉnh và các đơn vị có liên quan tiến hành rà soát, nâng cấp hạ tầng công nghệ thông tin; tích hợp, cung cấp 100% các dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia trong năm 2022.", Some("trong năm 2022"), Kind::Year),
    // dak-nong line 453
    (2022, "d) Trên cơ sở nhu cầu thực tế, chủ động phối hợp với Công an tỉnh báo cáo bộ, ngành ở Trung ương và UBND tỉnh về tình hình thực hiện kết nối, tích hợp, chia sẻ cơ sở dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư bảo đảm hiệu quả trong khai thác, tiết kiệm trong thực hiện, tránh lãng phí.", None, Kind::None),
    // dak-nong line 455
    (2022, "đ) Chủ động cân đối, bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc tổ chức thực hiện nhiệm vụ được giao.", None, Kind::None),
    // dak-nong line 457
    (2022, "e) Triển khai cập nhật, chuẩn hóa danh mục tài liệu, hồ sơ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; rà soát, tái cấu trúc quy trình, điện tử hóa mẫu đơn, tờ khai, kết quả giải quyết thủ tục hành chính.", None, Kind::None),
    // dak-nong line 459
    (2022, "g) Tiếp tục thực hiện và đề xuất đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết các thủ tục hành chính và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trong tiếp nhận, giải quyết thủ tục hành chính theo đúng quy định tại Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Thủ tướng Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.", None, Kind::None),
    // dak-nong line 461
    (2022, "h) Tổ chức thực hiện có hiệu quả chỉ đạo của Chính phủ, của Ủy ban nhân dân tỉnh về đơn giản hóa các thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi chức năng quản lý của cơ quan, đơn vị.", None, Kind::None),
    // dak-nong line 463
    (2022, "i) Phối hợp chặt chẽ với Công an tỉnh bảo đảm an ninh, trật tự, an ninh thông tin trong quá trình thực hiện chuyển đổi số trên địa bàn tỉnh.", None, Kind::None),
    // dak-nong line 465
    (2022, "k) Định kỳ ngày 18 hàng tháng báo cáo tình hình, kết quả thực hiện theo chức năng, nhiệm vụ được giao về Văn phòng Ủy ban nhân dân tỉnh và Công an tỉnh để tổng hợp báo cáo Thủ tướng Chính phủ. Qua địa chỉ Email: cchc.congandaknong@gmail.com; số điện thoại: 1900888848. Tổ công tác thực hiện Đề án của tỉnh tham mưu Chủ tịch Ủy ban nhân dân tỉnh báo cáo kết quả về Văn phòng Chính phủ và Bộ Công an trước ngày 22 hàng tháng.", Some("Định kỳ ngày 18 hàng tháng"), Kind::Recurring),
    // dak-nong line 469
    (2022, "a) Chủ trì, phối hợp với Công an tỉnh hướng dẫn các Sở, Ban, ngành, địa phương thực hiện tích hợp, kết nối và chia sẻ dữ liệu dân cư giữa Cơ sở dữ liệu quốc gia về dân cư với Cổng Dịch vụ công tỉnh phục vụ xác thực, chia sẻ thông tin công dân khi thực hiện thủ tục hành chính theo nguyên tắc không yêu cầu khai báo lại các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // dak-nong line 471
    (2022, "b) Chủ trì cùng với Công an tỉnh triển khai kết nối, tích hợp xác thực, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử do Bộ Công an cung cấp với Cổng Dịch vụ công tỉnh.", None, Kind::None),
    // dak-nong line 473
    (2022, "c) Chủ trì cùng với Công an tỉnh triển khai tích hợp hệ thống định danh và xác thực điện tử qua nền tảng trao đổi định danh điện tử trên Cổng Dịch vụ công quốc gia để sử dụng tài khoản định danh và xác thực điện tử đối với Cổng Dịch vụ công tỉnh và các cơ sở dữ liệu, hệ thống thông tin khác.", None, Kind::None),
    // dak-nong line 475
    (2022, "d) Triển khai hướng dẫn chuẩn hóa danh mục tài liệu, quy trình, mã số của giấy tờ số hóa để chia sẻ giữa Cổng Dịch vụ công tỉnh và các cơ sở dữ liệu, hệ thống thông tin khác.", None, Kind::None),
    // dak-nong line 477
    (2022, "đ) Triển khai thực hiện chuẩn hóa, tái cấu trúc quy trình nghiệp vụ (đơn giản hóa biểu mẫu, giấy tờ) các thủ tục hành chính khi đã kết nối với Cơ sở dữ liệu quốc gia về dân cư; việc tích hợp, kết nối, chia sẻ dữ liệu với Trung tâm thông tin, chỉ đạo điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh hỗ trợ Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh ra quyết định và tương tác trực tuyến với các Sở, Ban, ngành, địa phương.", None, Kind::None),
    // dak-nong line 479
    (2022, "e) Đôn đốc, hướng dẫn các Sở, Ban, ngành, địa phương thực hiện việc đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính theo quy định tại Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 và Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021.", None, Kind::None),
    // dak-nong line 483
    (2022, "Chủ trì, phối hợp với Công an tỉnh và các đơn vị có liên quan triển khai kết nối, khai thác dữ liệu Cơ sở dữ liệu hộ tịch điện tử toàn quốc với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực hộ tịch phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 487
    (2022, "a) Phối hợp với Công an tỉnh trong việc kết nối Cơ sở dữ liệu quốc gia cán bộ, công chức, viên chức kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // dak-nong line 489
    (2022, "b) Chủ trì phối hợp với Công an tỉnh khai thác, tận dụng thông tin từ Cơ sở dữ liệu quốc gia về dân cư bảo đảm tránh thu thập trùng lặp nhiều thông tin để phục vụ quản lý cán bộ, công chức, viên chức của các cơ quan nhà nước các cấp; trao đổi thông tin, dữ liệu về cán bộ, công chức, viên chức với Công an tỉnh để tích hợp vào thẻ Căn cước công dân, ứng dụng VNEID.", None, Kind::None),
    // dak-nong line 495
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về doanh nghiệp với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực doanh nghiệp phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 499
    (2022, "a) Chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh, Công an tỉnh và các Sở, Ban, ngành có liên quan dự trù kinh phí, báo cáo Chủ tịch Ủy ban nhân dân tỉnh cấp kinh phí thường xuyên trong dự toán ngân sách nhà nước hằng năm để triển khai thực hiện Đề án.", None, Kind::None),
    // dak-nong line 501
    (2022, "b) Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về tài chính với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 503
    (2022, "c) Lập dự toán kinh phí hằng năm trình cấp có thẩm quyền bố trí kinh phí theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn thi hành.", Some("hằng năm"), Kind::Recurring),
    // dak-nong line 507
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về thuế với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 511
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, sử dụng Cơ sở dữ liệu quốc gia về dân cư trong xây dựng Cơ sở dữ liệu về đất đai (về chủ sử dụng đất) và các cơ sở dữ liệu tài nguyên môi trường khác (thông tin liên quan đến công dân). Kết nối, khai thác Cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực đất đai phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 515
    (2022, "a) Chủ trì, phối hợp với Công an tỉnh và các đơn vị có liên quan hoàn thiện hồ sơ, tài liệu kỹ thuật liên quan đến việc kết nối, chia sẻ các hệ thống thông tin dùng chung với Cơ sở dữ liệu quốc gia về dân cư, phục vụ công tác kiểm tra, đánh giá an ninh mạng, an toàn thông tin các hệ thống thông tin của địa phương theo hướng dẫn, yêu cầu của Bộ Thông tin và Truyền thông, Bộ Công an.", None, Kind::None),
    // dak-nong line 517
    (2022, "b) Bảo đảm hạ tầng kỹ thuật, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP); bảo đảm việc kết nối Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia ổn định; kịp thời tổ chức triển khai nâng cấp, hoàn thiện các hệ thống thông tin dùng chung khác có nhu cầu kết nối với Cơ sở dữ liệu quốc gia về dân cư nhằm đáp ứng yêu cầu kết nối, khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết thủ tục hành chính, công tác quản lý nhà nước và phát triển kinh tế - xã hội trên địa bàn tỉnh.", None, Kind::None),
    // dak-nong line 523
    (2022, "c) Điều phối, đôn đốc, đánh giá, kiểm tra việc thực hiện kết nối, chia sẻ dữ liệu, sự tuân thủ quy định về kết nối, chia sẻ dữ liệu của các Sở, Ban, ngành, địa phương theo Nghị định số 47/2020/NĐ-CP ngày 09 tháng 4 năm 2020 của Chính phủ quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước.", None, Kind::None),
    // dak-nong line 525
    (2022, "d) Phối hợp với Công an tỉnh giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", None, Kind::None),
    // dak-nong line 529
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh hỗ trợ phục vụ các giao dịch hành chính công, thương mại điện tử phục vụ tốt hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 533
    (2022, "a) Cung cấp chữ số chuyên dùng cho cơ quan, cán bộ, chiến sĩ khi tham gia vào Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh.", None, Kind::None),
    // dak-nong line 535
    (2022, "b) Phối hợp cung cấp mật mã bảo đảm xác thực, bảo mật cho các hệ thống thông tin phục vụ giải quyết thủ tục hành chính.", None, Kind::None),
    // dak-nong line 537
    (2022, "c) Phối hợp tham gia giám sát, bảo đảm an toàn, bảo mật cho các hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.", None, Kind::None),
    // dak-nong line 541
    (2022, "Phối hợp với Công an tỉnh tích hợp dữ liệu tiêm chủng phòng ngừa Covid-19, người bị nhiễm virus đã khỏi bệnh, kết quả xét nghiệm theo Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021 của Chính phủ.", None, Kind::None),
    // dak-nong line 545
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu giấy phép lái xe, đăng kiểm phương tiện với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực giao thông, vận tải phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch UBND tỉnh.", None, Kind::None),
    // dak-nong line 549
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thuộc phạm vi quản lý nhà nước của Sở Giáo dục và Đào tạo với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh trong giải quyết thủ tục hành chính lĩnh vực Giáo dục và Đào tạo phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 555
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu cơ sở dữ liệu an sinh xã hội của người dân với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực Lao động - Thương binh và Xã hội phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 559
    (2022, "a) Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu cơ sở dữ liệu quốc gia về khoa học và công nghệ với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh trong lĩnh vực khoa học và công nghệ phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 561
    (2022, "b) Phối hợp với Công an tỉnh triển khai các nhiệm vụ khoa học về nghiên cứu, chuyên gia công nghệ liên quan đến nền dữ liệu dân cư, định danh điện tử của Bộ Công an khi được Ủy ban nhân dân tỉnh đưa vào danh mục các nhiệm vụ khoa học và công nghệ hằng năm.", Some("khi được Ủy ban nhân dân tỉnh đưa vào danh mục các nhiệm vụ khoa học và công nghệ hằng năm"), Kind::Event),
    // dak-nong line 565
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu chuyên ngành nông nghiệp và phát triển nông thôn (như: Kiểm soát thiệt hại sau mưa bão, di dân phòng, chống thiên tai...) với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Công Dịch vụ công quốc gia, Công Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực Nông nghiệp và Phát triển nông thôn phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 569
    (2022, "Phối hợp với Công an tỉnh kết nối, khai thác hệ thống định danh và xác thực điện tử, Cơ sở dữ liệu quốc gia về dân cư, phát triển và sử dụng các ứng dụng trên thẻ Căn cước công dân và ứng dụng VNEID trên nền tảng công nghệ sinh trắc học để cung cấp các dịch vụ định danh, xác thực điện tử trong thanh toán, mở tài khoản... tạo thuận lợi cho người dân và doanh nghiệp tiếp cận các dịch vụ tài chính, thúc đẩy quá trình chuyển đổi số trong ngành Ngân hàng và phục vụ các hoạt động chỉ đạo, điều hành của Ngân hàng Nhà nước Việt Nam.", None, Kind::None),
    // dak-nong line 573
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác cơ sở dữ liệu quốc gia về khiếu nại, tố cáo với Cơ sở dữ liệu quốc gia về dân cư phục vụ xác thực, xác minh thông tin công dân thực hiện khiếu nại, tố cáo.", None, Kind::None),
    // dak-nong line 577
    (2022, "Chủ trì, phối hợp với Công an tỉnh phản ánh với Bảo hiểm xã hội Việt Nam hiệu chỉnh dữ liệu Cơ sở quốc gia về Bảo hiểm đảm bảo trùng khớp với Cơ sở dữ liệu quốc gia về dân cư khi có phát hiện thông tin không trùng khớp dữ liệu, bảo đảm tiêu chí làm giàu Cơ sở dữ liệu quốc gia về dân cư. Là đầu mối xử lý các sự cố liên quan đến việc giải quyết thủ tục hành chính trong lĩnh vực Bảo hiểm xã hội, phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", Some("khi có phát hiện thông tin không trùng khớp dữ liệu"), Kind::Event),
    // dak-nong line 583
    (2022, "Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thông tin Quyết định thi hành các biện pháp ngăn chặn đối với công dân đang trong quá trình điều tra; Cơ sở dữ liệu thống kê tư pháp, thống kê tội phạm; các Cơ sở dữ liệu khác liên quan đến công tác trong ngành với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh giải quyết thủ tục hành chính trong lĩnh vực kiểm sát phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 587
    (2022, "Chủ trì, phối hợp với Công an tỉnh kết nối, khai thác dữ liệu thông tin cơ sở dữ liệu công bố bản án, quyết định của Tòa án với Cơ sở dữ liệu quốc gia về dân cư, hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công tỉnh trong lĩnh vực tư pháp phục vụ hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh.", None, Kind::None),
    // dak-nong line 591
    (2022, "Chủ trì, phối hợp với Công an tỉnh khai thác Cơ sở dữ liệu quốc gia về dân cư phục vụ tổng hợp, thống kê, tổng điều tra dân số và nhà ở nhằm giảm chi phí từ nguồn ngân sách nhà nước. Quá trình thực hiện có khó khăn, vướng mắc các Sở, Ban, ngành và các địa phương kịp thời báo cáo về Ủy ban nhân dân tỉnh (qua Công an tỉnh) để được chỉ đạo, xử lý kịp thời. / ngân ---", None, Kind::None),
    // gia-lai line 163
    (2022, "3. Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố Giám đốc các Sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố trực tiếp chỉ đạo triển khai các nhiệm vụ được giao tại Kế hoạch, bố trí kinh phí, nguồn nhân lực, cơ sở vật chất cho việc tổ chức thực hiện và chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả triển khai. Trên cơ sở các chỉ tiêu, nhiệm vụ, giải pháp nêu tại Kế hoạch này, xây dựng Kế hoạch triển khai thực hiện gửi UBND tỉnh (qua Công an tỉnh) để theo dõi, phối hợp thực hiện; đồng thời, lồng ghép các chỉ tiêu, nhiệm vụ, giải pháp vào kế hoạch tổng thể giai đoạn của sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố để triển khai thực hiện, đảm bảo hiệu quả, đáp ứng yêu cầu tiến độ được giao.", None, Kind::None),
    // gia-lai line 165
    (2022, "- Rà soát nâng cấp, hoàn thiện cơ sở hạ tầng công nghệ thông tin; nâng cấp hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh, cấp huyện, cấp xã trên cơ sở hợp nhất Cổng Dịch vụ công, Hệ thống thông tin một cửa điện tử của sở, ngành, UBND cấp huyện, UBND cấp xã; tích hợp, cung cấp 100% các dịch vụ công trực tuyến trên Cổng Dịch vụ công của tỉnh trong năm 2022.", Some("trong năm 2022"), Kind::Year),
    // gia-lai line 166
    (2022, "- Thực hiện việc kết nối, tích hợp, chia sẻ cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, Hệ thống thông tin cung cấp dịch vụ công của sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh và làm giàu cơ sở dữ liệu quốc gia về dân cư phục vụ công tác chỉ đạo, điều hành.", None, Kind::None),
    // gia-lai line 167
    (2022, "- Thực hiện việc đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trong tiếp nhận, giải quyết thủ tục hành chính theo đúng quy định tại Quyết định số 468/QĐ-TTg ngày 27/3/2021, Nghị định số 107/2021/NĐ-CP 06/12/2021 và Quyết định số 258/QĐ-UBND ngày 29/4/2021 của UBND tỉnh. Phối hợp chặt chẽ với Công an tỉnh trong bảo đảm an ninh, trật tự, an ninh thông tin trong quá trình chuyển đổi số.", None, Kind::None),
    // gia-lai line 168
    (2022, "- Tổ chức thực hiện các Nghị quyết của Chính phủ về đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư thuộc phạm vi chức năng quản lý của cơ quan, đơn vị, địa phương mình; rà soát, tái cấu trúc quy trình, điện tử hóa mẫu đơn, tờ khai, kết quả giải quyết thủ tục hành chính. Hoàn thiện các thủ tục hành chính, quy trình xử lý thủ tục hành chính có liên quan đến lĩnh vực phụ trách; hoàn thành cơ sở dữ liệu chuyên ngành, đảm bảo đúng, đủ khi kết nối, chia sẻ với dữ liệu quốc gia về dân cư.", None, Kind::None),
    // gia-lai line 169
    (2022, "- Định kỳ trước ngày 15 hàng tháng báo cáo tình hình, kết quả thực hiện Kế hoạch theo chức năng, nhiệm vụ được giao về Công an tỉnh để tổng hợp, báo cáo Văn phòng Chính phủ, Bộ Công an, UBND tỉnh.", Some("Định kỳ trước ngày 15 hàng tháng"), Kind::Recurring),
    // gia-lai line 170
    (2022, "4. Văn phòng UBND tỉnh: Phối hợp với Công an tỉnh tỉnh tổ chức triển khai, hướng dẫn các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã triển khai các nhiệm vụ được giao trong Kế hoạch và các Phụ lục kèm theo; cập nhật, chuẩn hóa danh mục tài liệu, hồ sơ thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính theo hướng dẫn của Văn phòng Chính phủ.", None, Kind::None),
    // gia-lai line 171
    (2022, "5. Công an tỉnh: Chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức triển khai, hướng dẫn các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã triển khai các nhiệm vụ được giao trong Kế hoạch và các Phụ lục kèm theo. Tham mưu UBND tỉnh chỉ đạo các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã bảo đảm an toàn, an ninh thông tin, bảo vệ bí mật Nhà nước trong thực hiện chuyển đổi số, xây dựng chính quyền điện tử.", None, Kind::None),
    // gia-lai line 172
    (2022, "- Chủ trì, phối hợp với Sở Thông tin và Truyền thông và các sở, ban, ngành tỉnh có liên quan, UBND cấp huyện, UBND cấp xã kết nối, tích hợp Hệ thống định danh và xác thực điện tử với Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp cấp tỉnh phục vụ các cơ quan có thẩm quyền xác thực, định danh và giải quyết các thủ tục hành chính. Phối hợp Sở Thông tin và Truyền thông, Sở Tư pháp, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh và UBND các huyện, thị xã, thành phố triển khai, cung cấp nhóm dịch vụ công: Hai nhóm thủ tục hành chính liên thông gồm đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí và các thủ tục hành chính khác có liên quan.", None, Kind::None),
    // gia-lai line 173
    (2022, "- Phối hợp các sở, ban, ngành tỉnh có liên quan trong triển khai kết nối, chia sẻ, khai thác dữ liệu với Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu chuyên ngành. Tiếp tục phối hợp xây dựng, triển khai hạ tầng Công nghệ thông tin của các Hệ thống Cơ sở dữ liệu quốc gia về dân cư, Căn cước công dân, định danh và xác thực điện tử, chứng thực chữ ký số để đảm bảo thực hiện các mục tiêu của Kế hoạch; chú trọng mở rộng thu thập thông tin sinh trắc học về con người để phù hợp với xu hướng và hiệu quả quản lý dân cư.", None, Kind::None),
    // gia-lai line 174
    (2022, "- Thúc đẩy triển khai Quyết định số 1911/QĐ-TTg ngày 15/11/2021 của Thủ tướng Chính phủ về việc thực hiện kết nối, chia sẻ giữa Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành.", None, Kind::None),
    // gia-lai line 175
    (2022, "- Khẩn trương triển khai các giải pháp hỗ trợ các sở, ban, ngành tỉnh chưa có cơ sở dữ liệu có thể lưu chung vào Cơ sở dữ liệu về dân cư và phối hợp Sở Tư pháp triển khai dùng chung hạ tầng của Công an tỉnh trong việc đăng ký khai sinh, cấp số định danh cá nhân tại cấp xã đảm bảo đồng bộ, hiệu quả.", None, Kind::None),
    // gia-lai line 176
    (2022, "- Chủ trì, phối hợp với Sở Tài Chính, Sở Thông tin và Truyền thông nghiên cứu đề xuất cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư trên địa bàn tỉnh. Chủ trì, tổng hợp, dự toán kinh phí triển khai Đề án trên địa bàn tỉnh, phối hợp Sở Tài chính để tham mưu UBND tỉnh cân đối, bố trí kinh phí trình Hội đồng nhân dân tỉnh xem xét, quyết định.", None, Kind::None),
    // gia-lai line 178
    (2022, "- Phối hợp Công an tỉnh đề xuất, tham mưu cơ quan có thẩm quyền hoàn thiện thể chế, chính sách theo các nội dung tại Kế hoạch này.", None, Kind::None),
    // gia-lai line 179
    (2022, "- Triển khai, phối hợp với Công an tỉnh, Sở Thông tin và Truyền thông kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu hộ tịch điện tử toàn quốc với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực hộ tịch và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh theo thẩm quyền được giao.", None, Kind::None),
    // gia-lai line 180
    (2022, "- Triển khai, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác các Cơ sở dữ liệu của ngành Tư pháp như: Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính, Cơ sở dữ liệu lý lịch tư pháp, Cơ sở dữ liệu trợ giúp pháp lý, Cơ sở dữ liệu công chứng với Cơ sở dữ liệu quốc gia về dân cư theo thẩm quyền được giao.", None, Kind::None),
    // gia-lai line 181
    (2022, "7. Cục Thi hành án dân sự tỉnh Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác Cơ sở dữ liệu thi hành án dân sự nói chung với Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // gia-lai line 184
    (2022, "- Chủ trì xây dựng Cơ sở dữ liệu quốc gia về cán bộ công chức, viên chức, kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư.", None, Kind::None),
    // gia-lai line 185
    (2022, "- Phối hợp với Công an tỉnh khai thác, tận dụng thông tin từ Cơ sở dữ liệu quốc gia về dân cư bảo đảm tránh thu thập trùng lặp nhiều thông tin để phục vụ quản lý cán bộ, công chức, viên chức của các cơ quan nhà nước các cấp trong tỉnh; trao đổi thông tin, dữ liệu về cán bộ, công chức, viên chức với Công an tỉnh để tích hợp vào thẻ Căn cước công dân, ứng dụng VNeID.", None, Kind::None),
    // gia-lai line 186
    (2022, "9. Sở Kế hoạch và Đầu tư: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về doanh nghiệp với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực doanh nghiệp và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 187
    (2022, "10. Cục Thống kê tỉnh: Chủ trì, phối hợp với Công an tỉnh sử dụng Cơ sở dữ liệu quốc gia về dân cư để tổng hợp, thống kê, tổng điều tra dân số, nhà ở và một số nội dung khác có liên quan theo yêu cầu của UBND tỉnh và Tổng Cục thống kê nhằm giảm chi phí đầu tư của Nhà nước.", None, Kind::None),
    // gia-lai line 189
    (2022, "- Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về tài chính với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh (sau khi có hướng dẫn cụ thể của Bộ Tài chính).", Some("sau khi có hướng dẫn cụ thể của Bộ Tài chính"), Kind::Event),
    // gia-lai line 190
    (2022, "- Phối hợp với Công an tỉnh đề xuất cơ chế bảo đảm kinh phí duy trì, quản trị và khai thác dữ liệu Cơ sở dữ liệu quốc gia về dân cư trên địa bàn tỉnh; tham gia góp ý xây dựng và triển khai Thông tư quy định về mức thu, chế độ thu, nộp, quản lý và sử dụng phí được khai thác từ Cơ sở dữ liệu quốc gia về dân cư để mở cơ chế cho phép cơ quan quản lý cung cấp dịch vụ dữ liệu dân cư cho cá nhân, tổ chức có tính phí, tạo nguồn thu để xây dựng, duy trì, quản trị và khai thác dữ liệu; bảo đảm minh bạch, an toàn và đúng quy định pháp luật.", None, Kind::None),
    // gia-lai line 191
    (2022, "- Hàng năm, tại thời điểm xây dựng dự toán, trên cơ sở xây dựng dự toán kinh phí thực hiện Đề án được lập theo đúng quy định của các sở, ban, ngành tỉnh có liên quan, Sở Tài chính tham mưu UBND tỉnh cân đối kinh phí trình Hội đồng nhân dân tỉnh xem xét, quyết định.", Some("Hàng năm, tại thời điểm xây dựng dự toán"), Kind::Recurring),
    // gia-lai line 192
    (2022, "12. Cục Thuế tỉnh: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu thuế với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực thuế và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 193
    (2022, "13. Sở Tài nguyên và Môi trường: Chủ trì, phối hợp với Công an tỉnh kết nối, sử dụng Cơ sở dữ liệu quốc gia về dân cư trong xây dựng Cơ sở dữ liệu đất đai và các cơ sở dữ liệu tài nguyên và môi trường khác; kết nối, chia sẻ Cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư; Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực đất đai và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 195
    (2022, "- Bảo đảm hạ tầng, đường truyền kết nối, quản lý, duy trì, vận hành, phát triển nền tảng tích hợp, chia sẻ dữ liệu của tỉnh Gia Lai (LGSP) hoạt động ổn định, đáp ứng yêu cầu kết nối, tích hợp, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành, Hệ thống thông tin trong cơ quan Nhà nước (thông qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia - NGSP) phục vụ phát triển Chính phủ điện tử, hướng tới Chính phủ số, thúc đẩy chuyển đổi số.", None, Kind::None),
    // gia-lai line 196
    (2022, "- Phối hợp các đơn vị liên quan để kết nối Cổng dịch vụ công của tỉnh, Hệ thống thông tin một cửa điện tử với Cơ sở dữ liệu quốc gia về dân cư phục vụ xử lý thủ tục hành chính, cung cấp dịch vụ công trực tuyến.", None, Kind::None),
    // gia-lai line 197
    (2022, "- Phối hợp với Công an tỉnh để giải quyết các vấn đề khó khăn, vướng mắc về quản lý, kết nối, chia sẻ dữ liệu dân cư.", None, Kind::None),
    // gia-lai line 198
    (2022, "15. Sở Công Thương: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh hỗ trợ phục vụ các giao dịch hành chính công, thương mại điện tử và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 199
    (2022, "16. Bộ Chỉ huy Quân sự tỉnh và Bộ chỉ huy Bộ đội biên phòng tỉnh: Cung cấp chữ ký số chuyên dùng cho cơ quan, cán bộ, công chức, viên chức khi tham gia vào Cổng Dịch vụ công của tỉnh, Hệ thống thông tin điện tử các cấp; cung cấp giải pháp ứng dụng mật mã đảm bảo xác thực, bảo mật cho các Hệ thống thông tin phục vụ giải quyết các thủ tục hành chính; tham gia giám sát, bảo đảm an toàn, bảo mật cho các Hệ thống thông tin: Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.", None, Kind::None),
    // gia-lai line 200
    (2022, "17. Sở Y tế: Phối hợp Công an tỉnh khẩn trương tích hợp dữ liệu tiêm chủng phòng ngừa Covid-19, người bị nhiễm virus đã khỏi bệnh, kết quả xét nghiệm theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ.", None, Kind::None),
    // gia-lai line 201
    (2022, "18. Sở Giao thông vận tải: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu giấy phép lái xe, đăng kiểm phương tiện với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 202
    (2022, "19. Sở Giáo dục và Đào tạo: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thuộc phạm vi quản lý Nhà nước thuộc lĩnh vực Giáo dục và Đào tạo với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 203
    (2022, "20. Sở Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu an sinh xã hội của người dân với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 204
    (2022, "21. Sở Khoa học và Công nghệ: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về Khoa học và công nghệ với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh. Phối hợp với Công an tỉnh triển khai các nhiệm vụ nghiên cứu khoa học, chuyển giao công nghệ trên nền dữ liệu dân cư trong khuôn khổ các chương trình khoa học công nghệ trọng điểm cấp tỉnh, cấp quốc gia.", None, Kind::None),
    // gia-lai line 205
    (2022, "22. Sở Nông nghiệp và Phát triển nông thôn: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu chuyên ngành nông nghiệp và phát triển nông thôn (như: Kiểm soát thiệt hại sau bão, di dân phòng chống thiên tai ...) với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 206
    (2022, "23. Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Gia Lai: Phối hợp với Công an tỉnh kết nối, khai thác với Hệ thống định danh và xác thực điện tử, Cơ sở dữ liệu quốc gia về dân cư, phát triển và sử dụng các ứng dụng trên thẻ Căn cước công dân và ứng dụng VNEID trên nền tảng công nghệ sinh trắc học để cung cấp các dịch vụ định danh, xác thực điện tử trong thanh toán, mở tài khoản... tạo thuận lợi cho người dân tiếp cận các dịch vụ tài chính, thúc đẩy quá trình chuyển đổi số trong ngành Ngân hàng và phục vụ các hoạt động chỉ đạo, điều hành của Ngân hàng Nhà nước Việt Nam.", None, Kind::None),
    // gia-lai line 207
    (2022, "24. Thanh tra tỉnh: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác Cơ sở dữ liệu quốc gia về khiếu nại tố cáo với Cơ sở dữ liệu quốc gia về dân cư phục vụ xác thực, xác minh thông tin công dân thực hiện khiếu nại, tố cáo.", None, Kind::None),
    // gia-lai line 208
    (2022, "25. Bảo hiểm xã hội tỉnh: Chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu Cơ sở dữ liệu quốc gia về bảo hiểm xã hội với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính trong lĩnh vực bảo hiểm xã hội và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành UBND tỉnh.", None, Kind::None),
    // gia-lai line 209
    (2022, "26. Viện kiểm sát nhân dân tỉnh: Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thông tin Quyết định thi hành các biện pháp ngăn chặn đối với công dân đang trong quá trình điều tra; Cơ sở dữ liệu thống kê tư pháp, thống kê tội phạm; các Cơ sở dữ liệu khác liên quan đến công chức, viên chức trong ngành với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
    // gia-lai line 210
    (2022, "27. Tòa án nhân dân tỉnh: Đề nghị chủ trì, phối hợp với Công an tỉnh kết nối, chia sẻ, khai thác dữ liệu thông tin Cơ sở dữ liệu công bố bản án, quyết định của Tòa án với Cơ sở dữ liệu quốc gia về dân cư, Hệ thống định danh và xác thực điện tử, Cổng Dịch vụ công của tỉnh, Hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh phục vụ giải quyết thủ tục hành chính và làm giàu dữ liệu dân cư phục vụ hoạt động chỉ đạo, điều hành của UBND tỉnh.", None, Kind::None),
];
