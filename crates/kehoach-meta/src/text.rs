//! Small text helpers shared by the citation grammar and the metadata reader.

use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc, UnicodeNormalization};

/// Text in NFC plus, when normalisation changed it, a map back to the original bytes.
///
/// The citation grammar is written for precomposed Vietnamese letters ("ế" as one char),
/// but callers may hand us NFD text (macOS file names, some PDF extractors) and still want
/// byte ranges into *their* text. So we normalise chunk by chunk (a starter and its
/// combining marks) and remember, for every output byte, the source chunk it came from.
pub(crate) struct Nfc<'a> {
    pub text: Cow<'a, str>,
    /// For every byte of `text`: (start, end) of the source chunk. Empty when `text` is
    /// borrowed unchanged (identity map).
    map: Vec<(usize, usize)>,
}

impl<'a> Nfc<'a> {
    pub fn new(src: &'a str) -> Nfc<'a> {
        if plainly_nfc(src) || is_nfc(src) {
            return Nfc {
                text: Cow::Borrowed(src),
                map: Vec::new(),
            };
        }
        let mut out = String::with_capacity(src.len());
        let mut map = Vec::with_capacity(src.len());
        let mut chunk_start = 0usize;
        let flush = |from: usize, to: usize, out: &mut String, map: &mut Vec<(usize, usize)>| {
            if let Some(chunk) = src.get(from..to) {
                out.extend(chunk.nfc());
                // `map` has one entry per byte of `out`: the new bytes all come from
                // this chunk.
                map.resize(out.len(), (from, to));
            }
        };
        for (i, c) in src.char_indices() {
            // A new chunk starts at every starter (combining class 0): NFC only composes
            // a starter with the marks that follow it (for Latin script, which is all we
            // need; Hangul LV composition across starters is not relevant here).
            if i > chunk_start && canonical_combining_class(c) == 0 {
                flush(chunk_start, i, &mut out, &mut map);
                chunk_start = i;
            }
        }
        flush(chunk_start, src.len(), &mut out, &mut map);
        Nfc {
            text: Cow::Owned(out),
            map,
        }
    }

    /// Map a byte range of the normalised text back to the source text.
    pub fn source_range(&self, start: usize, end: usize) -> (usize, usize) {
        if self.map.is_empty() {
            return (start, end);
        }
        let s = self
            .map
            .get(start)
            .map(|m| m.0)
            .unwrap_or_else(|| self.map.last().map_or(0, |m| m.1));
        let e = if end == 0 {
            s
        } else {
            self.map
                .get(end - 1)
                .map(|m| m.1)
                .unwrap_or_else(|| self.map.last().map_or(0, |m| m.1))
        };
        (s, e.max(s))
    }
}

/// True when `s` is NFC by a test cheaper than `is_nfc`'s table lookups: every
/// char is below U+0300 (before the combining marks), a precomposed letter of
/// Latin Extended Additional (U+1E00–U+1EFF, where most Vietnamese letters
/// live) or General Punctuation from U+2002 (dashes, quotes; U+2000 and U+2001
/// are left out because NFC replaces them). Such chars are starters that NFC
/// keeps as they are and never composes with a neighbour, so the text is
/// already normalised. False says nothing: the caller falls back to the full
/// check.
pub(crate) fn plainly_nfc(s: &str) -> bool {
    // Every line and paragraph is asked: the test reads the UTF-8 bytes, which
    // tell these ranges by their first two bytes (three for U+2002), without
    // decoding chars.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        if lead < 0x80 {
            i += 1;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        i += match lead {
            // U+0080–U+02FF.
            0xC2..=0xCB => 2,
            // U+1E00–U+1EFF.
            0xE1 if (0xB8..=0xBB).contains(&next) => 3,
            // U+2002–U+203F, U+2040–U+206F.
            0xE2 if next == 0x80 && b.get(i + 2).is_some_and(|&t| t >= 0x82) => 3,
            0xE2 if next == 0x81 && b.get(i + 2).is_some_and(|&t| t <= 0xAF) => 3,
            _ => return false,
        };
    }
    true
}

/// `char::is_alphabetic`, answering for the Latin letters Vietnamese is written
/// with by range instead of through Unicode's tables: the citation scan asks
/// this for every char of every paragraph. U+00C0–U+024F are all letters but
/// × and ÷; U+1E00–U+1EFF are all letters.
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_alphanumeric`, by range like [`is_alphabetic`].
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// NFC form of a string, borrowed when it already is (nearly always).
pub(crate) fn nfc(s: &str) -> Cow<'_, str> {
    if plainly_nfc(s) || is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// `c.to_lowercase()` when that is one char (`None` for the few chars whose lower
/// case is longer, like 'İ'). ASCII and the Latin letters Vietnamese is written
/// with are answered by arithmetic, the rest by Unicode's case tables.
#[inline]
pub(crate) fn lower_char(c: char) -> Option<char> {
    let u = c as u32;
    match u {
        0..=0x7F => Some(c.to_ascii_lowercase()),
        // À–Þ (but ×) → à–þ; ß–ÿ and × are their own lower case.
        0xC0..=0xDE if u != 0xD7 => char::from_u32(u + 0x20),
        0xD7..=0xFF => Some(c),
        // Upper/lower pairs at even/odd code points: Latin Extended-A (Ă, Đ, Ĩ,
        // Ũ ...) and the Vietnamese block of Latin Extended Additional (Ạ–ỹ).
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EFF => char::from_u32(u | 1),
        // Ơ, Ư and their lower case.
        0x1A0 | 0x1AF => char::from_u32(u + 1),
        0x1A1 | 0x1B0 => Some(c),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        }
    }
}

/// `a.to_lowercase().eq(b.to_lowercase())`, through [`lower_char`].
#[inline]
pub(crate) fn same_ignoring_case(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (lower_char(a), lower_char(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a.to_lowercase().eq(b.to_lowercase()),
    }
}

/// Case-insensitive prefix match of `word` against `input`, where a space in `word`
/// matches one or more whitespace chars of the input (PDF conversions double spaces and
/// use NBSP). Returns the number of *input* bytes consumed, so the caller never slices
/// inside a char even if upper- and lower-case forms differ in byte length.
pub(crate) fn prefix_ci(input: &str, word: &str) -> Option<usize> {
    let mut it = input.char_indices().peekable();
    for w in word.chars() {
        if w == ' ' {
            let mut seen = false;
            while let Some(&(_, c)) = it.peek() {
                if c.is_whitespace() {
                    seen = true;
                    it.next();
                } else {
                    break;
                }
            }
            if !seen {
                return None;
            }
            continue;
        }
        let (_, c) = it.next()?;
        if !same_ignoring_case(c, w) {
            return None;
        }
    }
    Some(it.peek().map_or(input.len(), |&(i, _)| i))
}

/// True when the text has letters and none of them is lower-case ("ỦY BAN NHÂN DÂN").
pub(crate) fn is_upper_text(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// "ĐẮK NÔNG" → "Đắk Nông": upper-case the first letter of every word, lower the rest.
/// Hyphens and apostrophes split nothing ("BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu").
pub(crate) fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Collapse runs of whitespace into one space and trim.
pub(crate) fn squash_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// "Ủy ban nhân dân" (any case, either accent placement "Ủy"/"Uỷ") → "UBND", as the gold
/// and the documents' own appendix headers abbreviate it; likewise "Hội đồng nhân dân" →
/// "HĐND".
pub(crate) fn abbreviate_bodies(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    'outer: while !rest.is_empty() {
        let at_word_start = !matches!(out.chars().last(), Some(c) if c.is_alphanumeric());
        if at_word_start {
            for (long, short) in [
                ("ủy ban nhân dân", "UBND"),
                ("uỷ ban nhân dân", "UBND"),
                ("hội đồng nhân dân", "HĐND"),
            ] {
                if let Some(n) = prefix_ci(rest, long) {
                    let tail = rest.get(n..).unwrap_or("");
                    if !tail.chars().next().is_some_and(char::is_alphanumeric) {
                        out.push_str(short);
                        rest = tail;
                        continue 'outer;
                    }
                }
            }
        }
        let mut cs = rest.chars();
        if let Some(c) = cs.next() {
            out.push(c);
        }
        rest = cs.as_str();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ci_works_on_vietnamese() {
        assert_eq!(
            prefix_ci("QUYẾT ĐỊNH số", "quyết định"),
            Some("QUYẾT ĐỊNH".len())
        );
        assert_eq!(
            prefix_ci("Quyết  định", "quyết định"),
            Some("Quyết  định".len())
        );
        assert_eq!(
            prefix_ci("Quyết\u{a0}định", "quyết định"),
            Some("Quyết\u{a0}định".len())
        );
        assert_eq!(prefix_ci("Quyếtđịnh", "quyết định"), None);
        assert_eq!(prefix_ci("Quy", "quyết định"), None);
        assert_eq!(prefix_ci("", "a"), None);
    }

    #[test]
    fn nfc_map_points_into_source() {
        let src: String = "Số 06/QĐ-TTg ngày".nfd().collect();
        let n = Nfc::new(&src);
        assert_eq!(n.text, "Số 06/QĐ-TTg ngày");
        let at = n.text.find("06").unwrap_or(0);
        let (s, e) = n.source_range(at, at + "06/QĐ-TTg".len());
        assert_eq!(&src[s..e], "06/QĐ-TTg");
        let (s, e) = n.source_range(0, n.text.len());
        assert_eq!(&src[s..e], src.as_str());
        // Out-of-range requests are clamped, never panic.
        let (s, e) = n.source_range(10_000, 20_000);
        assert!(s <= e && e <= src.len());
    }

    #[test]
    fn case_shortcuts_agree_with_std() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FF21}', '\u{10400}']) {
            let std: Vec<char> = c.to_lowercase().collect();
            match lower_char(c) {
                Some(l) => assert_eq!(std, [l], "{c:?}"),
                None => assert!(std.len() > 1, "{c:?}"),
            }
            for d in ['a', 'A', 'ế', 'Ế', 'i', '\u{130}', c] {
                assert_eq!(
                    same_ignoring_case(c, d),
                    c.to_lowercase().eq(d.to_lowercase()),
                    "{c:?} {d:?}"
                );
            }
        }
    }

    #[test]
    fn letter_shortcuts_agree_with_std() {
        for c in ('\0'..='\u{2FFF}').chain(['\u{FF21}', '\u{1D400}']) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn plainly_nfc_reads_the_ranges_from_bytes() {
        let by_chars = |s: &str| {
            s.chars().all(|c| {
                c < '\u{300}'
                    || ('\u{1E00}'..='\u{1EFF}').contains(&c)
                    || ('\u{2002}'..='\u{206F}').contains(&c)
            })
        };
        for c in ('\0'..='\u{FFFF}').chain(['\u{10000}', '\u{1F600}']) {
            for s in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}ế"),
                format!("{c}{c}"),
            ] {
                assert_eq!(plainly_nfc(&s), by_chars(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn plainly_nfc_agrees_with_is_nfc() {
        use unicode_normalization::UnicodeNormalization;
        let samples = [
            "Quyết định số 06/QĐ-TTg “Đề án” – ngày",
            "Ủy ban nhân dân tỉnh Đắk Nông",
            "\u{2000}\u{2001}",
            "A\u{301}",
            "ꞌ\u{1E9B}\u{323}",
        ];
        for s in samples {
            if plainly_nfc(s) {
                assert!(is_nfc(s), "{s:?}");
            }
            let nfd: String = s.nfd().collect();
            if plainly_nfc(&nfd) {
                assert!(is_nfc(&nfd), "{nfd:?}");
            }
        }
        // Exhaustively over the ranges the shortcut accepts.
        for c in ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2002}'..='\u{206F}')
        {
            for d in ['a', 'ế', '–', c] {
                let s: String = [c, d].iter().collect();
                if plainly_nfc(&s) {
                    assert!(is_nfc(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn casing_helpers() {
        assert_eq!(title_case("ĐẮK NÔNG"), "Đắk Nông");
        assert_eq!(title_case("BÀ RỊA - VŨNG TÀU"), "Bà Rịa - Vũng Tàu");
        assert!(is_upper_text("ỦY BAN NHÂN DÂN TỈNH"));
        assert!(!is_upper_text("Ủy ban"));
        assert!(!is_upper_text("123"));
        assert_eq!(
            abbreviate_bodies("Ủy ban nhân dân tỉnh Bình Định"),
            "UBND tỉnh Bình Định"
        );
        assert_eq!(
            abbreviate_bodies("Chủ tịch Uỷ ban nhân dân xã"),
            "Chủ tịch UBND xã"
        );
        assert_eq!(abbreviate_bodies("ỦY BAN NHÂN DÂN"), "UBND");
        assert_eq!(
            abbreviate_bodies("Công an xã Sơn Ninh"),
            "Công an xã Sơn Ninh"
        );
    }
}
