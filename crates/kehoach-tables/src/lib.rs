//! Table reconstruction from plain-text and Markdown lines: pipe, tab, GFM and HTML tables.
//!
//! Vietnamese plans carry their task lists as appendix tables, and the conversions we
//! get them in are messy: pipe rows without a Markdown delimiter row, rows broken over
//! two lines, tab-separated rows continued after a page break, header rows repeated on
//! every page, section rows printed in bold (or lost), stray OCR words between pages.
//! [`find_tables`] reads the document's lines and returns each table with its rows
//! merged back together, one cell per column, and the role of every column.
//!
//! The work is split in two:
//!
//! * a **classifier** (module `classify`) that says what one physical row is — header,
//!   repeated header, section row, data row, continuation, delimiter, empty — given
//!   the table's header;
//! * an **assembler** (module `assemble`) that walks the lines, decides which blank lines and
//!   page debris lie *between* parts of one table, merges continuations into the row
//!   they continue, infers lost section rows, and reports what it had to repair.
//!
//! Every stage is linear in the input: each line is split once, look-ahead across page
//! breaks is bounded by [`MAX_GAP_LINES`], the upward search for a title by
//! [`MAX_TITLE_SCAN`], and cells and columns are capped ([`MAX_COLUMNS`],
//! [`MAX_CELL_BYTES`]). The crate never panics on input and has no `unsafe`.
//!
//! Column meanings come from one vocabulary, [`vocab::COLUMN_VOCABULARY`] (see there to
//! extend it).

#![forbid(unsafe_code)]

mod assemble;
mod classify;
mod html;
mod split;
mod text;
mod title;
pub mod vocab;

// ---------------------------------------------------------------------------------------
// Limits. Each bounds work or memory for hostile or broken input; none is reached by a
// real plan.
// ---------------------------------------------------------------------------------------

/// Most columns a table (or a row) may have. Plan tables have at most a dozen; 64 leaves
/// room for odd layouts while a line of 10,000 separators yields a bounded row (extra
/// cells are dropped and reported) instead of making every row of the table carry
/// thousands of cells.
pub const MAX_COLUMNS: usize = 64;

/// Longest cell kept, in bytes (UTF-8, cut on a char boundary). The longest cell in the
/// corpus is under 1 KB; 16 KiB keeps any real cell whole and stops a corrupt line of
/// megabytes from being copied into every merged row.
pub const MAX_CELL_BYTES: usize = 16 * 1024;

/// A header label is a few words ("Nội dung, nhiệm vụ cụ thể"); a row with a longer
/// cell is not a header. Also keeps the header test cheap on data rows.
pub const MAX_HEADER_CELL_CHARS: usize = 120;

/// How many lines may separate two parts of one table (blank lines, "---", page
/// numbers, stray OCR words, a repeated header follows). Page breaks in the corpus take
/// up to 5; 12 is generous while a table still cannot swallow the narrative after it.
pub const MAX_GAP_LINES: usize = 12;

/// Debris is short: "noRan", "*Nhật An*", "- 12 -". A line longer than this (in chars)
/// or with more words is text, and ends a table instead of being skipped.
pub const MAX_DEBRIS_CHARS: usize = 40;
/// See [`MAX_DEBRIS_CHARS`].
pub const MAX_DEBRIS_WORDS: usize = 4;

/// At most this many non-blank debris lines after a table's last row are owned by it;
/// more is likely real text (a signature block, a note) the narrative reader needs.
pub const MAX_TRAILING_DEBRIS_LINES: usize = 2;

/// Title block above a header: at most this many non-blank lines ("PHỤ LỤC II",
/// "DANH MỤC …" over two lines, "(Kèm theo …)")…
pub const MAX_TITLE_LINES: usize = 6;
/// …found within this many lines above the header (blank lines included).
pub const MAX_TITLE_SCAN: usize = 16;

/// Cells (after padding every row to the header's width; a section row counts 2) kept
/// for one document. A real plan needs a few hundred, a long list of administrative
/// procedures a few thousand; 256 Ki cells bounds memory (tens of MB) when a 10 MB input
/// is one huge table of one-character rows. Past it rows are still owned (so the
/// narrative reader skips them) but not kept, and a "table-limit" warning says so.
pub const MAX_TOTAL_CELLS: usize = 1 << 18;

/// Bytes of text copied to expand HTML rowspan/colspan, per document. Copies repeat a
/// cell into rows that did not print it; without a cap a 16 KiB cell spanning 10,000
/// rows would cost 160 MB. Past it, spanned positions are left empty.
pub const MAX_SPAN_COPY_BYTES: usize = 8 << 20;

/// Per-document allowances for the two limits above.
#[derive(Debug, Clone)]
pub(crate) struct Budget {
    cells_left: usize,
    copy_bytes_left: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            cells_left: MAX_TOTAL_CELLS,
            copy_bytes_left: MAX_SPAN_COPY_BYTES,
        }
    }
}

impl Budget {
    fn take_cells(&mut self, n: usize) -> bool {
        match self.cells_left.checked_sub(n) {
            Some(left) => {
                self.cells_left = left;
                true
            }
            None => false,
        }
    }

    fn take_copy(&mut self, bytes: usize) -> bool {
        match self.copy_bytes_left.checked_sub(bytes) {
            Some(left) => {
                self.copy_bytes_left = left;
                true
            }
            None => false,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Public types.
// ---------------------------------------------------------------------------------------

/// What a column holds, read from its header label (see [`vocab`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnRole {
    /// TT, STT, Số TT
    Number,
    /// Nhiệm vụ, Nội dung, Nhiệm vụ giải pháp, Tên nhiệm vụ, Thủ tục hành chính
    Text,
    /// Cấp độ, Mức độ
    Level,
    /// Cơ quan/Đơn vị chủ trì, Chủ trì, Cơ quan/Đơn vị thực hiện
    Lead,
    /// Cơ quan/Đơn vị phối hợp, Phối hợp
    Support,
    /// Thời gian hoàn thành/thực hiện, Thời hạn, Tiến độ
    Deadline,
    /// Kết quả sản phẩm, Sản phẩm, Kết quả
    Output,
    /// Anything else (Ghi chú, Kinh phí, …); kept as a column all the same.
    Other,
}

/// The layout a table was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableFormat {
    /// `a | b | c` rows, with or without GFM borders and delimiter row.
    Pipe,
    /// Tab-separated rows.
    Tab,
    /// An HTML `<table>`.
    Html,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 0-based index of the row's first line.
    pub first_line: usize,
    pub last_line: usize,
    /// Every line that contributed a part of this row (continuations after page breaks too).
    pub lines: Vec<usize>,
    /// Cleaned cells (tags stripped, parts of broken cells joined with one space), one per column.
    pub cells: Vec<String>,
    /// Index into `Table::sections` of the section row this row belongs to.
    pub section: Option<usize>,
    /// The printed row number without its trailing '.' or ')' ("7." → "7"), from the
    /// [`ColumnRole::Number`] column; `None` when the table has none or the cell is empty.
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRow {
    /// 0-based line; `None` when the section row was not printed and was inferred.
    pub line: Option<usize>,
    /// "I", "II", ... as printed (or inferred).
    pub label: Option<String>,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableDiagnostic {
    /// 0-based line the finding is about.
    pub line: Option<usize>,
    /// "table-count-mismatch", "table-cell-count", "table-numbering-gap" (warnings),
    /// "table-section-inferred" (info), "table-limit" (warning: a size limit was hit).
    pub code: &'static str,
    pub message: String,
    /// `false` for information (an inferred section row), `true` for a problem.
    pub warning: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// "PHỤ LỤC II" → Some(2).
    pub appendix_number: Option<u32>,
    /// The descriptive title above the table ("DANH MỤC …"), markup removed.
    pub title: Option<String>,
    pub header_line: usize,
    /// First line owned (the title block's first line, else the header).
    pub first_line: usize,
    /// Last line owned (the last row, or debris right after it).
    pub last_line: usize,
    /// Header labels as printed (markup removed).
    pub columns: Vec<String>,
    pub roles: Vec<ColumnRole>,
    /// Data rows after merging broken rows; repeated headers and section rows excluded.
    pub rows: Vec<Row>,
    /// Printed and inferred section rows, in order.
    pub sections: Vec<SectionRow>,
    pub diagnostics: Vec<TableDiagnostic>,
    /// Every line this table owns (title lines, headers, repeated headers, rows, debris between parts).
    pub lines: Vec<usize>,
    pub format: TableFormat,
    /// The row count the title announces ("DANH MỤC 34 NHIỆM VỤ" → 34).
    pub declared_rows: Option<u32>,
}

impl Table {
    /// Index of the first column with this role.
    pub fn column(&self, role: ColumnRole) -> Option<usize> {
        self.roles.iter().position(|r| *r == role)
    }

    /// The cell of `row` in the first column with this role.
    pub fn cell<'a>(&self, row: &'a Row, role: ColumnRole) -> Option<&'a str> {
        row.cells.get(self.column(role)?).map(String::as_str)
    }

    /// Section rows actually printed (inferred ones excluded).
    pub fn printed_section_count(&self) -> usize {
        self.sections.iter().filter(|s| s.line.is_some()).count()
    }

    /// The section a row belongs to.
    pub fn section_of(&self, row: &Row) -> Option<&SectionRow> {
        self.sections.get(row.section?)
    }
}

/// Find the tables in a document given as lines (NFC text, line terminators removed).
///
/// A table needs a header that maps a text column plus at least one other known role;
/// pipe or tab lines without one (letterheads, signature blocks) are left unowned.
pub fn find_tables(lines: &[&str]) -> Vec<Table> {
    // Tolerate a "\r" the caller left on a line.
    let lines: Vec<&str> = lines
        .iter()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .collect();
    let lines = lines.as_slice();
    let mut budget = Budget::default();
    let mut tables: Vec<Table> = Vec::new();
    // First line not owned by an earlier table: titles are never looked for above it.
    let mut floor = 0usize;
    let mut i = 0usize;
    while i < lines.len() {
        if html::opens_table(lines[i]) {
            let block = html::parse_block(lines, i, &mut budget);
            let end = block.end_line;
            for t in assemble::html_tables(lines, i, block, floor, &mut budget) {
                floor = t.last_line + 1;
                tables.push(t);
            }
            i = end.max(i) + 1;
            continue;
        }
        if let Some(hit) = classify::header_at(lines[i], i) {
            let (table, scanned) = assemble::text_table(lines, i, hit, floor, &mut budget);
            if let Some(t) = table {
                floor = t.last_line + 1;
                tables.push(t);
            }
            i = scanned.max(i) + 1;
            continue;
        }
        i += 1;
    }
    assemble::attach_trailing_debris(lines, &mut tables);
    tables
}
