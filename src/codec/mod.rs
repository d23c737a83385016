//! The one way documents are read and written: the declared shapes
//! (`model!`, `choice!`) and the reader that collects every problem with
//! its path.

#[macro_use]
pub mod model;
pub mod reader;
