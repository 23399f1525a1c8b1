use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            replica west { region_name: "us-west-2" }
        }
    };
}
