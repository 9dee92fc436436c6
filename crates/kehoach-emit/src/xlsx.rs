//! One Excel workbook for a run: sheets `Tasks`, `Agencies`, `Tables`,
//! `Diagnostics` and `Documents`, with Vietnamese column headers.
//!
//! Every sheet has its header row frozen, an autofilter over its data and set
//! column widths; long text wraps. Deadline bounds and issue dates are real
//! Excel dates (shown dd/mm/yyyy), line numbers and counts are numbers, and
//! every other value is stored as text, so nothing a plan says is ever
//! evaluated as a formula.
//!
//! The same graphs always give the same bytes: the document creation time is
//! fixed at 1980-01-01T00:00:00Z (the earliest time a zip entry can carry,
//! which is also what the zip entries themselves record) instead of the clock.
//!
//! Excel caps a cell at 32,767 characters (UTF-16 units); a longer value is
//! cut there and ends with "…". A sheet holds at most 1,048,575 data rows;
//! more is an [`Error::TooManyRows`].

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

use kehoach_model::Graph;

use crate::rows::{self, TaskRow};
use crate::Error;

/// Rows a worksheet can hold, header included.
const MAX_ROWS: u32 = 1_048_576;
/// Characters (UTF-16 units) a cell can hold.
const MAX_CELL_UNITS: usize = 32_767;

/// Sheet names, in workbook order.
pub const SHEETS: [&str; 5] = ["Tasks", "Agencies", "Tables", "Diagnostics", "Documents"];

/// Column headers of the `Tasks` sheet.
pub const TASK_HEADERS: [&str; 16] = [
    "Văn bản",
    "Tệp nguồn",
    "Mã nhiệm vụ",
    "Nguồn gốc",
    "Đường dẫn",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Chủ trì (ngầm định)",
    "Thời hạn (nguyên văn)",
    "Loại thời hạn",
    "Từ ngày",
    "Đến ngày",
    "Các mốc",
    "Sản phẩm",
    "Dòng",
];
const TASK_WIDTHS: [f64; 16] = [
    24.0, 30.0, 14.0, 14.0, 12.0, 80.0, 36.0, 36.0, 20.0, 30.0, 13.0, 11.0, 11.0, 24.0, 30.0, 7.0,
];

const AGENCY_HEADERS: [&str; 8] = [
    "Văn bản",
    "Tệp nguồn",
    "Mã cơ quan",
    "Tên cơ quan",
    "Cấp",
    "Cách gọi trong văn bản",
    "Số nhiệm vụ chủ trì",
    "Số nhiệm vụ phối hợp",
];
const AGENCY_WIDTHS: [f64; 8] = [24.0, 30.0, 30.0, 40.0, 10.0, 50.0, 12.0, 12.0];

const TABLE_HEADERS: [&str; 9] = [
    "Văn bản",
    "Tệp nguồn",
    "Mã bảng",
    "Tiêu đề",
    "Các cột",
    "Số dòng dữ liệu",
    "Số dòng nhóm",
    "Từ dòng",
    "Đến dòng",
];
const TABLE_WIDTHS: [f64; 9] = [24.0, 30.0, 14.0, 60.0, 50.0, 12.0, 12.0, 9.0, 9.0];

const DIAGNOSTIC_HEADERS: [&str; 6] = ["Văn bản", "Tệp nguồn", "Mức độ", "Mã", "Nội dung", "Dòng"];
const DIAGNOSTIC_WIDTHS: [f64; 6] = [24.0, 30.0, 10.0, 22.0, 80.0, 7.0];

const DOCUMENT_HEADERS: [&str; 12] = [
    "Văn bản",
    "Tệp nguồn",
    "Số hiệu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Địa danh",
    "Ngày ban hành",
    "Người ký",
    "Trích yếu",
    "Số nhiệm vụ",
    "Số cảnh báo",
    "SHA-256",
];
const DOCUMENT_WIDTHS: [f64; 12] = [
    24.0, 30.0, 16.0, 14.0, 28.0, 14.0, 12.0, 20.0, 80.0, 10.0, 10.0, 66.0,
];

/// One cell before it is written.
enum Cell<'g> {
    Text(&'g str),
    Owned(String),
    /// An ISO date; written as an Excel date, or as text if it is not one.
    Date(&'g str),
    Number(f64),
    Empty,
}

impl<'g> Cell<'g> {
    fn opt(value: &'g Option<String>) -> Self {
        value.as_deref().map_or(Cell::Empty, Cell::Text)
    }

    fn date(value: &'g Option<String>) -> Self {
        value.as_deref().map_or(Cell::Empty, Cell::Date)
    }

    fn count(n: usize) -> Self {
        // Counts of tasks and rows stay far below 2^53, where f64 is exact.
        Cell::Number(n as f64)
    }
}

/// How a column's data cells look.
#[derive(Clone, Copy)]
enum Look {
    Plain,
    Wrapped,
}

struct Formats {
    header: Format,
    plain: Format,
    wrapped: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        let top = Format::new().set_align(FormatAlign::Top);
        Formats {
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color("#DDEBF7")
                .set_border_bottom(FormatBorder::Thin),
            wrapped: top.clone().set_text_wrap(),
            date: top.clone().set_num_format("dd/mm/yyyy"),
            plain: top,
        }
    }
}

/// The workbook of a run's graphs, in the order given.
pub fn workbook(graphs: &[Graph]) -> Result<Vec<u8>, Error> {
    let formats = Formats::new();
    let mut book = Workbook::new();
    // A fixed creation time keeps the bytes reproducible (see the module notes).
    let created = ExcelDateTime::from_ymd(1980, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title("kehoach")
            .set_creation_datetime(&created),
    );

    let task_rows: Vec<TaskRow<'_>> = graphs.iter().flat_map(TaskRow::all).collect();
    let tasks = task_rows.iter().map(|row| {
        let task = row.task;
        let document = &row.graph.document;
        let deadline = &task.deadline;
        vec![
            Cell::Text(&document.id),
            Cell::Text(&document.source.path),
            Cell::Text(&task.id),
            Cell::Text(rows::origin_name(task.origin)),
            Cell::Owned(row.path()),
            Cell::Text(&task.text),
            Cell::Owned(row.lead_names()),
            Cell::Owned(row.support_names()),
            Cell::opt(&task.implicit_lead),
            Cell::opt(&deadline.raw),
            Cell::Text(rows::deadline_kind_name(deadline.kind)),
            Cell::date(&deadline.start),
            Cell::date(&deadline.end),
            Cell::Owned(row.deadline_dates()),
            Cell::opt(&task.output),
            Cell::Number(f64::from(task.span.start_line)),
        ]
    });
    use Look::{Plain as P, Wrapped as W};
    let task_looks = [P, P, P, P, P, W, W, W, P, W, P, P, P, P, W, P];
    add_sheet(
        &mut book,
        &formats,
        SHEETS[0],
        &TASK_HEADERS,
        &TASK_WIDTHS,
        &task_looks,
        task_rows.len(),
        tasks,
    )?;

    let agency_count = graphs.iter().map(|g| g.agencies.len()).sum();
    let agencies = graphs.iter().flat_map(|graph| {
        let workload = rows::workload(graph);
        graph.agencies.iter().map(move |agency| {
            let (lead, support) = workload.get(agency.id.as_str()).copied().unwrap_or((0, 0));
            vec![
                Cell::Text(&graph.document.id),
                Cell::Text(&graph.document.source.path),
                Cell::Text(&agency.id),
                Cell::Text(&agency.name),
                agency
                    .level
                    .map_or(Cell::Empty, |l| Cell::Text(rows::level_name(l))),
                Cell::Owned(rows::join(agency.mentions.iter().map(String::as_str))),
                Cell::count(lead),
                Cell::count(support),
            ]
        })
    });
    add_sheet(
        &mut book,
        &formats,
        SHEETS[1],
        &AGENCY_HEADERS,
        &AGENCY_WIDTHS,
        &[P, P, P, W, P, W, P, P],
        agency_count,
        agencies,
    )?;

    let table_count = graphs.iter().map(|g| g.tables.len()).sum();
    let tables = graphs.iter().flat_map(|graph| {
        graph.tables.iter().map(move |table| {
            vec![
                Cell::Text(&graph.document.id),
                Cell::Text(&graph.document.source.path),
                Cell::Text(&table.id),
                Cell::opt(&table.title),
                Cell::Owned(rows::join(table.columns.iter().map(String::as_str))),
                Cell::Number(f64::from(table.rows)),
                Cell::Number(f64::from(table.section_rows)),
                Cell::Number(f64::from(table.span.start_line)),
                Cell::Number(f64::from(table.span.end_line)),
            ]
        })
    });
    add_sheet(
        &mut book,
        &formats,
        SHEETS[2],
        &TABLE_HEADERS,
        &TABLE_WIDTHS,
        &[P, P, P, W, W, P, P, P, P],
        table_count,
        tables,
    )?;

    let diagnostic_count = graphs.iter().map(|g| g.diagnostics.len()).sum();
    let diagnostics = graphs.iter().flat_map(|graph| {
        graph.diagnostics.iter().map(move |d| {
            vec![
                Cell::Text(&graph.document.id),
                Cell::Text(&graph.document.source.path),
                Cell::Text(rows::severity_name(d.severity)),
                Cell::Text(&d.code),
                Cell::Text(&d.message),
                d.span
                    .map_or(Cell::Empty, |s| Cell::Number(f64::from(s.start_line))),
            ]
        })
    });
    add_sheet(
        &mut book,
        &formats,
        SHEETS[3],
        &DIAGNOSTIC_HEADERS,
        &DIAGNOSTIC_WIDTHS,
        &[P, P, P, P, W, P],
        diagnostic_count,
        diagnostics,
    )?;

    let documents = graphs.iter().map(|graph| {
        let d = &graph.document;
        let warnings = graph
            .diagnostics
            .iter()
            .filter(|x| x.severity >= kehoach_model::Severity::Warning)
            .count();
        vec![
            Cell::Text(&d.id),
            Cell::Text(&d.source.path),
            Cell::opt(&d.number),
            Cell::opt(&d.doc_type),
            Cell::opt(&d.issuer),
            Cell::opt(&d.place),
            Cell::date(&d.issued_on),
            Cell::opt(&d.signer),
            Cell::opt(&d.title),
            Cell::count(graph.tasks.len()),
            Cell::count(warnings),
            Cell::Text(&d.source.sha256),
        ]
    });
    add_sheet(
        &mut book,
        &formats,
        SHEETS[4],
        &DOCUMENT_HEADERS,
        &DOCUMENT_WIDTHS,
        &[P, P, P, P, W, P, P, P, W, P, P, P],
        graphs.len(),
        documents,
    )?;

    Ok(book.save_to_buffer()?)
}

#[allow(clippy::too_many_arguments)]
fn add_sheet<'g>(
    book: &mut Workbook,
    formats: &Formats,
    name: &'static str,
    headers: &[&str],
    widths: &[f64],
    looks: &[Look],
    row_count: usize,
    rows: impl Iterator<Item = Vec<Cell<'g>>>,
) -> Result<(), Error> {
    // Checked up front so that an oversized run fails with a clear message
    // rather than a generic range error half-way through a sheet.
    let last_row = u32::try_from(row_count)
        .ok()
        .filter(|n| *n < MAX_ROWS)
        .ok_or(Error::TooManyRows {
            sheet: name,
            rows: row_count,
            limit: MAX_ROWS - 1,
        })?;
    let sheet: &mut Worksheet = book.add_worksheet();
    sheet.set_name(name)?;
    let mut last_col = 0;
    for (col, header) in (0u16..).zip(headers) {
        sheet.write_string_with_format(0, col, *header, &formats.header)?;
        if let Some(width) = widths.get(usize::from(col)) {
            sheet.set_column_width(col, *width)?;
        }
        last_col = col;
    }
    for (row, cells) in (1u32..).zip(rows) {
        for (col, cell) in (0u16..).zip(cells) {
            let look = match looks.get(usize::from(col)) {
                Some(Look::Wrapped) => &formats.wrapped,
                _ => &formats.plain,
            };
            match cell {
                Cell::Text(text) => {
                    sheet.write_string_with_format(row, col, fit(text), look)?;
                }
                Cell::Owned(text) => {
                    sheet.write_string_with_format(row, col, fit(&text), look)?;
                }
                Cell::Date(iso) => match excel_date(iso) {
                    Some(date) => {
                        sheet.write_datetime_with_format(row, col, &date, &formats.date)?;
                    }
                    None => {
                        sheet.write_string_with_format(row, col, fit(iso), look)?;
                    }
                },
                Cell::Number(n) => {
                    sheet.write_number_with_format(row, col, n, look)?;
                }
                Cell::Empty => {}
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

/// `YYYY-MM-DD` as an Excel date; `None` for anything else, which is then
/// shown as the text it is.
fn excel_date(iso: &str) -> Option<ExcelDateTime> {
    let mut parts = iso.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    ExcelDateTime::from_ymd(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

/// `text` cut to what one cell holds, ending in "…" when cut.
fn fit(text: &str) -> String {
    if text.encode_utf16().count() <= MAX_CELL_UNITS {
        return text.to_string();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in text.chars() {
        // Keep one unit for the ellipsis.
        if units + c.len_utf16() > MAX_CELL_UNITS - 1 {
            break;
        }
        units += c.len_utf16();
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_iso_dates_become_excel_dates() {
        assert!(excel_date("2022-03-31").is_some());
        assert!(excel_date("2024-02-29").is_some());
        for bad in [
            "2022-02-30",
            "2022-3-1",
            "22-03-01",
            "2022-03-01-01",
            "",
            "quý I",
        ] {
            assert!(excel_date(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn overlong_cells_are_cut_on_a_character_boundary() {
        let short = "Công an tỉnh";
        assert_eq!(fit(short), short);
        // "𝕏" takes two UTF-16 units: the cut must not split it.
        let long = "𝕏".repeat(20_000);
        let cut = fit(&long);
        assert!(cut.encode_utf16().count() <= MAX_CELL_UNITS);
        assert!(cut.ends_with('…'));
        assert!(cut.trim_end_matches('…').chars().all(|c| c == '𝕏'));
    }
}
