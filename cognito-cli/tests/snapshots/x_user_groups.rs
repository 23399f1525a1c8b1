use cognito::cognito;

fn main() {
    let stack = cognito! {
        stack Stack {
            user_pool_group Legacy = from_group_name("legacy-users");
            user_pool Pool {
                group admins {
                    group_name: "admins",
                }
                user Bob {
                    username: "bob",
                    user_attributes: { email: "bob@example.com" },
                    desired_delivery_mediums: [EMAIL],
                    groups: [admins, Readers, Legacy],
                }
            }
            user_pool_group Readers {
                user_pool: Pool,
            }
        }
    };
    cognito::cli::main(&stack);
}
