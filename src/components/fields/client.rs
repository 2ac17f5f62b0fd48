//! "OAuth 2.0 client": the host's clients, with icon buttons to add one or edit the selected one.

use super::select_input::SelectInput;
use crate::components::client_dialog::{ClientDialog, DialogMode};
use crate::components::field::FieldShell;
use crate::components::help::{Help, HelpDisclosure};
use crate::erased::{CollectAny, handler};
use crate::i18n::Key;
use crate::model::connection::Field;
use crate::session::state::PanelState;
use leptos::prelude::*;

#[component]
pub fn ClientField() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let field = Field::OauthClientId;
    let dialog = RwSignal::new(None::<DialogMode>);
    let add_id = state.id("client-add");
    let edit_id = state.id("client-edit");
    let openers = (add_id.clone(), edit_id.clone());
    let selected = move || {
        state.values.with(|v| {
            state.host.with(|h| {
                h.clients
                    .iter()
                    .find(|c| c.id == v.oauth_client_id)
                    .cloned()
            })
        })
    };
    let open_edit = move |_| {
        if let Some(client) = selected() {
            dialog.set(Some(DialogMode::Edit(client)));
        }
    };
    view! {
        <FieldShell field=field label=Key::FieldClientLabel hint=Key::FieldClientHint>
            <div class="acp-input-row">
                <SelectInput field=field choose=|v, id| v.oauth_client_id = id.to_string()>
                    <option value="" prop:selected=move || state.values.with(|v| v.oauth_client_id.is_empty())>
                        {state.t(Key::FieldClientPlaceholder)}
                    </option>
                    // The host's clients. This runs again whenever the host's context changes (an
                    // `init`, a saved client), and its options are then updated in place, by
                    // position, rather than matched by key: cheaper code for a short list.
                    {move || state.host.with(|h| {
                        h.clients
                            .iter()
                            .map(|client| {
                                let id = client.id.clone();
                                view! {
                                    <option
                                        value=client.id.clone()
                                        prop:selected=move || state.values.with(|v| v.oauth_client_id == id)
                                    >
                                        {client.name.clone()}
                                    </option>
                                }
                            })
                            .collect_any()
                    })}
                </SelectInput>
                <button
                    type="button"
                    class="acp-icon-button"
                    id=add_id.clone()
                    on:click=handler(move |_| dialog.set(Some(DialogMode::Add)))
                >
                    <span aria-hidden="true" class="acp-icon-plus">"+"</span>
                    <span class="acp-visually-hidden">{state.t(Key::ClientAdd)}</span>
                </button>
                <button
                    type="button"
                    class="acp-icon-button"
                    id=edit_id.clone()
                    disabled=move || selected().is_none()
                    on:click=handler(open_edit)
                >
                    <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" class="acp-icon">
                        <path d="M11.7 1.3a1 1 0 0 1 1.4 0l1.6 1.6a1 1 0 0 1 0 1.4L5.5 13.5 2 14l.5-3.5z" />
                    </svg>
                    <span class="acp-visually-hidden">{state.t(Key::ClientEdit)}</span>
                </button>
            </div>
        </FieldShell>
        <HelpDisclosure help=Help::ClientCredentials />
        <ClientDialog mode=dialog add_button=openers.0 edit_button=openers.1 />
    }
}
