use cognito::cognito;

fn main() {
    let _ = cognito! {
        cfn_resource alerts { type: "SNS Topic", properties: { TopicName: "alerts" } }
    };
}
