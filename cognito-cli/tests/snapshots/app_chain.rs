use cognito::cognito;

fn main() {
    let app = cognito! {
        stack Base {
            lambda_function check {
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: inline("exports.handler = async (e) => e;"),
            }
            output ExportsOutputFnGetAttcheck2D380ED0Arn106484F5 {
                value: check.function_arn,
                export_name: "Base:ExportsOutputFnGetAttcheck2D380ED0Arn106484F5",
            }
            output ExportsOutputRefcheck2D380ED0636C2D12 {
                value: check.function_name,
                export_name: "Base:ExportsOutputRefcheck2D380ED0636C2D12",
            }
        }
        stack Auth {
            user_pool pool {
                depends_on: [check],
                // the template's own values where the settings above do not give them
                overrides: {
                    "Properties.LambdaConfig": {
                        PreSignUp: import_value("Base:ExportsOutputFnGetAttcheck2D380ED0Arn106484F5"),
                    },
                },
                // AWS::Lambda::Permission: as CloudFormation has it (no item of the importer gives this resource)
                cfn_resource PreSignUpCognito {
                    type: "AWS::Lambda::Permission",
                    properties: {
                        Action: "lambda:InvokeFunction",
                        FunctionName: import_value("Base:ExportsOutputFnGetAttcheck2D380ED0Arn106484F5"),
                        Principal: "cognito-idp.amazonaws.com",
                        SourceArn: get_att("pool056F3F7E", "Arn"),
                    },
                }
            }
            output ExportsOutputRefpool056F3F7E5321103B {
                value: pool.user_pool_id,
                export_name: "Auth:ExportsOutputRefpool056F3F7E5321103B",
            }
        }
        stack Api {
            user_pool web_pool = from_user_pool_id(import_value("Auth:ExportsOutputRefpool056F3F7E5321103B"));
            user_pool_client web {
                depends_on: [pool, check],
                user_pool: web_pool,
            }
            output fnarn { value: import_value("Base:ExportsOutputFnGetAttcheck2D380ED0Arn106484F5") }
            output fnname { value: import_value("Base:ExportsOutputRefcheck2D380ED0636C2D12") }
        }
    };
    cognito::cli::main(&app);
}
