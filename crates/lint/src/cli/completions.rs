//! `article-lint completions bash|zsh|fish`: a shell completion script on stdout.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub(super) fn completions(args: &CompletionsArgs) -> u8 {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "article-lint", &mut script);
    super::rules::print_stdout(&String::from_utf8_lossy(&script))
}
