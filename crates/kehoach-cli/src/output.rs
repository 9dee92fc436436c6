//! Writing one output file so that readers only ever see a complete one.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Write `data` to `dir/<stem>.json` through `dir/.<stem>.json.tmp` and a
/// rename: an interrupted run leaves at most a hidden temporary file, never a
/// truncated `.json`. `stem` must already be a safe single component.
///
/// The temporary file is created exclusively, so a leftover entry at its path
/// (from an interrupted run, or a planted symbolic link) is removed rather
/// than written through; the rename likewise replaces a link at the final
/// path instead of following it.
pub fn write_atomic(dir: &Path, stem: &str, data: &[u8]) -> io::Result<PathBuf> {
    write_file_atomic(dir, &format!("{stem}.json"), data)
}

/// [`write_atomic`] for any file name (`<stem>.ndjson`, `tasks.csv`,
/// `kehoach.xlsx`): written through `dir/.<name>.tmp`. `name` must already be
/// a safe single component.
pub fn write_file_atomic(dir: &Path, name: &str, data: &[u8]) -> io::Result<PathBuf> {
    let final_path = dir.join(name);
    let temp_path = dir.join(format!(".{name}.tmp"));
    let create = || {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp_path)
    };
    let mut file = match create() {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(&temp_path)?;
            create()?
        }
        other => other?,
    };
    let written = file.write_all(data).and_then(|()| file.flush());
    drop(file);
    if let Err(e) = written.and_then(|()| fs::rename(&temp_path, &final_path)) {
        let _ = fs::remove_file(&temp_path);
        return Err(e);
    }
    Ok(final_path)
}
