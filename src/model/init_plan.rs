//! What a host's `init` does to the form: the first one after the page loads restores the
//! person's draft over the prefill; a later one for the same connection keeps their edits over the
//! new prefill; anything else (another mode or connection, `reset: true`, a saved form) replaces
//! the form. Pure, so the rule is tested here rather than in the browser.

/// Where the form's values come from after an `init`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitPlan {
    /// The stored draft, when there is one that differs from the prefill; else the prefill.
    RestoreDraft,
    /// The person's edits over the new prefill (`merge_edits`).
    KeepEdits,
    /// The new prefill alone.
    Replace,
}

/// The situation an `init` arrives in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InitContext {
    /// No `init` came before on this page.
    pub first: bool,
    /// Same mode and connection id as the form shows.
    pub same_connection: bool,
    /// The host asked for a fresh form (`reset: true`).
    pub reset: bool,
    /// The host accepted the form: it is read-only until this `init`.
    pub saved: bool,
}

impl InitContext {
    pub fn plan(&self) -> InitPlan {
        if self.first && !self.reset {
            InitPlan::RestoreDraft
        } else if !self.first && self.same_connection && !self.reset && !self.saved {
            InitPlan::KeepEdits
        } else {
            InitPlan::Replace
        }
    }

    /// Whether errors already shown (and the host's field errors) stay: only while the person
    /// goes on with the same connection.
    pub fn keeps_shown_errors(&self) -> bool {
        !self.first && self.same_connection && !self.reset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(first: bool, same_connection: bool, reset: bool, saved: bool) -> InitContext {
        InitContext {
            first,
            same_connection,
            reset,
            saved,
        }
    }

    #[test]
    fn the_first_init_restores_the_draft_unless_it_resets() {
        assert_eq!(
            context(true, true, false, false).plan(),
            InitPlan::RestoreDraft
        );
        assert_eq!(
            context(true, false, false, false).plan(),
            InitPlan::RestoreDraft
        );
        assert_eq!(context(true, true, true, false).plan(), InitPlan::Replace);
        assert!(!context(true, true, false, false).keeps_shown_errors());
    }

    #[test]
    fn a_later_init_for_the_same_connection_keeps_the_edits() {
        let same = context(false, true, false, false);
        assert_eq!(same.plan(), InitPlan::KeepEdits);
        assert!(same.keeps_shown_errors());
    }

    #[test]
    fn another_connection_a_reset_or_a_saved_form_is_replaced() {
        assert_eq!(
            context(false, false, false, false).plan(),
            InitPlan::Replace
        );
        assert_eq!(context(false, true, true, false).plan(), InitPlan::Replace);
        assert_eq!(context(false, true, false, true).plan(), InitPlan::Replace);
        assert!(!context(false, false, false, false).keeps_shown_errors());
        assert!(!context(false, true, true, false).keeps_shown_errors());
    }
}
