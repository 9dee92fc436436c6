//! Hard-wrapped text: PDF-to-text tools break every line at a fixed width, so a
//! physical line may start with something that only looks like an item marker
//! ("1. " in "... theo Điều\n1. của Luật"). A line continues the one before when
//! that one was filled to the wrap width and did not end a sentence.

/// Widths converters wrap at; outside this range lines are paragraphs.
const MIN_WRAP: usize = 60;
const MAX_WRAP: usize = 120;
/// How far short of the width a wrapped line may stop (the next word did not fit).
const SLACK: usize = 15;

fn width(s: &str) -> usize {
    s.trim_end().chars().count()
}

/// The wrap width of the document, if its lines show one: many lines end within a
/// word's length of the same column and almost none run past it.
pub fn wrap_width(lines: &[&str]) -> Option<usize> {
    let lens: Vec<usize> = lines.iter().map(|l| width(l)).filter(|w| *w > 0).collect();
    if lens.len() < 8 {
        return None;
    }
    let max = *lens.iter().max()?;
    if !(MIN_WRAP..=MAX_WRAP + 5).contains(&max) {
        return None;
    }
    // The width is the longest line length that many lines come close to.
    let near = lens.iter().filter(|w| **w + SLACK >= max).count();
    (near * 10 >= lens.len() * 3).then_some(max)
}

/// For each line, whether it continues the previous line of a hard-wrapped text.
pub fn continuations(lines: &[&str], width: usize) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    for i in 1..lines.len() {
        let prev = lines[i - 1].trim_end();
        if prev.is_empty() || lines[i].trim().is_empty() {
            continue;
        }
        let filled = self::width(prev) + SLACK >= width;
        let ended = prev.ends_with(['.', ':', ';', '!', '?']);
        out[i] = filled && !ended;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRAPPED: &str = "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\
a) Rà soát, sửa đổi các quy định về thủ tục hành chính theo quy định tại\n\
1. khoản 2 Điều 5 của Nghị định để bảo đảm việc kết nối với cơ sở dữ liệu\n\
quốc gia về dân cư được thông suốt trên địa bàn toàn tỉnh trong năm nay.\n\
Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh,\n\
Công an tỉnh và các sở, ban, ngành có liên quan trên địa bàn toàn tỉnh.\n\
b) Triển khai kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của các\n\
sở, ban, ngành với Cơ sở dữ liệu quốc gia về dân cư để phục vụ người dân.\n\
Thời gian hoàn thành: Trong tháng 6 năm 2023.\n";

    #[test]
    fn detects_width_and_continuations() {
        let lines: Vec<&str> = WRAPPED.lines().collect();
        let w = wrap_width(&lines).unwrap_or(0);
        assert!((70..=80).contains(&w), "width {w}");
        let c = continuations(&lines, w);
        assert!(c[2], "a marker-like start after a filled line continues it");
        assert!(c[3]);
        assert!(!c[4], "a new field after a finished sentence");
        assert!(c[5]);
        assert!(!c[6]);
        assert!(!c[8]);
    }

    #[test]
    fn unwrapped_text_has_no_width() {
        let lines = [
            "I. MỤC ĐÍCH",
            "1. Một",
            "2. Hai",
            "a) Ba",
            "b) Bốn",
            "c) Năm",
            "d) Sáu",
            "e) Bảy",
            "g) Tám",
        ];
        assert_eq!(wrap_width(&lines), None);
        let long = "x".repeat(400);
        let lines = vec![long.as_str(); 10];
        assert_eq!(wrap_width(&lines), None);
    }
}
