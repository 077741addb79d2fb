//! JUnit XML: one `<testcase>` a file (every checked file, so CI dashboards count
//! them), one `<failure>` an error or warning; infos go to the case's `<system-out>`.
//! The counts sit on the opening tags, so the document is written at the end.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Reporter, Summary, span_position};
use crate::diagnostic::Severity;
use crate::engine::FileReport;

#[derive(Default)]
pub struct Junit {
    cases: String,
    tests: usize,
    failed_cases: usize,
}

/// Escapes text for XML content and attribute values, and replaces characters XML 1.0
/// cannot carry at all (control characters) with U+FFFD.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Kept literally in text but normalized away in attributes: encode them.
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

/// XML 1.0's `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

impl Reporter for Junit {
    fn file(&mut self, report: &FileReport, _out: &mut dyn Write) -> io::Result<()> {
        let path = report.path.display().to_string();
        self.tests += 1;
        let mut failures = String::new();
        let mut infos = Vec::new();
        for diagnostic in &report.diagnostics {
            let (start, _) = span_position(report.source.as_ref(), diagnostic.span);
            let line = format!(
                "{path}:{}:{}: {}[{}] {}",
                start.line, start.column, diagnostic.severity, diagnostic.code, diagnostic.message
            );
            if diagnostic.severity == Severity::Info {
                infos.push(line);
                continue;
            }
            let mut body = line;
            if let Some(help) = &diagnostic.help {
                let _ = write!(body, "\nhelp: {help}");
            }
            let _ = write!(
                failures,
                "\n      <failure type=\"{}\" message=\"{}\">{}</failure>",
                escape_xml(&diagnostic.code),
                escape_xml(&format!(
                    "{}: {} ({}:{})",
                    diagnostic.severity, diagnostic.message, start.line, start.column
                )),
                escape_xml(&body)
            );
        }
        self.failed_cases += usize::from(!failures.is_empty());
        let _ = write!(
            self.cases,
            "\n    <testcase name=\"{0}\" classname=\"article-lint\" file=\"{0}\">",
            escape_xml(&path)
        );
        self.cases.push_str(&failures);
        if !infos.is_empty() {
            let _ = write!(
                self.cases,
                "\n      <system-out>{}</system-out>",
                escape_xml(&infos.join("\n"))
            );
        }
        if failures.is_empty() && infos.is_empty() {
            // An empty case: close on the same line.
            self.cases.truncate(self.cases.len() - 1);
            self.cases.push_str("/>");
        } else {
            self.cases.push_str("\n    </testcase>");
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let (tests, failures) = (self.tests, self.failed_cases);
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"article-lint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
        )?;
        write!(
            out,
            "  <testsuite name=\"article-lint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
        )?;
        out.write_all(self.cases.as_bytes())?;
        writeln!(out, "\n  </testsuite>\n</testsuites>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape_xml("a<b & \"c\" 'd'>\n\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;\u{FFFD}"
        );
    }
}
