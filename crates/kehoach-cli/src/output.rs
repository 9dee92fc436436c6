//! Writing one output file so that readers only ever see a complete one.

use std::fs::{self, File, OpenOptions};
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
    let mut file = AtomicFile::create(dir, name)?;
    write(&mut file)?;
    file.commit()
}

/// An output file written in pieces over a run (the CSV tables of a bulk run)
/// with the guarantees of [`write_file_atomic_with`]: it is written as
/// `dir/.<name>.tmp` and renamed to `dir/<name>` by [`AtomicFile::commit`].
/// Dropped without a commit (an error, an interrupted run), it removes its
/// temporary file.
pub struct AtomicFile {
    /// `None` once committed.
    out: Option<BufWriter<File>>,
    temp_path: PathBuf,
    final_path: PathBuf,
}

impl AtomicFile {
    pub fn create(dir: &Path, name: &str) -> io::Result<AtomicFile> {
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
        Ok(AtomicFile {
            out: Some(BufWriter::with_capacity(BUFFER_BYTES, file)),
            temp_path,
            final_path,
        })
    }

    /// Flush and rename into place; the final path.
    pub fn commit(mut self) -> io::Result<PathBuf> {
        let Some(mut out) = self.out.take() else {
            return Err(io::Error::other("output already committed"));
        };
        let flushed = out.flush();
        drop(out);
        if let Err(e) = flushed.and_then(|()| fs::rename(&self.temp_path, &self.final_path)) {
            let _ = fs::remove_file(&self.temp_path);
            return Err(e);
        }
        Ok(self.final_path.clone())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.out {
            Some(out) => out.write(buf),
            None => Err(io::Error::other("output already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.out {
            Some(out) => out.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.temp_path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    #[test]
    fn a_file_written_in_pieces_appears_only_when_committed() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut file = AtomicFile::create(dir.path(), "tasks.csv").expect("create");
        file.write_all(b"a,b\r\n").expect("write");
        file.write_all(b"1,2\r\n").expect("write");
        assert_eq!(names(dir.path()), [".tasks.csv.tmp"]);
        let path = file.commit().expect("commit");
        assert_eq!(path, dir.path().join("tasks.csv"));
        assert_eq!(names(dir.path()), ["tasks.csv"]);
        assert_eq!(fs::read(&path).expect("read"), b"a,b\r\n1,2\r\n");
    }

    #[test]
    fn a_file_dropped_before_its_commit_leaves_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("tasks.csv"), b"earlier run").expect("write");
        let mut file = AtomicFile::create(dir.path(), "tasks.csv").expect("create");
        file.write_all(b"half a table").expect("write");
        drop(file);
        assert_eq!(names(dir.path()), ["tasks.csv"]);
        assert_eq!(
            fs::read(dir.path().join("tasks.csv")).expect("read"),
            b"earlier run"
        );
    }

    #[test]
    fn a_leftover_temporary_file_is_replaced_not_appended_to() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join(".out.json.tmp"), b"left by a crash").expect("write");
        let path = write_file_atomic(dir.path(), "out.json", b"{}").expect("write");
        assert_eq!(fs::read(path).expect("read"), b"{}");
        assert_eq!(names(dir.path()), ["out.json"]);
    }
}
