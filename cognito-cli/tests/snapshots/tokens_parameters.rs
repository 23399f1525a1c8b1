use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            parameter PoolName {
                type: "String",
            }
            parameter DomainPrefix {
                type: "String",
            }
            parameter EmailBody {
                type: "String",
            }
            user_pool pool {
                // the template's own values where the settings above do not give them
                overrides: {
                    "Properties.EmailVerificationMessage": reference("EmailBody"),
                    "Properties.UserPoolName": reference("PoolName"),
                    "Properties.VerificationMessageTemplate.EmailMessage": reference("EmailBody"),
                },
                construct domain {
                    // AWS::Cognito::UserPoolDomain: as CloudFormation has it (no item of the importer gives this resource)
                    cfn_resource Resource {
                        type: "AWS::Cognito::UserPoolDomain",
                        properties: {
                            Domain: reference("DomainPrefix"),
                            UserPoolId: reference("pool056F3F7E"),
                        },
                    }
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
