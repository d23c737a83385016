//! `make calibrate`: prints the calibration table of the self-assessment
//! model afresh from the code — where each simulated population lands —
//! as docs/scoring.md shows it (a test keeps the two the same).

#[path = "../tests/calibration/mod.rs"]
mod calibration;

use service_ladder::content::Content;

fn main() {
    let content = match Content::shipped() {
        Ok(c) => c,
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            std::process::exit(1);
        }
    };
    let results = calibration::run_all(&content);
    print!("{}", calibration::table(&results));
    println!();
    print!("{}", calibration::populations());
}
