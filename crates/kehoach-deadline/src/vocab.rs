//! THE CUE VOCABULARY — every word list the grammar consults lives here.
//!
//! To extend the grammar with a new wording, add it to the matching list; no parser
//! code needs to change. Rules for entries:
//!
//! * write them lowercase, NFC, with the modern ("hoà", "thuỷ") tone placement —
//!   the input is normalised to that form before matching, and a unit test checks
//!   that every entry here is already in normal form;
//! * separate words by one space;
//! * order does not matter: lists are matched longest-entry-first.
//!
//! The calendar words themselves ("ngày", "tháng", "quý", "năm", "từ", "đến") are part
//! of the constructs in `grammar.rs`, because they are structure rather than cues.

/// Cues that make a deadline depend on something else happening first (kind `event`),
/// valid in a whole deadline phrase. A bare "khi" is only trusted there, because in
/// running text "khi thực hiện thủ tục" means "when doing", not "once".
pub const EVENT_CUES: &[&str] = &[
    "ngay sau khi",
    "ngay sau",
    "ngay khi",
    "sau khi",
    "khi có",
    "khi được",
    "khi cần",
    "khi",
    "theo yêu cầu",
];

/// Event cues trusted inside running text: each names a trigger ("once X is issued",
/// "when there is a request"), not a circumstance of the action.
pub const EVENT_CUES_IN_TEXT: &[&str] = &[
    "ngay sau khi",
    "ngay sau",
    "ngay khi",
    "sau khi",
    "khi có",
    "khi được",
];

/// Words after "theo" that name someone else's schedule (kind `roadmap`): "theo lộ trình
/// ...", "theo hướng dẫn của các Bộ". "theo quy định" is deliberately absent: "as the law
/// says" states no timing at all.
pub const ROADMAP_SOURCES: &[&str] = &[
    "lộ trình",
    "tiến độ",
    "kế hoạch",
    "hướng dẫn",
    "thông tư",
    "nghị định",
    "nghị quyết",
    "quyết định",
    "đề án",
    "chương trình",
    "chỉ đạo",
    "văn bản",
    "công văn",
    "thời hạn",
];

/// Roadmap words that stand on their own, without "theo" ("Lộ trình theo Nghị quyết ...",
/// "Đề ra lộ trình ...").
pub const ROADMAP_WORDS: &[&str] = &["lộ trình"];

/// How often: "hàng tháng", "hằng năm", "mỗi quý".
pub const FREQUENCY_WORDS: &[&str] = &["hàng", "hằng", "mỗi"];

/// Units a frequency word can take.
pub const PERIOD_UNITS: &[&str] = &["ngày", "tuần", "tháng", "quý", "quí", "năm"];

/// Adverbs of regularity (kind `recurring`).
pub const REGULARITY_WORDS: &[&str] = &["thường xuyên", "liên tục", "thường kỳ"];

/// Introduces a periodic schedule: "Định kỳ hàng tháng", "định kỳ trước ngày 20 hàng tháng".
pub const PERIODIC_WORDS: &[&str] = &["định kỳ"];

/// Prepositions between "định kỳ" and a day of the month: "(định kỳ) vào ngày 15 hàng tháng".
pub const DAY_OF_MONTH_PREPOSITIONS: &[&str] = &["vào", "trước", "trong", "sau", "chậm nhất"];

/// A moment inside a recurring cycle that a fronted frequency may carry along:
/// "Hàng năm, tại thời điểm xây dựng dự toán, ...".
pub const CYCLE_MOMENTS: &[&str] = &["tại thời điểm", "vào thời điểm", "vào dịp", "trước khi"];

/// Relative-delay units: "trong vòng 30 ngày kể từ ...".
pub const DELAY_UNITS: &[&str] = &["ngày", "ngày làm việc", "tuần", "tháng", "năm"];

/// What a relative delay is counted from.
pub const DELAY_ANCHORS: &[&str] = &["kể từ", "tính từ", "sau khi", "sau", "từ"];

/// Words between "trong" and a relative delay: "trong vòng 30 ngày", "trong thời hạn 15 ngày".
pub const DELAY_OPENERS: &[&str] = &["vòng", "thời hạn", "thời gian"];

/// Places in a phased roll-out ("Tại Trung tâm ... từ ngày ...; cấp huyện từ ngày ...").
pub const PLACE_CUES: &[&str] = &[
    "tại",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "cấp thành phố",
    "cấp trung ương",
    "cấp cơ sở",
    "bộ phận một cửa",
    "trung tâm phục vụ hành chính công",
];

/// Words that, in running text, lead into a calendar deadline and belong to the
/// printed deadline phrase: "... trong năm 2022", "gửi ... trước ngày 20/3/2022",
/// "Hoàn thành trong tháng 3 năm 2023". A calendar expression without one of these is
/// left alone in running text (it is usually part of a title or a citation). A bare
/// "đến" is absent on purpose: "Chương trình Chuyển đổi số quốc gia đến năm 2025" is a
/// programme name, while "đến hết năm 2022" still bounds a task.
pub const TEXT_LEADS: &[&str] = &[
    "hoàn thành trong",
    "hoàn thành trước",
    "hoàn thành xong trong",
    "hoàn thành xong trước",
    "hoàn thành vào",
    "hoàn thành",
    "xong trước",
    "xong trong",
    "trong",
    "trước",
    "chậm nhất là",
    "chậm nhất vào",
    "chậm nhất",
    "đến hết",
    "vào",
];

/// Nouns after which "thường xuyên" is an adjective, not a schedule: "kinh phí thường
/// xuyên", "chi thường xuyên" (the recurrent-expenditure category of the budget), "các
/// công việc thường xuyên" (routine business).
pub const NOUNS_BEFORE_REGULAR_ADJECTIVE: &[&str] = &[
    "kinh phí",
    "chi",
    "nguồn",
    "vốn",
    "ngân sách",
    "nhiệm vụ chi",
    "dự toán chi",
    "công việc",
    "nhiệm vụ",
    "công tác",
];

/// Neighbours that make "thường xuyên" one adjective of a list qualifying a noun:
/// "giao ban định kỳ, thường xuyên, đột xuất".
pub const LIST_ADJECTIVES: &[&str] = &["định kỳ", "đột xuất"];

/// Words before "từ" that belong to a start date in running text: "Bắt đầu triển khai từ
/// tháng 06/2022", "kể từ ngày 01/7/2022".
pub const FROM_LEADS: &[&str] = &[
    "bắt đầu",
    "bắt đầu triển khai",
    "bắt đầu thực hiện",
    "bắt đầu áp dụng",
    "kể",
    "áp dụng",
];

/// Nouns that make a following "hằng năm" part of a noun phrase ("dự toán ngân sách nhà
/// nước hằng năm" = the annual state budget) when they occur in the same clause shortly
/// before it.
pub const NOUNS_OWNING_FREQUENCY: &[&str] = &["ngân sách"];

/// How many words back `NOUNS_OWNING_FREQUENCY` are looked for.
pub const NOUN_LOOKBACK_WORDS: usize = 6;

/// Names of programmes and periods that contain years but are not deadlines when they
/// occur inside running text: "Đề án ... giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
/// "chuyển đổi số ... định hướng đến năm 2025".
pub const NAME_MARKERS: &[&str] = &[
    "giai đoạn",
    "tầm nhìn đến",
    "tầm nhìn",
    "định hướng đến",
    "định hướng",
];

/// Verbs that date a document rather than a task: "(Kế hoạch) ban hành ngày 10/5/2022".
pub const ISSUE_VERBS: &[&str] = &["ban hành", "ký", "phê duyệt"];

/// Labels that may precede a deadline value when a caller passes the whole line.
pub const DEADLINE_LABELS: &[&str] = &[
    "thời gian hoàn thành",
    "thời gian thực hiện",
    "thời gian triển khai",
    "thời hạn hoàn thành",
    "thời hạn thực hiện",
    "thời hạn",
    "tiến độ thực hiện",
    "tiến độ",
];

/// How a segment must begin for `parse_inline` to treat it as a deadline phrase. Each
/// entry is matched as whole words at the start of the segment (after "(", "*", spaces).
pub const INLINE_OPENERS: &[&str] = &[
    "hoàn thành",
    "thực hiện thường xuyên",
    "thực hiện trong",
    "thực hiện theo",
    "thực hiện khi",
    "thực hiện từ",
    "thực hiện sau khi",
    "thực hiện ngay",
    "thực hiện định kỳ",
    "thực hiện hàng",
    "thực hiện hằng",
    "thực hiện trước",
    "thực hiện xong",
    "thực hiện liên tục",
    "duy trì thường xuyên",
    "duy trì thực hiện thường xuyên",
    "bắt đầu",
    "triển khai từ",
    "triển khai trong",
    "triển khai thực hiện từ",
    "triển khai thực hiện trong",
    "trong tháng",
    "trong quý",
    "trong quí",
    "trong năm",
    "trong 6 tháng",
    "trong 06 tháng",
    "trong sáu tháng",
    "trong vòng",
    "trong thời hạn",
    "trong giai đoạn",
    "tháng",
    "quý",
    "quí",
    "năm",
    "6 tháng",
    "06 tháng",
    "sáu tháng",
    "nửa đầu năm",
    "nửa cuối năm",
    "từ",
    "kể từ",
    "trước ngày",
    "trước tháng",
    "trước quý",
    "trước năm",
    "chậm nhất",
    "đến ngày",
    "đến hết",
    "ngày",
    "định kỳ",
    "hàng ngày",
    "hàng tuần",
    "hàng tháng",
    "hàng quý",
    "hàng năm",
    "hằng ngày",
    "hằng tuần",
    "hằng tháng",
    "hằng quý",
    "hằng năm",
    "mỗi tháng",
    "mỗi quý",
    "mỗi năm",
    "thường xuyên",
    "liên tục",
    "sau khi",
    "ngay sau",
    "ngay khi",
    "khi có",
    "khi được",
    "theo lộ trình",
    "theo tiến độ",
    "theo kế hoạch",
    "theo hướng dẫn",
    "theo thông tư",
    "theo chỉ đạo",
    "lộ trình",
    "đề ra lộ trình",
    "đề ra theo lộ trình",
    "giai đoạn",
];

/// Openers of a roll-out by place ("Tại Bộ phận một cửa cấp xã từ ngày 01/6/2023",
/// "Cấp tỉnh từ ngày ..."). A segment opening this way counts as a deadline only if it
/// reads as a start date or a phased schedule: "Tại Hội nghị ngày 15/3/2022, ..." is
/// a meeting, not a deadline.
pub const INLINE_PLACE_OPENERS: &[&str] = &["tại", "cấp tỉnh", "cấp huyện", "cấp xã"];

/// Every list above, for the normal-form test.
#[cfg(test)]
pub const ALL_LISTS: &[&[&str]] = &[
    EVENT_CUES,
    EVENT_CUES_IN_TEXT,
    ROADMAP_SOURCES,
    ROADMAP_WORDS,
    FREQUENCY_WORDS,
    PERIOD_UNITS,
    REGULARITY_WORDS,
    PERIODIC_WORDS,
    DAY_OF_MONTH_PREPOSITIONS,
    CYCLE_MOMENTS,
    DELAY_UNITS,
    DELAY_ANCHORS,
    DELAY_OPENERS,
    PLACE_CUES,
    TEXT_LEADS,
    FROM_LEADS,
    NOUNS_BEFORE_REGULAR_ADJECTIVE,
    LIST_ADJECTIVES,
    NOUNS_OWNING_FREQUENCY,
    NAME_MARKERS,
    ISSUE_VERBS,
    DEADLINE_LABELS,
    INLINE_OPENERS,
    INLINE_PLACE_OPENERS,
];
