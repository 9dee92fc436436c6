//! Cell text: cleaning (markup out, one space between words) and folding (for matching).
//!
//! Everything here is a single left-to-right pass over its input, so cleaning a 10 MB
//! cell costs the same per byte as cleaning a 10-byte one.

use unicode_normalization::UnicodeNormalization;

use crate::MAX_CELL_BYTES;

/// Tags that converters leave inside cells. Only these are removed: a '<' that does not
/// open one of them is text ("< 5 ngày", "<Tên cơ quan>"), never markup.
const KNOWN_TAGS: &[&str] = &[
    "a", "b", "big", "br", "caption", "center", "col", "colgroup", "del", "div", "em", "font",
    "hr", "i", "ins", "li", "mark", "ol", "p", "s", "small", "span", "strike", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
];

/// Tags after which the text continues on a new visual line: they become one space.
const BREAKING_TAGS: &[&str] = &["br", "p", "div", "li", "tr", "td", "th", "hr"];

/// A real tag with its attributes is a few dozen bytes; scanning further for the closing
/// '>' would let "<b <b <b ..." make every '<' rescan the rest of the line.
pub(crate) const MAX_TAG_BYTES: usize = 256;

/// Longest entity name we decode ("&nbsp;", "&#x1EA1;").
const MAX_ENTITY_BYTES: usize = 10;

/// A tag found at some byte offset of a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tag {
    /// Lower-cased name without the '/' ("td", "br").
    pub name: String,
    pub closing: bool,
    /// Byte offset just past the '>'.
    pub end: usize,
    /// Byte range of the attribute text (between the name and the '>').
    pub attrs: (usize, usize),
}

/// Parse an HTML-like tag that starts at byte `at` (which must hold '<').
/// Returns `None` for anything that is not a plausible tag, so callers keep the '<' as text.
pub(crate) fn parse_tag(s: &str, at: usize) -> Option<Tag> {
    let bytes = s.as_bytes();
    if bytes.get(at) != Some(&b'<') {
        return None;
    }
    let mut i = at + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() && i - name_start < 12 {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    // The name must end at '>', '/', or whitespace: "<bạn" is text.
    match bytes.get(i) {
        Some(b'>') | Some(b'/') | Some(b' ') | Some(b'\t') => {}
        _ => return None,
    }
    let name = s.get(name_start..i)?.to_ascii_lowercase();
    let attrs_start = i;
    let limit = (at + MAX_TAG_BYTES).min(bytes.len());
    while i < limit {
        match bytes[i] {
            b'>' => {
                return Some(Tag {
                    name,
                    closing,
                    end: i + 1,
                    attrs: (attrs_start, i),
                });
            }
            // A second '<' before the '>' means this was not a tag.
            b'<' => return None,
            _ => i += 1,
        }
    }
    None
}

/// True when `name` is one of the tags cell cleaning removes.
pub(crate) fn is_known_tag(name: &str) -> bool {
    KNOWN_TAGS.contains(&name)
}

/// Decode an HTML entity starting at byte `at` ('&'). Returns the character and the
/// offset just past the ';'.
fn parse_entity(s: &str, at: usize) -> Option<(char, usize)> {
    let rest = s.get(at + 1..)?;
    let semi = rest
        .bytes()
        .take(MAX_ENTITY_BYTES + 1)
        .position(|b| b == b';')?;
    let name = rest.get(..semi)?;
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(hex, 16).ok()?
            } else {
                num.parse::<u32>().ok()?
            };
            char::from_u32(code)?
        }
    };
    Some((c, at + 1 + semi + 1))
}

/// A cleaned cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cleaned {
    pub text: String,
    /// The whole cell was wrapped in bold markup (`**…**`, `__…__`, `<b>…</b>`,
    /// `<strong>…</strong>`): section rows are printed that way.
    pub emphasized: bool,
    /// The text was cut at [`MAX_CELL_BYTES`].
    pub truncated: bool,
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

fn is_wrapped_in_bold(t: &str) -> bool {
    let md = |m: &str| t.len() > 2 * m.len() && t.starts_with(m) && t.ends_with(m);
    let html = |open: &str, close: &str| {
        t.len() > open.len() + close.len() && starts_with_ci(t, open) && ends_with_ci(t, close)
    };
    md("**") || md("__") || html("<b>", "</b>") || html("<strong>", "</strong>")
}

/// Clean one cell: strip known tags (`<br>` and block tags become a space), bold/italic
/// asterisks, a `__…__` wrapper, backslash escapes (`\|` → `|`) and entities; collapse
/// whitespace (NBSP included) to single spaces; trim.
pub(crate) fn clean_cell(raw: &str) -> Cleaned {
    let t = raw.trim();
    let emphasized = is_wrapped_in_bold(t);
    // A `__…__` wrapper is emphasis; underscores elsewhere are text (form blanks "____").
    let t = if t.len() > 4 && t.starts_with("__") && t.ends_with("__") {
        t.get(2..t.len() - 2).unwrap_or(t)
    } else {
        t
    };
    let mut out = String::with_capacity(t.len().min(MAX_CELL_BYTES));
    let mut pending_space = false;
    let mut truncated = false;
    let mut prev: Option<char> = None;
    let mut i = 0;
    let bytes = t.as_bytes();
    while i < t.len() {
        let Some(c) = t.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let width = c.len_utf8();
        let emit: Option<char>;
        match c {
            '<' => {
                if let Some(tag) = parse_tag(t, i).filter(|tag| is_known_tag(&tag.name)) {
                    if BREAKING_TAGS.contains(&tag.name.as_str()) {
                        pending_space = true;
                    }
                    i = tag.end;
                    continue;
                }
                emit = Some('<');
            }
            '&' => {
                if let Some((decoded, end)) = parse_entity(t, i) {
                    if decoded.is_whitespace() {
                        pending_space = true;
                    } else {
                        push_char(&mut out, &mut pending_space, decoded, &mut truncated);
                    }
                    prev = Some(decoded);
                    i = end;
                    continue;
                }
                emit = Some('&');
            }
            '\\' => {
                // CommonMark: a backslash before ASCII punctuation makes it literal.
                if let Some(&next) = bytes.get(i + 1) {
                    if next.is_ascii_punctuation() {
                        push_char(&mut out, &mut pending_space, next as char, &mut truncated);
                        prev = Some(next as char);
                        i += 2;
                        continue;
                    }
                }
                emit = Some('\\');
            }
            '*' => {
                let run = bytes[i..].iter().take_while(|&&b| b == b'*').count();
                if run >= 2 {
                    // "**" / "***": bold markers, never text in a plan.
                    i += run;
                    continue;
                }
                // A lone '*' with whitespace (or the cell edge) on exactly one side opens or
                // closes emphasis ("*Nhật An*"); "a * b" and "(*)" keep it.
                // (`Option::is_none_or` is newer than the workspace's rust-version.)
                let before_space = prev.map(char::is_whitespace).unwrap_or(true);
                let after_space = t
                    .get(i + 1..)
                    .and_then(|r| r.chars().next())
                    .map(char::is_whitespace)
                    .unwrap_or(true);
                if before_space != after_space {
                    i += 1;
                    continue;
                }
                emit = Some('*');
            }
            '\u{200b}' | '\u{feff}' => {
                // Zero-width characters left by converters.
                i += width;
                continue;
            }
            c if c.is_whitespace() => {
                pending_space = true;
                prev = Some(c);
                i += width;
                continue;
            }
            c => {
                // A run of plain chars (nothing above applies to them) is
                // copied whole, as pushing them one by one would.
                let rest = t.get(i..).unwrap_or("");
                let run = rest
                    .char_indices()
                    .find(|&(_, d)| !is_plain(d))
                    .map_or(rest.len(), |(k, _)| k);
                if run > width {
                    let run = rest.get(..run).unwrap_or("");
                    push_run(&mut out, &mut pending_space, run, &mut truncated);
                    prev = run.chars().next_back();
                    if truncated {
                        break;
                    }
                    i += run.len();
                    continue;
                }
                emit = Some(c);
            }
        }
        if let Some(c) = emit {
            push_char(&mut out, &mut pending_space, c, &mut truncated);
            prev = Some(c);
        }
        if truncated {
            break;
        }
        i += width;
    }
    Cleaned {
        text: out,
        emphasized,
        truncated,
    }
}

/// A char [`clean_cell`] emits as it is: no markup, entity, escape, emphasis
/// mark, zero-width char or whitespace.
fn is_plain(c: char) -> bool {
    !matches!(c, '<' | '&' | '\\' | '*' | '\u{200b}' | '\u{feff}') && !c.is_whitespace()
}

/// [`push_char`] for each char of `run` in turn, stopping at the first that
/// does not fit.
fn push_run(out: &mut String, pending_space: &mut bool, run: &str, truncated: &mut bool) {
    let Some(first) = run.chars().next() else {
        return;
    };
    push_char(out, pending_space, first, truncated);
    if *truncated {
        return;
    }
    let rest = run.get(first.len_utf8()..).unwrap_or("");
    let fits = truncate_at_char(rest, MAX_CELL_BYTES.saturating_sub(out.len()));
    out.push_str(fits);
    *truncated = fits.len() < rest.len();
}

fn push_char(out: &mut String, pending_space: &mut bool, c: char, truncated: &mut bool) {
    let need = c.len_utf8() + usize::from(*pending_space);
    if out.len() + need > MAX_CELL_BYTES {
        *truncated = true;
        return;
    }
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.push(c);
}

/// Append `more` to a cell with one space between, respecting [`MAX_CELL_BYTES`].
/// Appending in place keeps a row with thousands of continuation lines linear.
pub(crate) fn join_cell(cell: &mut String, more: &str) -> bool {
    if more.is_empty() {
        return true;
    }
    let sep = usize::from(!cell.is_empty());
    if cell.len() + sep + more.len() > MAX_CELL_BYTES {
        let room = MAX_CELL_BYTES.saturating_sub(cell.len() + sep);
        if room > 0 {
            if sep == 1 {
                cell.push(' ');
            }
            cell.push_str(truncate_at_char(more, room));
        }
        return false;
    }
    if sep == 1 {
        cell.push(' ');
    }
    cell.push_str(more);
    true
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
pub(crate) fn truncate_at_char(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Fold for matching: no tones or marks (NFD, combining marks dropped, đ → d), lower case,
/// every run of non-alphanumerics one space, trimmed. "Cơ quan/Đơn vị thực hiện" →
/// "co quan don vi thuc hien".
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.nfd() {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue;
        }
        let c = if c == 'đ' || c == 'Đ' { 'd' } else { c };
        for lc in c.to_lowercase() {
            if lc.is_alphanumeric() {
                out.push(lc);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// True when `phrase` (already folded) occurs in `folded` on word boundaries.
pub(crate) fn contains_words(folded: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(rel) = folded.get(from..).and_then(|r| r.find(phrase)) {
        let start = from + rel;
        let end = start + phrase.len();
        let left_ok = start == 0 || folded.as_bytes()[start - 1] == b' ';
        let right_ok = end == folded.len() || folded.as_bytes()[end] == b' ';
        if left_ok && right_ok {
            return true;
        }
        from = start + 1;
        while from < folded.len() && !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// True when the letters of `s` are (almost) all upper case and there are enough of them
/// to call it a line of capitals.
pub(crate) fn is_upper_line(s: &str) -> bool {
    let mut letters = 0usize;
    let mut upper = 0usize;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    letters >= 4 && upper * 10 >= letters * 9
}

/// Parse a canonical Roman numeral made of I, V, X, L (1..=89). Section labels in plans
/// never go beyond a few dozen, and refusing C/D/M keeps words like "CD" or "MIX" out.
pub(crate) fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Option<_>>()?;
    // Subtractive pairs ("IV") make the running sum dip below zero: count signed.
    let mut total = 0i64;
    for (i, &d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(&next) if next > d => total -= i64::from(d),
            _ => total += i64::from(d),
        }
    }
    let total = u32::try_from(total)
        .ok()
        .filter(|&t| (1..=89).contains(&t))?;
    // Canonical form only: "IIII" or "VX" are not labels.
    to_roman(total).eq_ignore_ascii_case(s).then_some(total)
}

/// Format 1..=89 as a Roman numeral.
pub(crate) fn to_roman(mut n: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `clean_cell` pushing every char on its own, as it did before plain
    /// runs were copied whole: the default arm of its loop, for plain text.
    fn clean_plain_char_by_char(t: &str) -> (String, bool) {
        let (mut out, mut pending, mut truncated) = (String::new(), false, false);
        for c in t.trim().chars() {
            if c.is_whitespace() {
                pending = true;
                continue;
            }
            push_char(&mut out, &mut pending, c, &mut truncated);
            if truncated {
                break;
            }
        }
        (out, truncated)
    }

    #[test]
    fn plain_runs_are_cut_where_single_chars_would_be() {
        let max = MAX_CELL_BYTES;
        let cases = [
            "ế".repeat(max),
            format!("{} yz", "x".repeat(max - 1)),
            format!("{} ế", "x".repeat(max - 2)),
            format!("{} ếx", "x".repeat(max - 4)),
            format!("{}ếế", "x".repeat(max - 4)),
            format!("{} {}", "ạ".repeat(max / 6), "ư".repeat(max / 3)),
            "Sở Tư\u{a0}pháp  và\tCông an".to_string(),
        ];
        for t in &cases {
            let c = clean_cell(t);
            assert_eq!(
                (c.text, c.truncated),
                clean_plain_char_by_char(t),
                "{}",
                t.len()
            );
        }
        assert_eq!(
            clean_cell("Sở <b>Tư</b> pháp &amp; **Công an** a\\*b *Nhật An*").text,
            "Sở Tư pháp & Công an a*b Nhật An"
        );
    }

    #[test]
    fn cleans_tags_markdown_entities_and_space() {
        assert_eq!(
            clean_cell("  <b>II. VỀ  CUNG CẤP</b> ").text,
            "II. VỀ CUNG CẤP"
        );
        assert!(clean_cell("<b>I</b>").emphasized);
        assert!(clean_cell("**I**").emphasized);
        assert_eq!(clean_cell("a<br>b<br/>c<br />d").text, "a b c d");
        assert_eq!(
            clean_cell("( <i>pano, video...</i> )").text,
            "( pano, video... )"
        );
        assert_eq!(clean_cell("KSTT<sup>(N,T)</sup>").text, "KSTT(N,T)");
        assert_eq!(clean_cell("*Nhật An*").text, "Nhật An");
        assert_eq!(clean_cell("a * b (*)").text, "a * b (*)");
        assert_eq!(clean_cell(r"A \| B").text, "A | B");
        assert_eq!(clean_cell("A &amp; B&nbsp;C &#273;").text, "A & B C đ");
        assert_eq!(clean_cell("< 5 ngày <Tên>").text, "< 5 ngày <Tên>");
        assert_eq!(clean_cell("x\u{a0}\u{a0}y").text, "x y");
        assert_eq!(clean_cell("__Nhóm__").text, "Nhóm");
    }

    #[test]
    fn cleaning_is_bounded() {
        let long = "ầ".repeat(MAX_CELL_BYTES);
        let c = clean_cell(&long);
        assert!(c.truncated);
        assert!(c.text.len() <= MAX_CELL_BYTES);
        let mut cell = "x".repeat(MAX_CELL_BYTES - 2);
        assert!(!join_cell(&mut cell, "ầầ"));
        assert!(cell.len() <= MAX_CELL_BYTES);
    }

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Cơ quan/Đơn vị thực hiện"), "co quan don vi thuc hien");
        assert_eq!(fold("**Thời gian  hoàn thành**"), "thoi gian hoan thanh");
        assert!(contains_words("co quan chu tri", "chu tri"));
        assert!(!contains_words("chu trinh", "chu tri"));
    }

    #[test]
    fn romans() {
        assert_eq!(parse_roman("IV"), Some(4));
        assert_eq!(parse_roman("XLIX"), Some(49));
        assert_eq!(parse_roman("IX"), Some(9));
        assert_eq!(parse_roman("vi"), Some(6));
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(parse_roman("CD"), None);
        assert_eq!(to_roman(14), "XIV");
        assert!(parse_tag("<td rowspan=\"2\">", 0).is_some());
        assert!(parse_tag("<bạn", 0).is_none());
    }
}
