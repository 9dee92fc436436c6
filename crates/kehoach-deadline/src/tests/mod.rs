//! Unit tests. `gold.rs` holds the ground truth of fixtures/gold; this file holds the
//! variants a careful reader of Vietnamese administrative writing would expect, and
//! the edge cases.

use super::*;

mod gold;

/// "2022-03-01" as a `Date`; test data only.
fn d(s: &str) -> Date {
    let mut it = s.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    let (y, m, day) = (
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
        it.next().unwrap_or(0),
    );
    Date {
        year: y as i32,
        month: m,
        day,
    }
}

fn plan(y: i32) -> Context {
    Context { plan_year: Some(y) }
}

const NO_PLAN: Context = Context { plan_year: None };

/// Checks a table of (phrase, kind, start, end) and reports every mismatch at once.
fn check_table(rows: &[(&str, Kind, Option<&str>, Option<&str>)], ctx: &Context) {
    let mut bad = Vec::new();
    for &(phrase, kind, start, end) in rows {
        let p = parse(phrase, ctx);
        if p.kind != kind || p.start != start.map(d) || p.end != end.map(d) {
            bad.push(format!(
                "{phrase:?}: got {:?} {:?} {:?}, want {kind:?} {start:?} {end:?}",
                p.kind, p.start, p.end
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} wrong:\n{}",
        bad.len(),
        rows.len(),
        bad.join("\n")
    );
}

// ---------------------------------------------------------------- gold

#[test]
fn gold_phrases_without_plan_year() {
    // Every gold phrase prints its own year, so no plan year is needed.
    check_table(gold::GOLD_PHRASES, &NO_PLAN);
}

#[test]
fn gold_phrases_with_plan_year_do_not_assume() {
    for &(phrase, ..) in gold::GOLD_PHRASES {
        assert!(!parse(phrase, &plan(2022)).year_assumed, "{phrase:?}");
    }
}

#[test]
fn gold_phased_dates() {
    for &(phrase, dates) in gold::GOLD_PHASED {
        let p = parse(phrase, &NO_PLAN);
        let want: Vec<Date> = dates.iter().map(|s| d(s)).collect();
        assert_eq!(p.dates, want, "{phrase:?}");
    }
}

#[test]
fn gold_phrases_as_inline_segments() {
    // The structure layer may hand any of these over italic or parenthesised.
    for &(phrase, kind, ..) in gold::GOLD_PHRASES {
        for wrapped in [
            format!("*{phrase}.*"),
            format!("(*{phrase}*)"),
            format!("({phrase})"),
        ] {
            let got = parse_inline(&wrapped, &NO_PLAN).map(|p| p.kind);
            assert_eq!(got, Some(kind), "{wrapped:?}");
        }
    }
}

#[test]
fn gold_running_texts() {
    let mut bad = Vec::new();
    for &(year, text, raw, kind) in gold::GOLD_TEXTS {
        let f = find_in_text(text, &plan(year));
        let got_raw = f.as_ref().map(|f| f.raw.as_str());
        let got_kind = f.as_ref().map_or(Kind::None, |f| f.parsed.kind);
        if got_raw != raw || got_kind != kind {
            bad.push(format!(
                "{text:.90?}: got {got_raw:?} {got_kind:?}, want {raw:?} {kind:?}"
            ));
        }
        if let Some(f) = &f {
            assert_eq!(text.get(f.start..f.end), Some(f.raw.as_str()));
        }
    }
    assert!(bad.is_empty(), "{} wrong:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn gold_running_text_raws_parse_to_their_kind() {
    for &(year, _, raw, kind) in gold::GOLD_TEXTS {
        if let Some(raw) = raw {
            assert_eq!(parse(raw, &plan(year)).kind, kind, "{raw:?}");
        }
    }
}

// ---------------------------------------------------------------- variants of each kind

#[test]
fn dates() {
    check_table(
        &[
            (
                "ngày 15/3/2022",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "Ngày 15-03-2022",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "ngày 15.3.2022",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "ngày 15 / 03 / 2022",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "trước ngày 20/3/2022",
                Kind::Date,
                Some("2022-03-20"),
                Some("2022-03-20"),
            ),
            (
                "Trước ngày 20/3/2022.",
                Kind::Date,
                Some("2022-03-20"),
                Some("2022-03-20"),
            ),
            (
                "TRƯỚC NGÀY 20/3/2022",
                Kind::Date,
                Some("2022-03-20"),
                Some("2022-03-20"),
            ),
            (
                "Chậm nhất ngày 30/6/2022",
                Kind::Date,
                Some("2022-06-30"),
                Some("2022-06-30"),
            ),
            (
                "Hoàn thành trước 30/6/2022",
                Kind::Date,
                Some("2022-06-30"),
                Some("2022-06-30"),
            ),
            (
                "15/3/2022",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "2022-03-15",
                Kind::Date,
                Some("2022-03-15"),
                Some("2022-03-15"),
            ),
            (
                "ngày 01 tháng 6 năm 2022",
                Kind::Date,
                Some("2022-06-01"),
                Some("2022-06-01"),
            ),
            (
                "Ngày **01** tháng 06 năm 2022",
                Kind::Date,
                Some("2022-06-01"),
                Some("2022-06-01"),
            ),
            (
                "ngày 1 tháng 6, năm 2022",
                Kind::Date,
                Some("2022-06-01"),
                Some("2022-06-01"),
            ),
            (
                "Trước ngày 31/12/2022;",
                Kind::Date,
                Some("2022-12-31"),
                Some("2022-12-31"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn from_dates() {
    check_table(
        &[
            (
                "từ ngày 01/6/2022",
                Kind::FromDate,
                Some("2022-06-01"),
                None,
            ),
            (
                "Từ ngày 01 tháng 6 năm 2022",
                Kind::FromDate,
                Some("2022-06-01"),
                None,
            ),
            (
                "Kể từ ngày 01/7/2022",
                Kind::FromDate,
                Some("2022-07-01"),
                None,
            ),
            ("Từ 01/6/2022", Kind::FromDate, Some("2022-06-01"), None),
            (
                "Bắt đầu triển khai từ tháng 06/2022",
                Kind::FromDate,
                Some("2022-06-01"),
                None,
            ),
            (
                "bắt đầu từ tháng 6 năm 2022",
                Kind::FromDate,
                Some("2022-06-01"),
                None,
            ),
            (
                "Từ quý II/2023 và thực hiện thường xuyên",
                Kind::FromDate,
                Some("2023-04-01"),
                None,
            ),
            (
                "từ Quý 2 năm 2023",
                Kind::FromDate,
                Some("2023-04-01"),
                None,
            ),
            ("Từ năm 2023", Kind::FromDate, Some("2023-01-01"), None),
            (
                "Từ 6 tháng cuối năm 2023",
                Kind::FromDate,
                Some("2023-07-01"),
                None,
            ),
            (
                "Tại Bộ phận một cửa cấp xã từ ngày 01 tháng 6 năm 2023",
                Kind::FromDate,
                Some("2023-06-01"),
                None,
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn months() {
    check_table(
        &[
            (
                "Trong tháng 3 năm 2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "trong  tháng  3   năm  2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "TRONG THÁNG 3 NĂM 2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3/2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "tháng 03/2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3-2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3.2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3 / 2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3, năm 2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng\u{a0}3/2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 3\n2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "T3/2022",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "*Tháng 4/2023*",
                Kind::Month,
                Some("2023-04-01"),
                Some("2023-04-30"),
            ),
            (
                "_Tháng 9/2023_",
                Kind::Month,
                Some("2023-09-01"),
                Some("2023-09-30"),
            ),
            (
                "hoàn thành trong tháng 03/2022..",
                Kind::Month,
                Some("2022-03-01"),
                Some("2022-03-31"),
            ),
            (
                "Tháng 02/2022",
                Kind::Month,
                Some("2022-02-01"),
                Some("2022-02-28"),
            ),
            (
                "Tháng 02/2024",
                Kind::Month,
                Some("2024-02-01"),
                Some("2024-02-29"),
            ),
            (
                "Tháng 2/2000",
                Kind::Month,
                Some("2000-02-01"),
                Some("2000-02-29"),
            ),
            (
                "Tháng 2/2100",
                Kind::Month,
                Some("2100-02-01"),
                Some("2100-02-28"),
            ),
            (
                "Tháng 12/2023",
                Kind::Month,
                Some("2023-12-01"),
                Some("2023-12-31"),
            ),
            (
                "Tháng 11 năm 2024",
                Kind::Month,
                Some("2024-11-01"),
                Some("2024-11-30"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn quarters() {
    check_table(
        &[
            (
                "Quý I/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "quý I/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "QUÝ I/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "Quí I/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "Qúy I/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "Quý 1/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "Q1/2023",
                Kind::Quarter,
                Some("2023-01-01"),
                Some("2023-03-31"),
            ),
            (
                "Quý II - 2023",
                Kind::Quarter,
                Some("2023-04-01"),
                Some("2023-06-30"),
            ),
            (
                "Quý 2/2023",
                Kind::Quarter,
                Some("2023-04-01"),
                Some("2023-06-30"),
            ),
            (
                "Quý III năm 2023",
                Kind::Quarter,
                Some("2023-07-01"),
                Some("2023-09-30"),
            ),
            (
                "Quý IV năm 2024",
                Kind::Quarter,
                Some("2024-10-01"),
                Some("2024-12-31"),
            ),
            (
                "quý iv/2024.",
                Kind::Quarter,
                Some("2024-10-01"),
                Some("2024-12-31"),
            ),
            (
                "trong quý I/2022",
                Kind::Quarter,
                Some("2022-01-01"),
                Some("2022-03-31"),
            ),
            (
                "Hòan thành trong qúy I/2022",
                Kind::Quarter,
                Some("2022-01-01"),
                Some("2022-03-31"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn half_years() {
    check_table(
        &[
            (
                "6 tháng đầu năm 2023",
                Kind::HalfYear,
                Some("2023-01-01"),
                Some("2023-06-30"),
            ),
            (
                "06 tháng đầu năm 2023",
                Kind::HalfYear,
                Some("2023-01-01"),
                Some("2023-06-30"),
            ),
            (
                "Sáu tháng cuối năm 2023",
                Kind::HalfYear,
                Some("2023-07-01"),
                Some("2023-12-31"),
            ),
            (
                "6 tháng cuối năm 2023",
                Kind::HalfYear,
                Some("2023-07-01"),
                Some("2023-12-31"),
            ),
            (
                "6 tháng đầu của năm 2023",
                Kind::HalfYear,
                Some("2023-01-01"),
                Some("2023-06-30"),
            ),
            (
                "Nửa đầu năm 2023",
                Kind::HalfYear,
                Some("2023-01-01"),
                Some("2023-06-30"),
            ),
            (
                "Trong 6 tháng đầu năm 2024",
                Kind::HalfYear,
                Some("2024-01-01"),
                Some("2024-06-30"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn years() {
    check_table(
        &[
            (
                "Trong năm 2022",
                Kind::Year,
                Some("2022-01-01"),
                Some("2022-12-31"),
            ),
            (
                "Năm 2022",
                Kind::Year,
                Some("2022-01-01"),
                Some("2022-12-31"),
            ),
            (
                "trong năm 2024",
                Kind::Year,
                Some("2024-01-01"),
                Some("2024-12-31"),
            ),
            (
                "NĂM 2022.",
                Kind::Year,
                Some("2022-01-01"),
                Some("2022-12-31"),
            ),
            ("2022", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
            (
                "Đến hết năm 2022",
                Kind::Year,
                Some("2022-01-01"),
                Some("2022-12-31"),
            ),
            (
                "Cuối năm 2023",
                Kind::Year,
                Some("2023-01-01"),
                Some("2023-12-31"),
            ),
            (
                "Thực hiện theo lộ trình trong năm 2024",
                Kind::Year,
                Some("2024-01-01"),
                Some("2024-12-31"),
            ),
            (
                "Theo lộ trình của năm 2024",
                Kind::Year,
                Some("2024-01-01"),
                Some("2024-12-31"),
            ),
            (
                "Sau khi Bộ Công an ban hành Thông tư, trong năm 2022",
                Kind::Year,
                Some("2022-01-01"),
                Some("2022-12-31"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn ranges() {
    check_table(
        &[
            (
                "Giai đoạn 2023 - 2025",
                Kind::Range,
                Some("2023-01-01"),
                Some("2025-12-31"),
            ),
            (
                "giai đoạn 2023–2025",
                Kind::Range,
                Some("2023-01-01"),
                Some("2025-12-31"),
            ),
            (
                "Giai đoạn năm 2022 - 2023",
                Kind::Range,
                Some("2022-01-01"),
                Some("2023-12-31"),
            ),
            (
                "2022-2025",
                Kind::Range,
                Some("2022-01-01"),
                Some("2025-12-31"),
            ),
            (
                "2022 - 2025",
                Kind::Range,
                Some("2022-01-01"),
                Some("2025-12-31"),
            ),
            (
                "2021-25",
                Kind::Range,
                Some("2021-01-01"),
                Some("2025-12-31"),
            ),
            (
                "Năm 2022 - 2023",
                Kind::Range,
                Some("2022-01-01"),
                Some("2023-12-31"),
            ),
            (
                "từ năm 2022 đến năm 2025",
                Kind::Range,
                Some("2022-01-01"),
                Some("2025-12-31"),
            ),
            (
                "Từ 2022 đến 2025",
                Kind::Range,
                Some("2022-01-01"),
                Some("2025-12-31"),
            ),
            (
                "Từ tháng 6 đến tháng 12/2022",
                Kind::Range,
                Some("2022-06-01"),
                Some("2022-12-31"),
            ),
            (
                "Tháng 6 - 12/2022",
                Kind::Range,
                Some("2022-06-01"),
                Some("2022-12-31"),
            ),
            (
                "từ ngày 01/6/2022 đến ngày 30/6/2022",
                Kind::Range,
                Some("2022-06-01"),
                Some("2022-06-30"),
            ),
            (
                "Quý I, II/2023",
                Kind::Range,
                Some("2023-01-01"),
                Some("2023-06-30"),
            ),
            (
                "Quý III và IV năm 2023",
                Kind::Range,
                Some("2023-07-01"),
                Some("2023-12-31"),
            ),
            (
                "Quý IV/2022 - Quý I/2023",
                Kind::Range,
                Some("2022-10-01"),
                Some("2023-03-31"),
            ),
            (
                "Giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
                Kind::Range,
                Some("2022-01-01"),
                Some("2025-12-31"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn backwards_range_is_none() {
    assert_eq!(parse("2025 - 2022", &NO_PLAN).kind, Kind::None);
    assert_eq!(
        parse("từ tháng 12/2023 đến tháng 1/2023", &NO_PLAN).kind,
        Kind::None
    );
}

#[test]
fn phased() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Cấp tỉnh từ ngày 01/6/2022 cấp huyện từ ngày 01/12/2022 cấp xã từ ngày 01/6/2023",
            &["2022-06-01", "2022-12-01", "2023-06-01"],
        ),
        (
            "Tại Trung tâm Phục vụ hành chính công từ ngày 01/6/2022; tại Bộ phận một cửa cấp huyện từ ngày 01/12/2022; tại Bộ phận một cửa cấp xã từ ngày 01/6/2023",
            &["2022-06-01", "2022-12-01", "2023-06-01"],
        ),
        (
            "Tại Trung tâm phục vụ hành chính công tỉnh từ ngày 01 tháng 6 năm 2022; Bộ phận Một cửa cấp huyện từ ngày 01 tháng 12 năm 2022",
            &["2022-06-01", "2022-12-01"],
        ),
        // Printed out of order: dates are still ascending.
        (
            "Cấp xã từ ngày 01/6/2023; cấp huyện từ ngày 01/12/2022; cấp tỉnh từ ngày 01/6/2022",
            &["2022-06-01", "2022-12-01", "2023-06-01"],
        ),
        // Places with periods rather than "từ ngày".
        ("Cấp tỉnh: Quý II/2022; cấp huyện: Quý IV/2022", &["2022-04-01", "2022-10-01"]),
        ("Cấp tỉnh từ 01-06-2022, cấp huyện từ 01.12.2022", &["2022-06-01", "2022-12-01"]),
    ];
    for &(phrase, dates) in cases {
        let p = parse(phrase, &NO_PLAN);
        let want: Vec<Date> = dates.iter().map(|s| d(s)).collect();
        assert_eq!(p.kind, Kind::Phased, "{phrase:?}");
        assert_eq!(p.dates, want, "{phrase:?}");
        assert_eq!(p.start, want.first().copied(), "{phrase:?}");
        assert_eq!(p.end, want.last().copied(), "{phrase:?}");
        assert!(p.dates.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn one_start_and_one_period_is_not_phased() {
    let p = parse(
        "Hoàn thành các chỉ tiêu cấp Căn cước công dân trong Quý I/2022; bắt đầu từ Quý II/2022 duy trì thực hiện thường xuyên",
        &NO_PLAN,
    );
    assert_eq!(
        (p.kind, p.start, p.end),
        (Kind::Quarter, Some(d("2022-01-01")), Some(d("2022-03-31")))
    );
    assert!(p.dates.is_empty());
}

#[test]
fn recurring() {
    let rows: Vec<(&str, Kind, Option<&str>, Option<&str>)> = [
        "Thường xuyên",
        "THƯỜNG XUYÊN",
        "Thực hiện thường xuyên",
        "Thực hiện thường xuyên..",
        "thường xuyên, liên tục",
        "Liên tục",
        "Định kỳ hàng tháng",
        "Định kỳ hằng tháng",
        "Định kỳ",
        "Định kỳ trước ngày 20 hàng tháng",
        "Định kỳ vào ngày 15 hàng tháng",
        "Định kỳ ngày 18 hàng tháng",
        "định kỳ 6 tháng",
        "Định kỳ 03 tháng/lần",
        "Định kỳ hằng năm",
        "Hàng năm, tại thời điểm xây dựng dự toán",
        "Hằng năm",
        "hằng quý",
        "Hàng quý",
        "Hàng tuần",
        "Mỗi quý",
        "Trước ngày 15 hằng tháng",
        "Trước ngày 25 của tháng cuối quý",
        "Thực hiện thường xuyên sau khi ứng dụng được hoàn thiện",
        "Thực hiện thường xuyên theo kế hoạch",
        "Hàng năm, trước ngày 31/12",
    ]
    .iter()
    .map(|&p| (p, Kind::Recurring, None, None))
    .collect();
    check_table(&rows, &NO_PLAN);
}

#[test]
fn events() {
    let rows: Vec<(&str, Kind, Option<&str>, Option<&str>)> = [
        "Sau khi Bộ Công an ban hành Thông tư",
        "SAU KHI BỘ CÔNG AN BAN HÀNH THÔNG TƯ",
        "Ngay sau khi Luật ban hành",
        "Ngay sau Nghị định ban hành",
        "Ngay khi Nghị định có hiệu lực",
        "Thực hiện khi có yêu cầu",
        "Khi có yêu cầu",
        "khi được UBND tỉnh đưa vào danh mục",
        "Thực hiện theo chỉ đạo của lãnh đạo các cấp sau khi Bộ Công an hoàn thành tích hợp",
        "Theo hướng dẫn của Bộ Công an, sau khi Thông tư có hiệu lực",
        "Trong vòng 30 ngày kể từ ngày Kế hoạch được ban hành",
        "15 ngày làm việc sau khi nhận được hồ sơ",
        "Theo yêu cầu",
    ]
    .iter()
    .map(|&p| (p, Kind::Event, None, None))
    .collect();
    check_table(&rows, &NO_PLAN);
}

#[test]
fn roadmaps() {
    let rows: Vec<(&str, Kind, Option<&str>, Option<&str>)> = [
        "Theo Thông tư của các Bộ, ngành",
        "Thực hiện theo hướng dẫn của các Bộ, ngành",
        "Thực hiện theo Kế hoạch của các Bộ, ngành",
        "Thực hiện theo lộ trình của Đề án 06/CP",
        "thực hiện theo lộ trình của Đề án 06/CP",
        "Theo lộ trình Bộ Công an",
        "Theo lộ trình",
        "Theo tiến độ kết nối CSDLQG về DC của Bộ Công an với Cơ sở dữ liệu chuyên ngành",
        "Thực hiện theo kế hoạch riêng Bộ Công an",
        "Theo lộ trình Kế hoạch số 82/KH-UBND ngày 10/5/2022",
        "Theo lộ trình Kế hoạch số 82/KH-UBND ngày 10 tháng 5 năm 2022",
        "Lộ trình theo Nghị quyết 50/NQ-CP, ngày 8/4/2022",
        "Theo Thông tư số 59/2021/TT-BCA ngày 15/5/2021",
        "Theo Kế hoạch ban hành ngày 10/5/2022",
        "Theo Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022",
        "Theo chỉ đạo của UBND tỉnh",
    ]
    .iter()
    .map(|&p| (p, Kind::Roadmap, None, None))
    .collect();
    check_table(&rows, &NO_PLAN);
}

#[test]
fn first_temporal_cue_wins() {
    check_table(
        &[
            (
                "Hoàn thành các chỉ tiêu trong Quý I/2022; bắt đầu từ Quý II/2022 duy trì thực hiện thường xuyên",
                Kind::Quarter,
                Some("2022-01-01"),
                Some("2022-03-31"),
            ),
            ("Thường xuyên; hoàn thành trong năm 2024", Kind::Recurring, None, None),
            ("Trong năm 2022 và hằng năm", Kind::Year, Some("2022-01-01"), Some("2022-12-31")),
            ("Sau khi hoàn thiện ứng dụng, thực hiện thường xuyên", Kind::Event, None, None),
            (
                "Sau khi Bộ Công an ban hành Thông tư, hoàn thành trong Quý III/2022",
                Kind::Quarter,
                Some("2022-07-01"),
                Some("2022-09-30"),
            ),
            (
                "Theo lộ trình yêu cầu phối hợp của các bộ, ngành Trung ương (trong năm 2024)",
                Kind::Year,
                Some("2024-01-01"),
                Some("2024-12-31"),
            ),
        ],
        &NO_PLAN,
    );
}

#[test]
fn unreadable_is_none() {
    let rows: Vec<(&str, Kind, Option<&str>, Option<&str>)> = [
        "Khẩn trương",
        "Theo quy định",
        "Kế hoạch",
        "Đang cập nhật",
        "",
        "   ",
        "...",
        "-",
        "*",
        "Tháng 13/2022",
        "Quý V/2023",
        "Quý 5/2023",
        "tháng 3/22",
        "Quyết định số 468/QĐ-TTg ngày 27/3/2021",
        "Nghị định số 107/2021/NĐ-CP 06/12/2021",
        "ngày 32/1/2022",
        "100%",
        "06/CP",
    ]
    .iter()
    .map(|&p| (p, Kind::None, None, None))
    .collect();
    check_table(&rows, &plan(2022));
}

// ---------------------------------------------------------------- calendar edge cases

#[test]
fn february_the_29th() {
    let p = parse("ngày 29/02/2024", &NO_PLAN);
    assert_eq!((p.kind, p.start), (Kind::Date, Some(d("2024-02-29"))));
    assert_eq!(parse("ngày 29/02/2023", &NO_PLAN).kind, Kind::None);
    assert_eq!(parse("29/2/2100", &NO_PLAN).kind, Kind::None);
    assert_eq!(parse("29/2/2000", &NO_PLAN).start, Some(d("2000-02-29")));
    // With the plan's year: valid only if that year is a leap year.
    assert_eq!(parse("ngày 29/2", &plan(2024)).start, Some(d("2024-02-29")));
    assert_eq!(parse("ngày 29/2", &plan(2023)).kind, Kind::None);
}

#[test]
fn impossible_dates_are_none() {
    for p in [
        "31/02/2022",
        "ngày 31/4/2022",
        "ngày 30 tháng 2 năm 2024",
        "ngày 00/1/2022",
        "31/13/2022",
    ] {
        assert_eq!(parse(p, &plan(2022)).kind, Kind::None, "{p:?}");
    }
}

#[test]
fn date_constructor() {
    assert_eq!(Date::new(2024, 2, 29), Some(d("2024-02-29")));
    assert_eq!(Date::new(2023, 2, 29), None);
    assert_eq!(Date::new(2023, 4, 31), None);
    assert_eq!(Date::new(2023, 0, 1), None);
    assert_eq!(Date::new(2023, 13, 1), None);
    assert_eq!(Date::new(2023, 1, 0), None);
    assert_eq!(d("2023-01-05").to_string(), "2023-01-05");
}

// ---------------------------------------------------------------- the plan's year

#[test]
fn missing_year_takes_plan_year() {
    let cases: &[(&str, Kind, &str, &str)] = &[
        ("Tháng 3", Kind::Month, "2022-03-01", "2022-03-31"),
        ("Trong tháng 02", Kind::Month, "2022-02-01", "2022-02-28"),
        ("Quý I", Kind::Quarter, "2022-01-01", "2022-03-31"),
        ("trong quý IV", Kind::Quarter, "2022-10-01", "2022-12-31"),
        (
            "6 tháng đầu năm",
            Kind::HalfYear,
            "2022-01-01",
            "2022-06-30",
        ),
        (
            "6 tháng cuối năm",
            Kind::HalfYear,
            "2022-07-01",
            "2022-12-31",
        ),
        ("Trong năm", Kind::Year, "2022-01-01", "2022-12-31"),
        ("Năm nay", Kind::Year, "2022-01-01", "2022-12-31"),
        ("ngày 15/3", Kind::Date, "2022-03-15", "2022-03-15"),
        (
            "trước ngày 15 tháng 3",
            Kind::Date,
            "2022-03-15",
            "2022-03-15",
        ),
    ];
    for &(phrase, kind, start, end) in cases {
        let p = parse(phrase, &plan(2022));
        assert_eq!(
            (p.kind, p.start, p.end),
            (kind, Some(d(start)), Some(d(end))),
            "{phrase:?}"
        );
        assert!(p.year_assumed, "{phrase:?}");
        assert_eq!(
            parse(phrase, &NO_PLAN).kind,
            Kind::None,
            "{phrase:?} guessed a year"
        );
    }
}

#[test]
fn a_year_printed_once_serves_both_ends() {
    let p = parse("Từ tháng 6 đến tháng 12/2022", &NO_PLAN);
    assert!(!p.year_assumed);
    let p = parse("Từ tháng 6 đến tháng 12", &plan(2023));
    assert_eq!(
        (p.kind, p.start, p.end),
        (Kind::Range, Some(d("2023-06-01")), Some(d("2023-12-31")))
    );
    assert!(p.year_assumed);
}

// ---------------------------------------------------------------- spelling insensitivity

#[test]
fn spelling_variants_read_the_same() {
    use unicode_normalization::UnicodeNormalization;
    let base = parse("Hoàn thành trong quý I/2022", &NO_PLAN);
    let nfd: String = "Hoàn thành trong quý I/2022".nfd().collect();
    for v in [
        nfd.as_str(),
        "HOÀN THÀNH TRONG QUÝ I/2022",
        "Hòan thành trong Qúy I/2022",
        "hoàn\u{a0}thành\u{a0}trong\u{202f}quý\tI / 2022",
        "*Hoàn thành trong quý I/2022.*",
        "**Hoàn thành** trong _quý I_/2022;",
        "  Hoàn thành   trong quý  I/2022 . ",
        "Hoàn thành trong quý 1/2022",
        "Hoàn thành trong QUÝ I-2022",
        "Hoàn thành trong quý I.2022",
        "Hoàn thành trong quý I năm 2022",
    ] {
        assert_eq!(parse(v, &NO_PLAN), base, "{v:?}");
    }
}

#[test]
fn old_and_new_tone_placement() {
    // "hoà"/"hòa", "thuỷ"/"thủy": the same syllable, tone mark on a different vowel.
    assert_eq!(
        normalize::normalize("hòa thủy khỏe").text,
        normalize::normalize("hoà thuỷ khoẻ").text
    );
}

#[test]
fn label_is_ignored() {
    for p in [
        "Thời gian hoàn thành: Quý IV năm 2024.",
        "Thời gian thực hiện: Quý IV năm 2024",
        "Thời hạn: Quý IV/2024",
    ] {
        assert_eq!(parse(p, &NO_PLAN).kind, Kind::Quarter, "{p:?}");
    }
}

/// Structural words spelled inside `grammar.rs` rather than in `vocab.rs`.
const GRAMMAR_WORDS: &[&str] = &[
    "ngày",
    "tháng",
    "quý",
    "quí",
    "năm",
    "năm nay",
    "từ",
    "đến",
    "tới",
    "hết",
    "giai đoạn",
    "đầu",
    "cuối",
    "nửa",
    "sáu",
    "của",
    "một",
    "lần",
    "trong",
    "và",
    "theo",
];

#[test]
fn vocabulary_is_in_normal_form() {
    for list in vocab::ALL_LISTS.iter().chain([&GRAMMAR_WORDS]) {
        for w in *list {
            assert_eq!(
                normalize::normalize(w).text,
                *w,
                "entry {w:?} is not normalised"
            );
        }
    }
}

// ---------------------------------------------------------------- parse_inline

#[test]
fn inline_segments() {
    let c = plan(2022);
    let yes: &[(&str, Kind)] = &[
        ("*Hoàn thành trong quý I/2022.*", Kind::Quarter),
        ("(*hoàn thành trong tháng 03/2022*)", Kind::Month),
        ("(hoàn thành trong tháng 3/2022)", Kind::Month),
        ("(*hoàn thành trong tháng 03/2022*):", Kind::Month),
        ("(*thực hiện thường xuyên*)", Kind::Recurring),
        ("*Thực hiện thường xuyên..*", Kind::Recurring),
        ("(*thực hiện thường xuyên theo yêu cầu của cơ quan chủ trì soạn thảo*)", Kind::Recurring),
        ("Thực hiện theo chỉ đạo của lãnh đạo các cấp sau khi Bộ Công an hoàn thành tích hợp.", Kind::Event),
        ("*Thực hiện khi có yêu cầu.*", Kind::Event),
        ("*Theo tiến độ kết nối CSDLQG về DC của Bộ Công an với Cơ sở dữ liệu quốc gia khác.*", Kind::Roadmap),
        ("*Thực hiện theo kế hoạch riêng Bộ Công an.*", Kind::Roadmap),
        ("*Bắt đầu triển khai từ tháng 06/2022.*", Kind::FromDate),
        ("*Thực hiện trong năm 2022.*", Kind::Year),
        ("(trong năm 2024)", Kind::Year),
        ("(sau khi có hướng dẫn cụ thể của Bộ Tài chính)", Kind::Event),
        ("Hàng tháng, tổng hợp tình hình kết quả thực hiện", Kind::Recurring),
        ("Định kỳ trước ngày 20 hàng tháng, báo cáo UBND tỉnh", Kind::Recurring),
        ("*Trong quý I*", Kind::Quarter),
        ("(*6 tháng đầu năm 2023*)", Kind::HalfYear),
        ("*Tại Bộ phận một cửa cấp xã từ ngày 01/6/2023.*", Kind::FromDate),
        ("(Cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022)", Kind::Phased),
        ("“Hoàn thành trong Quý II/2023”", Kind::Quarter),
        (
            "*Hoàn thành các chỉ tiêu cấp Căn cước công dân trong Quý I/2022; bắt đầu từ Quý II/2022 duy trì thực hiện thường xuyên.*",
            Kind::Quarter,
        ),
    ];
    for &(s, kind) in yes {
        assert_eq!(parse_inline(s, &c).map(|p| p.kind), Some(kind), "{s:?}");
    }
    let no = [
        "Tập trung tham mưu triển khai các hoạt động của Tổ công tác hướng dẫn, đôn đốc các ban, ngành",
        "Tiếp tục vận động, tuyên truyền người dân làm thủ tục cấp thẻ Căn cước công dân có gắn chíp điện tử.",
        "Thực hiện nhiệm vụ thống kê, phân tích dân số đảm bảo nhanh chóng, chính xác.",
        "Khẩn trương triển khai các giải pháp hỗ trợ",
        "(qua Công an tỉnh)",
        "(nếu có)",
        "*Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ*",
        "(Kèm theo Kế hoạch số 183/KH-UBND ngày 26/01/2022 của UBND tỉnh)",
        "(LGSP)",
        "Tại Hội nghị ngày 15/3/2022, Thủ tướng Chính phủ đã chỉ đạo",
        "(tại Phụ lục kèm theo)",
        "Hoàn thành các chỉ tiêu được giao.",
        "Thực hiện theo quy định của pháp luật.",
        "Trong quá trình thực hiện nếu có vướng mắc, báo cáo UBND tỉnh",
        "Từ đó, nâng cao hiệu quả",
        "Năm bắt tình hình",
        "",
        "()",
        "**",
    ];
    for s in no {
        assert_eq!(parse_inline(s, &c), None, "{s:?}");
    }
    // A month without a year is a deadline only when the plan's year is known.
    assert_eq!(parse_inline("*Trong tháng 3*", &NO_PLAN), None);
    assert_eq!(
        parse_inline("*Tháng 3*", &c).map(|p| p.year_assumed),
        Some(true)
    );
}

// ---------------------------------------------------------------- find_in_text

/// (text, expected raw, expected kind)
const IN_TEXT: &[(&str, &str, Kind)] = &[
    (
        "Rà soát, nâng cấp hạ tầng; tích hợp, cung cấp 100% các dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia trong năm 2022.",
        "trong năm 2022",
        Kind::Year,
    ),
    ("Định kỳ trước ngày 15 hàng tháng báo cáo tình hình về Công an tỉnh.", "Định kỳ trước ngày 15 hàng tháng", Kind::Recurring),
    ("Định kỳ ngày 18 hàng tháng báo cáo tình hình", "Định kỳ ngày 18 hàng tháng", Kind::Recurring),
    ("Đôn đốc các Sở triển khai. Hàng tháng, tổng hợp tình hình kết quả thực hiện.", "Hàng tháng", Kind::Recurring),
    ("Lập dự toán kinh phí hằng năm trình cấp có thẩm quyền", "hằng năm", Kind::Recurring),
    (
        "xây dựng Kế hoạch triển khai thực hiện gửi Công an tỉnh trước ngày 20/3/2022 để theo dõi",
        "trước ngày 20/3/2022",
        Kind::Date,
    ),
    (
        "Kết nối dữ liệu phục vụ điều hành của UBND tỉnh (sau khi có hướng dẫn cụ thể của Bộ Tài chính).",
        "sau khi có hướng dẫn cụ thể của Bộ Tài chính",
        Kind::Event,
    ),
    (
        "Kết nối dữ liệu chuyên ngành (sau khi có văn bản hướng dẫn, chỉ đạo của Bộ Công an).",
        "sau khi có văn bản hướng dẫn, chỉ đạo của Bộ Công an",
        Kind::Event,
    ),
    (
        "hiệu chỉnh dữ liệu khi có phát hiện thông tin không trùng khớp dữ liệu, bảo đảm tiêu chí làm giàu",
        "khi có phát hiện thông tin không trùng khớp dữ liệu",
        Kind::Event,
    ),
    ("Phối hợp với các cơ quan thường xuyên rà soát, cập nhật", "thường xuyên", Kind::Recurring),
    ("tổ chức triển khai việc thực hiện Kế hoạch này; thường xuyên trao đổi với Cục C06", "thường xuyên", Kind::Recurring),
    ("Ban hành kế hoạch riêng. Hoàn thành trong tháng 3 năm 2023.", "Hoàn thành trong tháng 3 năm 2023", Kind::Month),
    (
        "lồng ghép trong kế hoạch cải cách hành chính hằng năm và xây dựng dự toán. Hoàn thành trong tháng 3 năm 2023.",
        "Hoàn thành trong tháng 3 năm 2023",
        Kind::Month,
    ),
    ("Hàng năm, tại thời điểm xây dựng dự toán, Sở Tài chính tham mưu", "Hàng năm, tại thời điểm xây dựng dự toán", Kind::Recurring),
    ("a) Hằng quý, báo cáo kết quả", "Hằng quý", Kind::Recurring),
    ("Tổng hợp kết quả. Định kỳ, báo cáo UBND tỉnh.", "Định kỳ", Kind::Recurring),
    ("Triển khai ứng dụng. *Bắt đầu triển khai từ tháng 06/2022.*", "Bắt đầu triển khai từ tháng 06/2022", Kind::FromDate),
    ("Áp dụng kể từ ngày 01/7/2022.", "kể từ ngày 01/7/2022", Kind::FromDate),
    ("Tổ chức sơ kết trong 6 tháng đầu năm 2023 và tổng kết", "trong 6 tháng đầu năm 2023", Kind::HalfYear),
    ("Báo cáo UBND tỉnh chậm nhất vào ngày 25/12/2022.", "chậm nhất vào ngày 25/12/2022", Kind::Date),
    ("Thực hiện trong vòng 30 ngày kể từ ngày nhận được văn bản.", "trong vòng 30 ngày kể từ ngày nhận được văn bản", Kind::Event),
    ("Hoàn thiện dữ liệu trong Quý II/2023; báo cáo kết quả.", "trong Quý II/2023", Kind::Quarter),
    ("Nâng cấp phần mềm, hoàn thành trong quý I.", "hoàn thành trong quý I", Kind::Quarter),
];

#[test]
fn in_running_text() {
    for &(text, raw, kind) in IN_TEXT {
        let f = find_in_text(text, &plan(2022)).unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!((f.raw.as_str(), f.parsed.kind), (raw, kind), "{text:?}");
        assert_eq!(&text[f.start..f.end], raw);
    }
}

#[test]
fn not_deadlines_in_running_text() {
    let none = [
        "Chủ trì báo cáo Chủ tịch UBND tỉnh cấp kinh phí thường xuyên trong dự toán ngân sách nhà nước hằng năm để triển khai thực hiện Đề án.",
        "Bố trí chi thường xuyên cho nhiệm vụ",
        "tham mưu thực hiện chế độ báo cáo định kỳ cho Văn phòng Chính phủ, Bộ Công an về tình hình",
        "Khẩn trương triển khai các giải pháp hỗ trợ các sở, ban, ngành tỉnh",
        "theo đúng quy định tại Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ",
        "kết quả xét nghiệm theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ.",
        "theo Nghị quyết số 128/NQ-CP ngày 11 tháng 10 năm 2021 của Chính phủ.",
        "Nghị định số 107/2021/NĐ-CP 06/12/2021 và Quyết định số 258/QĐ-UBND ngày 29/4/2021 của UBND tỉnh",
        "Đề án phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh",
        "Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2023, định hướng đến năm 2025.",
        "Cung cấp chữ ký số chuyên dùng cho cán bộ khi tham gia vào Cổng Dịch vụ công",
        "chia sẻ thông tin công dân khi thực hiện thủ tục hành chính",
        "chuẩn hóa quy trình các thủ tục hành chính khi đã kết nối với Cơ sở dữ liệu quốc gia",
        "theo hướng dẫn, yêu cầu của Bộ Thông tin và Truyền thông, Bộ Công an",
        "xem xét, giải quyết các công việc thường xuyên trong quá trình triển khai",
        "duy trì chế độ thông tin báo cáo, giao ban định kỳ, thường xuyên, đột xuất của Tổ công tác",
        "Kiểm soát thiệt hại sau mưa bão, di dân phòng chống thiên tai",
        "Chương trình Chuyển đổi số quốc gia đến năm 2025",
        "xem xét trách nhiệm các cá nhân không hoàn thành hoặc hoàn thành chậm, muộn tiến độ",
        "trong quá trình triển khai thực hiện tại địa phương",
        "Tháng 3/2022 là mốc đã qua",
        "",
    ];
    for text in none {
        assert_eq!(find_in_text(text, &plan(2022)), None, "{text:?}");
    }
}

#[test]
fn in_text_without_plan_year_skips_undatable() {
    let text = "Hoàn thành trong quý I; sau đó thường xuyên cập nhật";
    let f = find_in_text(text, &NO_PLAN).expect("the recurring cue remains");
    assert_eq!(
        (f.raw.as_str(), f.parsed.kind),
        ("thường xuyên", Kind::Recurring)
    );
    let f = find_in_text(text, &plan(2024)).expect("dated with the plan year");
    assert!(f.parsed.year_assumed);
    assert_eq!(f.parsed.start, Some(d("2024-01-01")));
}

#[test]
fn in_text_byte_ranges_survive_markup_and_multibyte() {
    let text = "Đôn đốc 🚀 các Sở\u{a0}— **trước ngày** 20/3/2022 — để theo dõi";
    let f = find_in_text(text, &NO_PLAN).expect("found");
    assert_eq!(f.raw, "trước ngày** 20/3/2022");
    assert_eq!(&text[f.start..f.end], f.raw);
    assert_eq!(f.parsed.start, Some(d("2022-03-20")));
}

// ---------------------------------------------------------------- robustness

/// A small deterministic generator, so that the fuzz cases are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FRAGMENTS: &[&str] = &[
    "ngày",
    "tháng",
    "quý",
    "năm",
    "từ",
    "đến",
    "trước",
    "trong",
    "hoàn thành",
    "thường xuyên",
    "định kỳ",
    "hằng",
    "hàng",
    "sau khi",
    "khi có",
    "theo",
    "lộ trình",
    "giai đoạn",
    "số",
    "tại",
    "cấp xã",
    "6",
    "06",
    "15",
    "29",
    "31",
    "2",
    "02",
    "12",
    "13",
    "2022",
    "2024",
    "2100",
    "99999",
    "I",
    "II",
    "IV",
    "V",
    "/",
    "-",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "*",
    "_",
    " ",
    "  ",
    "\n",
    "\u{a0}",
    "\u{301}",
    "\u{323}",
    "ò",
    "à",
    "Đ",
    "🚀",
    "ß",
    "İ",
    "KH-UBND",
    "QĐ-TTg",
    "\u{200b}",
    "ﬁ",
    "Ω",
    "\u{0}",
    "\\",
    "#",
];

#[test]
fn random_fragments_never_panic_and_ranges_hold() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let n = (rng.next() % 24) as usize;
        let text: String = (0..n).map(|_| rng.pick(FRAGMENTS)).collect();
        for ctx in [NO_PLAN, plan(2022)] {
            let p = parse(&text, &ctx);
            if let (Some(s), Some(e)) = (p.start, p.end) {
                assert!(s <= e, "{text:?}");
            }
            assert!(p.dates.windows(2).all(|w| w[0] < w[1]), "{text:?}");
            let _ = parse_inline(&text, &ctx);
            if let Some(f) = find_in_text(&text, &ctx) {
                assert_eq!(text.get(f.start..f.end), Some(f.raw.as_str()), "{text:?}");
                assert!(!f.raw.is_empty());
            }
        }
    }
}

#[test]
fn ten_kilobytes_of_junk() {
    let mut rng = XorShift(42);
    let mut junk = String::new();
    while junk.len() < 10 * 1024 {
        junk.push_str(rng.pick(FRAGMENTS));
    }
    let start = std::time::Instant::now();
    let _ = parse(&junk, &plan(2022));
    let _ = parse_inline(&junk, &plan(2022));
    let _ = find_in_text(&junk, &plan(2022));
    let binary: String = (0..10 * 1024)
        .map(|k| char::from_u32(k * 7919 % 0x11_0000).unwrap_or('x'))
        .collect();
    let _ = parse(&binary, &plan(2022));
    let _ = find_in_text(&binary, &plan(2022));
    let digits = "1/".repeat(5 * 1024);
    let _ = parse(&digits, &plan(2022));
    let _ = find_in_text(&digits, &plan(2022));
    let combining = format!("a{}", "\u{301}".repeat(10 * 1024));
    let _ = parse(&combining, &plan(2022));
    let _ = find_in_text(&combining, &plan(2022));
    assert!(
        start.elapsed().as_secs() < 20,
        "pathologically slow: {:?}",
        start.elapsed()
    );
}

// ---------------------------------------------------------------- fast paths

/// Texts for the fast-path checks: the phrases of these tests, random fragments,
/// and the lines (alone and three at a time) of the workspace's plans.
fn sample_texts() -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    texts.extend(gold::GOLD_PHRASES.iter().map(|r| r.0.to_string()));
    texts.extend(gold::GOLD_PHASED.iter().map(|r| r.0.to_string()));
    texts.extend(gold::GOLD_TEXTS.iter().map(|r| r.1.to_string()));
    texts.extend(IN_TEXT.iter().map(|r| r.0.to_string()));
    texts.extend(GRAMMAR_WORDS.iter().map(|w| w.to_string()));
    // One of each masked construct, with a deadline beside it.
    texts.extend(
        [
            "Kế hoạch ban hành ngày 10/5/2022, hoàn thành trước ngày 30/6/2022.",
            "Đề án được phê duyệt ngày 01 tháng 6 năm 2022; thực hiện từ tháng 7/2022.",
            "Quyết định ký ngày 3/4/2023 (trong năm 2023)",
            "Kế hoạch số 82/KH-UBND ngày 10/5/2022 của UBND tỉnh, trong quý II/2022",
            "Chương trình giai đoạn 2022 - 2025, tầm nhìn đến năm 2030, trong năm 2024",
            "định hướng đến năm 2025; hoàn thành trong năm 2023",
            // One opening of each construct of running text.
            "Tổng hợp, ngày 20 hàng tháng gửi báo cáo",
            "gửi báo cáo vào ngày 25 của tháng cuối quý",
            "Bắt đầu triển khai từ tháng 06/2022",
            "áp dụng từ ngày 01/7/2023 đến hết năm 2024",
            "kể từ năm 2022 đến năm 2025",
            "Cập nhật thường xuyên, liên tục; hằng năm báo cáo",
            "Hoàn thành xong trước quý III/2023",
            "chậm nhất là ngày 30/6/2024",
            "trong vòng 30 ngày kể từ ngày ký",
            "15 ngày làm việc sau khi nhận hồ sơ",
            "ngay sau khi có hướng dẫn của Bộ",
            "(khi có yêu cầu của UBND tỉnh)",
        ]
        .map(String::from),
    );
    let mut rng = XorShift(0x5EED_F00D_1234_5678);
    for _ in 0..3000 {
        let n = (rng.next() % 24) as usize;
        texts.push((0..n).map(|_| rng.pick(FRAGMENTS)).collect());
    }
    // The workspace's plans; absent when the crate is built alone.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for dir in ["corpus", "fixtures/ok", "fixtures/heldout"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let lines: Vec<&str> = text.lines().collect();
            texts.extend(lines.iter().map(|l| l.to_string()));
            texts.extend(lines.windows(3).map(|w| w.join("\n")));
        }
    }
    texts
}

#[test]
fn fast_paths_agree_with_the_full_grammar() {
    let texts = sample_texts();
    assert!(texts.len() > 3000);
    for text in &texts {
        let norm = normalize::normalize(text).text;
        let mut fast = norm.clone();
        scan::mask_citations(&mut fast);
        scan::mask_names(&mut fast);
        let mut full = norm;
        scan::mask_text_unfiltered(&mut full);
        assert_eq!(fast, full, "masks of {text:?}");
        assert_eq!(
            scan::text_pieces_with(&full, true),
            scan::text_pieces_with(&full, false),
            "pieces of {text:?}"
        );
    }
}

#[test]
fn text_openers_are_whole_words() {
    // The prefilter compares a run of alphanumeric chars with each opener.
    for (w, _) in &scan::text_openers().words {
        assert!(
            !w.is_empty() && w.chars().all(char::is_alphanumeric),
            "{w:?}"
        );
    }
}

#[test]
fn dates_print_as_the_padded_format() {
    for year in [-1, 0, 7, 999, 1900, 2024, 9999, 10_000, i32::MIN, i32::MAX] {
        for month in (0..=13).chain([99, 100, 1000]) {
            for day in (0..=32).chain([99, 100, u32::MAX]) {
                let date = Date { year, month, day };
                assert_eq!(
                    date.to_string(),
                    format!("{year:04}-{month:02}-{day:02}"),
                    "{date:?}"
                );
            }
        }
    }
}
