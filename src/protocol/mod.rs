//! The host message protocol, version 1: the envelope, every message, and decoding that says
//! precisely what is wrong. These types are the single source of truth for the contract.

#[cfg(not(target_arch = "wasm32"))]
pub mod contract;
mod decode;
pub mod deployment;
/// Seen from `deployment` as its sibling, in the panel as in the build script.
use crate::model::web_url;
mod messages;
pub mod origins;
mod payloads;
mod read;
mod write;

pub use decode::{DecodeError, decode_host_message, decode_host_text};
pub use messages::*;
pub use payloads::*;

/// The `protocol` field of every envelope.
pub const PROTOCOL_NAME: &str = "auth0-connection-panel";
/// The protocol version this panel speaks.
pub const PROTOCOL_VERSION: u64 = 1;
/// A message larger than this (serialised) is invalid...
pub const MAX_MESSAGE_BYTES: usize = 256 * 1024;
/// ...except an `init`, which may carry a host's catalogue of 10,000 described scopes.
pub const MAX_INIT_BYTES: usize = 2 * 1024 * 1024;
/// The range of `init.requestTimeoutMs` (milliseconds); anything else is `invalidMessage`.
pub const REQUEST_TIMEOUT_MS: std::ops::RangeInclusive<u32> = 1_000..=600_000;
