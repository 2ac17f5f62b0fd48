//! The panel's elements (built with `el`), and `mount_panel`, which puts a panel with its session
//! into an element.

mod actions;
mod button;
mod client_dialog;
mod el;
mod field;
mod fields;
mod help;
mod http_view;
mod modal;
mod notices;
mod panel;
mod scope_picker;

use crate::erased::effect;
use crate::i18n::Key;
use crate::prelude::*;
use crate::protocol::HostToPanel;
use crate::session::state::{PanelState, Status};
use crate::session::{Outbound, Session};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

static MOUNTED: AtomicUsize = AtomicUsize::new(0);

/// How a panel is mounted.
pub struct PanelOptions {
    /// The host's origin: it scopes the draft.
    pub host_origin: String,
    /// Tells apart several panels mounted on one page (their drafts too).
    pub instance_id: Option<String>,
    /// Carries the panel's messages to the host.
    pub outbound: Outbound,
}

/// A mounted panel. Dropping it unmounts the panel.
pub struct MountedPanel {
    session: Session,
    _view: el::Mounted,
}

impl MountedPanel {
    /// Hands the panel a decoded message from its host.
    pub fn deliver(&self, message: HostToPanel) {
        self.session.handle(message);
    }

    /// Replaces the form by a message saying why the panel cannot run.
    pub fn refuse(&self, message: crate::i18n::Text) {
        self.session.state.status.set(Status::Refused(message));
    }

    /// Starts the `ready` handshake.
    pub fn announce_ready(&self) {
        self.session.announce_ready();
    }

    pub fn session(&self) -> Session {
        self.session
    }
}

/// Mounts a panel into `parent`.
pub fn mount_panel(parent: web_sys::HtmlElement, options: PanelOptions) -> MountedPanel {
    let n = MOUNTED.fetch_add(1, Ordering::Relaxed) + 1;
    let prefix = format!("acp{n}");
    let made = Rc::new(Cell::new(None::<Session>));
    let parent_for_words = parent.clone();
    let slot = made.clone();
    let view = el::mount(&parent, move || {
        let state = PanelState::new(
            parent_for_words.clone().into(),
            prefix,
            (options.host_origin, options.instance_id),
            options.outbound,
        );
        let session = Session::new(state);
        crate::session::locale::apply(state, None, None);
        let root = parent_for_words.clone();
        effect(move |_| {
            state.i18n.with(|c| {
                crate::dom::crash_words(
                    &root,
                    &c.locale,
                    c.dir(),
                    &c.text(Key::CrashTitle),
                    &c.text(Key::CrashReloadPanel),
                    &c.text(Key::CrashReloadPage),
                    &c.text(Key::CrashReload),
                );
            });
        });
        slot.set(Some(session));
        panel::panel(state, session)
    });
    let session = made.get().expect("the mount closure runs synchronously");
    MountedPanel {
        session,
        _view: view,
    }
}
