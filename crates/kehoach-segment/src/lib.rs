//! Stage 2: decoded text → lines with spans. (Work in progress.)

/// One physical line of the decoded input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 0-based byte offset of the first byte of the line in the decoded text.
    pub start: usize,
    /// Byte offset just past the line's content (line terminator excluded).
    pub end: usize,
}

/// Split decoded text into lines; "\n", "\r\n" and a lone "\r" all end a line.
pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Line { start, end: i });
                i += 1;
                start = i;
            }
            b'\r' => {
                lines.push(Line { start, end: i });
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push(Line { start, end: bytes.len() });
    }
    lines
}
