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

/// A word of running text, not a list or item marker ("-", "+", "b)", "1.", "II.").
fn is_plain_word(token: &str) -> bool {
    let marker_like = token.ends_with(')') || (token.ends_with('.') && token.chars().count() <= 5);
    token.chars().next().is_some_and(char::is_alphanumeric) && !marker_like
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
        // A sentence end at the edge may be the end of a list line ("- Sở Y tế:
        // …;") or of a paragraph, or a sentence inside a paragraph that wraps on.
        // What follows tells them apart: a list marker, or a word. (A numbered
        // item after it is recognised by the clause tree.)
        let next_is_word = lines[i]
            .split_whitespace()
            .next()
            .is_some_and(is_plain_word);
        let ended = prev.ends_with(['.', ':', ';', '!', '?']) && !next_is_word;
        // A converter breaks a line only when the next word does not fit; if it
        // would have fitted, the break is the author's (a heading, a list line).
        let next_word = lines[i]
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        let fitted = self::width(prev) + 1 + next_word <= width;
        out[i] = filled && !ended && !fitted;
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
        // A sentence ends at the edge and a word follows that would not have
        // fitted: the paragraph may go on. (The clause tree knows the word
        // opens a field label.)
        assert!(c[4]);
        assert!(c[5]);
        assert!(!c[6], "an item marker after a finished sentence");
        assert!(c[8], "as line 4: the clause tree reads the label");
    }

    #[test]
    fn a_break_before_a_word_that_would_have_fitted_is_the_authors() {
        let mut lines: Vec<&str> = WRAPPED.lines().collect();
        // A short heading under the width: its next line starts a paragraph.
        lines.insert(
            1,
            "3. Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố",
        );
        lines.insert(
            2,
            "Giám đốc các Sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch UBND các",
        );
        let w = wrap_width(&lines).unwrap_or(0);
        let c = continuations(&lines, w);
        assert!(
            !c[2],
            "\"Giám\" would have fitted after the heading (width {w})"
        );
        assert!(c[4], "\"1. khoản\" would not have fitted");
    }

    #[test]
    fn a_list_marker_after_a_sentence_end_starts_anew() {
        let lines = [
            "- Sở Y tế: chủ trì tổ chức kiểm tra an toàn thực phẩm tại các chợ đầu mối;",
            "- Sở Công Thương: phối hợp kiểm tra các cơ sở kinh doanh trên địa bàn tỉnh.",
            "+ Công an tỉnh: điều tra, xử lý các vi phạm về an toàn thực phẩm kịp thời.",
        ];
        let c = continuations(&lines, 76);
        assert_eq!(c, vec![false, false, false]);
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
