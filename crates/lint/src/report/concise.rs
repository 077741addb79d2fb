//! `path:line:col: severity[code] message`, one line a finding (grep- and editor-friendly).

use std::io::{self, Write};

use super::{Reporter, Summary, span_position};
use crate::engine::FileReport;

pub struct Concise;

impl Reporter for Concise {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        for diagnostic in &report.diagnostics {
            let (start, _) = span_position(report.source.as_ref(), diagnostic.span);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                report.path.display(),
                start.line,
                start.column,
                diagnostic.severity,
                diagnostic.code,
                diagnostic.message
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}", summary.line())
    }
}
