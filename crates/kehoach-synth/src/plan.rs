//! Building one synthetic plan from the pooled pieces, and the perturbations
//! that keep two synthetic plans from being the same text twice.

use crate::rng::Rng;
use crate::source::{is_table_line, markup_prefix, part_number, Numbering, Pieces, Unit};

/// Provincial agencies as plans print them. Swapped among themselves inside one
/// synthetic plan, so the same wording gets other leads and supporters.
const AGENCIES: &[&str] = &[
    "Sở Tài chính",
    "Sở Kế hoạch và Đầu tư",
    "Sở Nội vụ",
    "Sở Tư pháp",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Thông tin và Truyền thông",
    "Sở Tài nguyên và Môi trường",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Công Thương",
    "Sở Xây dựng",
    "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Công an tỉnh",
    "Văn phòng UBND tỉnh",
    "Bảo hiểm xã hội tỉnh",
    "Cục Thuế tỉnh",
    "Cục Thống kê tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
];

/// Titles for the articles that group parts in very long plans.
const ARTICLE_TITLES: &[&str] = &[
    "Mục tiêu, yêu cầu",
    "Nhiệm vụ và giải pháp",
    "Phân công nhiệm vụ",
    "Tổ chức thực hiện",
    "Kinh phí thực hiện",
    "Chế độ thông tin, báo cáo",
];

/// Above this size a plan groups its parts into articles ("Điều 3."), as long
/// legal texts do, so part numbers stay short Roman numerals.
const ARTICLE_THRESHOLD: usize = 256 * 1024;
const PARTS_PER_ARTICLE: usize = 12;

pub(crate) fn roman(mut n: usize) -> String {
    const DIGITS: &[(usize, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for &(v, d) in DIGITS {
        while n >= v {
            s.push_str(d);
            n -= v;
        }
    }
    s
}

/// The per-plan choices every line is perturbed with.
struct Perturb {
    rng: Rng,
    year_shift: i64,
    /// `AGENCIES[i]` is printed as `AGENCIES[agency_map[i]]`.
    agency_map: Vec<usize>,
    page: usize,
}

impl Perturb {
    fn new(mut rng: Rng) -> Perturb {
        let year_shift = rng.range(-3, 3);
        let mut agency_map: Vec<usize> = (0..AGENCIES.len()).collect();
        rng.shuffle(&mut agency_map);
        Perturb {
            rng,
            year_shift,
            agency_map,
            page: 2,
        }
    }

    /// Agencies swapped, years shifted, months and quarters of deadlines redrawn,
    /// document numbers after "Số:" redrawn.
    fn line(&mut self, line: &str) -> String {
        let swapped = self.agencies(line);
        let dated = self.dates(&swapped);
        self.number(dated)
    }

    fn agencies(&self, line: &str) -> String {
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for (i, name) in AGENCIES.iter().enumerate() {
            hits.extend(line.match_indices(name).map(|(at, _)| (at, i)));
        }
        if hits.is_empty() {
            return line.to_string();
        }
        // Longest name first where two start at the same byte.
        hits.sort_by_key(|&(at, i)| (at, usize::MAX - AGENCIES[i].len()));
        let mut out = String::with_capacity(line.len() + 16);
        let mut copied = 0;
        for (at, i) in hits {
            if at < copied {
                continue;
            }
            out.push_str(&line[copied..at]);
            out.push_str(AGENCIES[self.agency_map[i]]);
            copied = at + AGENCIES[i].len();
        }
        out.push_str(&line[copied..]);
        out
    }

    fn dates(&mut self, line: &str) -> String {
        let b = line.as_bytes();
        let mut out = String::with_capacity(line.len());
        let mut copied = 0;
        let mut i = 0;
        while i < b.len() {
            let starts_number = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit());
            if !starts_number {
                // Quarters: "Quý II/2023".
                if b[i..].starts_with("Quý ".as_bytes()) {
                    let at = i + "Quý ".len();
                    let n = b[at..]
                        .iter()
                        .take_while(|c| matches!(c, b'I' | b'V'))
                        .count();
                    if n > 0 && b.get(at + n) == Some(&b'/') {
                        out.push_str(&line[copied..at]);
                        out.push_str(&roman(self.rng.range(1, 4) as usize));
                        copied = at + n;
                        i = at + n;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let digits = &line[i..end];
            let replacement =
                if digits.len() <= 2 && b.get(end) == Some(&b'/') && line[..i].ends_with("háng ") {
                    // "Tháng 3/2023": another month of the year.
                    Some(self.rng.range(1, 12).to_string())
                } else if digits.len() == 4 && digits.starts_with("20") {
                    digits
                        .parse::<i64>()
                        .ok()
                        .map(|y| (y + self.year_shift).clamp(2000, 2099).to_string())
                } else {
                    None
                };
            if let Some(r) = replacement {
                out.push_str(&line[copied..i]);
                out.push_str(&r);
                copied = end;
            }
            i = end;
        }
        out.push_str(&line[copied..]);
        out
    }

    fn number(&mut self, line: String) -> String {
        let Some(at) = line.find("Số:") else {
            return line;
        };
        let rest = &line[at..];
        let Some(d) = rest.find(|c: char| c.is_ascii_digit()) else {
            return line;
        };
        let start = at + d;
        let end = start
            + line[start..]
                .bytes()
                .take_while(|c| c.is_ascii_digit())
                .count();
        let n = self.rng.range(1, 999);
        format!("{}{n}{}", &line[..start], &line[end..])
    }
}

/// A table as cells, printed back with pipes or tabs.
fn cells(line: &str) -> Vec<String> {
    if line.contains('\t') {
        return line.split('\t').map(|c| c.trim().to_string()).collect();
    }
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|').map(|c| c.trim().to_string()).collect()
}

fn render(cells: &[String], pipes: bool) -> String {
    if pipes {
        let mut s = cells.join(" | ");
        s.push_str(" |");
        s
    } else {
        cells.join("\t")
    }
}

/// Split a long cell near its middle at a space, as a row broken over a page
/// break is printed: the first half before the break, the rest after it.
fn split_cell(cell: &str) -> Option<(String, String)> {
    if cell.chars().count() < 30 {
        return None;
    }
    let mut mid = cell.len() / 2;
    while !cell.is_char_boundary(mid) {
        mid -= 1;
    }
    let at = cell[..mid]
        .rfind(' ')
        .or_else(|| cell[mid..].find(' ').map(|i| mid + i))?;
    Some((cell[..at].to_string(), cell[at + 1..].to_string()))
}

/// A plan being written, stopping at line boundaries once `limit` is reached.
struct Out {
    text: String,
}

impl Out {
    fn push(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }
}

pub(crate) struct Builder<'a> {
    pieces: &'a Pieces,
    p: Perturb,
    out: Out,
}

impl<'a> Builder<'a> {
    pub(crate) fn new(pieces: &'a Pieces, seed: u64, size: usize) -> Builder<'a> {
        Builder {
            pieces,
            p: Perturb::new(Rng::new(seed)),
            out: Out {
                text: String::with_capacity(size + 4096),
            },
        }
    }

    /// Head, numbered parts (grouped into articles when long), a closing, appendices.
    pub(crate) fn build(mut self, size: usize) -> String {
        let pieces = self.pieces;
        if let Some(head) = self.p.rng.pick(&pieces.heads) {
            // At most a third of the plan, but always its first line.
            let budget = (size / 3).max(1);
            for (i, l) in head.iter().enumerate() {
                if i > 0 && self.out.text.len() + l.len() >= budget {
                    break;
                }
                let l = self.p.line(l);
                self.out.push(&l);
            }
        }
        let appendix_share = if pieces.appendices.is_empty() || size < 4096 {
            0
        } else {
            size / 3
        };
        let body_limit = size - appendix_share;
        let articles = size > ARTICLE_THRESHOLD;
        let mut n = 0usize;
        while self.out.text.len() < body_limit && !pieces.parts.is_empty() {
            let number = if articles {
                if n.is_multiple_of(PARTS_PER_ARTICLE) {
                    let title = self.p.rng.pick(ARTICLE_TITLES).copied().unwrap_or("");
                    let line = format!("Điều {}. {title}", n / PARTS_PER_ARTICLE + 1);
                    self.out.push(&line);
                }
                n % PARTS_PER_ARTICLE + 1
            } else {
                n + 1
            };
            let unit = &pieces.parts[self.p.rng.below(pieces.parts.len())];
            self.unit(unit, Some(&roman(number)), body_limit);
            n += 1;
        }
        if size >= 8192 {
            if let Some(closing) = self.p.rng.pick(&pieces.closings) {
                self.unit(closing, None, usize::MAX);
            }
        }
        let mut m = 0usize;
        while self.out.text.len() < size && !pieces.appendices.is_empty() {
            let unit = &pieces.appendices[self.p.rng.below(pieces.appendices.len())];
            m += 1;
            let label = if m < 40 { roman(m) } else { m.to_string() };
            self.appendix(unit, &label, size);
        }
        self.out.text
    }

    /// A part, its heading renumbered `number`, cut at `limit`.
    fn unit(&mut self, unit: &Unit, number: Option<&str>, limit: usize) {
        let mut lines = unit.lines.iter().peekable();
        if let (Some(number), Some(first)) = (number, lines.peek()) {
            let first = renumber(first, number);
            lines.next();
            let l = self.p.line(&first);
            self.out.push(&l);
        }
        self.body(lines.map(String::as_str), limit);
    }

    fn appendix(&mut self, unit: &Unit, label: &str, limit: usize) {
        let mut lines = unit.lines.iter().map(String::as_str).peekable();
        match lines.peek() {
            Some(first) if first.contains("PHỤ LỤC") => {
                let at = first.find("PHỤ LỤC").unwrap_or(0) + "PHỤ LỤC".len();
                let rest = first[at..].trim_start_matches(' ');
                let rest = rest.trim_start_matches(|c: char| "IVXLC0123456789".contains(c));
                self.out.push(&format!("{} {label}{rest}", &first[..at]));
                lines.next();
            }
            _ => self.out.push(&format!("PHỤ LỤC {label}")),
        }
        self.body(lines, limit);
    }

    /// Lines as they come, tables perturbed as a whole.
    fn body<'l>(&mut self, lines: impl Iterator<Item = &'l str>, limit: usize) {
        let mut table: Vec<&str> = Vec::new();
        for l in lines {
            if self.out.text.len() >= limit {
                return;
            }
            if is_table_line(l) {
                table.push(l);
                continue;
            }
            if !table.is_empty() {
                self.table(&std::mem::take(&mut table), limit);
            }
            let l = self.p.line(l);
            self.out.push(&l);
        }
        if !table.is_empty() {
            self.table(&table, limit);
        }
    }

    /// A table, perhaps switched between pipes and tabs, with some rows broken
    /// over page breaks (page number, repeated header, rest of the row).
    fn table(&mut self, rows: &[&str], limit: usize) {
        let pipes_in = !rows.iter().any(|r| r.contains('\t'));
        let switch = self.p.rng.chance(0.3);
        let pipes = pipes_in != switch;
        let header = rows.first().map(|r| cells(r)).filter(|c| {
            rows.len() > 2
                // A header names its first column; a row continued from the
                // previous page has that cell empty, a task row has a number.
                && c.first().and_then(|f| f.chars().next()).is_some_and(|ch| !ch.is_ascii_digit())
        });
        for (i, row) in rows.iter().enumerate() {
            if self.out.text.len() >= limit {
                return;
            }
            let row = self.p.line(row);
            let breaks_here = i > 0 && i + 1 < rows.len() && self.p.rng.chance(1.0 / 12.0);
            if !breaks_here {
                if switch {
                    self.out.push(&render(&cells(&row), pipes));
                } else {
                    self.out.push(&row);
                }
                continue;
            }
            let c = cells(&row);
            let mut before = Vec::with_capacity(c.len());
            let mut after = Vec::with_capacity(c.len());
            let mut split = false;
            for (k, cell) in c.iter().enumerate() {
                match split_cell(cell).filter(|_| k > 0) {
                    Some((a, b)) => {
                        before.push(a);
                        after.push(b);
                        split = true;
                    }
                    None => {
                        before.push(cell.clone());
                        after.push(String::new());
                    }
                }
            }
            if split {
                self.out.push(&render(&before, pipes));
            } else if switch {
                self.out.push(&render(&c, pipes));
            } else {
                self.out.push(&row);
            }
            self.out.push("");
            self.out.push(&format!("- {} -", self.p.page));
            self.out.push("");
            self.p.page += 1;
            if let Some(h) = &header {
                self.out.push(&render(h, pipes));
            }
            if split {
                self.out.push(&render(&after, pipes));
            }
        }
    }
}

/// The heading line with its part number replaced, markup kept.
fn renumber(line: &str, number: &str) -> String {
    let m = markup_prefix(line);
    let inner = &line[m..];
    for style in [Numbering::Roman, Numbering::Arabic] {
        if let Some(n) = part_number(inner, style) {
            let mut sep_and_rest = &inner[n..];
            if style == Numbering::Arabic {
                // "3) Nguồn lực" and "3: …" read as "III. Nguồn lực".
                sep_and_rest = sep_and_rest
                    .trim_start_matches([')', ':', '.'])
                    .trim_start_matches(' ');
                return format!("{}{number}. {sep_and_rest}", &line[..m]);
            }
            return format!("{}{number}{sep_and_rest}", &line[..m]);
        }
    }
    line.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        assert_eq!(roman(1), "I");
        assert_eq!(roman(4), "IV");
        assert_eq!(roman(12), "XII");
        assert_eq!(roman(39), "XXXIX");
    }

    #[test]
    fn renumbers_through_markup() {
        assert_eq!(renumber("### II. NHIỆM VỤ", "V"), "### V. NHIỆM VỤ");
        assert_eq!(renumber("**I. MỤC ĐÍCH**", "III"), "**III. MỤC ĐÍCH**");
        assert_eq!(renumber("3. Phục vụ", "IV"), "IV. Phục vụ");
        assert_eq!(renumber("không số", "IV"), "không số");
    }

    #[test]
    fn perturbs_dates_agencies_and_numbers() {
        let mut p = Perturb::new(Rng::new(3));
        p.year_shift = 1;
        let d = p.dates("Hoàn thành Tháng 3/2023, Quý II/2024; Nghị định 137/2015/NĐ-CP");
        assert!(d.contains("/2024,"), "{d}");
        assert!(d.contains("/2025;"), "{d}");
        assert!(d.contains("137/2016/NĐ-CP"), "{d}");
        p.agency_map = (0..AGENCIES.len()).rev().collect();
        let a = p.agencies("Sở Tài chính chủ trì, Công an tỉnh phối hợp");
        assert!(a.starts_with(AGENCIES[AGENCIES.len() - 1]), "{a}");
        let n = p.number("Số: 183/KH-UBND".to_string());
        assert!(n.starts_with("Số: ") && n.ends_with("/KH-UBND"), "{n}");
    }

    #[test]
    fn table_cells_round_trip() {
        let c = cells("1 | Nhiệm vụ | Sở Tài chính |");
        assert_eq!(c, ["1", "Nhiệm vụ", "Sở Tài chính"]);
        assert_eq!(render(&c, false), "1\tNhiệm vụ\tSở Tài chính");
        assert_eq!(render(&c, true), "1 | Nhiệm vụ | Sở Tài chính |");
        let (a, b) =
            split_cell("Triển khai thi hành Thông tư quy định về danh mục").unwrap_or_default();
        assert!(!a.is_empty() && !b.is_empty());
    }
}
