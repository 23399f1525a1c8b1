use cognito::cognito;

// `Api`, as deployed, has a client of `Auth`'s pool: its template imports the pool's id that
// `Auth` exports. The client goes (its removal accepted), so `Auth` would stop exporting the
// id while the deployed `Api` still imports it.
fn main() {
    let _app = cognito! {
        stack Auth {
            baseline: "tests/ui/baseline/app_auth.json",
            user_pool pool { sign_in_aliases: { email } }
        }
        stack Api {
            baseline: "tests/ui/baseline/app_api.json",
            accept_removal: ["web08B6E5F3"],
            user_pool other {}
        }
    };
}
