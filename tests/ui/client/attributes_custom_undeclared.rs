use cognito::cognito;

fn main() {
    let _stack = cognito! {
        user_pool pool {
            custom_attributes: { tenant: string },
            client web {
                read_attributes: { standard_attributes: { email }, custom_attributes: ["tenant", "team"] },
            }
        }
    };
}
