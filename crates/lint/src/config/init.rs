//! `article-lint init`: a commented starter configuration.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CONFIG_NAMES;

/// The starter `article-lint.yaml`. Every line but `style` and `rules` is commented,
/// so it loads as-is and behaves like no configuration.
pub const STARTER_CONFIG: &str = r#"# article-lint configuration (https://github.com/article-lint/article-lint).
# article-lint uses the nearest article-lint.yaml above each checked file;
# `--config PATH` names one for every file and `--isolated` ignores them all.
# Command-line flags win over this file.

# The JSON Schema front matter is validated against, relative to this file
# (default: the bundled schema).
# schema: schemas/article.schema.json

# The house style: ap, reuters, british, chicago or economist, or a preset
# with knobs (`article-lint explain CODE` lists the knobs a rule reads).
style: ap
# style:
#   preset: british
#   spell_max: 9              # spell out whole numbers up to nine
#   percent: per-cent         # sign | percent | per-cent
#   order: day-month          # month-day | day-month | consistent

# Levels by code, family (`number/*`) or everything (`*`):
# off | info | warning | error. The most specific entry wins.
# rules:
#   number/*: warning
#   date/future: error
#   schema/recommended: off

# Settings for some files only (globs relative to this file's folder).
# overrides:
#   - files: ["wire/**"]
#     rules:
#       number/*: off
#     style: reuters

# Which files to check when walking folders (--include replaces `include`,
# --exclude adds to `exclude`).
# include: ["news/**"]
# exclude: ["drafts/**"]

# The site time zone for `published` values without an offset.
# timezone: Asia/Karachi

# A fixed reference day for date rules (YYYY-MM-DD); --today wins.
# today: 2026-02-06

# The allowed `section` values; `front-matter/section` flags any other.
# sections: [World, Business, Sport, Opinion]
"#;

/// Writes [`STARTER_CONFIG`] as `article-lint.yaml` in `dir`, refusing to replace an
/// existing config file. Returns the path written.
pub fn write_starter(dir: &Path) -> Result<PathBuf, String> {
    for name in CONFIG_NAMES {
        let existing = dir.join(name);
        if existing.exists() {
            return Err(format!(
                "{} already exists; not overwriting it",
                existing.display()
            ));
        }
    }
    let path = if dir == Path::new(".") {
        PathBuf::from(CONFIG_NAMES[0])
    } else {
        dir.join(CONFIG_NAMES[0])
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|error| {
            format!(
                "cannot write {}: {}",
                path.display(),
                crate::engine::plain_io_error(&error)
            )
        })?;
    file.write_all(STARTER_CONFIG.as_bytes())
        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    Ok(path)
}
