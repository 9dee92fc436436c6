//! Metadata of every corpus document against the hand-checked gold
//! (fixtures/gold/<doc>.gold.json, "metadata" object; line numbers from its "notes",
//! converted from 1-based to 0-based), and citation sanity on the raw corpus text.

use kehoach_meta::{extract_metadata, find_citations, Date, Metadata};

/// Crude Markdown removal for the test only (the pipeline's segment stage does the real
/// work): emphasis stars and heading hashes.
fn crude_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.replace("**", "")
                .replace('*', "")
                .trim_start_matches('#')
                .trim()
                .to_string()
        })
        .collect()
}

fn meta_of(text: &str) -> Metadata {
    let lines = crude_lines(text);
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    extract_metadata(&refs)
}

struct Gold {
    number: Option<&'static str>,
    doc_type: Option<&'static str>,
    issuer: Option<&'static str>,
    place: Option<&'static str>,
    issued_on: Option<&'static str>,
    signer: Option<&'static str>,
}

fn check(m: &Metadata, g: &Gold) {
    assert_eq!(m.number.as_deref(), g.number, "number");
    assert_eq!(m.doc_type.as_deref(), g.doc_type, "doc_type");
    assert_eq!(m.issuer.as_deref(), g.issuer, "issuer");
    assert_eq!(m.place.as_deref(), g.place, "place");
    assert_eq!(
        m.issued_on.map(|d: Date| d.to_string()).as_deref(),
        g.issued_on,
        "issued_on"
    );
    assert_eq!(m.signer.as_deref(), g.signer, "signer");
}

#[test]
fn binh_dinh_qd_ubnd_2023() {
    let m = meta_of(include_str!("../../../corpus/binh-dinh-qd-ubnd-2023.txt"));
    check(
        &m,
        &Gold {
            number: None,
            doc_type: Some("Quyết định"),
            issuer: Some("UBND tỉnh Bình Định"),
            place: Some("Bình Định"),
            issued_on: None,
            signer: Some("Phạm Anh Tuấn"),
        },
    );
    // Gold notes: authority line 11, place line 5.
    assert_eq!(m.line_of("issuer"), Some(10));
    assert_eq!(m.line_of("place"), Some(4));
    assert!(m
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Ban hành Kế hoạch thực hiện Đề án")));
}

#[test]
fn dak_nong_468_qd_ubnd_2022() {
    let m = meta_of(include_str!(
        "../../../corpus/dak-nong-468-qd-ubnd-2022.txt"
    ));
    check(
        &m,
        &Gold {
            number: Some("468/QĐ-UBND"),
            doc_type: Some("Quyết định"),
            issuer: Some("UBND tỉnh Đắk Nông"),
            place: Some("Đắk Nông"),
            issued_on: Some("2022-03-01"),
            signer: Some("Hồ Văn Mười"),
        },
    );
    // Gold notes: authority line 11, date line 5.
    assert_eq!(m.line_of("issuer"), Some(10));
    assert_eq!(m.line_of("issued_on"), Some(4));
    assert!(m
        .title
        .as_deref()
        .is_some_and(|t| t.starts_with("Về việc ban hành Kế hoạch")));
}

#[test]
fn gia_lai_183_kh_ubnd_2022() {
    let m = meta_of(include_str!("../../../corpus/gia-lai-183-kh-ubnd-2022.txt"));
    check(
        &m,
        &Gold {
            number: Some("183/KH-UBND"),
            doc_type: Some("Kế hoạch"),
            issuer: Some("UBND tỉnh Gia Lai"),
            place: Some("Gia Lai"),
            issued_on: Some("2022-01-26"),
            signer: Some("Võ Ngọc Thành"),
        },
    );
    // Gold notes: number and date from line 10, issuer from line 11, signer from the
    // site's metadata block at line 317 (the signature block lost the name).
    assert_eq!(m.line_of("number"), Some(9));
    assert_eq!(m.line_of("issued_on"), Some(9));
    assert_eq!(m.line_of("issuer"), Some(10));
    assert_eq!(m.line_of("signer"), Some(316));
}

#[test]
fn hau_giang_de_an_06_2024() {
    let m = meta_of(include_str!("../../../corpus/hau-giang-de-an-06-2024.txt"));
    check(
        &m,
        &Gold {
            number: None,
            doc_type: Some("Kế hoạch"),
            issuer: Some("UBND tỉnh Hậu Giang"),
            place: None,
            issued_on: Some("2024-01-31"),
            signer: None,
        },
    );
    // Gold notes: the lead sentence on line 1.
    assert_eq!(m.line_of("issued_on"), Some(0));
    assert_eq!(m.line_of("issuer"), Some(0));
}

#[test]
fn son_ninh_12_kh_cax_2022() {
    let m = meta_of(include_str!("../../../corpus/son-ninh-12-kh-cax-2022.txt"));
    check(
        &m,
        &Gold {
            number: Some("12/KH-CAX"),
            doc_type: Some("Kế hoạch"),
            issuer: Some("Công an xã Sơn Ninh"),
            place: Some("Sơn Ninh"),
            issued_on: Some("2022-04-01"),
            signer: Some("Đinh Trung Hiếu"),
        },
    );
    // Gold notes: l.3 number, l.5 date, l.11 issuer, l.141 signer.
    assert_eq!(m.line_of("number"), Some(2));
    assert_eq!(m.line_of("issued_on"), Some(4));
    assert_eq!(m.line_of("issuer"), Some(10));
    assert_eq!(m.line_of("signer"), Some(140));
}

/// The raw corpus files with Markdown left in: every citation span is a valid range, and
/// the references the gold notes and the plans' preambles mention are found.
#[test]
fn citations_in_the_corpus() {
    let files = [
        include_str!("../../../corpus/binh-dinh-qd-ubnd-2023.txt"),
        include_str!("../../../corpus/dak-nong-468-qd-ubnd-2022.txt"),
        include_str!("../../../corpus/gia-lai-183-kh-ubnd-2022.txt"),
        include_str!("../../../corpus/hau-giang-de-an-06-2024.txt"),
        include_str!("../../../corpus/son-ninh-12-kh-cax-2022.txt"),
    ];
    let mut all = Vec::new();
    for text in files {
        for c in find_citations(text) {
            assert!(
                c.start < c.end && text.is_char_boundary(c.start) && text.is_char_boundary(c.end)
            );
            all.push(c);
        }
    }
    let has = |number: &str, date: Option<&str>, issuer: Option<&str>| {
        all.iter().any(|c| {
            c.number == number
                && (date.is_none() || c.issued_on.map(|d| d.to_string()).as_deref() == date)
                && (issuer.is_none() || c.issuer.as_deref() == issuer)
        })
    };
    assert!(has(
        "06/QĐ-TTg",
        Some("2022-01-06"),
        Some("Thủ tướng Chính phủ")
    ));
    assert!(has(
        "05/CT-TTg",
        Some("2023-02-23"),
        Some("Thủ tướng Chính phủ")
    ));
    assert!(has("137/2015/NĐ-CP", Some("2015-12-31"), None));
    assert!(has("32/TTr-CAT", Some("2022-02-28"), None));
    assert!(has(
        "468/QĐ-UBND",
        Some("2022-03-01"),
        Some("UBND tỉnh Đắk Nông")
    ));
    assert!(has(
        "12/KH-CAH-QLHC",
        Some("2022-02-28"),
        Some("Công an huyện Hương Sơn")
    ));
    assert!(has(
        "26/KH-UBND",
        Some("2022-04-01"),
        Some("Ủy ban nhân dân xã Sơn Ninh")
    ));
    assert!(has(
        "1552/BTTTT-THH",
        Some("2022-04-26"),
        Some("Bộ Thông tin và Truyền thông")
    ));
    assert!(has("5234/LĐTBXH-TTTT", Some("2022-12-23"), None));
    assert!(has("1292/HTQTCT-QLHC", Some("2022-12-20"), None));
    assert!(has("50/NQ-CP", Some("2022-04-08"), None));
    assert!(has("128/NQ-CP", Some("2021-10-11"), Some("Chính phủ")));
    assert!(has("06/CP", None, None));
    assert!(has("Luật Căn cước công dân", None, None));
    assert!(has(
        "Luật Tổ chức chính quyền địa phương",
        Some("2015-06-19"),
        None
    ));
    // No citation swallows a following word into its number.
    assert!(all.iter().all(|c| !c.number.contains(' ')
        || c.number.starts_with("Luật")
        || c.number.starts_with("Bộ luật")));
}
