use cognito::cognito;

fn main() {
    let _stack = cognito! {
        output "A-B" { value: "a" }
        output AB { value: "b" }
    };
}
