//! Which host theme tokens the panel applies: only `--acp-*` custom properties with plain values.

/// Ok when the token may be applied; otherwise why not.
pub fn accept_token(name: &str, value: &str) -> Result<(), &'static str> {
    if !name.starts_with("--acp-") || name.len() <= "--acp-".len() {
        return Err("only names starting with --acp- are applied");
    }
    if !name[2..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err("the name may only hold letters, digits, - and _");
    }
    let lower = value.to_ascii_lowercase();
    if value.contains([';', '{', '}']) || lower.contains("url(") {
        return Err("values may not contain ;, {, } or url(");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acp_tokens_with_plain_values_are_applied() {
        assert!(accept_token("--acp-accent", "#0057d9").is_ok());
        assert!(accept_token("--acp-radius", "calc(2px + 1px)").is_ok());
    }

    #[test]
    fn other_names_and_unsafe_values_are_refused() {
        assert!(accept_token("color", "red").is_err());
        assert!(accept_token("--other", "red").is_err());
        assert!(accept_token("--acp-", "red").is_err());
        assert!(accept_token("--acp-x;y", "red").is_err());
        assert!(accept_token("--acp-bg", "red; background: blue").is_err());
        assert!(accept_token("--acp-bg", "URL(https://evil)").is_err());
        assert!(accept_token("--acp-bg", "}body{").is_err());
    }
}
