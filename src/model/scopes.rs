//! Scope catalogues and the operations of the scope picker's transfer list.
//!
//! Everything is a linear pass over flat vectors indexed by catalogue position, so a catalogue of
//! 10,000 scopes costs microseconds per operation, and both lists keep the catalogue's order by
//! construction whatever order the person clicks in.

use super::case::lower;
use crate::i18n::{Key, Text};
use serde::Serialize;
use std::sync::Arc;
// Fx hashing, as Leptos's reactive graph uses: its table code is in the module already, and
// std's randomly keyed SipHash would add its own. Fx is not keyed, so values chosen to collide
// would slow it down; scope values come only from the host's catalogue (at most 2 MiB) and from
// what the person types, and neither gains from slowing its own panel.
use rustc_hash::FxHashMap as HashMap;

/// One scope a catalogue offers, as `init.scopeCatalog.myAccount` spells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[ts(optional_fields)]
pub struct ScopeEntry {
    pub value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// An ordered list of distinct scopes, prepared for the picker when it arrives. Shared: a copy
/// of it (the picker takes one each time it opens) copies no scope.
#[derive(Clone, Debug, Default)]
pub struct Catalogue(Arc<Scopes>);

#[derive(Debug, Default)]
struct Scopes {
    entries: Vec<ScopeEntry>,
    /// Each entry's value and description in lower case, what the picker's filter searches.
    folded: Vec<String>,
    /// Each value's position, for constant-time lookups in catalogues of thousands.
    positions: HashMap<String, usize>,
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Catalogue) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.entries == other.0.entries
    }
}

impl Eq for Catalogue {}

/// What the picker's filter searches for a scope: its value and description, in lower case.
fn fold(entry: &ScopeEntry) -> String {
    match &entry.description {
        Some(d) => lower(&format!("{}\n{d}", entry.value)),
        None => lower(&entry.value),
    }
}

/// Auth0's My Account API scopes and `offline_access`: tab-separated `scope`, `description` and
/// `status` (Auth0's release stage), under a header line. See the README for its source.
const BUILT_IN_MY_ACCOUNT: &str = include_str!("data/my-account-api-scopes.tsv");
const BUILT_IN_HEADER: &str = "scope\tdescription\tstatus\n";

impl Catalogue {
    /// Keeps the first of each value and drops blank ones.
    pub fn new(entries: impl IntoIterator<Item = ScopeEntry>) -> Self {
        let mut positions = HashMap::default();
        let mut kept = Vec::new();
        for entry in entries {
            if entry.value.trim().is_empty() || positions.contains_key(&entry.value) {
                continue;
            }
            positions.insert(entry.value.clone(), kept.len());
            kept.push(entry);
        }
        Catalogue(Arc::new(Scopes {
            folded: kept.iter().map(fold).collect(),
            entries: kept,
            positions,
        }))
    }

    /// The My Account API's scopes, built into the panel.
    pub fn built_in_my_account() -> Self {
        let rows = BUILT_IN_MY_ACCOUNT
            .strip_prefix(BUILT_IN_HEADER)
            .unwrap_or(BUILT_IN_MY_ACCOUNT);
        Catalogue::new(rows.lines().filter_map(|line| {
            let mut columns = line.split('\t').map(str::trim);
            let value = columns.next().filter(|v| !v.is_empty())?;
            let description = columns.next().filter(|d| !d.is_empty());
            Some(ScopeEntry {
                value: value.to_string(),
                description: description.map(str::to_string),
            })
        }))
    }

    pub fn entries(&self) -> &[ScopeEntry] {
        &self.0.entries
    }

    pub fn len(&self) -> usize {
        self.0.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.entries.is_empty()
    }

    /// Puts scopes in catalogue order, unknown ones after in the order given, without duplicates.
    pub fn order(&self, scopes: &[String]) -> Vec<String> {
        let wanted = self.marked(scopes);
        self.entries()
            .iter()
            .zip(wanted)
            .filter(|&(_, wanted)| wanted)
            .map(|(e, _)| e.value.clone())
            .chain(self.lacking(scopes))
            .collect()
    }

    /// For each entry, whether `scopes` names it.
    fn marked(&self, scopes: &[String]) -> Vec<bool> {
        let mut marked = vec![false; self.len()];
        for scope in scopes {
            if let Some(&i) = self.0.positions.get(scope) {
                marked[i] = true;
            }
        }
        marked
    }

    /// The scopes of `scopes` the catalogue lacks, each once, in the order given.
    fn lacking(&self, scopes: &[String]) -> Vec<String> {
        // A map of the catalogue's own type, `String` to `usize`: one hash table's code in the
        // module.
        let mut seen = HashMap::default();
        let mut lacking = Vec::new();
        for scope in scopes {
            if !self.contains(scope) && seen.insert(scope.clone(), 0_usize).is_none() {
                lacking.push(scope.clone());
            }
        }
        lacking
    }

    pub fn contains(&self, value: &str) -> bool {
        self.0.positions.contains_key(value)
    }
}

/// Which list of the transfer list an item is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Available,
    Selected,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Available => Side::Selected,
            Side::Selected => Side::Available,
        }
    }
}

/// The check-all checkbox's state over the shown items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckCount {
    pub checked: usize,
    pub shown: usize,
}

impl CheckCount {
    pub fn all(self) -> bool {
        self.shown > 0 && self.checked == self.shown
    }
    /// Tri-state: some but not all shown items are checked.
    pub fn mixed(self) -> bool {
        self.checked > 0 && self.checked < self.shown
    }
}

/// The working state of the scope picker: every item of the catalogue plus scopes the host chose
/// that the catalogue lacks (kept after it), each on one side and checked or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    catalogue: Catalogue,
    /// The scopes the host chose that the catalogue lacks, with what the filter searches.
    unknown: Vec<(ScopeEntry, String)>,
    selected: Vec<bool>,
    checked: Vec<bool>,
}

impl Transfer {
    pub fn new(catalogue: &Catalogue, chosen: &[String]) -> Self {
        let mut selected = catalogue.marked(chosen);
        let unknown: Vec<(ScopeEntry, String)> = catalogue
            .lacking(chosen)
            .into_iter()
            .map(|value| {
                let entry = ScopeEntry {
                    value,
                    description: None,
                };
                let folded = fold(&entry);
                (entry, folded)
            })
            .collect();
        selected.resize(selected.len() + unknown.len(), true);
        let checked = vec![false; selected.len()];
        Transfer {
            catalogue: catalogue.clone(),
            unknown,
            selected,
            checked,
        }
    }

    pub fn item(&self, i: usize) -> &ScopeEntry {
        match self.catalogue.entries().get(i) {
            Some(entry) => entry,
            None => &self.unknown[i - self.catalogue.len()].0,
        }
    }

    fn folded(&self, i: usize) -> &str {
        match self.catalogue.0.folded.get(i) {
            Some(folded) => folded,
            None => &self.unknown[i - self.catalogue.len()].1,
        }
    }

    /// False for a scope the host chose that the catalogue does not list.
    pub fn in_catalogue(&self, i: usize) -> bool {
        i < self.catalogue.len()
    }

    pub fn side(&self, i: usize) -> Side {
        if self.selected[i] {
            Side::Selected
        } else {
            Side::Available
        }
    }

    pub fn is_checked(&self, i: usize) -> bool {
        self.checked[i]
    }

    /// The items of one list that match the filter (case-insensitive substring), in order.
    pub fn shown(&self, side: Side, filter: &str) -> Vec<usize> {
        let needle = lower(filter.trim());
        let want = side == Side::Selected;
        (0..self.len())
            .filter(|&i| self.selected[i] == want && self.folded(i).contains(&needle))
            .collect()
    }

    pub fn count(&self, shown: &[usize]) -> CheckCount {
        CheckCount {
            checked: shown.iter().filter(|&&i| self.checked[i]).count(),
            shown: shown.len(),
        }
    }

    pub fn set_checked(&mut self, i: usize, value: bool) {
        self.checked[i] = value;
    }

    pub fn toggle(&mut self, i: usize) {
        self.checked[i] = !self.checked[i];
    }

    /// Sets every item between two positions of a shown list (both included, either order).
    pub fn check_range(&mut self, shown: &[usize], from: usize, to: usize, value: bool) {
        let (lo, hi) = if from <= to { (from, to) } else { (to, from) };
        for &i in shown.iter().take(hi + 1).skip(lo) {
            self.checked[i] = value;
        }
    }

    /// The check-all checkbox: checks every shown item, or unchecks them all when all are checked.
    pub fn toggle_all(&mut self, shown: &[usize]) {
        let value = !self.count(shown).all();
        for &i in shown {
            self.checked[i] = value;
        }
    }

    /// Moves the checked items among those shown to the other list; they arrive unchecked.
    pub fn move_checked(&mut self, shown: &[usize]) -> usize {
        let mut moved = 0;
        for &i in shown {
            if self.checked[i] {
                self.flip(i);
                moved += 1;
            }
        }
        moved
    }

    /// Moves every shown item to the other list.
    pub fn move_all(&mut self, shown: &[usize]) -> usize {
        for &i in shown {
            self.flip(i);
        }
        shown.len()
    }

    pub fn move_one(&mut self, i: usize) {
        self.flip(i);
    }

    fn flip(&mut self, i: usize) {
        self.selected[i] = !self.selected[i];
        self.checked[i] = false;
    }

    /// The chosen scopes: catalogue order, then the unknown ones still chosen.
    pub fn chosen(&self) -> Vec<String> {
        (0..self.len())
            .filter(|&i| self.selected[i])
            .map(|i| self.item(i).value.clone())
            .collect()
    }

    pub fn len(&self) -> usize {
        self.selected.len()
    }

    pub fn is_empty(&self) -> bool {
        self.selected.is_empty()
    }
}

/// What the live region says after a move: "1 scope added", "3 scopes removed".
pub fn move_announcement(count: usize, to: Side) -> Text {
    let key = match to {
        Side::Selected => Key::PickerAdded,
        Side::Available => Key::PickerRemoved,
    };
    Text::count(key, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_finds_chosen_scopes_the_catalogue_lacks() {
        let c = Catalogue::new([ScopeEntry {
            value: "read:me".into(),
            description: Some("Read the profile".into()),
        }]);
        let t = Transfer::new(&c, &["Legacy:X".into(), "read:me".into()]);
        assert_eq!(t.shown(Side::Selected, " legacy "), vec![1]);
        assert_eq!(t.shown(Side::Selected, "PROFILE"), vec![0]);
        assert!(!t.in_catalogue(1));
        assert_eq!(t.item(1).value, "Legacy:X");
        assert_eq!(
            t.chosen(),
            vec!["read:me".to_string(), "Legacy:X".to_string()]
        );
    }
    use proptest::prelude::*;
    use std::time::Instant;

    fn catalogue(n: usize) -> Catalogue {
        Catalogue::new((0..n).map(|i| ScopeEntry {
            value: format!("read:scope_{i:05}"),
            description: None,
        }))
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_built_in_catalogue_is_the_my_account_api_list() {
        let c = Catalogue::built_in_my_account();
        // The file starts with its header; every other line is one scope, none dropped as a
        // duplicate or blank.
        assert!(BUILT_IN_MY_ACCOUNT.starts_with(BUILT_IN_HEADER));
        assert_eq!(c.len(), BUILT_IN_MY_ACCOUNT.lines().count() - 1);
        assert_eq!(c.len(), 13);
        assert_eq!(c.entries()[0].value, "create:me:authentication_methods");
        assert_eq!(c.entries()[12].value, "offline_access");
        for scope in ["read:me:factors", "read:me:profile", "update:me:profile"] {
            assert!(c.contains(scope), "{scope}");
        }
        assert!(
            c.entries()
                .iter()
                .all(|e| e.value.is_ascii() && !e.value.contains(' '))
        );
        assert!(
            c.entries()
                .iter()
                .all(|e| e.description.as_ref().is_some_and(|d| d.ends_with('.')))
        );
    }

    #[test]
    fn the_filter_finds_a_scope_by_its_description_too() {
        let t = Transfer::new(&Catalogue::built_in_my_account(), &[]);
        let found = |filter: &str| -> Vec<String> {
            t.shown(Side::Available, filter)
                .into_iter()
                .map(|i| t.item(i).value.clone())
                .collect()
        };
        // Both profile scopes, and the connected-account ones, whose descriptions say "profile".
        let profile = found("profile");
        for scope in [
            "read:me:profile",
            "update:me:profile",
            "read:me:connected_accounts",
        ] {
            assert!(profile.contains(&scope.to_string()), "{scope}");
        }
        assert_eq!(found("writable"), strings(&["update:me:profile"]));
        // "refresh token" is only in offline_access's description.
        assert_eq!(found("Refresh Token"), strings(&["offline_access"]));
    }

    #[test]
    fn a_catalogue_drops_duplicates_and_blanks() {
        let c = Catalogue::new(["a", "b", "a", " ", ""].map(|v| ScopeEntry {
            value: v.into(),
            description: None,
        }));
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn ordering_follows_the_catalogue_then_keeps_unknown_scopes() {
        let c = Catalogue::built_in_my_account();
        let order = c.order(&strings(&[
            "zzz:custom",
            "offline_access",
            "read:me:factors",
            "zzz:custom",
            "aaa:custom",
        ]));
        assert_eq!(
            order,
            strings(&[
                "read:me:factors",
                "offline_access",
                "zzz:custom",
                "aaa:custom"
            ])
        );
    }

    #[test]
    fn unknown_chosen_scopes_are_kept_after_the_catalogue_and_marked() {
        let c = Catalogue::built_in_my_account();
        let t = Transfer::new(&c, &strings(&["legacy:scope", "read:me:factors"]));
        let selected = t.shown(Side::Selected, "");
        assert_eq!(selected.len(), 2);
        assert!(t.in_catalogue(selected[0]));
        assert!(!t.in_catalogue(selected[1]));
        assert_eq!(t.chosen(), strings(&["read:me:factors", "legacy:scope"]));
    }

    #[test]
    fn filter_is_a_case_insensitive_substring() {
        let c = Catalogue::built_in_my_account();
        let t = Transfer::new(&c, &[]);
        assert_eq!(t.shown(Side::Available, "CONNECTED").len(), 3);
        assert_eq!(t.shown(Side::Available, "").len(), 13);
        assert_eq!(t.shown(Side::Selected, "").len(), 0);
    }

    #[test]
    fn check_then_add_moves_only_the_checked_shown_items() {
        let c = Catalogue::built_in_my_account();
        let mut t = Transfer::new(&c, &[]);
        let shown = t.shown(Side::Available, "");
        t.toggle(shown[4]);
        t.toggle(shown[0]);
        assert_eq!(
            t.count(&shown),
            CheckCount {
                checked: 2,
                shown: 13
            }
        );
        assert!(t.count(&shown).mixed());
        assert_eq!(t.move_checked(&shown), 2);
        assert_eq!(
            t.chosen(),
            strings(&["create:me:authentication_methods", "read:me:factors"])
        );
        let selected = t.shown(Side::Selected, "");
        assert_eq!(
            t.count(&selected).checked,
            0,
            "moved items arrive unchecked"
        );
    }

    #[test]
    fn a_range_checks_everything_between_either_way() {
        let c = catalogue(10);
        let mut t = Transfer::new(&c, &[]);
        let shown = t.shown(Side::Available, "");
        t.check_range(&shown, 7, 3, true);
        assert_eq!(t.count(&shown).checked, 5);
        assert!((3..=7).all(|p| t.is_checked(shown[p])));
        t.check_range(&shown, 4, 5, false);
        assert_eq!(t.count(&shown).checked, 3);
    }

    #[test]
    fn check_all_acts_on_the_filtered_items_and_toggles_back() {
        let c = Catalogue::built_in_my_account();
        let mut t = Transfer::new(&c, &[]);
        let shown = t.shown(Side::Available, "read");
        t.toggle_all(&shown);
        assert!(t.count(&shown).all());
        assert_eq!(t.count(&t.shown(Side::Available, "")).checked, shown.len());
        t.toggle_all(&shown);
        assert_eq!(t.count(&shown).checked, 0);
    }

    #[test]
    fn move_all_takes_only_the_filtered_items() {
        let c = Catalogue::built_in_my_account();
        let mut t = Transfer::new(&c, &[]);
        let shown = t.shown(Side::Available, "me:connected");
        assert_eq!(t.move_all(&shown), 3);
        assert_eq!(
            t.chosen(),
            strings(&[
                "create:me:connected_accounts",
                "read:me:connected_accounts",
                "delete:me:connected_accounts"
            ])
        );
        let back = t.shown(Side::Selected, "read");
        assert_eq!(t.move_all(&back), 1);
        assert_eq!(t.chosen().len(), 2);
    }

    #[test]
    fn announcements_count_and_name_the_direction() {
        assert_eq!(
            move_announcement(1, Side::Selected).to_string(),
            "1 scope added"
        );
        assert_eq!(
            move_announcement(3, Side::Available).to_string(),
            "3 scopes removed"
        );
    }

    #[test]
    fn ten_thousand_scopes_cost_microseconds_not_milliseconds() {
        let c = catalogue(10_000);
        let chosen: Vec<String> = (0..10_000)
            .step_by(3)
            .map(|i| format!("read:scope_{i:05}"))
            .collect();
        let started = Instant::now();
        let mut t = Transfer::new(&c, &chosen);
        let shown = t.shown(Side::Available, "SCOPE_0");
        t.toggle_all(&shown);
        t.move_checked(&shown);
        let all = t.shown(Side::Available, "");
        t.move_all(&all);
        assert_eq!(t.chosen().len(), 10_000);
        // Generous so a busy machine never flakes; the benchmark reports the real figures.
        assert!(started.elapsed().as_millis() < 200);
    }

    fn transfer_strategy() -> impl Strategy<Value = (usize, Vec<bool>, Vec<(u8, usize, String)>)> {
        (1usize..60).prop_flat_map(|n| {
            (
                Just(n),
                proptest::collection::vec(any::<bool>(), n),
                proptest::collection::vec((0u8..6, 0..n, "[0-9]{0,2}"), 0..40),
            )
        })
    }

    proptest! {
        #[test]
        fn any_sequence_of_operations_keeps_both_lists_in_catalogue_order(
            (n, initial, ops) in transfer_strategy()
        ) {
            let c = catalogue(n);
            let chosen: Vec<String> = c.entries().iter().zip(&initial)
                .filter(|(_, s)| **s).map(|(e, _)| e.value.clone()).collect();
            let mut t = Transfer::new(&c, &chosen);
            for (op, i, filter) in ops {
                let side = if op % 2 == 0 { Side::Available } else { Side::Selected };
                let shown = t.shown(side, &filter);
                match op / 2 {
                    0 => t.toggle(i),
                    1 => t.toggle_all(&shown),
                    _ => {
                        let before = t.chosen().len();
                        let moved = if op == 4 { t.move_checked(&shown) } else { t.move_all(&shown) };
                        let after = t.chosen().len();
                        let expected = if side == Side::Available { before + moved } else { before - moved };
                        prop_assert_eq!(after, expected);
                    }
                }
                for side in [Side::Available, Side::Selected] {
                    let list = t.shown(side, "");
                    prop_assert!(list.windows(2).all(|w| w[0] < w[1]));
                    prop_assert!(list.iter().all(|&i| t.side(i) == side));
                }
                prop_assert_eq!(
                    t.shown(Side::Available, "").len() + t.shown(Side::Selected, "").len(), n
                );
                prop_assert_eq!(c.order(&t.chosen()), t.chosen());
            }
        }

        #[test]
        fn move_all_with_a_filter_moves_exactly_the_matching_items(
            n in 1usize..200, filter in "[0-9]{1,3}"
        ) {
            let c = catalogue(n);
            let mut t = Transfer::new(&c, &[]);
            let shown = t.shown(Side::Available, &filter);
            t.move_all(&shown);
            let expected: Vec<String> = c.entries().iter()
                .filter(|e| e.value.contains(&filter)).map(|e| e.value.clone()).collect();
            prop_assert_eq!(t.chosen(), expected);
        }
    }
}
