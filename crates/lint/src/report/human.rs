//! Rich diagnostics with the source snippet, rendered by miette.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use article_model::Source;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

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
        let shown = report
            .source
            .as_ref()
            .map(|source| displayable(source.text()));
        self.render_shown(report, shown.as_deref(), diagnostic)
    }

    /// Renders one finding, with `shown` the file's text as the snippet shows it.
    fn render_shown(
        &self,
        report: &FileReport,
        shown: Option<&str>,
        diagnostic: &Diagnostic,
    ) -> String {
        let path = report.path.display().to_string();
        let (source, location) = match report.source.as_ref() {
            // A line too long to show would make an unreadable snippet (and miette
            // cannot pad past column 65,535): say where the finding is instead.
            Some(source) if !fits_a_snippet(source, diagnostic) => {
                let at = source.line_col(diagnostic.span.start);
                (None, Some(format!("{path}:{}:{}", at.line, at.column)))
            }
            Some(source) => (
                Some(Snippet {
                    name: path.clone(),
                    source,
                    text: shown.unwrap_or(source.text()),
                }),
                None,
            ),
            None => (None, None),
        };
        let rendered = Rendered {
            diagnostic,
            source,
            path: location.unwrap_or(path),
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
        let shown = report
            .source
            .as_ref()
            .map(|source| displayable(source.text()));
        for diagnostic in &report.diagnostics {
            let text = self.render_shown(report, shown.as_deref(), diagnostic);
            writeln!(out, "{}", text.trim_end())?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", summary.line())
    }
}

/// The longest line (in bytes) shown in a snippet. Longer lines are left out: such a
/// snippet would not be readable, and miette pads underlines with a format width,
/// which panics past 65,535 columns (a byte is at most 4 columns wide with tabs).
const MAX_SNIPPET_LINE: usize = 10_000;

/// Whether every line a finding's labels touch is short enough to show.
fn fits_a_snippet(source: &Source, diagnostic: &Diagnostic) -> bool {
    let spans = std::iter::once(diagnostic.span).chain(diagnostic.labels.iter().map(|l| l.span));
    spans.into_iter().all(|span| {
        let first = source.line_col(span.start).line;
        let last = source.line_col(span.end).line;
        (first..=last).all(|line| {
            source
                .line_span(line)
                .is_none_or(|line| line.len() <= MAX_SNIPPET_LINE)
        })
    })
}

/// The text as a snippet shows it: control characters other than tab and line feed
/// (a CR not before a line feed, ESC, ...) become spaces, so a snippet never writes
/// terminal controls or overprints its line, and miette (which would take a lone CR
/// for a line break) counts lines like the file's own index. Each is one byte, so
/// offsets and columns are unchanged.
fn displayable(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let is_hidden = |index: usize| {
        let byte = bytes[index];
        match byte {
            b'\t' | b'\n' => false,
            b'\r' => bytes.get(index + 1) != Some(&b'\n'),
            _ => byte < 0x20 || byte == 0x7f,
        }
    };
    if !(0..bytes.len()).any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let shown: Vec<u8> = (0..bytes.len())
        .map(|index| if is_hidden(index) { b' ' } else { bytes[index] })
        .collect();
    // Only ASCII bytes were replaced by ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(shown).unwrap_or_else(|_| text.to_owned()))
}

/// A file's text as miette reads it, named by its path. miette counts the header's
/// `path:line:col` in bytes; here it comes from the file's own line index, so it counts
/// Unicode scalar values (and skips the BOM) like every other format.
struct Snippet<'a> {
    name: String,
    source: &'a Source,
    /// The text shown (see [`displayable`]), the same length as the source's.
    text: &'a str,
}

impl SourceCode for Snippet<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        // miette's reader for text scans it from the start to count lines: for every
        // finding of a large file, that is the whole file again. It reads from a line
        // start as from the file's start, only numbering lines from there, so hand it
        // the text from the line index's start of the line before the first context
        // line (one more than needed: starting on the span's own line would change
        // how it reads an empty span at a line start) and shift its answer back.
        let offset = span.offset();
        let first = (self.source.line_of(offset) - 1).saturating_sub(context_lines_before + 1);
        let start = self.source.line_start(first + 1).unwrap_or(0);
        let text: &'b str = self.text.get(start..).unwrap_or("");
        let local = SourceSpan::new((offset - start).into(), span.len());
        let contents = text.read_span(&local, context_lines_before, context_lines_after)?;
        // Without context lines, miette reads the span for the header's position.
        let (line, column) = if context_lines_before == 0 {
            let at = self.source.line_col(offset);
            (at.line - 1, at.column - 1)
        } else {
            (contents.line() + first, contents.column())
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            contents.data(),
            SourceSpan::new(
                (contents.span().offset() + start).into(),
                contents.span().len(),
            ),
            line,
            column,
            contents.line_count() + first,
        )))
    }
}

impl fmt::Debug for Snippet<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Snippet").field("name", &self.name).finish()
    }
}

/// A finding in the shape miette renders.
struct Rendered<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<Snippet<'a>>,
    /// The path, with the line and column when there is a source but no snippet.
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading from the line index gives what miette's reader of the whole text gives,
    /// for every span in a text with blank lines, CRLF and multi-byte characters.
    #[test]
    fn snippet_reads_spans_like_the_whole_text() {
        let text = "a\n\nçé x\r\n\r\nbc\nd\n\n\nlast é";
        let source = Source::new("a.md", text);
        let snippet = Snippet {
            name: "a.md".to_owned(),
            source: &source,
            text,
        };
        for start in 0..=text.len() {
            for len in 0..=text.len() - start {
                let span = SourceSpan::new(start.into(), len);
                for context in 0..=2 {
                    let whole = text.read_span(&span, context, context);
                    let local = snippet.read_span(&span, context, context);
                    match (whole, local) {
                        (Ok(whole), Ok(local)) => {
                            let at = format!("{start}+{len} ({context})");
                            assert_eq!(whole.data(), local.data(), "{at}");
                            assert_eq!(whole.span(), local.span(), "{at}");
                            assert_eq!(whole.line_count(), local.line_count(), "{at}");
                            // Without context, the position is the line index's own.
                            if context > 0 {
                                assert_eq!(whole.line(), local.line(), "{at}");
                                assert_eq!(whole.column(), local.column(), "{at}");
                            }
                        }
                        (whole, local) => {
                            assert_eq!(whole.is_err(), local.is_err(), "{start}+{len}")
                        }
                    }
                }
            }
        }
    }
}
