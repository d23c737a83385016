//! `make calibrate`: prints the calibration table of the self-assessment
//! model afresh from the code — where each simulated population lands —
//! as docs/scoring.md shows it (a test keeps the two the same).

mod common;

#[path = "../tests/calibration/mod.rs"]
mod calibration;

fn main() {
    let content = common::shipped_or_exit();
    let results = calibration::run_all(&content);
    print!("{}", calibration::table(&results));
    println!();
    print!("{}", calibration::populations());
}
