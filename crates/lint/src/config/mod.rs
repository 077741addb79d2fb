//! Configuration: `article-lint.yaml` (or `.article-lint.yaml`), found by walking up
//! from each checked file's folder; `--config PATH` and `--isolated` override.
//!
//! The file is parsed with the model's YAML parser (exact spans), validated against
//! `schemas/config.schema.json` by the schema crate, then checked for what a schema
//! cannot know (rule codes, globs, time zones, style knobs). Every problem is a
//! [`Diagnostic`] in a [`FileReport`] for the config file, rendered by the normal
//! reporters; the run then exits 2.

mod discover;
mod init;
mod knobs;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use article_model::{Source, Span, SpanIndex, escape_pointer_segment};
use article_schema::ArticleSchema;
use globset::{Glob, GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde_json::{Map, Value};

pub use discover::{ConfigResolver, ConfigSource};
pub use init::{STARTER_CONFIG, write_starter};
pub use knobs::{DATE_KNOBS, KnobError, NUMBER_KNOBS};

use crate::diagnostic::{Diagnostic, Level, Severity};
use crate::engine::{FileReport, io_diagnostic, parse_diagnostic};
use crate::levels::Levels;
use crate::style::{Preset, Style};

/// The file names looked for in each folder, in order of preference.
pub const CONFIG_NAMES: [&str; 2] = ["article-lint.yaml", ".article-lint.yaml"];

/// The configuration schema, as JSON text.
pub const CONFIG_SCHEMA_JSON: &str = include_str!("../../../../schemas/config.schema.json");

/// Code of a configuration value the schema accepts but article-lint cannot use.
pub const INVALID_CODE: &str = "config/invalid";
/// Code of an unknown rule code or family under `rules:`.
pub const UNKNOWN_RULE_CODE: &str = "config/unknown-rule";

fn config_schema() -> &'static ArticleSchema {
    static SCHEMA: OnceLock<ArticleSchema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let value = serde_json::from_str(CONFIG_SCHEMA_JSON).expect("config schema is JSON");
        ArticleSchema::from_value(value, Path::new(".")).expect("config schema compiles")
    })
}

/// `style:` as written: a preset and knobs (applied in that order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StyleSpec {
    pub preset: Option<Preset>,
    pub knobs: Map<String, Value>,
}

impl StyleSpec {
    /// Lays this spec over `style`: a preset replaces it (unless `keep_preset`), then
    /// the knobs are set. Knobs were checked at load time, so errors are ignored here.
    pub fn apply(&self, style: &mut Style, keep_preset: bool) {
        if let (Some(preset), false) = (self.preset, keep_preset) {
            *style = Style::preset(preset);
        }
        let _ = style.apply_knobs(&self.knobs);
    }
}

/// One `overrides:` entry.
#[derive(Debug, Clone)]
pub struct Override {
    pub files: GlobSet,
    pub rules: Levels,
    pub style: Option<StyleSpec>,
}

/// A loaded, checked configuration file.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    /// Its folder (absolute): globs and `schema` are relative to it.
    pub dir: PathBuf,
    /// `schema`, resolved against `dir`.
    pub schema: Option<PathBuf>,
    pub style: Option<StyleSpec>,
    pub rules: Levels,
    pub overrides: Vec<Override>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    include_set: Option<GlobSet>,
    exclude_set: GlobSet,
    pub timezone: Option<TimeZone>,
    pub today: Option<Date>,
    pub sections: Option<Vec<String>>,
}

/// A configuration that cannot be used: the findings, as a report on the config file.
pub type ConfigError = Box<FileReport>;

impl Config {
    /// An empty configuration rooted at `dir` (what `--isolated` uses).
    pub fn empty(dir: PathBuf) -> Self {
        Self {
            path: dir.join(CONFIG_NAMES[0]),
            dir,
            schema: None,
            style: None,
            rules: Levels::default(),
            overrides: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            include_set: None,
            exclude_set: GlobSet::empty(),
            timezone: None,
            today: None,
            sections: None,
        }
    }

    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let report = |source: Option<Source>, diagnostics: Vec<Diagnostic>| {
            Box::new(FileReport {
                path: path.to_owned(),
                source,
                diagnostics,
            })
        };
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => {
                    let diagnostic = Diagnostic::new(
                        INVALID_CODE,
                        Severity::Error,
                        "the configuration file is not valid UTF-8",
                        Span::empty(0),
                    );
                    return Err(report(None, vec![diagnostic]));
                }
            },
            Err(error) => return Err(report(None, vec![io_diagnostic(path, &error)])),
        };
        let source = Source::new(path, text);
        match Self::parse(&source, path) {
            Ok(config) => Ok(config),
            Err(mut diagnostics) => {
                crate::engine::sort_diagnostics(&mut diagnostics);
                Err(report(Some(source), diagnostics))
            }
        }
    }

    /// Parses a configuration text; `path` names the file (its folder is the base).
    pub fn parse(source: &Source, path: &Path) -> Result<Config, Vec<Diagnostic>> {
        let (value, spans) = article_model::front_matter::parse_yaml_document(source)
            .map_err(|error| vec![config_parse_diagnostic(error)])?;
        let root = Span::new(source.content_start(), source.content_start());
        let findings: Vec<Diagnostic> = config_schema()
            .validate(&value, &spans, root)
            .into_iter()
            .map(crate::engine::schema_diagnostic)
            .filter(|d| d.severity == Severity::Error)
            .collect();
        if !findings.is_empty() {
            return Err(with_unknown_rule_codes(findings, &value, &spans));
        }
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let dir = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut reader = Reader {
            spans: &spans,
            errors: Vec::new(),
        };
        let mut config = Config::empty(dir);
        config.path = path.to_owned();
        config.schema = value
            .get("schema")
            .and_then(Value::as_str)
            .map(|schema| config.dir.join(schema));
        config.style = value
            .get("style")
            .and_then(|style| reader.style(style, "/style"));
        config.rules = value
            .get("rules")
            .map(|rules| reader.rules(rules, "/rules"))
            .unwrap_or_default();
        if let Some(Value::Array(overrides)) = value.get("overrides") {
            for (index, entry) in overrides.iter().enumerate() {
                let pointer = format!("/overrides/{index}");
                let files = reader.globs(entry.get("files"), &format!("{pointer}/files"));
                let rules = entry
                    .get("rules")
                    .map(|rules| reader.rules(rules, &format!("{pointer}/rules")))
                    .unwrap_or_default();
                let style = entry
                    .get("style")
                    .and_then(|style| reader.style(style, &format!("{pointer}/style")));
                config.overrides.push(Override {
                    files: files.unwrap_or_else(GlobSet::empty),
                    rules,
                    style,
                });
            }
        }
        config.include = strings(value.get("include"));
        config.exclude = strings(value.get("exclude"));
        if !config.include.is_empty() {
            config.include_set = reader.globs(value.get("include"), "/include");
        }
        config.exclude_set = reader
            .globs(value.get("exclude"), "/exclude")
            .unwrap_or_else(GlobSet::empty);
        if let Some(text) = value.get("timezone").and_then(Value::as_str) {
            match crate::cli::parse_time_zone(text) {
                Ok(timezone) => config.timezone = Some(timezone),
                Err(message) => reader.error("/timezone", message, None),
            }
        }
        if let Some(text) = value.get("today").and_then(Value::as_str) {
            match crate::cli::parse_day(text) {
                Ok(day) => config.today = Some(day),
                Err(_) => reader.error(
                    "/today",
                    format!("`{text}` is not a calendar day"),
                    Some("write it as YYYY-MM-DD, e.g. 2026-02-06".into()),
                ),
            }
        }
        if value.get("sections").is_some() {
            config.sections = Some(strings(value.get("sections")));
        }
        if reader.errors.is_empty() {
            Ok(config)
        } else {
            Err(reader.errors)
        }
    }

    /// `path` relative to this config's folder, `/`-separated (as globs see it).
    pub fn relative(&self, path: &Path) -> PathBuf {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        absolute
            .strip_prefix(&self.dir)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| path.strip_prefix("./").unwrap_or(path).to_path_buf())
    }

    /// Whether `include`/`exclude` keep a file. `walked`: found by walking a folder
    /// (`include` applies only to those; `exclude` to explicit files too).
    /// `cli_include`: the command line named its own `--include` (which then wins).
    pub fn keeps(&self, path: &Path, walked: bool, cli_include: bool) -> bool {
        let relative = self.relative(path);
        if self.exclude_set.is_match(&relative) {
            return false;
        }
        match (&self.include_set, walked && !cli_include) {
            (Some(include), true) => include.is_match(&relative),
            _ => true,
        }
    }

    /// The indexes of the overrides whose `files` match `path`.
    pub fn matching_overrides(&self, path: &Path) -> Vec<usize> {
        let relative = self.relative(path);
        self.overrides
            .iter()
            .enumerate()
            .filter(|(_, entry)| entry.files.is_match(&relative))
            .map(|(index, _)| index)
            .collect()
    }
}

/// `schema_errors`, and the unknown rule codes of `value`. The schema cannot know the
/// rule codes, so without them a file with both kinds of mistakes would show its
/// unknown codes only once its schema errors were fixed. The rest of what [`Reader`]
/// checks waits: on a value the schema rejected it would repeat the schema's errors.
/// A YAML error in a configuration file: `config/invalid`, in words about the
/// configuration file (the YAML reader words its errors for an article's front matter).
fn config_parse_diagnostic(error: article_model::ParseError) -> Diagnostic {
    let reword = |text: &str| {
        text.replace("the front matter", "the configuration file")
            .replace("front matter", "configuration file")
    };
    let mut diagnostic = parse_diagnostic(error);
    diagnostic.code = INVALID_CODE.to_owned();
    diagnostic.message = reword(&diagnostic.message);
    diagnostic.label = diagnostic.label.as_deref().map(reword);
    diagnostic.help = diagnostic.help.as_deref().map(reword);
    for label in &mut diagnostic.labels {
        label.message = reword(&label.message);
    }
    diagnostic
}

fn with_unknown_rule_codes(
    mut schema_errors: Vec<Diagnostic>,
    value: &Value,
    spans: &SpanIndex,
) -> Vec<Diagnostic> {
    let mut reader = Reader {
        spans,
        errors: Vec::new(),
    };
    if let Some(rules) = value.get("rules") {
        reader.rules(rules, "/rules");
    }
    if let Some(Value::Array(overrides)) = value.get("overrides") {
        for (index, entry) in overrides.iter().enumerate() {
            if let Some(rules) = entry.get("rules") {
                reader.rules(rules, &format!("/overrides/{index}/rules"));
            }
        }
    }
    schema_errors.extend(
        reader
            .errors
            .into_iter()
            .filter(|error| error.code == UNKNOWN_RULE_CODE),
    );
    schema_errors
}

/// Reads the parts of a config value the schema cannot check, collecting errors.
struct Reader<'a> {
    spans: &'a SpanIndex,
    errors: Vec<Diagnostic>,
}

impl Reader<'_> {
    fn span(&self, pointer: &str, key: bool) -> Span {
        match self.spans.nearest(pointer) {
            Some((_, node)) if key => node.key.unwrap_or(node.value),
            Some((_, node)) => node.value,
            None => Span::empty(0),
        }
    }

    fn error(&mut self, pointer: &str, message: String, help: Option<String>) {
        self.push(INVALID_CODE, pointer, false, message, help);
    }

    fn push(
        &mut self,
        code: &str,
        pointer: &str,
        key: bool,
        message: String,
        help: Option<String>,
    ) {
        let mut diagnostic =
            Diagnostic::new(code, Severity::Error, message, self.span(pointer, key));
        diagnostic.help = help;
        self.errors.push(diagnostic);
    }

    fn rules(&mut self, rules: &Value, pointer: &str) -> Levels {
        let mut levels = Levels::default();
        let Some(map) = rules.as_object() else {
            return levels;
        };
        for (selector, level) in map {
            let entry = format!("{pointer}/{}", escape(selector));
            if !Levels::is_known_selector(selector) {
                let help = Levels::suggest(selector)
                    .map(|s| format!("did you mean `{s}`?"))
                    .or_else(|| {
                        Some("`article-lint rules` lists every code and family".to_owned())
                    });
                self.push(
                    UNKNOWN_RULE_CODE,
                    &entry,
                    true,
                    format!("unknown rule code or family `{selector}`"),
                    help,
                );
                continue;
            }
            if let Some(why) = Levels::fixed_level_reason(selector) {
                self.push(
                    INVALID_CODE,
                    &entry,
                    true,
                    format!("`{selector}` cannot be set under `rules:`: {why}"),
                    None,
                );
                continue;
            }
            match level.as_str().and_then(Level::parse) {
                Some(level) => levels.set(selector, level),
                None => self.error(
                    &entry,
                    format!("`{selector}` must be set to off, info, warning or error"),
                    None,
                ),
            }
        }
        levels
    }

    fn style(&mut self, style: &Value, pointer: &str) -> Option<StyleSpec> {
        let mut spec = StyleSpec::default();
        match style {
            Value::String(name) => match name.parse::<Preset>() {
                Ok(preset) => spec.preset = Some(preset),
                Err(message) => {
                    self.error(pointer, message, None);
                    return None;
                }
            },
            Value::Object(knobs) => {
                if let Some(name) = knobs.get("preset").and_then(Value::as_str) {
                    match name.parse::<Preset>() {
                        Ok(preset) => spec.preset = Some(preset),
                        Err(message) => self.error(&format!("{pointer}/preset"), message, None),
                    }
                }
                spec.knobs = knobs.clone();
                if let Err(errors) = Style::default().apply_knobs(knobs) {
                    for error in errors {
                        let key = error.message.starts_with("unknown");
                        self.push(
                            INVALID_CODE,
                            &format!("{pointer}{}", error.pointer),
                            key,
                            error.message,
                            error.help,
                        );
                    }
                    return None;
                }
            }
            _ => return None,
        }
        Some(spec)
    }

    fn globs(&mut self, globs: Option<&Value>, pointer: &str) -> Option<GlobSet> {
        let mut builder = GlobSetBuilder::new();
        for (index, glob) in strings(globs).iter().enumerate() {
            for pattern in glob_patterns(glob) {
                match Glob::new(&pattern) {
                    Ok(glob) => {
                        builder.add(glob);
                    }
                    Err(error) => {
                        self.error(
                            &format!("{pointer}/{index}"),
                            format!("invalid glob `{glob}`: {}", error.kind()),
                            None,
                        );
                        break;
                    }
                }
            }
        }
        builder.build().ok()
    }
}

/// A glob as `discover` reads it: a bare name matches at any depth, and a folder
/// matches everything below it.
fn glob_patterns(glob: &str) -> [String; 2] {
    let pattern = if glob.contains('/') || glob.starts_with("**") {
        glob.trim_start_matches("./").to_owned()
    } else {
        format!("**/{glob}")
    };
    [pattern.clone(), format!("{pattern}/**")]
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// One JSON pointer segment.
pub(crate) fn escape(segment: &str) -> String {
    escape_pointer_segment(segment)
}

/// The closest candidate to `word` within a third of its length in edits.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .map(|candidate| (crate::levels::edit_distance(word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len() / 3 + 1)
        .min()
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        Config::parse(
            &Source::new("article-lint.yaml", text),
            Path::new("/news/article-lint.yaml"),
        )
    }

    #[test]
    fn full_config_parses() {
        let config = parse(
            "schema: s.json\nstyle: {preset: british, spell_max: 10}\nrules:\n  number/*: warning\n\
             overrides:\n  - files: [wire/**]\n    rules: {date/*: off}\n\
             include: [news/**]\nexclude: [drafts]\ntimezone: Asia/Karachi\ntoday: 2026-02-06\n\
             sections: [World, Business]\n",
        )
        .unwrap();
        assert_eq!(config.schema, Some(PathBuf::from("/news/s.json")));
        assert_eq!(config.style.as_ref().unwrap().preset, Some(Preset::British));
        assert_eq!(
            config.rules.resolve("number/percent", Severity::Error),
            Some(Severity::Warning)
        );
        assert_eq!(
            config.matching_overrides(Path::new("/news/wire/a.md")),
            vec![0]
        );
        assert!(
            config
                .matching_overrides(Path::new("/news/a.md"))
                .is_empty()
        );
        assert!(!config.keeps(Path::new("/news/x/drafts/a.md"), true, false));
        assert!(!config.keeps(Path::new("/news/other/a.md"), true, false));
        assert!(config.keeps(Path::new("/news/other/a.md"), false, false));
        assert!(config.keeps(Path::new("/news/news/a.md"), true, false));
        assert_eq!(config.today, Some(jiff::civil::date(2026, 2, 6)));
        assert_eq!(config.sections.as_ref().unwrap().len(), 2);
    }

    #[test]
    fn unknown_rule_code_has_a_span_and_a_suggestion() {
        let text = "rules:\n  date/futur: error\n";
        let errors = parse(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code, UNKNOWN_RULE_CODE);
        assert_eq!(&text[errors[0].span.range()], "date/futur");
    }

    #[test]
    fn unknown_rule_codes_come_with_schema_errors() {
        let text = "style: {preset: bbc}\nrules:\n  date/futur: error\n  '*': loud\n\
                    overrides:\n  - files: [wire/**]\n    rules: {numbr/*: off}\n";
        let errors = parse(text).unwrap_err();
        let found: Vec<(&str, &str)> = errors
            .iter()
            .map(|d| (d.code.as_str(), &text[d.span.range()]))
            .collect();
        assert!(
            found.contains(&(UNKNOWN_RULE_CODE, "date/futur")),
            "{found:?}"
        );
        assert!(found.contains(&(UNKNOWN_RULE_CODE, "numbr/*")), "{found:?}");
        assert!(found.iter().any(|(_, at)| at.contains("bbc")), "{found:?}");
        // "loud" is the schema's to report, once.
        assert_eq!(
            found.iter().filter(|(_, at)| *at == "loud").count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn run_problems_cannot_be_given_a_level() {
        let text = "rules:\n  io/read: off\n  config/*: warning\n\
                    overrides:\n  - files: [wire/**]\n    rules: {io: off}\n";
        let errors = parse(text).unwrap_err();
        let found: Vec<(&str, &str)> = errors
            .iter()
            .map(|d| (d.code.as_str(), &text[d.span.range()]))
            .collect();
        assert_eq!(
            found,
            [
                (INVALID_CODE, "io/read"),
                (INVALID_CODE, "config/*"),
                (INVALID_CODE, "io")
            ]
        );
        assert!(
            errors[0]
                .message
                .contains("`io/read` cannot be set under `rules:`: a file that cannot be read"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn schema_errors_carry_spans() {
        let text = "rules:\n  '*': loud\n";
        let errors = parse(text).unwrap_err();
        assert!(!errors.is_empty());
        assert_eq!(&text[errors[0].span.range()], "loud");
    }

    #[test]
    fn empty_file_is_an_empty_config() {
        assert!(parse("").is_ok());
        assert!(parse("# only a comment\n").is_ok());
    }

    #[test]
    fn bad_knob_timezone_and_day_are_errors() {
        let errors =
            parse("style: {ordr: x}\ntimezone: Mars/Base\ntoday: 2026-02-31\n").unwrap_err();
        let codes: Vec<&str> = errors.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, vec![INVALID_CODE; 3]);
    }

    #[test]
    fn starter_config_loads() {
        parse(STARTER_CONFIG).unwrap();
    }
}
