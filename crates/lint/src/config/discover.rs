//! Which configuration applies to a file: the nearest `article-lint.yaml` (or
//! `.article-lint.yaml`) walking up from its folder, one named with `--config`, or
//! none (`--isolated`). Lookups are cached per folder and each file is loaded once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{CONFIG_NAMES, Config, ConfigError};
use crate::engine::FileReport;

/// Where configuration comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigSource {
    /// The nearest config file above each checked file.
    Discover,
    /// `--config PATH`: one file for every checked file.
    File(PathBuf),
    /// `--isolated`: no configuration at all.
    Isolated,
}

/// Finds and loads configuration files, remembering folders already looked at.
#[derive(Debug)]
pub struct ConfigResolver {
    source: ConfigSource,
    fixed: Option<Arc<Config>>,
    /// Folder → the config that applies there (`None`: no config, or a broken one).
    folders: HashMap<PathBuf, Option<Arc<Config>>>,
    errors: Vec<FileReport>,
}

impl ConfigResolver {
    /// Loads the `--config` file, if any (its errors are returned at once).
    pub fn new(source: ConfigSource) -> Result<Self, ConfigError> {
        let fixed = match &source {
            ConfigSource::File(path) => Some(Arc::new(Config::load(path)?)),
            _ => None,
        };
        Ok(Self {
            source,
            fixed,
            folders: HashMap::new(),
            errors: Vec::new(),
        })
    }

    /// The configuration of `file`, if any. A broken config file is recorded in
    /// [`Self::take_errors`] (once) and yields `None`.
    pub fn for_file(&mut self, file: &Path) -> Option<Arc<Config>> {
        match self.source {
            ConfigSource::Isolated => None,
            ConfigSource::File(_) => self.fixed.clone(),
            ConfigSource::Discover => {
                let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_owned());
                let folder = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
                self.for_folder(&folder)
            }
        }
    }

    /// The configuration that applies in `folder` (for stdin: the current folder).
    pub fn for_folder(&mut self, folder: &Path) -> Option<Arc<Config>> {
        if self.source != ConfigSource::Discover {
            return self.fixed.clone();
        }
        let mut visited = Vec::new();
        let mut current = Some(folder);
        let found = loop {
            let Some(dir) = current else { break None };
            if let Some(cached) = self.folders.get(dir) {
                break cached.clone();
            }
            visited.push(dir.to_path_buf());
            if let Some(path) = CONFIG_NAMES
                .iter()
                .map(|name| dir.join(name))
                .find(|path| path.is_file())
            {
                // Shown relative to the current folder when it is below it.
                let cwd = std::env::current_dir().unwrap_or_default();
                let shown = path.strip_prefix(&cwd).unwrap_or(&path);
                // Both names in one folder: the first wins, and saying so spares a
                // user editing the other one a puzzling afternoon.
                let shadowed = dir.join(CONFIG_NAMES[1]);
                if path != shadowed && shadowed.is_file() {
                    eprintln!(
                        "warning: {} is ignored: {} in the same folder takes precedence",
                        shadowed.strip_prefix(&cwd).unwrap_or(&shadowed).display(),
                        shown.display()
                    );
                }
                let loaded = match Config::load(shown) {
                    Ok(config) => Some(Arc::new(config)),
                    Err(report) => {
                        self.errors.push(*report);
                        None
                    }
                };
                break loaded;
            }
            current = dir.parent();
        };
        for dir in visited {
            self.folders.insert(dir, found.clone());
        }
        found
    }

    /// Reports for the config files that could not be used (each once).
    pub fn take_errors(&mut self) -> Vec<FileReport> {
        std::mem::take(&mut self.errors)
    }
}
