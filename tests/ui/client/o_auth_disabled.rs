use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            client web {
                disable_o_auth: true,
                o_auth: { flows: { implicit_code_grant } },
            }
        }
    };
}
