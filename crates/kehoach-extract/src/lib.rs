//! The whole pipeline as one pure function: bytes in, task graph out. (Work in progress.)

use kehoach_model as model;

/// What a caller can tune. `Default` is what the CLI uses without flags.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Extra agency registry entries on top of the embedded registry.
    pub registry: Option<std::sync::Arc<kehoach_agency::Registry>>,
}

/// Why an input produced no graph.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct ConvertError {
    /// 1-based line the problem was found on, where that makes sense.
    pub line: Option<u32>,
    pub reason: String,
}

/// Convert one input. `path` is only recorded (and used for the fallback id); nothing is read.
pub fn convert(bytes: &[u8], path: &str, _options: &Options) -> Result<model::Graph, ConvertError> {
    let decoded = kehoach_decode::decode(bytes)
        .map_err(|e| ConvertError { line: e.line, reason: e.reason })?;
    use sha2::Digest;
    let sha = sha2::Sha256::digest(bytes);
    let sha256 = sha.iter().map(|b| format!("{b:02x}")).collect::<String>();
    let stem = std::path::Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".to_string());
    Ok(model::Graph {
        schema_version: model::SCHEMA_VERSION.to_string(),
        document: model::Document {
            id: stem,
            source: model::Source {
                path: path.to_string(),
                sha256,
                bytes: bytes.len() as u64,
                format: model::SourceFormat::Text,
                encoding: decoded.encoding.to_string(),
            },
            number: None,
            doc_type: None,
            issuer: None,
            place: None,
            issued_on: None,
            signer: None,
            title: None,
        },
        sections: Vec::new(),
        tasks: Vec::new(),
        agencies: Vec::new(),
        references: Vec::new(),
        tables: Vec::new(),
        edges: Vec::new(),
        diagnostics: Vec::new(),
    })
}
