//! How the panel reaches its host. Each transport carries the panel's messages to the host and
//! hands decoded host messages to the mounted panel; components never know which one is in use.
//!
//! - `page`: the panel as its own document picks `http` (`?endpoint=`) or `iframe` (framed or
//!   opened); standalone, it loads the demo host (`js/demo.js`), which mounts the panel directly.
//! - `mount`: direct mount into a host's element, through `auth0-connection-panel.js`.

pub mod crash;
pub mod http;
pub mod iframe;
pub mod json;
pub mod mount;
pub mod page;
mod resize;
