use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role r {
            assumed_by: service_principal("lambda.amazonaws.com"),
            tags: { "team!": "auth" },
        }
    };
}
