//! Agency grammar and registry. Stub; see the crate description.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Central,
    Province,
    District,
    Commune,
    Group,
}

/// The canonical agency a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// ASCII id without the "agency:" prefix, e.g. "cong-an-tinh".
    pub id: String,
    /// Canonical display name, e.g. "Công an tỉnh".
    pub name: String,
    pub level: Option<Level>,
}

#[derive(Debug, Clone, Default)]
pub struct Registry {}

#[derive(Debug, thiserror::Error)]
#[error("agency registry: {0}")]
pub struct RegistryError(pub String);

impl Registry {
    /// The registry shipped with kehoach (`data/agencies.toml`).
    pub fn embedded() -> Registry {
        Registry {}
    }
    /// Parse a registry file in the same format as the embedded one.
    pub fn from_toml(_text: &str) -> Result<Registry, RegistryError> {
        Ok(Registry {})
    }
    /// Add the entries of `other` (they win on conflicts).
    pub fn extend(&mut self, _other: Registry) {}
    /// Resolve one mention; unknown agencies still get a stable id.
    pub fn resolve(&self, mention: &str) -> Resolved {
        Resolved {
            id: String::new(),
            name: mention.to_string(),
            level: None,
        }
    }
}

/// Lead and support agencies of one assignment string, as printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assignment {
    pub lead: Vec<String>,
    pub support: Vec<String>,
}

/// "X chủ trì, phối hợp với Y, Z" → lead [X], support [Y, Z]; a plain list → all lead.
pub fn split_assignment(_raw: &str) -> Assignment {
    Assignment::default()
}

/// Split a list of agencies (a table cell, a heading): "X, Y và Z" → [X, Y, Z],
/// keeping group names with commas ("các sở, ban, ngành tỉnh") whole.
pub fn split_list(_raw: &str) -> Vec<String> {
    Vec::new()
}

/// If `heading` (the text of a numbered heading in a "Tổ chức thực hiện" part,
/// before any ':'), names one or more agencies, return them as printed.
pub fn heading_agencies(_heading: &str, _registry: &Registry) -> Option<Vec<String>> {
    None
}

/// Supporting agencies named in running text: after "phối hợp (chặt chẽ) (với)",
/// "chủ trì cùng (với)" ... as printed, in order, without duplicates.
pub fn support_in_text(_text: &str, _registry: &Registry) -> Vec<String> {
    Vec::new()
}
