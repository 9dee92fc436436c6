//! Stage 1: bytes → text.
//!
//! Every later stage records spans as byte offsets into the text returned
//! here, so this crate changes nothing but the encoding: line endings, Unicode
//! normalisation forms and stray whitespace all survive untouched. The only
//! bytes dropped are a leading byte order mark.
//!
//! Recognised inputs, in the order they are tried:
//! - UTF-8 with a byte order mark, UTF-16 LE or BE with a byte order mark;
//! - UTF-8 without a byte order mark;
//! - when the bytes are not UTF-8, the legacy Vietnamese 8-bit encodings
//!   windows-1258 (the Windows code page), TCVN3 (ABC, the .VnTime fonts) and
//!   VNI (the VNI-Times fonts), whichever one makes the accented words read as
//!   Vietnamese syllables; input that resembles one but does not decode cleanly,
//!   or reads as Vietnamese in two of them, is refused with the encoding named.
//!
//! Anything else is an error that says why, with the 1-based line of the first
//! offending byte where there is one. Nothing is ever replaced with U+FFFD.

#![warn(clippy::print_stdout, clippy::print_stderr)]

mod legacy;

pub use legacy::encode as encode_legacy;

/// Text decoded from an input file, before any normalisation: spans point into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3" or "vni".
    pub encoding: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct DecodeError {
    /// 1-based line of the first offending byte, where that makes sense.
    pub line: Option<u32>,
    pub reason: String,
}

impl DecodeError {
    fn whole_file(reason: impl Into<String>) -> Self {
        DecodeError {
            line: None,
            reason: reason.into(),
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// Reason given for anything that is not text. Callers and tests match on this prefix.
pub const BINARY: &str = "binary data, not text";

/// Percentage of control characters above which an input is taken to be binary.
/// Plain text has next to none (tab, line breaks and form feeds do not count);
/// a few stray ones from a word processor export must not reject a plan.
const MAX_CONTROL_PERCENT: usize = 5;

/// Share (percent) of accented words that must be Vietnamese syllables before
/// a non-UTF-8 input is read in a legacy encoding. The right encoding scores
/// close to 100 (a few foreign names and typos aside); a wrong one far lower.
const MIN_VIETNAMESE_PERCENT: usize = 80;

/// Below `MIN_VIETNAMESE_PERCENT` but at least this: the input resembles that
/// encoding, and the refusal says so.
const SUSPECT_PERCENT: usize = 40;

/// Vietnamese words a failed reading must still have produced before the
/// refusal names the encoding it resembles.
const SUSPECT_MIN_WORDS: usize = 5;

/// How far the best reading must lead the runner-up (percentage points).
const MIN_MARGIN_PERCENT: usize = 15;

/// How much of a non-UTF-8 input is read to choose its legacy encoding.
const LEGACY_SAMPLE_BYTES: usize = 256 << 10;

/// Decode `bytes` to UTF-8 text. See the crate documentation for what is accepted.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    Ok(match read(bytes)? {
        Read::Utf8(text) => Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
        },
        Read::Transcoded(decoded) => decoded,
    })
}

/// [`decode`], taking the input by value: text that is UTF-8 already keeps
/// the input's buffer instead of being copied, so a large input is not held
/// twice (the caller's bytes and the text). Results and errors are exactly
/// those of [`decode`].
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    // The checks of `read`, in its order, for the inputs that may be UTF-8;
    // `String::from_utf8` is then the only validation of the text (validating
    // is a good part of the cost of a conversion), and hands the buffer back
    // when the bytes are not UTF-8.
    let bom = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) if !rest.is_empty() => UTF8_BOM.len(),
        // Nothing after the mark: `read` says so.
        Some(_) => return decode(&bytes),
        None if bytes.is_empty()
            || bytes.starts_with(UTF16LE_BOM)
            || bytes.starts_with(UTF16BE_BOM) =>
        {
            return decode(&bytes)
        }
        None => 0,
    };
    check_control_bytes(bytes.get(bom..).unwrap_or_default())?;
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: "utf-8",
        }),
        // After a UTF-8 mark the text must be UTF-8.
        Err(e) if bom > 0 => Err(utf8(e.as_bytes(), bom)
            .err()
            .unwrap_or_else(|| DecodeError::whole_file("invalid UTF-8"))),
        Err(e) => legacy(&e.into_bytes()),
    }
}

/// What [`read`] found: UTF-8 text that can be taken as it is (a slice of
/// the input, after any byte order mark), or text it had to transcode.
enum Read<'a> {
    Utf8(&'a str),
    Transcoded(Decoded),
}

/// The checks and decoding shared by [`decode`] and [`decode_owned`].
fn read(bytes: &[u8]) -> Result<Read<'_>, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::whole_file("empty file"));
    }
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        if rest.is_empty() {
            return Err(DecodeError::whole_file(
                "empty file (nothing after the byte order mark)",
            ));
        }
        check_control_bytes(rest)?;
        return Ok(Read::Utf8(utf8(rest, UTF8_BOM.len())?));
    }
    // A UTF-32 LE mark also starts with FF FE; it decodes as UTF-16 text
    // beginning with U+0000 and is then rejected as binary, which is right.
    if let Some(rest) = bytes.strip_prefix(UTF16LE_BOM) {
        return utf16(rest, u16::from_le_bytes, "utf-16le").map(Read::Transcoded);
    }
    if let Some(rest) = bytes.strip_prefix(UTF16BE_BOM) {
        return utf16(rest, u16::from_be_bytes, "utf-16be").map(Read::Transcoded);
    }

    check_control_bytes(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Read::Utf8(text)),
        Err(_) => legacy(bytes).map(Read::Transcoded),
    }
}

/// Bytes that are not UTF-8: read them in the legacy Vietnamese encoding they
/// make sense in, or say why not.
///
/// Each of windows-1258, TCVN3 and VNI decodes most byte strings, so the choice
/// is made on the result: the share of accented words that are Vietnamese
/// syllables ([`legacy::score`]). The winner must read as Vietnamese, contain a
/// letter only Vietnamese uses, and clearly beat the runner-up; otherwise the
/// input is refused, naming the encoding it resembles when there is one.
fn legacy(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let utf8_error = || {
        utf8(bytes, 0)
            .err()
            .unwrap_or_else(|| DecodeError::whole_file("invalid UTF-8"))
    };
    if looks_like_damaged_utf8(bytes) {
        return Err(utf8_error());
    }
    // The candidates are read and scored on the first 256 KiB (thousands of
    // words to tell them apart); only the winner decodes the whole input.
    let sample = &bytes[..bytes.len().min(LEGACY_SAMPLE_BYTES)];
    let mut scored: Vec<(legacy::Legacy, legacy::Score)> = legacy::Legacy::ALL
        .iter()
        .filter_map(|&enc| Some((enc, legacy::score(&enc.decode(sample)?))))
        .collect();
    // Best first: the most Vietnamese-looking, then one with letters only
    // Vietnamese uses; ties keep the order of `ALL` (windows-1258 first, the
    // only one of the three a current system still writes).
    scored.sort_by_key(|(_, s)| std::cmp::Reverse((s.percent(), s.distinctive > 0, s.vietnamese)));
    let mut ranked = scored.into_iter();
    let Some((best, score)) = ranked.next() else {
        return Err(utf8_error());
    };
    let runner_up = ranked.next().map(|(enc, s)| (enc, s.percent()));
    if score.distinctive == 0 || score.percent() < SUSPECT_PERCENT {
        return Err(utf8_error());
    }
    if score.percent() < MIN_VIETNAMESE_PERCENT && score.vietnamese < SUSPECT_MIN_WORDS {
        // Too few words to say what the bytes resemble.
        return Err(utf8_error());
    }
    if score.percent() < MIN_VIETNAMESE_PERCENT {
        let e = utf8_error();
        return Err(DecodeError {
            line: e.line,
            reason: format!(
                "{}; it looks like {} text, but only {}% of its accented words decode to Vietnamese \
                 (save it as UTF-8)",
                e.reason,
                best.display(),
                score.percent()
            ),
        });
    }
    if let Some((other, percent)) = runner_up {
        if percent + MIN_MARGIN_PERCENT > score.percent() {
            let e = utf8_error();
            return Err(DecodeError {
                line: e.line,
                reason: format!(
                    "{}; it reads as Vietnamese both in {} and in {} (ambiguous; save it as UTF-8)",
                    e.reason,
                    best.display(),
                    other.display()
                ),
            });
        }
    }
    // A byte past the sample that the encoding leaves undefined: not that
    // encoding after all.
    let text = best.decode(bytes).ok_or_else(utf8_error)?;
    Ok(Decoded {
        text,
        encoding: best.label(),
    })
}

/// UTF-8 with a few damaged bytes still carries many valid multi-byte
/// sequences; text in an 8-bit encoding almost never forms one (its letters are
/// lead bytes followed by ASCII). Such input is reported as invalid UTF-8.
fn looks_like_damaged_utf8(bytes: &[u8]) -> bool {
    let (mut valid_high, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_high += chunk.valid().bytes().filter(|&b| b >= 0x80).count();
        invalid += chunk.invalid().len();
    }
    valid_high >= invalid
}

/// Validate UTF-8; `skipped` is the number of file bytes before `bytes`, so the
/// reported offset is a position in the file as the user sees it.
fn utf8(bytes: &[u8], skipped: usize) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = line_of(bytes[..at].iter().filter(|&&b| b == b'\n').count());
        DecodeError {
            line: Some(line),
            reason: format!("invalid UTF-8 at line {line}, byte offset {}", at + skipped),
        }
    })
}

fn line_of(newlines_before: usize) -> u32 {
    u32::try_from(newlines_before)
        .unwrap_or(u32::MAX - 1)
        .saturating_add(1)
}

fn utf16(
    rest: &[u8],
    unit: fn([u8; 2]) -> u16,
    encoding: &'static str,
) -> Result<Decoded, DecodeError> {
    let bom = 2;
    if rest.is_empty() {
        return Err(DecodeError::whole_file(
            "empty file (nothing after the byte order mark)",
        ));
    }
    let units: Vec<u16> = rest.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
    let mut text = String::with_capacity(rest.len());
    let mut newlines = 0usize;
    let mut index = 0usize;
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => {
                if c == '\n' {
                    newlines += 1;
                }
                index += c.len_utf16();
                text.push(c);
            }
            Err(e) => {
                let line = line_of(newlines);
                return Err(DecodeError {
                    line: Some(line),
                    reason: format!(
                        "invalid UTF-16 at line {line}, byte offset {}: unpaired surrogate {:#06x}",
                        bom + 2 * index,
                        e.unpaired_surrogate()
                    ),
                });
            }
        }
    }
    if rest.len() % 2 == 1 {
        let line = line_of(newlines);
        return Err(DecodeError {
            line: Some(line),
            reason: format!(
                "invalid UTF-16 at line {line}, byte offset {}: odd number of bytes, the file is cut short",
                bom + rest.len() - 1
            ),
        });
    }
    check_controls(text.chars().map(u32::from), &[])?;
    Ok(Decoded { text, encoding })
}

/// Reject input that is not text: any NUL, or a high share of other control
/// characters. `raw` is the undecoded input when there is one, used only to
/// tell the user when a file looks like UTF-16 saved without its byte order mark.
fn check_controls(units: impl Iterator<Item = u32>, raw: &[u8]) -> Result<(), DecodeError> {
    let mut total = 0usize;
    let mut controls = 0usize;
    for u in units {
        total += 1;
        if u == 0 {
            return Err(nul_error(raw));
        }
        controls += usize::from(is_counted_control(u));
    }
    control_share(controls, total)
}

/// [`check_controls`] over bytes, each byte one unit (UTF-8 and the 8-bit
/// encodings): the same verdict from two passes without early exits, which
/// the compiler turns into wide compares. A NUL anywhere wins, as there.
fn check_control_bytes(bytes: &[u8]) -> Result<(), DecodeError> {
    if memchr::memchr(0, bytes).is_some() {
        return Err(nul_error(bytes));
    }
    // Counted in byte-wide lanes, 255 bytes at a time so a lane cannot overflow.
    let controls: usize = bytes
        .chunks(255)
        .map(|chunk| {
            let n: u8 = chunk
                .iter()
                .map(|&b| u8::from(is_counted_control(u32::from(b))))
                .sum();
            usize::from(n)
        })
        .sum();
    control_share(controls, bytes.len())
}

/// A control character that counts towards "binary": not NUL (refused
/// outright), nor tab, line feed, form feed (page breaks in PDF-to-text
/// output) or carriage return.
fn is_counted_control(u: u32) -> bool {
    matches!(u, 0x01..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F)
}

fn nul_error(raw: &[u8]) -> DecodeError {
    let reason = if looks_like_bomless_utf16(raw) {
        format!("{BINARY} (it looks like UTF-16 without a byte order mark; save it as UTF-8)")
    } else {
        format!("{BINARY} (it contains NUL bytes)")
    };
    DecodeError::whole_file(reason)
}

/// Refuse `total` units holding `controls` counted control characters when
/// they are more than [`MAX_CONTROL_PERCENT`] of them.
fn control_share(controls: usize, total: usize) -> Result<(), DecodeError> {
    if controls * 100 > total * MAX_CONTROL_PERCENT {
        return Err(DecodeError::whole_file(format!(
            "{BINARY} ({controls} control characters in {total})"
        )));
    }
    Ok(())
}

/// UTF-16 text that is mostly ASCII has a NUL in every other byte.
fn looks_like_bomless_utf16(raw: &[u8]) -> bool {
    let sample = &raw[..raw.len().min(4096)];
    let pairs = sample.len() / 2;
    if pairs < 2 || raw.len() % 2 == 1 {
        return false;
    }
    let (mut high_nul, mut low_nul) = (0usize, 0usize);
    for p in sample.chunks_exact(2) {
        match (p[0] == 0, p[1] == 0) {
            (false, true) => high_nul += 1,
            (true, false) => low_nul += 1,
            _ => {}
        }
    }
    high_nul.max(low_nul) * 2 >= pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every case is checked through both entry points: `decode_owned` must
    /// answer exactly as `decode` does.
    fn both(bytes: &[u8]) -> Result<Decoded, DecodeError> {
        let borrowed = decode(bytes);
        assert_eq!(decode_owned(bytes.to_vec()), borrowed, "{bytes:?}");
        borrowed
    }

    fn ok(bytes: &[u8]) -> Decoded {
        match both(bytes) {
            Ok(d) => d,
            Err(e) => panic!("expected text, got error {e:?}"),
        }
    }

    fn err(bytes: &[u8]) -> DecodeError {
        match both(bytes) {
            Ok(d) => panic!("expected an error, got {d:?}"),
            Err(e) => e,
        }
    }

    const PLAN: &str =
        "KẾ HOẠCH\r\nTriển khai Đề án 06\n\na) Sở Thông tin và Truyền thông chủ trì.\n";

    #[test]
    fn utf8_is_returned_byte_for_byte() {
        let d = ok(PLAN.as_bytes());
        assert_eq!(d.encoding, "utf-8");
        // CRLF and the decomposed/precomposed forms are the caller's business.
        assert_eq!(d.text, PLAN);
        let nfd = "Ke\u{0302}\u{0301} hoa\u{0323}ch\r\n";
        assert_eq!(ok(nfd.as_bytes()).text, nfd);
    }

    #[test]
    fn utf8_bom_is_removed_once() {
        let mut bytes = UTF8_BOM.to_vec();
        bytes.extend_from_slice(PLAN.as_bytes());
        let d = ok(&bytes);
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.text, PLAN);

        // A second mark is content, not a marker: spans must still match the file.
        let mut twice = UTF8_BOM.to_vec();
        twice.extend_from_slice("\u{feff}x".as_bytes());
        assert_eq!(ok(&twice).text, "\u{feff}x");
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let mut le = UTF16LE_BOM.to_vec();
        let mut be = UTF16BE_BOM.to_vec();
        for u in PLAN.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        let d = ok(&le);
        assert_eq!((d.text.as_str(), d.encoding), (PLAN, "utf-16le"));
        let d = ok(&be);
        assert_eq!((d.text.as_str(), d.encoding), (PLAN, "utf-16be"));

        // Characters outside the BMP use surrogate pairs.
        let mut astral = UTF16LE_BOM.to_vec();
        for u in "a\u{1F600}b".encode_utf16() {
            astral.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(ok(&astral).text, "a\u{1F600}b");
    }

    #[test]
    fn utf16_errors_are_reported_not_replaced() {
        // "a\nb" then a lone high surrogate on line 2.
        let mut bytes = UTF16LE_BOM.to_vec();
        for u in [0x61u16, 0x0A, 0x62, 0xD800, 0x63] {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let e = err(&bytes);
        assert_eq!(e.line, Some(2));
        assert_eq!(
            e.reason,
            "invalid UTF-16 at line 2, byte offset 8: unpaired surrogate 0xd800"
        );

        let mut odd = UTF16BE_BOM.to_vec();
        odd.extend_from_slice(&[0x00, 0x61, 0x00]);
        let e = err(&odd);
        assert_eq!(e.line, Some(1));
        assert!(
            e.reason
                .starts_with("invalid UTF-16 at line 1, byte offset 4: odd number of bytes"),
            "{e:?}"
        );
    }

    #[test]
    fn empty_inputs() {
        assert_eq!(
            err(b""),
            DecodeError {
                line: None,
                reason: "empty file".into()
            }
        );
        assert!(err(UTF8_BOM).reason.starts_with("empty file"));
        assert!(err(UTF16LE_BOM).reason.starts_with("empty file"));
    }

    #[test]
    fn binary_inputs() {
        // A PNG header: NUL bytes.
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01";
        let e = err(png);
        assert!(e.reason.starts_with(BINARY), "{e:?}");
        assert_eq!(e.line, None);

        // No NUL, but mostly control characters.
        let e = err(b"\x01\x02\x03\x04abc\x05\x06\x07\x08");
        assert!(e.reason.starts_with(BINARY), "{e:?}");

        // UTF-16 text whose mark was lost gets a hint.
        let bomless: Vec<u8> = "Kế hoạch số 1"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let e = err(&bomless);
        assert!(
            e.reason.starts_with(BINARY) && e.reason.contains("UTF-16"),
            "{e:?}"
        );

        // UTF-16 with a mark but NULs inside the text is not text either.
        let mut bytes = UTF16LE_BOM.to_vec();
        for u in [0x61u16, 0x00, 0x62] {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert!(err(&bytes).reason.starts_with(BINARY));
    }

    #[test]
    fn a_few_control_characters_are_still_text() {
        // Form feeds between pages and one stray vertical tab in a long line.
        let mut text = "Điều 1. Phê duyệt kế hoạch.\x0c\n".repeat(10);
        text.push('\x0b');
        let d = ok(text.as_bytes());
        assert_eq!(d.text, text);
    }

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        // Valid Vietnamese UTF-8 with one damaged byte on line 3.
        let mut bytes = "Kế hoạch\nsố 183\nỦy ban ".as_bytes().to_vec();
        let at = bytes.len();
        bytes.push(0xFF);
        bytes.extend_from_slice("nhân dân\n".as_bytes());
        let e = err(&bytes);
        assert_eq!(e.line, Some(3));
        assert_eq!(
            e.reason,
            format!("invalid UTF-8 at line 3, byte offset {at}")
        );

        // After a UTF-8 mark the offset still counts from the start of the file.
        let mut with_bom = UTF8_BOM.to_vec();
        with_bom.extend_from_slice(b"ab\n\xC3\x28");
        let e = err(&with_bom);
        assert_eq!(e.reason, "invalid UTF-8 at line 2, byte offset 6");
    }

    #[test]
    fn stray_latin1_byte_is_not_taken_for_windows_1258() {
        // 0xC3 is "Ă" in windows-1258, but here it stands alone between punctuation.
        let e = err(b"line one\nline two \xC3( text\n");
        assert_eq!(e.line, Some(2));
        assert!(
            e.reason
                .starts_with("invalid UTF-8 at line 2, byte offset 18"),
            "{e:?}"
        );
        // Latin-1 French has letters in words but nothing Vietnamese.
        assert!(err(b"caf\xE9 cr\xE8me\n")
            .reason
            .starts_with("invalid UTF-8"));
        // A byte windows-1258 leaves undefined.
        assert!(err(b"K\xEA ho\xF2ach \x81\n")
            .reason
            .starts_with("invalid UTF-8"));
    }

    #[test]
    fn windows_1258_vietnamese() {
        // windows-1258 has no "ế" or "ạ": it writes the base letter and then a
        // combining tone mark, and decoding must return exactly that, unnormalised,
        // so that spans match the input.
        let text = "K\u{CA}\u{301} HOA\u{323}CH\r\nTri\u{EA}\u{309}n khai \u{110}\u{EA}\u{300} a\u{301}n 06 \
                    cu\u{309}a \u{1AF}\u{309}y ban nh\u{E2}n d\u{E2}n ti\u{309}nh Gia Lai\r\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(text);
        assert!(!unmappable);
        assert!(bytes.starts_with(b"K\xCA\xEC HOA\xF2CH\r\n"), "{bytes:?}");
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = ok(&bytes);
        assert_eq!(d.encoding, "windows-1258");
        assert_eq!(d.text, text);
    }

    /// The start of a plan, with capitals, every tone and the letters only
    /// Vietnamese uses.
    const LEGACY_PLAN: &str = "ỦY BAN NHÂN DÂN TỈNH GIA LAI\n\
        Số: 183/KH-UBND\n\
        KẾ HOẠCH\n\
        Triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử\n\
        I. MỤC ĐÍCH, YÊU CẦU\n\
        1. Sở Thông tin và Truyền thông chủ trì, phối hợp với Công an tỉnh; thời gian hoàn thành \
        trong quý II năm 2022.\n\
        2. Ủy ban nhân dân các huyện, thị xã, thành phố bảo đảm nguồn lực, kinh phí thực hiện.\n";

    fn nfc(s: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        s.nfc().collect()
    }

    #[test]
    fn tcvn3_is_detected_and_decoded() {
        let bytes = encode_legacy(LEGACY_PLAN, "tcvn3").unwrap_or_default();
        // Capitals with a tone have no TCVN3 code: they are written as the
        // lower-case code, as text set in the .VnTimeH capitals font is.
        assert!(
            bytes.starts_with(b"\xF1Y BAN NH\xA2N D\xA2N T\xD8NH"),
            "{bytes:?}"
        );
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = ok(&bytes);
        assert_eq!(d.encoding, "tcvn3");
        // Capitals come back from context.
        assert_eq!(nfc(&d.text), LEGACY_PLAN);
    }

    #[test]
    fn vni_is_detected_and_decoded() {
        let bytes = encode_legacy(LEGACY_PLAN, "vni").unwrap_or_default();
        assert!(
            bytes.starts_with(b"U\xDBY BAN NHA\xC2N DA\xC2N T\xC6NH"),
            "{bytes:?}"
        );
        let d = ok(&bytes);
        assert_eq!(d.encoding, "vni");
        // VNI draws marks as separate bytes: they decode to combining marks,
        // unnormalised, like windows-1258.
        assert_ne!(d.text, LEGACY_PLAN);
        assert_eq!(nfc(&d.text), LEGACY_PLAN);
    }

    #[test]
    fn windows_1258_plan_is_still_windows_1258() {
        let bytes = encode_legacy(LEGACY_PLAN, "windows-1258").unwrap_or_default();
        let d = ok(&bytes);
        assert_eq!(d.encoding, "windows-1258");
        assert_eq!(nfc(&d.text), LEGACY_PLAN);
    }

    #[test]
    fn damaged_legacy_text_is_refused_naming_the_encoding() {
        // TCVN3 with half of its toned letters damaged: it resembles TCVN3,
        // but guessing would put wrong letters into the task graph.
        let clean = encode_legacy(LEGACY_PLAN, "tcvn3").unwrap_or_default();
        let mut bytes = Vec::new();
        let mut n: usize = 0;
        for b in clean {
            bytes.push(b);
            if b >= 0xB5 {
                if n.is_multiple_of(2) {
                    // "ĩ" in TCVN3: a second tone in the word.
                    bytes.push(0xDC);
                }
                n += 1;
            }
        }
        let e = err(&bytes);
        assert!(e.reason.starts_with("invalid UTF-8 at line 1"), "{e:?}");
        assert!(e.reason.contains("TCVN3 (ABC)"), "{e:?}");
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn the_whole_of_a_large_legacy_input_must_decode() {
        let plan = encode_legacy(LEGACY_PLAN, "vni").unwrap_or_default();
        let mut big = Vec::new();
        while big.len() <= LEGACY_SAMPLE_BYTES {
            big.extend_from_slice(&plan);
        }
        assert_eq!(ok(&big).encoding, "vni");
        // A byte no candidate defines, after the part read to choose.
        big.push(0x81);
        assert!(err(&big).reason.starts_with("invalid UTF-8"));
    }

    #[test]
    fn bytes_that_read_as_vietnamese_in_two_encodings_are_refused() {
        // "mụ" in TCVN3, "mơ" in VNI (and "mô" in windows-1258): too little
        // text to choose, and a wrong choice changes the words.
        let e = err(b"m\xF4 m\xF4\n");
        assert!(
            e.reason.ends_with(
                "it reads as Vietnamese both in TCVN3 (ABC) and in VNI (ambiguous; save it as UTF-8)"
            ),
            "{e:?}"
        );
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn unknown_encoding_names_cannot_encode() {
        assert_eq!(encode_legacy("a", "koi8-r"), None);
        // A character TCVN3 has no code for.
        assert_eq!(encode_legacy("€ ≥", "tcvn3"), None);
    }
}
