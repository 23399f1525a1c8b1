use cognito::cognito;

// CDK case x_err_custom_sender_add_trigger_no_kms: "you must specify a KMS key if you are using
// customSmsSender or customEmailSender."

fn main() {
    let _stack = cognito! {
        user_pool pool {
            trigger custom_email_sender { function: "arn:aws:lambda:us-east-1:123456789012:function:f" }
        }
    };
}
