use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            feature_plan: LITE,
            replica west { region_name: "us-west-2" }
        }
    };
}
