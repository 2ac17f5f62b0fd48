//! The help disclosures with their step-by-step instructions: collapsed buttons with `aria-expanded`.

use crate::session::state::PanelState;
use leptos::prelude::*;

/// Which help a disclosure shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Help {
    ClientCredentials,
    Audience,
    ApiAudience,
    Scopes,
}

impl Help {
    fn title(self) -> &'static str {
        match self {
            Help::ClientCredentials => "How to retrieve the client ID and client secret",
            Help::Audience => "How to retrieve the audience",
            Help::ApiAudience => "How to retrieve the API audience",
            Help::Scopes => "How to configure scopes",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Help::ClientCredentials => "help-client",
            Help::Audience => "help-audience",
            Help::ApiAudience => "help-api-audience",
            Help::Scopes => "help-scopes",
        }
    }

    fn steps(self) -> &'static [&'static str] {
        match self {
            Help::ClientCredentials => &[
                "Sign in to your Auth0 account.",
                "Navigate to Applications > Applications.",
                "Click Create application.",
                "Enter a Name.",
                "Select an Application type.",
                "Click Create.",
                "Navigate to Settings.",
                "Copy the Client ID.",
                "Copy the Client secret.",
            ],
            Help::Audience => &[
                "Sign in to your Auth0 account.",
                "Navigate to Applications > APIs.",
                "Open Auth0 Management API.",
                "Copy the API audience (the Identifier).",
            ],
            Help::ApiAudience => &[
                "Sign in to your Auth0 account.",
                "Navigate to Applications > APIs.",
                "Copy the API audience.",
            ],
            Help::Scopes => &[
                "Click Scope.",
                "To access all of the scopes in the API, click the » button, or check the scopes you want to add and click the > button.",
                "Click Save.",
            ],
        }
    }
}

#[component]
pub fn HelpDisclosure(help: Help) -> impl IntoView {
    let state = expect_context::<PanelState>();
    let open = RwSignal::new(false);
    let panel_id = state.id(help.key());
    view! {
        <div class="acp-help">
            <button
                type="button"
                class="acp-help-toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                <span class="acp-help-chevron" aria-hidden="true"></span>
                {help.title()}
            </button>
            <ol class="acp-help-steps" id=panel_id hidden=move || !open.get()>
                {help.steps().iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ol>
        </div>
    }
}
