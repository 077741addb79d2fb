//! Finding the articles to check: directories walked with `.gitignore` respected,
//! `--include` / `--exclude` globs applied (to explicit files too).

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

/// Extensions checked when walking a directory.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "markdown"];

/// Include/exclude filters.
#[derive(Debug, Clone)]
pub struct Filters {
    include: Option<GlobSet>,
    exclude: GlobSet,
}

#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    #[error("invalid glob `{glob}`: {message}")]
    Glob { glob: String, message: String },
    #[error("{}: no such file or directory", path.display())]
    Missing { path: PathBuf },
    #[error("{}: {message}", path.display())]
    Unusable { path: PathBuf, message: String },
}

fn build(globs: &[String]) -> Result<GlobSet, DiscoverError> {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        // A bare name matches at any depth, like .gitignore ("drafts/**").
        let pattern = if glob.contains('/') || glob.starts_with("**") {
            glob.trim_start_matches("./").to_owned()
        } else {
            format!("**/{glob}")
        };
        for pattern in [pattern.clone(), format!("{pattern}/**")] {
            builder.add(Glob::new(&pattern).map_err(|error| DiscoverError::Glob {
                glob: glob.clone(),
                message: error.kind().to_string(),
            })?);
        }
    }
    builder.build().map_err(|error| DiscoverError::Glob {
        glob: globs.join(", "),
        message: error.to_string(),
    })
}

impl Filters {
    pub fn new(include: &[String], exclude: &[String]) -> Result<Self, DiscoverError> {
        Ok(Self {
            include: if include.is_empty() {
                None
            } else {
                Some(build(include)?)
            },
            exclude: build(exclude)?,
        })
    }

    fn normalized(path: &Path) -> &Path {
        path.strip_prefix("./").unwrap_or(path)
    }

    pub fn excluded(&self, path: &Path) -> bool {
        self.exclude.is_match(Self::normalized(path))
    }

    fn included(&self, path: &Path) -> bool {
        self.include
            .as_ref()
            .is_none_or(|include| include.is_match(Self::normalized(path)))
    }
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ARTICLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Found {
    /// The files to check, sorted and without duplicates, with the folders that could
    /// not be read among them (each is reported as an `io/read` finding).
    pub files: Vec<PathBuf>,
    /// The folders (in `files`) that could not be read, with why.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Problems that do not stop the walk (an ignore file that cannot be parsed).
    pub warnings: Vec<String>,
    /// Article files left out by `--include` / `--exclude`.
    pub filtered: usize,
}

/// Why a path given on the command line cannot be used: missing, or the OS's reason
/// (a symbolic link loop, a dangling link, a permission problem).
fn unusable(path: &Path, error: &std::io::Error) -> DiscoverError {
    let message = match std::fs::read_link(path) {
        Ok(target) if error.kind() == std::io::ErrorKind::NotFound => format!(
            "a symbolic link to {}, which does not exist",
            target.display()
        ),
        _ if error.kind() == std::io::ErrorKind::NotFound => {
            return DiscoverError::Missing {
                path: path.to_owned(),
            };
        }
        _ => crate::engine::plain_io_error(error),
    };
    DiscoverError::Unusable {
        path: path.to_owned(),
        message,
    }
}

/// The path an error of the walk is about, and the I/O error, when it has both.
fn walk_failure(error: &ignore::Error) -> Option<(&Path, &std::io::Error)> {
    match error {
        ignore::Error::WithPath { path, err } => Some((path, err.io_error()?)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            walk_failure(err)
        }
        _ => None,
    }
}

/// The OS error code inside an error (the walker wraps it with its path).
fn os_error(error: &std::io::Error) -> Option<i32> {
    let mut current: &dyn std::error::Error = error;
    loop {
        if let Some(code) = current
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::raw_os_error)
        {
            return Some(code);
        }
        current = match current.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as &dyn std::error::Error)?,
            None => current.source()?,
        };
    }
}

/// The files to check under `paths`, sorted, each file once. Files named
/// explicitly are checked whatever their extension, unless excluded. A folder that
/// cannot be read does not stop the walk: it is listed with the files and in
/// `unreadable`, and everything else is still found.
pub fn discover(paths: &[PathBuf], filters: &Filters) -> Result<Found, DiscoverError> {
    let mut found = Found::default();
    for path in paths {
        let metadata = std::fs::metadata(path).map_err(|error| unusable(path, &error))?;
        if !metadata.is_dir() {
            if filters.excluded(path) {
                found.filtered += 1;
            } else {
                found.files.push(path.clone());
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .require_git(false)
            .hidden(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => match walk_failure(&error) {
                    Some((failed, io_error)) => {
                        if !filters.excluded(failed) {
                            found.files.push(failed.to_owned());
                            // The OS's words, without the path the walker adds.
                            let why = os_error(io_error).map_or_else(
                                || std::io::Error::from(io_error.kind()),
                                std::io::Error::from_raw_os_error,
                            );
                            found
                                .unreadable
                                .push((failed.to_owned(), crate::engine::plain_io_error(&why)));
                        }
                        continue;
                    }
                    None => {
                        found
                            .warnings
                            .push(format!("while walking {}: {error}", path.display()));
                        continue;
                    }
                },
            };
            let entry_path = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file()) && is_article(entry_path) {
                if !filters.excluded(entry_path) && filters.included(entry_path) {
                    found.files.push(entry_path.to_owned());
                } else {
                    found.filtered += 1;
                }
            }
        }
    }
    // One file named twice (`a.md` and `/abs/a.md`, `news/../news`, a link to it) is
    // checked, counted and fixed once, under the name it was first given.
    let mut seen = std::collections::HashSet::new();
    found.files.retain(|file| {
        let identity = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
        seen.insert(identity)
    });
    found.files.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_at_any_depth_and_below_folders() {
        let filters = Filters::new(&[], &["drafts".into(), "wire/**".into()]).unwrap();
        assert!(filters.excluded(Path::new("news/drafts/a.md")));
        assert!(filters.excluded(Path::new("./wire/x/a.md")));
        assert!(!filters.excluded(Path::new("news/a.md")));
    }

    #[test]
    fn invalid_glob_is_an_error() {
        assert!(matches!(
            Filters::new(&["a[".into()], &[]),
            Err(DiscoverError::Glob { .. })
        ));
    }
}
