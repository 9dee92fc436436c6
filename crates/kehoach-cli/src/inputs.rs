//! Turning command-line arguments into the ordered list of inputs of a run.
//!
//! The order is part of kehoach's output: it decides which of two inputs with
//! the same stem gets the plain name, and the order of the report. So it
//! depends only on the arguments and the directory contents, never on the
//! order the file system lists entries in.

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

/// One input of a run, in report order.
#[derive(Debug)]
pub struct Input {
    /// How the input is named in messages and in the graph's `source.path`.
    pub display: String,
    pub kind: Kind,
}

#[derive(Debug)]
pub enum Kind {
    Stdin,
    File(PathBuf),
    /// Named by the user (or found while walking) but unusable before any
    /// reading starts: it is still reported, as failed, so that no input
    /// silently goes missing from a run.
    Unusable(String),
}

/// Whether a file found while walking a directory is a plan kehoach reads.
/// Files named explicitly on the command line are always taken.
pub fn is_plan_file(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

pub fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// Expand arguments: `-` is standard input, a directory contributes its plan
/// files recursively in sorted path order, anything else is taken as a file.
/// Returns the inputs and warnings for the user.
pub fn collect(args: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut warnings = Vec::new();
    // Converting the same file twice would only produce a second, suffixed copy.
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut push_file = |path: PathBuf, inputs: &mut Vec<Input>, warnings: &mut Vec<String>| {
        let key = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            inputs.push(Input {
                display: display(&path),
                kind: Kind::File(path),
            });
        } else {
            warnings.push(format!(
                "{}: given more than once; converted once",
                display(&path)
            ));
        }
    };
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Input {
                display: "-".to_string(),
                kind: Kind::Stdin,
            });
            continue;
        }
        match fs::metadata(arg) {
            Err(e) => inputs.push(Input {
                display: display(arg),
                kind: Kind::Unusable(format!("cannot read: {e}")),
            }),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                walk(arg, &mut found, &mut warnings);
                found.sort_by(|a, b| a.0.cmp(&b.0));
                if found.is_empty() {
                    warnings.push(format!(
                        "{}: no .txt or .md files in this directory",
                        display(arg)
                    ));
                }
                for (path, problem) in found {
                    match problem {
                        None => push_file(path, &mut inputs, &mut warnings),
                        Some(reason) => inputs.push(Input {
                            display: display(&path),
                            kind: Kind::Unusable(reason),
                        }),
                    }
                }
            }
            Ok(_) => push_file(arg.clone(), &mut inputs, &mut warnings),
        }
    }
    (inputs, warnings)
}

/// Collect plan files under `dir`, and directories that cannot be listed
/// (with the reason). Symbolic links to files are followed; links to
/// directories are not, so a link cycle cannot make a run endless.
fn walk(dir: &Path, found: &mut Vec<(PathBuf, Option<String>)>, warnings: &mut Vec<String>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.push((
                dir.to_path_buf(),
                Some(format!("cannot read directory: {e}")),
            ));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                found.push((
                    dir.to_path_buf(),
                    Some(format!("cannot read directory: {e}")),
                ));
                continue;
            }
        };
        let path = entry.path();
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(e) => {
                if is_plan_file(&path) {
                    found.push((path, Some(format!("cannot read: {e}"))));
                }
                continue;
            }
        };
        if file_type.is_dir() {
            walk(&path, found, warnings);
        } else if file_type.is_symlink() {
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => warnings.push(format!(
                    "{}: symbolic link to a directory, not followed",
                    display(&path)
                )),
                Ok(_) if is_plan_file(&path) => found.push((path, None)),
                Ok(_) => {}
                Err(e) if is_plan_file(&path) => {
                    found.push((path, Some(format!("cannot read: {e}"))))
                }
                Err(_) => {}
            }
        } else if is_plan_file(&path) {
            found.push((path, None));
        }
    }
}
