//! The help disclosures with their step-by-step instructions: collapsed buttons with `aria-expanded`.

use crate::erased::{CollectAny, handler};
use crate::i18n::Key;
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
    fn title(self) -> Key {
        match self {
            Help::ClientCredentials => Key::HelpClientTitle,
            Help::Audience => Key::HelpAudienceTitle,
            Help::ApiAudience => Key::HelpApiAudienceTitle,
            Help::Scopes => Key::HelpScopesTitle,
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

    fn steps(self) -> &'static [Key] {
        match self {
            Help::ClientCredentials => &[
                Key::HelpStepSignIn,
                Key::HelpStepApplications,
                Key::HelpStepCreateApplication,
                Key::HelpStepEnterName,
                Key::HelpStepApplicationType,
                Key::HelpStepCreate,
                Key::HelpStepSettings,
                Key::HelpStepCopyClientId,
                Key::HelpStepCopySecret,
            ],
            Help::Audience => &[
                Key::HelpStepSignIn,
                Key::HelpStepApis,
                Key::HelpStepOpenManagementApi,
                Key::HelpStepCopyIdentifier,
            ],
            Help::ApiAudience => &[
                Key::HelpStepSignIn,
                Key::HelpStepApis,
                Key::HelpStepCopyApiAudience,
            ],
            Help::Scopes => &[
                Key::HelpStepClickScope,
                Key::HelpStepAddScopes,
                Key::HelpStepClickSave,
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
                aria-expanded=move || open.get().to_string()
                aria-controls=panel_id.clone()
                on:click=handler(move |_| open.update(|o| *o = !*o))
            >
                <span class="acp-help-chevron" aria-hidden="true"></span>
                {state.t(help.title())}
            </button>
            <ol class="acp-help-steps" id=panel_id hidden=move || !open.get()>
                {help.steps().iter().map(|s| view! { <li>{state.t(*s)}</li> }).collect_any()}
            </ol>
        </div>
    }
}
