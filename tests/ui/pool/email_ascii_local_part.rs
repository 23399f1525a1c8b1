use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            email: with_ses { from_email: "от@домен.рф", ses_region: "us-east-1" },
        }
    };
}
