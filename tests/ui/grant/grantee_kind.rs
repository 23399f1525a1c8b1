use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            grant pool { actions: ["cognito-idp:AdminGetUser"] }
        }
    };
}
