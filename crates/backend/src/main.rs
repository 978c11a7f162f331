//! `panel-backend`: the reference JSON backend of the WooPayments connection panel.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use panel_backend::operator::{Rejection, ReportedStatus, SiteEnvironment, StripeEventOptions, UserRole};
use panel_backend::{Backend, BackendOptions, DemoOptions, OperatorError, operator, seed_demo};

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
    /// Replaces the ledger of the site's WooPayments account with demo data: transactions over
    /// the last 90 days in USD, EUR and GBP, the deposits made from them, and disputes (some
    /// awaiting a response). The same seed and count at the same time give the same ledger.
    SeedDemo {
        /// Directory holding the SQLite database; created if missing.
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// How many transactions to make (1 to 1,000,000).
        #[arg(long, default_value_t = DemoOptions::DEFAULT_TRANSACTIONS,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(DemoOptions::MAX_TRANSACTIONS)))]
        transactions: u32,
        /// The seed of the pseudo-random choices.
        #[arg(long, default_value_t = DemoOptions::DEFAULT_SEED)]
        seed: u64,
    },
    /// Restores the site from a backup: a working WordPress.com connection breaks.
    RestoreBackup {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
    },
    /// Moves the site to another address: a working WordPress.com connection breaks.
    ChangeSiteAddress {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// The site's new address, e.g. https://staging.shop.example.
        #[arg(long)]
        url: String,
    },
    /// Support unlinks the WooPayments account (the owner opts out of the Stripe agreement).
    SupportUnlink {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
    },
    /// WordPress.com stops accepting the site's keys; the site notices at its next connection check.
    RevokeKeys {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
    },
    /// Sends the running server a signed Stripe `account.updated` event about the site's account;
    /// prints the event's id and the server's answer.
    StripeEvent {
        /// Directory holding the SQLite database and the webhook's secret.
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// The address the server answers at.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        url: String,
        /// The account's state the event reports.
        #[arg(long, value_enum)]
        status: StatusArg,
        /// Why Stripe rejects (with --status rejected).
        #[arg(long, value_enum, default_value = "other")]
        reason: ReasonArg,
        /// With --status restricted-soon: the deadline, this many days from now.
        #[arg(long, default_value_t = 14)]
        due_in_days: i64,
        /// A requirement code due (repeatable), e.g. external_account.
        #[arg(long = "require")]
        requirements: Vec<String>,
        /// Payouts disabled while charges go on: deposits paused.
        #[arg(long)]
        payouts_paused: bool,
        /// Added to now for the event's `created` (negative: an older event arriving late).
        #[arg(long, default_value_t = 0, allow_hyphen_values = true)]
        created_offset_secs: i64,
    },
    /// Prints a new one-time login link for the panel, for one administrator.
    LoginLink {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// The address the server answers at.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        base_url: String,
        /// The administrator the link signs in (their WordPress username); the site's first
        /// administrator by default.
        #[arg(long)]
        user: Option<String>,
    },
    /// Users > Add New: a WordPress user of the site, with their own WordPress.com account.
    AddUser {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// Their WordPress username, e.g. sam.
        #[arg(long)]
        login: String,
        /// Their name, e.g. "Sam Rivera".
        #[arg(long)]
        name: String,
        /// Their role.
        #[arg(long, value_enum, default_value = "administrator")]
        role: RoleArg,
        /// Their own WordPress.com account (created if it does not exist), linked to them.
        #[arg(long)]
        wpcom: Option<String>,
    },
    /// Users > Delete: if they owned the connection, it has no owner any more.
    DeleteUser {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// Their WordPress username.
        #[arg(long)]
        login: String,
    },
    /// Users > Change role: an owner who is no longer an administrator leaves the connection
    /// without an owner.
    SetRole {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// Their WordPress username.
        #[arg(long)]
        login: String,
        /// Their new role.
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// A user links their own WordPress.com account (Jetpack's "Connect your WordPress.com account").
    LinkWpcom {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// Their WordPress username.
        #[arg(long)]
        login: String,
        /// The WordPress.com account.
        #[arg(long)]
        wpcom: String,
    },
    /// wp-config.php's WP_ENVIRONMENT_TYPE: any but production runs the store in test mode.
    SetEnvironment {
        /// Directory holding the SQLite database (the server may be running on it).
        #[arg(long, default_value = "data")]
        data_dir: PathBuf,
        /// The site's environment.
        #[arg(value_enum)]
        environment: EnvironmentArg,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    match Cli::parse().command {
        Command::SeedDemo { data_dir, transactions, seed } => {
            match seed_demo(&data_dir, &DemoOptions { transactions, seed, ..DemoOptions::default() }).await {
                Ok(report) => {
                    println!("{report}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("panel-backend: seed-demo: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve { addr, data_dir, dist } => {
            let options = BackendOptions { data_dir, dist };
            let backend = match Backend::open(&options) {
                Ok(backend) => backend,
                Err(error) => {
                    eprintln!("panel-backend: {error}");
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
            let addr = listener.local_addr().unwrap_or(addr);
            let login_link = match backend.login_link(&format!("http://{addr}")).await {
                Ok(link) => link,
                Err(error) => {
                    eprintln!("panel-backend: cannot make a login link: {error}");
                    return ExitCode::FAILURE;
                }
            };
            println!("WooPayments connection panel: http://{addr}/");
            println!("  sign in (works once): {login_link}");
            println!("  data:   {}", options.data_dir.display());
            println!("  bundle: {}", options.dist.display());
            if let Err(error) = backend.serve(listener).await {
                eprintln!("panel-backend: server stopped: {error}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Command::RestoreBackup { data_dir } => report(operator::restore_backup(&data_dir).await),
        Command::ChangeSiteAddress { data_dir, url } => report(operator::change_site_address(&data_dir, &url).await),
        Command::SupportUnlink { data_dir } => report(operator::support_unlink(&data_dir).await),
        Command::RevokeKeys { data_dir } => match operator::revoke_keys(&data_dir).await {
            Ok(message) => {
                println!("{message}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("panel-backend: {error}");
                ExitCode::FAILURE
            }
        },
        Command::StripeEvent {
            data_dir,
            url,
            status,
            reason,
            due_in_days,
            requirements,
            payouts_paused,
            created_offset_secs,
        } => {
            let options = StripeEventOptions {
                url,
                status: status.reported(reason),
                due_in_days,
                requirements,
                payouts_paused,
                created_offset_secs,
            };
            match operator::stripe_event(&data_dir, &options).await {
                Ok(sent) => {
                    println!("{}", sent.event_id);
                    println!("{} {}", sent.status, sent.body);
                    if sent.status == 200 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
                }
                Err(error) => {
                    eprintln!("panel-backend: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::AddUser { data_dir, login, name, role, wpcom } => {
            report(operator::add_user(&data_dir, &login, &name, role.into(), wpcom.as_deref()).await)
        }
        Command::DeleteUser { data_dir, login } => report(operator::delete_user(&data_dir, &login).await),
        Command::SetRole { data_dir, login, role } => report(operator::set_role(&data_dir, &login, role.into()).await),
        Command::LinkWpcom { data_dir, login, wpcom } => report(operator::link_wpcom(&data_dir, &login, &wpcom).await),
        Command::SetEnvironment { data_dir, environment } => {
            report(operator::set_environment(&data_dir, environment.into()).await)
        }
        Command::LoginLink { data_dir, base_url, user } => {
            match operator::login_link(&data_dir, &base_url, user.as_deref()).await {
                Ok(link) => {
                    println!("{link}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("panel-backend: {error}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `--status` of `stripe-event`.
#[derive(Clone, Copy, ValueEnum)]
enum StatusArg {
    Complete,
    PendingVerification,
    RestrictedSoon,
    Restricted,
    UnderReview,
    Rejected,
}

/// `--role` of `add-user` and `set-role`.
#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Administrator,
    Editor,
}

impl From<RoleArg> for UserRole {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Administrator => Self::Administrator,
            RoleArg::Editor => Self::Editor,
        }
    }
}

/// The environment of `set-environment`, as `WP_ENVIRONMENT_TYPE` spells it.
#[derive(Clone, Copy, ValueEnum)]
enum EnvironmentArg {
    Production,
    Staging,
    Development,
}

impl From<EnvironmentArg> for SiteEnvironment {
    fn from(environment: EnvironmentArg) -> Self {
        match environment {
            EnvironmentArg::Production => Self::Production,
            EnvironmentArg::Staging => Self::Staging,
            EnvironmentArg::Development => Self::Development,
        }
    }
}

/// `--reason` of `stripe-event`.
#[derive(Clone, Copy, ValueEnum)]
enum ReasonArg {
    Fraud,
    TermsOfService,
    Other,
}

impl StatusArg {
    /// The status the event reports, with `reason` for a rejection.
    fn reported(self, reason: ReasonArg) -> ReportedStatus {
        match self {
            Self::Complete => ReportedStatus::Complete,
            Self::PendingVerification => ReportedStatus::PendingVerification,
            Self::RestrictedSoon => ReportedStatus::RestrictedSoon,
            Self::Restricted => ReportedStatus::Restricted,
            Self::UnderReview => ReportedStatus::UnderReview,
            Self::Rejected => ReportedStatus::Rejected(match reason {
                ReasonArg::Fraud => Rejection::Fraud,
                ReasonArg::TermsOfService => Rejection::TermsOfService,
                ReasonArg::Other => Rejection::Other,
            }),
        }
    }
}

/// Prints what an operator command did (or why it did nothing) and the matching exit code.
fn report(outcome: Result<operator::OperatorReport, OperatorError>) -> ExitCode {
    match outcome {
        Ok(report) => {
            println!("{} (revision {})", report.summary, report.revision);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("panel-backend: {error}");
            ExitCode::FAILURE
        }
    }
}
