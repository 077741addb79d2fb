//! Per-file settings for `check`: the files to check and, for each, the context,
//! levels and schema from its configuration (nearest `article-lint.yaml`, `--config`
//! or none with `--isolated`) with the command-line flags laid over them.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use article_schema::ArticleSchema;

use super::check::{CheckArgs, cli_levels};
use crate::config::{Config, ConfigResolver, ConfigSource};
use crate::context::Context;
use crate::discover::{Filters, discover};
use crate::engine::{Engine, FileReport, Settings};
use crate::levels::Levels;
use crate::style::Style;

/// What a run checks, and with what.
pub struct Plan {
    pub engine: Engine,
    /// The files to check (empty when reading standard input).
    pub files: Vec<PathBuf>,
    /// Article files found but left out by `--include` / `--exclude` or the
    /// configuration's `include` / `exclude`.
    pub filtered: usize,
}

pub enum PlanError {
    /// A usage problem (bad flag, missing path, unloadable schema).
    Usage(String),
    /// Configuration files that cannot be used, as reports on those files.
    Config(Vec<FileReport>),
}

impl From<String> for PlanError {
    fn from(message: String) -> Self {
        Self::Usage(message)
    }
}

fn config_source(args: &CheckArgs) -> ConfigSource {
    if args.isolated {
        ConfigSource::Isolated
    } else if let Some(path) = &args.config {
        ConfigSource::File(path.clone())
    } else {
        ConfigSource::Discover
    }
}

/// Finds the files and builds the engine with each file's settings.
pub fn plan(args: &CheckArgs, stdin_path: Option<&Path>) -> Result<Plan, PlanError> {
    let mut resolver = ConfigResolver::new(config_source(args))
        .map_err(|report| PlanError::Config(vec![*report]))?;
    let cli = cli_levels(args)?;
    let mut targets: Vec<(PathBuf, Option<Arc<Config>>)> = Vec::new();
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    let mut filtered = 0;
    if let Some(path) = stdin_path {
        let config = match &args.stdin_filename {
            Some(name) => resolver.for_file(name),
            None => {
                let cwd = std::env::current_dir().unwrap_or_default();
                resolver.for_folder(&cwd)
            }
        };
        targets.push((path.to_owned(), config));
    } else {
        let filters =
            Filters::new(&args.include, &args.exclude).map_err(|error| error.to_string())?;
        let found = discover(&args.paths, &filters).map_err(|error| error.to_string())?;
        for warning in &found.warnings {
            eprintln!("warning: {warning}");
        }
        unreadable = found.unreadable;
        filtered = found.filtered;
        let explicit: HashSet<&PathBuf> = args.paths.iter().filter(|p| p.is_file()).collect();
        for file in found.files {
            let config = resolver.for_file(&file);
            let walked = !explicit.contains(&file);
            if config
                .as_ref()
                .is_none_or(|config| config.keeps(&file, walked, !args.include.is_empty()))
            {
                files.push(file.clone());
                targets.push((file, config));
            } else {
                filtered += 1;
            }
        }
    }
    let errors = resolver.take_errors();
    if !errors.is_empty() {
        return Err(PlanError::Config(errors));
    }

    let mut builder = Builder {
        args,
        cli,
        schemas: HashMap::new(),
        built: HashMap::new(),
    };
    let default = builder.settings(None, &[])?;
    let mut per_file = HashMap::new();
    for (path, config) in targets {
        let Some(config) = config else { continue };
        let overrides = config.matching_overrides(&path);
        per_file.insert(path, builder.settings(Some(&config), &overrides)?);
    }
    let mut engine = Engine::with_settings(default, per_file);
    engine.unreadable = unreadable.into_iter().collect();
    Ok(Plan {
        engine,
        files,
        filtered,
    })
}

/// Builds settings, sharing them between files with the same config and overrides
/// and compiling each schema once.
struct Builder<'a> {
    args: &'a CheckArgs,
    cli: Levels,
    schemas: HashMap<Option<PathBuf>, ArticleSchema>,
    built: HashMap<(usize, Vec<usize>), Arc<Settings>>,
}

impl Builder<'_> {
    fn settings(
        &mut self,
        config: Option<&Arc<Config>>,
        overrides: &[usize],
    ) -> Result<Arc<Settings>, String> {
        let key = (
            config.map_or(0, |config| Arc::as_ptr(config) as usize),
            overrides.to_vec(),
        );
        if let Some(settings) = self.built.get(&key) {
            return Ok(settings.clone());
        }
        let args = self.args;
        // The command line wins: its preset stays, its levels are laid over last.
        let keep_preset = args.style.is_some();
        let mut style = Style::preset(args.style.unwrap_or_default());
        let mut levels = Levels::default();
        if let Some(config) = config {
            if let Some(spec) = &config.style {
                spec.apply(&mut style, keep_preset);
            }
            levels.merge(&config.rules);
            for &index in overrides {
                let entry = &config.overrides[index];
                if let Some(spec) = &entry.style {
                    spec.apply(&mut style, keep_preset);
                }
                levels.merge(&entry.rules);
            }
        }
        levels.merge(&self.cli);
        let today = args
            .today
            .or_else(|| config.and_then(|config| config.today))
            .unwrap_or_else(|| jiff::Zoned::now().date());
        let mut context = Context::new(today, style);
        if let Some(timezone) = args
            .timezone
            .clone()
            .or_else(|| config.and_then(|config| config.timezone.clone()))
        {
            context.timezone = timezone;
        }
        context.sections = config.and_then(|config| config.sections.clone());
        let schema_path = args
            .schema
            .clone()
            .or_else(|| config.and_then(|config| config.schema.clone()));
        let schema = match self.schemas.get(&schema_path) {
            Some(schema) => schema.clone(),
            None => {
                let schema = match &schema_path {
                    Some(path) => {
                        ArticleSchema::from_path(path).map_err(|error| error.to_string())?
                    }
                    None => ArticleSchema::bundled(),
                };
                self.schemas.insert(schema_path, schema.clone());
                schema
            }
        };
        let settings = Arc::new(Settings::new(context, levels, schema));
        self.built.insert(key, settings.clone());
        Ok(settings)
    }
}
