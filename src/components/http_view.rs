//! The HTTP view: the generic OAuth 2.0 settings the simple fields resolve to, read-only.

use crate::model::connection::{ApiType, HttpSettings};
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn HttpView() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let settings = Memo::new(move |_| {
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
    });
    move || match settings.get() {
        None => view! {
            <p class="acp-notice">
                "Enter a valid tenant domain and choose a region to see the HTTP settings."
            </p>
        }
        .into_any(),
        Some(s) => {
            let rows: Vec<(&str, Option<String>)> = vec![
                ("Base URI", Some(s.base_uri)),
                ("Authorization URL", s.authorize_url),
                ("Token URL", Some(s.token_url)),
                ("OAuth grant type", Some(s.grant_type)),
                ("PKCE method", s.pkce_method),
                ("Scope string", s.scope.filter(|x| !x.is_empty())),
                ("Audience", Some(s.audience).filter(|x| !x.is_empty())),
            ];
            view! {
                <dl class="acp-http">
                    {rows
                        .into_iter()
                        .filter_map(|(term, value)| value.map(|v| (term, v)))
                        .map(|(term, value)| view! {
                            <div class="acp-http-row">
                                <dt>{term}</dt>
                                <dd><code>{value}</code></dd>
                            </div>
                        })
                        .collect_view()}
                </dl>
            }
            .into_any()
        }
    }
}
