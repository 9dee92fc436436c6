//! A bounded, seeded mutation loop over the corpus and fixtures: the stable
//! stand-in for coverage-guided fuzzing (see `fuzz/`), run by `cargo test`.
//!
//! Each round takes a corpus plan or fixture (often a slice of one, to keep
//! debug builds quick), applies a few random mutations — byte flips, inserted
//! bytes, deleted, duplicated and swapped lines, splices of two inputs, phrases
//! from the fuzzing dictionary `fuzz/kehoach.dict` (item markers, field labels,
//! deadline words, `|`, tabs, byte order marks), re-encodings — and converts
//! the result. Properties, for every input:
//!
//! - the conversion does not panic (caught, and the input is saved);
//! - an error has a reason, and a line only where one exists;
//! - a graph validates against the JSON Schema, and `kehoach_model::check`
//!   finds nothing (spans inside the input, unique ids, edges that resolve);
//! - every span starts and ends on a character boundary of the decoded text;
//! - converting the same bytes twice gives the same JSON.
//!
//! `KEHOACH_PROPERTY_ROUNDS` (default 1000) and `KEHOACH_PROPERTY_SEED` change
//! the budget and the seed; a failing input is written to
//! `target/kehoach-property-failures/` with the seed and round to replay it.

use kehoach_extract::{convert, Options};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

/// xorshift64*: small, seedable, the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for dir in [
        "corpus",
        "fixtures/ok",
        "fixtures/err",
        "fuzz/corpus/pipeline",
    ] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.is_file()) {
            if let Ok(b) = std::fs::read(&p) {
                out.push(b);
            }
        }
    }
    assert!(out.len() >= 10, "corpus and fixtures not found");
    out
}

/// The values of a libFuzzer dictionary: `name="value"` lines, `\xNN` escapes.
fn dictionary() -> Vec<Vec<u8>> {
    let path = root().join("fuzz/kehoach.dict");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => panic!("cannot read {}: {e}", path.display()),
    };
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        let Some(quoted) = line
            .split_once('=')
            .map(|(_, v)| v)
            .and_then(|v| v.strip_prefix('"'))
            .and_then(|v| v.strip_suffix('"'))
        else {
            continue;
        };
        let b = quoted.as_bytes();
        let mut value = Vec::new();
        let mut i = 0;
        while i < b.len() {
            match (b[i], b.get(i + 1)) {
                (b'\\', Some(b'x')) => {
                    let hex = std::str::from_utf8(b.get(i + 2..i + 4).unwrap_or(b"")).unwrap_or("");
                    value.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                    i += 4;
                }
                (b'\\', Some(&c)) => {
                    value.push(c);
                    i += 2;
                }
                (c, _) => {
                    value.push(c);
                    i += 1;
                }
            }
        }
        out.push(value);
    }
    assert!(out.len() >= 40, "fuzz/kehoach.dict has too few entries");
    out
}

fn line_starts(b: &[u8]) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        b.iter()
            .enumerate()
            .filter(|(_, &c)| c == b'\n')
            .map(|(i, _)| i + 1),
    );
    v
}

/// One random mutation, in place.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, dict: &[Vec<u8>], others: &[Vec<u8>]) {
    let len = input.len();
    match rng.below(11) {
        // Flip a bit.
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        // Insert random bytes, often high ones (broken UTF-8, legacy encodings).
        1 => {
            let at = rng.below(len + 1);
            let n = 1 + rng.below(4);
            let bytes: Vec<u8> = (0..n).map(|_| (rng.next() as u8) | 0x80).collect();
            input.splice(at..at, bytes);
        }
        // Delete a range.
        2 if len > 0 => {
            let a = rng.below(len);
            let b = (a + 1 + rng.below(64)).min(len);
            input.drain(a..b);
        }
        // Duplicate, delete or swap whole lines.
        3..=5 => {
            let starts = line_starts(input);
            let pick = |rng: &mut Rng| {
                let i = rng.below(starts.len());
                let s = starts[i];
                let e = starts.get(i + 1).copied().unwrap_or(len);
                (s, e)
            };
            let (s, e) = pick(rng);
            let line = input[s..e].to_vec();
            match rng.below(3) {
                0 => {
                    let times = 1 + rng.below(20);
                    for _ in 0..times {
                        input.splice(s..s, line.iter().copied());
                    }
                }
                1 => {
                    input.drain(s..e);
                }
                _ => {
                    let (s2, e2) = pick(rng);
                    if e <= s2 {
                        let other = input[s2..e2].to_vec();
                        input.splice(s2..e2, line);
                        input.splice(s..e, other);
                    }
                }
            }
        }
        // A dictionary phrase, at a line start or anywhere.
        6..=8 => {
            let phrase = &dict[rng.below(dict.len())];
            let at = if rng.chance(60) {
                let starts = line_starts(input);
                starts[rng.below(starts.len())]
            } else {
                rng.below(len + 1)
            };
            input.splice(at..at, phrase.iter().copied());
        }
        // Splice in a piece of another input.
        9 => {
            let other = &others[rng.below(others.len())];
            if !other.is_empty() {
                let a = rng.below(other.len());
                let b = (a + rng.below(2048)).min(other.len());
                let at = rng.below(len + 1);
                input.splice(at..at, other[a..b].iter().copied());
            }
        }
        // Re-encode the whole input, when it is text.
        _ => {
            if let Ok(text) = std::str::from_utf8(input) {
                let encoded = match rng.below(5) {
                    0 => kehoach_decode::encode_legacy(text, "tcvn3"),
                    1 => kehoach_decode::encode_legacy(text, "vni"),
                    2 => kehoach_decode::encode_legacy(text, "windows-1258"),
                    3 => Some(
                        [0xFF, 0xFE]
                            .into_iter()
                            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
                            .collect(),
                    ),
                    _ => Some(text.replace('\n', "\r").into_bytes()),
                };
                if let Some(e) = encoded {
                    *input = e;
                }
            }
        }
    }
}

struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new() -> Validator {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = "urn:kehoach:v1-schema";
        if let Err(e) = compiler.add_resource(url, kehoach_model::json_schema()) {
            panic!("schema resource: {e}");
        }
        let index = match compiler.compile(url, &mut schemas) {
            Ok(i) => i,
            Err(e) => panic!("schema does not compile: {e:#}"),
        };
        Validator { schemas, index }
    }
}

/// Everything wrong with converting `input`; empty when the properties hold.
fn violations(input: &[u8], validator: &Validator) -> Vec<String> {
    let run = || {
        catch_unwind(AssertUnwindSafe(|| {
            convert(input, "mutant.txt", &Options::default())
        }))
    };
    let first = match run() {
        Ok(r) => r,
        Err(_) => return vec!["panic".into()],
    };
    let graph = match first {
        Err(e) => {
            let mut v = Vec::new();
            if e.reason.trim().is_empty() {
                v.push("an error without a reason".into());
            }
            if e.line == Some(0) {
                v.push("an error on line 0".into());
            }
            return v;
        }
        Ok(g) => g,
    };
    let text = match kehoach_decode::decode(input) {
        Ok(d) => d.text,
        Err(e) => return vec![format!("converted, but decoding alone fails: {e}")],
    };
    let mut v = kehoach_model::check(&graph, text.len());
    let spans = graph
        .sections
        .iter()
        .map(|s| s.span)
        .chain(graph.tasks.iter().map(|t| t.span))
        .chain(graph.tables.iter().map(|t| t.span))
        .chain(graph.diagnostics.iter().filter_map(|d| d.span));
    for s in spans {
        let (a, b) = (s.start_byte as usize, s.end_byte as usize);
        if text.get(a..b).is_none() {
            v.push(format!("span {a}..{b} is not on character boundaries"));
        }
    }
    let json = match serde_json::to_value(&graph) {
        Ok(j) => j,
        Err(e) => return vec![format!("cannot serialise: {e}")],
    };
    if let Err(e) = validator.schemas.validate(&json, validator.index) {
        v.push(format!("schema: {e}"));
    }
    match run() {
        Ok(Ok(again)) if again == graph => {}
        _ => v.push("a second conversion of the same bytes differs".into()),
    }
    v
}

fn save(input: &[u8], seed: u64, round: usize) -> PathBuf {
    let dir = root().join("target/kehoach-property-failures");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("seed-{seed}-round-{round}.bin"));
    let _ = std::fs::write(&path, input);
    path
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_inputs_keep_the_contract() {
    let seed = env_number("KEHOACH_PROPERTY_SEED", 0x6B65_686F_6163_6821);
    let rounds = env_number("KEHOACH_PROPERTY_ROUNDS", 1000) as usize;
    let seeds = seeds();
    let dict = dictionary();
    let validator = Validator::new();
    // Panics are caught and reported below; keep their messages out of the log.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    let mut rng = Rng(seed | 1);
    for round in 0..rounds {
        let base = &seeds[rng.below(seeds.len())];
        // Mostly a window of a few kilobytes: quick in debug builds, and the
        // grammars see as many starts and ends of constructs as whole files.
        let mut input = if base.len() > 8192 && rng.chance(85) {
            let a = rng.below(base.len());
            let b = (a + 512 + rng.below(8192)).min(base.len());
            base[a..b].to_vec()
        } else {
            base.clone()
        };
        let n = 1 + rng.below(6);
        for _ in 0..n {
            mutate(&mut rng, &mut input, &dict, &seeds);
        }
        let v = violations(&input, &validator);
        if !v.is_empty() {
            let path = save(&input, seed, round);
            failures.push(format!(
                "round {round} ({}): {}",
                path.display(),
                v.join("; ")
            ));
        }
    }
    std::panic::set_hook(hook);
    assert!(
        failures.is_empty(),
        "seed {seed}: {} of {rounds} inputs break the contract:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Files that once broke a property stay in `fuzz/corpus/pipeline/` and are
/// checked as they are on every run.
#[test]
fn saved_fuzz_cases_keep_the_contract() {
    let validator = Validator::new();
    let dir = root().join("fuzz/corpus/pipeline");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut failures = Vec::new();
    for p in entries.flatten().map(|e| e.path()) {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        let v = violations(&bytes, &validator);
        if !v.is_empty() {
            failures.push(format!("{}: {}", p.display(), v.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
