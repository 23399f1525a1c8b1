use cognito::cognito;

// Each stack of an app compared with the template the CDK synthesized for it (the case
// `app_client_other_stack`): the consumer's import of the producer's export included,
// nothing changes.
fn main() {
    let _app = cognito! {
        stack Auth {
            baseline: "tests/ui/baseline/app_auth.json",
            user_pool pool { sign_in_aliases: { email } }
        }
        stack Api {
            baseline: "tests/ui/baseline/app_api.json",
            user_pool_client web { user_pool: pool, generate_secret: false }
            output webid { value: web.user_pool_client_id }
        }
    };
}
