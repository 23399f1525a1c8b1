use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            group admins { precedence: 9007199254740993 }
        }
    };
}
