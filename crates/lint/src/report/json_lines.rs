//! One JSON object a finding, one a line (`{"path": …, "code": …, …}` with the same
//! fields as the `json` format's diagnostics). Streamed; no summary.

use std::io::{self, Write};

use serde_json::Value;

use super::json::diagnostic_json;
use super::{Reporter, Summary};
use crate::engine::FileReport;

pub struct JsonLines;

impl Reporter for JsonLines {
    fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        let path = Value::String(report.path.display().to_string());
        for diagnostic in &report.diagnostics {
            let mut object = serde_json::Map::new();
            object.insert("path".to_owned(), path.clone());
            if let Value::Object(fields) = diagnostic_json(report, diagnostic) {
                object.extend(fields);
            }
            serde_json::to_writer(&mut *out, &Value::Object(object))?;
            writeln!(out)?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
