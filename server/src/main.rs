//! `reclamo`: thin entry point; everything lives in the library.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    reclamo_server::cli::run().await
}
