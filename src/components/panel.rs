//! The panel: heading, notices, the view switch, the fields of the chosen API type, actions.

use super::actions::actions;
use super::el::{El, el};
use super::fields::{
    api_type_field, audience_field, authorizes, client_field, custom_domain_field, grant_field,
    name_field, redirect_uri_field, region_field, scope_field, tenant_field,
};
use super::http_view::http_view;
use super::notices::notices;
use crate::erased::{effect, memo};
use crate::i18n::Key;
use crate::model::connection::ApiType;
use crate::model::theme::accept_token;
use crate::prelude::*;
use crate::protocol::{Mode, Theme};
use crate::session::Session;
use crate::session::state::{PanelState, Status};

/// The whole panel.
pub fn panel(state: PanelState, session: Session) -> El {
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
                Err(why) => crate::prelude::console_warn!("Theme token {name} ignored: {why}"),
            }
        }
        applied
    });

    let view_choice = move |http: bool, key: &'static str, label: Key| {
        let id = state.id(&format!("view-{key}"));
        el("span")
            .class("acp-segment")
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("id", &id)
                    .attr("name", &state.id("view"))
                    .attr("value", key)
                    .property_with("checked", move || state.http_view.get() == http)
                    .on("change", move |_| state.http_view.set(http)),
            )
            .child(el("label").attr("for", &id).text_with(state.t(label)))
    };
    let header = el("header")
        .class("acp-header")
        .child(
            el("h2")
                .class("acp-title")
                .attr("id", &heading_id)
                .text_with(heading),
        )
        .child(
            el("fieldset")
                .class("acp-segmented")
                .child(
                    el("legend")
                        .class("acp-segmented-legend")
                        .text_with(state.t(Key::PanelView)),
                )
                .child(view_choice(false, "simple", Key::PanelViewSimple))
                .child(view_choice(true, "http", Key::PanelViewHttp)),
        );
    let refusal = move || {
        refused()
            .map(|message| {
                el("p")
                    .class("acp-notice acp-notice--error")
                    .attr("role", "alert")
                    .text_with(move || state.render(&message))
            })
            .into_iter()
            .collect()
    };
    let form = move || {
        // The fields of each API type follow the shared ones, built when the API type changes.
        let simple = el("div")
            .class("acp-simple")
            .flag_with("hidden", move || state.http_view.get())
            .child(name_field(state))
            .child(api_type_field(state))
            .child(tenant_field(state))
            .child(region_field(state))
            .child(custom_domain_field(state))
            .children(client_field(state, session))
            .child_while(
                move || !my_account.get(),
                move || audience_field(state, ApiType::Management).into(),
            )
            .child_while(move || my_account.get(), move || vec![grant_field(state)])
            .child_while(
                move || my_account.get() && authorizes(state),
                move || vec![redirect_uri_field(state)],
            )
            .child_while(
                move || my_account.get(),
                move || {
                    let mut fields = Vec::from(audience_field(state, ApiType::MyAccount));
                    fields.extend(scope_field(state));
                    fields
                },
            );
        let body = el("fieldset")
            .class("acp-form-body")
            .flag_with("disabled", move || !state.editable())
            .child(simple)
            .children_with(move || {
                if state.http_view.get() {
                    vec![http_view(state)]
                } else {
                    Vec::new()
                }
            });
        let form = el("form")
            .class("acp-form")
            .attr("novalidate", "")
            .attr("aria-labelledby", &heading_id)
            .on("submit", move |ev| {
                ev.prevent_default();
                session.save();
            })
            .child(body)
            .children(actions(state, session));
        vec![notices(state, session), form]
    };
    el("div")
        .attr_with("class", move || Some(theme_class().to_string()))
        .attr("id", &root_id)
        .attr_with("lang", move || Some(state.i18n.with(|c| c.locale.clone())))
        .attr_with("dir", move || {
            Some(state.i18n.with(|c| c.dir()).to_string())
        })
        .child(header)
        .children_with(refusal)
        .child_while(move || refused().is_none(), form)
}
