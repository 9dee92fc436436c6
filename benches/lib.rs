//! Shared inputs and routines of the kehoach benchmarks (`benches/benches/`).
//!
//! Every benchmark runs in two modes. Under `cargo bench` (the harness gets
//! `--bench`) it measures the real sizes. Under `cargo test` the same routines
//! run once on small inputs, so CI exercises every benchmark in seconds without
//! asserting anything about time.

use std::path::{Path, PathBuf};

use kehoach_extract::{graph, tasks, tree};

/// True when the harness was started by `cargo bench`.
pub fn full_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The repository's corpus directory.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

/// Every corpus plan as (file name, bytes), in name order.
pub fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read(&p).ok()?))
        })
        .collect()
}

/// The synthetic generator over the repository's corpus.
pub fn synth() -> kehoach_synth::Corpus {
    match kehoach_synth::Corpus::from_dir(&corpus_dir()) {
        Ok(c) => c,
        Err(e) => panic!("the benchmarks need the corpus: {e}"),
    }
}

/// The synthetic corpus the benchmarks measure: `files` plans of `sizes`, seed 7.
pub fn synth_plans(files: u64, sizes: kehoach_synth::Sizes) -> Vec<Vec<u8>> {
    let s = synth();
    (0..files)
        .map(|i| s.item(7, i, sizes).into_bytes())
        .collect()
}

pub fn total_bytes(inputs: &[Vec<u8>]) -> u64 {
    inputs.iter().map(|i| i.len() as u64).sum()
}

/// One whole conversion, as the CLI does it: bytes → graph → compact JSON.
pub fn end_to_end(bytes: &[u8]) -> usize {
    match kehoach_extract::convert(bytes, "bench.txt", &kehoach_extract::Options::default()) {
        Ok(g) => kehoach_model::to_json(&g, false).len(),
        Err(_) => 0,
    }
}

/// The result of each pipeline stage for one input, so that every stage can be
/// measured alone on the output of the ones before it. A copy of the wiring in
/// `kehoach_extract::convert` through public stage functions (a test checks it
/// stays close); whole conversions are measured with `convert` itself.
pub struct Staged {
    pub text: String,
    pub lines: Vec<kehoach_segment::Line>,
    pub normalized: Vec<String>,
    pub format: kehoach_segment::Format,
    pub tables: Vec<kehoach_tables::Table>,
    pub owned: Vec<bool>,
    pub clean: Vec<kehoach_segment::CleanLine>,
    pub wrapped: Vec<bool>,
    pub registry: kehoach_agency::Registry,
}

/// Decoding.
pub fn decode(bytes: &[u8]) -> Option<String> {
    kehoach_decode::decode(bytes).ok().map(|d| d.text)
}

/// Lines, their normalised text and the Markdown/text decision.
pub fn split(
    text: &str,
) -> (
    Vec<kehoach_segment::Line>,
    Vec<String>,
    kehoach_segment::Format,
) {
    let lines = kehoach_segment::split_lines(text);
    let normalized = lines
        .iter()
        .map(|l| kehoach_segment::normalize(text.get(l.start..l.end).unwrap_or("")))
        .collect();
    (lines, normalized, kehoach_segment::detect_format(text))
}

/// Tables, and which lines they own.
pub fn find_tables(normalized: &[String]) -> (Vec<kehoach_tables::Table>, Vec<bool>) {
    let refs: Vec<&str> = normalized.iter().map(String::as_str).collect();
    let tables = kehoach_tables::find_tables(&refs);
    let mut owned = vec![false; normalized.len()];
    for t in &tables {
        for &l in &t.lines {
            if let Some(o) = owned.get_mut(l) {
                *o = true;
            }
        }
    }
    (tables, owned)
}

/// Clean (Markdown-free) lines and hard-wrap continuations.
pub fn clean(
    text: &str,
    lines: &[kehoach_segment::Line],
    format: kehoach_segment::Format,
    owned: &[bool],
) -> (Vec<kehoach_segment::CleanLine>, Vec<bool>) {
    let clean = kehoach_segment::clean_lines(text, lines, format, owned);
    let texts: Vec<&str> = clean.iter().map(|c| c.text.as_str()).collect();
    let wrapped = match kehoach_segment::wrap_width(&texts) {
        Some(w) => kehoach_segment::continuations(&texts, w),
        None => vec![false; texts.len()],
    };
    (clean, wrapped)
}

impl Staged {
    /// Run every stage up to the clause tree; `None` when the input does not decode.
    pub fn new(bytes: &[u8]) -> Option<Staged> {
        let text = decode(bytes)?;
        let (lines, normalized, format) = split(&text);
        let (tables, owned) = find_tables(&normalized);
        let (clean, wrapped) = clean(&text, &lines, format, &owned);
        Some(Staged {
            text,
            lines,
            normalized,
            format,
            tables,
            owned,
            clean,
            wrapped,
            registry: kehoach_agency::Registry::embedded(),
        })
    }

    fn infos(&self) -> Vec<tree::LineInfo<'_>> {
        self.clean
            .iter()
            .zip(&self.owned)
            .zip(&self.wrapped)
            .map(|((c, o), w)| tree::LineInfo {
                text: &c.text,
                heading_like: c.heading.is_some() || c.fully_emphasised(),
                markdown_heading: c.heading.is_some(),
                table: *o,
                wrapped: *w,
            })
            .collect()
    }

    /// The clause tree.
    pub fn tree(&self) -> tree::Tree {
        tree::build(&self.infos())
    }

    /// Everything that gives the text meaning: metadata, section roles, tasks
    /// with their agencies and deadlines, the graph's sections, references and
    /// edges. Returns (sections, tasks).
    pub fn semantics(&self, tree: &tree::Tree) -> (usize, usize) {
        let clean_texts: Vec<&str> = self.clean.iter().map(|c| c.text.as_str()).collect();
        let meta = kehoach_meta::extract_metadata(&clean_texts);
        let roles = tasks::node_roles(tree, &self.registry);
        let deadline_ctx = kehoach_deadline::Context {
            plan_year: meta.issued_on.map(|d| d.year),
        };
        let emphasis = tasks::Emphasis::of(&self.clean);
        let ctx = tasks::Ctx::new(tree, &emphasis, &self.registry, deadline_ctx, roles);
        let mut drafts = tasks::extract(&ctx);
        drafts.extend(tasks::table_tasks(&ctx, &self.tables));
        let citations = graph::citations(&clean_texts, &self.tables, meta.number.as_deref());
        let parts = graph::assemble(
            graph::Input {
                lines: &self.lines,
                citations,
                tree: std::borrow::Cow::Borrowed(tree),
                roles: &ctx.roles,
                tables: &self.tables,
                drafts,
                registry: &self.registry,
            },
            meta.issuer.clone(),
        );
        (parts.sections.len(), parts.tasks.len())
    }
}

/// The adversarial inputs of the robustness work (`kehoach_synth::adversarial`)
/// at `scale` of the sizes the targets are stated for (1.0: one 100 MB line,
/// 1,000,000 bullets, a table of 10,000 columns, 50,000 nested markers, 10 MB
/// of `|`).
pub fn adversarial(scale: f64) -> Vec<(&'static str, Vec<u8>)> {
    use kehoach_synth::adversarial as adv;
    let n = |full: f64| ((full * scale) as usize).max(1);
    vec![
        ("one-long-line", adv::long_line(n(100e6))),
        ("bullets", adv::bullets(n(1e6))),
        ("wide-table", adv::wide_table(n(10e3))),
        ("nested-markers", adv::nested_markers(n(50e3))),
        ("pipes", adv::pipes(n(10e6))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The staged copy of the pipeline must keep running on real plans and find
    /// what `convert` finds in outline (`convert` itself may refine the tree, so
    /// counts are compared loosely); the end-to-end benchmarks use `convert`.
    #[test]
    fn staged_pipeline_runs_like_convert() {
        for (name, bytes) in corpus() {
            let Some(s) = Staged::new(&bytes) else {
                panic!("{name} does not decode");
            };
            let tree = s.tree();
            let (sections, tasks) = s.semantics(&tree);
            let g = match kehoach_extract::convert(&bytes, &name, &Default::default()) {
                Ok(g) => g,
                Err(e) => panic!("{name}: {e}"),
            };
            let near = |a: usize, b: usize| a.abs_diff(b) * 5 <= b.max(1);
            assert!(
                near(sections, g.sections.len()),
                "{name}: sections {sections} vs {}",
                g.sections.len()
            );
            assert!(
                near(tasks, g.tasks.len()),
                "{name}: tasks {tasks} vs {}",
                g.tasks.len()
            );
        }
    }

    #[test]
    fn adversarial_inputs_scale() {
        let inputs = adversarial(0.001);
        assert_eq!(inputs.len(), 5);
        for (name, bytes) in &inputs {
            assert!(!bytes.is_empty(), "{name}");
        }
    }
}
