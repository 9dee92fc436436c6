//! The line classifier: what kind of table line a physical row is.
//!
//! A *physical row* is one text line (pipe or tab layout) or one HTML `<tr>` (which may
//! span lines). The classifier looks at one physical row at a time, given the table's
//! header; everything that needs more context (which row a continuation belongs to,
//! whether debris sits between two parts of a table) is the assembler's job.

use crate::split::{self, is_delimiter};
use crate::text::{clean_cell, fold, parse_roman};
use crate::vocab::role_of;
use crate::{ColumnRole, MAX_HEADER_CELL_CHARS};

/// The layout a table is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// `a | b | c`; `bordered` when the header line starts with '|'.
    Pipe {
        bordered: bool,
    },
    Tab,
    Html,
}

/// One physical row with cleaned cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PhysRow {
    pub first_line: usize,
    pub last_line: usize,
    pub cells: Vec<String>,
    /// Per cell: wrapped in bold markup.
    pub emphasized: Vec<bool>,
    /// Per cell: text copied from a rowspan/colspan origin (HTML), not printed here.
    pub copied: Vec<bool>,
    /// HTML: every cell was `<th>`, or the row sat in `<thead>`.
    pub header_hint: bool,
    /// More cells than [`crate::MAX_COLUMNS`]; the rest were dropped.
    pub overflow: bool,
    /// Some cell was cut at [`crate::MAX_CELL_BYTES`].
    pub truncated: bool,
}

impl PhysRow {
    /// Build from raw cells of one line.
    pub fn from_raw(line: usize, raw: &split::RawCells<'_>) -> PhysRow {
        let mut row = PhysRow {
            first_line: line,
            last_line: line,
            overflow: raw.overflow,
            ..PhysRow::default()
        };
        for cell in &raw.cells {
            let c = clean_cell(cell);
            row.truncated |= c.truncated;
            row.cells.push(c.text);
            row.emphasized.push(c.emphasized);
            row.copied.push(false);
        }
        row
    }

    /// The cell's own printed text ("" for a cell that only repeats a spanning cell).
    pub fn own(&self, i: usize) -> &str {
        if self.copied.get(i).copied().unwrap_or(false) {
            return "";
        }
        self.cells.get(i).map(String::as_str).unwrap_or("")
    }

    fn own_nonempty(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.cells.len()).filter(|&i| !self.own(i).is_empty())
    }
}

/// Split one text line in the given layout; `None` when the line is not a table line of
/// that layout at all (no tab / no pipe).
pub(crate) fn text_row(line: &str, index: usize, layout: Layout) -> Option<PhysRow> {
    match layout {
        Layout::Tab if line.contains('\t') => {
            Some(PhysRow::from_raw(index, &split::split_tabs(line)))
        }
        Layout::Pipe { bordered } if split::has_pipe(line) => Some(PhysRow::from_raw(
            index,
            &split::split_pipes(line, bordered),
        )),
        _ => None,
    }
}

/// A header candidate found on a text line.
pub(crate) struct HeaderHit {
    pub layout: Layout,
    pub row: PhysRow,
    pub roles: Vec<ColumnRole>,
}

/// Is this text line a table header? Tab layout wins when the line has a tab.
pub(crate) fn header_at(line: &str, index: usize) -> Option<HeaderHit> {
    let layout = if line.contains('\t') {
        Layout::Tab
    } else if split::has_pipe(line) {
        Layout::Pipe {
            bordered: split::starts_with_pipe(line),
        }
    } else {
        return None;
    };
    // Cheap rejects before splitting: a header is a handful of short labels.
    if line.len() > crate::MAX_COLUMNS * MAX_HEADER_CELL_CHARS * 4
        || (matches!(layout, Layout::Pipe { .. }) && split::too_many_pipes(line))
    {
        return None;
    }
    let raw = match layout {
        Layout::Tab => split::split_tabs(line),
        Layout::Pipe { bordered } => split::split_pipes(line, bordered),
        Layout::Html => return None,
    };
    // Cleaning allocates a string per cell; refuse first what `header_roles`
    // would refuse anyway: too many cells, or fewer than two with text (a cell
    // blank before cleaning is blank after), as on a line of rules "|||||".
    let printed = raw.cells.iter().filter(|c| !c.trim().is_empty()).take(2);
    if raw.overflow || printed.count() < 2 {
        return None;
    }
    let row = PhysRow::from_raw(index, &raw);
    let roles = header_roles(&row)?;
    Some(HeaderHit { layout, row, roles })
}

/// The roles of a row read as a header, or `None` when it is not one: a header has at
/// least two labels, each short, none a row number, one of them the text column and one
/// more of a known role. That excludes layout lines such as
/// "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" or "| TM. ỦY BAN NHÂN DÂN |".
pub(crate) fn header_roles(row: &PhysRow) -> Option<Vec<ColumnRole>> {
    if row.overflow || row.own_nonempty().count() < 2 {
        return None;
    }
    if row
        .cells
        .iter()
        .any(|c| c.chars().count() > MAX_HEADER_CELL_CHARS)
    {
        return None;
    }
    // Data rows open with their number; headers never do (year columns such as
    // "2023 | 2024" further right are fine).
    if row
        .own_nonempty()
        .next()
        .is_some_and(|i| is_row_number(row.own(i)))
    {
        return None;
    }
    let roles: Vec<ColumnRole> = row.cells.iter().map(|c| role_of(c)).collect();
    let has_text = roles.contains(&ColumnRole::Text);
    let has_other_known = roles
        .iter()
        .any(|r| !matches!(r, ColumnRole::Text | ColumnRole::Other));
    (has_text && has_other_known).then_some(roles)
}

/// "1", "12.", "3)", "(4)": a printed row number.
pub(crate) fn is_row_number(cell: &str) -> bool {
    row_number(cell).is_some()
}

/// The value of a printed row number ("7." → 7).
pub(crate) fn row_number(cell: &str) -> Option<u64> {
    let t = number_label(cell)?;
    if t.len() <= 9 && t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse().ok()
    } else {
        None
    }
}

/// A row label as printed, without the trailing '.' or ')' and surrounding parentheses.
pub(crate) fn number_label(cell: &str) -> Option<&str> {
    let t = cell.trim();
    let t = t.strip_suffix(['.', ')']).unwrap_or(t);
    let t = t.strip_prefix('(').unwrap_or(t).trim();
    (!t.is_empty()).then_some(t)
}

/// A row of column numbers under a header: "1 | 2 | 3 | …" or "(1) | (2) | …".
fn is_column_number_row(row: &PhysRow) -> bool {
    row.cells.len() >= 3
        && row.cells.iter().enumerate().all(|(i, c)| {
            let t = c.trim();
            let t = t
                .strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(t);
            t.parse::<usize>().ok() == Some(i + 1)
        })
}

/// Section label series: Roman numerals or capital letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Series {
    Roman,
    Letter,
}

/// Parse a section label ("IV", "B") into its series and 1-based value.
pub(crate) fn label_value(label: &str) -> Option<(Series, u32)> {
    if let Some(v) = parse_roman(label).filter(|_| label.chars().all(|c| c.is_ascii_uppercase())) {
        return Some((Series::Roman, v));
    }
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => {
            Some((Series::Letter, u32::from(c as u8 - b'A') + 1))
        }
        _ => None,
    }
}

/// Format a label of a series.
pub(crate) fn format_label(series: Series, value: u32) -> String {
    match series {
        Series::Roman => crate::text::to_roman(value.clamp(1, 89)),
        Series::Letter => char::from(b'A' + (value.clamp(1, 26) - 1) as u8).to_string(),
    }
}

/// Split a leading section label off a cell: "II. Phục vụ …" → ("II", "Phục vụ …"),
/// "II Phục vụ …" → ("II", …), "III" → ("III", ""), "B. Nhóm …" → ("B", …).
/// Roman labels are upper case and canonical (I..LXXXIX); a single letter needs '.' or ')'.
pub(crate) fn split_section_label(cell: &str) -> Option<(String, String)> {
    let t = cell.trim();
    let end = t.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(t.len());
    let word = t.get(..end)?;
    if word.is_empty() {
        return None;
    }
    let rest = t.get(end..)?;
    let sep = rest.chars().next();
    let is_sep = |c: Option<char>| {
        matches!(
            c,
            None | Some('.') | Some(')') | Some(':') | Some('-') | Some('–')
        ) || c.is_some_and(char::is_whitespace)
    };
    if !is_sep(sep) {
        return None;
    }
    let roman = parse_roman(word).is_some();
    // "A." / "B)" — or a lone "A" in its own cell, the title in the next one.
    let letter = word.len() == 1 && (matches!(sep, Some('.') | Some(')')) || rest.is_empty());
    if !roman && !letter {
        return None;
    }
    let title = rest.trim_start_matches(|c: char| {
        matches!(c, '.' | ')' | ':' | '-' | '–') || c.is_whitespace()
    });
    Some((word.to_string(), title.trim().to_string()))
}

/// What a physical row is, inside a table with the given header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// GFM `|---|:---:|`.
    Delimiter,
    /// No printed text in any cell.
    Empty,
    /// The header again (after a page break), or a row of column numbers.
    RepeatedHeader,
    /// A different header: another table starts here.
    NewHeader,
    /// "II. Phục vụ … | | |", "<b>I</b>\t<b>Hoàn thiện …</b>\t\t", "| **I** | **Nhóm …** | |".
    Section {
        label: Option<String>,
        title: Option<String>,
    },
    /// First cell empty, something else printed: the rest of the row above.
    Continuation,
    Data,
}

/// Section row test: the printed text sits in the first one or two cells only, and reads
/// as a label plus a title (or is a bold title on its own).
pub(crate) fn section_of(row: &PhysRow) -> Option<(Option<String>, Option<String>)> {
    let printed: Vec<usize> = row.own_nonempty().take(3).collect();
    let some = |s: String| (!s.is_empty()).then_some(s);
    match printed.as_slice() {
        [0] => {
            let cell = row.own(0);
            if let Some((label, title)) = split_section_label(cell) {
                return Some((Some(label), some(title)));
            }
            // A bold title alone in the first cell ("| **Nhóm nhiệm vụ chung** | | |"),
            // with or without an Arabic label.
            if row.emphasized.first().copied().unwrap_or(false) && row.cells.len() > 1 {
                return Some((None, some(cell.to_string())));
            }
            None
        }
        [1] => {
            // Only the text column printed, in bold: a title row whose label was lost.
            // (Without bold this is a continuation line.)
            if row.emphasized.get(1).copied().unwrap_or(false) {
                let cell = row.own(1);
                return match split_section_label(cell) {
                    Some((label, title)) => Some((Some(label), some(title))),
                    None => Some((None, some(cell.to_string()))),
                };
            }
            None
        }
        [0, 1] => {
            let first = row.own(0);
            let label = number_label(first).unwrap_or(first);
            match split_section_label(label) {
                Some((label, rest)) if rest.is_empty() => {
                    Some((Some(label), some(row.own(1).to_string())))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Classify a physical row inside a table whose header has these labels and roles.
pub(crate) fn classify(
    row: &PhysRow,
    header_cells: &[String],
    header_roles: &[ColumnRole],
    layout: Layout,
) -> RowKind {
    if matches!(layout, Layout::Pipe { .. }) && is_delimiter(&row.cells) {
        return RowKind::Delimiter;
    }
    if row.own_nonempty().next().is_none() {
        return RowKind::Empty;
    }
    // The header repeated verbatim (the usual page-break case) needs no vocabulary work.
    if is_column_number_row(row) || row.cells == header_cells {
        return RowKind::RepeatedHeader;
    }
    if let Some(roles) = header_roles_of(row) {
        return if same_roles(&roles, header_roles) {
            RowKind::RepeatedHeader
        } else {
            RowKind::NewHeader
        };
    }
    if let Some((label, title)) = section_of(row) {
        return RowKind::Section { label, title };
    }
    if row.own(0).is_empty() && !row.copied.first().copied().unwrap_or(false) {
        return RowKind::Continuation;
    }
    RowKind::Data
}

fn header_roles_of(row: &PhysRow) -> Option<Vec<ColumnRole>> {
    // Data rows nearly always carry a long cell; skip the folding work for them.
    if row
        .cells
        .iter()
        .any(|c| c.len() > MAX_HEADER_CELL_CHARS * 4)
    {
        return None;
    }
    header_roles(row)
}

/// Two headers are the same when their known roles come in the same order (a repeated
/// header may differ in spelling, OCR noise or empty trailing cells).
fn same_roles(a: &[ColumnRole], b: &[ColumnRole]) -> bool {
    let known = |r: &&ColumnRole| **r != ColumnRole::Other;
    a.iter().filter(known).eq(b.iter().filter(known))
}

/// True when a whole line, outside any cell structure, reads as a section row
/// ("<b>III. VỀ PHÁT TRIỂN KINH TẾ SỐ</b>" that lost its tabs): label plus a title that is
/// bold or in capitals.
pub(crate) fn bare_section(line: &str) -> Option<(String, Option<String>)> {
    let c = clean_cell(line);
    let (label, title) = split_section_label(&c.text)?;
    if title.is_empty() {
        return None;
    }
    if !(c.emphasized || crate::text::is_upper_line(&title)) {
        return None;
    }
    // Keep headings of the narrative ("II. NHIỆM VỤ") out unless they are short enough
    // to be a table's group row; the caller also demands table rows right after.
    if fold(&title).split(' ').count() > 30 {
        return None;
    }
    Some((label, Some(title)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> PhysRow {
        let raw = split::RawCells {
            cells: cells.to_vec(),
            overflow: false,
        };
        PhysRow::from_raw(0, &raw)
    }

    #[test]
    fn headers() {
        let h = row(&["TT", "Thủ tục hành chính", "Cấp độ", "Cơ quan chủ trì"]);
        assert!(header_roles(&h).is_some());
        assert!(header_roles(&row(&[
            "ỦY BAN NHÂN DÂN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ]))
        .is_none());
        assert!(header_roles(&row(&["", "TM. ỦY BAN NHÂN DÂN"])).is_none());
        assert!(header_roles(&row(&["3", "Nội dung", "Sở Tư pháp", "Thời gian"])).is_none());
    }

    #[test]
    fn sections() {
        assert_eq!(
            split_section_label("II. Phục vụ giải quyết"),
            Some(("II".into(), "Phục vụ giải quyết".into()))
        );
        assert_eq!(
            split_section_label("II Phục vụ"),
            Some(("II".into(), "Phục vụ".into()))
        );
        assert_eq!(split_section_label("Về việc"), None);
        assert_eq!(split_section_label("CCCD gắn chip"), None);
        assert_eq!(
            split_section_label("A. Nhóm"),
            Some(("A".into(), "Nhóm".into()))
        );
        assert_eq!(split_section_label("A Nhóm"), None);
        let r = row(&["<b>I</b>", "<b>Hoàn thiện</b>", "", ""]);
        assert_eq!(
            section_of(&r),
            Some((Some("I".into()), Some("Hoàn thiện".into())))
        );
        let r = row(&["**I**", "**Nhóm**", " ", " "]);
        assert_eq!(
            section_of(&r),
            Some((Some("I".into()), Some("Nhóm".into())))
        );
        let r = row(&["1", "Nhóm", "", ""]);
        assert_eq!(section_of(&r), None);
    }
}
