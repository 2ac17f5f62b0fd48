//! The panel: heading, notices, the view switch, the fields of the chosen API type, actions.

use super::actions::Actions;
use super::fields::{
    ApiTypeField, AudienceField, ClientField, CustomDomainField, GrantField, NameField,
    RegionField, ScopeField, TenantField,
};
use super::http_view::HttpView;
use super::notices::Notices;
use crate::components::shown::shown_while;
use crate::erased::{effect, handler, memo};
use crate::i18n::Key;
use crate::model::connection::ApiType;
use crate::model::theme::accept_token;
use crate::protocol::{Mode, Theme};
use crate::session::Session;
use crate::session::state::{PanelState, Status};
use leptos::prelude::*;

#[component]
pub fn Panel() -> impl IntoView {
    let state = expect_context::<PanelState>();
    let session = expect_context::<Session>();
    let root_id = state.id("root");
    let heading_id = state.id("heading");
    let heading = move || {
        let key = match state.host.with(|h| h.mode) {
            Mode::Create => Key::PanelTitleCreate,
            Mode::Edit => Key::PanelTitleEdit,
        };
        state.t(key)()
    };
    let refused = move || match state.status.get() {
        Status::Refused(message) => Some(message),
        _ => None,
    };
    // Memoised: the API type's own fields are built when it changes, not on every edit.
    let my_account = memo(move |_| state.api_type() == ApiType::MyAccount);
    let theme_class = move || match state.host.with(|h| h.theme) {
        Theme::Light => "acp-panel acp-theme-light",
        Theme::Dark => "acp-panel acp-theme-dark",
        Theme::System => "acp-panel",
    };

    // Host design tokens, applied through the CSSOM; anything unsafe is ignored with a warning.
    let tokens_on = root_id.clone();
    effect(move |previous: Option<Vec<String>>| {
        // Read first, so the effect runs again when they change even if the root is not yet on
        // the page.
        let tokens = state.host.with(|h| h.theme_tokens.clone());
        let Some(el) = state.element(&tokens_on) else {
            return Vec::new();
        };
        let style = el.style();
        for name in previous.unwrap_or_default() {
            let _ = style.remove_property(&name);
        }
        let mut applied = Vec::new();
        for (name, value) in tokens {
            match accept_token(&name, &value) {
                Ok(()) => {
                    let _ = style.set_property(&name, &value);
                    applied.push(name);
                }
                Err(why) => leptos::logging::warn!("Theme token {name} ignored: {why}"),
            }
        }
        applied
    });

    let view_choice = move |http: bool, key: &'static str, label: Key| {
        let id = state.id(&format!("view-{key}"));
        view! {
            <span class="acp-segment">
                <input
                    type="radio"
                    id=id.clone()
                    name=state.id("view")
                    value=key
                    prop:checked=move || state.http_view.get() == http
                    on:change=handler(move |_| state.http_view.set(http))
                />
                <label for=id>{state.t(label)}</label>
            </span>
        }
    };

    view! {
        <div
            class=theme_class
            id=root_id.clone()
            lang=move || state.i18n.with(|c| c.locale.clone())
            dir=move || state.i18n.with(|c| c.dir()).to_string()
        >
            <header class="acp-header">
                <h2 class="acp-title" id=heading_id.clone()>{move || heading()}</h2>
                <fieldset class="acp-segmented">
                    <legend class="acp-segmented-legend">{state.t(Key::PanelView)}</legend>
                    {view_choice(false, "simple", Key::PanelViewSimple)}
                    {view_choice(true, "http", Key::PanelViewHttp)}
                </fieldset>
            </header>
            {move || refused().map(|message| view! {
                <p class="acp-notice acp-notice--error" role="alert">{move || state.render(&message)}</p>
            })}
            {shown_while(
                move || refused().is_none(),
                move || view! {
                    <Notices />
                    <form
                        class="acp-form"
                        novalidate
                        aria-labelledby=heading_id.clone()
                        on:submit=handler(move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            session.save();
                        })
                    >
                        <fieldset class="acp-form-body" disabled=move || !state.editable()>
                            <div class="acp-simple" hidden=move || state.http_view.get()>
                                <NameField />
                                <ApiTypeField />
                                <TenantField />
                                <RegionField />
                                <CustomDomainField />
                                <ClientField />
                                {move || if my_account.get() {
                                    view! {
                                        <GrantField />
                                        <AudienceField api=ApiType::MyAccount />
                                        <ScopeField />
                                    }.into_any()
                                } else {
                                    view! { <AudienceField api=ApiType::Management /> }.into_any()
                                }}
                            </div>
                            {shown_while(
                                move || state.http_view.get(),
                                || view! { <HttpView /> }.into_any(),
                            )}
                        </fieldset>
                        <Actions />
                    </form>
                }.into_any(),
            )}
        </div>
    }
}
