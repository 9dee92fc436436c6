//! Table reconstruction. Stub; see the crate description.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnRole {
    /// TT, STT
    Number,
    /// Nhiệm vụ, Nội dung, Thủ tục hành chính
    Text,
    /// Cấp độ
    Level,
    /// Cơ quan/Đơn vị chủ trì
    Lead,
    /// Cơ quan/Đơn vị phối hợp
    Support,
    /// Thời gian hoàn thành/thực hiện
    Deadline,
    /// Kết quả sản phẩm
    Output,
    Other,
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
    pub line: Option<usize>,
    /// "table-count-mismatch", "table-cell-count", "table-numbering-gap", ...
    pub code: &'static str,
    pub message: String,
    pub warning: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// "PHỤ LỤC II" → Some(2).
    pub appendix_number: Option<u32>,
    pub title: Option<String>,
    pub header_line: usize,
    pub first_line: usize,
    pub last_line: usize,
    pub columns: Vec<String>,
    pub roles: Vec<ColumnRole>,
    pub rows: Vec<Row>,
    pub sections: Vec<SectionRow>,
    pub diagnostics: Vec<TableDiagnostic>,
    /// Every line this table owns (title lines, headers, repeated headers, rows, debris between parts).
    pub lines: Vec<usize>,
}

/// Find the tables in a document given as lines (NFC text, line terminators removed).
pub fn find_tables(_lines: &[&str]) -> Vec<Table> {
    Vec::new()
}
