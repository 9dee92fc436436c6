//! Stage 2: decoded text → lines with spans, and the clean text the grammars read.
//!
//! Spans always point into the decoded text as it was handed in: this crate never
//! rewrites it. Each line gets a *clean* text beside it: NFC, odd spaces folded,
//! and for Markdown sources the syntax removed under the direction of
//! pulldown-cmark (emphasis and headings understood, not regex-stripped), with the
//! emphasised stretches remembered because plans mark inline deadlines that way.

mod markdown;
mod wrap;

pub use wrap::{continuations, wrap_width};

use kehoach_text::plainly_nfc_char;
use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// One physical line of the decoded input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// 0-based byte offset of the first byte of the line in the decoded text.
    pub start: usize,
    /// Byte offset just past the line's content (line terminator excluded).
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// The text of one line as the grammars see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanLine {
    pub text: String,
    /// Markdown heading level (1–6) when the line is (part of) a heading.
    pub heading: Option<u8>,
    /// Byte ranges of `text` that were emphasised (italic or bold).
    pub emphasis: Vec<(usize, usize)>,
}

impl CleanLine {
    /// True when all of the line's visible text is emphasised (a bold heading line).
    pub fn fully_emphasised(&self) -> bool {
        let visible = self.text.trim();
        if visible.is_empty() {
            return false;
        }
        let covered: usize = self
            .emphasis
            .iter()
            .map(|(s, e)| self.text[*s..*e].trim().len())
            .sum();
        covered + 2 >= visible.len()
    }
}

/// Split decoded text into lines; "\n", "\r\n" and a lone "\r" all end a line.
pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    // Counted first (a bound: "\r\n" counts twice): a long text has hundreds
    // of thousands of lines, and growing the vector would copy it each time.
    let ends = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
    let mut lines = Vec::with_capacity(ends + 1);
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // The '\n' of a "\r\n" pair, ended with its '\r'.
        if i < start {
            continue;
        }
        lines.push(Line { start, end: i });
        let crlf = bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n');
        start = i + 1 + usize::from(crlf);
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
        });
    }
    lines
}

/// NFC, with the spaces converters leave behind folded: non-breaking and other
/// Unicode spaces become ' ', zero-width characters and soft hyphens vanish.
/// Tabs survive because tab-separated tables depend on them.
pub fn normalize(raw: &str) -> String {
    // Every line goes through here; most are NFC already, and NFC's
    // decompose-and-recompose is the cost of this function.
    match fold_plainly_nfc(raw) {
        Some(out) => out,
        None => {
            let mut out = String::with_capacity(raw.len());
            for c in raw.nfc() {
                if is_unicode_space(c) {
                    out.push(' ');
                } else if !is_invisible(c) {
                    out.push(c);
                }
            }
            out
        }
    }
}

/// [`normalize`], borrowing `raw` when that leaves it as it is (most lines):
/// every char plainly NFC and none to fold.
pub fn normalize_cow(raw: &str) -> Cow<'_, str> {
    if is_normal(raw) {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(normalize(raw))
    }
}

/// True when [`fold_plainly_nfc`] would return `raw` as it is, without the copy.
/// `false` only costs a call to [`normalize`].
fn is_normal(raw: &str) -> bool {
    unusual_chars(raw).all(|c| {
        c.is_some_and(|(_, c)| plainly_nfc_char(c) && !is_unicode_space(c) && !is_invisible(c))
    })
}

/// The chars of `raw` that may need NFC or folding, with their byte offsets;
/// `None` for a char that could not be read (the text is then treated as not
/// plainly NFC). ASCII bytes are skipped one compare each, and Vietnamese
/// letters by their leading bytes without decoding: U+00C0–U+02FF and
/// U+1E00–U+1EFF are plain starters, none of them folded.
fn unusual_chars(raw: &str) -> impl Iterator<Item = Option<(usize, char)>> + '_ {
    let bytes = raw.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || loop {
        // `i` is on a char boundary: ASCII bytes are whole chars, and every
        // other char is stepped over whole.
        i += bytes.get(i..)?.iter().position(|b| !b.is_ascii())?;
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(0xC3..=0xCB), _) => i += 2,
            (Some(0xE1), Some(0xB8..=0xBB)) => i += 3,
            _ => {
                let at = i;
                let c = raw.get(at..).and_then(|r| r.chars().next());
                // Past the end, so that an unreadable char ends the scan.
                i = c.map_or(bytes.len() + 1, |c| at + c.len_utf8());
                return Some(c.map(|c| (at, c)));
            }
        }
    })
}

/// `raw` with its odd spaces folded, when every char of it passes
/// [`plainly_nfc_char`]; `None` says nothing, the caller runs the full algorithm.
///
/// One pass over the bytes that copies the text in runs: only the chars of
/// [`unusual_chars`] are looked at, and unchanged stretches are copied whole
/// rather than pushed char by char.
fn fold_plainly_nfc(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut copied = 0;
    for found in unusual_chars(raw) {
        let (i, c) = found?;
        if !plainly_nfc_char(c) {
            return None;
        }
        let space = is_unicode_space(c);
        if space || is_invisible(c) {
            out.push_str(raw.get(copied..i)?);
            if space {
                out.push(' ');
            }
            copied = i + c.len_utf8();
        }
    }
    out.push_str(raw.get(copied..)?);
    Some(out)
}

/// Spaces other than ASCII space and tab: no-break, fixed-width, ideographic.
pub(crate) fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Characters that take no room: zero-width spaces and joiners, the word
/// joiner, a byte order mark inside the text, the soft hyphen.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
    )
}

/// True when `s` has a char that [`normalize`] folds: an odd space or an
/// invisible char. All of them are encoded with lead byte C2, E2, E3 or EF,
/// which no Vietnamese letter uses: only the chars those bytes start are
/// decoded, found by a byte search.
pub(crate) fn has_foldable(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Lead bytes are never inside a char, so each hit starts one.
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, bytes)
        .chain(memchr::memchr_iter(0xEF, bytes))
        .filter_map(|i| s.get(i..)?.chars().next())
        .any(|c| is_unicode_space(c) || is_invisible(c))
}

/// Decide between plain text and Markdown from the content, never the file name.
///
/// Conversions of PDFs to Markdown leave clear traces (ATX headings, `**bold**`,
/// `*italic*` deadline notes, delimiter rows); plain text rarely has two of them.
pub fn detect_format(text: &str) -> Format {
    let mut score = 0usize;
    // Lines end at "\n", "\r\n" or a lone "\r", as in `split_lines`: a file
    // with old Mac line endings is one `str::lines()` line, and its headings
    // would go unseen (the CRLF pairs give empty lines here, which score nothing).
    // The breaks are found by a byte search: a char pattern would decode every
    // char of a long line.
    let breaks = memchr::memchr2_iter(b'\n', b'\r', text.as_bytes());
    let mut start = 0;
    for end in breaks.chain([text.len()]).take(40_000) {
        let raw = text.get(start..end).unwrap_or("");
        start = end + 1;
        // Odd spaces count as the spaces they show, as in the Markdown reader.
        // Copied only when there is something to fold: most lines have nothing.
        let folded;
        let line = if !has_foldable(raw) {
            raw
        } else {
            folded = raw
                .chars()
                .filter(|&c| !is_invisible(c))
                .map(|c| if is_unicode_space(c) { ' ' } else { c })
                .collect::<String>();
            folded.as_str()
        };
        let t = line.trim_start();
        if t.starts_with('#')
            && t.trim_start_matches('#').starts_with(' ')
            && t.len() - t.trim_start_matches('#').len() <= 6
        {
            score += 2;
        }
        if t.starts_with('|')
            && t.contains("---")
            && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        {
            score += 2;
        }
        score += count_emphasis_pairs(line);
        if score >= 3 {
            return Format::Markdown;
        }
    }
    Format::Text
}

fn count_emphasis_pairs(line: &str) -> usize {
    // "**x**" or "*x*" with non-space just inside the delimiters.
    let b = line.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i + 2 < b.len() {
        // Straight to the next '*': a long line without one is a single search.
        match memchr::memchr(b'*', &b[i..]) {
            Some(star) if i + star + 2 < b.len() => i += star,
            _ => break,
        }
        if b[i + 1] != b' ' && b[i + 1] != b'*' {
            if let Some(rel) = memchr::memchr(b'*', &b[i + 1..]) {
                let close = i + 1 + rel;
                if close > i + 1 && b[close - 1] != b' ' {
                    n += 1;
                    i = close + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    n
}

/// Clean text for every line. Lines with `skip[i]` (owned by a table) are left
/// empty and are hidden from the Markdown parser, so a tab-led table row cannot
/// open a code block that swallows the narrative after it.
pub fn clean_lines(text: &str, lines: &[Line], format: Format, skip: &[bool]) -> Vec<CleanLine> {
    match format {
        Format::Text => lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if skip.get(i).copied().unwrap_or(false) {
                    CleanLine::default()
                } else {
                    // Trimmed in place: a copy of a long line is not free.
                    let mut text = normalize(text.get(l.start..l.end).unwrap_or(""));
                    text.truncate(text.trim_end().len());
                    CleanLine {
                        text,
                        ..CleanLine::default()
                    }
                }
            })
            .collect(),
        Format::Markdown => markdown::clean(text.to_owned(), lines, skip),
    }
}

/// [`clean_lines`], taking the decoded text by value: a Markdown reading
/// turns it into the text the parser reads instead of copying it, so a large
/// input is not held twice. The lines are exactly those of [`clean_lines`].
pub fn clean_lines_owned(
    text: String,
    lines: &[Line],
    format: Format,
    skip: &[bool],
) -> Vec<CleanLine> {
    match format {
        Format::Text => clean_lines(&text, lines, format, skip),
        Format::Markdown => markdown::clean(text, lines, skip),
    }
}

/// [`clean_lines`] of a plain-text input, made from its lines normalised
/// already (`normalized[i]` is [`normalize`] of line `i`, as the table stage
/// reads them): plain text is cleaned by normalising alone, so these are the
/// same lines, and no line is normalised twice.
pub fn clean_text_lines<S: Into<String>>(normalized: Vec<S>, skip: &[bool]) -> Vec<CleanLine> {
    normalized
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if skip.get(i).copied().unwrap_or(false) {
                CleanLine::default()
            } else {
                let mut text: String = line.into();
                text.truncate(text.trim_end().len());
                CleanLine {
                    text,
                    ..CleanLine::default()
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_cow_is_normalize() {
        let mut texts: Vec<String> =
            vec!["a\u{a0}b Ho\u{300}a\u{200b}\u{301} \t\u{feff}x\u{2003}\u{2000}ế–\u{2060}".into()];
        texts.extend(kehoach_text::samples::corpus_texts());
        let mut borrowed = 0;
        for t in &texts {
            for l in split_lines(t) {
                let raw = &t[l.start..l.end];
                let cow = normalize_cow(raw);
                borrowed += usize::from(matches!(cow, Cow::Borrowed(_)));
                assert_eq!(cow, normalize(raw), "{raw:?}");
            }
            for c in t.chars() {
                let s = c.to_string();
                assert_eq!(normalize_cow(&s), normalize(&s), "{c:?}");
            }
        }
        assert!(borrowed > 100, "only {borrowed} lines borrowed");
        for c in ('\0'..='\u{3100}').chain(['\u{feff}', '\u{1F600}']) {
            for s in [c.to_string(), format!("a{c}"), format!("ê{c}b")] {
                assert_eq!(normalize_cow(&s), normalize(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn text_lines_from_normalised_lines_are_the_clean_lines() {
        let mut texts: Vec<String> = vec![
            "a\u{a0}b  \r\nHo\u{300}a\u{200b}\u{301} \t\n\n\u{feff}\rx\u{2003}".into(),
            String::new(),
            " \n".into(),
        ];
        texts.extend(kehoach_text::samples::corpus_texts());
        assert!(texts.len() > 3, "the corpus was not read");
        for t in &texts {
            let lines = split_lines(t);
            // Every third line owned by a table.
            let skip: Vec<bool> = (0..lines.len()).map(|i| i % 3 == 1).collect();
            let normalized = lines
                .iter()
                .map(|l| normalize(&t[l.start..l.end]))
                .collect();
            assert_eq!(
                clean_text_lines(normalized, &skip),
                clean_lines(t, &lines, Format::Text, &skip)
            );
        }
    }

    #[test]
    fn plainly_nfc_implies_nfc() {
        let plainly_nfc = |s: &str| s.chars().all(plainly_nfc_char);
        use unicode_normalization::is_nfc;
        let ranges = ('\0'..'\u{300}')
            .chain('\u{1E00}'..='\u{1EFF}')
            .chain('\u{2000}'..='\u{2070}');
        for c in ranges {
            for d in ['a', 'ế', '–', '\u{301}', c] {
                let s: String = [c, d].iter().collect();
                if plainly_nfc(&s) {
                    assert!(is_nfc(&s), "{s:?}");
                }
            }
        }
        assert_eq!(normalize("Ho\u{300}a\u{a0}bi\u{300}nh"), "Hòa bình");
    }

    #[test]
    fn normalize_is_nfc_then_folding() {
        let reference = |s: &str| -> String {
            s.nfc()
                .filter(|&c| !is_invisible(c))
                .map(|c| if is_unicode_space(c) { ' ' } else { c })
                .collect()
        };
        let pieces = [
            "a",
            "ế",
            "e\u{302}\u{301}",
            "\u{a0}",
            "\u{200b}",
            "\u{ad}",
            "\u{2000}",
            "\u{3000}",
            "\u{feff}",
            "–",
            "\u{301}",
            "\t",
            " ",
            "Đ",
            "\u{1ec7}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}x{c}");
                    assert_eq!(normalize(&s), reference(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn foldable_chars_are_found_by_their_lead_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            let folds = is_unicode_space(c) || is_invisible(c);
            assert_eq!(has_foldable(&s), folds, "{c:?}");
        }
    }

    #[test]
    fn line_endings_of_every_kind_end_a_line() {
        let t = "a\r\nb\rc\nd";
        let ls = split_lines(t);
        let got: Vec<&str> = ls.iter().map(|l| &t[l.start..l.end]).collect();
        assert_eq!(got, vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn trailing_newline_adds_no_empty_line() {
        assert_eq!(split_lines("a\n").len(), 1);
        assert_eq!(split_lines("").len(), 0);
        assert_eq!(split_lines("\n\n").len(), 2);
    }

    #[test]
    fn normalize_composes_and_folds_spaces() {
        // "Hoà" written with a combining grave accent, a no-break space and a zero-width space.
        let nfd = "Ho\u{0061}\u{0300}\u{00a0}b\u{200b}c";
        assert_eq!(normalize(nfd), "Hoà bc");
        assert_eq!(normalize("a\tb"), "a\tb");
    }

    #[test]
    fn format_is_detected_whatever_the_line_endings() {
        let md = "# KẾ HOẠCH\n\n## I. MỤC ĐÍCH\n\n*Hoàn thành trong quý I.*\n";
        for ending in ["\n", "\r\n", "\r"] {
            assert_eq!(
                detect_format(&md.replace('\n', ending)),
                Format::Markdown,
                "{ending:?}"
            );
        }
        let nbsp = "#\u{a0}KẾ HOẠCH\n\n##\u{200b} I. MỤC ĐÍCH\n";
        assert_eq!(detect_format(nbsp), Format::Markdown);
    }

    #[test]
    fn format_is_detected_by_content() {
        assert_eq!(
            detect_format("I. MỤC ĐÍCH\n1. Nội dung\n- gạch đầu dòng\n"),
            Format::Text
        );
        assert_eq!(
            detect_format("## **II. NHIỆM VỤ**\n\n*Căn cứ Luật ...;*\n"),
            Format::Markdown
        );
        assert_eq!(detect_format("a) việc *hoàn thành trong tháng 3*.\nb) *Thực hiện thường xuyên.*\nc) *Quý I/2022*\n"), Format::Markdown);
    }

    #[test]
    fn skipped_lines_are_empty() {
        let t = "a\n1\tb\tc\nd\n";
        let ls = split_lines(t);
        let c = clean_lines(t, &ls, Format::Text, &[false, true, false]);
        assert_eq!(c[1].text, "");
        assert_eq!(c[2].text, "d");
    }
}
