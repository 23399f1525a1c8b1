use cognito::cognito;

fn main() {
    let _stack = cognito! {
        role admins_role { assumed_by: federated_principal("", {}, "sts:AssumeRoleWithWebIdentity") }
    };
}
