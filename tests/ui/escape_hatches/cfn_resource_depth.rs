use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {}
        cfn_resource topic {
            type: "AWS::SNS::Topic",
            properties: { TopicName: "alerts", Body: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: 1 } } } } } } } } } } } } } } } } } } } } } } } } } },
        }
    };
}
