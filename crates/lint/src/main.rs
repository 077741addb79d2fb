use std::process::ExitCode;

use clap::Parser;
use lint::cli::{Cli, run};

// An article is parsed into many small allocations (tokens, spans, mentions) that live
// for one file: mimalloc serves that pattern faster than the system allocator on every
// platform, as ruff found for its own per-file ASTs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    run(Cli::parse())
}
