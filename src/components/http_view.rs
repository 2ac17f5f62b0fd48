//! The HTTP view: the generic OAuth 2.0 settings the simple fields resolve to, read-only.

use crate::erased::CollectAny;
use crate::i18n::Key;
use crate::model::connection::{ApiType, HttpSettings};
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn HttpView() -> impl IntoView {
    let state = expect_context::<PanelState>();
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
    move || match settings() {
        None => view! {
            <p class="acp-notice">
                {state.t(Key::HttpEmpty)}
            </p>
        }
        .into_any(),
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
            view! {
                <dl class="acp-http">
                    {rows
                        .into_iter()
                        .filter_map(|(term, value)| value.map(|v| (term, v)))
                        .map(|(term, value)| view! {
                            <div class="acp-http-row">
                                <dt>{state.t(term)}</dt>
                                <dd><code>{value}</code></dd>
                            </div>
                        })
                        .collect_any()}
                </dl>
            }
            .into_any()
        }
    }
}
