//! The self-check's screens: home, the choice of work, the questions,
//! review, the last five clients, the result, the printable report and a result viewed from a link.

pub mod clients;
pub mod episodes;
pub mod home;
pub mod question;
pub mod report;
pub mod result;
pub mod review;
pub mod role;
pub mod steps;
pub mod viewing;
