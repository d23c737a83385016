//! The document a person keeps and what travels out of it: the saved
//! document and its history, merging copies, whether it fits the content,
//! export and import, share links and their QR codes, and colleagues' views.

pub mod colleague;
pub mod export;
pub mod fit;
pub mod history;
pub mod merge;
pub mod qr;
pub mod saved;
pub mod seal;
pub mod share;
