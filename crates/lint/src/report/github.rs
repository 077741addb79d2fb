//! GitHub Actions workflow commands: one `::error file=…,line=…::message` line a
//! finding, which the runner turns into annotations on the pull request. Streamed.

use std::io::{self, Write};

use super::{Reporter, Summary, span_position};
use crate::diagnostic::Severity;
use crate::engine::FileReport;

pub struct Github;

/// Escapes a command's message (GitHub's `escapeData`).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property value (GitHub's `escapeProperty`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for Github {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        let path = escape_property(&report.path.display().to_string());
        for diagnostic in &report.diagnostics {
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let (start, end) = span_position(report.source.as_ref(), diagnostic.span);
            let mut message = diagnostic.message.clone();
            if let Some(help) = &diagnostic.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            writeln!(
                out,
                "::{command} file={path},line={},col={},endLine={},endColumn={},title={}::{}",
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(&diagnostic.code),
                escape_data(&message),
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_per_the_runner() {
        assert_eq!(escape_data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
