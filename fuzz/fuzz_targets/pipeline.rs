//! The whole pipeline on any bytes: no panic, and every graph keeps the
//! contract: valid against the JSON Schema, every span inside the decoded input
//! and on character boundaries, ids unique, every edge endpoint and referenced
//! id present.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

fn validator() -> &'static Option<Validator> {
    static V: OnceLock<Option<Validator>> = OnceLock::new();
    V.get_or_init(|| {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        let url = "urn:kehoach:v1-schema";
        compiler
            .add_resource(url, kehoach_model::json_schema())
            .ok()?;
        let index = compiler.compile(url, &mut schemas).ok()?;
        Some(Validator { schemas, index })
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(graph) = kehoach_extract::convert(data, "fuzz.txt", &Default::default()) else {
        return;
    };
    let text = match kehoach_decode::decode(data) {
        Ok(d) => d.text,
        Err(e) => panic!("converted, but decoding alone fails: {e}"),
    };
    let problems = kehoach_model::check(&graph, text.len());
    assert!(problems.is_empty(), "{problems:?}");
    for s in graph
        .sections
        .iter()
        .map(|s| s.span)
        .chain(graph.tasks.iter().map(|t| t.span))
        .chain(graph.tables.iter().map(|t| t.span))
        .chain(graph.diagnostics.iter().filter_map(|d| d.span))
    {
        assert!(text
            .get(s.start_byte as usize..s.end_byte as usize)
            .is_some());
    }
    let Some(v) = validator() else {
        panic!("the JSON Schema does not compile");
    };
    let json = serde_json::to_value(&graph).unwrap_or_default();
    if let Err(e) = v.schemas.validate(&json, v.index) {
        panic!("schema: {e}");
    }
});
