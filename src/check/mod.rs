//! The self-check: scoring answers into levels with their evidence, and
//! the explanation of a result in sentences.

pub mod evidence;
pub mod explain;
pub mod order;
#[cfg(not(target_arch = "wasm32"))]
pub mod score_line;
pub mod scoring;
pub mod side_by_side;
