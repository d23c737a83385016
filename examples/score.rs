//! `make score`: answer sets as JSON lines on standard input, one verdict
//! per line on standard output, in the same order (docs/scoring.md).
//! A line that cannot be read gets `{"error": "…"}` and the rest go on.
//! With `SCORE_TIMING=1` the time taken goes to standard error.

mod common;

use service_ladder::check::score_line::Scorer;
use std::io::{BufRead, BufWriter, Write};

fn main() {
    let content = common::shipped_or_exit();
    let started = std::time::Instant::now();
    let scorer = Scorer::new(&content);
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut lines = 0usize;
    for line in stdin.lines() {
        let verdict = match line {
            Ok(l) => scorer.line(&l),
            Err(e) => serde_json::json!({ "error": format!("not UTF-8 text: {e}") }).to_string(),
        };
        lines += 1;
        if writeln!(out, "{verdict}").is_err() {
            // The reader went away: nothing more to say.
            std::process::exit(0);
        }
    }
    let _ = out.flush();
    if std::env::var_os("SCORE_TIMING").is_some() {
        let s = started.elapsed().as_secs_f64();
        eprintln!("make score: {lines} lines in {s:.2} s ({:.0} lines a second)", lines as f64 / s.max(1e-9));
    }
}
