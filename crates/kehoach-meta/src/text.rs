//! Small text helpers shared by the citation grammar and the metadata reader.

use kehoach_text::{plainly_nfc, same_ignoring_case};
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

/// NFC form of a string, borrowed when it already is (nearly always).
pub(crate) fn nfc(s: &str) -> Cow<'_, str> {
    if plainly_nfc(s) || is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
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
