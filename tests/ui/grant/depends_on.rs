use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role admin { assumed_by: service_principal("lambda.amazonaws.com") }
        user_pool pool {
            grant admin { actions: ["cognito-idp:AdminGetUser"], depends_on: [pool] }
        }
    };
}
