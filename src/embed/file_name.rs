//! The files a configuration names beside it — itself, a company's
//! language files — are plain names in the app's own directory: one rule
//! for all, so none can point at a path or another origin.

/// A configuration file name: letters, digits, `-`, `_`, ending in `.json`,
/// in the app's own directory. No paths, no other origins.
pub fn is_config_file(name: &str) -> bool {
    name.len() <= 100
        && name.ends_with(".json")
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        && !name.starts_with('.')
        && !name.contains("..")
}
