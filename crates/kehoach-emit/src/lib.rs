//! Downstream formats of the kehoach task graph.
//!
//! The JSON [`Graph`] is the contract; the people and systems around it also
//! need the formats they already use. Every format here is a plain function of
//! one graph or of a run's graphs, so all of them agree by construction:
//!
//! - [`ndjson`]: one JSON line per task, self-contained (document id, agency
//!   names, normalised deadline), for databases and log pipelines;
//! - [`csv`]: a tasks table and an agencies table, RFC 4180, UTF-8 with a byte
//!   order mark so that Excel reads Vietnamese correctly;
//! - [`xlsx`]: one workbook with Vietnamese column headers and real dates;
//! - [`sqlite`]: a relational database, one transaction per document.
//!
//! Nothing here prints, walks directories or chooses file names: that is the
//! command line's job.

pub mod csv;
pub mod ndjson;
mod rows;
pub mod sqlite;
pub mod xlsx;

pub use rows::{AgencyRef, TaskRow, NAME_SEPARATOR};

/// Why a format could not be produced. Inputs that kehoach converted always
/// produce NDJSON and CSV; the workbook and the database have limits of their
/// own (sheet sizes, constraints of an existing database file).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The destination of a streamed format failed (a full disk, a closed pipe).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file exists but was not made by this version of kehoach.
    #[error("{0}")]
    Database(String),
    /// More rows than a worksheet can hold.
    #[error("too many rows for one worksheet: sheet {sheet} would need {rows} rows, Excel allows {limit}")]
    TooManyRows {
        sheet: &'static str,
        rows: usize,
        limit: u32,
    },
}
