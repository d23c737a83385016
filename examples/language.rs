//! Tools for translators, run through the Makefile:
//!
//! ```text
//! make language-template LANG=kk                      # writes kk.csv
//! make language-import LANG=kk CSV=kk.csv OUT=kk.json # NAME=Қазақша FALLBACK=ru DIR=rtl
//! make language-check FILE=kk.json
//! ```
//!
//! The sheet lists every interface message and every content text of the
//! shipped content with its Russian and English source; the import refuses
//! a row whose placeholders do not fit its source; the check lists missing,
//! extra and outdated keys and fails on extra or broken ones.

use service_ladder::content::Content;
use service_ladder::text::lang::is_code;
use service_ladder::text::language_file::{Dir, LanguageFile};
use service_ladder::text::sheet::{self, Meta, Source};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(why) => {
            eprintln!("{why}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    "usage: language template CODE [OUT.csv] [--from FILE.json]\n       \
     language import CODE IN.csv OUT.json [--name NAME] [--fallback ru|en] [--dir ltr|rtl]\n       \
     language check FILE.json"
        .into()
}

/// The value after `--flag`, if given.
fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

fn source() -> Result<Source, String> {
    let content = Content::shipped().map_err(|p| format!("the shipped content: {p:?}"))?;
    Source::new(&content)
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let positional: Vec<&str> = {
        let mut out = Vec::new();
        let mut skip = false;
        for a in args {
            if skip {
                skip = false;
            } else if a.starts_with("--") {
                skip = true;
            } else {
                out.push(a.as_str());
            }
        }
        out
    };
    let code_of = |i: usize| -> Result<String, String> {
        let c = positional.get(i).copied().filter(|c| !c.is_empty()).ok_or_else(usage)?;
        if is_code(c) { Ok(c.to_string()) } else { Err(format!("\"{c}\" is not a language code (e.g. kk, de, pt-BR)")) }
    };
    match positional.first().copied() {
        Some("template") => {
            let code = code_of(1)?;
            let out = positional.get(2).map(|s| s.to_string()).unwrap_or(format!("{code}.csv"));
            let earlier = match flag(args, "--from") {
                Some(path) => Some(LanguageFile::parse(&read(path)?).map_err(|p| format!("{path}: {p:?}"))?),
                None => None,
            };
            let text = sheet::template(&source()?, earlier.as_ref());
            std::fs::write(&out, text).map_err(|e| format!("{out}: {e}"))?;
            println!(
                "{out}: fill in the translation column, then: make language-import LANG={code} CSV={out} OUT={code}.json"
            );
            Ok(ExitCode::SUCCESS)
        }
        Some("import") => {
            let code = code_of(1)?;
            let (Some(csv), Some(out)) = (positional.get(2), positional.get(3)) else { return Err(usage()) };
            let dir = match flag(args, "--dir").unwrap_or("ltr") {
                "rtl" => Dir::Rtl,
                "ltr" | "" => Dir::Ltr,
                other => return Err(format!("--dir {other}: use ltr or rtl")),
            };
            let meta = Meta {
                name: flag(args, "--name").filter(|n| !n.is_empty()).unwrap_or(&code).to_string(),
                fallback: flag(args, "--fallback").filter(|f| !f.is_empty()).map(String::from),
                code,
                dir,
            };
            match sheet::import(&source()?, meta, &read(csv)?) {
                Ok(file) => {
                    std::fs::write(out, sheet::to_json(&file)).map_err(|e| format!("{out}: {e}"))?;
                    println!("{out}: {} messages, {} content texts", file.messages.len(), file.content.len());
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    eprintln!("{csv}: {} rows refused, nothing written:", problems.len());
                    for p in problems {
                        eprintln!("  {p}");
                    }
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Some("check") => {
            let path = positional.get(1).ok_or_else(usage)?;
            let file = match LanguageFile::parse(&read(path)?) {
                Ok(f) => f,
                Err(problems) => {
                    eprintln!("{path}: {} problems:", problems.len());
                    for p in problems {
                        eprintln!("  {p}");
                    }
                    return Ok(ExitCode::FAILURE);
                }
            };
            let report = sheet::check(&source()?, &file);
            for (what, keys) in [
                ("missing (the fallback's words are shown)", &report.missing),
                ("extra (no such key)", &report.extra),
                ("outdated (the English source changed since)", &report.outdated),
                ("broken placeholders", &report.broken),
            ] {
                println!("{} {what}", keys.len());
                for k in keys {
                    println!("  {k}");
                }
            }
            Ok(if report.failed() { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        _ => Err(usage()),
    }
}
