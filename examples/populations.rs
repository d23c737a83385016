//! Writes the calibration populations (tests/calibration) as JSON lines in
//! `make score`'s input format, so that the same people can be run through
//! the command from outside:
//!
//!     cargo run --example populations -- "honest, typical" 2000 | make score
//!
//! Arguments: a population's name (default: all of them, one after
//! another) and how many people per kind of work (default 2,000). With
//! `--retake` every person's retake follows on the next line.

mod common;

#[path = "../tests/calibration/mod.rs"]
mod calibration;

use std::io::{BufWriter, Write};

fn line(role: &str, r: &calibration::Respondent) -> String {
    let mut v = serde_json::json!({ "role": role, "answers": r.answers });
    if !r.episodes.is_empty() {
        v["episodes"] = serde_json::json!(r.episodes);
    }
    if !r.seconds.is_empty() {
        v["seconds"] = serde_json::json!(r.seconds);
    }
    v.to_string()
}

fn main() {
    let content = common::shipped_or_exit();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let retake = args.iter().any(|a| a == "--retake");
    let rest: Vec<&String> = args.iter().filter(|a| *a != "--retake").collect();
    let name = rest.first().map(|s| s.as_str());
    let per_role = rest.get(1).and_then(|n| n.parse().ok()).unwrap_or(calibration::PER_ROLE);
    let chosen: Vec<(usize, &calibration::Population)> =
        calibration::POPULATIONS.iter().enumerate().filter(|(_, p)| name.is_none_or(|n| p.name == n)).collect();
    if chosen.is_empty() {
        eprintln!("no population named {name:?}; the populations are:");
        for p in &calibration::POPULATIONS {
            eprintln!("  {}", p.name);
        }
        std::process::exit(2);
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (i, p) in chosen {
        // The same seeds as `make calibrate`: the same people.
        let mut rng = calibration::Rng::new(1 + i as u64);
        for role in &content.assessment.roles {
            let a = content.assessment.for_role(&role.id);
            for _ in 0..per_role {
                let style = (p.draw)(&mut rng);
                let first = calibration::respond_all(&a, &style, &mut rng);
                let again = calibration::retake(&a, &style, &first, &mut rng);
                let _ = writeln!(out, "{}", line(&role.id, &first));
                if retake {
                    let _ = writeln!(out, "{}", line(&role.id, &again));
                }
            }
        }
    }
    let _ = out.flush();
}
