//! Writing one output file so that readers only ever see a complete one.

use std::fs::{self, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Buffer between serialisers, which write in many small pieces, and the file.
const BUFFER_BYTES: usize = 64 << 10;

/// Write `data` to `dir/<name>` through `dir/.<name>.tmp` and a rename (see
/// [`write_file_atomic_with`]). `name` must already be a safe single component.
pub fn write_file_atomic(dir: &Path, name: &str, data: &[u8]) -> io::Result<PathBuf> {
    write_file_atomic_with(dir, name, |out| out.write_all(data))
}

/// Write `dir/<name>` with `write`, which streams the contents into a
/// buffered writer, through `dir/.<name>.tmp` and a rename: an interrupted
/// run leaves at most a hidden temporary file, never a truncated output.
/// Streaming means a large output is never held in memory whole. `name`
/// (`<stem>.json`, `<stem>.ndjson`, `tasks.csv`, `kehoach.xlsx`) must already
/// be a safe single component.
///
/// The temporary file is created exclusively, so a leftover entry at its path
/// (from an interrupted run, or a planted symbolic link) is removed rather
/// than written through; the rename likewise replaces a link at the final
/// path instead of following it.
pub fn write_file_atomic_with(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    let final_path = dir.join(name);
    let temp_path = dir.join(format!(".{name}.tmp"));
    let create = || {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
    };
    let file = match create() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(&temp_path)?;
            create()?
        }
        other => other?,
    };
    let mut out = BufWriter::with_capacity(BUFFER_BYTES, file);
    let written = write(&mut out).and_then(|()| out.flush());
    drop(out);
    if let Err(e) = written.and_then(|()| fs::rename(&temp_path, &final_path)) {
        let _ = fs::remove_file(&temp_path);
        return Err(e);
    }
    Ok(final_path)
}
