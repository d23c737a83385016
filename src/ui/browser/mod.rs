//! Glue to the browser and the page around the app: the host page, files,
//! downloads, the clipboard and printing.

pub mod files;
pub mod host;
pub mod seal;
