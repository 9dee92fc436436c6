//! Field lines: "Cơ quan thực hiện: ...", "- Đơn vị chủ trì: ...", "Thời gian hoàn thành: ...".
//!
//! The label vocabulary lives in [`LABELS`], the one place to extend when a plan
//! uses a wording kehoach has not seen. Labels are matched case-insensitively,
//! longest first, at the start of a line (after an optional bullet or item
//! marker, since some plans enumerate their fields), and again after a sentence
//! end inside a value, because converters run two fields into one line.

use crate::marker::{item_marker, Marker};
use kehoach_text::lower_char;
use nom::character::complete::{one_of, space0};
use nom::sequence::preceded;
use nom::IResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// Who carries the task out; the value may itself say "X chủ trì, phối hợp Y".
    Assignment,
    /// Who supports.
    Support,
    Deadline,
    Output,
    /// The task's own wording, in plans that label it.
    Content,
}

/// Label words, grouped by what the value means. Longer labels must win over
/// their prefixes ("Cơ quan chủ trì thực hiện" over "Cơ quan chủ trì"); the
/// matcher sorts by length, so order here is for readers.
pub const LABELS: &[(&str, FieldKind)] = &[
    ("cơ quan chủ trì", FieldKind::Assignment),
    ("cơ quan chủ trì thực hiện", FieldKind::Assignment),
    ("đơn vị chủ trì", FieldKind::Assignment),
    ("đơn vị chủ trì thực hiện", FieldKind::Assignment),
    ("cơ quan, đơn vị chủ trì", FieldKind::Assignment),
    ("cơ quan/đơn vị chủ trì", FieldKind::Assignment),
    ("chủ trì", FieldKind::Assignment),
    ("chủ trì thực hiện", FieldKind::Assignment),
    ("cơ quan thực hiện", FieldKind::Assignment),
    ("đơn vị thực hiện", FieldKind::Assignment),
    ("cơ quan, đơn vị thực hiện", FieldKind::Assignment),
    ("cơ quan/đơn vị thực hiện", FieldKind::Assignment),
    ("cơ quan phụ trách", FieldKind::Assignment),
    ("đơn vị phụ trách", FieldKind::Assignment),
    ("trách nhiệm thực hiện", FieldKind::Assignment),
    ("phân công thực hiện", FieldKind::Assignment),
    ("giao", FieldKind::Assignment),
    ("trách nhiệm", FieldKind::Assignment),
    ("cơ quan phối hợp", FieldKind::Support),
    ("cơ quan phối hợp thực hiện", FieldKind::Support),
    ("đơn vị phối hợp", FieldKind::Support),
    ("đơn vị phối hợp thực hiện", FieldKind::Support),
    ("cơ quan, đơn vị phối hợp", FieldKind::Support),
    ("cơ quan/đơn vị phối hợp", FieldKind::Support),
    ("phối hợp", FieldKind::Support),
    ("phối hợp thực hiện", FieldKind::Support),
    ("thời gian hoàn thành", FieldKind::Deadline),
    ("thời gian thực hiện", FieldKind::Deadline),
    ("thời gian triển khai", FieldKind::Deadline),
    ("thời hạn", FieldKind::Deadline),
    ("thời hạn hoàn thành", FieldKind::Deadline),
    ("thời hạn thực hiện", FieldKind::Deadline),
    ("tiến độ", FieldKind::Deadline),
    ("tiến độ thực hiện", FieldKind::Deadline),
    ("tiến độ hoàn thành", FieldKind::Deadline),
    ("thời gian", FieldKind::Deadline),
    ("kết quả sản phẩm", FieldKind::Output),
    ("sản phẩm", FieldKind::Output),
    ("sản phẩm đầu ra", FieldKind::Output),
    ("kết quả đầu ra", FieldKind::Output),
    ("nội dung", FieldKind::Content),
    ("nội dung thực hiện", FieldKind::Content),
];

/// One field read from a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub kind: FieldKind,
    /// The label as printed.
    pub label: String,
    pub value: String,
}

fn labels_longest_first() -> &'static [(&'static str, FieldKind)] {
    static SORTED: std::sync::OnceLock<Vec<(&'static str, FieldKind)>> = std::sync::OnceLock::new();
    SORTED.get_or_init(|| {
        let mut v = LABELS.to_vec();
        v.sort_by_key(|(l, _)| std::cmp::Reverse(l.chars().count()));
        v
    })
}

type Label = (&'static str, FieldKind);

/// [`labels_longest_first`] grouped by first letter (labels are lower case), each
/// group still longest first.
fn labels_by_initial() -> &'static [(char, Vec<Label>)] {
    static GROUPS: std::sync::OnceLock<Vec<(char, Vec<Label>)>> = std::sync::OnceLock::new();
    GROUPS.get_or_init(|| {
        let mut groups: Vec<(char, Vec<Label>)> = Vec::new();
        for &(label, kind) in labels_longest_first() {
            let Some(c) = label.chars().next() else {
                continue;
            };
            match groups.iter_mut().find(|(g, _)| *g == c) {
                Some((_, labels)) => labels.push((label, kind)),
                None => groups.push((c, vec![(label, kind)])),
            }
        }
        groups
    })
}

/// Room for the longest label of [`LABELS`], in chars.
const LONGEST_LABEL: usize = 32;

/// A label from the vocabulary followed by its colon.
fn field_label(i: &str) -> IResult<&str, (&str, FieldKind)> {
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    };
    // Every line is asked: only the labels with the line's first letter are
    // tried (labels are lower case, so a letter matches only its lower case),
    // each compared through [`lower_char`] rather than Unicode's tables.
    let Some(first) = i.chars().next().and_then(lower_char) else {
        return fail();
    };
    let Some((_, labels)) = labels_by_initial().iter().find(|(c, _)| *c == first) else {
        return fail();
    };
    // The input's opening chars, lowered once for all the labels tried and
    // only as far as one of them reads. A label's chars are their own lower
    // case, so `same_ignoring_case(a, b)` is `lower_char(a) == Some(b)` (a
    // char whose lower case is more than one char is like no single char).
    let mut chars = i.chars();
    let mut lowered = [None; LONGEST_LABEL];
    let mut known = 0;
    for (label, kind) in labels {
        // Exactly nom's `tag_no_case` for `&str`, which compares chars by
        // `to_lowercase` as `same_ignoring_case` does (over the shorter of the
        // input and the label), then takes the label's length in bytes.
        let mut differs = false;
        for (j, b) in label.chars().enumerate() {
            if j == known {
                let Some(c) = chars.next() else { break };
                if let Some(slot) = lowered.get_mut(j) {
                    *slot = lower_char(c);
                }
                known += 1;
            }
            // No label is longer than the room (a test checks it).
            if lowered.get(j).copied().flatten() != Some(b) {
                differs = true;
                break;
            }
        }
        if differs {
            continue;
        }
        let Some(after) = i.get(label.len()..) else {
            continue;
        };
        let r: IResult<&str, _> = preceded(space0, one_of(":："))(after);
        if let Ok((rest, _)) = r {
            let printed = &i[..i.len() - rest.len()];
            return Ok((rest, (printed.trim_end_matches([':', '：', ' ']), *kind)));
        }
    }
    fail()
}

/// The lower case of the first `chars` chars of `s`: what `s.to_lowercase()`
/// starts with, as far as a prefix test of a phrase of at most `chars` chars
/// (without "σ") can tell, for the price of those chars only.
pub(crate) fn lower_opening(s: &str, chars: usize) -> String {
    s.chars().take(chars).flat_map(char::to_lowercase).collect()
}

/// Leftover emphasis marks of plain-text conversions ("*Thời gian:* ...").
fn strip_marks(s: &str) -> &str {
    s.trim_start_matches(['*', '_', ' '])
}

/// Read a field line: an optional bullet or item marker, a label, a colon, a value.
/// A line may hold several fields ("... Môi trường. Thời gian hoàn thành: ...").
pub fn field_line(line: &str) -> Option<Vec<Field>> {
    let mut t = strip_marks(line.trim_start());
    if field_label(t).is_err() {
        let (_, rest) = item_marker(t)?;
        t = strip_marks(rest);
    }
    let (rest, (label, kind)) = field_label(t).ok()?;
    Some(fields_from(label, kind, rest))
}

/// [`field_line`] of a line whose item marker the caller has read already:
/// `marker` is `item_marker(line)`, and is not read again.
pub fn field_line_marked<'a>(
    line: &'a str,
    marker: Option<&(Marker, &'a str)>,
) -> Option<Vec<Field>> {
    let opened = line.trim_start();
    let mut t = strip_marks(opened);
    if field_label(t).is_err() {
        // Nothing stripped: `item_marker(t)` is `item_marker(line)`.
        let rest = if t.len() == opened.len() {
            marker?.1
        } else {
            item_marker(t)?.1
        };
        t = strip_marks(rest);
    }
    let (rest, (label, kind)) = field_label(t).ok()?;
    Some(fields_from(label, kind, rest))
}

/// The field opened by `label` with its value in `rest`, and the fields that follow
/// it on the same line wherever another label comes after a sentence end.
fn fields_from(label: &str, kind: FieldKind, rest: &str) -> Vec<Field> {
    let mut fields = Vec::new();
    let (mut label, mut kind, mut value) = (label, kind, rest);
    while let Some((at, after, (next_label, next_kind))) = next_inline_label(value) {
        fields.push(Field {
            kind,
            label: label.to_string(),
            value: clean_value(&value[..at]),
        });
        (label, kind, value) = (next_label, next_kind, after);
    }
    fields.push(Field {
        kind,
        label: label.to_string(),
        value: clean_value(value),
    });
    fields
}

/// The next "<sentence end> <Label>:" inside a value.
fn next_inline_label(value: &str) -> Option<(usize, &str, (&str, FieldKind))> {
    let mut search = 0;
    // '.' and ';' are ASCII, and an ASCII byte is always a whole char in UTF-8.
    while let Some(rel) = sentence_end(value.as_bytes().get(search..)?) {
        let dot = search + rel;
        let after_dot = &value[dot + 1..];
        if after_dot.starts_with([' ', '\t', '*']) {
            if let Ok((rest, found)) = field_label(strip_marks(after_dot.trim_start())) {
                return Some((dot + 1, rest, found));
            }
        }
        search = dot + 1;
    }
    None
}

/// The first '.' or ';' of `bytes`. Values can be a whole long line: eight
/// bytes are passed over at a time while none of them is either.
fn sentence_end(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether some byte of `w` is `b`: a zero byte of `w ^ b…b` is the only
    // kind whose high bit the subtraction sets and `!x` keeps.
    let has = |w: u64, b: u8| {
        let x = w ^ (ONES * u64::from(b));
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    };
    let mut skipped = 0;
    for chunk in bytes.chunks_exact(8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(word);
        if has(w, b'.') || has(w, b';') {
            break;
        }
        skipped += 8;
    }
    let rel = bytes
        .get(skipped..)?
        .iter()
        .position(|b| matches!(b, b'.' | b';'))?;
    Some(skipped + rel)
}

fn clean_value(v: &str) -> String {
    v.trim().trim_matches(['*', '_']).trim().to_string()
}

/// Fields run into the end of an item's sentence ("... thủ tục. Thời gian: trước
/// ngày 31/5/2023."): the text before them, and the fields. `None` when there are none.
pub fn trailing_fields(text: &str) -> Option<(String, Vec<Field>)> {
    let (at, rest, (label, kind)) = next_inline_label(text)?;
    let head = text[..at].trim_end().to_string();
    Some((head, fields_from(label, kind, rest)))
}

/// Is the label printed with an item marker of its own ("a) Cơ quan chủ trì: ...")?
pub fn is_field_line(line: &str) -> bool {
    // `field_line` without building the fields: asked of every line.
    let mut t = strip_marks(line.trim_start());
    if field_label(t).is_err() {
        let Some((_, rest)) = item_marker(t) else {
            return false;
        };
        t = strip_marks(rest);
    }
    field_label(t).is_ok()
}

/// `item_marker(line).is_some() || is_field_line(line)`, reading the marker
/// once where the two would read it twice: asked of every line.
pub fn opens_item_or_field(line: &str) -> bool {
    let opened = line.trim_start();
    if item_marker(opened).is_some() {
        return true;
    }
    let t = strip_marks(opened);
    if field_label(t).is_ok() {
        return true;
    }
    // Nothing stripped: `item_marker(t)` is the refusal just above.
    if t.len() == opened.len() {
        return false;
    }
    item_marker(t).is_some_and(|(_, rest)| field_label(strip_marks(rest)).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`field_label`] as it was before the input's chars were lowered once:
    /// each label compared char by char through `same_ignoring_case`.
    fn field_label_char_by_char(i: &str) -> Option<(&str, (&str, FieldKind))> {
        let first = i.chars().next().and_then(lower_char)?;
        let (_, labels) = labels_by_initial().iter().find(|(c, _)| *c == first)?;
        for (label, kind) in labels {
            let differs = i
                .chars()
                .zip(label.chars())
                .any(|(a, b)| !kehoach_text::same_ignoring_case(a, b));
            if differs {
                continue;
            }
            let Some(after) = i.get(label.len()..) else {
                continue;
            };
            let r: IResult<&str, _> = preceded(space0, one_of(":："))(after);
            if let Ok((rest, _)) = r {
                let printed = &i[..i.len() - rest.len()];
                return Some((rest, (printed.trim_end_matches([':', '：', ' ']), *kind)));
            }
        }
        None
    }

    #[test]
    fn sentence_end_is_the_first_stop_or_semicolon() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = [
            b'.',
            b';',
            b'a',
            b' ',
            0x2e ^ 0x80,
            0x3b ^ 0x80,
            0x00,
            0xff,
            0x2d,
            0x3a,
            0x2f,
        ];
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            // Mostly no stop at all, so that whole words are passed over.
            let rare = next() % 4 == 0;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    let k = (next() % alphabet.len() as u64) as usize;
                    if rare && k < 2 && next() % 8 != 0 {
                        b'x'
                    } else {
                        alphabet[k]
                    }
                })
                .collect();
            let want = bytes.iter().position(|b| matches!(b, b'.' | b';'));
            assert_eq!(sentence_end(&bytes), want, "{bytes:?}");
        }
        let long = "Thời gian hoàn thành trong quý II năm 2024 ".repeat(5);
        for cut in 0..long.len() {
            let mut t = long.clone().into_bytes();
            t[cut] = b';';
            assert_eq!(sentence_end(&t), Some(cut));
        }
    }

    #[test]
    fn labels_fit_the_lowered_opening() {
        for (label, _) in LABELS {
            assert!(label.chars().count() <= LONGEST_LABEL, "{label}");
            for c in label.chars() {
                assert_eq!(lower_char(c), Some(c), "{label}");
            }
        }
    }

    #[test]
    fn field_label_is_that_of_comparing_char_by_char() {
        let atoms = [
            "Thời gian",
            "THỜI GIAN",
            "thời  gian",
            " ",
            "hoàn thành",
            "HOÀN THÀNH",
            ":",
            "：",
            " :",
            "Cơ quan",
            "CƠ QUAN",
            ",",
            "/",
            "đơn vị",
            "ĐƠN VỊ",
            "chủ trì",
            "Chủ Trì",
            "İ",
            "\u{212a}",
            "ß",
            "ẞ",
            "Ǆ",
            "o\u{31b}",
            "\u{a0}",
            "giao",
            "Giao",
            "x",
            "*",
            "Nội dung",
            "Phối hợp",
            "Sản phẩm",
            "Tiến độ",
            "Trách nhiệm",
        ];
        let mut texts: Vec<String> = Vec::new();
        texts.extend(kehoach_text::samples::corpus_lines());
        assert!(texts.len() > 100, "the corpus was not read");
        texts.extend(kehoach_text::samples::random_texts(
            0x2545_F491_4F6C_DD1D,
            20_000,
            8,
            &atoms,
        ));
        let mut found = 0;
        for text in &texts {
            for (k, _) in text.char_indices() {
                let i = &text[k..];
                let want = field_label_char_by_char(i);
                found += usize::from(want.is_some());
                assert_eq!(field_label(i).ok(), want, "{i:?}");
            }
        }
        assert!(found > 1000, "only {found} labels");
    }

    fn one(line: &str) -> (FieldKind, String) {
        let f = field_line(line).unwrap_or_default();
        assert_eq!(f.len(), 1, "{line:?} gave {f:?}");
        (f[0].kind, f[0].value.clone())
    }

    /// `field_label` as it was written with nom's `tag_no_case`.
    fn field_label_by_nom(i: &str) -> IResult<&str, (&str, FieldKind)> {
        use nom::bytes::complete::tag_no_case;
        use nom::sequence::pair;
        for (label, kind) in labels_longest_first() {
            let r: IResult<&str, _> =
                pair(tag_no_case(*label), preceded(space0, one_of(":：")))(i);
            if let Ok((rest, _)) = r {
                let printed = &i[..i.len() - rest.len()];
                return Ok((rest, (printed.trim_end_matches([':', '：', ' ']), *kind)));
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    }

    #[test]
    fn labels_read_as_tag_no_case_reads_them() {
        let mut texts: Vec<String> = vec![
            "THỜI GIAN HOÀN THÀNH: Năm 2022".into(),
            "Thời gian : quý I".into(),
            "Thời gian".into(),
            "Thời gian hoàn".into(),
            "thời hạn：2023".into(),
            "Cơ Quan, Đơn Vị Chủ Trì: Sở".into(),
            "Giao:".into(),
            "Giao nhiệm vụ".into(),
        ];
        texts.extend(kehoach_text::samples::corpus_texts());
        let mut labels = 0;
        for text in &texts {
            // Every word start of every text.
            for (k, _) in text
                .char_indices()
                .filter(|&(k, _)| k == 0 || text[..k].ends_with([' ', '\n', '*', '-', ')', '.']))
            {
                let rest = &text[k..];
                let new = field_label(rest);
                assert_eq!(
                    new,
                    field_label_by_nom(rest),
                    "{:?}",
                    &rest[..rest.len().min(60)]
                );
                labels += usize::from(new.is_ok());
            }
        }
        assert!(labels > 20, "only {labels} labels in the corpus");
    }

    #[test]
    fn labels_are_lower_case() {
        // `field_label` looks a label up by the lower case of the line's first
        // letter.
        for (label, _) in LABELS {
            assert!(label.chars().all(|c| c.to_lowercase().eq([c])), "{label}");
        }
    }

    #[test]
    fn label_layouts_seen_in_plans() {
        let cases: &[(&str, FieldKind, &str)] = &[
            (
                "Cơ quan thực hiện: Công an tỉnh chủ trì, phối hợp các sở.",
                FieldKind::Assignment,
                "Công an tỉnh chủ trì, phối hợp các sở.",
            ),
            (
                "Thời gian triển khai: Sau khi Bộ Công an ban hành Thông tư.",
                FieldKind::Deadline,
                "Sau khi Bộ Công an ban hành Thông tư.",
            ),
            (
                "- Đơn vị chủ trì: Sở, ban, ngành tỉnh có liên quan và địa phương.",
                FieldKind::Assignment,
                "Sở, ban, ngành tỉnh có liên quan và địa phương.",
            ),
            (
                "+ Đơn vị phối hợp: Sở, ban, ngành tỉnh, địa phương.",
                FieldKind::Support,
                "Sở, ban, ngành tỉnh, địa phương.",
            ),
            (
                "- Đơn vị thực hiện: Sở Tài chính.",
                FieldKind::Assignment,
                "Sở Tài chính.",
            ),
            ("*Thời hạn:* Quý I/2023", FieldKind::Deadline, "Quý I/2023"),
            (
                "a) Cơ quan chủ trì: Sở Tư pháp",
                FieldKind::Assignment,
                "Sở Tư pháp",
            ),
            (
                "Đơn vị chủ trì thực hiện : Công an tỉnh",
                FieldKind::Assignment,
                "Công an tỉnh",
            ),
            (
                "THỜI GIAN HOÀN THÀNH: Năm 2022",
                FieldKind::Deadline,
                "Năm 2022",
            ),
            ("Kết quả sản phẩm: Báo cáo", FieldKind::Output, "Báo cáo"),
            (
                "Thời gian thực hiện: Tại Bộ phận một cửa cấp xã từ ngày 01 tháng 6 năm 2023.",
                FieldKind::Deadline,
                "Tại Bộ phận một cửa cấp xã từ ngày 01 tháng 6 năm 2023.",
            ),
        ];
        for (line, kind, value) in cases {
            assert_eq!(one(line), (*kind, value.to_string()), "{line:?}");
        }
    }

    #[test]
    fn two_fields_on_one_line() {
        let f = field_line("Cơ quan thực hiện: Công an tỉnh, Sở Tài nguyên và Môi trường. Thời gian hoàn thành: Trong tháng 6 năm 2022.")
            .unwrap_or_default();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].value, "Công an tỉnh, Sở Tài nguyên và Môi trường.");
        assert_eq!(f[1].kind, FieldKind::Deadline);
        assert_eq!(f[1].value, "Trong tháng 6 năm 2022.");
    }

    #[test]
    fn fields_after_the_item_sentence() {
        let (head, f) = trailing_fields("Chuẩn bị vật tư cứu hộ. Thời gian: trước ngày 31/5/2023.")
            .unwrap_or_default();
        assert_eq!(head, "Chuẩn bị vật tư cứu hộ.");
        assert_eq!(
            (f[0].kind, f[0].value.as_str()),
            (FieldKind::Deadline, "trước ngày 31/5/2023.")
        );
        let (_, f) = trailing_fields(
            "Sơ tán dân. Trách nhiệm: UBND các xã chủ trì; Công an huyện phối hợp.",
        )
        .unwrap_or_default();
        assert_eq!(f[0].kind, FieldKind::Assignment);
        assert!(trailing_fields("Thời gian qua, tỉnh đã triển khai. Kết quả tốt.").is_none());
    }

    #[test]
    fn is_field_line_agrees_with_field_line() {
        for l in [
            "Cơ quan thực hiện: Công an tỉnh.",
            "a) Cơ quan chủ trì: Sở Tư pháp",
            "- Thời hạn : Quý I",
            "Chủ trì, phối hợp với Sở Tài chính nghiên cứu",
            "a) Triển khai thi hành Thông tư",
            "*Thời gian:* trước ngày 31/5",
            "",
        ] {
            assert_eq!(is_field_line(l), field_line(l).is_some(), "{l:?}");
        }
    }

    #[test]
    fn opens_item_or_field_agrees_with_asking_both() {
        let mut lines: Vec<String> = [
            "Cơ quan thực hiện: Công an tỉnh.",
            "a) Cơ quan chủ trì: Sở Tư pháp",
            "* Thời hạn: Quý I",
            "*Thời gian:* trước ngày 31/5",
            "_a) Chủ trì: Sở Y tế",
            "** - Phối hợp: Sở Tài chính",
            "*- prose",
            "* 1. Một",
            "__ prose",
            "   - Thời hạn : Quý I",
            "Chủ trì, phối hợp với Sở Tài chính nghiên cứu",
            "",
            "   ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        lines.extend(kehoach_text::samples::corpus_lines());
        assert!(lines.len() > 100, "the corpus was not read");
        for l in &lines {
            assert_eq!(
                field_line_marked(l, item_marker(l).as_ref()),
                field_line(l),
                "{l:?}"
            );
            let both = item_marker(l).is_some() || is_field_line(l);
            assert_eq!(opens_item_or_field(l), both, "{l:?}");
            for mark in ["*", "_ ", "* "] {
                let marked = format!("{mark}{l}");
                assert_eq!(
                    field_line_marked(&marked, item_marker(&marked).as_ref()),
                    field_line(&marked),
                    "{marked:?}"
                );
                let both = item_marker(&marked).is_some() || is_field_line(&marked);
                assert_eq!(opens_item_or_field(&marked), both, "{marked:?}");
            }
        }
    }

    #[test]
    fn prose_is_not_a_field() {
        for l in [
            "Chủ trì, phối hợp với Sở Tài chính nghiên cứu",
            "Thời gian qua, tỉnh đã triển khai",
            "- Phối hợp với Công an tỉnh đề xuất",
            "a) Triển khai thi hành Thông tư",
            "",
        ] {
            assert!(field_line(l).is_none(), "{l:?}");
        }
    }
}
