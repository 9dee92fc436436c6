//! Markdown sources: pulldown-cmark decides what is syntax and what is text.
//!
//! The parser runs over the decoded text with table lines blanked out and odd
//! spaces folded (no-break spaces become spaces, zero-width characters go), and
//! each event's offsets are mapped back into the decoded text to find the line
//! its bytes came from. List markers are syntax to CommonMark but content to
//! kehoach ("1.", "-", "+" carry the clause structure), so they are put back.

use crate::{normalize, CleanLine, Line};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Clean lines of Markdown `text`, which is taken by value: it becomes the
/// text the parser reads (see [`Masked`]), so a large input is not held twice.
pub(crate) fn clean(text: String, lines: &[Line], skip: &[bool]) -> Vec<CleanLine> {
    let masked = Masked::new(text, lines, skip);
    // Each piece of text is added to its line's clean text as soon as the
    // parser hands it over, rather than all pieces being kept until the end:
    // with the parser's own state and the masked copy of the text alive, a
    // second copy of the text in pieces is what made this stage the peak of
    // memory for large inputs. A line's pieces still arrive in the same order.
    let mut out: Vec<CleanLine> = lines.iter().map(|_| CleanLine::default()).collect();
    let line_of = |offset: usize| -> usize {
        match lines.binary_search_by(|l| l.start.cmp(&offset)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    };
    let mut emphasis_depth = 0usize;
    for (event, masked_range) in Parser::new(&masked.text).into_offset_iter() {
        let range = masked.to_original(masked_range.start)..masked.to_original(masked_range.end);
        match event {
            Event::Start(Tag::Emphasis) | Event::Start(Tag::Strong) => emphasis_depth += 1,
            Event::End(TagEnd::Emphasis) | Event::End(TagEnd::Strong) => {
                emphasis_depth = emphasis_depth.saturating_sub(1)
            }
            Event::Start(Tag::Heading { level, .. }) => {
                let (a, b) = (line_of(range.start), line_of(range.end.saturating_sub(1)));
                for b in out.iter_mut().take(b + 1).skip(a) {
                    b.heading = Some(level as u8);
                }
            }
            Event::Start(Tag::Item) => {
                let rest = masked.text.get(masked_range.start..).unwrap_or("");
                if let Some(marker) = list_marker(rest) {
                    let i = line_of(range.start);
                    if let Some(b) = out.get_mut(i) {
                        append(b, &format!("{marker} "), false);
                    }
                }
            }
            Event::Text(t) | Event::Code(t) => {
                let (a, b) = (line_of(range.start), line_of(range.end.saturating_sub(1)));
                if a == b {
                    if let Some(bl) = out.get_mut(a) {
                        append(bl, &t, emphasis_depth > 0);
                    }
                } else {
                    // Code blocks hand over several lines at once: take each line's own bytes.
                    for (i, &l) in lines.iter().enumerate().take(b + 1).skip(a) {
                        if skip.get(i).copied().unwrap_or(false) {
                            continue;
                        }
                        let s = l.start.max(range.start);
                        let e = l.end.min(range.end);
                        if let (true, Some(piece), Some(bl)) =
                            (s < e, masked.original(i, l, s..e), out.get_mut(i))
                        {
                            append(bl, piece.trim_start(), false);
                        }
                    }
                }
            }
            Event::Html(t) => {
                let i = line_of(range.start);
                if let Some(bl) = out.get_mut(i) {
                    append(bl, &strip_tags(&t), false);
                }
            }
            _ => {}
        }
    }
    for line in &mut out {
        let trimmed = line.text.trim_end().len();
        line.text.truncate(trimmed);
        for r in line.emphasis.iter_mut() {
            r.1 = r.1.min(trimmed);
            r.0 = r.0.min(r.1);
        }
        line.emphasis.retain(|r| r.0 < r.1);
    }
    out
}

/// Add one piece of a line's text, normalised, remembering it as emphasised
/// (joined to an emphasised stretch right before it) when it shows anything.
fn append(line: &mut CleanLine, piece: &str, emphasised: bool) {
    let piece = normalize(piece).replace('\n', " ");
    let s = line.text.len();
    line.text.push_str(&piece);
    if emphasised && !piece.trim().is_empty() {
        match line.emphasis.last_mut() {
            Some(last) if last.1 == s => last.1 = line.text.len(),
            _ => line.emphasis.push((s, line.text.len())),
        }
    }
}

/// The text pulldown-cmark reads, and the way back to decoded-text offsets.
///
/// Table lines are emptied: a line of spaces would be a blank line too, but
/// inside an indented code block its spaces past the indentation are content,
/// and an empty line cannot carry a table into a code block. No-break and
/// other Unicode spaces become ASCII
/// spaces and zero-width characters are dropped, as [`normalize`] does for the
/// clean text, because CommonMark syntax takes only ASCII spaces: converters
/// write "##\u{a0}II. NHIỆM VỤ" or "-\u{200b} Kịp thời", which a reader sees as
/// a heading and a list item, and a zero-width space before "*" must not
/// change where emphasis starts.
///
/// The decoded text is masked in place (masking only ever shortens it), so
/// the two are never held at once; the few lines masking changes are kept
/// as they were, for code blocks, whose lines are taken as decoded.
struct Masked {
    text: String,
    /// (offset in `text`, offset in the decoded text) wherever the two stop
    /// moving together, in increasing order; starts with (0, 0).
    shifts: Vec<(usize, usize)>,
    /// Where each line starts in `text`.
    line_starts: Vec<usize>,
    /// The decoded text of each line that masking changed (not the lines
    /// emptied because a table owns them), by line index in increasing order.
    changed: Vec<(usize, String)>,
}

impl Masked {
    fn new(text: String, lines: &[Line], skip: &[bool]) -> Masked {
        let skipped = |i: usize| skip.get(i).copied().unwrap_or(false);
        // The lines masking changes are found and kept while the text is
        // still a `str`: the bytes below are not validated line by line.
        let changed: Vec<(usize, String)> = lines
            .iter()
            .enumerate()
            .filter(|&(i, _)| !skipped(i))
            .filter_map(|(i, l)| Some((i, text.get(l.start..l.end)?)))
            .filter(|(_, line)| crate::has_foldable(line))
            .map(|(i, line)| (i, line.to_string()))
            .collect();
        if changed.is_empty() && !(0..lines.len()).any(skipped) {
            // Nothing to mask: the text is read as decoded.
            return Masked {
                line_starts: lines.iter().map(|l| l.start).collect(),
                text,
                shifts: vec![(0, 0)],
                changed,
            };
        }
        let mut bytes = text.into_bytes();
        let mut shifts = vec![(0, 0)];
        let mut line_starts = Vec::with_capacity(lines.len());
        let mut to_fold = changed.iter().peekable();
        // Bytes before `read` are done; the masked text so far is `..write`,
        // never ahead of `read` because masking never lengthens anything.
        let mut read = 0;
        let mut write = 0;
        let keep = |bytes: &mut Vec<u8>, write: &mut usize, from: usize, to: usize| {
            bytes.copy_within(from..to, *write);
            *write += to - from;
        };
        for (i, l) in lines.iter().enumerate() {
            // Lines come from `split_lines` of this text; the clamps only
            // guarantee that nothing else could make this panic.
            let start = l.start.clamp(read, bytes.len());
            let end = l.end.clamp(start, bytes.len());
            // Line terminators (and anything between lines) are kept as they are.
            keep(&mut bytes, &mut write, read, start);
            line_starts.push(write);
            read = end;
            if skipped(i) {
                shifts.push((write, l.end));
                continue;
            }
            let Some((_, line)) = to_fold.next_if(|(k, _)| *k == i) else {
                // Nothing to fold (all but a few lines): moved as it is.
                keep(&mut bytes, &mut write, start, end);
                continue;
            };
            for (j, c) in line.char_indices() {
                let folded = if crate::is_unicode_space(c) {
                    Some(" ")
                } else if crate::is_invisible(c) {
                    Some("")
                } else {
                    None
                };
                let mut buf = [0; 4];
                let out = folded.unwrap_or_else(|| c.encode_utf8(&mut buf));
                bytes[write..write + out.len()].copy_from_slice(out.as_bytes());
                write += out.len();
                if folded.is_some() {
                    shifts.push((write, l.start + j + c.len_utf8()));
                }
            }
        }
        let len = bytes.len();
        keep(&mut bytes, &mut write, read, len);
        bytes.truncate(write);
        // Whole characters were moved or replaced by ASCII, so this is UTF-8;
        // the lossy arm cannot be taken and only avoids an unwrap.
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Masked {
            text,
            shifts,
            line_starts,
            changed,
        }
    }

    /// The decoded text of line `i` (`line`) over `range`, offsets in the
    /// decoded text within the line; `None` off a character boundary.
    fn original(&self, i: usize, line: Line, range: std::ops::Range<usize>) -> Option<&str> {
        let from = range.start.checked_sub(line.start)?;
        let to = range.end.checked_sub(line.start)?;
        match self.changed.binary_search_by_key(&i, |(k, _)| *k) {
            Ok(k) => self.changed.get(k)?.1.get(from..to),
            // Unchanged lines are the decoded bytes, moved.
            Err(_) => {
                let at = *self.line_starts.get(i)?;
                self.text.get(at + from..at + to)
            }
        }
    }

    /// The decoded-text offset of a masked-text offset.
    fn to_original(&self, masked: usize) -> usize {
        let i = self.shifts.partition_point(|&(m, _)| m <= masked);
        match i.checked_sub(1).and_then(|i| self.shifts.get(i)) {
            Some(&(m, o)) => o + (masked - m),
            None => masked,
        }
    }
}

/// The marker CommonMark consumed at the start of a list item: "-", "+", "*", "1.", "2)".
fn list_marker(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    match b.first()? {
        b'-' | b'+' | b'*' => Some(&s[..1]),
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            match b.get(digits) {
                Some(b'.') | Some(b')') => Some(&s[..digits + 1]),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Drop `<...>` tags from an HTML block line, keeping the text between them.
pub(crate) fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{clean_lines, split_lines, Format};

    fn clean(t: &str) -> Vec<crate::CleanLine> {
        let ls = split_lines(t);
        let skip = vec![false; ls.len()];
        clean_lines(t, &ls, Format::Markdown, &skip)
    }

    #[test]
    fn headings_and_bold_are_syntax() {
        let c = clean("## **II. NHIỆM VỤ, GIẢI PHÁP**\n\nSố: **468** /QĐ-UBND\n");
        assert_eq!(c[0].text, "II. NHIỆM VỤ, GIẢI PHÁP");
        assert_eq!(c[0].heading, Some(2));
        assert!(c[0].fully_emphasised());
        assert_eq!(c[2].text, "Số: 468 /QĐ-UBND");
        assert!(!c[2].fully_emphasised());
    }

    #[test]
    fn list_markers_are_kept_as_content() {
        let c = clean("1. Kinh phí thực hiện\n\n- Như Điều 2;\n+ Hoàn thành việc\n");
        assert_eq!(c[0].text, "1. Kinh phí thực hiện");
        assert_eq!(c[2].text, "- Như Điều 2;");
        assert_eq!(c[3].text, "+ Hoàn thành việc");
    }

    #[test]
    fn italic_deadline_is_remembered_as_emphasis() {
        let c = clean("- Triển khai tạo lập định danh. *Hoàn thành trong quý I/2022.*\n");
        let (s, e) = c[0].emphasis[0];
        assert_eq!(&c[0].text[s..e], "Hoàn thành trong quý I/2022.");
    }

    #[test]
    fn lines_of_one_paragraph_stay_separate() {
        let c = clean("a) Triển khai thi hành\nCơ quan thực hiện: Công an tỉnh\n");
        assert_eq!(c[0].text, "a) Triển khai thi hành");
        assert_eq!(c[1].text, "Cơ quan thực hiện: Công an tỉnh");
    }

    #[test]
    fn escapes_and_html_are_resolved() {
        let c = clean("1\\. Không phải danh sách \\- gạch\n\nLưu: VT, KSTT<sup>(N,T)</sup>.\n");
        assert_eq!(c[0].text, "1. Không phải danh sách - gạch");
        assert_eq!(c[2].text, "Lưu: VT, KSTT(N,T).");
    }

    #[test]
    fn odd_spaces_do_not_change_the_syntax() {
        let c = clean(
            "##\u{a0}**II. NHIỆM VỤ**\n\n-\u{feff} \u{200c}Kịp thời, \u{200b}*quý I.*\n\n1.\u{200b}\u{a0}Một\n",
        );
        assert_eq!(c[0].text, "II. NHIỆM VỤ");
        assert_eq!(c[0].heading, Some(2));
        assert_eq!(c[2].text, "- Kịp thời, quý I.");
        let (s, e) = c[2].emphasis[0];
        assert_eq!(&c[2].text[s..e], "quý I.");
        assert_eq!(c[4].text, "1. Một");
        let c = clean("Sở\u{a0}Tư pháp\n");
        assert_eq!(c[0].text, "Sở Tư pháp");
    }

    #[test]
    fn offsets_map_back_through_removed_characters() {
        let t = "a\u{200b}\u{200b}b\u{a0}c\nd";
        let ls = split_lines(t);
        let m = super::Masked::new(t.to_string(), &ls, &[false, false]);
        assert_eq!(m.text, "ab c\nd");
        // "b", " ", "c", "\n", "d" in the masked text.
        let back: Vec<usize> = [1, 2, 3, 4, 5].iter().map(|&o| m.to_original(o)).collect();
        assert_eq!(back, vec![7, 8, 10, 11, 12]);
        assert_eq!(&t[7..8], "b");
        assert_eq!(&t[12..13], "d");
    }

    #[test]
    fn code_block_lines_are_read_as_decoded() {
        // A code block of several lines comes as one piece, read line by line
        // from the decoded text, which masking rewrote in place: a line it
        // changed is read as it was (the zero-width space still keeps the
        // accent from composing), and the lines after it where they moved to.
        let c = clean("Mở\n\n```\nfa\u{200b}\u{301}q\u{a0}r\nx y\n```\nSau\n");
        assert_eq!(c[3].text, "fa\u{301}q r");
        assert_eq!(c[4].text, "x y");
        assert_eq!(c[6].text, "Sau");
    }

    #[test]
    fn masked_table_lines_cannot_open_code_blocks() {
        let t = "Tiêu đề\n\n\tô một\tô hai\nĐoạn sau bảng\n";
        let ls = split_lines(t);
        let skip = vec![false, false, true, false];
        let c = clean_lines(t, &ls, Format::Markdown, &skip);
        assert_eq!(c[2].text, "");
        assert_eq!(c[3].text, "Đoạn sau bảng");
    }

    #[test]
    fn table_lines_do_not_continue_an_indented_code_block() {
        // Found by the property test: a table line blanked to spaces continued
        // the code block above it, and its bytes were then cut mid-character.
        let t = "Tiêu đề

    <tr>

PHỤ LỤC III

    <td>
Sau
";
        let ls = split_lines(t);
        let mut skip = vec![false; ls.len()];
        skip[4] = true;
        let c = clean_lines(t, &ls, Format::Markdown, &skip);
        assert_eq!(c[2].text, "<tr>");
        assert_eq!(c[4].text, "");
        assert_eq!(c[6].text, "<td>");
    }
}
