//! `article-lint man`: the man page (roff) on stdout, e.g.
//! `article-lint man > /usr/local/share/man/man1/article-lint.1`.

use clap::CommandFactory;

use super::{Cli, exit};

pub(super) fn man() -> u8 {
    let command = Cli::command();
    let mut page = Vec::new();
    if let Err(error) = clap_mangen::Man::new(command).render(&mut page) {
        eprintln!("error: cannot render the man page: {error}");
        return exit::FAILURE;
    }
    super::rules::print_stdout(&String::from_utf8_lossy(&page))
}
