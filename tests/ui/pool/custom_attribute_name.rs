use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { a_name_of_21_letters_: boolean },
        }
    };
}
