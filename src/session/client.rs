//! The client dialog's side of the session: whether it is open and for which client, where its
//! `saveOAuthClient` request is, and what a saved client changes in the form.

use super::state::PanelState;
use crate::i18n::Text;
use crate::prelude::*;
use crate::protocol::OAuthClient;

/// The client dialog: open for a new client or for one to edit, and its request. One value (one
/// signal type) for both: the reply to the dialog's own request closes it in the same change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientDialog {
    /// `None` while the dialog is closed.
    pub mode: Option<DialogMode>,
    pub request: ClientRequest,
}

impl ClientDialog {
    /// The dialog opened for `mode`, with nothing sent yet (a request an earlier opening sent may
    /// still be answered: it no longer concerns this dialog).
    pub fn open(mode: DialogMode) -> ClientDialog {
        ClientDialog {
            mode: Some(mode),
            request: ClientRequest::Idle,
        }
    }

    /// The client it is open to edit, if any.
    pub fn client(&self) -> Option<&OAuthClient> {
        match &self.mode {
            Some(DialogMode::Edit(client)) => Some(client),
            _ => None,
        }
    }

    /// Open to edit a client.
    pub fn editing(&self) -> bool {
        self.client().is_some()
    }

    /// Waiting for the answer to a request it sent.
    pub fn busy(&self) -> bool {
        matches!(self.request, ClientRequest::Busy(_))
    }

    /// Whether `request_id` is the request this opening of the dialog sent.
    pub fn sent(&self, request_id: &str) -> bool {
        matches!(&self.request, ClientRequest::Busy(id) if id == request_id)
    }
}

/// What the client dialog was opened for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogMode {
    Add,
    Edit(OAuthClient),
}

/// Where the client dialog's `saveOAuthClient` request is, read by the dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ClientRequest {
    /// Nothing sent since the dialog opened.
    #[default]
    Idle,
    /// Sent as the request with this id; waiting for the host's answer.
    Busy(String),
    /// The host could not save it (or did not answer): the message says why.
    Failed(Text),
}

/// A client the host saved joins (or replaces its old self in) the list, and becomes the
/// selection if `select`.
pub fn saved(state: &PanelState, client: OAuthClient, select: bool) {
    let id = client.id.clone();
    state
        .host
        .update(|h| match h.clients.iter_mut().find(|c| c.id == client.id) {
            Some(existing) => *existing = client,
            None => h.clients.push(client),
        });
    if select {
        state.update(|v| v.oauth_client_id = id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_request_an_opening_sent_is_its_own() {
        let client = OAuthClient {
            id: "c-1".into(),
            name: "Portal".into(),
            client_id: "pub-1".into(),
        };
        let mut dialog = ClientDialog::open(DialogMode::Edit(client.clone()));
        assert!(dialog.editing() && !dialog.busy());
        assert_eq!(dialog.client(), Some(&client));
        dialog.request = ClientRequest::Busy("acp-1".into());
        assert!(dialog.busy() && dialog.sent("acp-1") && !dialog.sent("acp-2"));
        // Opened again: an earlier opening's request is no longer its own.
        let again = ClientDialog::open(DialogMode::Add);
        assert!(!again.busy() && !again.sent("acp-1") && !again.editing());
    }
}
