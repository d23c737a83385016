//! The self-check's screens: home, the choice of work, the questions,
//! review, the last five clients, the result, the printable report, a
//! result viewed from a link, and a colleague's view: asking for it,
//! answering, setting it beside one's own.

pub mod clients;
pub mod colleague;
pub mod colleague_answer;
pub mod episodes;
pub mod home;
pub mod question;
pub mod refused;
pub mod report;
pub mod result;
pub mod review;
pub mod role;
pub mod sealed;
pub mod steps;
pub mod viewing;
