use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            feature_plan: LITE,
            trigger pre_token_generation_config { function: "arn:aws:lambda:us-east-1:123456789012:function:f", lambda_version: V3_0 }
        }
    };
}
