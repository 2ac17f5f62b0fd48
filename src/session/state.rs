//! The panel's state: one struct of signals, provided as context to every component, with the
//! operations the components call. Decisions come from `crate::model`; this file only wires them.

use crate::erased::memo;
use crate::i18n::{Catalogue, Key, Text};
use crate::model::connection::{
    ApiType, Connection, Field, FieldErrors, FormValues, ValidationContext,
};
use crate::model::field::FieldSet;
use crate::model::scopes::Catalogue as ScopeCatalogue;
use crate::model::string_map::StringMap;
use crate::prelude::*;
use crate::protocol::{
    AuthorizeMode, InitPayload, Mode, OAuthClient, PanelToHost, PopupSize, Theme,
};
use std::rc::Rc;

/// Where the panel is in its life.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No `init` yet: the form is shown disabled.
    Connecting,
    /// `ready` was re-sent as often as allowed and the host stayed silent.
    HostSilent,
    Editing,
    /// A `submit` is waiting for the host's answer.
    Saving,
    /// Waiting for the authorization window (panel-side authorization).
    Authorizing,
    /// The host accepted the connection; read-only until the next `init`.
    Saved,
    /// The host's settings could not be loaded; the message says why, "Try again" retries.
    LoadFailed(Text),
    /// The panel refuses to run (untrusted parent, bad configuration); the message says why.
    Refused(Text),
}

/// What the host told the panel in `init`, with defaults for what it left out.
#[derive(Clone, Debug)]
pub struct HostContext {
    pub mode: Mode,
    pub connection_id: Option<String>,
    pub original_name: Option<String>,
    pub existing_names: Vec<String>,
    pub clients: Vec<OAuthClient>,
    pub catalogue: ScopeCatalogue,
    pub authorize: AuthorizeMode,
    pub redirect_uri: Option<String>,
    pub request_timeout_ms: u32,
    pub popup: Option<PopupSize>,
    pub theme: Theme,
    pub theme_tokens: StringMap,
}

impl Default for HostContext {
    fn default() -> Self {
        HostContext {
            mode: Mode::Create,
            connection_id: None,
            original_name: None,
            existing_names: Vec::new(),
            clients: Vec::new(),
            catalogue: ScopeCatalogue::built_in_my_account(),
            authorize: AuthorizeMode::Host,
            redirect_uri: None,
            request_timeout_ms: 30_000,
            popup: None,
            theme: Theme::System,
            theme_tokens: StringMap::new(),
        }
    }
}

impl HostContext {
    pub fn from_init(init: &InitPayload) -> HostContext {
        let catalogue = init
            .scope_catalog
            .as_ref()
            .and_then(|c| c.my_account.clone())
            .map(ScopeCatalogue::new)
            .filter(|c| !c.is_empty())
            .unwrap_or_else(ScopeCatalogue::built_in_my_account);
        HostContext {
            mode: init.mode,
            connection_id: init.connection.as_ref().and_then(|c| c.id.clone()),
            original_name: (init.mode == Mode::Edit)
                .then(|| init.connection.as_ref().and_then(|c| c.name.clone()))
                .flatten(),
            existing_names: init.existing_names.clone().unwrap_or_default(),
            clients: init.oauth_clients.clone().unwrap_or_default(),
            catalogue,
            authorize: init.authorize.unwrap_or_default(),
            redirect_uri: init.redirect_uri.clone(),
            request_timeout_ms: init.request_timeout_ms.unwrap_or(30_000),
            popup: init.popup,
            theme: init.theme.unwrap_or_default(),
            theme_tokens: init.theme_tokens.clone().unwrap_or_default(),
        }
    }

    /// Whether Save authorizes in a popup first: `authorize: "panel"` and an authorization-code
    /// grant (My account; both of its grants are authorization code).
    pub fn authorizes_in_panel(&self, api: ApiType) -> bool {
        self.authorize == AuthorizeMode::Panel && api == ApiType::MyAccount
    }

    /// The finished connection, or every error, judged against what the host said.
    pub fn validate(&self, values: &FormValues) -> Result<Connection, FieldErrors> {
        let client_ids: Vec<String> = self.clients.iter().map(|c| c.id.clone()).collect();
        values.validate(&ValidationContext {
            id: self.connection_id.as_deref(),
            existing_names: &self.existing_names,
            original_name: self.original_name.as_deref(),
            client_ids: &client_ids,
            catalogue: &self.catalogue,
        })
    }

    pub fn errors(&self, values: &FormValues) -> FieldErrors {
        self.validate(values).err().unwrap_or_default()
    }
}

/// Sends a message to the host, whichever transport carries it.
pub type Outbound = Rc<dyn Fn(PanelToHost)>;

/// What the panel was mounted with and what its transport wires in: nothing a view shows, so one
/// plain value in one arena slot rather than a stored value (and its generic code) per part.
struct Wiring {
    /// The element the panel is mounted into: its elements are looked up inside it.
    root: web_sys::Element,
    /// Prefix of every element id, unique per mounted panel.
    ids: String,
    /// Scopes the draft: the host origin and, for a direct mount, the instance id.
    draft_scope: (String, Option<String>),
    /// The locale last asked for (its file may still be on its way).
    locale_wanted: &'static str,
    outbound: Outbound,
    /// What "Try again" runs when the host could not be reached (set by the transport).
    retry: Option<Rc<dyn Fn()>>,
}

/// The panel's state. `Copy`: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct PanelState {
    wiring: StoredValue<Wiring, LocalStorage>,
    pub values: RwSignal<FormValues>,
    /// The form as the last `init` left it; the form is dirty when it differs.
    pub base: RwSignal<FormValues>,
    pub host: RwSignal<HostContext>,
    pub status: RwSignal<Status>,
    /// Fields whose errors are shown (after a blur, or all after Save).
    pub shown: RwSignal<FieldSet>,
    /// Errors the host returned, shown until the field changes.
    pub host_errors: RwSignal<FieldErrors>,
    /// A message above the actions (host failures, timeouts).
    pub general: RwSignal<Option<Text>>,
    /// The catalogue every string shown comes from (its locale, the host's overrides).
    pub i18n: RwSignal<Catalogue>,
    pub draft_restored: RwSignal<bool>,
    /// The stored draft could not be read: it was dropped and the person is told.
    pub draft_unreadable: RwSignal<bool>,
    /// The HTTP view (the settings the fields resolve to) is shown instead of the simple form. A
    /// `bool` rather than an enum of two views: one signal type fewer in the module.
    pub http_view: RwSignal<bool>,
    pub errors: Memo<FieldErrors>,
    pub dirty: Memo<bool>,
    pub inits: RwSignal<usize>,
}

impl PanelState {
    pub fn new(
        root: web_sys::Element,
        prefix: String,
        draft_scope: (String, Option<String>),
        outbound: Outbound,
    ) -> Self {
        let values = RwSignal::new(FormValues::default());
        let base = RwSignal::new(FormValues::default());
        let host = RwSignal::new(HostContext::default());
        let errors = memo(move |_| host.with(|h| values.with(|v| h.errors(v))));
        let dirty = memo(move |_| values.with(|v| base.with(|b| v != b)));
        PanelState {
            wiring: StoredValue::new_local(Wiring {
                root,
                ids: prefix,
                draft_scope,
                locale_wanted: "en",
                outbound,
                retry: None,
            }),
            values,
            base,
            host,
            status: RwSignal::new(Status::Connecting),
            shown: RwSignal::new(FieldSet::new()),
            host_errors: RwSignal::new(FieldErrors::new()),
            general: RwSignal::new(None),
            i18n: RwSignal::new(Catalogue::default()),
            draft_restored: RwSignal::new(false),
            draft_unreadable: RwSignal::new(false),
            http_view: RwSignal::new(false),
            errors,
            dirty,
            inits: RwSignal::new(0),
        }
    }

    /// A message of the active catalogue, as a reactive text: `{state.t(Key::ActionSave)}`.
    pub fn t(self, key: Key) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let i18n = self.i18n;
        move || i18n.with(|c| c.text(key))
    }

    /// A message in the active catalogue, now (for a message sent or stored as it is).
    pub fn say(&self, key: Key) -> String {
        self.i18n.with_untracked(|c| c.text(key))
    }

    /// Any text in the active catalogue, tracked (call it inside a view's closure).
    pub fn render(&self, text: &Text) -> String {
        self.i18n.with(|c| c.render(text))
    }

    /// An element id unique to this panel: `{prefix}-{name}`.
    pub fn id(&self, name: &str) -> String {
        self.wiring.with_value(|w| format!("{}-{name}", w.ids))
    }

    /// The panel's element with this id (see `crate::dom::element_in`); none once the panel is
    /// gone.
    pub fn element(&self, id: &str) -> Option<web_sys::HtmlElement> {
        self.wiring
            .try_with_value(|w| crate::dom::element_in(&w.root, id))
            .flatten()
    }

    /// Moves keyboard focus to the panel's element with this id, if it is there.
    pub fn focus(&self, id: &str) {
        if let Some(element) = self.element(id) {
            let _ = element.focus();
        }
    }

    pub fn field_id(&self, field: Field) -> String {
        self.id(field.key())
    }

    pub fn send(&self, message: PanelToHost) {
        // Cloned out first: the host may call back into the panel from its handler.
        let outbound = self.wiring.with_value(|w| w.outbound.clone());
        outbound(message);
    }

    /// The host origin and, for a direct mount, the instance id: what scopes the draft.
    pub fn draft_scope(&self) -> (String, Option<String>) {
        self.wiring.with_value(|w| w.draft_scope.clone())
    }

    /// The locale last asked for; `None` once the panel is gone.
    pub fn locale_wanted(&self) -> Option<&'static str> {
        self.wiring.try_with_value(|w| w.locale_wanted)
    }

    pub fn set_locale_wanted(&self, tag: &'static str) {
        self.wiring.update_value(|w| w.locale_wanted = tag);
    }

    /// What "Try again" runs, if the transport set it.
    pub fn retry(&self) -> Option<Rc<dyn Fn()>> {
        self.wiring.with_value(|w| w.retry.clone())
    }

    pub fn set_retry(&self, retry: Rc<dyn Fn()>) {
        self.wiring.update_value(|w| w.retry = Some(retry));
    }

    pub fn api_type(&self) -> ApiType {
        self.values.with(|v| v.api_type)
    }

    /// Whether the person can edit the form now.
    pub fn editable(&self) -> bool {
        self.status.with(|s| *s == Status::Editing)
    }

    /// Changes the form; a host error on a changed field goes away.
    pub fn update(&self, change: impl FnOnce(&mut FormValues)) {
        let before = self.values.get_untracked();
        self.values.update(change);
        let after = self.values.get_untracked();
        if !self.host_errors.with_untracked(FieldErrors::is_empty) {
            self.host_errors.update(|errors| {
                errors.retain(|field, _| field_value_eq(*field, &before, &after));
            });
        }
    }

    /// Shows a field's error from now on (the field lost focus).
    pub fn reveal(&self, field: Field) {
        if !self.shown.with_untracked(|s| s.contains(&field)) {
            self.shown.update(|s| {
                s.insert(field);
            });
        }
    }

    /// The message shown beside a field, if any.
    pub fn error_for(&self, field: Field) -> Option<Text> {
        if let Some(host_error) = self.host_errors.with(|e| e.get(&field).cloned()) {
            return Some(host_error);
        }
        if !self.shown.with(|s| s.contains(&field)) {
            return None;
        }
        self.errors.with(|e| e.get(&field).cloned())
    }

    /// The error shown for `field`, in the active language (tracked).
    pub fn error_message(&self, field: Field) -> Option<String> {
        self.error_for(field).map(|text| self.render(&text))
    }

    /// Every field shown by the current API type, in form order, with its error.
    pub fn first_invalid(&self) -> Option<Field> {
        let api = self.values.with_untracked(|v| v.api_type);
        Field::in_form_order(api).iter().copied().find(|f| {
            self.errors.with_untracked(|e| e.contains_key(f))
                || self.host_errors.with_untracked(|e| e.contains_key(f))
        })
    }
}

/// Whether one field's value is unchanged between two forms.
fn field_value_eq(field: Field, a: &FormValues, b: &FormValues) -> bool {
    match field {
        Field::Name => a.name == b.name,
        Field::Tenant => a.tenant == b.tenant,
        Field::Region => a.region == b.region,
        Field::CustomDomain => a.custom_domain == b.custom_domain,
        Field::OauthClientId => a.oauth_client_id == b.oauth_client_id,
        Field::Audience => {
            a.audience(a.api_type) == b.audience(b.api_type) && a.api_type == b.api_type
        }
        Field::GrantType => a.grant_type == b.grant_type,
        Field::Scopes => a.scopes == b.scopes,
    }
}
