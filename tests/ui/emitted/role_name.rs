use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role r {
            assumed_by: service_principal("lambda.amazonaws.com"),
            role_name: "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
        }
    };
}
