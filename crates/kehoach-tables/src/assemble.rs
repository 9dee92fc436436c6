//! The assembler: classified physical rows → tables.
//!
//! It owns the decisions that need context: which row a continuation line extends,
//! whether blank lines and page debris sit *between* two parts of one table (then the
//! table owns them) or end it, where section rows were lost, and what to report.

use crate::classify::{
    self, bare_section, classify, header_roles, label_value, number_label, row_number, HeaderHit,
    Layout, PhysRow, RowKind, Series,
};
use crate::html::Block;
use crate::text::{clean_cell, fold, is_upper_line, join_cell};
use crate::title::{self, title_above, TitleBlock};
use crate::{
    Budget, ColumnRole, Row, SectionRow, Table, TableDiagnostic, TableFormat, MAX_COLUMNS,
    MAX_DEBRIS_CHARS, MAX_DEBRIS_WORDS, MAX_GAP_LINES, MAX_TRAILING_DEBRIS_LINES,
};

/// A data row being built (a first line plus its continuation lines).
#[derive(Debug, Default)]
struct RowBuilder {
    lines: Vec<usize>,
    cells: Vec<String>,
    /// The number cell only repeats a rowspan from above (HTML): not a new number.
    number_copied: bool,
    overflow: bool,
    truncated: bool,
}

#[derive(Debug)]
enum Item {
    Row(RowBuilder),
    Section(SectionRow),
}

/// Accumulates one table's rows.
struct Acc {
    layout: Layout,
    columns: Vec<String>,
    roles: Vec<ColumnRole>,
    items: Vec<Item>,
    /// Index in `items` of the row a continuation would extend. Section rows reset it;
    /// repeated headers and debris do not (binh-dinh row 10 continues after both).
    last_row: Option<usize>,
    /// The document's cell budget ran out; later rows are owned but not kept.
    limited: bool,
}

impl Acc {
    fn new(layout: Layout, columns: Vec<String>, roles: Vec<ColumnRole>) -> Acc {
        Acc {
            layout,
            columns,
            roles,
            items: Vec::new(),
            last_row: None,
            limited: false,
        }
    }

    fn n(&self) -> usize {
        self.columns.len()
    }

    fn number_col(&self) -> Option<usize> {
        self.roles.iter().position(|r| *r == ColumnRole::Number)
    }

    fn last_row_len(&self) -> Option<usize> {
        match self.items.get(self.last_row?)? {
            Item::Row(r) => Some(r.cells.len()),
            Item::Section(_) => None,
        }
    }

    /// Can `cont` (a continuation line) extend the row above?
    ///
    /// Tab and HTML cells are positional, and so are bordered pipe rows, so a
    /// continuation simply continues the cells above. In an unbordered pipe table a
    /// continuation "| Tháng 6/2023 |" only makes sense under a row that was cut short
    /// (gia-lai: "2 | text | lead |"), or when it spans the full width; a short line
    /// with a leading '|' under a complete row is something else (a signature block
    /// "| TM. ỦY BAN NHÂN DÂN |") and ends the table.
    fn can_merge(&self, cont: &PhysRow) -> bool {
        let Some(k) = self.last_row_len() else {
            return false;
        };
        match self.layout {
            Layout::Pipe { bordered: false } => k < self.n() || cont.cells.len() >= self.n(),
            _ => true,
        }
    }

    /// Would the table take this row?
    fn accepts(&self, kind: &RowKind, row: &PhysRow) -> bool {
        match kind {
            RowKind::NewHeader => false,
            RowKind::Continuation => self.last_row.is_none() || self.can_merge(row),
            _ => true,
        }
    }

    fn take(&mut self, kind: RowKind, row: PhysRow, budget: &mut Budget) {
        match kind {
            RowKind::Delimiter | RowKind::Empty | RowKind::RepeatedHeader | RowKind::NewHeader => {}
            RowKind::Section { label, title } => {
                if self.charge(budget, 2) {
                    self.items.push(Item::Section(SectionRow {
                        line: Some(row.first_line),
                        label,
                        title,
                    }));
                }
                self.last_row = None;
            }
            RowKind::Continuation if self.last_row.is_some() => self.merge(row),
            RowKind::Continuation | RowKind::Data => self.push_row(row, budget),
        }
    }

    /// Pay `cells` from the document budget; once it runs out the table keeps owning
    /// lines but stores nothing more.
    fn charge(&mut self, budget: &mut Budget, cells: usize) -> bool {
        if self.limited || !budget.take_cells(cells) {
            self.limited = true;
            return false;
        }
        true
    }

    fn push_section(
        &mut self,
        line: usize,
        label: String,
        title: Option<String>,
        budget: &mut Budget,
    ) {
        if self.charge(budget, 2) {
            self.items.push(Item::Section(SectionRow {
                line: Some(line),
                label: Some(label),
                title,
            }));
        }
        self.last_row = None;
    }

    fn push_row(&mut self, row: PhysRow, budget: &mut Budget) {
        if !self.charge(budget, self.n().max(row.cells.len())) {
            self.last_row = None;
            return;
        }
        let number_copied = self
            .number_col()
            .is_some_and(|c| row.copied.get(c).copied().unwrap_or(false));
        self.items.push(Item::Row(RowBuilder {
            lines: (row.first_line..=row.last_line).collect(),
            cells: row.cells,
            number_copied,
            overflow: row.overflow,
            truncated: row.truncated,
        }));
        self.last_row = Some(self.items.len() - 1);
    }

    /// Merge a continuation into the row above, cell-wise, joining with one space.
    ///
    /// Positional unless the layout is unbordered pipes and both the row and the
    /// continuation are short: then the continuation supplies the row's LAST cells
    /// (gia-lai "2 | text | lead |" + "| Tháng 6/2023 |" → [2, text, lead, "", Tháng
    /// 6/2023]) and the missing middle cell stays empty.
    fn merge(&mut self, cont: PhysRow) {
        let n = self.n();
        let layout = self.layout;
        let Some(Item::Row(rb)) = self.last_row.and_then(|i| self.items.get_mut(i)) else {
            return;
        };
        let m = cont.cells.len();
        let right_align =
            matches!(layout, Layout::Pipe { bordered: false }) && rb.cells.len() < n && m < n;
        let offset = if right_align { n - m } else { 0 };
        for (i, text) in cont.cells.into_iter().enumerate() {
            if cont.copied.get(i).copied().unwrap_or(false) {
                continue;
            }
            let pos = offset + i;
            if pos >= MAX_COLUMNS {
                rb.overflow = true;
                break;
            }
            if rb.cells.len() <= pos {
                rb.cells.resize(pos + 1, String::new());
            }
            if !join_cell(&mut rb.cells[pos], &text) {
                rb.truncated = true;
            }
        }
        rb.overflow |= cont.overflow;
        rb.truncated |= cont.truncated;
        rb.lines.extend(cont.first_line..=cont.last_line);
    }

    fn has_rows(&self) -> bool {
        self.items.iter().any(|i| matches!(i, Item::Row(_)))
    }
}

/// Split line `k` as a row of this table. An unbordered table whose rows were written
/// with a leading '|' anyway ("TT | Nội dung |" over "| 1 | Việc |") gets that border
/// dropped when the row is one cell too wide because of it, or when the cell after it
/// is the row number. A line like "| Tháng 6/2023 |" keeps its empty first cell, the
/// mark of a continuation.
fn table_row(line: &str, k: usize, acc: &Acc) -> Option<PhysRow> {
    let mut row = classify::text_row(line, k, acc.layout)?;
    let stray_border = acc.layout == (Layout::Pipe { bordered: false })
        && row.cells.len() >= 2
        && row.own(0).is_empty()
        && crate::split::starts_with_pipe(line)
        && (row.cells.len() == acc.n() + 1
            || (acc.number_col() == Some(0) && row_number(row.own(1)).is_some()));
    if stray_border {
        // The three vectors run in step; `drain` never panics even if they did not.
        for v in [&mut row.emphasized, &mut row.copied] {
            v.drain(..v.len().min(1));
        }
        row.cells.drain(..1);
    }
    Some(row)
}

/// What a gap scan found: where the table goes on, and section rows printed without
/// cell separators inside the gap.
struct Gap {
    next: usize,
    sections: Vec<(usize, String, Option<String>)>,
}

/// Lines from `from` on are not rows of this table's layout. Look at most
/// [`MAX_GAP_LINES`] ahead: if only debris (blank lines, rules, stray short words, page
/// numbers) and bare section lines come before a line the table accepts, the gap is a
/// page break inside the table.
fn scan_gap(lines: &[&str], from: usize, acc: &Acc) -> Option<Gap> {
    let mut sections = Vec::new();
    let end = from.saturating_add(MAX_GAP_LINES).min(lines.len());
    for (k, &line) in lines.iter().enumerate().take(end).skip(from) {
        if let Some(row) = table_row(line, k, acc) {
            let kind = classify(&row, &acc.columns, &acc.roles, acc.layout);
            match kind {
                // A stray empty pipe row or rule inside the gap is debris too.
                RowKind::Empty | RowKind::Delimiter => continue,
                RowKind::NewHeader => return None,
                _ if acc.accepts(&kind, &row) => return Some(Gap { next: k, sections }),
                _ => return None,
            }
        }
        if let Some((label, title)) = bare_section(line) {
            sections.push((k, label, title));
            continue;
        }
        if !is_debris(line, false) {
            return None;
        }
    }
    None
}

/// Page debris: blank lines, rules ("---"), and short stray text ("noRan", "*Nhật An*",
/// "- 5 -") that is not a heading, a list item, a title or a sentence. With `trailing`
/// (after a table's last row) lines in capitals are refused too: those are signature
/// blocks ("CHỦ TỊCH").
pub(crate) fn is_debris(line: &str, trailing: bool) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return true;
    }
    let rule_chars = t
        .chars()
        .filter(|c| matches!(c, '-' | '*' | '_' | '='))
        .count();
    if rule_chars >= 3 && t.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | ' ')) {
        return true;
    }
    if t.starts_with('#') || t.starts_with('>') || title::title_kind(line).is_some() {
        return false;
    }
    let text = clean_cell(t).text;
    if text.is_empty() {
        return true;
    }
    if text.chars().count() > MAX_DEBRIS_CHARS || text.split(' ').count() > MAX_DEBRIS_WORDS {
        return false;
    }
    let page_number = is_page_number(&text);
    if !page_number {
        if text.ends_with([':', '.', ';', ',']) || starts_with_list_marker(&text) {
            return false;
        }
        if classify::split_section_label(&text).is_some() {
            return false;
        }
    }
    !(trailing && is_upper_line(&text))
}

/// "12", "- 12 -", "Trang 12", "12/40".
fn is_page_number(text: &str) -> bool {
    let f = fold(text);
    let f = f.strip_prefix("trang ").unwrap_or(&f);
    !f.is_empty() && f.split(' ').all(|w| w.bytes().all(|b| b.is_ascii_digit()))
}

/// "1. …", "a) …", "- …", "+ …", "• …".
fn starts_with_list_marker(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next();
    let second = chars.next();
    match (first, second) {
        (Some('-' | '+' | '•' | '–'), Some(' ')) => {
            chars.next().is_some_and(char::is_alphabetic)
        }
        (Some(c), Some('.' | ')')) if c.is_alphanumeric() => true,
        (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => text
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with(['.', ')']),
        _ => false,
    }
}

/// Assemble a pipe or tab table whose header is on line `header_line`.
/// `floor` is the first line not owned by an earlier table.
///
/// Also returns the last line the scan took. When no table comes out (a header over
/// nothing but repeated headers or empty rows) the caller resumes after that line:
/// any header inside the run would reach the same verdict, and restarting at every one
/// of them would make a file of 100,000 header lines quadratic.
pub(crate) fn text_table(
    lines: &[&str],
    header_line: usize,
    hit: HeaderHit,
    floor: usize,
    budget: &mut Budget,
) -> (Option<Table>, usize) {
    let layout = hit.layout;
    let mut acc = Acc::new(layout, hit.row.cells, hit.roles);
    let mut last = header_line;
    let mut j = header_line + 1;
    while j < lines.len() {
        match table_row(lines[j], j, &acc) {
            Some(row) => {
                let kind = classify(&row, &acc.columns, &acc.roles, layout);
                if !acc.accepts(&kind, &row) {
                    break;
                }
                acc.take(kind, row, budget);
                last = j;
                j += 1;
            }
            None => match scan_gap(lines, j, &acc) {
                Some(gap) => {
                    for (k, label, title) in gap.sections {
                        acc.push_section(k, label, title, budget);
                    }
                    j = gap.next;
                }
                None => break,
            },
        }
    }
    if !acc.has_rows() {
        return (None, last);
    }
    let title = title_above(lines, header_line, floor);
    let format = match layout {
        Layout::Tab => TableFormat::Tab,
        _ => TableFormat::Pipe,
    };
    let first = title.first_line.unwrap_or(header_line);
    (
        Some(finish(acc, format, header_line, first, last, title)),
        last,
    )
}

/// Assemble the tables of one HTML block (normally one; a second header row with other
/// columns starts another). `start` is the block's `<table>` line.
pub(crate) fn html_tables(
    lines: &[&str],
    start: usize,
    block: Block,
    floor: usize,
    budget: &mut Budget,
) -> Vec<Table> {
    let Block {
        end_line,
        mut rows,
        caption,
        dropped_rows,
    } = block;
    let mut out = Vec::new();
    let mut pre_title: Option<(usize, String)> = caption.map(|c| (start, c));
    let mut i = 0;
    while i < rows.len() {
        let Some(roles) = header_roles(&rows[i]) else {
            // Rows above the header: a one-cell row is a caption-like title.
            let printed: Vec<&String> = rows[i].cells.iter().filter(|c| !c.is_empty()).collect();
            if pre_title.is_none()
                && !printed.is_empty()
                && printed.iter().all(|c| *c == printed[0])
            {
                pre_title = Some((rows[i].first_line, printed[0].clone()));
            }
            i += 1;
            continue;
        };
        let header_line = rows[i].first_line;
        let table_first = if out.is_empty() { start } else { header_line };
        let mut columns = std::mem::take(&mut rows[i].cells);
        let mut roles = roles;
        // Last line of the last row this table took (rows are moved out as they go).
        let mut last_taken = rows[i].last_line;
        let mut j = i + 1;
        // Further header rows (a second <th> row under colspans) refine the names.
        while j < rows.len() && rows[j].header_hint && !is_data_like(&rows[j]) {
            last_taken = rows[j].last_line;
            let merged = merge_header_names(&columns, &rows[j]);
            let probe = PhysRow {
                cells: merged.clone(),
                copied: vec![false; merged.len()],
                ..PhysRow::default()
            };
            if let Some(r) = header_roles(&probe) {
                columns = merged;
                roles = r;
            }
            j += 1;
        }
        let mut acc = Acc::new(Layout::Html, columns, roles);
        while j < rows.len() {
            let row = std::mem::take(&mut rows[j]);
            let kind = classify(&row, &acc.columns, &acc.roles, Layout::Html);
            if matches!(kind, RowKind::NewHeader) {
                rows[j] = row;
                break;
            }
            last_taken = row.last_line;
            acc.take(kind, row, budget);
            j += 1;
        }
        let last = if j >= rows.len() {
            end_line.max(last_taken)
        } else {
            last_taken
        };
        if dropped_rows && j >= rows.len() {
            acc.limited = true;
        }
        if acc.has_rows() {
            let mut title = if out.is_empty() {
                title_above(lines, start, floor)
            } else {
                TitleBlock::default()
            };
            if title.title.is_none() {
                if let Some((line, text)) = pre_title.take() {
                    title.title = Some(text);
                    title.title_line = Some(line);
                }
            }
            let first = title.first_line.unwrap_or(table_first).min(table_first);
            out.push(finish(
                acc,
                TableFormat::Html,
                header_line,
                first,
                last,
                title,
            ));
        }
        i = j;
    }
    out
}

/// A row whose first printed cell is a row number, or that has a section label: data,
/// not a header continuation.
fn is_data_like(row: &PhysRow) -> bool {
    row.cells.first().is_some_and(|c| row_number(c).is_some())
        || classify::section_of(row).is_some()
}

fn merge_header_names(top: &[String], below: &PhysRow) -> Vec<String> {
    let n = top.len().max(below.cells.len()).min(MAX_COLUMNS);
    (0..n)
        .map(|c| {
            let a = top.get(c).map(String::as_str).unwrap_or("");
            let b = below.own(c);
            if b.is_empty() || b == a {
                a.to_string()
            } else if a.is_empty() {
                b.to_string()
            } else {
                format!("{a} / {b}")
            }
        })
        .collect()
}

fn diag(
    line: Option<usize>,
    code: &'static str,
    message: String,
    warning: bool,
) -> TableDiagnostic {
    TableDiagnostic {
        line,
        code,
        message,
        warning,
    }
}

/// Give a row exactly one cell per column, reporting rows that had another count.
fn fit_cells(
    mut cells: Vec<String>,
    n: usize,
    line: usize,
    diags: &mut Vec<TableDiagnostic>,
) -> Vec<String> {
    let k = cells.len();
    if k > n {
        let extra = cells.split_off(n);
        if extra.iter().any(|c| !c.is_empty()) {
            diags.push(diag(
                Some(line),
                "table-cell-count",
                format!("row has {k} cells, the header has {n}; the extra cells were joined into the last column"),
                true,
            ));
            if let Some(last) = cells.last_mut() {
                for e in extra.iter().filter(|e| !e.is_empty()) {
                    join_cell(last, e);
                }
            }
        }
    } else if k < n {
        diags.push(diag(
            Some(line),
            "table-cell-count",
            format!("row has {k} cells, the header has {n}; the missing cells are empty"),
            true,
        ));
        cells.resize(n, String::new());
    }
    cells
}

/// Turn the accumulated items into a [`Table`]: fit cells, read row numbers, infer lost
/// section rows where the numbering restarts, and report.
fn finish(
    acc: Acc,
    format: TableFormat,
    header_line: usize,
    first: usize,
    last: usize,
    title: TitleBlock,
) -> Table {
    let n = acc.n();
    let number_col = acc.number_col();
    let mut diags: Vec<TableDiagnostic> = Vec::new();
    if acc.limited {
        diags.push(diag(
            Some(header_line),
            "table-limit",
            "the document exceeds the table cell budget; later rows of this table were not kept"
                .into(),
            true,
        ));
    }
    let mut sections: Vec<SectionRow> = Vec::new();
    let mut inferred: Vec<bool> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut current: Option<usize> = None;
    let mut prev: Option<u64> = None;
    let mut section_since_prev = false;
    for item in acc.items {
        match item {
            Item::Section(s) => {
                sections.push(s);
                inferred.push(false);
                current = Some(sections.len() - 1);
                section_since_prev = true;
            }
            Item::Row(rb) => {
                let first_line = rb.lines.first().copied().unwrap_or(header_line);
                let last_line = rb.lines.last().copied().unwrap_or(first_line);
                if rb.overflow {
                    diags.push(diag(
                        Some(first_line),
                        "table-limit",
                        format!("row has more than {MAX_COLUMNS} cells; the rest were dropped"),
                        true,
                    ));
                }
                if rb.truncated {
                    diags.push(diag(
                        Some(first_line),
                        "table-limit",
                        format!(
                            "a cell is longer than {} bytes and was cut",
                            crate::MAX_CELL_BYTES
                        ),
                        true,
                    ));
                }
                let cells = fit_cells(rb.cells, n, first_line, &mut diags);
                let number_cell = number_col
                    .filter(|_| !rb.number_copied)
                    .and_then(|c| cells.get(c));
                let label = number_cell
                    .and_then(|c| number_label(c))
                    .map(str::to_string);
                if let Some(v) = number_cell.and_then(|c| row_number(c)) {
                    match prev {
                        // The numbering starts again at 1 with no section row printed:
                        // the section row was lost (gia-lai appendix II).
                        Some(p) if v == 1 && p >= 1 && !section_since_prev => {
                            sections.push(SectionRow {
                                line: None,
                                label: None,
                                title: None,
                            });
                            inferred.push(true);
                            current = Some(sections.len() - 1);
                        }
                        Some(_) if v == 1 && section_since_prev => {}
                        Some(p) if v != p + 1 => diags.push(diag(
                            Some(first_line),
                            "table-numbering-gap",
                            format!("row {v} follows row {p}"),
                            true,
                        )),
                        _ => {}
                    }
                    prev = Some(v);
                    section_since_prev = false;
                }
                rows.push(Row {
                    first_line,
                    last_line,
                    lines: rb.lines,
                    cells,
                    section: current,
                    label,
                });
            }
        }
    }
    // Rows before the first section row belong to a lost first section when the first
    // section we have is not the first of its series ("II" printed, "I" lost) or was
    // itself inferred.
    let leading = rows.iter().take_while(|r| r.section.is_none()).count();
    if leading > 0 && !sections.is_empty() {
        let first_value = sections[0]
            .label
            .as_deref()
            .and_then(label_value)
            .map(|(_, v)| v);
        if inferred[0] || first_value.is_some_and(|v| v > 1) {
            sections.insert(
                0,
                SectionRow {
                    line: None,
                    label: None,
                    title: None,
                },
            );
            inferred.insert(0, true);
            for r in &mut rows {
                r.section = Some(r.section.map_or(0, |s| s + 1));
            }
        }
    }
    fill_inferred_labels(&mut sections, &inferred);
    let mut first_row_of: Vec<Option<usize>> = vec![None; sections.len()];
    for r in &rows {
        if let Some(slot) = r.section.and_then(|s| first_row_of.get_mut(s)) {
            slot.get_or_insert(r.first_line);
        }
    }
    for (idx, s) in sections.iter().enumerate().filter(|(i, _)| inferred[*i]) {
        let line = first_row_of[idx];
        diags.push(diag(
            line,
            "table-section-inferred",
            format!(
                "section row {} is not printed; inferred where the row numbering restarts",
                s.label.as_deref().unwrap_or("?")
            ),
            false,
        ));
    }
    let declared_rows = title.title.as_deref().and_then(title::declared_count);
    if let Some(d) = declared_rows {
        if d as usize != rows.len() {
            diags.push(diag(
                title.title_line,
                "table-count-mismatch",
                format!(
                    "the title announces {d} items, the table has {} rows",
                    rows.len()
                ),
                true,
            ));
        }
    }
    diags.sort_by_key(|d| d.line);
    let last = last.max(first);
    Table {
        appendix_number: title.appendix_number,
        title: title.title,
        header_line,
        first_line: first,
        last_line: last,
        columns: acc.columns,
        roles: acc.roles,
        rows,
        sections,
        diagnostics: diags,
        lines: (first..=last).collect(),
        format,
        declared_rows,
    }
}

/// Label inferred sections from their neighbours: one after the section above ("II" →
/// "III"), else one before the next printed one ("II" → "I"), else by position.
/// Linear: the "next printed label" of every position is found in one backward pass.
fn fill_inferred_labels(sections: &mut [SectionRow], inferred: &[bool]) {
    let mut next_printed: Vec<Option<(usize, Series, u32)>> = vec![None; sections.len()];
    let mut seen: Option<(usize, Series, u32)> = None;
    for j in (0..sections.len()).rev() {
        next_printed[j] = seen;
        if !inferred[j] {
            if let Some((series, v)) = sections[j].label.as_deref().and_then(label_value) {
                seen = Some((j, series, v));
            }
        }
    }
    for i in 0..sections.len() {
        if !inferred[i] {
            continue;
        }
        let from_prev = i
            .checked_sub(1)
            .and_then(|p| sections[p].label.as_deref())
            .and_then(label_value)
            .map(|(s, v)| (s, v.saturating_add(1)));
        let from_next = next_printed[i].and_then(|(j, series, v)| {
            let back = u32::try_from(j - i).ok()?;
            (v > back).then(|| (series, v - back))
        });
        let position = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
        let (series, value) = from_prev.or(from_next).unwrap_or((Series::Roman, position));
        sections[i].label = Some(classify::format_label(series, value));
    }
}

/// Let each table own debris right after its last row ("noRan" before the next
/// appendix, "*Nhật An*" at the end of the file): only when everything between the
/// table and the next table (or the end of the input) is debris, the stretch is short,
/// and it holds at most [`MAX_TRAILING_DEBRIS_LINES`] non-blank lines.
pub(crate) fn attach_trailing_debris(lines: &[&str], tables: &mut [Table]) {
    for idx in 0..tables.len() {
        let start = tables[idx].last_line + 1;
        let end = tables.get(idx + 1).map_or(lines.len(), |t| t.first_line);
        if start >= end || end - start > MAX_GAP_LINES {
            continue;
        }
        let region = &lines[start..end];
        if !region.iter().all(|l| is_debris(l, true)) {
            continue;
        }
        let non_blank: Vec<usize> = (start..end)
            .filter(|&k| !lines[k].trim().is_empty())
            .collect();
        if non_blank.is_empty() || non_blank.len() > MAX_TRAILING_DEBRIS_LINES {
            continue;
        }
        let new_last = non_blank[non_blank.len() - 1];
        let t = &mut tables[idx];
        t.lines.extend(t.last_line + 1..=new_last);
        t.last_line = new_last;
    }
}
