//! The client dialog's side of the session: where its `saveOAuthClient` request is, and what a
//! saved client changes in the form.

use super::state::PanelState;
use crate::i18n::Text;
use crate::prelude::*;
use crate::protocol::OAuthClient;

/// Where the client dialog's `saveOAuthClient` request is, read by the dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ClientRequest {
    /// Nothing sent since the dialog opened.
    #[default]
    Idle,
    /// Sent; waiting for the host's answer.
    Busy,
    /// The host could not save it (or did not answer): the message says why.
    Failed(Text),
    /// The host saved it: the dialog closes.
    Saved(OAuthClient),
}

/// A client the host saved joins (or replaces its old self in) the list and becomes the selection.
pub fn saved(state: &PanelState, client: OAuthClient) {
    let id = client.id.clone();
    state
        .host
        .update(|h| match h.clients.iter_mut().find(|c| c.id == client.id) {
            Some(existing) => *existing = client,
            None => h.clients.push(client),
        });
    state.update(|v| v.oauth_client_id = id);
}
