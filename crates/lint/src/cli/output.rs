//! Where a report goes: standard output, or `--output-file PATH`, written atomically
//! (a temporary file in the same folder, renamed over the target once complete, so a
//! reader never sees half a report and a failed run leaves the old file in place).
//! A target that is not a regular file (`/dev/null`, a pipe such as `>(tee log)`) is
//! written in place: renaming a file over it would replace the device or the pipe.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::engine::plain_io_error;

pub enum Destination {
    Stdout(io::StdoutLock<'static>),
    File {
        temp: NamedTempFile,
        path: PathBuf,
        /// The first write error (reporters ignore errors, which is right for a
        /// closed stdout pipe but not for a report file).
        error: Option<io::Error>,
    },
    /// A device or a pipe, written directly.
    Special {
        file: std::fs::File,
        path: PathBuf,
        error: Option<io::Error>,
    },
}

impl Destination {
    pub fn open(path: Option<&Path>) -> Result<Self, String> {
        let Some(path) = path else {
            return Ok(Self::Stdout(io::stdout().lock()));
        };
        let cannot = |error: &io::Error| cannot_write(path, error);
        // A symbolic link stays: the report replaces the file it points to (as --fix
        // does for articles).
        let resolved = std::fs::symlink_metadata(path)
            .is_ok_and(|metadata| metadata.file_type().is_symlink())
            .then(|| std::fs::canonicalize(path).ok())
            .flatten();
        let path = resolved.as_deref().unwrap_or(path);
        if std::fs::metadata(path).is_ok_and(|metadata| !metadata.is_file() && !metadata.is_dir()) {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|error| cannot(&error))?;
            return Ok(Self::Special {
                file,
                path: path.to_owned(),
                error: None,
            });
        }
        // The report replaces the file by a rename, which only needs the folder's
        // permission: a read-only report file is refused here, before any work.
        if std::fs::metadata(path).is_ok() {
            crate::fix::check_writable(path).map_err(|error| cannot(&error))?;
        }
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".article-lint-report-")
            .tempfile_in(dir)
            .map_err(|error| cannot(&error))?;
        Ok(Self::File {
            temp,
            path: path.to_owned(),
            error: None,
        })
    }

    /// Completes the report: a file is flushed, given the target's permissions (or
    /// 0644 for a new file) and renamed into place.
    pub fn finish(self) -> Result<(), String> {
        let (temp, path, first_error) = match self {
            Self::Stdout(_) => return Ok(()),
            Self::Special { path, error, .. } => {
                return error.map_or(Ok(()), |error| Err(cannot_write(&path, &error)));
            }
            Self::File { temp, path, error } => (temp, path, error),
        };
        let failed = |error: &io::Error| cannot_write(&path, error);
        if let Some(error) = first_error {
            return Err(failed(&error));
        }
        temp.as_file().sync_all().map_err(|error| failed(&error))?;
        let permissions = match std::fs::metadata(&path) {
            Ok(metadata) => Some(metadata.permissions()),
            Err(_) => default_permissions(),
        };
        if let Some(permissions) = permissions {
            std::fs::set_permissions(temp.path(), permissions).map_err(|error| failed(&error))?;
        }
        temp.persist(&path).map_err(|error| failed(&error.error))?;
        Ok(())
    }
}

fn cannot_write(path: &Path, error: &io::Error) -> String {
    format!(
        "cannot write the report to {}: {}",
        path.display(),
        plain_io_error(error)
    )
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

impl Write for Destination {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Stdout(out) => out.write(buf),
            Self::File { temp, error, .. } => temp.write(buf).inspect_err(|e| {
                error.get_or_insert_with(|| io::Error::new(e.kind(), e.to_string()));
            }),
            Self::Special { file, error, .. } => file.write(buf).inspect_err(|e| {
                error.get_or_insert_with(|| io::Error::new(e.kind(), e.to_string()));
            }),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Stdout(out) => out.flush(),
            Self::File { temp, error, .. } => temp.flush().inspect_err(|e| {
                error.get_or_insert_with(|| io::Error::new(e.kind(), e.to_string()));
            }),
            Self::Special { file, error, .. } => file.flush().inspect_err(|e| {
                error.get_or_insert_with(|| io::Error::new(e.kind(), e.to_string()));
            }),
        }
    }
}
