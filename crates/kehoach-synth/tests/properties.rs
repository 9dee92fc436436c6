//! Invariants of the pipeline on synthetic plans: every plan converts, the same
//! bytes give the same JSON, spans lie inside the input, ids are unique and
//! every id an edge names exists. Synthetic plans test invariants only, never
//! accuracy (they have no gold).

use std::collections::HashSet;
use std::path::Path;

use kehoach_synth::{Corpus, Sizes};

fn corpus() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    match Corpus::from_dir(&dir) {
        Ok(c) => c,
        Err(e) => panic!("{}: {e}", dir.display()),
    }
}

#[test]
fn synthetic_plans_keep_the_invariants() {
    let synth = corpus();
    let sizes = Sizes {
        min: 1_000,
        max: 40_000,
    };
    for i in 0..24 {
        let text = synth.item(11, i, sizes);
        let path = format!("synthetic-{i}.txt");
        let graph = match kehoach_extract::convert(text.as_bytes(), &path, &Default::default()) {
            Ok(g) => g,
            Err(e) => panic!("{path}: {e}"),
        };
        let again = kehoach_extract::convert(text.as_bytes(), &path, &Default::default())
            .map(|g| kehoach_model::to_json(&g, false))
            .unwrap_or_default();
        assert_eq!(kehoach_model::to_json(&graph, false), again, "{path}");

        let spans = graph
            .sections
            .iter()
            .map(|s| s.span)
            .chain(graph.tasks.iter().map(|t| t.span))
            .chain(graph.diagnostics.iter().filter_map(|d| d.span));
        for s in spans {
            assert!(
                s.start_byte <= s.end_byte && s.end_byte as usize <= text.len(),
                "{path}: span {s:?} outside {} bytes",
                text.len()
            );
            assert!(
                s.start_line >= 1 && s.start_line <= s.end_line,
                "{path}: {s:?}"
            );
        }

        let mut ids = HashSet::new();
        let all = graph
            .sections
            .iter()
            .map(|s| &s.id)
            .chain(graph.tasks.iter().map(|t| &t.id))
            .chain(graph.agencies.iter().map(|a| &a.id))
            .chain(graph.references.iter().map(|r| &r.id))
            .chain(graph.tables.iter().map(|t| &t.id));
        for id in all {
            assert!(ids.insert(id.clone()), "{path}: duplicate id {id}");
        }
        for e in &graph.edges {
            assert!(
                ids.contains(&e.from),
                "{path}: edge from unknown {}",
                e.from
            );
            assert!(ids.contains(&e.to), "{path}: edge to unknown {}", e.to);
        }
    }
}

#[test]
fn generator_is_deterministic_across_sizes() {
    let synth = corpus();
    for size in [1_000, 50_000, 400_000] {
        let a = synth.plan(3, size);
        assert_eq!(a, synth.plan(3, size));
        assert!(a.len() + 2_000 >= size / 2, "{size}: {}", a.len());
    }
}
