//! Integration tests: each runs the `tolk` binary on a temporary database (see common::TestEnv).

mod common;

mod align;
mod annotate;
mod architecture;
mod attribution_suggest;
mod check;
mod codes;
mod concurrency;
mod demo;
mod diff;
mod export;
mod findings;
mod foreign_files;
mod history;
mod import;
mod inputs;
mod interchange;
mod links;
mod omegat;
mod po;
mod relink;
mod reports;
mod review_nav;
mod review_tty;
mod robustness;
mod safety;
mod segment;
mod show;
mod snapshots;
mod speakers;
mod store;
mod tm;
mod translate;
mod translate_toolkit;
mod update;
