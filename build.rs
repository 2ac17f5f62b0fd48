//! Checks the deployment's lists (`ACP_HOST_ORIGINS`, `ACP_ENDPOINTS`) when the panel is built, with
//! the parser the panel itself uses, so a malformed list fails the build instead of a deployment.
//! The post-build hook (scripts/post-build.mjs) writes the lists into the pages' meta tags.

#[allow(dead_code)]
#[path = "src/protocol/deployment.rs"]
mod deployment;
#[allow(dead_code)]
#[path = "src/model/web_url.rs"]
mod web_url;

fn main() {
    println!("cargo::rerun-if-env-changed=ACP_HOST_ORIGINS");
    println!("cargo::rerun-if-env-changed=ACP_ENDPOINTS");
    println!("cargo::rerun-if-changed=src/protocol/deployment.rs");
    println!("cargo::rerun-if-changed=src/model/web_url.rs");
    let origins = std::env::var("ACP_HOST_ORIGINS").unwrap_or_default();
    let endpoints = std::env::var("ACP_ENDPOINTS").unwrap_or_default();
    if let Err(problem) = deployment::Deployment::parse(&origins, &endpoints) {
        let variable = match problem.list {
            deployment::HOST_ORIGINS => "ACP_HOST_ORIGINS",
            _ => "ACP_ENDPOINTS",
        };
        println!("cargo::error={variable} is not a valid list: {problem}");
    }
}
