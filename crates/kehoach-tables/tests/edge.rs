//! Edge cases and hostile input: never panic, stay linear, keep limits.

mod common;

use std::time::{Duration, Instant};

use common::tables_of;
use kehoach_tables::{find_tables, MAX_CELL_BYTES, MAX_COLUMNS};

/// Generous: these inputs take well under a second in a debug build when the code is
/// linear; a quadratic path would take minutes.
const SLOW: Duration = Duration::from_secs(30);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < SLOW, "{what} took {took:?}");
    out
}

const HEADER: &str = "TT | Nội dung | Cơ quan chủ trì | Thời gian |";

#[test]
fn empty_input() {
    assert!(find_tables(&[]).is_empty());
    assert!(find_tables(&[""]).is_empty());
    assert!(find_tables(&["", "", ""]).is_empty());
}

#[test]
fn lone_separators() {
    for lines in [
        &["|"][..],
        &["||"],
        &["\t"],
        &["|", "|"],
        &["\\|"],
        &["<table>"],
        &["</table>"],
        &["<"],
        &["&"],
    ] {
        assert!(find_tables(lines).is_empty(), "{lines:?}");
    }
}

#[test]
fn header_without_rows_is_not_a_table() {
    assert!(find_tables(&[HEADER]).is_empty());
    assert!(find_tables(&[HEADER, HEADER, "", "Văn bản tiếp theo."]).is_empty());
}

#[test]
fn ragged_rows_get_one_cell_per_column() {
    let lines = [
        HEADER,
        "1 | Việc một |",
        "2 | Việc hai | Sở A | Quý I | thừa | thừa nữa |",
        "3 |",
        // A bare number between rows is a page number, not a row.
        "4",
        "4 | Việc bốn | Sở B | Quý II |",
    ];
    let t = &find_tables(&lines)[0];
    assert_eq!(t.rows.len(), 4);
    assert!(t.lines.contains(&4));
    assert!(t.rows.iter().all(|r| r.cells.len() == 4));
    assert_eq!(t.rows[1].cells[3], "Quý I thừa thừa nữa");
    assert_eq!(t.rows[2].cells, ["3", "", "", ""]);
    let cell_count = t
        .diagnostics
        .iter()
        .filter(|d| d.code == "table-cell-count")
        .count();
    assert_eq!(cell_count, 3);
}

#[test]
fn crlf_and_nfd_input() {
    let text = "TT\tNội dung\tChủ trì\r\n1\tViệc một\tSở A\r\n";
    let (_, tables) = tables_of(text);
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0].rows[0].cells, ["1", "Việc một", "Sở A"]);
    // Raw lines with '\r' straight into find_tables are tolerated too.
    let t = find_tables(&["TT\tNội dung\tChủ trì\r", "1\tViệc\tSở A\r"]);
    assert_eq!(t[0].rows[0].cells, ["1", "Việc", "Sở A"]);
}

#[test]
fn unbordered_header_over_bordered_rows() {
    let lines = [
        HEADER,
        "| 1 | Việc một | Sở A | Quý I |",
        "| 2 | Việc hai | Sở B |",
        "| Quý II |",
    ];
    let t = &find_tables(&lines)[0];
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[0].cells, ["1", "Việc một", "Sở A", "Quý I"]);
    assert_eq!(t.rows[1].cells, ["2", "Việc hai", "Sở B", "Quý II"]);
}

#[test]
fn vocabulary_is_public_and_markup_blind() {
    use kehoach_tables::{vocab::role_of, ColumnRole};
    assert_eq!(role_of("<b>Đơn vị chủ trì</b>"), ColumnRole::Lead);
    assert_eq!(role_of("**THỜI HẠN**"), ColumnRole::Deadline);
    assert_eq!(role_of("Ghi chú"), ColumnRole::Other);
}

#[test]
fn continuation_before_any_row_is_a_row() {
    let t = &find_tables(&[
        "TT\tNội dung\tChủ trì",
        "\tViệc không số\tSở A",
        "1\tViệc một\tSở B",
    ])[0];
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.rows[0].cells, ["", "Việc không số", "Sở A"]);
}

#[test]
fn signature_after_a_complete_pipe_row_ends_the_table() {
    let lines = [
        HEADER,
        "1 | Việc một | Sở A | Quý I |",
        "",
        "| TM. ỦY BAN NHÂN DÂN |",
        "| CHỦ TỊCH |",
    ];
    let tables = find_tables(&lines);
    let t = &tables[0];
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.rows[0].cells[1], "Việc một");
    assert_eq!(t.last_line, 1);
}

#[test]
fn ten_thousand_columns() {
    let wide_pipe = format!("1 | Việc{}", " | x".repeat(10_000));
    let wide_tab = format!("1\tViệc{}", "\tx".repeat(10_000));
    let header_wide = format!("TT | Nội dung | Chủ trì{}", " | Ghi chú".repeat(10_000));
    for (header, row) in [
        (HEADER, wide_pipe.as_str()),
        ("TT\tNội dung\tChủ trì", wide_tab.as_str()),
    ] {
        let t = &timed("wide row", || find_tables(&[header, row]))[0];
        assert!(t.rows[0].cells.len() <= MAX_COLUMNS);
        assert!(t.diagnostics.iter().any(|d| d.code == "table-limit"));
    }
    // A header that wide is not a header.
    assert!(timed("wide header", || find_tables(&[
        header_wide.as_str(),
        "1 | a | b |"
    ]))
    .is_empty());
}

#[test]
fn ten_megabytes_of_pipes() {
    let one_line = "|".repeat(10 << 20);
    assert!(timed("one line of pipes", || find_tables(&[one_line.as_str()])).is_empty());
    let with_header = timed("pipes under a header", || {
        find_tables(&[HEADER, "1 | a | b | c |", one_line.as_str()])
    });
    assert_eq!(with_header.len(), 1);
    // A million lines of "|" (and 300,000 of "x|") under a header.
    let many: Vec<&str> = std::iter::once(HEADER)
        .chain(std::iter::repeat_n("|", 1_000_000))
        .collect();
    assert!(timed("many lines of pipes", || find_tables(&many)).is_empty());
    let rows: Vec<&str> = std::iter::once(HEADER)
        .chain(std::iter::repeat_n("x|", 300_000))
        .collect();
    let t = timed("many one-cell rows", || find_tables(&rows));
    assert_eq!(t.len(), 1);
    // The cell budget stops storing rows but the lines stay owned.
    assert!(t[0].rows.len() < 300_000);
    assert_eq!(t[0].last_line, 300_000);
    assert!(t[0].diagnostics.iter().any(|d| d.code == "table-limit"));
}

#[test]
fn many_header_lines_stay_linear() {
    let lines: Vec<&str> = std::iter::repeat_n(HEADER, 200_000).collect();
    assert!(timed("repeated headers", || find_tables(&lines)).is_empty());
    let mut lines: Vec<&str> = std::iter::repeat_n(HEADER, 200_000).collect();
    lines.push("1 | Việc | Sở A | Quý I |");
    let t = timed("repeated headers then a row", || find_tables(&lines));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].rows.len(), 1);
}

#[test]
fn many_debris_gaps_stay_linear() {
    let mut lines = vec!["TT\tNội dung\tChủ trì"];
    for _ in 0..100_000 {
        lines.extend(["1\tViệc\tSở A", "", "noRan", "", "\ttiếp\t"]);
    }
    let t = timed("debris gaps", || find_tables(&lines));
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].last_line, lines.len() - 1);
}

#[test]
fn long_cells_are_cut_on_char_boundaries() {
    let long = format!("1\t{}\tSở A", "ầ".repeat(MAX_CELL_BYTES));
    let cont = format!("\t{}\t", "ọ".repeat(1000));
    let lines: Vec<&str> = ["TT\tNội dung\tChủ trì", long.as_str()]
        .into_iter()
        .chain(std::iter::repeat_n(cont.as_str(), 2_000))
        .collect();
    let t = &timed("long cells", || find_tables(&lines))[0];
    assert_eq!(t.rows.len(), 1);
    assert!(t.rows[0].cells[1].len() <= MAX_CELL_BYTES);
    assert!(t.rows[0].lines.len() == 2_001);
    assert!(t.diagnostics.iter().any(|d| d.code == "table-limit"));
}

#[test]
fn hostile_html() {
    let tds = format!("<table><tr>{}</tr></table>", "<td>".repeat(1 << 20));
    let lts = format!("<table>{}", "<".repeat(1 << 20));
    let tags = format!("<table>{}", "<b <b <td ".repeat(100_000));
    let span = "<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr><tr><td>1</td><td rowspan=\"999999999\" colspan=\"999999\">x</td></tr>".to_string();
    let mut rows = vec![
        "<table>",
        "<tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr>",
    ];
    rows.extend(std::iter::repeat_n(
        "<tr><td>1</td><td>x</td><td>y</td></tr>",
        300_000,
    ));
    for doc in [tds.as_str(), lts.as_str(), tags.as_str(), span.as_str()] {
        timed("hostile html", || find_tables(&[doc]));
    }
    let t = timed("many html rows", || find_tables(&rows));
    assert_eq!(t.len(), 1);
    assert!(t[0].diagnostics.iter().any(|d| d.code == "table-limit"));
    // Unclosed table runs to the end of the input without panicking.
    let t = find_tables(&[
        "<table>",
        "<tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th>",
        "<tr><td>1<td>Việc<td>Sở A",
    ]);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].rows[0].cells, ["1", "Việc", "Sở A"]);
}

/// A small deterministic generator (no extra dependency) over characters that matter
/// to the parser: separators, markup, escapes, multibyte letters.
#[test]
fn garbage_never_panics() {
    const ALPHABET: &[&str] = &[
        "|",
        "\t",
        "\\",
        "<",
        ">",
        "/",
        "*",
        "_",
        "&",
        ";",
        "#",
        "(",
        ")",
        ".",
        " ",
        "-",
        ":",
        "1",
        "I",
        "V",
        "X",
        "ầ",
        "Đ",
        "ư",
        "\u{300}",
        "\u{a0}",
        "<b>",
        "</b>",
        "<td>",
        "<tr>",
        "<th colspan=2>",
        "<table>",
        "</table>",
        "&amp;",
        "&#x1;",
        "TT",
        "Nội dung",
        "Chủ trì",
        "Thời gian",
        "II. ",
        "PHỤ LỤC ",
        "DANH MỤC 3 NHIỆM VỤ",
        "\u{10ffff}",
        "**",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..300 {
        let n_lines = (next() % 40) as usize;
        let mut doc: Vec<String> = Vec::new();
        for _ in 0..n_lines {
            let n_tokens = (next() % 30) as usize;
            let mut line = String::new();
            for _ in 0..n_tokens {
                line.push_str(ALPHABET[(next() % ALPHABET.len() as u64) as usize]);
            }
            doc.push(line);
        }
        let refs: Vec<&str> = doc.iter().map(String::as_str).collect();
        for t in find_tables(&refs) {
            let ok = t
                .rows
                .iter()
                .all(|r| r.lines.iter().all(|&k| t.lines.contains(&k)));
            if !ok {
                eprintln!("{refs:#?}\n{t:#?}");
            }
            assert!(
                t.first_line <= t.header_line && t.header_line <= t.last_line,
                "{refs:?}"
            );
            assert!(t.last_line < refs.len());
            assert_eq!(t.columns.len(), t.roles.len());
            for r in &t.rows {
                assert_eq!(r.cells.len(), t.columns.len());
                assert!(r.section.is_none_or(|s| s < t.sections.len()));
                assert!(r.lines.iter().all(|&k| t.lines.contains(&k)));
            }
        }
    }
}
