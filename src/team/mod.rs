//! The team view's pure core: what a manager receives from people — share
//! links pasted by the hundred, JSON and CSV export files — taken in a
//! slice at a time, and what those results add up to for the team. There
//! is no backend: all of it runs in the manager's browser.
//!
//! - [`entry`]: one person's result as the team view keeps it, and its identity;
//! - [`links`]: finding share links in any text (a chat export, an e-mail);
//! - [`csv`]: reading the app's CSV export back;
//! - [`intake`]: turning texts and files into entries, in chunks, each item
//!   taken or refused with a reason ([`refusal`]: the reasons and the limits);
//! - [`collection`]: a named, dated set of entries the manager can keep;
//! - [`spread`]: median, quartiles and range of whole-number scores;
//! - [`level`]: the team's level, its confidence and how many sit at each;
//! - [`groups`]: per label (department, branch, shift), small groups folded
//!   ([`threshold`]: how small);
//! - [`consistency`]: spread between people and groups, and when to say the team is uneven;
//! - [`walks`]: walks of one journey as a heatmap, gravediggers, hand-offs, balance;
//! - [`overview`]: all of the above for one scoring model, as the screen shows it;
//! - [`compare`]: two collections (before and after a training) side by side;
//! - [`trend`]: every kept collection in date order, a step at a time;
//! - [`focus`]: one thing to work on next month, and whether it moved;
//! - [`stored`]: collections as the saved document and a team file keep them;
//! - [`sheet`], [`slides`]: every row as CSV, the distribution and a heatmap as slide-sized SVG;
//! - [`verify`]: figures re-derived from the answers, dates not in the future;
//! - [`stuffing`]: the same answers many times, and one paste from one sender.
//!
//! Figures are re-derived from the answers on arrival ([`verify`]);
//! aggregation then works from them (level, level strengths, quality
//! scores, all 0–100, and the model version that produced them), and compares only results of
//! the same model version. Every step is O(n log n) or better in the number
//! of entries: scores are whole numbers 0–100, so spreads come from
//! histograms rather than sorting, and lookups use B-trees (the app has
//! no hash maps, and their code would only add to the wasm).

pub mod collection;
pub mod compare;
pub mod consistency;
pub mod csv;
pub mod entry;
pub mod focus;
pub mod groups;
pub mod intake;
pub mod level;
pub mod links;
pub mod overview;
pub mod refusal;
pub mod sheet;
pub mod slides;
pub mod spread;
pub mod stored;
pub mod stuffing;
pub mod threshold;
pub mod trend;
pub mod verify;
pub mod walks;
