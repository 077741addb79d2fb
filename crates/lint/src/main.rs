use std::process::ExitCode;

use clap::Parser;
use lint::cli::{Cli, run};

fn main() -> ExitCode {
    run(Cli::parse())
}
