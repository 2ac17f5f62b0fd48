//! The HTTP view: the generic OAuth 2.0 settings the simple fields resolve to, read-only.

use crate::components::el::{El, el};
use crate::i18n::Key;
use crate::model::connection::{ApiType, HttpSettings};
use crate::prelude::*;
use crate::session::state::PanelState;

/// The HTTP view's content for the form as it is now (the caller builds it again on a change).
pub fn http_view(state: PanelState) -> El {
    // Not a memo: its one reader is the view below, rendered only while the HTTP view is shown.
    let settings = move || {
        state.host.with(|h| {
            state.values.with(|v| {
                let domain = v.domain()?;
                let host = v.custom_domain().unwrap_or(domain);
                let api = v.api_type;
                let scopes = match api {
                    ApiType::Management => Vec::new(),
                    ApiType::MyAccount => h.catalogue.order(&v.scopes),
                };
                Some(HttpSettings::resolve(
                    api,
                    &host,
                    &v.audience(api),
                    v.effective_grant(),
                    &scopes,
                ))
            })
        })
    };
    match settings() {
        None => el("p")
            .class("acp-notice")
            .text_with(state.t(Key::HttpEmpty)),
        Some(s) => {
            let rows: Vec<(Key, Option<String>)> = vec![
                (Key::HttpBaseUri, Some(s.base_uri)),
                (Key::HttpAuthorizeUrl, s.authorize_url),
                (Key::HttpTokenUrl, Some(s.token_url)),
                (Key::HttpGrantType, Some(s.grant_type)),
                (Key::HttpPkceMethod, s.pkce_method),
                (Key::HttpScope, s.scope.filter(|x| !x.is_empty())),
                (
                    Key::HttpAudience,
                    Some(s.audience).filter(|x| !x.is_empty()),
                ),
            ];
            let rows = rows
                .into_iter()
                .filter_map(|(term, value)| value.map(|v| (term, v)))
                .map(|(term, value)| {
                    el("div")
                        .class("acp-http-row")
                        .child(el("dt").text_with(state.t(term)))
                        .child(el("dd").child(el("code").text(&value)))
                });
            el("dl").class("acp-http").children(rows)
        }
    }
}
