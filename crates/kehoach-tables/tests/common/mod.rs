//! Shared helpers for the integration tests.

#![allow(dead_code)] // each test binary uses a different subset

use kehoach_tables::{find_tables, ColumnRole, Row, Table};
use unicode_normalization::UnicodeNormalization;

/// Split a document the way the caller does: NFC, no line terminators.
pub fn tables_of(text: &str) -> (Vec<String>, Vec<Table>) {
    let nfc: String = text.nfc().collect();
    let lines: Vec<String> = nfc
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let tables = find_tables(&refs);
    (lines, tables)
}

/// 1-based line number (as the gold files and the notes write them) → 0-based index.
pub fn l(one_based: usize) -> usize {
    one_based - 1
}

/// The row whose first line is the given 1-based line.
pub fn row_at(table: &Table, one_based: usize) -> &Row {
    table
        .rows
        .iter()
        .find(|r| r.first_line == l(one_based))
        .unwrap_or_else(|| panic!("no row starts on line {one_based}"))
}

pub fn cell<'a>(table: &Table, row: &'a Row, role: ColumnRole) -> &'a str {
    table
        .cell(row, role)
        .unwrap_or_else(|| panic!("table has no {role:?} column"))
}

pub fn codes(table: &Table) -> Vec<&'static str> {
    table.diagnostics.iter().map(|d| d.code).collect()
}

/// Every line owned by some table.
pub fn owned(tables: &[Table]) -> std::collections::BTreeSet<usize> {
    tables
        .iter()
        .flat_map(|t| t.lines.iter().copied())
        .collect()
}
