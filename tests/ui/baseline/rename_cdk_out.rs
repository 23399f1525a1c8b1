use cognito::cognito;

fn main() {
    // The baseline as `cdk synth` writes it into `cdk.out`: each resource's construct path.
    let _stack = cognito! {
        stack Stack {
            baseline: "tests/ui/baseline/client_renamed_cdk_out.json",
            user_pool Pool {
                client webapp {}
            }
        }
    };
}
