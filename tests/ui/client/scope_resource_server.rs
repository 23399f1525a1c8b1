use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            resource_server api { identifier: "api", scopes: { read: "Read access" } }
            client web { o_auth: { scopes: [OPENID, resource_server(api, "write")] } }
        }
    };
}
