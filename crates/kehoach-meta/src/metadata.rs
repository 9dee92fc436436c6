//! Metadata of the outer document: number, type, issuer, place, date, signer, title.
//!
//! Vietnamese administrative documents share one layout (Decree 30/2020/NĐ-CP): an
//! authority block and "Số: ..." on the left, the national motto and `"<Place>, ngày ..."`
//! on the right, then the type heading ("KẾ HOẠCH") and the title, the body, and a
//! signature block (`"TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / <name>"`). Conversions from PDF or
//! web pages scramble that layout (pipe-laid header rows, lost lines, a trailing
//! "Số hiệu: / Người ký:" block from the publishing site, news-style summaries), so every
//! field has an ordered list of sources and the first one that yields a value wins.

use crate::citation::{doc_number, doc_type_word, type_from_code};
use crate::text::{abbreviate_bodies, is_upper_text, nfc, prefix_ci, squash_ws, title_case};
use crate::{Date, Metadata};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// How far from the top the header fields (number, date line, type heading, authority)
/// are looked for. Web-page residue (lists of related documents) can precede the real
/// header by a few dozen lines; the body of a plan is far longer than this.
const HEADER_LINES: usize = 100;

/// How far from the top the opening sentence ("..., UBND tỉnh X ban hành Kế hoạch ...")
/// is looked for.
const OPENING_LINES: usize = 60;

/// One input line, cleaned, split into layout cells.
struct Line {
    /// Cells joined by one space.
    text: String,
    /// Cells of a pipe- or tab-laid row; a plain line is one cell. Empty cells dropped.
    cells: Cells,
}

/// Every line of the document is kept while metadata is read: a plain line
/// (nearly all of them) stores no cell list of its own.
enum Cells {
    Blank,
    /// One cell: the whole text.
    Whole,
    /// Two or more, as byte ranges of the text.
    Split(Box<[(usize, usize)]>),
}

impl Line {
    fn is_blank(&self) -> bool {
        matches!(self.cells, Cells::Blank)
    }

    fn cells(&self) -> impl DoubleEndedIterator<Item = &str> + '_ {
        let (whole, split): (Option<&str>, &[(usize, usize)]) = match &self.cells {
            Cells::Blank => (None, &[]),
            Cells::Whole => (Some(&self.text), &[]),
            Cells::Split(ranges) => (None, ranges),
        };
        whole.into_iter().chain(
            split
                .iter()
                .map(|&(a, b)| self.text.get(a..b).unwrap_or("")),
        )
    }

    /// The only cell of a one-cell line.
    fn single_cell(&self) -> Option<&str> {
        match self.cells {
            Cells::Whole => Some(self.text.as_str()),
            _ => None,
        }
    }

    /// Cells joined by one space.
    fn text(&self) -> &str {
        &self.text
    }
}

static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>").expect("constant regex")
});

/// Remove what Markdown removal may have left: emphasis stars, HTML tags, heading hashes,
/// CR, NBSP; normalise to NFC (callers promise NFC, but a stray NFD line must not make a
/// whole field disappear).
fn clean(raw: &str) -> Line {
    // Every line of the document comes through here: borrow until something
    // actually changes, and build the text in one pass over the bytes.
    let s = nfc(raw);
    let s = if s.contains('<') {
        HTML_TAG.replace_all(&s, " ")
    } else {
        Cow::Borrowed(s.as_ref())
    };
    let s: &str = &s;
    // Leading blanks, then heading hashes, then quote marks.
    let mut at = 0;
    while let Some(n) = blank_at(s, at) {
        at += n;
    }
    let s = s.get(at..).unwrap_or("");
    let s = s.trim_start_matches('#').trim_start_matches('>');
    // Each cell ('|' or tab apart) with its blanks squashed, the cells joined by
    // one space; empty cells dropped.
    let mut text = String::with_capacity(s.len());
    let mut cell_ranges = Vec::new();
    let mut cell_start: Option<usize> = None;
    let mut word_start: Option<usize> = None;
    // The bytes of `s` that come after `text` in the cleaned text, not yet
    // copied: words one space apart are copied together, not one by one.
    let mut copy = (0, 0);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let (ends_cell, blank) = match bytes.get(i) {
            None | Some(b'|' | b'\t') => (true, 1),
            Some(_) => (false, blank_at(s, i).unwrap_or(0)),
        };
        if !ends_cell && blank == 0 {
            word_start.get_or_insert(i);
            i += utf8_len(bytes[i]);
            // The rest of the word, passing over the bytes that can neither
            // end a cell nor start a blank without looking at their chars.
            while bytes.get(i).is_some_and(|&b| !MAY_END_WORD[usize::from(b)]) {
                i += 1;
            }
            continue;
        }
        if let Some(w) = word_start.take() {
            let sep = text.len() + (copy.1 - copy.0) > 0;
            if sep && copy.1 + 1 == w && bytes.get(copy.1) == Some(&b' ') {
                // One space from the word before: the text so far goes on as
                // the input does, and is copied later in one piece.
                cell_start.get_or_insert(text.len() + (w - copy.0));
                copy.1 = i;
            } else {
                text.push_str(s.get(copy.0..copy.1).unwrap_or(""));
                if sep {
                    text.push(' ');
                }
                cell_start.get_or_insert(text.len());
                copy = (w, i);
            }
        }
        if ends_cell {
            if let Some(c) = cell_start.take() {
                cell_ranges.push((c, text.len() + (copy.1 - copy.0)));
            }
        }
        i += blank;
    }
    text.push_str(s.get(copy.0..copy.1).unwrap_or(""));
    let cells = match cell_ranges.len() {
        0 => Cells::Blank,
        1 => Cells::Whole,
        _ => Cells::Split(cell_ranges.into_boxed_slice()),
    };
    Line { text, cells }
}

/// Chars that are spaces to the metadata reader: whitespace, plus what Markdown
/// removal may have left (emphasis stars, CR, NBSP, zero-width space, BOM).
const BLANKED: [char; 5] = ['*', '\r', '\u{a0}', '\u{200b}', '\u{feff}'];

/// The length of the char at byte `i` of `s` if it is blank. Decodes only the
/// chars whose first byte a blank can have: most Vietnamese letters are passed
/// over by their first byte.
#[inline(always)]
fn blank_at(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    match b {
        b' ' | b'\t'..=b'\r' | b'*' => return Some(1),
        // U+0085, U+00A0; U+1680; U+2000–U+205F; U+3000; U+FEFF.
        0xC2 | 0xE2 | 0xE3 | 0xEF => {}
        // Of U+1000–U+1FFF (with most Vietnamese letters) only U+1680 is
        // blank, and only U+1680–U+16BF start E1 9A.
        0xE1 if s.as_bytes().get(i + 1) == Some(&0x9A) => {}
        _ => return None,
    }
    let c = s.get(i..)?.chars().next()?;
    (c.is_whitespace() || BLANKED.contains(&c)).then(|| c.len_utf8())
}

/// Bytes that may end a word in [`clean`]: a cell separator, or the first
/// byte of a char [`blank_at`] may find blank. Continuation bytes are never
/// the first byte of a char, so a word's other chars are passed over whole.
const MAY_END_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'|' | b' ' | b'\t'..=b'\r' | b'*' | 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF
        );
        b += 1;
    }
    t
};

/// Length of a UTF-8 sequence from its first byte.
fn utf8_len(first: u8) -> usize {
    match first {
        0..=0xBF => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Read the metadata from the document's lines (NFC text, Markdown syntax removed).
pub fn extract_metadata(lines: &[&str]) -> Metadata {
    let doc: Vec<Line> = lines.iter().map(|l| clean(l)).collect();
    let mut m = Metadata::default();

    // --- number -------------------------------------------------------------------
    let so = find_so_line(&doc);
    if let Some((n, idx)) = so.number.clone().zip(so.line) {
        m.number = Some(n);
        m.lines.push(("number", idx));
    } else if let Some((n, idx)) =
        web_field(&doc, "số hiệu").and_then(|(v, i)| Some((number_in(&v)?, i)))
    {
        // A blank "Số: /QĐ-UBND" (draft) or a missing header: the publishing site's own
        // metadata block is the next best statement of the number.
        m.number = Some(n);
        m.lines.push(("number", idx));
    }

    // --- doc_type -----------------------------------------------------------------
    let heading = find_type_heading(&doc);
    if let Some((t, idx)) = heading {
        m.doc_type = Some(t.to_string());
        m.lines.push(("doc_type", idx));
    } else if let Some((t, idx)) = m
        .number
        .as_deref()
        .zip(m.line_of("number"))
        .or(so.blank_code.as_deref().zip(so.line))
        .and_then(|(n, idx)| Some((type_from_code(n)?, idx)))
    {
        m.doc_type = Some(t.to_string());
        m.lines.push(("doc_type", idx));
    } else if let Some((t, idx)) =
        web_field(&doc, "loại văn bản").and_then(|(v, idx)| Some((doc_type_word(&v).ok()?.1, idx)))
    {
        m.doc_type = Some(t.to_string());
        m.lines.push(("doc_type", idx));
    } else if let Some(p) = ban_hanh_phrases(&doc).first() {
        let t = if p.promulgating {
            "Quyết định"
        } else {
            p.doc_type
        };
        m.doc_type = Some(t.to_string());
        m.lines.push(("doc_type", p.line));
    }

    // --- place and issued_on --------------------------------------------------------
    let date_line = find_date_line(&doc);
    if let Some(dl) = &date_line {
        m.place = Some(dl.place.clone());
        m.lines.push(("place", dl.line));
        if let Some(d) = dl.date {
            m.issued_on = Some(d);
            m.lines.push(("issued_on", dl.line));
        }
    }
    if m.issued_on.is_none() {
        // No formal date line (news-style summary) or a blank one (draft): the lead
        // sentence "Ngày 31/01/2024, <issuer> ban hành ..." or the site's metadata.
        let lead = if date_line.is_none() {
            lead_sentence_date(&doc)
        } else {
            None
        };
        let web = || {
            web_field(&doc, "ngày ban hành").and_then(|(v, idx)| Some((parse_date_any(&v)?, idx)))
        };
        if let Some((d, idx)) = lead.or_else(web) {
            m.issued_on = Some(d);
            m.lines.push(("issued_on", idx));
        }
    }

    // --- issuer ---------------------------------------------------------------------
    if let Some((issuer, idx)) = find_issuer(&doc, m.place.as_deref()) {
        m.issuer = Some(issuer);
        m.lines.push(("issuer", idx));
    }

    // --- signer -----------------------------------------------------------------------
    if let Some((s, idx)) = signature_block_name(&doc)
        .or_else(|| web_field(&doc, "người ký").and_then(|(v, idx)| Some((person_name(&v)?, idx))))
    {
        m.signer = Some(s);
        m.lines.push(("signer", idx));
    }

    // --- title ------------------------------------------------------------------------
    if let Some((t, idx)) = heading
        .filter(|&(_, h)| !doc.get(h).is_some_and(|l| l.text().ends_with(':')))
        .and_then(|(_, h)| title_after_heading(&doc, h))
        .or_else(|| web_title(&doc, m.number.as_deref()))
        .or_else(|| ban_hanh_title(&doc))
    {
        m.title = Some(t);
        m.lines.push(("title", idx));
    }

    m
}

// ===================================================================================
// number
// ===================================================================================

struct SoLine {
    /// The number, when the "Số:" line carries one.
    number: Option<String>,
    /// The code of a blank draft number ("/QĐ-UBND" → "QĐ-UBND"): still tells the type.
    blank_code: Option<String>,
    line: Option<usize>,
}

/// The first "Số: ..." cell of the header. Only the first counts: later ones belong to
/// attached documents or tables.
fn find_so_line(doc: &[Line]) -> SoLine {
    for (idx, line) in doc.iter().enumerate().take(HEADER_LINES) {
        for cell in line.cells() {
            let Some(n) = prefix_ci(cell, "số") else {
                continue;
            };
            let rest = cell.get(n..).unwrap_or("").trim_start();
            let Some(value) = rest.strip_prefix(':') else {
                continue;
            };
            let value = value.trim_start();
            if let Some(number) = number_in(value) {
                return SoLine {
                    number: Some(number),
                    blank_code: None,
                    line: Some(idx),
                };
            }
            let blank_code = value
                .strip_prefix('/')
                .map(|c| c.split_whitespace().next().unwrap_or("").to_string())
                .filter(|c| !c.is_empty());
            return SoLine {
                number: None,
                blank_code,
                line: Some(idx),
            };
        }
    }
    SoLine {
        number: None,
        blank_code: None,
        line: None,
    }
}

/// A document number at the start of `s` ("183/KH-UBND", "468 /QĐ-UBND").
fn number_in(s: &str) -> Option<String> {
    doc_number(s.trim()).ok().map(|(_, n)| n)
}

/// "- Số hiệu: 183/KH-UBND", "- Người ký: Võ Ngọc Thành": the key/value block that legal
/// publishing sites append. Returns the value and its line. The key must open the line
/// (after an optional bullet), so running text never matches.
fn web_field(doc: &[Line], key: &str) -> Option<(String, usize)> {
    doc.iter().enumerate().find_map(|(idx, line)| {
        let t = line.text().trim_start_matches(['-', '+', '•', ' ']);
        let n = prefix_ci(t, key)?;
        let value = t.get(n..)?.trim_start().strip_prefix(':')?.trim();
        (!value.is_empty()).then(|| (value.to_string(), idx))
    })
}

// ===================================================================================
// doc_type
// ===================================================================================

/// The first standalone upper-case type heading ("QUYẾT ĐỊNH", "KẾ HOẠCH", also the
/// enacting "QUYẾT ĐỊNH:" when the real heading was lost — it still names the type, but
/// what follows it is Article 1, not a title). Upper case is required: a lone "Kế hoạch" line is more often a
/// table cell than a heading.
fn find_type_heading(doc: &[Line]) -> Option<(&'static str, usize)> {
    doc.iter()
        .enumerate()
        .take(HEADER_LINES)
        .find_map(|(idx, line)| {
            let cell = line.single_cell()?;
            if !is_upper_text(cell) {
                return None;
            }
            let (rest, t) = doc_type_word(cell).ok()?;
            matches!(rest.trim(), "" | ":").then_some((t, idx))
        })
}

// ===================================================================================
// place, issued_on
// ===================================================================================

struct DateLine {
    place: String,
    date: Option<Date>,
    line: usize,
}

static PLACE_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\s)((?:Thành phố|Thị xã|Thị trấn|TP\.|Tp\.|TX\.|\p{Lu}[\p{L}\p{M}'’]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}'’]*|[-–]))*)\s*$",
    )
    .expect("constant regex")
});

static DATE_WORDS_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})?\s*[.)]?\s*$")
        .expect("constant regex")
});

static DATE_NUM_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*ngày\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*[.)]?\s*$")
        .expect("constant regex")
});

/// The formal date line `"<Place>, ngày DD tháng MM năm YYYY"` (blanks allowed in a draft:
/// "Bình Định, ngày tháng năm 2023"), as a whole cell or at the end of one ("Số: 12/KH
/// Sơn Ninh, ngày ..."). The date must end the cell, so running text that happens to
/// contain ", ngày" is not taken.
fn find_date_line(doc: &[Line]) -> Option<DateLine> {
    for (idx, line) in doc.iter().enumerate().take(HEADER_LINES) {
        for cell in line.cells() {
            if let Some((place, date)) = parse_date_line(cell) {
                return Some(DateLine {
                    place,
                    date,
                    line: idx,
                });
            }
        }
    }
    None
}

fn parse_date_line(cell: &str) -> Option<(String, Option<Date>)> {
    let comma = cell.find(',')?;
    let (before, after) = (cell.get(..comma)?, cell.get(comma + 1..)?);
    let date = if let Some(c) = DATE_WORDS_TAIL.captures(after) {
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
        match (num(1), num(2), num(3)) {
            (Some(d), Some(mo), Some(y)) => Date::new(i32::try_from(y).ok()?, mo, d),
            _ => None,
        }
    } else if let Some(c) = DATE_NUM_TAIL.captures(after) {
        let num = |k: usize| c.get(k).and_then(|m| m.as_str().parse::<u32>().ok());
        Date::new(i32::try_from(num(4)?).ok()?, num(3)?, num(1)?)
    } else {
        return None;
    };
    let place = PLACE_AT_END.captures(before)?.get(1)?.as_str().trim();
    let words = place.split_whitespace().count();
    if words == 0 || words > 6 {
        return None;
    }
    let place = if is_upper_text(place) {
        title_case(place)
    } else {
        squash_ws(place)
    };
    Some((place, date))
}

/// A date written "DD/MM/YYYY", "DD-MM-YYYY", "DD.MM.YYYY" or "DD tháng MM năm YYYY" at
/// the start of `s`.
fn parse_date_any(s: &str) -> Option<Date> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
            .expect("constant regex")
    });
    let c = RE.captures(s.trim())?;
    let num = |a: usize, b: usize| {
        c.get(a)
            .or_else(|| c.get(b))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    Date::new(i32::try_from(num(3, 6)?).ok()?, num(2, 5)?, num(1, 4)?)
}

/// "Ngày 31/01/2024, UBND tỉnh Hậu Giang ban hành Kế hoạch ...": the lead of a news-style
/// summary dates the plan it reports on.
fn lead_sentence_date(doc: &[Line]) -> Option<(Date, usize)> {
    doc.iter()
        .enumerate()
        .take(OPENING_LINES)
        .find_map(|(idx, line)| {
            let t = line.text();
            let rest = t.strip_prefix("Ngày ")?;
            let comma = rest.find(',')?;
            let date = parse_date_any(rest.get(..comma)?)?;
            rest.get(comma..)?
                .contains(" ban hành ")
                .then_some((date, idx))
        })
}

// ===================================================================================
// issuer
// ===================================================================================

const LEVELS: &[(&str, &str)] = &[
    ("THÀNH PHỐ", "thành phố"),
    ("THỊ XÃ", "thị xã"),
    ("THỊ TRẤN", "thị trấn"),
    ("TỈNH", "tỉnh"),
    ("HUYỆN", "huyện"),
    ("QUẬN", "quận"),
    ("XÃ", "xã"),
    ("PHƯỜNG", "phường"),
];

const HEADS: &[(&str, &str)] = &[
    ("ỦY BAN NHÂN DÂN", "UBND"),
    ("UỶ BAN NHÂN DÂN", "UBND"),
    ("UBND", "UBND"),
    ("HỘI ĐỒNG NHÂN DÂN", "HĐND"),
    ("HĐND", "HĐND"),
    ("CÔNG AN", "Công an"),
];

/// An authority named in the header.
#[derive(Debug, Clone)]
struct Authority {
    head: &'static str,
    level: Option<&'static str>,
    name: Option<String>,
}

impl Authority {
    fn render(&self) -> String {
        let mut s = self.head.to_string();
        for part in [self.level.map(str::to_string), self.name.clone()]
            .into_iter()
            .flatten()
        {
            s.push(' ');
            s.push_str(&part);
        }
        s
    }
}

/// "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG" (a decision
/// of the chairman is still the provincial UBND's act, and the gold names the UBND),
/// "CÔNG AN XÃ SƠN NINH", "ỦY BAN NHÂN DÂN" (head only).
fn parse_authority(cell: &str) -> Option<Authority> {
    if !is_upper_text(cell) {
        return None;
    }
    let mut s = cell.trim().trim_end_matches(':').trim();
    for title in ["PHÓ CHỦ TỊCH", "CHỦ TỊCH"] {
        if let Some(n) = prefix_ci(s, title) {
            s = s.get(n..).unwrap_or("").trim_start();
        }
    }
    let (head, rest) = HEADS.iter().find_map(|&(h, out)| {
        let n = prefix_ci(s, h)?;
        let rest = s.get(n..)?;
        (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((out, rest.trim()))
    })?;
    let (level, name) = split_level(rest)?;
    Some(Authority { head, level, name })
}

/// "TỈNH ĐẮK NÔNG" → (tỉnh, Đắk Nông); "" → (None, None); anything else → not an
/// authority line (e.g. "CÔNG AN NHÂN DÂN" in a slogan).
#[allow(clippy::type_complexity)]
fn split_level(rest: &str) -> Option<(Option<&'static str>, Option<String>)> {
    if rest.is_empty() {
        return Some((None, None));
    }
    let (lv, n) = LEVELS.iter().find_map(|&(l, out)| {
        let n = prefix_ci(rest, l)?;
        let tail = rest.get(n..)?;
        (tail.is_empty() || tail.starts_with(char::is_whitespace)).then_some((out, n))
    })?;
    let name = rest.get(n..).unwrap_or("").trim();
    let name = (!name.is_empty() && name.split_whitespace().count() <= 6).then(|| title_case(name));
    Some((Some(lv), name))
}

/// Where an issuer statement came from, in decreasing order of trust.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    Authority,
    BanHanh,
    KemTheo,
}

struct Candidate {
    text: String,
    source: Source,
    line: usize,
}

const LEVEL_WORDS: &[&str] = &[
    "tỉnh",
    "huyện",
    "xã",
    "thành phố",
    "thị xã",
    "thị trấn",
    "phường",
    "quận",
];

/// A statement names a specific body when it does not stop at a bare head or level
/// ("UBND", "UBND tỉnh").
fn is_complete(issuer: &str) -> bool {
    let lower = issuer.to_lowercase();
    !LEVEL_WORDS
        .iter()
        .any(|l| lower.ends_with(&format!(" {l}")))
        && issuer.split_whitespace().count() > 1
}

fn ends_with_level(issuer: &str) -> bool {
    let lower = issuer.to_lowercase();
    LEVEL_WORDS
        .iter()
        .any(|l| lower.ends_with(&format!(" {l}")))
}

/// Agency heads an issuer statement can start with.
static AGENCY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:UBND|HĐND|Ủy ban|Uỷ ban|ỦY BAN|Hội đồng|Công an|Chủ tịch|Sở|Ban|Bộ|Thường trực|Văn phòng|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Đảng ủy|Đảng uỷ|Cục|Chi cục|Tổng cục|Trung tâm|Phòng|Thủ tướng|Chính phủ|Đoàn|Hội|Bảo hiểm|Kho bạc|Thanh tra)\b",
    )
    .expect("constant regex")
});

/// Normalise a free-text issuer: abbreviate "Ủy ban nhân dân", drop a leading "Chủ tịch"
/// (the chairman acts for the UBND; same rule as for the authority line).
fn normalise_issuer(s: &str) -> Option<String> {
    let s = squash_ws(s.trim_matches(|c: char| c.is_whitespace() || ",.;:()".contains(c)));
    if !AGENCY_HEAD.is_match(&s) || s.contains(" của ") || s.split_whitespace().count() > 12 {
        return None;
    }
    let s = abbreviate_bodies(&s);
    let s = s.strip_prefix("Chủ tịch ").map(str::to_string).unwrap_or(s);
    Some(s)
}

struct BanHanh {
    issuer: Option<String>,
    doc_type: &'static str,
    /// The phrase is a decision's title ("Về việc ban hành Kế hoạch ..."): the document
    /// is the promulgating Quyết định.
    promulgating: bool,
    /// What follows the type word, up to the sentence end.
    rest: String,
    line: usize,
}

/// `"<issuer> ban hành <Type> ..."` in the opening lines ("..., UBND tỉnh Gia Lai ban hành
/// Kế hoạch thực hiện như sau:"). The issuer is the clause right before "ban hành", after
/// the last comma; it must start with an agency head and must not be the issuer of a
/// cited document ("... của Ủy ban nhân dân tỉnh ban hành Kế hoạch ...").
fn ban_hanh_phrases(doc: &[Line]) -> Vec<BanHanh> {
    let mut out = Vec::new();
    for (idx, line) in doc.iter().enumerate().take(OPENING_LINES) {
        let t = line.text();
        // Word starts where "ban hành" (any case) begins: line start or after a
        // space. Only "b" and "B" lower to "b", so the candidates are found by a
        // byte search for those two, not by comparing at every word.
        let starts = memchr::memchr2_iter(b'b', b'B', t.as_bytes())
            .filter(|&at| at == 0 || t.as_bytes().get(at - 1) == Some(&b' '));
        for at in starts {
            let Some(tail) = t.get(at..) else { continue };
            let Some(n) = prefix_ci(tail, "ban hành ") else {
                continue;
            };
            let after = tail.get(n..).unwrap_or("").trim_start();
            let Ok((rest, doc_type)) = doc_type_word(after) else {
                continue;
            };
            let before = t.get(..at).unwrap_or("");
            let clause_start = before.rfind([',', ';', ':', '.', '(']).map_or(0, |p| p + 1);
            let clause = before.get(clause_start..).unwrap_or("").trim();
            // "Ban hành Kế hoạch ..." / "Về việc ban hành Kế hoạch ..." is the title of
            // the decision that promulgates the plan, not the plan's own opening.
            let lower = clause.to_lowercase();
            let promulgating =
                clause_start == 0 && matches!(lower.as_str(), "" | "về việc" | "v/v");
            let issuer = normalise_issuer(clause);
            let rest = rest.split(". ").next().unwrap_or("").trim().to_string();
            out.push(BanHanh {
                issuer,
                doc_type,
                promulgating,
                rest,
                line: idx,
            });
        }
    }
    out
}

/// "(Ban hành kèm theo Quyết định số 468 /QĐ-UBND ngày 01/3/2022 của UBND tỉnh Đắk
/// Nông)", "(Kèm theo Kế hoạch số 183/KH-UBND ... của UBND tỉnh)": the attachment line
/// names the issuer of the document the attachment belongs to. The parenthesis may be
/// broken over two lines.
fn kem_theo_issuers(doc: &[Line]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (idx, line) in doc.iter().enumerate() {
        let t = line.text().trim_start_matches('(').trim_start();
        let t = prefix_ci(t, "ban hành").map_or(t, |n| t.get(n..).unwrap_or("").trim_start());
        if prefix_ci(t, "kèm theo").is_none() || !line.text().starts_with('(') {
            continue;
        }
        let mut joined = line.text().to_string();
        for next in doc.iter().skip(idx + 1).filter(|l| !l.is_blank()).take(2) {
            if joined.contains(')') {
                break;
            }
            joined.push(' ');
            joined.push_str(next.text());
        }
        let inner = joined.split(')').next().unwrap_or("");
        if let Some(k) = inner.rfind(" của ") {
            if let Some(issuer) = inner.get(k + " của ".len()..).and_then(normalise_issuer) {
                out.push(Candidate {
                    text: issuer,
                    source: Source::KemTheo,
                    line: idx,
                });
            }
        }
    }
    out
}

/// Authority lines in the header. A head-only line ("ỦY BAN NHÂN DÂN") takes its level
/// and name from the next line ("TỈNH GIA LAI"); of two stacked authorities ("CÔNG AN
/// HUYỆN X" over "CÔNG AN XÃ Y") the lower one is the issuing body.
fn authority_issuers(doc: &[Line]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut idx = 0usize;
    while idx < doc.len().min(HEADER_LINES) {
        let Some(line) = doc.get(idx) else { break };
        let found = line.cells().find_map(parse_authority);
        let Some(mut auth) = found else {
            idx += 1;
            continue;
        };
        let next = doc
            .iter()
            .enumerate()
            .skip(idx + 1)
            .find(|(_, l)| !l.is_blank())
            .and_then(|(j, l)| Some((j, l.cells().next()?)));
        let mut at = idx;
        if let Some((j, cell)) = next {
            if auth.level.is_none() && is_upper_text(cell) {
                if let Some((Some(level), name)) = split_level(cell) {
                    auth.level = Some(level);
                    auth.name = name;
                    at = j;
                }
            } else if let Some(lower) = parse_authority(cell).filter(|a| a.name.is_some()) {
                if auth.name.is_some() {
                    auth = lower;
                    at = j;
                }
            }
        }
        out.push(Candidate {
            text: auth.render(),
            source: Source::Authority,
            line: at,
        });
        idx = at + 1;
    }
    out
}

/// The issuer: a complete statement from the most trusted source; else an incomplete
/// one ("ỦY BAN NHÂN DÂN TỈNH", "của UBND tỉnh") completed with the date line's place,
/// which for a provincial document is the province; else the incomplete one as is.
fn find_issuer(doc: &[Line], place: Option<&str>) -> Option<(String, usize)> {
    let mut cands = authority_issuers(doc);
    cands.extend(ban_hanh_phrases(doc).into_iter().filter_map(|p| {
        Some(Candidate {
            text: p.issuer?,
            source: Source::BanHanh,
            line: p.line,
        })
    }));
    cands.extend(kem_theo_issuers(doc));
    // Stable sort: within a source, document order is kept.
    cands.sort_by_key(|c| c.source);
    if let Some(c) = cands.iter().find(|c| is_complete(&c.text)) {
        return Some((c.text.clone(), c.line));
    }
    let partial = cands.iter().find(|c| ends_with_level(&c.text))?;
    match place {
        Some(p) => Some((format!("{} {}", partial.text, p), partial.line)),
        None => Some((partial.text.clone(), partial.line)),
    }
}

// ===================================================================================
// signer
// ===================================================================================

/// A signature block title: "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
/// "PHÓ CHỦ TỊCH", "TRƯỞNG CÔNG AN XÃ", "GIÁM ĐỐC", ...
fn is_signature_title(cell: &str) -> bool {
    static ENUMERATED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:[IVXLC]+|\d+|[A-Z])[.)]\s").expect("constant regex"));
    // Section headings ("II. TĂNG TRƯỞNG ...") are upper case too, but a signature title is
    // never enumerated.
    if !is_upper_text(cell) || cell.chars().count() > 80 || ENUMERATED.is_match(cell) {
        return false;
    }
    let prefixes = ["TM.", "TM ", "KT.", "KT ", "TL.", "TUQ.", "Q. "];
    let words = [
        "CHỦ TỊCH",
        "GIÁM ĐỐC",
        "TRƯỞNG",
        "BÍ THƯ",
        "THỦ TƯỚNG",
        "CHÁNH VĂN PHÒNG",
        "CHÁNH ÁN",
        "CHÁNH THANH TRA",
    ];
    prefixes.iter().any(|p| cell.starts_with(p)) || words.iter().any(|w| cell.contains(w))
}

/// "[Handwritten signature]", "(Đã ký)", "(Ký, đóng dấu)": stand-ins for the signature
/// image between the title and the name.
fn is_signature_placeholder(cell: &str) -> bool {
    let c = cell.trim();
    let lower = c.to_lowercase();
    let bracketed =
        (c.starts_with('[') && c.ends_with(']')) || (c.starts_with('(') && c.ends_with(')'));
    let marker = [
        "đã ký",
        "signature",
        "signed",
        "chữ ký",
        "ký tên",
        "đóng dấu",
        "seal",
    ]
    .iter()
    .any(|w| lower.contains(w));
    (bracketed || marker) && c.chars().count() <= 60
}

/// Military/police ranks printed before a signer's name ("Đại úy Đinh Trung Hiếu"), both
/// accent placements ("úy"/"uý"), and academic prefixes.
const RANKS: &[&str] = &[
    "thiếu úy",
    "trung úy",
    "thượng úy",
    "đại úy",
    "thiếu uý",
    "trung uý",
    "thượng uý",
    "đại uý",
    "thiếu tá",
    "trung tá",
    "thượng tá",
    "đại tá",
    "thiếu tướng",
    "trung tướng",
    "thượng tướng",
    "đại tướng",
    "binh nhì",
    "binh nhất",
    "hạ sĩ",
    "trung sĩ",
    "thượng sĩ",
    "pgs.ts.",
    "pgs. ts.",
    "gs.ts.",
    "gs. ts.",
    "ts.",
    "ths.",
    "bs.",
    "ks.",
];

/// Common Vietnamese surnames: an ALL-CAPS line is accepted as a name only when it starts
/// with one (otherwise an upper-case appendix title like "PHỤ LỤC I" would pass).
const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Đào", "Lương", "Mai", "Trịnh", "Lâm", "Tô",
    "Hà", "Cao", "Chu", "Đoàn", "Lưu", "Tạ", "Thái", "Vương", "Văn", "Kiều", "Quách", "Triệu",
    "Hứa", "Châu", "Tăng", "Lại", "Nông", "Lò", "Y", "H",
];

/// A person's name: 2–5 capitalised syllables after an optional rank ("Đại úy Đinh
/// Trung Hiếu" → "Đinh Trung Hiếu"). ALL-CAPS names are title-cased.
pub(crate) fn person_name(s: &str) -> Option<String> {
    let mut s = squash_ws(s.trim_matches(|c: char| c.is_whitespace() || ".,;:".contains(c)));
    'strip: loop {
        for r in RANKS {
            if let Some(n) = prefix_ci(&s, r) {
                let rest = s.get(n..).unwrap_or("");
                if rest.starts_with(char::is_whitespace) || r.ends_with('.') {
                    s = rest.trim_start().to_string();
                    continue 'strip;
                }
            }
        }
        break;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    let syllable = |w: &str| {
        let n = w.chars().count();
        (1..=8).contains(&n)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
    };
    if !words.iter().all(|w| syllable(w)) {
        return None;
    }
    let capitalised = words.iter().all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.all(|c| !c.is_uppercase())
    });
    if capitalised {
        return Some(words.join(" "));
    }
    if is_upper_text(&s) {
        let t = title_case(&s);
        let first = t.split_whitespace().next().unwrap_or("");
        return SURNAMES.contains(&first).then_some(t);
    }
    None
}

/// The name under the first signature block: title line(s), then blank lines and
/// signature placeholders, then the name. A block whose first other line is not a name
/// (the name was lost in conversion, or the "title" was really an authority line like
/// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...") yields nothing and the search goes on. A bare name
/// with no title above it (a news byline) is never taken.
fn signature_block_name(doc: &[Line]) -> Option<(String, usize)> {
    for (idx, line) in doc.iter().enumerate() {
        if !line.cells().any(is_signature_title) {
            continue;
        }
        for (j, next) in doc.iter().enumerate().skip(idx + 1).take(10) {
            if next.is_blank() || next.cells().all(is_signature_placeholder) {
                continue;
            }
            if next.cells().any(is_signature_title) && next.cells().all(is_upper_text) {
                continue;
            }
            if let Some(name) = next.cells().rev().find_map(person_name) {
                return Some((name, j));
            }
            break;
        }
    }
    None
}

// ===================================================================================
// title
// ===================================================================================

/// The line(s) after the type heading: "Về việc ban hành Kế hoạch ...", "Thực hiện Đề án
/// ...". Continuation lines (a title wrapped without a blank line) are joined until a
/// blank line, an upper-case line, or the start of the preamble.
fn title_after_heading(doc: &[Line], heading: usize) -> Option<(String, usize)> {
    let (start, first) = doc
        .iter()
        .enumerate()
        .skip(heading + 1)
        .find(|(_, l)| !l.is_blank())?;
    let stops = [
        "Căn cứ",
        "Thực hiện",
        "(Ban hành",
        "(Kèm theo",
        "Kèm theo",
        "Theo đề nghị",
    ];
    let starts_preamble = |t: &str| stops.iter().any(|s| t.starts_with(s));
    if is_upper_text(first.text())
        || first.text().starts_with("Căn cứ")
        || first.text().starts_with('(')
    {
        return None;
    }
    let mut title = first.text().to_string();
    for l in doc.iter().skip(start + 1).take(3) {
        if l.is_blank()
            || is_upper_text(&l.text)
            || starts_preamble(&l.text)
            || matches!(l.cells, Cells::Split(_))
        {
            break;
        }
        title.push(' ');
        title.push_str(l.text());
    }
    let title = squash_ws(&title);
    (!title.is_empty()).then_some((title, start))
}

/// The publishing site's title line "Kế hoạch 183/KH-UBND năm 2022 về triển khai ...":
/// the part after the year, when the number is the document's own.
fn web_title(doc: &[Line], number: Option<&str>) -> Option<(String, usize)> {
    // The longest type word ("Quyết định", "Chương trình") and a space, in bytes.
    const MAX_TYPE_BYTES: usize = 24;
    let number = number?;
    doc.iter().enumerate().find_map(|(idx, line)| {
        // The line may have been joined to the list above it ("... tỉnh Kon Tum
        // Kế hoạch 183/KH-UBND năm 2022 ..." in hard-wrapped text): the type word
        // is looked for right before the plan's own number.
        let at = line.text.find(number)?;
        let t = (at.saturating_sub(MAX_TYPE_BYTES)..at)
            .filter(|&s| line.text.is_char_boundary(s))
            .filter(|&s| {
                line.text[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|s| &line.text[s..])
            .find(|t| {
                doc_type_word(t).is_ok_and(|(rest, _)| rest.trim_start().starts_with(number))
            })?;
        let (rest, _) = doc_type_word(t).ok()?;
        let rest = rest.trim_start();
        let (rest, n) = doc_number(rest).ok()?;
        if n != number {
            return None;
        }
        let rest = rest.trim_start().strip_prefix("năm ")?;
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
        (rest.chars().count() >= 10).then(|| (rest.to_string(), idx))
    })
}

/// A news lead "UBND tỉnh X ban hành Kế hoạch triển khai thực hiện ...": the plan's title
/// is what follows the type word up to the sentence end ("... thực hiện như sau:" is not
/// a title).
fn ban_hanh_title(doc: &[Line]) -> Option<(String, usize)> {
    ban_hanh_phrases(doc).into_iter().find_map(|p| {
        p.issuer.as_ref()?;
        let rest = p.rest.trim_end_matches('.').trim();
        if rest.ends_with("như sau:") || rest.ends_with("như sau") || rest.chars().count() < 15 {
            return None;
        }
        Some((format!("{} {}", p.doc_type, rest), p.line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn only_b_and_capital_b_open_ban_hanh() {
        // `ban_hanh_phrases` looks for "ban hành" only where one of them is.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                kehoach_text::same_ignoring_case(c, 'b'),
                matches!(c, 'b' | 'B'),
                "{c:?}"
            );
        }
    }

    /// `clean` as it was when it copied the text word by word.
    fn clean_word_by_word(raw: &str) -> Line {
        // Every line of the document comes through here: borrow until something
        // actually changes, and build the text in one pass over the bytes.
        let s = nfc(raw);
        let s = if s.contains('<') {
            HTML_TAG.replace_all(&s, " ")
        } else {
            Cow::Borrowed(s.as_ref())
        };
        let s: &str = &s;
        // Leading blanks, then heading hashes, then quote marks.
        let mut at = 0;
        while let Some(n) = blank_at(s, at) {
            at += n;
        }
        let s = s.get(at..).unwrap_or("");
        let s = s.trim_start_matches('#').trim_start_matches('>');
        // Each cell ('|' or tab apart) with its blanks squashed, the cells joined by
        // one space; empty cells dropped.
        let mut text = String::with_capacity(s.len());
        let mut cell_ranges = Vec::new();
        let mut cell_start: Option<usize> = None;
        let mut word_start: Option<usize> = None;
        let bytes = s.as_bytes();
        let mut i = 0;
        while i <= bytes.len() {
            let (ends_cell, blank) = match bytes.get(i) {
                None | Some(b'|' | b'\t') => (true, 1),
                Some(_) => (false, blank_at(s, i).unwrap_or(0)),
            };
            if !ends_cell && blank == 0 {
                word_start.get_or_insert(i);
                i += utf8_len(bytes[i]);
                // The rest of the word, passing over the bytes that can neither
                // end a cell nor start a blank without looking at their chars.
                while bytes.get(i).is_some_and(|&b| !MAY_END_WORD[usize::from(b)]) {
                    i += 1;
                }
                continue;
            }
            if let Some(w) = word_start.take() {
                if !text.is_empty() {
                    text.push(' ');
                }
                cell_start.get_or_insert(text.len());
                text.push_str(s.get(w..i).unwrap_or(""));
            }
            if ends_cell {
                if let Some(c) = cell_start.take() {
                    cell_ranges.push((c, text.len()));
                }
            }
            i += blank;
        }
        let cells = match cell_ranges.len() {
            0 => Cells::Blank,
            1 => Cells::Whole,
            _ => Cells::Split(cell_ranges.into_boxed_slice()),
        };
        Line { text, cells }
    }

    #[test]
    fn runs_of_words_are_copied_as_words_were() {
        let mut lines: Vec<String> = [
            "",
            " ",
            "a",
            "| a | b  c |\t d\te |",
            "  ## > Số:  **468** /QĐ-UBND ",
            "a\u{a0}b\u{200b}c  d\r",
            "|||x||| y z |||",
            "<b>I</b> Nội dung   | | Cơ quan chủ trì |",
            "x * y ** z",
            "\t\tô một\tô hai",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(kehoach_text::samples::corpus_lines());
        assert!(lines.len() > 100, "the corpus was not read");
        let atoms = [
            "a", "ế", " ", "  ", "|", "\t", "*", "\u{a0}", "#", ">", "<b>", "x y", "\r",
        ];
        lines.extend(kehoach_text::samples::random_texts(
            0x9E37_79B9_7F4A_7C15,
            3000,
            16,
            &atoms,
        ));
        for l in &lines {
            let (new, old) = (clean(l), clean_word_by_word(l));
            assert_eq!(new.text, old.text, "{l:?}");
            assert_eq!(
                new.cells().collect::<Vec<_>>(),
                old.cells().collect::<Vec<_>>(),
                "{l:?}"
            );
            assert_eq!(new.is_blank(), old.is_blank(), "{l:?}");
        }
    }

    #[test]
    fn words_end_only_where_may_end_word_says() {
        // Every char that ends a word in `clean` (a blank or a cell
        // separator) starts with a byte `MAY_END_WORD` stops at.
        for c in ('\0'..='\u{FFFF}').chain(['\u{10000}', '\u{1F600}']) {
            let s = format!("{c}x");
            if blank_at(&s, 0).is_some() || matches!(c, '|' | '\t') {
                assert!(MAY_END_WORD[usize::from(s.as_bytes()[0])], "{c:?}");
            }
        }
    }

    #[test]
    fn blank_chars_are_found_by_their_first_byte() {
        for c in ('\0'..='\u{FFFF}').chain(['\u{10000}', '\u{1F600}']) {
            let s = format!("{c}x");
            let blank = c.is_whitespace() || BLANKED.contains(&c);
            assert_eq!(blank_at(&s, 0), blank.then(|| c.len_utf8()), "{c:?}");
            assert_eq!(utf8_len(s.as_bytes()[0]), c.len_utf8(), "{c:?}");
        }
    }

    #[test]
    fn cleaning_squashes_cells_and_blanks() {
        let l = clean("  *#>Số:  12/KH\u{a0}|\t| Bình Định, ngày  ** 3\u{200b}tháng |");
        assert_eq!(l.text, "Số: 12/KH Bình Định, ngày 3 tháng");
        let cells: Vec<&str> = l.cells().collect();
        assert_eq!(cells, ["Số: 12/KH", "Bình Định, ngày 3 tháng"]);
        assert!(clean(" \t * ").is_blank());
    }

    fn meta(text: &str) -> Metadata {
        let lines: Vec<&str> = text.split('\n').collect();
        extract_metadata(&lines)
    }

    fn date(s: &str) -> Option<Date> {
        let mut it = s.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        Date::new(i32::try_from(y).ok()?, m, d)
    }

    #[test]
    fn pipe_laid_header_with_two_line_authority() {
        let m = meta(
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\
             TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc |\n\
             Số: 183/KH-UBND | Gia Lai, ngày 26 tháng 01 năm 2022 |\n\
             KẾ HOẠCH\n\
             Triển khai thực hiện Quyết định số 06/QĐ-TTg\n\
             \n\
             Nội dung.\n\
             | Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n\
             | - Như trên; | KT. CHỦ TỊCH |\n\
             | | PHÓ CHỦ TỊCH |\n\
             | | (Đã ký) |\n\
             | | Võ Ngọc Thành |",
        );
        assert_eq!(m.number.as_deref(), Some("183/KH-UBND"));
        assert_eq!(m.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Gia Lai"));
        assert_eq!(m.place.as_deref(), Some("Gia Lai"));
        assert_eq!(m.issued_on, date("2022-01-26"));
        assert_eq!(m.signer.as_deref(), Some("Võ Ngọc Thành"));
        assert_eq!(
            m.title.as_deref(),
            Some("Triển khai thực hiện Quyết định số 06/QĐ-TTg")
        );
        assert_eq!(m.line_of("number"), Some(2));
        assert_eq!(m.line_of("issuer"), Some(1));
        assert_eq!(m.line_of("doc_type"), Some(3));
        assert_eq!(m.line_of("signer"), Some(11));
    }

    #[test]
    fn blank_draft_header() {
        let m = meta(
            "Số: /QĐ-UBND\n\nBình Định, ngày tháng năm 2023\n\nBan hành Kế hoạch năm 2023\n\n\
             ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        );
        assert_eq!(m.number, None);
        // No heading: the blank number's code still says what the document is.
        assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
        assert_eq!(m.place.as_deref(), Some("Bình Định"));
        assert_eq!(m.issued_on, None);
        // The authority line has no name: completed with the date line's place.
        assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Bình Định"));
        assert_eq!(m.signer, None);
    }

    #[test]
    fn markdown_leftovers_nfd_and_crlf() {
        let text = "Số: **468** /QĐ-UBND\r\n\r\nĐắk Nông, ngày **01** tháng 03 năm 2022\r\n\r\n\
                    ### <b>QUYẾT ĐỊNH</b>\r\n\r\nVề việc ban hành Kế hoạch\r\n\r\n\
                    ### CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\r\n\r\n*Căn cứ ...;*\r\n\r\n\
                    **CHỦ TỊCH**\r\n\r\n\r\n\r\n*[Handwritten signature]*  \r\n**Hồ Văn Mười**\r\n";
        let nfd: String = text.nfd().collect();
        for t in [text.to_string(), nfd] {
            let m = meta(&t);
            assert_eq!(m.number.as_deref(), Some("468/QĐ-UBND"));
            assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
            assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Đắk Nông"));
            assert_eq!(m.place.as_deref(), Some("Đắk Nông"));
            assert_eq!(m.issued_on, date("2022-03-01"));
            assert_eq!(m.signer.as_deref(), Some("Hồ Văn Mười"));
            assert_eq!(m.title.as_deref(), Some("Về việc ban hành Kế hoạch"));
        }
    }

    #[test]
    fn news_style_summary() {
        let m = meta(
            "Ngày 31/01/2024, UBND tỉnh Hậu Giang ban hành Kế hoạch triển khai thực hiện Đề án 06/CP năm 2024 về phát triển ứng dụng dữ liệu dân cư. Tỉnh xác định chủ đề.\n\
             Theo đó, nội dung như sau:\n\
             1. Phục vụ giải quyết thủ tục hành chính\n\
             UBND tỉnh yêu cầu các sở thực hiện.\n\
             Trần Thanh",
        );
        assert_eq!(m.number, None);
        assert_eq!(m.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Hậu Giang"));
        assert_eq!(m.place, None);
        assert_eq!(m.issued_on, date("2024-01-31"));
        // A byline is not a signature.
        assert_eq!(m.signer, None);
        assert_eq!(
            m.title.as_deref(),
            Some("Kế hoạch triển khai thực hiện Đề án 06/CP năm 2024 về phát triển ứng dụng dữ liệu dân cư")
        );
    }

    #[test]
    fn web_metadata_block_only() {
        let m = meta(
            "Nội dung văn bản.\n\
             - Số hiệu: 183/KH-UBND\n\
             - Loại văn bản: Kế hoạch\n\
             - Ngày ban hành: 26/01/2022\n\
             - Nơi ban hành: Tỉnh Gia Lai\n\
             - Người ký: Võ Ngọc Thành\n\
             - Ngày hiệu lực: 27/01/2022",
        );
        assert_eq!(m.number.as_deref(), Some("183/KH-UBND"));
        assert_eq!(m.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(m.issued_on, date("2022-01-26"));
        assert_eq!(m.signer.as_deref(), Some("Võ Ngọc Thành"));
        assert_eq!((m.place.as_deref(), m.issuer.as_deref()), (None, None));
        assert_eq!(m.line_of("signer"), Some(5));
    }

    #[test]
    fn loai_van_ban_when_number_has_no_type_code() {
        let m = meta("- Số hiệu: 1552/BTTTT-THH\n- Loại văn bản: Công văn");
        assert_eq!(m.number.as_deref(), Some("1552/BTTTT-THH"));
        assert_eq!(m.doc_type.as_deref(), Some("Công văn"));
    }

    #[test]
    fn commune_police_plan_with_rank_and_stacked_authorities() {
        let m = meta(
            "CÔNG AN HUYỆN HƯƠNG SƠN\nCÔNG AN XÃ SƠN NINH\n\nSố: 12/KH-CAX\n\nSơn Ninh, ngày 01 tháng 4 năm 2022\n\n\
             KẾ HOẠCH\n\nThực hiện Đề án 06 trong Công an Sơn Ninh\n\nThực hiện Kế hoạch số 12/KH-CAH-QLHC ngày 28/02/2022 của Công an huyện Hương Sơn.\n\n\
             Nơi nhận:\n- Lưu: CAX.\n\nTRƯỞNG CÔNG AN XÃ\n\n\n\nĐại úy Đinh Trung Hiếu",
        );
        assert_eq!(m.issuer.as_deref(), Some("Công an xã Sơn Ninh"));
        assert_eq!(m.number.as_deref(), Some("12/KH-CAX"));
        assert_eq!(m.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(m.signer.as_deref(), Some("Đinh Trung Hiếu"));
        assert_eq!(
            m.title.as_deref(),
            Some("Thực hiện Đề án 06 trong Công an Sơn Ninh")
        );
    }

    #[test]
    fn number_and_date_on_one_space_laid_line() {
        let m = meta("Số: 12/KH-CAX Sơn Ninh, ngày 01 tháng 4 năm 2022\nKẾ HOẠCH");
        assert_eq!(m.number.as_deref(), Some("12/KH-CAX"));
        assert_eq!(m.place.as_deref(), Some("Sơn Ninh"));
        assert_eq!(m.issued_on, date("2022-04-01"));
    }

    #[test]
    fn city_places_and_numeric_date_lines() {
        let m = meta("Thành phố Hồ Chí Minh, ngày 05 tháng 7 năm 2023");
        assert_eq!(m.place.as_deref(), Some("Thành phố Hồ Chí Minh"));
        assert_eq!(m.issued_on, date("2023-07-05"));
        let m = meta("TP. Hồ Chí Minh, ngày 5/7/2023");
        assert_eq!(m.place.as_deref(), Some("TP. Hồ Chí Minh"));
        assert_eq!(m.issued_on, date("2023-07-05"));
        let m = meta("Bà Rịa - Vũng Tàu, ngày 31 tháng 4 năm 2023");
        assert_eq!(m.place.as_deref(), Some("Bà Rịa - Vũng Tàu"));
        assert_eq!(m.issued_on, None, "31 April does not exist");
        // Running text with ", ngày" is not a date line.
        let m = meta("Thực hiện Kế hoạch, ngày 05 tháng 7 năm 2023 Sở Tư pháp tổ chức hội nghị");
        assert_eq!((m.place, m.issued_on), (None, None));
    }

    #[test]
    fn issuer_from_attachment_line_only() {
        let m = meta(
            "KẾ HOẠCH\nThực hiện Đề án 06\n(Ban hành kèm theo Quyết định số 468 /QĐ-UBND ngày 01/3/2022 của UBND tỉnh Đắk Nông)",
        );
        assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Đắk Nông"));
        assert_eq!(m.title.as_deref(), Some("Thực hiện Đề án 06"));
        // Broken over two lines, incomplete, completed from the place.
        let m = meta(
            "Cà Mau, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\nThực hiện Đề án\n(Ban hành kèm theo Quyết định số /QĐ-UBND\nngày tháng năm 2023 của Ủy ban nhân dân tỉnh)",
        );
        assert_eq!(m.issuer.as_deref(), Some("UBND tỉnh Cà Mau"));
    }

    #[test]
    fn cited_issuer_is_not_the_documents_issuer() {
        // "... của Ủy ban nhân dân tỉnh ban hành Kế hoạch" belongs to a cited decision.
        let m = meta("Căn cứ Quyết định số 888/QĐ-UBND ngày 21 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện;");
        assert_eq!(m.issuer, None);
    }

    #[test]
    fn signer_names() {
        assert_eq!(
            person_name("Đại úy Đinh Trung Hiếu").as_deref(),
            Some("Đinh Trung Hiếu")
        );
        assert_eq!(
            person_name("Thượng tá Nguyễn Văn An").as_deref(),
            Some("Nguyễn Văn An")
        );
        assert_eq!(
            person_name("ĐẠI TÁ NGUYỄN VĂN AN").as_deref(),
            Some("Nguyễn Văn An")
        );
        assert_eq!(
            person_name("NGUYỄN VĂN AN").as_deref(),
            Some("Nguyễn Văn An")
        );
        assert_eq!(person_name("TS. Lê Thị Mai").as_deref(), Some("Lê Thị Mai"));
        assert_eq!(
            person_name("Y Thanh Hà Niê Kđăm").as_deref(),
            Some("Y Thanh Hà Niê Kđăm")
        );
        assert_eq!(person_name("PHỤ LỤC I"), None);
        assert_eq!(person_name("Căn cứ Luật Tổ chức"), None);
        assert_eq!(person_name("Hồ"), None);
        assert_eq!(person_name("Một Hai Ba Bốn Năm Sáu"), None);
        assert_eq!(person_name("Phạm Anh Tuấn2"), None);
    }

    #[test]
    fn signature_block_without_name_falls_back_to_web_block() {
        let m = meta(
            "| TM. ỦY BAN NHÂN DÂN |\nDANH MỤC CÁC THỦ TỤC HÀNH CHÍNH\n1 | Đăng ký | Công an tỉnh |\n- Người ký: Võ Ngọc Thành",
        );
        assert_eq!(m.signer.as_deref(), Some("Võ Ngọc Thành"));
        assert_eq!(m.line_of("signer"), Some(3));
    }

    #[test]
    fn all_caps_signer_and_enumerated_headings() {
        let m = meta("II. TĂNG TRƯỞNG KINH TẾ\nHoàng Văn Thụ\n\nGIÁM ĐỐC\n\nNGUYỄN VĂN AN");
        assert_eq!(m.signer.as_deref(), Some("Nguyễn Văn An"));
        assert_eq!(m.line_of("signer"), Some(5));
    }

    #[test]
    fn empty_and_garbage_input() {
        assert_eq!(extract_metadata(&[]), Metadata::default());
        let m = meta("\n\n|||\n\t\t\n**\nSố:\nSố: /\n, ngày\nCHỦ TỊCH\n\nTM.\n😀 ngày tháng năm\n");
        assert_eq!((m.number, m.place, m.signer), (None, None, None));
        let noise = [
            "Số:",
            "ngày",
            "tháng",
            "năm",
            "2022",
            "|",
            "*",
            "KẾ HOẠCH",
            "CHỦ TỊCH",
            "\u{301}",
            "Đ",
            ",",
            "ban hành",
            "Kế hoạch",
            "(",
            ")",
            "kèm theo",
            " của ",
            "UBND tỉnh",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..500 {
            let mut lines = Vec::new();
            for _ in 0..(state % 7) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let n = (state % 6) as usize;
                let l: String = (0..n)
                    .map(|k| noise[((state >> (k * 5)) % noise.len() as u64) as usize])
                    .collect();
                lines.push(l);
            }
            state = state.wrapping_add(0x9E37_79B9);
            let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
            let _ = extract_metadata(&refs);
        }
    }

    #[test]
    fn lost_heading_promulgating_decision() {
        // Heading and number lost: the decision's title still says it promulgates a plan.
        let m = meta("Về việc ban hành Kế hoạch cải cách hành chính năm 2024\n\nCăn cứ ...");
        assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
        let m = meta("Ban hành Kế hoạch cải cách hành chính năm 2024");
        assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
        // The enacting formula names the type but is not followed by a title.
        let m = meta("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.");
        assert_eq!(m.doc_type.as_deref(), Some("Quyết định"));
        assert_eq!(m.title, None);
        // "<issuer> ban hành Kế hoạch" is the plan itself.
        let m = meta("Thực hiện Quyết định số 06/QĐ-TTg, Sở Tư pháp ban hành Kế hoạch như sau:");
        assert_eq!(m.doc_type.as_deref(), Some("Kế hoạch"));
        assert_eq!(m.issuer.as_deref(), Some("Sở Tư pháp"));
        assert_eq!(m.title, None);
    }

    #[test]
    fn constant_regexes_compile() {
        // Forces every lazily built regex so a typo fails here and not on some input.
        let _ = (
            &*HTML_TAG,
            &*PLACE_AT_END,
            &*DATE_WORDS_TAIL,
            &*DATE_NUM_TAIL,
            &*AGENCY_HEAD,
        );
        assert!(is_signature_title("KT. CHỦ TỊCH"));
        assert!(!is_signature_title("II. TĂNG TRƯỞNG"));
        assert_eq!(parse_date_any("26/01/2022"), date("2022-01-26"));
    }
}
