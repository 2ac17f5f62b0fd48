//! The contract as hosts see it: the TypeScript declarations (`contract/auth0-connection-panel.d.ts`)
//! and JSON Schemas (`contract/*.schema.json`) generated from the protocol's types. A test fails
//! when the committed files drift from the types.

use super::messages::*;
use super::payloads::*;
use crate::model::connection::{Connection, ConnectionPrefill, HttpSettings};
use crate::model::pkce::Pkce;
use ts_rs::TS;

/// The TypeScript declarations of the whole contract, one file.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from the Rust types in src/protocol by `UPDATE_CONTRACT=1 cargo test --lib contract`.\n\
         // Do not edit by hand: a test fails when this file and the types differ.\n\n",
    );
    let config = ts_rs::Config::new();
    let declarations = [
        ProtocolName::decl(&config),
        HostMessageEnvelope::decl(&config),
        PanelMessageEnvelope::decl(&config),
        HostToPanel::decl(&config),
        PanelToHost::decl(&config),
        InitPayload::decl(&config),
        Mode::decl(&config),
        AuthorizeMode::decl(&config),
        Theme::decl(&config),
        PopupSize::decl(&config),
        ScopeCatalog::decl(&config),
        crate::model::scopes::ScopeEntry::decl(&config),
        ConnectionPrefill::decl(&config),
        Connection::decl(&config),
        HttpSettings::decl(&config),
        crate::model::region::Region::decl(&config),
        crate::model::connection::ApiType::decl(&config),
        crate::model::connection::GrantType::decl(&config),
        OAuthClient::decl(&config),
        OAuthClientDraft::decl(&config),
        SubmitResult::decl(&config),
        SubmitPayload::decl(&config),
        Pkce::decl(&config),
        Authorization::decl(&config),
        ErrorCode::decl(&config),
        ReadyPayload::decl(&config),
        ChangedPayload::decl(&config),
        ResizePayload::decl(&config),
        ClientDraftPayload::decl(&config),
        CancelPayload::decl(&config),
        ErrorPayload::decl(&config),
        ClientPayload::decl(&config),
        RequestFailedPayload::decl(&config),
        Empty::decl(&config),
    ];
    for d in declarations {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out
}

pub fn host_message_schema() -> String {
    pretty(schemars::schema_for!(HostMessageEnvelope))
}

pub fn panel_message_schema() -> String {
    pretty(schemars::schema_for!(PanelMessageEnvelope))
}

fn pretty(schema: schemars::Schema) -> String {
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn contract_file(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("contract")
            .join(name)
    }

    /// Compares a generated file with the committed one; `UPDATE_CONTRACT=1` rewrites it.
    fn check(name: &str, generated: String) {
        let path = contract_file(name);
        if std::env::var_os("UPDATE_CONTRACT").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &generated).unwrap();
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "{name} has drifted from the Rust types: run `UPDATE_CONTRACT=1 cargo test --lib contract` and commit it"
        );
    }

    #[test]
    fn the_committed_contract_files_match_the_types() {
        check("auth0-connection-panel.d.ts", typescript());
        check("host-message.schema.json", host_message_schema());
        check("panel-message.schema.json", panel_message_schema());
    }
}
