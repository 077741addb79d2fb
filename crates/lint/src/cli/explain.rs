//! `article-lint explain CODE`: a code's full documentation.

use clap::Args;

use super::exit;
use super::rules::print_stdout;
use crate::docs;
use crate::levels::Levels;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code to explain, e.g. `date/weekday-mismatch` or `schema/required`; a family
    /// (`number` or `number/*`) lists its codes.
    pub code: String,
}

pub(super) fn explain(args: &ExplainArgs) -> u8 {
    if let Some(doc) = docs::find(&args.code) {
        return print_stdout(&docs::explain_text(&doc));
    }
    // A family (`number` or `number/*`): its codes, each with its summary.
    let family = args.code.strip_suffix("/*").unwrap_or(&args.code);
    let members: Vec<_> = docs::all()
        .into_iter()
        .filter(|doc| doc.family() == family)
        .collect();
    if !members.is_empty() {
        let width = members.iter().map(|doc| doc.code.len()).max().unwrap_or(0);
        let mut text = format!(
            "The `{family}` family ({}); `article-lint explain CODE` explains one:\n\n",
            crate::report::plural(members.len(), "code")
        );
        for doc in &members {
            text.push_str(&format!("  {:width$}  {}\n", doc.code, doc.summary));
        }
        return print_stdout(&text);
    }
    let mut message = format!("unknown code `{}`", args.code);
    // Never offer the input back.
    if let Some(suggestion) =
        Levels::suggest(&args.code).filter(|suggestion| *suggestion != args.code)
    {
        message.push_str(&format!("; did you mean `{suggestion}`?"));
    }
    eprintln!("error: {message}");
    eprintln!("hint: `article-lint rules` lists every code");
    exit::FAILURE
}
