//! How the panel reaches its host. Each transport turns panel messages into something the host
//! receives and hands decoded host messages to the mounted panel.

pub mod demo;
pub mod log;
