use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            email: with_ses {
                from_email: "noreply@example.com",
                ses_region: "us-east-1",
                ses_verified_domain: "other.com",
            },
        }
    };
}
