use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(termlint::cli::main())
}
