// A warning: the pool requires `email`, which the user lacks. Denied, so that the case fails
// to compile and shows it.
#![deny(deprecated)]

use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            standard_attributes: { email: { required: true } },
            user carol {
                username: "carol",
                user_attributes: { name: "Carol" },
            }
        }
    };
}
