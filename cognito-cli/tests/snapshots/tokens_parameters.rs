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
                domain domain {
                    cognito_domain: { domain_prefix: reference("DomainPrefix") },
                }
            }
        }
    };
    cognito::cli::main(&stack);
}
