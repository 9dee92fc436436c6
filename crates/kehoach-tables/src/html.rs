//! HTML `<table>` blocks: rows (`<tr>`) that may span lines, `<td>`/`<th>` cells with
//! `rowspan`/`colspan`, expanded so every row has one cell per grid column.
//!
//! This is a tolerant tag scanner, not an HTML parser: converters emit a small, regular
//! subset, and anything it does not understand stays cell text for the cleaner (which
//! drops known inline tags). Every '<' is looked at once, so a block costs one pass.

use crate::classify::PhysRow;
use crate::text::{clean_cell, parse_tag, Tag};
use crate::{Budget, MAX_CELL_BYTES, MAX_COLUMNS};

/// `rowspan` values beyond this are treated as this: a plan table has at most a few
/// hundred rows, and the cap keeps a bogus `rowspan="999999999"` from meaning anything.
const MAX_ROWSPAN: usize = 10_000;

/// Raw cell text kept per cell before cleaning. Cleaning cuts at [`MAX_CELL_BYTES`]
/// anyway; the raw text may be longer only by its markup.
const MAX_RAW_CELL_BYTES: usize = MAX_CELL_BYTES * 4;

/// True when the line opens an HTML table.
pub(crate) fn opens_table(line: &str) -> bool {
    find_tag(line, "table")
}

fn find_tag(line: &str, name: &str) -> bool {
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(rel) = line.get(from..).and_then(|r| r.find('<')) {
        let at = from + rel;
        if let Some(tag) = parse_tag(line, at) {
            if !tag.closing && tag.name == name {
                return true;
            }
        }
        from = at + 1;
        if from >= bytes.len() {
            break;
        }
    }
    false
}

#[derive(Debug, Default)]
struct RawCell {
    raw: String,
    th: bool,
    rowspan: usize,
    colspan: usize,
}

#[derive(Debug, Default)]
struct RawRow {
    first_line: usize,
    last_line: usize,
    cells: Vec<RawCell>,
    in_thead: bool,
    /// More than [`MAX_COLUMNS`] cells; the rest were dropped.
    overflow: bool,
}

/// A parsed `<table>` block.
#[derive(Debug, Default)]
pub(crate) struct Block {
    /// Last line of the block (the `</table>` line, or the last line of the input when
    /// the table is never closed).
    pub end_line: usize,
    pub rows: Vec<PhysRow>,
    pub caption: Option<String>,
    /// Rows past the block's raw-cell allowance were not kept.
    pub dropped_rows: bool,
}

/// Read a numeric attribute (`rowspan="2"`, `colspan=3`, `ROWSPAN='2'`).
fn attr_number(attrs: &str, name: &str) -> Option<usize> {
    let lower = attrs.to_ascii_lowercase();
    let at = lower.find(name)?;
    let rest = lower.get(at + name.len()..)?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let digits: String = rest
        .chars()
        .take_while(char::is_ascii_digit)
        .take(6)
        .collect();
    digits.parse().ok()
}

struct Parser {
    /// Raw cells this block may still keep (see `finish_row`).
    raw_cells_left: usize,
    dropped_rows: bool,
    rows: Vec<RawRow>,
    row: Option<RawRow>,
    cell: Option<RawCell>,
    in_thead: bool,
    caption: Option<String>,
    in_caption: bool,
    /// The line being scanned: a row ends on the line of its `</tr>`.
    line: usize,
}

impl Parser {
    fn finish_cell(&mut self) {
        if let Some(cell) = self.cell.take() {
            if let Some(row) = self.row.as_mut() {
                if row.cells.len() < MAX_COLUMNS {
                    row.cells.push(cell);
                } else {
                    row.overflow = true;
                }
            }
        }
    }

    fn finish_row(&mut self) {
        self.finish_cell();
        if let Some(mut row) = self.row.take() {
            row.last_line = self.line.max(row.first_line);
            // Raw rows are bounded too: 10 MB of "<tr><td>x" must not become a
            // million rows before the assembler's budget check. This allowance is the
            // block's own (the rows are dropped once assembled), so it does not eat
            // into the document budget the assembler then charges.
            if !row.cells.is_empty() {
                if let Some(left) = self.raw_cells_left.checked_sub(row.cells.len()) {
                    self.raw_cells_left = left;
                    self.rows.push(row);
                } else {
                    self.dropped_rows = true;
                }
            }
        }
    }

    fn start_row(&mut self, line: usize) {
        self.finish_row();
        self.row = Some(RawRow {
            first_line: line,
            last_line: line,
            in_thead: self.in_thead,
            ..RawRow::default()
        });
    }

    fn text(&mut self, s: &str) {
        if let Some(cell) = self.cell.as_mut() {
            if cell.raw.len() + s.len() <= MAX_RAW_CELL_BYTES {
                cell.raw.push_str(s);
            }
        } else if self.in_caption {
            let cap = self.caption.get_or_insert_with(String::new);
            if cap.len() + s.len() <= MAX_RAW_CELL_BYTES {
                cap.push_str(s);
            }
        }
    }

    fn tag(&mut self, line_text: &str, tag: &Tag, at: usize, line: usize) {
        let attrs = line_text.get(tag.attrs.0..tag.attrs.1).unwrap_or("");
        match (tag.name.as_str(), tag.closing) {
            ("tr", false) => self.start_row(line),
            ("tr", true) => self.finish_row(),
            ("td" | "th", false) => {
                self.finish_cell();
                if self.row.is_none() {
                    self.start_row(line);
                }
                self.cell = Some(RawCell {
                    raw: String::new(),
                    th: tag.name == "th",
                    rowspan: attr_number(attrs, "rowspan")
                        .unwrap_or(1)
                        .clamp(1, MAX_ROWSPAN),
                    colspan: attr_number(attrs, "colspan")
                        .unwrap_or(1)
                        .clamp(1, MAX_COLUMNS),
                });
            }
            ("td" | "th", true) => self.finish_cell(),
            ("thead", closing) => {
                self.finish_row();
                self.in_thead = !closing;
            }
            ("tbody" | "tfoot", _) => self.finish_row(),
            ("caption", closing) => {
                self.finish_row();
                self.in_caption = !closing;
            }
            // Inline markup stays in the cell text; the cleaner removes it and keeps
            // what it says (bold, <br> as a space).
            _ => self.text(line_text.get(at..tag.end).unwrap_or("")),
        }
    }
}

/// Parse the block that starts at `start` (a line for which [`opens_table`] is true).
/// Nested tables are flattened into the outer one.
pub(crate) fn parse_block(lines: &[&str], start: usize, budget: &mut Budget) -> Block {
    let mut p = Parser {
        raw_cells_left: crate::MAX_TOTAL_CELLS,
        dropped_rows: false,
        rows: Vec::new(),
        row: None,
        cell: None,
        in_thead: false,
        caption: None,
        in_caption: false,
        line: start,
    };
    let mut depth = 0usize;
    let mut end_line = lines.len().saturating_sub(1);
    'lines: for (k, &line) in lines.iter().enumerate().skip(start) {
        p.line = k;
        let mut pos = 0;
        while let Some(rel) = line.get(pos..).and_then(|r| r.find('<')) {
            let at = pos + rel;
            p.text(line.get(pos..at).unwrap_or(""));
            match parse_tag(line, at) {
                Some(tag) if tag.name == "table" => {
                    if tag.closing {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            p.finish_row();
                            end_line = k;
                            break 'lines;
                        }
                    } else {
                        depth += 1;
                    }
                    pos = tag.end;
                }
                Some(tag) => {
                    p.tag(line, &tag, at, k);
                    pos = tag.end;
                }
                None => {
                    p.text("<");
                    pos = at + 1;
                }
            }
        }
        p.text(line.get(pos..).unwrap_or(""));
        // A line break inside a cell is a space.
        p.text(" ");
    }
    p.finish_row();
    let caption = p
        .caption
        .as_deref()
        .map(|c| clean_cell(c).text)
        .filter(|c| !c.is_empty());
    Block {
        end_line,
        rows: expand(p.rows, budget),
        caption,
        dropped_rows: p.dropped_rows,
    }
}

fn push(row: &mut PhysRow, text: String, emphasized: bool, copied: bool) {
    if row.cells.len() >= MAX_COLUMNS {
        row.overflow = true;
        return;
    }
    row.cells.push(text);
    row.emphasized.push(emphasized);
    row.copied.push(copied);
}

fn copy(text: &str, budget: &mut Budget) -> String {
    if budget.take_copy(text.len()) {
        text.to_string()
    } else {
        String::new()
    }
}

/// A cell that spans further down.
struct Pending {
    left: usize,
    text: String,
    emphasized: bool,
}

/// Expand rowspan/colspan: every grid position gets the text of the cell covering it;
/// positions that only repeat a spanning cell are marked `copied`. Copies are paid for
/// from the document's budget, so a huge cell spanning thousands of rows cannot blow
/// memory up; past the budget a copy is left empty.
fn expand(raw_rows: Vec<RawRow>, budget: &mut Budget) -> Vec<PhysRow> {
    let mut pending: Vec<Option<Pending>> = Vec::new();
    let mut out = Vec::with_capacity(raw_rows.len());
    for raw in raw_rows {
        let mut row = PhysRow {
            first_line: raw.first_line,
            last_line: raw.last_line,
            header_hint: raw.in_thead || raw.cells.iter().all(|c| c.th),
            overflow: raw.overflow,
            ..PhysRow::default()
        };
        let mut cells = raw.cells.into_iter();
        loop {
            // Grid positions still covered by a rowspan from above.
            while let Some(Some(p)) = pending.get_mut(row.cells.len()) {
                let text = copy(&p.text, budget);
                let emphasized = p.emphasized;
                p.left -= 1;
                if p.left == 0 {
                    pending[row.cells.len()] = None;
                }
                push(&mut row, text, emphasized, true);
            }
            let Some(cell) = cells.next() else { break };
            if row.cells.len() >= MAX_COLUMNS {
                row.overflow = true;
                break;
            }
            let c = clean_cell(&cell.raw);
            row.truncated |= c.truncated;
            for s in 0..cell.colspan {
                let col = row.cells.len();
                if col >= MAX_COLUMNS {
                    row.overflow = true;
                    break;
                }
                let text = if s == 0 {
                    c.text.clone()
                } else {
                    copy(&c.text, budget)
                };
                if cell.rowspan > 1 {
                    if pending.len() <= col {
                        pending.resize_with(col + 1, || None);
                    }
                    pending[col] = Some(Pending {
                        left: cell.rowspan - 1,
                        text: c.text.clone(),
                        emphasized: c.emphasized,
                    });
                }
                push(&mut row, text, c.emphasized, s > 0);
            }
        }
        // Rowspans to the right of this row's last printed cell.
        let mut col = row.cells.len();
        while col < pending.len() && col < MAX_COLUMNS {
            if let Some(p) = pending[col].as_mut() {
                let text = copy(&p.text, budget);
                let emphasized = p.emphasized;
                p.left -= 1;
                if p.left == 0 {
                    pending[col] = None;
                }
                while row.cells.len() < col {
                    push(&mut row, String::new(), false, false);
                }
                push(&mut row, text, emphasized, true);
            }
            col += 1;
        }
        out.push(row);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_expand() {
        let src = [
            "<table>",
            "<tr><th rowspan=\"2\">TT</th><th rowspan=\"2\">Nhiệm vụ</th><th colspan=\"2\">Thời gian</th></tr>",
            "<tr><th>Bắt đầu</th><th>Hoàn thành</th></tr>",
            "<tr><td>1</td><td rowspan=2>Việc<br>một</td><td colspan='2'>Năm 2024</td></tr>",
            "<tr><td>2</td><td>Quý I</td><td>Quý II</td></tr>",
            "</table>",
        ];
        let mut budget = Budget::default();
        let b = parse_block(&src, 0, &mut budget);
        assert_eq!(b.end_line, 5);
        let cells: Vec<Vec<&str>> = b
            .rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(cells[0], ["TT", "Nhiệm vụ", "Thời gian", "Thời gian"]);
        assert_eq!(cells[1], ["TT", "Nhiệm vụ", "Bắt đầu", "Hoàn thành"]);
        assert_eq!(cells[2], ["1", "Việc một", "Năm 2024", "Năm 2024"]);
        assert_eq!(cells[3], ["2", "Việc một", "Quý I", "Quý II"]);
        assert_eq!(b.rows[3].copied, [false, true, false, false]);
        assert!(b.rows[0].header_hint);
    }

    #[test]
    fn unclosed_and_garbage() {
        let src = [
            "<table><tr><td>a < b",
            "c</td><td rowspan=99999999>x",
            "<<<<<",
        ];
        let mut budget = Budget::default();
        let b = parse_block(&src, 0, &mut budget);
        assert_eq!(b.end_line, 2);
        assert_eq!(b.rows.len(), 1);
        assert_eq!(b.rows[0].cells[0], "a < b c");
        assert_eq!(b.rows[0].first_line, 0);
        assert_eq!(b.rows[0].last_line, 2);
    }
}
