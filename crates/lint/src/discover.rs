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
    #[error("cannot walk {}: {message}", path.display())]
    Walk { path: PathBuf, message: String },
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

/// The files to check under `paths`, sorted and without duplicates. Files named
/// explicitly are checked whatever their extension, unless excluded.
pub fn discover(paths: &[PathBuf], filters: &Filters) -> Result<Vec<PathBuf>, DiscoverError> {
    let mut files = Vec::new();
    for path in paths {
        let metadata =
            std::fs::metadata(path).map_err(|_| DiscoverError::Missing { path: path.clone() })?;
        if !metadata.is_dir() {
            if !filters.excluded(path) {
                files.push(path.clone());
            }
            continue;
        }
        let walker = ignore::WalkBuilder::new(path)
            .require_git(false)
            .hidden(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = entry.map_err(|error| DiscoverError::Walk {
                path: path.clone(),
                message: error.to_string(),
            })?;
            let entry_path = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file())
                && is_article(entry_path)
                && !filters.excluded(entry_path)
                && filters.included(entry_path)
            {
                files.push(entry_path.to_owned());
            }
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
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
