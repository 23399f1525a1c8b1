use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool_group admins = from_group_name("read only");
    };
}
