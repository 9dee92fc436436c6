//! Legal references in running text, as a nom grammar over `&str`.
//!
//! One parser per construct:
//! - [`doc_type_word`]: "Quyết định", "Nghị định", "Văn bản hướng dẫn", ... (any case);
//! - [`doc_number`]: "06/QĐ-TTg", "137/2015/NĐ-CP", "468 /QĐ-UBND", "52-NQ/TW";
//! - [`issue_date`]: "ngày 06/01/2022", ", ngày 8/4/2022", "ngày 10 tháng 3 năm 2023",
//!   "năm 2022" (year only), "ngày tháng năm 2023" (blank day/month);
//! - [`issuer_phrase`]: "của Thủ tướng Chính phủ" up to " về ", " phê duyệt", ",", ...;
//! - [`law_name`]: "Căn cước công dân" in "Luật Căn cước công dân 2014";
//! - [`citation`]: the whole reference (typed, law-by-name, or bare number whose code
//!   names the type).
//!
//! [`find_citations`] runs [`citation`] at every word start of the (NFC) text.

use crate::text::{prefix_ci, squash_ws, Nfc};
use crate::{Citation, Date};
use kehoach_text::{is_alphabetic, is_alphanumeric, lower_char};
use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while1, take_while_m_n};
use nom::character::complete::{char, one_of, space0};
use nom::combinator::{map, opt, peek, recognize};
use nom::error::{Error, ErrorKind};
use nom::sequence::{pair, tuple};
use nom::IResult;
use std::sync::OnceLock;

/// Document type words, longest first so "Thông tư liên tịch" wins over "Thông tư".
/// Left: the lower-case pattern (a space matches any whitespace run); right: the
/// canonical type reported.
const TYPE_WORDS: &[(&str, &str)] = &[
    ("thông tư liên tịch", "Thông tư liên tịch"),
    ("nghị quyết liên tịch", "Nghị quyết liên tịch"),
    // "Văn bản hướng dẫn 1552/BTTTT-THH": the qualifier describes the letter's purpose;
    // the document type is still a (công) văn bản.
    ("văn bản hướng dẫn", "Văn bản"),
    ("bộ luật", "Bộ luật"),
    ("nghị quyết", "Nghị quyết"),
    ("nghị định", "Nghị định"),
    ("quyết định", "Quyết định"),
    ("chỉ thị", "Chỉ thị"),
    ("thông tư", "Thông tư"),
    ("kế hoạch", "Kế hoạch"),
    ("công văn", "Công văn"),
    ("văn bản", "Văn bản"),
    ("thông báo", "Thông báo"),
    ("tờ trình", "Tờ trình"),
    ("đề án", "Đề án"),
    ("chương trình", "Chương trình"),
    ("quy chế", "Quy chế"),
    ("quy trình", "Quy trình"),
    ("quy định", "Quy định"),
    ("hướng dẫn", "Hướng dẫn"),
    ("báo cáo", "Báo cáo"),
    ("kết luận", "Kết luận"),
    ("pháp lệnh", "Pháp lệnh"),
    ("luật", "Luật"),
];

/// Type codes inside document numbers (Decree 30/2020/NĐ-CP, Appendix III): the first
/// letter segment after the serial number tells the type when the word is missing.
const TYPE_CODES: &[(&str, &str)] = &[
    ("QĐ", "Quyết định"),
    ("NĐ", "Nghị định"),
    ("NQ", "Nghị quyết"),
    ("NQLT", "Nghị quyết liên tịch"),
    ("KH", "Kế hoạch"),
    ("CT", "Chỉ thị"),
    ("TT", "Thông tư"),
    ("TTLT", "Thông tư liên tịch"),
    ("TB", "Thông báo"),
    ("TTr", "Tờ trình"),
    ("HD", "Hướng dẫn"),
    ("BC", "Báo cáo"),
    ("KL", "Kết luận"),
    ("QC", "Quy chế"),
    ("CTr", "Chương trình"),
    ("ĐA", "Đề án"),
    ("CV", "Công văn"),
    ("PL", "Pháp lệnh"),
];

/// The document type a number's code implies ("06/QĐ-TTg" → "Quyết định").
pub(crate) fn type_from_code(number: &str) -> Option<&'static str> {
    // Skip the serial number, then look at the first segment that has letters:
    // "137/2015/NĐ-CP" → "NĐ", "12/KH-CAH-QLHC" → "KH", "52-NQ/TW" → "NQ".
    let code = number.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let seg = code
        .split(['/', '-'])
        .find(|s| s.chars().any(char::is_alphabetic))?;
    TYPE_CODES.iter().find(|(c, _)| *c == seg).map(|&(_, t)| t)
}

/// When a cited document was issued, as far as the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    Day(Date),
    Year(i32),
}

/// What [`citation`] recognised (byte ranges are added by the scanner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub number: String,
    pub doc_type: Option<&'static str>,
    pub when: Option<When>,
    pub issuer: Option<String>,
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(char::is_whitespace)(i)
}

fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(char::is_whitespace)(i)
}

/// Horizontal whitespace only: a citation's issuer or law name does not run over a line
/// break (the next line is usually a new paragraph or a table cell).
fn hspace(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// A case-insensitive keyword that must end at a word boundary ("số" but not "sống").
fn kw<'a>(word: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| match prefix_ci(i, word) {
        Some(n) => {
            let (matched, rest) = (i.get(..n).unwrap_or(""), i.get(n..).unwrap_or(""));
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                fail(i)
            } else {
                Ok((rest, matched))
            }
        }
        None => fail(i),
    }
}

/// A document type word, any case: "Quyết định", "QUYẾT ĐỊNH", "văn bản".
pub(crate) fn doc_type_word(i: &str) -> IResult<&str, &'static str> {
    // This runs at every word of many paragraphs, and most words start no type
    // word. A type word's first word must be the input's whole first word (a
    // space, or the word boundary `kw` demands, follows it), ignoring case; type
    // words are lower case, so that is: the input's first word, lowered char by
    // char, is the type word's first word. Only the type words opening with it
    // are then compared in full.
    // The groups whose first word starts with the input's word so far are a
    // run of the sorted groups, narrowed char by char: most words are given
    // up after a letter or two, without lowering the rest of them.
    let groups = type_words_by_first_word();
    let (mut lo, mut hi) = (0, groups.len());
    let (mut n, mut word_len) = (0, 0);
    for c in i.chars().take_while(|&c| is_alphanumeric(c)) {
        // Longer than any type word's first word, or a char whose lower case
        // is not one letter: no type word.
        let Some(l) = lower_char(c).filter(|_| n < LONGEST_FIRST_WORD) else {
            return fail(i);
        };
        if n == 0 && l.is_ascii() {
            // Most first letters: their run is looked up.
            (lo, hi) = runs_by_ascii_initial()
                .get(usize::from(l as u8))
                .copied()
                .unwrap_or_default();
        }
        // The run is a handful of groups (all of them for another first
        // letter): a linear scan is the cheapest way to narrow it.
        let at = |k: usize| groups.get(k).and_then(|(w, _)| w.get(n)).copied();
        while lo < hi && at(lo).is_some_and(|k| k < l) {
            lo += 1;
        }
        let mut end = lo;
        while end < hi && at(end) == Some(l) {
            end += 1;
        }
        hi = end;
        if lo == hi {
            return fail(i);
        }
        n += 1;
        word_len += c.len_utf8();
    }
    // The run's first word, if it ends here (padding sorts first), is the
    // input's word: no word char is NUL.
    let Some((_, group)) = groups
        .get(lo..hi)
        .and_then(|run| run.first())
        .filter(|(w, _)| w.get(n).is_none_or(|&k| k == '\0'))
    else {
        return fail(i);
    };
    // The first word is matched: each type word is compared from there on
    // (a one-word type word only needs the word boundary, which is there).
    let after_word = i.get(word_len..).unwrap_or("");
    for &(pat, canon) in group {
        let pat_rest = pat.get(pat.find(' ').unwrap_or(pat.len())..).unwrap_or("");
        if let Ok((rest, _)) = kw(pat_rest)(after_word) {
            return Ok((rest, canon));
        }
    }
    fail(i)
}

type TypeWord = (&'static str, &'static str);

/// Room for the longest first word of a type word, in chars.
const LONGEST_FIRST_WORD: usize = 8;

/// A first word padded with NULs to [`LONGEST_FIRST_WORD`] chars.
type FirstWord = [char; LONGEST_FIRST_WORD];

/// For each ASCII letter, the run of [`type_words_by_first_word`] whose
/// first word starts with it (empty for the others).
fn runs_by_ascii_initial() -> &'static [(usize, usize); 128] {
    static RUNS: OnceLock<[(usize, usize); 128]> = OnceLock::new();
    RUNS.get_or_init(|| {
        let groups = type_words_by_first_word();
        let mut runs = [(0, 0); 128];
        for (a, run) in runs.iter_mut().enumerate() {
            let initial = |(w, _): &(FirstWord, Vec<TypeWord>)| u32::from(w[0]);
            let a = a as u32;
            *run = (
                groups.partition_point(|g| initial(g) < a),
                groups.partition_point(|g| initial(g) <= a),
            );
        }
        runs
    })
}

/// [`TYPE_WORDS`] grouped by first word, each group in table order (so the
/// longest still wins); the groups sorted by first word, to be searched.
fn type_words_by_first_word() -> &'static [(FirstWord, Vec<TypeWord>)] {
    static GROUPS: OnceLock<Vec<(FirstWord, Vec<TypeWord>)>> = OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut groups: Vec<(FirstWord, Vec<TypeWord>)> = Vec::new();
        for &(pat, canon) in TYPE_WORDS {
            let mut first = ['\0'; LONGEST_FIRST_WORD];
            for (slot, c) in first.iter_mut().zip(pat.chars().take_while(|&c| c != ' ')) {
                *slot = c;
            }
            match groups.iter_mut().find(|(w, _)| *w == first) {
                Some((_, words)) => words.push((pat, canon)),
                None => groups.push((first, vec![(pat, canon)])),
            }
        }
        groups.sort_by_key(|&(first, _)| first);
        groups
    })
}

/// Whether a citation can start at `i` (a word start): a digit (a bare number), a
/// law's "Bộ luật"/"Luật", or a type word. The scan asks this at every word, and
/// most words are none of these: cheaper than trying the three parsers.
/// `typed` says whether a typed citation may start here at all: when it says
/// no, the type words are not looked for.
fn may_open_citation(i: &str, typed: impl FnOnce() -> bool) -> bool {
    let Some(c) = i.chars().next() else {
        return false;
    };
    c.is_ascii_digit() || law_word(i).is_ok() || (typed() && doc_type_word(i).is_ok())
}

/// A typed citation ([`typed_citation`]) runs from its type word to the first
/// digit of its number over the type word's letters and spaces, whitespace, and
/// "số" with an optional ':'. ASCII punctuation is none of these (no letter has
/// it for its case), but for a ':' right after "số"; so where another mark
/// comes before the next ASCII digit, no typed citation starts. Most words of
/// prose are followed by a comma, a full stop or a field label's colon before
/// any digit: their type words need not be looked for.
struct TypedAhead<'a> {
    text: &'a str,
    /// The first ASCII digit or stopping mark at or after the last position
    /// asked about (the length if none).
    next: usize,
}

/// The bytes [`TypedAhead`] looks for: ASCII digits and ASCII punctuation.
const DIGIT_OR_MARK: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_digit() || c.is_ascii_punctuation();
        b += 1;
    }
    t
};

impl<'a> TypedAhead<'a> {
    fn new(text: &'a str) -> Self {
        let mut ahead = TypedAhead { text, next: 0 };
        ahead.next = ahead.find(0);
        ahead
    }

    /// The first digit or stopping mark at or after `from`.
    fn find(&self, mut from: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(k) = bytes
            .get(from..)
            .and_then(|b| b.iter().position(|&b| DIGIT_OR_MARK[usize::from(b)]))
        {
            let at = from + k;
            if bytes.get(at) != Some(&b':') || !self.so_before(at) {
                return at;
            }
            from = at + 1;
        }
        bytes.len()
    }

    /// Whether the two chars before byte `at` are "số" in any case.
    fn so_before(&self, at: usize) -> bool {
        let Some(head) = self.text.get(..at) else {
            return false;
        };
        head.char_indices()
            .nth_back(1)
            .is_some_and(|(j, _)| prefix_ci(head.get(j..).unwrap_or(""), "số") == Some(at - j))
    }

    /// Whether a typed citation may start at byte `pos`. Positions asked about
    /// must not decrease: each byte is then looked at once.
    fn may_start(&mut self, pos: usize) -> bool {
        if self.next < pos {
            self.next = self.find(pos);
        }
        self.text
            .as_bytes()
            .get(self.next)
            .is_some_and(u8::is_ascii_digit)
    }
}

/// One alphanumeric piece of a number's code ("QĐ", "TTg", "2015", "PC06").
fn code_segment(i: &str) -> IResult<&str, &str> {
    take_while1(char::is_alphanumeric)(i)
}

/// Separator inside a code; dash look-alikes are normalised to "-".
fn code_sep(i: &str) -> IResult<&str, char> {
    map(one_of("/-–—‐"), |c| if c == '/' { '/' } else { '-' })(i)
}

/// " BXH" in "5234/LĐT BXH-TTTT": a PDF artefact that splits an upper-case code with a
/// space. Only joined when both sides are upper-case letters and a "-" segment follows,
/// so words, dates ("... NĐ-CP 06/12/2021") and codes of the next citation are never
/// swallowed.
fn split_code_segment(i: &str) -> IResult<&str, &str> {
    let (r, _) = char(' ')(i)?;
    let (r, seg) = take_while1(char::is_uppercase)(r)?;
    let (r, _) = peek(pair(one_of("-–"), code_segment))(r)?;
    Ok((r, seg))
}

/// The code after the serial number: "QĐ-TTg", "2015/NĐ-CP", "KH-CAH-QLHC".
fn number_code(i: &str) -> IResult<&str, String> {
    let (mut i, first) = code_segment(i)?;
    let mut code = first.to_string();
    loop {
        if let Ok((r, (sep, seg))) = pair(code_sep, code_segment)(i) {
            code.push(sep);
            code.push_str(seg);
            i = r;
            continue;
        }
        if code.chars().last().is_some_and(char::is_uppercase) {
            if let Ok((r, seg)) = split_code_segment(i) {
                code.push_str(seg);
                i = r;
                continue;
            }
        }
        break;
    }
    Ok((i, code))
}

/// A document number: serial digits, "/" (spaces around it tolerated: "468 /QĐ-UBND")
/// or the party-style "-" ("52-NQ/TW"), then a code with at least one letter — which is
/// what separates "06/QĐ-TTg" from a month "3/2022" or a range "2022-2025".
pub(crate) fn doc_number(i: &str) -> IResult<&str, String> {
    let (i, serial) = take_while_m_n(1, 6, |c: char| c.is_ascii_digit())(i)?;
    let (i, sep) = alt((
        map(tuple((space0, char('/'), space0)), |_| '/'),
        map(char('-'), |_| '-'),
    ))(i)?;
    let (i, code) = number_code(i)?;
    if !code.chars().any(char::is_alphabetic) {
        return fail(i);
    }
    Ok((i, format!("{serial}{sep}{code}")))
}

fn small_number(i: &str) -> IResult<&str, u32> {
    let (r, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    if r.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    d.parse().map(|n| (r, n)).or_else(|_| fail(i))
}

/// Four-digit year not glued to further digits or letters.
fn year4(i: &str) -> IResult<&str, i32> {
    let (r, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(i)?;
    if r.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    match y.parse::<i32>() {
        Ok(y) if (1900..=2200).contains(&y) => Ok((r, y)),
        _ => fail(i),
    }
}

/// "06/01/2022", "6-1-2022", "06.01.2022" (one separator kind per date).
fn dmy_numeric(i: &str) -> IResult<&str, Date> {
    let (r, d) = small_number(i)?;
    let (r, sep) = one_of("/-.")(r)?;
    let (r, m) = small_number(r)?;
    let (r, _) = char(sep)(r)?;
    let (r, y) = year4(r)?;
    match Date::new(y, m, d) {
        Some(date) => Ok((r, date)),
        None => fail(i),
    }
}

/// "10 tháng 3 năm 2023".
fn dmy_words(i: &str) -> IResult<&str, Date> {
    let (r, (d, _, _, _, m, _, _, _, y)) = tuple((
        small_number,
        ws1,
        kw("tháng"),
        ws1,
        small_number,
        ws1,
        kw("năm"),
        ws1,
        year4,
    ))(i)?;
    match Date::new(y, m, d) {
        Some(date) => Ok((r, date)),
        None => fail(i),
    }
}

/// "ngày tháng năm 2023" (a draft with blank day and month) or with only one blank:
/// the year is still known.
fn blank_date(i: &str) -> IResult<&str, i32> {
    let (r, (_, _, _, _, _, _, _, y)) = tuple((
        opt(small_number),
        ws0,
        kw("tháng"),
        ws1,
        opt(small_number),
        ws0,
        kw("năm"),
        pair(ws1, year4),
    ))(i)?;
    Ok((r, y.1))
}

/// The issue date after a number: "ngày 06/01/2022", ", ngày 8/4/2022",
/// "ngày 10 tháng 3 năm 2023", "năm 2022" (year only), "ngày tháng năm 2023" (blank),
/// "06/12/2021" (no "ngày").
pub(crate) fn issue_date(i: &str) -> IResult<&str, When> {
    let (r, _) = alt((recognize(tuple((ws0, char(','), ws0))), ws1))(i)?;
    alt((
        map(
            tuple((kw("ngày"), ws1, alt((dmy_numeric, dmy_words)))),
            |(_, _, d)| When::Day(d),
        ),
        map(tuple((kw("ngày"), ws1, blank_date)), |(_, _, y)| {
            When::Year(y)
        }),
        map(tuple((kw("năm"), ws1, year4)), |(_, _, y)| When::Year(y)),
        // "Nghị định số 107/2021/NĐ-CP 06/12/2021": "ngày" dropped by the drafter.
        map(dmy_numeric, When::Day),
    ))(r)
}

/// Lower-case words that occur inside agency names ("Ủy ban nhân dân tỉnh", "Thủ tướng
/// chính phủ", "Sở Tài nguyên và Môi trường" written in lower case, "Bộ Lao động - Thương
/// binh và Xã hội"). After `"của <Issuer>"` the text goes on with a verb or a complement
/// ("... phê duyệt Đề án", "... gắn với", "... quản lý"); any lower-case word outside this
/// list ends the issuer. A positive list is used because the set of verbs that can follow
/// is open-ended while agency vocabulary is small.
const ISSUER_LOWER_WORDS: &[&str] = &[
    "nhân",
    "dân",
    "tỉnh",
    "huyện",
    "xã",
    "thành",
    "phố",
    "thị",
    "trấn",
    "phường",
    "quận",
    "chính",
    "phủ",
    "thủ",
    "tướng",
    "ban",
    "và",
    "cấp",
    "trung",
    "ương",
    "nhà",
    "nước",
    "hội",
    "đồng",
    "quốc",
    "gia",
    "an",
    "ninh",
    "công",
    "nghệ",
    "thông",
    "tin",
    "truyền",
    "môi",
    "trường",
    "tài",
    "nguyên",
    "giáo",
    "dục",
    "đào",
    "tạo",
    "khoa",
    "học",
    "lao",
    "động",
    "thương",
    "binh",
    "y",
    "tế",
    "tư",
    "pháp",
    "nội",
    "vụ",
    "ngoại",
    "giao",
    "vận",
    "tải",
    "xây",
    "dựng",
    "văn",
    "hóa",
    "hoá",
    "thể",
    "thao",
    "du",
    "lịch",
    "kế",
    "hoạch",
    "đầu",
    "nông",
    "nghiệp",
    "phát",
    "triển",
    "thôn",
    "quân",
    "sự",
    "biên",
    "phòng",
    "thường",
    "trực",
    "tổ",
    "chức",
    "tuyên",
    "kiểm",
    "sát",
    "tra",
    "tòa",
    "toà",
    "án",
    "liên",
    "hiệp",
    "đoàn",
    "thanh",
    "niên",
    "phụ",
    "nữ",
    "ủy",
    "uỷ",
    "đảng",
    "bộ",
    "sở",
    "cục",
    "viện",
    "tâm",
    "cảnh",
    "hộ",
    "tịch",
    "chứng",
    "thực",
    "bảo",
    "hiểm",
    "ngân",
    "hàng",
    "kho",
    "bạc",
    "thuế",
    "hải",
    "quan",
    "mặt",
    "trận",
    "việt",
    "nam",
    "điện",
    "lực",
    "trị",
    "chỉ",
    "đạo",
    "bí",
    "thư",
    "chấp",
    "hành",
];

/// Two-word verb phrases whose first word also occurs in agency names: "ban" (Ủy ban) vs
/// "ban hành", "thực" (chứng thực) vs "thực hiện", ... ("phát triển" is not listed: it is
/// part of department names like "Sở Nông nghiệp và phát triển nông thôn").
const ISSUER_STOP_BIGRAMS: &[(&str, &str)] = &[
    ("ban", "hành"),
    ("thực", "hiện"),
    ("kiểm", "tra"),
    ("tổ", "chức"),
    ("xây", "dựng"),
    ("đào", "tạo"),
    ("bảo", "đảm"),
    ("bảo", "vệ"),
    ("chứng", "thực"),
];

/// Where a token stops an issuer/law name: the byte offset of the first hard
/// punctuation ("," ";" "(" ...), or of a sentence-final "." that is not an abbreviation
/// dot ("TP. Hồ Chí Minh").
fn hard_stop(word: &str) -> Option<usize> {
    for (k, c) in word.char_indices() {
        if ",;:()[]{}“”\"*_?!…".contains(c) {
            return Some(k);
        }
        if c == '.' {
            let before = word.get(..k).unwrap_or("");
            let abbrev = !before.is_empty()
                && before.chars().count() <= 3
                && before.chars().all(char::is_uppercase);
            if !abbrev {
                return Some(k);
            }
        }
    }
    None
}

/// First char of the word after `rest`'s leading horizontal whitespace.
fn next_word(rest: &str) -> &str {
    let r = rest.trim_start_matches(hspace);
    let end = r.find(char::is_whitespace).unwrap_or(r.len());
    r.get(..end).unwrap_or("")
}

/// True when "và" in a name joins two name parts ("Bộ Thông tin và Truyền thông") rather
/// than two things ("Công an huyện và Kế hoạch số ...", "Chính phủ và các bộ").
fn va_continues_name(after: &str) -> bool {
    let next = after.trim_start_matches(hspace);
    let upper = next.chars().next().is_some_and(char::is_uppercase);
    upper && doc_type_word(next).is_err()
}

/// The issuer's name after "của": a capitalised run of words ended by punctuation, a line
/// break, or a lower-case stop word; at most 15 words.
fn issuer_name(i: &str) -> IResult<&str, String> {
    if !i.chars().next().is_some_and(char::is_uppercase) {
        return fail(i);
    }
    let mut pos = 0usize; // start of the current word
    let mut end = 0usize; // end of the accepted text
    let mut words = 0usize;
    loop {
        let rest = i.get(pos..).unwrap_or("");
        let wlen = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest.get(..wlen).unwrap_or("");
        if word.is_empty() {
            break;
        }
        if let Some(cut) = hard_stop(word) {
            if cut > 0 {
                end = pos + cut;
            }
            break;
        }
        let lower_start = word.chars().next().is_some_and(char::is_lowercase);
        if words > 0 && lower_start {
            let after = rest.get(wlen..).unwrap_or("");
            let bare = word.trim_end_matches(['-', '–']);
            let known = ISSUER_LOWER_WORDS.contains(&bare);
            let verb = ISSUER_STOP_BIGRAMS
                .iter()
                .any(|&(a, b)| a == bare && next_word(after) == b);
            if !known || verb || (word == "và" && !va_continues_name(after)) {
                break;
            }
        }
        if words > 0 && word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        words += 1;
        end = pos + wlen;
        if words >= 15 {
            break;
        }
        let after = rest.get(wlen..).unwrap_or("");
        let gap = after.len() - after.trim_start_matches(hspace).len();
        let next_is_text = after
            .get(gap..)
            .is_some_and(|s| s.starts_with(|c: char| !c.is_whitespace()));
        if gap == 0 || !next_is_text {
            break;
        }
        pos += wlen + gap;
    }
    let name = i
        .get(..end)
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() || "-–—".contains(c));
    if name.is_empty() {
        return fail(i);
    }
    let consumed = name.len();
    Ok((i.get(consumed..).unwrap_or(""), squash_ws(name)))
}

/// "của Thủ tướng Chính phủ", "của UBND tỉnh Đắk Nông" after the number or date.
pub(crate) fn issuer_phrase(i: &str) -> IResult<&str, String> {
    let (r, _) = tuple((ws1, kw("của"), take_while1(hspace)))(i)?;
    issuer_name(r)
}

/// Lower-case words that end a law's name without a date having come ("Luật Căn cước
/// công dân và các văn bản hướng dẫn ..."): such a mention is not treated as a citation.
const LAW_STOP_WORDS: &[&str] = &[
    "của", "để", "theo", "tại", "đã", "được", "trong", "nhằm", "thì", "với", "các", "hướng",
    "thực", "triển", "sửa", "bổ", "về", "cho", "có", "do", "đối", "từ", "đến", "khi", "sau",
    "trước", "này", "mới", "số", "ban",
];

/// What may follow a law's name: a full or year-only issue date, or a bare year
/// ("Luật Căn cước công dân 2014").
fn law_date(i: &str) -> IResult<&str, When> {
    alt((
        issue_date,
        map(pair(take_while1(hspace), year4), |(_, y)| When::Year(y)),
    ))(i)
}

/// "Luật" / "Bộ luật" with a capital (the lower-case "luật" is the common noun "law").
fn law_word(i: &str) -> IResult<&str, &'static str> {
    // Asked at every word: all four start with "B" or "L".
    if !matches!(i.as_bytes().first(), Some(b'B' | b'L')) {
        return fail(i);
    }
    for (w, canon) in [
        ("Bộ luật", "Bộ luật"),
        ("BỘ LUẬT", "Bộ luật"),
        ("Luật", "Luật"),
        ("LUẬT", "Luật"),
    ] {
        if let Some(rest) = i.strip_prefix(w) {
            if !rest.starts_with(char::is_alphanumeric) {
                return Ok((rest, canon));
            }
        }
    }
    fail(i)
}

/// A law's name, up to (not including) its date or year: "Căn cước công dân",
/// "Tổ chức chính quyền địa phương", or an amending law "sửa đổi, bổ sung một số điều
/// của Luật A và Luật B" (commas, "của", "và" allowed there). Fails when no date/year
/// follows within the name's length limit: an undated "Luật X" mention is too often a
/// draft or a generic phrase to be reported as a cited document.
pub(crate) fn law_name(i: &str) -> IResult<&str, String> {
    let amending = prefix_ci(i, "sửa đổi").is_some();
    if !amending && !i.chars().next().is_some_and(char::is_uppercase) {
        return fail(i);
    }
    let max_words = if amending { 40 } else { 12 };
    let mut pos = 0usize;
    let mut end = 0usize;
    let mut words = 0usize;
    loop {
        if words > 0 && law_date(i.get(end..).unwrap_or("")).is_ok() {
            let name = i.get(..end).unwrap_or("");
            return Ok((i.get(end..).unwrap_or(""), squash_ws(name)));
        }
        let rest = i.get(pos..).unwrap_or("");
        let wlen = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest.get(..wlen).unwrap_or("");
        if word.is_empty() || words >= max_words {
            return fail(i);
        }
        // Commas belong to amending-law names ("sửa đổi, bổ sung") and to names like
        // "Phòng, chống tham nhũng"; other punctuation ends the mention.
        let body = word
            .strip_suffix(',')
            .filter(|_| amending || word == "Phòng,")
            .unwrap_or(word);
        if hard_stop(body).is_some() {
            return fail(i);
        }
        let after = rest.get(wlen..).unwrap_or("");
        if !amending && words > 0 && body.chars().next().is_some_and(char::is_lowercase) {
            let va_stop = body == "và" && !va_continues_name(after);
            let va_law = body == "và" && next_word(after).starts_with("Luật");
            if LAW_STOP_WORDS.contains(&body) || va_stop || va_law {
                return fail(i);
            }
        }
        words += 1;
        end = pos + wlen;
        let gap = after.len() - after.trim_start_matches(hspace).len();
        if gap == 0 {
            // End of line/text with no date: not a citation.
            return law_date(after).map(|_| (after, squash_ws(i.get(..end).unwrap_or(""))));
        }
        pos += wlen + gap;
    }
}

fn typed_citation(i: &str) -> IResult<&str, Parsed> {
    let (r, ty) = doc_type_word(i)?;
    let (r, _) = ws1(r)?;
    let (r, _) = opt(tuple((kw("số"), opt(char(':')), ws0)))(r)?;
    let (r, number) = doc_number(r)?;
    let (r, when) = opt(issue_date)(r)?;
    let (r, issuer) = opt(issuer_phrase)(r)?;
    Ok((
        r,
        Parsed {
            number,
            doc_type: Some(ty),
            when,
            issuer,
        },
    ))
}

fn law_citation(i: &str) -> IResult<&str, Parsed> {
    let (r, ty) = law_word(i)?;
    let (r, _) = take_while1(hspace)(r)?;
    let (r, name) = law_name(r)?;
    let (r, when) = law_date(r)?;
    let (r, issuer) = opt(issuer_phrase)(r)?;
    Ok((
        r,
        Parsed {
            number: format!("{ty} {name}"),
            doc_type: Some(ty),
            when: Some(when),
            issuer,
        },
    ))
}

fn bare_citation(i: &str) -> IResult<&str, Parsed> {
    let (r, number) = doc_number(i)?;
    let Some(ty) = type_from_code(&number) else {
        return fail(i);
    };
    let (r, when) = opt(issue_date)(r)?;
    let (r, issuer) = opt(issuer_phrase)(r)?;
    Ok((
        r,
        Parsed {
            number,
            doc_type: Some(ty),
            when,
            issuer,
        },
    ))
}

/// One legal reference starting exactly at `i`.
pub(crate) fn citation(i: &str) -> IResult<&str, Parsed> {
    alt((typed_citation, law_citation, bare_citation))(i)
}

/// All legal references in `text`, in order, non-overlapping. The same document cited
/// twice is reported twice (deduplicate with [`crate::citation_id`]).
pub fn find_citations(text: &str) -> Vec<Citation> {
    let norm = Nfc::new(text);
    let t: &str = &norm.text;
    let mut out = Vec::new();
    // Every citation has a number in it (a document number, a law's date or year),
    // so none starts after the last digit: most paragraphs have none at all.
    let Some(last_digit) = t.bytes().rposition(|b| b.is_ascii_digit()) else {
        return out;
    };
    let mut typed_ahead = TypedAhead::new(t);
    let mut pos = 0usize;
    let mut prev: Option<char> = None;
    while let Some(c) = t.get(pos..).and_then(|r| r.chars().next()) {
        if pos > last_digit {
            break;
        }
        // Word starts only. A digit before a type word is allowed because web pages glue
        // list numbers to titles ("- 2Nghị định 137/2015/NĐ-CP"); a bare number must not
        // continue another number or code ("2015" inside "137/2015/NĐ-CP").
        let word_start = || !matches!(prev, Some(p) if is_alphabetic(p));
        let bare_ok = || !matches!(prev, Some(p) if is_alphanumeric(p) || "/-–.,".contains(p));
        let rest = t.get(pos..).unwrap_or("");
        if is_alphanumeric(c)
            && word_start()
            && (!c.is_ascii_digit() || bare_ok())
            && may_open_citation(rest, || typed_ahead.may_start(pos))
        {
            if let Ok((after, p)) = citation(rest) {
                let end = t.len() - after.len();
                if end > pos {
                    let (s, e) = norm.source_range(pos, end);
                    out.push(Citation {
                        start: s,
                        end: e,
                        number: p.number,
                        doc_type: p.doc_type.map(str::to_string),
                        issued_on: match p.when {
                            Some(When::Day(d)) => Some(d),
                            _ => None,
                        },
                        year: match p.when {
                            Some(When::Day(d)) => Some(d.year),
                            Some(When::Year(y)) => Some(y),
                            None => None,
                        },
                        issuer: p.issuer,
                    });
                    prev = t.get(..end).and_then(|s| s.chars().last());
                    pos = end;
                    continue;
                }
            }
        }
        prev = Some(c);
        pos += c.len_utf8();
        if is_alphabetic(c) {
            // The rest of the word: none of its chars is a word start, so
            // nothing is tried there; passed over in one go.
            let rest = t.get(pos..).unwrap_or("");
            let run = rest
                .char_indices()
                .find(|&(_, d)| !is_alphabetic(d))
                .map_or(rest.len(), |(k, _)| k);
            if let Some(last) = rest.get(..run).and_then(|w| w.chars().next_back()) {
                prev = Some(last);
            }
            pos += run;
        }
        // ASCII spaces, punctuation and pipes start nothing either.
        while let Some(&b) = t.as_bytes().get(pos) {
            if !b.is_ascii() || b.is_ascii_alphanumeric() {
                break;
            }
            prev = Some(char::from(b));
            pos += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words_open_with_a_word_of_letters() {
        // `doc_type_word` compares the input's first word, lowered, with each
        // type word's: that word must be lower-case letters only, not empty and
        // not longer than the buffer it is read into.
        for (pat, _) in TYPE_WORDS {
            let first = pat.split(' ').next().unwrap_or("");
            assert!(!first.is_empty(), "{pat}");
            assert!(first.chars().count() <= LONGEST_FIRST_WORD, "{pat}");
            assert!(first.chars().all(char::is_alphabetic), "{pat}");
            assert!(first.chars().all(|c| c.to_lowercase().eq([c])), "{pat}");
        }
    }
    use crate::citation_id;
    use unicode_normalization::UnicodeNormalization;

    fn d(y: i32, m: u32, day: u32) -> Option<Date> {
        Date::new(y, m, day)
    }

    /// The single citation in `text`, with its printed span checked.
    fn one(text: &str, span: &str) -> Citation {
        let cs = find_citations(text);
        assert_eq!(cs.len(), 1, "{text:?} → {cs:#?}");
        let c = cs.into_iter().next().unwrap_or_else(|| unreachable!());
        assert_eq!(text.get(c.start..c.end), Some(span), "span in {text:?}");
        c
    }

    #[test]
    fn full_reference_with_date_and_issuer() {
        let t = "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án";
        let c = one(
            t,
            "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ",
        );
        assert_eq!(c.number, "06/QĐ-TTg");
        assert_eq!(c.doc_type.as_deref(), Some("Quyết định"));
        assert_eq!(c.issued_on, d(2022, 1, 6));
        assert_eq!(c.year, Some(2022));
        assert_eq!(c.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
    }

    #[test]
    fn dates_in_words_and_numbers() {
        let c = one(
            "bổ sung Nghị định số 137/2015/NĐ-CP ngày 31/12/2015 theo hướng",
            "Nghị định số 137/2015/NĐ-CP ngày 31/12/2015",
        );
        assert_eq!(
            (c.number.as_str(), c.issued_on),
            ("137/2015/NĐ-CP", d(2015, 12, 31))
        );
        let c = one(
            "tại Quyết định số 34/2021/QĐ-TTg ngày 08 tháng 11 năm 2021 quy định",
            "Quyết định số 34/2021/QĐ-TTg ngày 08 tháng 11 năm 2021",
        );
        assert_eq!(c.issued_on, d(2021, 11, 8));
        let c = one(
            "Chỉ thị số 05/CT-TTg ngày 23 tháng 02 năm 2023",
            "Chỉ thị số 05/CT-TTg ngày 23 tháng 02 năm 2023",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.issued_on),
            (Some("Chỉ thị"), d(2023, 2, 23))
        );
        let c = one(
            "Tờ trình số 32/TTr-CAT ngày 28 tháng 02 năm 2022.",
            "Tờ trình số 32/TTr-CAT ngày 28 tháng 02 năm 2022",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.number.as_str()),
            (Some("Tờ trình"), "32/TTr-CAT")
        );
        // Comma before "ngày".
        let c = one(
            "theo Nghị quyết 50/NQ-CP, ngày 8/4/2022.",
            "Nghị quyết 50/NQ-CP, ngày 8/4/2022",
        );
        assert_eq!(c.issued_on, d(2022, 4, 8));
        // "ngày" dropped by the drafter.
        let c = one(
            "và Nghị định số 107/2021/NĐ-CP 06/12/2021 về",
            "Nghị định số 107/2021/NĐ-CP 06/12/2021",
        );
        assert_eq!(
            (c.number.as_str(), c.issued_on),
            ("107/2021/NĐ-CP", d(2021, 12, 6))
        );
        // Other separators.
        let c = one(
            "Quyết định số 9/QĐ-UBND ngày 01-02-2023",
            "Quyết định số 9/QĐ-UBND ngày 01-02-2023",
        );
        assert_eq!(c.issued_on, d(2023, 2, 1));
    }

    #[test]
    fn number_without_so_and_year_only() {
        let c = one(
            "- 2Nghị định 137/2015/NĐ-CP quy định chi tiết",
            "Nghị định 137/2015/NĐ-CP",
        );
        assert_eq!((c.issued_on, c.year), (None, None));
        let c = one(
            "- 8Quyết định 06/QĐ-TTg năm 2022 phê duyệt",
            "Quyết định 06/QĐ-TTg năm 2022",
        );
        assert_eq!((c.issued_on, c.year), (None, Some(2022)));
        let c = one("Đề án 06/CP.", "Đề án 06/CP");
        assert_eq!(
            (c.doc_type.as_deref(), c.number.as_str()),
            (Some("Đề án"), "06/CP")
        );
        let c = one(
            "Quy trình 1292/HTQTCT-QLHC ngày 20/12/2022 của",
            "Quy trình 1292/HTQTCT-QLHC ngày 20/12/2022",
        );
        assert_eq!((c.doc_type.as_deref(), c.issuer), (Some("Quy trình"), None));
        let c = one("Quyết định số: 12/QĐ-UBND", "Quyết định số: 12/QĐ-UBND");
        assert_eq!(c.number, "12/QĐ-UBND");
    }

    #[test]
    fn issuers_end_where_the_name_ends() {
        let c = one(
            "Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh.",
            "Kế hoạch số 44/KH-UBND ngày 10 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh",
        );
        assert_eq!(c.issuer.as_deref(), Some("Ủy ban nhân dân tỉnh"));
        let c = one(
            "Văn bản hướng dẫn 1552/BTTTT-THH ngày 26/4/2022 của Bộ Thông tin và Truyền thông.\tSở",
            "Văn bản hướng dẫn 1552/BTTTT-THH ngày 26/4/2022 của Bộ Thông tin và Truyền thông",
        );
        assert_eq!(c.doc_type.as_deref(), Some("Văn bản"));
        assert_eq!(c.issuer.as_deref(), Some("Bộ Thông tin và Truyền thông"));
        let c = one(
            "(Ban hành kèm theo Quyết định số 468 /QĐ-UBND ngày 01/3/2022 của UBND tỉnh Đắk Nông)",
            "Quyết định số 468 /QĐ-UBND ngày 01/3/2022 của UBND tỉnh Đắk Nông",
        );
        assert_eq!(
            (c.number.as_str(), c.issuer.as_deref()),
            ("468/QĐ-UBND", Some("UBND tỉnh Đắk Nông"))
        );
        let c = one(
            "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ.",
            "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ",
        );
        assert_eq!(c.issuer.as_deref(), Some("Chính phủ"));
        // A verb after the issuer ends it, whatever the verb.
        let c = one(
            "Quyết định số 1911/QĐ-TTg ngày 15 tháng 11 năm 2021 của Thủ tướng Chính phủ góp phần làm giàu",
            "Quyết định số 1911/QĐ-TTg ngày 15 tháng 11 năm 2021 của Thủ tướng Chính phủ",
        );
        assert_eq!(c.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
        let c = one(
            "Quyết định số 442/QĐ-TTg ngày 04/4/2022 của Thủ tướng chính phủ.",
            "Quyết định số 442/QĐ-TTg ngày 04/4/2022 của Thủ tướng chính phủ",
        );
        assert_eq!(c.issuer.as_deref(), Some("Thủ tướng chính phủ"));
        // Issuer directly after the number, no date.
        let c = one(
            "thực hiện Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ, góp phần",
            "Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ",
        );
        assert_eq!(
            (c.issued_on, c.issuer.as_deref()),
            (None, Some("Thủ tướng Chính phủ"))
        );
        // An abbreviation dot does not end the name; a sentence dot does.
        let c = one(
            "Quyết định số 1/QĐ-UBND ngày 02/01/2023 của UBND TP. Hồ Chí Minh. Tiếp theo",
            "Quyết định số 1/QĐ-UBND ngày 02/01/2023 của UBND TP. Hồ Chí Minh",
        );
        assert_eq!(c.issuer.as_deref(), Some("UBND TP. Hồ Chí Minh"));
        // "của" followed by a lower-case word is not an issuer.
        let c = one(
            "Quyết định số 5/QĐ-UBND của tỉnh",
            "Quyết định số 5/QĐ-UBND",
        );
        assert_eq!(c.issuer, None);
    }

    #[test]
    fn two_references_joined_by_va() {
        let t = "Thực hiện Kế hoạch số 12/KH-CAH-QLHC ngày 28/02/2022 của Công an huyện Hương Sơn và \
                 Kế hoạch số 26/KH-UBND ngày 01/4/2022 của Ủy ban nhân dân xã Sơn Ninh về việc triển khai";
        let cs = find_citations(t);
        assert_eq!(cs.len(), 2, "{cs:#?}");
        assert_eq!(cs[0].number, "12/KH-CAH-QLHC");
        assert_eq!(cs[0].issued_on, d(2022, 2, 28));
        assert_eq!(cs[0].issuer.as_deref(), Some("Công an huyện Hương Sơn"));
        assert_eq!(cs[1].number, "26/KH-UBND");
        assert_eq!(cs[1].issuer.as_deref(), Some("Ủy ban nhân dân xã Sơn Ninh"));
        assert_eq!(
            t.get(cs[1].start..cs[1].end),
            Some("Kế hoạch số 26/KH-UBND ngày 01/4/2022 của Ủy ban nhân dân xã Sơn Ninh")
        );
    }

    #[test]
    fn codes_broken_or_spaced() {
        let c = one(
            "tại Công văn số 5234/LĐT BXH-TTTT ngày 23/12/2022)",
            "Công văn số 5234/LĐT BXH-TTTT ngày 23/12/2022",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.number.as_str()),
            (Some("Công văn"), "5234/LĐTBXH-TTTT")
        );
        assert_eq!(c.issued_on, d(2022, 12, 23));
        let c = one(
            "Công văn số 5234/LĐTBXH-TTTT ngày 23/12/2022",
            "Công văn số 5234/LĐTBXH-TTTT ngày 23/12/2022",
        );
        assert_eq!(c.number, "5234/LĐTBXH-TTTT");
        let c = one(
            "văn bản số 1552/BTTT-TTH; hoàn thiện",
            "văn bản số 1552/BTTT-TTH",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.number.as_str()),
            (Some("Văn bản"), "1552/BTTT-TTH")
        );
        // En dash normalised; party-style numbers.
        let c = one("Quyết định số 15/QĐ–UBND", "Quyết định số 15/QĐ–UBND");
        assert_eq!(c.number, "15/QĐ-UBND");
        let c = one(
            "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về",
            "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
        );
        assert_eq!(
            (c.number.as_str(), c.issuer.as_deref()),
            ("52-NQ/TW", Some("Bộ Chính trị"))
        );
        let c = one(
            "Thông tư liên tịch số 01/2015/TTLT-BCA-BTC ngày 05/01/2015",
            "Thông tư liên tịch số 01/2015/TTLT-BCA-BTC ngày 05/01/2015",
        );
        assert_eq!(c.doc_type.as_deref(), Some("Thông tư liên tịch"));
        let c = one(
            "Kế hoạch số 23/KH-CAT-PC06 ngày 30/01/2022 của Công an tỉnh,",
            "Kế hoạch số 23/KH-CAT-PC06 ngày 30/01/2022 của Công an tỉnh",
        );
        assert_eq!(c.number, "23/KH-CAT-PC06");
    }

    #[test]
    fn case_insensitive_type_words() {
        let c = one(
            "THEO QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06/01/2022",
            "QUYẾT ĐỊNH SỐ 06/QĐ-TTg NGÀY 06/01/2022",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.issued_on),
            (Some("Quyết định"), d(2022, 1, 6))
        );
        let c = one(
            "theo kế hoạch số 82/KH-UBND ngày 10/5/2022",
            "kế hoạch số 82/KH-UBND ngày 10/5/2022",
        );
        assert_eq!(c.doc_type.as_deref(), Some("Kế hoạch"));
    }

    #[test]
    fn bare_numbers_take_the_type_from_the_code() {
        let c = one(
            "triển khai 06/QĐ-TTg của Thủ tướng Chính phủ;",
            "06/QĐ-TTg của Thủ tướng Chính phủ",
        );
        assert_eq!(
            (c.doc_type.as_deref(), c.issuer.as_deref()),
            (Some("Quyết định"), Some("Thủ tướng Chính phủ"))
        );
        let c = one("Số: 183/KH-UBND", "183/KH-UBND");
        assert_eq!(c.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(
            one("theo 137/2015/NĐ-CP", "137/2015/NĐ-CP")
                .doc_type
                .as_deref(),
            Some("Nghị định")
        );
        assert_eq!(
            one("tại 128/NQ-CP", "128/NQ-CP").doc_type.as_deref(),
            Some("Nghị quyết")
        );
        assert_eq!(
            one("theo 05/CT-TTg.", "05/CT-TTg").doc_type.as_deref(),
            Some("Chỉ thị")
        );
        assert_eq!(
            one("theo 32/TTr-CAT.", "32/TTr-CAT").doc_type.as_deref(),
            Some("Tờ trình")
        );
        assert_eq!(
            one("theo 01/2021/TT-BCA.", "01/2021/TT-BCA")
                .doc_type
                .as_deref(),
            Some("Thông tư")
        );
        // Unknown code without a type word: not a citation.
        assert!(find_citations("theo 1552/BTTTT-THH và 06/CP").is_empty());
    }

    #[test]
    fn laws_cited_by_name() {
        let c = one(
            "- 1Luật Căn cước công dân 2014",
            "Luật Căn cước công dân 2014",
        );
        assert_eq!(c.number, "Luật Căn cước công dân");
        assert_eq!(
            (c.doc_type.as_deref(), c.issued_on, c.year),
            (Some("Luật"), None, Some(2014))
        );
        let c = one(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        );
        assert_eq!(
            (c.number.as_str(), c.issued_on),
            ("Luật Tổ chức chính quyền địa phương", d(2015, 6, 19))
        );
        let t = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;";
        let c = one(t, t.trim_start_matches("Căn cứ ").trim_end_matches(';'));
        assert_eq!(
            c.number,
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
        );
        assert_eq!(c.issued_on, d(2019, 11, 22));
        let c = one("Bộ luật Hình sự năm 2015", "Bộ luật Hình sự năm 2015");
        assert_eq!((c.number.as_str(), c.year), ("Bộ luật Hình sự", Some(2015)));
        let c = one(
            "theo Luật Khoa học và Công nghệ 2013.",
            "Luật Khoa học và Công nghệ 2013",
        );
        assert_eq!(c.number, "Luật Khoa học và Công nghệ");
        // A numbered law is an ordinary typed citation.
        let c = one("Luật số 59/2014/QH13", "Luật số 59/2014/QH13");
        assert_eq!(
            (c.doc_type.as_deref(), c.number.as_str()),
            (Some("Luật"), "59/2014/QH13")
        );
    }

    #[test]
    fn undated_or_generic_law_mentions_are_not_citations() {
        for t in [
            "góp ý sửa đổi Luật Căn cước công dân và các văn bản hướng dẫn nhằm giải quyết",
            "Tham gia góp ý xây dựng Luật Bảo vệ dữ liệu cá nhân và triển khai thi hành Luật.",
            "theo quy định của pháp luật năm 2022",
            "Luật Ngân sách nhà nước và các văn bản hướng dẫn trong năm 2022",
        ] {
            assert!(
                find_citations(t).is_empty(),
                "{t:?} → {:#?}",
                find_citations(t)
            );
        }
    }

    #[test]
    fn things_that_look_like_numbers_but_are_not_references() {
        for t in [
            "Thời gian hoàn thành: Tháng 3/2022",
            "nguồn điện 220/380V",
            "giai đoạn 2022-2025, tầm nhìn đến năm 2030",
            "Đề án 06 trên địa bàn tỉnh",
            "Đề án số 06 trong Công an xã",
            "Quyết định này có hiệu lực",
            "Số: /QĐ-UBND",
            "ngày 06/01/2022",
        ] {
            assert!(
                find_citations(t).is_empty(),
                "{t:?} → {:#?}",
                find_citations(t)
            );
        }
    }

    #[test]
    fn impossible_dates_are_not_reported() {
        let c = one(
            "Quyết định số 12/QĐ-UBND ngày 31/02/2022 của UBND tỉnh",
            "Quyết định số 12/QĐ-UBND",
        );
        assert_eq!((c.issued_on, c.issuer), (None, None));
    }

    #[test]
    fn byte_ranges_for_multibyte_and_nfd_text() {
        let t = "Ưu tiên thực hiện Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ về";
        let c = one(
            t,
            "Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ",
        );
        assert!(t.is_char_boundary(c.start) && t.is_char_boundary(c.end));
        // NFD input: the ranges point into the caller's (NFD) text, values come out NFC.
        let nfd: String = t.nfd().collect();
        assert_ne!(nfd, t);
        let cs = find_citations(&nfd);
        assert_eq!(cs.len(), 1);
        let c = &cs[0];
        let printed: String = nfd.get(c.start..c.end).unwrap_or("").nfc().collect();
        assert_eq!(
            printed,
            "Chỉ thị số 05/CT-TTg ngày 23/02/2023 của Thủ tướng Chính phủ"
        );
        assert_eq!(c.number, "05/CT-TTg");
        assert_eq!(c.doc_type.as_deref(), Some("Chỉ thị"));
        assert_eq!(c.issuer.as_deref(), Some("Thủ tướng Chính phủ"));
        // CRLF and NBSP inside a reference.
        let t = "Quyết\u{a0}định số 06/QĐ-TTg\r\nngày 06/01/2022";
        let c = one(t, "Quyết\u{a0}định số 06/QĐ-TTg\r\nngày 06/01/2022");
        assert_eq!(c.issued_on, d(2022, 1, 6));
    }

    #[test]
    fn ids_dedupe_spacing_variants() {
        let cs = find_citations("Quyết định số 468 /QĐ-UBND và Quyết định số 468/QĐ-UBND");
        assert_eq!(cs.len(), 2);
        assert_eq!(citation_id(&cs[0].number), citation_id(&cs[1].number));
        assert_eq!(citation_id(&cs[0].number), "ref:468/QĐ-UBND");
    }

    #[test]
    fn parsers_one_by_one() {
        assert_eq!(doc_type_word("Nghị quyết số"), Ok((" số", "Nghị quyết")));
        assert!(doc_type_word("Nghị quyếtx").is_err());
        assert_eq!(
            doc_number("468 /QĐ-UBND ngày"),
            Ok((" ngày", "468/QĐ-UBND".to_string()))
        );
        assert!(doc_number("3/2022").is_err());
        assert_eq!(issue_date(" năm 2021 phê"), Ok((" phê", When::Year(2021))));
        assert_eq!(
            issue_date(" ngày tháng năm 2023 của"),
            Ok((" của", When::Year(2023)))
        );
        assert!(issue_date(" ngày 32/01/2022").is_err());
        assert_eq!(
            issuer_phrase(" của Bộ Công an, Kế hoạch"),
            Ok((", Kế hoạch", "Bộ Công an".to_string()))
        );
        assert_eq!(
            law_name("Căn cước công dân 2014"),
            Ok((" 2014", "Căn cước công dân".to_string()))
        );
        assert!(law_name("Căn cước công dân").is_err());
        assert!(citation("Quyết định số").is_err());
        assert_eq!(type_from_code("137/2015/NĐ-CP"), Some("Nghị định"));
        assert_eq!(type_from_code("12/KH-CAH-QLHC"), Some("Kế hoạch"));
        assert_eq!(type_from_code("1552/BTTTT-THH"), None);
    }

    /// [`TypedAhead`] says no only where [`typed_citation`] fails: asked at every
    /// char of corpus lines and of random strings of citation pieces, colons and
    /// punctuation, in order as the scan asks.
    #[test]
    fn typed_ahead_refuses_only_where_no_typed_citation_starts() {
        let atoms = [
            "Quyết định",
            "QUYẾT ĐỊNH",
            "Thông tư liên tịch",
            "số",
            "Số",
            "SỐ",
            "sô",
            "so",
            ":",
            " :",
            "：",
            " ",
            "\u{a0}",
            "\n",
            "06",
            "/",
            "QĐ",
            "-",
            "TTg",
            ",",
            ".",
            ";",
            "|",
            "(",
            "Thời gian",
            "ngày",
            "2024",
            "văn bản",
            "e\u{301}",
            "ố",
            "Ố",
            "s",
            "Đề án",
        ];
        let mut texts: Vec<String> = Vec::new();
        texts.extend(kehoach_text::samples::corpus_lines());
        assert!(texts.len() > 100, "the corpus was not read");
        texts.extend(kehoach_text::samples::random_texts(
            0x9E37_79B9_7F4A_7C15,
            5000,
            16,
            &atoms,
        ));
        let mut typed = 0;
        for text in &texts {
            let mut ahead = TypedAhead::new(text);
            for (k, _) in text.char_indices() {
                let starts = typed_citation(&text[k..]).is_ok();
                let may = ahead.may_start(k);
                typed += usize::from(starts);
                assert!(!starts || may, "{text:?} at {k}");
            }
        }
        assert!(typed > 100, "only {typed} typed citations");
    }

    /// Deterministic pseudo-random strings built from the grammar's own vocabulary and
    /// awkward characters: nothing may panic, ranges must be ordered char boundaries.
    /// The scan must find what trying every char finds.
    #[test]
    fn never_panics_on_noise() {
        let atoms = [
            "Quyết định",
            "số",
            " ",
            "  ",
            "06",
            "/",
            "QĐ",
            "-",
            "TTg",
            "ngày",
            "tháng",
            "năm",
            "2022",
            "31",
            "của",
            "Thủ tướng",
            "Chính phủ",
            ",",
            ".",
            ";",
            "(",
            ")",
            "Luật",
            "Căn cước",
            "và",
            "\n",
            "\r",
            "\u{a0}",
            "e\u{301}",
            "\u{302}",
            "Đ",
            "ệ",
            "😀",
            "|",
            "*",
            "TP.",
            "Bộ luật",
            "sửa đổi,",
            "2014",
            "Kế hoạch",
            "KH",
            "LĐT",
            " BXH",
            "–",
            "Ủy ban nhân dân",
            "tỉnh",
        ];
        for s in kehoach_text::samples::random_texts(0x2545_F491_4F6C_DD1D, 3000, 24, &atoms) {
            let found = find_citations(&s);
            assert_eq!(found, find_citations_char_by_char(&s), "{s:?}");
            for c in found {
                assert!(c.start <= c.end && c.end <= s.len(), "{s:?}");
                assert!(
                    s.is_char_boundary(c.start) && s.is_char_boundary(c.end),
                    "{s:?}"
                );
            }
        }
        for s in [
            "",
            " ",
            "0",
            "/",
            "0/",
            "0/Đ",
            "Luật ",
            "Luật A",
            "của",
            "số 1/",
            "\u{301}\u{301}",
        ] {
            let _ = find_citations(s);
        }
    }

    /// `find_citations` as it was before it passed over words and punctuation
    /// without trying them: every char is looked at.
    fn find_citations_char_by_char(text: &str) -> Vec<Citation> {
        let norm = Nfc::new(text);
        let t: &str = &norm.text;
        let mut out = Vec::new();
        let mut pos = 0usize;
        let mut prev: Option<char> = None;
        while let Some(c) = t.get(pos..).and_then(|r| r.chars().next()) {
            let word_start = || !matches!(prev, Some(p) if is_alphabetic(p));
            let bare_ok = || !matches!(prev, Some(p) if is_alphanumeric(p) || "/-–.,".contains(p));
            let rest = t.get(pos..).unwrap_or("");
            if is_alphanumeric(c)
                && word_start()
                && (!c.is_ascii_digit() || bare_ok())
                && may_open_citation(rest, || true)
            {
                if let Ok((after, p)) = citation(rest) {
                    let end = t.len() - after.len();
                    if end > pos {
                        let (s, e) = norm.source_range(pos, end);
                        out.push(Citation {
                            start: s,
                            end: e,
                            number: p.number,
                            doc_type: p.doc_type.map(str::to_string),
                            issued_on: match p.when {
                                Some(When::Day(d)) => Some(d),
                                _ => None,
                            },
                            year: match p.when {
                                Some(When::Day(d)) => Some(d.year),
                                Some(When::Year(y)) => Some(y),
                                None => None,
                            },
                            issuer: p.issuer,
                        });
                        prev = t.get(..end).and_then(|s| s.chars().last());
                        pos = end;
                        continue;
                    }
                }
            }
            prev = Some(c);
            pos += c.len_utf8();
        }
        out
    }

    #[test]
    fn type_and_law_words_are_those_of_trying_every_word() {
        // Every table word tried in table order, as `doc_type_word` and
        // `law_word` answer through their shortcuts.
        let type_word_by_trying = |i| -> Option<(&str, &str)> {
            TYPE_WORDS
                .iter()
                .find_map(|&(pat, canon)| kw(pat)(i).ok().map(|(rest, _)| (rest, canon)))
        };
        let law_word_by_trying = |i: &str| -> Option<&str> {
            ["Bộ luật", "BỘ LUẬT", "Luật", "LUẬT"]
                .into_iter()
                .find(|w| {
                    i.strip_prefix(w)
                        .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
                })
        };
        let mut texts = vec![
            "KẾ HOẠCH, Kế Hoạch kế hoạch Thông tư liên tịch THÔNG  TƯ\u{a0}LIÊN TỊCH \u{212a}ế hoạch              Đề án ĐỀ ÁN đề ánh Bộ luật BỘ LUẬT Bộ luậtx Luật LUẬT luật Lut İ Chương trìnhh"
                .to_string(),
        ];
        texts.extend(kehoach_text::samples::corpus_texts());
        let mut found = 0;
        for text in &texts {
            for (k, _) in text.char_indices() {
                let i = &text[k..];
                let got = doc_type_word(i).ok();
                assert_eq!(got, type_word_by_trying(i), "{:?}", &i[..i.len().min(40)]);
                assert_eq!(
                    law_word(i).ok().map(|(_, canon)| canon),
                    law_word_by_trying(i).map(|w| if w.starts_with('B') {
                        "Bộ luật"
                    } else {
                        "Luật"
                    }),
                    "{:?}",
                    &i[..i.len().min(40)]
                );
                found += usize::from(got.is_some());
            }
        }
        assert!(found > 50, "only {found} type words");
    }

    #[test]
    fn corpus_citations_are_those_of_a_char_by_char_scan() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let mut n = 0;
        for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            let found = find_citations(&text);
            n += found.len();
            assert_eq!(
                found,
                find_citations_char_by_char(&text),
                "{:?}",
                entry.path()
            );
            for line in text.lines() {
                assert_eq!(
                    find_citations(line),
                    find_citations_char_by_char(line),
                    "{line:?}"
                );
            }
        }
        assert!(n > 20, "only {n} citations in the corpus");
    }
}
