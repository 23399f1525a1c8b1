use cognito::cognito;

fn main() {
    let _stack = cognito! {
        stack Stack {
            feature_flags: ["@aws-cdk/aws-lambda:useCdkManagedLogGroup", "@aws-cdk/core:noSuchFlag"],
            user_pool Pool {}
        }
    };
}
