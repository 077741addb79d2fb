//! Rich diagnostics with the source snippet, rendered by miette.

use std::fmt;
use std::io::{self, Write};

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use super::{Reporter, Summary};
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::engine::FileReport;

pub struct Human {
    handler: GraphicalReportHandler,
}

impl Human {
    pub fn new(color: bool) -> Self {
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        // In a color terminal the code is a link to its docs; plain output (pipes, CI
        // logs) keeps just the code, as `article-lint explain CODE` prints the docs.
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_links(color)
            .with_urls(color)
            .with_width(100)
            .with_context_lines(1);
        Self { handler }
    }

    /// Renders one finding as text.
    pub fn render(&self, report: &FileReport, diagnostic: &Diagnostic) -> String {
        let rendered = Rendered {
            diagnostic,
            source: report.source.as_ref().map(|source| {
                NamedSource::new(report.path.display().to_string(), source.text().to_owned())
            }),
            path: report.path.display().to_string(),
        };
        let mut text = String::new();
        if self.handler.render_report(&mut text, &rendered).is_err() {
            text = format!(
                "{}[{}]: {}\n",
                diagnostic.severity, diagnostic.code, diagnostic.message
            );
        }
        // miette has no notes; like rustc, a note closes the report on its own line.
        if let Some(note) = &diagnostic.note {
            text = format!("{}\n  = note: {note}\n", text.trim_end());
        }
        text
    }
}

impl Reporter for Human {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for diagnostic in &report.diagnostics {
            let text = self.render(report, diagnostic);
            writeln!(out, "{}", text.trim_end())?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", summary.line())
    }
}

/// A finding in the shape miette renders.
struct Rendered<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<NamedSource<String>>,
    path: String,
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rendered")
            .field("code", &self.diagnostic.code)
            .finish()
    }
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.source.is_some() {
            f.write_str(&self.diagnostic.message)
        } else {
            // Without a snippet the file name would be lost: put it in the message.
            write!(f, "{}: {}", self.path, self.diagnostic.message)
        }
    }
}

impl std::error::Error for Rendered<'_> {}

impl miette::Diagnostic for Rendered<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.diagnostic.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let mut lines = Vec::new();
        if let Some(help) = &self.diagnostic.help {
            lines.push(help.clone());
        }
        if let Some(fix) = &self.diagnostic.fix {
            let how = match fix.applicability {
                Applicability::Safe => "fix (safe, --fix)",
                Applicability::Unsafe => "fix (unsafe, --unsafe-fixes)",
            };
            lines.push(format!("{how}: {}", fix.message));
        }
        (!lines.is_empty()).then(|| Box::new(lines.join("\n")) as Box<dyn fmt::Display>)
    }

    fn url<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.docs_url()))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source.as_ref()?;
        let primary = LabeledSpan::new_primary_with_span(
            self.diagnostic.label.clone(),
            self.diagnostic.span.start..self.diagnostic.span.end,
        );
        let secondary = self.diagnostic.labels.iter().map(|label| {
            LabeledSpan::new_with_span(
                Some(label.message.clone()),
                label.span.start..label.span.end,
            )
        });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}
