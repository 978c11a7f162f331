//! `panel-backend`: the reference JSON backend of the WooPayments connection panel.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use panel_backend::{Backend, BackendOptions};

/// The reference backend of the WooPayments connection panel.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serves the JSON API under /api/v1/ and the built app from the dist directory.
    Serve {
        /// Address to listen on. Loopback by default: this is an admin backend.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        /// Directory holding the SQLite database; created if missing.
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// Directory of the release bundle built by Trunk.
        #[arg(long, default_value = "dist")]
        dist: PathBuf,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Serve { addr, data_dir, dist } => {
            let options = BackendOptions { data_dir, dist };
            let backend = match Backend::open(&options) {
                Ok(backend) => backend,
                Err(error) => {
                    eprintln!("panel-backend: cannot open the database: {error}");
                    return ExitCode::FAILURE;
                }
            };
            let listener = match tokio::net::TcpListener::bind(addr).await {
                Ok(listener) => listener,
                Err(error) => {
                    eprintln!("panel-backend: cannot listen on {addr}: {error}");
                    return ExitCode::FAILURE;
                }
            };
            println!("WooPayments connection panel: http://{addr}/");
            println!("  data:   {}", options.data_dir.display());
            println!("  bundle: {}", options.dist.display());
            if let Err(error) = backend.serve(listener).await {
                eprintln!("panel-backend: server stopped: {error}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
    }
}
