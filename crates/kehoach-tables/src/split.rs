//! Splitting one physical line into raw cells (pipe and tab layouts).
//!
//! Both splitters stop collecting after [`MAX_COLUMNS`] cells, so a line made of a
//! million separators costs one pass and a bounded vector.

use crate::MAX_COLUMNS;

/// Raw cells of a line, plus whether separators beyond [`MAX_COLUMNS`] were ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct RawCells<'a> {
    pub cells: Vec<&'a str>,
    pub overflow: bool,
}

/// Split on tabs. Positions are meaningful: "\tx" is an empty first cell then "x".
pub(crate) fn split_tabs(line: &str) -> RawCells<'_> {
    let mut it = line.split('\t');
    let cells: Vec<&str> = it.by_ref().take(MAX_COLUMNS).collect();
    let overflow = it.next().is_some();
    RawCells { cells, overflow }
}

/// Byte offsets of the unescaped '|' of a line (`\|` is a literal pipe, as in
/// GFM). A '|' is escaped exactly when a backslash comes right before it: that
/// backslash cannot itself be escaped, since only a '|' is.
fn separators(line: &str) -> impl Iterator<Item = usize> + '_ {
    let mut prev = 0u8;
    line.bytes().enumerate().filter_map(move |(p, b)| {
        let separator = b == b'|' && prev != b'\\';
        prev = b;
        separator.then_some(p)
    })
}

/// True when the line has at least one unescaped '|'.
pub(crate) fn has_pipe(line: &str) -> bool {
    separators(line).next().is_some()
}

/// True when the line has more separators than any row [`split_pipes`] can
/// return without overflow: such a line is refused as a header without being
/// split (a page of rules, a row pasted with thousands of empty columns).
pub(crate) fn too_many_pipes(line: &str) -> bool {
    separators(line).nth(MAX_COLUMNS + 2).is_some()
}

/// True when the line, trimmed, starts with '|' (a GFM border).
pub(crate) fn starts_with_pipe(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// Split a pipe line into cells.
///
/// A trailing '|' closes the last cell and never makes an empty one. A leading '|' is a
/// border only in a `bordered` table (one whose header line starts with '|', as GFM
/// writes them); in an unbordered table ("TT | Nội dung | … |") a leading '|' means the
/// first cell is empty, which is how a broken row's continuation ("| Tháng 6/2023 |")
/// is recognised.
pub(crate) fn split_pipes(line: &str, bordered: bool) -> RawCells<'_> {
    // Two extra separators for the borders, one more to notice overflow.
    let limit = MAX_COLUMNS + 2;
    let mut cells = Vec::new();
    let mut overflow = false;
    let mut start = 0;
    for p in separators(line) {
        if cells.len() == limit {
            overflow = true;
            break;
        }
        cells.push(line.get(start..p).unwrap_or(""));
        start = p + 1;
    }
    if !overflow {
        cells.push(line.get(start..).unwrap_or(""));
    }
    let trailing =
        !overflow && cells.len() > 1 && cells.last().is_some_and(|c| c.trim().is_empty());
    if trailing {
        cells.pop();
    }
    let leading = cells.len() > 1 && cells.first().is_some_and(|c| c.trim().is_empty());
    if bordered && leading {
        cells.remove(0);
    }
    let overflow = overflow || cells.len() > MAX_COLUMNS;
    cells.truncate(MAX_COLUMNS);
    RawCells { cells, overflow }
}

/// True for a GFM delimiter row's cells: every cell is `---`, `:---`, `---:` or `:---:`.
pub(crate) fn is_delimiter(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim();
            let core = c.strip_prefix(':').unwrap_or(c);
            let core = core.strip_suffix(':').unwrap_or(core);
            !core.is_empty() && core.bytes().all(|b| b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbordered_rows() {
        assert_eq!(
            split_pipes("TT | A | B |", false).cells,
            vec!["TT ", " A ", " B "]
        );
        assert_eq!(
            split_pipes("| Tháng 6/2023 |", false).cells,
            vec!["", " Tháng 6/2023 "]
        );
        assert_eq!(
            split_pipes("II. X | ||||", false).cells,
            vec!["II. X ", " ", "", "", ""]
        );
    }

    #[test]
    fn bordered_rows_and_escapes() {
        assert_eq!(
            split_pipes("| 1 | a \\| b | c |", true).cells,
            vec![" 1 ", " a \\| b ", " c "]
        );
        assert_eq!(split_pipes("| | x | |", true).cells, vec![" ", " x ", " "]);
        assert!(!has_pipe("a \\| b"));
        assert!(has_pipe("a \\\\ | b"));
        assert_eq!(
            split_pipes("\\|a\\\\|b||", false).cells,
            vec!["\\|a\\\\|b", ""]
        );
    }

    #[test]
    fn bounded() {
        let line = "|".repeat(100_000);
        let r = split_pipes(&line, false);
        assert!(r.overflow);
        assert!(r.cells.len() <= MAX_COLUMNS);
        assert!(too_many_pipes(&line));
        // Past the limit the row overflows whatever its borders.
        let at_limit = "|".repeat(MAX_COLUMNS + 2);
        assert!(!too_many_pipes(&at_limit));
        let past = format!("{at_limit}|");
        assert!(too_many_pipes(&past));
        assert!(split_pipes(&past, true).overflow && split_pipes(&past, false).overflow);
        let line = "\t".repeat(100_000);
        let r = split_tabs(&line);
        assert!(r.overflow);
        assert_eq!(r.cells.len(), MAX_COLUMNS);
    }
}
