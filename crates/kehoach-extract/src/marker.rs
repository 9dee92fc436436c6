//! Item markers: the printed numbering that gives a plan its clause structure.
//!
//! One nom parser per construct, each named after what it reads:
//! `article_marker` "Điều 2.", `roman_marker` "II.", `dotted_marker` "3.1." / "2.1",
//! `arabic_marker` "1." / "1)", `letter_marker` "a)" / "đ)", `paren_number_marker`
//! "(1)", `paren_letter_marker` "(a)", `bullet_marker` "-", "+", "•".

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of, space0, space1};
use nom::combinator::{map, map_opt, opt, peek, recognize, verify};
use nom::multi::many1;
use nom::sequence::{delimited, pair, preceded, terminated, tuple};
use nom::IResult;

/// The numbering style of a marker. Items of one style under one parent are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Article,
    Roman,
    /// "1." — and "1)" which plans use interchangeably at the same level.
    Arabic,
    /// "3.1." has depth 2, "1.2.3" depth 3.
    Dotted(u8),
    Letter,
    ParenNumber,
    ParenLetter,
    Dash,
    Plus,
    Dot,
}

impl Style {
    /// The usual nesting order in Vietnamese administrative documents, outermost
    /// first. Only consulted when a list is found to continue a run whose heading
    /// was lost; otherwise the order in which a document introduces styles wins.
    pub fn default_rank(self) -> u8 {
        match self {
            Style::Article => 0,
            Style::Roman => 1,
            Style::Arabic => 2,
            Style::Dotted(d) => 2 + d.min(4),
            Style::Letter => 7,
            Style::ParenNumber => 8,
            Style::ParenLetter => 9,
            Style::Dash => 10,
            Style::Plus => 11,
            Style::Dot => 12,
        }
    }

    pub fn is_bullet(self) -> bool {
        matches!(self, Style::Dash | Style::Plus | Style::Dot)
    }
}

/// A parsed marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub style: Style,
    /// The marker as printed, without punctuation: "II", "3.1", "đ", "1", "-".
    pub label: String,
    /// Position in its list: I/1/a → 1, II/2/b → 2 (đ counts after d). 0 for bullets.
    pub ordinal: u32,
}

/// Letters of the Vietnamese alphabet in list order; plans skip f, j, w, z.
pub const VIETNAMESE_LETTERS: [&str; 24] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y", "z",
];

/// Letters that number items ("a)", "(đ)"), lower case.
const ITEM_LETTERS: &str = "abcdđeghiklmnopqrstuvxyz";
/// Bullet chars; a space follows them.
const BULLETS: &str = "-–+•*·";
/// The digits of Roman part numbers, in capitals.
const ROMAN_DIGITS: &str = "IVXLC";

fn letter_ordinal(l: &str) -> Option<u32> {
    VIETNAMESE_LETTERS
        .iter()
        .position(|x| *x == l)
        .map(|p| p as u32 + 1)
}

pub fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            'C' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            // Checked: a run of millions of 'C's must not wrap round to a label.
            total = total.checked_add(v)?;
            prev = v;
        }
    }
    (total > 0 && total < 400).then_some(total)
}

pub fn to_roman(mut n: u32) -> String {
    let table = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in table {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// What follows a marker must be the start of content, not more digits or a date.
fn content_start(i: &str) -> IResult<&str, ()> {
    map(
        peek(verify(nom::character::complete::anychar, |c: &char| {
            !c.is_ascii_digit()
        })),
        |_| (),
    )(i)
}

fn after_marker(i: &str) -> IResult<&str, &str> {
    alt((
        terminated(space1, content_start),
        map(peek(tag("\t")), |_| ""),
    ))(i)
}

/// "Điều 2." / "Điều 2:" — articles of a Quyết định.
fn article_marker(i: &str) -> IResult<&str, Marker> {
    map(
        tuple((
            tag_no_case("Điều"),
            space1,
            digit1,
            opt(one_of(".:")),
            space0,
        )),
        |(_, _, n, _, _): (_, _, &str, _, _)| Marker {
            style: Style::Article,
            label: n.to_string(),
            ordinal: n.parse().unwrap_or(0),
        },
    )(i)
}

/// "II." "IV -" "III)" — parts of a plan, in capitals.
fn roman_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            take_while1(|c: char| ROMAN_DIGITS.contains(c)),
            pair(
                alt((tag("."), tag(")"), recognize(pair(space1, one_of("-–:"))))),
                after_marker,
            ),
        ),
        |r: &str| {
            roman_value(r).map(|v| Marker {
                style: Style::Roman,
                label: r.to_string(),
                ordinal: v,
            })
        },
    )(i)
}

/// "3.1." "2.1" "1.2.3." — numbered sub-items whose label carries the parent's number.
fn dotted_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            recognize(pair(
                take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
                // Later parts have one or two digits: "1.000" is a thousand, not item 1.0.
                many1(preceded(
                    char('.'),
                    take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
                )),
            )),
            pair(opt(one_of(".)")), after_marker),
        ),
        |s: &str| {
            let parts: Vec<&str> = s.split('.').collect();
            let last: u32 = parts.last()?.parse().ok()?;
            if last == 0 {
                return None;
            }
            Some(Marker {
                style: Style::Dotted(parts.len().min(9) as u8),
                label: s.to_string(),
                ordinal: last,
            })
        },
    )(i)
}

/// "1." "12)" — numbered items.
fn arabic_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
            pair(one_of(".)"), after_marker),
        ),
        |n: &str| {
            Some(Marker {
                style: Style::Arabic,
                label: n.to_string(),
                ordinal: n.parse().ok()?,
            })
        },
    )(i)
}

/// "a)" "đ)" "a." — lettered items, Vietnamese letters included.
fn letter_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            recognize(one_of(ITEM_LETTERS)),
            pair(
                alt((tag(")"), terminated(tag("."), peek(space1)))),
                after_marker,
            ),
        ),
        |l: &str| {
            Some(Marker {
                style: Style::Letter,
                label: l.to_string(),
                ordinal: letter_ordinal(l)?,
            })
        },
    )(i)
}

/// "(1)" "(12)".
fn paren_number_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            delimited(
                char('('),
                take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
                char(')'),
            ),
            alt((space1, map(peek(one_of("\t")), |_| ""))),
        ),
        |n: &str| {
            Some(Marker {
                style: Style::ParenNumber,
                label: n.to_string(),
                ordinal: n.parse().ok()?,
            })
        },
    )(i)
}

/// "(a)" "(đ)".
fn paren_letter_marker(i: &str) -> IResult<&str, Marker> {
    map_opt(
        terminated(
            delimited(char('('), recognize(one_of(ITEM_LETTERS)), char(')')),
            space1,
        ),
        |l: &str| {
            Some(Marker {
                style: Style::ParenLetter,
                label: l.to_string(),
                ordinal: letter_ordinal(l)?,
            })
        },
    )(i)
}

/// "-" "–" "+" "•" "*" followed by a space.
fn bullet_marker(i: &str) -> IResult<&str, Marker> {
    map(terminated(one_of(BULLETS), space1), |c: char| {
        let style = match c {
            '+' => Style::Plus,
            '-' | '–' => Style::Dash,
            _ => Style::Dot,
        };
        Marker {
            style,
            label: if style == Style::Plus { "+" } else { "-" }.to_string(),
            ordinal: 0,
        }
    })(i)
}

/// Any one marker: the grammar [`marker_by_opening`] follows, kept as the
/// reference the tests compare it with.
#[cfg(test)]
fn any_marker(i: &str) -> IResult<&str, Marker> {
    alt((
        article_marker,
        roman_marker,
        dotted_marker,
        arabic_marker,
        letter_marker,
        paren_number_marker,
        paren_letter_marker,
        bullet_marker,
    ))(i)
}

/// [`any_marker`], trying only the parsers that can read the line's first
/// char, in [`any_marker`]'s order: the others fail at that char, so the first
/// success is the same. Asked of every line, several times over: most lines
/// are prose and are answered at their first char.
fn marker_by_opening(t: &str) -> Option<(&str, Marker)> {
    let r = match t.chars().next()? {
        'Đ' | 'đ' => article_marker(t).or_else(|_| letter_marker(t)),
        c if ROMAN_DIGITS.contains(c) => roman_marker(t),
        c if c.is_ascii_digit() => dotted_marker(t).or_else(|_| arabic_marker(t)),
        c if ITEM_LETTERS.contains(c) => letter_marker(t),
        '(' => paren_number_marker(t).or_else(|_| paren_letter_marker(t)),
        c if BULLETS.contains(c) => bullet_marker(t),
        _ => return None,
    };
    r.ok()
}

/// Can a marker start with `c`? The first char one of the parsers of
/// [`any_marker`] needs: the chars [`marker_by_opening`] dispatches on (a new
/// construct must add its own to both).
#[cfg(test)]
fn opens_marker(c: char) -> bool {
    matches!(c, 'Đ' | 'đ' | '(')
        || c.is_ascii_digit()
        || ROMAN_DIGITS.contains(c)
        || ITEM_LETTERS.contains(c)
        || BULLETS.contains(c)
}

/// The marker at the start of a line, and the text after it.
pub fn item_marker(line: &str) -> Option<(Marker, &str)> {
    let t = line.trim_start();
    let (rest, m) = marker_by_opening(t)?;
    let rest = rest.trim_start();
    // A marker alone on its line, or one followed by lower-case prose, is more
    // likely a wrapped sentence ("2. và ...") than an item — unless it is a bullet
    // or a letter item, which routinely start in lower case.
    if rest.is_empty() && !m.style.is_bullet() {
        return None;
    }
    Some((m, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(Style, String, u32, String)> {
        item_marker(s).map(|(m, r)| (m.style, m.label, m.ordinal, r.to_string()))
    }

    #[test]
    fn real_marker_variants() {
        let cases: &[(&str, Style, &str, u32, &str)] = &[
            (
                "II. NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ",
                Style::Roman,
                "II",
                2,
                "NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ",
            ),
            (
                "IV. TỔ CHỨC THỰC HIỆN",
                Style::Roman,
                "IV",
                4,
                "TỔ CHỨC THỰC HIỆN",
            ),
            ("I - MỤC ĐÍCH", Style::Roman, "I", 1, "MỤC ĐÍCH"),
            (
                "1. Phục vụ giải quyết thủ tục hành chính",
                Style::Arabic,
                "1",
                1,
                "Phục vụ giải quyết thủ tục hành chính",
            ),
            (
                "27. Tòa án nhân dân tỉnh: Đề nghị",
                Style::Arabic,
                "27",
                27,
                "Tòa án nhân dân tỉnh: Đề nghị",
            ),
            (
                "3.1. Nhóm tiện ích thứ nhất",
                Style::Dotted(2),
                "3.1",
                1,
                "Nhóm tiện ích thứ nhất",
            ),
            (
                "2.1 Xây dựng phương án",
                Style::Dotted(2),
                "2.1",
                1,
                "Xây dựng phương án",
            ),
            ("1.2.3. Mục nhỏ", Style::Dotted(3), "1.2.3", 3, "Mục nhỏ"),
            (
                "a) Triển khai thi hành",
                Style::Letter,
                "a",
                1,
                "Triển khai thi hành",
            ),
            (
                "đ) Triển khai thi hành",
                Style::Letter,
                "đ",
                5,
                "Triển khai thi hành",
            ),
            ("g) Tham gia góp ý", Style::Letter, "g", 7, "Tham gia góp ý"),
            (
                "(1) Phối hợp với",
                Style::ParenNumber,
                "1",
                1,
                "Phối hợp với",
            ),
            ("(12) 90% hồ sơ", Style::ParenNumber, "12", 12, "90% hồ sơ"),
            ("(b) điểm b", Style::ParenLetter, "b", 2, "điểm b"),
            (
                "- Kết nối, chia sẻ",
                Style::Dash,
                "-",
                0,
                "Kết nối, chia sẻ",
            ),
            ("– Kết nối", Style::Dash, "-", 0, "Kết nối"),
            (
                "+ Đơn vị chủ trì: Công an tỉnh.",
                Style::Plus,
                "+",
                0,
                "Đơn vị chủ trì: Công an tỉnh.",
            ),
            ("• Mục", Style::Dot, "-", 0, "Mục"),
            (
                "Điều 1. Ban hành kèm theo",
                Style::Article,
                "1",
                1,
                "Ban hành kèm theo",
            ),
            ("   b) thụt lề", Style::Letter, "b", 2, "thụt lề"),
        ];
        for (input, style, label, ord, rest) in cases {
            assert_eq!(
                parse(input),
                Some((*style, label.to_string(), *ord, rest.to_string())),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn prose_and_numbers_are_not_markers() {
        for s in [
            "Thời gian hoàn thành: Trong tháng 3 năm 2022",
            "2022-2025 là giai đoạn",
            "1.000 người dân",
            "3.5",
            "100% hồ sơ",
            "Ia Grai là huyện",
            "-5 độ",
            "VIỆT NAM",
            "1.",
            "",
            "(",
            "đ",
        ] {
            assert_eq!(parse(s), None, "input {s:?}");
        }
    }

    #[test]
    fn the_first_char_guard_refuses_only_what_no_parser_reads() {
        let shapes = [
            "{c} x",
            "{c}. X",
            "{c}) X",
            "{c}1. X",
            "{c}.1 X",
            "{c}a) X",
            "{c}iều 2. X",
        ];
        for c in (0..0x3000).filter_map(char::from_u32) {
            if opens_marker(c) {
                continue;
            }
            for shape in shapes {
                let line = shape.replace("{c}", &c.to_string());
                assert!(any_marker(&line).is_err(), "{line:?}");
            }
        }
    }

    #[test]
    fn parsers_chosen_by_first_char_agree_with_all_of_them() {
        let shapes = [
            "{c} x",
            "{c}. X",
            "{c}) X",
            "{c}1. X",
            "{c}.1 X",
            "{c}.1. X",
            "{c}2.3 X",
            "{c}a) X",
            "{c}) x",
            "{c}.\tX",
            "{c}iều 2. X",
            "{c}IỀU 12: X",
            "{c}V - X",
            "{c}I. X",
            "{c}1) X",
            "{c}đ) X",
            "{c}",
        ];
        for c in (0..0x3000).filter_map(char::from_u32) {
            for shape in shapes {
                let line = shape.replace("{c}", &c.to_string());
                assert_eq!(marker_by_opening(&line), any_marker(&line).ok(), "{line:?}");
            }
        }
        for line in [
            "(1) X",
            "(a) X",
            "(đ) X",
            "Điều 3. X",
            "đ) X",
            "1.000 X",
            "IV. X",
        ] {
            assert_eq!(marker_by_opening(line), any_marker(line).ok(), "{line:?}");
            assert!(marker_by_opening(line).is_some() || line.starts_with("1.000"));
        }
    }

    #[test]
    fn roman_numerals_round_trip() {
        for n in 1..60 {
            assert_eq!(roman_value(&to_roman(n)), Some(n));
        }
        assert_eq!(roman_value("IIII"), Some(4));
        assert_eq!(roman_value("ABC"), None);
        // 43 million hundreds pass u32::MAX: refused, not wrapped round.
        assert_eq!(roman_value(&"C".repeat(43_000_000)), None);
    }
}
