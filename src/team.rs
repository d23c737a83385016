//! The team view's pure core: what a manager receives from people — share
//! links pasted by the hundred, JSON and CSV export files — taken in a
//! slice at a time. There is no backend: all of it runs in the manager's
//! browser.
//!
//! - [`entry`]: one person's result as the team view keeps it, and its identity;
//! - [`links`]: finding share links in any text (a chat export, an e-mail);
//! - [`csv`]: reading the app's CSV export back;
//! - [`intake`]: turning texts and files into entries, in chunks, each item
//!   taken or refused with a reason.

pub mod csv;
pub mod entry;
pub mod intake;
pub mod links;
