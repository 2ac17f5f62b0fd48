//! The help disclosures with their step-by-step instructions: collapsed buttons with `aria-expanded`.

use crate::components::el::{El, el};
use crate::i18n::Key;
use crate::prelude::*;
use crate::session::state::PanelState;

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

/// A help disclosure: a button that shows or hides its steps.
pub fn help_disclosure(state: PanelState, help: Help) -> El {
    let open = RwSignal::new(false);
    let panel_id = state.id(help.key());
    let toggle = el("button")
        .attr("type", "button")
        .class("acp-help-toggle")
        .attr_with("aria-expanded", move || Some(open.get().to_string()))
        .attr("aria-controls", &panel_id)
        .on("click", move |_| open.update(|o| *o = !*o))
        .child(
            el("span")
                .class("acp-help-chevron")
                .attr("aria-hidden", "true"),
        )
        .text_with(state.t(help.title()));
    let steps = help
        .steps()
        .iter()
        .map(|step| el("li").text_with(state.t(*step)));
    el("div").class("acp-help").child(toggle).child(
        el("ol")
            .class("acp-help-steps")
            .attr("id", &panel_id)
            .flag_with("hidden", move || !open.get())
            .children(steps),
    )
}
