use cognito::cognito;

fn main() {
    let _ = cognito! {
        user carol { username: "carol" }
    };
}
