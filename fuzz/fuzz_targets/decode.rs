//! Decoding any bytes: no panic; text comes back only for input that is text,
//! and an error names a line only where the input has one.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match kehoach_decode::decode(data) {
        Ok(d) => {
            // Decoded text has no NUL and is never longer than a few bytes per
            // input byte (the widest expansion is a VNI or TCVN3 letter).
            assert!(!d.text.contains('\0'));
            assert!(d.text.len() <= data.len().saturating_mul(4) + 4);
            assert!(
                !d.text.contains('\u{FFFD}')
                    || data.windows(3).any(|w| w == [0xEF, 0xBF, 0xBD])
                    || d.encoding.starts_with("utf-16")
            );
        }
        Err(e) => {
            assert!(!e.reason.is_empty());
            if let Some(line) = e.line {
                let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
                assert!(line >= 1 && (line as usize) <= lines.max(1) * 2 + 1);
            }
        }
    }
});
