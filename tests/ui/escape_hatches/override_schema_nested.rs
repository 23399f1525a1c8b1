use cognito::cognito;

fn main() {
    let _ = cognito! {
        user_pool pool {
            overrides: { "Properties.AccountRecoverySetting": { RecoveryMechanisms: [{ Name: "carrier_pigeon", Priority: 1 }] } },
        }
    };
}
