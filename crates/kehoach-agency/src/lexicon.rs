//! Every word list the grammar and the normaliser consult, in one place.
//!
//! All entries are written lower case, NFC, with the tone mark on the first
//! vowel of "oa/oe/uy" ("hòa", "ủy") — the form [`crate::normalize::fold`]
//! produces — so that a plain string comparison against a folded token works.
//! A unit test checks that. Multi-word entries are matched word by word.
//!
//! To teach kehoach a new kind of agency, add its head word to [`HEAD_WORDS`];
//! a new generic noun ("các X") goes into [`GROUP_NOUNS`]. Specific agencies
//! belong in `data/agencies.toml`, not here.

/// Words that open the name of one body: "Sở Tư pháp", "Công an tỉnh",
/// "Báo Hậu Giang". A head followed by a proper name (or a level such as
/// "cấp huyện", "các huyện, thị xã") is an agency.
pub(crate) const HEAD_WORDS: &[&str] = &[
    // government and its offices
    "ủy ban nhân dân",
    "ubnd",
    "ủy ban",
    "hội đồng nhân dân",
    "hđnd",
    "hội đồng",
    "văn phòng",
    "vp",
    "chính phủ",
    "thủ tướng",
    "quốc hội",
    "sở",
    "ban",
    "bộ",
    "tổng cục",
    "cục",
    "chi cục",
    "phòng",
    "thanh tra",
    "kiểm toán",
    // justice and security
    "công an",
    "tòa án",
    "tand",
    "viện kiểm sát",
    "vksnd",
    "viện",
    "bộ chỉ huy",
    "bch",
    "bộ tư lệnh",
    "bộ đội",
    "quân khu",
    "cảnh sát",
    "đội",
    "đồn",
    "hải quan",
    // ministries' departments and local technical units
    "vụ",
    "hạt",
    "trạm",
    "nhà xuất bản",
    "ban quản lý",
    // commune officers named by post ("Công chức Văn hóa - Xã hội xã")
    "công chức",
    // finance and services
    "bảo hiểm",
    "bhxh",
    "kho bạc",
    "kbnn",
    "ngân hàng",
    "nhnn",
    "trung tâm",
    "bộ phận",
    "điện lực",
    "bưu điện",
    "viễn thông",
    "công ty",
    "tổng công ty",
    "tập đoàn",
    "chi nhánh",
    "cảng vụ",
    // press
    "báo",
    "đài",
    "thông tấn xã",
    // party and mass organisations
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "thị ủy",
    "đảng ủy",
    "mặt trận",
    "mttq",
    "ubmttq",
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "đoàn",
    "hội",
    "liên đoàn",
    "liên minh",
    "hiệp hội",
    // units and working groups
    "tổ công tác",
    "tổ giúp việc",
    "ban chỉ đạo",
    "ban quản lý",
    "ban thường vụ",
    "tổ",
    "trường",
    "học viện",
    "đại học",
    "bệnh viện",
];

/// Heads that name a body on their own in context ("phối hợp với Tổ công
/// tác", "báo cáo Ban Chỉ đạo"); other heads need a name after them.
pub(crate) const SELF_CONTAINED_HEADS: &[&str] = &["tổ công tác", "tổ giúp việc", "ban chỉ đạo"];

/// Heads that are written in capitals only when they are an abbreviation
/// ("CA tỉnh"); lower-case "ca" is an ordinary word.
pub(crate) const UPPERCASE_ONLY_HEADS: &[&str] = &["ca"];

/// Generic nouns that name a kind of body rather than one body. They make
/// group names ("các sở, ban, ngành", "tổ chức, doanh nghiệp có liên quan")
/// and may be enumerated with commas inside one group.
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "sở",
    "vụ",
    "cục",
    "ban",
    "ngành",
    "bộ",
    "địa phương",
    "cơ quan",
    "đơn vị",
    "tổ chức",
    "doanh nghiệp",
    "đoàn thể",
    "hội",
    "hội đoàn thể",
    "cơ sở",
    "ngân hàng",
    "tổ chức tín dụng",
    "trường",
    "bệnh viện",
    "công ty",
    "cá nhân",
    "hộ gia đình",
    "lực lượng",
    "nhà mạng",
    "báo chí",
    "cơ quan báo chí",
    "thông tấn",
    "chủ đầu tư",
    "hiệp hội",
    "ủy ban",
    "phòng",
    "trung tâm",
    "chi nhánh",
];

/// Group nouns that may open a group in running text without "các": the
/// others double as verbs or common nouns ("tổ chức triển khai", "ban hành").
pub(crate) const TEXT_BARE_GROUP_NOUNS: &[&str] = &[
    "sở",
    "ngành",
    "địa phương",
    "đơn vị",
    "cơ quan",
    "doanh nghiệp",
    "đoàn thể",
];

/// Administrative units: "UBND các huyện, thị xã, thành phố", "các xã,
/// phường, thị trấn". District-level and commune-level sets are kept apart
/// because a key canonicalises "các <district units>" to "cấp huyện".
pub(crate) const DISTRICT_UNITS: &[&str] = &["huyện", "quận", "thị xã", "thành phố"];
pub(crate) const COMMUNE_UNITS: &[&str] = &["xã", "phường", "thị trấn"];
pub(crate) const OTHER_UNITS: &[&str] = &["tỉnh", "thôn", "tổ dân phố", "khu phố", "ấp", "bản"];

/// Levels after "cấp": "UBND cấp huyện", "Bộ phận Một cửa cấp huyện, cấp xã".
pub(crate) const LEVEL_WORDS: &[&str] = &[
    "trung ương",
    "tỉnh",
    "huyện",
    "xã",
    "cơ sở",
    "quận",
    "phường",
    "thành phố",
    "thị xã",
];

/// Words that, ending a group, fix its scope ("sở, ban, ngành tỉnh") and so
/// close the enumeration: what follows a comma is then a new entry.
pub(crate) const SCOPE_WORDS: &[&str] = &[
    "tỉnh",
    "huyện",
    "xã",
    "quận",
    "phường",
    "thị trấn",
    "thị xã",
    "thành phố",
    "trung ương",
    "cơ sở",
    "các cấp",
];

/// Qualifiers that scope over the whole group before them and close it:
/// "các Sở, Ban, ngành, địa phương có liên quan", "... thuộc UBND tỉnh".
pub(crate) const CLOSING_QUALIFIERS: &[&str] = &[
    "có liên quan",
    "liên quan",
    "thuộc",
    "trực thuộc",
    "trên địa bàn",
    "đóng trên địa bàn",
    "tại địa phương",
    "có",
    "của",
    "tại",
];

/// Modifiers a group noun may carry in running text ("các cơ quan chức năng
/// liên quan"). In a table cell anything up to the next separator is kept;
/// in prose only these, so that the verb after the group is not swallowed.
pub(crate) const TEXT_GROUP_MODIFIERS: &[&str] = &[
    "chức năng",
    "chuyên môn",
    "sự nghiệp",
    "công lập",
    "thông tấn",
    "báo chí",
    "tín dụng",
    "thương mại",
    "viễn thông",
    "nhà nước",
    "trung ương",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "các cấp",
    "tỉnh",
    "huyện",
    "xã",
    "có liên quan",
    "liên quan",
];

/// Lower-case words that may sit inside a proper agency name in running text
/// (names are sentence case: "Tòa án nhân dân tỉnh", "Ngân hàng Nhà nước chi
/// nhánh tỉnh"). Any other lower-case word ends an unknown name.
pub(crate) const NAME_INNER_WORDS: &[&str] = &[
    "nhân dân",
    "nhà nước",
    "chi nhánh",
    "khu vực",
    "cấp",
    "quân sự",
    "biên phòng",
    "dân sự",
    "tỉnh",
    "huyện",
    "xã",
    "quận",
    "phường",
    "thị xã",
    "thị trấn",
    "thành phố",
    "trung ương",
];

/// Words that cannot sit inside an agency name: verbs and prepositions. An
/// unknown name in prose may run through lower-case words ("Ban Chỉ đạo
/// chuyển đổi số tỉnh") only up to a level word and only if none of these
/// comes first ("Sở X triển khai tại tỉnh" stops at "triển khai").
pub(crate) const NAME_STOP_WORDS: &[&str] = &[
    "tổ chức",
    "kết nối",
    "khai thác",
    "chia sẻ",
    "tích hợp",
    "rà soát",
    "hỗ trợ",
    "tuyên truyền",
    "vận động",
    "giải quyết",
    "đánh giá",
    "cập nhật",
    "quản lý",
    "để",
    "trong",
    "về",
    "cho",
    "theo",
    "tại",
    "của",
    "với",
    "và",
    "thuộc",
    "trên",
    "đến",
    "từ",
    "nhằm",
    "khi",
    "đối với",
    "các",
    "những",
    "được",
    "đã",
    "sẽ",
    "là",
    "làm",
    "có",
    "lập",
    "giao",
    "gửi",
    "đưa",
    "ra",
    "nhận",
    "tiếp nhận",
    "tham gia",
    "thống nhất",
    "xử lý",
    "trả",
    "bảo vệ",
    "phục vụ",
    "tiến hành",
    "dự trù",
    "phản ánh",
    "sử dụng",
    "trình",
    "đăng",
    "phát",
    "cử",
    "chuẩn bị",
    "hoàn thiện",
    "hoàn thành",
    "tiếp tục",
    "thường xuyên",
    "kịp thời",
    "khẩn trương",
    "chủ động",
];

/// Role words: never part of a name ("Công an tỉnh chủ trì").
pub(crate) const LEAD_MARKERS_AND_ROLES: &[&str] = &[
    "chủ trì",
    "phối hợp",
    "cùng với",
    "đề nghị",
    "chịu trách nhiệm",
    "thường trực",
];

/// Multi-word expressions that start like an agency word but are not one;
/// checked before heads and group nouns.
pub(crate) const NOT_AGENCY: &[&str] = &[
    "xã hội",
    "ban hành",
    "ban đầu",
    "hội nghị",
    "hội thảo",
    "hội viên",
    "hội nhập",
    "tổ chức thực hiện",
    "tổ chức triển khai",
    "cơ sở dữ liệu",
    "cơ sở hạ tầng",
    "cơ sở vật chất",
    "bộ chỉ số",
    "bộ tiêu chí",
    "bộ thủ tục",
    "phòng chống",
    "phòng ngừa",
    "đội ngũ",
    "đài truyền thanh",
    "trung tâm dữ liệu",
    "báo cáo",
    "trường hợp",
    "sở hữu",
    "bộ máy",
    "đoàn kết",
    "cục bộ",
];

// ------------------------------------------------------------ role markers --

/// "X chủ trì": X leads.
pub(crate) const LEAD_MARKER: &str = "chủ trì";
/// "Đề nghị X chủ trì": a request to a body outside the issuer's authority.
pub(crate) const REQUEST_PREFIX: &str = "đề nghị";
/// "phối hợp (chặt chẽ) (với) Y": Y support.
pub(crate) const SUPPORT_MARKER: &str = "phối hợp";
pub(crate) const SUPPORT_INTENSIFIERS: &[&str] = &["chặt chẽ"];
pub(crate) const SUPPORT_LINKS: &[&str] = &["cùng với", "với", "cùng"];
/// "(với) sự phối hợp của Y".
pub(crate) const SUPPORT_PASSIVE: &str = "sự phối hợp của";
/// "chủ trì cùng (với) Y", "cùng với Y": Y are partners of the lead.
pub(crate) const PARTNER_WORD: &str = "cùng";
pub(crate) const PARTNER_LINK: &str = "với";
/// A role in parentheses after an entry: "(chủ trì)", "(cơ quan thường trực)".
pub(crate) const STANDING_ROLE: &str = "thường trực";
/// Nouns of a role label: "Cơ quan chủ trì:", "Đơn vị phối hợp:".
pub(crate) const ROLE_LABEL_NOUNS: &[&str] = &["cơ quan", "đơn vị"];

// -------------------------------------------------------- list connectives --

pub(crate) const CONJUNCTION: &str = "và";
/// "cấp huyện", "cấp xã".
pub(crate) const LEVEL_PREFIX: &str = "cấp";
/// "các sở, ban, ngành thuộc UBND tỉnh".
pub(crate) const BELONGS_TO: &[&str] = &["trực thuộc", "thuộc"];
/// "(đóng) trên địa bàn (tỉnh)".
pub(crate) const AREA_QUALIFIERS: &[&str] = &["trên địa bàn", "tại địa phương"];
pub(crate) const STATIONED: &str = "đóng";
/// "xã hội" is not the unit "xã".
pub(crate) const SOCIETY: &str = "xã hội";
/// Linking words trimmed from the start of an entry: "(phối hợp) với X".
pub(crate) const LEADING_LINKS: &[&str] = &["với", "cùng", "và"];

// ------------------------------------------------------------------ levels --

/// Words that make an unknown agency central ("Thanh tra Chính phủ").
pub(crate) const CENTRAL_WORDS: &[&str] = &[
    "chính phủ",
    "thủ tướng",
    "quốc hội",
    "trung ương",
    "tối cao",
    "việt nam",
];
/// A ministry is "Bộ X", but these "bộ ..." are provincial units.
pub(crate) const NOT_MINISTRY: &[&str] = &["bộ phận", "bộ chỉ huy", "bộ đội"];

/// Labels that may precede an assignment value ("Cơ quan thực hiện: ...").
pub(crate) const ASSIGNMENT_LABEL_WORDS: &[&str] = &[
    "cơ quan",
    "đơn vị",
    "chủ trì",
    "thực hiện",
    "phối hợp",
    "chịu trách nhiệm",
    "trách nhiệm",
    "giao",
];

/// Heads of committees whose names state their mission with a verb ("Ban Quản lý
/// xây dựng nông thôn mới xã", "Ban Chỉ đạo chuyển đổi số tỉnh"): a verb inside
/// such a name does not make the heading a sentence.
pub(crate) const COMMITTEE_HEADS: &[&str] = &["ban", "tổ", "hội đồng", "ủy ban", "tiểu ban"];

/// Words that make a heading a sentence rather than a list of agencies
/// ("Sở Kế hoạch và Đầu tư, Sở Tài chính ưu tiên bố trí kinh phí ...").
pub(crate) const HEADING_VERBS: &[&str] = &[
    "chủ trì",
    "phối hợp",
    "chỉ đạo",
    "điều hành",
    "thực hiện",
    "triển khai",
    "xây dựng",
    "ban hành",
    "bố trí",
    "ưu tiên",
    "tham mưu",
    "báo cáo",
    "hướng dẫn",
    "theo dõi",
    "đôn đốc",
    "kiểm tra",
    "tổng hợp",
    "bảo đảm",
    "đảm bảo",
    "nghiên cứu",
    "đề xuất",
    "phân công",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "căn cứ",
    "thành lập",
    "lập",
    "giao",
    "làm",
    "là",
];

/// Abbreviations expanded by `normalize_key` and in display names, as
/// (folded token, key form, display form). Tokens are matched whole, so "vp"
/// never fires inside a word.
pub(crate) const ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("ubnd", "ủy ban nhân dân", "Ủy ban nhân dân"),
    ("hđnd", "hội đồng nhân dân", "Hội đồng nhân dân"),
    ("bch", "bộ chỉ huy", "Bộ Chỉ huy"),
    ("bchqs", "bộ chỉ huy quân sự", "Bộ Chỉ huy Quân sự"),
    ("bđbp", "bộ đội biên phòng", "Bộ đội Biên phòng"),
    (
        "bchbđbp",
        "bộ chỉ huy bộ đội biên phòng",
        "Bộ Chỉ huy Bộ đội Biên phòng",
    ),
    ("vp", "văn phòng", "Văn phòng"),
    ("mttq", "mặt trận tổ quốc", "Mặt trận Tổ quốc"),
    (
        "mttqvn",
        "mặt trận tổ quốc việt nam",
        "Mặt trận Tổ quốc Việt Nam",
    ),
    (
        "ubmttq",
        "ủy ban mặt trận tổ quốc",
        "Ủy ban Mặt trận Tổ quốc",
    ),
    (
        "ubmttqvn",
        "ủy ban mặt trận tổ quốc việt nam",
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
    ),
    ("tand", "tòa án nhân dân", "Tòa án nhân dân"),
    ("vksnd", "viện kiểm sát nhân dân", "Viện kiểm sát nhân dân"),
    ("bhxh", "bảo hiểm xã hội", "Bảo hiểm xã hội"),
    ("kbnn", "kho bạc nhà nước", "Kho bạc Nhà nước"),
    ("nhnn", "ngân hàng nhà nước", "Ngân hàng Nhà nước"),
    ("thads", "thi hành án dân sự", "Thi hành án dân sự"),
    (
        "lđtb&xh",
        "lao động - thương binh và xã hội",
        "Lao động - Thương binh và Xã hội",
    ),
    (
        "lđ-tb&xh",
        "lao động - thương binh và xã hội",
        "Lao động - Thương binh và Xã hội",
    ),
    (
        "lđtbxh",
        "lao động - thương binh và xã hội",
        "Lao động - Thương binh và Xã hội",
    ),
    (
        "tn&mt",
        "tài nguyên và môi trường",
        "Tài nguyên và Môi trường",
    ),
    (
        "tnmt",
        "tài nguyên và môi trường",
        "Tài nguyên và Môi trường",
    ),
    ("kh&đt", "kế hoạch và đầu tư", "Kế hoạch và Đầu tư"),
    ("khđt", "kế hoạch và đầu tư", "Kế hoạch và Đầu tư"),
    ("gd&đt", "giáo dục và đào tạo", "Giáo dục và Đào tạo"),
    ("gdđt", "giáo dục và đào tạo", "Giáo dục và Đào tạo"),
    (
        "tt&tt",
        "thông tin và truyền thông",
        "Thông tin và Truyền thông",
    ),
    (
        "tttt",
        "thông tin và truyền thông",
        "Thông tin và Truyền thông",
    ),
    ("kh&cn", "khoa học và công nghệ", "Khoa học và Công nghệ"),
    ("khcn", "khoa học và công nghệ", "Khoa học và Công nghệ"),
    (
        "nn&ptnt",
        "nông nghiệp và phát triển nông thôn",
        "Nông nghiệp và Phát triển nông thôn",
    ),
    (
        "nnptnt",
        "nông nghiệp và phát triển nông thôn",
        "Nông nghiệp và Phát triển nông thôn",
    ),
    (
        "vhttdl",
        "văn hóa, thể thao và du lịch",
        "Văn hóa, Thể thao và Du lịch",
    ),
    (
        "vh-tt&dl",
        "văn hóa, thể thao và du lịch",
        "Văn hóa, Thể thao và Du lịch",
    ),
    ("gtvt", "giao thông vận tải", "Giao thông vận tải"),
    ("tncs", "thanh niên cộng sản", "Thanh niên Cộng sản"),
    (
        "pt-th",
        "phát thanh - truyền hình",
        "Phát thanh - Truyền hình",
    ),
    (
        "ptth",
        "phát thanh - truyền hình",
        "Phát thanh - Truyền hình",
    ),
];

/// "CA" means "công an" only before a level ("CA tỉnh", "CA xã").
pub(crate) const POLICE_ABBREVIATION: (&str, &str, &str) = ("ca", "công an", "Công an");

/// Leading words dropped from keys: they do not change which body is meant.
pub(crate) const KEY_DROP_LEADING: &[&str] = &["các", "những", "với", "cùng"];

/// Plural markers that open a group ("các sở, ban, ngành").
pub(crate) const PLURAL_MARKERS: &[&str] = &["các", "những"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    fn all_lists() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = Vec::new();
        for list in [
            HEAD_WORDS,
            SELF_CONTAINED_HEADS,
            UPPERCASE_ONLY_HEADS,
            GROUP_NOUNS,
            TEXT_BARE_GROUP_NOUNS,
            DISTRICT_UNITS,
            COMMUNE_UNITS,
            OTHER_UNITS,
            LEVEL_WORDS,
            SCOPE_WORDS,
            CLOSING_QUALIFIERS,
            TEXT_GROUP_MODIFIERS,
            NAME_INNER_WORDS,
            NAME_STOP_WORDS,
            LEAD_MARKERS_AND_ROLES,
            NOT_AGENCY,
            ASSIGNMENT_LABEL_WORDS,
            HEADING_VERBS,
            COMMITTEE_HEADS,
            KEY_DROP_LEADING,
            PLURAL_MARKERS,
        ] {
            v.extend_from_slice(list);
        }
        v.push(LEAD_MARKER);
        v.push(REQUEST_PREFIX);
        for (a, b, _) in ABBREVIATIONS {
            v.push(a);
            v.push(b);
        }
        v
    }

    #[test]
    fn entries_are_already_folded() {
        for entry in all_lists() {
            for word in entry.split(' ') {
                assert_eq!(
                    fold(word),
                    word,
                    "lexicon entry {entry:?} is not in folded form"
                );
            }
        }
    }
}
