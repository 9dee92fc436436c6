//! Stage 1: bytes → text. Stub; see the crate description.

/// Text decoded from an input file, before any normalisation: spans point into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// "utf-8", "utf-16le", "utf-16be", ...
    pub encoding: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct DecodeError {
    /// 1-based line of the first offending byte, where that makes sense.
    pub line: Option<u32>,
    pub reason: String,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: s.trim_start_matches('\u{feff}').to_string(), encoding: "utf-8" }),
        Err(e) => Err(DecodeError { line: None, reason: format!("not valid UTF-8: {e}") }),
    }
}
