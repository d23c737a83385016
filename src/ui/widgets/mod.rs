//! Small components the screens are built from; they never reach a screen.

pub mod chart;
pub mod ladder_picture;
pub mod notices;
pub mod one_tap;
pub mod share_link;
pub mod shared;
