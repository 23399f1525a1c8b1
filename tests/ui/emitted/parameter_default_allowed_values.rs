use cognito::cognito;

fn main() {
    let _stack = cognito! {
        parameter p { default: "test", allowed_values: ["dev", "prod"] }
    };
}
