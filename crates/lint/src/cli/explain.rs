//! `article-lint explain CODE`: a code's full documentation.

use clap::Args;

use super::exit;
use super::rules::print_stdout;
use crate::docs;
use crate::levels::Levels;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code to explain, e.g. `date/weekday-mismatch` or `schema/required`.
    pub code: String,
}

pub(super) fn explain(args: &ExplainArgs) -> u8 {
    match docs::find(&args.code) {
        Some(doc) => print_stdout(&docs::explain_text(&doc)),
        None => {
            let mut message = format!("unknown code `{}`", args.code);
            if let Some(suggestion) = Levels::suggest(&args.code) {
                message.push_str(&format!("; did you mean `{suggestion}`?"));
            }
            eprintln!("error: {message}");
            eprintln!("hint: `article-lint rules` lists every code");
            exit::FAILURE
        }
    }
}
