//! Hostile inputs of a chosen size, for resource-safety tests and benchmarks.
//!
//! Each builder returns UTF-8 bytes whose size (or count of the repeated
//! construct) grows linearly with its argument, so a caller can convert the
//! input at size n and 2n and compare the work done. They are shaped after the
//! ways real converters go wrong: a file with no line breaks at all, a list of a
//! million bullets, a table pasted with thousands of empty columns, markers
//! nested beyond any plan, a page of nothing but table rules.
//!
//! Full sizes named in the robustness issue: `long_line(100 << 20)`,
//! `bullets(1_000_000)`, `wide_table(10_000)`, `nested_markers(50_000)`,
//! `pipes(10 << 20)`.

/// A plan heading, then one line of about `bytes` bytes of Vietnamese words
/// with item markers, field labels and deadlines inside it but never a line
/// break: every line-oriented stage sees a single enormous line.
pub fn long_line(bytes: usize) -> Vec<u8> {
    const WORDS: &str = "a) Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh; \
                         Thời gian hoàn thành: trong quý II năm 2024. 1. Triển khai | ";
    let mut out = String::with_capacity(bytes + 64);
    out.push_str("KẾ HOẠCH\nII. NHIỆM VỤ\n");
    while out.len() < bytes {
        out.push_str(WORDS);
    }
    out.push('\n');
    out.into_bytes()
}

/// A task part with `count` bullet items, each with an agency and a deadline.
pub fn bullets(count: usize) -> Vec<u8> {
    let mut out = String::with_capacity(count * 80 + 64);
    out.push_str("KẾ HOẠCH\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Chuyển đổi số\n");
    for i in 0..count {
        out.push_str("- Nhiệm vụ số ");
        out.push_str(&i.to_string());
        out.push_str(": Sở Tư pháp chủ trì, hoàn thành trong tháng 3 năm 2024.\n");
    }
    out.into_bytes()
}

/// A pipe table with `columns` columns: a header, a delimiter row and three
/// data rows, most cells empty, as when a converter splits every space run.
pub fn wide_table(columns: usize) -> Vec<u8> {
    let mut out = String::with_capacity(columns * 24 + 256);
    out.push_str("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n");
    let row = |out: &mut String, first: &str, rest: &str| {
        out.push('|');
        out.push_str(first);
        for c in 1..columns {
            out.push('|');
            if c.is_multiple_of(7) {
                out.push_str(rest);
            }
        }
        out.push_str("|\n");
    };
    row(&mut out, " TT ", " Nội dung ");
    row(&mut out, "---", "---");
    for r in 1..=3 {
        row(&mut out, &format!(" {r} "), " Sở Y tế, quý I/2024 ");
    }
    out.into_bytes()
}

/// `depth` list markers nested on one line ("- - - - … x"), which CommonMark
/// reads as lists inside lists, then the same depth of numbered and lettered
/// markers at the start of successive lines, each style one level deeper.
pub fn nested_markers(depth: usize) -> Vec<u8> {
    let mut out = String::with_capacity(depth * 12 + 64);
    out.push_str("KẾ HOẠCH\nII. NHIỆM VỤ\n");
    for _ in 0..depth {
        out.push_str("- ");
    }
    out.push_str("x\n");
    const STYLES: [&str; 6] = ["I.", "1.", "a)", "-", "+", "(1)"];
    for i in 0..depth {
        out.push_str(STYLES[i % STYLES.len()]);
        out.push_str(" Nhiệm vụ\n");
    }
    out.into_bytes()
}

/// `bytes` bytes of `|`, broken into lines of 100 (a page of table rules).
pub fn pipes(bytes: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes + bytes / 100 + 1);
    let mut left = bytes;
    while left > 0 {
        let n = 100.min(left);
        out.resize(out.len() + n, b'|');
        out.push(b'\n');
        left -= n;
    }
    out
}

/// Every builder, by name, at a size that scales with `n` (about `n` bytes,
/// or `n / 64` repeated constructs for the ones counted in items).
pub fn all(n: usize) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("long line", long_line(n)),
        ("bullets", bullets(n / 64)),
        ("wide table", wide_table(n / 16)),
        ("nested markers", nested_markers(n / 16)),
        ("pipes", pipes(n)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow_linearly_and_text_is_utf8() {
        for ((name, a), (_, b)) in all(10_000).into_iter().zip(all(20_000)) {
            assert!(std::str::from_utf8(&a).is_ok(), "{name}");
            let ratio = b.len() as f64 / a.len() as f64;
            assert!((1.8..2.2).contains(&ratio), "{name}: {ratio}");
        }
        assert_eq!(pipes(250).iter().filter(|&&b| b == b'|').count(), 250);
        let t = String::from_utf8(wide_table(50)).unwrap_or_default();
        assert_eq!(t.lines().nth(2).map(|l| l.matches('|').count()), Some(51));
    }
}
