//! The self-check: scoring answers into levels with their evidence, and
//! the explanation of a result in sentences.

pub mod evidence;
pub mod explain;
pub mod scoring;
