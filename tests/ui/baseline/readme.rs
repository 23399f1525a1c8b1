use cognito::cognito;

fn main() {
    // The README's example: `examples/changes/stack.rs` checked against what is deployed.
    let _stack = cognito! {
        stack Stack {
            baseline: "examples/changes/Stack.template.json",
            user_pool Pool {
                user_pool_name: "shop-users",
                sign_in_aliases: { email, phone },
                password_policy: { min_length: 12 },
                client webapp {}
                domain Domain { cognito_domain: { domain_prefix: "shop-auth" } }
                group admins { group_name: "administrators", accept_replacement: true }
            }
        }
    };
}
