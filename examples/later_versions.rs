//! The language guide's "later CDK versions" example (its "Complete examples"): a pool with standard and custom attributes, SES
//! e-mail, device tracking, an app client, a hosted-UI domain, a resource server and a
//! group, in a stack named `Auth`. Prints the template, or `--out DIR` writes a cloud assembly.
//!
//! ```sh
//! cargo run --example later_versions
//! ```

use cognito::cognito;

fn main() {
    cognito::cli::main(&stack());
}

/// The example's stack (also checked against the CDK's template by `tests/dsl_seed.rs`).
pub fn stack() -> cognito::Stack {
    cognito! {
        stack Auth {
            user_pool pool {
                standard_attributes: {
                    email: { required: true, mutable: false },
                    fullname: { required: true },
                },
                custom_attributes: { tenant: string { min_len: 1, max_len: 64, mutable: false } },
                account_recovery: EMAIL_ONLY,
                device_tracking: {
                    challenge_required_on_new_device: true,
                    device_only_remembered_on_user_prompt: false,
                },
                email: with_ses {
                    from_email: "noreply@example.com",
                    from_name: "Example",
                    ses_region: "us-east-1",
                },
                sign_in_case_sensitive: false,
                deletion_protection: true,
                removal_policy: DESTROY,

                client web {
                    auth_flows: { user_srp },
                    prevent_user_existence_errors: true,
                    access_token_validity: minutes(60),
                }
                domain hosted {
                    cognito_domain: { domain_prefix: "example-auth" },
                }
                resource_server api {
                    identifier: "api",
                    scopes: { read: "Read access", write: "Write access" },
                }
                group admins { precedence: 0 }
            }
        }
    }
}
